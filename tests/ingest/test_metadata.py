"""Header/footer metadata sniffing and date parsing, on the seed articles and on our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.ingest.metadata import (
    Metadata,
    byline,
    clean_outlet,
    date_line,
    dateline_date,
    outlet_from_url,
    parse_date,
    sniff,
)
from eventwire.ingest.normalize import normalize_text
from eventwire.records import Document

from .conftest import Read, Write


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Apr 5, 2021", "2021-04-05"),
        ("March 01, 2021", "2021-03-01"),
        ("5 April 2021", "2021-04-05"),
        ("2021-03-01", "2021-03-01"),
        ("Sept. 9, 2019", "2019-09-09"),
        ("Published: Monday, April 5, 2021 10:30 GMT", "2021-04-05"),
        ("Posted on 1st June 2020", "2020-06-01"),
        ("Updated: 2021-03-01T10:00:00Z", "2021-03-01"),
        ("Tue, 16 Mar 2023 | 09:30", "2023-03-16"),
        ("April 2021", None),  # no day
        ("Feb 30, 2021", None),  # no such day
        ("In April 5, 2021 talks began.", None),
        ("The summit opened on 5 April 2021 in Riga.", None),
    ],
)
def test_date_line(line: str, iso: str | None) -> None:
    assert date_line(line) == iso


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2023-02-14", "2023-02-14"),
        ("2023-03-16T09:30:00+09:00", "2023-03-16"),
        ("Mon, 01 Mar 2021 10:00:00 GMT", "2021-03-01"),
        ("March 1, 2021", "2021-03-01"),
        ("14/02/2023", "2023-02-14"),  # dateparser: the only possible reading
        ("1 de marzo de 2021", "2021-03-01"),
        ("March 2021", None),
        ("yesterday", None),
        ("soon", None),
        ("", None),
    ],
)
def test_parse_date(value: str, iso: str | None) -> None:
    assert parse_date(value) == iso


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=40))
def test_parse_date_never_raises(value: str) -> None:
    result = parse_date(value)
    assert result is None or len(result) == 10


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Jane Doe for The Sentinel", ("Jane Doe", "The Sentinel")),
        ("By Ana de la Cruz and Li Wei", ("Ana de la Cruz and Li Wei", None)),
        ("Written by Tom O'Neill", ("Tom O'Neill", None)),
        ("Author:Marta Ozola", ("Marta Ozola", None)),
        ("By: staff reporter", ("staff reporter", None)),
        ("By March, the army had withdrawn.", None),
        ("By contrast, Moscow said nothing", None),
        ("Bystanders were hurt", None),
    ],
)
def test_byline(line: str, expected: tuple[str, str | None] | None) -> None:
    assert byline(line) == expected


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("IWPR | Institute for War and Peace Reporting", "Institute for War and Peace Reporting"),
        ("The Diplomat \u2014 TD", "The Diplomat"),
        ("The Diplomat", "The Diplomat"),
        ("Asia Times - World Desk", "Asia Times - World Desk"),  # no acronym: kept whole
    ],
)
def test_clean_outlet(name: str, outlet: str) -> None:
    assert clean_outlet(name) == outlet


def test_outlet_from_url() -> None:
    assert outlet_from_url("https://www.themoscowtimes.com/2021/03/01/x") == "themoscowtimes.com"
    assert outlet_from_url("https://news.example.org:8080/a") == "news.example.org"
    assert outlet_from_url("not a url") is None
    assert outlet_from_url(None) is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("GENEVA, May 4, 2022 (Reuters) - Talks between Russia and Ukraine resumed.", "2022-05-04"),
        ("WASHINGTON, D.C., Jan. 3, 2020 \u2014 The Pentagon said on Friday ...", "2020-01-03"),
        ("NEW DELHI, Tuesday 14 March 2023 - India and Japan agreed ...", "2023-03-14"),
        ("Geneva talks resumed on May 4, 2022.", None),
        ("MOSCOW (AP) \u2014 The Kremlin said on Monday ...", None),  # no date
    ],
)
def test_dateline_date(line: str, iso: str | None) -> None:
    assert dateline_date(line) == iso


# --- the two seed articles (real saved pages) ----------------------------------------------


def _paragraphs(text: str, min_words: int = 20) -> list[str]:
    """The source's long paragraphs: article sentences that must survive verbatim."""
    return [p for p in normalize_text(text).split("\n\n") if len(p.split()) >= min_words]


