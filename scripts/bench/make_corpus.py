#!/usr/bin/env python3
"""Make a realistic news corpus of any size from real articles, seeded and deterministic.

usage: make_corpus.py SIZE [-o OUT_DIR] [--seed N] [--sources DIR ...] [--lexicons DIR] [--force]

SIZE is a byte count with an optional unit: 10MB, 50MB, 100MB, 1GB, 250kB, 12345
(decimal units: 1 MB = 1,000,000 bytes, the unit of the MB/s figures). The corpus is
exactly SIZE bytes of UTF-8 text, in many files of article size (doc-0000001.txt, ...),
written to OUT_DIR (default /tmp/kg-bench/corpus-SIZE), never into the repository.

How a document is made:
- the real articles are read from datasets/seeds/ and datasets/dev/articles/ (and any
  --sources DIR); each is cut into a header (title, byline, date lines), paragraphs and
  sentences;
- a document takes the header of one real article, with its dates moved to a new date
  (2000-2025), then paragraphs of 1-4 real sentences, mostly read on in order from one
  source article (so that the text stays locally coherent) and sometimes jumping to
  another; its length follows the lengths of the real articles;
- names are swapped: every occurrence of a known name (the gold entities of
  ../shared/eval and datasets/dev, the lexicons under datasets/lexicons/ when present,
  and people found after a title such as "President" or "Minister") becomes, throughout
  the document, another name of the same type (people get new first-name/surname
  combinations; countries, cities and organisations come from the pools), so that the
  entities of the corpus grow with its size as they do in a real news stream.

The same SIZE, seed and sources give byte-identical files. A corpus.json manifest is
written last; a folder whose manifest matches is reused as is (pass --force to remake).
"""
import argparse
import hashlib
import json
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = os.path.abspath(os.path.join(SRC, "..", "shared"))
GENERATOR_VERSION = 1

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TITLES = ["President", "Prime Minister", "Minister", "Foreign Minister", "Defense Minister",
          "Defence Minister", "Chancellor", "King", "Crown Prince", "Premier", "Secretary",
          "Secretary of State", "General", "Gen.", "Ambassador", "Commissioner", "Governor",
          "Senator", "Sen.", "Rep.", "Vice President", "Chairman", "Spokesman", "spokesman",
          "spokeswoman", "leader", "Leader", "Dr.", "Mr.", "Mrs.", "Ms.", "Envoy", "envoy"]

_UNITS = {"": 1, "b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "kib": 2**10, "mib": 2**20, "gib": 2**30}


def parse_size(text):
    m = re.fullmatch(r"\s*([0-9]+(?:\.[0-9]+)?)\s*([kKmMgG]?i?[bB]?)\s*", text)
    if not m or m.group(2).lower() not in _UNITS:
        raise argparse.ArgumentTypeError(f"bad size {text!r} (examples: 10MB, 1GB, 250kB, 12345)")
    n = int(float(m.group(1)) * _UNITS[m.group(2).lower()])
    if n <= 0:
        raise argparse.ArgumentTypeError("size must be positive")
    return n


def size_label(n):
    for unit, mult in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if n % mult == 0:
            return f"{n // mult}{unit}"
    return f"{n}B"


# ---------------------------------------------------------------- reading the sources

_SENT_END = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")
_ABBREV_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|St|Jr|Sr|No|Lt|Col|Capt|Gov|Prof|U\.S|U\.N|N|S|[A-Z])\.$")


def split_sentences(par):
    """Sentences of one paragraph (a plain splitter that keeps Mr./U.S./N. Korea together)."""
    parts, pos = [], 0
    for m in _SENT_END.finditer(par):
        parts.append(par[pos:m.end()].rstrip())
        pos = m.end()
    parts.append(par[pos:])
    out = []
    for p in parts:
        if out and _ABBREV_END.search(out[-1]):
            out[-1] = out[-1] + " " + p
        else:
            out.append(p)
    return [s.strip() for s in out if s.strip()]


class Article:
    def __init__(self, name, text):
        self.name = name
        text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
        lines = text.split("\n")
        # Header: the short lines before the first line of running text (title, byline, date).
        i = 0
        while i < len(lines) and i < 12 and len(lines[i]) < 120:
            i += 1
        self.header = [l.rstrip() for l in lines[:i]]
        # Body: blocks separated by blank lines; wrapped lines are joined.
        body = "\n".join(lines[i:])
        self.sentences = []       # the running text, in order
        self.short_lines = []     # captions, link lines, footers (kept as real noise)
        for block in re.split(r"\n\s*\n", body):
            block_lines = [l.strip() for l in block.split("\n") if l.strip()]
            if not block_lines:
                continue
            if all(len(l) < 60 and not l.endswith(".") for l in block_lines):
                self.short_lines.extend(block_lines)
                continue
            par = " ".join(block_lines)
            self.sentences.extend(split_sentences(par))
        self.size = len(text.encode("utf-8"))


