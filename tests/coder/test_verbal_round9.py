"""Roots 01, 02, 10-13, round 9 (verbal helper): classes of wire phrasings of statements,
criticism, accusations, demands, rejections and threats that earlier rules missed.

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

from .coding import coded, has_event, lacks_root

# --- 111: legitimacy, credibility, impartiality questioned ---


def test_questioned_legitimacy_of_government() -> None:
    assert has_event("Mexico's president questioned the legitimacy of Peru's president on "
                     "Tuesday.", "111", "MEXGOV", "PERGOV")


def test_disputed_impartiality() -> None:
    assert has_event("Russia disputed the impartiality of the UN investigators on Monday.",
                     "111", "RUS", "IGOUNO")


def test_challenged_credibility_possessive() -> None:
    assert has_event("Serbia on Friday challenged the credibility of Kosovo's government.",
                     "111", "SRB", "XKX")


def test_cast_doubt_on_legitimacy() -> None:
    assert has_event("Hungary's government cast doubt on the legitimacy of the EU court on "
                     "Monday.", "111", "HUNGOV", "IGOEUREEC")


def test_questioned_legitimacy_of_results_is_not_criticism_of_an_actor() -> None:
    """Election results and figures are not an actor's legitimacy."""
    assert lacks_root("The opposition questioned the legitimacy of the election results on "
                      "Monday.", "11")


# --- 111/112: the author of a document criticises or accuses ---


def test_communique_criticising_is_its_authors_criticism() -> None:
    """"rejected a G7 communique criticising its drills": the G7 criticises, not China."""
    events = coded("China on Saturday rejected a G7 communique criticising Japan's military "
                   "drills.")
    assert ("111", "IGOGOS", "JPNMIL") in events or any(
        c == "111" and s == "IGOGOS" and t.startswith("JPN") for c, s, t in events)
    assert not any(c.startswith("11") and s.startswith("CHN") for c, s, _ in events)


def test_statement_condemning_is_its_authors_condemnation() -> None:
    events = coded("Iran dismissed a statement from the European Union condemning Israel's "
                   "strikes on Monday.")
    assert any(c == "111" and s == "IGOEUREEC" and t.startswith("ISR") for c, s, t in events)
    assert not any(c.startswith("11") and s == "IRN" for c, s, _ in events)


def test_resolution_accusing_is_its_authors_accusation() -> None:
    events = coded("Russia rejected a resolution by the European Parliament accusing Belarus "
                   "of rigging the vote.")
    assert not any(c.startswith("112") and s.startswith("RUS") for c, s, _ in events)


# --- 111: more words of condemnation after call / describe / brand ---


def test_called_raid_authoritarian_act() -> None:
    assert has_event("Mexico's president called Ecuador's raid \"an authoritarian act\" on "
                     "Monday.", "111", "MEXGOV", "ECU")


def test_described_as_draconian() -> None:
    assert has_event("Britain described Hong Kong's new security law as draconian on Tuesday.",
                     "111", "GBR", "HKG")


def test_branded_measures_persecution() -> None:
    assert has_event("The Vatican branded Nicaragua's expulsion of nuns \"persecution\" on "
                     "Friday.", "111", "VAT", "NIC")


def test_called_up_reservists_is_not_criticism() -> None:
    """'called up' reservists: a particle verb, whatever adjective follows."""
    assert lacks_root("Israel's military said on Monday it had called up an unprecedented "
                      "300,000 reservists for a possible offensive in Gaza.", "11")


# --- 112: relative clauses of accusation ---


def test_relative_clause_accuses() -> None:
    """"Russians whom Warsaw accuses of spying": the modified noun is the accused."""
    assert has_event("Poland expelled five Russian diplomats whom Warsaw accuses of spying.",
                     "112", "POL", "RUS")


def test_relative_clause_holds_responsible() -> None:
    assert has_event("Argentina wants the extradition of the Iranian officials whom Buenos "
                     "Aires holds responsible for the bombing.", "112", "ARG", "IRN")


# --- 111: the wider vocabulary of criticism ---


def test_lambasted_lemmatised_lambast() -> None:
    """The parser lemmatises "lambasted" as 'lambast'."""
    assert has_event("Germany lambasted Poland on Tuesday for blocking the deal.", "111",
                     "DEU", "POL")


