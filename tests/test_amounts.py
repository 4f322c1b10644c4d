import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.amounts import find_amounts, to_usd
from eventwire.records import Amount


def _rate(currency: str, year: int) -> float:
    """Rate read back through to_usd, so the expectations don't copy the table."""
    usd = to_usd(1.0, currency, year)
    assert usd is not None
    return usd


def _only(text: str, year: int | None = 2021) -> Amount:
    found = find_amounts(text, year)
    assert len(found) == 1, found
    return found[0]


# (sentence, amount text, value, currency, usd or None for "value at the 2021 rate", source)
CASES = [
    ("Washington pledged $20 million in aid.", "$20 million", 20e6, "USD", 20e6, "usd"),
    ("It approved a \\$5.2 million loan.", "\\$5.2 million", 5.2e6, "USD", 5.2e6, "usd"),
    ("Lenders offered US$1.5 billion.", "US$1.5 billion", 1.5e9, "USD", 1.5e9, "usd"),
    ("A fine of USD 300,000 was paid.", "USD 300,000", 3e5, "USD", 3e5, "usd"),
    ("The $1.3bn pipeline deal.", "$1.3bn", 1.3e9, "USD", 1.3e9, "usd"),
    ("They spent $700m on it.", "$700m", 7e8, "USD", 7e8, "usd"),
    ("It cost around $700 million.", "$700 million", 7e8, "USD", 7e8, "usd"),
    ("Some $2 million was stolen.", "$2 million", 2e6, "USD", 2e6, "usd"),
    ("Donors gave 700 million dollars.", "700 million dollars", 7e8, "USD", 7e8, "usd"),
    ("Donors gave 700 million U.S. dollars.", "700 million U.S. dollars", 7e8, "USD", 7e8,
     "usd"),
    ("Grants of $50k each.", "$50k", 5e4, "USD", 5e4, "usd"),
    ("Ransom: half a million dollars.", "half a million dollars", 5e5, "USD", 5e5, "usd"),
    ("A $5-million grant.", "$5-million", 5e6, "USD", 5e6, "usd"),
    ("Costs of $1,250,000.50 were cited.", "$1,250,000.50", 1250000.5, "USD", 1250000.5,
     "usd"),
    ("The EU gave €40 million.", "€40 million", 40e6, "EUR", None, "rate-table"),
    ("The EU gave EUR 40m.", "EUR 40m", 40e6, "EUR", None, "rate-table"),
    ("Brussels adds 10 million euros.", "10 million euros", 10e6, "EUR", None, "rate-table"),
    ("London lent £3 billion.", "£3 billion", 3e9, "GBP", None, "rate-table"),
    ("A court fined it 623 million rubles.", "623 million rubles", 623e6, "RUB", None,
     "rate-table"),
    ("It lost 1.2 billion roubles.", "1.2 billion roubles", 1.2e9, "RUB", None, "rate-table"),
    ("Astana set aside 5 billion tenge.", "5 billion tenge", 5e9, "KZT", None, "rate-table"),
    ("Beijing lent 100 million yuan.", "100 million yuan", 1e8, "CNY", None, "rate-table"),
    ("Seoul spent 2 trillion won.", "2 trillion won", 2e12, "KRW", None, "rate-table"),
    ("Delhi approved Rs 500 crore.", "Rs 500 crore", 5e9, "INR", None, "rate-table"),
    ("Bishkek paid 50 million som.", "50 million som", 5e7, "KGS", None, "rate-table"),
    ("Tashkent paid 3 billion Uzbek sum.", "3 billion Uzbek sum", 3e9, "UZS", None,
     "rate-table"),
    ("Tashkent paid 3 billion Uzbek som.", "3 billion Uzbek som", 3e9, "UZS", None,
     "rate-table"),
    ("Ottawa sent C$5 million.", "C$5 million", 5e6, "CAD", None, "rate-table"),
    ("Ottawa sent 5 million Canadian dollars.", "5 million Canadian dollars", 5e6, "CAD",
     None, "rate-table"),
    ("Canberra sent A$2bn.", "A$2bn", 2e9, "AUD", None, "rate-table"),
    ("Hong Kong raised HK$3 billion.", "HK$3 billion", 3e9, "HKD", None, "rate-table"),
    ("Ankara spent 4 billion lira.", "4 billion lira", 4e9, "TRY", None, "rate-table"),
    ("Kyiv got 9 billion hryvnias.", "9 billion hryvnias", 9e9, "UAH", None, "rate-table"),
    ("Reserves of 5bn KZT.", "5bn KZT", 5e9, "KZT", None, "rate-table"),
    ("A ₽10 million bribe.", "₽10 million", 1e7, "RUB", None, "rate-table"),
    ("Paid 30 million CFA francs.", "30 million CFA francs", 3e7, "XOF", None, ""),
]


@pytest.mark.parametrize(("text", "span", "value", "currency", "usd", "source"), CASES)
def test_phrasings(text, span, value, currency, usd, source):
    a = _only(text, 2021)
    assert a.text == span
    assert text[a.start:a.end] == span
    assert a.value == pytest.approx(value, rel=1e-9)
    assert a.currency == currency
    assert a.usd_source == source
    if source == "rate-table":
        usd = value * _rate(currency, 2021)
    if usd is None:
        assert a.usd is None
    else:
        assert a.usd == pytest.approx(usd, rel=0.01)


