"""Corroboration: one record per real-world event, with its reports and their conflicts.

GDELT and ICEWS users' first complaint is duplicates; nobody tells them where sources
disagree. Here the events of every document are grouped into event records (link.py), each
with merged best values and the conflicts between its reports (merge.py), and the figures the
reports state are compared across the documents that report the same events.

Records are kept in the store and brought up to date block by block: a block is a pair of
countries and a CAMEO root, and only blocks whose events changed are recomputed, so coding new
documents gives the records that coding everything at once would give.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING, Any

from eventwire.corroborate.link import Report, actor_country, amounts_agree, cluster
from eventwire.corroborate.merge import build_record, format_usd

if TYPE_CHECKING:
    from eventwire.store import Store

__all__ = ["RECORDS_VERSION", "UpdateSummary", "block_key", "build_records", "fact_conflicts",
           "update_records"]

EVENTS_PER_BATCH = 5000  # events read from the store at a time: bounds memory (a block bigger
# than this is read alone: records never span blocks)
NEAR_DAYS = 3  # two dates of one thing this close are one date misreported
# Bumped whenever linking or merging changes: a store's records are then rebuilt in full.
RECORDS_VERSION = "3"


def block_key(event: Mapping[str, Any]) -> str:
    """The block of an event (the same as store.BLOCK_SQL computes)."""
    a, b = sorted((actor_country(event["source"]), actor_country(event["target"])))
    return f"{a}|{b}|{event['code'][:2]}"


def build_records(events: Sequence[Mapping[str, Any]],
                  facts: Sequence[Mapping[str, Any]] = ()) -> list[dict[str, Any]]:
    """Records of any set of events (each a store.events() dict); facts: dated facts of
    their documents, for the conflicts on things the reports mention."""
    by_block: dict[str, list[Mapping[str, Any]]] = {}
    for event in sorted(events, key=lambda e: (e["doc_id"], e["char_start"], e["event_id"])):
        by_block.setdefault(block_key(event), []).append(event)
    facts_by_doc: dict[str, list[Mapping[str, Any]]] = {}
    for fact in facts:
        facts_by_doc.setdefault(fact["doc_id"], []).append(fact)
    records = []
    for block, block_events in sorted(by_block.items()):
        reports = [Report.from_event(i, e) for i, e in enumerate(block_events)]
        for group in cluster(reports):
            members = [block_events[r.index] for r in group]
            docs = {e["doc_id"] for e in members}
            own_facts = [f for d in sorted(docs) for f in facts_by_doc.get(d, [])]
            records.append(build_record(block, members, own_facts))
    return records


@dataclass(frozen=True)
class UpdateSummary:
    blocks: int  # blocks recomputed
    events: int  # events in them
    records: int  # records written for them


def update_records(store: Store) -> UpdateSummary:
    """Bring the store's records up to date with its events, recomputing changed blocks only."""
    current = store.block_fingerprints()
    rebuild = store.get_meta("records_version") != RECORDS_VERSION
    built = {} if rebuild else store.record_fingerprints()
    if rebuild:
        built = {b: (-1, -1) for b in store.record_fingerprints()}  # every block is stale
    dirty = sorted(b for b in set(current) | set(built) if current.get(b) != built.get(b))
    n_events = n_records = 0
    for blocks in _batches(dirty, current):
        events = store.block_events(blocks)
        doc_ids = sorted({e["doc_id"] for e in events})
        facts = [f for f in store.facts(doc_ids) if f["kind"] == "dated"] if doc_ids else []
        records = build_records(events, facts)
        store.replace_records({b: current.get(b, (0, 0)) for b in blocks}, records)
        n_events += len(events)
        n_records += len(records)
        del events, facts, records
    if rebuild:
        store.set_meta("records_version", RECORDS_VERSION)
    return UpdateSummary(len(dirty), n_events, n_records)


