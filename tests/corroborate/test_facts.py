"""Facts stated in passing: dates of things mentioned, reported figures."""

from __future__ import annotations

from eventwire.pipeline import code_documents_with_facts, document_from_text
from eventwire.records import Fact


def facts(text: str, published: str = "2021-03-01") -> list[Fact]:
    doc = document_from_text(text, published=published)
    ((_, coded),) = list(code_documents_with_facts([doc]))
    assert not isinstance(coded, Exception)
    return coded.facts  # type: ignore[union-attr]


def dated(text: str, published: str = "2021-03-01") -> list[tuple[str, str]]:
    return [(f.name, f.date) for f in facts(text, published) if f.kind == "dated"]


def figures(text: str, published: str = "2021-03-01") -> list[tuple[str, float, int | None, str]]:
    return [(f.name, f.value_usd, f.year, f.countries) for f in facts(text, published)
            if f.kind == "figure"]


def test_a_date_before_the_thing_it_dates():
    assert dated("Putin congratulated Japarov on his win in the January 10, 2020, election.") \
        == [("election", "2020-01-10")]
    assert dated("The Russian leader congratulated him on winning the Jan. 10 elections.") \
        == [("election", "2021-01-10")]  # the year is read against the publication date


def test_a_date_after_the_thing_it_dates():
    assert dated("He pushed through a new constitution in the referendum held on July 25, 2022.",
                 "2023-07-18") == [("referendum", "2022-07-25")]


def test_dates_of_other_things_are_not_facts():
    assert dated("On March 12, Japarov visited Tashkent and met the president.") == []


def test_a_figure_after_its_measure():
    text = "Trading volumes were robust in 2020. Bilateral trade between China and Brazil " \
           "reached $150 billion in 2023."
    assert figures(text, "2024-01-10") == [("trade", 150e9, 2023, "BRA,CHN")]


def test_a_figure_of_a_measure_and_the_year_of_the_sentence_before():
    text = ("Moscow and Bishkek signed three agreements on Monday. Trading volumes remained robust "
            "in 2020. According to preliminary figures, bilateral trade turnover amounted to "
            "$1.5 billion. The vast majority of that total is taken up by Russian exports, which "
            "came in at $1.3 billion.")
    got = figures(text)
    assert ("trade", 1.5e9, 2020, "KGZ,RUS") in got  # "bilateral": the article's two countries
    assert ("exports", 1.3e9, 2020, "RUS") in got  # a relative clause; the paragraph's year


def test_an_amount_that_is_of_a_measure():
    got = figures("Russia provided $20 million in budget support, and $1.3 billion of $1.5 "
                  "billion of Kyrgyzstan's trade turnover in 2020 was attributed to Russian "
                  "exports.")
    assert ("trade", 1.5e9, 2020, "KGZ") in got
    assert ("exports", 1.3e9, 2020, "RUS") in got
    assert all(value != 20e6 for _, value, _, _ in got)  # aid given is an event, not a figure
