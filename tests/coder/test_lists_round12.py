"""Round 12: lists of actors (one event per listed country).

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

import pytest

from eventwire import code_text

from .coding import PUB, coded

# -- "the Ns of A and B": the parser hangs B on the office noun; B holds the office too --------


@pytest.mark.parametrize(("text", "first", "second"), [
    ("The foreign ministers of Jordan and Egypt demanded an immediate ceasefire in Gaza on "
     "Saturday.", "JORGOV", "EGYGOV"),
    ("The interior ministers of Italy and Greece criticised the European Commission on Friday "
     "over its migration plan.", "ITAGOV", "GRCGOV"),
    ("The foreign ministers of Norway and Sweden urged Russia on Monday to free the detained "
     "journalists.", "NORGOV", "SWEGOV"),
])
def test_office_of_listed_countries(text: str, first: str, second: str) -> None:
    sources = {s for _, s, _ in coded(text)}
    assert first in sources
    assert second in sources
    assert not any(len(s) == 3 for s in sources)  # no bare country for the second one


def test_singular_office_keeps_bare_second_country() -> None:
    # "the president of France and Germany": no plural office, no distribution
    sources = {s for _, s, _ in coded("The minister of Chile and Peru met on Friday.")}
    assert "PERGOV" not in sources


# -- a counterpart named in a list: the whole list ---------------------------------------------


@pytest.mark.parametrize(("text", "source", "targets"), [
    ("Venezuelan President Nicolas Maduro on Sunday rejected an ultimatum issued by Spain, "
     "France and Germany a day earlier.", "VEN", {"ESP", "FRA", "DEU"}),
    ("Iran on Monday dismissed the demands put forward by Britain, France and Germany over its "
     "nuclear programme.", "IRN", {"GBR", "FRA", "DEU"}),
    ("Serbia rejected the plan drawn up by the European Union and the United States on "
     "Tuesday.", "SRB", {"IGOEUREEC", "USA"}),
])
def test_counterpart_list_gives_one_event_each(text: str, source: str, targets: set[str]
                                               ) -> None:
    found = {t for c, s, t in coded(text) if c.startswith("12") and s.startswith(source)}
    assert targets <= found


# -- a coordinated past verb shares the first verb's day --------------------------------------


@pytest.mark.parametrize(("text", "code", "day"), [
    ("Riot police broke up a crowd outside parliament with tear gas on Tuesday and rounded up "
     "dozens of protesters, the interior ministry said.", "173", "2023-05-09"),
    ("Soldiers stormed the village on Monday and detained 20 men.", "173", "2023-05-08"),
    ("Israeli troops raided the camp in Jenin on Sunday, killing three gunmen, and arrested a "
     "dozen suspects.", "173", "2023-05-07"),
])
def test_coordinated_verb_shares_the_day(text: str, code: str, day: str) -> None:
    events = [e for e in code_text(text, published=PUB) if e.code.startswith(code)]
    assert events
    assert all(e.date == day for e in events)


def test_coordinated_verb_with_its_own_day_keeps_it() -> None:
    events = [e for e in code_text("Police arrested the activist on Monday and released him "
                                   "on Wednesday.", published=PUB) if e.code.startswith("173")]
    assert events
    assert all(e.date == "2023-05-08" for e in events)
