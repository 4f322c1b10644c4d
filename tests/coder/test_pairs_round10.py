"""Round 10: coordinated and reciprocal actors ("accused each other", "each side blamed the
other", "X and Y swapped prisoners", "Ethiopia's and Eritrea's troops")."""

from __future__ import annotations

from tests.coder.coding import coded, has_event


# -- reciprocal objects: every party acts on the other ----------------------------------
def test_accused_each_other_codes_both_directions() -> None:
    text = "Serbia and Kosovo accused each other on Monday of stoking tensions in the north."
    assert has_event(text, "112", "SRB", "XKX")
    assert has_event(text, "112", "XKX", "SRB")


def test_blamed_one_another() -> None:
    text = "Israel and Hamas blamed one another on Tuesday for the collapse of the truce."
    assert has_event(text, "112", "ISR", "PSE")
    assert has_event(text, "112", "PSE", "ISR")


def test_two_sides_accuse_each_other_from_discourse() -> None:
    text = ("Armenia and Azerbaijan clashed on their border on Monday. "
            "The two sides accused each other of violating the ceasefire.")
    assert has_event(text, "112", "ARM", "AZE")
    assert has_event(text, "112", "AZE", "ARM")


def test_each_side_accused_the_other_from_discourse() -> None:
    text = ("Armenia and Azerbaijan clashed on their border on Monday. "
            "Each side accused the other of violating the ceasefire.")
    assert has_event(text, "112", "ARM", "AZE")
    assert has_event(text, "112", "AZE", "ARM")


def test_each_side_blaming_the_other_in_participle() -> None:
    text = ("Thai and Cambodian soldiers fired on each other's positions near the temple on "
            "Monday, with each side blaming the other for the escalation.")
    assert has_event(text, "112", "THAMIL", "KHMMIL")
    assert has_event(text, "112", "KHMMIL", "THAMIL")


def test_each_side_accused_the_other_in_conjoined_clause() -> None:
    text = ("Thai and Cambodian soldiers clashed near the temple on Monday and each side "
            "accused the other of firing first.")
    assert has_event(text, "112", "THAMIL", "KHMMIL")
    assert has_event(text, "112", "KHMMIL", "THAMIL")


def test_the_other_without_distributive_subject_is_no_party() -> None:
    coded_events = coded("Ethiopia and Eritrea rejected the other proposal on Monday.")
    assert not any(s.startswith("ETH") and t.startswith("ERI") or
                   s.startswith("ERI") and t.startswith("ETH") for _, s, t in coded_events)


# -- verbs of exchange: each side hands over the other's people ------------------------------
def test_prisoner_swap_each_side_frees_the_others() -> None:
    text = "Russia and Ukraine swapped 90 prisoners on Sunday."
    assert has_event(text, "084", "RUS", "UKR")
    assert has_event(text, "084", "UKR", "RUS")


def test_prisoners_of_war_exchanged() -> None:
    text = "Armenia and Azerbaijan exchanged detained soldiers on Wednesday."
    events = coded(text)
    assert not any(s[:3] == t[:3] for c, s, t in events if c.startswith("084"))


# -- possessive owners coordinated on one group ------------------------------------------
def test_coordinated_possessives_share_the_group() -> None:
    text = "Ethiopia's and Eritrea's troops attacked Tigrayan fighters on Monday."
    assert has_event(text, "19", "ETHMIL", "ETHREB")
    assert has_event(text, "19", "ERIMIL", "ETHREB")


def test_coordinated_possessive_ministers_meet() -> None:
    events = coded("Sweden's and Finland's ministers met in Oslo on Monday.")
    assert any(c == "040" and {s, t} == {"SWEGOV", "FINGOV"} for c, s, t in events)


# -- coordinated subjects of different kinds in one country ------------------------------
def test_army_and_allied_militias_attack_rebels() -> None:
    text = "The Sudanese army and allied militias attacked the rebels in Darfur on Monday."
    assert has_event(text, "19", "SDNMIL", "SDNREB")


def test_troops_and_clan_militias_attack_insurgents() -> None:
    text = "Somali troops and clan militias attacked al-Shabaab fighters near Mogadishu on Sunday."
    assert has_event(text, "19", "SOMMIL", "SOMREB")


def test_two_leaders_pledging_cooperation_code_one_pair() -> None:
    text = ("Argentina's Javier Milei and Uruguay's Luis Lacalle Pou vowed on Monday to deepen "
            "cooperation between their two countries.")
    assert len([e for e in coded(text) if e[0].startswith("03")]) == 1


# -- coordinated country adjectives striking one of their own countries ---------------------
def test_two_air_forces_bomb_a_city_of_one_of_them() -> None:
    text = "Russian and Syrian warplanes bombed Idlib on Thursday."
    assert has_event(text, "195", "RUSMIL", "SYR")
    assert has_event(text, "195", "SYRMIL", "SYR")


def test_two_air_forces_strike_coordinated_cities() -> None:
    text = "Russian and Syrian jets struck Aleppo and Hama on Thursday."
    assert has_event(text, "195", "RUSMIL", "SYR")
    assert has_event(text, "195", "SYRMIL", "SYR")


def test_coalition_jets_bomb_capital_are_militaries() -> None:
    text = "Saudi and Emirati jets bombed Sanaa on Monday."
    assert has_event(text, "195", "SAUMIL", "YEM")
    assert has_event(text, "195", "AREMIL", "YEM")


def test_allied_forces_attack_a_town_of_one_of_them() -> None:
    text = "Saudi and Yemeni forces attacked Marib on Monday."
    assert has_event(text, "19", "SAUMIL", "YEM")
    assert has_event(text, "19", "YEMMIL", "YEM")


# -- coordinated role words on one noun: one party per role ------------------------------
def test_government_and_opposition_negotiators_are_two_parties() -> None:
    text = "Norway brought Venezuelan government and opposition negotiators together in Oslo."
    assert has_event(text, "045", "NOR", "VENGOV")
    assert has_event(text, "045", "NOR", "VENOPP")


def test_government_and_rebel_negotiators_resume_talks() -> None:
    events = coded("Colombian government and rebel negotiators resumed talks in Havana on Monday.")
    assert any(c == "046" and {s, t} == {"COLGOV", "COLREB"} for c, s, t in events)


def test_army_and_police_units_each_act() -> None:
    text = "Congolese army and police units fired tear gas at protesters in Kinshasa on Monday."
    assert has_event(text, "175", "CODMIL", "CODCVL")
    assert has_event(text, "175", "CODCOP", "CODCVL")


def test_mediator_of_government_and_rebel_delegations() -> None:
    text = "Qatar mediated between Afghan government and opposition delegations on Saturday."
    assert has_event(text, "045", "QAT", "AFGGOV")
    assert has_event(text, "045", "QAT", "AFGOPP")
