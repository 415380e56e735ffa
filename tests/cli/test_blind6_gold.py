#!/usr/bin/env python3
"""The sixth evaluation set's gold graph (datasets/blind6/blind6.gold.json, the fifth blind set) is usable by
shared/eval/score.py and honest about its articles: the checks of gold_check.py, with at least 12 articles,
none repeating another of the set or an article of: dev heldout blind2 blind3 blind4 blind5 seeds."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold_check  # noqa: E402

if __name__ == "__main__":
    gold_check.run("blind6", 12, ['dev', 'heldout', 'blind2', 'blind3', 'blind4', 'blind5', 'seeds'])
