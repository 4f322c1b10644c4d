"""Small helpers over spaCy's dependency parse: subjects, paths, tense, modality, negation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventwire.coder.patterns import Step

SUBJ_DEPS = {"nsubj", "csubj"}
# Verbs whose object, not subject, is the doer of their infinitive ("invited him to visit").
OBJECT_CONTROL = {"invite", "ask", "urge", "tell", "allow", "help", "call", "encourage",
                  "persuade", "force", "order", "request", "press", "appeal", "permit",
                  "prompt", "compel", "spur", "oblige", "cause", "lead"}
MODALS = {"will", "would", "may", "might", "could", "should", "shall", "can", "'ll", "must"}
# Governors that make the event they govern a plan, not a fact.
INTENT_GOVERNORS = {"plan", "intend", "hope", "want", "seek", "expect", "wish", "aim", "prepare",
                    "schedule", "propose", "offer", "consider", "try", "vow", "promise", "pledge",
                    "agree", "decide", "threaten", "set", "invite", "ask", "urge", "call",
                    "need", "look", "be"}
NEGATORS = {"not", "n't", "never", "no"}
REFUSALS = {"refuse", "decline", "fail", "reject", "deny", "cancel", "postpone", "avoid"}


def children(tok: Token, dep: str) -> Iterator[Token]:
    for c in tok.children:
        if c.dep_ == dep:
            yield c


def conjuncts(tok: Token) -> list[Token]:
    """The token and the words coordinated with it ("Hungary and Romania")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" or _listed_apposition(tok, c):
            out.extend(conjuncts(c))
        elif _misparsed_coordination(tok, c):
            out.append(c)
    split = _split_subject(tok)
    if split is not None and len(out) == 1:
        out.extend(conjuncts(split))
    lead = _leading_name(tok)
    if lead is not None and len(out) == 1:
        return [lead, tok]  # in the order they are named
    return out


def _misparsed_coordination(tok: Token, c: Token) -> bool:
    """"The Congolese government and M23 rebels": the parser hung the first party on the
    second as a modifier ("government" <- nmod "rebels", "M23" its conj), so "rebels" alone
    looked like the subject. A noun modifier that carries the "and" and whose conjunct sits
    right before the head is a party of its own."""
    return c.dep_ == "nmod" and c.i < tok.i and c.pos_ == "NOUN" and \
        tok.pos_ in ("NOUN", "PROPN") and any(
            g.dep_ == "cc" and g.lower_ == "and" for g in c.children) and any(
            g.dep_ == "conj" and g.i > c.i and all(
                w.head.i == tok.i or w.head.i == g.i or w.i == g.i
                for w in g.doc[g.i:tok.i]) for g in c.children)


def _leading_name(tok: Token) -> Token | None:
    """"Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan signed":
    the first name hung on the second as a modifier, with the "and" (and the second's title)
    on it; the first is a subject beside the second."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "PROPN":
        return None
    for c in tok.children:
        if c.i < tok.i and c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and any(
                g.dep_ == "cc" and g.lower_ == "and" and g.i > c.i for g in c.children):
            return c
    return None


def _split_subject(tok: Token) -> Token | None:
    """"Indonesian President Joko Widodo and Malaysian Prime Minister Anwar Ibrahim met": two
    long names the parser made two subjects of the verb, the "and" left on the first; the
    second is its conjunct."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i == tok.i:
        return None
    cc = next((c for c in tok.children if c.dep_ == "cc" and c.lower_ == "and"
               and c.i > tok.i), None)
    if cc is None or any(c.dep_ == "conj" for c in tok.children):
        return None
    return next((s for s in tok.head.children if s.dep_ == tok.dep_ and s.i > cc.i
                 and s.left_edge.i == cc.i + 1), None)


def _listed_apposition(tok: Token, c: Token) -> bool:
    """"The United States, Brazil and Colombia": a list of names the parser hung on its first
    one as an apposition ("States" <- appos "Brazil" <- conj "Colombia"), not a second name
    for it."""
    return c.dep_ == "appos" and tok.pos_ == "PROPN" and c.pos_ == "PROPN" and any(
        g.dep_ == "conj" and g.pos_ == "PROPN" for g in c.children) and any(
        g.dep_ == "cc" and g.lower_ in ("and", "or") for g in c.children)


def is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


