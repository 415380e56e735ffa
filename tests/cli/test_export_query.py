"""kg export --query exports the subgraph a query returns; kg import reads exports back."""
import json

from kgtest import KgTestCase, kg, main


class ExportQuery(KgTestCase):
    def make_store(self):
        store = self.path("g.kg.json")
        kg("query", "-g", store, "-e",
           "CREATE (a:person {name: 'Ana <&> \"A\"'})-[:met_with {date: '2024-11-18'}]->(b:person {name: 'Bö'}),"
           " (b)-[:visited]->(c:city {name: 'Lima'}), (d:country {name: 'Peru'})", check=0)
        return store

    def test_query_subgraph_brings_the_ends_along(self):
        import networkx as nx
        store = self.make_store()
        out = self.path("sub.graphml")
        kg("export", "-g", store, "--format", "graphml", "-o", out,
           "--query", "MATCH (:person)-[r:met_with]->() RETURN r", check=0)
        g = nx.read_graphml(out)
        self.assertEqual(sorted(d["label"] for _, d in g.nodes(data=True)), ['Ana <&> "A"', "Bö"])
        self.assertEqual([d["label"] for _, _, d in g.edges(data=True)], ["met_with"])
        # A path and a list of nodes work too.
        kg("export", "-g", store, "--format", "json", "-o", self.path("p.json"),
           "--query", "MATCH p = (:person)-[:visited]->(:city) MATCH (c:country) RETURN p, collect(c)", check=0)
        with open(self.path("p.json"), encoding="utf-8") as f:
            j = json.load(f)
        self.assertEqual(sorted(n.get("label", n.get("name")) for n in j["nodes"]), ["Bö", "Lima", "Peru"])

    def test_query_errors_name_the_class_and_exit_2_or_1(self):
        store = self.make_store()
        p = kg("export", "-g", store, "--query", "MATCH (a RETURN a")
        self.assertEqual(p.returncode, 2)
        self.assertTrue(p.stderr.startswith("SyntaxError"), p.stderr)
        p = kg("export", "-g", store, "--query", "CREATE (x)")
        self.assertNotEqual(p.returncode, 0)

    def test_graphml_round_trip_through_import(self):
        store = self.make_store()
        a, b = self.path("a.graphml"), self.path("b.graphml")
        kg("export", "-g", store, "-o", a, check=0)
        kg("import", "graphml", a, "-o", self.path("back.kg.json"), check=0)
        kg("export", "-g", self.path("back.kg.json"), "-o", b, check=0)
        with open(a, "rb") as fa, open(b, "rb") as fb:
            self.assertEqual(fa.read(), fb.read())
        p = kg("import", "graphml", self.path("missing.graphml"), "-o", self.path("x.kg.json"))
        self.assertEqual(p.returncode, 1)
        self.assertIn("missing.graphml", p.stderr)


if __name__ == "__main__":
    main()
