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


def has_event(text: str, code: str, source: str, target: str) -> bool:
    """Whether an event starts with these code, source and target prefixes ("14", "KEN")."""
    return any(c.startswith(code) and s.startswith(source) and t.startswith(target)
               for c, s, t in coded(text))


def lacks_root(text: str, root: str) -> bool:
    """Whether no event of this CAMEO root is coded from `text`."""
    return not any(c.startswith(root) for c, _, _ in coded(text))
