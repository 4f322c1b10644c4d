"""Round 14 precision audit (b): conflict and security wire text.

Each group is one general cause found by coding fresh wire sentences; every test failed
before its fix.
"""

from __future__ import annotations

import pytest

from eventwire import code_text

from .coding import PUB


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
