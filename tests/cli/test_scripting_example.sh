#!/usr/bin/env bash
# Runs the worked example of docs/SCRIPTING.md exactly as it is written there: the files
# update-graph.sh and fix.cypher are cut out of the document (the fenced block after each
# "<!-- example: NAME -->" line), then run twice on the seed articles, with `kg` on PATH.
set -euo pipefail
: "${KG:?KG must name the kg binary}"
SRC=${KG_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
DOC="$SRC/docs/SCRIPTING.md"
KG=$(realpath "$KG")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin"
ln -s "$KG" "$work/bin/kg"
export PATH="$work/bin:$PATH"

fail() { echo "FAIL: $*" >&2; exit 1; }

# the fenced block that follows "<!-- example: $1 -->"
extract() {
  awk -v name="$1" '
    $0 == "<!-- example: " name " -->" { want = 1; next }
    want && /^```/ { if (inside) exit; inside = 1; next }
    inside { print }
  ' "$DOC"
}

cd "$work"
extract update-graph.sh > update-graph.sh
extract fix.cypher > fix.cypher
[ -s update-graph.sh ] || fail "no update-graph.sh block in $DOC"
[ -s fix.cypher ] || fail "no fix.cypher block in $DOC"

# the set-up the document gives ("To try it on the seed articles")
mkdir archive today
cp "$SRC"/datasets/seeds/00[0-2]_*.txt archive/
cp "$SRC"/datasets/seeds/00[34]_*.txt today/

# --- first run
sh update-graph.sh > run1.out 2> run1.err || fail "update-graph.sh exited $?: $(cat run1.err)"
for f in news.kg.json news.graphml corrections.log; do [ -s "$f" ] || fail "$f was not written"; done

python3 - <<'EOF'
import json, sys
import networkx as nx

stats = json.loads(open("run1.out").read().strip().splitlines()[-1])
assert stats["documents"] == 5, stats

# corrections.log: one line per corrected edge
log = [json.loads(l) for l in open("corrections.log")]
assert len(log) >= 1, "the correction matched no edge"
for row in log:
    assert row["subject"].startswith("Kim Jong") and row["object"].endswith("Kozlov"), row
    assert row["status"] == "asserted", row

# the GraphML Gephi opens: the corrected edge carries the new status and who changed it
g = nx.read_graphml("news.graphml")
label = lambda n: g.nodes[n].get("label", "")
kim_kozlov = lambda a, b: label(a).startswith("Kim Jong") and label(b).endswith("Kozlov")
hits = [d for a, b, d in g.edges(data=True)
        if d.get("label") == "met_with" and (kim_kozlov(a, b) or kim_kozlov(b, a))]
assert hits, "no Kim-Kozlov met_with edge in news.graphml"
for d in hits:
    assert d.get("status") == "asserted", d
    assert d.get("corrected_by") == "news desk, 2024-11-20", d
print("first run ok:", stats["documents"], "documents,", g.number_of_nodes(), "nodes,", g.number_of_edges(), "edges")
EOF

# --- second run: nothing new, the same export byte for byte
cp news.graphml first.graphml
sh update-graph.sh > run2.out 2> run2.err || fail "second run exited $?: $(cat run2.err)"
cmp -s first.graphml news.graphml || fail "the second run changed news.graphml"
grep -q '"documents":5' run2.out || grep -q '"documents": 5' run2.out || fail "second run: $(cat run2.out)"
grep -q "added 0 documents" run2.err || fail "second run added documents: $(cat run2.err)"

# --- the same statements through kg shell: same output, same status
kg query -g news.kg.json -f fix.cypher > via-query.json
kg shell -g news.kg.json < fix.cypher > via-shell.json
cmp -s via-query.json via-shell.json || fail "kg shell and kg query -f differ: $(cat via-query.json) / $(cat via-shell.json)"

# --- a failing correction stops the script and leaves the store and the export as they were
printf 'MATCH (n:person) SET n.flag = 1;\nMATCH (a:person RETURN a;\n' > fix.cypher
set +e
sh update-graph.sh > run3.out 2> run3.err
status=$?
set -e
[ "$status" -eq 2 ] || fail "a correction that does not compile: update-graph.sh exited $status, expected 2"
grep -q "^SyntaxError" run3.err || fail "no SyntaxError on stderr: $(cat run3.err)"
cmp -s first.graphml news.graphml || fail "the export was overwritten after a failed correction"
echo "ok: the example of docs/SCRIPTING.md runs as written"
