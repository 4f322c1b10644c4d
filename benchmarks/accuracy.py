"""Accuracy of the coder on the development gold set: both splits side by side.

    .venv/bin/python benchmarks/accuracy.py            # markdown tables, for README/BENCHMARKS
    .venv/bin/python benchmarks/accuracy.py --json     # the full eval reports of each split

The same figures come from `eventwire eval tests/gold/dev` and `eventwire eval
tests/gold/heldout` (the "countries scored apart" rows from `--match root`); this script only
lays them out together and times the coding.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from eventwire import cameo
from eventwire.evaluate import evaluate, gold_documents, load_gold_set, to_json
from eventwire.pipeline import Coder, code_documents
from eventwire.records import Problem

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests/gold/heldout"
# The held-out split as a whole, and its rounds of writing apart: the first files (a-d) have
# been scored after every tuning round; gold rounds 6 (s, t) and 8 (x-z) were first scored
# untuned, once, when they were written.
SPLITS: dict[str, list[Path]] = {
    "dev": [ROOT / "tests/gold/dev"],
    "held-out": [HELDOUT],
    "held-out a-d": sorted(HELDOUT.glob("[a-d]_*.jsonl")),
    "held-out s-t": sorted(HELDOUT.glob("[s-t]_*.jsonl")),
    "held-out x-z": sorted(HELDOUT.glob("[x-z]_*.jsonl")),
}


def score(paths: list[Path], coder: Coder) -> tuple[dict, int, float]:
    """The eval report (countries required), with the root-matched one under "match_root"."""
    gold = load_gold_set(paths)
    docs = [d for d in gold_documents(gold) if not isinstance(d, Problem)]
    started = time.perf_counter()
    preds = [ev.to_dict() for _, evs in code_documents(docs, coder)
             if not isinstance(evs, Problem) for ev in evs]
    secs = time.perf_counter() - started
    report = to_json(evaluate(gold, preds))
    report["match_root"] = to_json(evaluate(gold, preds, match="root"))
    return report, len(docs), secs


def _acc(report: dict, key: str) -> str:
    return f"{report['actors'][key]['accuracy']:.3f}"


def _lowest(report: dict) -> str:
    return "{1:.2f} ({0})".format(*min(
        ((k, v["f1"]) for k, v in report["per_root"].items() if v["gold"]), key=lambda kv: kv[1]))


def main() -> None:
    coder = Coder.load()
    reports = {name: score(paths, coder) for name, paths in SPLITS.items() if paths}
    if "--json" in sys.argv:
        print(json.dumps({k: r for k, (r, _, _) in reports.items()}, indent=2))
        return
    names = list(reports)
    print("| measure | " + " | ".join(names) + " |")
    print("| --- |" + " --- |" * len(names))
    rows = [
        ("documents", lambda r, n: str(n)),
        ("gold events", lambda r, n: str(r["n_gold"])),
        ("precision", lambda r, n: f"{r['precision']:.3f}"),
        ("recall", lambda r, n: f"{r['recall']:.3f}"),
        ("root-level F1", lambda r, n: f"{r['f1']:.3f}"),
        ("lowest root F1", lambda r, n: _lowest(r)),
        ("source role accuracy", lambda r, n: _acc(r, "source_role")),
        ("target role accuracy", lambda r, n: _acc(r, "target_role")),
        ("date accuracy", lambda r, n: f"{r['dates']['accuracy']:.3f}"),
        ("*countries scored apart (--match root):*", lambda r, n: ""),
        ("precision", lambda r, n: f"{r['match_root']['precision']:.3f}"),
        ("recall", lambda r, n: f"{r['match_root']['recall']:.3f}"),
        ("root-level F1", lambda r, n: f"{r['match_root']['f1']:.3f}"),
        ("lowest root F1", lambda r, n: _lowest(r["match_root"])),
        ("source country accuracy", lambda r, n: _acc(r["match_root"], "source_country")),
        ("target country accuracy", lambda r, n: _acc(r["match_root"], "target_country")),
    ]
    for label, fn in rows:
        print(f"| {label} | " + " | ".join(fn(r, n) for r, n, _ in reports.values()) + " |")
    print()
    print("| root | name | " + " | ".join(f"{n} gold | {n} F1" for n in names) + " |")
    print("| --- | --- |" + " --- | --- |" * len(names))
    roots = sorted({k for r, _, _ in reports.values() for k in r["per_root"] if k != "--"})
    for root in roots:
        cells = []
        for r, _, _ in reports.values():
            row = r["per_root"].get(root, {"gold": 0, "f1": 0.0})
            cells += [str(row["gold"]), f"{row['f1']:.2f}"]
        try:
            name = cameo.lookup(root).name.capitalize()
        except KeyError:
            name = ""
        print(f"| {root} | {name} | " + " | ".join(cells) + " |")
    print()
    for name, (_, n, secs) in reports.items():
        print(f"{name}: coded {n} documents in {secs:.1f} s (model loaded)")


if __name__ == "__main__":
    main()
