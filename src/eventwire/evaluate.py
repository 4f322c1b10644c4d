"""Score predicted events against hand-coded gold events: recall (core, all), precision, per root.

A gold event is found when a prediction for the same document has the same CAMEO root, the
same source and target countries (either order for symmetric codes) and a compatible date.
Each prediction matches at most one gold event and vice versa (maximum bipartite matching,
started from a greedy matching on date agreement so that the closest pairs are kept).

With match="root" the countries are not required, only preferred: precision and recall then say
whether the coder finds the events at all, and the actor accuracies say how often it names their
sides right, two questions that the default match answers together.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from eventwire import cameo
from eventwire.records import Document, Problem

__all__ = [
    "MATCHES", "SYMMETRIC_CODES", "EvalReport", "LinkReport", "dates_compatible", "evaluate",
    "evaluate_links", "format_errors", "gold_record_keys",
    "format_report",
    "gold_doc_for", "gold_documents", "gold_files", "load_gold", "load_gold_set",
    "load_predictions", "to_json",
]

# Codes whose source and target may be swapped: meetings, talks, negotiations, agreements.
SYMMETRIC_CODES = frozenset({"040", "041", "044", "046", "057"})
_PRECISION_BY_LENGTH = {10: "day", 7: "month", 4: "year"}
_COARSENESS = {"day": 0, "month": 1, "year": 2}
_ORG_PREFIXES = frozenset({"IGO", "NGO", "MNC"})
NO_TYPE = "none"  # the PLOVER type of CAMEO 01 statements: PLOVER has no such event
NONE = "--"  # no event, in the confusion table
MATCHES = ("actors", "root")  # what a prediction must share with a gold event besides its date


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
    # per root / PLOVER type: gold, found, pred, correct, recall, precision, f1
    per_root: dict[str, dict[str, Any]] = field(default_factory=dict)
    per_plover: dict[str, dict[str, Any]] = field(default_factory=dict)
    actors: dict[str, dict[str, Any]] = field(default_factory=dict)  # accuracy on matches
    dates: dict[str, Any] = field(default_factory=dict)  # accuracy on root+actor matches
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)  # gold root -> pred root
    matches: list[tuple[int, int]] = field(default_factory=list)  # (gold index, pred index)
    missed: list[int] = field(default_factory=list)  # gold indexes not found
    spurious: list[int] = field(default_factory=list)  # prediction indexes matching no gold
    match: str = "actors"  # what a match had to share besides root and date (see MATCHES)


# -- loading -----------------------------------------------------------------------------
def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Gold documents from JSONL: one {"id", "path", ..., "events": [...]} per line."""
    docs = _read_jsonl(Path(path))
    for n, doc in enumerate(docs, start=1):
        if not isinstance(doc.get("events"), list) or not doc.get("id"):
            raise ValueError(f"{path}: document {n} needs an 'id' and an 'events' list")
    return docs


def gold_files(paths: list[str | Path]) -> list[Path]:
    """The gold files named: files as given, directories as their *.jsonl files, sorted."""
    out: list[Path] = []
    for path in map(Path, paths):
        out.extend(sorted(path.glob("*.jsonl")) if path.is_dir() else [path])
    return out


def load_gold_set(paths: list[str | Path]) -> list[dict[str, Any]]:
    """Gold documents of several files; each remembers its file (``_file``) to find its text."""
    docs: list[dict[str, Any]] = []
    for path in gold_files(paths):
        docs.extend(dict(doc, _file=str(path)) for doc in load_gold(path))
    seen: set[str] = set()
    for doc in docs:
        if doc["id"] in seen:
            raise ValueError(f"{doc['_file']}: document id {doc['id']!r} is used twice")
        seen.add(doc["id"])
    return docs


def gold_documents(gold_docs: list[dict[str, Any]]) -> Iterator[Document | Problem]:
    """The texts of gold documents, as Documents whose doc_id is the gold id.

    A gold document carries its text inline (``text``) or names a file (``path``, relative to
    the gold file's folder) read by the normal ingest readers.
    """
    from eventwire.ingest import read_paths
    from eventwire.pipeline import document_from_text

    for doc in gold_docs:
        if isinstance(doc.get("text"), str):
            yield document_from_text(doc["text"], doc_id=doc["id"],
                                     published=doc.get("published"), outlet=doc.get("outlet"),
                                     title=doc.get("title"))
            continue
        base = Path(doc.get("_file") or ".").parent
        for item in read_paths([base / str(doc.get("path") or "")]):
            if isinstance(item, Document):
                published = item.published or doc.get("published")
                item = replace(item, doc_id=doc["id"], published=published)
            yield item


