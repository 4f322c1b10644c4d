"""Round 15 precision audit (d): Africa and Latin America wire text (coups, insurgencies,
gangs, mediation, sanctions).

Each group is one general cause found by coding fresh wire sentences; every test failed
before its fix.
"""

from __future__ import annotations

import pytest

from .coding import coded, has_event, lacks_root


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


# -- 2. killing armed men in numbers is fighting (190), not an assassination (186) ----------
@pytest.mark.parametrize("text, source, target", [
    ("Nigerian troops killed 35 Boko Haram fighters near Maiduguri on Monday, the army said.",
     "NGAMIL", "NGAREB"),
    ("Colombian soldiers killed six ELN guerrillas in Arauca on Tuesday.", "COLMIL", "COLREB"),
    ("Mexican marines killed 12 cartel gunmen in Tamaulipas on Sunday, the navy said.",
     "MEX", "MEX"),
    ("Kenyan police killed dozens of al Shabaab militants near the Somali border on Friday.",
     "KENCOP", "SOMREB"),
    ("Ecuadorean police killed five gang members in Guayaquil on Tuesday.", "ECUCOP", "ECUCRM"),
])
def test_killing_fighters_is_fighting(text: str, source: str, target: str) -> None:
    assert has_event(text, "190", source, target)
    assert lacks_root(text, "18")


def test_killing_members_of_a_family_stays_a_killing() -> None:
    assert lacks_root("Gunmen killed three members of a family in Zacatecas on Sunday.", "19")


# -- 3. a peace, port or trade deal signed is an agreement (057), not a loan (071) ---------
@pytest.mark.parametrize("text", [
    "Israel and the United Arab Emirates signed a normalisation deal in Washington on Tuesday.",
    "Rwanda and Congo signed a peace deal in Washington on Friday.",
    "Ethiopia and Eritrea signed a peace deal in Riyadh on Sunday.",
])
def test_non_financial_deal_is_no_loan(text: str) -> None:
    assert lacks_root(text, "07")


# -- 4. "the Congolese government and M23 rebels": the parser hangs the first party on the
#       second as a modifier; both are parties, and the host city is no party ----------------
@pytest.mark.parametrize("text, first, second", [
    ("The Congolese government and M23 rebels signed a peace deal in Doha on Tuesday.",
     "CODGOV", "CODREB"),
    ("Colombia's government and FARC rebels signed a peace deal in Havana on Monday.",
     "COLGOV", "COLREB"),
    ("The Philippine government and MILF rebels signed a peace accord in Manila on Thursday.",
     "PHLGOV", "PHLREB"),
])
def test_misparsed_coordinated_parties_both_sign(text: str, first: str, second: str) -> None:
    events = [(s, t) for c, s, t in coded(text) if c.startswith("057")]
    assert events and all({s, t} == {first, second} for s, t in events), coded(text)


# -- 5. "agreed to extend the ceasefire" extends a truce, not aid (033) ----------------------
@pytest.mark.parametrize("text", [
    "Colombia's government and ELN rebels agreed on Monday to extend their ceasefire for six "
    "months, negotiators said in Caracas.",
    "Israel and Hamas agreed on Tuesday to extend the truce by two days, Qatari mediators said "
    "in Doha.",
    "The Security Council agreed to extend the mandate of the UN mission in South Sudan.",
])
def test_extending_a_truce_or_mandate_is_no_aid_pledge(text: str) -> None:
    assert not any(c == "033" for c, _, _ in coded(text)), coded(text)


# -- 6. a town whose name ends in a capital's ("Mocimboa da Praia") is not that capital ------
@pytest.mark.parametrize("text", [
    "Rwandan troops killed several insurgents during an operation near Mocimboa da Praia on "
    "Sunday.",
    "Insurgents attacked Mocimboa da Praia on Tuesday, the Mozambican army said.",
    "Gunmen shot dead two police officers in Ribeira da Praia on Monday.",
])
def test_capital_inside_a_longer_town_name_is_no_actor(text: str) -> None:
    assert not any("CPV" in (s[:3], t[:3]) for _, s, t in coded(text)), coded(text)


# -- 7. an attack is an attempt on a leader (185) when the leader is its object, not when a
#       leader's word appears somewhere in the clause ("in Port-au-Prince") ------------------
@pytest.mark.parametrize("text", [
    "Gangs attacked the main prison in Port-au-Prince on Saturday, freeing thousands of "
    "inmates, officials said.",
    "Gunmen attacked a police station in Port-au-Prince on Monday.",
    "Gang members attacked a hospital in Port-au-Prince on Thursday.",
])
def test_attack_in_port_au_prince_is_no_attempt_on_a_leader(text: str) -> None:
    assert not any(c == "185" for c, _, _ in coded(text)), coded(text)


@pytest.mark.parametrize("text", [
    "A man attacked the Danish prime minister in central Copenhagen on Friday evening.",
    "Gunmen shot Senator Miguel Uribe in Bogota on Saturday.",
    "Gunmen shot the mayor of Acapulco on Monday.",
])
def test_attack_on_a_leader_is_still_an_attempt(text: str) -> None:
    assert any(c == "185" for c, _, _ in coded(text)), coded(text)


# -- 8. "during fighting with X" is the background of another act: whoever acts in the main
#       clause (a court, fleeing civilians) is not a side of that fighting -------------------
@pytest.mark.parametrize("text", [
    "Congo's military court sentenced eight soldiers to death on Wednesday for fleeing the "
    "front line during fighting with M23 rebels.",
    "Thousands of civilians fled their homes during fighting with al Shabaab, the United "
    "Nations said.",
    "A Malian court jailed three officers on Monday for deserting during fighting with "
    "jihadists.",
])
def test_fighting_named_as_background_is_not_coded(text: str) -> None:
    assert lacks_root(text, "19"), coded(text)
