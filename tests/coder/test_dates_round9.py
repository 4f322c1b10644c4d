"""Round 9: event dates for whole classes of phrasings (own sentences, not from the gold files).

Publication date 2023-05-10, a Wednesday: Sunday is 2023-05-07, Friday 2023-05-05.
"""

from __future__ import annotations

from eventwire import code_text

PUB = "2023-05-10"  # a Wednesday


def _dates(text: str, root: str, published: str = PUB) -> list[str]:
    """The dates of the events of one CAMEO root coded from `text`."""
    return [e.date for e in code_text(text, published=published) if e.code.startswith(root)]


# -- a passive or progressive past follows the story's day, like a simple past ----------------

def test_passive_past_takes_the_day_the_story_is_told_on() -> None:
    text = ("Brazilian President Lula arrived in Luanda on Friday for a state visit. "
            "He was welcomed at the airport by Angolan President Joao Lourenco.")
    assert _dates(text, "043") == ["2023-05-05"]


def test_passive_arrest_after_a_dated_attack() -> None:
    text = ("A man attacked the Danish prime minister in central Copenhagen on Friday evening. "
            "Police said a Polish man was detained at the scene.")
    assert _dates(text, "17") == ["2023-05-05"]


def test_passive_killing_after_a_dated_attack() -> None:
    text = ("Ugandan troops attacked a rebel camp in Ituri on Friday. "
            "Dozens of fighters were killed by soldiers in the assault, the army said.")
    assert _dates(text, "18") == ["2023-05-05"]


def test_active_paraphrase_still_takes_the_story_day() -> None:
    text = ("Brazilian President Lula arrived in Luanda on Friday for a state visit. "
            "Angolan President Joao Lourenco received him at the airport.")
    assert _dates(text, "043") == ["2023-05-05"]


# -- a dated gathering or meeting the event happened at or during ---------------------------

def test_during_last_months_demonstrations() -> None:
    text = "Kenyan police assaulted a photographer during last month's demonstrations in Nairobi."
    assert _dates(text, "18") == ["2023-04"]


def test_at_sundays_rally_even_when_hung_on_the_object() -> None:
    text = "Kenyan police detained a reporter at Sunday's rally in Nairobi."
    assert _dates(text, "17") == ["2023-05-07"]


def test_while_clause_covering_a_dated_protest() -> None:
    text = ("Nairobi police chiefs apologised on Tuesday to a cameraman who was beaten by "
            "officers while filming last month's protests outside parliament.")
    assert _dates(text, "18") == ["2023-04"]
    assert _dates(text, "05") == ["2023-05-09"]


def test_agreement_signed_at_a_dated_summit() -> None:
    text = "Russia and Turkey signed a grain deal at last month's summit in Sochi."
    assert _dates(text, "05") == ["2023-04"]


# -- a nominal event after the verb that reacts to it takes the day that follows it ----------

def test_condemned_on_tuesday_the_arrest_on_sunday() -> None:
    text = ("The United States on Tuesday condemned the arrest of three opposition lawmakers "
            "by Kenyan police on Sunday.")
    assert _dates(text, "17") == ["2023-05-07"]
    assert _dates(text, "11") == ["2023-05-09"]


def test_denounced_on_monday_the_detention_on_saturday() -> None:
    text = ("The European Union on Monday denounced the detention of two reporters by "
            "Belarusian police in Minsk on Saturday.")
    assert _dates(text, "17") == ["2023-05-06"]
    assert set(_dates(text, "11")) == {"2023-05-08"}


def test_nominal_event_with_only_the_reaction_day_keeps_it() -> None:
    text = ("Amnesty International on Tuesday condemned the arrest of five activists by "
            "Iranian police.")
    assert _dates(text, "17") == ["2023-05-09"]


# -- an event noun dated by the clause saying when it started ------------------------------

def test_visit_that_began_on_monday() -> None:
    assert _dates("Lula is on a three-day visit to Angola that began on Monday.",
                  "042") == ["2023-05-08"]


