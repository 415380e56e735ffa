#!/usr/bin/env python3
"""Store benchmark: how fast a kg store of 1M (--big: 10M) relationships opens and saves,
its size on disk, and peak memory per relationship, against Kuzu's database and a
networkx pickle of the same graph (the graph of query_bench.py).

usage: store_bench.py [--big] [--kg PATH] [--repeat 3]

- kg load: `kg stats -g STORE` (read and index the whole store, count; wall and CPU time), and, when
  `kg query` is there, `kg query --read-only -g STORE -e 'MATCH ()-[r]->() RETURN count(r)'`
  (open and answer a first query); best of --repeat runs; peak memory of that run.
- kg save: `kg query -g COPY -e 'CREATE (:bench_probe)'` (load, one write, atomic save of
  the whole store) minus the read-only load, in CPU time (user + sys, best of --repeat):
  the time of one full save (wall times on a shared machine vary by more than that).
- Kuzu: the database made by query_bench.py's COPY FROM (its folder size), opened in a new
  process that answers the same count (open and first query); peak memory of that process.
- networkx: pickle.dump and pickle.load of the MultiDiGraph (the way a networkx user keeps
  a graph), its file size, peak memory of the loading process.
Results: /tmp/kg-bench/results/store-N-M.json and a table on stdout.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as B  # noqa: E402
import query_bench as QB  # noqa: E402

COUNT = "MATCH ()-[r]->() RETURN count(r)"

NX_SAVE = r"""
import csv, os, pickle, sys, time
import networkx as nx
d, out = sys.argv[1], sys.argv[2]
G = nx.MultiDiGraph()
with open(os.path.join(d, "nodes.csv"), newline="", encoding="utf-8") as f:
    r = csv.reader(f); next(r)
    for nid, name, _ in r:
        G.add_node(int(nid), name=name)
with open(os.path.join(d, "rels.csv"), newline="", encoding="utf-8") as f:
    r = csv.reader(f); next(r)
    G.add_edges_from((int(s), int(e), {"type": t, "since": int(y)}) for s, e, t, y in r)
t = time.perf_counter()
with open(out, "wb") as f:
    pickle.dump(G, f, protocol=pickle.HIGHEST_PROTOCOL)
print(time.perf_counter() - t)
"""

NX_LOAD = r"""
import pickle, sys, time
t = time.perf_counter()
with open(sys.argv[1], "rb") as f:
    G = pickle.load(f)
