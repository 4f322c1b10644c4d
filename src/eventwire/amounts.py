"""Money named in news sentences, with its value in US dollars.

Events such as aid pledges, loans and fines carry a sum; comparing them across countries
and years needs one unit. `find_amounts` runs on every sentence, so it is a few compiled
regular expressions built once from ``data/amounts/currencies.json``; conversion is a
lookup in ``data/amounts/usd_rates.tsv`` (formats of both in that folder's README.md).

Choices worth knowing:

* Forms: symbol or code before the number ("$20 million", "US$1.5 billion", "USD 300,000",
  "EUR 40m", "Rs 500 crore"; a stray backslash before "$" from escaped copy is tolerated and
  kept in the span), currency word or code after it ("623 million rubles", "5bn KZT",
  "700 million US dollars"), and "a/half a million dollars". Multipliers: thousand, k,
  million, mn, mln, m, billion, bn, bln, b, trillion, tn, crore, lakh.
* The article's own conversion wins: "623 million rubles ($8.3 million)", "(about $8.3
  million)", "623 million rubles, or $8.3 million" give one Amount in roubles with
  ``usd`` 8.3e6 and ``usd_source`` "stated", spanning the whole expression. The mirror
  form "$8.3 million (623 million rubles)" gives the same record. Otherwise dollars are
  "usd" and other currencies convert with the rate table ("rate-table"), or usd None.
* A range "$20-30 million" is its lower bound (20e6), with the whole range as its text.
* Values are never negative: a sign or a parenthesis is never read as part of the number.
* Words that are also other things need a multiplier: "2 trillion won" is money, "in 2016
  won" is not; "2,000 pounds of explosives" is a weight. "in 2014 dollars" (constant
  prices) is not an amount. Bare "francs", "pesos", "dinars", "kronor" and "real" are left
  out as ambiguous.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources

from eventwire.records import Amount

_DATA = "data/amounts"

_MULTIPLIERS = {
    "thousand": 1e3, "k": 1e3, "lakh": 1e5, "lakhs": 1e5, "million": 1e6, "mn": 1e6,
    "mln": 1e6, "m": 1e6, "crore": 1e7, "crores": 1e7, "billion": 1e9, "bn": 1e9,
    "bln": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}
_SPACE = r"[ \t\u00a0]"
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d)"
_WORD_MULT = r"(?i:thousand|lakhs?|million|mln|mn|crores?|billion|bln|bn|trillion|trn|tn)"
_HEDGE = (
    r"(?i:or|about|around|approximately|approx\.|roughly|some|nearly|almost|over|under"
    r"|more\s+than|less\s+than|just\s+over|just\s+under|close\s+to|equivalent\s+to"
    r"|equal\s+to|the\s+equivalent\s+of|worth|i\.e\.|ca\.|c\.|~|≈)"
)
# What joins an amount to the article's own conversion of it.
_PAREN_LEAD = re.compile(rf"{_SPACE}*[(\[]{_SPACE}*(?:{_HEDGE}{_SPACE}*)*")
_COMMA_LEAD = re.compile(rf"{_SPACE}*(?:,|—|–|--){_SPACE}*(?:{_HEDGE}{_SPACE}*)+")
_PAREN_TAIL = re.compile(r"[^()\[\]\n]{0,60}?[)\]]")
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_CONSTANT_PRICES = re.compile(r"(?:\bin|\bconstant|\breal)\s+$", re.IGNORECASE)
# Every amount holds a digit run or a spelled number ("half a million"). The scan tries
# the patterns only at those anchors (and, for a symbol, just before): a plain search
# would try them at every character of every sentence, several times slower.
_DIGITS = re.compile(r"\d+")
_WORD_NUMBER = re.compile(r"(?i:(?<!\w)(?:half\s+an?|an?)\s+(?:thousand|million|billion|trillion))")
_LOOKBACK = 8  # a symbol, a stray backslash and a space: "CAN\$ " is 6 characters


@dataclass(frozen=True)
class _Currencies:
    symbols: dict[str, str]
    codes: frozenset[str]
    words: dict[str, str]
    needs_multiplier: frozenset[str]
    lowercase_only: frozenset[str]
    weight_units: frozenset[str]


@functools.cache
def _currencies() -> _Currencies:
    raw = json.loads(
        (resources.files("eventwire") / _DATA / "currencies.json").read_text(encoding="utf-8")
    )
    return _Currencies(
        symbols=dict(raw["symbols"]),
        codes=frozenset(raw["codes"]),
        words={_norm_word(k): v for k, v in raw["words"].items()},
        needs_multiplier=frozenset(raw.get("needs_multiplier", [])),
        lowercase_only=frozenset(raw.get("lowercase_only", [])),
        weight_units=frozenset(raw.get("weight_units", [])),
    )


def _norm_word(word: str) -> str:
    return " ".join(word.split()).casefold()


def _trie(items: Iterable[str], token: Callable[[str], str] = re.escape) -> str:
    """An alternation written as a prefix tree.

    sre tries the branches of ``a|b|c`` one by one at each attempt; with some 200 currency
    words that made every number in a sentence cost microseconds. In a tree the first
    character rules out all but a few branches. Optional tails are greedy, so the longest
    entry wins as with a longest-first list ("US$" before "$", "kyrgyz som" before "som").
    """
    root: dict[str, dict] = {}
    for item in items:
        node = root
        for ch in item:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [token(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def _symbol_token(ch: str) -> str:
    # News copy pasted from Markdown/LaTeX writes "\$5 million": accept one backslash.
    return r"\\?\$" if ch == "$" else re.escape(ch)


def _word_token(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


def _multiplier(tag: str) -> str:
    """A multiplier after a number: a word with optional space or hyphen ("$5-million"),
    or a one-letter abbreviation written solid ("$5m", "$50k")."""
    return (
        rf"(?:(?:{_SPACE}|-)?(?P<{tag}_mult>{_WORD_MULT})(?![A-Za-z])"
        rf"|(?P<{tag}_abbr>[mMbBkK])(?![A-Za-z]))"
    )


@dataclass(frozen=True)
class _Patterns:
    prefix: re.Pattern[str]  # "$20 million", "USD 300,000"
    suffix: re.Pattern[str]  # "623 million rubles", "5bn KZT"
    words: re.Pattern[str]  # "half a million dollars"
    symbol_ends: frozenset[str]  # last characters of every prefix symbol and code


@functools.cache
def _patterns() -> _Patterns:
    cur = _currencies()
    letter_symbols = [s for s in cur.symbols if s[0].isalpha()]
    other_symbols = [s for s in cur.symbols if not s[0].isalpha()]
    symbol = (
        rf"(?:(?<![A-Za-z]){_trie(letter_symbols, _symbol_token)}"
        rf"|{_trie(other_symbols, _symbol_token)}"
        rf"|(?<![A-Za-z]){_trie(cur.codes)}(?![A-Za-z]))"
    )
    suffix_symbols = [s for s in other_symbols if s != "$"]
    currency_after = (
        rf"(?:(?i:{_trie(cur.words, _word_token)})(?![A-Za-z])"
        rf"|{_trie(cur.codes)}(?![A-Za-z])"
        rf"|{_trie(suffix_symbols)})"
    )

    # "$20-30 million", "$20 to $30 million"; without a symbol only a dash makes a range
    # ("in 2019 to 10 million euros" is not one).
    prefix_range = (
        rf"(?:{_SPACE}*(?:-|–|—|to){_SPACE}*(?:{symbol})?{_SPACE}?(?P<p_num2>{_NUM}))?"
    )
    suffix_range = rf"(?:{_SPACE}?(?:-|–){_SPACE}?(?P<s_num2>{_NUM}))?"
    prefix = (
        rf"(?P<p_sym>{symbol}){_SPACE}?(?P<p_num>{_NUM}){prefix_range}{_multiplier('p')}?"
    )
    suffix = (
        rf"(?<![\w.,])(?P<s_num>{_NUM}){suffix_range}{_multiplier('s')}?"
        rf"(?:{_SPACE}|-)*(?P<s_cur>{currency_after})"
    )
    words = (
        rf"(?<![\w])(?P<w_num>(?i:half{_SPACE}+an?|an?)){_SPACE}+"
        rf"(?P<w_mult>(?i:thousand|million|billion|trillion))(?:{_SPACE}|-)+"
        rf"(?P<w_cur>{currency_after})"
    )
    ends = frozenset(s[-1] for s in [*cur.symbols, *cur.codes])
    return _Patterns(re.compile(prefix), re.compile(suffix), re.compile(words), ends)


@dataclass(frozen=True)
class _Parsed:
    value: float
    currency: str
    start: int
    end: int


def _parse(m: re.Match[str]) -> _Parsed | None:
    """Value and currency of one match, or None when the match is not money after all."""
    cur = _currencies()
    text = m.string
    tag = next(iter(m.re.groupindex))[0]  # "p", "s" or "w": each pattern's group prefix
    if tag == "p":
        currency = cur.symbols.get(m.group("p_sym").replace("\\", ""))
        currency = currency or m.group("p_sym")  # an ISO code
        number = float(m.group("p_num").replace(",", ""))
    else:
        word = m.group(f"{tag}_cur")
        key = _norm_word(word)
        if word in cur.codes:
            currency = word
        elif word in cur.symbols:
            currency = cur.symbols[word]
        else:
            currency = cur.words[key]
            if key in cur.lowercase_only and word != word.lower():
                return None  # "2 million Afghanis" are people
        if tag == "s":
            number = float(m.group("s_num").replace(",", ""))
        else:
            number = 0.5 if m.group("w_num").lower().startswith("half") else 1.0
        has_mult = m.group(f"{tag}_mult") is not None or (
            tag != "w" and m.group(f"{tag}_abbr") is not None
        )
        if key in cur.needs_multiplier and not has_mult:
            return None  # "in 2016 won", "2,000 pounds"
        if key in cur.weight_units and _OF_AFTER.match(text, m.end()):
            return None  # "2 million pounds of explosives"
        if (
            tag == "s" and not has_mult and re.fullmatch(r"(?:19|20)\d\d", m.group("s_num"))
            and _CONSTANT_PRICES.search(text, 0, m.start())
        ):
            return None  # "in 2014 dollars": constant prices, not a sum
    mult_word = m.group(f"{tag}_mult")
    abbr = m.group(f"{tag}_abbr") if tag != "w" else None
    factor = _MULTIPLIERS[(mult_word or abbr or "").lower()] if (mult_word or abbr) else 1.0
    value = number * factor
    if not math.isfinite(value) or value < 0:
        return None
    return _Parsed(value, currency, m.start(), m.end())


def _match_at(text: str, pos: int) -> _Parsed | None:
    """The amount starting exactly at ``pos``, of any form."""
    pats = _patterns()
    for pattern in (pats.prefix, pats.suffix, pats.words):
        m = pattern.match(text, pos)
        if m is not None:
            return _parse(m)
    return None


def _match_around(text: str, anchor: int, pos: int, spelled: bool) -> _Parsed | None:
    """The leftmost amount starting at or after ``pos`` whose number starts at ``anchor``.

    A spelled number ("half a") starts its amount; a digit run is preceded by a symbol
    (tried only when the character before it, past one space, can end one) or starts the
    amount itself.
    """
    pats = _patterns()
    if spelled:
        m = pats.words.match(text, anchor)
        return _parse(m) if m is not None else None
    before = anchor - 1
    if before > pos and text[before] in " \t\u00a0":
        before -= 1
    if before >= pos and text[before] in pats.symbol_ends:
        for start in range(max(pos, anchor - _LOOKBACK), anchor):
            m = pats.prefix.match(text, start)
            if m is not None and m.start("p_num") == anchor:
                parsed = _parse(m)
                if parsed is not None:
                    return parsed
    m = pats.suffix.match(text, anchor)
    return _parse(m) if m is not None else None


def _stated(text: str, first: _Parsed) -> tuple[_Parsed, float, int] | None:
    """The article's own conversion right after ``first``: (local amount, usd, end)."""
    for lead, paren in ((_PAREN_LEAD, True), (_COMMA_LEAD, False)):
        lm = lead.match(text, first.end)
        if lm is None:
            continue
        second = _match_at(text, lm.end())
        if second is None or (first.currency == "USD") == (second.currency == "USD"):
            continue  # a conversion pairs dollars with another currency
        end = second.end
        if paren:
            tail = _PAREN_TAIL.match(text, end)
            if tail is None:
                continue
            end = tail.end()
        elif first.currency == "USD":
            continue  # only "(...)" introduces the local figure after dollars
        local, usd = (second, first.value) if first.currency == "USD" else (first, second.value)
        return local, usd, end
    return None


