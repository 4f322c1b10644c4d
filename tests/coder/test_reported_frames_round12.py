"""A wire story's own attribution ("..., state media reported") is not a document that does the
criticising: the criticism and the accusation it reports are coded (round 12)."""

from __future__ import annotations

import pytest

from tests.coder.coding import has_event


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("India on Monday condemned Pakistan for the attack, a news agency reported.", "111",
         "IND", "PAK"),
        ("Iran accused Israel of the sabotage, state media reported on Tuesday.", "112", "IRN",
         "ISR"),
        ("The Kenyan government criticised Uganda over the border closure, the Daily Nation "
         "reported.", "111", "KEN", "UGA"),
        ("Hungary's foreign minister denounced the European Union's decision, Hungarian media "
         "noted on Friday.", "111", "HUN", "IGO"),
    ],
)
def test_criticism_told_with_a_reporting_verb_is_coded(text, code, source, target):
    assert has_event(text, code, source, target)


def test_a_document_that_criticises_is_still_read_as_its_authors():
    # the noun "report" still heads the criticising clause: the report's authors criticise
    text = ("A report by Amnesty International criticising Egypt's treatment of prisoners was "
            "published on Monday.")
    assert has_event(text, "111", "NGOHRIAMN", "EGY")
