"""Clause readings and places, round 10: infinitives under directive verbs, habits and rates,
misparsed reduced relatives, the tense of a past passive, and small namesake towns abroad.

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

import pytest

from eventwire import places
from eventwire.coder import syntax
from eventwire.nlp import get_nlp

from .coding import coded, has_event, lacks_root

# -- "told X to do": a demand on X, not X's intent ---------------------------------------------


@pytest.mark.parametrize("text", [
    "France told Niger's junta to release the president.",
    "Britain instructed the Iranian ambassador to free the detained sailors.",
    "The rebels were told by the mediators to withdraw from the town.",
    "Washington pressured the Venezuelan government to free the jailed activists.",
])
def test_infinitive_under_a_directive_is_no_intent_of_the_one_told(text: str) -> None:
    assert lacks_root(text, "03")


def test_an_order_to_ones_own_troops_is_still_done() -> None:
    assert has_event("Kenya ordered its troops to pull out of Somalia.", "087", "KEN", "SOM")


def test_a_pledge_stays_an_intent() -> None:
    assert has_event("Russia pledged on Monday to release the detained Ukrainian sailors.",
                     "03", "RUS", "")


# -- habits and rates are background ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Police in Brazil kill a teenager almost every day, a rights group said.",
    "Indian troops routinely detain protesters in Kashmir.",
    "Dozens of journalists are arrested each year in Egypt.",
    "Soldiers raid the village twice a week and detain people three times a month, residents "
    "said.",
    "Militants regularly attack army posts in the region.",
    "Egyptian security forces often detain activists without charge, the report said.",
])
def test_habits_and_rates_code_no_event(text: str) -> None:
    assert not coded(text)


def test_a_dated_act_next_to_a_distance_in_time_is_coded() -> None:
    # "a day after": a distance in time, not a rate like "twice a day"
    assert has_event("Kenyan police arrested two opposition leaders a day after the vote.",
                     "173", "KEN", "KEN")


def test_a_dated_arrest_is_coded() -> None:
    assert has_event("Police in Kenya arrested two opposition leaders on Monday.",
                     "173", "KEN", "KEN")


# -- misparsed reduced relative: "reporters detained in X last week were released" ---------


def test_misparsed_reduced_relative_codes_the_state_detaining_the_noun() -> None:
    text = "Three reporters detained in Addis Ababa last week were released on Monday."
    out = coded(text)
    assert ("173", "ETHGOV", "ETHMED") in out
    assert not any(s == "ETHMED" for _, s, _ in out)


def test_misparsed_relative_needs_a_subjectless_passive_after_it() -> None:
    doc = get_nlp()("Police detained three students in Tehran.")
    assert not any(syntax.misparsed_relative(t) for t in doc)
    assert has_event("Police detained three students in Tehran.", "173", "IRN", "IRN")


# -- tense of a past passive -------------------------------------------------------------


@pytest.mark.parametrize("text,word", [
    ("The two activists were arrested in Harare.", "arrested"),
    ("A journalist was detained at the airport.", "detained"),
    ("Troops were shelling the town.", "shelling"),
])
def test_was_were_with_a_participle_is_a_past(text: str, word: str) -> None:
    doc = get_nlp()(text)
    tok = next(t for t in doc if t.text == word)
    assert syntax.tense(tok) == "past"


def test_is_with_a_participle_stays_a_present() -> None:
    doc = get_nlp()("The activist is detained in Harare.")
    tok = next(t for t in doc if t.text == "detained")
    assert syntax.tense(tok) == "present"


# -- places: states of Nigeria, small namesakes abroad ---------------------------------------


@pytest.mark.parametrize("name", ["Kebbi", "Kebbi State", "Kogi", "Taraba", "Rivers State"])
def test_nigerian_states_resolve_to_nigeria(name: str) -> None:
    found = places.resolve_place(name, None)
    assert found is not None and found.country == "NGA"


def test_a_small_far_namesake_is_not_the_place_of_a_story_elsewhere() -> None:
    # a village of the story's country the gazetteer lacks, not a town on another continent
    assert places.resolve_place("Yauri", "NGA") is None
    assert places.resolve_place("Solhan", "BFA") is None


def test_a_namesake_stays_when_near_or_hinted_or_large() -> None:
    solhan = places.resolve_place("Solhan", "TUR")
    assert solhan is not None and solhan.country == "TUR"
    near = places.resolve_place("Shebekino", "UKR")  # a Russian border town: a neighbour
    assert near is not None and near.country == "RUS"
    big = places.resolve_place("Manchester", "NGA")  # a large city is named on its own
    assert big is not None and big.country == "GBR"


def test_an_agentless_arrest_in_an_unknown_local_town_is_not_put_abroad() -> None:
    text = ("Nigerian President Bola Tinubu visited Lagos on Friday. Two journalists were "
            "detained in Yauri on Sunday.")
    assert not any(s.startswith("PER") or t.startswith("PER") for _, s, t in coded(text))
