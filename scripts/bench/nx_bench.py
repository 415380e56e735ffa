#!/usr/bin/env python3
"""The networkx side of query_bench.py: load the graph's CSV pair into a MultiDiGraph (with a
name -> node dict, the index a networkx user keeps), then run the query batches in this
one process and time each.

usage: nx_bench.py GRAPH_DIR QUERIES.json

Prints one JSON line like kuzu_bench.js.
"""
import csv
import json
import os
import sys
import time
from collections import Counter

import networkx as nx


def main():
    d, qfile = sys.argv[1], sys.argv[2]
    with open(qfile) as f:
        Q = json.load(f)
    out = {"engine": "networkx", "version": nx.__version__}
    t0 = time.perf_counter()
    G = nx.MultiDiGraph()
    by_name = {}
    with open(os.path.join(d, "nodes.csv"), newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        next(r)
        for nid, name, _label in r:
            nid = int(nid)
            G.add_node(nid, name=name)
            by_name[name] = nid
    with open(os.path.join(d, "rels.csv"), newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        next(r)
        G.add_edges_from((int(s), int(e), {"type": t, "since": int(y)}) for s, e, t, y in r)
    out["load_seconds"] = time.perf_counter() - t0
    out["loaded_rels"] = G.number_of_edges()
    names = nx.get_node_attributes(G, "name")

    batches = {}

    def batch(key, items, fn, summarize):
        last, total = None, 0
        t = time.perf_counter()
        for it in items:
            last = fn(it)
            total += summarize(last)
        batches[key] = {"seconds": time.perf_counter() - t, "n": len(items), "total": total, "last": last}

    def one_hop(n):
        a = by_name[n]
        return [[names[b], t] for _, b, t in G.out_edges(a, data="type")]

    def two_hop(n):
        a = by_name[n]
        return len({c for b in G.successors(a) for c in G.successors(b)})

    def aggregate(_):
        return [list(x) for x in Counter(t for _, _, t in G.edges(data="type")).most_common()]

    def paths(pair):
        a, b = by_name[pair[0]], by_name[pair[1]]
        return sum(1 for _ in nx.all_simple_edge_paths(G, a, b, cutoff=3))

    batch("one_hop", Q["one_hop"], one_hop, len)
    batch("two_hop", Q["two_hop"], two_hop, lambda c: c)
    batch("aggregate", [None], aggregate, len)
    batch("paths", Q["paths"], paths, lambda c: c)
    out["batches"] = batches
    print(json.dumps(out))


if __name__ == "__main__":
    main()
