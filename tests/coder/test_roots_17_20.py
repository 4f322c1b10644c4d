"""Roots 17 (coerce), 18 (assault), 19 (fight) and 20 (mass violence): hand-written sentences."""

from __future__ import annotations

import pytest

from .coding import coded, roots

_events = coded
_roots = roots


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
     ("2041", "SYRMIL", "SYRCVL")),
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


# round 2: broader vocabulary (sentences written for these tests, not from the gold set)
@pytest.mark.parametrize(("text", "expected"), [
    ("A court in Almaty sentenced opposition activist Nurlan Aliyev to five years in prison on Monday.",
     ("173", "KAZJUD", "KAZCVL")),
    ("Authorities in Dhaka imposed an overnight curfew on the city on Friday.",
     ("1723", "BGDGOV", "BGDCVL")),
    ("Guatemala's government declared a state of siege in two provinces on Sunday.",
     ("1724", "GTMGOV", "GTMCVL")),
    ("Riot police charged at protesters in Lima on Saturday.", ("175", "PERCOP", "PERCVL")),
    ("A suicide bomber struck a police checkpoint in Quetta on Monday.", ("1831", "PAKREB", "PAKCOP")),
    ("Maoist rebels hurled a grenade at a police station in Imphal on Wednesday.",
     ("183", "INDREB", "INDCOP")),
    ("Sudan's army launched a ground offensive against the Rapid Support Forces in Omdurman on Monday.",
     ("190", "SDNMIL", "SDNREB")),
    ("Russian artillery shelled the city of Kharkiv on Tuesday.", ("194", "RUSMIL", "UKR")),
    ("The city of Kidal fell to Malian troops on Tuesday.", ("192", "MLIMIL", "MLI")),
    ("Myanmar troops drove thousands of villagers out of Sagaing on Monday.",
     ("201", "MMRMIL", "MMRCVL")),
])
def test_coded_round2(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(("text", "forbidden_root"), [
    ("Police in Lagos did not charge at the protesters on Saturday.", "17"),
    ("Investors seized on the remarks on Monday.", "17"),
    ("Washington handed back 30 looted statues to Cambodia on Tuesday.", "17"),
    ("The ruling party took control of the Senate in Sunday's election.", "19"),
])
def test_not_coded_round2(text: str, forbidden_root: str) -> None:
    assert forbidden_root not in _roots(text)


# round 3: constructions (weapon as subject, "X of Y by Z", checkpoints, forced labour, nuclear)
@pytest.mark.parametrize(("text", "expected"), [
    ("Bolivian authorities seized the headquarters of the opposition party in La Paz on Monday.",
     ("1711", "BOLGOV", "BOLOPP")),
    ("Bangladeshi authorities bulldozed hundreds of shacks in Dhaka on Sunday.",
     ("1712", "BGDGOV", "BGDCVL")),
    ("Eritrea has expelled two British journalists, the foreign ministry said on Monday.",
     ("174", "ERI", "GBRMED")),
    ("Nigerian police on Monday detained Ade Okonkwo, leader of the opposition youth wing, in Abuja.",
     ("173", "NGACOP", "NGAOPP")),
    ("A bomb planted by Islamist militants tore through a bus station in Kano on Monday.",
     ("183", "NGAREB", "NGACVL")),
    ("Soldiers shot dead four Maoist rebels in a firefight in Chhattisgarh on Sunday.",
     ("193", "INDMIL", "INDREB")),
    ("Armenian and Azerbaijani troops exchanged artillery fire along the border on Tuesday.",
     ("194", "ARMMIL", "AZEMIL")),
    ("Tajik border guards set up checkpoints on the road to Kyrgyzstan on Monday.",
     ("191", "TJKCOP", "KGZ")),
    ("Burmese troops forced villagers into labour on army farms in Myanmar last month.",
     ("170", "MMRMIL", "MMRCVL")),
])
def test_coded_round3(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(("text", "forbidden_root"), [
    # shelling that kills people is one fight event, not a mass killing too
    ("Russian artillery shelled the centre of Kharkiv on Monday, killing nine people.", "20"),
    # displacement by a conflict, or a crowd fleeing an attack, is not an expulsion
    ("The war in Sudan has displaced more than ten million people, the U.N. said on Monday.", "20"),
    ("A drone strike killed three militants in northern Syria on Monday.", "18"),
    ("Japan approved emergency grant aid of $5 million for Turkey on Friday.", "17"),
    ("Gunmen slapped and kicked two reporters in Lagos on Monday.", "17"),
])
def test_not_coded_round3(text: str, forbidden_root: str) -> None:
    assert forbidden_root not in _roots(text)
