"""Which events become one record, on hand-made event rows (no parsing involved)."""

from __future__ import annotations

import itertools
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.corroborate import block_key, build_records
from eventwire.corroborate.link import amounts_agree, code_affinity, stem

_counter = itertools.count()


def ev(doc: str, code: str, source: str, target: str, date: str, *, trigger: str = "met",
       amount: float | None = None, place: str | None = None, assumed: bool = False,
       published: str | None = None, source_name: str | None = None,
       target_name: str | None = None, sentence: str | None = None) -> dict[str, Any]:
    """An event row as store.events() returns it (only the fields corroboration reads)."""
    n = next(_counter)
    precision = {10: "day", 7: "month", 4: "year"}[len(date)]
    return {
        "event_id": f"e{n:04d}", "doc_id": doc, "code": code, "source": source,
        "target": target, "date": date, "date_precision": precision, "date_assumed": assumed,
        "date_text": None, "published": published or "2021-03-01", "outlet": f"outlet {doc}",
        "amount_usd": amount, "amount_text": None, "place": place, "place_country": None,
        "trigger": trigger, "source_name": source_name, "target_name": target_name,
        "source_text": source, "target_text": target,
        "sentence": sentence or f"{doc}: {source} {trigger} {target} ({n}).",
        "char_start": n, "char_end": n + 10,
    }


def groups(events: list[dict[str, Any]]) -> set[frozenset[str]]:
    return {frozenset(m["event_id"] for m in r["members"]) for r in build_records(events)}


def together(events: list[dict[str, Any]], *members: dict[str, Any]) -> bool:
    want = {m["event_id"] for m in members}
    return any(want <= g for g in groups(events))


def record_of(events: list[dict[str, Any]], member: dict[str, Any]) -> dict[str, Any]:
    return next(r for r in build_records(events)
                if member["event_id"] in {m["event_id"] for m in r["members"]})


def test_a_visit_reported_by_month_and_by_day_is_one_record():
    a = ev("a", "042", "KGZGOV", "RUS", "2021-02", trigger="flew")
    b = ev("b", "042", "KGZGOV", "RUS", "2021-02-24", trigger="flew", place="Moscow")
    record = record_of([a, b], a)
    assert together([a, b], a, b)
    assert record["date"] == "2021-02-24" and record["date_precision"] == "day"
    assert record["place"] == "Moscow" and record["n_documents"] == 2 and not record["conflicts"]


def test_two_aid_payments_of_one_donor_stay_apart():
    dec = [ev(d, "071", "RUS", "KGZ", "2020-12", trigger="provided", amount=20e6)
           for d in "ab"]
    feb = [ev(d, "071", "RUS", "KGZGOV", "2021-02", trigger="provided", amount=5.2e6)
           for d in "ab"]
    assert groups(dec + feb) == {frozenset(e["event_id"] for e in dec),
                                 frozenset(e["event_id"] for e in feb)}


def test_amounts_of_a_different_size_are_different_payments_even_on_one_day():
    a = ev("a", "071", "RUS", "KGZ", "2021-02-24", trigger="gave", amount=5.2e6)
    b = ev("b", "071", "RUS", "KGZ", "2021-02-24", trigger="gave", amount=8.3e6)
    assert not together([a, b], a, b)


def test_a_disputed_amount_is_one_record_with_an_amount_conflict():
    a = ev("a", "072", "USA", "UKR", "2023-08-29", trigger="announced", amount=250e6)
    b = ev("b", "072", "USA", "UKR", "2023-08-29", trigger="announced", amount=250e6)
    c = ev("c", "072", "USAGOV", "UKR", "2023-08-29", trigger="announced", amount=265e6)
    record = record_of([a, b, c], a)
    assert together([a, b, c], a, b, c)
    assert record["amount_usd"] == 250e6
    (conflict,) = record["conflicts"]
    assert conflict["field"] == "amount"
    assert conflict["values"]["c"] == "$265 million" and conflict["values"]["a"] == "$250 million"
    assert set(conflict["sentences"]) == {"a", "b", "c"}


def test_a_rounded_amount_is_no_conflict():
    assert amounts_agree(8.3e6, 8e6) and amounts_agree(1.52e9, 1.5e9)
    assert not amounts_agree(265e6, 250e6)


