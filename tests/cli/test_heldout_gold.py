#!/usr/bin/env python3
"""The held-out set's gold graph (datasets/heldout/heldout.gold.json) is usable by shared/eval/score.py and
honest about its articles: the checks of gold_check.py, with at least 12 articles, none repeating
another of the set or an article of: dev seeds."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold_check  # noqa: E402

if __name__ == "__main__":
    gold_check.run("heldout", 12, ['dev', 'seeds'])
