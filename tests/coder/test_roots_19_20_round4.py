"""Round-4 generalisation tests for roots 19 (fight) and 20 (mass violence).

Sentences written for these tests (not taken from the gold set).
"""
from eventwire import code_text

from .coding import PUB
from .coding import coded as _codes


def test_press_on_with_offensive_active():
    evs = _codes("Sudanese army forces pressed on with their offensive against the "
                 "Rapid Support Forces in Omdurman on Friday.")
    assert ("190", "SDNMIL", "SDNREB") in evs


def test_locked_in_gun_battle_passive_coordinated():
    evs = _codes("Somali soldiers and al-Shabaab militants were locked in a fierce gun "
                 "battle near Mogadishu on Tuesday.")
    assert ("193", "SOMMIL", "SOMREB") in evs


def test_locked_in_legal_battle_is_not_fighting():
    evs = _codes("The two law firms have been locked in a legal battle over the merger for months.")
    assert not [c for c, _, _ in evs if c.startswith(("19", "20"))]


def test_overrun_passive():
    evs = _codes("Kismayo was overrun by al-Shabaab militants on Monday, officials said.")
    assert ("192", "SOMREB", "SOM") in evs


def test_counterattack_verb():
    evs = code_text("Ukrainian troops counterattacked Russian positions near Kupiansk on Wednesday.",
                    published=PUB)
    assert any(e.code == "190" and e.source == "UKRMIL" and e.target.startswith("RUS") for e in evs)


def test_recapture_nominal():
    evs = _codes("The Ukrainian army's recapture of Kherson on Friday was celebrated across the country.")
    assert ("192", "UKRMIL", "UKR") in evs


def test_fighting_between_gerund_subject():
    evs = _codes("Fighting between Sudanese troops and RSF paramilitaries killed 20 people "
                 "in El Fasher on Monday.")
    assert any(c == "190" and {s, t} == {"SDNMIL", "SDNREB"} for c, s, t in evs)


def test_mowed_down_passive_with_when_clause():
    evs = _codes("Dozens of villagers were mowed down when jihadists raided a market in "
                 "Nigeria's Zamfara state on Thursday, police said.")
    assert ("202", "NGAREB", "NGACVL") in evs


def test_sports_massacre_is_not_mass_violence():
    evs = _codes("The team massacred its opponents 6-0 in Lagos on Sunday.")
    assert not [c for c, _, _ in evs if c.startswith("20")]


def test_mass_expulsion_counted_population():
    evs = _codes("Sudanese troops drove more than 200,000 Masalit out of El Geneina last month.")
    assert any(c == "201" and s == "SDNMIL" and t.startswith("SDN") for c, s, t in evs)


def test_expelling_diplomats_is_not_mass_expulsion():
    evs = _codes("Poland expelled more than 40 Russian diplomats on Monday.")
    assert not [c for c, _, _ in evs if c == "201"]