def reduced_relative(tok: Token) -> bool:
    """"activists arrested in Harare", "the tanker seized by Iran": a past participle that
    modifies a noun, telling an act of its own."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN"


def reduced_passive(tok: Token) -> bool:
    """"a claim denied by Armenian officials": a participle on a noun, with its own agent."""
    return reduced_relative(tok) and any(c.dep_ == "agent" for c in tok.children)


QUANTITY_NOUNS = frozenset({
    "thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score", "scores",
    "million", "millions", "group", "groups", "number", "crowd", "crowds", "team", "unit",
    "units", "contingent", "delegation", "band", "batch", "handful", "couple", "tens",
    "member", "members", "some", "many", "several", "most", "all", "one", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten"})


def content_head(tok: Token) -> Token:
    """"Thousands of protesters", "a group of rebels": the noun that says who they are."""
    for _ in range(3):
        if tok.lower_ not in QUANTITY_NOUNS and tok.lemma_.lower() not in QUANTITY_NOUNS:
            return tok
        of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
        objs = [g for c in of for g in c.children if g.dep_ == "pobj"]
        if not objs:
            return tok
        tok = objs[0]
    return tok


def logical_subject(tok: Token, depth: int = 0) -> Token | None:
    """Who does it: the subject, the passive agent, or the controller of an infinitive."""
    if depth > 6:
        return None
    if depth == 0 and misparsed_relative(tok):
        return None  # "reporters detained in Addis Ababa were released": nobody named
    if is_passive(tok) or (depth == 0 and reduced_passive(tok)):
        for agent in children(tok, "agent"):
            for pobj in children(agent, "pobj"):
                return content_head(pobj)
        return None
    for c in tok.children:
        if c.dep_ in SUBJ_DEPS:
            return content_head(c)
    head = tok.head
    if head.i == tok.i:
        return None
    if tok.dep_ == "xcomp":
        if head.lemma_.lower() in OBJECT_CONTROL:
            for c in head.children:
                if c.dep_ == "dobj":
                    return c
        if is_passive(head) and not any(c.dep_ == "agent" for c in head.children):
            # raising: "the minister is expected to hold talks"
            for c in head.children:
                if c.dep_ == "nsubjpass":
                    return content_head(c)
        return logical_subject(head, depth + 1)
    if tok.dep_ == "conj" and _appeal_after_report(tok):
        # "China said the Philippine vessels had violated its sovereignty and urged Manila to
        # stop": the appeal is the speaker's, hung by the parser on the reported clause
        return logical_subject(head.head, depth + 1)
    if tok.dep_ == "conj":
        return logical_subject(head, depth + 1)
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and head.dep_ == "ccomp" and \
            head.head.i < head.i:  # not "Troops beat them, subjecting ..., HRW said"
        # "X said that Y had fired, accusing them of ...": the speaker accuses; likewise
        # "demanded that the WFP restore aid, accusing the agency of ..."
        return logical_subject(head.head, depth + 1)
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and head.dep_ == "xcomp" and \
            head.head.i != head.i:
        # "Moldova ordered a diplomat to leave, accusing him of ...": Moldova accuses
        return logical_subject(head.head, depth + 1)
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and head.dep_ == "ROOT" and head.i < tok.i \
            and head.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in _NEVER_PASSIVE:
        # "Teachers protested in Buenos Aires": a sentence with no verb but the one the parser
        # took for a participle on its first noun; a verb that has no passive is the main one
        return content_head(head)
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and head.pos_ == "NOUN" and head.i < tok.i \
            and head.dep_ in ("nsubj", "nsubjpass", "ROOT"):
        # "students protesting against quotas clashed with police": the subject the
        # participle follows does it (one it hangs on as an object is background)
        return content_head(head)
    if tok.dep_ in ("advcl", "pcomp", "acl", "relcl", "pobj", "dobj", "appos", "prep", "ccomp"):
        # climb to the clause that governs this one
        anc = head
        while anc.head.i != anc.i and anc.pos_ not in ("VERB", "AUX"):
            anc = anc.head
        if anc.pos_ in ("VERB", "AUX") and anc.i != tok.i:
            if tok.dep_ == "relcl":
                return None
            return logical_subject(anc, depth + 1)
    return None


# Verbs of collective action that take no object, so never a passive participle ("teachers
# protested"): on a noun with no main verb they are that noun's act.
_NEVER_PASSIVE = frozenset({"protest", "march", "rally", "demonstrate", "riot", "clash",
                            "gather", "picket", "strike"})


_APPEALS = frozenset({"urge", "demand", "ask", "call", "press", "insist", "request"})


def _appeal_after_report(tok: Token) -> bool:
    """An appeal in the simple past coordinated with a backshifted ("had ...") clause that a
    verb of saying reports: the speaker's own act, not the reported subject's."""
    head = tok.head
    return tok.lemma_.lower() in _APPEALS and tok.tag_ == "VBD" and \
        not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in tok.children) and \
        head.dep_ == "ccomp" and head.head.lemma_.lower() in SPEECH_VERBS and \
        head.head.i < head.i and any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children)


def logical_object(tok: Token) -> list[Token]:
    out = [c for c in tok.children if c.dep_ == "dobj"]
    if not out:
        out = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if not out and misparsed_relative(tok):
        out = [c for c in tok.children if c.dep_ == "nsubj"]
    if not out and reduced_passive(tok) and tok.head.lower_ in CLAIM_NOUNS:
        out = [tok.head]  # "a claim denied by X": the claim is what is denied
    return [content_head(c) for c in out]


# "-ing" words a parser takes for verbs that name an act ("with heavy artillery shelling"),
# unlike the clause "with 16,000 troops taking part"
NOMINAL_GERUNDS = frozenset({"shelling", "bombing", "bombardment", "firing", "fighting",
                             "killing", "killings", "looting", "rioting", "clashing",
                             "gunfire", "strafing", "mortaring"})


def follow(tok: Token, path: tuple[Step, ...]) -> list[Token]:
    """Every token reached from `tok` by the path (see coder.patterns for the language)."""
    current = [tok]
    for step in path:
        nxt: list[Token] = []
        for t in current:
            nxt.extend(_step(t, step))
        current = nxt
        if not current:
            break
    return current


def _matches(tok: Token, lemmas: frozenset[str]) -> bool:
    if not lemmas:
        return True
    if tok.lower_ in _FIXED_FORMS:  # "according to a statement" is no "accord" (a deal)
        return tok.lower_ in lemmas
    return tok.lemma_.lower() in lemmas or tok.lower_ in lemmas


# Words whose lemma is another word's: they match only as themselves.
_FIXED_FORMS = frozenset({"according", "accordingly"})


def _step(tok: Token, step: Step) -> list[Token]:
    found = _step_any_pos(tok, step)
    return [t for t in found if t.pos_ in step.pos] if step.pos else found


def _step_any_pos(tok: Token, step: Step) -> list[Token]:
    dep, lemmas = step.dep, step.lemmas
    if dep == "self":
        return [tok] if _matches(tok, lemmas) else []
    if dep == "head":
        return [tok.head] if tok.head.i != tok.i and _matches(tok.head, lemmas) else []
    if dep == "pobj" and tok.dep_ in ("pobj", "pcomp"):
        # after a "prep:x" step we already stand on the object: filter it
        return [tok] if _matches(tok, lemmas) else []
    if dep == "subj":
        s = logical_subject(tok)
        return [s] if s is not None and _matches(s, lemmas) else []
    if dep == "obj":
        return [o for o in logical_object(tok) if _matches(o, lemmas)]
    if dep == "subtree":
        return [t for t in tok.subtree if t.i != tok.i and _matches(t, lemmas)]
    if dep in ("prep", "agent"):
        out = []
        allowed = ("agent",) if dep == "agent" else ("prep", "agent", "dative")
        for c in tok.children:
            if c.dep_ in allowed and c.pos_ == "ADP":
                if lemmas and c.lemma_.lower() not in lemmas:
                    continue
                objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp") and not (
                    c.lower_ in ("with", "without") and g.dep_ == "pcomp" and
                    g.tag_ in ("VBG", "VBN") and g.lower_ not in NOMINAL_GERUNDS and any(
                        s.dep_ in ("nsubj", "nsubjpass") for s in g.children))]
                # "with 16,000 troops taking part": a clause of its own, not the partner
                out.extend(objs)
        return out
    if dep == "dative":
        out = []
        for c in tok.children:
            if c.dep_ == "dative":
                if c.pos_ == "ADP":
                    out.extend(g for g in c.children if g.dep_ == "pobj")
                else:
                    out.append(c)
        return [t for t in out if _matches(t, lemmas)]
    return [c for c in tok.children if c.dep_ == dep and _matches(c, lemmas)]


def clause_verb(tok: Token) -> Token:
    """The verb whose tense and modality apply to `tok` (a noun's governing verb)."""
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return t
        t = t.head
    return t


def governors(tok: Token) -> Iterator[Token]:
    """The chain of verbs that embed this one through xcomp ("plans to make visits")."""
    t = tok
    for _ in range(6):
        if t.dep_ in ("xcomp",) and t.head.i != t.i:
            t = t.head
            yield t
        else:
            return


def tense(tok: Token) -> str:
    """'past', 'present' or 'future' of the clause, from tags and auxiliaries."""
    verb = clause_verb(tok)
    if verb.dep_ == "acl" and infinitive_role(verb) == "content":
        # "oversaw the signing of an agreement to receive aid": the clause that tells it
        outer = clause_verb(verb.head)
        if outer.i != verb.i and outer.pos_ in ("VERB", "AUX"):
            verb = outer
    chain = [verb, *governors(verb)]
    top = chain[-1]
    while top.dep_ in ("advcl", "conj", "pcomp") and top.head.i != top.i:
        top = clause_verb(top.head)
        if top.pos_ not in ("VERB", "AUX"):
            break
    for v in [*chain, top]:
        auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        words = {a.lower_ for a in auxes}
        if words & {"will", "shall", "'ll"}:
            return "future"
        if "had" in words:
            return "past"
        if words & {"has", "have", "'s", "'ve"} and v.tag_ == "VBN":
            return "perfect"
    if _past_auxiliary_in(chain):
        return "past"  # "was arrested", "were carrying out": a past passive or progressive
    tags = {v.tag_ for v in [*chain, top]}
    if top.tag_ == "VBD" or verb.tag_ == "VBD":
        return "past"
    if tags & {"VBZ", "VBP"}:
        return "present"
    return "past" if "VBD" in tags else "present"


def requires_negation(paths: tuple[tuple[Step, ...], ...]) -> bool:
    """Whether a rule's own requirements name the negator ("had no intention of paying",
    "did not back down"): then the negation is what the rule codes, not a denial of it."""
    return any(step.dep == "neg" or step.lemmas & NEGATORS for path in paths for step in path)


def is_negated(tok: Token) -> bool:
    for v in [tok, clause_verb(tok), *governors(clause_verb(tok))]:
        for c in v.children:
            if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in NEGATORS):
                return True
    for g in governors(clause_verb(tok)):
        if g.lemma_.lower() in REFUSALS:
            return True
    verb = clause_verb(tok)
    if infinitive_role(tok) == "intent" and any(
            c.dep_ in ("det", "neg") and c.lower_ in NEGATORS for c in verb.head.children):
        return True  # "had no plans to reimpose a curfew"
    return False


