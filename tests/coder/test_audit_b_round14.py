"""Round 14 precision audit (b): conflict and security wire text.

Each group is one general cause found by coding fresh wire sentences; every test failed
before its fix.
"""

from __future__ import annotations

import pytest

from eventwire import code_text

from .coding import PUB, coded, has_event, lacks_root


def _dates(text: str, root: str) -> set[str]:
    return {e.date for e in code_text(text, published=PUB) if e.code.startswith(root)}


# -- 1. a plan is dated the day it was told, also when the parser hangs that day elsewhere --
@pytest.mark.parametrize("text, root", [
    # the verb of saying hung below the plan ("X will ..., the minister said on Monday")
    ("Britain will send long-range missiles to Ukraine, Defence Secretary Ben Wallace said "
     "on Monday.", "03"),
    # "said on Monday it would": the day parsed as part of the complement
    ("Canada said on Monday it would send medical supplies to flood victims in Pakistan.", "03"),
    ("Norway said on Monday it would give $50 million in humanitarian aid to Afghanistan.", "03"),
    # "agreed on Monday to hold": the day is on the agreeing, not the planned talks
    ("India and Pakistan agreed on Monday to hold talks on water sharing, officials said.", "03"),
    ("Sudan's army and the RSF agreed on Monday to hold talks in Jeddah, Saudi officials "
     "said.", "03"),
])
def test_plan_dated_when_told(text: str, root: str) -> None:
    assert _dates(text, root) == {"2023-05-08"}


# -- 2. "leaving three rebels dead" tells the toll of a fight, not a withdrawal (0874) --------
@pytest.mark.parametrize("text", [
    "Malian soldiers fought jihadists near Gao on Monday, leaving 14 militants dead, the army "
    "said.",
    "Nigerian troops repelled an attack on a base in Borno state on Monday, leaving five "
    "insurgents dead.",
    "Indian forces raided a hideout in Manipur on Monday, leaving two gunmen wounded, police "
    "said.",
])
def test_leaving_dead_is_no_withdrawal(text: str) -> None:
    assert lacks_root(text, "08")


def test_troops_leaving_a_country_still_withdraw() -> None:
    assert has_event("French troops left Mali in August after nine years.", "0874", "FRA", "MLI")


# -- 3. "accused X's forces of doing": the alleged act is not coded, also when the parser ----
# hangs "of ..." on the accused rather than on "accused"
@pytest.mark.parametrize("text, root", [
    ("Vietnam accused China's coast guard of firing water cannon at its fishing boats near "
     "the Paracel Islands on Monday.", "17"),
    ("Sudan's army accused the RSF's fighters of looting a hospital in Omdurman on Monday.", "17"),
    ("Ethiopia accused Eritrea's troops of attacking villages in Tigray on Monday.", "18"),
])
def test_accused_of_is_a_claim(text: str, root: str) -> None:
    assert lacks_root(text, root)
    assert has_event(text, "112", "", "")


# -- 4. "pro-Palestinian protesters", "anti-Israel": a stance, not the group's country --------
@pytest.mark.parametrize("text, country", [
    ("German police detained 40 pro-Palestinian activists in Berlin on Monday.", "DEU"),
    ("Police in London arrested 12 anti-Israel protesters outside the Israeli embassy on "
     "Monday.", "GBR"),
    ("Pro-Russian separatists shelled the town of Avdiivka in eastern Ukraine on Monday.", "UKR"),
])
def test_stance_prefix_names_no_country(text: str, country: str) -> None:
    events = coded(text)
    assert events
    assert all(country in (s[:3], t[:3]) for _, s, t in events)
    assert not any(x.startswith(("PSE", "ISR", "RUS")) for _, s, t in events for x in (s, t))


def test_stance_prefix_rally_target() -> None:
    assert not any(t.startswith("PSE") for _, _, t in coded(
        "French police dispersed a pro-Palestinian rally in Paris on Monday."))


# -- 5. what a remark, a fear or speculation says someone "could" do is no intent -----------
@pytest.mark.parametrize("text, root", [
    ("Moscow summoned the British ambassador on Monday to protest against comments by Foreign "
     "Secretary David Cameron that Ukraine could use British weapons to strike inside Russia.",
     "13"),
    ("Beijing condemned remarks by a Japanese minister that Japan could send warships to the "
     "Taiwan Strait to confront China.", "03"),
    ("Residents voiced fears that the army could shell the town of Kidal again, a local "
     "official said.", "13"),
    ("Tehran rejected speculation that Israel may strike Iranian nuclear sites in the coming "
     "weeks.", "13"),
])
def test_guessed_content_is_no_intent(text: str, root: str) -> None:
    assert lacks_root(text, root)


def test_stated_threat_still_coded() -> None:
    assert has_event("Iran warned that it would strike Israel if attacked.", "13", "IRN", "ISR")


# -- 6. "with 16,000 troops taking part": an absolute clause, not the partner of "with" ------
@pytest.mark.parametrize("text, a, b", [
    ("India and France began joint naval drills in the Arabian Sea on Monday, with warships "
     "from both navies taking part.", "IND", "FRA"),
    ("Egypt and Saudi Arabia started joint air force exercises on Monday, with fighter jets "
     "flying over the Red Sea.", "EGY", "SAU"),
    ("Russia and China held joint naval exercises in the East China Sea on Monday, with ten "
     "warships taking part.", "RUS", "CHN"),
])
def test_with_clause_is_no_partner(text: str, a: str, b: str) -> None:
    assert coded(text) == [("062", a, b)]


