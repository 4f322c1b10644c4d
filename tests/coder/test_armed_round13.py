"""Round 13: countries of unnamed armed and civilian actors. A person named without a title is a
civilian of the place the sentence (or the article) names, and a first name is never a town;
the noun a participle follows ("students protesting against quotas clashed ...") does the act;
fighters, gunmen, mobs take the country of the place named, but a force abroad keeps its own.

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

import pytest

from .coding import coded, has_event

# -- a private person named with no title: a civilian of the place ---------------------------


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Gunmen kidnapped Maria Lopez in the Mexican city of Culiacan on Tuesday.",
     "181", "MEXREB", "MEXCVL"),
    ("Militants abducted Ahmed Musa in Maiduguri on Monday.", "181", "NGAREB", "NGACVL"),
    ("Carlos Alberto Ruiz was seized by armed men outside a bakery in his hometown of "
     "Barrancas on Friday.", "181", "COLREB", "COLCVL"),
    ("MAIDUGURI, Nigeria (Wire) - Fatima Bello was abducted by gunmen on Friday.",
     "181", "NGAREB", "NGACVL"),
])
def test_private_person_is_a_civilian_of_the_place(text: str, code: str, source: str,
                                                   target: str) -> None:
    assert has_event(text, code, source, target)


def test_a_first_name_is_no_town() -> None:
    # "Luis" is also an alternative name of an English town: never the victim's country
    events = coded("Luis Alberto Pena was kidnapped by gunmen on Tuesday.")
    assert not any(t.startswith("GBR") or s.startswith("GBR") for _, s, t in events)


# -- a participle after its noun: the noun acts -----------------------------------------


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Students protesting against quotas clashed with police in Dhaka on Monday.",
     "145", "BGDCVL", "BGDCOP"),
    ("Teachers demanding higher pay marched through Nairobi on Monday.",
     "14", "KENEDU", "KEN"),
    ("Villagers opposing the mine clashed with police in the Peruvian town of Cajamarca.",
     "190", "PERCVL", "PERCOP"),
])
def test_participle_after_subject_noun(text: str, code: str, source: str, target: str) -> None:
    assert has_event(text, code, source, target)


# -- unnamed fighters, gunmen, mobs: the country of the place named ----------------------


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Gunmen killed 15 villagers outside Maiduguri on Tuesday.", "202", "NGAREB", "NGACVL"),
    ("Militants ambushed a police convoy in Balochistan province on Monday.",
     "190", "PAKREB", "PAKCOP"),
    ("Fighters overran an army base near Gao on Sunday.", "19", "MLIREB", "MLIMIL"),
    ("A mob beat a man to death in Peshawar on Friday.", "18", "PAKCVL", "PAKCVL"),
    ("Armed men kidnapped a priest in Kaduna on Sunday.", "181", "NGAREB", "NGA"),
])
def test_unnamed_armed_actor_takes_the_place(text: str, code: str, source: str,
                                             target: str) -> None:
    assert has_event(text, code, source, target)


def test_fighters_abroad_keep_their_country() -> None:
    assert has_event("Russian fighters in Syria shelled a village near Idlib.", "19", "RUS", "SYR")


# -- a town or region named in an earlier sentence sets the story ------------------------


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Fighting has raged around Beni for weeks. Militants killed 22 villagers overnight, the "
     "army said.", "202", "CODREB", "CODCVL"),
    ("Clashes erupted in Zamfara state last week. On Tuesday gunmen killed 40 villagers, a "
     "local official said.", "202", "NGAREB", "NGACVL"),
    ("Protests spread across Khulna on Monday. Students clashed with police on Tuesday.",
     "145", "BGDCVL", "BGDCOP"),
])
def test_place_of_an_earlier_sentence(text: str, code: str, source: str, target: str) -> None:
    assert has_event(text, code, source, target)


def test_a_country_named_outweighs_an_earlier_town() -> None:
    # the article names a country: the town of an earlier sentence does not replace it
    text = ("Fighting raged near Goma on Monday. Rwanda's army shelled positions on Tuesday, "
            "Congolese officials said. Rebels killed 12 villagers on Wednesday.")
    assert not any(s.startswith("RWA") and t.endswith("CVL") for _, s, t in coded(text))
