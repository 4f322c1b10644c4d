"""Surface forms of trigger lemmas, so a sentence can be picked out before it is parsed."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def _irregular() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    text = (resources.files("eventwire") / "data" / "coder" / "irregular_verbs.tsv").read_text(
        encoding="utf-8"
    )
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, *forms = line.split("\t")
        table[lemma.strip()] = tuple(f.strip() for f in forms if f.strip())
    return table


def _regular_verb(lemma: str) -> set[str]:
    out = {lemma}
    if lemma.endswith(("ee", "ye", "oe")):  # "free" -> "freed", "agree" -> "agreeing"
        out |= {lemma + "s", lemma + "d", lemma + "ing"}
    elif lemma.endswith("e"):
        out |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        out |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        out |= {lemma + "s", lemma + "ed", lemma + "ing"}
        # doubled final consonant: "plan" -> "planned", "ban" -> "banned"
        if (len(lemma) >= 3 and lemma[-1] in "bdgmnprt" and lemma[-2] in "aeiou"
                and lemma[-3] not in "aeiou"):
            out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
        # British double l: "cancel" -> "cancelled", "label" -> "labelling"
        if len(lemma) >= 4 and lemma[-1] == "l" and lemma[-2] in "aeiou" and \
                lemma[-3] not in "aeiou":
            out |= {lemma + "led", lemma + "ling"}
    return out


def _noun(lemma: str) -> set[str]:
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return {lemma, lemma[:-1] + "ies"}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return {lemma, lemma + "es"}
    return {lemma, lemma + "s"}


def surface_forms(lemma: str, *, noun: bool = False, verb: bool = True) -> set[str]:
    lemma = lemma.lower()
    forms: set[str] = {lemma}
    if verb:
        forms |= _regular_verb(lemma) | set(_irregular().get(lemma, ()))
    if noun:
        forms |= _noun(lemma)
    return forms