def test_more_criticism_verbs() -> None:
    assert has_event("France savaged Italy on Monday over its migration policy.", "111",
                     "FRA", "ITA")
    assert has_event("The U.S. chastised China on Monday over the balloon.", "111", "USA",
                     "CHN")
    assert has_event("Japan reproached South Korea on Monday over the court ruling.", "111",
                     "JPN", "KOR")
    assert has_event("China ridiculed the United States on Tuesday over its trade policy.",
                     "111", "CHN", "USA")


def test_hit_back_and_fired_back_at() -> None:
    assert has_event("Iran hit back at France on Monday over the sanctions.", "111", "IRN",
                     "FRA")
    assert has_event("Iran fired back at Israel on Monday over its accusations.", "111", "IRN",
                     "ISR")


def test_troops_firing_back_is_not_criticism() -> None:
    assert lacks_root("Russian troops fired back at Ukrainian forces on Monday.", "11")
    assert lacks_root("Israeli soldiers shot back at gunmen in Jenin on Monday.", "11")


def test_tore_into() -> None:
    assert has_event("Russia tore into NATO on Monday over its expansion.", "111", "RUS",
                     "IGOWSTNAT")


def test_missile_tearing_into_building_is_not_criticism() -> None:
    assert lacks_root("The missile tore into a residential building in Kyiv on Monday.", "11")


def test_took_issue_with_and_to_task() -> None:
    assert has_event("Poland took issue with Germany's energy policy on Monday.", "111", "POL",
                     "DEU")
    assert has_event("The EU took Hungary to task on Monday over the law.", "111", "IGOEUREEC",
                     "HUN")


def test_called_out_and_spoke_out_against() -> None:
    assert has_event("Canada called out China on Monday for its treatment of Uyghurs.", "111",
                     "CAN", "CHN")
    assert has_event("Sweden spoke out against Turkey's crackdown on Monday.", "111", "SWE",
                     "TUR")


def test_called_out_the_army_is_not_criticism() -> None:
    assert lacks_root("Kenya's president called out the national guard on Monday.", "11")


def test_speaking_out_against_a_war_has_no_target() -> None:
    """No actor after 'against': the country named elsewhere is not the target."""
    assert lacks_root("A Russian journalist who fled Moscow after speaking out against the war "
                      "has been granted asylum in Germany.", "11")


def test_issued_rebuke_to() -> None:
    assert has_event("The U.S. issued a sharp rebuke to Israel on Monday.", "111", "USA", "ISR")


def test_came_under_fire_from_over() -> None:
    assert has_event("Hungary came under fire from the European Commission on Monday over its "
                     "asylum law.", "111", "IGOEUREEC", "HUN")


def test_came_in_for_criticism() -> None:
    assert has_event("Hungary came in for criticism from Germany on Monday.", "111", "DEU",
                     "HUN")


def test_convoy_under_fire_is_not_criticism() -> None:
    assert lacks_root("A UN convoy came under fire from rebels near Goma on Monday.", "11")


def test_slammed_door_on_proposal_is_rejection() -> None:
    events = coded("Egypt slammed the door on Ethiopia's proposal on Monday.")
    assert ("120", "EGY", "ETH") in events
    assert not any(c.startswith("11") for c, _, _ in events)


# --- 12: waved away ---


def test_waved_away_demands() -> None:
    assert has_event("Serbia waved away the EU's demands on Monday.", "120", "SRB", "IGOEUREEC")
    assert has_event("Israel brushed away the U.S. proposal on Monday.", "120", "ISR", "USA")


# --- 1041: a leader's departure demanded ---


def test_demanded_presidents_departure() -> None:
    """A leader's departure is a leadership change (1041), not a troop withdrawal (106)."""
    events = coded("The opposition demanded the president's departure on Monday.")
    assert ("1041", "OPP", "GOV") in events
    assert not any(c == "106" for c, _, _ in events)


def test_demanded_dismissal_of_minister() -> None:
    assert has_event("Protesters demanded the dismissal of the interior minister on Monday.",
                     "1041", "CVL", "GOV")


def test_demanded_troops_departure_stays_106() -> None:
    assert has_event("Mali demanded the departure of French troops on Monday.", "106", "MLI",
                     "FRA")


