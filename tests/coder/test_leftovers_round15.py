"""Round 15: general coder errors left by the precision audits of round 14."""

from __future__ import annotations

import pytest

from eventwire import code_text

from .coding import coded, has_event

# -- "supporters of X" are people of X's country, not X ---------------------------------------

@pytest.mark.parametrize("text, code, source, target", [
    ("Police in Karachi detained scores of supporters of former Prime Minister Imran Khan "
     "on Friday.", "173", "PAKCOP", "PAKCVL"),
    ("Bolivian police arrested dozens of Evo Morales's supporters on Tuesday.",
     "173", "BOLCOP", "BOLCVL"),
    ("Supporters of former President Jair Bolsonaro stormed government buildings in "
     "Brasilia on Sunday.", "1", "BRACVL", "BRA"),
])
def test_supporters_are_not_the_leader(text: str, code: str, source: str,
                                       target: str) -> None:
    assert has_event(text, code, source, target), coded(text)
    assert not any(s.endswith("ELI") or t.endswith("ELI") for _, s, t in coded(text))


# -- "Imran Khan's opposition party": what a man has is not the man ----------------------------

@pytest.mark.parametrize("text, code, source, target", [
    ("Police in Lahore arrested dozens of members of Imran Khan's opposition party on "
     "Monday.", "173", "PAKCOP", "PAKOPP"),
    ("Former Prime Minister Imran Khan's opposition party condemned the government on "
     "Tuesday.", "111", "PAKOPP", "PAKGOV"),
    ("Police raided the offices of Imran Khan's opposition party in Islamabad on Monday.",
     "", "PAKCOP", "PAKOPP"),
])
def test_possessed_body_of_a_person(text: str, code: str, source: str, target: str) -> None:
    assert has_event(text, code, source, target), coded(text)


# -- two long titled names the parser split into two subjects are one coordinated subject -----

@pytest.mark.parametrize("text, code, source, target", [
    ("Indonesian President Joko Widodo and Malaysian Prime Minister Anwar Ibrahim met in "
     "Bogor on Monday.", "04", "IDNGOV", "MYSGOV"),
    ("Indonesian President Joko Widodo and Malaysian Prime Minister Anwar Ibrahim held talks "
     "in Bogor on Monday.", "046", "IDNGOV", "MYSGOV"),
    ("Indonesian President Joko Widodo and Malaysian Prime Minister Anwar Ibrahim agreed on "
     "Tuesday to deepen defence cooperation.", "03", "IDNGOV", "MYSGOV"),
])
def test_split_subjects_are_coordinated(text: str, code: str, source: str,
                                        target: str) -> None:
    assert has_event(text, code, source, target), coded(text)


# -- the first of two names hung on the second as a modifier still comes first ---------------

@pytest.mark.parametrize("text, code, source, target", [
    ("Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan signed a "
     "trade agreement on Monday.", "057", "KENGOV", "TZAGOV"),
    ("Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan held talks "
     "on Monday.", "04", "KENGOV", "TZAGOV"),
    ("Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan met in "
     "Nairobi on Monday.", "04", "KENGOV", "TZAGOV"),
])
def test_leading_name_is_first_party(text: str, code: str, source: str, target: str) -> None:
    assert has_event(text, code, source, target), coded(text)
    assert not any(s.startswith("TZA") for _, s, _ in coded(text))


# -- weapons "sent at/against/toward" a country are fired at it, not given to it -------------

@pytest.mark.parametrize("text", [
    "Iran sent dozens of drones at Israel on Saturday.",
    "Russia sent waves of drones at Ukrainian cities overnight on Tuesday.",
    "Russia sent a barrage of missiles against Ukrainian energy facilities on Thursday.",
    "The Houthis sent missiles toward Israel on Monday.",
    "China sent warships and fighter jets around Taiwan on Monday.",
    "Russia sent warships off the coast of Japan on Monday.",
    "China sent warships near Taiwan on Monday.",
])
def test_weapons_sent_at_are_no_aid(text: str) -> None:
    assert not any(c.startswith("07") for c, _, _ in coded(text)), coded(text)


