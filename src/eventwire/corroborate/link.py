"""Which coded events are reports of one real-world event.

Events are compared only inside a block (the same two countries, the same CAMEO root). A pair
of events gets a score from what they share (code, date, amount, place, wording) or is ruled
out by what no two reports of one event would differ on (direction of a one-way act, dates far
apart, amounts of a different size, two different acts in one article). Records are then grown
greedily from the best pairs, and two groups join only if no pair across them is ruled out, so
a chain of near neighbours never merges two distinct events. The result depends only on the
set of events, never on the order they were stored in, which is what lets records be updated
block by block.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["LINK_THRESHOLD", "Report", "cluster", "date_span", "pair_score", "spans_meet"]

# A pair of events is linked when its score reaches this: the same code and overlapping stated
# dates (2 + 1), or the same code, the same verb and the same amount without a stated date.
LINK_THRESHOLD = 3.0
DAY_SLACK = 3  # reports of one event may put it a few days apart (a conflict, not two events)
ASSUMED_WINDOW = 31  # an undated event happened in the month before its report
AMOUNT_SAME = 0.02  # relative difference of amounts read as the same figure
AMOUNT_CONFLICT = 0.30  # beyond this, two amounts are two payments, not a disagreement
# Inside one country the two countries say nothing: who the act was done to does.
DOMESTIC_TARGET_PENALTY = 2.0
_ONE_DAY = dt.timedelta(days=1)


def actor_country(code: str) -> str:
    """The country part of an actor code; an IGO or NGO stands for itself ("IGOUNO")."""
    return code[:6] if code.startswith(("IGO", "NGO")) else code[:3]


@dataclass(frozen=True)
class Report:
    """One coded event, as corroboration sees it."""

    index: int
    event_id: str
    doc_id: str
    code: str
    source: str
    target: str
    start: dt.date  # the span of its date
    end: dt.date
    precision: str
    assumed: bool
    published: dt.date | None
    amount: float | None
    place: str | None
    trigger: str  # crude stem of the trigger word
    source_name: str | None
    target_name: str | None

    @property
    def window(self) -> tuple[dt.date, dt.date]:
        """Dates a report of the same event could give (for the sweep that finds pairs)."""
        if self.assumed:
            return self.end - dt.timedelta(days=ASSUMED_WINDOW), self.end
        slack = dt.timedelta(days=DAY_SLACK)
        return self.start - slack, self.end + slack

    @classmethod
    def from_event(cls, index: int, event: Mapping[str, Any]) -> Report:
        start, end = date_span(event["date"], event["date_precision"])
        published = _iso_day(event.get("published"))
        return cls(index, event["event_id"], event["doc_id"], event["code"], event["source"],
                   event["target"], start, end, event["date_precision"],
                   bool(event.get("date_assumed")), published, event.get("amount_usd"),
                   (event.get("place") or None), stem(event.get("trigger") or ""),
                   event.get("source_name"), event.get("target_name"))


def _iso_day(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def date_span(iso: str, precision: str) -> tuple[dt.date, dt.date]:
    """First and last day of an ISO date at its precision ("2021-02" is all of February)."""
    year = int(iso[:4])
    if precision == "year" or len(iso) == 4:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(iso[5:7])
    if precision == "month" or len(iso) == 7:
        first = dt.date(year, month, 1)
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return first, following - _ONE_DAY
    day = dt.date.fromisoformat(iso[:10])
    return day, day


def spans_meet(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date], slack: int = 0) -> bool:
    gap = dt.timedelta(days=slack)
    return a[0] <= b[1] + gap and b[0] <= a[1] + gap


_SUFFIX = re.compile(r"(?:ing|ed|es|s|e|d)$")


def stem(word: str) -> str:
    """Enough of a word to tell "congratulated" from "thanked" and match "thank" to "thanked"."""
    word = word.lower().strip()
    return _SUFFIX.sub("", word) if len(word) > 4 else word


@cache
def _code_relations() -> tuple[frozenset[str], frozenset[frozenset[str]],
                            frozenset[frozenset[str]]]:
    text = (resources.files("eventwire") / "data" / "corroborate" / "codes.tsv").read_text(
        "utf-8")
    symmetric: set[str] = set()
    converse: set[frozenset[str]] = set()
    near: set[frozenset[str]] = set()
    rows = [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]
    for kind, codes, *_ in rows[1:]:
        group = [c.strip() for c in codes.split("|") if c.strip()]
        if kind == "symmetric":
            symmetric.update(group)
        elif kind == "converse":
            converse.add(frozenset(group))
        elif kind == "near":
            near.update(frozenset((x, y)) for x in group for y in group if x != y)
    return frozenset(symmetric), frozenset(converse), frozenset(near)


def _code3(code: str) -> str:
    return code[:3]


def code_affinity(a: str, b: str) -> float | None:
    """2 for one act (the same code, or its converse: a visit and its hosting), 1.5 for codes
    reporters use for one act (a meeting, talks, a call) and for a code and its sub-code, 1 for
    a code and its root's generic code, 0 for two codes of one root; None across roots."""
    if a[:2] != b[:2]:
        return None
    _, converse, near = _code_relations()
    pair = frozenset((_code3(a), _code3(b)))
    if a == b or pair in converse:
        return 2.0
    if pair in near or a.startswith(b) or b.startswith(a):  # 033 and its 0333: one act
        return 1.5
    if _code3(a).endswith("0") or _code3(b).endswith("0"):
        return 1.0
    return 0.0