def read_articles(dirs):
    arts = []
    for d in dirs:
        if not os.path.isdir(d):
            continue
        for fn in sorted(os.listdir(d)):
            if fn.endswith(".txt"):
                with open(os.path.join(d, fn), encoding="utf-8", errors="replace") as f:
                    a = Article(fn, f.read())
                if a.sentences:
                    arts.append(a)
    return arts


# ---------------------------------------------------------------- names

def _lexicon_type(path):
    base = os.path.basename(path).lower()
    for key, typ in (("countr", "country"), ("demonym", None), ("capital", "city"), ("cit", "city"),
                     ("organi", "organization"), ("org", "organization"), ("person", "person"),
                     ("people", "person"), ("name", "person"), ("location", "location"),
                     ("place", "location"), ("region", "location")):
        if key in base:
            return typ
    return None


def read_lexicons(dirs):
    """(name, type) pairs from lexicon files: one entry per line, the name first (before a
    tab, '|', ';' or ','), '#' comments; the type comes from the file name (countries,
    cities, organizations, ...), or from a JSON list/object of entries with name/type."""
    out = []
    for d in dirs:
        if not os.path.isdir(d):
            continue
        for root, _, files in sorted(os.walk(d)):
            for fn in sorted(files):
                p = os.path.join(root, fn)
                typ = _lexicon_type(p)
                try:
                    with open(p, encoding="utf-8") as f:
                        data = f.read()
                except (OSError, UnicodeDecodeError):
                    continue
                if fn.endswith(".json"):
                    try:
                        j = json.loads(data)
                    except ValueError:
                        continue
                    items = j if isinstance(j, list) else j.get("entries", j.get("entities", []))
                    for it in items if isinstance(items, list) else []:
                        if isinstance(it, dict) and isinstance(it.get("name"), str):
                            t = it.get("type") or typ
                            if t:
                                out.append((it["name"], t))
                    continue
                if typ is None:
                    continue
                for line in data.split("\n"):
                    line = line.strip()
                    if not line or line.startswith("#"):
                        continue
                    cols = line.split("\t")
                    name = re.split(r"\||;|,", cols[0], maxsplit=1)[0].strip()
                    if 3 <= len(name) <= 60 and name[0].isupper():
                        out.append((name, typ))
                    if typ == "country" and len(cols) >= 4:   # countries.tsv: capitals in column 4
                        for cap in cols[3].split("|"):
                            cap = cap.strip().lstrip("~")
                            if 3 <= len(cap) <= 60 and cap[0].isupper():
                                out.append((cap, "city"))
    return out


def read_gold(paths):
    """Entities (name, type, aliases) of gold files in the form of seeds.gold.json."""
    out = []
    for p in paths:
        try:
            with open(p, encoding="utf-8") as f:
                g = json.load(f)
        except (OSError, ValueError):
            continue
        for e in g.get("entities", []) if isinstance(g, dict) else []:
            if isinstance(e, dict) and e.get("name") and e.get("type"):
                out.append((e["name"], e["type"], [a for a in e.get("aliases", []) if isinstance(a, str)]))
    return out


_CAP = r"[A-Z][a-z]+(?:-[a-z]+)?"
_TITLED_PERSON = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in TITLES) + r")\s+(" + _CAP + r"(?:\s+" + _CAP + r"){1,2})\b")
_NOT_NAME = set(WEEKDAYS + MONTHS + ["The", "North", "South", "East", "West", "United", "Russian",
                                     "Korean", "American", "Chinese", "Minister", "President", "Party",
                                     "Ministry", "Council", "General", "State", "Foreign", "Defense",
                                     "Affairs", "National", "Security", "Republic", "Prime", "Union"])


def harvest_people(articles):
    """People named after a title in the real text ("President Hugo Chavez")."""
    found = set()
    for a in articles:
        for s in a.sentences:
            for m in _TITLED_PERSON.finditer(s):
                toks = m.group(1).split()
                if not any(t in _NOT_NAME for t in toks):
                    found.add(m.group(1))
    return sorted(found)


