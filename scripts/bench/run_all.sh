#!/usr/bin/env bash
# Run every kg benchmark against its peers, in one go, and draw the plot.
#
#   scripts/bench/run_all.sh            # 10/50/100 MB corpora; graph of 100k nodes / 1M relationships
#   scripts/bench/run_all.sh --big      # also the 1 GB corpus and the 1M / 10M graph (hours, ~12 GB RAM)
#
# KG=path/to/kg picks the binary (default: build a Release kg in build-bench/ with one job).
# Peers: npm packages pinned in scripts/bench/package.json (installed here with npm ci), and
# networkx (python3). Work files go to /tmp/kg-bench (KG_BENCH_DIR), results to
# /tmp/kg-bench/results/*.json, the plot to docs/benchmarks.png; docs/BENCHMARKS.md reports them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
big=0
for a in "$@"; do
  case "$a" in
    --big) big=1 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "run_all.sh: unknown argument $a" >&2; exit 2 ;;
  esac
done

"$src/scripts/setup"
if [ -z "${KG:-}" ]; then
  BUILD_DIR=build-bench JOBS=1 "$src/scripts/build" >/dev/null
  export KG="$src/build-bench/kg"
fi
if [ ! -f "$here/node_modules/kuzu/kuzujs.node" ] || [ ! -d "$here/node_modules/wink-eng-lite-web-model" ]; then
  (cd "$here" && npm ci --no-audit --no-fund && node node_modules/kuzu/install.js >/dev/null)
fi

cd "$src"
echo "== extraction" >&2
if [ $big = 1 ]; then
  python3 "$here/extract_bench.py" --gb | tee /tmp/kg-bench-extract.md
else
  python3 "$here/extract_bench.py" | tee /tmp/kg-bench-extract.md
fi
echo "== query (100k nodes, 1M relationships)" >&2
python3 "$here/query_bench.py" | tee /tmp/kg-bench-query.md
echo "== store (1M relationships)" >&2
python3 "$here/store_bench.py" | tee /tmp/kg-bench-store.md
if [ $big = 1 ]; then
  echo "== query and store (1M nodes, 10M relationships)" >&2
  python3 "$here/query_bench.py" --big | tee -a /tmp/kg-bench-query.md
  python3 "$here/store_bench.py" --big | tee -a /tmp/kg-bench-store.md
fi
python3 "$here/plot.py"
echo "run_all: results in ${KG_BENCH_DIR:-/tmp/kg-bench}/results, tables in /tmp/kg-bench-{extract,query,store}.md, plot in docs/benchmarks.png" >&2
