"""kg build / add / extract / merge / stats / export through the real binary."""
import json
import os
import shutil
import subprocess

from kgtest import KG, SEEDS, KgTestCase, kg, load_json, main, read


def entity_and_relation_counts(store):
    s = load_json(store)
    docs = {n["id"] for n in s["nodes"] if "document" in n["labels"]}
    ents = [n for n in s["nodes"] if n["id"] not in docs]
    rels = [r for r in s["relationships"] if r["type"] != "mentions"]
    return len(docs), len(ents), len(rels)


class Build(KgTestCase):
    def build_seeds(self):
        store = self.path("seeds.kg.json")
        kg("build", SEEDS, "-o", store, "--progress", "never", check=0)
        return store

    def test_build_writes_a_versioned_store_with_every_document(self):
        store = self.build_seeds()
        s = load_json(store)
        self.assertEqual(s["format"], "kg-store")
        self.assertEqual(s["version"], 1)
        docs = sorted(n["properties"]["id"] for n in s["nodes"] if "document" in n["labels"])
        self.assertEqual(docs, sorted(os.path.splitext(f)[0] for f in os.listdir(SEEDS)))
        dates = {n["properties"]["id"]: n["properties"].get("date") for n in s["nodes"] if "document" in n["labels"]}
        # A date line, a dateline with a date, a "November 19, 2024" line, a URL with the date:
        for doc in ("000_c98347576797a5e4", "001_47e94eba712d5bfa", "003_04a2ce428f0073ba"):
            self.assertEqual(dates[doc], "2024-11-19", doc)
        # "on Monday (Nov 18)" with no year: the year in which Nov 18 is a Monday.
        self.assertEqual(dates["004_1ab81474280e2b88"], "2024-11-18")
        # No date anywhere in the text: none is made up.
        self.assertIsNone(dates["002_538343c7113698d9"])

    def test_stats_reports_documents_and_types(self):
        store = self.build_seeds()
        p = kg("stats", "-g", store, check=0)
        self.assertIn("documents: 5", p.stdout)
        j = json.loads(kg("stats", "-g", store, "--json", check=0).stdout)
        ndocs, nents, nrels = entity_and_relation_counts(store)
        self.assertEqual(j["documents"], ndocs)
        self.assertEqual(j["labels"].get("document"), ndocs)
        self.assertEqual(sum(v for k, v in j["labels"].items() if k != "document"), nents)

    def test_graphml_is_read_by_networkx_and_igraph(self):
        import networkx as nx
        store = self.build_seeds()
        out = self.path("seeds.graphml")
        kg("export", "-g", store, "--format", "graphml", "-o", out, check=0)
        _, nents, nrels = entity_and_relation_counts(store)
        g = nx.read_graphml(out)
        self.assertEqual(g.number_of_nodes(), nents)
        self.assertEqual(g.number_of_edges(), nrels)
        for _, d in g.nodes(data=True):
            self.assertIsInstance(json.loads(d["aliases"]), list)
            self.assertIn(d["type"], {"person", "country", "city", "location", "organization", "agreement",
                                      "event", "weapon"} | set(d["type"].split(";")))
        docs = {f: read(os.path.join(SEEDS, f)) for f in os.listdir(SEEDS)}
        for _, _, d in g.edges(data=True):
            self.assertEqual(d["weight"], float(d["sources"]))
            for ev in json.loads(d["evidence"]):
                self.assertIn(ev["text"], docs[ev["doc"] + ".txt"])
        # igraph, Debian's python3-igraph, under the system python.
        if os.path.exists("/usr/bin/python3"):
            code = ("import igraph,sys; g=igraph.Graph.Read_GraphML(sys.argv[1]); "
                    "print(g.vcount(), g.ecount(), sorted(set(g.vs['type']))[:1])")
            p = subprocess.run(["/usr/bin/python3", "-c", code, out], capture_output=True, text=True)
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertTrue(p.stdout.startswith(f"{nents} {nrels}"), p.stdout)

    def test_add_same_documents_changes_nothing_and_new_ones_are_added(self):
        first = sorted(os.listdir(SEEDS))[:2]
        part = self.path("part")
        os.makedirs(part)
        for f in first:
            shutil.copy(os.path.join(SEEDS, f), part)
        store = self.path("g.kg.json")
        kg("build", part, "-o", store, check=0)
        before = read(store, True)
        p = kg("add", store, part, check=0)
        self.assertIn("added 0 documents", p.stderr)
        self.assertEqual(read(store, True), before)
        p = kg("add", store, SEEDS, check=0)
        self.assertIn("added 3 documents", p.stderr)
        self.assertEqual(entity_and_relation_counts(store)[0], 5)

    def test_extract_shards_and_merge_in_any_order_give_one_graph(self):
        files = sorted(os.listdir(SEEDS))
        shards = []
        for i, group in enumerate([files[:2], files[2:]]):
            d = self.path(f"in{i}")
            os.makedirs(d)
            for f in group:
                shutil.copy(os.path.join(SEEDS, f), d)
            shards.append(self.path(f"shard{i}.kg.json"))
            kg("extract", d, "-o", shards[-1], check=0)
        a, b = self.path("ab.kg.json"), self.path("ba.kg.json")
        kg("merge", shards[0], shards[1], "-o", a, check=0)
        kg("merge", shards[1], shards[0], "-o", b, check=0)
        self.assertEqual(read(a, True), read(b, True))
        self.assertEqual(entity_and_relation_counts(a)[0], 5)

    def test_unnamed_agreements_of_one_pair_join_across_shards_as_in_a_build(self):
        # Two reports of one treaty the texts never name, each in its own shard: the merge joins
        # them by their parties as a whole build does, and writes the same bytes.
        texts = {
            "a.txt": " date 2024-06-19\nRussia and North Korea signed a strategic partnership treaty on Wednesday. "
                     "Russia and North Korea will defend each other.\n",
            "b.txt": " date 2024-06-20\nNorth Korea and Russia signed the partnership treaty in Pyongyang. The "
                     "treaty binds North Korea and Russia.\n",
        }
        both = self.path("both")
        os.makedirs(both)
        shards = []
        for i, (name, text) in enumerate(sorted(texts.items())):
            d = self.path(f"one{i}")
            os.makedirs(d)
            for where in (d, both):
                with open(os.path.join(where, name), "w", encoding="utf-8") as f:
                    f.write(text)
            shards.append(self.path(f"one{i}.kg.json"))
            kg("extract", d, "-o", shards[-1], check=0)
        whole, merged = self.path("whole.kg.json"), self.path("merged.kg.json")
        kg("build", both, "-o", whole, "--progress", "never", check=0)
        kg("merge", shards[1], shards[0], "-o", merged, check=0)
        agreements = [n for n in load_json(whole)["nodes"] if "agreement" in n["labels"]]
        self.assertEqual(len(agreements), 1, agreements)
        self.assertEqual(read(merged, True), read(whole, True))


