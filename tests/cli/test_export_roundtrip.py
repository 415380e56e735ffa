"""GraphML and CSV export -> kg import -> export give the same bytes, and the imported store holds
the exported graph (provenance included)."""
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kgtest import KgTestCase, kg, load_json, main, read  # noqa: E402
from test_export_graphml import ENTITY_IDS, EVIDENCE, NAMES, REL_IDS, fixture_store, write_fixture, xml_clean  # noqa: E402


def entities(store):
    docs = {n["id"] for n in store["nodes"] if "document" in n["labels"]}
    nodes = {n["id"]: (sorted(n["labels"]), n["properties"]) for n in store["nodes"] if n["id"] not in docs}
    rels = [(r["type"], r["start"], r["end"], r["properties"]) for r in sorted(store["relationships"], key=lambda r: r["id"])
            if r["start"] not in docs and r["end"] not in docs]
    return nodes, rels


def clean(v):
    if isinstance(v, str):
        return xml_clean(v)
    return v


class RoundTrip(KgTestCase):
    def test_graphml(self):
        store = write_fixture(self.path("f.kg.json"))
        a, b = self.path("a.graphml"), self.path("b.graphml")
        kg("export", "-g", store, "--format", "graphml", "-o", a, check=0)
        back = self.path("back.kg.json")
        kg("import", "graphml", a, "-o", back, check=0)
        kg("export", "-g", back, "--format", "graphml", "-o", b, check=0)
        self.assertEqual(read(a, binary=True), read(b, binary=True))
        # The store holds the same graph, ids kept; plain strings lose the control characters
        # XML cannot carry, strings inside JSON values (evidence) keep them.
        want_nodes, want_rels = entities(fixture_store())
        got_nodes, got_rels = entities(load_json(back))
        self.assertEqual(sorted(got_nodes), ENTITY_IDS)
        for i, (labels, props) in want_nodes.items():
            self.assertEqual(got_nodes[i][0], labels)
            self.assertEqual(got_nodes[i][1], {k: clean(v) for k, v in props.items()})
        self.assertEqual(len(got_rels), len(REL_IDS))
        for (t, s, e, props), (gt, gs, ge, gprops) in zip(want_rels, got_rels):
            self.assertEqual((gt, gs, ge), (t, s, e))
            self.assertEqual(gprops, {k: clean(v) for k, v in props.items()})
        met = next(r for r in load_json(back)["relationships"] if r["id"] == 2)
        self.assertEqual(met["properties"]["evidence"], EVIDENCE)
        self.assertEqual(met["properties"]["weight"], 2)  # an integer again

    def test_graphml_rewritten_by_networkx(self):
        """Another tool's GraphML in the same shape (networkx re-saves ours: its own key ids and
        types, no kg.json marks) imports to the same graph; only a map property stays JSON text."""
        import networkx as nx
        store = write_fixture(self.path("f.kg.json"))
        a, nxfile = self.path("a.graphml"), self.path("nx.graphml")
        kg("export", "-g", store, "--format", "graphml", "-o", a, check=0)
        nx.write_graphml(nx.read_graphml(a), nxfile)
        back = self.path("back.kg.json")
        kg("import", "graphml", nxfile, "-o", back, check=0)
        want_nodes, want_rels = entities(fixture_store())
        got_nodes, got_rels = entities(load_json(back))
        want_nodes[4][1]["meta"] = json.dumps(want_nodes[4][1]["meta"], separators=(",", ":"))
        for i, (labels, props) in want_nodes.items():
            self.assertEqual(got_nodes[i], (labels, {k: clean(v) for k, v in props.items()}))
        self.assertEqual(len(got_rels), len(REL_IDS))
        for (t, s, e, props), (gt, gs, ge, gprops) in zip(want_rels, got_rels):
            self.assertEqual((gt, gs, ge, gprops), (t, s, e, {k: clean(v) for k, v in props.items()}))

    def test_csv(self):
        store = write_fixture(self.path("f.kg.json"))
        kg("export", "-g", store, "--format", "csv", "-o", self.path("a"), check=0)
        back = self.path("back.kg.json")
        kg("import", "csv", self.path("a", "nodes.csv"), self.path("a", "relationships.csv"), "-o", back, check=0)
        kg("export", "-g", back, "--format", "csv", "-o", self.path("b"), check=0)
        for f in ("nodes.csv", "relationships.csv"):
            self.assertEqual(read(self.path("a", f), binary=True), read(self.path("b", f), binary=True), f)
        want_nodes, want_rels = entities(fixture_store())
        got_nodes, got_rels = entities(load_json(back))
        self.assertEqual(got_nodes, want_nodes)  # whole, control characters included
        self.assertEqual([(t, s, e, p) for t, s, e, p in got_rels], want_rels)
        self.assertEqual(got_nodes[2][1]["name"], NAMES[2])

    def test_import_errors_name_the_place(self):
        bad = self.write("bad.graphml", '<graphml><key id="m" for="node" attr.name="mentions" attr.type="int"/>\n'
                         '<graph>\n  <node id="n1"><data key="m">seven</data></node>\n</graph></graphml>\n')
        p = kg("import", "graphml", bad, "-o", self.path("x.kg.json"))
        self.assertEqual(p.returncode, 1)
        self.assertIn(f"{bad}:3:17: key 'mentions' is an integer", p.stderr)
        self.assertFalse(os.path.exists(self.path("x.kg.json")))

    def test_seed_graph_round_trip(self):
        seeds = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "datasets", "seeds")
        store = self.path("seeds.kg.json")
        b = kg("build", seeds, "-o", store)
        if b.returncode != 0:  # kg build has its own tests; this one is about export and import
            self.skipTest(f"kg build failed (exit {b.returncode})")
        for docs in ([], ["--with-documents"]):
            a, c = self.path("a.graphml"), self.path("c.graphml")
            kg("export", "-g", store, "--format", "graphml", "-o", a, *docs, check=0)
            back = self.path("back.kg.json")
            kg("import", "graphml", a, "-o", back, check=0)
            kg("export", "-g", back, "--format", "graphml", "-o", c, *docs, check=0)
            self.assertEqual(read(a, binary=True), read(c, binary=True))


if __name__ == "__main__":
    p = kg("import", "--help")
    if p.returncode != 0 or "not available" in p.stderr:
        print("kg import is not in this build yet: skipped", file=sys.stderr)
        sys.exit(77)
    main()
