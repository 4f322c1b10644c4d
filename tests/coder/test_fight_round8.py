"""Roots 15 and 19, round 8: rules of patterns/15_posture8.jsonl and 19_fight8.jsonl, and the
wire phrasings of fighting and force posture that earlier rounds already code (kept as guards).

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

from .coding import coded, has_event, lacks_root


def test_came_under_fire_from_hung_on_verb() -> None:
    text = "Israeli soldiers came under fire from Palestinian militants on Tuesday."
    assert has_event(text, "190", "PSE", "ISRMIL")


def test_came_under_criticism_from_is_not_fighting() -> None:
    text = "Israeli ministers came under criticism from Palestinian officials on Tuesday."
    assert lacks_root(text, "19")


def test_condemned_fighting_between_codes_the_fighting() -> None:
    text = "The UN condemned the fighting between Ethiopian and Eritrean troops on Tuesday."
    assert has_event(text, "190", "ETHMIL", "ERIMIL")


def test_condemned_clashes_between_fans_is_not_fighting() -> None:
    text = "Kenya's government condemned clashes between rival football fans on Tuesday."
    assert lacks_root(text, "19")


def test_launched_wave_of_strikes_on_country() -> None:
    text = "Russia launched a wave of strikes on Ukraine on Tuesday."
    assert has_event(text, "195", "RUS", "UKR")


def test_wave_of_labour_strikes_is_not_attack() -> None:
    text = "French unions launched a wave of strikes against the pension reform on Tuesday."
    assert lacks_root(text, "19")


def test_scrambled_jets_after_intrusion() -> None:
    text = ("Taiwan scrambled jets on Tuesday after Chinese warplanes entered its air "
            "defence zone.")
    assert has_event(text, "150", "TWN", "CHN")


def test_scrambled_jets_for_rescue_is_not_posture() -> None:
    text = "Greece scrambled helicopters on Tuesday after wildfires spread near Athens."
    assert not any(c.startswith("150") and s.startswith("GRC") for c, s, _ in coded(text))


def test_fighting_erupted_between_guard() -> None:
    text = "Fighting broke out between Armenian and Azerbaijani forces on Tuesday."
    assert has_event(text, "190", "ARMMIL", "AZEMIL")


def test_clashes_between_left_dead_guard() -> None:
    text = "Clashes between Thai and Cambodian troops left 12 dead on Tuesday."
    assert has_event(text, "190", "THAMIL", "KHMMIL")


def test_traded_fire_guard() -> None:
    text = "Indian and Pakistani troops traded fire along the border on Tuesday."
    assert has_event(text, "193", "INDMIL", "PAKMIL")


def test_stormed_recaptured_seized_siege_guard() -> None:
    assert has_event("Islamist militants stormed a Malian army base on Tuesday.",
                     "192", "MLIREB", "MLIMIL")
    assert has_event("Iraqi forces recaptured the town of Tal Afar from Islamic State on "
                     "Tuesday.", "192", "IRQMIL", "IRQREB")
    assert has_event("Russian forces laid siege to the Ukrainian city of Mariupol on "
                     "Tuesday.", "191", "RUSMIL", "UKR")


def test_posture_guards() -> None:
    assert has_event("Serbia massed troops along the border with Kosovo on Tuesday.",
                     "154", "SRB", "XKX")
    assert has_event("Russia moved tanks to the border with Ukraine on Tuesday.",
                     "154", "RUS", "UKR")
    assert has_event("China held live-fire drills near Taiwan on Tuesday.", "150", "CHN", "TWN")
    assert has_event("China deployed warships near Taiwan on Tuesday.", "154", "CHN", "TWN")


def test_troops_massed_in_relative_clause() -> None:
    text = ("Lithuania said on Tuesday the troops Belarus has massed along the border with "
            "Lithuania posed a threat.")
    assert has_event(text, "154", "BLR", "LTU")


def test_peacekeepers_deployed_in_relative_clause_is_not_posture() -> None:
    text = "The UN praised the peacekeeping troops it has deployed to the border on Tuesday."
    assert lacks_root(text, "15")
