"""A country word of two or three words ("Equatorial Guinean", "Papua New Guinean", "South
African") is one country, not also the country of its last word (round 12, found by swapping
the countries of correctly coded dev sentences for every other country)."""

from __future__ import annotations

import pytest

from tests.coder.coding import coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Equatorial Guinean security services locked up an opposition leader on Wednesday.",
         {("173", "GNQSPY", "GNQOPP")}),
        ("Papua New Guinean troops clashed with Indonesian soldiers on Monday.",
         {("190", "PNGMIL", "IDNMIL")}),
        ("Equatorial Guinean and Gabonese officials criticised Cameroon on Monday.",
         {("111", "GNQGOV", "CMR"), ("111", "GABGOV", "CMR")}),
    ],
)
def test_a_country_word_of_several_words_is_one_country(text, expected):
    assert set(coded(text)) == expected
