"""Turn parsed sentences into CAMEO events: triggers, arguments, date, place and amount."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from eventwire import amounts as amounts_mod
from eventwire import cameo, dates, places
from eventwire.actors.resolve import (
    DocumentActors,
    Mention,
    is_pair_word,
    is_person_pronoun,
    pair_kind,
    stance_prefix,
)
from eventwire.coder import syntax
from eventwire.coder.patterns import Pattern, PatternSet, parse_path
from eventwire.records import Actor, Amount, DateMention, DateSpan, Document, Event

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from eventwire.actors.dictionary import ActorDictionary
    from eventwire.nlp import Sentence

# Codes whose two sides are interchangeable (a meeting is between, not from/to).
SYMMETRIC = {"040", "041", "044", "046", "057"}
AID_ROOTS = {"06", "07", "033"}
# Nominal events ("talks started") count only when a verb asserts that they happened.
OCCURRENCE_VERBS = {"start", "begin", "open", "resume", "take", "hold", "conclude", "end",
                    "continue", "be", "wrap", "kick", "get", "sign", "reach", "conduct", "have"}


@dataclass
class _Candidate:
    pattern: Pattern
    trigger: Token
    code: str
    source: Actor
    target: Actor
    source_text: str
    target_text: str
    date: DateSpan
    date_text: str | None
    date_kind: str  # explicit | narrative | publication
    place: places.Place | None
    amount: Amount | None
    target_how: str = "named"  # named | context (the other side so far) | default (the rule's)


@dataclass
class DocumentCoder:
    """Codes one document, sentence by sentence, keeping the narrative state between them."""

    document: Document
    patterns: PatternSet
    actors: DocumentActors
    narrative: DateSpan | None = None
    narrative_paragraph: int = -1
    events: list[Event] = field(default_factory=list)
    trace: list[str] | None = None  # when a list: why each pattern did or did not fire
    _place_country: str | None = None  # country of the place the current sentence names
    # actors given a country, and from where: "place" (the sentence's) or "focus" (the article's)
    _inferred: dict[tuple[str, str], str] = field(default_factory=dict)
    _last_group: Actor | None = None  # the previous sentence's subject, when not a person
    _hyphenated: set[int] = field(default_factory=set)  # mentions inside "Saudi-led" words
    _pronoun_group: dict[int, list[Actor]] = field(default_factory=dict)  # "they" -> speakers
    _owners: dict[int, list[Actor]] = field(default_factory=dict)  # "its"/"their" -> owners
    undated: int = 0  # events left out: no date in the text and no publication date
    _crime: bool | None = None  # whether the article is about cartels and gangs

    def _why(self, p: Pattern, tok: Token, reason: str) -> list[_Candidate]:
        if self.trace is not None:
            self.trace.append(f"{p.id} at {tok.text!r} ({tok.i}): {reason}")
        return []

    @property
    def anchor(self) -> dt.date | None:
        return self.document.published_date

    def code_sentence(self, sentence: Sentence, doc: Doc, mentions: list[Mention]) -> None:
        found_dates = dates.find_dates(sentence.text, self.anchor, self.narrative)
        found_amounts = amounts_mod.find_amounts(
            sentence.text, self.anchor.year if self.anchor else None
        )
        self._pronoun_group = {}
        self._owners = {}
        self._hyphenated = {m.start for m in mentions
                            if m.end + 1 < len(doc) and doc[m.end].tag_ == "HYPH"
                            and doc[m.end + 1].lower_ in _DESCRIPTIVE_PARTICIPLES}
        resolved = self._resolve_pronouns(doc, mentions, sentence.index)
        place_country, population = _sentence_place_country(
            doc, mentions, self.actors.focus_country(),
            accept=lambda c, n: self._plausible_place(c, n, mentions))
        self._place_country = place_country if self._plausible_place(
            place_country, population, mentions) else None
        if self._place_country:  # a later sentence with no place of its own is set there
            self.actors.places[self._place_country] += 1
            self.actors.last_place = self._place_country
        candidates: list[_Candidate] = []
        for tok in doc:
            for pattern in self.patterns.for_lemma(tok.lemma_):
                if tok.pos_ not in pattern.pos and not (
                    "VERB" in pattern.pos and tok.pos_ == "AUX"
                ):
                    continue
                candidates.extend(
                    self._apply(pattern, tok, doc, resolved, found_dates, found_amounts, sentence)
                )
        # Background in a relative clause ("whom Putin in 2019 thanked") does not move the story.
        # A bare year ("Jeenbekov likewise in 2019 called ...") is background: it does not
        # replace a narrative told by day or month.
        explicit = [c.date for c in candidates if c.date_kind == "explicit"
                    and syntax.clause_verb(c.trigger).dep_ not in ("relcl", "acl")
                    and not (c.date_text and _LINK_END.search(c.date_text))
                    and not (c.date.precision == "year" and self.narrative is not None
                             and self.narrative.precision != "year")]
        earlier = frozenset((e.source[:3] if e.source[:3] in ("IGO", "NGO") else e.source[:3],
                             e.target[:3]) for e in self.events if e.code == "042")
        kept = _mediated_parties(_dedupe(_drop_subsumed(candidates)), candidates)
        for cand in _with_implied_visits(kept, earlier):
            if self._repeats_earlier(cand):
                continue
            if cand.date_kind == "publication" and self.anchor is None:
                self.undated += 1  # no publication date to fall back on: it cannot be dated
                continue
            self.events.append(self._event(cand, sentence))
        if not explicit:
            explicit = self._uncoded_narrative(doc, found_dates)
        if explicit:
            self.narrative = explicit[-1]
            self.narrative_paragraph = sentence.paragraph
        self._last_group = _group_subject(doc, resolved)

    def _uncoded_narrative(self, doc: Doc, found: list[DateMention]) -> list[DateSpan]:
        """The date of a past main clause that coded nothing ("Pakistan's army chief toured
        forward positions on Wednesday."): what the next sentences tell happened then."""
        roots = [t for t in doc if t.dep_ == "ROOT" and t.tag_ == "VBD"]
        if len(roots) != 1:
            return []
        root = roots[0]
        return [d.span for d in found if d.span.precision != "year"
                and self.anchor is not None and d.span.start <= self.anchor
                and _date_attached(d, root, doc) and _clause_distance(d, root, doc) == 0
                and not (self.narrative is not None and d.span.end < self.narrative.start and
                         (h := _date_head(d, doc)) is not None and _asked_of_another(h, root))]

    def _repeats_earlier(self, c: _Candidate) -> bool:
        """A visit or meeting mentioned again later in the article is the same event.

        An earlier mention with a weaker date (publication or narrative) gives way to a later
        one that states its date.
        """
        if not c.code.startswith("04"):
            return False
        if c.code in ("040", "046") and c.trigger.pos_ == "NOUN":
            # "during two-way talks between Japarov and Putin": the visit told earlier
            pair = {c.source.country, c.target.country}
            if any(ev.code in ("042", "043") and {ev.source[:3], ev.target[:3]} == pair
                   and ev.date == c.date.iso for ev in self.events):
                return True
        key = _dyad_key(c.code, c.source.country, c.target.country)
        for k, ev in enumerate(self.events):
            if _dyad_key(ev.code, ev.source[:3], ev.target[:3]) != key or (
                    c.code == "045" and ev.target != c.target.code):
                continue  # a mediator with a government and with its rebels: two events
            if ev.date == c.date.iso:
                return True
            if ev.extra["date_kind"] != "explicit" and c.date_kind == "explicit":
                del self.events[k]
                return False
            if c.date_kind != "explicit":
                return True
        return False

    # -- actors ----------------------------------------------------------------------
    def _resolve_pronouns(
        self, doc: Doc, mentions: list[Mention], sent_index: int
    ) -> list[Mention]:
        """Give he/him/his and "the two" an actor, from this sentence or the ones before."""
        out = list(mentions)
        covered = {i for m in mentions for i in range(m.start, m.end)}
        for tok in doc:
            if tok.i in covered:
                continue
            if tok.lower_ in ("its", "their") and tok.dep_ == "poss":
                owners = self._possessors(tok, out)  # "China said its coast guard ..."
                if owners:
                    self._owners[tok.i] = owners
                    if tok.lower_ == "its" and _actor_of(tok.head, out) is None:
                        # "its offensive in Gaza", "its siege of the city": the owner's act
                        out.append(Mention(tok.i, tok.i + 1, replace(owners[0], text=tok.text),
                                           "pronoun"))
            elif is_person_pronoun(tok.text):
                actor = self._pronoun_actor(tok, out, sent_index)
                if actor is not None:
                    out.append(Mention(tok.i, tok.i + 1, replace(actor, text=tok.text),
                                       "pronoun", person=True))
            elif tok.lower_ in ("it", "them") and tok.dep_ in ("dobj", "pobj", "dative"):
                actor = self._object_group(tok, out)  # "accusing it of ...", "urged them to"
                if actor is not None and tok.lower_ == "them":
                    group = _coordinated_with(actor, tok, out)
                    if len(group) > 1:  # "aid to Guatemala, Honduras and El Salvador, ...
                        self._pronoun_group[tok.i] = group  # accusing them"
                if actor is not None:
                    out.append(Mention(tok.i, tok.i + 1, replace(actor, text=tok.text),
                                       "pronoun"))
            elif tok.lower_ in _ANAPHOR_NOUNS and _bare_definite(tok):
                # "accusing the bloc of meddling", "The group accused the company": the body
                # of that class named last, in this sentence or the two before
                verb = syntax.clause_verb(tok)
                subj = syntax.logical_subject(verb) if tok.dep_ not in (
                    "nsubj", "nsubjpass") else None
                own = _actor_of(subj, out) if subj is not None and subj.i != tok.i else None
                actor = self.actors.last_body(_ANAPHOR_NOUNS[tok.lower_], sent_index, tok.i,
                                              exclude=own)
                if actor is not None and actor.role and actor.code.startswith(
                        ("IGO", "NGO")) and actor.code.endswith(actor.role):
                    # "Greenpeace activists ... the group": the organisation, not its members
                    actor = replace(actor, code=actor.code[:-len(actor.role)], role=None)
                if actor is not None:
                    out.append(Mention(tok.i, tok.i + 1, replace(actor, text=tok.text),
                                       "pronoun"))
            elif tok.lower_ in _GROUP_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass"):
                actor = _speaker_of(tok, out)
                if actor is not None and tok.lower_ in ("they", "we"):
                    # "Ireland, Spain and Norway said they would ...": all of them
                    self._pronoun_group[tok.i] = _speakers_of(tok, out)
                if actor is None:
                    actor = _main_subject_of(tok, out)  # "fighters executed men when they ..."
                if actor is None and tok.i < 3 and self._last_group is not None:
                    actor = self._last_group  # "The rebels seized the town. They also ..."
                if actor is not None:
                    out.append(Mention(tok.i, tok.i + 1, replace(actor, text=tok.text),
                                       "pronoun"))
        return sorted(out, key=lambda m: m.start)

    def _possessors(self, tok: Token, mentions: list[Mention]) -> list[Actor]:
        """Who "its"/"their" names: the subject of the nearest clause around it that is a
        state, body or group named before it ("China said its coast guard fired", "Mali's
        army denied that its soldiers ..."), never a person, and not the phrase that holds
        the pronoun itself; "its" wants one party, "their" may be several ("Chile and
        Colombia recalled their ambassadors")."""
        plural = tok.lower_ == "their"
        for anc in tok.ancestors:
            if anc.pos_ not in ("VERB", "AUX"):
                continue
            subj = syntax.logical_subject(anc)
            if subj is None or subj.i > tok.i or subj.i == tok.i or \
                    tok.i in {t.i for t in subj.subtree}:
                continue
            conj = syntax.conjuncts(subj)
            if not plural and (len(conj) > 1 or subj.tag_ == "NNS"):
                continue  # "its" is one party
            found: list[Actor] = []
            for cj in conj:
                m = _mention_at(cj, mentions)
                if m is None or m.kind == "demonym" or (m.person and not plural):
                    found = []
                    break
                if m.person and cj.tag_ not in ("NNS", "NNPS"):
                    found = []  # "their" is no one man
                    break
                found.append(m.actor)
            if found:
                return found
        if self._last_group is not None and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in tok.sent if c.i < tok.i):
            return [self._last_group]  # "Russia shelled Kharkiv. Its troops also ..."
        return []

    def _owned(self, t: Token, actor: Actor | None) -> list[Actor]:
        """"its coast guard", "their ambassadors": an unowned office or force belongs to
        the possessor the pronoun names, not to the article's focus country."""
        if actor is None or actor.country or actor.name or not actor.role or _is_body(actor) \
                or actor.role in ("CVL", "REF"):
            return []  # "its residents": of the place just named as often as of the subject
        poss = next((c for c in t.children if c.dep_ == "poss" and c.i in self._owners), None)
        if poss is None:
            return []
        out: list[Actor] = []
        for o in self._owners[poss.i]:
            if _is_body(o) or o.role in _ARMED_ROLES or o.role == "OPP":
                out.append(replace(o, text=actor.text))  # "Al-Shabaab said its fighters"
            elif o.country:
                out.append(Actor(o.country + actor.role, o.country, actor.role, None,
                                 actor.text))
        return out

    def _object_group(self, tok: Token, mentions: list[Mention]) -> Actor | None:
        """An object "it"/"them": the latest group, state or organisation named before it that
        is not the clause's own subject; else the previous sentence's subject."""
        verb = syntax.clause_verb(tok)
        subj = syntax.logical_subject(verb)
        subject_actor = _actor_of(subj, mentions) if subj is not None else None
        home = None  # the subject's country, guessed as for any argument
        if subject_actor is not None and subj is not None:
            origins = [] if subject_actor.country else _origins(subj, mentions)
            home = subject_actor.country or (origins[0] if origins else None) or \
                self.actors.fill_country(subject_actor).country
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children):
            # "would strike back if Seoul attacked it": "it" is the main clause's subject
            # the surface subject: "diplomats were expelled by Estonia after it accused them"
            main = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")),
                        None) or syntax.logical_subject(verb.head)
            main_actor = _actor_of(main, mentions) if main is not None else None
            if main_actor is not None and (subject_actor is None or
                                           main_actor.code != subject_actor.code):
                return main_actor
        for m in reversed([m for m in mentions if m.end <= tok.i]):
            if (m.person and tok.doc[m.end - 1].pos_ != "NOUN") or m.kind in (
                    "demonym", "pronoun") or not m.actor.code:
                continue  # a person is no "it"; "Petro's government" is
            head = next((t for t in tok.doc[m.start:m.end] if not m.covers(t.head.i)),
                        tok.doc[m.end - 1])
            if head.dep_ == "pobj" and head.head.lower_ in ("at", "in", "before", "from"):
                continue  # "filed a case against Israel at the ICJ, accusing it": not the court
            if subject_actor is not None and m.actor.code == subject_actor.code:
                continue
            if home is not None and m.kind in ("country", "capital") and \
                    m.actor.country == home:
                continue  # "expelled by Estonia after its ministry accused them": not Estonia
            return m.actor
        last = self._last_group
        if last is not None and (subject_actor is None or last.code != subject_actor.code):
            return last
        return None

    def _pronoun_actor(self, tok: Token, mentions: list[Mention], sent_index: int) -> Actor | None:
        subject_actor = None
        verb = tok.head if tok.dep_ != "poss" else syntax.clause_verb(tok)
        subj = syntax.logical_subject(verb) if tok.dep_ not in ("nsubj", "nsubjpass") else None
        if subj is not None and subj.i != tok.i:
            subject_actor = _actor_of(subj, mentions)
        # "he", "his": one person, never "officials" or "Kenyan ministers"
        earlier = [m for m in mentions if m.person and m.end <= tok.i
                   and tok.doc[m.end - 1].tag_ not in ("NNS", "NNPS")]
        if tok.dep_ in ("nsubj", "nsubjpass") or tok.lower_ in ("he", "she"):
            subj_mentions = [m for m in earlier if _is_subject(m, tok.doc)]
            if subj_mentions:
                return subj_mentions[-1].actor
            prev = self.actors.last_person(subject_only=True, before_sentence=sent_index)
            return prev or self.actors.last_person(before_sentence=sent_index)
        # object or possessive: anyone but the clause's own subject
        for m in reversed(earlier):
            if subject_actor is None or not _same(m.actor, subject_actor):
                return m.actor
        return self.actors.last_person(exclude=subject_actor, before_sentence=sent_index)

    def _actors_for(self, tokens: list[Token], mentions: list[Mention],
                    sent_index: int, places_ok: bool = False) -> list[tuple[Actor, str]]:
        """The actors named at these tokens; with `places_ok` a city names its country
        ("shelled Kharkiv" is done to Ukraine)."""
        out: list[tuple[Actor, str]] = []
        for tok in tokens:
            if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl":
                rel = tok.head
                tok = tok.head.head  # "Jeenbekov, whom Putin thanked": the antecedent
                tok = self._misattached_antecedent(tok, rel, mentions)
            owned = False  # the first conjunct names its country
            owner: str | None = None
            first = _actor_of(tok, mentions)  # "the foreign ministers of Jordan and Egypt"
            for t in syntax.conjuncts(tok):
                if (pair_kind(t) == "sides" or syntax.is_each_side(t)) and \
                        not _actor_of(t, mentions):  # "both sides", "each side blamed ..."
                    sides = self._sides_of_clause(t, mentions, sent_index) or \
                        self._sides_named(t, mentions, sent_index)
                    if sides:
                        out.extend((a, t.text) for a in sides)
                        continue
                if is_pair_word(t.text) and not _actor_of(t, mentions):
                    pair = self.actors.last_pair(sent_index + 1)
                    if pair:
                        out.extend((a, t.text) for a in pair)
                    continue
                if t.i in self._pronoun_group and len(self._pronoun_group[t.i]) > 1:
                    out.extend((a, t.text) for a in self._pronoun_group[t.i])
                    continue
                actor = _actor_of(t, mentions)
                owned_by = self._owned(t, actor)
                if owned_by:
                    out.extend((a, a.text) for a in owned_by)
                    continue
                if actor is not None and not actor.country and not actor.name:
                    actor = _member_of(t, mentions) or actor  # "fighters from the Wagner Group"
                if t.i != tok.i and actor is not None and first is not None:
                    actor = _shared_office(tok, first, t, actor, mentions)
                actor = _shared_possessed(t, actor, mentions)  # "Ethiopia's and Eritrea's troops"
                if actor is not None and actor.country and t.i == tok.i:
                    owned = True
                    # a bare country ("Iranian combatants and civilians") or former office
                    # holders ("former Tunisian ministers and diplomats") cover the whole list
                    owner = actor.country if actor.role and actor.role != "ELI" else None
                if actor is not None and not actor.country and t.i != tok.i and owned and \
                        t.dep_ == "conj" and not actor.code.startswith(("IGO", "NGO")):
                    if not actor.role or owner is None:
                        continue  # "U.S. and British warplanes and warships": the same owners
                    # "Iran's Revolutionary Guards and police": the police are Iran's too
                    actor = Actor(owner + actor.role, owner, actor.role, actor.name, actor.text)
                if actor is not None and not actor.country and actor.role and \
                        not actor.code.startswith(("IGO", "NGO")):
                    of_sides = self._of_sides(t, mentions, sent_index)
                    if of_sides:  # "the leaders of both countries"
                        out.extend((Actor(a.country + actor.role, a.country, actor.role, None,
                                          actor.text), actor.text)
                                   for a in of_sides if a.country)
                        continue
                if actor is not None and not actor.country and not actor.code.startswith(
                        ("IGO", "NGO")):
                    origins = _origins(t, mentions)  # "migrant laborers from Kyrgyzstan"
                    if origins:
                        for c in origins:
                            if c.startswith(("IGO", "NGO")):
                                out.append((Actor(c, None, None, None, actor.text), actor.text))
                            else:
                                out.append((Actor(c + (actor.role or ""), c, actor.role,
                                                  actor.name, actor.text), actor.text))
                        continue
                if actor is not None and actor.role == "REB" and not actor.name and \
                        actor.text.split()[-1].lower() in _GUNMEN and self._about_crime():
                    # "gunmen" in a story of cartels and gangs are criminals, not insurgents
                    actor = replace(actor, code=(actor.country or "") + "CRM", role="CRM")
                roles = _coordinated_roles(t, actor, self.actors.dictionary)
                if roles:  # "government and opposition negotiators": one actor per side
                    out.extend((self.actors.fill_country(a, self._place_country,
                                                         (sent_index, t.i)), a.text)
                               for a in roles)
                    continue
                if actor is not None:
                    filled = self.actors.fill_country(actor, self._place_country,
                                                      (sent_index, t.i))
                    if filled is not actor:
                        self._inferred[(filled.code, actor.text)] = (
                            "place" if filled.country == self._place_country else "focus")
                    own = (filled, actor.text)
                    mods = self._coordinated_modifiers(t, actor)
                    # "Indian and Pakistani troops": in the order the countries are named
                    own_pos = min((i for i, (a, _) in mods if a.country == actor.country),
                                  default=t.i)
                    out.extend(x for _, x in sorted(
                        [(own_pos, own), *((i, m) for i, m in mods if m[0].country !=
                                           actor.country)], key=lambda e: e[0]))
                elif places_ok:
                    place = _place_at(t)
                    if place is not None and place.country:
                        c = place.country
                        out.append((Actor(c, c, None, None, place.name), place.name))
                    elif place is None and _private_person(t):
                        # "Luis Manuel Diaz was snatched by armed men": a person named with
                        # no title is a civilian of the place the sentence names
                        name = " ".join(w.text for w in (*_name_parts(t), t))
                        bare = Actor("CVL", None, "CVL", None, name)
                        filled = self.actors.fill_country(bare, self._place_country,
                                                          (sent_index, t.i))
                        if filled.country:
                            out.append((filled, name))
        uniq: list[tuple[Actor, str]] = []
        for a, text in out:
            if a.code and all(a.code != b.code or a.name != b.name for b, _ in uniq):
                uniq.append((a, text))
        return uniq

    def _misattached_antecedent(self, ante: Token, rel: Token, mentions: list[Mention]
                                ) -> Token:
        """"drills near Ukraine, which Kyiv called blackmail": a relative clause whose speaker
        is of the country the parser took as antecedent speaks of the act the place only
        closes ("drills near Ukraine"), done by that act's subject (Russia)."""
        if ante.dep_ != "pobj" or ante.head.dep_ != "prep":
            return ante
        speaker = syntax.logical_subject(rel)
        said = _actor_of(speaker, mentions) if speaker is not None else None
        named = _actor_of(ante, mentions)
        if said is None or named is None or not said.country or said.country != named.country:
            return ante
        act = ante.head.head  # "drills near Ukraine" or "announced ... near the Philippines"
        if act.pos_ == "NOUN" and act.dep_ in ("dobj", "obj") and act.head.pos_ == "VERB":
            act = act.head
        if act.pos_ != "VERB":
            return ante
        doer = syntax.logical_subject(act)
        if doer is None or _actor_of(doer, mentions) is None:
            return ante
        return doer

    def _about_crime(self) -> bool:
        """Whether the article speaks of cartels, gangs or organised crime."""
        if self._crime is None:
            self._crime = bool(_CRIME_WORDS.search(self.document.text or ""))
        return self._crime

    def _sides_named(self, tok: Token, mentions: list[Mention], sent_index: int
                     ) -> tuple[Actor, Actor] | None:
        """"Russia urged both sides to talk": the two actors of different countries named
        last before, other than the clause's own subject."""
        subj = syntax.logical_subject(syntax.clause_verb(tok))
        exclude: set[str] = set()
        if subj is not None and subj.i != tok.i:
            for cj in syntax.conjuncts(subj):
                a = _actor_of(cj, mentions)
                if a is not None and a.country:
                    exclude.add(a.country)
        return self.actors.last_sides(sent_index, tok.i, exclude)

    def _sides_of_clause(self, tok: Token, mentions: list[Mention], sent_index: int
                         ) -> list[Actor]:
        """"Indian and Pakistani troops traded fire, each side blaming the other": "each side"
        in a clause hung on another is one of that clause's coordinated subjects."""
        if not syntax.is_each_side(tok):
            return []
        verb = up = syntax.clause_verb(tok)
        while up.dep_ in ("pcomp", "pobj", "prep") and up.head.i != up.i:
            up = up.head  # "with each side blaming the other"
        if up.i == verb.i:
            if verb.dep_ not in ("advcl", "conj", "ccomp") or verb.head.i == verb.i:
                return []
            up = verb.head
        subj = syntax.logical_subject(syntax.clause_verb(up))
        if subj is None:
            return []
        found = [a for a, _ in self._actors_for([subj], mentions, sent_index)]
        return found if len({a.country or a.code for a in found}) == 2 else []

    def _of_sides(self, tok: Token, mentions: list[Mention], sent_index: int
                  ) -> tuple[Actor, Actor] | None:
        """"the leaders of both countries", "officials from the two sides": the two sides."""
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pair_kind(pobj) == "sides":
                        return self._sides_named(pobj, mentions, sent_index)
        return None

    def _plausible_place(self, country: str | None, population: int | None,
                         mentions: list[Mention]) -> bool:
        """A town of the same name elsewhere ("Borno" in Germany, "Solhan" in Turkey) must not
        move the story: a town's country must be one the article names, unless it is a town
        of 30,000 people or more ("in Bucha", "in Kidal" place the event; the homonyms that
        mislead are villages)."""
        if country is None:
            return False
        if population is None or population >= 30_000:
            return True
        named = set(self.actors.countries) | {m.actor.country for m in mentions if m.actor.country}
        return country in named

    def _people_of(self, source: tuple[Actor, str], role: str) -> tuple[Actor, str]:
        """A bare country named by its demonym ("Russian shelling", "thousands of Lebanese")
        stands for some of its people: in this role."""
        actor, text = source
        d = self.actors.dictionary
        if not actor.country or actor.role or not (d.demonym(text) or d.demonym(text[:-1]) or (
                " " in text and d.demonym(text.split()[0]))):  # "Syrian jets" of "Russian and"
            return source
        return Actor(actor.country + role, actor.country, role, None, actor.text), text

    def _sides_with(self, target: tuple[Actor, str], sources: list[tuple[Actor, str]],
                    mentions: list[Mention], doc: Doc | None = None) -> tuple[Actor, str]:
        """"Venezuela's government would free jailed opposition activists" (talks held in
        Barbados): an unplaced opposition, rebels or protesters belong to the source's country;
        "Putin pledged more opportunities for migrant workers" (in talks with Kyrgyzstan): to
        the other side's, when they would otherwise be the source's own."""
        actor, text = target
        how = self._inferred.get((actor.code, text))
        if how is None or actor.role not in _DOMESTIC_ROLES or (
                how == "place" and actor.role in _PLACE_BOUND_ROLES):
            return target  # crowds, fighters, police are where the sentence puts them
        named = [s.country for s, t in sources if s.country and (s.code, t) not in self._inferred]
        home = named[0] if named else None
        if actor.role in _ARMED_ROLES and len(set(named)) > 1:
            # "French and Malian troops ... against jihadists": a coalition names its foreign
            # partner first and the country it fights in last; a named force ("Russia's Wagner
            # Group") is the foreign partner
            d = self.actors.dictionary
            states = [s.country for s, t in sources if s.country and not s.name and
                      (s.code, t) not in self._inferred and t and d.demonym(t.split()[0])]
            home = (states or named)[-1]
        if home is not None and home == actor.country and sources and \
                actor.role not in _OWN_SIDE_ROLES and actor.role not in _ARMED_ROLES:
            # not a place they are taken to: "put them on a plane to Washington"
            parties = mentions if doc is None else [
                m for m in mentions if not _is_locative(m, doc, _DESTINATION_PREPS)]
            other = self._counterpart(sources[0][0], parties)
            home = other[0].country if other is not None else None
        if home is None or home == actor.country:
            return target
        return Actor(home + (actor.role or ""), home, actor.role, actor.name, actor.text), text

    def _local_targets(self, source: Actor, sources: list[tuple[Actor, str]],
                       targets: list[tuple[Actor, str]], tok: Token
                       ) -> list[tuple[Actor, str]]:
        """"Police in Spain and Portugal arrested smugglers": when police or prosecutors of
        several countries act together, each arrests people of its own country (the
        targets' country was only guessed from the place or the article). "Russia and Ukraine
        each released prisoners": each acts on the other's people."""
        if _reciprocal(tok) and source.country and len(
                {s.country for s, _ in sources if s.country}) == 2:
            other = next(s.country for s, _ in sources if s.country and
                         s.country != source.country)
            out = []
            for t, text in targets:
                if t.role and not t.name and t.country == source.country:
                    t = Actor(other + (t.role or ""), other, t.role, t.name, t.text)
                out.append((t, text))
            return out
        if source.role not in ("COP", "JUD") or not source.country or \
                len({s.country for s, _ in sources if s.country}) < 2:
            return targets
        out = []
        for t, text in targets:
            if t.role in _DOMESTIC_ROLES and t.country != source.country and \
                    (t.code, text) in self._inferred:
                c = source.country
                t = Actor(c + (t.role or ""), c, t.role, t.name, t.text)
            out.append((t, text))
        return out

    def _coordinated_modifiers(self, head: Token, actor: Actor
                               ) -> list[tuple[int, tuple[Actor, str]]]:
        """"Hungarian and Romanian officials": one actor per coordinated country word, with
        the word's position (the head's own country word included, to place it)."""
        if not actor.country or actor.name or actor.code[:3] != actor.country:
            return []
        d = self.actors.dictionary
        out = []
        words: list[Token] = []
        for c in head.children:
            if c.dep_ in ("amod", "compound", "nmod"):
                words.extend(syntax.conjuncts(c))
            elif c.dep_ == "prep" and c.lower_ == "of":  # "the leaders of Indonesia and Malaysia"
                for g in c.children:
                    if g.dep_ == "pobj":
                        words.extend(syntax.conjuncts(g))
        words.extend(t for t in _listed_before(head) if all(t.i != w.i for w in words))
        for cj in words:
            # the longest name ending at the word: "Papua New Guinean", "Equatorial Guinean",
            # "South African" (the parser may hang the first words on the noun, not the word)
            doc = cj.doc
            name = next((n for k in (2, 1) if cj.i - k >= 0 and all(
                doc[j].is_alpha and not doc[j].is_lower for j in range(cj.i - k, cj.i))
                for n in [doc[cj.i - k:cj.i + 1].text] if d.demonym(n) or d.country(n)),
                cj.text)
            country = d.demonym(name) or d.country(name)
            if country and stance_prefix(doc, cj.i - len(name.split()) + 1):
                continue  # "a pro-Palestinian rally in Paris": not the Palestinians'
            if country:
                text = f"{name} {head.text}"
                out.append((cj.i, (Actor(country + actor.code[3:], country, actor.role, None,
                                         text), text)))
        return out

    def _counterpart(self, source: Actor, mentions: list[Mention],
                     exclude: set[str] | frozenset[str] = frozenset(),
                     doc: Doc | None = None, discourse: bool = False
                     ) -> tuple[Actor, str] | None:
        """The other side in the discourse: latest actor of another country (not one of the
        `exclude`d: "Russian and Syrian warplanes" do not bomb each other); with `doc`, not
        a country or capital named as the place ("signed a deal in Barbados"). With
        `discourse`, failing all that, the latest other country of earlier sentences: "Iran
        threatened Israel. The US sent a carrier to the region" is a posture aimed at Iran."""
        if doc is not None:  # a party named elsewhere before the place; else the place
            return self._counterpart(source, [m for m in mentions if not _is_locative(m, doc)],
                                     exclude) or self._counterpart(source, mentions, exclude) \
                or (self._discourse_counterpart(source, exclude) if discourse else None)
        exclude = {*exclude, *([source.country] if source.country else [])}
        mentions = [m for m in mentions if m.start not in self._hyphenated]  # "Saudi-led"
        for m in reversed(mentions):
            if m.actor.country and m.actor.country not in exclude and m.kind != "demonym":
                return m.actor, m.actor.text
        for _, actor, _ in reversed(self.actors.people_seen):
            if actor.country and actor.country not in exclude:
                return actor, actor.text
        for m in reversed(mentions):
            if m.actor.country and m.actor.country not in exclude:
                country = m.actor.country
                return Actor(country, country, None, None, m.actor.text), m.actor.text
        return None

    def _listed_with(self, cp: tuple[Actor, str], mentions: list[Mention], doc: Doc,
                     sent_index: int, sources: list[tuple[Actor, str]]
                     ) -> list[tuple[Actor, str]]:
        """"rejected an ultimatum issued by Spain, France and Germany": a counterpart named
        in a list of countries or bodies stands with the whole list, one event each."""
        m = next((m for m in reversed(mentions) if m.actor.code == cp[0].code and
                  m.actor.text == cp[1] and m.kind in ("country", "igo")), None)
        if m is None:
            return [cp]
        head = doc[m.end - 1]
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        words = syntax.conjuncts(head)
        if len(words) < 2 or any((w := _mention_at(t, mentions)) is None or
                                 w.kind not in ("country", "igo") for t in words):
            return [cp]
        own = {s.country or s.code for s, _ in sources}
        listed = [x for x in self._actors_for([head], mentions, sent_index)
                  if (x[0].country or x[0].code) not in own]
        return listed if any(x[0].code == cp[0].code for x in listed) else [cp]

    def _discourse_counterpart(self, source: Actor, exclude: set[str] | frozenset[str]
                               ) -> tuple[Actor, str] | None:
        """The latest country of the article other than the source's, as the country itself:
        an adversary set up by earlier sentences, not a named office of it."""
        exclude = {*exclude, *([source.country] if source.country else [])}
        found = [(sent, actor) for sent, _, actor in self.actors.seen
                 if actor.country and actor.country not in exclude and len(actor.country) == 3]
        if not found:
            return None
        # the latest such sentence's first one: "Iran threatened Israel" sets up Iran
        actor = next(a for sent, a in found if sent == found[-1][0])
        country = actor.country or ""
        return Actor(country, country, None, None, actor.text), actor.text

    # -- one pattern at one trigger -----------------------------------------------------
    def _apply(self, p: Pattern, tok: Token, doc: Doc, mentions: list[Mention],
               found_dates: list[DateMention], found_amounts: list[Amount],
               sentence: Sentence) -> list[_Candidate]:
        if p.governor and not _governed_by(tok, p.governor):
            return self._why(p, tok, "not governed by " + "|".join(sorted(p.governor)))
        if "NOUN" in p.pos and tok.pos_ in ("NOUN", "PROPN") and not p.governor:
            if not _asserted_noun(tok):
                return self._why(p, tok, "noun not asserted as an event")
        for path in p.require:
            if not syntax.follow(tok, path):
                return self._why(p, tok, f"require {_show(path)} not met")
        for path in p.forbid:
            if syntax.follow(tok, path):
                return self._why(p, tok, f"forbid {_show(path)} met")
        if _anchored_relative(p, tok) and not _own_date(tok, doc, found_dates):
            # "activists arrested in 2021 remain jailed", "a woman arrested by the morality
            # police" are background; "activists arrested in Harare on Monday" is an act
            return self._why(p, tok, "a background participle, no date or agent of its own")
        amount = _amount_for(tok, doc, found_amounts)
        if p.require_amount and amount is None:
            return self._why(p, tok, "no amount")
        code = p.code
        if syntax.is_permission_refused(tok):
            return self._why(p, tok, "refused permission: the refuser's act, coded on 'let'")
        # a rule that names the negator and no refusal code codes the negated phrase itself
        negated = syntax.is_negated(tok) and (
            p.negated is not None or not syntax.requires_negation(p.require))
        # "refused to meet", "will not ease sanctions": a refusal (12x) when the rule has one;
        # "did not meet": nothing happened
        refused = syntax.is_refused(tok) or (negated and (
            syntax.is_hypothetical(tok) or p.code.startswith("01")))  # "was not optimistic"
        refusal = bool(refused and p.negated)
        if refusal:
            code = p.negated or code
        elif negated or refused or syntax.is_reference(tok) or syntax.is_durative(tok):
            return self._why(p, tok, "negated, refused, reference or durative")
        if code.startswith("015") and syntax.is_attribution(tok):
            return self._why(p, tok, "blame put on another, not an admission")
        if syntax.is_ownerless_intent(tok):
            return self._why(p, tok, "a proposal nobody is said to make")
        if syntax.is_part_of_campaign(tok):
            return self._why(p, tok, "a part of a campaign told from its start")
        told = _witnessed(tok)  # "to probe the strike that killed X": a fact in any frame
        if not told and (syntax.infinitive_role(tok) == "purpose" or
                         syntax.is_purpose_clause(tok)):
            return self._why(p, tok, "purpose clause")
        if not told and syntax.is_reported_claim(tok):
            return self._why(p, tok, "a claim about the event, not the event")
        if not told and syntax.is_demanded(tok):
            return self._why(p, tok, "what is demanded, not done")
        if not told and syntax.is_condition(tok):
            return self._why(p, tok, "a condition (if/unless), not an act")
        hypothetical = syntax.is_hypothetical(tok) and not refusal and not told
        if hypothetical and not negated and code[:2] in _DONE_BY_ORDER and \
                self._orders_own(tok, mentions, sentence.index):
            hypothetical = False  # "instructed its ministries to suspend contact": done
        if hypothetical and syntax.is_speculation(tok):
            return self._why(p, tok, "speculation by a third party, not an intent")
        if syntax.is_habitual(tok) or syntax.describes_place(tok):
            return self._why(p, tok, "a habit, a rate or a place described, not an event")
        if hypothetical and (syntax.is_obligation(tok) or syntax.is_directed(tok)):
            return self._why(p, tok, "an obligation put on the actor, not its intent")
        if hypothetical and not code.startswith("03") and not code.startswith("02"):
            if _attempted(syntax.clause_verb(tok)):
                # "protesters tried to storm parliament": an attempt made, not a threat
                return self._why(p, tok, "an attempt, not a stated intent")
            if not p.intent:
                return self._why(p, tok, "hypothetical and no intent code")
            code = p.intent
        tense = "future" if hypothetical else syntax.tense(tok)

        sources, targets = self._arguments(p, tok, mentions, sentence.index)
        if _anchored_relative(p, tok):
            if not syntax.has_agent(tok):
                sources = []  # the noun is the one arrested, never the arrester
            if not targets and p.code.startswith("173"):
                # "activists arrested in Harare on Monday": the noun is the one arrested
                targets = self._actors_for([tok.head], mentions, sentence.index)
        default_role = p.source_default
        if not sources and targets and default_role is None and code[:3] in (
                "172", "173", "174") and (
                syntax.is_passive(tok) or (tok.dep_ == "acl" and tok.tag_ == "VBN") or
                syntax.misparsed_relative(tok)) and \
                not any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") or (
                    c.dep_ == "aux" and c.lower_ in ("had", "'d")) for c in tok.children) and \
                tok.dep_ != "pcomp":  # not the background of "who had been arrested at a
            # rally" or "after being detained"
            # "three reporters were detained in Addis Ababa": an agentless arrest, jailing or
            # expulsion is the work of the state where it happens (coded as its government);
            # the one detained must be named, not guessed as well
            default_role = "GOV"
        if not sources and default_role is not None:
            # "protests were held in several Iranian cities": people of the place named
            own = None  # "arrested at Podgorica airport", "expelled from Bahrain": that state
            for t in ([] if p.source_default is not None else [
                    w for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in (
                        "in", "at", "from", "near", "inside") for o in prep.children
                    if o.dep_ == "pobj" for w in (o, *o.children) if w.dep_ in ("pobj",
                                                                                 "compound")]):
                m = _mention_at(t, mentions)
                if m is not None and m.kind in ("country", "capital"):
                    own = own or m.actor.country
                elif m is None and t.pos_ == "PROPN":
                    found = places.resolve_place(t.text, self.actors.focus_country())
                    own = own or (found.country if found is not None else None)
            home = own or self._place_country or next(
                (m.actor.country for m in mentions if m.actor.country and m.kind in
                 ("country", "demonym", "capital")), None) or (
                self.actors.focus_country() if p.source_default is not None else next(
                    (m.actor.country for m in mentions if m.actor.country), None))
            # (an agentless arrest takes a country the sentence names: "a Kenyan police
            # officer was charged", not the article's)
            # ... else the article's country (its dateline or earlier sentences)
            if home:
                role = default_role or None
                sources = [(Actor(home + (role or ""), home, role, None, ""), "")]
        if not sources:
            return self._why(p, tok, "no source actor")
        target_how = "named"
        if not targets and (p.target_from_context or code[:2] in ("07", "06")):
            target_how = "context"
            cp = self._counterpart(sources[0][0], mentions,
                                   {x.country for x, _ in sources if x.country},
                                   doc, discourse=code[:2] == "15" or (
                                       code[:2] in _REACTION_ROOTS and _act_told_before(tok)))
            if cp and p.target_default is not None and any(
                    m.kind == "demonym" and m.actor.text == cp[1] and
                    _in_other_relative(doc[m.start], tok) for m in mentions):
                # "protested against a law critics say mirrors Russian legislation": an
                # adjective in a relative clause is a weaker guess than the rule's default
                cp = None
            if cp:
                targets = self._listed_with(cp, mentions, doc, sentence.index, sources)
        if not targets and p.target_default is not None and sources[0][0].country and \
                sources[0][0].role != p.target_default:  # a government does not protest itself
            # "imposed a curfew", "workers went on strike": done to their own country
            home = sources[0][0].country
            targets = [(Actor(home + p.target_default, home, p.target_default or None, None,
                              ""), "")]
            target_how = "default"
        if not targets:
            return self._why(p, tok, "no target actor")
        sources = [_home_of(s, targets) for s in sources]
        if code[:2] in ("15", "19", "20"):
            # "Pakistani air strikes", "Russian shelling": a country's weapons are its military
            sources = [self._people_of(x, "MIL") for x in sources]
        targets = [self._sides_with(t, sources, mentions, doc) for t in targets]
        if code.startswith("14"):
            # street protest is done by people ("tens of thousands of Lebanese"); a state
            # "protesting" complains officially
            sources = [self._people_of(x, "CVL") for x in sources]
            state = [x for x in sources if x[0].role in _STATE_ROLES or not x[0].role]
            if state:
                sources = [x for x in sources if x not in state]
                if not sources:
                    abroad = [t for t in targets if t[0].country != state[0][0].country]
                    if not abroad or tok.lemma_.lower() != "protest":
                        return self._why(p, tok, "a state cannot stage a street protest")
                    sources, targets, code = state, abroad, "114"  # "China protested the ..."
        span, date_text, kind = self._date_for(tok, doc, found_dates, tense, sentence.paragraph)
        own = syntax.misparsed_relative_adjuncts(tok)
        mine = [d for d in found_dates if own and (h := _date_head(d, doc)) is not None
                and h.i in own and not _links_clause(d, doc)]
        if mine and kind != "explicit":
            # "reporters detained in Goma last week were released": last week's detention
            span, date_text, kind = mine[0].span, mine[0].text, "explicit"
        if self.anchor and span.start > self.anchor:
            # "will travel to India in March": what is reported is the plan, made by now
            span, date_text, kind = self._statement_date(tok, doc, found_dates)
        place = self._place_for(p, tok, mentions, targets)
        if p.place or code[:2] in ("18", "19", "20"):  # shelling Kyiv hits Ukraine, not its cabinet
            targets = [self._destination(t) for t in targets]
        out: list[_Candidate] = []
        for s, s_text in sources:
            for t, t_text in self._local_targets(s, sources, targets, tok):
                if not _distinct((s, s_text), (t, t_text)) or (
                        s.code != t.code and s.country and s.country == t.country and
                        s.role == t.role):
                    continue
                if code in ("042", "043") and s.country and s.country == t.country:
                    continue  # a visit is to another country
                out.append(_Candidate(p, tok, code, s, t, s_text, t_text, span, date_text, kind,
                                      place, amount if code[:2] in ("06", "07") or code.startswith(
                                          "033") else None, target_how))
        if not out:
            return self._why(p, tok, "source and target are the same actor")
        self._why(p, tok, "fired: " + ", ".join(f"{c.code} {c.source.code}->{c.target.code}"
                                                for c in out))
        return out

    def _orders_own(self, tok: Token, mentions: list[Mention], sent_index: int) -> bool:
        """A past order to the orderer's own organs ("Kyiv ordered its troops to pull out")
        is the act itself; an order to foreigners ("ordered the envoy to leave") is not."""
        order = syntax.order_given(tok)
        if order is None:
            return False
        boss = syntax.logical_subject(order)
        ordered = [c for c in order.children if c.dep_ == "dobj"]
        if boss is None or not ordered:
            return False
        a = self._actors_for([boss], mentions, sent_index)
        if not a or a[0][0].country is None:
            return False
        if all(any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in o.children)
               for o in ordered):
            return True  # "ordered its troops to pull out"
        b = self._actors_for(ordered, mentions, sent_index)
        return bool(b) and all(x.country == a[0][0].country for x, _ in b)

    def _arguments(self, p: Pattern, tok: Token, mentions: list[Mention], sent_index: int
                   ) -> tuple[list[tuple[Actor, str]], list[tuple[Actor, str]]]:
        if p.participants:
            parts = self._actors_for(_participant_tokens(tok), mentions, sent_index)
            if not parts:
                return [], []
            first = parts[0]
            other = [x for x in parts[1:] if x[0].country != first[0].country or
                     _sides_of_one_country(first[0], x[0])]
            if not other:
                # "the talks with Uzbekistan": the subject of the clause is the other side
                subj = syntax.logical_subject(syntax.clause_verb(tok))
                other_side = self._actors_for([subj], mentions, sent_index) if subj else []
                return (other_side, [first]) if other_side else ([], [])
            return [first], [other[0]]
        sources: list[tuple[Actor, str]] = []
        for path in p.source:
            sources = self._actors_for(syntax.follow(tok, path), mentions, sent_index)
            if sources:
                break
        if len({(s.country, s.role) for s, _ in sources}) >= 2 and any(
                syntax.is_reciprocal_pronoun(t) for path in p.target
                for t in syntax.follow(tok, path)):
            # "Serbia and Kosovo accused each other", "each side blamed the other": every
            # party acts on every other one (the self-pairs are dropped when coded)
            return sources, sources
        targets: list[tuple[Actor, str]] = []
        for path in p.target:
            targets = self._actors_for(syntax.follow(tok, path), mentions, sent_index,
                                       places_ok=True)
            # a target that is one of the sources is no target, unless another source acts
            # on it: "the army and allied militias attacked the rebels"
            one_country = len({s.country for s, _ in sources}) == 1
            # "Russian and Syrian jets struck Aleppo": the Syrian jets are its military, not
            # the country they strike
            # (a lone source is its own mention: "the Indian drone strike" is not on India)
            acting = [self._people_of(x, "MIL") for x in sources] if p.code[:2] in (
                "15", "19", "20") and len(sources) >= 2 else sources
            targets = [t for t in targets if all(_distinct(s, t) for s in acting) or (
                one_country and any(_distinct(s, t) for s in acting))]
            if targets:
                break
        source_sides = {s.country or s.code for s, _ in sources}
        if len(sources) >= 2 and targets and p.code[:2] not in _STRUCK_ROOTS and all(
                (t.country or t.code) in source_sides and not t.role for t, _ in targets):
            targets = []  # "officials from the EU and China held talks": between the two
        if not targets and len(sources) >= 2 and (p.symmetric or p.code in SYMMETRIC):
            # "Japarov and Putin discussed ...": one event between the coordinated actors;
            # three or more give one per pair (the source x target product, minus self-pairs)
            return sources[:-1], sources[1:]
        return sources, targets

    # -- date, place, amount ---------------------------------------------------------
    def _destination(self, target: tuple[Actor, str]) -> tuple[Actor, str]:
        """Going to Moscow is going to Russia: a capital as destination is a place."""
        actor, text = target
        if actor.role == "GOV" and not actor.name and self.actors.dictionary.capital(text):
            return Actor(actor.country or "", actor.country, None, None, text), text
        return target

    def _date_for(self, tok: Token, doc: Doc, found: list[DateMention], tense: str,
                  paragraph: int) -> tuple[DateSpan, str | None, str]:
        attached = [d for d in found if _date_attached(d, tok, doc)]
        verb = syntax.clause_verb(tok)
        if not attached and _participle_adjunct(verb):
            # "ordered the expulsion of a journalist on Tuesday, accusing her of ...": the
            # participle tells the same act, on the same day
            attached = [d for d in found if _date_attached(d, verb.head, doc)]
        if not attached and tense == "past" and verb.dep_ == "conj" and \
                verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i and \
                syntax.tense(verb.head) == "past":
            # "police broke up the rally on Tuesday and rounded up dozens": the verbs share
            # a subject and, unless the second one names its own, a day
            attached = [d for d in found if _date_attached(d, verb.head, doc)]
        if not attached and tense == "past":
            # "gunned down villagers who were digging trenches ... on Saturday": a news day
            # the parser hung lower in the event's own sentence still tells its day
            inside = {t.i for t in verb.subtree} - {
                t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
            attached = [d for d in found if _DAY_WORDS.search(d.text)
                        and (h := _date_head(d, doc)) is not None and h.i in inside
                        and not _links_clause(d, doc) and not _possessive(h)]
        if not attached and verb.dep_ == "relcl":
            # "Thursday's raid on a market, where police fired tear gas": the raid's day
            noun = _event_noun_above(verb.head)
            attached = [d for d in found if noun is not None
                        and (h := _date_head(d, doc)) is not None and h.head.i == noun.i
                        and h.dep_ in ("poss", "compound", "nmod", "npadvmod")]
        if not attached:
            # "is on a three-day visit that began on Monday", "the offensive, launched in
            # March": the day a clause on the event noun says it started
            starts = _start_clauses(tok)
            attached = [d for d in found for c in starts if _date_attached(d, c, doc)]
            if attached:
                tense = "past"
        if attached and self.narrative is not None and tense == "past":
            # "called on Venezuelans to march on Saturday", told after Wednesday's news: a
            # weekday on what the appeal asks of others, that would fall before the story's
            # day, is the day still to come of the act asked for, not the appeal's
            attached = [d for d in attached if not (
                _DAY_WORDS.search(d.text) and d.span.end < self.narrative.start and
                (h := _date_head(d, doc)) is not None and _asked_of_another(h, tok))]
        if tense != "future" and _planned(tok):
            tense = "future"  # "is scheduled to hold talks on Tuesday": the next Tuesday
        elif tense == "future" and _attempted(verb):
            tense = "past"  # "tried to kill the minister on Sunday": the attempt was made
        if attached:
            # the event clause's own date first ("said on Thursday that forces used sarin in
            # the April 4 attack"), then that of the nearest clause reporting it
            # a nominal event told after its clause's verb takes the day that follows it ("on
            # Tuesday condemned the arrest of three lawmakers on Sunday"), not the verb's own
            nominal = tok.pos_ == "NOUN" and verb.i < tok.i
            best = min(attached, key=lambda d: (-1 if _links_clause(d, doc)
                                                else _clause_distance(d, tok, doc),
                                                nominal and _char_to_token(doc, d.start) < verb.i,
                                                abs(_char_to_token(doc, d.start) - tok.i)))
            span = best.span
            if _links_clause(best, doc):
                pass  # "a week after cutting aid": counted from the sentence's date already
            elif tense == "future" and self.anchor:
                again = dates.resolve_date(best.text, self.anchor, self.narrative,
                                           prefer_future=True)
                span = again or span
            elif tense in ("past", "perfect") and self.anchor and span.start > self.anchor \
                    and not _is_deadline(best, doc):
                # "used sarin in the April 4 attack" told in late October: the April before
                again = dates.resolve_date(best.text, self.anchor, self.narrative,
                                           prefer_past=True)
                span = again or span
            return span, best.text, "explicit"
        if self.narrative is not None and (
            tense == "past" or (tense == "perfect" and paragraph == self.narrative_paragraph)
        ) and not _no_comment(tok):
            return self.narrative, None, "narrative"
        if tense == "future":
            return self._statement_date(tok, doc, found)  # "will back the bid, he said Monday"
        anchor = self.anchor or dt.date(1970, 1, 1)
        return DateSpan(anchor, anchor, "day", "", assumed=True), None, "publication"

    def _statement_date(self, tok: Token, doc: Doc, found: list[DateMention]
                        ) -> tuple[DateSpan, str | None, str]:
        """The day a plan or threat was stated: that of the verb reporting it ("said on
        Thursday it would ..."), else the publication date."""
        verb = syntax.clause_verb(tok)
        told = self._told_on(verb, doc, found)
        if told is not None:
            return told.span, told.text, "explicit"  # "will send tanks, the minister said Monday"
        for _ in range(4):
            if verb.head.i == verb.i or verb.dep_ not in ("ccomp", "xcomp", "conj", "advcl"):
                break
            prev, verb = verb, verb.head
            attached = [d for d in found if self.anchor and d.span.start <= self.anchor
                        and (_date_attached(d, verb, doc) or _before_complement(d, prev, doc))
                        and (_clause_distance(d, tok, doc) > 0  # not the plan's own day
                             or _hangs_outside(d, prev, doc))]
            if attached:
                return attached[0].span, attached[0].text, "explicit"
        if verb.i != syntax.clause_verb(tok).i and verb.tag_ == "VBD" \
                and self.narrative is not None:
            return self.narrative, None, "narrative"  # "They warned him that farmers would ..."
        anchor = self.anchor or dt.date(1970, 1, 1)
        return DateSpan(anchor, anchor, "day", "", assumed=True), None, "publication"

    def _told_on(self, verb: Token, doc: Doc, found: list[DateMention]) -> DateMention | None:
        """"Germany will send tanks, the minister said on Wednesday": the past verb of saying
        the parser hung below the plan's own verb dates the plan."""
        for c in verb.children:
            if c.dep_ in ("conj", "parataxis", "ccomp") and c.i > verb.i \
                    and c.lemma_.lower() in syntax.SPEECH_VERBS and c.tag_ == "VBD":
                for d in found:
                    head = _date_head(d, doc)
                    if head is not None and self.anchor and d.span.start <= self.anchor \
                            and head in c.subtree and syntax.clause_verb(head).i == c.i:
                        return d
        return None

    def _place_for(self, p: Pattern, tok: Token, mentions: list[Mention],
                   targets: list[tuple[Actor, str]]) -> places.Place | None:
        hint = targets[0][0].country if targets else None
        for path in p.place or _DEFAULT_PLACE_PATHS:  # where the act is said to happen
            for t in syntax.follow(tok, path):
                m = _mention_at(t, mentions)
                if m is not None and m.kind not in ("capital", "country"):
                    continue
                text = m.actor.text if m is not None else t.text
                if m is None and t.pos_ != "PROPN":
                    continue
                found = places.resolve_place(text, hint)
                if found is not None and found.kind == "city":
                    return found
        return None

    # -- output ----------------------------------------------------------------------
    def _event(self, c: _Candidate, sentence: Sentence) -> Event:
        info = cameo.lookup(c.code)
        amount_usd = round(c.amount.usd, 2) if c.amount and c.amount.usd is not None else None
        source = self.actors.as_of(c.source, c.date.start)
        target = self.actors.as_of(c.target, c.date.start)
        return Event(
            doc_id=self.document.doc_id,
            code=c.code,
            source=source.code,
            target=target.code,
            date=c.date.iso,
            date_precision=c.date.precision,
            date_assumed=c.date_kind == "publication",
            sentence=sentence.text,
            char_start=sentence.start,
            char_end=sentence.end,
            source_text=c.source_text,
            target_text=c.target_text,
            source_name=source.name,
            target_name=target.name,
            plover=info.plover,
            plover_mode=info.plover_mode,
            quad_class=info.quad_class,
            goldstein=info.goldstein,
            event_name=info.name,
            place=c.place.name if c.place else None,
            place_country=c.place.country if c.place else None,
            lat=c.place.lat if c.place else None,
            lon=c.place.lon if c.place else None,
            amount_usd=amount_usd,
            amount_text=c.amount.text if c.amount else None,
            date_text=c.date_text,
            trigger=c.trigger.text,
            pattern_id=c.pattern.id,
            dictionary_version=self.actors.dictionary.version,
            outlet=self.document.outlet,
            published=self.document.published,
            extra={"date_kind": c.date_kind},
        )


# -- helpers -------------------------------------------------------------------------------
# Roots whose act a government's order to its own organs carries out at once ("instructed
# departments to suspend contact", "ordered its troops to pull out"); an order to "seize
# territory" is not yet a seizure.
_DONE_BY_ORDER = frozenset({"08", "16"})
# seizures and arrests told by a reduced relative ("the journalists detained ..."): coded only
# when the participle has its own date or agent
_ANCHORED_RELATIVE_CODES = frozenset({"171", "173"})
# the acts of a moment; "jailed", "imprisoned", "looted" participles stay background states
_ANCHORED_RELATIVE_LEMMAS = frozenset({
    "arrest", "detain", "apprehend", "nab", "capture", "seize", "impound", "confiscate",
    "commandeer"})


_COMMENT_WORDS = frozenset({"comment", "comments"})


def _no_comment(tok: Token) -> bool:
    """"declined to comment", "did not respond to a request for comment": an answer to the
    reporter, given when the story was written, not on the day of the background the sentence
    before told ("In a speech last month, he accused Paris ... The ministry declined to
    comment")."""
    verb = syntax.clause_verb(tok)
    return any(t.lemma_.lower() in _COMMENT_WORDS or t.lower_ in _COMMENT_WORDS
               for t in verb.subtree if t.i > verb.i) and \
        verb.lemma_.lower() in ("decline", "refuse", "respond", "reply", "answer", "reach")


def _anchored_relative(p: Pattern, tok: Token) -> bool:
    """A seizure or arrest told by a reduced relative ("the journalists detained on Monday"),
    which codes only with a date of its own."""
    return p.code[:3] in _ANCHORED_RELATIVE_CODES and tok.lemma_ in _ANCHORED_RELATIVE_LEMMAS \
        and syntax.reduced_relative(tok)


def _own_date(tok: Token, doc: Doc, found: list[DateMention]) -> bool:
    """A day or month (not a bare year: background) said of the participle itself."""
    sub = {t.i for t in tok.subtree}
    for d in found:
        if d.span.precision == "year":
            continue
        head = _date_head(d, doc)
        if head is not None and head.i in sub and head.i != tok.head.i:
            return True
    return False


def _mediated_parties(cands: list[_Candidate], found: list[_Candidate]) -> list[_Candidate]:
    """A mediator mediates between both parties: "talks between Kyiv and Moscow, brokered by
    Turkey" codes Turkey with each side of the talks the sentence codes, not only the one
    the parse hangs the verb on (`found`: every candidate, before one per act was kept)."""
    out = list(cands)
    meetings = [c for c in found if c.code in _MEETING_CODES]
    for c in cands:
        if c.code != "045":
            continue
        for m in meetings:
            sides = [(m.source, m.source_text), (m.target, m.target_text)]
            if not any(_same(c.target, a) for a, _ in sides):
                continue
            for a, text in sides:
                if _same(a, c.source) or any(
                        x.code == "045" and x.trigger.i == c.trigger.i and _same(x.target, a)
                        for x in out):
                    continue
                out.append(replace(c, target=a, target_text=text))
    return out


# talks a mediator brings about: its parties are the mediated sides
_MEETING_CODES = frozenset({"040", "043", "046"})


def _dyad_key(code: str, source: str | None, target: str | None) -> tuple[str, ...]:
    s, t = source or "", target or ""
    return (code, *sorted((s, t))) if code in SYMMETRIC else (code, s, t)


def _country_pair(c: _Candidate) -> tuple[str, str]:
    a, b = sorted((c.source.country or "", c.target.country or ""))
    return a, b


def _dedupe(cands: Sequence[_Candidate]) -> list[_Candidate]:
    """One event per act: several patterns may fire on one trigger, several consult verbs
    ("met ... and discussed") and a visit with its talks describe one meeting."""
    # a source guessed from the place ("was deported from Bahrain": its government) yields to
    # one another rule found in the text for the same act on the same side
    named = {(c.trigger.i, c.code[:2], _entity(c.target)) for c in cands if c.source_text}
    cands = [c for c in cands if c.source_text or
             (c.trigger.i, c.code[:2], _entity(c.target)) not in named]
    # likewise a target supplied by a rule's default ("resigned under pressure": the
    # civilians) yields to one another rule names for the same act ("... from armed gangs")
    aimed = {(c.trigger.i, c.code[:2], _entity(c.source)) for c in cands
             if c.target_how == "named"}
    cands = [c for c in cands if c.target_how != "default" or
             (c.trigger.i, c.code[:2], _entity(c.source)) not in aimed]
    best: dict[tuple[object, ...], _Candidate] = {}
    for c in cands:  # one code per trigger and actor pair: the most specific pattern's
        k = (c.trigger.i, c.source.code, c.target.code, _weapon(c))
        if k not in best or _specificity(c.pattern) > _specificity(best[k].pattern):
            best[k] = c
    cands = [c for c in cands
             if best[(c.trigger.i, c.source.code, c.target.code, _weapon(c))] is c]
    # one reading of a trigger per source and root: "demanded the release of X" read by two
    # rules with different targets is one demand, the more specific rule's
    # (another target found for the same code is kept: "warned X and Y")
    cands = _most_specific(cands, lambda c: (c.trigger.i, c.source.code, c.code[:2],
                                             _weapon(c)))
    # nor two roots on one trigger for one side and one country: "handed over medicines to
    # Sri Lanka" is aid (073), not a release (0841) to Sri Lanka as well; but a country's
    # rebels are another side than its state: "French and Malian troops launched an operation
    # against jihadists" fights the rebels (190) whatever the allies do together (060)
    cands = _most_specific(cands, lambda c: (c.trigger.i, c.source.code, _entity(c.target),
                                             c.target.role in _CHALLENGER_ROLES, _weapon(c)))
    cands = _one_of_verb_and_noun(cands)
    out: list[_Candidate] = []
    seen: set[tuple[object, ...]] = set()
    told_by: dict[tuple[object, ...], list[_Candidate]] = {}
    visits = {_country_pair(c) for c in cands if c.code in ("042", "043")}
    for c in cands:
        countries = _country_pair(c)
        if c.code in ("040", "046") and countries in visits:
            continue
        if c.code.startswith("04") or c.code == "036":
            key: tuple[object, ...] = ("04", c.code if c.code in ("036", "041", "043") else "",
                                       countries,
                                       # a mediator acts on each party, two of one country too
                                       c.target.code if c.code == "045" else "")
        else:  # one act of a kind per pair and clause: "tore up the pact, ending ties"
            key = (c.code[:2], c.source.code, c.target.code, _clause_group(c.trigger),
                   _weapon(c))
            # told again by another word of the clause, the sides named less or more precisely
            # ("went on a rampage ..., firing on residents"; "declined to free the tanker,
            # dismissing the owners' appeal"): the same act, the more specific code
            told = (c.code[:2], _entity(c.source), _entity(c.target), _clause_group(c.trigger))
            prior = [o for o in told_by.get(told, []) if o.trigger.i != c.trigger.i]
            if any(o.code[:3] == c.code[:3] or (_generic(c.code) and not _generic(o.code)
                                                and _verbal(o, c)) for o in prior):
                continue
            for o in prior:
                if _generic(o.code) and not _generic(c.code) and _verbal(o, c) and o in out:
                    out.remove(o)
            told_by.setdefault(told, []).append(c)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


_ARTILLERY = frozenset({"artillery", "shell", "shells", "mortar", "mortars", "rocket", "rockets",
                        "tank", "tanks", "howitzer", "howitzers", "shelling", "barrage"})
_AIR = frozenset({"drone", "drones", "aircraft", "jet", "jets", "warplane", "warplanes",
                  "airstrike", "airstrikes", "air", "helicopter", "helicopters", "missile",
                  "missiles"})


def _weapon(c: _Candidate) -> str:
    """"pounded positions with artillery and drones": a rule that demands both an artillery
    and an air weapon tells one attack with two codes (194 and 195), each kept; any other
    candidate keeps one code per trigger and pair."""
    if c.code not in ("194", "195"):
        return ""
    words = [step.lemmas for path in c.pattern.require for step in path]
    both = any(w & _ARTILLERY for w in words) and any(w & _AIR for w in words)
    return c.code if both else ""


def _verbal(a: _Candidate, b: _Candidate) -> bool:
    """Both told by verbs ("declined ..., dismissing"); "attacked ... in violation of the
    truce" names a second act with a noun."""
    return a.trigger.pos_ == b.trigger.pos_ == "VERB"


def _generic(code: str) -> bool:
    """A root's catch-all code ("120" reject, "190" fight): any specific one says more."""
    return len(code) == 3 and code.endswith("0")


def _most_specific(cands: list[_Candidate],
                   group: Callable[[_Candidate], tuple[object, ...]]) -> list[_Candidate]:
    """In each group, the codes of the most specific rules that fired (ties kept)."""
    top: dict[tuple[object, ...], tuple[int, set[str]]] = {}
    for c in cands:
        level, codes = top.get(group(c), (-1, set()))
        if _specificity(c.pattern) > level:
            top[group(c)] = (_specificity(c.pattern), {c.code})
        elif _specificity(c.pattern) == level:
            codes.add(c.code)
    return [c for c in cands if c.code in top[group(c)][1]]


def _one_of_verb_and_noun(cands: list[_Candidate]) -> list[_Candidate]:
    """"mounted a joint diplomatic campaign": the verb and its object noun both read as the
    event tell it once; the more specific reading gives the code."""
    def sides(c: _Candidate) -> tuple[str, ...]:  # who acts on whom; either way for a meeting
        pair = (c.source.code, c.target.code)
        return tuple(sorted(pair)) if c.code in SYMMETRIC or c.code[:2] in ("05", "06") else pair
    drop: set[int] = set()
    for k, noun in enumerate(cands):
        if noun.trigger.pos_ not in ("NOUN", "PROPN") or noun.trigger.dep_ not in ("dobj",
                                                                                 "nsubjpass"):
            continue
        for j, verb in enumerate(cands):
            if verb.trigger.i != noun.trigger.head.i or sides(verb) != sides(noun):
                continue
            if _specificity(noun.pattern) > _specificity(verb.pattern):
                drop.add(j)
            elif _specificity(verb.pattern) > _specificity(noun.pattern):
                drop.add(k)
    return [c for k, c in enumerate(cands) if k not in drop]


def _entity(a: Actor) -> str:
    """Who an actor is at the level events are compared: its country, else its code."""
    return a.country or a.code


def _show(path: tuple[object, ...]) -> str:
    return ">".join(f"{st.dep}:{'|'.join(sorted(st.lemmas))}" if st.lemmas else st.dep
                    for st in path)  # type: ignore[attr-defined]


def _with_implied_visits(cands: list[_Candidate],
                         earlier_visits: frozenset[tuple[str | None, str | None]] = frozenset()
                         ) -> list[_Candidate]:
    """"Egypt hosted Abbas in Cairo": the host's event (043) and the guest's visit (042)."""
    out = list(cands)
    visits = {(c.source.country, c.target.country) for c in cands if c.code == "042"}
    meetings = [c for c in cands if c.code in ("040", "043", "046", "057")]
    for c in cands:
        if c.code in ("040", "043", "046", "057") and _joint(c, meetings):
            continue  # "India and Britain opened talks in Delhi": who travelled is not said
        if c.code == "043":
            host, guest, host_text, guest_text = c.source, c.target, c.source_text, c.target_text
        elif c.code in ("040", "046", "057") and c.place is not None and c.place.country:
            # "met Hichilema in Lusaka": whoever is not at home made a visit
            if c.place.country == c.target.country:
                host, guest, host_text, guest_text = (c.target, c.source, c.target_text,
                                                      c.source_text)
            elif c.place.country == c.source.country:
                host, guest, host_text, guest_text = (c.source, c.target, c.source_text,
                                                      c.target_text)
            else:
                continue
        else:
            continue
        if guest.role not in (None, "GOV", "MIL", "ELI") or guest.code[:3] == "NGO":
            continue  # state visits: officials and organisations, not traders or protesters
        key = (guest.code[:3] if guest.code[:3] == "IGO" else guest.country, host.country)
        if not host.country or not key[0] or key[0] == host.country or key in visits:
            continue
        visits.add(key)
        if key in earlier_visits:
            continue  # the article's visit, already told: these talks are part of it
        country = Actor(host.country, host.country, None, None, host_text)
        out.append(replace(c, code="042", source=guest, target=country,
                           source_text=guest_text, target_text=host_text))
    return out


def _joint(c: _Candidate, meetings: list[_Candidate]) -> bool:
    """The two sides are named together ("talks between X and Y", "signed by X and Y", "X and
    Y officials met their counterparts"), so the sentence does not tell who was the guest."""
    if c.pattern.participants or (c.source_text and c.source_text == c.target_text):
        return True  # "officials from the EU and China held talks": one phrase names both
    sides = {(m.source.country, m.target.country) for m in meetings if m.trigger.i == c.trigger.i}
    if len({s for s, _ in sides}) > 1 and len({t for _, t in sides}) == 1:
        return True  # several coordinated subjects meet one host: a joint meeting
    if len({t for _, t in sides}) > 1 and len({s for s, _ in sides}) == 1:
        return True  # one host receives several coordinated guests together
    source, target = _tokens_of(c.trigger.doc, c.source_text), _tokens_of(c.trigger.doc,
                                                                        c.target_text)
    return any(a.i != b.i and syntax.first_conjunct(a).i == syntax.first_conjunct(b).i
               for a in source for b in target)


def _tokens_of(doc: Doc, text: str) -> list[Token]:
    at = doc.text.find(text) if text else -1
    span = doc.char_span(at, at + len(text), alignment_mode="expand") if at >= 0 else None
    return list(span) if span is not None else []


def _clause_group(tok: Token) -> int:
    """The clause a trigger's act belongs to; coordinated verbs ("congratulated him and
    thanked him") are separate acts, subordinate ones ("..., ending ties") are not."""
    cur = syntax.clause_verb(tok)
    for _ in range(8):
        if cur.dep_ in ("conj", "ROOT") or cur.head.i == cur.i:
            return cur.i
        cur = cur.head
    return cur.i


def _specificity(p: Pattern) -> int:
    """How much a pattern demands beyond its trigger: the more, the more specific its code."""
    return len(p.require) + p.require_amount + bool(p.governor)


def _drop_subsumed(cands: Sequence[_Candidate]) -> list[_Candidate]:
    """"invited him to visit", "promised to give": the governing verb is the event;
    "rallied to demand his resignation": a protest's aim is part of the protest; "convicted X
    and sentenced him": the sentence is part of the verdict."""
    triggers = {c.trigger.i for c in cands}
    protests = {c.trigger.i for c in cands if c.code.startswith("14")}
    threats = {c.trigger.i for c in cands if c.code.startswith("13")}
    convicted = {(_entity(c.source), _entity(c.target)) for c in cands if c.code == "116"}
    out = []
    for c in cands:
        if c.code == "173" and c.trigger.lemma_.lower() in _SENTENCING and \
                (_entity(c.source), _entity(c.target)) in convicted:
            continue  # "convicted X and sentenced him to two years": one verdict (116)
        if _witnessed(c.trigger):
            out.append(c)  # "to investigate the strike that killed X": told as a fact
            continue
        verb = syntax.clause_verb(c.trigger)
        govs = {g.i for g in syntax.governors(verb)}
        if govs & (triggers - {c.trigger.i}):
            continue
        head = verb.head.i
        if head != c.trigger.i and head in triggers and (
                (verb.dep_ == "advcl" and syntax.is_infinitive(verb))  # "offered ... to mediate"
                or (verb.dep_ == "ccomp" and head in threats)):  # "warned that X would ..."
            continue
        if verb.dep_ in ("advcl", "xcomp") and verb.head.i in protests and \
                verb.head.i != c.trigger.i and c.code[:2] in ("10", "11", "02"):
            continue
        out.append(c)
    return out


def _coordinated_with(actor: Actor, tok: Token, mentions: list[Mention]) -> list[Actor]:
    """The actors coordinated with the latest mention of `actor` before `tok`
    ("Guatemala, Honduras and El Salvador"), that one included."""
    m = next((m for m in reversed(mentions) if m.end <= tok.i and m.actor == actor), None)
    if m is None:
        return [actor]
    head = next((t for t in tok.doc[m.start:m.end] if not m.covers(t.head.i)),
                tok.doc[m.end - 1])
    out: list[Actor] = []
    for cj in syntax.conjuncts(syntax.first_conjunct(head)):
        a = _actor_of(cj, mentions)
        if a is not None and a not in out:
            out.append(a)
    return out if actor in out else [actor]


def _reciprocal(tok: Token) -> bool:
    """"Russia and Ukraine each released ...": "each" on the verb or its subject; a verb of
    exchange with coordinated subjects ("Russia and Ukraine swapped prisoners") too."""
    subj = syntax.logical_subject(tok)
    if tok.lemma_.lower() in syntax.RECIPROCAL_VERBS and subj is not None and \
            len(syntax.conjuncts(subj)) >= 2 and not any(
                c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return True  # (not "traded gunfire with rebels": the rebels are the other side)
    for head in (tok, subj):
        if head is not None and any(c.lower_ == "each" and c.dep_ in ("appos", "advmod", "det",
                                                                      "npadvmod", "dep")
                                    for c in head.children):
            return True
    return False


def _distinct(source: tuple[Actor, str], target: tuple[Actor, str]) -> bool:
    """Whether source and target are two parties. One code is one party, except people
    acting on other people of their country: "a mob lynched a man" (two phrases)."""
    (s, s_text), (t, t_text) = source, target
    if s.code != t.code:
        return True
    return bool(s.role == "CVL" and not s.name and not t.name and s_text and t_text
                and s_text.lower() != t_text.lower())


_CHALLENGER_ROLES = frozenset({"REB", "OPP", "INS"})


def _sides_of_one_country(a: Actor, b: Actor) -> bool:
    """"talks between Ethiopia's government and Tigrayan forces": a government (or its army)
    and its rebels or opposition are two parties, though of one country."""
    if not a.country or a.country != b.country or a.name and a.name == b.name:
        return False
    roles = {a.role, b.role}
    return len(roles) == 2 and bool(roles & {"GOV", "MIL"}) and bool(roles & _CHALLENGER_ROLES)


_DESTINATION_PREPS = frozenset({"in", "at", "to", "into", "toward", "towards"})


def _is_locative(m: Mention, doc: Doc, preps: frozenset[str] = frozenset({"in", "at"})
                 ) -> bool:
    """A country or capital named as where something happens: "in Barbados", "at Havana"
    (with `preps`, also where someone goes: "a plane to Washington")."""
    if m.kind not in ("country", "capital"):
        return False
    head = doc[m.end - 1]
    if head.dep_ != "pobj" or head.head.lower_ not in preps:
        return False
    if head.head.lower_ in ("in", "at"):
        return True
    # "returned them to China" says whose they are; "a plane to Washington" does not
    verb = head.head.head
    return verb.lemma_.lower() not in _RETURN_LEMMAS and not any(
        c.lower_ == "back" for c in verb.children)


_RETURN_LEMMAS = frozenset({"return", "repatriate", "deport"})


_SENTENCING = frozenset({"sentence", "jail", "imprison"})


def _same(a: Actor, b: Actor) -> bool:
    if a.name and b.name:
        return a.name == b.name
    return a.code == b.code


def _is_subject(m: Mention, doc: Doc) -> bool:
    return any(doc[i].dep_ in ("nsubj", "nsubjpass") for i in range(m.start, m.end))


_DEFAULT_PLACE_PATHS = (parse_path("prep:in|at"),)
_LOCATIVE = frozenset({"in", "near", "at", "outside", "across", "around", "inside", "throughout",
                       "on", "over"})


def _sentence_place_country(
    doc: Doc, mentions: list[Mention], hint: str | None = None,
    accept: Callable[[str | None, int | None], bool] | None = None,
) -> tuple[str | None, int | None]:
    """The country of the first place the sentence locates something in ("in Idlib"), with
    the town's population (None for a country or capital named by the dictionary). A country
    named that way wins over a town ("the town of Palma in northern Mozambique"). A town that
    `accept` rejects (a village whose namesake lies abroad) does not end the search: "in
    Yauri, in Kebbi state" is placed by the state that follows it."""
    rejected: tuple[str | None, int | None] | None = None
    for tok in doc:
        if tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE:
            m = _mention_at(tok, mentions)
            if m is not None and m.kind in ("country", "capital") and m.actor.country:
                return m.actor.country, None
    for tok in doc:
        if tok.dep_ != "pobj" or tok.head.lower_ not in _LOCATIVE:
            continue
        m = _mention_at(tok, mentions)
        if m is not None:
            if m.kind in ("country", "capital") and m.actor.country:
                return m.actor.country, None
            continue
        for c in tok.children:  # "in several French cities"; "near the Venezuelan border"
            if tok.lemma_.lower() in _BORDER_NOUNS:  # is the neighbour's edge, not a place in it
                break
            mc = _mention_at(c, mentions) if c.dep_ in ("amod", "compound") else None
            if mc is not None and mc.kind == "demonym" and mc.actor.country:
                return mc.actor.country, None
        place = _place_at(tok, hint)
        if place is not None and place.country:
            if accept is None or accept(place.country, place.population):
                return place.country, place.population
            rejected = rejected or (place.country, place.population)
            for c in tok.children:  # "near Kaura, a village of Zamfara state"
                wider = _place_at(c, hint) if c.dep_ == "appos" else None
                if wider is not None and wider.country and accept(wider.country,
                                                                  wider.population):
                    return wider.country, wider.population
    return rejected or (None, None)


# unnamed armed men: insurgents, unless the story is one of organised crime
_GUNMEN = frozenset({"gunmen", "attackers", "assailants"})
_CRIME_WORDS = re.compile(r"\b(?:cartels?|gangs?|gangsters?|narco\w*|drug[- ]traffick\w*|"
                          r"criminal (?:groups?|gangs?|organi[sz]ations?))\b", re.I)


_BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "borders", "frontiers"})