def test_rate_table_conversions_are_plausible():
    """Guards the table itself against a unit slip (per-USD vs USD-per-unit)."""
    assert _only("623 million rubles", 2021).usd == pytest.approx(8.45e6, rel=0.05)
    assert _only("€40 million", 2021).usd == pytest.approx(47.3e6, rel=0.05)
    assert _only("5 billion tenge", 2021).usd == pytest.approx(11.7e6, rel=0.05)
    assert _only("2 trillion won", 2021).usd == pytest.approx(1.75e9, rel=0.05)
    assert _only("Rs 500 crore", 2021).usd == pytest.approx(67.7e6, rel=0.05)


def test_year_picks_the_rate():
    # The rouble halved against the dollar between 2013 and 2016.
    early = _only("1 billion rubles", 2013).usd
    late = _only("1 billion rubles", 2016).usd
    assert early is not None and late is not None
    assert early > 1.8 * late


STATED = [
    "623 million rubles ($8.3 million)",
    "623 million rubles (about $8.3 million)",
    "623 million rubles (roughly US$8.3 million)",
    "623 million rubles (\\$8.3 million)",
    "623 million rubles (approximately \\$8.3 million)",
    "623 million rubles, or $8.3 million",
    "623 million rubles, or about $8.3 million",
    "623 million rubles ($8.3 million at the current rate)",
    "$8.3 million (623 million rubles)",
]


@pytest.mark.parametrize("phrase", STATED)
def test_article_conversion_wins(phrase):
    text = f"The court fined the bank {phrase}, a spokesman said."
    a = _only(text, 2021)
    assert (a.value, a.currency) == (623e6, "RUB")
    assert a.usd == pytest.approx(8.3e6)
    assert a.usd_source == "stated"
    assert a.text == phrase
    assert text[a.start:a.end] == phrase


def test_stated_conversion_is_never_negative():
    (a,) = find_amounts("Kazakhstan paid 5 billion tenge ($11.7 million).", 2021)
    assert a.usd == pytest.approx(11.7e6) and a.usd > 0 and a.value > 0


def test_non_dollar_parenthesis_is_a_second_amount():
    found = find_amounts("It cost €7 million (£6 million).", 2021)
    assert [(a.currency, a.usd_source) for a in found] == [
        ("EUR", "rate-table"), ("GBP", "rate-table"),
    ]


def test_several_amounts_in_order():
    text = "Grants rose from $5 million in 2019 to 10 million euros and 1 billion rubles."
    found = find_amounts(text, 2020)
    assert [(a.text, a.currency) for a in found] == [
        ("$5 million", "USD"), ("10 million euros", "EUR"), ("1 billion rubles", "RUB"),
    ]
    assert all(text[a.start:a.end] == a.text for a in found)


@pytest.mark.parametrize(
    "span", ["$20-30 million", "$20 to $30 million", "20-30 million rubles"]
)
def test_range_is_its_lower_bound(span):
    a = _only(f"a {span} package")
    assert (a.value, a.text) == (20e6, span)


NOT_MONEY = [
    "Exports grew 10 times over the decade.",
    "The foundation awarded 50 grants.",
    "Some 600,000 Kyrgyz nationals work in Russia.",
    "Turnout was 92 percent.",
    "The law was passed in 2021 and amended in 2023.",
    "The party in 2016 won 40 seats.",
    "He dropped 2,000 pounds of explosives.",
    "They carried 2 million pounds of grain.",
    "Prices are given in 2014 dollars.",
    "About 2 million Afghanis fled the country.",
    "Article 5 of the treaty covers 3 states.",
    "The A320 carried 180 passengers.",
    "",
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_money(text):
    assert find_amounts(text, 2021) == []


def test_to_usd_nearest_year():
    first, last = to_usd(1.0, "RUB", 2000), to_usd(1.0, "RUB", 2025)
    assert to_usd(1.0, "RUB", 1985) == first
    assert to_usd(1.0, "RUB", 2090) == last
    assert to_usd(1.0, "RUB", None) == last  # no year: the latest rate
    assert first != last
    # AFN starts in 2002 (new afghani): 2000 takes 2002's rate.
    assert to_usd(1.0, "AFN", 2000) == to_usd(1.0, "AFN", 2002)


def test_to_usd_identity_and_unknown():
    assert to_usd(123.0, "USD", 2010) == 123.0
    assert to_usd(123.0, "USD", None) == 123.0
    assert to_usd(1.0, "XXX", 2010) is None
    assert to_usd(1.0, "IRR", 2020) is None  # deliberately absent: official vs market rate


def test_pegged_rate_is_exact_enough():
    assert to_usd(3.75, "SAR", 2015) == pytest.approx(1.0, rel=1e-4)


_MONEYISH = st.sampled_from([
    "$", "US$", "\\$", "C$", "€", "£", "₽", "Rs ", "USD ", "EUR", "5", "20", "1,000", "3.5",
    "2016", "0", "999999999999999999999", " ", "-", "(", ")", ",", "million", "m", "bn", "k",
    "rubles", "won", "pounds", " of", "Kyrgyz som", "Uzbek sum", "a", "half a ", "about ",
    "or ", "in ", "dollars", "tenge", "x", "A", ".", " thousand", "e308", "1e400",
])


def _check(text: str) -> None:
    for a in find_amounts(text, 2021):
        assert text[a.start:a.end] == a.text
        assert 0 <= a.start < a.end <= len(text)
        assert not math.isnan(a.value) and a.value >= 0 and math.isfinite(a.value)
        if a.usd is not None:
            assert not math.isnan(a.usd) and a.usd >= 0


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text):
    _check(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(_MONEYISH, max_size=16).map("".join))
def test_never_raises_on_money_like_text(text):
    _check(text)
