#!/usr/bin/env bash
# Installs the npm readers the export tests use (graphology, graphology-graphml,
# graphology-gexf, kuzu) into tests/js/node_modules, once. npm runs no install scripts
# here, so Kuzu's prebuilt binary is put in place by running its install.js.
# Exit 0 when ready, 77 when npm or the registry is not reachable.
set -uo pipefail
cd "$(dirname "$0")"
ready() {
  [ -f node_modules/graphology-graphml/package.json ] && [ -f node_modules/graphology-gexf/package.json ] &&
    [ -f node_modules/kuzu/package.json ] && node -e "require('kuzu')" >/dev/null 2>&1
}
ready && exit 0
command -v npm >/dev/null || { echo "npm not found" >&2; exit 77; }
# One install at a time (several tests may ask at once).
exec 9>.install.lock
flock 9
ready && exit 0
if ! timeout 600 npm install --no-audit --no-fund --loglevel=error >&2; then
  echo "npm install failed (no registry?)" >&2
  exit 77
fi
if [ -f node_modules/kuzu/install.js ]; then
  (cd node_modules/kuzu && node install.js >&2) || { echo "kuzu install.js failed" >&2; exit 77; }
fi
ready || { echo "the readers did not install" >&2; exit 77; }