# Places and units that stand for the force holding them: "attacked police stations".
_FACILITY_NOUNS = frozenset({
    "station", "stations", "base", "bases", "checkpoint", "checkpoints", "post", "posts",
    "headquarters", "barracks", "outpost", "outposts", "convoy", "convoys", "patrol",
    "patrols", "position", "positions", "camp", "camps", "compound", "garrison", "vehicle",
    "vehicles", "office", "offices", "building", "buildings", "embassy", "consulate",
    "academy", "depot", "airbase", "airfield", "ship", "vessel", "warship", "jet", "plane"})
_DOMESTIC_ROLES = frozenset({"OPP", "REB", "CVL", "JUD", "LEG", "MED", "BUS", "LAB", "EDU",
                            "REL", "AGR", "CRM", "HLH", "REF"})
_PLACE_BOUND_ROLES = frozenset({"CVL", "REB", "CRM", "REF", "AGR", "HLH", "REL"})
# "Saudi-led coalition", "UN-brokered truce", "Norway-based group": who leads, not who acts
_DESCRIPTIVE_PARTICIPLES = frozenset({
    "led", "backed", "brokered", "sponsored", "funded", "held", "controlled", "allied",
    "aligned", "based", "run", "owned", "linked", "mediated", "friendly"})
# a government's own opposition, courts and parliament: never the other side's
_OWN_SIDE_ROLES = frozenset({"OPP", "JUD", "LEG"})
# unnamed rebels and gangs a state acts on are its own ("Malian troops ... against jihadists,
# the French army said"), not those of another country the sentence names
_ARMED_ROLES = frozenset({"REB", "CRM"})
_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
_GROUP_PRONOUNS = frozenset({"it", "they", "we"})


