"""Accuracy floors on the development gold set, so that a change that loses ground shows.

The floors sit a little under the figures recorded in README.md (Accuracy); raise them when the
coder improves. They are floors against regressions, not the targets of issue 3.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from eventwire.evaluate import EvalReport, evaluate, gold_documents, load_gold_set
from eventwire.pipeline import Coder, code_documents
from eventwire.records import Problem

HERE = Path(__file__).parent

FLOORS = {  # split: (root-level F1, source country accuracy, date accuracy)
    "dev": (0.83, 0.95, 0.97),  # with gold round 7 (joined untuned at 0.831); 0.843 now
    "heldout": (0.68, 0.95, 0.95),
}


@cache
def _report(split: str) -> EvalReport:
    gold = load_gold_set([HERE / split])
    docs = [d for d in gold_documents(gold) if not isinstance(d, Problem)]
    preds = [ev.to_dict() for _, evs in code_documents(docs, Coder.load())
             if not isinstance(evs, Problem) for ev in evs]
    return evaluate(gold, preds)


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_accuracy_floors(split: str) -> None:
    f1, country, date = FLOORS[split]
    report = _report(split)
    assert report.f1 >= f1
    assert report.actors["source_country"]["accuracy"] >= country
    assert report.actors["target_country"]["accuracy"] >= country
    assert report.dates["accuracy"] >= date


def test_every_root_is_coded_somewhere_in_both_splits() -> None:
    for split in FLOORS:
        roots = _report(split).per_root
        assert all(roots.get(f"{r:02d}", {}).get("correct", 0) > 0 for r in range(1, 21)), split
