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

# split: (root-level F1, source and target country accuracy on events found by root and date
# (`--match root`; with the default match it is 1.0 by construction), date accuracy)
FLOORS = {
    "dev": (0.84, 0.95, 0.97),  # 0.846, countries 0.987 / 0.973 (seventh session)
    "heldout": (0.68, 0.92, 0.95),  # 0.690, countries 0.959 / 0.945, with gold round 8
}


@cache
def _gold(split: str) -> list[dict]:
    return load_gold_set([HERE / split])


@cache
def _report(split: str, match: str = "actors") -> EvalReport:
    return evaluate(_gold(split), _predictions(split), match=match)


@cache
def _predictions(split: str) -> list[dict]:
    docs = [d for d in gold_documents(_gold(split)) if not isinstance(d, Problem)]
    return [ev.to_dict() for _, evs in code_documents(docs, Coder.load())
            if not isinstance(evs, Problem) for ev in evs]


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_accuracy_floors(split: str) -> None:
    f1, country, date = FLOORS[split]
    report = _report(split)
    assert report.f1 >= f1
    assert report.dates["accuracy"] >= date
    by_root = _report(split, "root")
    assert by_root.actors["source_country"]["accuracy"] >= country
    assert by_root.actors["target_country"]["accuracy"] >= country


def test_every_root_is_coded_somewhere_in_both_splits() -> None:
    for split in FLOORS:
        roots = _report(split).per_root
        assert all(roots.get(f"{r:02d}", {}).get("correct", 0) > 0 for r in range(1, 21)), split