def test_dates_a_day_apart_are_one_event_in_conflict_and_months_apart_two_events():
    a = ev("a", "041", "FRAGOV", "RUSGOV", "2022-02-12", trigger="called")
    b = ev("b", "041", "FRAGOV", "RUSGOV", "2022-02-13", trigger="called")
    c = ev("c", "041", "FRAGOV", "RUSGOV", "2022-02-20", trigger="called")
    assert together([a, b, c], a, b) and not together([a, b, c], a, c)
    record = record_of([a, b, c], a)
    assert [c["field"] for c in record["conflicts"]] == ["date"]
    assert record["conflicts"][0]["values"] == {"a": "2022-02-12", "b": "2022-02-13"}


def test_late_february_and_february_24_agree():
    a = ev("a", "042", "KGZGOV", "RUS", "2021-02", trigger="flew")
    b = ev("b", "042", "KGZGOV", "RUS", "2021-02-24", trigger="flew")
    assert record_of([a, b], a)["conflicts"] == []


def test_december_and_february_never_meet():
    a = ev("a", "071", "RUS", "KGZ", "2020-12", trigger="gave", amount=20e6)
    b = ev("b", "071", "RUS", "KGZ", "2021-02", trigger="gave", amount=20e6)
    assert not together([a, b], a, b)


def test_symmetric_codes_merge_either_way_round_and_one_way_acts_do_not():
    a = ev("a", "040", "UKRGOV", "USAGOV", "2023-09-21", source_name="Zelensky",
           target_name="Biden")
    b = ev("b", "040", "USAGOV", "UKRGOV", "2023-09-21", trigger="meeting",
           source_name="Biden", target_name="Zelensky")
    assert together([a, b], a, b)
    c = ev("c", "051", "RUSGOV", "KGZGOV", "2021-02-24", trigger="praised")
    d = ev("d", "051", "KGZGOV", "RUSGOV", "2021-02-24", trigger="praised")
    assert not together([c, d], c, d)


def test_a_visit_and_its_hosting_are_one_event():
    visit = ev("a", "042", "UKRGOV", "USA", "2023-09-21", trigger="visited")
    host = ev("b", "043", "USAGOV", "UKRGOV", "2023-09-21", trigger="welcomed")
    same_doc = ev("b", "042", "UKRGOV", "USA", "2023-09-21", trigger="welcomed")
    assert together([visit, host, same_doc], visit, host, same_doc)


def test_two_acts_of_one_article_stay_apart_when_another_reports_both():
    congratulated = [ev(d, "051", "RUSGOV", "KGZGOV", "2021-02-24", trigger="congratulated")
                     for d in "ab"]
    thanked = [ev(d, "051", "RUSGOV", "KGZGOV", "2021-02-24", trigger="thanked") for d in "ab"]
    assert groups(congratulated + thanked) == {
        frozenset(e["event_id"] for e in congratulated),
        frozenset(e["event_id"] for e in thanked)}


def test_no_chain_of_neighbours_joins_events_too_far_apart():
    days = [ev(d, "190", "ISRMIL", "PSEREB", f"2023-10-{day:02d}", trigger="struck")
            for d, day in zip("abcd", (10, 12, 14, 16), strict=True)]
    for record in build_records(days):
        dates = sorted(m["date"] for m in record["members"])
        assert (int(dates[-1][-2:]) - int(dates[0][-2:])) <= 3


def test_inside_one_country_the_target_tells_events_apart():
    leader = [ev(d, "173", "PAKCOP", "PAKELI", "2023-05-09", trigger="arrested") for d in "ab"]
    crowd = ev("b", "173", "PAKCOP", "PAKCVL", "2023-05-09", trigger="arrested")
    assert groups([*leader, crowd]) == {frozenset(e["event_id"] for e in leader),
                                        frozenset({crowd["event_id"]})}


def test_reports_naming_different_people_are_in_conflict():
    a = ev("a", "166", "DEUGOV", "RUSGOV", "2022-04-04", trigger="expelled",
           source_name="Annalena Baerbock")
    b = ev("b", "166", "DEUGOV", "RUSGOV", "2022-04-04", trigger="expelled",
           source_name="Nancy Faeser")
    c = ev("c", "166", "DEUGOV", "RUSGOV", "2022-04-04", trigger="expelled",
           source_name="Annalena Baerbock")
    record = record_of([a, b, c], a)
    assert record["n_documents"] == 3
    assert record["source_name"] == "Annalena Baerbock"
    assert [c["field"] for c in record["conflicts"]] == ["source"]


def test_different_roles_for_who_acted_are_a_conflict():
    a = ev("a", "173", "PAKCOP", "PAKELI", "2023-05-09", trigger="arrested")
    b = ev("b", "173", "PAKMIL", "PAKELI", "2023-05-09", trigger="arrested")
    record = record_of([a, b], a)
    assert record["n_documents"] == 2
    assert [c["field"] for c in record["conflicts"]] == ["source role"]


