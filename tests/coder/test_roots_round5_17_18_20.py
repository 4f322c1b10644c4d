"""Roots 17 (coerce), 18 (assault) and 20 (mass violence), round 5: rules of
patterns/17_round5.jsonl, 18_round5.jsonl and 20_round5.jsonl.

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

import pytest

from .coding import coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 17 coerce, active
        ("Zimbabwean police seized leaflets, posters and other campaign materials from the "
         "opposition party's offices in Harare on Tuesday.", ("1711", "ZWECOP", "ZWEOPP")),
        ("A Turkish prosecutor on Monday slapped a travel ban on a prominent Kurdish "
         "opposition politician.", ("172", "TURJUD", "TUROPP")),
        ("Pakistani authorities shut down mobile internet services in Islamabad on Tuesday.",
         ("1721", "PAKGOV", "PAKCVL")),
        ("Kenyan police opened fire on mourners in Kisumu on Tuesday.",
         ("175", "KENCOP", "KENCVL")),
        ("Police in Lagos hauled in dozens of opposition supporters on Tuesday.",
         ("173", "NGACOP", "NGAOPP")),
        ("Kenya's Supreme Court on Monday upheld a ruling barring the opposition leader from "
         "running for office.", ("1722", "KENJUD", "KENOPP")),
        # 17 coerce, passive
        ("Two Ugandan activists were hauled before a magistrate in Kampala on Tuesday.",
         ("173", "UGAJUD", "UGACVL")),
        # 18 assault
        ("A gunman fired shots at Mexico's interior minister at a rally in Puebla on Tuesday.",
         ("185", "MEXCVL", "MEXGOV")),
        ("Masked Ecuadorian gunmen set upon a group of journalists in Quito on Tuesday.",
         ("182", "ECUREB", "ECUMED")),
        ("Nigerian soldiers tortured detainees with electric shocks at a barracks in "
         "Maiduguri, Amnesty International said on Tuesday.", ("1822", "NGAMIL", "NGACVL")),
        ("The Pakistani Taliban claimed responsibility for the bombing of a police station in "
         "Peshawar on Monday.", ("183", "PAKREB", "PAKCOP")),
        ("Islamic State claimed responsibility for a suicide bombing that ripped through a "
         "mosque in Kabul on Friday.", ("1831", "AFGREB", "AFGREL")),
        # 18 assault, passive without a named assailant
        ("Colombian Senator Maria Lopez was shot twice in the head at a campaign rally in Cali "
         "on Monday.", ("185", "COLCVL", "COLLEG")),
        # 20 mass violence
        ("Myanmar troops forcibly expelled tens of thousands of Rohingya from villages in "
         "Rakhine state on Monday.", ("201", "MMRMIL", "MMRCVL")),
        ("Syrian government forces unleashed a wave of atrocities on the town of Homs on "
         "Monday, a rights group said.", ("200", "SYRMIL", "SYRCVL")),
        ("Ethiopian forces forced more than 30,000 Eritrean refugees back across the border "
         "on Monday.", ("201", "ETHMIL", "ERIREF")),
        # 20 mass violence, passive (the victims are the subject)
        ("Dozens were killed in a chlorine gas attack by Syrian government helicopters on the "
         "town of Idlib on Tuesday, activists said.", ("2041", "SYRGOV", "SYRCVL")),
    ],
)
def test_round5_coded(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(text)


def test_round5_sit_in_cleared() -> None:
    events = coded("Sudanese security forces cleared a protest camp outside the defence "
                   "ministry in Khartoum on Monday.")
    assert any(c == "175" and s == "SDNCOP" and t.startswith("SDN") for c, s, t in events)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # 17: not state repression / not a shutdown by the state
        ("Kenyan football fans opened fire on the goal in a friendly on Tuesday.", "17"),
        ("The company shut down its mobile internet services in Kenya on Tuesday.", "17"),
        # 18: questions are not shots
        ("Kenyan fans fired questions at the minister on Tuesday.", "18"),
        ("Reporters fired questions at the Nigerian president on Tuesday.", "18"),
        # 20: pushing back fighters is not a mass expulsion; a drone attack is not chemical
        ("Ethiopian forces forced the rebels back across the river on Monday.", "20"),
        ("Syrian rebels launched an attack by drones on the town of Idlib on Tuesday.", "20"),
    ],
)
def test_round5_negative(text: str, root: str) -> None:
    assert not any(c.startswith(root) for c, _, _ in coded(text))