n = G.number_of_edges()
print(time.perf_counter() - t, n)
"""

KUZU_OPEN = r"""
const kuzu = require("kuzu");
const t0 = Number(process.hrtime.bigint()) / 1e9;
(async () => {
  const db = new kuzu.Database(process.argv[2]);
  const c = new kuzu.Connection(db);
  const r = await (await c.query("MATCH ()-[r]->() RETURN count(*) AS c")).getAll();
  console.log(JSON.stringify({ seconds: Number(process.hrtime.bigint()) / 1e9 - t0, count: Number(r[0].c) }));
})();
"""


def du(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    return sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(path) for f in fs)


def best(cmd, repeat, **kw):
    runs = []
    for _ in range(repeat):
        r = B.timed(cmd, **kw)
        if r.rc != 0:
            return r, [r]
        runs.append(r)
    return min(runs, key=lambda x: x.wall), runs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--big", action="store_true")
    ap.add_argument("--kg")
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    nodes, rels = (1_000_000, 10_000_000) if a.big else (100_000, 1_000_000)
    gdir = os.path.join(B.WORK, f"graph-{nodes}-{rels}")
    QB.generate(nodes, rels, 1, gdir)
    res = {"machine": B.machine(), "nodes": nodes, "rels": rels}
    kg = B.find_kg(a.kg)

    # ---- kg
    out = {}
    if not kg:
        out["unavailable"] = "no kg binary"
    else:
        store = os.path.join(gdir, "store.kg.json")
        imported = os.path.join(B.WORK, f"imported-{os.path.basename(gdir)}.kg.json")
        if os.path.exists(imported):
            store = imported   # the store `kg import csv` wrote in query_bench.py, when it could
            out["store_from"] = "kg import csv"
        else:
            out["store_from"] = "written by query_bench.py (STORE.md format)"
        out["file_mb"] = du(store) / 1e6
        B.warm(store)
        B.log(f"kg stats -g {store}")
        r, runs = best([kg, "stats", "-g", store], a.repeat)
        if r.rc == 0:
            out["stats_seconds"] = r.wall
            out["stats_cpu_seconds"] = min(x.user + x.sys for x in runs)
            out["stats_peak_mb"] = r.rss_mb
            out["bytes_per_rel_in_memory"] = r.rss_kb * 1024 / rels
            B.log(f"  {r.wall:.2f} s, {r.rss_mb:.0f} MB peak")
        else:
            out["stats_error"] = r.stderr.strip()[-300:]
        why = QB.kg_available(kg, ["query"])
        if why:
            out["query"] = why
            B.log(f"kg: {why}: no open+first-query time, no save time")
        else:
            B.log("kg query: open and count")
            r, runs = best([kg, "query", "--read-only", "-g", store, "--format", "json", "-e", COUNT], a.repeat)
            if r.rc == 0:
                r = min(runs, key=lambda x: x.user + x.sys)
                out["open_query_seconds"] = r.wall
                out["open_query_cpu_seconds"] = r.user + r.sys
                out["open_peak_mb"] = r.rss_mb
                out["bytes_per_rel_in_memory"] = r.rss_kb * 1024 / rels
                out["count"] = json.loads(r.stdout)["rows"][0][0]
                B.log(f"  {r.wall:.2f} s, {r.rss_mb:.0f} MB peak, count {out['count']}")
                saves = []
                copy = os.path.join(B.WORK, "store-bench-copy.kg.json")
                for _ in range(a.repeat):
                    shutil.copyfile(store, copy)
                    w = B.timed([kg, "query", "-g", copy, "--format", "json", "-e", "CREATE (:bench_probe)"])
                    if w.rc != 0:
                        out["save_error"] = w.stderr.strip()[-300:]
                        break
                    saves.append(w)
                if saves:
                    w = min(saves, key=lambda x: x.user + x.sys)
                    out["write_run_seconds"] = w.wall
                    # CPU time (user + sys) of the write run minus that of the read-only run: wall
                    # times on a shared machine vary by more than a save takes.
                    out["save_seconds"] = max((w.user + w.sys) - (r.user + r.sys), 0.0)
                    out["save_wall_diff_seconds"] = w.wall - r.wall
                    out["save_peak_mb"] = w.rss_mb
                    out["saved_mb"] = du(copy) / 1e6
                    B.log(f"  a write run: {w.wall:.2f} s -> save {out['save_seconds']:.2f} s")
                if os.path.exists(copy):
                    os.unlink(copy)
            else:
                out["query_error"] = r.stderr.strip()[-300:]
    res["kg"] = out

    # ---- Kuzu
    kdb = os.path.join(B.WORK, f"kuzu-{nodes}-{rels}")
    why = B.node_peers_ready()
    if why:
        res["kuzu"] = {"unavailable": why}
    elif not os.path.exists(kdb):
        res["kuzu"] = {"unavailable": f"no Kuzu database at {kdb}: run query_bench.py first"}
    else:
        B.log("kuzu: open and count")
        script = os.path.join(B.WORK, "kuzu_open.js")
        with open(script, "w") as f:
            f.write(KUZU_OPEN)
        env = dict(os.environ, NODE_PATH=os.path.join(B.HERE, "node_modules"))
        r, runs = best(["node", script, kdb], a.repeat, env=env)
        if r.rc == 0:
            o = json.loads(r.stdout)
            res["kuzu"] = {"file_mb": du(kdb) / 1e6, "open_query_seconds": o["seconds"], "process_seconds": r.wall,
                           "count": o["count"], "open_peak_mb": r.rss_mb, "bytes_per_rel_in_memory": r.rss_kb * 1024 / rels}
            q = os.path.join(B.RESULTS, f"query-{nodes}-{rels}.json")
            if os.path.exists(q):
                with open(q) as f:
                    res["kuzu"]["copy_from_seconds"] = json.load(f).get("kuzu", {}).get("load_seconds")
            B.log(f"  {o['seconds']:.2f} s, {r.rss_mb:.0f} MB peak")
        else:
            res["kuzu"] = {"error": r.stderr.strip()[-300:]}

    # ---- networkx
    B.log("networkx: pickle save and load")
    pk = os.path.join(B.WORK, f"nx-{nodes}-{rels}.pickle")
    s = B.timed([sys.executable, "-c", NX_SAVE, gdir, pk])
    if s.rc == 0:
        r, runs = best([sys.executable, "-c", NX_LOAD, pk], a.repeat)
        lt, n = r.stdout.split()
        res["networkx"] = {"file_mb": du(pk) / 1e6, "save_seconds": float(s.stdout.strip()),
                           "open_query_seconds": float(lt), "count": int(n), "open_peak_mb": r.rss_mb,
                           "bytes_per_rel_in_memory": r.rss_kb * 1024 / rels}
        B.log(f"  save {float(s.stdout):.2f} s, load {float(lt):.2f} s, {r.rss_mb:.0f} MB peak")
        os.unlink(pk)
    else:
        res["networkx"] = {"error": s.stderr.strip()[-300:]}
    res["machine"]["load_avg_end"] = os.getloadavg()
    B.save_results(f"store-{nodes}-{rels}.json", res)
    print(report(res))
    return 0


def report(res):
    eng = ("kg", "kuzu", "networkx")
    lines = [f"store: {res['nodes']} nodes, {res['rels']} relationships", "",
             "| | kg | Kuzu | networkx (pickle) |", "| --- | ---: | ---: | ---: |"]

    def cell(e, k, fmt):
        v = res[e].get(k)
        return "n/a" if v is None else fmt.format(v)
    rows = [("file size (MB)", "file_mb", "{:.0f}"),
            ("open + first query (s)", "open_query_seconds", "{:.2f}"),
            ("open + first query, CPU user + sys (s)", "open_query_cpu_seconds", "{:.2f}"),
            ("kg stats: load, index, count (s)", "stats_seconds", "{:.2f}"),
            ("kg stats, CPU user + sys (s)", "stats_cpu_seconds", "{:.2f}"),
            ("save (s; kg: CPU time)", "save_seconds", "{:.2f}"),
            ("peak memory after open (MB)", "open_peak_mb", "{:.0f}"),
            ("peak memory per relationship (bytes)", "bytes_per_rel_in_memory", "{:.0f}")]
    for label, k, fmt in rows:
        lines.append(f"| {label} | " + " | ".join(cell(e, k, fmt) for e in eng) + " |")
    lines.append("")
    for e in eng:
        for k in ("unavailable", "error", "query", "query_error", "save_error", "stats_error"):
            if res[e].get(k):
                lines.append(f"- {e}: {res[e][k]}")
    if res["kg"].get("store_from"):
        lines.append(f"- kg store: {res['kg']['store_from']}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