class Names:
    """The names to find in sentences and the pools to draw their replacements from."""

    def __init__(self, gold, lexicon, people):
        self.types = {}     # surface form -> (type, canonical)
        self.aliases = {}   # canonical person -> surface forms
        pools = {}
        def add(name, typ, canon=None):
            if len(name) < 3 or not name[0].isupper():
                return
            self.types.setdefault(name, (typ, canon or name))
            pools.setdefault(typ, set()).add(canon or name)
        for name, typ, aliases in gold:
            add(name, typ)
            for a in aliases:
                if a != name and (typ != "person" or len(a.split()) >= 1):
                    add(a, typ, name)
        for name, typ in lexicon:
            add(name, typ)
        for p in people:
            add(p, "person")
            if len(p.split()) >= 2:
                add(p.split()[-1], "person", p)   # the surname alone refers to the same person
        self.pools = {t: sorted(v) for t, v in pools.items()}
        persons = self.pools.get("person", [])
        self.first = sorted({p.split()[0] for p in persons if len(p.split()) >= 2})
        self.last = sorted({" ".join(p.split()[1:]) for p in persons if len(p.split()) >= 2})
        forms = sorted(self.types, key=lambda s: (-len(s), s))
        self.regex = re.compile(r"(?<![\w-])(" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])") if forms else None

    def spans(self, sentence):
        if not self.regex:
            return []
        return [(m.start(), m.end(), m.group(1)) for m in self.regex.finditer(sentence)]


class DocNames:
    """One document's consistent renaming: a canonical name maps to one replacement."""

    def __init__(self, names, rng):
        self.n = names
        self.rng = rng
        self.map = {}

    def person(self):
        if self.n.first and self.n.last:
            return f"{self.rng.choice(self.n.first)} {self.rng.choice(self.n.last)}"
        return None

    def replace(self, form):
        typ, canon = self.n.types[form]
        if canon not in self.map:
            r = None
            if self.rng.random() < 0.85:   # some names stay: real corpora repeat the big actors
                if typ == "person":
                    r = self.person()
                elif len(self.n.pools.get(typ, [])) > 1:
                    r = self.rng.choice(self.n.pools[typ])
            self.map[canon] = r or canon
        new = self.map[canon]
        if new == canon:
            return form
        if typ == "person" and form != canon:
            # a surname or short alias of the person -> the surname of the replacement
            if len(form.split()) == 1:
                return new.split()[-1]
            return new
        return new


# ---------------------------------------------------------------- dates

_DATE_MDY = re.compile(r"\b(" + "|".join(MONTHS) + r")\s+(\d{1,2}),\s+(\d{4})\b")
_DATE_DMY = re.compile(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})\b")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DATE_DOT = re.compile(r"\b(\d{4})\.(\d{2})\.(\d{2})\b")


def redate(line, y, m, d):
    line = _DATE_MDY.sub(f"{MONTHS[m - 1]} {d}, {y}", line)
    line = _DATE_DMY.sub(f"{d} {MONTHS[m - 1]} {y}", line)
    line = _DATE_ISO.sub(f"{y:04d}-{m:02d}-{d:02d}", line)
    line = _DATE_DOT.sub(f"{y:04d}.{m:02d}.{d:02d}", line)
    return line


# ---------------------------------------------------------------- generation

class Generator:
    def __init__(self, articles, names, seed):
        self.arts = articles
        self.names = names
        self.rng = random.Random(seed)
        self.spans = [[names.spans(s) for s in a.sentences] for a in articles]
        self.sizes = sorted(a.size for a in articles)
        self.short = [l for a in articles for l in a.short_lines]

    def sentence(self, ai, si, dn):
        s = self.arts[ai].sentences[si]
        sp = self.spans[ai][si]
        if not sp:
            return s
        out, pos = [], 0
        for b, e, form in sp:
            out.append(s[pos:b])
            out.append(dn.replace(form))
            pos = e
        out.append(s[pos:])
        return "".join(out)

    def document(self):
        rng = self.rng
        dn = DocNames(self.names, rng)
        y, m, d = rng.randint(2000, 2025), rng.randint(1, 12), rng.randint(1, 28)
        target = int(rng.choice(self.sizes) * rng.uniform(0.6, 1.5))
        ai = rng.randrange(len(self.arts))
        parts = []
        for line in self.arts[ai].header:
            parts.append(redate(line, y, m, d) if line else "")
        if not any(_DATE_MDY.search(p) or _DATE_ISO.search(p) for p in parts):
            parts.append(f"{MONTHS[m - 1]} {d}, {y}")
        parts.append("")
        size = sum(len(p) + 1 for p in parts)
        si = rng.randrange(len(self.arts[ai].sentences))
        while size < target:
            par = []
            for _ in range(rng.choice((1, 1, 2, 2, 3, 4))):
                if rng.random() < 0.15 or si >= len(self.arts[ai].sentences):
                    ai = rng.randrange(len(self.arts))
                    si = rng.randrange(len(self.arts[ai].sentences))
                par.append(self.sentence(ai, si, dn))
                si += 1
            text = " ".join(par)
            parts.append(text)
            parts.append("")
            size += len(text) + 2
            if self.short and rng.random() < 0.08:      # a caption or link line, as scraped
                parts.append(rng.choice(self.short))
                parts.append("")
        return "\n".join(parts)


