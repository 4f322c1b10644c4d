"""The DuckDB store: round trips, idempotence, deduplication, filters, exports, read-only."""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from eventwire.records import Document, Event, Problem
from eventwire.store import EVENT_COLUMNS, ReadOnlyStoreError, Store, StoreError


def make_doc(doc_id: str = "a.txt", text: str = "Japarov flew to Moscow.") -> Document:
    return Document(doc_id=doc_id, text=text, source_path=f"articles/{doc_id}",
                    content_hash=hashlib.sha256(text.encode()).hexdigest(), title="T",
                    outlet="Outlet", published="2021-03-01", line=None)


def make_event(doc_id: str = "a.txt", **kw: object) -> Event:
    base: dict[str, object] = dict(
        doc_id=doc_id, code="042", source="KGZGOV", target="RUS", date="2021-02-24",
        date_precision="day", date_assumed=False, sentence="Japarov flew to Moscow.",
        char_start=0, char_end=23, source_text="Japarov", target_text="Moscow",
        source_name="Sadyr Japarov", plover="CONSULT", plover_mode="visit", quad_class=1,
        goldstein=1.9, event_name="Make a visit", lat=55.75, lon=37.62, amount_usd=5.2e6,
        negated=False, extra={"date_kind": "text"})
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "events.duckdb"


@pytest.fixture
def store(db: Path) -> Iterator[Store]:
    with Store(db) as s:
        yield s


@pytest.fixture
def filled(store: Store) -> Store:
    """Three documents, five events of various actors, codes and date precisions."""
    a, b, c = make_doc("a.txt", "text a"), make_doc("b.txt", "text b"), make_doc("c", "text c")
    store.add_document(a, [
        make_event("a.txt", char_start=50, date="2021-03-02"),
        make_event("a.txt", char_start=0, code="071", source="RUS", target="KGZGOV",
                   date="2020-12", date_precision="month"),
    ])
    store.add_document(b, [
        make_event("b.txt", code="046", source="UZBGOV", target="KGZSPY", date="2021-03-24"),
        make_event("b.txt", code="190", source="TJKMIL", target="KGZMIL", date="2021",
                   date_precision="year"),
    ])
    store.add_document(c, [make_event("c", code="0231", source="KAZ", target="IGOUNO",
                                      date="2021-04-30")])
    return store


def test_document_and_events_round_trip(store: Store) -> None:
    doc = make_doc()
    events = [make_event(char_start=30, date="2021-02-25"), make_event(code="040", target="KAZ")]
    assert store.add_document(doc, events) is True
    got = store.events()
    expected = sorted((e.to_dict() for e in events), key=lambda d: (d["date"], d["char_start"]))
    assert got == expected
    assert all(list(row) == list(EVENT_COLUMNS) for row in got)  # exactly the Event fields
    [row] = store.documents()
    assert {k: row[k] for k in ("doc_id", "content_hash", "source_path", "text", "title",
                                "outlet", "published", "n_events")} == {
        "doc_id": "a.txt", "content_hash": doc.content_hash, "source_path": "articles/a.txt",
        "text": doc.text, "title": "T", "outlet": "Outlet", "published": "2021-03-01",
        "n_events": 2}
    assert row["coded_at"] is not None


def test_data_survives_reopening(db: Path) -> None:
    with Store(db) as s:
        s.add_document(make_doc(), [make_event()])
        s.add_problem(Problem("ingest", "bad.txt", "empty-file", "bad.txt: empty"))
    with Store(db) as s:
        assert s.counts() == {"documents": 1, "events": 1, "rejected": 1}
        assert s.events() == [make_event().to_dict()]


def test_re_adding_a_document_writes_nothing(store: Store) -> None:
    doc = make_doc()
    assert store.add_document(doc, [make_event()])
    assert store.has_document(doc.content_hash)
    assert store.add_document(doc, [make_event(), make_event(char_start=9)]) is False
    assert store.counts() == {"documents": 1, "events": 1, "rejected": 0}


def test_same_text_in_two_files_is_stored_once(store: Store) -> None:
    first, copy = make_doc("x/a.txt"), make_doc("y/copy.txt")
    assert first.content_hash == copy.content_hash
    assert store.add_document(first, [make_event("x/a.txt")])
    assert store.add_document(copy, [make_event("y/copy.txt")]) is False
    assert [d["doc_id"] for d in store.documents()] == ["x/a.txt"]
    assert [e["doc_id"] for e in store.events()] == ["x/a.txt"]


