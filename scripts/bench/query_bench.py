#!/usr/bin/env python3
"""Query benchmark: kg against Kuzu and networkx on one generated graph, in one run.

usage: query_bench.py [--nodes 100000] [--rels 1000000] [--big] [--kg PATH] [--seed N]
                      [--no-kuzu] [--no-networkx] [--repeat 2]

The graph (--big: 1,000,000 nodes and 10,000,000 relationships): every node has a unique
`name` and the label `entity`; relationships have one of 10 types (t0 the most common,
Zipf-like) and an integer `since`; out- and in-degrees are skewed (power law: a few hubs
with thousands of relationships, most nodes with a few), with no self-loops and no two
relationships in opposite directions between one pair (so walks, trails and simple paths of
length <= 3 are the same paths, and the three engines must give the same counts).
It is written under /tmp/kg-bench/graph-N-M/ as
- nodes.csv + rels.csv: the Neo4j-import CSV pair (`:ID,name:string,:LABEL` and
  `:START_ID,:END_ID,:TYPE,since:int`) that `kg import csv` and networkx read;
- kuzu_nodes.csv + kuzu_rels_<type>.csv: the same data for Kuzu's COPY FROM;
- store.kg.json: the kg store of docs/STORE.md, written directly, when `kg import csv`
  is not available.
The statements, timed in each engine inside one process (load timed apart):
- one_hop:   MATCH (a {name: $n})-[r]->(b) RETURN b.name, type(r)         (1,000 names)
- two_hop:   MATCH (a {name: $n})-[]->()-[]->(c) RETURN count(DISTINCT c) (200 names)
- aggregate: MATCH ()-[r]->() RETURN type(r), count(*) ORDER BY count(*) DESC
- paths:     MATCH p = (a {name: $a})-[*1..3]->(b {name: $b}) RETURN count(p) (50 pairs
             joined by a path of 1-3 steps)
kg runs each batch in one `kg shell --read-only -g STORE` process fed a script of
`.timer on`, `.param n "NAME"` lines and the statements; the query time is the sum of the
times `.timer` prints for the statements (the open of the store is timed apart, by a run
with one trivial statement); the best of --repeat runs.
Kuzu (npm kuzu, on-disk database, COPY FROM, prepared statements) and networkx
(MultiDiGraph, a name -> node dict, all_simple_edge_paths) time their batches in-process.
The results of the last statement of each batch are compared across the engines.
Results: /tmp/kg-bench/results/query-N-M.json and a table on stdout.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as B  # noqa: E402

TYPES = [f"t{i}" for i in range(10)]
SYL = ["ka", "lo", "mi", "re", "va", "to", "su", "ne", "da", "ri", "po", "le", "an", "el", "or",
       "ish", "ber", "gov", "ski", "ton", "ham", "ova", "ez", "ian", "ura", "mar", "sol", "bek",
       "dor", "kin", "lan", "vic"]


def name_of(i):
    """A unique, pronounceable two-word name for node i (a bijective syllable encoding)."""
    first, last = [], []
    a, b = i % 1024, i // 1024
    for _ in range(2):
        first.append(SYL[a % 32])
        a //= 32
    while True:
        last.append(SYL[b % 32])
        b //= 32
        if b == 0:
            break
    return ("".join(first).capitalize() + " " + "".join(last).capitalize() + "ev")


def generate(nodes, rels, seed, out):
    meta_path = os.path.join(out, "graph.json")
    want = {"nodes": nodes, "rels": rels, "seed": seed, "version": 1, "types": TYPES}
    if os.path.exists(meta_path):
        with open(meta_path) as f:
            if json.load(f) == want:
                B.log(f"graph {out} already there")
                return
    os.makedirs(out, exist_ok=True)
    B.log(f"generating {nodes} nodes, {rels} relationships -> {out}")
    rng = random.Random(seed)
    perm_out = list(range(nodes))
    perm_in = list(range(nodes))
    rng.shuffle(perm_out)
    rng.shuffle(perm_in)
    tw = [1.0 / (k + 1) for k in range(len(TYPES))]
    names = [name_of(i) for i in range(nodes)]
    assert len(set(names)) == nodes
    pairs = set()
    edges = []
    rnd = rng.random
    while len(edges) < rels:
        s = perm_out[int(nodes * rnd() ** 3)]
        e = perm_in[int(nodes * rnd() ** 3)]
        if s == e or e * nodes + s in pairs:
            continue
        pairs.add(s * nodes + e)
        edges.append((s, e, rng.choices(TYPES, tw)[0], rng.randint(1990, 2024)))
    del pairs
    with open(os.path.join(out, "nodes.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(":ID,name:string,:LABEL\n")
        f.writelines(f"{i},{n},entity\n" for i, n in enumerate(names))
    with open(os.path.join(out, "rels.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(":START_ID,:END_ID,:TYPE,since:int\n")
        f.writelines(f"{s},{e},{t},{y}\n" for s, e, t, y in edges)
    with open(os.path.join(out, "kuzu_nodes.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("name\n")
        f.writelines(f"{n}\n" for n in names)
    files = {t: open(os.path.join(out, f"kuzu_rels_{t}.csv"), "w", encoding="utf-8", newline="") for t in TYPES}
    for f in files.values():
        f.write("from,to,since\n")
    for s, e, t, y in edges:
        files[t].write(f"{names[s]},{names[e]},{y}\n")
    for f in files.values():
        f.close()
    # The kg store (docs/STORE.md), for when `kg import csv` is not there.
    with open(os.path.join(out, "store.kg.json"), "w", encoding="utf-8") as f:
        f.write('{"format":"kg-store","version":1,\n"nodes":[\n')
        f.write(",\n".join(f'{{"id":{i},"labels":["entity"],"properties":{{"name":"{n}"}}}}'
                           for i, n in enumerate(names)))
        f.write('],\n"relationships":[\n')
        f.write(",\n".join(f'{{"id":{k},"type":"{t}","start":{s},"end":{e},"properties":{{"since":{y}}}}}'
                           for k, (s, e, t, y) in enumerate(edges)))
        f.write("]}\n")
    # The query workload: names of nodes with out-going relationships; path pairs joined
    # by a random walk of 1-3 steps.
    adj = {}
    for s, e, _, _ in edges:
        adj.setdefault(s, []).append(e)
    sources = sorted(adj)
    qrng = random.Random(seed + 1)
    one = [names[qrng.choice(sources)] for _ in range(1000)]
    two = [names[qrng.choice(sources)] for _ in range(200)]
    paths = []
    while len(paths) < 50:
        a = qrng.choice(sources)
        v = a
        for _ in range(qrng.randint(1, 3)):
            if v not in adj:
                break
            v = qrng.choice(adj[v])
        if v != a:
            paths.append([names[a], names[v]])
    with open(os.path.join(out, "queries.json"), "w") as f:
        json.dump({"one_hop": one, "two_hop": two, "paths": paths}, f)
    with open(meta_path, "w") as f:
        json.dump(want, f)


def kg_batches(Q, out):
    """Shell scripts: `.timer on`, then per statement `.param` lines and the statement with $n."""
    one = "MATCH (a {name: $n})-[r]->(b) RETURN b.name, type(r);"
    two = "MATCH (a {name: $n})-[]->()-[]->(c) RETURN count(DISTINCT c);"
    path = "MATCH p = (a {name: $a})-[*1..3]->(b {name: $b}) RETURN count(p);"
    b = {
        "one_hop": [f".param n {json.dumps(n)}\n{one}" for n in Q["one_hop"]],
        "two_hop": [f".param n {json.dumps(n)}\n{two}" for n in Q["two_hop"]],
        "aggregate": ["MATCH ()-[r]->() RETURN type(r), count(*) ORDER BY count(*) DESC;"],
        "paths": [f".param a {json.dumps(x)}\n.param b {json.dumps(y)}\n{path}" for x, y in Q["paths"]],
        "empty": ["RETURN 1;"],
    }
    files = {}
    for k, stmts in b.items():
        p = os.path.join(out, f"kg_{k}.kgsh")
        with open(p, "w", encoding="utf-8") as f:
            f.write(".timer on\n" + "\n".join(stmts) + "\n")
        files[k] = (p, len(stmts))
    return files


_TIMER = re.compile(r"^\S.* \(([0-9.]+) (ms|s)\)$", re.M)


def parse_shell(stdout):
    """The statements' times (ms, from .timer) and their JSON results, in order."""
    times = [float(x) * (1000.0 if unit == "s" else 1.0) for x, unit in _TIMER.findall(stdout)]
    results = [json.loads(l) for l in stdout.splitlines() if l.startswith("{")]
    return times, results


