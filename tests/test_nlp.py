import pytest

from eventwire import nlp


def test_sentences_keep_abbreviations_and_offsets():
    text = ("Japarov flew to Moscow on Feb. 24. He met Putin.\n\nThe U.S. envoy said so.\n"
            "Headline without a stop")
    sents = nlp.split_sentences(text)
    assert [s.text for s in sents] == [
        "Japarov flew to Moscow on Feb. 24.",
        "He met Putin.",
        "The U.S. envoy said so.",
        "Headline without a stop",
    ]
    for s in sents:
        assert text[s.start:s.end] == s.text
    assert [s.paragraph for s in sents] == [0, 0, 1, 1]


def test_paragraph_break_is_a_hard_boundary():
    sents = nlp.split_sentences("Talks began in Tashkent\n\nPutin said nothing.")
    assert [s.text for s in sents] == ["Talks began in Tashkent", "Putin said nothing."]


def test_headlines_and_captions_are_not_body_sentences():
    assert nlp.is_body_sentence("Japarov flew to Moscow on Feb. 24.")
    assert nlp.is_body_sentence('"We agreed," he said.”')
    assert not nlp.is_body_sentence("Washington Welcomes a New Afghan Ambassador")
    assert not nlp.is_body_sentence("Related Articles")


def test_model_is_loaded_once():
    assert nlp.get_nlp() is nlp.get_nlp()



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NAIROBI, March 4 (Reuters) - Police arrested two men.",
         ["NAIROBI, March 4", "Police arrested two men."]),
        ("GENEVA, May 4, 2022 (Reuters) - Talks resumed.",
         ["GENEVA, May 4, 2022", "Talks resumed."]),
        ("WASHINGTON (AP) \u2014 Biden met Xi.", ["WASHINGTON", "Biden met Xi."]),
        ("KABUL, Afghanistan (AP) \u2014 The Taliban spoke.",
         ["KABUL, Afghanistan", "The Taliban spoke."]),
        ("Nov 24 (Reuters) - Mali protested.", ["Nov 24", "Mali protested."]),
        ("(Reuters) - Mali protested. France replied.", ["Mali protested.", "France replied."]),
        ("ST. JOHN'S, Antigua (AP) - Police arrested two men. They were charged.",
         ["ST. JOHN'S, Antigua", "Police arrested two men.", "They were charged."]),
        ("BOGOT\u00c1 (Reuters) - Colombia spoke.", ["BOGOT\u00c1", "Colombia spoke."]),
        ("S\u00c3O PAULO, Brazil (AP) - Lula spoke.", ["S\u00c3O PAULO, Brazil", "Lula spoke."]),
        ("US - China talks resumed.", ["US - China talks resumed."]),
        ("The army - backed by jets - attacked.", ["The army - backed by jets - attacked."]),
    ],
)
def test_datelines_are_headings_and_the_agency_is_in_no_sentence(text, expected):
    sents = nlp.split_sentences(text)
    assert [s.text for s in sents] == expected
    for s in sents:
        assert text[s.start:s.end] == s.text


def test_a_dateline_heading_is_marked_as_one():
    sents = nlp.split_sentences("NAIROBI, March 4 (Reuters) - Police arrested two men.")
    assert [s.heading for s in sents] == [True, False]