def load_predictions(path: str | Path) -> list[dict[str, Any]]:
    """Predicted events exported by the store, from .jsonl, .csv or .parquet, or a directory of
    Parquet files (`eventwire spark` output: hive `month=` folders; `_rejected/` is skipped)."""
    path = Path(path)
    if path.is_dir():
        import pyarrow.dataset as ds

        # pyarrow skips names starting with "_" or "." (_rejected/, _SUCCESS, .crc files)
        return ds.dataset(path, format="parquet", partitioning="hive").to_table().to_pylist()
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
    raise ValueError(f"{path}: predictions must be .jsonl, .csv or .parquet (or a directory "
                     "of Parquet files)")


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


def _entity(actor: Any) -> str:
    """Who an actor code names: the country, or the whole organisation code (IGO/NGO...)."""
    code = str(actor or "").upper()
    return code if code[:3] in _ORG_PREFIXES else code[:3]


def _role(actor: Any) -> str:
    """The role part of a country actor code ("GOV" of "KGZGOV"); "" for none or organisations."""
    code = str(actor or "").upper()
    return "" if code[:3] in _ORG_PREFIXES else code[3:6]


def _plover(code: Any) -> str:
    try:
        return cameo.lookup(str(code or "")).plover or NO_TYPE
    except KeyError:
        return NO_TYPE


def _code_key(level: str, code: str) -> str:
    if level == "root":
        return code[:2]
    if level == "plover":
        return _plover(code)
    return ""


def _quality(gold: dict[str, Any], pred: dict[str, Any], level: str = "root",
             need_date: bool = True, need_actors: bool = True) -> tuple[int, ...] | None:
    """None when the pair cannot match; else a sort key, lower = closer agreement.

    `level` is what the codes must share: "root", "plover" (the PLOVER type) or "any";
    `need_date` False lets a pair with incompatible dates match (to measure date accuracy);
    `need_actors` False lets a pair with other countries match, after every pair that agrees.
    """
    g_code, p_code = str(gold.get("code") or ""), str(pred.get("code") or "")
    if len(g_code) < 2 or (level != "any" and _code_key(level, g_code) != _code_key(level,
                                                                                     p_code)):
        return None
    g_pair = (_country(gold.get("source")), _country(gold.get("target")))
    p_pair = (_country(pred.get("source")), _country(pred.get("target")))
    symmetric = g_code in SYMMETRIC_CODES or p_code in SYMMETRIC_CODES
    other_countries = g_pair != p_pair and not (symmetric and g_pair == p_pair[::-1])
    if other_countries and need_actors:
        return None
    gap = _date_gap(gold.get("date"), pred.get("date"))
    if gap is None and need_date:
        return None
    same_precision = len(str(gold.get("date") or "")) == len(str(pred.get("date") or ""))
    same_actors = (gold.get("source"), gold.get("target")) == (pred.get("source"),
                                                               pred.get("target"))
    return (g_code[:2] != p_code[:2], other_countries, gap is None, gap or 0,
            not same_precision, g_code != p_code, not same_actors)


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
def evaluate(gold_docs: list[dict[str, Any]], predictions: list[dict[str, Any]],
             match: str = "actors") -> EvalReport:
    """Match predictions to gold events document by document and compute the scores.

    `match` is one of MATCHES: "actors" (root, countries and date must agree) or "root" (root
    and date; the countries are scored apart). The confusion table and the date accuracy
    always pair events on their countries, whatever `match`.
    """
    if match not in MATCHES:
        raise ValueError(f"match must be one of {', '.join(MATCHES)}, not {match!r}")
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

    def matching(level: str, need_date: bool = True,
                 need_actors: bool = True) -> dict[int, int]:
        edges: dict[int, list[tuple[tuple[int, ...], int]]] = {}
        for g, (d, ev) in enumerate(gold):
            cands = [(q, p) for p in preds_by_doc.get(d, [])
                     if (q := _quality(ev, predictions[p], level, need_date,
                                       need_actors)) is not None]
            if cands:
                edges[g] = sorted(cands)
        return _match(edges)

    by_actors = match == "actors"
    g2p = matching("root", need_actors=by_actors)
    scored_preds = [p for ps in preds_by_doc.values() for p in ps]
    gold_events = [ev for _, ev in gold]
    per_root = _per_class(gold_events, predictions, scored_preds, g2p, lambda c: c[:2])
    per_plover = _per_class(gold_events, predictions, scored_preds,
                            matching("plover", need_actors=by_actors), _plover)

    matched_preds = set(g2p.values())
    n_core = sum(1 for ev in gold_events if ev.get("core"))
    n_core_found = sum(1 for g in g2p if gold_events[g].get("core"))
    recall = _ratio(len(g2p), len(gold))
    precision = _ratio(len(matched_preds), len(scored_preds))
    any_date = matching("root", need_date=False)
    return EvalReport(
        core_recall=_ratio(n_core_found, n_core), recall=recall, precision=precision,
        f1=_ratio(2 * precision * recall, precision + recall),
        n_gold=len(gold), n_core=n_core, n_pred=len(scored_preds), n_found=len(g2p),
        n_core_found=n_core_found, n_correct=len(matched_preds), n_ignored=n_ignored,
        ignored_doc_ids=sorted(ignored), per_root=per_root, per_plover=per_plover,
        actors=_actor_accuracy(gold_events, predictions, g2p),
        dates=_date_accuracy(gold_events, predictions, any_date),
        confusion=_confusion(gold_events, predictions, scored_preds, matching("any")),
        matches=sorted(g2p.items()),
        missed=[g for g in range(len(gold)) if g not in g2p],
        spurious=sorted(p for p in scored_preds if p not in matched_preds),
        match=match,
    )


