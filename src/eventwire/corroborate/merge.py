"""One record from the reports of one event: the merged best values and the conflicts.

The merged values are what most reports say, at the finest precision any report gives; a
conflict is kept wherever reports state things that cannot all be true (two dates, two
amounts, two places, two named people, two dates for a thing the reports mention), with the
words of each report, so that an analyst can judge.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations
from typing import Any

from eventwire import cameo
from eventwire.corroborate.link import actor_country, amounts_agree, date_span, spans_meet
from eventwire.places import resolve_place

__all__ = ["build_record", "format_usd"]

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
MEMBER_FIELDS = ("event_id", "doc_id", "outlet", "published", "date", "date_precision",
                 "date_assumed", "date_text", "code", "source", "target", "source_text",
                 "target_text", "source_name", "target_name", "place", "amount_usd",
                 "amount_text", "sentence", "char_start", "char_end")


def _report_order(event: Mapping[str, Any]) -> tuple[str, str, int, str]:
    return (event.get("published") or "9999", event["doc_id"], event["char_start"],
            event["event_id"])


def _most_common(values: Iterable[Any]) -> Any:
    """The most frequent value; ties go to the one met first (the earliest report)."""
    counts = Counter(v for v in values if v is not None and v != "")
    if not counts:
        return None
    best = max(counts.values())
    return next(v for v in counts if counts[v] == best)


def build_record(block: str, events: Sequence[Mapping[str, Any]],
                 facts: Sequence[Mapping[str, Any]] = ()) -> dict[str, Any]:
    """The record of `events` (the reports of one event; facts: dated facts of their docs)."""
    members = sorted(events, key=_report_order)
    code = max(Counter(e["code"] for e in members).items(),
               key=lambda kv: (kv[1], len(kv[0]), [-ord(c) for c in kv[0]]))[0]
    typical = [e for e in members if e["code"] == code]
    pair = max(Counter((e["source"], e["target"]) for e in typical).items(),
               key=lambda kv: (kv[1], len(kv[0][0]) + len(kv[0][1])))[0]
    sides = (actor_country(pair[0]), actor_country(pair[1]))
    oriented = [e for e in members if e["code"][:3] == code[:3]
                and (actor_country(e["source"]), actor_country(e["target"])) == sides]
    date, precision, assumed = _best_date(members)
    info = cameo.lookup(code)
    outlets = sorted({e["outlet"] for e in members if e.get("outlet")})
    published = sorted(e["published"] for e in members if e.get("published"))
    conflicts = _conflicts(members, oriented, facts)
    return {
        "record_id": "r" + hashlib.sha1(f"{block}|{members[0]['event_id']}".encode()
                                        ).hexdigest()[:15],
        "block": block, "code": code, "source": pair[0], "target": pair[1],
        "source_name": _most_common(e.get("source_name") for e in oriented),
        "target_name": _most_common(e.get("target_name") for e in oriented),
        "date": date, "date_precision": precision, "date_assumed": assumed,
        "place": _most_common(e.get("place") for e in members),
        "place_country": _most_common(e.get("place_country") for e in members),
        "amount_usd": _most_common(e.get("amount_usd") for e in members),
        "n_events": len(members), "n_documents": len({e["doc_id"] for e in members}),
        "n_outlets": len(outlets), "outlets": ", ".join(outlets),
        "first_reported": published[0] if published else None,
        "last_reported": published[-1] if published else None,
        "event_name": info.name, "plover": info.plover, "quad_class": info.quad_class,
        "goldstein": info.goldstein, "n_conflicts": len(conflicts),
        "members": [{k: e.get(k) for k in MEMBER_FIELDS} for e in members],
        "conflicts": conflicts,
    }


def _best_date(members: Sequence[Mapping[str, Any]]) -> tuple[str, str, bool]:
    """The finest date the reports state, the one most of them give; else the first report's
    publication day (marked assumed)."""
    stated = [e for e in members if not e.get("date_assumed")]
    if not stated:
        return members[0]["date"], members[0]["date_precision"], True
    finest = min(_PRECISION_RANK.get(e["date_precision"], 3) for e in stated)
    candidates = [e for e in stated if _PRECISION_RANK.get(e["date_precision"], 3) == finest]
    date = _most_common(e["date"] for e in candidates)
    chosen = next(e for e in candidates if e["date"] == date)
    return date, chosen["date_precision"], False


def format_usd(value: float) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"${value / size:,.4g} {word}"
    return f"${value:,.0f}"


def _conflict(field: str, by_doc: Mapping[str, tuple[str, str]]) -> dict[str, Any]:
    return {"field": field, "values": {d: v for d, (v, _) in by_doc.items()},
            "sentences": {d: s for d, (_, s) in by_doc.items()}}


def _first_per_doc(items: Iterable[tuple[str, Any, str]]) -> dict[str, tuple[Any, str]]:
    out: dict[str, tuple[Any, str]] = {}
    for doc, value, sentence in items:
        out.setdefault(doc, (value, sentence))
    return out


def _clashing(per_doc: Mapping[str, tuple[Any, str]], agree: Any) -> dict[str, tuple[Any, str]]:
    """The documents whose value disagrees with another document's (empty if none do)."""
    clash: set[str] = set()
    for (d1, (v1, _)), (d2, (v2, _)) in combinations(per_doc.items(), 2):
        if not agree(v1, v2):
            clash |= {d1, d2}
    return {d: per_doc[d] for d in per_doc if d in clash}


