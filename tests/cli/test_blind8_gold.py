#!/usr/bin/env python3
"""The eighth evaluation set's gold graph (datasets/blind8/blind8.gold.json, the seventh blind set) is usable by
shared/eval/score.py and honest about its articles: the checks of gold_check.py, with at least 12 articles,
none repeating another of the set or an article of: dev heldout blind2 blind3 blind4 blind5 blind6 blind7 seeds."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold_check  # noqa: E402

if __name__ == "__main__":
    gold_check.run("blind8", 12, ['dev', 'heldout', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7',
                                  'seeds'])