TEMPORAL_REFERENCES = {"before", "until", "till", "prior", "ahead"}
DURATIVE = ("over the past", "over the last", "in recent years", "for years", "for decades",
            "in the past", "during the past", "during the last", "for the past", "since the")


def _narrates_past(verb: Token) -> bool:
    """"protested on Tuesday before Taliban fighters dispersed them": a finite past clause with
    its own subject, hung on a past clause, tells what happened next, not a time reference."""
    head = verb.head
    return verb.tag_ == "VBD" and head.tag_ == "VBD" and head.pos_ in ("VERB", "AUX") and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def is_reference(tok: Token) -> bool:
    """"before going to Moscow": an event named to place another in time, not reported."""
    verb = clause_verb(tok)
    if verb.dep_ == "pcomp" and verb.head.lower_ in TEMPORAL_REFERENCES:
        return True
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    if verb.dep_ == "advcl" and marks == ["after"] and _years_before(verb):
        return True
    if verb.dep_ != "advcl" or not any(m in TEMPORAL_REFERENCES for m in marks):
        return False
    return not (marks == ["before"] and _narrates_past(verb))


LONG_UNITS = frozenset({"year", "decade", "century", "generation"})


def _years_before(verb: Token) -> bool:
    """"handed back the bronzes on Tuesday, more than a century after British troops looted
    them": what happened years earlier is history named for contrast, not news ("hours after",
    "two days after" still report it)."""
    mark = next(c for c in verb.children if c.dep_ == "mark")
    for t in (*verb.children, *verb.head.children):
        if t.dep_ == "npadvmod" and t.lemma_.lower() in LONG_UNITS and 0 < mark.i - t.i <= 2:
            return True
    return False


