"""Cooperation roots and event nouns, round 9: patterns/08_16_coop9.jsonl and the event nouns
that engine._asserted_noun accepts (objects of taking-part verbs, subjects of effect verbs).

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

from .coding import has_event, lacks_root

# --- 085: passives and nouns of lifting sanctions --------------------------------------------


def test_sanctions_lifted_by_passive() -> None:
    assert has_event("Sanctions on Venezuelan gold were lifted by the United States on Wednesday.",
                     "085", "USA", "VEN")


def test_embargo_eased_by_passive() -> None:
    assert has_event("The arms embargo on Libya was eased by the European Union on Monday.",
                     "085", "IGOEUREEC", "LBY")


def test_trade_curbs_loosened_by_passive() -> None:
    assert has_event("Curbs on Venezuelan oil exports were loosened by Washington on Wednesday.",
                     "085", "USA", "VEN")


def test_lifting_of_sanctions_by_noun() -> None:
    text = "The lifting of sanctions on Syria by the European Union on Monday angered Israel."
    assert has_event(text, "085", "IGOEUREEC", "SYR")


def test_sanctions_lifted_without_agent_codes_no_easing() -> None:
    assert lacks_root("Sanctions on Venezuelan gold must be lifted, the opposition said.", "08")


# --- 0874: nominal troop withdrawal ----------------------------------------------------------


def test_withdrawal_of_troops_dated_noun() -> None:
    text = "The withdrawal of French troops from Mali on Sunday ended a decade-long mission."
    assert has_event(text, "0874", "FRAMIL", "MLI")


def test_troops_possessive_withdrawal_dated_noun() -> None:
    text = "Russian forces' pullout from Kherson on Friday was hailed in Kyiv."
    assert has_event(text, "0874", "RUSMIL", "UKR")


def test_demanded_withdrawal_is_not_coded_as_withdrawal() -> None:
    text = "Mali's junta demanded the withdrawal of French troops from Mali on Sunday."
    assert lacks_root(text, "08")


def test_planned_withdrawal_is_not_coded() -> None:
    text = "The planned withdrawal of French troops from Mali was discussed on Sunday."
    assert lacks_root(text, "08")


# --- 042: travel into a place --------------------------------------------------------------


def test_jetted_into_capital() -> None:
    assert has_event("The Japanese foreign minister jetted into Kyiv on Sunday.",
                     "042", "JPNGOV", "UKR")


def test_flew_into_capital() -> None:
    assert has_event("India's defence minister flew into Colombo on Monday.",
                     "042", "IND", "LKA")


def test_warships_sailed_into_port_is_not_a_visit_by_a_person() -> None:
    text = "Chinese warships sailed into the Taiwan Strait on Monday."
    assert lacks_root(text, "04")


def test_flew_into_a_rage_is_not_a_visit() -> None:
    assert lacks_root("The Kenyan president flew into a rage on Monday.", "04")


# --- 04: event nouns asserted by the verb that runs or attends them ---------------------------


def test_attended_meeting_with() -> None:
    text = "Kenya's president attended a meeting with Ethiopian leaders in Addis Ababa on Tuesday."
    assert has_event(text, "040", "KENGOV", "ETHGOV")


def test_chaired_talks_between() -> None:
    text = "Kenya's president chaired talks between Ethiopian and Eritrean leaders on Tuesday."
    assert has_event(text, "046", "ETH", "ERI")


def test_planned_meeting_attended_is_not_coded() -> None:
    text = "Kenya's president will attend a planned meeting with Ethiopian leaders next month."
    assert lacks_root(text, "040")


# --- 16: nouns of reducing relations, asserted by their date or their effect -----------------


def test_expulsion_of_diplomats_deepened_row() -> None:
    text = "Russia's expulsion of ten Estonian diplomats on Tuesday deepened the row."
    assert has_event(text, "166", "RUS", "EST")


def test_recall_of_ambassador_noun() -> None:
    text = "France's recall of its ambassador to Niger on Tuesday deepened the rift."
    assert has_event(text, "161", "FRA", "NER")


def test_suspension_of_aid_noun() -> None:
    text = "The United States' suspension of aid to Niger on Tuesday angered the junta."
    assert has_event(text, "162", "USA", "NER")


def test_imposition_of_sanctions_by_noun() -> None:
    text = "The imposition of sanctions on Iranian officials by Canada on Thursday angered Tehran."
    assert has_event(text, "163", "CAN", "IRN")


def test_demanded_expulsion_is_not_coded() -> None:
    text = "Estonian lawmakers demanded the expulsion of Russian diplomats on Tuesday."
    assert lacks_root(text, "16")


def test_undated_possible_recall_is_not_coded() -> None:
    text = "A possible recall of France's ambassador to Niger could deepen the rift."
    assert lacks_root(text, "16")


# --- 057, 073, 141: participles, aid arriving, sit-ins ----------------------------------------


def test_pact_signed_by_participle_dated() -> None:
    text = "The trade agreement signed by Kenya and Ethiopia on Tuesday cuts tariffs."
    assert has_event(text, "057", "KEN", "ETH")


def test_accord_inked_by_participle_dated() -> None:
    text = "A security pact, inked by Chad and Niger on Monday, sets up joint patrols."
    assert has_event(text, "057", "TCD", "NER")


def test_undated_treaty_signed_by_is_background() -> None:
    text = "The Treaty of Lisbon, signed by Portugal and Spain, created a customs union."
    assert lacks_root(text, "05")


def test_supplies_from_country_arrived() -> None:
    text = "Emergency supplies from Japan arrived in Tonga on Friday."
    assert has_event(text, "073", "JPN", "TON")


def test_aid_shipment_from_country_docked() -> None:
    text = "A shipment of food aid from India docked in Colombo on Friday."
    assert has_event(text, "07", "IND", "LKA")


def test_weapons_from_country_arrived_are_not_humanitarian_aid() -> None:
    text = "Missiles and ammunition from Iran arrived in Yemen on Friday."
    assert lacks_root(text, "073") or not has_event(text, "073", "IRN", "YEM")


def test_staged_sit_in_outside_parliament() -> None:
    assert has_event("Kenyan activists staged a sit-in outside parliament on Tuesday.",
                     "141", "KENCVL", "KEN")


def test_held_sit_in_at_ministry() -> None:
    text = "Sri Lankan teachers began a sit-in outside the education ministry on Monday."
    assert has_event(text, "141", "LKA", "LKA")


# --- 0332/033: pledges of weapons and aid, verb and noun ---------------------------------------


def test_pledged_air_defence_systems_to() -> None:
    assert has_event("Germany pledged more air defence systems to Ukraine on Tuesday.",
                     "0332", "DEU", "UKR")


def test_promised_fighter_jets_to() -> None:
    assert has_event("Denmark promised F-16 fighter jets to Ukraine on Sunday.",
                     "0332", "DNK", "UKR")


def test_pledge_of_jets_noun_dated() -> None:
    text = "Denmark's pledge of F-16 jets to Ukraine on Sunday angered Moscow."
    assert has_event(text, "0332", "DNK", "UKR")


def test_pledge_of_aid_noun_welcomed() -> None:
    text = "Japan's pledge of emergency aid to Tonga on Friday was welcomed by its government."
    assert has_event(text, "033", "JPN", "TON")


def test_demanded_withdrawal_of_pledge_is_not_a_pledge() -> None:
    text = "Russia demanded that Denmark withdraw its pledge of F-16 jets to Ukraine."
    assert lacks_root(text, "03")


def test_weapons_pledged_by_others_are_not_pledged_by_subject() -> None:
    text = "Ukraine's army said F-16 jets pledged by Denmark arrived on Sunday."
    assert not has_event(text, "0332", "UKR", "")


# --- prospective nouns: "open to talks on Tuesday" is not talks held on Tuesday ----------------


def test_door_open_to_negotiations_is_intent_not_talks() -> None:
    text = "Sudan's army left the door open to negotiations with Chad's government on Tuesday."
    assert has_event(text, "036", "SDNMIL", "TCDGOV")
    assert not has_event(text, "046", "", "")


def test_ready_for_talks_on_day_is_not_talks() -> None:
    text = "Kenya's government said on Tuesday it was ready for talks with Uganda on Friday."
    assert not has_event(text, "046", "", "")


# --- 04: taking part in talks, paying a call ---------------------------------------------------


def test_attended_summit_with() -> None:
    text = "Kenya's president attended a summit with Ethiopian leaders in Addis Ababa on Tuesday."
    assert has_event(text, "046", "KENGOV", "ETHGOV")


def test_joined_negotiations_with() -> None:
    text = "Kenya's foreign minister joined negotiations with Ethiopian officials on Tuesday."
    assert has_event(text, "046", "KENGOV", "ETHGOV")


def test_took_part_in_talks_with() -> None:
    text = "Kenya's foreign minister took part in talks with Ethiopian officials on Tuesday."
    assert has_event(text, "046", "KENGOV", "ETHGOV")


def test_will_attend_summit_is_intent() -> None:
    text = "Kenya's president will attend a summit with Ethiopian leaders next month."
    assert has_event(text, "036", "KENGOV", "ETHGOV")
    assert not has_event(text, "046", "", "")


def test_did_not_attend_summit_codes_nothing() -> None:
    text = "Kenya's president did not attend the summit with Ethiopian leaders on Tuesday."
    assert lacks_root(text, "04")


def test_paid_a_call_on_president() -> None:
    text = "Ghana's president paid a call on his Togolese counterpart on Monday."
    assert has_event(text, "040", "GHAGOV", "TGOGOV")


def test_paid_the_price_is_not_a_call() -> None:
    assert lacks_root("Ghana's president paid the price for his Togolese policy on Monday.", "04")
