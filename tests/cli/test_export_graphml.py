"""kg export --format graphml read by real readers: networkx, igraph (Debian's python3-igraph under
/usr/bin/python3), graphology + graphology-graphml (npm), and shared/eval/score.py.

Also the shared fixture of the test_export_* tests: a store whose names and texts carry quotes,
ampersands, angle brackets, control characters and non-ASCII letters, with holes in the ids, a
node with two labels, one with none, every kind of value, documents and mentions links.
"""
import json
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kgtest import KG, SRC, SHARED, KgTestCase, kg, main  # noqa: E402

CTRL = "\x01\x07\x1f"
NAMES = {
    1: 'Kim "Rocket" Jong Un',
    2: "AT&T <Holdings> " + CTRL + " Ltd ]]> O'Brien",
    4: "Zoë Ñúñez-Øster 東京 Пхеньян 🚀",
    7: "Line\nbreak\ttab back\\slash",
}
EVIDENCE_TEXT = 'Kim "Rocket" met AT&T <Holdings> & Zoë\u0001 — “quoted” <b>'
EVIDENCE = [{"doc": "doc-1", "sentence": 3, "start": 10, "end": 80, "text": EVIDENCE_TEXT,
             "pattern": "met-1", "status": "asserted"}]


def fixture_store():
    nodes = [
        {"id": 0, "labels": ["document"], "properties": {
            "id": "doc-1", "name": "doc-1", "date": "2024-11-19", "title": 'Talks & "deals" <today>'}},
        {"id": 1, "labels": ["person"], "properties": {
            "name": NAMES[1], "aliases": [NAMES[1], "Kim; Jong-un", "김정은"], "mentions": 7,
            "docs": ["doc-1"], "first_seen": "2024-11-19", "last_seen": "2024-11-19"}},
        {"id": 2, "labels": ["country"], "properties": {
            "name": NAMES[2], "aliases": ["AT&T", "<AT>"], "mentions": 3, "docs": ["doc-1"],
            "first_seen": "2024-06", "last_seen": "2024-11-19"}},
        {"id": 4, "labels": ["city"], "properties": {
            "name": NAMES[4], "mentions": 1, "label": "a property called label", "type": "a property called type",
            "flag": True, "ratio": 0.1, "big": 1e300, "neg": -3, "meta": {"a": [1, 2], "b": "x\ny"}}},
        {"id": 7, "labels": ["agency", "organization"], "properties": {"name": NAMES[7], "mentions": 2}},
        {"id": 8, "labels": [], "properties": {"note": "no name, no label"}},
    ]
    rels = [
        {"id": 0, "type": "mentions", "start": 0, "end": 1, "properties": {"count": 3}},
        {"id": 1, "type": "mentions", "start": 0, "end": 2, "properties": {"count": 1}},
        {"id": 2, "type": "met_with", "start": 1, "end": 2, "properties": {
            "date": "2024-11-18", "status": "asserted", "sources": 2, "weight": 2, "evidence": EVIDENCE,
            "reported": "2024-11-19"}},
        {"id": 3, "type": "met_with", "start": 1, "end": 2, "properties": {
            "date": "2022", "status": "alleged", "attributed_to": ["AT&T <Holdings>", "Zoë"], "sources": 1,
            "weight": 1, "evidence": EVIDENCE}},
        {"id": 5, "type": "holds_position", "start": 1, "end": 7, "properties": {
            "title": 'Chief "Officer" & <Head>', "sources": 1, "weight": 1, "count": 5000}},
        {"id": 6, "type": "visited", "start": 7, "end": 4, "properties": {
            "date": "2024-02", "place": "Ålesund", "charge": "none;really"}},
        {"id": 9, "type": "located_in", "start": 4, "end": 4, "properties": {}},
        {"id": 10, "type": "accused", "start": 2, "end": 8, "properties": {
            "charge": "spying " + CTRL, "status": "negated"}},
    ]
    return {"format": "kg-store", "version": 1, "nodes": nodes, "relationships": rels}


