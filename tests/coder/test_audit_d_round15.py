"""Round 15 precision audit (d): Africa and Latin America wire text (coups, insurgencies,
gangs, mediation, sanctions).

Each group is one general cause found by coding fresh wire sentences; every test failed
before its fix.
"""

from __future__ import annotations

import pytest

from .coding import coded


# -- 1. a city that names a text ("the Vienna Convention", "the Oslo Accords") is no actor --
@pytest.mark.parametrize("text, city_gov", [
    ("Mexico condemned the arrest on Tuesday, calling it a breach of the Vienna Convention.",
     "AUTGOV"),
    ("Israel rejected the Palestinian demands, calling them a violation of the Oslo Accords.",
     "NORGOV"),
    ("Washington welcomed the vote and urged all parties to respect the Paris Agreement.",
     "FRAGOV"),
    ("Iran criticised the inspectors, saying they had violated the Vienna Convention.",
     "AUTGOV"),
])
def test_city_naming_a_text_is_no_actor(text: str, city_gov: str) -> None:
    assert all(city_gov not in (s, t) for _, s, t in coded(text))
