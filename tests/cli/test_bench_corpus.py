#!/usr/bin/env python3
"""The benchmark corpus generator (scripts/bench/make_corpus.py): seeded and deterministic,
exactly the requested size, valid UTF-8, files of article size, real sentences, never
written into the repository."""
import os
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kgtest import SRC, KgTestCase, read  # noqa: E402

GEN = os.path.join(SRC, "scripts", "bench", "make_corpus.py")


def make(size, out, *extra):
    p = subprocess.run([sys.executable, GEN, size, "-o", out, "-q", *extra],
                       capture_output=True, text=True, timeout=300)
    return p


def files_of(folder):
    return {f: read(os.path.join(folder, f), binary=True)
            for f in sorted(os.listdir(folder)) if f.endswith(".txt")}


class CorpusTest(KgTestCase):
    def test_deterministic_exact_size_utf8(self):
        a, b, c = self.path("a"), self.path("b"), self.path("c")
        for out, seed in ((a, "7"), (b, "7"), (c, "8")):
            p = make("300kB", out, "--seed", seed)
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertEqual(p.stdout.strip(), out)
        fa, fb, fc = files_of(a), files_of(b), files_of(c)
        # Same seed: byte-identical files; another seed: another corpus.
        self.assertEqual(fa, fb)
        self.assertNotEqual(fa, fc)
        for files in (fa, fc):
            self.assertEqual(sum(len(d) for d in files.values()), 300_000)
            # Many files of article size (the real articles are 1-15 kB).
            self.assertGreaterEqual(len(files), 20)
            sizes = sorted(len(d) for d in files.values())
            self.assertLess(sizes[len(sizes) // 2], 20_000)
            self.assertGreater(sizes[len(sizes) // 2], 500)
            for name, data in files.items():
                data.decode("utf-8")  # raises on invalid UTF-8
                self.assertNotIn(b"\r", data, name)

    def test_sentences_are_real_and_names_swapped(self):
        out = self.path("d")
        self.assertEqual(make("200kB", out).returncode, 0)
        corpus = b"".join(files_of(out).values()).decode("utf-8")
        # The generator's sources: the seeds and the development articles (two seed sentences
        # alone are too few to be sure one of them is drawn into 200 kB).
        dirs = [os.path.join(SRC, "datasets", "seeds"), os.path.join(SRC, "datasets", "dev", "articles")]
        sources = "".join(read(os.path.join(d, f)) for d in dirs for f in sorted(os.listdir(d)) if f.endswith(".txt"))
        # Real sentences: long source sentences with no capitalised word after the first (so
        # no name to swap) appear verbatim.
        plain = {s.strip() + "." for s in sources.replace("\n", " ").split(". ")
                 if len(s) > 60 and not any(w[:1].isupper() for w in s.split()[1:])}
        self.assertGreater(len(plain), 0)
        self.assertGreater(sum(1 for s in plain if s in corpus), 0)
        # Names are swapped: the corpus names more people than the sources do.
        self.assertGreater(corpus.count("President "), 0)
        presidents = {corpus[i:i + 40].split(" ")[1] for i in range(len(corpus))
                      if corpus.startswith("President ", i)}
        source_presidents = {sources[i:i + 40].split(" ")[1] for i in range(len(sources))
                             if sources.startswith("President ", i)}
        self.assertGreater(len(presidents - source_presidents), 5)

    def test_sizes_and_refusals(self):
        self.assertEqual(make("12345", self.path("e")).returncode, 0)
        self.assertEqual(sum(len(d) for d in files_of(self.path("e")).values()), 12345)
        p = make("10XB", self.path("f"))
        self.assertEqual(p.returncode, 2)
        self.assertIn("bad size", p.stderr)
        p = make("1kB", os.path.join(SRC, "corpus-in-repo"))
        self.assertEqual(p.returncode, 2)
        self.assertIn("inside the repository", p.stderr)
        self.assertFalse(os.path.exists(os.path.join(SRC, "corpus-in-repo")))


if __name__ == "__main__":
    unittest.main(verbosity=2)