def _document(items: list) -> Document:
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def test_seed_with_outlet_line_and_author_label(seeds_dir: Path, read: Read) -> None:
    path = seeds_dir / "000_74218fcd071f5255.txt"
    doc = _document(read(path))
    assert (doc.title, doc.outlet, doc.author, doc.published, doc.url) == (
        "After International Visits, Japarov's Foreign Policy Comes into Focus",
        "Caspian Policy Center", "Nicole Wolkov", "2021-04-05", None)
    assert doc.doc_id == "000_74218fcd071f5255.txt" and doc.line is None
    assert doc.text.startswith("In late February, Sadyr Japarov flew to Russia")
    assert doc.text.endswith("to promote Central Asian unity and collaboration.")
    for gone in ("CPC", "Author:", "Apr 5, 2021", "after international visits", "Related Articles",
                 "Washington Welcomes a New Afghan Ambassador"):
        assert gone not in doc.text
    for paragraph in _paragraphs(path.read_text(encoding="utf-8")):
        assert paragraph in doc.text


def test_seed_markdown_with_byline_for_outlet(seeds_dir: Path, read: Read) -> None:
    path = seeds_dir / "002_f0ab434a77e5f680.txt"
    doc = _document(read(path))
    assert (doc.title, doc.outlet, doc.author, doc.published, doc.url) == (
        "What Did Japarov Get in Russia?", "Eurasianet", "Ayzirek Imanaliyeva", "2021-03-01",
        "https://www.themoscowtimes.com/2021/03/01/what-did-japarov-get-in-russia-a73108")
    first, second = doc.text.split("\n\n")[:2]
    assert first == "A lot of goodwill, but not much else for the time being."  # the dek stays
    assert second == "Kyrgyz President Sadyr Japarov Igor Kovalenko / EPA / TASS"
    assert doc.text.endswith("rolling out the red carpet for Japarov later in the month.")
    assert "623 million rubles ($8.3 million) in aid from Russia" in doc.text
    assert "whom Putin in 2019 thanked in person" in doc.text
    for gone in ("#", "**", "](", "\\$", "By Ayzirek", "March 01, 2021", "Related article",
                 "Reset With Russia", "Original url"):
        assert gone not in doc.text
    for paragraph in _paragraphs(path.read_text(encoding="utf-8"), min_words=25):
        plain = paragraph.replace("\\$", "$").replace("](#)", "").replace("[", "")
        assert plain in doc.text


# --- our own articles in the same two layouts -------------------------------------------------


def test_fixture_with_outlet_line_and_author_label(data_dir: Path, read: Read) -> None:
    doc = _document(read(data_dir / "outlet_header.txt"))
    assert (doc.title, doc.outlet, doc.author, doc.published, doc.url) == (
        "Tallinn and Riga Agree on Joint Air-Defence Procurement", "Baltic Security Observer",
        "Marta Ozola", "2019-03-12", None)
    assert doc.text == (
        "Estonian Defence Minister J\u00fcri Luik met his Latvian counterpart in Riga on Monday "
        "to sign a memorandum on the joint procurement of medium-range air-defence systems.\n\n"
        "The two ministers said the agreement would lower costs and make their forces easier to "
        "combine, and invited Lithuania to join the programme before the end of the year.\n\n"
        "Lithuanian officials said they would study the proposal.")