def _per_class(gold: list[dict[str, Any]], predictions: list[dict[str, Any]],
               scored: list[int], g2p: dict[int, int],
               key: Callable[[str], str]) -> dict[str, dict[str, Any]]:
    """gold/found/pred/correct counts and precision/recall/F1 for each root or PLOVER type."""
    rows: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"gold": 0, "found": 0, "pred": 0, "correct": 0})
    for g, ev in enumerate(gold):
        row = rows[key(str(ev.get("code") or ""))]
        row["gold"] += 1
        row["found"] += g in g2p
    matched = set(g2p.values())
    for p in scored:
        row = rows[key(str(predictions[p].get("code") or ""))]
        row["pred"] += 1
        row["correct"] += p in matched
    for row in rows.values():
        row["recall"] = _ratio(row["found"], row["gold"])
        row["precision"] = _ratio(row["correct"], row["pred"])
        row["f1"] = _ratio(2 * row["precision"] * row["recall"], row["precision"] + row["recall"])
    return dict(sorted(rows.items()))


def _oriented(gold: dict[str, Any], pred: dict[str, Any]) -> tuple[Any, Any]:
    """The prediction's (source, target), swapped when it matched a symmetric gold reversed."""
    g_pair = (_country(gold.get("source")), _country(gold.get("target")))
    p_pair = (_country(pred.get("source")), _country(pred.get("target")))
    if g_pair != p_pair and g_pair == p_pair[::-1]:
        return pred.get("target"), pred.get("source")
    return pred.get("source"), pred.get("target")


def _actor_accuracy(gold: list[dict[str, Any]], predictions: list[dict[str, Any]],
                    g2p: dict[int, int]) -> dict[str, dict[str, Any]]:
    """On matched events: how often source and target agree on country (entity) and role."""
    counts: dict[str, list[int]] = {k: [0, 0] for k in (
        "source_country", "source_role", "target_country", "target_role", "both_exact")}
    for g, p in g2p.items():
        ev = gold[g]
        src, tgt = _oriented(ev, predictions[p])
        checks = {
            "source_country": _entity(ev.get("source")) == _entity(src),
            "source_role": _role(ev.get("source")) == _role(src),
            "target_country": _entity(ev.get("target")) == _entity(tgt),
            "target_role": _role(ev.get("target")) == _role(tgt),
            "both_exact": (str(ev.get("source") or ""), str(ev.get("target") or ""))
            == (str(src or ""), str(tgt or "")),
        }
        for k, ok in checks.items():
            counts[k][0] += ok
            counts[k][1] += 1
    return {k: {"correct": c, "total": n, "accuracy": _ratio(c, n)}
            for k, (c, n) in counts.items()}