# Spans short enough that what was done in them is news: "in the past month", "over the last
# week" ("has forced 500,000 Afghans back across the border in the past month").
SHORT_SPANS = frozenset({"day", "days", "week", "weeks", "month", "months", "hours", "night",
                         "weekend", "fortnight"})


def _is_long_span(phrase: str) -> bool:
    """Whether a DURATIVE phrase spans years, not the days or weeks of one episode."""
    words = phrase.split()
    if words[:2] in (["over", "the"], ["in", "the"], ["during", "the"], ["for", "the"]) and \
            len(words) > 3 and words[2] in ("past", "last"):
        return not SHORT_SPANS.intersection(words[3:6])
    return True


def _since_dated(prep: Token) -> bool:
    """"has waged a campaign since the 2021 coup": a campaign dated from a named year is
    coded from its start (like "since November 2020"), not left out as a vague stretch."""
    return prep.lower_ == "since" and any(
        t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20") for t in prep.subtree)


def since_prep(verb: Token) -> Token | None:
    """The "since <year>" phrase that dates a campaign from its start, if the verb has one."""
    return next((c for c in verb.children if c.dep_ == "prep" and _since_dated(c)), None)


def is_part_of_campaign(tok: Token) -> bool:
    """"has waged a campaign since the 2021 coup, torching villages": what the participle
    tells is how the campaign went over those years, not one event of its own."""
    verb = first_conjunct(clause_verb(tok))
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl"):
        return False
    gov = verb.head
    for _ in range(4):  # "since the 2021 coup, torching ...": hung on the coup, or the object
        if gov.pos_ in ("VERB", "AUX") or gov.head.i == gov.i:
            break
        gov = gov.head
    return gov.pos_ in ("VERB", "AUX") and since_prep(gov) is not None


def is_durative(tok: Token) -> bool:
    """"Over the past 15 years, Russia has forgiven...": a sum of many acts, not one event."""
    verb = clause_verb(tok)
    for c in verb.children:
        if c.dep_ == "prep":
            phrase = " ".join(t.lower_ for t in c.subtree)
            if phrase.startswith(DURATIVE) and _is_long_span(phrase) and \
                    not _since_dated(c):
                return True
    return False


AGREEMENT_NOUNS = {"agreement", "deal", "accord", "treaty", "memorandum", "contract", "pact",
                   "decision", "protocol"}
INTENT_NOUNS = {"plan", "intention", "readiness", "invitation", "offer", "promise", "pledge",
                "proposal", "bid", "commitment", "request", "call", "appeal", "threat"}


REFUSAL_VERBS = frozenset({"refuse", "decline", "reject", "rule", "fail", "spurn", "balk",
                           "baulk", "resist"})
# "charged that police had beaten", "charged him with killing": an accusation, like "accuse"
CLAIM_GOVERNORS = frozenset({"accuse", "blame", "suspect", "allege", "deny", "dismiss",
                             "reject", "rebut", "refute", "charge"})
# "criticised Israel for blocking aid", "sanctioned firms for supplying drones": the act the
# critic blames the object for is the critic's charge, and not the critic's own act.
CENSURE_VERBS = frozenset({"criticise", "criticize", "condemn", "denounce", "slam", "blast",
                           "rebuke", "fault", "castigate", "chide", "berate", "lambast",
                           "lambaste", "scold", "censure", "assail", "decry", "reprimand",
                           "sanction", "penalise", "penalize", "punish", "fine"})
CREDIT_VERBS = frozenset({"thank", "praise", "commend", "hail", "laud", "credit",
                          "congratulate", "applaud", "salute", "reward", "honour", "honor"})
# Not "evidence": "found evidence that troops tortured detainees" asserts the torture.
CLAIM_NOUNS = frozenset({"report", "reports", "allegation", "allegations", "claim", "claims",
                         "accusation", "accusations", "rumour", "rumours", "rumor", "rumors",
                         "suspicion", "suspicions", "charge", "charges"})


def first_conjunct(verb: Token) -> Token:
    """The first of a run of coordinated words ("India and Britain": India)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def is_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_refused(tok: Token) -> bool:
    """"refused to let the envoy visit or meet her": the act is refused, not done."""
    verb = first_conjunct(clause_verb(tok))
    for _ in range(3):  # "refused to let the envoy visit": through "let", "allow", "make"
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSAL_VERBS:
            return verb.head.lemma_.lower() != "rule" or any(c.lower_ == "out"
                                                               for c in verb.head.children)
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            return False
        verb = first_conjunct(verb.head)
    return False


PERMISSIVES = frozenset({"let", "allow", "permit", "enable"})


def is_permission_refused(tok: Token) -> bool:
    """"refused to let a U.N. envoy meet Suu Kyi": the envoy refused nothing; the refusal is
    the government's, of the permission (coded on "let"), not the envoy's of the meeting."""
    verb = first_conjunct(clause_verb(tok))
    through = False
    for _ in range(3):
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            return False
        head = verb.head
        if head.lemma_.lower() in REFUSAL_VERBS and verb.dep_ == "xcomp":
            return through
        if head.lemma_.lower() in PERMISSIVES:
            through = True
        verb = first_conjunct(head)
    return False


def is_reported_claim(tok: Token) -> bool:
    """"accused Armenian forces of shelling", "reports that protesters had been beaten":
    what someone alleges or denies is not coded as having happened."""
    verb = first_conjunct(clause_verb(tok))
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        gov = verb.head.head
        if gov.lemma_.lower() in CLAIM_GOVERNORS:
            return True
        if gov.dep_ == "dobj" and gov.head.lemma_.lower() in CLAIM_GOVERNORS:
            return True  # "accused China's coast guard of firing", "of" hung on the accused
    if _blamed_or_credited_for(verb):
        return True
    if verb.tag_ == "VBG" and any(c.dep_ == "dobj" and c.lower_ in CLAIM_NOUNS
                                  for c in verb.children) and not any(
            c.dep_.startswith("nsubj") for c in verb.children):
        # "arrested on kidnapping charges", misparsed as a gerund whose object is "charges":
        # the noun names what someone is accused of
        return True
    if verb.dep_ in ("ccomp", "acl") and verb.head.lower_ in CLAIM_NOUNS and \
            not _describes_noun(verb):
        return True
    if verb.dep_ == "relcl" and verb.head.lower_ in CLAIM_NOUNS and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        # "a report that its soldiers had tortured ...", parsed as a relative clause: a
        # relative "that" is the clause's subject or object, a "that" marker opens its content
        return True
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in CLAIM_GOVERNORS and \
            not any(c.dep_ == "dobj" for c in verb.head.children):
        # "X has blamed the opposition, a charge the BNP denies": "denies" has its object
        # ("a charge"); the clause before it is the news, not what is denied
        return True
    return False


def _blamed_or_credited_for(verb: Token) -> bool:
    """"criticised Israel for blocking aid", "thanked Nigeria for sending troops", "criticised
    Sweden for allowing protesters to burn a Koran": the act is the reason the speaker gives,
    the object's (alleged) act and not the speaker's; the speaker's event is the criticism or
    the praise."""
    for _ in range(3):
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ == "for":
            return verb.head.head.lemma_.lower() in CENSURE_VERBS | CREDIT_VERBS
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            return False
        verb = first_conjunct(verb.head)
    return False


def _describes_noun(verb: Token) -> bool:
    """"a claim denied by Armenian officials": a participle that says what happened to the
    claim, not a clause that tells its content ("claims that troops had shelled ...")."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG") and not any(
        c.dep_ in ("mark", "nsubj", "nsubjpass", "aux") for c in verb.children)


