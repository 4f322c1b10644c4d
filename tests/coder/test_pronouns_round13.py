"""Pronouns and possessives that name the actor, round 13: "its"/"their" on an unowned office
or force ("its coast guard", "their ambassadors") is the possessor's, the subject of the
nearest clause around it that is a state, body or group (never a person; "its" one party,
"their" possibly several), or else the previous sentence's subject; not the article's focus
country.

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

import pytest

from .coding import coded, has_event

# -- "X said its forces ...": the possessor is the clause's subject ------------------------


@pytest.mark.parametrize("text, code, source, target", [
    ("Taiwan reported on Friday that China had held drills near the island, as its warships "
     "and aircraft surrounded Taiwan.", "191", "CHNMIL", "TWN"),
    ("The Philippines protested on Monday after China said its coast guard had fired water "
     "cannon at a Philippine boat.", "175", "CHN", "PHL"),
    ("Kenyan officials said al-Shabaab claimed the raid, saying its gunmen killed 12 Kenyan "
     "soldiers near the border.", "18", "SOMREB", "KEN"),
    ("Beijing said on Monday that its navy had surrounded Taiwan in a large drill.",
     "150", "CHNMIL", "TWN"),
])
def test_its_force_belongs_to_the_subject(text: str, code: str, source: str,
                                          target: str) -> None:
    assert has_event(text, code, source, target), coded(text)
    assert not any(c.startswith(code) and s[:3] == target[:3] for c, s, _ in coded(text))


def test_armed_group_owner_codes_its_fighters_as_the_group() -> None:
    text = "Boko Haram said on Tuesday its fighters had attacked an army base in Borno state."
    assert has_event(text, "", "NGAREB", ""), coded(text)


def test_their_with_coordinated_owners_gives_each_its_own() -> None:
    text = "Bolivia and Chile withdrew their ambassadors from Israel on Tuesday."
    assert has_event(text, "16", "BOL", "ISR") and has_event(text, "16", "CHL", "ISR"), \
        coded(text)


def test_its_in_the_next_sentence_is_the_previous_subject() -> None:
    text = ("Russia launched a wave of missiles at Ukraine on Monday. "
            "Its warplanes also bombed the port of Odesa.")
    assert has_event(text, "19", "RUS", "UKR"), coded(text)
    assert not any(s.startswith("UKR") and c.startswith("19") for c, s, _ in coded(text))


def test_its_residents_is_not_the_subjects_people() -> None:
    text = "Israel cut off water and fuel to Gaza on Monday, leaving its residents without power."
    assert not any(t == "ISRCVL" for _, _, t in coded(text)), coded(text)


# -- "he"/"she": one person; a speaker body that frames the report is not the subject -------


@pytest.mark.parametrize("text, source, target", [
    ("Officials said Petro spoke with Maduro by phone on Tuesday. He demanded the release of "
     "Colombian prisoners.", "COL", "COL"),
    ("The Kremlin said Putin had spoken to Erdogan by phone on Monday. He praised Turkey for "
     "hosting the grain talks.", "RUS", "TUR"),
    ("The ministry told reporters that Ramaphosa met Tinubu in Pretoria on Monday. She "
     "criticised Nigeria over its visa rules.", "ZAF", "NGA"),
])
def test_he_after_a_reported_frame_is_the_reported_subject(text: str, source: str,
                                                           target: str) -> None:
    events = coded(text)
    second = [e for e in events if e[0][:2] in ("05", "10", "11")]
    assert second and all(s.startswith(source) and t.startswith(target)
                          for _, s, t in second), events


def test_he_is_never_a_plural_group_of_officials() -> None:
    text = "Kenyan ministers met Museveni in Kampala on Monday, and he thanked them for the aid."
    assert not any(c.startswith("05") and s.startswith("KEN") for c, s, _ in coded(text)), \
        coded(text)


# -- a subject "it"/"they" in a clause hung on another is that clause's subject ------------


@pytest.mark.parametrize("text, code, source, target", [
    ("Islamic State fighters executed hundreds of Yazidi men when they overran the Sinjar "
     "region of northern Iraq.", "192", "IRQREB", "IRQ"),
    ("Houthi rebels abducted dozens of villagers before they overran the Marib region of "
     "Yemen.", "192", "YEMREB", "YEM"),
    ("Al-Shabaab militants killed several soldiers after they overran an army base in the "
     "Lower Shabelle region of Somalia.", "192", "SOMREB", "SOM"),
])
def test_they_in_a_subordinate_clause_is_the_main_subject(text: str, code: str, source: str,
                                                          target: str) -> None:
    assert has_event(text, code, source, target), coded(text)


# -- "They looted X, a UN official said": a trailing speaker is not "they" ------------------


@pytest.mark.parametrize("text", [
    "The insurgents arrived in a convoy of trucks, a military source said. They also looted "
    "a United Nations warehouse in the town, a UN official said.",
    "Gunmen stormed the village at dawn, residents said. They later ransacked a United "
    "Nations clinic, an aid worker said.",
])
def test_they_before_a_trailing_speaker_is_the_earlier_group(text: str) -> None:
    events = coded(text)
    assert any(c.startswith("17") and t.startswith("IGOUNO") for c, _, t in events), events
    assert not any(s.startswith("IGO") for _, s, _ in events), events


# -- "its offensive", "its bombardment": an act named by a noun is its owner's ---------------


@pytest.mark.parametrize("text, code, source, target", [
    ("Russia shelled Kharkiv overnight. Its offensive in the east killed 12 civilians, "
     "Ukrainian officials said.", "20", "RUS", "UKR"),
    ("Sudan's army bombed Nyala on Monday. Its air raids on the city killed 30 civilians, "
     "medics said.", "", "SDNMIL", "SDN"),
])
def test_its_act_noun_is_the_owners(text: str, code: str, source: str, target: str) -> None:
    events = coded(text)
    assert sum(1 for c, s, t in events if c.startswith(code) and s.startswith(source)
               and t.startswith(target)) >= 1, events
