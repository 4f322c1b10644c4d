"""Runs of violence and consequences of attack nouns, round 11: a run of strikes or clashes told
as having taken place ("after a wave of strikes", "during four days of fighting") stands in for
the governing verb that noun rules want; an air, drone or missile attack is coded from what it
did ("sparked a fire", "knocked out power", "left 12 dead"), with chemical weapons left to 2041.

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

import pytest

from .coding import coded, has_event, lacks_root

# -- runs told as background that took place ----------------------------------------------


@pytest.mark.parametrize("text, source, target", [
    ("Officials met in Kyiv on Tuesday, hours after a wave of Russian drone strikes on the city.",
     "RUS", "UKR"),
    ("The talks resumed on Friday after a barrage of Israeli air strikes on Gaza.", "ISR", "PSE"),
    ("The mayor spoke on Monday during a series of Russian missile attacks on Lviv.",
     "RUS", "UKR"),
    ("Schools reopened on Thursday following a spate of Turkish drone strikes on Kobani.",
     "TUR", "SYR"),
])
def test_a_told_run_of_air_strikes_is_coded(text: str, source: str, target: str) -> None:
    assert has_event(text, "195", source, target)


def test_a_days_long_assault_is_told_as_a_run() -> None:
    assert has_event("Dozens of residents fled during a days-long assault by Al-Shabaab "
                     "militants on the Somali town of Beledweyne.", "19", "SOM", "SOM")


@pytest.mark.parametrize("text", [
    "Kyiv braced on Monday for a possible wave of Russian missile strikes on the capital.",
    "Officials warned of a new wave of Russian drone strikes on Ukrainian cities.",
    "Ukraine has faced a wave of Russian missile strikes on its cities since October.",
])
def test_a_feared_or_background_run_is_not_coded(text: str) -> None:
    assert not has_event(text, "195", "RUS", "UKR")


def test_a_run_of_protests_is_still_not_a_protest_event() -> None:
    assert lacks_root("The prime minister resigned on Monday after weeks of street protests "
                      "demanding that he step down.", "14")


# -- what an air attack did -----------------------------------------------------------------


@pytest.mark.parametrize("text, source, target", [
    ("A Russian drone attack on Odesa sparked a fire at a port warehouse on Monday.",
     "RUS", "UKR"),
    ("A Russian missile attack on Kharkiv knocked out power to thousands of homes on Tuesday.",
     "RUS", "UKR"),
    ("A Saudi-led coalition air raid on Sanaa left 12 dead on Thursday.", "SAU", "YEM"),
    ("A Russian drone strike on the Ukrainian city of Sumy cut off water supplies on Friday.",
     "RUS", "UKR"),
    ("An Israeli drone attack on southern Lebanon forced hundreds of families to flee on "
     "Sunday.", "ISR", "LBN"),
])
def test_an_air_attack_is_coded_from_what_it_did(text: str, source: str, target: str) -> None:
    assert has_event(text, "195", source, target)


def test_a_strike_that_kills_is_coded_once() -> None:
    events = coded("An Israeli air strike on Gaza City killed three people on Wednesday.")
    assert [e for e in events if e[0] == "195"]
    assert len({(c, s) for c, s, _ in events if c == "195"}) == 1


@pytest.mark.parametrize("text", [
    "A Russian cyber attack on Ukraine's grid knocked out power to thousands of homes.",
    "A suicide car bombing outside a police station in Kabul left 12 dead on Thursday.",
])
def test_no_air_strike_from_other_attacks(text: str) -> None:
    assert not any(c == "195" for c, _, _ in coded(text))


def test_a_chemical_attack_stays_chemical() -> None:
    text = "A chlorine gas attack on Douma by Syrian government forces killed dozens on Saturday."
    assert not any(c == "195" for c, _, _ in coded(text))


@pytest.mark.parametrize("text, source, target", [
    ("The Russian drone attack on Odesa on Monday drew condemnation from the EU.", "RUS", "UKR"),
    ("Sunday's Israeli missile attack on Beirut's southern suburbs prompted a Lebanese protest.",
     "ISR", "LBN"),
    ("Saturday's Turkish drone attack on a Kurdish-held town in Syria provoked anger in "
     "Damascus.", "TUR", "SYR"),
])
def test_an_air_attack_that_drew_a_reaction_took_place(text: str, source: str,
                                                       target: str) -> None:
    assert has_event(text, "195", source, target)


def test_an_attack_only_condemned_is_not_dated_by_the_condemnation() -> None:
    text = "Germany condemned the Russian missile attacks on Ukrainian cities as war crimes."
    assert not any(c == "195" for c, _, _ in coded(text))


@pytest.mark.parametrize("text", [
    "A Russian missile attack on a hospital in Dnipro killed 12 civilians on Sunday.",
    "An Israeli drone attack on a car in southern Lebanon killed two men on Friday.",
    "A Saudi air attack on a market in northern Yemen killed dozens of shoppers.",
])
def test_an_air_attack_that_kills_is_an_air_strike_not_a_murder(text: str) -> None:
    found = {c for c, _, _ in coded(text)}
    assert "195" in found and not any(c.startswith(("186", "202")) for c in found)


def test_a_run_lends_no_subject_as_the_doer() -> None:
    text = ("Schools in Kharkiv closed amid weeks of artillery shelling of the city by Russian "
            "forces.")
    assert not any(c.startswith("19") and s.startswith("UKR") for c, s, _ in coded(text))


def test_a_run_of_clashes_between_two_sides_is_coded() -> None:
    assert has_event("Thousands fled the capital during weeks of fighting between the army "
                     "and the Rapid Support Forces in Sudan.", "190", "SDN", "SDN")
