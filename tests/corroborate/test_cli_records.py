"""`eventwire records` and `eventwire conflicts` on a small store."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()

REPORTS = [
    {"id": "a", "outlet": "Caspian Wire", "published": "2021-03-01",
     "text": "Kyrgyz President Sadyr Japarov flew to Moscow on Feb. 24 for talks with "
             "Vladimir Putin. In December 2020, Russia provided $20 million in budget support. "
             "In February, Russia gave Kyrgyzstan $5.2 million for anti-narcotics work."},
    {"id": "b", "outlet": "Daily Ledger", "published": "2021-03-02",
     "text": "In late February, Japarov flew to Russia on his first foreign trip. "
             "Two months earlier, Moscow gave Bishkek $20 million in budget support funds."},
    {"id": "c", "outlet": "Asia Desk", "published": "2021-03-02",
     "text": "Japarov flew to Moscow on Feb. 25, his first trip abroad as president."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("cli")
    corpus = folder / "reports.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in REPORTS) + "\n")
    path = folder / "news.duckdb"
    result = runner.invoke(app, ["code", str(corpus), "--db", str(path), "-q"])
    assert result.exit_code == 0, result.output
    return path


def test_records_export_one_line_per_record_with_members_and_conflicts(db, tmp_path):
    out = tmp_path / "records.jsonl"
    result = runner.invoke(app, ["records", "--db", str(db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    visit = next(r for r in rows if r["code"] == "042")
    assert visit["n_documents"] == 3 and visit["n_outlets"] == 3
    assert visit["first_reported"] == "2021-03-01"
    assert {m["doc_id"] for m in visit["members"]} == {"a", "b", "c"}
    assert set(visit["members"][0]) >= {"doc_id", "outlet", "date", "sentence"}
    (conflict,) = visit["conflicts"]
    assert conflict["field"] == "date"
    assert set(conflict["values"]) == {"a", "c"} and set(conflict["sentences"]) == {"a", "c"}
    aid = [r for r in rows if r["code"] == "071"]
    assert sorted((r["amount_usd"], r["n_documents"]) for r in aid) == [(5.2e6, 1), (20e6, 2)]
    assert all(set(r) >= {"record_id", "date", "source", "target", "place", "amount_usd",
                          "n_documents", "members", "conflicts"} for r in rows)


def test_records_table_and_min_documents(db):
    result = runner.invoke(app, ["records", "--db", str(db), "--min-documents", "2",
                                 "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows and all(r["n_documents"] >= 2 for r in rows)
    table = runner.invoke(app, ["records", "--db", str(db)])
    assert table.exit_code == 0 and "event records" in table.output


def test_conflicts_lists_what_each_source_says(db):
    result = runner.invoke(app, ["conflicts", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["field"] for r in rows] == ["date"]
    assert rows[0]["values"]["a"].startswith("2021-02-24")
    assert rows[0]["values"]["c"].startswith("2021-02-25")
    text = runner.invoke(app, ["conflicts", "--db", str(db)])
    assert "2021-02-25" in text.output and "Asia Desk" not in text.output


def test_records_needs_a_store(tmp_path):
    result = runner.invoke(app, ["records", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "no such store" in result.output
