"""Round 10: event nouns asserted by what their own clause says they did, by the inquiry
into them, and whose doer is a country adjective ("a Somali air strike")."""

from __future__ import annotations

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