def _is_igo(a: Actor) -> bool:
    return a.code.startswith("IGO")


def _is_body(a: Actor) -> bool:
    return a.code.startswith(("IGO", "NGO"))


def _is_firm(a: Actor) -> bool:
    return a.role == "BUS" or a.code.endswith("BUS")


def _is_group(a: Actor) -> bool:
    return a.code.startswith("NGO") or a.role in ("REB", "CRM", "OPP")


# "the bloc", "the company": a class noun referring back to the last body of its class
_ANAPHOR_NOUNS: dict[str, Callable[[Actor], bool]] = {
    **dict.fromkeys(("bloc", "alliance", "grouping"), _is_igo),
    **dict.fromkeys(("agency", "organisation", "organization", "body", "watchdog"), _is_body),
    **dict.fromkeys(("company", "firm", "carrier", "airline", "lender", "insurer", "miner",
                     "manufacturer", "conglomerate", "retailer", "operator", "automaker",
                     "carmaker", "broadcaster"), _is_firm),
    **dict.fromkeys(("group", "movement", "militia", "outfit"), _is_group),
}


def _bare_definite(tok: Token) -> bool:
    """"the bloc" and nothing more: no name, owner, "of" phrase or clause that would make it
    a new referent ("the group of seven", "a group that ...")."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "dative",
                                                "conj", "appos"):
        return False
    dets = [c for c in tok.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ != "the":
        return False
    return all(c.dep_ in ("det", "punct", "cc", "conj") or (
        c.dep_ == "prep" and c.lower_ == "of" and c.i + 1 < len(tok.doc) and  # "accusing
        tok.doc[c.i + 1].lower_.endswith("ing") and  # the bloc of meddling"
        tok.doc[c.i + 1].pos_ in ("VERB", "NOUN")) for c in tok.children)
_SPEECH_VERBS = syntax.SPEECH_VERBS


def _speech_subject(tok: Token) -> Token | None:
    """The subject of the verb of saying whose content holds `tok`'s clause, if any."""
    verb = tok.head
    for _ in range(3):
        if verb.dep_ not in ("ccomp", "conj", "xcomp") or verb.head.i == verb.i:
            return None
        speech = verb.head
        if speech.lemma_.lower() in _SPEECH_VERBS:
            return syntax.logical_subject(speech)
        verb = speech
    return None


