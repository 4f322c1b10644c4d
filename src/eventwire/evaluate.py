"""Score predicted events against hand-coded gold events: recall (core, all), precision, per root.

A gold event is found when a prediction for the same document has the same CAMEO root, the
same source and target countries (either order for symmetric codes) and a compatible date.
Each prediction matches at most one gold event and vice versa (maximum bipartite matching,
started from a greedy matching on date agreement so that the closest pairs are kept).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from eventwire import cameo

__all__ = [
    "SYMMETRIC_CODES", "EvalReport", "dates_compatible", "evaluate", "format_report",
    "gold_doc_for", "load_gold", "load_predictions", "to_json",
]

# Codes whose source and target may be swapped: meetings, talks, negotiations, agreements.
SYMMETRIC_CODES = frozenset({"040", "041", "044", "046", "057"})
_PRECISION_BY_LENGTH = {10: "day", 7: "month", 4: "year"}
_COARSENESS = {"day": 0, "month": 1, "year": 2}


@dataclass(frozen=True)
class EvalReport:
    """Scores plus the counts behind them.

    Gold events are indexed in file order across documents (the first document's events,
    then the second's, ...); predictions by their position in the predictions list.
    """

    core_recall: float
    recall: float
    precision: float
    f1: float
    n_gold: int
    n_core: int
    n_pred: int  # predictions for documents in the gold file: the precision denominator
    n_found: int
    n_core_found: int
    n_correct: int  # predictions matched to a gold event (equals n_found: matching is 1:1)
    n_ignored: int  # predictions for documents not in the gold file
    ignored_doc_ids: list[str] = field(default_factory=list)
    per_root: dict[str, dict[str, int]] = field(default_factory=dict)  # gold/found/pred/correct
    matches: list[tuple[int, int]] = field(default_factory=list)  # (gold index, pred index)


# -- loading -----------------------------------------------------------------------------
def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Gold documents from JSONL: one {"id", "path", ..., "events": [...]} per line."""
    docs = _read_jsonl(Path(path))
    for n, doc in enumerate(docs, start=1):
        if not isinstance(doc.get("events"), list) or not doc.get("id"):
            raise ValueError(f"{path}: document {n} needs an 'id' and an 'events' list")
    return docs


def load_predictions(path: str | Path) -> list[dict[str, Any]]:
    """Predicted events exported by the store, from .jsonl, .csv or .parquet."""
    path = Path(path)
    ext = path.suffix.lower()
    if ext == ".jsonl":
        return _read_jsonl(path)
    if ext == ".csv":  # csv module, not type inference: codes keep their leading zeros
        with path.open(encoding="utf-8", newline="") as fh:
            return [{k: (v if v != "" else None) for k, v in row.items()}
                    for row in csv.DictReader(fh)]
    if ext == ".parquet":
        import pyarrow.parquet as pq

        return pq.read_table(path).to_pylist()
    raise ValueError(f"{path}: predictions must be .jsonl, .csv or .parquet")


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from None
            if not isinstance(row, dict):
                raise ValueError(f"{path}:{n}: expected a JSON object")
            rows.append(row)
    return rows


# -- matching rules ----------------------------------------------------------------------
def _doc_rank(doc_id: str, gold: dict[str, Any]) -> int:
    """How well a prediction's doc_id names a gold document: 0 not at all, 4 best.

    4: equals the gold id; 3: equals the gold path; 2: the gold path ends with "/" + doc_id
    (doc_id relative to a parent folder); 1: doc_id is the gold path's file name or ends with
    "/" + it (doc_id relative to some other folder, e.g. "000_74218fcd071f5255.txt").
    """
    path = str(gold.get("path") or "")
    name = path.rsplit("/", 1)[-1]
    if doc_id == gold["id"]:
        return 4
    if path and doc_id == path:
        return 3
    if path and path.endswith("/" + doc_id):
        return 2
    if name and (doc_id == name or doc_id.endswith("/" + name)):
        return 1
    return 0


def gold_doc_for(doc_id: str, gold_docs: list[dict[str, Any]]) -> int | None:
    """Index of the gold document a prediction's doc_id names; None if none or ambiguous."""
    ranks = [_doc_rank(doc_id, g) for g in gold_docs]
    best = max(ranks, default=0)
    if best == 0 or ranks.count(best) > 1:
        return None
    return ranks.index(best)


def _parse_date(text: Any) -> tuple[dt.date, str] | None:
    """(first day, precision) of "YYYY-MM-DD", "YYYY-MM" or "YYYY"; None if not a date."""
    text = str(text or "")
    precision = _PRECISION_BY_LENGTH.get(len(text))
    if precision is None:
        return None
    try:
        if precision == "day":
            return dt.date.fromisoformat(text), precision
        if precision == "month":
            return dt.date.fromisoformat(text + "-01"), precision
        return dt.date(int(text), 1, 1), precision
    except ValueError:
        return None


def dates_compatible(gold: Any, pred: Any) -> bool:
    """Same day ±1 when both are days; else the same month, or year, at the coarser precision.

    A gold event without a date accepts any date; a dateless prediction matches no dated gold.
    """
    return _date_gap(gold, pred) is not None


def _date_gap(gold: Any, pred: Any) -> int | None:
    """Days apart for two day dates, 0 for other compatible dates, None if incompatible."""
    if not gold:
        return 0
    g, p = _parse_date(gold), _parse_date(pred)
    if g is None or p is None:
        return None
    if g[1] == p[1] == "day":
        gap = abs((g[0] - p[0]).days)
        return gap if gap <= 1 else None
    coarse = max(g[1], p[1], key=_COARSENESS.__getitem__)
    n = 7 if coarse == "month" else 4
    return 0 if g[0].isoformat()[:n] == p[0].isoformat()[:n] else None


def _country(actor: Any) -> str:
    return str(actor or "")[:3].upper()


def _quality(gold: dict[str, Any], pred: dict[str, Any]) -> tuple[int, ...] | None:
    """None when the pair cannot match; else a sort key, lower = closer agreement."""
    g_code, p_code = str(gold.get("code") or ""), str(pred.get("code") or "")
    if len(g_code) < 2 or g_code[:2] != p_code[:2]:
        return None
    g_pair = (_country(gold.get("source")), _country(gold.get("target")))
    p_pair = (_country(pred.get("source")), _country(pred.get("target")))
    symmetric = g_code in SYMMETRIC_CODES or p_code in SYMMETRIC_CODES
    if g_pair != p_pair and not (symmetric and g_pair == p_pair[::-1]):
        return None
    gap = _date_gap(gold.get("date"), pred.get("date"))
    if gap is None:
        return None
    same_precision = len(str(gold.get("date") or "")) == len(str(pred.get("date") or ""))
    same_actors = (gold.get("source"), gold.get("target")) == (pred.get("source"),
                                                               pred.get("target"))
    return (gap, not same_precision, g_code != p_code, not same_actors)


def _match(edges: dict[int, list[tuple[tuple[int, ...], int]]]) -> dict[int, int]:
    """Maximum one-to-one matching gold -> pred: greedy on quality, then augmenting paths."""
    g2p: dict[int, int] = {}
    p2g: dict[int, int] = {}
    for _, g, p in sorted((q, g, p) for g, cands in edges.items() for q, p in cands):
        if g not in g2p and p not in p2g:
            g2p[g], p2g[p] = p, g

    def augment(g: int, seen: set[int]) -> bool:
        for _, p in edges[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in p2g or augment(p2g[p], seen):
                g2p[g], p2g[p] = p, g
                return True
        return False

    for g in edges:
        if g not in g2p:
            augment(g, set())
    return g2p


# -- scoring -----------------------------------------------------------------------------
def evaluate(gold_docs: list[dict[str, Any]], predictions: list[dict[str, Any]]) -> EvalReport:
    """Match predictions to gold events document by document and compute the scores."""
    gold: list[tuple[int, dict[str, Any]]] = [  # (gold document index, event), flattened
        (d, ev) for d, doc in enumerate(gold_docs) for ev in doc["events"]]
    doc_of: dict[str, int | None] = {}
    preds_by_doc: dict[int, list[int]] = defaultdict(list)
    ignored: set[str] = set()
    n_ignored = 0
    for i, pred in enumerate(predictions):
        doc_id = str(pred.get("doc_id") or "")
        if doc_id not in doc_of:
            doc_of[doc_id] = gold_doc_for(doc_id, gold_docs)
        d = doc_of[doc_id]
        if d is None:
            n_ignored += 1
            ignored.add(doc_id)
        else:
            preds_by_doc[d].append(i)

    edges: dict[int, list[tuple[tuple[int, ...], int]]] = {}
    for g, (d, ev) in enumerate(gold):
        cands = [(q, p) for p in preds_by_doc.get(d, [])
                 if (q := _quality(ev, predictions[p])) is not None]
        if cands:
            edges[g] = sorted(cands)
    g2p = _match(edges)

    scored_preds = [p for ps in preds_by_doc.values() for p in ps]
    per_root: dict[str, dict[str, int]] = defaultdict(
        lambda: {"gold": 0, "found": 0, "pred": 0, "correct": 0})
    for g, (_, ev) in enumerate(gold):
        row = per_root[str(ev.get("code") or "")[:2]]
        row["gold"] += 1
        row["found"] += g in g2p
    matched_preds = set(g2p.values())
    for p in scored_preds:
        row = per_root[str(predictions[p].get("code") or "")[:2]]
        row["pred"] += 1
        row["correct"] += p in matched_preds

    n_core = sum(1 for _, ev in gold if ev.get("core"))
    n_core_found = sum(1 for g in g2p if gold[g][1].get("core"))
    recall = _ratio(len(g2p), len(gold))
    precision = _ratio(len(matched_preds), len(scored_preds))
    return EvalReport(
        core_recall=_ratio(n_core_found, n_core), recall=recall, precision=precision,
        f1=_ratio(2 * precision * recall, precision + recall),
        n_gold=len(gold), n_core=n_core, n_pred=len(scored_preds), n_found=len(g2p),
        n_core_found=n_core_found, n_correct=len(matched_preds), n_ignored=n_ignored,
        ignored_doc_ids=sorted(ignored), per_root=dict(sorted(per_root.items())),
        matches=sorted(g2p.items()),
    )


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


# -- output ------------------------------------------------------------------------------
def to_json(report: EvalReport) -> dict[str, Any]:
    """The report as plain JSON-ready data."""
    data = asdict(report)
    data["matches"] = [list(m) for m in report.matches]
    return data


def format_report(report: EvalReport) -> Any:
    """A rich renderable: the scores, then the per-root counts."""
    from rich.console import Group
    from rich.table import Table

    summary = Table(show_header=False, box=None)
    for label, value, num, den in (
        ("core recall", report.core_recall, report.n_core_found, report.n_core),
        ("recall", report.recall, report.n_found, report.n_gold),
        ("precision", report.precision, report.n_correct, report.n_pred),
    ):
        summary.add_row(label, f"{value:.3f}", f"({num}/{den})")
    summary.add_row("F1", f"{report.f1:.3f}", "")
    parts: list[Any] = [summary]
    if report.n_ignored:
        parts.append(f"[dim]{report.n_ignored} predictions for {len(report.ignored_doc_ids)} "
                     f"documents not in the gold file were ignored[/dim]")
    roots = Table(title="per CAMEO root")
    for col in ("root", "name", "gold", "found", "pred", "correct"):
        roots.add_column(col, justify="left" if col in ("root", "name") else "right")
    for root, c in report.per_root.items():
        roots.add_row(root, _root_name(root), *(str(c[k]) for k in
                                                       ("gold", "found", "pred", "correct")))
    parts.append(roots)
    return Group(*parts)


def _root_name(root: str) -> str:
    try:
        return cameo.lookup(root).name.capitalize()
    except KeyError:
        return ""
