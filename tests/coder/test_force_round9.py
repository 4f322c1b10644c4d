"""Roots 17-19, round 9: rules of patterns/17_20_force9.jsonl and the round-9 edits of
192-enter-city, 195-air-subject and 181-abduct (seized vessels, battles fought with an enemy,
people barred from an activity, ordinary people killed or shot dead, drones slamming into
buildings).

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

import pytest

from .coding import coded, has_event, lacks_root


@pytest.mark.parametrize("text, target", [
    ("Iranian forces seized a British-flagged tanker in the Gulf on Monday.", "GBR"),
    ("The Nigerian navy impounded an oil tanker in August.", "NGA"),
    ("Argentine authorities seized a Venezuelan cargo plane in Buenos Aires on Monday.", "VEN"),
    ("Italian police impounded a yacht owned by a Russian billionaire on Friday.", "RUS"),
])
def test_state_seizes_vessel_or_plane(text: str, target: str) -> None:
    assert any(c == "1711" and t.startswith(target) for c, _, t in coded(text))
    assert lacks_root(text, "19")


def test_drug_boat_seizure_is_not_abduction() -> None:
    assert coded("Colombian police seized a boat carrying two tonnes of cocaine on Monday.") == []


def test_pirates_seizing_tanker_stays_hijacking() -> None:
    assert has_event("Somali pirates seized a Greek tanker off Somalia on Monday.", "181", "SOM",
                     "GRC")


@pytest.mark.parametrize("text, source, target", [
    ("Armenian troops fought heavy battles with Azerbaijani forces on Sunday.", "ARMMIL",
     "AZEMIL"),
    ("Malian soldiers fought fierce gun battles with jihadists near the border on Sunday.",
     "MLIMIL", "MLIREB"),
    ("Sudanese army units waged battles against RSF fighters in Khartoum on Sunday.", "SDNMIL",
     "SDNREB"),
])
def test_fought_battles_with(text: str, source: str, target: str) -> None:
    assert has_event(text, "190", source, target)


@pytest.mark.parametrize("text", [
    "Hungary fought a long legal battle with the European Commission on Monday.",
    "Hungary has fought many battles with Brussels over the rule of law.",
])
def test_figurative_battle_is_not_fighting(text: str) -> None:
    assert lacks_root(text, "19")


@pytest.mark.parametrize("text, target", [
    ("The Taliban barred Afghan women from working for the United Nations on Monday.", "IGOUNO"),
    ("The Taliban banned girls from attending secondary school on Monday.", "AFGCVL"),
    ("Iranian authorities prohibited women from entering football stadiums on Monday.",
     "IRNCVL"),
])
def test_barred_people_from_activity(text: str, target: str) -> None:
    assert any(c == "172" and t == target for c, _, t in coded(text))


def test_travel_ban_in_sanctions_is_not_172() -> None:
    text = "Britain banned six Russian officials from travelling to the UK on Wednesday."
    assert not any(c == "172" for c, _, _ in coded(text))


@pytest.mark.parametrize("text, source, target", [
    ("French police shot dead a 17-year-old driver during a traffic stop in Nanterre on "
     "Tuesday.", "FRACOP", "FRACVL"),
    ("A Palestinian man was shot dead by Israeli troops in the West Bank on Tuesday.", "ISRMIL",
     "PSE"),
    ("Brazilian police gunned down a teenager in a Rio favela on Sunday.", "BRACOP", "BRA"),
    ("Israeli troops killed a Palestinian teenager in Jenin on Tuesday.", "ISRMIL", "PSE"),
])
def test_ordinary_person_killed_is_assault_not_assassination(text: str, source: str,
                                                             target: str) -> None:
    assert has_event(text, "1823", source, target)
    assert not has_event(text, "186", "", "")


def test_public_figure_shot_dead_stays_assassination() -> None:
    assert has_event("Gunmen shot dead the mayor of a town in Mexico's Guerrero state on "
                     "Sunday.", "186", "MEX", "MEX")


def test_many_villagers_gunned_down_stays_mass_killing() -> None:
    text = "Jihadist gunmen gunned down dozens of villagers in central Mali on Saturday."
    assert has_event(text, "202", "MLI", "MLI")
    assert not has_event(text, "1823", "", "")


def test_killing_after_shelling_is_not_assault() -> None:
    text = ("Russian forces shelled the town of Kherson on Tuesday, killing a teenager, "
            "officials said.")
    assert not has_event(text, "1823", "", "")


def test_drones_slammed_into_buildings() -> None:
    assert has_event("Russian drones slammed into apartment blocks in Odesa on Tuesday.", "195",
                     "RUS", "UKR")


@pytest.mark.parametrize("text, code, source, target", [
    ("Ukrainian troops came under a hail of rockets from Russian forces near Bakhmut on "
     "Tuesday.", "194", "RUSMIL", "UKRMIL"),
    ("Ukrainian positions came under a barrage of artillery fire from Russian forces on "
     "Tuesday.", "194", "RUSMIL", "UKR"),
    ("A Malian army convoy came under a hail of gunfire from jihadists near Gao on Tuesday.",
     "190", "MLIREB", "MLIMIL"),
    ("Syrian rebels came under a wave of drone attacks from Russian forces on Tuesday.", "195",
     "RUSMIL", "SYRREB"),
])
def test_came_under_a_hail_of_fire(text: str, code: str, source: str, target: str) -> None:
    assert has_event(text, code, source, target)


@pytest.mark.parametrize("text, source, target", [
    ("Israeli tanks pushed into Rafah on Tuesday.", "ISRMIL", "PSE"),
    ("Russian armoured columns rolled into the Ukrainian town of Izium on Tuesday.", "RUSMIL",
     "UKR"),
])
def test_armour_pushed_into_town(text: str, source: str, target: str) -> None:
    assert has_event(text, "192", source, target)


@pytest.mark.parametrize("text", [
    "A mob lynched two Muslim men in India's Jharkhand state on Sunday.",
    "Two Muslim men were lynched by a Hindu mob in India on Sunday.",
])
def test_lynching_is_assault_not_assassination(text: str) -> None:
    assert has_event(text, "1823", "IND", "IND")
    assert not has_event(text, "186", "", "")


@pytest.mark.parametrize("text, target", [
    ("Ethiopian troops seized control of the town of Shire from Tigrayan rebels on Sunday.",
     "ETHREB"),
    ("Malian troops wrested control of the town of Kidal from Tuareg rebels on Sunday.",
     "MLI"),
])
def test_seized_control_of_town_from_enemy(text: str, target: str) -> None:
    assert any(c == "192" and t.startswith(target) for c, _, t in coded(text))


@pytest.mark.parametrize("text, source, target", [
    ("Russian forces pummelled Kharkiv with rockets on Sunday.", "RUSMIL", "UKR"),
    ("Russian troops hammered Ukrainian positions with artillery near Bakhmut on Sunday.",
     "RUSMIL", "UKR"),
    ("Azerbaijani forces battered Armenian villages with mortars on Sunday.", "AZEMIL", "ARM"),
])
def test_shelling_verbs(text: str, source: str, target: str) -> None:
    assert has_event(text, "194", source, target)


def test_hammered_without_weapons_is_not_shelling() -> None:
    assert lacks_root("Hungarian officials hammered the European Commission's budget plan on "
                      "Sunday.", "19")