def kg_available(kg, what):
    """None when `kg <what>` is there, else why not."""
    probe = subprocess.run([kg, *what], capture_output=True, text=True)
    if "not available in this build" in probe.stderr:
        return f"`kg {' '.join(what)}` is not available in this build"
    return None


def run_kg(kg, gdir, Q, repeat, res):
    out = {"engine": "kg"}
    why = kg_available(kg, ["query"])
    if why:
        out["unavailable"] = why
        B.log(f"kg's side is unavailable: {why}")
        return out
    store = os.path.join(gdir, "store.kg.json")
    imported = os.path.join(B.WORK, f"imported-{os.path.basename(gdir)}.kg.json")
    if kg_available(kg, ["import"]) is None:
        if os.path.exists(imported):
            os.unlink(imported)
        B.log("kg import csv")
        r = B.timed([kg, "import", "csv", os.path.join(gdir, "nodes.csv"), os.path.join(gdir, "rels.csv"), "-o", imported])
        if r.rc == 0:
            out["import_seconds"] = r.wall
            out["import_cpu_seconds"] = r.user + r.sys
            out["import_peak_mb"] = r.rss_mb
            out["store_mb"] = os.path.getsize(imported) / 1e6
            store = imported
            B.log(f"  {r.wall:.2f} s, {r.rss_mb:.0f} MB peak")
        else:
            out["import_error"] = r.stderr.strip()[-400:]
            B.log(f"  kg import csv failed ({r.rc}): {out['import_error']}; using the store written directly")
    else:
        out["import_error"] = "`kg import csv` is not available in this build; the store is written by the script"
    out["store"] = store
    files = kg_batches(Q, gdir)
    B.warm(store)

    def shell(key):
        path, n = files[key]
        with open(path) as stdin:
            return B.timed([kg, "shell", "--read-only", "-g", store, "--mode", "json"], stdin=stdin)

    B.log("kg: open the store (a trivial statement)")
    opens = [shell("empty") for _ in range(repeat)]
    if opens[0].rc != 0:
        out["error"] = opens[0].stderr.strip()[-400:]
        B.log(f"  kg shell failed: {out['error']}")
        return out
    best_open = min(opens, key=lambda r: r.wall)
    out["open_seconds"] = best_open.wall
    out["open_cpu_seconds"] = best_open.user + best_open.sys
    out["open_seconds_spread"] = max(r.wall for r in opens) - best_open.wall
    out["load_seconds"] = out.get("import_seconds", 0) + best_open.wall
    peak = max(r.rss_mb for r in opens)
    B.log(f"  {best_open.wall:.2f} s (spread {out['open_seconds_spread']:.2f} s), {best_open.rss_mb:.0f} MB peak")
    out["batches"] = {}
    for key in ("one_hop", "two_hop", "aggregate", "paths"):
        B.log(f"kg: {key} ({files[key][1]} statements, kg shell .timer)")
        best = None
        for _ in range(repeat):
            r = shell(key)
            if r.rc != 0:
                out["batches"][key] = {"error": r.stderr.strip()[-400:]}
                B.log(f"  failed: {out['batches'][key]['error']}")
                best = None
                break
            times, results = parse_shell(r.stdout + "\n" + r.stderr)
            if len(times) != files[key][1]:
                out["batches"][key] = {"error": f"{len(times)} timer lines for {files[key][1]} statements"}
                best = None
                break
            peak = max(peak, r.rss_mb)
            if best is None or sum(times) < best[0]:
                best = (sum(times), r, results)
        if best is None:
            continue
        total_ms, r, results = best
        rows = [x["rows"] for x in results]
        last = rows[-1] if rows else None
        if key in ("one_hop", "aggregate"):
            last = [list(x) for x in last] if last is not None else None
            total = sum(len(x) for x in rows) if key == "one_hop" else len(last or [])
        else:
            last = last[0][0] if last else None
            total = sum(x[0][0] for x in rows if x)
        out["batches"][key] = {"seconds": total_ms / 1000.0, "wall": r.wall, "n": files[key][1],
                               "last": last, "total": total}
        B.log(f"  {total_ms:.1f} ms in the statements ({r.wall:.2f} s wall with the open)")
    out["peak_mb"] = peak
    return out