# Reactions to an act ("condemned the launch", "welcomed the decision", "rejected the move").
_REACTION_ROOTS = frozenset({"05", "11", "12"})
# Acts a later sentence refers back to with "the": "North Korea fired a missile. Japan
# condemned the launch."
_ACT_NOUNS = frozenset({
    "launch", "launches", "test", "tests", "attack", "attacks", "strike", "strikes", "raid",
    "incursion", "decision", "move", "step", "arrest", "arrests", "detention", "detentions",
    "expulsion", "expulsions", "execution", "executions", "killing", "killings", "sentence",
    "verdict", "ruling", "ban", "crackdown", "seizure", "annexation", "deployment", "drills",
    "remarks", "comments", "announcement",
})


def _act_told_before(tok: Token) -> bool:
    """The trigger's object is an act named only by a definite noun ("condemned the launch",
    "criticised the decision"): whose act it is, earlier sentences tell."""
    for o in tok.children:
        if o.dep_ != "dobj" or o.pos_ != "NOUN" or o.lower_ not in _ACT_NOUNS:
            continue
        dets = [c.lower_ for c in o.children if c.dep_ == "det"]
        if dets not in (["the"], ["this"], ["that"]):
            return False
        return not any(c.dep_ in ("poss", "compound", "amod", "prep", "acl", "relcl")
                       for c in o.children)
    return False