def test_weapons_sent_to_stay_aid() -> None:
    assert has_event("The United States sent drones to Ukraine on Monday.", "072", "USA", "UKR")


# -- ground taken "near/outside" a named town is taken from that town's country --------------

@pytest.mark.parametrize("text, source, target", [
    ("Russian troops seized a bridge near Kharkiv on Monday.", "RUSMIL", "UKR"),
    ("Russian forces captured a village near Avdiivka on Monday.", "RUSMIL", "UKR"),
    ("Israeli forces took control of a hill outside Rafah on Tuesday.", "ISRMIL", "PSE"),
])
def test_ground_taken_near_a_town(text: str, source: str, target: str) -> None:
    assert has_event(text, "192", source, target), coded(text)


# -- "X did Y near Z, which Z's capital called ...": the relative clause speaks of X's act -----

@pytest.mark.parametrize("text, source, target", [
    ("Russia announced tactical nuclear weapons drills near Ukraine, which Kyiv called "
     "blackmail.", "UKR", "RUS"),
    ("Beijing held drills near Taiwan, which Taipei called a provocation.", "TWN", "CHN"),
    ("The talks came after China announced live-fire exercises near the Philippines, which "
     "Manila called intimidation.", "PHL", "CHN"),
    ("Russia announced naval exercises near Japan, which Tokyo called a provocation.",
     "JPN", "RUS"),
])
def test_which_called_targets_the_doer(text: str, source: str, target: str) -> None:
    events = coded(text)
    assert has_event(text, "111", source, target), events
    assert not any(s[:3] == t[:3] for _, s, t in events), events
    assert not any(c.startswith("041") for c, _, _ in events), events


# -- "declined to comment" answers the reporter: not dated by the background before it --------

@pytest.mark.parametrize("text", [
    "In an interview last month, Erdogan accused Israel of genocide. The Israeli foreign "
    "ministry declined to comment.",
    "In a speech in March, Maduro accused Washington of plotting a coup. The State Department "
    "declined to comment.",
    "Last week, Kenya's president criticised Uganda over fuel imports. Ugandan officials "
    "declined to comment.",
])
def test_no_comment_is_not_background(text: str) -> None:
    events = code_text(text, published="2024-05-10")
    comments = [e for e in events if e.code == "011"]
    assert comments, [(e.code, e.source, e.target, str(e.date)) for e in events]
    assert all(str(e.date) == "2024-05-10" for e in comments), [str(e.date) for e in comments]
    assert any(e.code.startswith("11") and str(e.date) != "2024-05-10" for e in events)


# -- villages and towns handed back are ground, not captives released --------------------------

@pytest.mark.parametrize("text", [
    "Tajikistan and Kyrgyzstan agreed on Monday to return three border villages to Kyrgyz "
    "control.",
    "Sudan and South Sudan agreed on Tuesday to return two disputed towns.",
    "Uzbekistan and Tajikistan agreed on Tuesday to return two border settlements.",
])
def test_returned_villages_are_no_release(text: str) -> None:
    assert not any(c in ("0841", "0353") for c, _, _ in coded(text)), coded(text)


def test_returned_prisoners_stay_a_release() -> None:
    assert has_event("Armenia returned 32 prisoners to Azerbaijan on Monday.", "0841", "ARM", "AZE")


# -- handing back or ceding villages is no pledge to step down from office ---------------------

@pytest.mark.parametrize("text", [
    "Kyrgyzstan and Tajikistan agreed on Monday to hand over two border settlements.",
    "Ethiopia and Eritrea agreed on Monday to cede several border towns.",
    "Serbia and Kosovo agreed on Monday to hand back three border villages.",
])
def test_ceded_ground_is_no_leadership_pledge(text: str) -> None:
    assert not any(c == "0341" for c, _, _ in coded(text)), coded(text)


def test_pledge_to_step_down_stays() -> None:
    assert any(c == "0341" for c, _, _ in coded("Sheikh Hasina pledged to step down."))
