#!/usr/bin/env python3
"""The sixteenth evaluation set's gold graph (datasets/blind16/blind16.gold.json, the fifteenth blind set) is usable by
shared/eval/score.py and honest about its articles: the checks of gold_check.py, with at least 12 articles,
none repeating another of the set or an article of: dev heldout blind2 blind3 blind4 blind5 blind6 blind7 blind8
blind9 blind10 blind11 blind12 blind13 blind14 blind15 seeds."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold_check  # noqa: E402

if __name__ == "__main__":
    gold_check.run("blind16", 12, ['dev', 'heldout', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7',
                                   'blind8', 'blind9', 'blind10', 'blind11', 'blind12', 'blind13', 'blind14', 'blind15',
                                   'seeds'])