def _asked_of_another(head: Token, trigger: Token) -> bool:
    """The date hangs on an infinitive the trigger asks of someone else ("urged Israel to
    accept the deal on Monday", "called on voters to march on Saturday")."""
    verb = syntax.clause_verb(trigger)
    for _ in range(3):  # "on Saturday" hangs on the verb through its preposition
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            break
        head = head.head
    if head.i == verb.i or head.head.i != verb.i or head.dep_ != "xcomp" or \
            head.pos_ not in ("VERB", "AUX") or _attempted(head):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return False
    return any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "on")
               for c in verb.children if c.i < head.i)


def _in_other_relative(tok: Token, trigger: Token) -> bool:
    """Whether `tok` lies in a relative clause that does not hold the trigger ("a law that
    critics say mirrors Russian legislation")."""
    for a in tok.ancestors:
        if a.dep_ == "relcl":
            return trigger not in a.subtree
    return False


def _speaker_of(tok: Token, mentions: list[Mention]) -> Actor | None:
    """"Venezuela said it would free ...": a subject "it"/"they" in what an actor says is
    that actor."""
    subj = _speech_subject(tok)
    if subj is None or (subj.i > tok.i and tok.lower_ != "we"):
        return None  # "They looted the hub, a UN official said": not the official
    return _actor_of(subj, mentions)

