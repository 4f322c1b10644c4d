"""Roots 14, 18, 19 and 20, round 12: rules of patterns/14_20_violence12.jsonl (strikes told
by "walked off the job", acts of force told by their noun, killings by hired killers and by
mobs).

Sentences are written for these tests (not taken from the gold set)."""

from __future__ import annotations

from .coding import coded, has_event, lacks_root

# -- walked off the job: a strike, whoever the workers are


def test_nurses_walked_off_their_jobs() -> None:
    text = "Nurses at three state hospitals in Kenya walked off their jobs on Monday over pay."
    assert has_event(text, "143", "KEN", "KENGOV")


def test_teachers_walked_off_the_job() -> None:
    text = "Thousands of Nigerian teachers walked off the job on Tuesday to demand unpaid wages."
    assert has_event(text, "143", "NGA", "NGA")


def test_miners_walk_off_work() -> None:
    text = "South African miners walked off work at two platinum shafts on Friday."
    assert has_event(text, "143", "ZAF", "ZAF")


def test_walked_off_the_stage_is_no_strike() -> None:
    text = "The French singer walked off the stage in Paris on Friday."
    assert lacks_root(text, "14")


def test_threat_to_walk_off_the_job_is_no_strike() -> None:
    text = "Kenyan doctors threatened on Monday to walk off the job if wages go unpaid."
    assert not has_event(text, "143", "KEN", "KEN")


# -- the shooting down / downing of an aircraft, told by its noun


def test_shooting_down_noun_dated() -> None:
    text = ("China protested on Monday over Saturday's shooting down of a Chinese balloon by "
            "a U.S. fighter jet.")
    assert has_event(text, "190", "USA", "CHN")


def test_downing_of_drone_by_forces() -> None:
    text = "Iran condemned the downing of an Iranian drone by U.S. forces on Sunday."
    assert has_event(text, "190", "USA", "IRN")


def test_downing_of_jet_after() -> None:
    text = ("Moscow recalled its ambassador from Ankara on Friday after the downing of a "
            "Russian jet by Turkish fighters.")
    assert has_event(text, "190", "TUR", "RUS")


def test_shooting_down_in_general_is_no_event() -> None:
    text = "Analysts discussed the shooting down of planes in general."
    assert lacks_root(text, "19")


# -- killed by hired killers: an assassination whoever the victim is


def test_gunned_down_by_hitmen() -> None:
    text = "A Mexican mayor was gunned down by hitmen outside his home on Sunday."
    assert has_event(text, "186", "MEX", "MEXGOV")


def test_hitmen_shot_dead_journalist() -> None:
    text = "Hitmen shot dead a Honduran journalist outside his home on Friday."
    assert has_event(text, "186", "HND", "HNDMED")


def test_assassins_killed_prosecutor() -> None:
    text = "A Brazilian judge was murdered by hitmen in Sao Paulo on Tuesday."
    assert has_event(text, "186", "BRA", "BRAJUD")


# -- a mob attacked X, killing N


def test_mob_attacked_bus_killing() -> None:
    text = ("A mob attacked a bus carrying Nigerian pilgrims in Plateau State on Saturday, "
            "killing at least 12 people.")
    assert has_event(text, "1823", "NGACVL", "NGACVL")


def test_villagers_ambushed_convoy_killing() -> None:
    text = ("Villagers ambushed a convoy of Kenyan traders near Marsabit on Monday, killing "
            "nine of them.")
    assert has_event(text, "1823", "KEN", "KEN")


def test_crowd_stormed_killing() -> None:
    text = ("An angry crowd stormed a police station in Pakistan's Punjab province on Friday, "
            "leaving two officers dead.")
    assert any(c.startswith("18") or c.startswith("14") for c, _, _ in coded(text))


# -- X sparked riots: the riots took place, by the people of the place


def test_death_triggered_riots_in_capital() -> None:
    text = ("The death of a teenager in police custody triggered riots in the Senegalese "
            "capital Dakar on Friday.")
    assert has_event(text, "145", "SENCVL", "SENGOV")


def test_price_hike_provoked_rioting() -> None:
    text = "A fuel price hike provoked rioting across Nigeria on Tuesday."
    assert has_event(text, "145", "NGACVL", "NGAGOV")


def test_arrest_sparked_riots_relative() -> None:
    text = ("Police detained dozens in Kampala on Thursday, a day after the arrest of an "
            "opposition leader sparked riots in which 16 people were killed.")
    assert has_event(text, "145", "UGACVL", "UGAGOV")


def test_riots_that_could_be_sparked_are_not_coded() -> None:
    text = "The verdict could spark riots, Pakistani officials warned on Monday."
    assert lacks_root(text, "14")