def infinitive_role(tok: Token) -> str | None:
    """For "X to do" hanging off a noun: 'content' (an agreement to receive aid), 'intent'
    (plans to visit), 'purpose' (efforts to fight the pandemic) or None (not such a verb)."""
    verb = clause_verb(tok)
    if verb.dep_ != "acl" or verb.tag_ != "VB":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head.lemma_.lower()
    if head in AGREEMENT_NOUNS:
        return "content"
    if head in INTENT_NOUNS:
        return "intent"
    return "purpose"


def is_attribution(tok: Token) -> bool:
    """"Biden said that Putin was responsible": a speaker who names someone else as the
    culprit accuses; only "said its fighters carried out the attack" admits."""
    if tok.lemma_.lower() not in SPEECH_VERBS:
        return False
    speaker = logical_subject(tok)
    for comp in (c for c in tok.children if c.dep_ == "ccomp"):
        subj = next((c for c in comp.children if c.dep_ in SUBJ_DEPS), None)
        if subj is not None and subj.pos_ == "PROPN" and (
                speaker is None or subj.text not in speaker.text and
                speaker.text not in subj.text):
            return True
    return False


def is_ownerless_intent(tok: Token) -> bool:
    """"A proposal to impose a curfew was debated by councillors": the plan is the subject
    of what others do with it and nobody is said to make it; not "Poland's plan to open"
    nor "announced plans to open" (an object: the subject announces it)."""
    if infinitive_role(tok) != "intent":
        return False
    noun = clause_verb(tok).head
    return noun.dep_ in ("nsubj", "nsubjpass") and not any(
        c.dep_ in ("poss", "amod", "compound") or (c.dep_ == "prep" and c.lower_ in ("by", "from"))
        for c in noun.children)


SPEECH_VERBS = frozenset({
    "say", "announce", "state", "confirm", "tell", "add", "warn", "insist", "declare",
    "report", "claim", "deny", "vow", "pledge", "promise", "threaten", "indicate", "signal",
    "write", "tweet", "post", "argue", "acknowledge", "admit", "reiterate", "stress",
    "explain", "disclose", "reveal", "suggest", "hint", "assert", "maintain", "note"})
DEMAND_VERBS = frozenset({"demand", "urge", "insist", "ask", "request", "call", "press",
                          "recommend", "propose", "suggest", "require", "order"})


# Verbs whose "to"-infinitive says what the subject means to do ("pledged on Monday to ...").
INTENT_HEADS = frozenset({
    "commit", "pledge", "vow", "promise", "agree", "offer", "decide", "plan", "seek", "aim",
    "threaten", "move", "prepare", "intend", "hope", "want", "expect", "undertake", "resolve",
    "volunteer", "consent", "refuse", "decline", "fail", "try", "attempt", "push", "step",
    "call", "urge", "ask", "press", "appeal", "warn", "order", "tell", "encourage", "invite"})


