"""kg shell with standard input from a pipe or a file: no prompts, every statement's result
in the current mode, dot-commands, and the exit status of the first failing statement."""
import csv
import io
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(__file__))
from kgtest import KgTestCase, kg, main, read  # noqa: E402

GRAPH = """
CREATE (k:person {name: 'Kim Jong Un'}), (p:person {name: 'Vladimir Putin'}),
       (n:country {name: 'North Korea'}), (r:country {name: 'Russia'}),
       (k)-[:met_with {date: '2024-06-19'}]->(p), (k)-[:leads]->(n), (p)-[:leads]->(r);
"""


def width(s):
    """Terminal columns of s (East Asian wide/fullwidth = 2, combining marks 0)."""
    w = 0
    for ch in s:
        if unicodedata.combining(ch):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return w


class ShellPipeTest(KgTestCase):
    def store(self):
        s = self.path("g.kg.json")
        kg("shell", "-g", s, input=GRAPH, check=0)
        return s

    def shell(self, script, *args, check=None):
        return kg("shell", *args, input=script, check=check)

    # --- statements and results
    def test_pipe_matches_kg_query_f(self):
        s = self.store()
        script = ("// who leads what\n"
                  "MATCH (a:person)-[:leads]->(c:country)\n"
                  "RETURN a.name, c.name ORDER BY a.name;\n")
        f = self.write("q.cypher", script)
        via_shell = self.shell(script, "-g", s, check=0)
        via_query = kg("query", "-g", s, "-f", f, check=0)
        self.assertEqual(via_shell.stdout, via_query.stdout)
        self.assertEqual(json.loads(via_shell.stdout),
                         {"columns": ["a.name", "c.name"],
                          "rows": [["Kim Jong Un", "North Korea"], ["Vladimir Putin", "Russia"]]})
        self.assertEqual(via_shell.stderr, "")  # no prompts, no banner

    def test_several_statements_on_a_line_and_one_over_lines(self):
        out = self.shell("RETURN 1 AS a; RETURN 'x;y' AS b; // RETURN 3;\n"
                         "RETURN\n  2 /* ; */ AS c\n;\n", "--mode", "jsonl", check=0).stdout
        self.assertEqual([json.loads(l) for l in out.splitlines()], [{"a": 1}, {"b": "x;y"}, {"c": 2}])

    def test_last_statement_needs_no_semicolon(self):
        out = self.shell("RETURN 1 AS a;\nRETURN 2 AS b", "--mode", "jsonl", check=0).stdout
        self.assertEqual(out, '{"a": 1}\n{"b": 2}\n')

    def test_compile_error_exits_2_and_stops_with_caret(self):
        s = self.store()
        script = ("CREATE (:person {name: 'First'});\n"
                  "\n"
                  "MATCH (a:person RETURN a;\n"
                  "CREATE (:person {name: 'Never'});\n")
        p = self.shell(script, "-g", s, check=2)
        lines = p.stderr.splitlines()
        self.assertTrue(lines[0].startswith("SyntaxError"), p.stderr)
        m = re.search(r"line 3, column (\d+)", lines[0])
        self.assertTrue(m, p.stderr)
        self.assertEqual(lines[1], "MATCH (a:person RETURN a;")  # the script's line
        self.assertEqual(lines[2], " " * (int(m.group(1)) - 1) + "^")
        self.assertIn(int(m.group(1)), (16, 17))  # the end of the node pattern, or RETURN
        names = json.loads(kg("query", "-g", s, "MATCH (p:person) RETURN p.name ORDER BY p.name", check=0).stdout)
        self.assertEqual([r[0] for r in names["rows"]], ["First", "Kim Jong Un", "Vladimir Putin"])

    def test_error_position_on_a_shared_line(self):
        p = self.shell("RETURN 1 AS a; RETURN nope AS b;\n", check=2)
        head = p.stderr.splitlines()[0]
        self.assertIn("UndefinedVariable", head)
        self.assertIn("line 1, column 23", head)
        self.assertEqual(p.stderr.splitlines()[2], " " * 22 + "^")

    def test_runtime_error_exits_1_and_changes_nothing(self):
        s = self.store()
        before = read(s)
        p = self.shell("MATCH (p:person) SET p.x = 1 WITH p RETURN toInteger({a: 1}) AS boom;\n"
                       "RETURN 1;\n", "-g", s, check=1)
        self.assertIn("Error", p.stderr)
        self.assertEqual(read(s), before)

    def test_missing_store_created_at_first_write_only(self):
        s = self.path("new.kg.json")
        self.shell("RETURN 1;\nMATCH (n) RETURN count(n);\n", "-g", s, check=0)
        self.assertFalse(os.path.exists(s))
        self.shell("CREATE (:person {name: 'Ada'});\n", "-g", s, check=0)
        self.assertTrue(os.path.exists(s))
        out = kg("query", "-g", s, "MATCH (p:person) RETURN p.name", check=0).stdout
        self.assertEqual(json.loads(out)["rows"], [["Ada"]])

    def test_each_write_is_saved_before_the_next_statement(self):
        s = self.store()
        # the second statement fails: the first one's write is in the store all the same
        self.shell("CREATE (:person {name: 'Saved'});\nRETURN 1 +;\n", "-g", s, check=2)
        out = kg("query", "-g", s, "MATCH (p:person {name: 'Saved'}) RETURN count(p)", check=0).stdout
        self.assertEqual(json.loads(out)["rows"], [[1]])

    def test_read_only(self):
        s = self.store()
        before = read(s)
        p = self.shell("CREATE (:person {name: 'No'});\n", "-g", s, "--read-only")
        self.assertNotEqual(p.returncode, 0)
        self.assertEqual(read(s), before)

    def test_damaged_store_is_a_runtime_error(self):
        bad = self.write("bad.kg.json", "{not json")
        p = self.shell("RETURN 1;\n", "-g", bad, check=1)
        self.assertIn("bad.kg.json", p.stderr)

    # --- modes and dot-commands
    def test_modes(self):
        s = self.store()
        q = "MATCH (c:country) RETURN c.name AS name, size(c.name) AS n ORDER BY name;\n"
        csv_out = self.shell(".mode csv\n" + q, "-g", s, check=0).stdout
        self.assertEqual(list(csv.reader(io.StringIO(csv_out))), [["name", "n"], ["North Korea", "11"], ["Russia", "6"]])
        self.assertEqual(self.shell(".mode csv\n.headers off\n" + q, "-g", s, check=0).stdout,
                         "North Korea,11\nRussia,6\n")
        self.assertEqual(self.shell(".mode tsv\n" + q, "-g", s, check=0).stdout, "name\tn\nNorth Korea\t11\nRussia\t6\n")
        self.assertEqual(self.shell(".mode markdown\n" + q, "-g", s, check=0).stdout,
                         "| name | n |\n| --- | ---: |\n| North Korea | 11 |\n| Russia | 6 |\n2 rows\n")
        self.assertEqual(self.shell(".mode line\n" + q, "-g", s, check=0).stdout,
                         "name = North Korea\n   n = 11\n\nname = Russia\n   n = 6\n2 rows\n")
        jl = self.shell(".mode jsonl\n" + q, "-g", s, check=0).stdout
        self.assertEqual([json.loads(l) for l in jl.splitlines()], [{"name": "North Korea", "n": 11}, {"name": "Russia", "n": 6}])
        table = self.shell(".mode table\n" + q, "-g", s, check=0).stdout
        self.assertEqual(table,
                         "+-------------+----+\n"
                         "| name        |  n |\n"
                         "+-------------+----+\n"
                         "| North Korea | 11 |\n"
                         "| Russia      |  6 |\n"
                         "+-------------+----+\n"
                         "2 rows\n")
        p = self.shell(".mode xml\n", check=2)
        self.assertIn("usage: .mode", p.stderr)

    def test_table_aligns_by_display_width_and_truncates(self):
        names = ["東京都", "Zoë", "Café", "🙂 ok", "Ünïcödé"]
        script = ".mode table\nUNWIND $names AS name RETURN name, 1 AS one;\n"
        script = f".param names {json.dumps(names, ensure_ascii=False)}\n" + script
        out = self.shell(script, check=0).stdout
        rows = [l for l in out.splitlines() if l.startswith(("|", "+"))]
        self.assertEqual(len(rows), 3 + len(names) + 1)
        widths = {width(l) for l in rows}
        self.assertEqual(len(widths), 1, out)  # every line of the table is as wide on screen
        bars = {tuple(i for i, _ in enumerate_columns(l)) for l in rows}
        self.assertEqual(len(bars), 1, out)  # and the column separators line up
        # a cell longer than .maxwidth is cut, with an ellipsis, to exactly that width
        long = "Internationalization " * 4
        out = self.shell(f".maxwidth 12\nRETURN '{long}' AS text, '東京都東京都東京都' AS city;\n", "--mode", "table", check=0).stdout
        body = out.splitlines()[3]
        cells = [c.strip() for c in body.strip("|").split("|")]
        self.assertEqual(cells[0], "Internation…")
        self.assertEqual(width(cells[1]), 11)  # 5 wide characters and the ellipsis: never half a character
        self.assertTrue(cells[1].endswith("…") and cells[1].startswith("東京都東京"))

    def test_params(self):
        out = self.shell('.param who "Kim Jong Un"\n.param ids [1, 2.5, {"a": null}]\n.params\n'
                         "RETURN $who AS who, $ids AS ids;\n", "--mode", "jsonl", check=0).stdout
        lines = out.splitlines()
        self.assertEqual(lines[:2], ['$ids = [1, 2.5, {"a": null}]', '$who = "Kim Jong Un"'])
        self.assertEqual(json.loads(lines[2]), {"who": "Kim Jong Un", "ids": [1, 2.5, {"a": None}]})
        p = self.shell(".param bad {oops\n", check=2)
        self.assertIn("bad JSON", p.stderr)

    def test_read_output_once(self):
        s = self.store()
        inc = self.write("inc.cypher", "// included\nCREATE (:person {name: 'From file'});\n"
                                       "MATCH (p:person) RETURN count(p) AS people;\n")
        out_all = self.path("all.csv")
        out_one = self.path("one.json")
        script = (f".mode csv\n.read {inc}\n.output {out_all}\nRETURN 1 AS a;\nRETURN 2 AS b;\n.output\n"
                  f".once {out_one}\n.mode json\nRETURN 3 AS c;\nRETURN 4 AS d;\n")
        p = self.shell(script, "-g", s, check=0)
        self.assertEqual(p.stdout, 'people\n3\n{"columns": ["d"], "rows": [[4]]}\n')
        self.assertEqual(read(out_all), "a\n1\nb\n2\n")
        self.assertEqual(json.loads(read(out_one)), {"columns": ["c"], "rows": [[3]]})
        p = self.shell(f".read {self.path('missing.cypher')}\nRETURN 1;\n", check=1)
        self.assertIn("cannot read", p.stderr)
        bad = self.write("bad.cypher", "RETURN 1;\nRETURN (;\n")
        p = self.shell(f".read {bad}\n", check=2)
        self.assertIn("line 2, column", p.stderr)

    def test_export_graph_and_query_result(self):
        import networkx as nx
        s = self.store()
        whole = self.path("whole.graphml")
        part = self.path("part.graphml")
        csvdir = self.path("csvout")
        self.shell(f".export graphml {whole}\n"
                   f".export graphml {part} MATCH (a)-[r:met_with]->(b) RETURN a, r, b;\n"
                   f".export csv {csvdir} MATCH (c:country) RETURN c\n", "-g", s, check=0)
        g = nx.read_graphml(whole)
        self.assertEqual((g.number_of_nodes(), g.number_of_edges()), (4, 3))
        g = nx.read_graphml(part)
        self.assertEqual((g.number_of_nodes(), g.number_of_edges()), (2, 1))
        self.assertEqual(sorted(d.get("label") for _, d in g.nodes(data=True)), ["Kim Jong Un", "Vladimir Putin"])
        with open(os.path.join(csvdir, "nodes.csv"), encoding="utf-8") as f:
            nodes = list(csv.reader(f))
        self.assertEqual(len(nodes), 3)  # header and the two countries
        p = self.shell(f".export nosuch {self.path('x')}\n", "-g", s, check=2)
        self.assertFalse(os.path.exists(self.path("x")))

    def test_schema_stats_open(self):
        s = self.store()
        out = self.shell(".schema\n", "-g", s, check=0).stdout
        self.assertRegex(out, r"\| country +\| +2 \|")
        self.assertRegex(out, r"\| person +\| +2 \|")
        self.assertRegex(out, r"\| leads +\| +2 \|")
        self.assertRegex(out, r"\| met_with +\| +1 \|")
        self.assertRegex(out, r"\| name +\| +4 \| +0 \|")
        self.assertRegex(out, r"\| date +\| +0 \| +1 \|")
        self.assertRegex(out, r"\| \(:person\)-\[:leads\]->\(:country\) +\| +2 \|")
        out = self.shell(".stats\n", "-g", s, check=0).stdout
        self.assertRegex(out, r"nodes: +4 ")
        self.assertRegex(out, r"relationships: +3")
        other = self.path("other.kg.json")
        out = self.shell(f".open {other}\nCREATE (:x);\n.open {s}\nMATCH (n) RETURN count(n) AS n;\n",
                         "--mode", "jsonl", check=0).stdout
        self.assertEqual(out, '{"n": 4}\n')
        self.assertEqual(json.loads(kg("query", "-g", other, "MATCH (n:x) RETURN count(n)", check=0).stdout)["rows"], [[1]])

    def test_unknown_dot_command_and_quit(self):
        p = self.shell(".frobnicate\n", check=2)
        self.assertIn("unknown command .frobnicate", p.stderr)
        p = self.shell("RETURN 1 AS a;\n.quit\nRETURN 1 +;\n", "--mode", "jsonl", check=0)
        self.assertEqual(p.stdout, '{"a": 1}\n')

    def test_help(self):
        out = kg("shell", "--help", check=0).stdout
        self.assertIn("--graph", out)
        out = self.shell(".help\n", check=0).stdout
        for cmd in (".schema", ".mode", ".headers", ".timer", ".param", ".params", ".read", ".output",
                    ".once", ".export", ".stats", ".open", ".quit"):
            self.assertIn(cmd, out)


def enumerate_columns(line):
    """(display column, char) of each separator in a table line."""
    col = 0
    for ch in line:
        if ch in "|+":
            yield col, ch
        col += width(ch)


if __name__ == "__main__":
    main()
