"""Find actor mentions in a sentence and keep track of who is who across a document.

Works on tokens alone (text and capitalisation, no parse), so it runs on every sentence
cheaply; the coder then picks mentions out of the parsed argument subtrees.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eventwire.actors.dictionary import lead_token
from eventwire.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from eventwire.actors.dictionary import ActorDictionary, Party

# Words allowed inside one actor phrase between two dictionary atoms.
_GLUE = {"'s", "’s", "of", "the", "-", "and"}
_FORMER = {"former", "ex", "ex-", "erstwhile", "late"}
_MODIFIERS = {"acting", "then", "outgoing", "incoming", "newly", "elected", "interim", "deputy",
              "first", "vice", "new", "current", "caretaker", "self-proclaimed", "de", "facto",
              # "Ethiopian federal troops", "Nigerian security forces", "two Russian diplomats"
              "federal", "armed", "regular", "local", "senior", "top", "special", "elite",
              "regional", "provincial", "national", "several", "some", "many", "other",
              "unidentified", "suspected", "alleged", "masked", "heavily", "ruling", "main",
              "two", "three", "four", "five", "dozens", "hundreds", "thousands", "young"}
_GENERIC_HEADS = {"leader", "leaders", "chief", "chiefs", "head", "heads", "official",
                  "officials", "representative", "representatives", "spokesman", "spokeswoman",
                  "spokesperson", "member", "members", "commander", "commanders", "figure",
                  "figures", "delegation", "delegates", "envoy", "envoys", "negotiator",
                  "negotiators", "mediator", "mediators", "emissary", "emissaries"}
_PRONOUNS_PERSON = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
_PAIR_WORDS = {"two", "both", "sides", "leaders", "presidents", "countries", "pair"}
# Common-noun names that wire reports use for one organisation only, in any case ("the world
# body" is the UN); written in lower case, matched on the normalised words.
_COMMON_NOUN_IGOS = {"world body": "IGOUNO", "world organisation": "IGOUNO",
                     "world organization": "IGOUNO", "world health body": "IGOUNOHLHWHO",
                     "global health body": "IGOUNOHLHWHO", "world trade body": "IGOBUSWTO",
                     "global trade body": "IGOBUSWTO", "global nuclear watchdog": "IGOUNOIAE",
                     "world court": "IGOUNOJUDICJ"}
_COMMON_NOUN_LEADS = {k.split()[0] for k in _COMMON_NOUN_IGOS} | {"rsf"}
# "RSF" is both Sudan's Rapid Support Forces and Reporters Without Borders (Reporters sans
# frontières): the document decides, by whether Sudan or the press group was named before.
_RSF_SUDAN = "SDNREB"
_RSF_PRESS = "NGOMEDRSF"
# Words before "Security Council" that make it a state's own council, not the UN's ("Russia's
# Security Council", "the National Security Council", "Ukrainian Security Council").
_NATIONAL_COUNCIL_WORDS = {"national", "'s", "’s", "state", "supreme", "federal", "defence",
                           "defense"}
# Words just before a dated party that say its place, whatever the dictionary's dates say:
# "the opposition BJP", "the ruling Labour Party", "Bangladesh's main opposition BNP".
# Role words that also modify a body noun: "the IMF's executive board", "the Senate
# Intelligence Committee", "an executive order" are the IMF, the Senate, no one; the word
# names no executive or spy there, so it gives no role (the body's owner keeps its own).
_ADJECTIVE_ROLES = {"executive", "intelligence"}
_BODY_NOUNS = {"board", "boards", "committee", "committees", "council", "councils",
               "commission", "commissions", "panel", "branch", "order", "orders", "decree",
               "decrees", "director", "directors", "session", "sessions", "body", "bodies"}
_PARTY_CUES = {"opposition": "OPP", "ruling": "GOV", "governing": "GOV"}
_NAME_STOP = {"President", "Prime", "Minister", "The", "A", "An", "In", "On", "At", "But", "And"}


@dataclass(frozen=True)
class Mention:
    """An actor phrase in one sentence: token span [start, end) and its coded actor."""

    start: int
    end: int
    actor: Actor
    kind: str  # person | country | capital | demonym | igo | agent | group
    person: bool = False

    def covers(self, i: int) -> bool:
        return self.start <= i < self.end


@dataclass
class _Atom:
    start: int
    end: int
    kind: str  # person | country | capital | demonym | igo | agent | title | name
    country: str | None = None
    role: str | None = None
    name: str | None = None
    igo: str | None = None
    party: Party | None = None  # a dated party, coded by the date (parties.tsv)
    party_name: bool = False  # a party's name, dated or another country's namesake


@dataclass
class DocumentActors:
    """Per-document memory: names seen, the people mentioned in order, the focus country."""

    dictionary: ActorDictionary
    when: dt.date | None = None
    names: dict[str, Actor] = field(default_factory=dict)
    people_seen: list[tuple[int, Actor, bool]] = field(default_factory=list)  # sent, actor, subj
    countries: Counter[str] = field(default_factory=Counter)  # mentions; a dateline counts half
    # countries of the towns and regions sentences were placed in ("in Zamfara state")
    places: Counter[str] = field(default_factory=Counter)
    last_place: str | None = None
    # every actor with a country, in order: (sentence, first token, actor) for "both sides"
    seen: list[tuple[int, int, Actor]] = field(default_factory=list)
    _name_leads: set[str] = field(default_factory=set)  # lead tokens of `names`' keys
    # every body named (not people, not bare demonyms): (sentence, first token, actor), for
    # "the bloc", "the company", "the group" referring back to it
    bodies: list[tuple[int, int, Actor]] = field(default_factory=list)
    _sentence_atoms: list[_Atom] = field(default_factory=list)  # found so far in this sentence
    # the words of each dated-party mention coded by the dictionary's dates (not by a cue),
    # so that an event dated apart from the document is coded by its own date (as_of)
    _dated_parties: dict[str, Party] = field(default_factory=dict)

    # -- mention finding -------------------------------------------------------------
    def find(self, doc: Doc | Sequence[Token], sentence_index: int = 0,
             heading: bool = False) -> list[Mention]:
        """`heading`: a dateline ("WASHINGTON (AP) -"), where the story was filed: it places
        the story when the text names no country, but is no side of it."""
        atoms = self._atoms(doc)
        mentions = [m for m in self._compose(doc, atoms) if not _told_to_outlet(doc, m)]
        if heading:
            for m in mentions:
                if m.actor.country:
                    self.countries[m.actor.country] += _DATELINE_WEIGHT
            return mentions
        first_subject_done = False
        for m in mentions:
            if any(doc[k].text == "-" and doc[k + 1].text.lower() in ("based", "headquartered")
                   for k in range(m.start, min(m.end + 1, len(doc) - 1))):
                continue  # "a Norway-based rights group": where it sits, not who the story is
            if m.actor.country and m.kind != "demonym":
                self.countries[m.actor.country] += 1
                if not (m.kind in ("country", "capital") and m.start > 0 and
                        doc[m.start - 1].text.lower() in ("in", "at")):
                    # "signed a deal in Havana": a place, not a side
                    self.seen.append((sentence_index, m.start, m.actor))
            if not m.person and m.kind not in ("demonym", "capital") and m.actor.code:
                self.bodies.append((sentence_index, m.start, m.actor))
            if m.person:
                is_subject = not first_subject_done and m.start <= 6
                self.people_seen.append((sentence_index, m.actor, is_subject))
            if not (not m.person and _speaker_only(doc, m)):
                first_subject_done = True  # "Officials said Petro ...": Petro is the subject
        return mentions

    def focus_country(self) -> str | None:
        """The article's own country: that of the first office holder it names, else the
        country named most, else that of the towns its sentences are placed in ("Violence
        surged in Zamfara state. Gunmen killed 40 villagers": Nigeria)."""
        for _, actor, _ in self.people_seen:
            if actor.country and actor.role == "GOV" and actor.name:
                return actor.country
        if self.countries:
            return self.countries.most_common(1)[0][0]
        return self.places.most_common(1)[0][0] if self.places else None

    def _atoms(self, doc: Doc | Sequence[Token]) -> list[_Atom]:
        d = self.dictionary
        n = len(doc)
        atoms: list[_Atom] = []
        self._sentence_atoms = atoms
        i = 0
        max_k = max(1, d.max_phrase_tokens)
        while i < n:
            found: _Atom | None = None
            if not self._may_start(doc[i].text):
                i += 1
                continue
            for k in range(min(max_k, n - i), 0, -1):
                span_text = _span_text(doc, i, i + k)
                found = self._lookup(span_text, doc[i].text, i, i + k)
                if found:
                    break
            if found is None:
                i += 1
                continue
            if found.kind == "person" and _other_name_follows(doc, found.end):
                i = found.end  # "Australian writer Yang Hengjun": not Yang Jiechi, whose
                continue       # family name alone matched; someone the tables do not know
            if found.kind in ("country", "demonym", "capital") and _in_place_name(doc, i):
                i = found.end  # "Lake Chad", "the Gulf of Mexico": a place, not the country
                continue
            if found.kind == "capital" and i >= 2 and doc[i - 1].text in _NAME_PARTICLES \
                    and doc[i - 2].text[:1].isupper():
                i = found.end  # "Mocimboa da Praia", "San Jose del Guaviare": a town whose
                continue       # name ends in a capital's, not that capital
            if found.kind == "capital" and _names_document(doc, found.end):
                i = found.end  # "the Vienna Convention", "the Minsk agreements": a text named
                continue       # after where it was signed, not that city's government
            if found.party_name and i > 0 and _name_before(doc[i - 1].text) and not (
                    atoms and atoms[-1].end == i):
                i = found.end  # "Islamic Renaissance Party", "Ontario Liberal Party": another
                continue
            if found.kind == "igo" and i > 0 and _national_council(doc, i, found.end):
                i = found.end  # "Russia's Security Council": the state's, not the UN's
                continue
            if found.kind in ("agent", "title") and found.end < n and _span_text(
                    doc, i, found.end).lower() in _ADJECTIVE_ROLES and doc[
                    found.end].text.lower() in _BODY_NOUNS:
                i = found.end  # "the IMF's executive board": a modifier, not the role
                continue
            if stance_prefix(doc, i):
                i = found.end  # "pro-Palestinian protesters", "anti-NATO": a side taken, not
                continue       # the actor's own country or body
            if found.kind in ("demonym", "people") and i > 0 and doc[i - 1].text in _REGION_WORDS:
                i = found.end  # "Central American", "West African": a region, not a country
                continue
            atoms.append(found)
            i = found.end
        return atoms

    def _may_start(self, word: str) -> bool:
        """Whether an actor phrase can start with this word (any table, a name seen before,
        or a plural demonym such as "Afghans")."""
        lead = lead_token(word)
        leads = self.dictionary.lead_tokens
        return lead in leads or lead in self._name_leads or lead in _COMMON_NOUN_LEADS or (
            lead.endswith("s") and lead[:-1] in leads)

    def _lookup(self, text: str, first: str, start: int, end: int) -> _Atom | None:
        d = self.dictionary
        capital_initial = first[:1].isupper() or first[:1].isdigit()  # "400 Mawozo"
        if capital_initial:
            known = self.names.get(text.lower())
            if known is not None:
                return _Atom(start, end, "person", known.country, known.role, known.name)
            people = d.people(text, self.when)
            if people:
                person = people[0]
                coded = person.code_on(self.when)
                country, role = coded if coded else (None, None)
                return _Atom(start, end, "person", country, role, person.name)
            parties = d.parties(text)
            if parties:
                return self._party_atom(parties, text, start, end)
            igo = d.igo(text) or (self._rsf() if text == "RSF" else None)
            if igo and igo[:3] not in ("IGO", "NGO"):  # a named group: "Hamas" -> PSEREB
                return _Atom(start, end, "group", igo[:3], igo[3:],
                             d.igo_names.get(igo) or text)
            if igo:
                return _Atom(start, end, "igo", igo=igo)
            country = d.country(text)
            if country:
                return _Atom(start, end, "country", country)
            capital = d.capital(text)
            if capital:
                return _Atom(start, end, "capital", capital, "GOV")
            demonym = d.demonym(text)
            if demonym:
                return _Atom(start, end, "demonym", demonym)
            if text.endswith("s") and " " not in text:  # "two Palestinians", "Afghans"
                demonym = d.demonym(text[:-1])
                if demonym:
                    return _Atom(start, end, "people", demonym, "CVL")
        common_igo = _COMMON_NOUN_IGOS.get(" ".join(text.lower().split()))
        if common_igo:  # "the world body": the UN, whatever the case
            return _Atom(start, end, "igo", igo=common_igo)
        agent = d.agent(text)
        if agent:
            role, kind = agent
            return _Atom(start, end, "title" if kind == "title" else "agent", role=role)
        return None

    def _party_atom(self, parties: tuple[Party, ...], text: str, start: int, end: int) -> _Atom:
        """A dated party, coded by the document's date. A name several parties share ("Labour
        Party", "Liberals") is the one of the country word just before it ("Australia's
        Liberal Party"), else of the country the document has named most, else the one it is
        the name of ("Labour Party": the British), else the first listed. A country word
        naming none of them makes it that country's namesake, with no role ("Serbian
        Democratic Party" is not the US one)."""
        before = next((a for a in reversed(self._sentence_atoms)
                       if a.kind in ("country", "demonym") and start - 3 <= a.end <= start),
                      None)
        if before is not None:
            same = [p for p in parties if p.country == before.country]
            if not same:
                return _Atom(start, end, "group", before.country, None, text, party_name=True)
            party = same[0]
        else:
            key = text.casefold()
            party = max(parties, key=lambda p: (self.countries[p.country],
                                                p.name.casefold() == key))  # first if equal
        return _Atom(start, end, "group", party.country, party.role_on(self.when), party.name,
                     party=party, party_name=True)

    def _rsf(self) -> str | None:
        """Which "RSF" this document means: the Sudanese paramilitary once Sudan or the Rapid
        Support Forces were named, the press group once Reporters Without Borders was; when
        neither (or both, press group last) was named, whichever came last, else nothing."""
        for atom in reversed(self._sentence_atoms):
            if atom.igo == _RSF_PRESS:
                return _RSF_PRESS
            if atom.country == "SDN":
                return _RSF_SUDAN
        for _, _, actor in reversed(self.bodies):
            if actor.code == _RSF_PRESS:
                return _RSF_PRESS
            if actor.country == "SDN":
                return _RSF_SUDAN
        return _RSF_SUDAN if self.countries["SDN"] else None

    def _compose(self, doc: Doc | Sequence[Token], atoms: list[_Atom]) -> list[Mention]:
        """Merge neighbouring atoms ("Uzbek" "President" "Mirziyoyev") into one actor."""
        groups: list[list[_Atom]] = []
        for atom in atoms:
            if groups and _joinable(doc, groups[-1][-1], atom):
                groups[-1].append(atom)
            else:
                groups.append([atom])
        mentions: list[Mention] = []
        for group in groups:
            group = self._extend_with_name(doc, group)
            m = self._mention(doc, group)
            if m is not None:
                mentions.append(m)
        return mentions

    def _extend_with_name(self, doc: Doc | Sequence[Token], group: list[_Atom]) -> list[_Atom]:
        """A title followed by capitalised words names a person we may not know yet."""
        last = group[-1]
        if last.kind != "title":
            return group
        j = last.end
        n = len(doc)
        while j < n and _is_name_token(doc[j].text) and j - last.end < 4:
            j += 1
        if j > last.end:
            return [*group, _Atom(last.end, j, "name", name=_span_text(doc, last.end, j))]
        return group

    def _mention(self, doc: Doc | Sequence[Token], group: list[_Atom]) -> Mention | None:
        start, end = group[0].start, group[-1].end
        kinds = {a.kind for a in group}
        country = next((a.country for a in group
                        if a.kind in ("group", "country", "demonym", "capital", "people")), None)
        person_atom = next((a for a in group if a.kind in ("person", "name")), None)
        igo = next((a.igo for a in group if a.igo), None)
        role_atoms = [a for a in group if a.kind in ("title", "agent", "group") and a.role]
        if len(role_atoms) > 1 and _span_text(doc, role_atoms[-1].start,
                                              role_atoms[-1].end).lower() in _GENERIC_HEADS:
            # "business leaders", "rebel commander": the modifier says who they are
            role_atoms = role_atoms[:-1]
        roles = [a.role for a in role_atoms]
        role = roles[-1] if roles else None
        party_atom = next((a for a in group if a.party_name), None)
        dated_party: Party | None = None
        other = next((a.country for a in group if party_atom is not None and a.kind in (
            "country", "demonym") and a.country != party_atom.country), None)
        if other is not None and party_atom is not None and party_atom.party is not None:
            # "the Liberal Democratic Party of Russia": that country's namesake, role unknown
            country = other
            party_atom = _Atom(party_atom.start, party_atom.end, "group", other, None,
                               party_atom.name, party_name=True)
            role_atoms = [party_atom if a.party_name else a for a in role_atoms]
            role = role_atoms[-1].role if role_atoms else None
        if party_atom is not None and person_atom is None and (
                not role_atoms or role_atoms[-1] is party_atom):
            # the party's own role stands unless the text says it: "the opposition BJP"
            cue = _party_cue(doc, start, party_atom.start)
            if cue is not None:
                role = cue
            else:
                dated_party = party_atom.party
        former = start > 0 and doc[start - 1].text.lower() in _FORMER
        if any(doc[k].text.lower() in _FORMER for k in range(start, end)):
            former = True
        name = person_atom.name if person_atom else None
        armed = person_atom is not None and any(
            a.kind == "agent" and a.role in ("REB", "MIL") and a.start >= person_atom.end
            for a in group)
        if person_atom is not None and person_atom.kind == "person":
            country = person_atom.country or country
            role = person_atom.role if person_atom.role else role
            if armed and role == "GOV":
                role = "MIL"  # "Taliban fighters" once the Taliban govern: its forces
        owned_role = next((a.role for a in group if person_atom is not None and a.role and
                           a.kind == "agent" and a.start > person_atom.end and
                           _possessive_gap(doc, person_atom.end, a.start)), None)
        if former and (person_atom is not None or role == "GOV") and owned_role is None:
            role = "ELI"
        if owned_role is not None:
            # "Imran Khan's opposition party": what the man has, of his country, not the man
            if country is None and name:
                known = self.names.get(name.lower())
                country = known.country if known is not None else None
            role, name, person_atom, armed = owned_role, None, None, False
        text = _span_text(doc, start, end)
        if igo and country and igo.startswith("NGO") and group[0].igo == igo and len(
                group) > 1 and all(a.kind in ("country", "demonym") for a in group[1:]):
            # "Amnesty International Indonesia": the group's national section, an NGO of that
            # country, not the country itself
            actor = Actor(code=f"{country}NGO", country=country, role="NGO", name=name,
                          text=_span_text(doc, start, end))
            return Mention(start, end, actor, "agent")
        if igo and country is None:
            actor = Actor(code=igo + (role if role and role != "GOV" else ""), country=None,
                          role=role, name=name, text=text)
            return Mention(start, end, actor, "igo", person=person_atom is not None)
        if kinds <= {"demonym"} and start > 0 and doc[start - 1].text.lower() in (
                "a", "an", "another") and (end >= len(doc) or getattr(doc[end], "pos_", "")
                                           not in ("NOUN", "PROPN", "ADJ", "")):
            # "the house of a Palestinian": one of its people
            return Mention(start, end, Actor(code=f"{country}CVL", country=country, role="CVL",
                                             name=None, text=text), "agent")
        if kinds <= {"demonym"} and not _demonym_is_actor(doc, end):
            # "Russian vaccines": a demonym modifying a non-actor noun is a weak mention.
            actor = Actor(code=country or "", country=country, role=None, text=text)
            return Mention(start, end, actor, "demonym")
        if kinds == {"people"}:
            # "the Russians said": the country; "killed two Palestinians": its civilians
            the = start > 0 and doc[start - 1].text.lower() == "the"
            role = None if the else "CVL"
            return Mention(start, end, Actor(code=f"{country}{role or ''}", country=country,
                                             role=role, name=None, text=text), "agent")
        if kinds == {"capital"}:
            return Mention(start, end, Actor(code=f"{country}GOV", country=country, role="GOV",
                                             name=None, text=text), "capital")
        is_person = person_atom is not None
        if country is None and role is None and not is_person:
            return None
        if country is None and is_person and name:
            known = self.names.get(name.lower())
            if known is not None:
                country = known.country
                role = role or known.role
        code = (country or "") + (role or "")
        actor = Actor(code=code, country=country, role=role, name=name, text=text)
        if dated_party is not None and country == dated_party.country:
            self._dated_parties[text] = dated_party
        if armed:
            is_person = False  # "Taliban fighters": a group ("they"), not a person ("he")
        if is_person and name:
            self._remember(name, actor)
        kind = "person" if is_person else ("agent" if role and country is None else
                                             ("country" if role is None else "agent"))
        # "the Kazakh president" can be "he" in the next clause, though unnamed
        titled = "title" in kinds and country is not None
        return Mention(start, end, actor, kind, person=is_person or titled)

    def _remember(self, name: str, actor: Actor) -> None:
        parts = name.split()
        keys = {name.lower()}
        if len(parts) > 1:
            keys.add(parts[-1].lower())
        for key in keys:
            if key not in self.names or actor.country:
                self.names[key] = actor
                self._name_leads.add(lead_token(key))

    # -- coreference -----------------------------------------------------------------
    def last_person(self, exclude: Actor | None = None, subject_only: bool = False,
                    before_sentence: int | None = None) -> Actor | None:
        for sent, actor, is_subject in reversed(self.people_seen):
            if before_sentence is not None and sent >= before_sentence:
                continue
            if subject_only and not is_subject:
                continue
            if exclude is not None and _same_actor(actor, exclude):
                continue
            return actor
        return None

    def last_body(self, fits: Callable[[Actor], bool], sentence: int, token: int,
                  exclude: Actor | None = None, back: int = 2) -> Actor | None:
        """The latest body named before this point (this sentence or the `back` ones before
        it) that `fits` a class noun ("the bloc" an IGO, "the company" a business)."""
        for sent, start, actor in reversed(self.bodies):
            if (sent, start) >= (sentence, token):
                continue
            if sent < sentence - back:
                return None
            if not fits(actor) or (exclude is not None and _same_actor(actor, exclude)):
                continue
            return actor
        return None

    def last_pair(self, before_sentence: int) -> tuple[Actor, Actor] | None:
        """The two most recent people of different countries ("the two", "the leaders")."""
        first: Actor | None = None
        for sent, actor, _ in reversed(self.people_seen):
            if sent >= before_sentence or not actor.country:
                continue
            if first is None:
                first = actor
            elif actor.country != first.country:
                return actor, first
        return None

    def last_sides(self, sentence: int, token: int, exclude: set[str]
                   ) -> tuple[Actor, Actor] | None:
        """"Armenia and Azerbaijan clashed ... Russia urged both sides to talk": the two most
        recent actors of different countries (or of one country's different bodies: a
        government and rebels) named before this point, leaving out the
        `exclude`d countries (the clause's own subject is not one of the sides)."""
        first: Actor | None = None
        for sent, start, actor in reversed(self.seen):
            if (sent, start) >= (sentence, token) or actor.country in exclude:
                continue
            if first is None:
                first = actor
            elif actor.country != first.country or (
                    actor.role and first.role and actor.role != first.role):
                return actor, first  # a government and its rebels are two sides too
        return None

    def as_of(self, actor: Actor, when: dt.date) -> Actor:
        """A known office holder, or a dated party, is coded by its place on the event's
        date."""
        if when == self.when:
            return actor
        party = self._dated_parties.get(actor.text) if not actor.name else None
        if party is not None and actor.country == party.country and \
                actor.role == party.role_on(self.when):
            role = party.role_on(when)
            return Actor(party.country + role, party.country, role, actor.name, actor.text)
        if not actor.name:
            return actor
        people = self.dictionary.people(actor.name, when)
        if not people:
            return actor
        coded = people[0].code_on(when)
        if not coded or coded[0] != actor.country:
            return actor
        country, role = coded
        if actor.role in ("MIL", "REB") and role in ("GOV", "REB") and \
                self._armed_form(actor):
            role = "MIL" if role == "GOV" else "REB"  # "Taliban fighters": the group's forces
        return Actor(country + (role or ""), country, role, actor.name, actor.text)

    def _armed_form(self, actor: Actor) -> bool:
        """Whether `actor` is a named entry's fighters ("Taliban fighters"): its role is not
        the entry's own on the document's date."""
        people = self.dictionary.people(actor.name or "", self.when)
        own = people[0].code_on(self.when) if people else None
        return own is not None and own[1] != actor.role

    def fill_country(self, actor: Actor, place_country: str | None = None,
                     at: tuple[int, int] | None = None) -> Actor:
        """An official named by title alone ("the Finance Minister") serves the focus country;
        rebels, police or protesters "in Idlib" belong where the sentence places them. `at`
        (sentence, token) is where the actor is named: only what was named before counts."""
        if actor.country or actor.code.startswith(("IGO", "NGO")):
            return actor
        focus = self.focus_country()
        if actor.role == "GOV" and not any(a.country and a.role == "GOV" and a.name
                                           for _, a, _ in self.people_seen):
            # no office holder named: "Niger's government suspended the BBC ... the ministry
            # said": the government named first, not the country named most
            focus = next((a.country for sent, start, a in self.seen
                          if a.role == "GOV" and a.country and at is not None
                          and (sent, start) < at), focus)
        if place_country and (actor.role != "GOV" or focus is None):
            focus = place_country
        elif actor.role in _PLACE_BOUND and self.places:
            # "Fighting raged near Goma. Rwanda's army shelled ... Rebels killed 12 villagers":
            # unnamed fighters are where the story last placed itself, not in the
            # country named most
            focus = self.last_place or focus
        if focus is None:
            return actor
        return Actor(code=focus + (actor.role or ""), country=focus, role=actor.role,
                     name=actor.name, text=actor.text)


# unnamed armed men belong where they fight, not to the country the story names most
_PLACE_BOUND = frozenset({"REB", "CRM"})
_TOLD = frozenset({"told", "tell", "tells", "telling"})
_REPORTED = frozenset({"reported", "reports", "quoted", "cited"})


def _told_to_outlet(doc: Doc | Sequence[Token], m: Mention) -> bool:
    """A news outlet that hears or carries the story ("officials told Reuters", "according to
    the Associated Press", "in an interview with CNN", "the BBC reported") is no side of it."""
    after = doc[m.end].text.lower() if m.end < len(doc) else ""
    if m.actor.role != "MED" or after == "to" or (
            m.end - m.start > 1 and doc[m.end - 1].text.islower()):
        return False  # "told journalists to leave", "the Reuters correspondent": a side
    k = m.start - 1
    if k >= 0 and doc[k].text.lower() == "the":
        k -= 1
    before = [doc[j].text.lower() for j in range(max(0, k - 1), k + 1)]
    return bool(before) and (before[-1] in _TOLD or before in (["according", "to"],
                                                               ["interview", "with"])) or (
        after in _REPORTED)


_DATELINE_WEIGHT = 0.5  # below one mention in the text: a story filed in Washington about France


def _national_council(doc: Doc | Sequence[Token], start: int, end: int) -> bool:
    """Whether a bare "Security Council" is a state's own: after a country word, a possessive
    or "National" ("Russia's Security Council", "Armenian Security Council")."""
    if _span_text(doc, start, end).lower() != "security council":
        return False
    prev = doc[start - 1].text
    if prev.lower() in _NATIONAL_COUNCIL_WORDS:
        return True
    return prev[:1].isupper() and prev not in ("The", "the", "UN", "U.N.") and prev.isalpha()


def _party_cue(doc: Doc | Sequence[Token], start: int, party_start: int) -> str | None:
    """The role the words before a party name give it ("the opposition BJP" -> OPP, "the
    ruling Labour Party" -> GOV), or None: the words of its phrase and the two before it."""
    for k in range(party_start - 1, max(0, start - 2) - 1, -1):
        cue = _PARTY_CUES.get(doc[k].text.lower())
        if cue is not None:
            return cue
    return None


def _possessive_gap(doc: Doc | Sequence[Token], start: int, end: int) -> bool:
    """Whether the words between two atoms open with a possessive ("Khan's opposition")."""
    return end > start and doc[start].text.lower() in ("'s", "’s", "'", "’")


def _name_before(word: str) -> bool:
    """Whether a capitalised word before a party's name makes it part of a longer name
    ("Islamic Renaissance Party"); "The", "Former", "Ruling" and the like do not."""
    low = word.lower()
    return word[:1].isupper() and word.isalpha() and word not in _NAME_STOP and \
        low not in _PARTY_CUES and low not in _MODIFIERS and low not in _FORMER


def _same_actor(a: Actor, b: Actor) -> bool:
    if a.name and b.name:
        return a.name == b.name
    return a.code == b.code and a.text == b.text


def _span_text(doc: Doc | Sequence[Token], start: int, end: int) -> str:
    parts = []
    for k in range(start, end):
        tok = doc[k]
        parts.append(tok.text + (tok.whitespace_ if k < end - 1 else ""))
    return "".join(parts)


def _is_name_token(word: str) -> bool:
    if word in _NAME_STOP:
        return False
    return word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()


# Words after a person's name that do not go on with another name: "the Yoon administration"
_NAME_FOLLOWERS = {"administration", "government", "cabinet", "camp", "campaign", "team",
                   "doctrine", "era", "regime", "jr", "sr", "monday", "tuesday", "wednesday",
                   "thursday", "friday", "saturday", "sunday"}


def _other_name_follows(doc: Doc | Sequence[Token], end: int) -> bool:
    """Whether the name matched just before `end` goes on with another capitalised name in the
    same phrase ("Yang Hengjun", "Hunter Biden"'s mirror image): the person the tables know
    by that one word is then someone else."""
    if end >= len(doc) or end == 0:
        return False
    last, nxt = doc[end - 1], doc[end]
    if not hasattr(nxt, "pos_") or not hasattr(last, "head"):
        return False  # bare tokens, no parse: nothing to tell by
    return (nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.text.isalpha()
            and nxt.text.lower() not in _NAME_FOLLOWERS
            and last.dep_ in ("compound", "flat") and last.head.i >= nxt.i)


# Before a demonym, a region rather than the country: "Latin American", "East African"
_REGION_WORDS = {"Central", "Latin", "North", "South", "East", "West", "Northern", "Southern",
                 "Eastern", "Western", "Sub-Saharan"}
_GEO_WORDS = {"Lake", "Gulf", "Sea", "Bay", "River", "Strait", "Straits", "Mount", "Cape",
              "Island", "Islands", "Port", "Lakes", "Ocean", "Desert", "Basin", "Canal"}


_NAME_PARTICLES = {"da", "das", "de", "del", "della", "di", "do", "dos", "du", "la", "las", "le",
                   "les", "los"}

_DOCUMENT_WORDS = {"accord", "accords", "agreement", "agreements", "charter", "communique",
                   "communiqué", "consensus", "convention", "conventions", "declaration",
                   "format", "framework", "pact", "principles", "protocol", "statute", "treaty"}


def _names_document(doc: Doc | Sequence[Token], end: int) -> bool:
    """Whether the words after a city name make it the name of a text: "Vienna Convention",
    "Oslo Accords", "the Algiers peace agreement"."""
    after = [doc[k].text.lower() for k in range(end, min(len(doc), end + 2))]
    if after and after[0] in ("peace", "ceasefire", "cease-fire", "nuclear", "climate"):
        after = after[1:]
    return bool(after) and after[0] in _DOCUMENT_WORDS


def _in_place_name(doc: Doc | Sequence[Token], i: int) -> bool:
    """Whether the word at `i` is part of a geographic name: "Lake Chad", "Sea of Japan"."""
    before = [doc[k].text for k in range(max(0, i - 2), i)]
    return bool(before) and (before[-1] in _GEO_WORDS or
                             (len(before) == 2 and before[1] == "of" and before[0] in _GEO_WORDS))


def _joinable(doc: Doc | Sequence[Token], left: _Atom, right: _Atom) -> bool:
    if left.kind == "person" and right.kind == "person":
        return False
    gap = [doc[k].text.lower() for k in range(left.end, right.start)]
    if len(gap) > 3:
        return False
    if right.kind in ("country", "capital") and left.kind in ("country", "capital", "demonym"):
        return False
    if "and" in gap and any(w in ("the", "a", "an", "its", "their") for w in
                            gap[gap.index("and") + 1:]):
        return False  # "the government and the opposition": a new phrase starts after "and"
    if "and" in gap:
        # "Finance and Economy Minister": only titles/agents glue over "and", and not two
        # plural nouns ("government troops and rebels" are two actors)
        if getattr(doc[left.end - 1], "tag_", "") in ("NNS", "NNPS"):
            return False
        if getattr(doc[left.end - 1], "tag_", "") in ("NN", "NNP") and \
                getattr(doc[right.end - 1], "tag_", "") in ("NNS", "NNPS"):
            # "the government and opposition negotiators", "the Ethiopian government and
            # Tigrayan leaders": a singular body and a plural group are two parties
            return False
        return left.kind in ("title", "agent") and right.kind in ("title", "agent")
    if left.kind in ("person",) and right.kind not in ("title", "agent"):
        return False
    if left.kind == "person" and "the" in gap:
        return False  # "told Ruto the army was ready": two actors
    if left.kind in ("country", "capital") and not gap:
        return right.kind in ("title", "agent", "person")
    if gap in (["'"], ["’"]) and left.kind == "agent" and right.kind in ("agent", "title") \
            and doc[left.end - 1].text.lower().endswith("s"):
        # "farmers' leaders", "soldiers' families": a plural possessive, one phrase
        return True
    if all(w in _GLUE or w in _MODIFIERS or w in _FORMER for w in gap):
        return True
    # "Kenyan anti-graft investigators", "Iraq's oil ministry": modifiers the parser puts
    # inside the same phrase
    if left.kind in ("demonym", "country", "capital", "agent") and right.kind in ("agent",
                                                                                 "title") \
            and gap and (left.kind != "agent" or "-" in gap):  # "Mali's military-led government"
        head = doc[right.end - 1]
        return all(doc[k].text.lower() in _GLUE or (
            getattr(doc[k], "dep_", "") in ("amod", "compound", "nmod", "punct")
            and getattr(doc[k], "head", None) is not None and _heads_into(doc[k], head))
            for k in range(left.end, right.start))
    return False


_STANCES = frozenset({"pro", "anti"})


def stance_prefix(doc: Doc | Sequence[Token], i: int) -> bool:
    """"pro-Palestinian", "anti-American": the word after the hyphen names whom a group is
    for or against, not where it is from."""
    if i >= 2 and doc[i - 1].text in ("-", "\u2013") and doc[i - 2].text.lower() in _STANCES:
        return True
    return i >= 1 and doc[i - 1].text.lower() in ("pro-", "anti-")


def _heads_into(tok: object, head: object) -> bool:
    """Whether `tok` depends, directly or through modifiers, on `head` (parsed tokens only)."""
    cur = tok
    for _ in range(4):
        nxt = getattr(cur, "head", None)
        if nxt is None or nxt is cur:
            return False
        if nxt.i == head.i:  # type: ignore[attr-defined]
            return True
        cur = nxt
    return False


def _demonym_is_actor(doc: Doc | Sequence[Token], end: int) -> bool:
    """"Kyrgyz side", "the Russians": a demonym that heads its own phrase names the country."""
    if end >= len(doc):
        return True
    nxt = doc[end].text
    return not nxt[:1].isalpha() or nxt.lower() in {"side", "sides", "counterpart", "counterparts",
                                                    "partners", "partner"}


_SAYING = frozenset({"say", "tell", "announce", "report", "confirm", "state", "add", "claim"})


def _speaker_only(doc: Doc | Sequence[Token], m: Mention) -> bool:
    """A body or group that only frames what is reported ("Officials said", "the ministry
    told reporters"): the person the report is about is the sentence's subject."""
    head = doc[m.end - 1]
    verb = getattr(head, "head", None)
    return verb is not None and getattr(head, "dep_", "") == "nsubj" and \
        getattr(verb, "lemma_", "").lower() in _SAYING and \
        any(c.dep_ == "ccomp" and c.i > head.i for c in verb.children)


def is_person_pronoun(word: str) -> bool:
    return word.lower() in _PRONOUNS_PERSON


def is_pair_word(word: str) -> bool:
    return word.lower() in _PAIR_WORDS


# Nouns that name the two parties only with "both"/"two": "both sides", "the two countries"
_SIDE_NOUNS = {"sides", "countries", "parties", "nations", "neighbours", "neighbors", "rivals",
               "governments", "states", "foes", "adversaries", "camps", "armies"}
_PEOPLE_NOUNS = {"men", "women", "leaders", "presidents"}


def pair_kind(tok: Token) -> str | None:
    """"both sides", "the two countries": "sides"; "both men", "the two leaders": "people";
    else None. Needs "both" or "two" on the noun."""
    word = tok.lower_
    if word not in _SIDE_NOUNS and word not in _PEOPLE_NOUNS:
        return None
    if not any(c.lower_ in ("both", "two") and c.i < tok.i for c in tok.children):
        return None
    return "people" if word in _PEOPLE_NOUNS else "sides"
