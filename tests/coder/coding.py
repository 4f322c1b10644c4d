"""Helpers shared by the per-root rule tests: code one sentence, look at what came out."""

from __future__ import annotations

from eventwire import code_text

PUB = "2023-05-10"  # a Wednesday: weekdays in test sentences resolve into that week


def coded(text: str, published: str = PUB) -> list[tuple[str, str, str]]:
    """(code, source, target) of every event coded from `text`, in order."""
    return [(e.code, e.source, e.target) for e in code_text(text, published=published)]


def roots(text: str, published: str = PUB) -> set[str]:
    """The CAMEO roots of the events coded from `text`."""
    return {code[:2] for code, _, _ in coded(text, published)}
