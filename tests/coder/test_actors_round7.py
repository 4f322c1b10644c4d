"""Actor resolution, round 7: two sides of one country, possessed role nouns met abroad,
destinations that are not parties, political prisoners, named bodies with a role word.

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

from .coding import coded


def test_talks_between_government_and_its_rebels() -> None:
    """"talks between Colombia's government and ELN rebels": GOV and REB of one country are
    two sides."""
    events = coded("Talks between Colombia's government and ELN rebels resumed in Havana "
                   "on Monday.")
    assert ("046", "COLGOV", "COLREB") in events


def test_negotiations_between_army_and_named_rebels() -> None:
    events = coded("Negotiations between Sudan's army and the Rapid Support Forces, brokered "
                   "by Saudi Arabia, began in Jeddah on Saturday.")
    assert any(c == "046" and {s, t} == {"SDNMIL", "SDNREB"} for c, s, t in events)


def test_singular_body_and_plural_group_are_two_actors() -> None:
    """"the Ethiopian government and Tigrayan leaders" is not one actor phrase."""
    events = coded("South Africa hosted talks between the Ethiopian government and Tigrayan "
                   "rebels in Pretoria on Tuesday.")
    assert not any("ETHGOV" in (s, t) and "ETHREB" not in (s, t) and c == "046"
                   for c, s, t in events)


def test_possessed_opponents_met_abroad_stay_home() -> None:
    """"a deal with its opponents in Barbados": the opponents are the government's own."""
    events = coded("Venezuela's government said on Tuesday it would free jailed opposition "
                   "activists, a day after signing an electoral deal with its opponents in "
                   "Barbados.")
    assert ("057", "VENGOV", "VENOPP") in events
    assert not any(t.startswith("BRB") and c == "057" for c, s, t in events)


def test_destination_is_not_the_other_side() -> None:
    """"put them on a plane to Washington": exiled prisoners stay the government's own."""
    events = coded("Nicaragua's government freed 135 prisoners on Wednesday and put them on a "
                   "plane to Guatemala.")
    assert ("0841", "NICGOV", "NICCVL") in events
    assert not any(t.startswith("GTM") for _, _, t in events)


def test_returned_to_a_country_are_its_people() -> None:
    """"returned 30 men to Myanmar": sent home, so Myanmar's."""
    events = coded("Malaysia forcibly returned 30 men to Myanmar on Wednesday.")
    assert any(c.startswith("174") and s == "MYS" and t == "MMRCVL" for c, s, t in events)


def test_political_prisoners_are_opposition() -> None:
    events = coded("Belarus's government freed 18 political prisoners on Wednesday.")
    assert ("0841", "BLRGOV", "BLROPP") in events


def test_role_word_before_a_named_party() -> None:
    """"the opposition Future Forward Party": a named body of that role."""
    events = coded("Cambodia's Constitutional Court on Wednesday ordered the dissolution of the "
                   "opposition Candlelight Party.")
    assert any(c.startswith("172") and s == "KHMJUD" and t == "KHMOPP" for c, s, t in events)


def test_region_places_unnamed_fighters() -> None:
    """"gunmen ... in North Kivu": the region places the fighters in Congo."""
    events = coded("Gunmen killed 12 villagers in North Kivu on Tuesday, the French news agency "
                   "said.")
    assert any(c.startswith(("18", "19", "20")) and s.startswith("COD") for c, s, _ in events)


def test_unnamed_militants_belong_to_the_army_fighting_them() -> None:
    """"Nigerien troops ... against jihadists, the French army said": the jihadists are
    Niger's, not those of the country named elsewhere in the sentence."""
    events = coded("Nigerien troops launched an offensive against jihadists on Saturday, the "
                   "French army said.")
    assert ("190", "NERMIL", "NERREB") in events


def test_coalition_fights_militants_of_the_country_named_last() -> None:
    """"Chadian and Nigerien troops ... against militants": the host is named last."""
    events = coded("Chadian and Nigerien troops launched an offensive against militants on "
                   "Saturday.")
    assert ("190", "NERMIL", "NERREB") in events
    assert not any(t == "TCDREB" for _, _, t in events)


def test_near_a_demonym_border_is_not_that_country() -> None:
    """"near the Venezuelan border in Arauca": the fight is in Colombia."""
    events = coded("Soldiers clashed with guerrillas near the Ecuadorean border in Putumayo on "
                   "Tuesday, the Colombian army said.")
    assert any(c.startswith("19") and s == "COLMIL" for c, s, _ in events)
    assert not any(s.startswith("ECU") for _, s, _ in events)


def test_gunmen_in_a_story_of_cartels_are_criminals() -> None:
    events = coded("Gunmen killed a police commander in Culiacan on Tuesday, in a city fought "
                   "over by two drug cartels.")
    assert any(c.startswith(("18", "19", "20")) and s == "MEXCRM" for c, s, _ in events)


def test_gunmen_elsewhere_stay_insurgents() -> None:
    events = coded("Gunmen killed 12 villagers in Borno state on Tuesday.")
    assert any(c.startswith(("18", "19", "20")) and s == "NGAREB" for c, s, _ in events)


def test_town_named_like_a_foreign_city_does_not_move_the_fight() -> None:
    """"near Boni" (a Malian town; also an old name of Bonn): the jihadists stay Mali's."""
    events = coded("A Malian army convoy was ambushed by jihadists near the town of Boni on "
                   "Monday.")
    assert any(c.startswith("19") and s == "MLIREB" and t == "MLIMIL" for c, s, t in events)


def test_fighters_from_a_named_force_are_that_force() -> None:
    """"soldiers and fighters from Russia's Wagner Group": the Wagner fighters are Russia's
    force, and the rebels they fight stay those of the country whose army is named."""
    events = coded("Malian soldiers and fighters from Russia's Wagner Group clashed with "
                   "separatist rebels in the north on Friday.")
    assert any(c.startswith("19") and s == "RUSMIL" and t == "MLIREB" for c, s, t in events)
    assert any(c.startswith("19") and s == "MLIMIL" and t == "MLIREB" for c, s, t in events)
