#!/usr/bin/env python3
"""Extraction benchmark: `kg build` against compromise and wink-nlp on the same files.

usage: extract_bench.py [--sizes 10MB,50MB,100MB] [--gb] [--jobs 1,2] [--kg PATH]
                        [--compromise-sizes 10MB,50MB] [--no-peers] [--seed N]

For each corpus size (made by make_corpus.py under /tmp/kg-bench/, reused when it is
there), in one run and one after the other (never two at once):
- `kg build CORPUS -o STORE --jobs N --progress never` for each N of --jobs: wall time,
  throughput (MB/s of text, the whole build: read, extract, resolve, merge, save), peak
  resident memory (GNU time -v), the store's size and its entity and relationship counts;
- compromise (people, places, organisations of every document) and wink-nlp (tokenise,
  tag, entities) on the same files, one node process each: wall time of the process,
  throughput, peak memory. compromise runs at 0.1 MB/s, so by default it runs on the
  sizes of --compromise-sizes only (its throughput does not depend on the corpus size:
  it handles one document at a time); --compromise-sizes all runs it everywhere.
Then the entity F1 on the seed articles of kg and of compromise, both scored by
../shared/eval/score.py (compromise's people/places/organisations, typed by its own
#Country/#City tags, are written as a GraphML for it).

Results go to /tmp/kg-bench/results/extract.json and a table to stdout.
"""
import argparse
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as B  # noqa: E402
from make_corpus import parse_size, size_label  # noqa: E402


def make_corpus(size, seed):
    out = os.path.join(B.WORK, f"corpus-{size_label(size)}" + (f"-seed{seed}" if seed != 1 else ""))
    B.log(f"corpus {size_label(size)} -> {out}")
    p = subprocess.run([sys.executable, os.path.join(B.HERE, "make_corpus.py"), str(size), "-o", out,
                        "--seed", str(seed), "-q"], capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"make_corpus failed: {p.stderr}")
    return out


def kg_counts(kg, store):
    """(entities, relationships, documents) of a store, from `kg stats`."""
    p = subprocess.run([kg, "stats", "-g", store], capture_output=True, text=True)
    got = {}
    for line in p.stdout.splitlines():
        k, _, v = line.partition(":")
        v = v.strip().split(" ")[0]
        if v.isdigit():
            got[k.strip()] = int(v)
    return got.get("entities"), got.get("relationships"), got.get("documents")


def bench_kg(kg, corpus, nbytes, jobs):
    store = os.path.join(B.WORK, f"extract-{os.path.basename(corpus)}-j{jobs}.kg.json")
    if os.path.exists(store):
        os.unlink(store)
    B.warm(corpus)
    B.log(f"kg build {os.path.basename(corpus)} --jobs {jobs}")
    r = B.timed([kg, "build", corpus, "-o", store, "--jobs", str(jobs), "--progress", "never"])
    row = {"tool": f"kg build --jobs {jobs}", "jobs": jobs, "rc": r.rc, "seconds": r.wall,
           "cpu_seconds": r.user + r.sys, "peak_mb": r.rss_mb, "mb_per_s": nbytes / 1e6 / r.wall}
    if r.rc != 0:
        row["error"] = r.stderr.strip()[-500:]
        B.log(f"  kg build failed ({r.rc}): {row['error']}")
        return row
    row["store_mb"] = os.path.getsize(store) / 1e6
    row["entities"], row["relationships"], row["documents"] = kg_counts(kg, store)
    B.log(f"  {r.wall:.1f} s, {row['mb_per_s']:.2f} MB/s, {r.rss_mb:.0f} MB peak, "
          f"{row['entities']} entities, {row['relationships']} relationships")
    os.unlink(store)
    return row


