#!/usr/bin/env python3
"""Runs the query conformance files tests/query/*.test against the real kg binary.

File format (in the spirit of sqllogictest; records are separated by blank lines,
lines starting with '#' are comments; every file starts from an empty store):

  statement ok                 the statement must succeed (its output is ignored)
  <statement lines>

  query [ordered]              the statement's rows, one JSON array per line after
  <statement lines>            '----'; without 'ordered' rows compare as a multiset.
  ----                         An empty block after '----' means no rows.
  [1, "a"]

  columns                      like query, but the line after '----' is the column list
  <statement lines>
  ----
  ["a", "count(*)"]

  params {"name": JSON, ...}   parameters for the following records of the file

  error compile|runtime CLASS [CODE]
  <statement lines>            the statement must fail with exit 2 (compile) or 1
                               (runtime); stderr's first line starts with CLASS and
                               names CODE; the store must be unchanged afterwards.

Env: KG = the kg binary (default build/kg), KG_SOURCE_DIR = the source root.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

SRC = os.environ.get("KG_SOURCE_DIR", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
KG = os.environ.get("KG", os.path.join(SRC, "build", "kg"))


def run(store, text, params="{}"):
    p = subprocess.run([KG, "query", "--format", "json", "-g", store, "--params", params, "-e", text],
                       capture_output=True, text=True, timeout=60)
    return p.returncode, p.stdout, p.stderr


def parse_records(path):
    records, cur = [], []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for i, line in enumerate(lines, 1):
        if line.startswith("#"):
            continue
        if line.strip() == "":
            if cur:
                records.append(cur)
                cur = []
            continue
        cur.append((i, line))
    if cur:
        records.append(cur)
    return records


def canon(v):
    return json.dumps(v, sort_keys=True)


def snapshot(store):
    if not os.path.exists(store):
        return None
    with open(store, "rb") as f:
        return f.read()


def check_file(path):
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        store = os.path.join(tmp, "store.json")
        params = "{}"
        for rec in parse_records(path):
            lineno, head = rec[0]
            words = head.split()
            body = [l for _, l in rec[1:]]
            where = f"{os.path.basename(path)}:{lineno}"
            if "----" in body:
                k = body.index("----")
                stmt, expected = "\n".join(body[:k]), body[k + 1:]
            else:
                stmt, expected = "\n".join(body), []
            if words[0] == "params":
                params = head.split(None, 1)[1]
                continue
            if words[0] == "statement":
                rc, out, err = run(store, stmt, params)
                if rc != 0:
                    failures.append(f"{where}: statement failed (exit {rc}): {err.strip()}")
            elif words[0] in ("query", "columns"):
                rc, out, err = run(store, stmt, params)
                if rc != 0:
                    failures.append(f"{where}: query failed (exit {rc}): {err.strip()}")
                    continue
                try:
                    res = json.loads(out)
                except ValueError as e:
                    failures.append(f"{where}: bad JSON output ({e}): {out[:200]}")
                    continue
                if words[0] == "columns":
                    want = json.loads(expected[0])
                    if res["columns"] != want:
                        failures.append(f"{where}: columns {res['columns']} != {want}")
                    continue
                got = [canon(r) for r in res["rows"]]
                want = [canon(json.loads(l)) for l in expected]
                if len(words) < 2 or words[1] != "ordered":
                    got, want = sorted(got), sorted(want)
                if got != want:
                    failures.append(f"{where}: rows differ\n    query: {stmt}\n    got:  {got}\n    want: {want}")
            elif words[0] == "error":
                phase, cls = words[1], words[2]
                code = words[3] if len(words) > 3 else None
                before = snapshot(store)
                rc, out, err = run(store, stmt, params)
                first = err.split("\n")[0]
                want_rc = 2 if phase == "compile" else 1
                if rc != want_rc:
                    failures.append(f"{where}: expected exit {want_rc}, got {rc}: {first}")
                elif not first.startswith(cls) or (code and code not in first):
                    failures.append(f"{where}: expected {cls} {code or ''}, got: {first}")
                if snapshot(store) != before:
                    failures.append(f"{where}: a failing statement changed the store")
            else:
                failures.append(f"{where}: unknown record type {words[0]!r}")
    return failures


def main():
    if not os.path.exists(KG):
        print(f"kg binary not found at {KG}", file=sys.stderr)
        return 1
    files = sorted(glob.glob(os.path.join(SRC, "tests", "query", "*.test")))
    if len(sys.argv) > 1:
        files = [f for f in files if any(a in f for a in sys.argv[1:])]
    total = 0
    bad = 0
    for f in files:
        fails = check_file(f)
        n = sum(1 for r in parse_records(f))
        total += n
        bad += len(fails)
        print(f"{'ok  ' if not fails else 'FAIL'} {os.path.basename(f)} ({n} records)")
        for x in fails:
            print("   ", x)
    print(f"{total} records in {len(files)} files, {bad} failures")
    return 1 if bad or not files else 0


if __name__ == "__main__":
    sys.exit(main())
