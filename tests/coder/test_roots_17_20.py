"""Roots 17 (coerce), 18 (assault), 19 (fight) and 20 (mass violence): hand-written sentences."""

from __future__ import annotations

import pytest

from eventwire import code_text

PUB = "2023-05-10"


def _events(text: str) -> list[tuple[str, str, str]]:
    return [(e.code, e.source, e.target) for e in code_text(text, published=PUB)]


def _roots(text: str) -> set[str]:
    return {e.code[:2] for e in code_text(text, published=PUB)}


@pytest.mark.parametrize(("text", "expected"), [
    # 17 coerce
    ("Kenyan police arrested three opposition lawmakers in Nairobi on Monday.",
     ("173", "KENCOP", "KENOPP")),
    ("Two Ugandan journalists were detained by police in Kampala on Tuesday.",
     ("173", "UGACOP", "UGAMED")),
    ("Turkish police fired tear gas to disperse protesters in Istanbul on Sunday.",
     ("175", "TURCOP", "TURCVL")),
    ("Russia took control of the local assets of German companies on Sunday.",
     ("1711", "RUS", "DEUBUS")),
    ("The Tanzanian authorities revoked the passports of four Tanzanian activists on Monday.",
     ("172", "TZAGOV", "TZACVL")),
    # 18 assault
    ("Gunmen shot dead a Mexican mayor in Guerrero on Sunday.", ("186", "MEXREB", "MEXGOV")),
    ("A Georgian journalist was beaten by Georgian police in Tbilisi on Monday.",
     ("182", "GEOCOP", "GEOMED")),
    ("Islamist militants detonated a bomb near a Nigerian army convoy on Thursday.",
     ("183", "NGAREB", "NGAMIL")),
    # 19 fight
    ("Russian forces shelled Ukrainian army positions near Bakhmut on Tuesday.",
     ("194", "RUSMIL", "UKRMIL")),
    ("Ukrainian villages were shelled by Russian troops on Wednesday.", ("194", "RUSMIL", "UKR")),
    ("Israeli warplanes struck targets in Lebanon on Friday.", ("195", "ISRMIL", "LBN")),
    ("Sudan's army violated the truce with the rebels on Sunday.", ("196", "SDNMIL", "SDNREB")),
    # 20 mass violence
    ("Malian soldiers executed dozens of villagers in central Mali on Friday.",
     ("202", "MLIMIL", "MLICVL")),
    ("Hundreds of civilians were massacred by Congolese rebels on Monday.",
     ("202", "CODREB", "CODCVL")),
    ("Syrian government forces used chemical weapons against civilians in Douma on Saturday.",
     ("204", "SYRMIL", "SYRCVL")),
])
def test_coded(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(("text", "forbidden_root"), [
    ("Police did not arrest anyone after the match in Lagos on Saturday.", "17"),
    # the killings are part of the attack, not a second event
    ("Islamist insurgents attacked a Nigerian army base on Monday, killing seven soldiers.", "18"),
    ("The floods killed dozens of people in Pakistan on Tuesday.", "18"),
    ("Chile and Argentina agreed on Monday to fight wildfires along their border.", "19"),
    ("The earthquake killed hundreds of people in Turkey on Monday.", "20"),
])
def test_not_coded(text: str, forbidden_root: str) -> None:
    assert forbidden_root not in _roots(text)


def test_attack_with_participle_killing_is_one_event() -> None:
    events = _events("Islamist insurgents attacked a Nigerian army base on Monday, "
                     "killing seven soldiers.")
    assert events == [("190", "NGAREB", "NGAMIL")]
