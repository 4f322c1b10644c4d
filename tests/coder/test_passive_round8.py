"""Agentless coercion and actor choice in roots 17-19, round 8: an arrest or expulsion told
without its agent is the act of the state where it happens; a country's rebels are another
side than its state when one trigger gives several codes.

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

from .coding import coded


def test_agentless_arrest_in_a_capital_is_the_state_of_that_capital() -> None:
    events = coded("Four journalists were arrested in Nairobi on Tuesday, their union said.")
    assert any(c == "173" and s == "KENGOV" and t.startswith("KEN") for c, s, t in events)


def test_agentless_arrest_at_a_foreign_city_airport() -> None:
    """"arrested at Kampala airport": Uganda's state, whoever asks for the prisoner."""
    events = coded("Kenya asked Uganda on Monday to hand over a businessman who was arrested "
                   "at Entebbe airport last week.")
    assert any(c == "173" and s.startswith("UGA") for c, s, t in events)
    assert not any(c == "173" and s.startswith("KEN") for c, s, t in events)


def test_named_agent_is_kept() -> None:
    events = coded("Two activists were detained by Egyptian police in Cairo on Tuesday.")
    assert any(c == "173" and s == "EGYCOP" for c, s, t in events)
    assert not any(c == "173" and s == "EGYGOV" for c, s, t in events)


def test_pluperfect_background_arrest_is_not_coded() -> None:
    """"who had been arrested at a rally": told as background, not as news."""
    events = coded("Police in Zambia on Friday freed 12 students who had been arrested at a "
                   "rally in Lusaka.")
    assert not any(c == "173" and s == "ZMBGOV" for c, s, t in events)


def test_allied_operation_against_rebels_keeps_the_fight() -> None:
    """"French and Malian troops launched a joint operation against jihadists": the allies'
    cooperation does not displace the fight against the rebels."""
    events = coded("French and Malian troops launched a joint operation against jihadists in "
                   "central Mali on Sunday.")
    assert ("190", "FRAMIL", "MLIREB") in events
    assert ("190", "MLIMIL", "MLIREB") in events


def test_agentless_arrest_of_no_named_person_is_not_coded() -> None:
    """Neither side named ("a tourist who was detained"): nothing to guess both from."""
    events = coded("Chad refused on Monday to free a tourist who was detained near the "
                   "Libyan border in March.")
    assert not any(c == "173" for c, s, t in events)
