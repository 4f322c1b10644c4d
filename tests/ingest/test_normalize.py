"""Unicode normalisation, hashing and Markdown cleaning."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.ingest.normalize import (
    clean_markdown,
    content_hash,
    looks_like_markdown,
    markdown_title,
    normalize_field,
    normalize_text,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Yoon Suk\u00a0Yeol", "Yoon Suk Yeol"),
        ("narrow\u202fno-break and\u2009thin\u3000ideographic",
         "narrow no-break and thin ideographic"),
        ("\u201cWe agreed,\u201d he said of Japarov\u2019s \u2018visit\u2019.",
         "\"We agreed,\" he said of Japarov's 'visit'."),
        ("low \u201equote\u201c", 'low "quote"'),
        ("2020\u20132021 \u2014 the war", "2020\u20132021 \u2014 the war"),  # dashes kept
        ("zero\u200bwidth\u200c join\u200d word\u2060joiner", "zerowidth join wordjoiner"),
        ("\ufeffStarts with a BOM", "Starts with a BOM"),
        ("soft\u00adhyphen", "softhyphen"),
        ("Windows\r\nline\rends", "Windows\nline\nends"),
        ("many    spaces\tand\t\ttabs", "many spaces and tabs"),
        ("  indented line  \n  second  ", "indented line\nsecond"),
        ("one\n\n\n\n\ntwo", "one\n\ntwo"),
        ("one\n   \n \t \ntwo", "one\n\ntwo"),
        ("wrapped\nline", "wrapped\nline"),  # a single newline is not a paragraph break
        ("para\u2029next", "para\n\nnext"),
        ("bell\x07 and\x00 nul", "bell and nul"),
        ("Cafe\u0301", "Caf\u00e9"),  # NFC
        (" \n\n \u200b ", ""),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@given(st.text())
def test_normalize_text_is_idempotent_and_clean(raw: str) -> None:
    once = normalize_text(raw)
    assert normalize_text(once) == once
    assert "\r" not in once and "  " not in once and "\n\n\n" not in once
    assert once == once.strip()


def test_normalize_field_folds_lines() -> None:
    assert normalize_field("  Seoul and Tokyo\n resume talks ") == "Seoul and Tokyo resume talks"
    assert normalize_field(" \u200b ") is None
    assert normalize_field(None) is None


def test_content_hash_is_sha256_of_normalised_text() -> None:
    assert content_hash("abc") == (
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    # the same article saved with curly quotes and CRLF hashes like the clean copy
    messy = normalize_text("\u201cYes,\u201d he said.\r\n\r\nNext.")
    assert content_hash(messy) == content_hash(normalize_text('"Yes," he said.\n\nNext.'))


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("**A lot of goodwill.**", "A lot of goodwill."),
        ("__strong__ and _em_ and *em*", "strong and em and em"),
        ("snake_case_name and 2*3*4 stay", "snake_case_name and 2*3*4 stay"),
        ("Putin [thanked](#) him", "Putin thanked him"),
        ("see [the report][1] now", "see the report now"),
        ("![Photo of Putin](https://x.org/p.jpg)Caption", "Caption"),
        ("## Background ##", "Background"),
        ("623 million rubles (\\$8.3 million) \\*not em\\*",
         "623 million rubles ($8.3 million) *not em*"),
        ("Original url: <https://example.org/a>", "Original url: https://example.org/a"),
        ("- first point\n* second point", "first point\nsecond point"),
        ("> quoted words", "quoted words"),
        ("use `code` here", "use code here"),
        ("Title\n=====\n\ntext\n\n---\n\nmore", "Title\n\n\ntext\n\n\n\nmore"),
        ("[1]: https://example.org/ref", "[1]: https://example.org/ref"),  # reference line kept
    ],
)
def test_clean_markdown(markdown: str, plain: str) -> None:
    assert clean_markdown(markdown) == plain


def test_markdown_title_is_first_heading() -> None:
    assert markdown_title("\n\n# What *Did* Japan Pledge?\n\ntext\n\n# Later") == (
        "What Did Japan Pledge?")
    assert markdown_title("no heading\n#hashtag is not one") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# Heading\n\nText.", True),
        ("He [said](https://x.org) so.", True),
        ("A **bold** claim.", True),
        ("It cost \\$5 million.", True),
        ("Plain text with a #hashtag, 2*3 and [brackets].", False),
    ],
)
def test_looks_like_markdown(text: str, expected: bool) -> None:
    assert looks_like_markdown(text) is expected