_SUBORDINATORS = frozenset({"when", "as", "after", "before", "while", "because", "until",
                            "since", "once", "where", "if"})


def _main_subject_of(tok: Token, mentions: list[Mention]) -> Actor | None:
    """A subject "it"/"they" of a clause hung on another ("Islamic State fighters executed
    hundreds when they overran Sinjar", "the army shelled the town before it withdrew"): the
    governing clause's subject, when it is a state, body or group that agrees in number."""
    verb = tok.head
    if verb.dep_ not in ("advcl", "conj") or verb.head.i == verb.i:
        return None
    if verb.dep_ == "advcl" and not any(c.dep_ in ("mark", "advmod") and
                                        c.lower_ in _SUBORDINATORS for c in verb.children):
        return None
    subj = syntax.logical_subject(verb.head)
    if subj is None or subj.i > tok.i:
        return None
    m = _group_mention(subj, mentions)
    if m is None or not m.actor.code:
        return None
    plural = subj.tag_ in ("NNS", "NNPS") or len(syntax.conjuncts(subj)) > 1
    if plural != (tok.lower_ == "they") and not (tok.lower_ == "they" and _is_group(m.actor)):
        return None  # "it" is one party; "they" many, or a group
    return m.actor


def _group_subject(doc: Doc, mentions: list[Mention]) -> Actor | None:
    """The subject of the sentence's main verb, when it is a group, state or organisation;
    under a trailing attribution ("The fighters arrived in trucks, a military source said")
    the subject of what is reported."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return None
    root = roots[0]
    if root.lemma_.lower() in _SPEECH_VERBS:
        said = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
        m = _group_mention(syntax.logical_subject(said[0]), mentions) if said else None
        if m is not None and m.actor.code:
            return m.actor
    m = _group_mention(syntax.logical_subject(root), mentions)
    return m.actor if m is not None else None


def _group_mention(tok: Token | None, mentions: list[Mention]) -> Mention | None:
    """The mention at `tok` when it names a group, state or organisation: not a person, a
    bare country adjective or a pronoun."""
    m = _mention_at(tok, mentions) if tok is not None else None
    if m is None or m.person or m.kind in ("demonym", "pronoun"):
        return None
    return m


def _listed_before(head: Token) -> list[Token]:
    """"Kenyan, Ugandan and Tanzanian officials": the country words listed right before a
    head, read off the surface (the parser often breaks such lists apart)."""
    out: list[Token] = []
    k = head.i - 1
    doc = head.doc
    while k >= 0 and doc[k].dep_ in ("amod", "compound", "nmod") and doc[k].head.i == head.i \
            and doc[k].pos_ not in ("PROPN", "ADJ"):
        k -= 1  # "Kenyan and Ugandan security officials": skip the head's own modifiers
    while k >= 0:
        tok = doc[k]
        if tok.lower_ in (",", "and", "or") and out:
            k -= 1
            continue
        if tok.pos_ in ("PROPN", "ADJ") and tok.text[:1].isupper():
            out.append(tok)
            k -= 1
            continue
        break
    return out if len(out) >= 2 else []  # one word: the parse already has it


# roots whose target is what is struck or seized: "Russian and Syrian warplanes bombed
# Idlib" strikes Syria (one of the attackers' own countries), not a meeting between the two
_STRUCK_ROOTS = frozenset({"17", "18", "19", "20"})


def _coordinated_roles(head: Token, actor: Actor | None, d: ActorDictionary) -> list[Actor]:
    """"Venezuelan government and opposition negotiators", "army and police officers":
    coordinated role words on one noun name one party each, of the phrase's country."""
    if actor is None or actor.name or actor.code.startswith(("IGO", "NGO")):
        return []
    for c in head.children:
        if c.dep_ not in ("nmod", "compound", "amod") or c.i > head.i:
            continue
        words = syntax.conjuncts(c)
        found = [d.agent(w.text) for w in words]
        roles = [f[0] for f in found if f is not None]
        if len(words) < 2 or len(roles) != len(words) or len(set(roles)) != len(roles):
            continue
        country = actor.country
        return [Actor((country or "") + r, country, r, None, f"{w.text} {head.text}")
                for w, r in zip(words, roles, strict=True)]
    return []


def _shared_possessed(tok: Token, actor: Actor | None, mentions: list[Mention]
                      ) -> Actor | None:
    """"Ethiopia's and Eritrea's troops", "Russia's and China's envoys": a bare country whose
    possessive is coordinated with another owner's group names that group of its own."""
    if actor is None or not actor.country or actor.role or actor.name or \
            not any(c.dep_ == "case" and c.lower_ in ("'s", "'") for c in tok.children):
        return actor
    for cj in syntax.conjuncts(tok)[1:]:
        if cj.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in cj.children):
            continue
        owned = _actor_of(cj, mentions)
        if owned is not None and owned.role and not owned.name:
            c = actor.country
            return Actor(c + owned.code[3:] if owned.country else c + owned.role, c,
                         owned.role, None, actor.text)
    return actor


def _origins(tok: Token, mentions: list[Mention]) -> list[str]:
    """Countries a role noun comes from: "delegations from Armenia and Azerbaijan"."""
    out: list[str] = []
    owned = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children)
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "of", "in"):
            continue
        if owned and prep.lower_ == "in":
            continue  # "a deal with its opponents in Barbados": theirs, met there
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for cj in syntax.conjuncts(pobj):
                m = _mention_at(cj, mentions)
                country = None
                if m is not None and m.kind in ("country", "capital", "demonym"):
                    country = m.actor.country
                elif m is not None and m.kind == "igo" and prep.lower_ == "from":
                    country = m.actor.code  # "officials from the European Union and China"
                elif m is None and prep.lower_ == "in":  # "authorities in eastern Libya"
                    place = _place_at(cj)
                    country = place.country if place is not None else None
                if country and country not in out:
                    out.append(country)
    return out


_MEMBER_NOUNS = frozenset({"fighter", "member", "militant", "mercenary", "gunman", "soldier",
                           "troop", "commander", "operative", "militiaman"})


def _member_of(tok: Token, mentions: list[Mention]) -> Actor | None:
    """"fighters from Russia's Wagner Group", "members of the RSF": the named armed group or
    force whose members they are."""
    if tok.lemma_.lower() not in _MEMBER_NOUNS:
        return None
    preps = list(tok.children)
    if tok.dep_ == "conj":  # "soldiers and fighters from X": the parser hangs it on the first
        preps += [c for c in tok.head.children if c.i > tok.i]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "of"):
            continue
        for pobj in prep.children:
            m = _mention_at(pobj, mentions) if pobj.dep_ == "pobj" else None
            if m is not None and m.kind in ("agent", "group") and m.actor.country and \
                    m.actor.role and not m.person:
                return m.actor
    return None


def _speakers_of(tok: Token, mentions: list[Mention]) -> list[Actor]:
    """Every coordinated speaker of the clause "they" stands in: "Ireland, Spain and Norway"."""
    subj = _speech_subject(tok)
    if subj is None:
        return []
    found = [_actor_of(c, mentions) for c in syntax.conjuncts(subj)]
    return [a for a in found if a is not None]

def _home_of(source: tuple[Actor, str], targets: list[tuple[Actor, str]]) -> tuple[Actor, str]:
    """"Rebels attacked Goma": armed groups and crowds with no country act where they strike."""
    actor, text = source
    if actor.country or actor.role not in ("REB", "CRM", "CVL", "OPP"):
        return source
    place = next((t for t, _ in targets if t.country and not t.role), None)
    if place is None:
        return source
    c = place.country
    return Actor(c + (actor.role or ""), c, actor.role, actor.name, actor.text), text


def _name_parts(tok: Token) -> list[Token]:
    """The proper nouns compounded before `tok` ("Luis Manuel" of "Luis Manuel Diaz")."""
    return [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]


def _private_person(tok: Token) -> bool:
    """Whether a proper-noun phrase is a person's full name with no title ("Luis Manuel
    Diaz"): first name and surname, tagged as a person, no common noun ("the Mayor")."""
    parts = _name_parts(tok)
    if tok.pos_ != "PROPN" or tok.ent_type_ != "PERSON" or not parts or \
            tok.dep_ not in ("dobj", "nsubjpass", "pobj", "conj"):
        return False  # "a French tourist, Pierre Vallet": the noun he is named after says;
        # "Apple's App Store practices": a name within a name
    return all(w.ent_type_ == "PERSON" and w.text.istitle() for w in parts) and \
        tok.text.istitle() and not any(
            c.dep_ in ("appos", "poss", "amod") or (c.dep_ == "compound" and c.pos_ == "NOUN")
            for c in tok.children)  # "Irina Volkova, a Russian journalist"; "Apple's App Store"


def _place_at(tok: Token, hint: str | None = None, depth: int = 0) -> places.Place | None:
    """The city a proper-noun phrase names ("Tel Aviv", "the town of Bakhmut", "towns in
    Idlib province"). A first name is no place ("Luis" of "Luis Manuel Diaz")."""
    if depth == 0 and tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and \
            tok.head.i > tok.i:
        return None
    if tok.pos_ != "PROPN":
        for c in tok.children:  # "in Rio de Janeiro's Mare slum"
            if c.dep_ == "poss" and c.pos_ == "PROPN" and depth <= 1:
                found = _place_at(c, hint, depth + 1)
                if found is not None:
                    return found
        if tok.lemma_.lower() not in _PLACE_NOUNS or depth > 1:
            return None
        words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if words:  # "Idlib province"
            found = places.resolve_place(" ".join(t.text for t in words), hint)
            if found is not None:
                return found
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "in"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        found = _place_at(g, hint, depth + 1)
                        if found is not None:
                            return found
        return None
    words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return places.resolve_place(" ".join(t.text for t in [*words, tok]), hint)


_PLACE_NOUNS = frozenset({"town", "city", "village", "region", "province", "district",
                          "capital", "port", "area", "outskirts", "suburb", "county", "state",
                          "towns", "cities", "villages", "areas", "districts", "regions",
                          "neighbourhood", "neighborhood", "camp", "island", "hometown",
                          "birthplace"})


def _mention_at(tok: Token, mentions: list[Mention]) -> Mention | None:
    for m in mentions:
        if m.covers(tok.i):
            return m
    return None


def _shared_office(head: Token, first: Actor, conj: Token, actor: Actor,
                   mentions: list[Mention]) -> Actor:
    """"The foreign ministers of Jordan and Egypt demanded": the parser often hangs the
    second country on the plural office noun rather than on the first country; a bare
    country coordinated after "Ns of A" holds the same office as A."""
    m = _mention_at(conj, mentions)
    if m is None or m.kind != "country" or actor.role or not actor.country or \
            not first.role or not first.country or first.name or head.tag_ != "NNS" or \
            conj.dep_ != "conj" or conj.head.i != head.i or actor.country == first.country:
        return actor
    of_country = [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                  and p.i < conj.i for o in p.children if o.dep_ == "pobj"
                  and (om := _mention_at(o, mentions)) is not None
                  and om.actor.country == first.country]
    if not of_country:
        return actor
    return Actor(actor.country + first.role, actor.country, first.role, None, actor.text)


# "in retaliation for the killing of its commanders", "in solidarity with Palestinians": a
# motive, whoever it names is no party to the act
# people named by whom they follow: "supporters of Imran Khan", "Morales loyalists"
_FOLLOWER_NOUNS = frozenset({"supporter", "supporters", "follower", "followers", "loyalist",
                             "loyalists", "backer", "backers", "sympathizer", "sympathizers",
                             "sympathiser", "sympathisers", "partisan", "partisans"})
_MOTIVE_NOUNS = frozenset({"retaliation", "response", "revenge", "reprisal", "solidarity",
                           "protest", "memory", "honour", "honor", "support"})