def source_digest(articles, names):
    h = hashlib.sha256()
    for a in articles:
        h.update(a.name.encode())
        h.update("\x00".join(a.sentences).encode())
    h.update(json.dumps(sorted(names.types.items())).encode())
    return h.hexdigest()[:16]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("size", type=parse_size, help="total bytes: 10MB, 50MB, 100MB, 1GB, 12345")
    ap.add_argument("-o", "--out", help="output folder (default /tmp/kg-bench/corpus-SIZE)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--sources", nargs="*", default=None,
                    help="folders of real articles (default datasets/seeds datasets/dev/articles)")
    ap.add_argument("--lexicons", default=os.path.join(SRC, "datasets", "lexicons"))
    ap.add_argument("--force", action="store_true", help="remake even when the folder matches")
    ap.add_argument("-q", "--quiet", action="store_true")
    a = ap.parse_args(argv)

    out = os.path.abspath(a.out or f"/tmp/kg-bench/corpus-{size_label(a.size)}")
    if out == SRC or out.startswith(SRC + os.sep):
        ap.error(f"{out} is inside the repository; the corpus is written outside it (e.g. /tmp/kg-bench)")
    sources = a.sources if a.sources is not None else [os.path.join(SRC, "datasets", "seeds"),
                                                       os.path.join(SRC, "datasets", "dev", "articles")]
    arts = read_articles(sources)
    if not arts:
        print(f"make_corpus: no articles in {' '.join(sources)}", file=sys.stderr)
        return 1
    gold_files = [os.path.join(SHARED, "eval", "seeds.gold.json")]
    dev = os.path.join(SRC, "datasets", "dev")
    if os.path.isdir(dev):
        for root, _, files in sorted(os.walk(dev)):
            gold_files += [os.path.join(root, f) for f in sorted(files) if f.endswith(".json")]
    names = Names(read_gold(gold_files), read_lexicons([a.lexicons]), harvest_people(arts))
    digest = source_digest(arts, names)
    manifest = {"generator": GENERATOR_VERSION, "bytes": a.size, "seed": a.seed, "sources": digest}
    mpath = os.path.join(out, "corpus.json")
    if not a.force and os.path.exists(mpath):
        try:
            with open(mpath) as f:
                old = json.load(f)
            if all(old.get(k) == v for k, v in manifest.items()):
                if not a.quiet:
                    print(f"make_corpus: {out} already holds this corpus ({old['files']} files)", file=sys.stderr)
                print(out)
                return 0
        except ValueError:
            pass
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)

    gen = Generator(arts, names, a.seed)
    written, n = 0, 0
    while written < a.size:
        data = gen.document().encode("utf-8")
        left = a.size - written
        if len(data) >= left or left - len(data) < 200:
            # The last file takes exactly what is left: cut at a character boundary, pad with newlines.
            data = data[:left]
            while data and (data[-1] & 0xC0) == 0x80:
                data = data[:-1]
            if data and data[-1] >= 0xC0:
                data = data[:-1]
            data += b"\n" * (left - len(data))
        n += 1
        with open(os.path.join(out, f"doc-{n:07d}.txt"), "wb") as f:
            f.write(data)
        written += len(data)
        if not a.quiet and n % 5000 == 0:
            print(f"make_corpus: {n} files, {written / 1e6:.0f} MB", file=sys.stderr)
    manifest.update({"files": n, "articles": len(arts), "names": len(names.types)})
    with open(mpath, "w") as f:
        json.dump(manifest, f, indent=1)
    if not a.quiet:
        print(f"make_corpus: {out}: {n} files, {written} bytes from {len(arts)} real articles, "
              f"{len(names.types)} names to swap", file=sys.stderr)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