def test_repeated_event_in_one_document_is_stored_once(store: Store) -> None:
    e = make_event()
    assert store.add_document(make_doc(), [e, e, make_event(char_start=5)])
    assert store.counts()["events"] == 2
    assert store.documents()[0]["n_events"] == 2


def test_document_without_events_is_stored(store: Store) -> None:
    assert store.add_document(make_doc(), [])
    assert store.counts() == {"documents": 1, "events": 0, "rejected": 0}


def test_events_of_another_document_are_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="other.txt"):
        store.add_document(make_doc("a.txt"), [make_event("other.txt")])
    assert store.counts()["documents"] == 0


def test_a_failed_event_insert_leaves_no_document(store: Store) -> None:
    doc = make_doc()
    bad = make_event(char_start="not a number")  # type: ignore[arg-type]
    with pytest.raises(Exception):  # noqa: B017 - pyarrow's error type is not the point
        store.add_document(doc, [make_event(char_start=3), bad])
    assert not store.has_document(doc.content_hash)
    assert store.counts() == {"documents": 0, "events": 0, "rejected": 0}
    assert store.add_document(doc, [make_event()])  # and the store is still usable


def test_problems_are_deduplicated_on_source_line_code(store: Store) -> None:
    p = Problem("ingest", "feed.jsonl", "bad-json", "feed.jsonl:3: not JSON", line=3)
    assert store.add_problem(p) is True
    assert store.add_problem(replace(p, message="reworded")) is False
    assert store.add_problem(replace(p, line=4)) is True
    assert store.add_problem(replace(p, code="empty-line")) is True
    no_line = Problem("ingest", "empty.txt", "empty-file", "empty.txt: empty")
    assert store.add_problem(no_line) is True
    assert store.add_problem(no_line) is False  # NULL line counts as the same line
    rows = store.problems()
    assert len(rows) == 4 == store.counts()["rejected"]
    assert rows[0] | {"at": None} == {"source": "feed.jsonl", "line": 3, "stage": "ingest",
                                      "code": "bad-json", "message": "feed.jsonl:3: not JSON",
                                      "doc_id": None, "at": None}


def _keys(rows: list[dict]) -> list[tuple[str, str]]:
    return [(r["doc_id"], r["date"]) for r in rows]


def test_events_are_ordered_by_date_doc_and_offset(filled: Store) -> None:
    assert _keys(filled.events()) == [
        ("a.txt", "2020-12"), ("b.txt", "2021"), ("a.txt", "2021-03-02"),
        ("b.txt", "2021-03-24"), ("c", "2021-04-30")]


def test_actor_filter_is_a_prefix_of_source_or_target(filled: Store) -> None:
    assert {r["code"] for r in filled.events(actor="KGZ")} == {"042", "071", "046", "190"}
    assert [r["code"] for r in filled.events(actor="UZBGOV")] == ["046"]
    assert [r["code"] for r in filled.events(actor="IGO")] == ["0231"]
    assert filled.events(actor="KGZGOVX") == []


def test_code_and_doc_filters(filled: Store) -> None:
    assert [r["code"] for r in filled.events(code="04")] == ["042", "046"]
    assert [r["code"] for r in filled.events(code="023")] == ["0231"]
    assert [r["code"] for r in filled.events(doc_id="b.txt")] == ["190", "046"]
    assert filled.events(doc_id="b") == []  # doc_id is exact, not a prefix


def test_date_filters_compare_at_each_events_precision(filled: Store) -> None:
    assert _keys(filled.events(since="2021-03")) == [
        ("b.txt", "2021"), ("a.txt", "2021-03-02"), ("b.txt", "2021-03-24"),
        ("c", "2021-04-30")]
    assert _keys(filled.events(until="2021-03-02")) == [
        ("a.txt", "2020-12"), ("b.txt", "2021"), ("a.txt", "2021-03-02")]
    assert _keys(filled.events(since="2021-03-03", until="2021-03-31")) == [
        ("b.txt", "2021"), ("b.txt", "2021-03-24")]
    assert _keys(filled.events(until="2020")) == [("a.txt", "2020-12")]