def run_peer(cmd, cwd=None):
    r = B.timed(cmd, cwd=cwd)
    if r.rc != 0:
        return {"error": r.stderr.strip()[-600:]}
    o = json.loads(r.stdout.strip().splitlines()[-1])
    o["peak_mb"] = r.rss_mb
    o["wall"] = r.wall
    return o


def agree(res):
    """Whether the engines that ran give the same result on each batch's last statement."""
    out = {}
    for key in ("one_hop", "two_hop", "aggregate", "paths"):
        vals = {}
        for eng in ("kg", "kuzu", "networkx"):
            b = res.get(eng, {}).get("batches", {}).get(key)
            if b and "last" in b and b["last"] is not None:
                v = b["last"]
                vals[eng] = sorted(map(tuple, v)) if isinstance(v, list) else v
        out[key] = {"engines": sorted(vals), "agree": len({json.dumps(v) for v in vals.values()}) <= 1}
    # totals over the whole batch
    for key in ("one_hop", "two_hop", "paths"):
        t = {e: res[e]["batches"][key]["total"] for e in ("kg", "kuzu", "networkx")
             if res.get(e, {}).get("batches", {}).get(key, {}).get("total") is not None}
        out[key]["totals"] = t
        if len(set(t.values())) > 1:
            out[key]["agree"] = False
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, default=100_000)
    ap.add_argument("--rels", type=int, default=1_000_000)
    ap.add_argument("--big", action="store_true", help="1,000,000 nodes and 10,000,000 relationships")
    ap.add_argument("--kg")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=2, help="kg runs per batch; the best is kept")
    ap.add_argument("--no-kuzu", action="store_true")
    ap.add_argument("--no-networkx", action="store_true")
    a = ap.parse_args()
    if a.big:
        a.nodes, a.rels = 1_000_000, 10_000_000
    gdir = os.path.join(B.WORK, f"graph-{a.nodes}-{a.rels}")
    generate(a.nodes, a.rels, a.seed, gdir)
    with open(os.path.join(gdir, "queries.json")) as f:
        Q = json.load(f)
    res = {"machine": B.machine(), "nodes": a.nodes, "rels": a.rels}
    kg = B.find_kg(a.kg)
    res["kg"] = run_kg(kg, gdir, Q, a.repeat, res) if kg else {"unavailable": "no kg binary (scripts/build, or --kg / KG=)"}
    peers_why = B.node_peers_ready()
    if a.no_kuzu:
        res["kuzu"] = {"unavailable": "skipped (--no-kuzu)"}
    elif peers_why:
        res["kuzu"] = {"unavailable": peers_why}
    else:
        B.log("kuzu: COPY FROM and the batches")
        res["kuzu"] = run_peer(["node", os.path.join(B.HERE, "kuzu_bench.js"), gdir, os.path.join(gdir, "queries.json"),
                                os.path.join(B.WORK, f"kuzu-{a.nodes}-{a.rels}")], cwd=B.HERE)
        B.log(f"  {json.dumps({k: v for k, v in res['kuzu'].items() if k != 'batches'})[:300]}")
    if a.no_networkx:
        res["networkx"] = {"unavailable": "skipped (--no-networkx)"}
    else:
        B.log("networkx: load and the batches")
        res["networkx"] = run_peer([sys.executable, os.path.join(B.HERE, "nx_bench.py"), gdir,
                                    os.path.join(gdir, "queries.json")])
        B.log(f"  {json.dumps({k: v for k, v in res['networkx'].items() if k != 'batches'})[:300]}")
    res["agreement"] = agree(res)
    res["machine"]["load_avg_end"] = os.getloadavg()
    B.save_results(f"query-{a.nodes}-{a.rels}.json", res)
    print(report(res))
    return 0