def test_fixture_markdown_with_byline_for_outlet(data_dir: Path, read: Read) -> None:
    doc = _document(read(data_dir / "byline_for_outlet.md"))
    assert (doc.title, doc.outlet, doc.author, doc.published, doc.url) == (
        "Can Yerevan and Baku Keep the Peace?", "Caucasus Monitor", "Lusine Harutyunyan",
        "2020-11-07", "https://www.caucasusmonitor.example/2020/11/07/yerevan-baku-peace")
    assert doc.text == (
        "A fragile ceasefire holds, but the hard questions remain.\n\n"
        "Russian peacekeepers at a checkpoint near Lachin Ivan Petrov / Reuters\n\n"
        "Armenia and Azerbaijan agreed to a Russian-brokered ceasefire on Nov. 10, ending six "
        "weeks of fighting.\n\n"
        "Under the deal, Moscow will deploy about 2,000 troops along the line of contact at a "
        "cost of $150 million \u2014 a figure Baku disputed.\n\n"
        "Turkey said it would help monitor the ceasefire from a joint center.")


# --- other layouts, built inline ------------------------------------------------------------


def test_outlet_title_byline_date() -> None:
    meta, body = sniff("Danube Daily\n\nSerbia and Hungary Open a Rail Link\n\nBy Staff Writer"
                       "\n\nJune 5, 2017\n\nThe line opened on Monday.\n\nShare this\n\n"
                       "\u00a9 2017 Danube Daily. All rights reserved.")
    assert meta == Metadata(title="Serbia and Hungary Open a Rail Link", outlet="Danube Daily",
                            author="Staff Writer", published="2017-06-05")
    assert body == "The line opened on Monday."


def test_title_then_dek_is_not_outlet_then_title() -> None:
    meta, body = sniff("Rail Link Opens\n\nBelgrade hopes for more trade.\n\nBy Jo Bloggs\n\n"
                       "2020-01-01\n\nThe line opened on Monday.")
    assert meta == Metadata(title="Rail Link Opens", author="Jo Bloggs", published="2020-01-01")
    assert body == "Belgrade hopes for more trade.\n\nThe line opened on Monday."


def test_headline_without_byline_and_dateline_date() -> None:
    meta, body = sniff("Talks Resume in Geneva\n\nGENEVA, May 4, 2022 (Reuters) - Talks between "
                       "Russia and Ukraine resumed on Wednesday, officials said.\n\n"
                       "URL: https://www.reuters.example/world/talks")
    assert meta == Metadata(title="Talks Resume in Geneva", published="2022-05-04",
                            url="https://www.reuters.example/world/talks")
    assert body == ("GENEVA, May 4, 2022 (Reuters) - Talks between Russia and Ukraine resumed on "
                    "Wednesday, officials said.")


def test_sentences_are_never_taken_as_metadata() -> None:
    text = ("Xi invited Putin to visit China.\n\nBy March, the army had withdrawn.\n\n"
            "The talks ended.")
    meta, body = sniff(text)
    assert meta == Metadata()
    assert body == text


def test_related_heading_before_long_paragraph_is_kept() -> None:
    text = ("Talks Resume\n\nBy Jo Bloggs\n\nThe talks resumed.\n\nRelated\n\n"
            "Related talks in Vienna on the nuclear deal also resumed on Monday after a pause of "
            "five months, according to diplomats who asked not to be named.")
    meta, body = sniff(text)
    assert meta == Metadata(title="Talks Resume", author="Jo Bloggs")
    assert body == text.split("Jo Bloggs\n\n")[1]


def test_markdown_section_heading_is_not_the_title() -> None:
    meta, body = sniff("Danube Daily\n\nRail Link Opens\n\nBy Jo Bloggs\n\nThe line opened.\n\n"
                       "Background\n\nTalks began in 2015.", title_hint="Background")
    assert meta == Metadata(title="Rail Link Opens", outlet="Danube Daily", author="Jo Bloggs")
    assert body == "The line opened.\n\nBackground\n\nTalks began in 2015."


def test_outlet_falls_back_to_the_url_domain(write: Write, read: Read) -> None:
    path = write("a.txt", "Talks Resume\n\nBy Jo Bloggs\n\nThe talks resumed.\n\n"
                          "Original url: <https://www.reuters.example/world/talks>")
    [doc] = read(path)
    assert (doc.title, doc.outlet, doc.author, doc.url, doc.text) == (
        "Talks Resume", "reuters.example", "Jo Bloggs", "https://www.reuters.example/world/talks",
        "The talks resumed.")
