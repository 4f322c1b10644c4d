""""call" (session 7): calling a truce is declaring it, calling for one is an appeal, and
calling an election or a meeting is no telephone call. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .coding import has_event, lacks_root


@pytest.mark.parametrize("text", [
    "The rebels called a ceasefire with the government on Monday.",
    "Tribal militias called a truce with the army on Friday after a week of clashes.",
    "The Kachin rebels called a three-day ceasefire with the military on Sunday.",
])
def test_calling_a_truce_declares_it(text: str) -> None:
    assert has_event(text, "0871", "", "")
    assert lacks_root(text, "04")


@pytest.mark.parametrize("text", [
    "The Security Council failed to agree on a resolution calling for a ceasefire in Gaza.",
    "Egypt and Qatar drafted a proposal calling for a truce in Sudan.",
    "Ministers debated a motion calling for an armistice in Yemen on Monday.",
])
def test_a_text_calling_for_a_truce_declares_none(text: str) -> None:
    assert lacks_root(text, "08")


@pytest.mark.parametrize("text", [
    "Biden called a meeting with Chinese leader Xi Jinping.",
    "The prime minister called an election with the opposition's backing on Tuesday.",
    "Unions called a strike with teachers on Monday.",
])
def test_calling_a_meeting_or_a_vote_is_no_phone_call(text: str) -> None:
    assert lacks_root(text, "041")


def test_a_call_to_a_leader_is_still_a_phone_call() -> None:
    assert has_event("Putin called Erdogan on Monday.", "041", "RUS", "TUR")
