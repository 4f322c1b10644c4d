"""Round 5 rules for roots 05, 08, 15 and 19: sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire import code_text

PUB = "2023-05-10"


def _codes(text: str) -> set[tuple[str, str, str]]:
    return {(e.code, e.source, e.target) for e in code_text(text, published=PUB)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 055: asking a country and others for forgiveness (the "for" hangs on the last conjunct)
        ("Belgian Prime Minister Alexander De Croo on Monday asked Congo and the families "
         "of the victims for forgiveness for colonial abuses.", ("055", "BELGOV", "COD")),
        # 055: a nominal apology from X to Y, passive governor
        ("An apology from the Peruvian army to the relatives of three farmers was read out "
         "in Lima on Tuesday.", ("055", "PERMIL", "PERAGR")),
        # 082: ending a sit-in (tokenised as sit - in)
        ("Opposition activists ended a two-week sit-in outside parliament in Yerevan on "
         "Sunday.", ("082", "ARMOPP", "ARMGOV")),
        # 0863: letting a convoy of an agency's trucks in: the agency is the target
        ("Sudanese authorities let a convoy of U.N. aid trucks into Darfur on Friday.",
         ("0863", "SDNGOV", "IGOUNO")),
        # 154: troops sent to fight a named enemy
        ("Haiti's government ordered the army into the capital on Monday to confront armed "
         "gangs.", ("154", "HTIGOV", "HTICRM")),
        # 193: coordinated subjects exchanging gunfire (not a prisoner exchange)
        ("Soldiers and armed gang members exchanged gunfire near the port in Port-au-Prince "
         "on Monday.", ("193", "HTIMIL", "HTICRM")),
        # 154: troops ordered to a place to fight (purpose parsed as xcomp)
        ("Ecuador's President ordered troops to the border to stop drug gangs.",
         ("154", "ECUGOV", "ECUCRM")),
        # 195: a wave of airstrikes attached with "with"
        ("Israel responded on Monday with a wave of airstrikes on Gaza.",
         ("195", "ISR", "PSE")),
    ],
)
def test_round5_positive(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _codes(text)


def test_round5_negative_demand_to_end_sit_in() -> None:
    # a demand that others end a sit-in is not their yielding (082)
    codes = _codes("Kenya's interior minister demanded on Monday that the strikers end their "
                   "sit-in outside the ministry.")
    assert not any(c == "082" for c, _, _ in codes)


def test_round5_negative_exchange_prisoners() -> None:
    codes = _codes("Russia and Ukraine exchanged 90 prisoners of war on Sunday.")
    assert not any(c.startswith("19") for c, _, _ in codes)


def test_round5_negative_deploy_to_help() -> None:
    codes = _codes("Turkey sent troops to Libya on Monday to help flood victims.")
    assert not any(c == "154" for c, _, _ in codes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A trade agreement was signed by Kenya and Uganda in Nairobi on Monday.",
         ("057", "KEN", "UGA")),
        ("Twelve opposition activists were freed by Belarusian authorities on Friday.",
         ("0841", "BLRGOV", "BLROPP")),
        ("Thousands of Israeli troops were deployed along the border with Lebanon on Monday.",
         ("154", "ISRMIL", "LBN")),
        ("The Ukrainian town of Vovchansk was shelled by Russian forces on Monday.",
         ("194", "RUSMIL", "UKR")),
    ],
)
def test_round5_passive(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _codes(text)


def test_round5_negative_no_apology() -> None:
    assert not any(c.startswith("05") for c, _, _ in
                   _codes("The Dutch prime minister did not apologise to Indonesia on Monday."))
    # asking for patience is an appeal, not an apology
    assert not any(c == "055" for c, _, _ in
                   _codes("The mayor asked residents for patience on Monday."))


def test_round5_pardon_individual_vs_mass() -> None:
    one = _codes("Kenya's President William Ruto on Monday pardoned the jailed blogger "
                 "Peter Otieno.")
    assert any(c == "056" and s == "KENGOV" for c, s, _ in one)
    many = _codes("Kenya's President William Ruto on Monday pardoned 300 prisoners.")
    assert not any(c == "056" for c, _, _ in many)
