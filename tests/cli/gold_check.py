"""Checks of an evaluation set's gold graph (datasets/NAME/NAME.gold.json), shared by
test_dev_gold.py, test_heldout_gold.py, test_blind2_gold.py, test_blind3_gold.py,
test_blind4_gold.py, test_blind5_gold.py, test_blind6_gold.py, test_blind7_gold.py, test_blind8_gold.py,
test_blind9_gold.py, test_blind10_gold.py, test_blind11_gold.py, test_blind12_gold.py,
test_blind13_gold.py, test_blind14_gold.py, test_blind15_gold.py and test_blind16_gold.py: it is usable by
shared/eval/score.py and honest about its articles.

- every document it names is an article in datasets/NAME/articles, and every article is in it;
- no article repeats another of the set or an article of the other sets named (and, when the seeds
  are among them, none is about the seeds' event);
- entity names are unique, types and relation types are the default ontology's (shared/ONTOLOGY.md);
- no alias is shared by two entities (score.py would silently drop it);
- every relation's subject and object are gold entity names, its dates are ISO 8601, an alleged
  relation names who alleges it, and every evidence quote is an exact substring of one of the
  articles the relation names;
- every article has core relations, the committed JSON is what datasets/NAME/gold_src.py makes, and a
  GraphML graph written straight from the gold scores 1.0 everywhere with score.py.

Standard library only (networkx for the scorer); runs from the source root.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.environ.get("KG_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

ENTITY_TYPES = {"person", "country", "city", "location", "organization", "agreement", "event", "weapon"}
RELATION_TYPES = {"met_with", "visited", "arrived_in", "leads", "holds_position", "member_of", "signed",
                  "ratified", "sent_troops", "accused", "condemned", "criticized", "dismissed", "tested",
                  "participated_in", "allied_with", "supports", "opposes", "attacked", "sanctioned",
                  "located_in", "capital_of"}
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

failures = []


def fail(msg):
    failures.append(msg)


def as_list(v):
    return list(v) if isinstance(v, (list, tuple)) else [v]


def norm(s):
    """The name normalisation of shared/eval/score.py."""
    s = unicodedata.normalize("NFKC", str(s)).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[-\u2010-\u2015_]", " ", s)
    s = re.sub(r"[^\w\s]", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def oracle_graphml(gold, texts, path):
    """A GraphML graph holding exactly the gold: one node per entity, one edge per relation (its first
    type and ends), with the contract's data keys."""
    from xml.sax.saxutils import escape
    ids = {e["name"]: f"n{i}" for i, e in enumerate(gold["entities"])}
    keys = [("label", "node"), ("type", "node"), ("aliases", "node"), ("label", "edge"), ("date", "edge"),
            ("status", "edge"), ("attributed_to", "edge"), ("sources", "edge"), ("evidence", "edge")]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    for name, dom in keys:
        typ = "int" if name == "sources" else "string"
        out.append(f'<key id="{dom[0]}_{name}" for="{dom}" attr.name="{name}" attr.type="{typ}"/>')
    out.append('<graph id="G" edgedefault="directed">')
    for e in gold["entities"]:
        out.append(f'<node id="{ids[e["name"]]}"><data key="n_label">{escape(e["name"])}</data>'
                   f'<data key="n_type">{escape(e["type"])}</data>'
                   f'<data key="n_aliases">{escape(json.dumps(e.get("aliases", [])))}</data></node>')
    for i, r in enumerate(gold["relations"]):
        docs = as_list(r.get("documents", []))
        ev = [{"doc": next((d for d in docs if q in texts.get(d, "")), docs[0] if docs else ""), "text": q}
              for q in as_list(r.get("evidence", []))]
        data = {"label": as_list(r["type"])[0], "date": r.get("date", ""), "status": r.get("status", "asserted"),
                "attributed_to": json.dumps(as_list(r.get("attributed_to", []))), "sources": str(len(docs)),
                "evidence": json.dumps(ev, ensure_ascii=False)}
        s, o = ids[as_list(r["subject"])[0]], ids[as_list(r["object"])[0]]
        out.append(f'<edge id="e{i}" source="{s}" target="{o}">' +
                   "".join(f'<data key="e_{k}">{escape(v)}</data>' for k, v in data.items()) + "</edge>")
    out.append("</graph></graphml>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def oracle_scores_perfectly(gold, texts, GOLD, ARTICLES):
    """score.py, given a graph that is the gold itself, finds everything and nothing wrong: the gold's
    alternative types, symmetric relations, dates, alleged statuses and quotes are all scoreable."""
    score = os.environ.get("KG_SCORE") or os.path.join(ROOT, "..", "shared", "eval", "score.py")
    if not os.path.exists(score):
        print(f"(no scorer at {score}; oracle check skipped)")
        return
    probe = subprocess.run([sys.executable, "-c", "import networkx"], capture_output=True)
    if probe.returncode != 0:
        print("(no networkx; oracle check skipped)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        gml, rep = os.path.join(tmp, "oracle.graphml"), os.path.join(tmp, "report.json")
        oracle_graphml(gold, texts, gml)
        p = subprocess.run([sys.executable, score, gml, GOLD, "--docs", ARTICLES, "--json", rep, "--quiet"],
                           capture_output=True, text=True)
        if p.returncode != 0:
            fail(f"score.py failed on the oracle graph: {p.stderr.strip()[-300:]}")
            return
        with open(rep, encoding="utf-8") as f:
            r = json.load(f)
    e, rel = r["entities"], r["relations"]
    if e["precision"] != 1.0 or e["recall"] != 1.0 or e["split"] or e["type_errors"]:
        fail(f"oracle entities not perfect: {json.dumps(e)[:400]}")
    if rel["precision"] != 1.0 or rel["recall"] != 1.0:
        fail(f"oracle relations not perfect: missed {rel['missed'][:5]}, unmatched {rel['unmatched_predicted'][:5]}")
    if r["dates"]["correct"] != r["dates"]["of"] or r["alleged"]["correct"] != r["alleged"]["of"]:
        fail(f"oracle dates/alleged not perfect: {r['dates']} {r['alleged']}")
    if r["evidence"]["not_in_document"] or r["evidence"]["checked"] == 0:
        fail(f"oracle evidence: {r['evidence']}")


def check(name, min_articles, other_sets):
    """Checks datasets/NAME (articles/, NAME.gold.json, gold_src.py): at least MIN_ARTICLES articles,
    none repeating another of the set or an article of OTHER_SETS (folder names under datasets/)."""
    SET = os.path.join(ROOT, "datasets", name)
    ARTICLES = os.path.join(SET, "articles")
    GOLD = os.path.join(SET, name + ".gold.json")
    OTHER_SETS = [os.path.join(ROOT, "datasets", o, "articles") if o != "seeds" else os.path.join(ROOT, "datasets", "seeds")
                  for o in other_sets]
    with open(GOLD, encoding="utf-8") as f:
        gold = json.load(f)
    for key in ("documents", "entities", "relations"):
        if key not in gold:
            fail(f"{name}.gold.json has no {key!r}")
    if failures:
        return

    # documents <-> article files
    files = sorted(fn for fn in os.listdir(ARTICLES) if fn.endswith(".txt"))
    texts = {}
    for fn in files:
        with open(os.path.join(ARTICLES, fn), encoding="utf-8") as f:
            texts[fn] = f.read()
    if len(files) < min_articles:
        fail(f"only {len(files)} articles (want at least {min_articles})")
    # kept apart from the other sets: no shared file and no shared opening
    for other in OTHER_SETS:
        if not os.path.isdir(other):
            fail(f"no folder {other} to compare the articles with")
            continue
        for fn in os.listdir(other):
            p = os.path.join(other, fn)
            if not os.path.isfile(p):
                continue
            with open(p, encoding="utf-8", errors="replace") as f:
                body = f.read()
            probe = body.strip()[:300]
            for mine, text in texts.items():
                if probe and (probe in text or text.strip()[:300] in body):
                    fail(f"article {mine} repeats {p}")
    # and no article of the set repeats another of it
    names_ = sorted(texts)
    for i, a in enumerate(names_):
        for b in names_[i + 1:]:
            pa, pb = texts[a].strip()[:300], texts[b].strip()[:300]
            if pa in texts[b] or pb in texts[a]:
                fail(f"article {a} repeats {b}")
    for d, meta in gold["documents"].items():
        if d not in texts:
            fail(f"document {d} has no article file")
        if meta.get("date") and not ISO_DATE.match(meta["date"]):
            fail(f"document {d}: date {meta['date']!r} is not ISO 8601")
    for fn in files:
        if fn not in gold["documents"]:
            fail(f"article {fn} is not in the gold documents")
        if "seeds" in other_sets and "Kozlov" in texts[fn]:
            fail(f"article {fn} is about the seed articles' event (Kozlov)")

    # entities
    names = {}
    owners = {}
    for e in gold["entities"]:
        n = e.get("name")
        if not n or n in names:
            fail(f"entity name missing or repeated: {n!r}")
            continue
        names[n] = e
        if e.get("type") not in ENTITY_TYPES:
            fail(f"entity {n}: type {e.get('type')!r} is not an ontology entity type")
        if e.get("tier") not in ("core", "extra"):
            fail(f"entity {n}: tier {e.get('tier')!r}")
        if not isinstance(e.get("aliases", []), list):
            fail(f"entity {n}: aliases is not a list")
        for a in {n, *e.get("aliases", [])}:
            owners.setdefault(norm(a), set()).add(n)
    for a, o in owners.items():
        if len(o) > 1:
            fail(f"name/alias {a!r} belongs to several entities: {sorted(o)}")

    # relations
    core_by_doc = {d: 0 for d in gold["documents"]}
    for i, r in enumerate(gold["relations"]):
        where = f"relation {i} ({r.get('subject')} -{r.get('type')}-> {r.get('object')})"
        for t in as_list(r.get("type")):
            if t not in RELATION_TYPES:
                fail(f"{where}: type {t!r} is not an ontology relation type")
        for end in ("subject", "object"):
            for n in as_list(r.get(end)):
                if n not in names:
                    fail(f"{where}: {end} {n!r} is not a gold entity name")
        if r.get("tier") not in ("core", "extra"):
            fail(f"{where}: tier {r.get('tier')!r}")
        if "date" in r and not ISO_DATE.match(str(r["date"])):
            fail(f"{where}: date {r['date']!r} is not ISO 8601")
        status = r.get("status", "asserted")
        if status not in ("asserted", "alleged", "negated"):
            fail(f"{where}: status {status!r}")
        if status == "alleged":
            att = as_list(r.get("attributed_to", []))
            if not att:
                fail(f"{where}: alleged without attributed_to")
            for n in att:
                if n not in names:
                    fail(f"{where}: attributed_to {n!r} is not a gold entity name")
        docs = as_list(r.get("documents", []))
        if not docs:
            fail(f"{where}: names no documents")
        for d in docs:
            if d not in texts:
                fail(f"{where}: document {d!r} is not an article")
        evidence = as_list(r.get("evidence", []))
        if not evidence:
            fail(f"{where}: no evidence")
        for q in evidence:
            if not isinstance(q, str) or not q.strip():
                fail(f"{where}: empty evidence quote")
            elif not any(q in texts.get(d, "") for d in docs):
                fail(f"{where}: evidence {q[:70]!r} is not an exact substring of {docs}")
        if r.get("tier") == "core":
            for d in docs:
                if d in core_by_doc:
                    core_by_doc[d] += 1
    for d, n in core_by_doc.items():
        if n == 0:
            fail(f"document {d} has no core relation")

    # the committed JSON is the generator's output
    src = os.path.join(SET, "gold_src.py")
    if os.path.exists(src):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, name + ".gold.json")
            p = subprocess.run([sys.executable, src, out], capture_output=True, text=True)
            if p.returncode != 0:
                fail(f"gold_src.py failed: {p.stderr.strip()[-500:]}")
            else:
                with open(out, encoding="utf-8") as f:
                    if json.load(f) != gold:
                        fail(f"{name}.gold.json differs from what datasets/{name}/gold_src.py makes; rerun it")

    oracle_scores_perfectly(gold, texts, GOLD, ARTICLES)

    core_e = sum(1 for e in gold["entities"] if e["tier"] == "core")
    core_r = sum(1 for r in gold["relations"] if r["tier"] == "core")
    print(f"{len(files)} articles, {len(gold['entities'])} entities ({core_e} core), "
          f"{len(gold['relations'])} relations ({core_r} core)")


def run(name, min_articles, other_sets):
    """The test's main: check, print the failures, exit 1 on any."""
    check(name, min_articles, other_sets)
    for m in failures:
        print("FAIL:", m, file=sys.stderr)
    sys.exit(1 if failures else 0)
