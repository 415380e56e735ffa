#!/usr/bin/env bash
# The GNU parallel recipe of docs/SCALE.md, exactly as written there (the sh block after the
# "recipe: gnu-parallel" marker is cut out of the document and run), on this machine
# (HOSTS=:) over datasets/seeds and datasets/dev/articles in shards of 4 documents, merged
# 3 at a time and then together. The
# merged store must be the store `kg build` makes of the same files, byte for byte, as
# test_build.py checks of merges, and so must its JSON export.
# Skipped (77) when GNU parallel is not installed (scripts/setup installs it).
set -euo pipefail
SRC=${KG_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
KG=${KG:-$SRC/build/kg}
if ! command -v parallel >/dev/null || ! parallel --version 2>/dev/null | grep -q 'GNU parallel'; then
  echo "GNU parallel is not installed (scripts/setup installs it): skipped"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The recipe calls `kg`: put the binary under test first on PATH.
mkdir -p "$tmp/bin"
ln -s "$(realpath "$KG")" "$tmp/bin/kg"
export PATH="$tmp/bin:$PATH"

awk '/<!-- recipe: gnu-parallel/ { found = 1; next }
     found && /^```sh/ { inblock = 1; next }
     inblock && /^```/ { exit }
     inblock { print }' "$SRC/docs/SCALE.md" > "$tmp/recipe.sh"
if ! grep -q 'kg merge' "$tmp/recipe.sh"; then
  echo "FAIL: no recipe block found in docs/SCALE.md" >&2
  exit 1
fi

mkdir -p "$tmp/run"
(
  cd "$tmp/run"
  export HOSTS=: CORPUS="$SRC/datasets/seeds $SRC/datasets/dev/articles" SHARD_FILES=4 FAN_IN=3 \
         OUT="$tmp/cluster.kg.json" WORK="$tmp/run/kg-work"
  bash -euo pipefail "$tmp/recipe.sh" > "$tmp/recipe.log" 2>&1
) || { echo "FAIL: the recipe failed:" >&2; cat "$tmp/recipe.log" >&2; exit 1; }

nfiles=$(find "$SRC/datasets/seeds" "$SRC/datasets/dev/articles" -name '*.txt' | wc -l)
nshards=$(ls "$tmp/run/kg-work/shards/"*.kg.json | wc -l)
echo "recipe: $nfiles documents in $nshards shards, merged in $(ls "$tmp/run/kg-work/parts" | wc -l) parts"
[ "$nshards" -eq $(( (nfiles + 3) / 4 )) ] || { echo "FAIL: expected $(( (nfiles + 3) / 4 )) shards, got $nshards" >&2; exit 1; }

"$KG" build "$SRC/datasets/seeds" "$SRC/datasets/dev/articles" -o "$tmp/whole.kg.json" --progress never 2>/dev/null
if ! cmp -s "$tmp/cluster.kg.json" "$tmp/whole.kg.json"; then
  echo "FAIL: the merged shards differ from kg build of the same files" >&2
  python3 - "$tmp/cluster.kg.json" "$tmp/whole.kg.json" >&2 <<'PY' || true
import json, sys
def ents(p):
    s = json.load(open(p, encoding="utf-8"))
    return s, {(tuple(sorted(n["labels"])), n["properties"].get("name")) for n in s["nodes"] if "document" not in n["labels"]}
(a, ea), (b, eb) = ents(sys.argv[1]), ents(sys.argv[2])
print(f"merged shards: {len(a['nodes'])} nodes, {len(a['relationships'])} relationships; "
      f"kg build: {len(b['nodes'])} nodes, {len(b['relationships'])} relationships")
for what, only in (("only in the merged shards", ea - eb), ("only in kg build", eb - ea)):
    for labels, name in sorted(only, key=str)[:10]:
        print(f"  {what}: {':'.join(labels)} {name!r}")
PY
  exit 1
fi
"$KG" export -g "$tmp/cluster.kg.json" --format json -o "$tmp/cluster.json"
"$KG" export -g "$tmp/whole.kg.json" --format json -o "$tmp/whole.json"
cmp "$tmp/cluster.json" "$tmp/whole.json" || { echo "FAIL: JSON exports differ" >&2; exit 1; }
docs=$("$KG" stats -g "$tmp/cluster.kg.json" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["documents"])')
[ "$docs" -eq "$nfiles" ] || { echo "FAIL: $docs documents in the merged store, expected $nfiles" >&2; exit 1; }
echo "ok: the merged store equals kg build ($docs documents)"
