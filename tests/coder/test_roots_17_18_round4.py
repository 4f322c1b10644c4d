"""Roots 17 (coerce) and 18 (assault), round 4: hand-written sentences for the generalised rules."""

from __future__ import annotations

import pytest

from .coding import coded, roots


@pytest.mark.parametrize(("text", "expected"), [
    # 17 coerce
    ("An Ethiopian opposition leader was handcuffed and led away by police officers in Addis Ababa on Monday.",
     ("173", "ETHCOP", "ETHOPP")),
    ("Twelve opposition supporters were detained in Lusaka on Sunday, Zambian police said.",
     ("173", "ZMBCOP", "ZMBOPP")),
    ("A Russian court handed an American journalist a prison term of 16 years on Friday.",
     ("173", "RUSJUD", "USAMED")),
    ("Belarusian security services locked up an opposition leader on Tuesday.",
     ("173", "BLRSPY", "BLROPP")),
    ("The arrests of six opposition organisers by Ugandan police on Monday were confirmed by lawyers.",
     ("173", "UGACOP", "UGAOPP")),
    ("The violent dispersal of a protest march by Kenyan police in Nairobi on Monday left dozens injured.",
     ("175", "KENCOP", "KENCVL")),
    ("Russian authorities labelled an independent news website a foreign agent on Friday.",
     ("1721", "RUSGOV", "RUSMED")),
    ("Serbia's media regulator took an independent television channel off the air on Monday.",
     ("1721", "SRBGOV", "SRBMED")),
    ("Marchers in Harare were shot at by Zimbabwean soldiers on Monday.",
     ("175", "ZWEMIL", "ZWECVL")),
    ("Bolivian police seized a former interior minister at his home in La Paz on Monday.",
     ("173", "BOLCOP", "BOLELI")),
    # 18 assault
    ("Al-Shabaab militants took four Kenyan teachers captive near Garissa on Tuesday.",
     ("181", "SOMREB", "KENEDU")),
    ("Six Chinese workers were seized by armed rebels in the Central African Republic on Monday.",
     ("181", "CAFREB", "CHNLAB")),
    ("Zimbabwean soldiers clubbed several journalists in Harare on Monday.",
     ("182", "ZWEMIL", "ZWEMED")),
    ("Gang members gunned down the mayor of a town in Mexico's Guerrero state on Monday.",
     ("186", "MEXCRM", "MEXGOV")),
])
def test_coded_round4(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(text)


@pytest.mark.parametrize(("text", "forbidden_root"), [
    ("Firefighters said the blaze burned down three houses in the village on Monday.", "17"),
    ("Kenyan rebels seized the town of Garissa on Tuesday.", "18"),
    ("The coach was led away by officials after the match on Saturday.", "17"),
    ("Suspected militants lobbed a grenade into a market in Srinagar on Sunday, wounding 12 civilians.", "182"),
])
def test_not_coded_round4(text: str, forbidden_root: str) -> None:
    codes = {c for c, _, _ in coded(text)}
    assert forbidden_root not in roots(text) and forbidden_root not in codes


def test_punitive_demolition_round4() -> None:
    # target role of a singular demonym ("a Palestinian") is left to the actor resolver;
    # "blew up" is not testable here: irregular_verbs.tsv has no "blow" (blew/blown)
    events = coded("Israeli troops burned down the house of a Palestinian in Nablus on Monday.")
    assert any(c == "1712" and s == "ISRMIL" and t.startswith("PSE") for c, s, t in events)
