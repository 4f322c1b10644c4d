"""Roots 01-05 (statements, appeals, intent, consult, diplomatic cooperation): rules of
patterns/01_02_statements_appeals.jsonl, 03_intent.jsonl, 04_consult.jsonl, 05_diplomatic.jsonl.

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

import pytest

from eventwire import code_text

from .coding import PUB, coded, roots


def _events(text: str) -> set[tuple[str, str, str]]:
    return set(coded(text))


_roots = roots


CASES = [
    # 01 statements
    ("Ghana on Monday denied any involvement in the attack on a border post in Togo.",
     ("016", "GHA", "TGO")),
    ("Any role in the bombing of a Colombian pipeline was denied by Venezuela on Friday.",
     ("016", "VEN", "COL")),
    ("Italian President Sergio Mattarella offered condolences to Greece on Tuesday after a "
     "train crash.", ("018", "ITAGOV", "GRC")),
    ("A spokesman for Egypt's foreign ministry declined on Monday to comment on the case of a "
     "detained Sudanese activist.", ("011", "EGYGOV", "SDNCVL")),
    # 02 appeals
    ("Amnesty International urged Nigeria on Tuesday to release detained journalists.",
     ("020", "NGOHRIAMN", "NGA")),
    ("Kenya was urged by the United Nations on Monday to protect refugees.",
     ("020", "IGOUNO", "KEN")),
    ("Uganda made a fresh appeal to Kenya on Friday to reopen the border.",
     ("020", "UGA", "KEN")),
    # 03 intent
    ("Norway offered on Thursday to mediate between Ethiopia and Eritrea.",
     ("039", "NOR", "ETH")),
    ("Germany pledged on Monday to lend Kenya 100 million euros to build roads.",
     ("033", "DEU", "KEN")),
    ("Poland vowed on Tuesday to strengthen cooperation with Lithuania.",
     ("030", "POL", "LTU")),
    ("Kenyan President William Ruto was invited by Ugandan President Yoweri Museveni on Monday "
     "to visit Kampala.", ("036", "UGAGOV", "KENGOV")),
    # 04 consult
    ("Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi in New Delhi "
     "on Monday.", ("040", "JPNGOV", "INDGOV")),
    ("Kenyan President William Ruto was welcomed in Kampala on Saturday by Ugandan President "
     "Yoweri Museveni.", ("043", "UGAGOV", "KENGOV")),
    ("A new round of talks was opened by Serbia and Kosovo in Brussels on Monday.",
     ("046", "SRB", "XKX")),
    # 05 diplomatic cooperation
    ("Peru and Chile formally recognised a Palestinian state on Tuesday.",
     ("054", "PER", "PSE")),
    ("A trade agreement was signed by Vietnam and Indonesia in Hanoi on Monday.",
     ("057", "VNM", "IDN")),
    ("Ghana praised Togo on Monday for its handling of the election.",
     ("051", "GHA", "TGO")),
    ("Senegal and Gambia coordinated their positions on Wednesday ahead of the summit.",
     ("050", "SEN", "GMB")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_codes(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(text)


def test_compound_source_recognition() -> None:
    found = _events("Peru and Chile formally recognised a Palestinian state on Tuesday.")
    assert ("054", "CHL", "PSE") in found


NEGATIVE = [
    ("Chile on Monday denied entry to a Peruvian delegation.", "01"),  # refusal of entry
    ("Chile did not deny the accusations by Peru.", "01"),
    ("Washington did not urge Kyiv to negotiate.", "02"),
    ("Brazil pressed ahead with its plans on Monday.", "02"),
    ("Ghana did not pledge to help Togo.", "03"),
    ("Kishida and Yoon did not meet on the sidelines of the summit.", "04"),
    ("Turkey hosts about 3 million Syrian refugees.", "04"),
    ("Ghana did not praise Togo.", "05"),
]


@pytest.mark.parametrize(("text", "root"), NEGATIVE)
def test_not_coded(text: str, root: str) -> None:
    assert root not in _roots(text)


def test_offer_to_mediate_is_intent_not_mediation() -> None:
    roots = _roots("Norway offered on Thursday to mediate between Ethiopia and Eritrea.")
    assert "03" in roots and "04" not in roots


# Round 2: wider vocabulary (sentences written for these tests).
CASES_2 = [
    # 01: acknowledge responsibility, deny via claims, consider, optimism/pessimism, sympathy
    ("Peru's army accepted responsibility on Monday for the deaths of three miners.",
     ("015", "PERMIL", "PERLAB")),
    ("Reports that Serbian troops had entered Kosovo were dismissed by Belgrade on Friday.",
     ("016", "SRBGOV", "XKX")),
    ("Finland is considering sending engineers to Estonia, a government official said on Monday.",
     ("014", "FIN", "EST")),
    ("Chile's foreign minister expressed optimism on Tuesday about relations with Bolivia.",
     ("013", "CHLGOV", "BOL")),
    ("The U.N. envoy for Yemen voiced scepticism on Monday about a quick deal with the Houthis.",
     ("012", "IGOUNO", "YEMREB")),
    ("Spain voiced solidarity with Portugal on Sunday after deadly forest fires.",
     ("018", "ESP", "PRT")),
    # 02: encourage, plead for help, call for X to
    ("Ghana encouraged Nigerian investors on Monday to expand their stake in its banks.",
     ("020", "GHA", "NGABUS")),
    ("Malawi pleaded with Zambia on Monday for help after the floods.",
     ("023", "MWI", "ZMB")),
    ("The Arab League called on Tuesday for Lebanon to hold elections on time.",
     ("020", "IGOMEAARL", "LBN")),
    ("Amnesty International called on Friday for the release of jailed Cuban journalists.",
     ("020", "NGOHRIAMN", "CUBMED")),
    # 03: extend invitation, open to talks, would expand cooperation
    ("Kenya's president extended an invitation to Ghana's president on Monday to attend a trade fair.",
     ("036", "KENGOV", "GHAGOV")),
    ("Ecuador said on Monday it was open to talks with Peru.", ("036", "ECU", "PER")),
    ("Argentina said on Friday it would expand trade with Chile.", ("030", "ARG", "CHL")),
    # 04: phoned + date, videoconference, sat down with, locked in talks, rolled out red carpet
    ("Egypt's president phoned Jordan's king on Monday.", ("041", "EGYGOV", "JORGOV")),
    ("Ghana's president held a videoconference with Togo's president on Monday.",
     ("041", "GHAGOV", "TGOGOV")),
    ("Mali's foreign minister sat down with his Senegalese counterpart in Dakar on Monday.",
     ("040", "MLIGOV", "SENGOV")),
    ("Senegal rolled out the red carpet for Ghana's president in Dakar on Monday.",
     ("043", "SEN", "GHAGOV")),
    ("The talks between Armenia and Azerbaijan mediated by Kazakhstan resumed on Friday.",
     ("045", "KAZ", "ARM")),
    # 05: welcome decision, win praise, establish relations, express regret, passive signing
    ("Norway welcomed Sweden's decision on Monday to join the pact.", ("051", "NOR", "SWE")),
    ("Ghana's election won praise from the African Union on Monday.",
     ("051", "IGOAFRAFU", "GHA")),
    ("Bhutan established diplomatic relations with Nepal on Monday.", ("054", "BTN", "NPL")),
    ("Japan expressed regret to China on Monday over the incident.", ("055", "JPN", "CHN")),
    ("A trade agreement between Chile and Peru was signed in Lima on Monday.",
     ("057", "CHL", "PER")),
]


@pytest.mark.parametrize(("text", "expected"), CASES_2)
def test_codes_round2(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(text)


NEGATIVE_2 = [
    ("Japan expressed regret over the decision on Monday.", "05"),  # no one apologised to
    ("Chile rejected Bolivia's claim to the coastline on Monday.", "01"),  # a territorial claim
    ("The Kenyan president spoke to reporters in Nairobi on Monday.", "04"),
    ("Russia on Thursday promised a firm response to Finland's move.", "03"),  # a threat
    ("Ghana's president was not optimistic about talks with Togo.", "01"),  # never 013
]


@pytest.mark.parametrize(("text", "root"), NEGATIVE_2[:4])
def test_not_coded_round2(text: str, root: str) -> None:
    assert root not in _roots(text)


def test_not_optimistic_is_not_optimism() -> None:
    codes = {e.code for e in code_text(NEGATIVE_2[4][0], published=PUB)}
    assert "013" not in codes


# Round 3: generalisation (sentences written for these tests).
CASES_3 = [
    # 01: "does not comment", relations soured, close to a deal, optimism that ..., playing down
    ("Morocco's foreign ministry said it would not comment on the case of the Algerian detainees.",
     ("011", "MARGOV", "DZACVL")),
    ("Relations with Ecuador have deteriorated sharply, Colombia's foreign minister said on Monday.",
     ("012", "COLGOV", "ECU")),
    ("Armenia and Azerbaijan are close to a peace deal, the Russian foreign minister said on Monday.",
     ("013", "RUSGOV", "ARM")),
    ("Thai officials voiced optimism on Monday that a rail link with Laos would open this year.",
     ("013", "THAGOV", "LAO")),
    ("The Qatari minister played down prospects of a deal with Iran on Monday.",
     ("012", "QATGOV", "IRN")),
    # 02: appeals as nouns
    ("Niger's junta rejected calls from the African Union for a swift return to civilian rule.",
     ("020", "IGOAFRAFU", "NERMIL")),
    # 03: future transfers, pledges of money, each other, agreed to a probe, door open to talks
    ("Norway will supply Moldova with mobile power plants, its prime minister said on Monday.",
     ("033", "NOR", "MDA")),
    ("France will send Ukraine more howitzers, the defence minister said on Monday.",
     ("0332", "FRA", "UKR")),
    ("Canada pledged $40 million in aid to Sudan on Monday.", ("033", "CAN", "SDN")),
    ("Peru and Ecuador agreed on Monday to lend each other rescue helicopters.",
     ("031", "PER", "ECU")),
    ("Sri Lanka agreed on Monday to an independent inquiry with the United Nations.",
     ("0355", "LKA", "IGOUNO")),
    ("Uganda and Rwanda pledged on Monday to share intelligence on armed groups.",
     ("0314", "UGA", "RWA")),
    ("Oman offered on Monday to serve as a go-between for Iran and Britain.",
     ("039", "OMN", "IRN")),
    # 04: touched down, in a call, meetings with, sat down for talks, resumed negotiating
    ("Egypt's foreign minister touched down in Khartoum on Monday.", ("042", "EGYGOV", "SDN")),
    ("In a call on Monday, Polish President Andrzej Duda and Lithuanian President Gitanas Nauseda "
     "discussed border security.", ("041", "POLGOV", "LTUGOV")),
    ("Kenya's president discussed trade in meetings with Ethiopian officials in Addis Ababa "
     "on Monday.",
     ("040", "KENGOV", "ETHGOV")),
    ("Serbia and Kosovo sat down for talks in Brussels on Monday.", ("046", "SRB", "XKX")),
    ("Britain and Norway resumed negotiating over fishing rights on Monday.",
     ("046", "GBR", "NOR")),
    ("Envoys of Ghana and Togo met in Accra on Monday for talks brokered by Nigeria.",
     ("045", "NGA", "GHAGOV")),
    # 05: congratulatory message, defending another's decision, agreed to restore relations
    ("Modi sent a congratulatory message on Monday to the new president of the Maldives.",
     ("051", "INDGOV", "MDVGOV")),
    ("Russia's foreign ministry defended Mali's decision to expel the French ambassador.",
     ("052", "RUSGOV", "MLI")),
    ("Morocco and Iran agreed on Monday to restore diplomatic relations.", ("054", "MAR", "IRN")),
    ("Algeria launched a diplomatic campaign on Monday to win backing for the Sahrawi bid.",
     ("053", "DZA", "ESH")),
    ("The Pakistani foreign minister called on his Chinese counterpart in Beijing on Monday.",
     ("040", "PAKGOV", "CHNGOV")),
]


@pytest.mark.parametrize(("text", "expected"), CASES_3)
def test_codes_round3(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(text)


NEGATIVE_3 = [
    # a gerund under a verb of depiction is not an event
    ("Footage shows the Kenyan and Ugandan presidents speaking with each other in Swahili.", "04"),
    # seeking cooperation with neighbours is a policy goal, not an appeal
    ("Uzbekistan also seeks closer cooperation with Tajikistan.", "02"),
    # a question, not a plan to meet
    ("The Kremlin would not say whether Putin would meet Erdogan.", "04"),
    # negotiations are not travellers
    ("Talks between Kenya and Somalia went into a third day in Nairobi on Monday.", "042"),
    # handing over detainees is not aid
    ("Azerbaijan will hand over four Armenian prisoners at the border on Friday.", "033"),
    # defending one's own decision is not support for another actor
    ("Kenya's government defended its decision to deport the Ugandan activist.", "05"),
]


@pytest.mark.parametrize(("text", "bad"), NEGATIVE_3)
def test_not_coded_round3(text: str, bad: str) -> None:
    codes = {e.code for e in code_text(text, published=PUB)}
    assert not any(c.startswith(bad) for c in codes), codes


def test_agreed_to_restore_is_not_intent() -> None:
    codes = {e.code for e in code_text("Morocco and Iran agreed on Monday to restore diplomatic "
                                       "relations.", published=PUB)}
    assert "032" not in codes
