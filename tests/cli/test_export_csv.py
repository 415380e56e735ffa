"""kg export --format csv (neo4j-admin headers) loaded by Kuzu (npm `kuzu`) with COPY FROM; its
count queries and column values match the graph."""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kgtest import KgTestCase, kg, main  # noqa: E402
from test_export_graphml import (ENTITY_IDS, EVIDENCE_TEXT, JS_DIR, NAMES, REL_IDS, ensure_js,  # noqa: E402
                                 write_fixture)


class CsvReaders(KgTestCase):
    def export(self):
        store = write_fixture(self.path("f.kg.json"))
        out = self.path("csv")
        kg("export", "-g", store, "--format", "csv", "-o", out, check=0)
        return os.path.join(out, "nodes.csv"), os.path.join(out, "relationships.csv")

    def test_headers(self):
        nodes, rels = self.export()
        with open(nodes, encoding="utf-8") as f:
            head = f.readline().rstrip("\n").split(",")
        self.assertEqual(head[:2], [":ID", ":LABEL"])
        self.assertIn("mentions:long", head)
        self.assertIn("docs:string[]", head)
        self.assertIn("flag:boolean", head)
        self.assertIn("ratio:double", head)
        with open(rels, encoding="utf-8") as f:
            head = f.readline().rstrip("\n").split(",")
        self.assertEqual(head[:3], [":START_ID", ":END_ID", ":TYPE"])
        self.assertIn("attributed_to:string[]", head)
        self.assertIn("evidence:string", head)

    def test_kuzu_copy_from(self):
        nodes, rels = self.export()
        p = subprocess.run(["node", os.path.join(JS_DIR, "kuzu_load.js"), nodes, rels], capture_output=True,
                           text=True, timeout=300)
        self.assertEqual(p.returncode, 0, p.stderr)
        r = json.loads(p.stdout)
        self.assertEqual((r["node_count"], r["rel_count"]), (len(ENTITY_IDS), len(REL_IDS)))
        n = {x["n"]["kg_id"]: x["n"] for x in r["nodes"]}
        self.assertEqual(sorted(n), ENTITY_IDS)
        for i in (1, 2, 4, 7):
            self.assertEqual(n[i]["name"], NAMES[i])      # quotes, controls, line breaks, non-ASCII kept
        self.assertEqual(n[1]["kg_labels"], "person")
        self.assertEqual(n[7]["kg_labels"], "agency;organization")
        self.assertEqual(n[1]["mentions"], 7)             # INT64
        self.assertIs(n[4]["flag"], True)                 # BOOLEAN
        self.assertEqual((n[4]["ratio"], n[4]["big"]), (0.1, 1e300))  # DOUBLE
        self.assertEqual(n[1]["docs"], "doc-1")           # a string[] column, one element
        self.assertEqual(json.loads(n[1]["aliases"])[1], "Kim; Jong-un")  # ';' inside: JSON instead
        self.assertEqual(json.loads(n[4]["meta"]), {"a": [1, 2], "b": "x\ny"})
        met = [x for x in r["rels"] if x["r"]["kg_type"] == "met_with"]
        self.assertEqual(len(met), 2)
        asserted = next(x for x in met if x["r"]["status"] == "asserted")
        self.assertEqual((asserted["src"], asserted["dst"], asserted["r"]["weight"]), (1, 2, 2))
        self.assertEqual(json.loads(asserted["r"]["evidence"])[0]["text"], EVIDENCE_TEXT)
        alleged = next(x for x in met if x["r"]["status"] == "alleged")
        self.assertEqual(alleged["r"]["attributed_to"], "AT&T <Holdings>;Zoë")


if __name__ == "__main__":
    if not ensure_js():
        print("npm cannot install kuzu: skipped", file=sys.stderr)
        sys.exit(77)
    main()