def test_filters_combine_and_limit(filled: Store) -> None:
    assert _keys(filled.events(actor="KGZ", since="2021", limit=2)) == [
        ("b.txt", "2021"), ("a.txt", "2021-03-02")]
    assert filled.events(limit=0) == []
    with pytest.raises(ValueError):
        filled.events(limit=-1)


@pytest.mark.parametrize("evil", [
    "KGZ' OR 1=1 --", "' OR '1'='1", "%", "_", "KGZ%", "'; DROP TABLE events; --"])
def test_sql_in_filter_values_is_just_text(filled: Store, evil: str) -> None:
    assert filled.events(actor=evil) == []
    assert filled.events(code=evil) == []
    assert filled.events(doc_id=evil) == []
    for bound in ("since", "until"):  # not a date: refused before any SQL runs
        with pytest.raises(ValueError, match=bound):
            filled.events(**{bound: evil})
    assert filled.counts()["events"] == 5


@pytest.mark.parametrize("ext", [".jsonl", ".csv", ".parquet"])
def test_export_reads_back_the_same_rows(filled: Store, tmp_path: Path, ext: str) -> None:
    out = tmp_path / "sub" / f"events{ext}"
    rows = filled.events(actor="KGZ")
    assert filled.export_events(out, actor="KGZ") == len(rows) == 4
    if ext == ".jsonl":
        back = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert back == rows
    elif ext == ".parquet":
        table = pq.read_table(out)
        assert table.column_names == list(EVENT_COLUMNS)
        assert str(table.schema.field("goldstein").type) == "double"
        assert str(table.schema.field("negated").type) == "bool"
        assert table.to_pylist() == rows
    else:  # CSV: every value as text, None as an empty cell
        with out.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            assert reader.fieldnames == list(EVENT_COLUMNS)
            back = list(reader)
        assert back == [{k: "" if v is None else str(v) for k, v in r.items()} for r in rows]
        assert back[0]["code"] == "071"  # leading zeros kept


def test_export_refuses_other_extensions(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.jsonl"):
        filled.export_events(tmp_path / "events.xlsx")
    assert not (tmp_path / "events.xlsx").exists()


def test_export_of_nothing_writes_an_empty_file(filled: Store, tmp_path: Path) -> None:
    assert filled.export_events(tmp_path / "none.parquet", actor="USA") == 0
    assert pq.read_table(tmp_path / "none.parquet").num_rows == 0


def test_read_only_store_reads_and_refuses_writes(db: Path) -> None:
    with Store(db) as s:
        s.add_document(make_doc(), [make_event()])
    with Store(db, read_only=True) as ro:
        assert ro.counts() == {"documents": 1, "events": 1, "rejected": 0}
        assert ro.events(actor="KGZ") == [make_event().to_dict()]
        with pytest.raises(ReadOnlyStoreError):
            ro.add_document(make_doc("b", "other text"), [])
        with pytest.raises(ReadOnlyStoreError):
            ro.add_problem(Problem("ingest", "x", "bad", "x: bad"))
        assert ro.counts() == {"documents": 1, "events": 1, "rejected": 0}


def test_read_only_needs_an_existing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        Store(tmp_path / "missing.duckdb", read_only=True)
    plain = tmp_path / "plain.duckdb"
    duckdb.connect(str(plain)).close()
    with pytest.raises(StoreError, match="not an eventwire store"):
        Store(plain, read_only=True)


def test_schema_version_is_recorded_and_newer_files_refused(db: Path) -> None:
    with Store(db):
        pass
    con = duckdb.connect(str(db))
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("1",)
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="newer"):
        Store(db)


def test_event_field_missing_from_an_older_file_is_added(db: Path) -> None:
    with Store(db) as s:
        s.add_document(make_doc(), [make_event(published="2021-03-01")])
    con = duckdb.connect(str(db))
    con.execute("ALTER TABLE events DROP COLUMN published")  # as if made before the field
    con.close()
    with Store(db, read_only=True) as ro:  # read-only: the column reads as null
        [row] = ro.events()
        assert list(row) == list(EVENT_COLUMNS) and row["published"] is None
    with Store(db) as s:  # writable: the column is added
        s.add_document(make_doc("b", "text b"), [make_event("b", published="2021-05-05")])
        assert [r["published"] for r in s.events(doc_id="b")] == ["2021-05-05"]


def test_in_memory_store(tmp_path: Path) -> None:
    with Store(":memory:") as s:
        assert s.add_document(make_doc(), [make_event()])
        assert s.counts()["events"] == 1