def _actor_of(tok: Token, mentions: list[Mention]) -> Actor | None:
    """The actor a phrase names: a mention at its head, else the nearest one inside it."""
    if tok.lemma_.lower() in _MOTIVE_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        return None
    m = _mention_at(tok, mentions)
    if m is not None and m.kind == "demonym" and tok.dep_ in ("amod", "compound") and \
            m.actor.country and _act_noun(tok.head):
        # "Russian shelling", "Iranian criticism of": the noun's country did it
        return Actor(m.actor.country, m.actor.country, None, None, m.actor.text)
    if m is not None and (m.kind != "demonym" or tok.pos_ != "ADJ"):
        if m.kind == "demonym" and tok.dep_ in ("amod", "compound"):
            return None
        return m.actor
    best: tuple[int, Mention] | None = None
    follows = False  # "supporters of Imran Khan": the nearest mention is only whom they follow
    for t in tok.subtree:
        if t.i == tok.i:
            continue
        mm = _mention_at(t, mentions)
        if mm is None:
            continue
        # do not look into clauses or topics hanging off the phrase
        depth, cur, blocked, via = 0, t, False, False
        while cur.i != tok.i and cur.head.i != cur.i:
            if cur.dep_ in ("relcl", "acl", "advcl", "conj", "appos") or (
                cur.dep_ == "prep" and cur.lemma_.lower() in ("about", "on", "over", "regarding")
            ):
                blocked = True
                break
            cur = cur.head
            depth += 1
            via = via or (cur.lemma_.lower() in _FOLLOWER_NOUNS and not mm.covers(cur.i))
        if blocked:
            continue
        if mm.kind == "demonym" and t.dep_ not in ("compound", "amod", "nmod"):
            continue
        if t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_ == "HYPH" and \
                t.head.tag_ in ("VBN", "VBG", "JJ"):
            continue  # "rebel-held towns", "Russian-backed forces": a description, not an actor
        if mm.kind == "agent" and mm.actor.country is None and t.dep_ in ("amod", "compound") \
                and not mm.covers(t.head.i) and t.head.lemma_.lower() not in _FACILITY_NOUNS \
                and t.head.pos_ != "PROPN":
            # "military technical assistance" is no actor; "police stations" are, and so is
            # "the opposition Move Forward Party" (a named body of that role)
            continue
        if best is None or depth < best[0]:
            best = (depth, mm)
            follows = via
    if best is None:
        return None
    m = best[1]
    if follows and (m.kind == "person" or m.person):
        # "supporters of former Prime Minister Imran Khan", "Morales's supporters": people of
        # his country, not the man himself (nor his office)
        c = m.actor.country
        return Actor((c or "") + "CVL", c, "CVL", None, m.actor.text)
    if m.kind == "demonym":
        return Actor(m.actor.country or "", m.actor.country, None, None, m.actor.text)
    return m.actor


def _act_noun(tok: Token) -> bool:
    """A noun naming an act a state or group does, so that a country adjective on it names
    who did it ("a Russian missile strike", "Turkish criticism of", "an Israeli raid")."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma in _EVENT_NOUNS or lemma in _STANCE_NOUNS) and \
        tok.lemma_.lower() not in _GATHERINGS


_STANCE_NOUNS = frozenset({
    "criticism", "condemnation", "censure", "denunciation", "rebuke", "reprimand", "protest",
    "objection", "warning", "threat", "ultimatum", "accusation", "allegation", "demand",
    "crackdown", "clampdown", "airstrike", "air-strike", "strike", "missile", "drone",
    "bombardment", "incursion", "blockade", "sanction", "embargo", "expulsion", "deployment",
    "pressure", "retaliation", "reprisal", "backing", "support", "aid", "recognition",
})
# what people gather for is not done by their state: "a Kenyan rally", "Iranian protests"
_GATHERINGS = frozenset({"demonstration", "march", "rally", "riot", "sit-in", "unrest", "vigil",
                         "uprising", "conference", "meeting", "summit", "talks", "visit",
                         "protest"})


def _participant_tokens(tok: Token) -> list[Token]:
    """Who took part in nominal talks: "talks between X and Y", "talks that included X"."""
    out: list[Token] = []
    skip = {t.i for c in tok.subtree if (c.dep_ == "prep" and c.lower_ in _SETTING_PREPS
                                         or c.dep_ == "agent") and c.i != tok.i
            for t in c.subtree}  # "talks ... in Pretoria on Tuesday", "brokered by X"
    # "talks in Tashkent on border demarcation that included X and Y": a relative clause the
    # parser hung on the place or topic still names who took part
    skip -= {t.i for c in tok.subtree if c.dep_ == "relcl" and c.i in skip
             and c.lemma_.lower() in _INCLUDING for t in c.subtree}
    for t in tok.subtree:
        if t.i == tok.i or t.i in skip or t.pos_ not in ("PROPN", "NOUN", "PRON"):
            continue
        if t.head.pos_ in ("PROPN", "NOUN") and t.dep_ in ("compound", "amod"):
            continue
        out.append(t)
    return out


_SETTING_PREPS = frozenset({"in", "at", "on", "near", "inside", "outside"})
_INCLUDING = frozenset({"include", "involve", "bring", "gather", "feature"})


def _governed_by(tok: Token, lemmas: frozenset[str]) -> bool:
    """The noun hangs on one of the lemmas, directly or through another noun ("a wave of
    arrests", "responsibility for the bombing"), but not as the topic of another noun
    ("launched an inquiry into the crackdown" launches the inquiry, not the crackdown) unless
    that noun is one of the lemmas ("an investigation into the bombing by X"); or its own
    relative or participial clause says what it did ("the strike that killed three", "the
    attack, which wounded ...", "the bombing carried out by X")."""
    if not _prevented(tok) and any(_says_what_it_did(c) and c.lemma_.lower() in lemmas
                                   for c in tok.children):
        return True
    if not lemmas <= _FRAME_GOVERNORS and not lemmas & _DOER_GOVERNORS and _in_told_run(tok):
        return True  # "days after a wave of Russian missile strikes on Kyiv"
    head = tok.head
    for _ in range(3):
        if head.lemma_.lower() in lemmas:
            return True
        if head.head.i == head.i:
            return False
        if head.pos_ == "ADP" and head.lower_ in _TOPIC_PREPS and \
                head.head.pos_ in ("NOUN", "PROPN"):
            return head.head.lemma_.lower() in lemmas
        if head.pos_ == "ADP" and head.lower_ in _TOPIC_PREPS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in lemmas for c in head.head.children):
            return True  # "opened an investigation on Monday into the bombing"
        head = head.head
    return False


# governors that say how a noun sits in its clause ("hit X with a wave of strikes"), not that
# it happened: a run of such nouns does not stand in for them
_FRAME_GOVERNORS = frozenset({"with", "claim", "accept", "take", "admit"})
# a rule that lists the doer's own verb ("carried out a bombing", "retaliated with shelling")
# takes its source from that verb's subject, which a run's clause does not have
_DOER_GOVERNORS = frozenset({"carry", "conduct", "stage", "launch", "mount", "wage", "unleash",
                             "open", "respond", "retaliate", "answer"})
# prepositions that tell a run as background that took place ("after four days of clashes");
# not "since", whose run is the story's history
_RUN_PREPS = frozenset({"after", "during", "following", "amid", "amidst"})


# acts of force told in runs: "a wave of strikes", "four days of clashes", "weeks of shelling"
_VIOLENT_RUN_NOUNS = frozenset({
    "strike", "airstrike", "air-strike", "attack", "raid", "bombing", "bombardment", "shelling",
    "clash", "fighting", "battle", "skirmish", "hostility", "assault", "offensive", "incursion",
    "barrage", "killing", "massacre", "abduction", "kidnapping", "ambush", "shootout",
    "firefight", "gunfight", "counterattack", "counter-attack", "onslaught", "hostilities",
    "clashes", "battles", "skirmishes", "killings", "abductions", "kidnappings",
})


def _in_told_run(tok: Token) -> bool:
    """The noun heads a run of its events ("a wave of strikes", "four days of clashes", "weeks
    of shelling") that the sentence tells as having taken place: after or during it. What a
    rule wants from the noun's governor (that it happened) the run then gives; not a run
    planned, feared or counted ("a possible wave of strikes", "any wave")."""
    if tok.lemma_.lower() not in _VIOLENT_RUN_NOUNS:
        return False  # "after weeks of protests": a gathering's run is the story's setting
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in _RUN_PREPS and any(
            c.dep_ == "amod" and (c.lower_.endswith("-long") or c.lower_ == "long" and any(
                g.lemma_.lower() in _SPELLS for g in c.children)) for c in tok.children):
        return True  # "during a days-long assault on the town"
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    run = tok.head.head
    if run.pos_ != "NOUN" or run.lemma_.lower() not in _SPELLS:
        return False
    if any(c.dep_ == "amod" and c.lower_ in _UNREALISED or
           c.dep_ == "det" and c.lower_ in ("any", "no", "every", "each") for c in run.children):
        return False
    return run.dep_ == "pobj" and run.head.lower_ in _RUN_PREPS


def _presupposed_noun(tok: Token) -> bool:
    """What the sentence takes as having happened, whatever verb governs it: the noun is
    witnessed (see `_witnessed`) or one of a run of them that is ("after a wave of strikes",
    "weeks of protests")."""
    if _witnessed(tok):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.lemma_.lower() in _SPELLS and tok.head.head.pos_ == "NOUN":
        return _asserted_noun(tok.head.head)
    return False



def _witnessed(noun: Token) -> bool:
    """An event noun whose own clause reports what it did ("to investigate the strike that
    killed X"), or that investigating or requiting it presupposes ("to investigate Iran's
    crackdown", "revenge for the raid"): it happened whatever the sentence's verbs are planned
    or said to do with it. (The topic of "an inquiry into" a noun stays the inquiry's, as
    rules without that governor have it.)"""
    if noun.pos_ != "NOUN" or any(c.dep_ == "amod" and c.lower_ in _UNREALISED
                                  for c in noun.children) or any(
            c.dep_ == "det" and c.lower_ in ("any", "no", "every", "each")
            for c in noun.children):
        return False
    if _prevented(noun):
        return False
    head = noun.head
    if any(_says_what_it_did(c) for c in noun.children):
        return True
    if noun.dep_ == "dobj" and head.lemma_.lower() in _PRESUPPOSING_VERBS:
        return True
    if noun.dep_ == "pobj" and head.lower_ == "for":
        return head.head.lemma_.lower() in _REQUITALS
    return False


def _prevented(noun: Token) -> bool:
    """The object of a ban or a cancellation ("banned a rally organised by the opposition"):
    its own clause says who planned it, not that it took place."""
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in _PREVENTING_VERBS


# verbs whose object may never have taken place: "banned a rally organised by X"
_PREVENTING_VERBS = frozenset({
    "ban", "prohibit", "forbid", "outlaw", "bar", "block", "cancel", "postpone", "prevent",
    "thwart", "foil", "stop", "delay", "suspend",
})
# verbs whose object is an event that took place: looked into, avenged, mourned
_PRESUPPOSING_VERBS = frozenset({
    "investigate", "probe", "examine", "avenge", "mourn", "commemorate", "retaliate",
    "repel", "repulse", "survive", "withstand",
})
# "responsibility for the bombing", "revenge for the raid", "sanctions for the crackdown"
_REQUITALS = frozenset({"responsibility", "revenge", "retaliation", "reprisal", "apology",
                        "apologise", "apologize", "blame", "punish", "compensation",
                        "accountability"})


def _says_what_it_did(clause: Token) -> bool:
    """A clause on a noun that reports, in the past, what the noun's event did or who did it:
    "(the strike) that killed three", "(the attack,) which wounded", "(a raid) killing two",
    "(the bombing) carried out by X"; not "(talks) that will resume", "(a strike) planned for"."""
    if clause.dep_ == "relcl":
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which", "who")
                   for c in clause.children):
            return False  # "the attack (that) officials blamed on X": its object, not its act
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _NOT_PAST_AUX or c.dep_ == "neg"
               for c in clause.children):
            return False
        return clause.tag_ == "VBD" or (clause.tag_ == "VBN" and any(
            c.dep_ in ("aux", "auxpass") for c in clause.children))
    if clause.dep_ == "acl" and clause.tag_ in ("VBG", "VBN"):
        return not any(c.dep_ in ("aux", "neg") for c in clause.children)
    return False


_NOT_PAST_AUX = frozenset(syntax.MODALS | {"to"})


_TOPIC_PREPS = frozenset({"into", "about"})


def _asserted_noun(tok: Token) -> bool:
    """A noun event counts when it is the subject or object of an occurrence verb, or the
    object of a preposition that presupposes it ("after talks with", "during a visit to",
    "in a phone call")."""
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and \
            tok.head.lemma_.lower() in OCCURRENCE_VERBS:
        return True
    if _presupposed_noun(tok):
        return True  # "the crackdown that followed", "to investigate Iran's crackdown"
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SPREADING_VERBS:
        return True  # "protests swept the capital", "demonstrations entered a seventh week"
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _TAKING_PART_VERBS \
            and not any(c.dep_ == "amod" and c.lower_ in _UNREALISED for c in tok.children):
        return True  # "attended a meeting with", "talks were brokered by Qatar"
    if tok.dep_ == "pobj" and tok.head.lower_ in _PRESUPPOSING_PREPS:
        return not any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in tok.children)
    if tok.dep_ == "advcl" and tok.lower_.endswith("ing") and tok.head.pos_ in ("VERB", "AUX"):
        return True  # "..., warning of grave consequences": a participle parsed as a noun
    if any(c.dep_ == "amod" and c.lower_ in _UNREALISED for c in tok.children):
        return False  # "the planned visit", "a possible deployment"
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _REACTION_VERBS:
        return True  # "the arrival of X drew protests", "X's trip was criticised"
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _REACTION_VERBS and \
            tok.head.lemma_.lower() not in _SUBJECT_ONLY_REACTIONS:
        return True  # "Beijing condemned the visit of X to Taipei"
    return _dated_noun(tok)


# verbs saying how an event went on: it was under way
_SPREADING_VERBS = frozenset({
    "sweep", "spread", "erupt", "rage", "enter", "engulf", "grip", "rock", "intensify",
    "flare", "persist", "drag", "spill", "paralyse", "paralyze", "turn",
})
# a stretch or run of events: asserted as the run is ("after four days of clashes")
_SPELLS = frozenset({
    "wave", "series", "spate", "string", "round", "barrage", "volley", "flurry", "day",
    "night", "week", "month", "year", "hour", "weekend", "stretch",
})
_PRESUPPOSING_PREPS = frozenset({"after", "during", "following", "since", "at", "in", "amid"})
# Verbs whose object is an event someone took part in or ran: it took place (future and
# hypothetical uses are left to the tense checks of the rule).
_TAKING_PART_VERBS = frozenset({
    "attend", "join", "host", "chair", "mediate", "broker", "facilitate", "convene",
    "moderate", "oversee", "lead", "complete", "finish", "stage", "organise", "organize",
})
# Verbs whose subject or object is an event that took place: a reaction to it, its sequel.
_REACTION_VERBS = frozenset({
    "draw", "spark", "prompt", "trigger", "provoke", "anger", "infuriate", "enrage", "irk",
    "alarm", "follow", "precede", "coincide", "mark", "signal", "expand", "raise", "fuel",
    "condemn", "criticise", "criticize", "denounce", "decry", "welcome", "hail", "praise",
    "applaud", "protest", "slam", "deplore", "lament", "centre", "center", "focus", "last",
    "underscore", "highlight", "cap", "come",
    # effects the event had: "X's expulsion of diplomats deepened the row"
    "deepen", "worsen", "escalate", "strain", "sour", "damage", "upset", "stun", "shock",
    "outrage", "overshadow", "dominate", "ignite", "heighten", "intensify", "embolden",
})
# ... that only say so of their subject ("the talks focused on", not "focused the talks")
_SUBJECT_ONLY_REACTIONS = frozenset({"raise", "mark", "signal", "expand", "come", "last",
                                     "focus", "centre", "center", "fuel", "coincide",
                                     "deepen", "worsen", "escalate", "strain", "sour",
                                     "damage", "overshadow", "dominate", "ignite",
                                     "heighten", "intensify", "embolden"})
_UNREALISED = frozenset({
    "planned", "upcoming", "proposed", "possible", "potential", "future", "expected",
    "scheduled", "forthcoming", "mooted", "rumoured", "rumored", "postponed", "cancelled",
    "canceled", "prospective", "next", "eventual", "hypothetical", "imminent", "likely",
})


_PROSPECTIVE_NOUNS = syntax.INTENT_NOUNS | {"demand", "idea", "prospect"}


def _dated_noun(tok: Token) -> bool:
    """The noun carries its own day: "Sunday's deployment", "the visit on Tuesday", "the
    questioning of X on Thursday" report an event that took place that day; not inside what
    is offered, planned or called for ("an offer to broker talks with X on Saturday")."""
    for a in [*tok.ancestors, *tok.children]:
        if a.lemma_.lower() in _PROSPECTIVE_NOUNS or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in a.children):
            return False
    if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "for") and tok.head.head.pos_ == "ADJ":
        return False  # "left the door open to negotiations with X on Tuesday", "ready for talks"
    for c in tok.children:
        if c.dep_ == "poss" and c.lower_ in dates.WEEKDAYS:
            return True
        if c.dep_ == "npadvmod" and c.lower_ in ("yesterday", "today"):
            return True
        if c.dep_ == "prep" and c.lower_ == "on" and any(
                g.dep_ == "pobj" and g.lower_ in dates.WEEKDAYS for g in c.children):
            return True
    return False