def _date_accuracy(gold: list[dict[str, Any]], predictions: list[dict[str, Any]],
                   g2p: dict[int, int]) -> dict[str, Any]:
    """On events matched by root and actors whatever their dates: how often the date agrees."""
    exact = compatible = 0
    for g, p in g2p.items():
        gd, pd = gold[g].get("date"), predictions[p].get("date")
        compatible += _date_gap(gd, pd) is not None
        exact += str(gd or "") == str(pd or "")
    n = len(g2p)
    return {"matched": n, "compatible": compatible, "exact": exact,
            "accuracy": _ratio(compatible, n), "exact_accuracy": _ratio(exact, n)}


def _confusion(gold: list[dict[str, Any]], predictions: list[dict[str, Any]],
               scored: list[int], g2p: dict[int, int]) -> dict[str, dict[str, int]]:
    """gold root -> predicted root counts, pairing events on actors and date whatever the code.

    "--" stands for no event: a gold event nothing matched, a prediction matching no gold.
    """
    table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for g, ev in enumerate(gold):
        p = g2p.get(g)
        pred_root = str(predictions[p].get("code") or "")[:2] if p is not None else NONE
        table[str(ev.get("code") or "")[:2]][pred_root] += 1
    matched = set(g2p.values())
    for p in scored:
        if p not in matched:
            table[NONE][str(predictions[p].get("code") or "")[:2]] += 1
    order = sorted(table, key=lambda g: (g == NONE, g))  # the no-event row last
    return {g: dict(sorted(table[g].items())) for g in order}


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


# -- output ------------------------------------------------------------------------------
def to_json(report: EvalReport) -> dict[str, Any]:
    """The report as plain JSON-ready data."""
    data = asdict(report)
    data["matches"] = [list(m) for m in report.matches]
    return data


def format_report(report: EvalReport) -> Any:
    """A rich renderable: the scores, per root, per PLOVER type, actors, dates, confusion."""
    from rich.console import Group
    from rich.table import Table

    summary = Table(show_header=False, box=None)
    summary.add_row("match", "root, date" + (", countries" if report.match == "actors" else ""),
                    "" if report.match == "actors" else "(countries scored apart)")
    for label, value, num, den in (
        ("core recall", report.core_recall, report.n_core_found, report.n_core),
        ("recall", report.recall, report.n_found, report.n_gold),
        ("precision", report.precision, report.n_correct, report.n_pred),
    ):
        summary.add_row(label, f"{value:.3f}", f"({num}/{den})")
    summary.add_row("F1", f"{report.f1:.3f}", "")
    for key, label in (("source_country", "source country"), ("source_role", "source role"),
                       ("target_country", "target country"), ("target_role", "target role")):
        row = report.actors.get(key) or {"accuracy": 0.0, "correct": 0, "total": 0}
        summary.add_row(f"{label} accuracy", f"{row['accuracy']:.3f}",
                        f"({row['correct']}/{row['total']} matched events)")
    if report.dates:
        d = report.dates
        summary.add_row("date accuracy", f"{d['accuracy']:.3f}",
                        f"({d['compatible']}/{d['matched']} events matched on code and "
                        f"actors; {d['exact']} exact)")
    parts: list[Any] = [summary]
    if report.n_ignored:
        parts.append(f"[dim]{report.n_ignored} predictions for {len(report.ignored_doc_ids)} "
                     f"documents not in the gold file were ignored[/dim]")
    parts.append(_class_table("per CAMEO root", "root", report.per_root, _root_name))
    parts.append(_class_table("per PLOVER type", "type", report.per_plover, None))
    parts.append(_confusion_table(report.confusion))
    return Group(*parts)


def _class_table(title: str, first: str, rows: dict[str, dict[str, Any]],
                 name: Callable[[str], str] | None) -> Any:
    from rich.table import Table

    table = Table(title=title)
    names = (first, "name") if name else (first,)
    for col in (*names, "gold", "found", "pred", "correct", "P", "R", "F1"):
        table.add_column(col, justify="left" if col in names else "right")
    for key, c in rows.items():
        table.add_row(key, *([name(key)] if name else []),
                      *(str(c[k]) for k in ("gold", "found", "pred", "correct")),
                      *(f"{c[k]:.2f}" for k in ("precision", "recall", "f1")))
    return table


