"""Round 6: which date an event takes when a sentence names several.

Own sentences, not taken from the gold files. Publication dates are chosen so that the
weekday and relative dates resolve to known days.
"""

from __future__ import annotations

from eventwire import code_text

PUB = "2023-05-10"  # a Wednesday


def _dates(text: str, root: str, published: str = PUB) -> list[str]:
    """The dates of the events of one CAMEO root coded from `text`."""
    return [e.date for e in code_text(text, published=published) if e.code.startswith(root)]


def test_reported_clause_date_beats_the_speech_date() -> None:
    # the arrest was last year; "on Tuesday" is when the officials said so
    text = ("Croatian officials said on Tuesday that police had arrested two Serbian "
            "journalists in Zagreb last year.")
    assert _dates(text, "17") == ["2022"]


def test_month_inside_the_reported_clause_wins() -> None:
    text = ("Rights monitors said on Monday that Nigerian soldiers killed dozens of "
            "villagers in Borno state in March.")
    assert _dates(text, "18") + _dates(text, "20") == ["2023-03"]


def test_speech_date_when_the_reported_clause_has_none() -> None:
    text = "Croatian officials said on Tuesday that police had arrested two Serbian journalists."
    assert _dates(text, "17") == ["2023-05-09"]


def test_date_in_a_relative_clause_on_the_subject_is_not_the_event_date() -> None:
    text = ("Kenyan police, who have pursued the gang since 2018, arrested three Somali "
            "militants in Nairobi on Monday.")
    assert _dates(text, "17") == ["2023-05-08"]


def test_date_of_the_event_noun_in_the_trigger_phrase() -> None:
    # "in the March 3 raid": the use of force was that day, not when the report came out
    text = ("A United Nations panel concluded on Tuesday that Sudanese troops used chlorine "
            "gas in the March 3 raid on the village.")
    assert _dates(text, "20") == ["2023-03-03"]


def test_day_date_after_on_dates_the_clause_wherever_it_is_attached() -> None:
    text = ("Officials said on Monday that rebel gunmen seized forty Malian soldiers as "
            "hostages on Feb. 12.")
    assert _dates(text, "18") == ["2023-02-12"]


def test_date_inside_an_event_subject_is_not_the_reaction_date() -> None:
    text = ("The kidnapping of nine Canadian nurses by a Haitian gang on Saturday drew "
            "condemnation from Ottawa.")
    assert _dates(text, "11") == [PUB]


def test_yearless_date_of_a_past_event_is_not_in_the_future() -> None:
    # told in late October: "on Nov. 2" of a past attack is last November
    text = "Chadian troops shelled the rebel camp on Nov. 2, military sources said."
    assert _dates(text, "19", published="2023-10-27") == ["2022-11-02"]


def test_deadline_of_a_past_order_is_not_moved_back_a_year() -> None:
    text = ("Congo's government ordered the Burundian force to leave the country by Dec. 8, "
            "saying the troops had failed to act.")
    assert _dates(text, "16", published="2023-11-25") == ["2023-11-25"]


def test_plan_reported_with_a_day_of_its_own_takes_the_speech_day() -> None:
    # the handover is planned for Friday; what is coded is the promise, made on Tuesday
    text = ("Serbia will hand over four Croatian detainees to Zagreb at the border on Friday, "
            "a government spokesman in Belgrade said on Tuesday.")
    assert _dates(text, "03") == ["2023-05-09"]


def test_scheduled_talks_are_dated_when_announced_not_last_week() -> None:
    # published on a Monday: "on Tuesday" is tomorrow's plan, told today
    text = "The Indian minister is scheduled to hold talks with Chinese officials on Tuesday."
    assert _dates(text, "03", published="2023-05-08") == ["2023-05-08"]


def test_plan_without_a_day_takes_the_day_of_the_verb_reporting_it() -> None:
    text = ("Brazil will back Kenya's bid for a seat on the council, Brazil's foreign "
            "minister said during a visit to Nairobi on Monday.")
    assert _dates(text, "03") == ["2023-05-08"]


def test_sentence_that_codes_nothing_still_sets_the_narrative_date() -> None:
    text = ("Laotian police searched the Vientiane office of a rights group on Monday. "
            "They detained its director on charges of fraud, state media reported.")
    assert _dates(text, "17") == ["2023-05-08"]


def test_clause_after_n_units_after_is_dated_back_from_the_sentence_date() -> None:
    text = ("Germany suspended all development aid to Mali on Sunday, a week after cutting "
            "off assistance to neighbouring Niger.")
    events = code_text(text, published=PUB)
    by_target = {e.target[:3]: e.date for e in events if e.code.startswith("16")}
    assert by_target == {"MLI": "2023-05-07", "NER": "2023-04-30"}


def test_n_months_after_clause_is_not_the_main_clause_date() -> None:
    text = ("Six jailed opposition leaders began a hunger strike on Monday, seven months "
            "after Tunisian police arrested them on conspiracy charges.")
    assert _dates(text, "17") == ["2022-10"]


def test_participle_adjunct_shares_the_main_clause_day() -> None:
    text = ("Burkina Faso's military government ordered the expulsion of a French reporter "
            "on Monday, accusing her of biased reporting.")
    assert _dates(text, "11") == ["2023-05-08"]


def test_speech_day_before_the_reported_subject_is_the_saying_day() -> None:
    # the parser may hang "on Monday" on "documented"; it still tells when they said so
    text = ("U.N. investigators said on Monday they had documented the killing of dozens of "
            "villagers by Sudanese soldiers in Darfur last month.")
    assert _dates(text, "18") + _dates(text, "20") == ["2023-04"]


def test_attempt_is_dated_by_the_day_of_the_attempted_act() -> None:
    text = ("Al-Shabaab militants tried to kill Kenya's interior minister in a bomb attack "
            "on his convoy in Mandera on Sunday.")
    assert _dates(text, "18") == ["2023-05-07"]


def test_holiday_of_a_past_killing_is_the_last_one() -> None:
    text = ("Myanmar soldiers killed at least 20 villagers in Sagaing region on Christmas Eve, "
            "witnesses said.")
    assert _dates(text, "18", published="2022-12-27") + _dates(
        text, "20", published="2022-12-27") == ["2022-12-24"]


def test_news_day_hung_in_a_lower_clause_still_dates_a_past_event() -> None:
    text = ("Jihadist militants gunned down dozens of villagers who were digging trenches "
            "around the town of Djibo in northern Burkina Faso on Saturday.")
    assert _dates(text, "18") + _dates(text, "20") == ["2023-05-06"]


def test_possessive_news_day_is_the_noun_s_not_the_event_s() -> None:
    text = ("Nigeria's police chief ordered a deployment of officers to polling stations "
            "ahead of Saturday's presidential election.")
    assert _dates(text, "15") == [PUB]


def test_vote_date_in_a_congratulation_is_not_the_congratulation_date() -> None:
    text = "Erdogan congratulated Tokayev on his victory in the May 7, 2023, election."
    assert _dates(text, "05") == [PUB]


def test_relative_clause_of_a_dated_raid_takes_the_raid_day() -> None:
    text = ('"They beat us with sticks," a trader said of Monday\'s raid on a Conakry market, '
            "where Guinean police fired tear gas at vendors protesting against an eviction.")
    assert _dates(text, "17") + _dates(text, "18") == ["2023-05-08"]