def bench_peer(mode, corpus, nbytes):
    B.warm(corpus)
    B.log(f"{mode} on {os.path.basename(corpus)}")
    r = B.timed(["node", os.path.join(B.HERE, "peers.js"), mode, corpus], cwd=B.HERE)
    name = {"compromise": "compromise (people/places/orgs)", "wink": "wink-nlp (tokens, tags, entities)"}[mode]
    row = {"tool": name, "rc": r.rc, "seconds": r.wall, "cpu_seconds": r.user + r.sys,
           "peak_mb": r.rss_mb, "mb_per_s": nbytes / 1e6 / r.wall}
    if r.rc != 0:
        row["error"] = r.stderr.strip()[-500:]
        B.log(f"  {mode} failed: {row['error']}")
        return row
    out = json.loads(r.stdout.strip().splitlines()[-1])
    row["found"] = out["found"]
    row["processing_seconds"] = out["seconds"]
    B.log(f"  {r.wall:.1f} s, {row['mb_per_s']:.3f} MB/s, {r.rss_mb:.0f} MB peak")
    return row


def write_graphml(entities, path):
    """compromise's entities as a GraphML of the score.py contract (label, type)."""
    from xml.sax.saxutils import escape
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
                '<key id="label" for="node" attr.name="label" attr.type="string"/>\n'
                '<key id="type" for="node" attr.name="type" attr.type="string"/>\n'
                '<graph id="compromise" edgedefault="directed">\n')
        for i, e in enumerate(entities):
            f.write(f'<node id="n{i}"><data key="label">{escape(e["name"])}</data>'
                    f'<data key="type">{escape(e["type"])}</data></node>\n')
        f.write("</graph>\n</graphml>\n")


def score(graphml, docs):
    gold = os.path.join(B.SHARED, "eval", "seeds.gold.json")
    p = subprocess.run([sys.executable, os.path.join(B.SHARED, "eval", "score.py"), graphml, gold,
                        "--docs", docs, "--quiet"], capture_output=True, text=True)
    line = (p.stdout.strip().splitlines() or [""])[-1]
    vals = dict(kv.split("=", 1) for kv in line.split() if "=" in kv)
    return {"line": line, "entity_f1": float(vals["entity_f1"]) if "entity_f1" in vals else None,
            "relation_f1": float(vals["relation_f1"]) if "relation_f1" in vals else None}