def _conflicts(members: Sequence[Mapping[str, Any]], oriented: Sequence[Mapping[str, Any]],
               facts: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    dated = _first_per_doc(
        (e["doc_id"], (e["date"], e["date_precision"], e.get("date_text")), e["sentence"])
        for e in sorted(members, key=lambda e: _PRECISION_RANK.get(e["date_precision"], 3))
        if not e.get("date_assumed"))
    clash = _clashing(dated, lambda a, b: spans_meet(date_span(a[0], a[1]),
                                                      date_span(b[0], b[1])))
    if clash:
        out.append(_conflict("date", {d: (_date_words(v), s) for d, (v, s) in clash.items()}))
    amounts = _first_per_doc((e["doc_id"], e["amount_usd"], e["sentence"]) for e in members
                             if e.get("amount_usd") is not None)
    clash = _clashing(amounts, amounts_agree)
    if clash:
        out.append(_conflict("amount", {d: (format_usd(v), s) for d, (v, s) in clash.items()}))
    places = _first_per_doc((e["doc_id"], (e["place"], e.get("place_country")), e["sentence"])
                            for e in members if e.get("place"))
    clash = _clashing(places, _places_agree)
    if clash:
        out.append(_conflict("place", {d: (v[0], s) for d, (v, s) in clash.items()}))
    for side in ("source", "target"):
        names = _first_per_doc((e["doc_id"], e[f"{side}_name"], e["sentence"])
                               for e in oriented if e.get(f"{side}_name"))
        clash = _clashing(names, lambda a, b: a == b)
        if clash:
            out.append(_conflict(side, dict(clash)))
    roles = _first_per_doc((e["doc_id"], (e["source"], e.get("source_text")), e["sentence"])
                           for e in oriented  # who did it: police or army (not IGO codes)
                           if len(e["source"]) > 3 and not e["source"].startswith(("IGO", "NGO")))
    clash = _clashing(roles, lambda a, b: a[0] == b[0])
    if clash and not any(c["field"] == "source" for c in out):
        out.append(_conflict("source role", {d: (f"{v[0]} ({v[1]})" if v[1] else v[0], s)
                                             for d, (v, s) in clash.items()}))
    out.extend(_fact_conflicts(members, facts))
    return out


def _date_words(value: tuple[str, str, str | None]) -> str:
    date, _, words = value
    return f"{date} ({words})" if words and words != date else date


def _places_agree(a: tuple[str, str | None], b: tuple[str, str | None]) -> bool:
    """The same place, or a town and the country it is in ("Moscow" and "Russia")."""
    if a[0].casefold() == b[0].casefold():
        return True
    for town, other in ((a, b), (b, a)):
        place = resolve_place(other[0])
        if place is None or place.kind != "country":
            continue
        country = town[1] or getattr(resolve_place(town[0]), "country", None)
        if country == place.country:
            return True
    return False


def _fact_conflicts(members: Sequence[Mapping[str, Any]],
                    facts: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Different dates for one thing ("the election") in the sentences of the reports."""
    sentences = {(e["doc_id"], e["sentence"]) for e in members}
    things: dict[str, list[Mapping[str, Any]]] = {}
    for fact in facts:
        if fact["kind"] == "dated" and (fact["doc_id"], fact["sentence"]) in sentences:
            things.setdefault(fact["name"], []).append(fact)
    out = []
    for thing, found in sorted(things.items()):
        per_doc = _first_per_doc((f["doc_id"], (f["date"], f["date_precision"], f["text"]),
                                  f["sentence"]) for f in found)
        clash = _clashing(per_doc, lambda a, b: spans_meet(date_span(a[0], a[1]),
                                                            date_span(b[0], b[1])))
        if clash:
            out.append(_conflict(f"date of the {thing}",
                                 {d: (f"{v[0]} ({v[2]})", s) for d, (v, s) in clash.items()}))
    return out
