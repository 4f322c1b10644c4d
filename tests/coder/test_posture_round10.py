"""Round 10: events whose other side or doer is not named in the clause (roots 14, 15):
a force posture aimed at the adversary set up by earlier sentences, protests and strikes by
an unnamed crowd of the place, troops as the subject of "massed", and a ban on rallies that
is not itself a rally.

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

import pytest

from .coding import coded, has_event, lacks_root


@pytest.mark.parametrize("text, code, source, target", [
    ("Tensions with Greece rose on Monday. Turkey put its troops on high alert.",
     "152", "TUR", "GRC"),
    ("Tensions with Greece rose on Monday. Turkish troops were put on high alert.",
     "152", "TUR", "GRC"),
    ("China sent warships near Taiwan. Taiwan raised the combat readiness of its forces on "
     "Thursday.", "152", "TWN", "CHN"),
    ("Iran threatened Israel on Monday. The United States dispatched an aircraft carrier to "
     "the eastern Mediterranean on Tuesday.", "154", "USA", "IRN"),
    ("Tension with Venezuela grew. Guyana moved troops to the border on Tuesday.",
     "154", "GUY", "VEN"),
    ("Fighting with Azerbaijan broke out on Sunday. Armenia declared martial law and a "
     "general mobilisation on Sunday.", "154", "ARM", "AZE"),
])
def test_posture_aimed_at_the_adversary_of_earlier_sentences(text: str, code: str, source: str,
                                                              target: str) -> None:
    assert has_event(text, code, source, target)


def test_posture_target_in_the_clause_still_wins() -> None:
    text = "Iran threatened Israel. Russia massed troops near the border with Ukraine on Monday."
    assert has_event(text, "154", "RUS", "UKR")
    assert not has_event(text, "154", "RUS", "IRN")


@pytest.mark.parametrize("text", [
    "Russian troops massed near the Ukrainian border on Monday.",
    "Thousands of Russian soldiers gathered along the border with Ukraine on Monday.",
    "Russian tanks and armour concentrated near Ukraine's border on Friday.",
])
def test_troops_massing_as_subject(text: str) -> None:
    assert has_event(text, "154", "RUS", "UKR")


def test_troops_gathering_for_exercises_is_not_a_buildup() -> None:
    assert lacks_root("Russian soldiers gathered near the border for training exercises on "
                      "Monday.", "15")


@pytest.mark.parametrize("text, source, target", [
    ("Protests swept Nairobi on Tuesday.", "KENCVL", "KENGOV"),
    ("Mass protests erupted in Caracas on Monday.", "VENCVL", "VENGOV"),
    ("Street demonstrations spread across Lima on Friday.", "PERCVL", "PERGOV"),
    ("Thousands took to the streets of Tbilisi on Sunday.", "GEOCVL", "GEOGOV"),
    ("Huge crowds poured into the main square of Yerevan on Saturday.", "ARMCVL", "ARMGOV"),
])
def test_protest_without_a_named_protester(text: str, source: str, target: str) -> None:
    assert has_event(text, "141", source, target)


@pytest.mark.parametrize("text, source, target", [
    ("A general strike paralysed La Paz on Monday.", "BOLLAB", "BOLGOV"),
    ("A nationwide strike shut schools and banks across Nigeria on Wednesday.", "NGALAB",
     "NGAGOV"),
])
def test_strike_without_a_named_striker(text: str, source: str, target: str) -> None:
    assert has_event(text, "143", source, target)


@pytest.mark.parametrize("text", [
    "Nicaragua released prisoners on Thursday for the first time since deadly protests "
    "erupted in April.",
    "Protests could erupt in Caracas if the vote is rigged.",
    "Thousands of people took to the streets of Madrid on Sunday to celebrate the victory.",
])
def test_background_speculation_and_celebration_are_not_protests(text: str) -> None:
    assert lacks_root(text, "14")


def test_air_strike_is_not_a_labour_strike() -> None:
    assert lacks_root("A drone strike hit a village in Yemen on Monday.", "14")


@pytest.mark.parametrize("text", [
    "The Georgian government slapped a ban on opposition rallies on Monday.",
    "Tanzanian authorities imposed a ban on demonstrations by opposition parties on Monday.",
    "Belarus outlawed all opposition marches on Monday.",
])
def test_ban_on_rallies_is_not_a_rally(text: str) -> None:
    assert lacks_root(text, "14")
    assert any(c.startswith("17") for c, _, _ in coded(text))


@pytest.mark.parametrize("text, source, target", [
    ("Riots broke out in Port Moresby on Wednesday.", "PNGCVL", "PNGGOV"),
    ("Rioting swept the capital Honiara on Thursday.", "SLBCVL", "SLBGOV"),
    ("Riots left at least 15 people dead across Papua New Guinea on Wednesday.", "PNGCVL",
     "PNGGOV"),
])
def test_riot_without_named_rioters(text: str, source: str, target: str) -> None:
    assert has_event(text, "145", source, target)


@pytest.mark.parametrize("text", [
    "The president lifted the curfew in Almaty on Wednesday, two weeks after deadly riots "
    "shook the city.",
    "Police said the riots could resume if the verdict is upheld.",
])
def test_riots_as_background_or_speculation_are_not_coded(text: str) -> None:
    assert lacks_root(text, "14")


@pytest.mark.parametrize("text, source", [
    ("Iran threatened Israel on Monday. The United States sent a second carrier group to the "
     "region.", "USA"),
    ("Iran threatened Israel on Monday. Britain dispatched a naval task force to the Gulf on "
     "Tuesday.", "GBR"),
    ("Iran threatened Israel on Monday. France deployed an amphibious battle group to the "
     "eastern Mediterranean.", "FRA"),
])
def test_fleet_named_by_its_unit_word(text: str, source: str) -> None:
    assert has_event(text, "154", source, "IRN")


def test_naval_task_force_sent_for_relief_is_not_a_posture() -> None:
    assert lacks_root("Japan sent a naval task force to Turkey on Monday to help with "
                      "earthquake relief.", "15")


def test_banned_rally_organised_by_opposition_is_not_a_rally() -> None:
    assert lacks_root("Police banned a rally organised by the opposition in Harare on Friday.",
                      "14")


@pytest.mark.parametrize("text, source, target", [
    ("Azerbaijan stepped up its military presence along the border with Armenia on Monday.",
     "AZE", "ARM"),
    ("China boosted its naval presence near Taiwan on Monday.", "CHN", "TWN"),
    ("Russia increased its military presence near the Finnish border on Friday.", "RUS", "FIN"),
])
def test_military_presence_built_up(text: str, source: str, target: str) -> None:
    assert has_event(text, "154", source, target)
    assert not has_event(text, "153", source, "")


def test_presence_against_jihadists_is_not_a_posture_toward_the_host() -> None:
    assert lacks_root("The United States expanded its military presence in Niger to fight "
                      "jihadists.", "15")


def test_police_security_stays_153() -> None:
    assert has_event("France stepped up security in Paris ahead of the Olympics.", "153", "FRA",
                     "FRA")


@pytest.mark.parametrize("text, source, target", [
    ("Taiwan raised the combat readiness of its forces as Chinese warplanes crossed the median "
     "line after a visit by a US senator.", "TWN", "CHN"),
    ("South Korea put its troops on high alert after North Korean artillery shells landed near "
     "the border, President Yoon Suk Yeol said.", "KOR", "PRK"),
    ("Greece raised the alert level of its armed forces as Turkish jets entered its airspace "
     "after a meeting with the German chancellor.", "GRC", "TUR"),
    ("Armenia put its forces on combat readiness after Azerbaijani troops shelled border "
     "villages following talks with Russian officials.", "ARM", "AZE"),
])
def test_alert_aimed_at_the_doer_of_the_provoking_act(text: str, source: str,
                                                      target: str) -> None:
    assert has_event(text, "152", source, target)


@pytest.mark.parametrize("text", [
    "China dispatched warships to the waters off Taiwan on Monday.",
    "Russia sent two frigates and a submarine into the waters near Norway on Friday.",
])
def test_warships_sent_to_waters_are_not_aid(text: str) -> None:
    assert lacks_root(text, "07")  # "waters" is not water sent as relief


def test_ships_carrying_relief_are_still_aid() -> None:
    assert has_event("Turkey sent ships carrying food and medicine to Gaza on Monday.",
                     "073", "TUR", "PSE")
