#!/usr/bin/env python3
"""The development set's gold graph (datasets/dev/dev.gold.json) is usable by shared/eval/score.py and
honest about its articles: the checks of gold_check.py, with at least 18 articles, none repeating
another of the set or an article of: seeds."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold_check  # noqa: E402

if __name__ == "__main__":
    gold_check.run("dev", 18, ['seeds'])
