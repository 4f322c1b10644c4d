import json

import pytest

from eventwire import cameo
from eventwire.coder.inflect import surface_forms
from eventwire.coder.patterns import (
    PatternError,
    default_patterns,
    load_pattern_file,
    load_patterns,
    parse_path,
)


def test_every_packaged_pattern_loads_with_known_codes():
    ps = default_patterns()
    assert len(ps.patterns) >= 40
    for p in ps.patterns:
        assert cameo.lookup(p.code).code == p.code
        assert p.lemmas


def test_trigger_forms_include_inflections():
    forms = default_patterns().trigger_forms
    for word in ("visited", "flew", "met", "talks", "congratulated", "signed", "allocated"):
        assert word in forms


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x", "code": "042"}', "'trigger'"),
        ('{"id": "x", "code": "4x2", "trigger": {"lemma": ["go"]}}', "'code'"),
        ('{"id": "x", "code": "999", "trigger": {"lemma": ["go"]}}', "999"),
        ('{"id": "x", "code": "042", "trigger": {"lemma": ["go"]}, "target": ["nope"]}', "nope"),
        ('{"id": "x", "code": "042", "trigger": {"lemma": ["go"]}, "colour": 1}', "colour"),
        ("[1, 2]", "JSON object"),
        ("{not json", "Expecting"),
        ('{"id": "x", "code": "042", "trigger": {"lemma": ["go"]}, "forbid": ["head[NOUNS]:x"]}',
         "NOUNS"),
    ],
)
def test_bad_pattern_names_file_line_and_problem(tmp_path, line, message):
    f = tmp_path / "mine.jsonl"
    f.write_text('{"id": "ok", "code": "042", "trigger": {"lemma": ["visit"]}}\n' + line + "\n")
    with pytest.raises(PatternError) as err:
        load_pattern_file(f)
    assert f"{f}:2" in str(err.value)
    assert message in str(err.value)


def test_user_patterns_extend_the_packaged_ones(tmp_path):
    f = tmp_path / "extra.jsonl"
    f.write_text(json.dumps({"id": "user-042-tour", "code": "042",
                             "trigger": {"lemma": ["barnstorm"]}, "target": ["obj"]}) + "\n")
    ps = load_patterns([f])
    assert [p.id for p in ps.for_lemma("barnstorm")] == ["user-042-tour"]
    assert "barnstormed" in ps.trigger_forms
    assert len(ps.patterns) == len(default_patterns().patterns) + 1


def test_duplicate_ids_are_refused(tmp_path):
    f = tmp_path / "dup.jsonl"
    f.write_text(json.dumps({"id": "042-visit", "code": "042", "trigger": {"lemma": ["x"]}}) + "\n")
    with pytest.raises(PatternError, match="duplicate pattern id 042-visit"):
        load_patterns([f])


def test_parse_path_steps():
    steps = parse_path("dobj:visit|trip>prep:to")
    assert [s.dep for s in steps] == ["dobj", "prep"]
    assert steps[0].lemmas == frozenset({"visit", "trip"})
    assert steps[1].lemmas == frozenset({"to"})
    assert steps[0].pos == frozenset()


def test_a_step_may_name_the_parts_of_speech_it_reaches():
    steps = parse_path("head[NOUN|PROPN]:report|statement>poss")
    assert steps[0].dep == "head" and steps[0].pos == frozenset({"NOUN", "PROPN"})
    assert steps[0].lemmas == frozenset({"report", "statement"})
    with pytest.raises(ValueError, match="part of speech"):
        parse_path("head[]:report")


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [("visit", {"visits", "visited", "visiting"}), ("fly", {"flew", "flies", "flown"}),
     ("plan", {"planned", "planning"}), ("congratulate", {"congratulated", "congratulating"}),
     ("meet", {"met", "meets"}), ("cancel", {"cancelled", "canceled", "cancelling"}),
     ("signal", {"signalled", "signaled"})],
)
def test_surface_forms(lemma, expected):
    assert expected <= surface_forms(lemma)


def test_user_verb_tsv_rows_become_patterns(tmp_path):
    f = tmp_path / "my_verbs.tsv"
    f.write_text("# my verbs\ncode\tlemmas\tsource\ttarget\n"
                 "111\texcoriate|pillory\n"
                 "042\tbarnstorm\tsubj\tprep:through;obj\n", encoding="utf-8")
    pats = load_pattern_file(f)
    assert [(p.id, p.code, sorted(p.lemmas)) for p in pats] == [
        ("my_verbs:3", "111", ["excoriate", "pillory"]), ("my_verbs:4", "042", ["barnstorm"])]
    assert pats[0].source == (parse_path("subj"),) and pats[0].target == (parse_path("obj"),)
    assert pats[1].target == (parse_path("prep:through"), parse_path("obj"))
    assert "pilloried" in load_patterns([f]).trigger_forms


@pytest.mark.parametrize(("body", "message"), [
    ("lemma\tcode\n", "starts with the header"),
    ("code\tlemmas\tsource\ttarget\n111\tslam\tsubj\tobj\textra\n", "at most 4"),
    ("code\tlemmas\tsource\ttarget\n999\tslam\n", "999"),
    ("code\tlemmas\tsource\ttarget\n111\t\n", "'trigger'"),
    ("code\tlemmas\tsource\ttarget\n111\tslam\tnope\n", "nope"),
])
def test_bad_verb_tsv_names_file_and_line(tmp_path, body, message):
    f = tmp_path / "v.tsv"
    f.write_text(body, encoding="utf-8")
    with pytest.raises(PatternError, match=message) as err:
        load_pattern_file(f)
    assert f"{f}:" in str(err.value)
