"""Verb and noun patterns: data files, checked when loaded.

A pattern names a trigger (lemmas and part of speech), what else the clause must contain, and
where in the dependency tree the source, target and place are found. The path language is
small: steps joined by ">", each a dependency label with an optional ":lemma|lemma" filter
(``prep:to`` steps on to the preposition's object), plus ``subj`` (the logical subject, passive
and control included), ``obj`` (direct object, or the passive subject) and ``subtree``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

_KNOWN_KEYS = {
    "id", "code", "trigger", "require", "require_amount", "forbid", "source", "target", "place",
    "intent", "symmetric", "governor", "note", "participants", "target_from_context",
    "target_default", "source_default", "negated",
}
_BUILTIN_STEPS = {"subj", "obj", "subtree", "self", "head"}
_DEPS = {  # the labels of spaCy's English dependency scheme (ClearNLP)
    "acl", "acomp", "advcl", "advmod", "agent", "amod", "appos", "attr", "aux", "auxpass", "case",
    "cc", "ccomp", "compound", "conj", "csubj", "csubjpass", "dative", "dep", "det", "dobj",
    "expl", "intj", "mark", "meta", "neg", "nmod", "npadvmod", "nsubj", "nsubjpass", "nummod",
    "oprd", "parataxis", "pcomp", "pobj", "poss", "preconj", "predet", "prep", "prt", "quantmod",
    "relcl", "xcomp",
}


_POS_TAGS = frozenset({  # spaCy's universal parts of speech
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
    "PUNCT", "SCONJ", "SYM", "VERB", "X",
})


class PatternError(ValueError):
    """A pattern file is malformed; the message names file, line and pattern id."""


@dataclass(frozen=True)
class Step:
    dep: str
    lemmas: frozenset[str] = frozenset()
    pos: frozenset[str] = frozenset()  # "head[NOUN]:report": a report, not "media reported"


@dataclass(frozen=True)
class Pattern:
    id: str
    code: str
    lemmas: frozenset[str]
    pos: frozenset[str]
    require: tuple[tuple[Step, ...], ...] = ()
    forbid: tuple[tuple[Step, ...], ...] = ()
    require_amount: bool = False
    source: tuple[tuple[Step, ...], ...] = (("subj",),)  # type: ignore[assignment]
    target: tuple[tuple[Step, ...], ...] = ()
    place: tuple[tuple[Step, ...], ...] = ()
    intent: str | None = None
    symmetric: bool = False
    governor: frozenset[str] = frozenset()  # for nouns: lemmas of the verb they must depend on
    participants: bool = False  # nouns like "talks": actors come from the noun's own phrase
    target_from_context: bool = False  # "requested that ...": the counterpart in the discourse
    target_default: str | None = None  # no target named: the source's own country in this role
    source_default: str | None = None  # no source named: people of the place, in this role
    negated: str | None = None  # the code of the refusal when the trigger is negated
    origin: str = ""


def parse_path(text: str) -> tuple[Step, ...]:
    steps = []
    for raw in text.split(">"):
        dep, _, lem = raw.strip().partition(":")
        pos: frozenset[str] = frozenset()
        if dep.endswith("]") and "[" in dep:
            dep, _, tags = dep[:-1].partition("[")
            pos = frozenset(t.strip().upper() for t in tags.split("|") if t.strip())
            if not pos or not pos <= _POS_TAGS:
                raise ValueError(f"unknown part of speech in step {raw.strip()!r} of path "
                                 f"{text!r} (one or more of {', '.join(sorted(_POS_TAGS))})")
        if dep not in _DEPS and dep not in _BUILTIN_STEPS:
            raise ValueError(f"unknown dependency step {dep!r} in path {text!r}")
        lemmas = frozenset(x.strip().lower() for x in lem.split("|") if x.strip())
        steps.append(Step(dep, lemmas, pos))
    return tuple(steps)


def _paths(value: object, key: str) -> tuple[tuple[Step, ...], ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{key!r} must be a path string or a list of them")
    return tuple(parse_path(v) for v in value)


def pattern_from_dict(d: dict[str, object], origin: str = "") -> Pattern:
    unknown = set(d) - _KNOWN_KEYS
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}")
    pid, code, trig = d.get("id"), d.get("code"), d.get("trigger")
    if not isinstance(pid, str) or not pid:
        raise ValueError("'id' must be a non-empty string")
    if not isinstance(code, str) or not code.isdigit() or not 2 <= len(code) <= 4:
        raise ValueError("'code' must be a CAMEO code such as \"042\"")
    if not isinstance(trig, dict) or not trig.get("lemma"):
        raise ValueError("'trigger' must be an object with a 'lemma' list")
    lemmas = trig["lemma"] if isinstance(trig["lemma"], list) else [trig["lemma"]]
    pos = trig.get("pos", ["VERB"])
    pos = pos if isinstance(pos, list) else [pos]
    intent, negated = d.get("intent"), d.get("negated")
    for key, value in (("intent", intent), ("negated", negated)):
        if value is not None and (not isinstance(value, str) or not value.isdigit()):
            raise ValueError(f"{key!r} must be a CAMEO code")
    default, source_default = d.get("target_default"), d.get("source_default")
    from eventwire.actors.dictionary import ROLES

    for key, value in (("target_default", default), ("source_default", source_default)):
        if value is not None and value != "" and value not in ROLES:
            raise ValueError(f"{key!r} must be a role code such as \"GOV\", not {value!r}")
    from eventwire import cameo

    for c in filter(None, [code, intent, negated]):
        cameo.lookup(str(c))  # unknown codes fail here, with the code in the message
    source = _paths(d.get("source"), "source") or (parse_path("subj"),)
    gov = d.get("governor") or []
    return Pattern(
        id=pid,
        code=code,
        lemmas=frozenset(str(x).lower() for x in lemmas),
        pos=frozenset(str(x).upper() for x in pos),
        require=_paths(d.get("require"), "require"),
        forbid=_paths(d.get("forbid"), "forbid"),
        require_amount=bool(d.get("require_amount", False)),
        source=source,
        target=_paths(d.get("target"), "target"),
        place=_paths(d.get("place"), "place"),
        intent=intent if isinstance(intent, str) else None,
        symmetric=bool(d.get("symmetric", False)),
        governor=frozenset(str(x).lower() for x in (gov if isinstance(gov, list) else [gov])),
        participants=bool(d.get("participants", False)),
        target_from_context=bool(d.get("target_from_context", False)),
        target_default=default if isinstance(default, str) else None,
        source_default=source_default if isinstance(source_default, str) else None,
        negated=negated if isinstance(negated, str) else None,
        origin=origin,
    )


VERB_TSV_HEADER = ("code", "lemmas", "source", "target")


def load_verb_tsv(path: Path, text: str) -> list[Pattern]:
    """The simple user format: one verb rule a row, ``code  lemmas  [source]  [target]``.

    ``lemmas`` are ``|``-separated verb lemmas; source and target are paths of the pattern
    language (default ``subj`` and ``obj``, several separated by ``;``).
    """
    out: list[Pattern] = []
    header_seen = False
    for lineno, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in raw.lstrip("\ufeff").split("\t")]
        if not header_seen:
            if tuple(c.lower() for c in cells[:len(VERB_TSV_HEADER)]) != VERB_TSV_HEADER:
                raise PatternError(f"{path}:{lineno}: a verb TSV file starts with the header "
                                   f"{chr(9).join(VERB_TSV_HEADER)!r}")
            header_seen = True
            continue
        if len(cells) > len(VERB_TSV_HEADER):
            raise PatternError(f"{path}:{lineno}: {len(cells)} cells; a row has at most 4")
        code, lemmas, source, target = (cells + ["", "", "", ""])[:4]
        try:
            out.append(pattern_from_dict({
                "id": f"{path.stem}:{lineno}", "code": code,
                "trigger": {"lemma": [x for x in lemmas.split("|") if x.strip()]},
                "source": [x for x in source.split(";") if x.strip()] or None,
                "target": [x for x in (target or "obj").split(";") if x.strip()],
            }, origin=f"{path.name}:{lineno}"))
        except (ValueError, KeyError) as exc:
            raise PatternError(f"{path}:{lineno}: {exc}") from exc
    return out


def load_pattern_file(path: Path | str, text: str | None = None) -> list[Pattern]:
    """Patterns of a JSONL file, or of a verb TSV file (``.tsv``, see `load_verb_tsv`)."""
    path = Path(path)
    text = path.read_text(encoding="utf-8") if text is None else text
    if path.suffix.lower() == ".tsv":
        return load_verb_tsv(path, text)
    out: list[Pattern] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#") or line.startswith("//"):
            continue
        pid = "?"
        try:
            d = json.loads(line)
            if not isinstance(d, dict):
                raise ValueError("each line must be a JSON object")
            pid = str(d.get("id", "?"))
            out.append(pattern_from_dict(d, origin=f"{path.name}:{lineno}"))
        except (ValueError, KeyError) as exc:
            raise PatternError(f"{path}:{lineno}: pattern {pid}: {exc}") from exc
    return out


@dataclass(frozen=True)
class PatternSet:
    patterns: tuple[Pattern, ...]
    by_lemma: dict[str, tuple[Pattern, ...]]
    trigger_forms: frozenset[str]  # lower-case surface forms of every trigger lemma
    # The candidate filter: a trigger form of a pattern that needs nothing else makes a
    # sentence a candidate; one whose patterns all require other words ("be ... critical")
    # does so only with, for some pattern, a form of each word it requires.
    free_forms: frozenset[str] = frozenset()
    cued_forms: dict[str, tuple[tuple[frozenset[str], ...], ...]] = field(default_factory=dict)

    def for_lemma(self, lemma: str) -> tuple[Pattern, ...]:
        return self.by_lemma.get(lemma.lower(), ())

    def is_candidate(self, words: Iterable[str]) -> bool:
        """Whether some pattern could fire on a sentence of these (tokenized) words.

        A cheap necessary condition, checked before parsing: most news sentences fail it.
        """
        present = {w.lower() for w in words}
        if not present.isdisjoint(self.free_forms):
            return True
        for form in present.intersection(self.cued_forms):
            for cues in self.cued_forms[form]:
                if all(not present.isdisjoint(cue) for cue in cues):
                    return True
        return False


def build_pattern_set(patterns: Iterable[Pattern]) -> PatternSet:
    from eventwire.coder.inflect import surface_forms

    pats = tuple(patterns)
    seen: set[str] = set()
    for p in pats:
        if p.id in seen:
            raise PatternError(f"{p.origin}: duplicate pattern id {p.id}")
        seen.add(p.id)
    by: dict[str, list[Pattern]] = {}
    forms: set[str] = set()
    free: set[str] = set()
    cued: dict[str, set[tuple[frozenset[str], ...]]] = {}
    for p in pats:
        cues = _cues(p, surface_forms)
        for lemma in p.lemmas:
            by.setdefault(lemma, []).append(p)
            own = surface_forms(lemma, noun="NOUN" in p.pos, verb="VERB" in p.pos)
            forms.update(own)
            if cues:
                for form in own:
                    cued.setdefault(form, set()).add(cues)
            else:
                free.update(own)
    cued_forms = {f: tuple(sorted(c, key=len)) for f, c in cued.items() if f not in free}
    return PatternSet(pats, {k: tuple(v) for k, v in by.items()}, frozenset(forms),
                      frozenset(free), cued_forms)


def _cues(p: Pattern, surface_forms: Callable[..., set[str]]) -> tuple[frozenset[str], ...]:
    """For each `require` path that names words, the surface forms one of which must occur.

    Only the first step naming words counts (deeper steps hang on it). Steps on the trigger
    itself ("self:") or that only name a dependency constrain nothing here.
    """
    out = []
    if p.governor:  # nouns that need a governing verb ("held talks")
        out.append(frozenset(f for lemma in p.governor for f in surface_forms(lemma, verb=True)))
    for path in p.require:
        for step in path:
            if step.lemmas and step.dep != "self":
                out.append(frozenset(f for lemma in step.lemmas
                                     for f in surface_forms(lemma, noun=True, verb=True)))
                break
    return tuple(out)


def packaged_pattern_files() -> list[Path]:
    root = resources.files("eventwire") / "data" / "coder" / "patterns"
    return sorted(Path(str(p)) for p in root.iterdir() if p.name.endswith(".jsonl"))


@cache
def default_patterns() -> PatternSet:
    return load_patterns(())


def load_patterns(extra_files: Iterable[str | Path] = ()) -> PatternSet:
    """Packaged pattern files, then the user's own (same format) on top."""
    pats: list[Pattern] = []
    for f in [*packaged_pattern_files(), *map(Path, extra_files)]:
        pats.extend(load_pattern_file(f))
    return build_pattern_set(pats)