# -- 7. "criticised X for what he called a reckless drive ... in Ukraine": the label is -------
# part of the criticism of X, not a second one aimed at a country named inside it
@pytest.mark.parametrize("text, target, other", [
    ("Poland's prime minister criticised Germany on Monday for what he called a reckless "
     "dependence on gas from Russia.", "DEU", "RUS"),
    ("Lithuania's president criticised Hungary on Monday for what he called a cynical attempt "
     "to shield Russia from sanctions.", "HUN", "RUS"),
    ("Kenya's foreign minister rebuked Britain on Monday for what he called a shameful policy "
     "of deporting migrants to Rwanda.", "GBR", "RWA"),
])
def test_what_he_called_in_for_phrase(text: str, target: str, other: str) -> None:
    events = coded(text)
    assert any(c == "111" and t == target for c, _, t in events)
    assert not any(c.startswith("11") and t.startswith(other) for c, _, t in events)


# -- 8. seizing a crossing, a bridge or a checkpoint takes ground (19x), it abducts nobody ---
# (181) and confiscates no property (171)
@pytest.mark.parametrize("text", [
    "RSF fighters seized a strategic bridge over the Nile north of Khartoum on Monday, "
    "witnesses said.",
    "Houthi fighters seized a checkpoint on the main road to Marib on Monday, a government "
    "official said.",
    "Israeli tanks pushed into eastern Rafah on Monday and seized the main border crossing "
    "with Egypt.",
])
def test_seized_ground_is_no_abduction(text: str) -> None:
    assert lacks_root(text, "18")
    assert not any(c.startswith("171") for c, _, _ in coded(text))


def test_seized_people_still_abducted() -> None:
    assert has_event("Gunmen seized two aid workers in Mali on Monday.", "181", "MLI", "")


# -- 9. "X said Y had done ... and urged Z to ...": the appeal is the speaker's ---------------
@pytest.mark.parametrize("text, source, target", [
    ("China said the Philippine vessels had violated its sovereignty and urged Manila to stop "
     "provoking.", "CHN", "PHL"),
    ("Iran said Israeli jets had struck its consulate in Damascus and demanded that the U.N. "
     "Security Council condemn the attack.", "IRN", "IGOUNO"),
    ("Pakistan said Indian troops had fired across the Line of Control and urged the United "
     "Nations to intervene.", "PAK", "IGOUNO"),
])
def test_appeal_after_report_is_the_speakers(text: str, source: str, target: str) -> None:
    events = coded(text)
    assert any(c[:2] in ("02", "10") and s == source and t.startswith(target)
               for c, s, t in events)
    assert not any(c[:2] in ("02", "10") and s[:3] != source for c, s, t in events)


# -- 10. "in retaliation for the killing of its commanders": a motive names no target -------
@pytest.mark.parametrize("text, own", [
    ("Hamas said it launched drones at Israeli troops near Gaza on Monday in retaliation for "
     "the deaths of its commanders.", "PSE"),
    ("The Houthis said they launched missiles at an Israeli base in Eilat on Monday in "
     "response to the killing of their soldiers.", "YEM"),
    ("Hezbollah said it launched drones at an Israeli army barracks on Monday in retaliation "
     "for the killing of one of its commanders.", "LBN"),
])
def test_motive_phrase_names_no_target(text: str, own: str) -> None:
    events = coded(text)
    assert any(c.startswith("19") and t.startswith("ISR") for c, _, t in events)
    assert not any(t.startswith(own) for _, _, t in events)
    assert len([c for c, _, _ in events if c.startswith("19")]) == 1


# -- 11. "Jewish settlers" in the West Bank are Israelis, not Palestinians -------------------
@pytest.mark.parametrize("text, code, source, target", [
    ("Jewish settlers set fire to Palestinian homes in Huwara on Monday, residents said.",
     "17", "ISR", "PSE"),
    ("Jewish settlers torched a Palestinian village near Ramallah on Monday, witnesses said.",
     "", "ISR", "PSE"),
    ("Palestinian police arrested two Jewish settlers near Hebron on Monday.", "173", "PSE",
     "ISR"),
])
def test_jewish_settlers_are_israeli(text: str, code: str, source: str, target: str) -> None:
    assert has_event(text, code, source, target)


# -- 13. announcing an aid package gives aid (07), not only when it is military --------------
@pytest.mark.parametrize("text, source, target", [
    ("Japan announced a $100 million aid package for Ukraine on Monday.", "JPN", "UKR"),
    ("Britain unveiled a new humanitarian aid package for Sudan on Monday, worth 50 million "
     "pounds.", "GBR", "SDN"),
    ("The European Union announced an aid package for Jordan on Monday to help it host Syrian "
     "refugees.", "IGOEUREEC", "JOR"),
])
def test_announced_aid_package(text: str, source: str, target: str) -> None:
    assert has_event(text, "07", source, target)