def _confusion_table(confusion: dict[str, dict[str, int]]) -> Any:
    from rich.table import Table

    cols = sorted({p for row in confusion.values() for p in row} - {NONE}) + [NONE]
    table = Table(title="confusion of roots (rows gold, columns predicted; -- no event)")
    table.add_column("gold")
    for c in cols:
        table.add_column(c, justify="right")
    for g, row in confusion.items():
        table.add_row(g, *(_cell(row.get(c, 0), g == c) for c in cols))
    return table


def _cell(n: int, diagonal: bool) -> str:
    if not n:
        return "[dim].[/dim]"
    return f"[bold]{n}[/bold]" if diagonal else str(n)


def format_errors(report: EvalReport, gold_docs: list[dict[str, Any]],
                  predictions: list[dict[str, Any]]) -> list[str]:
    """One line per missed gold event and per spurious prediction, with its evidence."""
    gold = [(doc["id"], ev) for doc in gold_docs for ev in doc["events"]]
    lines = []
    for g in report.missed:
        doc_id, ev = gold[g]
        lines.append(f"missed   {doc_id}  {ev.get('code')} {ev.get('source')} -> "
                     f"{ev.get('target')} {ev.get('date')}  | {ev.get('evidence')}")
    for p in report.spurious:
        pr = predictions[p]
        text = pr.get("trigger_text") or pr.get("trigger") or ""
        lines.append(f"spurious {pr.get('doc_id')}  {pr.get('code')} {pr.get('source')} -> "
                     f"{pr.get('target')} {pr.get('date')}  [{text}] | {pr.get('sentence')}")
    return lines


def _root_name(root: str) -> str:
    try:
        return cameo.lookup(root).name.capitalize()
    except KeyError:
        return ""


# -- event records -----------------------------------------------------------------------
@dataclass(frozen=True)
class LinkReport:
    """Pairwise scores of same-event links between events of different documents.

    Only predicted events matched to a gold event whose evidence lies in the prediction's
    sentence count (finding events is scored by evaluate);
    a link is a pair of them from two documents, gold-linked when their gold events carry
    the same record key, predicted-linked when they are in the same event record.
    """

    precision: float  # purity: predicted links that are gold links
    recall: float  # completeness: gold links that are predicted
    f1: float
    n_gold_links: int
    n_pred_links: int
    n_true_links: int
    n_events: int  # matched events the links are counted over
    wrong: list[tuple[int, int]] = field(default_factory=list)  # predicted, not gold (pred idx)
    missed: list[tuple[int, int]] = field(default_factory=list)  # gold, not predicted


def gold_record_keys(gold_docs: list[dict[str, Any]]) -> list[str]:
    """The record key of every gold event, flattened like EvalReport's gold indexes.

    Events without a "record" key get a key of their own (they are linked to nothing).
    """
    return [str(ev.get("record") or f"{doc['id']}#{i}")
            for doc in gold_docs for i, ev in enumerate(doc["events"])]


def evaluate_links(gold_docs: list[dict[str, Any]], predictions: list[dict[str, Any]],
                   record_of: dict[str, str], keys: list[str] | None = None) -> LinkReport:
    """Score the grouping of `predictions` into records (record_of: event_id -> record_id)."""
    keys = keys if keys is not None else gold_record_keys(gold_docs)
    report = evaluate(gold_docs, predictions)
    evidence = [str(ev.get("evidence") or "") for doc in gold_docs for ev in doc["events"]]
    matched = sorted((p, keys[g]) for g, p in report.matches  # the same words, not a namesake
                     if evidence[g] in str(predictions[p].get("sentence") or ""))
    gold_links, pred_links = set(), set()
    for i, (p1, k1) in enumerate(matched):
        for p2, k2 in matched[i + 1:]:
            e1, e2 = predictions[p1], predictions[p2]
            if e1["doc_id"] == e2["doc_id"]:
                continue
            if k1 == k2:
                gold_links.add((p1, p2))
            r1, r2 = record_of.get(e1["event_id"]), record_of.get(e2["event_id"])
            if r1 is not None and r1 == r2:
                pred_links.add((p1, p2))
    true = gold_links & pred_links
    precision = _ratio(len(true), len(pred_links)) if pred_links else 1.0
    recall = _ratio(len(true), len(gold_links)) if gold_links else 1.0
    return LinkReport(precision, recall, _ratio(2 * precision * recall, precision + recall),
                      len(gold_links), len(pred_links), len(true), len(matched),
                      sorted(pred_links - gold_links), sorted(gold_links - pred_links))