def _is_so_far_as(verb: Token) -> bool:
    """"went so far as to thank him": done, not intended."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def is_purpose_clause(tok: Token) -> bool:
    """"should work with Japarov to encourage his ambitions", "flew to Moscow to sign": the
    infinitive says why, it is not an event of its own."""
    verb = first_conjunct(clause_verb(tok))
    if verb.dep_ != "advcl" or not is_infinitive(verb) or _is_so_far_as(verb):
        return False
    if _done_by_means(verb):
        return False
    return verb.head.lemma_.lower() not in INTENT_HEADS


# Verbs that set up a body or an effort whose task the infinitive names: "formed a committee
# to investigate", "voted to launch an inquiry", "launched a campaign to marshal opposition".
INSTITUTING = frozenset({"form", "set", "establish", "create", "appoint", "send", "dispatch",
                         "launch", "mount", "vote", "convene", "name", "assign", "commission",
                         "task"})


def _done_by_means(verb: Token) -> bool:
    """"sent a team on Monday to investigate the clashes": the body set up in a past act
    does what the infinitive says; it is the reported act, not a mere purpose."""
    head = verb.head
    if head.lemma_.lower() not in INSTITUTING:
        return False
    auxes = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    past = head.tag_ == "VBD" or (head.tag_ == "VBN" and auxes & {"has", "have", "had"})
    return bool(past) and not auxes & MODALS and not any(
        c.dep_ == "neg" for c in head.children)


def is_condition(tok: Token) -> bool:
    """"would strike back if South Korea attacked": the attack is a condition, nobody's act."""
    verb = first_conjunct(clause_verb(tok))
    # "if the rebels kept attacking soldiers": the condition may embed the trigger
    for v in [verb, *governors(verb)]:
        if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                     for c in v.children):
            return True
    return False


def is_demanded(tok: Token) -> bool:
    """"demanded that France pull its troops out": what is demanded has not happened; it is
    part of the demand, not the other side's plan."""
    verb = clause_verb(tok)
    first = first_conjunct(verb)
    if first.dep_ != "ccomp" and verb.tag_ == "VB" and verb.dep_ == "conj":
        # "demanded that the government lift the emergency imposed last month and free the
        # protesters": a bare verb the parser joined to a participle below the demand
        for anc in verb.ancestors:
            if anc.dep_ == "ccomp" and anc.tag_ == "VB" and \
                    anc.head.lemma_.lower() in DEMAND_VERBS:
                return True
    if first.dep_ != "ccomp" or first.head.lemma_.lower() not in DEMAND_VERBS:
        return False
    if first.tag_ == "VB":
        return True
    # "demanded that Ethiopian authorities allow access": a plural subjunctive is tagged as
    # a present; "insisted"/"suggested that they are ..." can assert, so not those, unless
    # the subject is singular ("insisted that Brussels abandon the talks": not "abandons")
    if first.tag_ != "VBP" or first.lemma_.lower() in ("be", "have"):
        return False
    subj = next((c for c in first.children if c.dep_ == "nsubj"), None)
    singular = subj is not None and subj.tag_ in ("NN", "NNP")
    return singular or first.head.lemma_.lower() not in ("insist", "suggest")


def is_hypothetical(tok: Token) -> bool:
    """Planned, promised, possible or conditional rather than done."""
    verb = clause_verb(tok)
    first = first_conjunct(verb)
    if first.dep_ == "advcl" and is_infinitive(first) and not _is_so_far_as(first) and not (
            first.head.lemma_.lower() not in INTENT_HEADS and _done_by_means(first)):
        return True  # "committed on Wednesday to train": not done yet
    chain = [verb, *governors(verb)]
    if first.i != verb.i and verb.tag_ == "VB" and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        # "may suspend relations or withdraw its ambassador": the conjunct shares the modal
        chain += [first, *governors(first)]
    for v in chain:
        for c in v.children:
            if c.dep_ == "aux" and c.lower_ in MODALS:
                return True
            if c.dep_ == "mark" and c.lower_ in ("if", "unless"):
                return True
    for g in governors(verb):
        if g.lemma_.lower() in INTENT_GOVERNORS:
            return True
    if verb.dep_ == "advcl":
        for c in verb.children:
            if c.dep_ == "mark" and c.lower_ in ("if", "unless"):
                return True
    if verb.tag_ == "VB" and verb.dep_ in ("xcomp",) and not _caused(verb):
        return True
    if first.i != verb.i and first.tag_ == "VB" and first.dep_ == "xcomp":
        return True  # "offered to lead a force and to deploy police officers"
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "to" and \
            verb.head.head.lemma_.lower() in INTENT_HEADS | OPEN_TO:
        return True  # "committed to withdrawing its troops", "open to freeing him"
    if infinitive_role(tok) == "intent":
        return True
    return False


# Verbs whose object was made to do the infinitive: "prompting Israel to summon the
# ambassador", "forced the soldiers to flee" report that it was done.
CAUSATIVES = frozenset({"prompt", "force", "compel", "cause", "spur", "oblige", "lead"})


def _caused(verb: Token) -> bool:
    head = verb.head
    if head.lemma_.lower() not in CAUSATIVES or head.tag_ not in ("VBD", "VBG", "VBN"):
        return False
    if any(c.dep_ in ("aux", "neg") and (c.lower_ in MODALS or c.dep_ == "neg")
           for c in head.children):
        return False
    # "was forced to withdraw": done under pressure; "is being forced to" is not yet
    return not is_passive(head) or any(c.dep_ == "auxpass" and c.lower_ in ("was", "were")
                                       for c in head.children)


ORDER_VERBS = frozenset({"order", "instruct", "direct", "command"})


def order_given(tok: Token) -> Token | None:
    """The past order whose infinitive is the trigger ("instructed departments to suspend
    contact"): when a government orders its own organs, the order is the act (the engine
    checks who was ordered)."""
    verb = first_conjunct(clause_verb(tok))
    head = verb.head
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or head.lemma_.lower() not in ORDER_VERBS:
        return None
    auxes = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    past = head.tag_ == "VBD" or (head.tag_ == "VBN" and auxes & {"has", "have", "had"})
    if not past or auxes & MODALS or is_passive(head) or any(
            c.dep_ == "neg" for c in head.children):
        return None
    return head


OPEN_TO = frozenset({"open", "amenable", "receptive", "committed", "commitment"})