def write_fixture(path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(fixture_store(), f, ensure_ascii=False)
    return path


def xml_clean(s):
    """What XML can carry: C0 controls other than tab, LF, CR dropped."""
    return "".join(c for c in s if c >= " " or c in "\t\n\r")


# What every reader must find (documents and mentions left out).
ENTITY_IDS = [1, 2, 4, 7, 8]
REL_IDS = [2, 3, 5, 6, 9, 10]

JS_DIR = os.path.join(SRC, "tests", "js")


def ensure_js():
    """Installs the npm readers into tests/js/node_modules on first use; False when npm cannot."""
    p = subprocess.run(["bash", os.path.join(JS_DIR, "install.sh")], capture_output=True, text=True, timeout=600)
    if p.returncode != 0:
        print(f"npm readers unavailable (install.sh exited {p.returncode}): {p.stderr.strip()[-500:]}", file=sys.stderr)
    return p.returncode == 0


def read_with_graphology(fmt, path):
    p = subprocess.run(["node", os.path.join(JS_DIR, "read_graph.js"), fmt, path], capture_output=True,
                       text=True, timeout=300)
    if p.returncode != 0:
        raise AssertionError(f"graphology could not read {path}: {p.stderr}")
    return json.loads(p.stdout)


class GraphmlReaders(KgTestCase):
    def export(self, *extra):
        store = write_fixture(self.path("f.kg.json"))
        out = self.path("f.graphml")
        kg("export", "-g", store, "--format", "graphml", "-o", out, *extra, check=0)
        return out

    def test_networkx(self):
        import networkx as nx
        g = nx.read_graphml(self.export())
        self.assertEqual(sorted(g.nodes), sorted(f"n{i}" for i in ENTITY_IDS))
        self.assertEqual(g.number_of_edges(), len(REL_IDS))
        for i in (1, 2, 4, 7):
            self.assertEqual(g.nodes[f"n{i}"]["label"], xml_clean(NAMES[i]))
        n1 = g.nodes["n1"]
        self.assertEqual(n1["type"], "person")
        self.assertEqual(n1["mentions"], 7)                                  # int
        self.assertEqual(json.loads(n1["aliases"])[2], "김정은")             # JSON array
        n4 = g.nodes["n4"]
        self.assertIs(n4["flag"], True)                                      # boolean
        self.assertEqual(n4["ratio"], 0.1)                                   # double
        self.assertEqual(n4["big"], 1e300)
        self.assertEqual(json.loads(n4["meta"]), {"a": [1, 2], "b": "x\ny"})  # map as JSON
        self.assertEqual(n4["kg:prop:label"], "a property called label")
        self.assertEqual(json.loads(g.nodes["n7"]["kg:labels"]), ["agency", "organization"])
        self.assertNotIn("label", g.nodes["n8"])
        met = [d for u, v, d in g.edges(data=True) if d["label"] == "met_with"]
        self.assertEqual(len(met), 2)
        alleged = next(d for d in met if d["status"] == "alleged")
        self.assertEqual(json.loads(alleged["attributed_to"]), ["AT&T <Holdings>", "Zoë"])
        asserted = next(d for d in met if d["status"] == "asserted")
        self.assertEqual(asserted["weight"], 2.0)
        self.assertIsInstance(asserted["weight"], float)
        self.assertEqual(asserted["sources"], 2)
        ev = json.loads(asserted["evidence"])
        self.assertEqual(ev[0]["text"], EVIDENCE_TEXT)   # control character kept inside JSON
        self.assertEqual((ev[0]["doc"], ev[0]["start"], ev[0]["end"]), ("doc-1", 10, 80))
        hp = next(d for u, v, d in g.edges(data=True) if d["label"] == "holds_position")
        self.assertEqual(hp["title"], 'Chief "Officer" & <Head>')
        self.assertEqual(hp["count"], 5000)

    def test_networkx_with_documents(self):
        import networkx as nx
        g = nx.read_graphml(self.export("--with-documents"))
        self.assertEqual(g.number_of_nodes(), len(ENTITY_IDS) + 1)
        self.assertEqual(g.nodes["n0"]["type"], "document")
        self.assertEqual(g.nodes["n0"]["title"], 'Talks & "deals" <today>')
        self.assertEqual(sum(1 for *_, d in g.edges(data=True) if d["label"] == "mentions"), 2)

    def test_igraph(self):
        py = "/usr/bin/python3"
        if subprocess.run([py, "-c", "import igraph"], capture_output=True).returncode != 0:
            self.skipTest("python3-igraph is not installed")
        code = r"""
import igraph, json, sys
g = igraph.Graph.Read_GraphML(sys.argv[1])
v = {x["id"]: x.attributes() for x in g.vs}
met = [e.attributes() for e in g.es if e["label"] == "met_with"]
print(json.dumps({"n": g.vcount(), "m": g.ecount(), "directed": g.is_directed(), "v": v,
                  "met": met}, default=str))
"""
        p = subprocess.run([py, "-c", code, self.export()], capture_output=True, text=True, timeout=120)
        self.assertEqual(p.returncode, 0, p.stderr)
        r = json.loads(p.stdout)
        self.assertEqual((r["n"], r["m"], r["directed"]), (len(ENTITY_IDS), len(REL_IDS), True))
        self.assertEqual(r["v"]["n2"]["label"], xml_clean(NAMES[2]))
        self.assertEqual(r["v"]["n4"]["label"], NAMES[4])
        self.assertEqual(r["v"]["n1"]["mentions"], 7)
        self.assertEqual(r["v"]["n4"]["ratio"], 0.1)
        self.assertIs(r["v"]["n4"]["flag"], True)
        self.assertEqual(json.loads(r["v"]["n1"]["aliases"])[0], NAMES[1])
        asserted = next(e for e in r["met"] if e["status"] == "asserted")
        self.assertEqual(asserted["weight"], 2.0)
        self.assertEqual(json.loads(asserted["evidence"])[0]["text"], EVIDENCE_TEXT)

    def test_graphology(self):
        if not ensure_js():
            self.skipTest("npm cannot install graphology")
        r = read_with_graphology("graphml", self.export())
        self.assertEqual((r["order"], r["size"]), (len(ENTITY_IDS), len(REL_IDS)))
        n = r["nodes"]
        self.assertEqual(n["n2"]["label"], xml_clean(NAMES[2]))
        self.assertEqual(n["n7"]["label"], NAMES[7])
        self.assertEqual(n["n1"]["mentions"], 7)
        self.assertIs(n["n4"]["flag"], True)
        self.assertEqual(n["n4"]["big"], 1e300)
        self.assertEqual(json.loads(n["n1"]["aliases"])[1], "Kim; Jong-un")
        met = [e for e in r["edges"] if e["attrs"]["label"] == "met_with"]
        self.assertEqual(len(met), 2)
        e = next(e for e in met if e["attrs"]["status"] == "asserted")
        self.assertEqual((e["source"], e["target"], e["attrs"]["weight"]), ("n1", "n2", 2))
        self.assertEqual(json.loads(e["attrs"]["evidence"])[0]["text"], EVIDENCE_TEXT)

    def test_score_py_reads_it(self):
        score = os.path.join(SHARED, "eval", "score.py")
        gold = os.path.join(SHARED, "eval", "seeds.gold.json")
        if not os.path.exists(score):
            self.skipTest("shared/eval/score.py not found")
        out = self.path("report.json")
        p = subprocess.run([sys.executable, score, self.export(), gold, "--json", out, "--quiet"],
                           capture_output=True, text=True, timeout=300)
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(out, encoding="utf-8") as f:
            rep = json.load(f)
        self.assertEqual(rep["entities"]["predicted"], len(ENTITY_IDS))
        self.assertEqual(rep["relations"]["predicted"], len(REL_IDS))
        self.assertEqual(rep["evidence"]["checked"], 2)

    def test_score_py_on_the_seed_graph(self):
        """The seed articles built by kg, exported, scored: the contract holds end to end."""
        score = os.path.join(SHARED, "eval", "score.py")
        gold = os.path.join(SHARED, "eval", "seeds.gold.json")
        seeds = os.path.join(SRC, "datasets", "seeds")
        if not (os.path.exists(score) and os.path.isdir(seeds)):
            self.skipTest("score.py or the seed articles are missing")
        store = self.path("seeds.kg.json")
        b = kg("build", seeds, "-o", store)
        if b.returncode != 0:  # kg build has its own tests; this one is about the export
            self.skipTest(f"kg build failed (exit {b.returncode}): {b.stderr.strip()[-300:]}")
        out = self.path("seeds.graphml")
        kg("export", "-g", store, "--format", "graphml", "-o", out, check=0)
        p = subprocess.run([sys.executable, score, out, gold, "--docs", seeds, "--json", self.path("r.json"),
                            "--quiet"], capture_output=True, text=True, timeout=300)
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(self.path("r.json"), encoding="utf-8") as f:
            rep = json.load(f)
        self.assertGreater(rep["entities"]["predicted"], 0)
        self.assertGreater(rep["evidence"]["checked"], 0)
        self.assertEqual(rep["evidence"]["not_in_document"], 0)
        print(p.stdout.strip(), file=sys.stderr)


if __name__ == "__main__":
    main()
