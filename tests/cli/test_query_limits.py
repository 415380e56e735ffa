#!/usr/bin/env python3
"""`kg query --timeout SECONDS` and `--max-rows N` through the real binary: a statement past
a limit exits 1 with a ResourceError naming the limit, writes nothing, and the statements
before it in a script keep their effect; statements within the limits run as before."""
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kgtest import KgTestCase, kg, main, read  # noqa: E402


class QueryLimits(KgTestCase):
    def setUp(self):
        super().setUp()
        self.store = self.path("g.json")
        kg("query", "-g", self.store, "-e", "UNWIND range(1, 300) AS i CREATE (:n {i: i})", check=0)

    def test_timeout_stops_a_long_statement_and_writes_nothing(self):
        before = read(self.store)
        t = time.monotonic()
        # 300^3 = 27 million rows: far longer than half a second
        p = kg("query", "-g", self.store, "--timeout", "0.5", "-e",
               "MATCH (a), (b), (c) WHERE a.i + b.i + c.i < 4 SET a.x = 1 RETURN count(*)")
        took = time.monotonic() - t
        self.assertEqual(p.returncode, 1, p.stderr)
        first = p.stderr.splitlines()[0]
        self.assertTrue(first.startswith("ResourceError: TimeLimitExceeded: "), first)
        self.assertIn("0.5 s", first)
        self.assertIn("--timeout", p.stderr)
        self.assertEqual(p.stdout, "")
        self.assertLess(took, 30)  # stopped, not run to the end (generous: a loaded machine)
        self.assertEqual(read(self.store), before)

    def test_timeout_in_a_script_keeps_the_earlier_statements(self):
        script = self.write("s.cypher", "CREATE (:done);\nMATCH (a), (b), (c) RETURN count(*);\nCREATE (:never);\n")
        p = kg("query", "-g", self.store, "--timeout", "0.3", "-f", script)
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertIn("TimeLimitExceeded", p.stderr)
        p = kg("query", "-g", self.store, "--format", "json", "-e",
               "MATCH (d:done) WITH count(d) AS d OPTIONAL MATCH (v:never) RETURN d, count(v)", check=0)
        self.assertEqual(json.loads(p.stdout)["rows"], [[1, 0]])

    def test_statements_within_the_limits_run(self):
        p = kg("query", "-g", self.store, "--timeout", "60", "--max-rows", "1000", "--format", "json", "-e",
               "MATCH (a), (b) WITH a, b WHERE a.i < b.i RETURN count(*) AS c", check=0)
        self.assertEqual(json.loads(p.stdout)["rows"], [[300 * 299 // 2]])
        # ORDER BY ... LIMIT keeps only the top rows, well under the cap
        p = kg("query", "-g", self.store, "--max-rows", "1000", "--format", "json", "-e",
               "MATCH (a), (b) RETURN a.i * b.i AS p ORDER BY p DESC LIMIT 2", check=0)
        self.assertEqual(json.loads(p.stdout)["rows"], [[90000], [89700]])

    def test_max_rows_names_the_limit(self):
        before = read(self.store)
        for q in ("MATCH (a), (b) RETURN a.i, b.i",                       # the result
                  "MATCH (a), (b) RETURN a.i * 1000 + b.i AS s, count(*)",  # aggregation groups
                  "MATCH (a), (b) WITH DISTINCT a.i * b.i AS p RETURN count(p)",
                  "MATCH (a), (b) SET a.y = b.i"):                        # the write's buffer
            p = kg("query", "-g", self.store, "--max-rows", "5000", "-e", q)
            self.assertEqual(p.returncode, 1, (q, p.stderr))
            first = p.stderr.splitlines()[0]
            self.assertTrue(first.startswith("ResourceError: RowLimitExceeded: "), first)
            self.assertIn("5000 rows", first)
            self.assertIn("--max-rows", p.stderr)
        self.assertEqual(read(self.store), before)

    def test_bad_values_are_usage_errors(self):
        for args in (["--timeout", "-1"], ["--timeout", "soon"], ["--max-rows", "many"]):
            p = kg("query", "-g", self.store, *args, "-e", "RETURN 1")
            self.assertEqual(p.returncode, 2, (args, p.stderr))

    def test_help_lists_the_limits(self):
        p = kg("query", "--help", check=0)
        self.assertIn("--timeout SECONDS", p.stdout)
        self.assertIn("--max-rows N", p.stdout)


if __name__ == "__main__":
    main()