# Those who guess at what others might do: their "could" and "may" are speculation.
SPECULATORS = frozenset({"analyst", "analysts", "observer", "observers", "expert", "experts",
                         "economist", "economists", "critic", "critics", "commentator",
                         "commentators", "diplomat", "diplomats", "researcher", "researchers",
                         "investor", "investors", "trader", "traders", "pundit", "pundits"})
BELIEF_VERBS = frozenset({"believe", "think", "expect", "fear", "predict", "speculate",
                          "suspect", "doubt", "reckon", "guess", "estimate"})


def _speaker_verb(verb: Token) -> Token | None:
    """The verb of saying or believing that reports this clause: "analysts say [Washington
    could tighten ...]", "[Tokyo may recognise ...], observers believe"."""
    t = first_conjunct(verb)
    for _ in range(4):
        for c in t.children:
            # "..., a security analyst told reporters" is often parsed as a conjunct
            if c.dep_ in ("parataxis", "ccomp", "conj") and c.i != verb.i and \
                    c.lemma_.lower() in SPEECH_VERBS | BELIEF_VERBS and c.i > verb.i:
                return c
        if t.dep_ not in ("ccomp", "conj") or t.head.i == t.i:
            return None  # not "expects to visit": one's own plan
        t = t.head
        if t.lemma_.lower() in SPEECH_VERBS | BELIEF_VERBS:
            return t
    return None


GUESS_MODALS = frozenset({"could", "might", "may", "can"})


def _guessed_content(verb: Token) -> bool:
    """"comments by Cameron that Ukraine could use British weapons to strike inside Russia",
    "fears that the army might shell the town": what a remark or a worry says somebody could
    do is nobody's stated intent (not "a pledge that it would ...")."""
    top = verb
    for g in governors(verb):
        top = g
    top = first_conjunct(top)
    if top.dep_ != "acl" or top.head.pos_ != "NOUN" or \
            top.head.lemma_.lower() in INTENT_NOUNS | AGREEMENT_NOUNS:
        return False
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in top.children) and \
        any(c.dep_ == "aux" and c.lower_ in GUESS_MODALS for c in top.children)


def is_speculation(tok: Token) -> bool:
    """"Analysts say Washington could tighten sanctions", "observers believe Tokyo may
    recognise ...": a third party's guess, not anybody's stated intent."""
    verb = clause_verb(tok)
    if _guessed_content(verb):
        return True
    speaker_verb = _speaker_verb(verb)
    if speaker_verb is None:
        return False
    if speaker_verb.lemma_.lower() in BELIEF_VERBS:
        return True
    subj = next((c for c in speaker_verb.children if c.dep_ in SUBJ_DEPS), None)
    return subj is not None and subj.lower_ in SPECULATORS


OBLIGATION_MODALS = frozenset({"must", "should", "ought"})


def is_obligation(tok: Token) -> bool:
    """"Hamas must free the hostages", "peacekeepers would have to leave": what someone is
    told they must do is the speaker's demand, not their own intent."""
    verb = first_conjunct(clause_verb(tok))
    for v in [verb, *governors(verb)]:
        if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in v.children):
            return True
        if v.dep_ == "xcomp" and v.head.lemma_.lower() == "have" and is_infinitive(v):
            return True
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in CAUSATIVES and is_passive(v.head):
            return True  # "may be forced to pull out": a possibility put on it, no intent
    return False


def _past_auxiliary_in(chain: list[Token]) -> bool:
    """"was detained", "were shelling": the past is on the auxiliary, not the participle."""
    return any(v.tag_ in ("VBN", "VBG") and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" and c.lower_ in ("was", "were")
        for c in v.children) for v in chain)


# Verbs that put a task on their object ("told the junta to release him", "urged Kyiv to
# negotiate"): the infinitive is the speaker's demand, not the intent of the one told.
DIRECTIVE_VERBS = frozenset({
    "tell", "order", "urge", "ask", "press", "instruct", "direct", "command", "call",
    "appeal", "implore", "beg", "advise", "encourage", "pressure", "pressurise",
    "pressurize", "push", "request", "require", "exhort", "warn", "entreat", "petition",
    "lobby", "challenge", "demand", "summon", "nudge", "prod"})


def is_directed(tok: Token) -> bool:
    """"France told Niger's junta to release the president", "Kyiv was urged to negotiate":
    an infinitive under a directive verb with someone told (its object, the passive
    subject, or "called on X") codes no intent for the one told."""
    verb = first_conjunct(clause_verb(tok))
    if verb.dep_ != "xcomp" or not is_infinitive(verb):
        return False
    head = verb.head
    if head.lemma_.lower() not in DIRECTIVE_VERBS:
        return False
    if is_passive(head):
        return True
    return any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") and
                                    any(g.dep_ == "pobj" for g in c.children))
               for c in head.children)


# Frequency words that make a clause a habit, not an event: "troops routinely detain",
# "police kill a teenager almost every day", "dozens are arrested each year".
HABITUAL_ADVERBS = frozenset({
    "routinely", "regularly", "habitually", "frequently", "often", "usually", "typically",
    "commonly", "customarily", "normally", "ordinarily", "sometimes",
    "occasionally", "periodically", "daily", "nightly", "weekly", "monthly", "annually",
    "yearly", "traditionally"})
PERIOD_NOUNS = frozenset({"day", "night", "week", "month", "year", "weekend", "morning",
                          "evening", "summer", "winter", "season", "time"})


def _frequency_phrase(t: Token) -> bool:
    """"every day", "each year", "twice a week", "three times a month", "per year"."""
    if t.lemma_.lower() not in PERIOD_NOUNS:
        return False
    dets = {c.lower_ for c in t.children if c.dep_ in ("det", "advmod", "amod", "nummod")}
    if dets & {"every", "each"}:
        return t.lemma_.lower() != "time"
    if t.lower_ in ("times", "time"):  # "three times a year"
        return any(c.dep_ in ("npadvmod", "nmod") and _per_period(c) for c in t.subtree
                   if c.i != t.i)
    # "twice a week" (not "a day after the vote": a distance in time)
    return _per_period(t) and t.dep_ == "npadvmod" and any(
        c.dep_ in ("predet", "advmod", "det") and c.lower_ in ("once", "twice", "thrice")
        for c in t.children)