def _batches(blocks: list[str], sizes: Mapping[str, tuple[int, int]]) -> Iterable[list[str]]:
    """Blocks in groups of about EVENTS_PER_BATCH events."""
    batch: list[str] = []
    n = 0
    for block in blocks:
        size = sizes.get(block, (0, 0))[0]
        if batch and n + size > EVENTS_PER_BATCH:
            yield batch
            batch, n = [], 0
        batch.append(block)
        n += size
    if batch:
        yield batch


def fact_conflicts(records: Iterable[Mapping[str, Any]],
                   facts: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """What reports of the same events state differently beside the events themselves.

    Two documents are compared when some record holds reports from both. Their figures of one
    measure for one year disagree when they are about the same countries and differ in value,
    or when one value is given for different scopes ("Kyrgyzstan's trade turnover" in one,
    "bilateral trade turnover" in the other). A thing both mention ("the referendum") has
    conflicting dates when they nearly agree (a day or a year apart): dates far apart are
    more likely two things of one name. (Dates in the sentences of one record's reports are
    compared inside the record, see merge.py.)
    """
    linked: dict[tuple[str, str], list[str]] = {}
    member_sentences: dict[tuple[str, str], str] = {}
    for record in records:
        docs = sorted({m["doc_id"] for m in record["members"]})
        for pair in combinations(docs, 2):
            linked.setdefault(pair, []).append(record["record_id"])
        for m in record["members"]:
            member_sentences[(m["doc_id"], m["sentence"])] = record["record_id"]
    by_doc: dict[str, list[Mapping[str, Any]]] = {}
    for fact in facts:
        by_doc.setdefault(fact["doc_id"], []).append(fact)
    out: list[dict[str, Any]] = []
    for (d1, d2), record_ids in sorted(linked.items()):
        for f1 in by_doc.get(d1, []):
            for f2 in by_doc.get(d2, []):
                if f1["kind"] != f2["kind"] or f1["name"] != f2["name"]:
                    continue
                if f1["kind"] == "figure":
                    problem = _figure_problem(f1, f2)
                    field, show = f"figure: {f1['name']} {f1['year']}", _figure_words
                else:
                    in_record = member_sentences.get((d1, f1["sentence"]))
                    if in_record and in_record == member_sentences.get((d2, f2["sentence"])):
                        continue  # reported with that record
                    problem = _date_problem(f1, f2)
                    field, show = f"date of the {f1['name']}", _dated_words
                if problem is None:
                    continue
                out.append({
                    "field": field, "problem": problem,
                    "values": {f["doc_id"]: show(f) for f in (f1, f2)},
                    "sentences": {f["doc_id"]: f["sentence"] for f in (f1, f2)},
                    "records": sorted(record_ids)})
    return out


def _figure_words(fact: Mapping[str, Any]) -> str:
    words = fact["text"].rsplit(":", 1)[0]
    scope = f"{words}, {fact['countries']}" if fact["countries"] else words
    return f"{format_usd(fact['value_usd'])} ({scope})"


def _dated_words(fact: Mapping[str, Any]) -> str:
    return f"{fact['date']} ({fact['text']})"


def _figure_problem(f1: Mapping[str, Any], f2: Mapping[str, Any]) -> str | None:
    if f1["year"] is None or f1["year"] != f2["year"] or f1.get("value_usd") is None \
            or f2.get("value_usd") is None:
        return None
    c1, c2 = set(filter(None, f1["countries"].split(","))), set(
        filter(None, f2["countries"].split(",")))
    same_value = amounts_agree(f1["value_usd"], f2["value_usd"])
    if c1 == c2 and not same_value:
        return "different values"
    if same_value and c1 != c2 and c1 & c2:
        return "one value, different scopes"
    return None


def _date_problem(f1: Mapping[str, Any], f2: Mapping[str, Any]) -> str | None:
    if f1["date_precision"] != "day" or f2["date_precision"] != "day":
        return None
    a, b = dt.date.fromisoformat(f1["date"]), dt.date.fromisoformat(f2["date"])
    if a == b:
        return None
    if abs((a - b).days) <= NEAR_DAYS:
        return "dates a few days apart"
    if (a.month, a.day) == (b.month, b.day) and abs(a.year - b.year) == 1:
        return "the same day, a year apart"
    return None
