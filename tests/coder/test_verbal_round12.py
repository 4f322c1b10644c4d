"""Round 12: verbal events (roots 01, 10, 12, 13) seen failing on fresh text.

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

import pytest

from .coding import coded, has_event, lacks_root

# -- a demand restated as a noun ("renewed / reiterated its demand(s)") is a demand ----------


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Serbia reiterated its demands for the withdrawal of Kosovo police from the north.",
     "10", "SRB", "XKX"),
    ("Hungary restated its demand on Ukraine for minority language rights.", "10", "HUN", "UKR"),
    ("Pakistan voiced its demands to Afghanistan for action against militants.",
     "10", "PAK", "AFG"),
])
def test_restated_demand_noun_is_a_demand(text: str, code: str, source: str,
                                          target: str) -> None:
    assert has_event(text, code, source, target), coded(text)


# -- demanding an inquiry is a demand for an investigation (101) ------------------------------


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Amnesty International demanded an independent investigation into the killings by "
     "Mozambican police.", "NGO", "MOZ"),
    ("The European Union demanded a full inquiry into the shooting of protesters by Georgian "
     "police.", "IGO", "GEO"),
    ("Human Rights Watch sought a probe into the deaths of migrants held by Libyan authorities.",
     "NGO", "LBY"),
    ("Kenya insisted on an inquiry into the beating of its traders by Ugandan police.",
     "KEN", "UGA"),
])
def test_demanding_an_inquiry_is_101(text: str, source: str, target: str) -> None:
    assert has_event(text, "101", source, target), coded(text)


def test_demanding_an_explanation_keeps_its_target() -> None:
    text = "Poland demanded an explanation from Russia after a missile crossed its airspace."
    assert has_event(text, "101", "POL", "RUS"), coded(text)


# -- participial demands ("protests demanding that ...", "a resolution demanding that ...") ----


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Sri Lankan students staged weeks of protests demanding that President Gotabaya Rajapaksa "
     "step down.", "1041", "LKA", "LKA"),
    ("The U.N. Security Council passed a resolution demanding that Sudan's paramilitary RSF "
     "halt its siege of El Fasher.", "10", "IGO", "SDN"),
    ("Kenyan students held protests demanding that President William Ruto withdraw the finance "
     "bill.", "10", "KEN", "KEN"),
    ("The African Union issued a statement on Friday, demanding that Sudan's army release the "
     "detained ministers.", "10", "IGO", "SDN"),
])
def test_participial_demand_is_coded(text: str, code: str, source: str, target: str) -> None:
    assert has_event(text, code, source, target), coded(text)


def test_crowd_slogans_demanding_are_no_demand() -> None:
    text = ("Masked protesters smashed their way into the legislature and daubed slogans "
            "demanding democracy from China.")
    assert lacks_root(text, "10"), coded(text)


# -- a refused truce extension is a refusal to de-escalate (1246) -----------------------------


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Russia would not extend the Easter truce with Ukraine.", "RUS", "UKR"),
    ("Hamas said it would not renew the ceasefire with Israel.", "PSE", "ISR"),
    ("Azerbaijan will not prolong the truce with Armenia, its defence ministry said.",
     "AZE", "ARM"),
])
def test_refused_truce_extension_is_1246(text: str, source: str, target: str) -> None:
    assert has_event(text, "124", source, target), coded(text)


def test_extending_a_truce_is_no_refusal() -> None:
    assert lacks_root("Russia extended the Easter truce with Ukraine.", "12")


# -- a promised reprisal is a threat (13) ------------------------------------------------------


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Russia said it would respond in kind to Poland's decision.", "RUS", "POL"),
    ("Moscow said it would retaliate against the expulsion of its diplomats by Warsaw.",
     "RUS", "POL"),
    ("China said it would reciprocate if Washington imposed new tariffs.", "CHN", "USA"),
    ("Farmers said they would block the highways unless Warsaw banned Ukrainian grain imports.",
     "POL", "POL"),
    ("Turkey said it would halt the talks unless Sweden extradited the suspects.", "TUR", "SWE"),
])
def test_promised_reprisal_is_a_threat(text: str, source: str, target: str) -> None:
    assert has_event(text, "13", source, target), coded(text)


@pytest.mark.parametrize("text", [
    "Russia did not retaliate against Poland's decision.",
    "The EU will release the funds unless Hungary fails to meet the conditions.",
])
def test_no_threat_without_a_promised_reprisal(text: str) -> None:
    assert lacks_root(text, "13")


# -- a denial in a relative clause: the denier rejects the accuser's charge (016) -------------


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The rebels said Colombian troops had killed a civilian, a charge the defence ministry "
     "denied.", "COL", "COL"),
    ("Kenya said Ugandan police had beaten its traders, an accusation Uganda's government "
     "rejected.", "UGA", "KEN"),
    ("Ukraine said Russian forces had shelled the plant, a claim Moscow disputed.", "RUS", "UKR"),
])
def test_relative_clause_denial_is_016(text: str, source: str, target: str) -> None:
    assert has_event(text, "016", source, target), coded(text)


# -- rejected proposals and ultimatums take their issuer; ultimatums issued are 139 -----------


@pytest.mark.parametrize(("text", "code", "source", "targets"), [
    ("Venezuela's president rejected an ultimatum issued by Spain, France and Germany, telling "
     "a Turkish broadcaster that nobody could give him orders.", "12", "VEN",
     ["ESP", "FRA", "DEU"]),
    ("Hamas rejected a proposal put forward by Egypt and Qatar, saying it did not guarantee an "
     "end to the war.", "12", "PSE", ["EGY", "QAT"]),
    ("Serbia rebuffed a plan drafted by France and Germany to normalise ties with Kosovo.",
     "12", "SRB", ["FRA", "DEU"]),
])
def test_rejection_targets_the_issuer(text: str, code: str, source: str,
                                      targets: list[str]) -> None:
    for target in targets:
        assert has_event(text, code, source, target), coded(text)
    assert not has_event(text, code, source, "TUR"), coded(text)


@pytest.mark.parametrize(("text", "sources", "target"), [
    ("Venezuela's president rejected an ultimatum issued by Spain, France and Germany.",
     ["ESP", "FRA", "DEU"], "VEN"),
    ("Maduro rejected Spain's ultimatum to call elections.", ["ESP"], "VEN"),
    ("Niger's junta dismissed an ultimatum delivered by ECOWAS to restore the ousted president.",
     ["IGO"], "NER"),
])
def test_ultimatum_issued_by_is_139(text: str, sources: list[str], target: str) -> None:
    for source in sources:
        assert has_event(text, "139", source, target), coded(text)


def test_ultimatum_refused_in_quotes_is_no_ultimatum() -> None:
    assert lacks_root("Nobody can give us an ultimatum, Maduro said.", "13")
