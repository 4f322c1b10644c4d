"""Accusations named by "on ... charges" (session 7): the charge is not the act.

The small parser reads "on kidnapping charges" as a gerund with "charges" as its object; the
noun still names what someone is accused of. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from .coding import has_event, lacks_root


@pytest.mark.parametrize(("text", "arrest"), [
    ("Police in Kenya arrested two Somali men on Monday on kidnapping charges.",
     ("173", "KENCOP", "SOM")),
    ("Mexican soldiers detained a local mayor on Thursday on kidnapping charges.",
     ("173", "MEXMIL", "MEX")),
    ("Peruvian police arrested three former guerrillas on Sunday on kidnapping charges.",
     ("173", "PERCOP", "PER")),
])
def test_kidnapping_charges_are_no_kidnapping(text: str, arrest: tuple[str, str, str]) -> None:
    assert has_event(text, *arrest)
    assert lacks_root(text, "18")


def test_the_gerund_with_its_own_object_is_still_the_act() -> None:
    text = "Gunmen were kidnapping villagers in Zamfara state on Tuesday, police said."
    assert has_event(text, "181", "NGA", "NGACVL")
