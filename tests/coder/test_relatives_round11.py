"""Round 11: directives to another party ("X told Y to do Z" is X's demand on Y, 10x).

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

import pytest

from eventwire import code_text

from .coding import PUB, coded, has_event, lacks_root

# -- "told / ordered / instructed X to do Z": a demand of the teller on the told party ---------


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("France told Niger's junta to release the president.", "1053", "FRA", "NER"),
    ("The United States ordered Iran to free the detained sailors.", "1053", "USA", "IRN"),
    ("Germany demanded Belarus hand over the seized aircraft.", "10", "DEU", "BLR"),
    ("Washington told Moscow to withdraw its troops from the border.", "106", "USA", "RUS"),
    ("Russia instructed Ukraine to halt its attacks on Crimea.", "107", "RUS", "UKR"),
    ("Beijing told Manila to abandon its plans for the reef.", "100", "CHN", "PHL"),
    ("China told Japan to stop its military drills near Taiwan.", "10", "CHN", "JPN"),
    ("Niger's junta was told by France to release the president.", "1053", "FRA", "NER"),
    ("Turkey told Sweden to extradite the suspects.", "100", "TUR", "SWE"),
    ("The African Union told the Sudanese generals to return to the negotiating table.",
     "108", "IGO", "SDN"),
])
def test_directive_to_another_party_is_a_demand(text: str, code: str, source: str,
                                                target: str) -> None:
    assert has_event(text, code, source, target), coded(text)


@pytest.mark.parametrize("text", [
    "The president ordered the army to prepare for an offensive.",
    "Putin told reporters to wait for the results.",
    "The prime minister ordered Israel's negotiating team to return home.",
    "The minister instructed police to free the detained students.",
])
def test_directives_to_ones_own_organs_or_the_press_are_no_demand(text: str) -> None:
    assert lacks_root(text, "10"), coded(text)


# -- a village with a namesake abroad does not stop the search for the sentence's place ---------


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Gunmen abducted 15 farmers in Kaura, in Zamfara state, on Sunday.", "181", "NGA", "NGA"),
    ("Soldiers arrested six traders in Kaura village in Zamfara state on Sunday.",
     "173", "NGA", "NGA"),
    ("Bandits kidnapped nine pupils near Kaura, a village of Zamfara state, on Friday.",
     "181", "NGA", "NGA"),
])
def test_a_rejected_namesake_village_gives_way_to_the_state_after_it(
        text: str, code: str, source: str, target: str) -> None:
    assert has_event(text, code, source, target), coded(text)


# -- reduced relatives: an arrest or seizure with a date of its own is an act; without, background


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Two Zimbabwean activists arrested in Harare on Monday were freed on bail.",
     "173", "ZWEGOV", "ZWE"),
    ("Kenya demanded the release of two journalists detained by Ugandan police last week.",
     "173", "UGA", "UGA"),
    ("Britain condemned the tanker seized by Iran on Friday.", "171", "IRN", "GBR"),
    ("Nigeria protested to Ghana over the fishing trawlers impounded by the Ghanaian navy "
     "on Sunday.", "171", "GHA", "NGA"),
])
def test_a_dated_reduced_relative_is_an_event(text: str, code: str, source: str,
                                             target: str) -> None:
    assert has_event(text, code, source, target), coded(text)


@pytest.mark.parametrize("text", [
    "The Zimbabwean journalists arrested in Harare were freed on Wednesday.",
    "Activists arrested in 2021 remain in Zimbabwean jails.",
    "Protests spread in Iranian cities over the death of a woman detained by the police.",
    "Belarus pardoned 30 people jailed over the protests on Wednesday.",
])
def test_an_undated_or_state_participle_is_background(text: str) -> None:
    assert lacks_root(text, "17"), coded(text)


# -- a misparsed relative keeps its own date: "last week" before "were released" is the arrest's


def test_the_date_before_the_hung_auxiliary_belongs_to_the_misparsed_relative() -> None:
    events = code_text("Three reporters detained in Burundi last week were released on "
                       "Wednesday.", published=PUB)
    arrests = [e for e in events if e.code.startswith("173")]
    assert arrests and all(e.date != PUB for e in arrests), events
