"""Facts an article states in passing: the dates of things it mentions and reported figures.

Two reports of one event seldom disagree on the event; they disagree on what they say around
it: the year of the election a leader is congratulated on, the size of bilateral trade. These
facts are picked out while a document is coded (the sentences are in hand then) and stored
beside its events, so that corroboration can compare the reports.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from eventwire.amounts import find_amounts
from eventwire.dates import find_dates
from eventwire.records import DateSpan, Document, Event, Fact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from eventwire.actors.resolve import Mention
    from eventwire.nlp import Sentence

__all__ = ["dated_facts", "figure_facts", "is_figure_candidate", "main_dyad", "read_table"]


@cache
def read_table(name: str) -> dict[str, str]:
    """A two-column TSV of data/corroborate (header row first, '#' comments) as a dict."""
    text = (resources.files("eventwire") / "data" / "corroborate" / name).read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]
    return {key.strip().lower(): value.strip() for key, value, *_ in rows[1:]}


@cache
def _dated_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = "|".join(sorted(map(re.escape, read_table("dated_things.tsv")), key=len,
                            reverse=True))
    # "the January 10, 2020, election", "the Jan. 10 presidential elections"
    after = re.compile(rf",?\s*(?:[a-z][a-z-]+\s+){{0,2}}?((?i:{words}))\b")
    # "the referendum held on March 5", "elections of Jan. 10"
    before = re.compile(rf"\b((?i:{words}))\s+(?:(?:was|were|that\s+was|that\s+were|which\s+was)"
                        r"\s+)?(?:held\s+|took\s+place\s+|of\s+|on\s+|in\s+)+$")
    return after, before


def dated_facts(doc: Document, sentence: Sentence, words: Iterable[str]) -> list[Fact]:
    """Things the sentence gives a date for, the date read against the publication date."""
    table = read_table("dated_things.tsv")
    if not any(w.lower() in table for w in words):
        return []
    after, before = _dated_patterns()
    text = sentence.text
    out: list[Fact] = []
    for mention in find_dates(text, doc.published_date):
        if mention.span.assumed:
            continue
        m = after.match(text, mention.end)
        if m is not None:
            word, phrase = m.group(1), text[mention.start:m.end()]
        else:
            b = before.search(text[max(0, mention.start - 60):mention.start])
            if b is None:
                continue
            word, phrase = b.group(1), b.group(0) + mention.text
        out.append(_dated(doc, sentence, table[word.lower()], phrase, mention.span))
    return out


def _dated(doc: Document, sentence: Sentence, thing: str, phrase: str, span: DateSpan) -> Fact:
    return Fact(doc.doc_id, "dated", thing, phrase.strip(" ,"), sentence.text, sentence.start,
                sentence.end, date=span.iso, date_precision=span.precision)


_MONEY_WORD = re.compile(r"[$€£¥₽]|\b(?:million|billion|trillion|dollars?|euros?|rubles?|"
                         r"roubles?|yuan|pounds?|bn|mln)\b", re.IGNORECASE)


def is_figure_candidate(text: str, words: Iterable[str]) -> bool:
    """Worth parsing for a figure: a measure word and money in one sentence."""
    table = read_table("measures.tsv")
    return any(w.lower() in table for w in words) and _MONEY_WORD.search(text) is not None


def main_dyad(events: Sequence[Event]) -> tuple[str, ...]:
    """The two countries a document is mostly about (what "bilateral" refers to)."""
    pairs = Counter(tuple(sorted({e.source[:3], e.target[:3]})) for e in events
                    if e.source[:3] != e.target[:3])
    return pairs.most_common(1)[0][0] if pairs else ()


_VERB_LINKS = ("nsubj", "nsubjpass", "agent")
_BILATERAL = frozenset({"bilateral", "two-way", "mutual"})


def figure_facts(doc: Document, sentence: Sentence, parsed: Doc, actors: list[Mention],
                 earlier_year: int | None, dyad: tuple[str, ...]) -> list[Fact]:
    """Money amounts in the sentence that are figures of a measure ("exports", "trade").

    The year is the one named in the sentence nearest the measure, else `earlier_year` (the
    caller's: that of the paragraph's previous figure, or the year named just before).
    """
    measures = read_table("measures.tsv")
    year = doc.published_date.year if doc.published_date else None
    out: list[Fact] = []
    amounts = [a for a in find_amounts(sentence.text, year) if a.usd is not None]
    pairs = [(a, h) for a in amounts if (h := _head_in(parsed, a.start, a.end)) is not None]
    money_tokens = {t.i for a, _ in pairs for t in parsed if a.start <= t.idx < a.end}
    years = [(m.start, m.span.start.year) for m in find_dates(sentence.text, doc.published_date)
             if m.span.precision == "year"]
    for amount, head in pairs:
        measure = _measure_of(head, measures)
        if measure is None:
            continue
        name = _measure_name(measure, measures)
        phrase = [t for t in measure.subtree if t.i not in money_tokens and not t.is_punct
                  and not any(a.dep_ == "relcl" for a in _up_to(t, measure))]
        named = [m for m in actors if m.actor.country and any(m.covers(t.i) for t in phrase)]
        countries = {m.actor.country for m in named if m.actor.country}
        scope = [t for t in phrase if any(m.covers(t.i) for m in named) and t.dep_ != "case"
                 or t.lemma_.lower() in _BILATERAL]
        if any(t.lemma_.lower() in _BILATERAL for t in phrase):
            countries |= set(dyad)
        when = min(years, key=lambda y: abs(y[0] - measure.idx))[1] if years else earlier_year
        words = "".join(t.text_with_ws for t in phrase).strip()
        out.append(Fact(doc.doc_id, "figure", name, f"{words}: {amount.text}", sentence.text,
                        sentence.start, sentence.end, value_usd=amount.usd, year=when,
                        countries=",".join(sorted(countries)),
                        scope=" ".join(t.text for t in scope)))
    return out


def _up_to(token: Token, top: Token) -> list[Token]:
    """The tokens from `token` up to (not including) `top`."""
    chain = []
    while token.i != top.i and token.head.i != token.i:
        chain.append(token)
        token = token.head
    return chain


def _head_in(parsed: Doc, start: int, end: int) -> Token | None:
    """The syntactic head of the tokens inside characters [start, end)."""
    inside = [t for t in parsed if start <= t.idx < end]
    heads = [t for t in inside if not start <= t.head.idx < end or t.head.i == t.i]
    return heads[0] if heads else None


def _is_measure(token: Token, measures: dict[str, str]) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and (
        token.lemma_.lower() in measures or token.text.lower() in measures
        or any(c.dep_ == "compound" and c.lemma_.lower() in measures for c in token.children))


def _measure_name(token: Token, measures: dict[str, str]) -> str:
    for candidate in (token, *(c for c in token.children if c.dep_ == "compound")):
        for key in (candidate.lemma_.lower(), candidate.text.lower()):
            if key in measures:
                return measures[key]
    raise ValueError(token.text)  # unreachable after _is_measure


def _measure_of(money: Token, measures: dict[str, str]) -> Token | None:
    """The noun an amount is a figure of: "$1.5 billion of trade", "exports of $1.3 billion",
    "turnover amounted to $1.5 billion", "exports, which came in at $1.3 billion"."""
    for prep in money.children:  # "$1.5 billion of Kyrgyzstan's trade turnover"
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and _is_measure(obj, measures):
                    return obj
    if money.dep_ == "pobj" and money.head.lower_ == "of" and _is_measure(money.head.head,
                                                                            measures):
        return money.head.head  # "exports of $1.3 billion"
    if money.dep_ in ("appos", "npadvmod") and _is_measure(money.head, measures):
        return money.head
    verb = money.head.head if money.dep_ == "pobj" and money.head.dep_ == "prep" else money.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == money.i:
        return None
    for child in verb.children:
        candidates = []
        if child.dep_ in _VERB_LINKS and child.i != money.i:
            candidates = [child] if child.dep_ != "agent" else [
                c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ == "prep" and child.lower_ in ("to", "by", "from") and \
                child.i != money.head.i:
            candidates = [c for c in child.children if c.dep_ == "pobj"]
        for cand in candidates:
            if cand.tag_ == "WDT" and verb.dep_ == "relcl":  # "exports, which came in at"
                cand = verb.head
            if cand.i not in {t.i for t in money.subtree} and _is_measure(cand, measures):
                return cand
    return None