def seeds_f1(kg, peers_ok):
    seeds = os.path.join(B.SRC, "datasets", "seeds")
    if not os.path.exists(os.path.join(B.SHARED, "eval", "score.py")):
        B.log("../shared/eval/score.py is not there: no F1")
        return {"unavailable": "../shared/eval is not there"}
    out = {}
    if kg:
        store = os.path.join(B.WORK, "seeds.kg.json")
        gml = os.path.join(B.WORK, "seeds.kg.graphml")
        p = subprocess.run([kg, "build", seeds, "-o", store, "--progress", "never"], capture_output=True, text=True)
        q = subprocess.run([kg, "export", "-g", store, "--format", "graphml", "-o", gml], capture_output=True, text=True)
        if p.returncode or q.returncode:
            out["kg"] = {"unavailable": (p.stderr + q.stderr).strip()}
        else:
            out["kg"] = score(gml, seeds)
            B.log(f"kg on the seeds: {out['kg']['line']}")
    if peers_ok:
        ents = os.path.join(B.WORK, "seeds.compromise.json")
        gml = os.path.join(B.WORK, "seeds.compromise.graphml")
        subprocess.run(["node", os.path.join(B.HERE, "peers.js"), "compromise", seeds, "--entities", ents],
                       cwd=B.HERE, check=True, capture_output=True)
        with open(ents, encoding="utf-8") as f:
            write_graphml(json.load(f), gml)
        out["compromise"] = score(gml, seeds)
        B.log(f"compromise on the seeds: {out['compromise']['line']}")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10MB,50MB,100MB")
    ap.add_argument("--gb", action="store_true", help="add a 1 GB corpus (kg only, unless --compromise-sizes all)")
    ap.add_argument("--jobs", default="1,2")
    ap.add_argument("--kg", help="the kg binary (default $KG, then build/kg)")
    ap.add_argument("--compromise-sizes", default="10MB,50MB", help="sizes compromise runs on, or 'all'")
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()

    kg = B.find_kg(a.kg)
    peers_why = "skipped (--no-peers)" if a.no_peers else B.node_peers_ready()
    sizes = [parse_size(s) for s in a.sizes.split(",") if s]
    if a.gb:
        sizes.append(10**9)
    comp_sizes = None if a.compromise_sizes == "all" else {parse_size(s) for s in a.compromise_sizes.split(",") if s}
    jobs = [int(j) for j in a.jobs.split(",")]
    res = {"machine": B.machine(), "kg": kg, "peers": peers_why or "ok", "runs": []}
    if not kg:
        B.log("kg's side is unavailable: no kg binary (build it with scripts/build, or pass --kg / KG=)")
    if peers_why:
        B.log(f"peers unavailable: {peers_why}")

    res["seeds"] = seeds_f1(kg, not peers_why)
    kg_entities_on_seeds = None
    if kg and "kg" in res["seeds"]:
        kg_entities_on_seeds = kg_counts(kg, os.path.join(B.WORK, "seeds.kg.json"))[0]
        if not kg_entities_on_seeds:
            res["kg_note"] = ("kg build extracts no entity from the seed articles: the extractor has not "
                              "landed, so kg's throughput here is reading, merging and saving only")
            B.log("NOTE: " + res["kg_note"])

    for size in sizes:
        corpus = make_corpus(size, a.seed)
        nbytes = B.dir_bytes(corpus)
        run = {"size": size_label(size), "bytes": nbytes,
               "files": len([f for f in os.listdir(corpus) if f.endswith(".txt")]), "rows": []}
        res["runs"].append(run)
        for j in jobs:
            if kg:
                run["rows"].append(bench_kg(kg, corpus, nbytes, j))
                B.save_results("extract.json", res)
        if not peers_why:
            run["rows"].append(bench_peer("wink", corpus, nbytes))
            B.save_results("extract.json", res)
            if comp_sizes is None or size in comp_sizes:
                run["rows"].append(bench_peer("compromise", corpus, nbytes))
                B.save_results("extract.json", res)
    res["machine"]["load_avg_end"] = os.getloadavg()
    B.save_results("extract.json", res)
    print(report(res))
    return 0


def report(res):
    lines = ["| corpus | tool | wall (s) | MB/s (wall) | CPU (s) | MB per CPU-s | peak memory (MB) | entities | relationships |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for run in res["runs"]:
        for r in run["rows"]:
            if r.get("rc"):
                lines.append(f"| {run['size']} | {r['tool']} | failed | | | | |")
                continue
            cpu = r.get("cpu_seconds") or 0
            lines.append(f"| {run['size']} ({run['files']} files) | {r['tool']} | {r['seconds']:.1f} | "
                         f"{r['mb_per_s']:.3f} | {cpu:.1f} | {run['bytes'] / 1e6 / cpu if cpu else 0:.3f} | "
                         f"{r['peak_mb']:.0f} | {r.get('entities', '')} | {r.get('relationships', '')} |")
    lines.append("")
    for run in res["runs"] if not res.get("kg_note") else []:
        rows = {r["tool"].split(" (")[0]: r for r in run["rows"] if not r.get("rc")}
        for j in ("kg build --jobs 1", "kg build --jobs 2"):
            if j not in rows:
                continue
            for peer in ("compromise", "wink-nlp"):
                if peer in rows:
                    cpu = (rows[peer]["cpu_seconds"] / rows[j]["cpu_seconds"]) if rows[j].get("cpu_seconds") else 0
                    lines.append(f"- {run['size']}: {j} has {rows[j]['mb_per_s'] / rows[peer]['mb_per_s']:.2f}x "
                                 f"the throughput (wall) of {peer}, and needs {1 / cpu if cpu else 0:.2f}x its CPU time")
    s = res.get("seeds", {})
    for tool in ("kg", "compromise"):
        if tool in s and "line" in s[tool]:
            lines.append(f"- seeds, {tool}: {s[tool]['line']}")
    if res.get("kg_note"):
        lines.append(f"- NOTE: {res['kg_note']}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