def find_amounts(text: str, year: int | None = None) -> list[Amount]:
    """Every sum of money in ``text``, in order; ``year`` (the article's) picks the rate."""
    if not text:
        return []
    anchors = [(m.start(), False) for m in _DIGITS.finditer(text)]
    folded = text.casefold()
    if "illion" in folded or "thousand" in folded:
        anchors += [(m.start(), True) for m in _WORD_NUMBER.finditer(text)]
        anchors.sort()
    out: list[Amount] = []
    pos = 0
    for anchor, spelled in anchors:
        if anchor < pos:
            continue
        parsed = _match_around(text, anchor, pos, spelled)
        if parsed is None:
            continue
        stated = _stated(text, parsed)
        start = parsed.start
        if stated is not None:
            local, usd, end = stated
            out.append(Amount(
                local.value, local.currency, usd, text[start:end], start, end, "stated"
            ))
        else:
            end = parsed.end
            usd_value = to_usd(parsed.value, parsed.currency, year)
            source = "usd" if parsed.currency == "USD" else (
                "rate-table" if usd_value is not None else ""
            )
            out.append(Amount(
                parsed.value, parsed.currency, usd_value, text[start:end], start, end, source
            ))
        pos = end
    return out


@functools.cache
def _rates() -> dict[str, tuple[list[int], list[float]]]:
    """currency -> (sorted years, USD per unit in those years)."""
    table: dict[str, dict[int, float]] = {}
    raw = (resources.files("eventwire") / _DATA / "usd_rates.tsv").read_text(encoding="utf-8")
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("currency\t"):
            continue
        code, year, rate = line.split("\t")[:3]
        table.setdefault(code.strip(), {})[int(year)] = float(rate)
    return {
        code: (sorted(by_year), [by_year[y] for y in sorted(by_year)])
        for code, by_year in table.items()
    }


def to_usd(value: float, currency: str, year: int | None) -> float | None:
    """``value`` in US dollars at ``currency``'s average rate in ``year``.

    A year outside the table takes the nearest year in it; None takes the latest. Unknown
    currency: None, since a wrong rate is worse than none.
    """
    if currency == "USD":
        return value
    entry = _rates().get(currency)
    if entry is None:
        return None
    years, rates = entry
    if year is None:
        return value * rates[-1]
    i = bisect.bisect_left(years, year)
    if i == len(years):
        i -= 1
    elif i > 0 and years[i] != year and year - years[i - 1] <= years[i] - year:
        i -= 1
    return value * rates[i]
