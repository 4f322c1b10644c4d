"""Force posture, reductions in relations and coercion, round 12: constructions seen failing on
fresh text. A state recalling its OWN envoy "in protest" is a recall; rehearsing strikes is a
show of force; "continued to mass forces" is an ongoing build-up; forces "placed on alert" take
their owner (the speaker, for "said its forces ..."); "ordered the closure of X's consulate"
cuts relations; ordering one person out of the country is an expulsion; telling a force it is
"no longer welcome" orders it out.

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

import pytest

from .coding import coded, has_event, lacks_root

# -- recalling one's own envoy, whatever the motive ----------------------------------------


@pytest.mark.parametrize("text, source, target", [
    ("Turkey withdrew its envoy from Sweden on Tuesday in protest over the burning of a Koran.",
     "TUR", "SWE"),
    ("Brazil recalled its ambassador to Israel on Monday in protest against the bombardment.",
     "BRA", "ISR"),
    ("Bolivia and Chile recalled their ambassadors from Israel on Tuesday in protest at the "
     "offensive.", "CHL", "ISR"),
    ("The Kenyan government has recalled its high commissioner from Somalia in protest.",
     "KEN", "SOM"),
    ("Algeria recalled its ambassador in Paris for consultations on Saturday, in protest at the "
     "remarks.", "DZA", "FRA"),
])
def test_recalling_own_envoy_in_protest_is_161(text: str, source: str, target: str) -> None:
    assert has_event(text, "161", source, target)


def test_summoning_anothers_envoy_to_protest_is_not_a_recall() -> None:
    assert lacks_root("Kenya summoned Uganda's ambassador on Tuesday to protest the remarks.", "16")


def test_protesters_demanding_a_recall_is_not_a_recall() -> None:
    assert lacks_root("Protesters demanded that Colombia recall its ambassador from Israel.", "16")


# -- rehearsed attacks ----------------------------------------------------------------------


@pytest.mark.parametrize("text, source, target", [
    ("Chinese warships simulated precision strikes on military sites in Taiwan on Sunday.",
     "CHN", "TWN"),
    ("North Korean troops practised an attack on South Korean border posts on Monday.",
     "PRK", "KOR"),
    ("Russian warplanes rehearsed missile strikes against targets in Poland on Tuesday.",
     "RUS", "POL"),
])
def test_rehearsing_strikes_is_a_show_of_force(text: str, source: str, target: str) -> None:
    assert has_event(text, "150", source, target)
    assert lacks_root(text, "19")


def test_workers_staging_strikes_are_not_a_show_of_force() -> None:
    assert not has_event("Miners staged strikes against the Polish government on Tuesday.",
                         "15", "", "")


# -- an ongoing build-up --------------------------------------------------------------------


@pytest.mark.parametrize("text, source, target", [
    ("Russia continued to mass troops near Ukraine's borders.", "RUS", "UKR"),
    ("Ethiopia continued to build up forces near the border with Eritrea on Tuesday.",
     "ETH", "ERI"),
    ("Azerbaijan kept deploying soldiers along the border with Armenia on Monday.", "AZE", "ARM"),
    ("Russia continued to send troops to Belarus.", "RUS", "BLR"),
])
def test_continuing_to_mass_forces_is_a_buildup(text: str, source: str, target: str) -> None:
    assert has_event(text, "154", source, target)


# -- forces placed on alert -----------------------------------------------------------------


@pytest.mark.parametrize("text, source, target", [
    ("India struck a camp in Pakistan on Tuesday. Pakistan said its air defences had been "
     "placed on high alert.", "PAK", "IND"),
    ("North Korea fired a missile on Monday. Japan said its forces had been put on alert.",
     "JPN", "PRK"),
    ("Iran seized a tanker on Friday. Britain said its navy was placed on heightened alert.",
     "GBR", "IRN"),
])
def test_said_its_forces_were_placed_on_alert(text: str, source: str, target: str) -> None:
    events = [e for e in coded(text) if e[0] == "152"]
    assert events and all(s.startswith(source) and t.startswith(target) for _, s, t in events)


# -- closing a diplomatic post ---------------------------------------------------------------


@pytest.mark.parametrize("text, source, target", [
    ("Poland ordered the closure of Russia's consulate in Gdansk on Monday.", "POL", "RUS"),
    ("Lithuania announced the closure of the Russian consulate in Klaipeda on Friday.",
     "LTU", "RUS"),
    ("The Czech government ordered the shutdown of Russia's embassy in Prague on Tuesday.",
     "CZE", "RUS"),
])
def test_closing_a_consulate_is_161(text: str, source: str, target: str) -> None:
    assert has_event(text, "161", source, target)
    assert lacks_root(text, "17")


# -- one person ordered out of the country ------------------------------------------------------


@pytest.mark.parametrize("text, source, target", [
    ("Chad's government ordered the spokesman of the U.N. agency to leave the country within "
     "72 hours.", "TCD", "IGOUNO"),
    ("Eritrea told the Reuters correspondent to quit the country within 48 hours.", "ERI", "GBR"),
    ("Rwanda told a Belgian journalist to leave the country on Tuesday.", "RWA", "BEL"),
    ("Burundi ordered the head of the WHO office in Bujumbura to leave the country on Tuesday.",
     "BDI", "IGOUNO"),
])
def test_ordering_a_person_out_of_the_country_is_174(text: str, source: str,
                                                     target: str) -> None:
    assert has_event(text, "174", source, target)


def test_ordering_a_crowd_to_vacate_by_a_deadline_stays_an_ultimatum() -> None:
    assert has_event("Police ordered protesters to vacate the square by 5 p.m. on Friday.",
                     "139", "", "")


def test_ordering_an_ambassador_out_stays_166() -> None:
    assert has_event("Kenya ordered Uganda's ambassador to leave.", "166", "KEN", "UGA")


# -- "no longer welcome" ---------------------------------------------------------------------


@pytest.mark.parametrize("text, source, target", [
    ("Mali's junta told the U.N. force it was no longer welcome.", "MLI", "IGOUNO"),
    ("Sudan's army told the U.N. mission on Monday that it was no longer welcome in the country.",
     "SDN", "IGOUNO"),
    ("Burkina Faso informed France that its troops were no longer welcome on Tuesday.",
     "BFA", "FRA"),
])
def test_no_longer_welcome_orders_a_force_out(text: str, source: str, target: str) -> None:
    assert has_event(text, "1661", source, target)


@pytest.mark.parametrize("text", [
    "The president said tourists were welcome in Kenya.",
    "Kenya told Somalia on Friday that its delegation was welcome in Nairobi.",
])
def test_being_welcome_is_not_an_expulsion(text: str) -> None:
    assert lacks_root(text, "16")


# -- leaving talks, blaming the other side --------------------------------------------------


@pytest.mark.parametrize("text, source, target", [
    ("Sudan's army pulled out of ceasefire talks in Jeddah on Wednesday, accusing the Rapid "
     "Support Forces of breaching a truce.", "SDNMIL", "SDNREB"),
    ("Colombia's government suspended talks in Havana on Tuesday, accusing the ELN rebels of "
     "bad faith.", "COLGOV", "COLREB"),
    ("Armenia withdrew from negotiations in Moscow on Monday, accusing Azerbaijan of bad faith.",
     "ARM", "AZE"),
    ("The Kenyan government walked out of peace talks in Arusha on Friday, blaming Somalia for "
     "the deadlock.", "KEN", "SOM"),
])
def test_leaving_talks_takes_the_accused_side(text: str, source: str, target: str) -> None:
    assert any(c == "164" and s.startswith(source) and t.startswith(target)
               for c, s, t in coded(text))
    assert not any(c == "164" and not t.startswith(target) for c, _, t in coded(text))


# -- encircling in an exercise ----------------------------------------------------------------


@pytest.mark.parametrize("text, source, target", [
    ("China warned Taiwan on Friday, as its warships and aircraft encircled the island for a "
     "second day of drills.", "CHN", "TWN"),
    ("Russian warships surrounded the Estonian island of Saaremaa during naval exercises on "
     "Tuesday.", "RUS", "EST"),
    ("Chinese jets circled Taiwan on Monday in war games simulating a blockade.", "CHN", "TWN"),
])
def test_encircling_during_drills_is_a_show_of_force(text: str, source: str,
                                                     target: str) -> None:
    assert has_event(text, "150", source, target)
    assert lacks_root(text, "19")


def test_encircling_a_city_in_war_stays_a_blockade() -> None:
    assert has_event("Israeli forces encircled Gaza City on Tuesday.", "191", "ISR", "PSE")


# -- sanctions named by what they do; passive sanctions with a misplaced agent -----------------


@pytest.mark.parametrize("text, source, target", [
    ("Canada slapped asset freezes and travel bans on 23 Iranian officials on Thursday.",
     "CAN", "IRN"),
    ("Japan imposed export controls on Chinese chipmakers on Tuesday.", "JPN", "CHN"),
    ("Washington imposed new curbs on Chinese technology firms on Monday.", "USA", "CHN"),
    ("Fresh sanctions were imposed on dozens of Russian banks by Britain and Australia on "
     "Friday.", "GBR", "RUS"),
    ("New sanctions were imposed on scores of Iranian firms by Canada on Monday.", "CAN", "IRN"),
])
def test_punitive_measures_are_sanctions(text: str, source: str, target: str) -> None:
    assert has_event(text, "163", source, target)


@pytest.mark.parametrize("text", [
    "The government imposed a freeze on hiring in the civil service.",
    "Argentina imposed price controls on fuel on Monday.",
])
def test_domestic_freezes_and_controls_are_not_sanctions(text: str) -> None:
    assert lacks_root(text, "16")


# -- one's own monitors pulled out of a mission -----------------------------------------------


@pytest.mark.parametrize("text, source, target", [
    ("Russia recalled its officers on Tuesday from the joint commission, the body monitoring the "
     "truce in eastern Ukraine.", "RUS", "UKR"),
    ("Turkey withdrew its observers from the monitoring mission in Azerbaijan on Monday.",
     "TUR", "AZE"),
    ("Egypt pulled its monitors out of the ceasefire commission in Sudan on Friday.",
     "EGY", "SDN"),
])
def test_recalling_own_monitors_is_1662(text: str, source: str, target: str) -> None:
    assert has_event(text, "1662", source, target)


def test_recalling_firefighters_is_not_a_reduction() -> None:
    assert lacks_root("The city recalled its firefighters from the blaze on Monday.", "16")
