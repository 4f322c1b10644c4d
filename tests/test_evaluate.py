"""Scoring against gold: one tiny hand-built case per matching rule, plus the file formats."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from eventwire.evaluate import (
    dates_compatible,
    evaluate,
    format_report,
    gold_doc_for,
    load_gold,
    load_predictions,
    to_json,
)
from eventwire.records import Document, Event
from eventwire.store import Store

GOLD_PATH = Path(__file__).parents[2] / "shared" / "corpus" / "seeds.gold.jsonl"


def gold_event(code: str = "042", source: str = "KGZGOV", target: str = "RUS",
               date: str | None = "2021-03-02", core: bool = True) -> dict[str, Any]:
    return {"date": date, "source": source, "target": target, "code": code, "place": None,
            "amount_usd": None, "core": core, "evidence": "..."}


def gold_doc(*events: dict[str, Any], id: str = "seed-000",
             path: str = "seeds/000_74218fcd071f5255.txt") -> dict[str, Any]:
    return {"id": id, "path": path, "outlet": "O", "published": "2021-04-05",
            "events": list(events)}


def pred(code: str = "042", source: str = "KGZGOV", target: str = "RUS",
         date: str = "2021-03-02", doc_id: str = "000_74218fcd071f5255.txt") -> dict[str, Any]:
    return {"doc_id": doc_id, "code": code, "source": source, "target": target, "date": date}


def found(gold: dict[str, Any], prediction: dict[str, Any]) -> bool:
    """Whether a one-event gold document is found by a one-event prediction list."""
    return evaluate([gold_doc(gold)], [prediction]).n_found == 1


# -- the matching rules, one at a time -----------------------------------------------------
@pytest.mark.parametrize(("gold_code", "pred_code", "ok"), [
    ("042", "042", True), ("042", "043", True), ("042", "04", True), ("0231", "020", True),
    ("042", "036", False), ("190", "180", False)])
def test_same_root_is_enough(gold_code: str, pred_code: str, ok: bool) -> None:
    assert found(gold_event(gold_code), pred(pred_code)) is ok


@pytest.mark.parametrize(("source", "target", "ok"), [
    ("KGZGOV", "RUS", True), ("KGZ", "RUSGOV", True), ("KGZMIL", "RUSMIL", True),
    ("KAZGOV", "RUS", False), ("KGZGOV", "UKR", False), ("RUS", "KGZGOV", False)])
def test_countries_are_the_first_three_letters(source: str, target: str, ok: bool) -> None:
    assert found(gold_event(), pred(source=source, target=target)) is ok


@pytest.mark.parametrize(("gold_code", "pred_code", "ok"), [
    ("040", "040", True), ("041", "041", True), ("044", "040", True), ("046", "046", True),
    ("057", "057", True),
    ("043", "040", True),   # symmetric when either code is
    ("040", "043", True),
    ("042", "043", False),  # a visit has a direction
    ("051", "051", False)])
def test_symmetric_codes_match_either_order(gold_code: str, pred_code: str, ok: bool) -> None:
    gold = gold_event(gold_code, source="KGZGOV", target="UZBGOV")
    assert found(gold, pred(pred_code, source="UZB", target="KGZ")) is ok
    assert found(gold, pred(pred_code, source="KGZ", target="UZB"))  # same order: always


@pytest.mark.parametrize(("gold", "predicted", "ok"), [
    ("2021-03-02", "2021-03-02", True), ("2021-03-02", "2021-03-03", True),
    ("2021-03-02", "2021-03-01", True), ("2021-03-01", "2021-02-28", True),
    ("2021-03-02", "2021-03-04", False), ("2021-03-02", "2021-02-28", False),
    # month precision on either side: the same month, however far apart the days
    ("2021-02", "2021-02-24", True), ("2021-02", "2021-02-01", True),
    ("2021-02-24", "2021-02", True), ("2021-02", "2021-02", True),
    ("2021-02", "2021-03-01", False), ("2021-02-28", "2021-03", False),
    # year precision on either side
    ("2021", "2021-12-31", True), ("2021-06", "2021", True), ("2021", "2022-01", False),
    # not a date
    ("2021-02-24", "", False), ("2021-02-24", "Feb 24", False), (None, "2019-01-01", True)])
def test_date_compatibility(gold: str | None, predicted: str, ok: bool) -> None:
    assert dates_compatible(gold, predicted) is ok
    assert found(gold_event(date=gold), pred(date=predicted)) is ok


# -- which document a prediction belongs to ------------------------------------------------
@pytest.mark.parametrize(("doc_id", "ok"), [
    ("seed-000", True),                                  # the gold id
    ("seeds/000_74218fcd071f5255.txt", True),            # the gold path
    ("000_74218fcd071f5255.txt", True),                  # gold path ends with "/" + doc_id
    ("corpus/seeds/000_74218fcd071f5255.txt", True),     # doc_id ends with the file name
    ("other/000_74218fcd071f5255.txt", True),
    ("x000_74218fcd071f5255.txt", False),                # no "/" boundary
    ("000_74218fcd071f5255", False),                     # no extension
    ("seed-00", False), ("seeds", False), ("", False)])
def test_doc_id_forms(doc_id: str, ok: bool) -> None:
    assert (gold_doc_for(doc_id, [gold_doc(gold_event())]) == 0) is ok
    assert found(gold_event(), pred(doc_id=doc_id)) is ok


def test_doc_id_prefers_the_most_specific_form_and_refuses_ties() -> None:
    docs = [gold_doc(id="a", path="x/same.txt"), gold_doc(id="b", path="y/same.txt"),
            gold_doc(id="y/same.txt", path="z/other.txt")]
    assert gold_doc_for("x/same.txt", docs) == 0   # path beats file name
    assert gold_doc_for("y/same.txt", docs) == 2   # id beats path
    assert gold_doc_for("same.txt", docs) is None  # two gold paths end with it: ambiguous
    assert gold_doc_for("b", docs) == 1


def test_a_prediction_for_another_document_does_not_match() -> None:
    docs = [gold_doc(gold_event(), id="d1", path="s/one.txt"),
            gold_doc(gold_event(code="071"), id="d2", path="s/two.txt")]
    report = evaluate(docs, [pred(doc_id="two.txt")])  # a 042 event, but for d2
    assert report.n_found == 0 and report.n_pred == 1 and report.precision == 0.0


# -- one-to-one assignment and the scores ----------------------------------------------------
def test_one_prediction_finds_one_gold_event_only() -> None:
    report = evaluate([gold_doc(gold_event(), gold_event())], [pred()])
    assert (report.n_found, report.recall, report.precision) == (1, 0.5, 1.0)


def test_one_gold_event_is_found_by_one_prediction_only() -> None:
    report = evaluate([gold_doc(gold_event())], [pred(), pred(date="2021-03-03")])
    assert (report.n_found, report.recall, report.precision) == (1, 1.0, 0.5)
    assert report.matches == [(0, 0)]  # the exact date wins over the day after


def test_assignment_is_maximum_not_greedy() -> None:
    # greedy on date agreement pairs g0-p0 (same day) and leaves g1 with nothing;
    # the maximum matching pairs g0-p1 (one day apart) and g1-p0 (one day apart)
    gold = gold_doc(gold_event(date="2021-03-02"), gold_event(date="2021-03-01"))
    report = evaluate([gold], [pred(date="2021-03-02"), pred(date="2021-03-03")])
    assert report.n_found == 2
    assert report.matches == [(0, 1), (1, 0)]


def test_gold_indices_run_across_documents() -> None:
    docs = [gold_doc(gold_event(), id="d1", path="s/one.txt"),
            gold_doc(gold_event(code="071"), id="d2", path="s/two.txt")]
    report = evaluate(docs, [pred(code="071", doc_id="d2"), pred(doc_id="d1")])
    assert report.matches == [(0, 1), (1, 0)]


def test_precision_counts_only_documents_in_the_gold() -> None:
    docs = [gold_doc(gold_event(), gold_event(code="071", core=False))]
    preds = [pred(), pred(code="190"),                     # gold document: 1 right, 1 wrong
             pred(doc_id="unknown.txt"), pred(doc_id="unknown.txt"), pred(doc_id="other")]
    report = evaluate(docs, preds)
    assert report.n_pred == 2 and report.n_correct == 1 and report.precision == 0.5
    assert report.n_ignored == 3 and report.ignored_doc_ids == ["other", "unknown.txt"]
    assert report.recall == 0.5 and report.core_recall == 1.0
    assert report.f1 == pytest.approx(0.5)


def test_core_recall_counts_core_events_only() -> None:
    docs = [gold_doc(gold_event(core=True), gold_event(code="071", core=True),
                     gold_event(code="051", core=False))]
    report = evaluate(docs, [pred(), pred(code="051")])
    assert (report.n_core, report.n_core_found, report.core_recall) == (2, 1, 0.5)
    assert report.recall == pytest.approx(2 / 3)


def test_per_root_counts() -> None:
    docs = [gold_doc(gold_event("042"), gold_event("043", date="2021-05-01"),
                     gold_event("071"))]
    report = evaluate(docs, [pred("040"), pred("071"), pred("190"), pred("071", date="2020")])
    counts = {root: {k: row[k] for k in ("gold", "found", "pred", "correct")}
              for root, row in report.per_root.items()}
    assert counts == {
        "04": {"gold": 2, "found": 1, "pred": 1, "correct": 1},
        "07": {"gold": 1, "found": 1, "pred": 2, "correct": 1},
        "19": {"gold": 0, "found": 0, "pred": 1, "correct": 0},
    }
    assert report.per_root["04"]["recall"] == 0.5 and report.per_root["04"]["precision"] == 1
    assert report.per_root["04"]["f1"] == pytest.approx(2 / 3)
    assert report.per_root["19"]["f1"] == 0.0


def test_per_plover_type_groups_codes_across_roots() -> None:
    # 02 (appeal) and 10 (demand) are both PLOVER REQUEST; 01 statements have no PLOVER type
    docs = [gold_doc(gold_event("023"), gold_event("010"))]
    report = evaluate(docs, [pred("101"), pred("010")])
    assert report.per_plover["REQUEST"]["correct"] == 1  # right type, wrong root
    assert report.per_root["02"]["found"] == 0
    assert report.per_plover["none"]["f1"] == 1.0


def test_actor_accuracy_on_matched_events() -> None:
    docs = [gold_doc(gold_event("111", source="KGZGOV", target="RUSMIL"),
                     gold_event("040", source="KGZGOV", target="IGOUNO"))]
    report = evaluate(docs, [pred("111", source="KGZOPP", target="RUSMIL"),
                             pred("040", source="IGOEUREEC", target="KGZGOV")])
    a = report.actors
    assert a["source_country"]["accuracy"] == 1.0  # symmetric 040 swapped back
    assert a["source_role"]["correct"] == 1 and a["source_role"]["total"] == 2
    assert a["target_country"]["correct"] == 1  # IGOEUREEC is not IGOUNO
    assert a["both_exact"]["correct"] == 0


def test_date_accuracy_counts_pairs_matched_whatever_their_date() -> None:
    docs = [gold_doc(gold_event("042", date="2021-03-02"), gold_event("111", date="2021-03"))]
    report = evaluate(docs, [pred("042", date="2021-04-05"), pred("111", date="2021-03-09")])
    assert report.n_found == 1  # the 042 is dated wrongly: not found
    assert report.dates == {"matched": 2, "compatible": 1, "exact": 0, "accuracy": 0.5,
                            "exact_accuracy": 0.0}


def test_confusion_pairs_events_on_actors_whatever_their_code() -> None:
    docs = [gold_doc(gold_event("042"), gold_event("111", target="UKR"))]
    report = evaluate(docs, [pred("036"), pred("190", source="RUS", target="UKR")])
    assert report.confusion == {"04": {"03": 1}, "11": {"--": 1}, "--": {"19": 1}}
    assert list(report.confusion)[-1] == "--"
    assert report.missed == [0, 1] and report.spurious == [0, 1]


# -- match="root": found by root and date, countries scored apart ---------------------------
def test_root_match_finds_events_whose_countries_differ() -> None:
    docs = [gold_doc(gold_event("111", source="KGZGOV", target="RUSMIL"))]
    preds = [pred("111", source="KAZGOV", target="RUSMIL")]
    assert evaluate(docs, preds).n_found == 0
    report = evaluate(docs, preds, match="root")
    assert (report.n_found, report.precision, report.match) == (1, 1.0, "root")
    assert report.actors["source_country"]["correct"] == 0
    assert report.actors["target_country"]["correct"] == 1


def test_root_match_still_needs_the_root_and_the_date() -> None:
    docs = [gold_doc(gold_event("111", date="2021-03-02"))]
    assert evaluate(docs, [pred("120")], match="root").n_found == 0
    assert evaluate(docs, [pred("111", date="2021-05-20")], match="root").n_found == 0


def test_root_match_pairs_agreeing_countries_first() -> None:
    """Two gold events of one root: each goes to the prediction naming its own countries."""
    docs = [gold_doc(gold_event("190", source="RUSMIL", target="UKRMIL"),
                     gold_event("190", source="SDNMIL", target="SDNREB"))]
    preds = [pred("190", source="SDNMIL", target="SDNREB"),
             pred("190", source="RUSMIL", target="UKR")]
    report = evaluate(docs, preds, match="root")
    assert report.matches == [(0, 1), (1, 0)]
    assert report.actors["source_country"]["accuracy"] == 1.0


def test_root_match_leaves_the_confusion_table_on_countries() -> None:
    docs = [gold_doc(gold_event("042"), gold_event("111", target="UKR"))]
    preds = [pred("036"), pred("111", source="RUS", target="UKR")]
    assert (evaluate(docs, preds, match="root").confusion
            == evaluate(docs, preds).confusion)


def test_unknown_match_is_refused() -> None:
    with pytest.raises(ValueError, match="actors, root"):
        evaluate([], [], match="countries")


def test_nothing_to_score_gives_zeros_not_errors() -> None:
    report = evaluate([], [pred()])
    assert (report.recall, report.precision, report.f1, report.n_ignored) == (0.0, 0.0, 0.0, 1)


# -- files -----------------------------------------------------------------------------------
@pytest.mark.parametrize("ext", [".jsonl", ".csv", ".parquet"])
def test_store_exports_score_the_same(tmp_path: Path, ext: str) -> None:
    text = "Japarov visited Tashkent."
    doc = Document(doc_id="000_74218fcd071f5255.txt", text=text, source_path="x",
                   content_hash=hashlib.sha256(text.encode()).hexdigest())
    events = [Event(doc_id=doc.doc_id, code=code, source="KGZGOV", target="UZB",
                    date=date, date_precision=prec, date_assumed=False, sentence=text,
                    char_start=start, char_end=len(text))
              for code, date, prec, start in [("042", "2021-03-12", "day", 0),
                                              ("036", "2021-04", "month", 5),
                                              ("190", "2021", "year", 9)]]
    with Store(tmp_path / "e.duckdb") as store:
        store.add_document(doc, events)
        store.export_events(tmp_path / f"events{ext}")
    predictions = load_predictions(tmp_path / f"events{ext}")
    assert [p["code"] for p in predictions] == ["190", "042", "036"]  # zeros kept in CSV
    gold = [gold_doc(gold_event("042", target="UZBGOV", date="2021-03-12"),
                     gold_event("036", target="UZB", date="2021-04"))]
    report = evaluate(gold, predictions)
    assert (report.n_found, report.n_pred, report.n_correct) == (2, 3, 2)


def test_load_gold_and_errors(tmp_path: Path) -> None:
    good = tmp_path / "gold.jsonl"
    good.write_text(json.dumps(gold_doc(gold_event())) + "\n\n", encoding="utf-8")
    assert load_gold(good) == [gold_doc(gold_event())]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(gold_doc()) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl:2"):
        load_gold(bad)
    with pytest.raises(ValueError, match="events"):
        bad.write_text('{"id": "x"}\n', encoding="utf-8")
        load_gold(bad)
    with pytest.raises(ValueError, match=r"\.jsonl, \.csv or \.parquet"):
        load_predictions(tmp_path / "pred.txt")


def test_the_seed_gold_scores_itself_perfectly() -> None:
    if not GOLD_PATH.exists():
        pytest.skip(f"{GOLD_PATH} not found (it lives outside the repository)")
    gold = load_gold(GOLD_PATH)
    preds = [dict(e, doc_id=d["path"].rsplit("/", 1)[-1]) for d in gold for e in d["events"]]
    report = evaluate(gold, preds)
    assert report.n_gold == len(preds) and report.recall == report.precision == 1.0
    assert report.core_recall == 1.0 and report.n_core > 0


def test_report_renders_and_serialises() -> None:
    report = evaluate([gold_doc(gold_event(), gold_event("071", core=False))],
                      [pred(), pred(doc_id="elsewhere.txt")])
    console = Console(record=True, width=100)
    console.print(format_report(report))
    text = console.export_text()
    assert "core recall" in text and "(1/1)" in text and "(1/2)" in text
    assert "Consult" in text and "1 predictions for 1 documents" in text
    data = json.loads(json.dumps(to_json(report)))
    assert data["matches"] == [[0, 0]] and data["per_root"]["07"]["gold"] == 1
