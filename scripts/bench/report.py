#!/usr/bin/env python3
"""Print the measured tables of the last benchmark runs (/tmp/kg-bench/results/*.json) as
Markdown, with the machine and its load during each run: what docs/BENCHMARKS.md quotes.

usage: report.py
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as B  # noqa: E402
import extract_bench  # noqa: E402
import query_bench  # noqa: E402
import store_bench  # noqa: E402


def load(name):
    p = os.path.join(B.RESULTS, name)
    if not os.path.exists(p):
        return None
    with open(p) as f:
        return json.load(f)


def machine_line(res):
    m = res["machine"]
    la = ", ".join(f"{x:.1f}" for x in m["load_avg"])
    le = ", ".join(f"{x:.1f}" for x in m.get("load_avg_end", []))
    dirty = f" + {m['tree_dirty_files']} uncommitted source files" if m.get("tree_dirty_files") else ""
    return (f"_{m['date']}, kg {m['kg_commit']}{dirty}, {m['cores']} cores ({m['cpu']}), {m['memory_mb'] // 1024} GB; "
            f"load average at start {la}, at end {le}_")


def main():
    out = []
    e = load("extract.json")
    if e:
        out += ["### Extraction", "", machine_line(e), "", extract_bench.report(e), ""]
    for name in sorted(os.listdir(B.RESULTS)) if os.path.isdir(B.RESULTS) else []:
        if name.startswith("query-"):
            q = load(name)
            out += [f"### Query ({q['nodes']:,} nodes, {q['rels']:,} relationships)", "", machine_line(q), "",
                    query_bench.report(q), ""]
    for name in sorted(os.listdir(B.RESULTS)) if os.path.isdir(B.RESULTS) else []:
        if name.startswith("store-"):
            s = load(name)
            out += [f"### Store ({s['rels']:,} relationships)", "", machine_line(s), "", store_bench.report(s), ""]
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
