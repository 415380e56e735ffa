"""Bad inputs through the real binary (tests/bad-inputs/cases.tsv): every case must end
with its expected exit status and message, and nothing may crash: a status outside
0/1/2, a signal, a sanitizer report or a timeout fails the case whatever is expected.
After every case no temporary store file (STORE.tmp.PID) or lock file is left behind.
Also: exports of names and evidence full of markup, quotes, control characters and
non-characters are valid XML / JSON / CSV / DOT for real parsers."""
import csv
import io
import json
import os
import random
import resource
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest
import xml.dom.minidom

from kgtest import KG, SEEDS, SRC, KgTestCase, kg, main, read

HERE = os.path.join(SRC, "tests", "bad-inputs")
INPUTS = os.path.join(HERE, "inputs")
CRASH_MARKERS = ("AddressSanitizer", "LeakSanitizer", "UndefinedBehaviorSanitizer", "runtime error:",
                 "terminate called", "Segmentation fault", "Assertion", "stack-overflow")


def sanitized():
    """Whether KG is built with ASan (RLIMIT_AS would break its shadow memory)."""
    try:
        out = subprocess.run(["ldd", KG], capture_output=True, text=True).stdout
    except OSError:
        out = ""
    return "libasan" in out or os.environ.get("KG_SANITIZED") == "1"


SANITIZED = sanitized()
MEM_CAP = 4 << 30


def limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (MEM_CAP, MEM_CAP))


