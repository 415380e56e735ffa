#!/usr/bin/env python3
"""Plot how cost grows: time and peak memory against corpus size, for kg build (--jobs 1,
--jobs 2), wink-nlp and compromise, from the numbers of extract_bench.py
(/tmp/kg-bench/results/extract.json), with gnuplot.

usage: plot.py [RESULTS.json] [-o docs/benchmarks.png]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as B  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("results", nargs="?", default=os.path.join(B.RESULTS, "extract.json"))
    ap.add_argument("-o", "--out", default=os.path.join(B.SRC, "docs", "benchmarks.png"))
    a = ap.parse_args()
    if not shutil.which("gnuplot"):
        print("plot: gnuplot is missing: run scripts/setup", file=sys.stderr)
        return 1
    with open(a.results) as f:
        res = json.load(f)
    series = {}
    for run in res["runs"]:
        mb = run["bytes"] / 1e6
        for r in run["rows"]:
            if r.get("rc"):
                continue
            series.setdefault(r["tool"], []).append((mb, r["seconds"], r["peak_mb"]))
    if not series:
        print("plot: no measurements", file=sys.stderr)
        return 1
    tmp = os.path.join(B.WORK, "plot")
    os.makedirs(tmp, exist_ok=True)
    plots_t, plots_m = [], []
    for i, (tool, pts) in enumerate(sorted(series.items())):
        p = os.path.join(tmp, f"s{i}.dat")
        with open(p, "w") as f:
            for mb, s, m in sorted(pts):
                f.write(f"{mb} {s} {m}\n")
        title = tool.replace('"', "'")
        plots_t.append(f"'{p}' using 1:2 with linespoints lw 2 pt 7 title \"{title}\"")
        plots_m.append(f"'{p}' using 1:3 with linespoints lw 2 pt 7 title \"{title}\"")
    m = res.get("machine", {})
    note = f"{m.get('cores')} cores, {m.get('cpu', '')}, kg {m.get('kg_commit', '')}"
    script = f"""
set terminal pngcairo size 1400,560 font ",11"
set output '{a.out}'
set multiplot layout 1,2 title "kg build vs NLP peers on the same corpus ({note})"
set logscale xy
set grid
set key top left
set xlabel "corpus size (MB of text)"
set ylabel "wall time (s)"
set title "time"
plot {", ".join(plots_t)}
set ylabel "peak resident memory (MB)"
set title "peak memory"
plot {", ".join(plots_m)}
unset multiplot
"""
    sp = os.path.join(tmp, "plot.gp")
    with open(sp, "w") as f:
        f.write(script)
    p = subprocess.run(["gnuplot", sp], capture_output=True, text=True)
    if p.returncode != 0:
        print(p.stderr, file=sys.stderr)
        return 1
    B.log(f"plot: {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
