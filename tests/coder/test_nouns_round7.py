"""Round 7: nominal events coded only where the sentence asserts them (a reaction verb, the
noun's own day), and talk participants that leave out the place and time."""

from __future__ import annotations

from tests.coder.coding import coded, has_event, lacks_root


def test_visit_of_to_asserted_by_reaction() -> None:
    assert has_event("The visit of Indian Prime Minister Narendra Modi to France on Thursday "
                     "drew protests.", "042", "IND", "FRA")


def test_possessive_trip_that_was_criticised() -> None:
    assert has_event("Modi's trip to Paris last week was criticised by the opposition.",
                     "042", "IND", "FRA")


def test_planned_or_hoped_visit_is_not_coded() -> None:
    assert lacks_root("The planned visit of Modi to France drew protests.", "04")
    assert lacks_root("Modi said a visit to France would strengthen ties.", "04")


def test_arrival_of_military_instructors() -> None:
    assert has_event("The arrival of Chinese military advisers in Cambodia on Monday marks a "
                     "shift.", "062", "CHN", "KHM")


def test_dated_deployment_of_carrier_group() -> None:
    assert has_event("Sunday's deployment of a French carrier group to the eastern "
                     "Mediterranean angered Turkey.", "154", "FRA", "TUR")


def test_criticism_noun_subject_of_reaction() -> None:
    assert has_event("U.S. criticism of China's military drills on Monday angered Beijing.",
                     "111", "USA", "CHN")


def test_crackdown_with_possessive() -> None:
    assert has_event("Iran's crackdown on protesters drew condemnation from the European "
                     "Union.", "175", "IRN", "IRN")


def test_crackdown_on_crime_is_not_repression() -> None:
    assert lacks_root("Peru's crackdown on illegal mining was praised by the United Nations "
                      "on Monday.", "17")


def test_warning_participle_after_summons() -> None:
    assert has_event("China summoned Canada's ambassador on Saturday, warning of grave "
                     "consequences.", "130", "CHN", "CAN")


def test_dated_talks_between_sides() -> None:
    assert has_event("The talks between Armenia and Azerbaijan on Friday ended without "
                     "agreement.", "046", "ARM", "AZE")


def test_talks_place_is_not_a_participant() -> None:
    events = coded("Kenya mediated talks between the Ethiopian government and Tigrayan rebels "
                   "in Pretoria on Tuesday.")
    assert ("045", "KEN", "ETHGOV") in [(c, s, t[:6]) for c, s, t in events]
    assert not any(t.startswith("ZAF") or s.startswith("ZAF") for _, s, t in events)


def test_wanted_talks_are_not_held() -> None:
    assert lacks_root("Iran and Armenia want talks.", "04")


def test_meeting_under_the_auspices_of_a_third_party() -> None:
    text = ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met "
            "in Washington on Friday under the auspices of the U.S. president.")
    assert has_event(text, "045", "USA", "ARM")
    assert has_event(text, "045", "USA", "AZE")


def test_under_a_shadow_is_not_mediation() -> None:
    assert lacks_root("Serbia lives under the shadow of its neighbours, officials said.", "04")


def test_talks_brokered_by_a_third_party_keep_the_sides() -> None:
    events = coded("Negotiations between Armenia and Azerbaijan, brokered by Kazakhstan, went "
                   "into a second day in Almaty on Monday.")
    assert ("046", "ARM", "AZE") in events
    assert ("045", "KAZ", "ARM") in events
    assert not any(c == "046" and "KAZ" in (s, t) for c, s, t in events)


def test_returned_from_a_trip_to() -> None:
    assert has_event("China held drills near Taiwan on Sunday, a day after President Lai "
                     "Ching-te returned from a trip to Paraguay.", "042", "TWN", "PRY")


def test_future_return_from_a_trip_is_not_a_visit() -> None:
    assert lacks_root("Lai will return from a trip to Paraguay next week.", "04")


def test_on_his_visit_names_the_visitor_later_in_the_sentence() -> None:
    assert has_event("On his first visit to Kenya as president, France's Emmanuel Macron laid "
                     "a wreath in Nairobi on Wednesday.", "042", "FRA", "KEN")


def test_rejected_offer_to_mediate_was_made() -> None:
    assert has_event("Addis Ababa on Monday rejected Kenya's offer to mediate in the border "
                     "dispute.", "039", "KEN", "ETH")


def test_dated_talks_inside_an_offer_are_not_held() -> None:
    assert lacks_root("Israel dismissed Egypt's offer to broker talks with Hamas on Saturday.",
                      "046")


def test_participants_named_in_a_relative_clause_hung_on_the_place() -> None:
    """"talks in Nairobi on water sharing that included X and Y": the parser hangs the relative
    clause on the place or topic; the setting phrase is skipped, not who it says took part."""
    events = coded("Fresh talks in Nairobi on water sharing that included a Kenyan delegation "
                   "led by the irrigation minister and a group of Ethiopian officials started "
                   "on March 14.", published="2022-03-20")
    assert {(c, frozenset((s[:3], t[:3]))) for c, s, t in events} == {
        ("046", frozenset(("KEN", "ETH")))}