def load_cases():
    cases = []
    with open(os.path.join(HERE, "cases.tsv"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 5:
                raise ValueError(f"cases.tsv:{n}: expected 5 tab-separated columns, got {len(cols)}")
            name, code, frag, cmd, flags = cols
            fl = {}
            for item in ([] if flags == "-" else flags.split(",")):
                k, _, v = item.partition("=")
                fl[k.strip()] = v.strip() if v else True
            cases.append({"name": name, "exit": {int(c) for c in code.split("|")}, "fragment": None if frag == "-" else frag,
                          "cmd": cmd, "flags": fl, "line": n})
    return cases


# --- inputs made at test time ---
def gen_big_line(tmp):
    """A 50 MB document on one line (no newline anywhere)."""
    rng = random.Random(5)
    words = ("the talks on trade and security went on while officials from both sides said that "
             "progress was slow and that a deal might come later this year according to").split()
    names = ["Kim Jong Un", "Vladimir Putin", "Pyongyang", "Moscow", "the United Nations", "Peru"]
    chunk = []
    for i in range(20000):
        chunk.append(rng.choice(names) if i % 17 == 0 else rng.choice(words))
    block = (" ".join(chunk) + " ").encode()
    p = os.path.join(tmp, "big_line.txt")
    with open(p, "wb") as f:
        written = 0
        while written < 50 * 1000 * 1000:
            f.write(block)
            written += len(block)
    return p


def gen_long_story(tmp):
    """A 10 MB document of many sentences: titles, pronouns, accusations and denials, meetings
    and agreements over and over (work per relation that walks back over the document's
    relations makes it quadratic: a 6 MB one took 32 s so)."""
    para = ("On Tuesday, Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow. "
            "He accused Ukraine of shelling a village. Ukraine denied the accusation. "
            "The two leaders signed an agreement on trade. Iraqi President Abdul Latif Rashid and Prime "
            "Minister Mohammed Shia al-Sudani received them. The president said the talks went well.\n")
    p = os.path.join(tmp, "long_story.txt")
    with open(p, "w", encoding="utf-8") as f:
        f.write(" date 2024-03-14\nLeaders meet\n\n")
        written = 0
        while written < 10 * 1000 * 1000:
            f.write(para)
            written += len(para)
    return p


def gen_unreadable(tmp):
    p = os.path.join(tmp, "unreadable.txt")
    with open(p, "w") as f:
        f.write("Kim met Putin.\n")
    os.chmod(p, 0)
    return p


def gen_no_txt_folder(tmp):
    d = os.path.join(tmp, "no_txt")
    os.makedirs(d)
    for name in ("notes.md", "data.json", "README"):
        with open(os.path.join(d, name), "w") as f:
            f.write("not a txt\n")
    return d


def gen_truncated_store(tmp, base):
    data = read(base, True)
    p = os.path.join(tmp, "truncated.kg.json")
    with open(p, "wb") as f:
        f.write(data[: len(data) // 2])
    return p


def gen_damaged_store(tmp, base):
    data = bytearray(read(base, True))
    i = data.index(b'":', len(data) // 2)  # a member without its colon, mid-file
    del data[i + 1]
    p = os.path.join(tmp, "damaged.kg.json")
    with open(p, "wb") as f:
        f.write(data)
    return p


def gen_deep_store(tmp):
    p = os.path.join(tmp, "deep.kg.json")
    with open(p, "w") as f:
        f.write('{"format":"kg-store","version":1,"nodes":[{"id":0,"labels":[],"properties":{"x":' + "[" * 100000 +
                "]" * 100000 + "}}],\"relationships\":[]}")
    return p


def gen_query(name, text):
    def g(tmp):
        p = os.path.join(tmp, name + ".cypher")
        with open(p, "w") as f:
            f.write(text)
        return p
    return g


def gen_bytes(name, data):
    def g(tmp):
        p = os.path.join(tmp, name + ".cypher")
        with open(p, "wb") as f:
            f.write(data)
        return p
    return g


def gen_deep_xml(tmp):
    p = os.path.join(tmp, "deep.graphml")
    with open(p, "w") as f:
        f.write('<?xml version="1.0"?>\n<graphml><graph edgedefault="directed">' + "<a>" * 100000 + "</a>" * 100000 +
                "</graph></graphml>\n")
    return p


GENERATORS = {
    "big_line": gen_big_line,
    "long_story": gen_long_story,
    "unreadable": gen_unreadable,
    "no_txt_folder": gen_no_txt_folder,
    "truncated_store": None,  # need the base store: see expand()
    "damaged_store": None,
    "deep_store": gen_deep_store,
    "deep_parens": gen_query("deep_parens", "RETURN " + "(" * 10000 + "1" + ")" * 10000),
    "deep_lists": gen_query("deep_lists", "RETURN " + "[" * 10000 + "]" * 10000),
    "deep_minus": gen_query("deep_minus", "RETURN " + "-" * 10000 + "1"),
    "deep_minus_100k": gen_query("deep_minus_100k", "RETURN " + "-" * 100000 + "1"),
    "deep_not": gen_query("deep_not", "RETURN " + "NOT " * 10000 + "true"),
    "long_sum": gen_query("long_sum", "RETURN 1" + " + 1" * 10000),
    "long_sum_100k": gen_query("long_sum_100k", "RETURN 1" + " + 1" * 100000),
    "long_and_100k": gen_query("long_and_100k", "RETURN true" + " AND true" * 100000),
    "long_prop_chain": gen_query("long_prop_chain", "MATCH (n) SET n" + ".a" * 20000 + " = 1"),
    "long_sum_write": gen_query("long_sum_write", "MATCH (n) SET n.x = 1" + " + 1" * 100000),
    # the bad bytes in the second statement: nothing runs, not even the first
    "bad_utf8_late": gen_bytes("bad_utf8_late", b"CREATE (:person {name: 'A'});\nCREATE (n:person {name: '\xc0\xaf'})\n"),
    "deep_xml": gen_deep_xml,
}


def write_dense(path, n=60):
    nodes = [{"id": i, "labels": ["person"], "properties": {"name": f"P{i}"}} for i in range(n)]
    rels, k = [], 0
    for i in range(n):
        for j in range(n):
            if i != j:
                rels.append({"id": k, "type": "met_with", "start": i, "end": j, "properties": {}})
                k += 1
    with open(path, "w") as f:
        json.dump({"format": "kg-store", "version": 1, "nodes": nodes, "relationships": rels}, f)


class BadInputs(KgTestCase):
    base_dir = None

    @classmethod
    def setUpClass(cls):
        cls.base_dir = tempfile.mkdtemp(prefix="kgbad_")
        cls.base_store = os.path.join(cls.base_dir, "seeds.kg.json")
        kg("build", SEEDS, "-o", cls.base_store, "--progress", "never", check=0)
        cls.dense = os.path.join(cls.base_dir, "dense.kg.json")
        write_dense(cls.dense)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.base_dir, ignore_errors=True)

    def expand(self, case, tmp):
        state = {}

        def store():
            if "store" not in state:
                state["store"] = os.path.join(tmp, "store.kg.json")
                shutil.copy(self.base_store, state["store"])
            return state["store"]

        def gen(name):
            if name == "truncated_store":
                return gen_truncated_store(tmp, self.base_store)
            if name == "damaged_store":
                return gen_damaged_store(tmp, self.base_store)
            return GENERATORS[name](tmp)

        def word(w):
            if w.startswith("@"):
                dst = os.path.join(tmp, os.path.basename(w[1:]))
                shutil.copy(os.path.join(INPUTS, w[1:]), dst)
                return dst
            out = w
            while "{GEN:" in out:
                i = out.index("{GEN:")
                j = out.index("}", i)
                out = out[:i] + gen(out[i + 5:j]) + out[j + 1:]
            if "{STORE}" in out:
                out = out.replace("{STORE}", store())
            return (out.replace("{TMP}", tmp).replace("{OUT}", os.path.join(tmp, "out.kg.json"))
                    .replace("{DENSE}", self.dense).replace("{SEEDS}", SEEDS))

        args = [word(w) for w in shlex.split(case["cmd"])]
        stdin = None
        if "stdin" in case["flags"]:
            stdin = read(word(case["flags"]["stdin"]), True)
        return args, stdin, state.get("store")

    def run_case(self, case):
        tmp = tempfile.mkdtemp(prefix="case_", dir=self.tmp)
        flags = case["flags"]
        args, stdin, store = self.expand(case, tmp)
        if flags.get("root_skip"):
            probe = [a for a in args if os.path.basename(a) == "unreadable.txt"]
            try:
                with open(probe[0], "rb"):
                    pass
                self.skipTest("running as root: chmod 000 does not stop reading, so this case cannot happen")
            except PermissionError:
                pass
        before = read(store, True) if store else None
        if flags.get("slow") and SANITIZED:
            self.skipTest("a bound on time: the sanitizers slow the binary several times over")
        timeout = float(flags.get("timeout", 60))
        env = dict(os.environ)
        if SANITIZED:
            env.setdefault("ASAN_OPTIONS", "detect_leaks=1:hard_rss_limit_mb=4096")
        t0 = time.monotonic()
        try:
            p = subprocess.run([KG, *args], input=stdin if stdin is not None else b"", capture_output=True,
                               timeout=timeout, env=env, preexec_fn=None if SANITIZED else limit_memory)
        except subprocess.TimeoutExpired:
            return f"timed out after {timeout:.0f} s"
        secs = time.monotonic() - t0
        err = p.stderr.decode("utf-8", "replace")
        out = p.stdout.decode("utf-8", "replace")
        problems = []
        if p.returncode < 0:
            problems.append(f"killed by signal {signal.Signals(-p.returncode).name}")
        elif p.returncode not in (0, 1, 2):
            problems.append(f"exit status {p.returncode} (only 0, 1, 2 are allowed)")
        elif p.returncode not in case["exit"]:
            problems.append(f"exit status {p.returncode}, expected {'|'.join(map(str, sorted(case['exit'])))}")
        for m in CRASH_MARKERS:
            if m in err:
                problems.append(f"stderr has {m!r}")
        frag = case["fragment"]
        if frag:
            frag = frag.replace("{TMP}", tmp)
            hay = err + (out[:100000] if p.returncode == 0 else "")
            if frag not in hay:
                problems.append(f"message lacks {frag!r}")
        if p.returncode != 0 and err and not err.startswith(("kg: ", "SyntaxError", "SemanticError", "TypeError",
                                                              "ArgumentError", "EntityNotFound", "Constraint",
                                                              "ResourceError")):
            problems.append("the error is not in the kg error format")
        if flags.get("unchanged") and store and read(store, True) != before:
            problems.append("the store changed")
        if flags.get("no_output") and os.path.exists(os.path.join(tmp, "out.kg.json")):
            problems.append("a store was written although the command failed")
        for root, dirs, files in os.walk(tmp):
            for f in files:
                if ".tmp." in f or f.endswith(".lock"):
                    problems.append(f"left behind {f}")
        if problems:
            return "; ".join(problems) + f"\n    kg {' '.join(a[:80] for a in args)}\n    exit {p.returncode}, stderr: {err[:600]}"
        return None

    # test methods are added below, one per case


def add_case_tests():
    for case in load_cases():
        def t(self, case=case):
            problem = self.run_case(case)
            why = case["flags"].get("xfail")
            if why:
                if problem:
                    print(f"\nXFAIL {case['name']}: {why}\n    {problem}", file=sys.stderr)
                    self.skipTest(f"known defect: {why}")
                print(f"\nXPASS {case['name']}: passes now; remove its xfail flag ({why})", file=sys.stderr)
                return
            if problem:
                self.fail(f"cases.tsv:{case['line']} {case['name']}: {problem}")
        t.__name__ = "test_" + case["name"]
        setattr(BadInputs, t.__name__, t)


add_case_tests()


class FuzzCorpusThroughTheBinary(KgTestCase):
    """Every seed and every past finding of the fuzz targets (tests/fuzz/corpus/<target>,
    tests/fuzz/regressions/<target>) fed to the command that reads that kind of input:
    only 0, 1 or 2, never a signal or a sanitizer report."""

    COMMANDS = {
        "store": lambda f, tmp, base: ["stats", "-g", f],
        "document": lambda f, tmp, base: ["build", f, "-o", os.path.join(tmp, "out.kg.json")],
        "query": lambda f, tmp, base: ["query", "-g", base, "--read-only", "-f", f, "--format", "json"],
        "graphml": lambda f, tmp, base: ["import", "graphml", f, "-o", os.path.join(tmp, "out.kg.json")],
    }

    def test_replay(self):
        base = self.path("base.kg.json")
        kg("build", SEEDS, "-o", base, check=0)
        n = 0
        for target, cmd in self.COMMANDS.items():
            for kind in ("corpus", "regressions"):
                d = os.path.join(SRC, "tests", "fuzz", kind, target)
                if not os.path.isdir(d):
                    continue
                for name in sorted(os.listdir(d)):
                    if name.startswith("."):
                        continue
                    f = os.path.join(d, name)
                    tmp = tempfile.mkdtemp(dir=self.tmp)
                    # A query file runs against a copy so that a write cannot touch the base.
                    args = cmd(f, tmp, base)
                    p = subprocess.run([KG, *args], capture_output=True, timeout=120,
                                       preexec_fn=None if SANITIZED else limit_memory)
                    err = p.stderr.decode("utf-8", "replace")
                    with self.subTest(input=f"{kind}/{target}/{name}"):
                        self.assertIn(p.returncode, (0, 1, 2), err[-2000:])
                        for m in CRASH_MARKERS:
                            self.assertNotIn(m, err)
                    n += 1
        print(f"replayed {n} fuzz inputs through kg")
        self.assertGreater(n, 0)


class ExportsEscapeEverything(KgTestCase):
    """Names, labels, types and evidence with <, &, quotes, control characters, ]]>,
    non-characters, NaN: every export must parse."""

    def setUp(self):
        super().setUp()
        self.store = os.path.join(self.tmp, "markup.kg.json")
        shutil.copy(os.path.join(INPUTS, "store_markup.kg.json"), self.store)

    def export(self, fmt, *extra):
        out = self.path("out." + fmt)
        kg("export", "-g", self.store, "--format", fmt, "-o", out, *extra, check=0)
        return out

    def test_graphml_is_xml_and_networkx_reads_it(self):
        import networkx as nx
        for extra in ([], ["--with-documents"]):
            out = self.export("graphml", *extra)
            xml.dom.minidom.parse(out)
            g = nx.read_graphml(out)
            names = {d.get("label") for _, d in g.nodes(data=True)}
            self.assertTrue(any(n and n.startswith("Kim <b>&amp;</b> \"Jong\" 'Un'") for n in names), names)
            for _, _, d in g.edges(data=True):
                if "evidence" in d:
                    ev = json.loads(d["evidence"])
                    self.assertIn("& co <x/>", ev[0]["text"])

    def test_gexf_is_xml(self):
        out = self.export("gexf")
        doc = xml.dom.minidom.parse(out)
        self.assertTrue(doc.getElementsByTagName("node"))

    def test_json_is_strict_json(self):
        out = self.export("json")

        def no_constants(c):
            raise ValueError(f"non-JSON constant {c}")
        with open(out, encoding="utf-8") as f:
            j = json.load(f, parse_constant=no_constants)
        text = json.dumps(j, ensure_ascii=False)
        self.assertIn("Kim <b>&amp;</b>", text)

    def test_csv_parses_with_one_row_per_element(self):
        d = self.path("csv")
        kg("export", "-g", self.store, "--format", "csv", "-o", d, check=0)
        for name, expect in (("nodes.csv", 2), ("relationships.csv", 2)):
            with open(os.path.join(d, name), encoding="utf-8", newline="") as f:
                rows = list(csv.reader(f))
            self.assertEqual(len(rows) - 1, expect, name)
            self.assertTrue(all(len(r) == len(rows[0]) for r in rows), name)

    def test_dot_is_read_by_graphviz(self):
        out = self.export("dot")
        if not shutil.which("dot"):
            self.skipTest("graphviz not installed")
        p = subprocess.run(["dot", "-Tcanon", out], capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertNotIn("syntax error", p.stderr)

    def test_cypher_export_runs_back_into_kg(self):
        out = self.export("cypher")
        store2 = self.path("replayed.kg.json")
        p = kg("query", "-g", store2, "-f", out)
        self.assertEqual(p.returncode, 0, p.stderr[:2000])
        p = kg("query", "-g", store2, "-e", "MATCH (n) RETURN count(n) AS c", "--format", "json", check=0)
        self.assertEqual(json.loads(p.stdout)["rows"], [[2]])

    def test_query_results_are_strict_json(self):
        p = kg("query", "-g", self.store, "-e", "MATCH (a)-[r]->(b) RETURN a, r, b.name, r.evidence", "--format",
               "jsonl", check=0)
        for line in p.stdout.splitlines():
            json.loads(line)  # NaN / Infinity are the documented bare tokens; the rest must be JSON
        p = kg("query", "-g", self.store, "-e", "MATCH (n) RETURN n", "--format", "graphml", check=0)
        xml.dom.minidom.parseString(p.stdout.encode())


if __name__ == "__main__":
    main()
