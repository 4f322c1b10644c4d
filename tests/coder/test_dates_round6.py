"""Round 6: which date an event takes when a sentence names several.

Own sentences, not taken from the gold files. Publication dates are chosen so that the
weekday and relative dates resolve to known days.
"""

from __future__ import annotations

from eventwire import code_text

PUB = "2023-05-10"  # a Wednesday


def _dates(text: str, root: str, published: str = PUB) -> list[str]:
    """The dates of the events of one CAMEO root coded from `text`."""
    return [e.date for e in code_text(text, published=published) if e.code.startswith(root)]


def test_reported_clause_date_beats_the_speech_date() -> None:
    # the arrest was last year; "on Tuesday" is when the officials said so
    text = ("Croatian officials said on Tuesday that police had arrested two Serbian "
            "journalists in Zagreb last year.")
    assert _dates(text, "17") == ["2022"]


def test_month_inside_the_reported_clause_wins() -> None:
    text = ("Rights monitors said on Monday that Nigerian soldiers killed dozens of "
            "villagers in Borno state in March.")
    assert _dates(text, "18") + _dates(text, "20") == ["2023-03"]


def test_speech_date_when_the_reported_clause_has_none() -> None:
    text = "Croatian officials said on Tuesday that police had arrested two Serbian journalists."
    assert _dates(text, "17") == ["2023-05-09"]