def test_visit_which_started_on_monday_after_a_comma() -> None:
    text = "Lula is in Angola on a three-day state visit, which started on Monday."
    assert _dates(text, "042") == ["2023-05-08"]


def test_talks_that_opened_on_monday() -> None:
    text = ("Armenian and Azerbaijani diplomats are holding talks in Washington that opened "
            "on Monday.")
    assert _dates(text, "04") == ["2023-05-08"]


def test_present_visit_without_a_start_stays_on_the_publication_day() -> None:
    assert _dates("Lula is on a three-day visit to Angola.", "042") == [PUB]


# -- "a day earlier" told before the reporting verb's day ------------------------------------

def test_a_day_earlier_counts_from_the_reporting_day() -> None:
    text = "Kenya expelled the Ugandan ambassador a day earlier, the ministry said on Tuesday."
    assert _dates(text, "16") == ["2023-05-08"]


def test_two_days_earlier_counts_from_the_reporting_day() -> None:
    text = ("Ugandan police detained two Kenyan journalists two days earlier, Kenya's foreign "
            "ministry said on Tuesday.")
    assert _dates(text, "17") == ["2023-05-07"]


# -- "since" after a superlative compares with the past; it dates nothing -------------------

def test_deadliest_fighting_since_a_year_is_no_date() -> None:
    text = ("Armenian and Azerbaijani forces traded artillery fire along the border, with each "
            "side blaming the other for starting the deadliest fighting since 2020.")
    assert _dates(text, "19") == [PUB]


def test_in_what_officials_called_the_worst_attack_since() -> None:
    text = ("Rebels attacked an army base in Mali, in what officials called the deadliest "
            "attack on the army since 2019.")
    assert _dates(text, "19") == [PUB]


def test_the_most_arrests_since() -> None:
    text = "Kenyan police have detained the most opposition figures since 2017 in a crackdown."
    assert _dates(text, "17") == [PUB]


def test_a_plain_since_still_dates_an_ongoing_act() -> None:
    assert _dates("Russia has occupied Crimea since 2014.", "19") == ["2014"]


def test_mid_year_with_a_hyphen_dates_the_event() -> None:
    assert _dates("Kenyan police arrested three opposition lawmakers in mid-2021.",
                  "17") == ["2021"]
    assert _dates("In late-2019, Ugandan police detained two opposition leaders.",
                  "17") == ["2019"]


# -- counted from a weekday event: "a day before Sunday's election" -------------------------

def test_a_day_before_sundays_election() -> None:
    text = "Kenyan police arrested three lawmakers a day before Sunday's election."
    assert _dates(text, "17") == ["2023-05-06"]


def test_hours_before_sundays_vote() -> None:
    text = "Hours before Sunday's vote, Zimbabwean police detained two opposition candidates."
    assert _dates(text, "17") == ["2023-05-07"]


def test_on_the_eve_of_sundays_election() -> None:
    text = "On the eve of Sunday's election, Ugandan soldiers beat a journalist in Kampala."
    assert _dates(text, "18") == ["2023-05-06"]


def test_the_day_after_saturdays_attack() -> None:
    text = "The day after Saturday's attack, Nigerian troops arrested 20 suspected militants."
    assert _dates(text, "17") == ["2023-05-07"]


# -- "on the night of May 7": a part of the day stands for the date --------------------------

def test_on_the_night_of_a_date() -> None:
    text = "Kenyan police killed a protester during clashes in Nairobi on the night of May 7."
    assert _dates(text, "19") + _dates(text, "18") == ["2023-05-07"]


def test_fronted_night_of_a_date() -> None:
    text = "On the night of May 7, Kenyan police arrested three opposition lawmakers."
    assert _dates(text, "17") == ["2023-05-07"]


def test_in_the_early_hours_of_a_date() -> None:
    text = "Israeli troops raided the Jenin camp in the early hours of May 3, killing two men."
    assert set(_dates(text, "1")) == {"2023-05-03"}


def test_on_the_morning_of_a_date() -> None:
    assert _dates("Russian forces shelled Kharkiv on the morning of April 28.",
                  "19") == ["2023-04-28"]
