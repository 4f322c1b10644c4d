"""Round 10: event nouns asserted by what their own clause says they did, by the inquiry
into them, and whose doer is a country adjective ("a Somali air strike")."""

from __future__ import annotations

import pytest

from tests.coder.coding import has_event, lacks_root


def test_strike_that_killed_is_coded_inside_a_planned_probe() -> None:
    # the probe is only planned; the strike "that killed" is told as a fact
    assert has_event("Kenya said it would set up a panel to probe the Somali air strike that "
                     "killed nine herders near the border.", "195", "SOM", "KEN")


def test_strike_that_wounded_inside_a_vow() -> None:
    assert has_event("Pakistan's army vowed to avenge the Indian drone strike that wounded "
                     "four soldiers in Kashmir on Sunday.", "195", "IND", "PAK")


def test_raid_which_destroyed_inside_a_request() -> None:
    assert has_event("Syria asked the United Nations to look into the Israeli air raid which "
                     "destroyed a depot near Damascus.", "195", "ISR", "SYR")


def test_bombing_under_an_inquiry_opened_into_it() -> None:
    assert has_event("Ukrainian prosecutors opened an inquiry on Monday into the bombing of a "
                     "school in Kharkiv by Russian forces.", "195", "RUSMIL", "UKR")


def test_future_or_generic_strike_is_not_coded() -> None:
    assert lacks_root("Officials said they would study the Israeli air strike that will be "
                      "reviewed by the army.", "19")
    assert lacks_root("Nigeria will investigate any air strike that hits a village.", "19")


def test_object_of_examine_is_a_crackdown_that_happened() -> None:
    assert has_event("The UN rights office said it would examine Belarus's violent crackdown "
                     "on demonstrators.", "175", "BLR", "BLR")
    assert has_event("Kabul asked Islamabad to investigate Pakistan's crackdown on Afghan "
                     "refugees.", "175", "PAK", "AFG")


def test_crackdown_requited_or_avenged() -> None:
    assert has_event("Washington imposed sanctions on Tehran on Friday in retaliation for "
                     "Iran's crackdown on protesters.", "175", "IRN", "IRN")


def test_crackdown_with_its_own_clause_drew_condemnation() -> None:
    assert has_event("Venezuela's crackdown on the opposition, which began in January, drew "
                     "condemnation from Brazil.", "175", "VEN", "VEN")


def test_planned_or_any_crackdown_is_not_presupposed() -> None:
    assert lacks_root("The EU threatened sanctions over a possible crackdown on protesters "
                      "by Minsk.", "17")
    assert lacks_root("The ministry said it would investigate any crackdown on the press.",
                      "17")


def test_talks_in_a_run_of_them_and_dragging_on() -> None:
    assert has_event("Talks between Armenia and Azerbaijan dragged into a third day in "
                     "Washington on Tuesday.", "046", "ARM", "AZE")
    assert has_event("Kenya's envoy quit after months of fruitless talks between Ethiopia and "
                     "Eritrea.", "046", "ETH", "ERI")


def test_criticism_from_rejected_or_brushed_off() -> None:
    assert has_event("Georgia's government on Tuesday rejected criticism from Brussels over "
                     "the law.", "111", "IGOEUREEC", "GEO")
    assert has_event("Hungary's prime minister brushed off a rebuke from the European "
                     "Commission on Monday.", "111", "IGOEUREEC", "HUN")
    assert has_event("Turkey's foreign ministry hit back at criticism from Athens over the "
                     "drilling.", "111", "GRC", "TUR")


def test_protests_with_no_organiser_are_the_places_people() -> None:
    assert has_event("Protests swept Nairobi on Tuesday.", "141", "KENCVL", "KENGOV")
    assert has_event("The demonstrations began on Sunday in Nairobi.", "141", "KENCVL", "KEN")
    assert has_event("Protests in Lagos turned violent on Monday.", "141", "NGACVL", "NGA")
    assert has_event("Demonstrations erupted in Kampala on Saturday.", "141", "UGACVL",
                     "UGAGOV")
    assert has_event("Street protests spread to the Kenyan port city of Mombasa on Tuesday.",
                     "141", "KENCVL", "KENGOV")


def test_background_or_banned_protests_are_not_coded() -> None:
    assert lacks_root("Observers returned for the first time since protests erupted in "
                      "Managua in April.", "14")
    assert lacks_root("Police on Tuesday banned all rallies by opposition parties in Dodoma.",
                      "14")


@pytest.mark.parametrize("text", [
    "Police banned a march organised by the opposition in Lusaka on Friday.",
    "Authorities cancelled a rally organised by students in Dhaka on Monday.",
])
def test_a_banned_or_cancelled_gathering_is_not_witnessed(text: str) -> None:
    assert lacks_root(text, "14")


def test_lone_country_adjective_on_a_strike_is_not_also_its_target() -> None:
    assert not has_event("Pakistan's army vowed to avenge the Indian drone strike that wounded "
                         "four soldiers in Kashmir on Sunday.", "195", "IND", "IND")
