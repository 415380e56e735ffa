"""kg export --format gexf / json / dot read by real readers: networkx (read_gexf, node_link_graph),
graphology + graphology-gexf (npm), Graphviz dot -Tsvg."""
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kgtest import KgTestCase, kg, main  # noqa: E402
from test_export_graphml import (ENTITY_IDS, EVIDENCE_TEXT, NAMES, REL_IDS, ensure_js,  # noqa: E402
                                 read_with_graphology, write_fixture, xml_clean)


class Formats(KgTestCase):
    def export(self, fmt, ext=None):
        store = write_fixture(self.path("f.kg.json"))
        out = self.path("f." + (ext or fmt))
        kg("export", "-g", store, "--format", fmt, "-o", out, check=0)
        return out

    def test_gexf_networkx(self):
        import networkx as nx
        g = nx.read_gexf(self.export("gexf"))
        self.assertEqual(sorted(g.nodes), sorted(f"n{i}" for i in ENTITY_IDS))
        self.assertEqual(g.number_of_edges(), len(REL_IDS))
        for i in (1, 2, 4, 7):
            self.assertEqual(g.nodes[f"n{i}"]["label"], xml_clean(NAMES[i]))
        n1 = g.nodes["n1"]
        self.assertEqual((n1["type"], n1["mentions"]), ("person", 7))
        self.assertEqual(json.loads(n1["aliases"])[2], "김정은")
        self.assertEqual(n1["viz"]["color"]["r"], 31)          # person blue
        self.assertGreater(n1["viz"]["size"], g.nodes["n4"]["viz"]["size"])  # more mentions, bigger
        # Timeline: Kim is seen 2024-11-19 and in relations dated 2022 and 2024-11-18.
        self.assertEqual((n1["start"], n1["end"]), ("2022-01-01", "2024-11-19"))
        n4 = g.nodes["n4"]
        self.assertIs(n4["flag"], True)
        self.assertEqual((n4["ratio"], n4["big"]), (0.1, 1e300))
        met = sorted((d for u, v, d in g.edges(data=True) if d["label"] == "met_with"), key=lambda d: d["start"])
        self.assertEqual([(d["start"], d["end"]) for d in met], [("2022-01-01", "2022-12-31"), ("2024-11-18", "2024-11-18")])
        self.assertEqual(met[1]["weight"], 2.0)
        self.assertEqual(json.loads(met[1]["evidence"])[0]["text"], EVIDENCE_TEXT)
        self.assertEqual(json.loads(met[0]["attributed_to"]), ["AT&T <Holdings>", "Zoë"])
        visited = next(d for u, v, d in g.edges(data=True) if d["label"] == "visited")
        self.assertEqual((visited["start"], visited["end"]), ("2024-02-01", "2024-02-29"))  # a leap year
        # The document is well-formed GEXF 1.3 with the viz namespace.
        root = ET.parse(self.path("f.gexf")).getroot()
        self.assertEqual(root.tag, "{http://gexf.net/1.3}gexf")
        graph = root.find("{http://gexf.net/1.3}graph")
        self.assertEqual((graph.get("mode"), graph.get("timeformat")), ("dynamic", "date"))

    def test_gexf_graphology(self):
        if not ensure_js():
            self.skipTest("npm cannot install graphology-gexf")
        r = read_with_graphology("gexf", self.export("gexf"))
        self.assertEqual((r["order"], r["size"]), (len(ENTITY_IDS), len(REL_IDS)))
        n = r["nodes"]
        self.assertEqual(n["n2"]["label"], xml_clean(NAMES[2]))
        self.assertEqual(n["n4"]["label"], NAMES[4])
        self.assertEqual(n["n1"]["mentions"], 7)
        self.assertEqual(n["n1"]["color"], "rgb(31,119,180)")
        self.assertIs(n["n4"]["flag"], True)
        e = next(e for e in r["edges"] if e["attrs"]["label"] == "holds_position")
        self.assertEqual((e["source"], e["target"], e["attrs"]["kind"]), ("n1", "n7", "holds_position"))
        self.assertEqual(e["attrs"]["title"], 'Chief "Officer" & <Head>')
        self.assertEqual(e["attrs"]["count"], 5000)

    def test_node_link_json_networkx(self):
        import networkx as nx
        with open(self.export("json"), encoding="utf-8") as f:
            data = json.load(f)
        try:
            g = nx.node_link_graph(data, edges="links")
        except TypeError:  # networkx < 3.4 reads "links" by default
            g = nx.node_link_graph(data)
        self.assertTrue(g.is_directed() and g.is_multigraph())
        self.assertEqual(sorted(g.nodes), sorted(f"n{i}" for i in ENTITY_IDS))
        self.assertEqual(g.number_of_edges(), len(REL_IDS))
        for i in (1, 2, 4, 7):
            self.assertEqual(g.nodes[f"n{i}"]["label"], NAMES[i])  # JSON keeps control characters
        self.assertEqual(g.nodes["n1"]["aliases"][2], "김정은")     # a real list
        self.assertEqual(g.nodes["n4"]["meta"], {"a": [1, 2], "b": "x\ny"})
        self.assertIs(g.nodes["n4"]["flag"], True)
        self.assertEqual(g.nodes["n4"]["ratio"], 0.1)
        d = g.get_edge_data("n1", "n2")["e2"]
        self.assertEqual((d["label"], d["weight"], d["sources"]), ("met_with", 2, 2))
        self.assertEqual(d["evidence"][0]["text"], EVIDENCE_TEXT)
        # d3 reads source/target by id: every link names existing nodes.
        ids = {n["id"] for n in data["nodes"]}
        self.assertTrue(all(l["source"] in ids and l["target"] in ids for l in data["links"]))

    def test_dot_renders(self):
        if not shutil.which("dot"):
            self.skipTest("graphviz is not installed")
        out = self.export("dot")
        p = subprocess.run(["dot", "-Tsvg", out], capture_output=True, timeout=120)
        self.assertEqual(p.returncode, 0, p.stderr.decode(errors="replace"))
        self.assertEqual(p.stderr, b"")  # no warnings either
        svg = ET.fromstring(p.stdout)
        ns = "{http://www.w3.org/2000/svg}"
        nodes = [g for g in svg.iter(ns + "g") if g.get("class") == "node"]
        edges = [g for g in svg.iter(ns + "g") if g.get("class") == "edge"]
        self.assertEqual((len(nodes), len(edges)), (len(ENTITY_IDS), len(REL_IDS)))
        texts = [(t.text or "").replace("\xa0", " ") for t in svg.iter(ns + "text")]
        self.assertIn(xml_clean(NAMES[2]), texts)
        self.assertIn(NAMES[4], texts)
        self.assertIn('Kim "Rocket" Jong Un', texts)
        self.assertIn("met_with", texts)
        # Coloured by type: the person is filled blue, the alleged relation dashed.
        self.assertIn('fill="#1f77b4"', p.stdout.decode())
        self.assertIn('stroke-dasharray', p.stdout.decode())


if __name__ == "__main__":
    main()
