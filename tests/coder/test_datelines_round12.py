"""A news agency's dateline ("(Reuters) -", "Nov 24 (Reuters) -") is no actor of the story: it
neither becomes a subject nor lends its country to the unnamed actors (round 12, found by
wrapping correctly coded dev sentences in agency datelines)."""

from __future__ import annotations

import pytest

from tests.coder.coding import has_event

SENTENCES = [
    ("Mali's military junta on Friday demanded that France pull its troops out of the "
     "country.", "10", "MLI", "FRA"),
    ("Authorities deployed riot police across Nairobi on Wednesday ahead of opposition "
     "protests.", "15", "KEN", "KEN"),
    ("French unions demanded on Tuesday that the government abandon its pension plan.", "10",
     "FRA", "FRA"),
    ("Students marched through central Santiago on Thursday to demand free education.", "14",
     "CHL", "CHL"),
]


@pytest.mark.parametrize("heading", ["", "(Reuters) - ", "(AP) \u2014 ", "(AFP) - "])
@pytest.mark.parametrize(("text", "root", "source", "target"), SENTENCES)
def test_an_agency_heading_changes_nothing(heading, text, root, source, target):
    assert has_event(heading + text, root, source, target)


@pytest.mark.parametrize(("text", "root", "source", "target"), SENTENCES)
def test_a_dateline_abroad_lends_no_country_to_the_story(text, root, source, target):
    # a story filed in Washington about France: "the government" is France's
    assert has_event("WASHINGTON (AP) \u2014 " + text, root, source, target)


@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        ("NAIROBI, March 4 (Reuters) - Police arrested 20 protesters on Monday.", "173",
         "KENCOP", "KENCVL"),
        ("BOGOT\u00c1 (Reuters) - Troops clashed with rebels near the border on Monday.", "190",
         "COLMIL", "COLREB"),
        ("DHAKA (AP) \u2014 Police fired tear gas at striking garment workers on Monday.", "175",
         "BGDCOP", "BGDLAB"),
    ],
)
def test_a_dateline_still_places_actors_the_text_leaves_without_a_country(text, root, source,
                                                                          target):
    assert has_event(text, root, source, target)


@pytest.mark.parametrize(
    "ending",
    [", officials told Reuters.", ", a diplomat told the Associated Press.",
     ", according to the BBC.", ", the BBC reported.", ", he said in an interview with CNN."],
)
def test_an_outlet_that_hears_the_story_is_no_side_of_it(ending):
    text = "France lobbied European Union members on Thursday to back talks with Moldova" + ending
    assert has_event(text, "053", "FRA", "MDA")
    assert not has_event(text, "", "", "GBRMED") and not has_event(text, "", "", "USAMED")


def test_a_journalist_of_an_outlet_can_still_be_acted_upon():
    assert has_event("Police arrested a Reuters journalist in Yangon on Monday.", "173", "MMR",
                     "GBRMED")
    assert has_event("Eritrea told the Reuters correspondent to quit the country within 48 "
                     "hours.", "174", "ERI", "GBR")