def _char_to_token(doc: Doc, char: int) -> int:
    for t in doc:
        if t.idx <= char < t.idx + len(t.text) + len(t.whitespace_):
            return t.i
    return len(doc) - 1


def _date_attached(d: DateMention, trigger: Token, doc: Doc) -> bool:
    """Does the date modify the event's clause, or only a noun inside it ("the Jan. 10 vote")?"""
    head = _date_head(d, doc)
    if head is None:
        return False
    head = _part_of_day_host(head)
    if _links_clause(d, doc):
        return _in_linked_clause(d, trigger, doc)
    if _superlative_since(head):
        return False  # "the deadliest fighting since 2020": a comparison, not a date
    if head.i == trigger.i:
        return True
    if _cause_event_in(head, trigger):
        return False  # "sentenced 24 people over deadly protests in 2014": the protests' year
    since = syntax.since_prep(syntax.clause_verb(trigger))
    if since is not None and head in since.subtree:
        return True  # "has waged a campaign since the 2021 coup": dated from its start
    if syntax.reduced_passive(trigger) and trigger.head.lower_ in syntax.CLAIM_NOUNS and \
            head not in trigger.subtree:
        # "captured six villages on Sunday, a claim denied by Armenia": the denial answers the
        # claim later, undated by the day of the claimed act
        return False
    if _inside_subject_event(head, trigger):
        return False  # "the abduction on Saturday drew condemnation": the abduction's day
    if (_DAY_WORDS.search(d.text) or _adverbial(head, d)) and head.dep_ != "poss" \
            and _same_clause(head, trigger):
        return True  # "pulled back from positions near the temple on Sunday": news days are events'
    if _of_event_noun(head, trigger):
        return True  # "used sarin in the April 4 attack"
    ids = {t.i for t in doc if t.idx < d.end and t.idx + len(t.text) > d.start}
    cur = head.head if head.head.i != head.i else head
    first = True
    ancestors = {a.i for a in trigger.ancestors}
    trigger_forms = {trigger.i}
    for _ in range(12):
        if cur.i == trigger.i:
            return True
        if cur.i in ancestors and cur.pos_ in ("VERB", "AUX"):
            return True
        if cur.pos_ in ("VERB", "AUX") and _own_clause(cur):
            return False  # "Norway, which has facilitated the talks since 2019, brought ..."
        if cur.pos_ in ("NOUN", "PROPN") and cur.i not in ids and cur.i not in trigger_forms:
            if not (first and head.dep_ in ("appos", "npadvmod")):
                if not _is_argument_of(cur, trigger):
                    return False
        first = False
        if cur.head.i == cur.i:
            return cur.i in ancestors or cur.i == trigger.i or cur in trigger.subtree
        cur = cur.head
    return False


# Nouns that name an event: a date on one dates that event ("the April 4 attack").
_EVENT_NOUNS = frozenset({
    "abduction", "airstrike", "ambush", "assassination", "assault", "attack", "battle", "blast",
    "bombardment", "bombing", "clash", "coup", "crackdown", "explosion", "fighting",
    "incursion", "invasion", "kidnapping", "killing", "massacre", "offensive", "raid",
    "shelling", "shooting", "strike", "uprising", "war",
    # gatherings and meetings: what happens at one happens on its day ("at Sunday's rally",
    # "during last week's summit")
    "demonstration", "march", "protest", "rally", "riot", "sit-in", "unrest", "vigil",
    "conference", "meeting", "summit", "talks", "visit",
})
# A vote dates itself, not what is said or done about it ("congratulated him on his win in
# the Jan. 10 election"), but as a subject it is still not the reaction's date.
_VOTE_NOUNS = frozenset({"election", "referendum", "vote", "poll", "ballot"})


def _event_noun_above(noun: Token) -> Token | None:
    """The event noun a relative clause's noun belongs to ("the raid on a market")."""
    cur = noun
    for _ in range(3):
        if cur.lemma_.lower() in _EVENT_NOUNS:
            return cur
        if cur.dep_ != "pobj" or cur.head.dep_ != "prep":
            return None
        cur = cur.head.head
    return cur if cur.lemma_.lower() in _EVENT_NOUNS else None


def _possessive(head: Token) -> bool:
    """"Sunday's election": the day of the noun it qualifies."""
    return head.dep_ == "poss" or any(c.dep_ == "case" for c in head.children) or (
        head.i + 1 < len(head.doc) and head.doc[head.i + 1].lower_ in ("'s", "\u2019s"))


def _participle_adjunct(verb: Token) -> bool:
    """"..., accusing her of biased reporting": a subjectless -ing clause hung on the main
    verb, which tells the same act."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


# Verbs that tell when an event started ("the visit, which began on Monday").
_START_VERBS = frozenset({"begin", "start", "erupt", "launch", "open", "kick", "commence"})


def _start_clauses(tok: Token) -> list[Token]:
    """Clauses saying when the trigger's event noun started: on the noun itself, or on the
    noun of a light verb ("is on a visit that began ...", "held talks that opened ...")."""
    nouns = [tok] if tok.pos_ == "NOUN" else [
        n for c in tok.children
        for n in ([c] if c.dep_ == "dobj" else
                  [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [])]
    return [c for n in nouns for c in n.children if c.dep_ in ("relcl", "acl")
            and c.lemma_.lower() in _START_VERBS]


_RANK_WORDS = frozenset({"first", "last", "only", "biggest", "largest", "worst", "deadliest",
                         "heaviest", "highest", "lowest", "most", "least", "fiercest", "best"})


def _superlative_since(head: Token) -> bool:
    """"the deadliest fighting since 2020", "the first visit by a Chinese leader since 2015":
    "since" after a superlative or "first" compares with the past; it dates nothing."""
    if head.dep_ != "pobj" or head.head.lower_ != "since":
        return False
    for tok in reversed(head.doc[max(0, head.head.i - 8):head.head.i]):
        if tok.pos_ in ("VERB", "AUX") or tok.text in (",", ";", ":"):
            return False  # the noun phrase before "since" ends there
        if tok.tag_ in ("JJS", "RBS") or tok.lower_ in _RANK_WORDS:
            return True
    return False


# Parts of a day or date: "on the night of May 7" dates the clause like "on May 7".
_DAY_PARTS = frozenset({"night", "morning", "evening", "afternoon", "hours", "dawn", "day",
                        "weekend"})


def _part_of_day_host(head: Token) -> Token:
    """"on the night of May 7", "in the early hours of March 3": the part-of-day noun stands
    for the date in the sentence; else the date's own head."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and \
            head.head.head.lower_ in _DAY_PARTS and head.head.head.dep_ == "pobj":
        return head.head.head
    return head


def _attempted(verb: Token) -> bool:
    """"tried to kill", "attempted to seize": an attempt made, not a plan (past governor)."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("try", "attempt", "seek") \
        and verb.head.tag_ == "VBD"


# "is scheduled to hold talks", "is due to visit": planned, whatever the tense says.
_PLAN_WORDS = frozenset({"scheduled", "due", "set", "slated", "expected", "poised"})


def _planned(tok: Token) -> bool:
    """Whether the trigger's clause is the complement of "scheduled"/"due"/"set to"."""
    verb = syntax.clause_verb(tok)
    if verb.lower_ in _PLAN_WORDS:  # the rule fired on "scheduled" itself
        return any(c.dep_ == "xcomp" for c in verb.children)
    return verb.dep_ == "xcomp" and verb.head.lower_ in _PLAN_WORDS and any(
        c.lower_ == "to" for c in verb.children)


_LINK_END = re.compile(r"\b(?:after|before|since)$", re.IGNORECASE)


def _links_clause(d: DateMention, doc: Doc) -> bool:
    """"a week after cutting off aid": a date for the clause that follows it, not for the
    sentence it sits in (unlike "a week after," which ends its phrase)."""
    return bool(_LINK_END.search(d.text)) and doc.text[d.end:].lstrip()[:1].isalnum()


def _in_linked_clause(d: DateMention, trigger: Token, doc: Doc) -> bool:
    """Whether the trigger is the clause introduced by the date's "after"/"since"."""
    link = next((t for t in doc if t.idx < d.end <= t.idx + len(t.text)), None)
    if link is None:
        return False
    if link.dep_ == "mark":
        comps = [link.head]
    else:
        comps = [c for c in link.children if c.dep_ in ("pcomp", "pobj")]
        comps += [c for c in doc[link.i + 1:] if c.head.i == link.head.i
                  and c.dep_ == "advcl" and c.i > link.i][:1]
    return any(trigger.i == c.i or (trigger in c.subtree and _same_clause(trigger, c))
               for c in comps)


def _is_deadline(d: DateMention, doc: Doc) -> bool:
    """"ordered the force to leave by Dec. 8": a date still to come, whatever the tense."""
    head = _date_head(d, doc)
    return head is not None and head.dep_ == "pobj" and head.head.lower_ in (
        "by", "until", "till", "before")


def _own_clause(verb: Token) -> bool:
    """Whether a verb below the trigger heads a clause with a time of its own: a relative or
    reported clause, an "after"/"because" clause; not "when"/"as"/"while"/"since" clauses
    (the same time, or the start of what is told) nor a small clause ("declared two
    diplomats persona non grata", which the parser may read as a verb)."""
    if verb.dep_ in ("relcl", "parataxis"):
        return True
    if verb.dep_ == "ccomp":
        return any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)
    if verb.dep_ != "advcl":
        return False
    before = verb.doc[verb.head.i + 1:verb.i] if verb.head.i < verb.i else verb.doc[0:0]
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
    marks |= {t.lower_ for t in before if t.dep_ in ("prep", "mark") and t.head.i == verb.head.i}
    return not marks & {"when", "as", "while", "since", "whilst"}


def _adverbial(head: Token, d: DateMention) -> bool:
    """"seized hostages on Oct. 7", "raped women in El Geneina in June": a day or month
    after its own preposition tells when, wherever the parser hung it."""
    if head.dep_ != "pobj" or d.text[:1].lower() == "t":  # not "in the Jan. 10 election"
        return False
    prep = head.head.lower_
    return (d.span.precision == "day" and prep == "on") or (
        d.span.precision == "month" and prep in ("in", "during"))


def _cause_event_in(head: Token, trigger: Token) -> bool:
    """"jailed over the protests in 2014", "charged for the attack in March": an "in" date
    right after the event the act answers belongs to that event, wherever the parser hung it
    (a day named with "on" is left to the act)."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "in" or prep.i == 0:
        return False
    if prep.head.i != trigger.i and prep.head.i != prep.i - 1:
        return False
    noun = head.doc[prep.i - 1]
    return (noun.pos_ == "NOUN" and noun.lemma_.lower() in _EVENT_NOUNS | _VOTE_NOUNS
            and noun.dep_ == "pobj" and noun.head.lower_ in _CAUSE_PREPS
            and noun.head.head.i == trigger.i)


_CAUSE_PREPS = frozenset({"over", "for", "after", "following"})


def _of_event_noun(head: Token, trigger: Token) -> bool:
    """The date of an event noun in the trigger's adverbial ("in the April 4 attack",
    "during the war of 1980-1988")."""
    if head.dep_ in ("compound", "nmod", "amod", "nummod", "npadvmod", "poss"):
        noun = head.head
    elif head.dep_ == "pobj" and head.head.lower_ == "of":
        noun = head.head.head
    else:
        return False
    if noun.lemma_.lower() not in _EVENT_NOUNS or noun.i == trigger.i:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during", "at", "throughout"):
        # not "congratulated on his victory in the ...", but "detained a reporter at
        # Sunday's rally" wherever the parser hung the place
        host = noun.head.head
        return host.i == trigger.i or (host.dep_ == "dobj" and host.head.i == trigger.i)
    # "beaten while covering last month's protests": the time of a same-time clause
    verb = noun.head if noun.dep_ == "dobj" else None
    return verb is not None and verb.dep_ == "advcl" and verb.head.i == trigger.i and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("while", "as", "when", "whilst")
        for c in verb.children)


def _inside_subject_event(head: Token, trigger: Token) -> bool:
    """Whether the date sits in the trigger's subject and that subject is an event
    ("the abduction of 16 missionaries on Saturday drew condemnation")."""
    cur = head
    for _ in range(12):
        if cur.head.i == cur.i:
            return False
        if cur.head.i == trigger.i:
            return cur.dep_ in ("nsubj", "nsubjpass") and (
                cur.lemma_.lower() in _EVENT_NOUNS | _VOTE_NOUNS)
        cur = cur.head
    return False


# Dependencies that open a clause of its own: a date below one is that clause's date.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "conj", "parataxis", "relcl", "acl"})


def _before_complement(d: DateMention, comp: Token, doc: Doc) -> bool:
    """"said on Wednesday it would ...": a date the parser hung on the complement but that
    stands between the verb of saying and the complement's subject belongs to the saying."""
    head = _date_head(d, doc)
    subjects = [c.i for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
    return head is not None and comp.dep_ == "ccomp" and subjects != [] and \
        comp.head.i < head.i < min(subjects) and head in comp.subtree


def _hangs_outside(d: DateMention, comp: Token, doc: Doc) -> bool:
    """"agreed on Wednesday to hold talks": the date is on the verb above, not in the plan."""
    head = _date_head(d, doc)
    return head is not None and head not in comp.subtree


def _date_head(d: DateMention, doc: Doc) -> Token | None:
    """The token of the date expression that hangs off the rest of the sentence."""
    toks = [t for t in doc if t.idx < d.end and t.idx + len(t.text) > d.start]
    ids = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    return heads[0] if heads else None


def _clause_distance(d: DateMention, trigger: Token, doc: Doc) -> int:
    """How many clause boundaries up from the trigger the date joins its chain of heads:
    0 for the event's own clause, 1 for the verb reporting it ("said on Monday that ...")."""
    head = _date_head(d, doc)
    if head is None:
        return 99
    above = {head.i, *(a.i for a in head.ancestors)}
    verb = syntax.clause_verb(head)
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "ccomp" and verb.head.i < head.i < min(subjects, default=-1):
        above -= {verb.i}  # "said on Monday they had documented ...": the saying's day
        above -= {a.i for a in head.ancestors if a.i in {t.i for t in verb.subtree}}
    cur, level = trigger, 0
    for _ in range(16):
        if cur.i in above:
            return level
        if cur.head.i == cur.i:
            break
        if cur.dep_ in _CLAUSE_DEPS:
            level += 1
        cur = cur.head
    return 99


_DAY_WORDS = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                        r"yesterday|today|tonight|overnight)\b", re.IGNORECASE)


def _same_clause(tok: Token, trigger: Token) -> bool:
    """Whether `tok` hangs below the trigger with no other finite verb in between
    ("positions held by Tigrayan forces near Adigrat on Thursday": a participle is no clause)."""
    cur = tok
    for _ in range(12):
        if cur.i == trigger.i:
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i != trigger.i and cur.pos_ in ("VERB", "AUX") and not (
                cur.tag_ in ("VBN", "VBG") and cur.dep_ in ("acl", "amod")) and not (
                cur.dep_ == "xcomp" and cur.head.i == trigger.i and _attempted(cur)):
            return False  # but "tried to kill the minister on Sunday" is one act
    return False


def _is_argument_of(noun: Token, trigger: Token) -> bool:
    """"made a visit to Kazakhstan, March 2-3": the date hangs off the visit's own phrase;
    "Putin in 2019 thanked him": or off the subject placed before the verb."""
    if noun.head == trigger and noun.dep_ == "nsubj" and noun.i < trigger.i:
        return True
    return noun.head == trigger and noun.dep_ == "dobj" and noun.lemma_.lower() in {
        "visit", "trip", "tour", "talk", "meeting", "call", "agreement", "deal"
    } or (noun.dep_ == "pobj" and noun.head.head is not None and noun.head.head.dep_ == "dobj"
          and noun.head.head.head == trigger)


def _amount_for(tok: Token, doc: Doc, found: list[Amount]) -> Amount | None:
    """The amount inside the trigger's own phrase, else the nearest one in the sentence."""
    if not found:
        return None
    sub = {t.i for t in tok.subtree}
    inside = [a for a in found if _char_to_token(doc, a.start) in sub]
    pool = inside or found
    return min(pool, key=lambda a: abs(_char_to_token(doc, a.start) - tok.i))
