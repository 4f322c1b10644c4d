"""Roots 08, 15, 16 (round 4 generalisations): own sentences, not from the gold set."""

from __future__ import annotations

import pytest

from .coding import coded, has_event, lacks_root

_has = has_event
_no_root = lacks_root


@pytest.mark.parametrize("text,code,source,target", [
    # 08 yield
    ("Egyptian authorities set free four detained Sudanese traders on Tuesday.",
     "0841", "EGYGOV", "SDN"),
    ("Ugandan police released on bail 20 members of the opposition party on Monday.",
     "0841", "UGACOP", "UGAOPP"),
    ("The United States on Monday lifted a series of sanctions on Belarus's potash industry.",
     "085", "USA", "BLR"),
    ("Armenia and Azerbaijan agreed to a truce on Tuesday after two days of fighting.",
     "0871", "ARM", "AZE"),
    # 15 force posture
    ("Ghana's interior minister ordered a deployment of police officers to Accra on Monday.",
     "153", "GHAGOV", "GHA"),
    ("Lebanon's army on Monday announced a deployment of troops along the border with Syria.",
     "154", "LBNMIL", "SYR"),
    ("Zambian riot police drove through Lusaka on Friday in a show of strength against the opposition.",
     "150", "ZMBCOP", "ZMBOPP"),
    ("Azerbaijan and Turkey held joint military exercises near the border with Armenia on Monday.",
     "150", "TUR", "ARM"),
    # 16 reduce relations
    ("Sudan's army walked out of the talks with the Rapid Support Forces on Monday.",
     "164", "SDNMIL", "SDNREB"),
    ("Lithuania curtailed exports of fertiliser to Belarus on Tuesday.",
     "163", "LTU", "BLR"),
])
def test_round4_codes(text, code, source, target):
    assert _has(text, code, source, target), coded(text)


@pytest.mark.parametrize("text,root", [
    ("Rights groups said the release of the report on prison conditions was delayed.", "08"),
    ("Pakistan's army said on Tuesday it had raised its alert after threats from India.", "151"),
    ("Thousands of supporters marched through Lusaka on Friday in a show of strength for the opposition.", "15"),
    ("Exports fell after a strike cut shipments of coffee to Europe, traders said.", "16"),
])
def test_round4_negatives(text, root):
    assert _no_root(text, root), coded(text)