def per_query_ms(b):
    return 1000.0 * b["seconds"] / b["n"] if b and "seconds" in b else None


def report(res):
    eng = ("kg", "kuzu", "networkx")
    lines = [f"graph: {res['nodes']} nodes, {res['rels']} relationships", "",
             "| | kg | Kuzu | networkx | kg / faster peer |", "| --- | ---: | ---: | ---: | ---: |"]

    def fmt(v, unit):
        return "n/a" if v is None else (f"{v:.3f} {unit}" if v < 10 else f"{v:.0f} {unit}")

    def row(label, vals, unit):
        peers = [v for v in vals[1:] if v is not None]
        r = f"{vals[0] / min(peers):.2f}" if vals[0] is not None and peers else "n/a"
        lines.append(f"| {label} | " + " | ".join(fmt(v, unit) for v in vals) + f" | {r} |")

    row("load (s)", [res[e].get("load_seconds") for e in eng], "s")
    labels = {"one_hop": "1-hop, per query", "two_hop": "2-hop distinct count, per query",
              "aggregate": "aggregation over all relationships", "paths": "*1..3 path count, per pair"}
    for key, label in labels.items():
        row(label, [per_query_ms(res[e].get("batches", {}).get(key)) for e in eng], "ms")
    row("peak memory", [res[e].get("peak_mb") for e in eng], "MB")
    lines.append("")
    for e in eng:
        if "unavailable" in res[e]:
            lines.append(f"- {e}: unavailable: {res[e]['unavailable']}")
        if "error" in res[e]:
            lines.append(f"- {e}: error: {res[e]['error']}")
        if res[e].get("import_error"):
            lines.append(f"- {e}: {res[e]['import_error']}")
    if res["kg"].get("open_seconds") is not None:
        lines.append(f"- kg load = import {res['kg'].get('import_seconds', 0):.2f} s + open {res['kg']['open_seconds']:.2f} s "
                     f"(open time spread over runs: {res['kg']['open_seconds_spread']:.2f} s; CPU: import "
                     f"{res['kg'].get('import_cpu_seconds', 0):.2f} s + open {res['kg'].get('open_cpu_seconds', 0):.2f} s)")
    for k, v in res["agreement"].items():
        verdict = ("only one engine ran" if len(v["engines"]) < 2 else "agree" if v["agree"] else "DISAGREE")
        lines.append(f"- {k}: engines {', '.join(v['engines'])}: {verdict}"
                     + (f" (totals {v['totals']})" if v.get("totals") else ""))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
