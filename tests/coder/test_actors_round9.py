"""Actors, round 9: sources and targets the coder left empty or got wrong; class nouns that
refer back to a body named before ("the bloc", "the agency", "the company", "the group"),
"it" for a government named by its leader, and mediators coded with every party.

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

from .coding import coded, has_event

# -- "the bloc", "the agency", "the company", "the group": the last body of that class ------

def test_the_bloc_is_the_union_named_before() -> None:
    text = ("Belarus on Monday expelled two European Union diplomats, charging the bloc with "
            "stirring up unrest.")
    assert has_event(text, "1", "BLR", "IGOEUREEC")


def test_the_alliance_in_next_sentence() -> None:
    text = ("NATO held exercises near the Russian border on Monday. Moscow accused the alliance "
            "of provoking a confrontation.")
    assert has_event(text, "112", "RUS", "IGOWSTNAT")


def test_the_agency_is_the_un_agency() -> None:
    text = ("Somalia's government halted work with the World Health Organization on Monday, "
            "accusing the agency of hiding data about the outbreak.")
    assert has_event(text, "112", "SOMGOV", "IGOUNO")


def test_the_group_is_the_ngo_not_its_members() -> None:
    text = ("Amnesty International activists chained themselves to the gates of the ministry "
            "in Madrid on Tuesday. The group accused the government of ignoring refugees.")
    assert has_event(text, "112", "NGOHRIAMN", "ESPGOV")
    assert not has_event(text, "112", "NGOHRIAMNCVL", "ESP")


def test_the_company_is_a_firm_named_before() -> None:
    text = ("Kenyan regulators fined Safaricom on Monday. The ministry accused the company of "
            "overcharging customers.")
    assert any(c == "112" and t.endswith("BUS") for c, _, t in coded(text))


def test_a_class_noun_with_its_own_name_is_a_new_referent() -> None:
    text = ("The EU met on Monday. Poland criticised the group of seven on Tuesday.")
    assert not has_event(text, "11", "POL", "IGOEUR")


def test_no_antecedent_gives_no_actor() -> None:
    text = "Nigeria's government on Monday accused the company of polluting the delta."
    assert not any(t.startswith("IGO") for _, _, t in coded(text))


# -- "it" for a government named after its leader -------------------------------------------

def test_it_is_the_leaders_government() -> None:
    text = ("Kenya's opposition threatened on Monday to quit talks with President William "
            "Ruto's government, accusing it of arresting its supporters.")
    assert has_event(text, "112", "KENOPP", "KENGOV")


def test_it_after_the_leaders_administration() -> None:
    text = ("Mexican cartels on Monday warned President Andres Manuel Lopez Obrador's "
            "administration, accusing it of protecting a rival gang.")
    assert has_event(text, "112", "MEX", "MEXGOV")


def test_it_is_not_a_person() -> None:
    text = ("Ethiopian rebels on Monday rejected a call by President Abiy Ahmed for talks, "
            "accusing it of insincerity.")
    assert not any(c == "112" and t == "ETHGOV" and s == "ETHGOV" for c, s, t in coded(text))


# -- a mediator with every party of the talks it brokers -------------------------------------

def test_mediated_talks_between_government_and_rebels() -> None:
    text = ("Talks between Sudan's army and the Rapid Support Forces, mediated by Saudi Arabia, "
            "resumed in Jeddah on Tuesday.")
    assert has_event(text, "045", "SAU", "SDNMIL")
    assert has_event(text, "045", "SAU", "SDNREB")


def test_brokered_negotiations_between_two_states() -> None:
    text = ("Negotiations between Armenia and Azerbaijan, brokered by the European Union, "
            "opened in Brussels on Tuesday.")
    assert has_event(text, "045", "IGOEUR", "ARM")
    assert has_event(text, "045", "IGOEUR", "AZE")


def test_met_for_talks_facilitated_by_third_country() -> None:
    text = ("Colombian government negotiators and ELN rebels met in Havana on Tuesday for "
            "talks facilitated by Cuba.")
    assert has_event(text, "045", "CUB", "COLGOV")
    assert has_event(text, "045", "CUB", "COLREB")


def test_mediator_is_not_a_party_to_itself() -> None:
    text = "Qatar held talks with Hamas on Tuesday, mediated by Egypt."
    assert not any(c == "045" and s == t for c, s, t in coded(text))
