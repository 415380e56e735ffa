#!/usr/bin/env python3
"""The extractor's quality gate, through the real binary.

Builds a store from datasets/seeds with $KG, exports GraphML, scores it with
../shared/eval/score.py (relative to the source root) against seeds.gold.json and fails
when a score drops under its target. Does the same for the development set
(datasets/dev, dev.gold.json) and the held-out set (datasets/heldout, heldout.gold.json) at
their own targets when they exist.
Exit 77 (skipped) when the scorer is not there.
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.environ.get("KG_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KG = os.environ.get("KG", os.path.join(ROOT, "build", "kg"))
SCORER = os.path.join(ROOT, "..", "shared", "eval", "score.py")

SEED_TARGETS = {"entity_f1": 0.95, "relation_p": 0.85, "relation_r": 0.85, "split": 0, "dates_min": 9,
                "bad_evidence": 0}
DEV_TARGETS = {"entity_f1": 0.80, "relation_f1": 0.50, "bad_evidence": 0}


def run(*args):
    p = subprocess.run(args, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"FAIL: {' '.join(args)} exited {p.returncode}\n{p.stderr}")
    return p


def score(docs, gold, tmp, name):
    store = os.path.join(tmp, name + ".kg.json")
    graphml = os.path.join(tmp, name + ".graphml")
    report = os.path.join(tmp, name + ".json")
    run(KG, "build", docs, "-o", store, "--jobs", "1", "--progress", "never")
    run(KG, "export", "-g", store, "--format", "graphml", "-o", graphml)
    p = run(sys.executable, SCORER, graphml, gold, "--docs", docs, "--json", report, "--quiet")
    print(f"{name}: {p.stdout.strip()}")
    with open(report, encoding="utf-8") as f:
        return json.load(f)


def main():
    if not os.path.isfile(SCORER):
        print(f"skip: no scorer at {SCORER}")
        return 77
    if not os.access(KG, os.X_OK):
        print(f"FAIL: no kg binary at {KG}")
        return 1
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        r = score(os.path.join(ROOT, "datasets", "seeds"), os.path.join(ROOT, "..", "shared", "eval", "seeds.gold.json"),
                  tmp, "seeds")
        e, rel = r["entities"], r["relations"]
        checks = [
            ("seed entity F1", e["f1"], e["f1"] >= SEED_TARGETS["entity_f1"], f">= {SEED_TARGETS['entity_f1']}"),
            ("seed relation precision", rel["precision"], rel["precision"] >= SEED_TARGETS["relation_p"],
             f">= {SEED_TARGETS['relation_p']}"),
            ("seed relation recall", rel["recall"], rel["recall"] >= SEED_TARGETS["relation_r"],
             f">= {SEED_TARGETS['relation_r']}"),
            ("seed split entities", len(e["split"]), len(e["split"]) == 0, "== 0"),
            ("seed dates right", r["dates"]["correct"], r["dates"]["correct"] >= SEED_TARGETS["dates_min"],
             f">= {SEED_TARGETS['dates_min']}"),
            ("seed alleged right", r["alleged"]["correct"], r["alleged"]["correct"] == r["alleged"]["of"] and
             r["alleged"]["of"] > 0, f"== {r['alleged']['of']} (> 0)"),
            ("seed evidence not in document", r["evidence"]["not_in_document"],
             r["evidence"]["not_in_document"] == 0 and r["evidence"]["checked"] > 0, "== 0"),
        ]
        # The development set and the sets written blind and since worked on (datasets/heldout, blind2 ... blind15),
        # at the same targets (the newest blind set, blind16, is not gated: it stays unseen).
        for name, gold_file in (("dev", "dev.gold.json"), ("heldout", "heldout.gold.json"), ("blind2", "blind2.gold.json"),
                                ("blind3", "blind3.gold.json"), ("blind4", "blind4.gold.json"),
                                ("blind5", "blind5.gold.json"), ("blind6", "blind6.gold.json"),
                                ("blind7", "blind7.gold.json"), ("blind8", "blind8.gold.json"),
                                ("blind9", "blind9.gold.json"), ("blind10", "blind10.gold.json"),
                                ("blind11", "blind11.gold.json"), ("blind12", "blind12.gold.json"),
                                ("blind13", "blind13.gold.json"), ("blind14", "blind14.gold.json"),
                                ("blind15", "blind15.gold.json")):
            docs = os.path.join(ROOT, "datasets", name, "articles")
            gold = os.path.join(ROOT, "datasets", name, gold_file)
            if not (os.path.isdir(docs) and os.path.isfile(gold)):
                continue
            d = score(docs, gold, tmp, name)
            checks += [
                (f"{name} entity F1", d["entities"]["f1"], d["entities"]["f1"] >= DEV_TARGETS["entity_f1"],
                 f">= {DEV_TARGETS['entity_f1']}"),
                (f"{name} relation F1", d["relations"]["f1"], d["relations"]["f1"] >= DEV_TARGETS["relation_f1"],
                 f">= {DEV_TARGETS['relation_f1']}"),
                (f"{name} evidence not in document", d["evidence"]["not_in_document"],
                 d["evidence"]["not_in_document"] == 0, "== 0"),
            ]
        for name, value, ok, want in checks:
            if not ok:
                failures.append(f"{name} = {value}, want {want}")
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