def _per_period(t: Token) -> bool:
    return t.lemma_.lower() in PERIOD_NOUNS and t.lower_ in (
        "day", "night", "week", "month", "year") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "per") for c in t.children) and not any(
        c.dep_ == "prep" for c in t.children)


def is_habitual(tok: Token) -> bool:
    """A habit or a rate ("police kill a teenager almost every day", "troops routinely
    detain", "dozens are arrested each year") is background, not a reported event."""
    verb = clause_verb(tok)
    for v in {verb.i: verb, first_conjunct(verb).i: first_conjunct(verb)}.values():
        if any(_this_period(t) for t in v.subtree):
            return False  # "shelled the town every day last week": a run of attacks, dated
        for c in v.children:
            if c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS:
                return True
            if c.dep_ in ("npadvmod", "advmod", "obl", "nmod") and _frequency_phrase(c):
                return True
            if c.dep_ == "prep" and c.lower_ in ("per", "on") and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in PERIOD_NOUNS and (
                        c.lower_ == "per" or _frequency_phrase(g)) for g in c.children):
                return True  # "per year", "on every occasion"
    return False


def describes_place(tok: Token) -> bool:
    """"the valley where Kyrgyzstan, Tajikistan and Uzbekistan meet", "the town where the
    rebels hold sway": a "where" clause in the simple present tells what a place is, not
    something that happened there."""
    verb = first_conjunct(clause_verb(tok))
    return verb.dep_ == "relcl" and verb.tag_ in ("VBP", "VBZ") and any(
        c.dep_ == "advmod" and c.lower_ == "where" for v in conjuncts(verb)
        for c in v.children) and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _this_period(t: Token) -> bool:
    """"last week", "this month", "past few days": a dated stretch, not a habit."""
    return t.lemma_.lower() in PERIOD_NOUNS and any(
        c.dep_ in ("amod", "det") and c.lower_ in ("last", "this", "past", "previous")
        for c in t.children)


def misparsed_relative(tok: Token) -> bool:
    """"Three reporters detained in Addis Ababa last week were released": the parser takes
    the participle for the main verb and its noun for the subject, hanging the real
    subjectless passive ("were released") below it; the noun is the one detained."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN") or tok.dep_ not in ("ROOT", "ccomp"):
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].pos_ not in ("NOUN", "PROPN") or subj[0].i > tok.i or any(
            c.dep_ in ("dobj", "aux", "auxpass", "dative", "ccomp", "xcomp") for c in tok.children):
        return False
    for v in tok.children:
        if v.i > tok.i and v.dep_ in ("advcl", "ccomp") and v.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "is", "are", "have",
                                                              "has", "had") and c.i < v.i
                for c in v.children) and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "csubj") for c in v.children):
            return True
    return False


# nouns a distributive "each" picks one of two parties with: "each side blamed the other"
EACH_SIDE_NOUNS = frozenset({"side", "party", "country", "nation", "government", "army",
                             "camp", "state", "neighbour", "neighbor", "rival", "leader",
                             "capital", "faction", "group", "delegation"})


def is_each_side(tok: Token) -> bool:
    """"each side", "each country", "either side": one of the two parties, in turn."""
    return tok.lower_ in EACH_SIDE_NOUNS and any(
        c.lower_ in ("each", "either") and c.dep_ in ("det", "amod", "nummod")
        for c in tok.children)


def is_reciprocal_pronoun(tok: Token) -> bool:
    """"accused each other", "blamed one another", "each side blamed the other (side)": the
    object is the subject's own parties, each acting on the rest. "the other" counts only
    opposite a distributive subject ("each side"), not in "rejected the other proposal"."""
    low = tok.lower_
    kids = {c.lower_ for c in tok.children}
    if low == "other" and "each" in kids:
        return True
    if low in ("one", "another") and ({"one", "another"} & (kids | {tok.head.lower_})):
        return True
    if low in ("other", "others") or (tok.lemma_.lower() in EACH_SIDE_NOUNS and any(
            c.lower_ == "other" and c.dep_ == "amod" for c in tok.children)):
        if not any(c.lower_ == "the" for c in tok.children):
            return False
        subj = logical_subject(clause_verb(tok))
        return subj is not None and is_each_side(subj)
    return False


# verbs whose act each of two coordinated subjects does to the other: "Russia and Ukraine
# swapped prisoners", "the two sides exchanged accusations"
RECIPROCAL_VERBS = frozenset({"exchange", "swap", "trade"})


def has_agent(tok: Token) -> bool:
    """Whether the participle names who did it ("seized by Iran", "detained by police")."""
    return any(c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children)
               for c in tok.children)


def misparsed_relative_adjuncts(tok: Token) -> set[int]:
    """"Reporters detained in Goma last week were released": in a misparsed relative (see
    `misparsed_relative`) the adjuncts the parser hung on the real main verb before its
    auxiliary ("last week ... were") belong to the participle: their token indices."""
    if not misparsed_relative(tok):
        return set()
    out: set[int] = set()
    for v in tok.children:
        if v.i < tok.i or v.dep_ not in ("advcl", "ccomp"):
            continue
        aux = [c.i for c in v.children if c.dep_ in ("aux", "auxpass") and c.i < v.i]
        if not aux:
            continue
        for c in v.children:
            if c.i < min(aux) and c.dep_ in ("npadvmod", "prep", "advmod"):
                out |= {t.i for t in c.subtree}
    return out