def _same_orientation(a: Report, b: Report) -> bool:
    return (actor_country(a.source), actor_country(a.target)) == (
        actor_country(b.source), actor_country(b.target))


def _direction_ok(a: Report, b: Report) -> bool:
    if _same_orientation(a, b):
        return True
    symmetric, converse, _ = _code_relations()
    if frozenset((_code3(a.code), _code3(b.code))) in converse and a.code[:3] != b.code[:3]:
        return True  # X visited Y = Y hosted X
    return _code3(a.code) in symmetric and _code3(b.code) in symmetric


def _date_score(a: Report, b: Report) -> float | None:
    if a.assumed and b.assumed:
        if a.published is None or b.published is None:
            return 0.0
        gap = abs((a.published - b.published).days)
        return 0.5 if gap <= DAY_SLACK else 0.0 if gap <= ASSUMED_WINDOW // 2 else None
    if a.assumed or b.assumed:  # an undated report fits; just after the event, it is news
        undated, dated = (a, b) if a.assumed else (b, a)
        if not spans_meet(undated.window, (dated.start, dated.end)):
            return None
        return 0.0 if 0 <= (undated.end - dated.end).days <= DAY_SLACK else -0.5
    if spans_meet((a.start, a.end), (b.start, b.end)):
        exact = a.precision == b.precision == "day"
        return 1.5 if exact else 1.0
    if a.precision == b.precision == "day" and spans_meet((a.start, a.end), (b.start, b.end),
                                                          DAY_SLACK):
        return 0.0  # a few days apart: one event, the reports disagree
    return None


def amounts_agree(a: float, b: float, tolerance: float = AMOUNT_SAME) -> bool:
    """Equal within `tolerance`, or one is the other rounded ("$8 million" for 8.3)."""
    if abs(a - b) <= tolerance * max(abs(a), abs(b)):
        return True
    big, small = max(a, b), min(a, b)
    if small <= 0:
        return False
    magnitude = 10 ** (len(str(int(small))) - 1)  # 8,000,000 -> 1,000,000
    return abs(round(big / magnitude) * magnitude - small) < 1e-6 * magnitude


def _amount_score(a: Report, b: Report) -> float | None:
    if a.amount is None or b.amount is None:
        return 0.0
    if amounts_agree(a.amount, b.amount):
        return 1.5
    return 0.0 if amounts_agree(a.amount, b.amount, AMOUNT_CONFLICT) else None


def pair_score(a: Report, b: Report) -> float | None:
    """How strongly two events look like reports of one event; None when they cannot be."""
    if a.doc_id == b.doc_id and (a.trigger != b.trigger or a.code != b.code and frozenset(
            (_code3(a.code), _code3(b.code))) not in _code_relations()[1]):
        return None  # one article telling two acts (not one act from both sides)
    affinity = code_affinity(a.code, b.code)
    if affinity is None or not _direction_ok(a, b):
        return None
    date = _date_score(a, b)
    amount = _amount_score(a, b)
    if date is None or amount is None:
        return None
    score = affinity + date + amount
    if a.trigger and a.trigger == b.trigger:
        score += 1.0
    if a.place and b.place and a.place.casefold() == b.place.casefold():
        score += 0.5
    if not _same_orientation(a, b):  # "X met Y" and "Y met X": compare X with X
        b_names = (b.target_name, b.source_name)
    else:
        b_names = (b.source_name, b.target_name)
    for x, y in zip((a.source_name, a.target_name), b_names, strict=True):
        if x and y and x != y:
            score -= 1.0
    if _domestic(a) and _domestic(b) and a.target[3:6] and b.target[3:6] and \
            a.target[3:6] != b.target[3:6]:
        score -= DOMESTIC_TARGET_PENALTY  # police arresting protesters, police arresting a leader
    return score


def _domestic(r: Report) -> bool:
    return actor_country(r.source) == actor_country(r.target)


def cluster(reports: Sequence[Report]) -> list[list[Report]]:
    """Group the reports of one block into records (see the module docstring)."""
    order = sorted(reports, key=lambda r: (r.window[0], r.event_id))
    compatible: dict[tuple[int, int], float] = {}
    for i, a in enumerate(order):
        a_end = a.window[1]
        for b in order[i + 1:]:
            if b.window[0] > a_end:
                break
            score = pair_score(a, b)
            if score is not None:
                compatible[_key(a, b)] = score
    parent = {r.index: r.index for r in reports}
    members = {r.index: [r] for r in reports}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_index = {r.index: r for r in reports}
    ranked = sorted(((s, k) for k, s in compatible.items() if s >= LINK_THRESHOLD),
                    key=lambda item: (-item[0], by_index[item[1][0]].event_id,
                                      by_index[item[1][1]].event_id))
    for _, (i, j) in ranked:
        a, b = find(i), find(j)
        if a == b:
            continue
        if any(_key(x, y) not in compatible for x in members[a] for y in members[b]):
            continue
        if len(members[a]) < len(members[b]) or (
                len(members[a]) == len(members[b]) and a > b):
            a, b = b, a
        parent[b] = a
        members[a].extend(members.pop(b))
    return [sorted(group, key=lambda r: r.index) for root, group in sorted(members.items())
            if find(root) == root]


def _key(a: Report, b: Report) -> tuple[int, int]:
    return (a.index, b.index) if a.index < b.index else (b.index, a.index)
