"""Root 08 (yield), round 8: wire phrasings of yielding that earlier rules missed — troops
pulled out of a country, captives released by their captors after a misparsed reduced
relative, passive grants of access, artefacts handed back, exit permits scrapped, ships let
into a blockaded port.

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

from .coding import coded, has_event, lacks_root


def test_pulled_troops_out_of_country() -> None:
    """"pulled its troops out of Mali": 'out' parsed as a preposition holding 'of'."""
    assert has_event("France pulled its soldiers out of Mali on Monday.", "0874", "FRA", "MLI")


def test_forces_pulled_out_of_country() -> None:
    assert has_event("Russian forces pulled out of Syria on Friday.", "0874", "RUSMIL", "SYR")


def test_pulled_ads_out_is_not_a_withdrawal() -> None:
    """Only troops, forces and the like make a military withdrawal."""
    assert lacks_root("Danish firms pulled their adverts out of Russia on Monday.", "08")


def test_released_by_captors_after_reduced_relative() -> None:
    """"workers abducted in May were released by gunmen": the parser makes 'abducted' the main
    verb; the captors release the captives."""
    assert has_event("Three Italian engineers abducted in June were released by gunmen in "
                     "Nigeria on Sunday.", "0841", "NGA", "ITA")


def test_inspectors_granted_access_passive() -> None:
    """"inspectors were granted access to a site in Iran": Iran, where the site is, grants it."""
    assert has_event("IAEA inspectors were granted access to a nuclear plant in Iran on "
                     "Tuesday.", "0862", "IRN", "IGOUNOIAE")


def test_inspectors_given_access_passive_with_from() -> None:
    assert has_event("Inspectors from the IAEA were given access to a plant in Iran on Monday.",
                     "0862", "IRN", "IGOUNOIAE")


def test_granted_access_by_agent_left_to_older_rules() -> None:
    """With a 'by' agent the passive rule stays silent (the agent gives the source)."""
    events = coded("Journalists were granted access to the prison by the ministry on Monday.")
    assert not any(c == "0862" for c, _, _ in events)


def test_handed_back_number_of_statues() -> None:
    """"handed back 25 looted statues to Cambodia": the number is parsed as the object."""
    assert has_event("Australia handed back 25 looted Khmer statues to Cambodia on Friday.",
                     "0842", "AUS", "KHM")


def test_scrapped_exit_permits_for_workers() -> None:
    assert has_event("Kuwait scrapped exit permits for foreign workers on Sunday.",
                     "0833", "KWT", "KWT")


def test_abolished_exit_permit_system() -> None:
    assert has_event("Saudi Arabia abolished the exit permit system for foreign workers on "
                     "Sunday.", "0833", "SAU", "SAU")


def test_scrapped_building_permits_is_not_yield() -> None:
    assert not any(c == "0833" for c, _, _ in coded(
        "Kuwait scrapped building permits for new malls on Sunday."))


def test_coalition_let_ships_into_port() -> None:
    """"the Saudi-led coalition let ships carrying fuel into Yemen's ports": easing a
    blockade, by the country leading the coalition."""
    assert has_event("The Saudi-led coalition let ships carrying fuel into Yemen's ports on "
                     "Monday.", "0872", "SAU", "YEM")


def test_allowed_tankers_into_port() -> None:
    assert has_event("Israel allowed two fuel tankers into Gaza's port on Sunday.",
                     "0872", "ISR", "PSE")


def test_refused_to_let_ships_in_is_not_easing() -> None:
    assert not any(c == "0872" for c, _, _ in coded(
        "Israel did not let the ships into Gaza's port on Sunday."))


def test_release_of_prisoners_by_country_noun() -> None:
    """"the release of 30 prisoners by Israel": 'by Israel' hangs on the prisoners."""
    assert has_event("The release of 40 Palestinian prisoners by Israel came on Friday.",
                     "0841", "ISR", "PSE")


def test_release_of_hostages_held_by_group_is_not_reversed() -> None:
    """"hostages held by Hamas": the holder is not coded as releasing by this rule."""
    events = coded("The release of hostages held by Hamas is the priority, Biden said on Friday.")
    assert not any(c == "0841" and s.startswith("PSE") for c, s, _ in events)


def test_handover_of_suspect_by_authorities_is_not_a_release() -> None:
    """Handing a suspect to another state is extradition, not freeing a captive."""
    events = coded("The handover of a murder suspect by Kenyan police to Uganda on Monday came "
                   "after a long wait.")
    assert not any(c == "0841" for c, _, _ in events)


def test_stepped_down_under_pressure_from_named_army() -> None:
    """"stepped down as Sudan's president under pressure from Sudan's army": the office is the
    source, the presser the target."""
    assert has_event("Omar al-Bashir stepped down as Sudan's president under pressure from "
                     "Sudan's army on Thursday.", "0831", "SDNGOV", "SDNMIL")


def test_resigned_under_pressure_from_national_generals() -> None:
    assert has_event("The prime minister resigned under pressure from Pakistani generals on "
                     "Friday.", "0831", "PAK", "PAKMIL")


def test_bare_presser_without_country_is_left_alone() -> None:
    """'under pressure from the military' with no country word: no presser-targeted event."""
    events = coded("Mexico granted asylum to Morales, a day after he stepped down as Bolivia's "
                   "president under pressure from the military.")
    assert not any(c == "0831" and t.endswith("MIL") for c, _, t in events)
