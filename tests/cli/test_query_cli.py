#!/usr/bin/env python3
"""`kg query` through the real binary: errors (class, detail code, position, caret),
exit codes, scripts, parameters, output formats, --read-only and store persistence."""
import json
import os
import subprocess
import sys
import tempfile

SRC = os.environ.get("KG_SOURCE_DIR", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
KG = os.environ.get("KG", os.path.join(SRC, "build", "kg"))
failures = []


def kg(*args, stdin=None):
    return subprocess.run([KG, "query", *args], capture_output=True, text=True, input=stdin, timeout=60)


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        store = os.path.join(tmp, "g.json")
        # reading a missing store: empty graph, nothing written
        p = kg("-g", store, "--format", "json", "-e", "MATCH (n) RETURN count(n) AS c")
        check(p.returncode == 0 and json.loads(p.stdout) == {"columns": ["c"], "rows": [[0]]}, f"empty count: {p}")
        check(not os.path.exists(store), "a read created the store")
        # the first write creates the store
        p = kg("-g", store, "--format", "json", "-e", "CREATE (:person {name: 'Ann', age: 3, h: 1.0})")
        check(p.returncode == 0 and p.stdout.strip() == '{"columns": [], "rows": []}', f"create output: {p.stdout!r}")
        check(os.path.exists(store), "the write did not create the store")
        # ints vs floats, node objects
        p = kg("-g", store, "--format", "json", "-e", "MATCH (n) RETURN n, n.age, n.h, 1e300, 0.0/0.0")
        check(p.returncode == 0, f"json query failed: {p.stderr}")
        check('"n.age"' in p.stdout and ', 3, 1.0, 1e+300, NaN]' in p.stdout, f"number forms: {p.stdout}")
        check('{"id": 0, "labels": ["person"], "properties": {"age": 3, "h": 1.0, "name": "Ann"}}' in p.stdout,
              f"node object: {p.stdout}")
        # compile error: class, code, position, the query line and a caret
        p = kg("-g", store, "-e", "MATCH (a) RETURN b")
        lines = p.stderr.split("\n")
        check(p.returncode == 2, f"compile error exit {p.returncode}")
        check(lines[0] == "SyntaxError: UndefinedVariable: line 1, column 18: variable `b` not defined",
              f"headline: {lines[0]!r}")
        check(lines[1] == "MATCH (a) RETURN b" and lines[2] == " " * 17 + "^", f"caret lines: {lines[1:3]}")
        p = kg("-g", store, "-e", "MATCH (a:person RETURN a")
        check(p.returncode == 2 and p.stderr.startswith("SyntaxError: UnexpectedSyntax: line 1, column 17: expected ')'"),
              f"parse error: {p.stderr!r}")
        # runtime error: exit 1, nothing written
        before = open(store, "rb").read()
        p = kg("-g", store, "-e", "CREATE (:x) WITH 1 AS one RETURN one / 0")
        check(p.returncode == 1 and p.stderr.startswith("ArithmeticError"), f"runtime error: {p.returncode} {p.stderr!r}")
        check(open(store, "rb").read() == before, "a failed statement changed the store")
        # --read-only
        p = kg("-g", store, "--read-only", "-e", "CREATE (:x)")
        check(p.returncode != 0 and open(store, "rb").read() == before, "read-only write was not refused")
        p = kg("-g", store, "--read-only", "--format", "json", "-e", "MATCH (n) RETURN count(*) AS c")
        check(p.returncode == 0 and json.loads(p.stdout)["rows"] == [[1]], "read-only read failed")
        # parameters
        p = kg("-g", store, "--format", "json", "--param", "n=\"Ann\"", "--params", '{"k": [1, 2]}', "-e",
               "MATCH (p {name: $n}) RETURN p.age + size($k) AS x")
        check(p.returncode == 0 and json.loads(p.stdout)["rows"] == [[5]], f"params: {p.stdout} {p.stderr}")
        p = kg("-g", store, "--format", "json", "--param", "a=1", "--param", "b=[2]", "RETURN $a + $b[0] AS x")
        check(p.returncode == 0 and json.loads(p.stdout)["rows"] == [[3]], f"--param then positional: {p.stderr}")
        p = kg("-g", store, "--param", "bad", "-e", "RETURN 1")
        check(p.returncode == 2, "bad --param accepted")
        # positional query and several statements; the last result is printed
        p = kg("-g", store, "--format", "json", "CREATE (:y {v: 1}); MATCH (n:y) RETURN n.v AS v")
        check(p.returncode == 0 and json.loads(p.stdout)["rows"] == [[1]], f"two statements: {p.stdout} {p.stderr}")
        # a script with comments stops at the first error; earlier writes stay
        script = os.path.join(tmp, "s.cypher")
        with open(script, "w") as f:
            f.write("// setup\nCREATE (:z {v: 1}); // one\nCREATE (:z {v: 2});\nMATCH (n:z) RETURN m;\nCREATE (:z {v: 3});\n")
        p = kg("-g", store, "-f", script)
        check(p.returncode == 2 and "UndefinedVariable" in p.stderr.split("\n")[0], f"script error: {p.stderr!r}")
        p = kg("-g", store, "--format", "json", "-e", "MATCH (n:z) RETURN n.v AS v ORDER BY v")
        check(json.loads(p.stdout)["rows"] == [[1], [2]], f"script writes: {p.stdout}")
        # formats
        p = kg("-g", store, "--format", "csv", "-e", "UNWIND [1, 'a,b', null] AS x RETURN x")
        check(p.stdout == 'x\n1\n"a,b"\n\n', f"csv: {p.stdout!r}")
        p = kg("-g", store, "--format", "tsv", "-e", "RETURN 1 AS a, 'x' AS b")
        check(p.stdout == "a\tb\n1\tx\n", f"tsv: {p.stdout!r}")
        p = kg("-g", store, "--format", "jsonl", "-e", "UNWIND [1, 2] AS x RETURN x, x * 2.0 AS y")
        check(p.stdout == '{"x": 1, "y": 2.0}\n{"x": 2, "y": 4.0}\n', f"jsonl: {p.stdout!r}")
        p = kg("-g", store, "--format", "table", "-e", "RETURN 1 AS a")
        check("| a |" in p.stdout and "1 row" in p.stdout, f"table: {p.stdout!r}")
        p = kg("-g", store, "--format", "graphml", "-e", "MATCH (n:person) RETURN n")
        check(p.returncode == 0 and "<graphml" in p.stdout and "Ann" in p.stdout, f"graphml: {p.returncode} {p.stderr}")
        p = kg("-g", store, "--format", "yaml", "-e", "RETURN 1")
        check(p.returncode == 2, "unknown format accepted")
        # EXPLAIN shows the index choice; PROFILE counts rows
        p = kg("-g", store, "--format", "table", "-e", "EXPLAIN MATCH (n {name: 'Ann'})-->(m) RETURN m")
        check("NodeByNameIndex" in p.stdout, f"explain: {p.stdout}")
        p = kg("-g", store, "--format", "table", "-e", "PROFILE MATCH (n:z) RETURN n")
        check("rows out: 2" in p.stdout, f"profile: {p.stdout}")
        # statement without RETURN after a read
        p = kg("-g", store, "--format", "json", "-e", "MATCH (n) SET n.seen = true")
        check(p.stdout.strip() == '{"columns": [], "rows": []}', f"no-return output: {p.stdout!r}")
    print(f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
