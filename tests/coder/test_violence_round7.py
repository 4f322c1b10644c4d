"""Roots 18, 19 and 20, round 7: rules of patterns/18_violence7.jsonl, 19_violence7.jsonl and
20_violence7.jsonl, and the engine's keeping of two weapon codes for one attack.

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

from .coding import coded, has_event


def test_artillery_and_air_attack_gets_both_codes() -> None:
    text = ("Nigerian troops pounded Boko Haram positions with artillery and air strikes "
            "on Tuesday.")
    assert has_event(text, "194", "NGAMIL", "NGAREB")
    assert has_event(text, "195", "NGAMIL", "NGAREB")


def test_artillery_and_drones_shelled() -> None:
    text = ("Ukrainian forces shelled Russian positions with artillery and drones near "
            "Bakhmut on Tuesday.")
    codes = {c for c, s, _ in coded(text) if s.startswith("UKR")}
    assert {"194", "195"} <= codes


def test_air_strike_alone_stays_one_code() -> None:
    text = ("Israeli warplanes struck air defence batteries and missile factories in Iran "
            "on Tuesday.")
    codes = [c for c, _, _ in coded(text) if c.startswith("19")]
    assert codes == ["195"]


def test_artillery_alone_stays_one_code() -> None:
    text = "Russian forces shelled Ukrainian positions with artillery near Bakhmut on Tuesday."
    codes = [c for c, _, _ in coded(text) if c.startswith("19")]
    assert codes == ["194"]


def test_chemical_shells_are_chemical_attack() -> None:
    text = ("Islamic State militants fired mustard gas shells at Iraqi soldiers on "
            "Tuesday.")
    assert has_event(text, "2041", "IRQREB", "IRQMIL")
    assert not has_event(text, "194", "", "")


def test_survived_assassination_attempt_unnamed_assailant() -> None:
    text = ("Former Pakistani Prime Minister Imran Khan survived an assassination attempt "
            "on Thursday.")
    assert has_event(text, "185", "PAKCVL", "PAK")


def test_did_not_survive_is_not_an_attempt() -> None:
    text = "Pakistani officials discussed security on Thursday."
    assert not has_event(text, "185", "", "")
