"""Precision audit a (round 14): diplomacy and politics in wire style. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from eventwire import code_text

from .coding import PUB, coded, has_event, lacks_root


# "The United States, Brazil and Colombia ...": a list the parser hangs on its first name as an
# apposition is still a list of sources, none of which acts on another.
@pytest.mark.parametrize(("text", "code", "listed", "target"), [
    ("The United States, Brazil and Colombia urged Venezuela on Monday to allow observers.",
     "020", ("USA", "BRA", "COL"), "VEN"),
    ("The United States, Brazil and Colombia criticised the decision by Venezuela's electoral "
     "council.", "111", ("USA", "BRA", "COL"), "VEN"),
    ("The United States, Brazil and Colombia called for a transparent count of the votes in "
     "Venezuela.", "020", ("USA", "BRA", "COL"), "VEN"),
])
def test_listed_apposition_is_a_list_of_sources(text: str, code: str, listed: tuple[str, ...],
                                                target: str) -> None:
    for source in listed:
        assert has_event(text, code, source, target)


@pytest.mark.parametrize("text", [
    "The United States, Brazil and Argentina expressed concern over the election.",
    "The United States, Brazil and Colombia expressed concern over the decision.",
    "The United States, Brazil and Colombia urged Venezuela on Monday to allow observers.",
])
def test_listed_sources_do_not_act_on_each_other(text: str) -> None:
    listed = {"USA", "BRA", "ARG", "COL"}
    assert not any(s[:3] in listed and t[:3] in listed for _, s, t in coded(text))


# "the valley where Kyrgyzstan and Tajikistan meet": a "where" clause in the simple present
# describes a place; no meeting took place.
@pytest.mark.parametrize("text", [
    "The talks aim to settle disputes in the valley where Kyrgyzstan and Tajikistan meet and "
    "intertwine.",
    "The dam sits on the river where Ethiopia and Sudan meet and share a long border.",
    "Traders cross the bridge where Zambia and Zimbabwe meet and trade.",
])
def test_where_clause_describing_a_place_is_no_meeting(text: str) -> None:
    assert lacks_root(text, "04")


def test_a_meeting_told_in_a_where_clause_is_still_coded() -> None:
    assert has_event("The summit was held in Geneva, where Putin and Biden met on Wednesday.",
                     "040", "RUS", "USA")


# "welcomed Hungary's vote": a country's act that is welcomed is praised (051), not a guest
# received (043) with a visit (042) implied.
@pytest.mark.parametrize(("text", "source", "target"), [
    ("Germany welcomed Turkey's ratification of the accord on Monday.", "DEU", "TUR"),
    ("Japan's foreign minister welcomed South Korea's ruling on wartime labour.", "JPN", "KOR"),
    ("Kenya's president welcomed Somalia's statement on the border dispute.", "KEN", "SOM"),
])
def test_welcoming_an_act_is_praise_not_hosting(text: str, source: str, target: str) -> None:
    assert has_event(text, "051", source, target)
    assert lacks_root(text, "04")


def test_welcoming_a_leader_is_still_hosting() -> None:
    text = ("Spain's King Felipe welcomed Brazil's president at the royal palace in Madrid "
            "on Tuesday.")
    assert has_event(text, "043", "ESP", "BRA")


# "criticised Israel for blocking aid", "thanked Nigeria for sending troops": the act after
# "for" is the reason the speaker gives, the object's and not the speaker's own act.
@pytest.mark.parametrize(("text", "code", "source", "target", "root"), [
    ("Chile's foreign ministry criticised Israel on Monday for blocking food aid to Gaza.",
     "111", "CHL", "ISR", "16"),
    ("The EU rebuked Hungary on Friday for blocking military aid to Ukraine.",
     "111", "IGOEUREEC", "HUN", "16"),
    ("Ghana's president thanked Nigeria for sending troops to Sierra Leone.",
     "051", "GHA", "NGA", "15"),
    ("Turkey criticised Sweden for allowing protesters to burn a Koran outside its embassy.",
     "111", "TUR", "SWE", "14"),
])
def test_act_blamed_or_credited_for_is_not_the_speakers(text: str, code: str, source: str,
                                                         target: str, root: str) -> None:
    assert has_event(text, code, source, target)
    assert lacks_root(text, root)


# A missile fired into the sea is a launch (a show of force), not an air strike on whoever
# reports it: "..., the South Korean military said" is no target.
@pytest.mark.parametrize("text", [
    "North Korea fired two ballistic missiles toward the sea on Thursday, Japan's defence "
    "ministry said.",
    "China fired several missiles into the waters around Taiwan on Friday, Taiwan's defence "
    "ministry said.",
    "Pyongyang launched a cruise missile into the ocean early on Sunday, Seoul's military said.",
])
def test_missile_fired_into_the_sea_is_no_air_strike(text: str) -> None:
    assert lacks_root(text, "19")


def test_missile_fired_at_a_target_is_still_a_strike() -> None:
    assert has_event("Iran fired a missile at a target in Syria on Monday, the Israeli army said.",
                     "195", "IRN", "SYR")


# "a pro-Russian politician", "anti-NATO protesters": a side taken, not the actor's country.
@pytest.mark.parametrize(("text", "code", "source", "target", "wrong"), [
    ("Moldovan police arrested a pro-Russian politician on Tuesday.", "173", "MDA", "MDA", "RUS"),
    ("Serbian police dispersed anti-NATO protesters in Belgrade on Saturday.", "175", "SRB",
     "SRB", "IGOWSTNAT"),
    ("Slovak prosecutors charged an anti-EU lawmaker with incitement on Thursday.", "173", "SVK",
     "SVK", "IGOEUREEC"),
    ("The Czech government imposed sanctions on a pro-Russian news website.", "163", "CZE",
     "CZE", "RUS"),
])
def test_pro_or_anti_names_a_side_not_a_country(text: str, code: str, source: str, target: str,
                                                wrong: str) -> None:
    assert has_event(text, code, source, target)
    assert not any(t.startswith(wrong) for _, _, t in coded(text))


# "ordered the expulsion of a Russian embassy official": an envoy expelled is 166, whatever
# the word for the post (official, secretary, counsellor, representative), not 174.
@pytest.mark.parametrize(("text", "source", "target"), [
    ("Argentina ordered the expulsion of a Venezuelan trade representative on Monday.",
     "ARG", "VEN"),
    ("Sweden announced the expulsion of a Chinese embassy secretary on Friday.", "SWE", "CHN"),
    ("Canada ordered the expulsion of an Indian embassy counsellor on Tuesday.", "CAN", "IND"),
])
def test_expulsion_of_an_envoy_is_166(text: str, source: str, target: str) -> None:
    assert has_event(text, "166", source, target)
    assert not any(c.startswith("17") for c, _, _ in coded(text))


# "resigned under pressure from opposition lawmakers": the target a rule supplies by default
# (the civilians) yields to the one another rule finds named for the same act.
@pytest.mark.parametrize(("text", "target"), [
    ("Mongolia's prime minister resigned under pressure from opposition lawmakers on Friday.",
     "MNGOPP"),
    ("The mayor of Lima resigned on Monday under pressure from opposition lawmakers.", "PEROPP"),
    ("Haiti's prime minister resigned in April under pressure from armed gangs.", "HTICRM"),
])
def test_default_target_yields_to_a_named_one(text: str, target: str) -> None:
    assert has_event(text, "0831", "", target)
    assert not any(t.endswith("CVL") for _, _, t in coded(text))


# "protested against a law critics say mirrors Russian legislation": a demonym met somewhere
# in the sentence is a weaker guess at the target than the rule's default (the government).
@pytest.mark.parametrize(("text", "target", "wrong"), [
    ("Protesters rallied in Chisinau on Saturday against a bill that opponents say copies "
     "Russian law.", "MDAGOV", "RUS"),
    ("Thousands of people protested in Skopje on Sunday against a deal that critics say favours "
     "Bulgarian interests.", "MKDGOV", "BGR"),
    ("Farmers protested in Warsaw on Friday against grain imports that they say are driven by "
     "Ukrainian producers.", "POLGOV", "UKR"),
])
def test_protest_target_is_not_a_stray_demonym(text: str, target: str, wrong: str) -> None:
    assert has_event(text, "14", "", target)
    assert not any(t.startswith(wrong) for _, _, t in coded(text))


# An envoy summoned is one by any title: a charge d'affaires, "the head of the Belarusian
# embassy", "China's deputy chief of mission" (114).
@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Philippine foreign ministry summoned China's deputy chief of mission on Tuesday.",
     "PHL", "CHN"),
    ("Germany summoned Russia's charge d'affaires on Monday.", "DEU", "RUS"),
    ("Poland summoned the head of the Belarusian embassy on Friday.", "POL", "BLR"),
])
def test_summoning_an_envoy_by_any_title(text: str, source: str, target: str) -> None:
    assert has_event(text, "114", source, target)


# "North Korea fired a missile. Japan condemned the launch.": a reaction to an act named only
# by a definite noun is aimed at whoever the earlier sentences set up.
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Iran seized a tanker in the Gulf on Monday.\n\nBritain condemned the seizure on Tuesday.",
     "111", "GBR", "IRN"),
    ("Russia expelled two Moldovan diplomats on Friday.\n\nMoldova criticised the decision and "
     "said it would respond.", "111", "MDA", "RUS"),
    ("Algeria closed its airspace to Moroccan flights on Sunday.\n\nMorocco rejected the move.",
     "12", "MAR", "DZA"),
])
def test_reaction_to_an_act_told_before(text: str, code: str, source: str, target: str) -> None:
    assert has_event(text, code, source, target)


# "... on Tuesday. The opposition called on supporters to rally on Saturday.": a weekday on
# the act an appeal asks of others that would fall before the story's day is that act's day
# to come; the appeal keeps the story's day, and so do the sentences after it.
@pytest.mark.parametrize(("text", "code", "day"), [
    ("Serbia's election commission rejected the opposition's complaint on Tuesday.\n\n"
     "Opposition leaders urged voters to march on parliament on Sunday.", "020", "2023-05-09"),
    ("Kenyan police blocked opposition leader Raila Odinga from entering Nairobi on Tuesday.\n\n"
     "Odinga urged Kenyans to march on the capital on Saturday.", "020", "2023-05-09"),
    ("The court in Dhaka jailed the opposition leader on Tuesday.\n\nThe BNP called on its "
     "supporters to strike on Saturday.\n\nThe government accused the BNP of inciting violence.",
     "112", "2023-05-09"),
])
def test_appeal_is_not_dated_by_the_day_of_the_act_asked_for(text: str, code: str,
                                                             day: str) -> None:
    dates = [e.date for e in code_text(text, published=PUB) if e.code == code]
    assert dates == [day]