# --- 016: denied doing something ---


def test_denied_firing_at_protesters() -> None:
    assert has_event("Kenyan police on Wednesday denied firing live ammunition at protesters.",
                     "016", "KENCOP", "KENCVL")


def test_denied_shelling_and_supplying() -> None:
    assert has_event("Russia denied shelling the Ukrainian town of Kupiansk on Monday.", "016",
                     "RUS", "UKR")
    assert has_event("Iran denied supplying drones to Russia on Monday.", "016", "IRN", "RUS")


def test_denied_strike_on_market_in_country_one_event() -> None:
    """The place of the denied strike is the target; no second event from the context."""
    events = coded("Turkey's defence ministry on Monday denied carrying out a drone strike on a "
                   "market in Iraq's Kurdistan region, after Iraqi officials blamed Ankara.")
    denials = [e for e in events if e[0] == "016"]
    assert denials == [("016", "TURGOV", "IRQ")]


# --- 015: claimed an attack ---


def test_claimed_the_attack_on_embassy() -> None:
    assert has_event("The Islamic State group claimed the attack on the Russian embassy in "
                     "Kabul on Monday.", "015", "AFGREB", "RUS")


def test_claimed_the_bombing_of_base() -> None:
    assert has_event("Al-Shabaab claimed the bombing of a Kenyan army base on Sunday.", "015",
                     "SOMREB", "KEN")


def test_claimed_a_capture_is_not_responsibility() -> None:
    assert lacks_root("Russia claimed the capture of Bakhmut on Monday.", "01")


# --- 112: naming another party as responsible ---


def test_said_other_was_responsible_is_accusation() -> None:
    events = coded("Pakistan's army said on Monday India was responsible for the border clash.")
    assert ("112", "PAKMIL", "IND") in events
    assert not any(c.startswith("015") for c, _, _ in events)


def test_said_other_was_behind_attack() -> None:
    assert has_event("Ukraine said on Monday that Russia was behind the attack on the dam.",
                     "112", "UKR", "RUS")


def test_said_other_was_to_blame() -> None:
    assert has_event("Germany's chancellor said on Friday that Russia was to blame for the "
                     "famine.", "112", "DEU", "RUS")


def test_said_own_fighters_responsible_stays_admission() -> None:
    assert has_event("Al-Shabaab said its fighters were responsible for the attack on the "
                     "Kenyan base.", "015", "SOMREB", "KEN")


def test_not_responsible_or_would_be_responsible_is_no_accusation() -> None:
    assert lacks_root("Kenya said on Monday that Ethiopia was not responsible for the attack.",
                      "11")
    assert lacks_root("Kenya said on Monday that Ethiopia would be responsible for any "
                      "escalation.", "11")


def test_pointed_the_finger_at() -> None:
    assert has_event("Iran pointed the finger at Israel on Monday over the blast.", "112", "IRN",
                     "ISR")


# --- 1246: a truce with the other side refused ---


def test_ruled_out_truce_with() -> None:
    assert has_event("Sudan's army chief ruled out any truce with the Rapid Support Forces on "
                     "Saturday.", "1246", "SDN", "SDNREB")


def test_rejected_and_dismissed_ceasefire_with() -> None:
    assert has_event("Israel's prime minister rejected a ceasefire with Hamas on Monday.", "1246",
                     "ISRGOV", "PSEREB")
    assert has_event("Ukraine's president dismissed a truce with Russia on Tuesday.", "1246",
                     "UKRGOV", "RUS")


def test_not_ruling_out_truce_is_no_rejection() -> None:
    assert lacks_root("The army did not rule out a truce with the rebels on Monday.", "12")


# --- 130: vowed to avenge ---


def test_vowed_to_avenge_killing_by() -> None:
    assert has_event("Iran vowed to avenge the killing of its commander by Israel.", "130", "IRN",
                     "ISR")
    assert has_event("Hezbollah swore on Monday to avenge the assassination of its leader by "
                     "Israeli forces.", "130", "LBNREB", "ISR")


def test_did_not_vow_to_avenge() -> None:
    assert lacks_root("Iran did not vow to avenge the killing by Israel.", "13")
