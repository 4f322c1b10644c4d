"""How far two careful human coders agree on the same texts: the ceiling for any coder's score.

A second coder, who saw neither the first coding nor the rules, coded again a sample of dev
items (`tests/gold/agreement/`, same ids, same guidelines). Scoring one human coding against
the other, with the match `eventwire eval` uses, says how much of a coder's "error" on this gold
set is disagreement between careful people. The coder is scored on the same items beside it.

    .venv/bin/python benchmarks/agreement.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from eventwire.evaluate import evaluate, gold_documents, load_gold_set
from eventwire.pipeline import Coder, code_documents
from eventwire.records import Problem

ROOT = Path(__file__).resolve().parents[1]
SECOND = ROOT / "tests/gold/agreement"
FIRST = ROOT / "tests/gold/dev"


def as_predictions(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A gold coding's events in the shape of predictions (one per event, named by doc id)."""
    return [ev | {"doc_id": d["id"]} for d in docs for ev in d["events"]]


def _row(label: str, gold: list[dict[str, Any]], preds: list[dict[str, Any]]) -> str:
    cells = []
    for match in ("actors", "root"):
        r = evaluate(gold, preds, match=match)
        cells += [f"{r.precision:.3f}", f"{r.recall:.3f}", f"{r.f1:.3f}"]
    cells += [f"{r.actors[side]['accuracy']:.3f}"  # of the root match, the last one scored
              for side in ("source_country", "target_country")]
    return f"| {label} | " + " | ".join(cells) + " |"


def main() -> None:
    second = load_gold_set([SECOND])
    ids = {d["id"] for d in second}
    first = [d for d in load_gold_set([FIRST]) if d["id"] in ids]
    if len(first) != len(second):
        sys.exit(f"{len(second) - len(first)} recoded items are not in {FIRST}")
    docs = [d for d in gold_documents(first) if not isinstance(d, Problem)]
    coded = [ev.to_dict() for _, evs in code_documents(docs, Coder.load())
             if not isinstance(evs, Problem) for ev in evs]
    print(f"{len(first)} items; first coding {sum(len(d['events']) for d in first)} events, "
          f"second {sum(len(d['events']) for d in second)}\n")
    print("| scored | P | R | F1 | P (root) | R (root) | F1 (root) | source country (root) "
          "| target country (root) |")
    print("| --- |" + " --- |" * 8)
    print(_row("second human vs first (gold)", first, as_predictions(second)))
    print(_row("coder vs first (gold)", first, coded))
    print(_row("coder vs second", second, coded))


if __name__ == "__main__":
    main()