class BadInput(KgTestCase):
    def assert_error(self, p, code, *needles):
        self.assertEqual(p.returncode, code, p.stderr)
        self.assertTrue(p.stderr.startswith("kg: "), p.stderr)
        for n in needles:
            self.assertIn(n, p.stderr)

    def test_missing_file(self):
        p = kg("build", self.path("nope.txt"), "-o", self.path("g.json"))
        self.assert_error(p, 1, "nope.txt", "no such file")
        self.assertFalse(os.path.exists(self.path("g.json")))

    def test_spill_file_in_tmpdir_and_gone_after(self):
        # The facts stream through a temporary file in $TMPDIR (else beside the store), removed
        # whatever happens; one that cannot be written (here: a file size limit) fails the build.
        import resource
        import signal
        tmp = self.path("tmp")
        os.makedirs(tmp)
        env = dict(os.environ, TMPDIR=tmp)
        store = self.path("g.kg.json")
        p = subprocess.run([KG, "build", SEEDS, "-o", store, "--progress", "never"], env=env,
                           capture_output=True, text=True, timeout=300)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(os.listdir(tmp), [])

        def small_files():
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, no signal
            resource.setrlimit(resource.RLIMIT_FSIZE, (20000, 20000))

        p = subprocess.run([KG, "build", SEEDS, "-o", self.path("h.kg.json"), "--progress", "never"], env=env,
                           capture_output=True, text=True, timeout=300, preexec_fn=small_files)
        self.assert_error(p, 1, "cannot write the temporary file")
        self.assertEqual(os.listdir(tmp), [])
        self.assertFalse(os.path.exists(self.path("h.kg.json")))

    def test_empty_folder(self):
        os.makedirs(self.path("empty"))
        self.write("empty/notes.md", "not a txt")
        self.assert_error(kg("build", self.path("empty"), "-o", self.path("g.json")), 1, "no .txt")

    def test_binary_file_names_line_and_column(self):
        f = self.write("bin.txt", b"abc\ndef\x00\x01\x02")
        self.assert_error(kg("build", f, "-o", self.path("g.json")), 1, "bin.txt:2:4:", "NUL")

    def test_invalid_and_overlong_utf8(self):
        f = self.write("bad.txt", "first line\nsecond é ok ".encode() + b"\xff rest")
        self.assert_error(kg("build", f, "-o", self.path("g.json")), 1, "bad.txt:2:13:", "invalid UTF-8")
        f = self.write("overlong.txt", b"x \xc0\xaf y")
        self.assert_error(kg("build", f, "-o", self.path("g.json")), 1, "overlong.txt:1:3:", "overlong")

    def test_skip_bad_keeps_the_good_documents(self):
        d = self.path("mixed")
        os.makedirs(d)
        shutil.copy(os.path.join(SEEDS, sorted(os.listdir(SEEDS))[0]), d)
        self.write("mixed/zz.txt", b"\xff\xfe")
        p = kg("build", d, "-o", self.path("g.json"), "--skip-bad")
        self.assert_error(p, 1, "skipped", "zz.txt:1:1")
        self.assertEqual(entity_and_relation_counts(self.path("g.json"))[0], 1)

    def test_empty_document_bom_and_crlf_are_fine(self):
        self.write("docs/empty.txt", "")
        self.write("docs/blank.txt", "  \n\n \t\n")
        self.write("docs/bom.txt", "\ufeffNovember 19, 2024\r\nPeru and Chile signed a deal.\r\n")
        store = self.path("g.json")
        kg("build", self.path("docs"), "-o", store, check=0)
        s = load_json(store)
        docs = {n["properties"]["id"]: n["properties"] for n in s["nodes"] if "document" in n["labels"]}
        self.assertEqual(sorted(docs), ["blank", "bom", "empty"])
        self.assertEqual(docs["bom"].get("date"), "2024-11-19")

    def test_usage_errors_exit_2(self):
        self.assert_error(kg("build", "--no-such-flag"), 2)
        self.assert_error(kg("build", "x.txt"), 2, "--output")
        self.assert_error(kg("frobnicate"), 2)
        self.assert_error(kg("export", "-g", "x", "--format", "pdf"), 2)

    def test_damaged_store(self):
        store = self.write("g.kg.json", '{"format":"kg-store","version":1,\n"nodes":[{"id":0')
        self.assert_error(kg("stats", "-g", store), 1, "g.kg.json:2:", "damaged")
        self.assert_error(kg("export", "-g", self.path("nothing.json")), 1, "nothing.json")
        self.assert_error(kg("add", self.path("nothing.json"), SEEDS), 1, "no such store")

    def test_help_on_every_command(self):
        for cmd in ["build", "add", "extract", "merge", "query", "shell", "export", "import", "stats"]:
            p = kg(cmd, "--help")
            self.assertEqual(p.returncode, 0, cmd)
            self.assertIn("Usage", p.stdout, cmd)


if __name__ == "__main__":
    main()