def test_places_a_town_and_its_country_agree_two_towns_do_not():
    a = ev("a", "040", "USAGOV", "ISRGOV", "2023-11-03", place="Tel Aviv")
    b = ev("b", "040", "USAGOV", "ISRGOV", "2023-11-03", place="Israel")
    c = ev("c", "040", "USAGOV", "ISRGOV", "2023-11-03", place="Jerusalem")
    assert record_of([a, b], a)["conflicts"] == []
    record = record_of([a, c], a)
    assert record["n_documents"] == 2
    assert record["conflicts"][0]["field"] == "place"
    assert record["conflicts"][0]["values"] == {"a": "Tel Aviv", "c": "Jerusalem"}


def test_an_undated_report_joins_a_dated_one_only_with_more_in_common():
    dated = ev("a", "040", "USAGOV", "ISRGOV", "2023-10-12", trigger="met")
    later = ev("b", "040", "USAGOV", "ISRGOV", "2023-10-17", trigger="met", assumed=True,
               published="2023-10-17")
    next_day = ev("c", "040", "USAGOV", "ISRGOV", "2023-10-13", trigger="met", assumed=True,
                  published="2023-10-13")
    assert not together([dated, later], dated, later)
    assert together([dated, next_day], dated, next_day)
    record = record_of([dated, next_day], dated)
    assert record["date"] == "2023-10-12" and record["date_assumed"] is False


def test_record_fields_count_documents_outlets_and_first_report():
    a = ev("a", "042", "KGZGOV", "RUS", "2021-02-24", trigger="flew", published="2021-03-01")
    b = ev("b", "042", "KGZGOV", "RUS", "2021-02-24", trigger="flew", published="2021-02-25")
    record = record_of([a, b], a)
    assert record["n_events"] == 2 and record["n_outlets"] == 2
    assert record["first_reported"] == "2021-02-25" and record["last_reported"] == "2021-03-01"
    assert record["members"][0]["doc_id"] == "b"  # earliest report first
    assert record["event_name"] and record["quad_class"] == 1 and record["plover"]


def test_code_relations():
    assert code_affinity("042", "043") == 2 and code_affinity("040", "046") == 1.5
    assert code_affinity("070", "071") == 1.5 and code_affinity("010", "012") == 1
    assert code_affinity("033", "0333") == 1.5
    assert code_affinity("042", "045") == 0 and code_affinity("042", "051") is None
    assert stem("thanked") == stem("thank") != stem("congratulated")


def test_block_key_groups_by_countries_and_root():
    assert block_key(ev("a", "042", "KGZGOV", "RUS", "2021-02")) == "KGZ|RUS|04"
    assert block_key(ev("a", "043", "RUSGOV", "KGZGOV", "2021-02")) == "KGZ|RUS|04"
    assert block_key(ev("a", "0231", "KAZ", "IGOUNOWHO", "2021")) == "IGOUNO|KAZ|02"


_EVENTS = [
    ev(d, code, s, t, date, trigger=trig, amount=amount)
    for d, code, s, t, date, trig, amount in [
        ("a", "071", "RUS", "KGZ", "2020-12", "gave", 20e6),
        ("b", "071", "RUSGOV", "KGZGOV", "2020-12", "provided", 20e6),
        ("a", "071", "RUS", "KGZ", "2021-02", "gave", 5.2e6),
        ("c", "071", "RUS", "KGZ", "2021-02-10", "allocated", 5.2e6),
        ("b", "042", "KGZGOV", "RUS", "2021-02-24", "flew", None),
        ("c", "043", "RUSGOV", "KGZGOV", "2021-02-24", "hosted", None),
        ("a", "042", "KGZGOV", "RUS", "2021-02", "flew", None),
        ("d", "041", "FRAGOV", "RUSGOV", "2022-02-12", "called", None),
        ("e", "041", "RUSGOV", "FRAGOV", "2022-02-13", "called", None),
        ("d", "041", "FRAGOV", "RUSGOV", "2022-02-20", "held", None),
        ("e", "041", "FRAGOV", "RUSGOV", "2022-02-20", "held", None),
    ]
]


@settings(max_examples=60, deadline=None)
@given(st.permutations(_EVENTS))
def test_records_do_not_depend_on_the_order_events_come_in(events):
    expected = sorted((r["record_id"], tuple(m["event_id"] for m in r["members"]))
                      for r in build_records(_EVENTS))
    got = sorted((r["record_id"], tuple(m["event_id"] for m in r["members"]))
                 for r in build_records(events))
    assert got == expected
