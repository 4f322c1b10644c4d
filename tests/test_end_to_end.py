"""The command line on real inputs: the seeds reach the bar, bad input is kept apart."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.evaluate import evaluate, load_gold, load_predictions

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
runner = CliRunner()


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="shared seed corpus not present")
def test_seeds_reach_the_bar(tmp_path):
    out = tmp_path / "ev.jsonl"
    res = runner.invoke(app, ["code", str(SHARED / "seeds"), "--db", str(tmp_path / "s.duckdb"),
                              "--out", str(out), "-q"])
    assert res.exit_code == 0, res.output
    report = evaluate(load_gold(SHARED / "seeds.gold.jsonl"), load_predictions(out))
    assert report.core_recall >= 0.9
    assert report.recall >= 0.7
    assert report.precision >= 0.8


def test_bad_input_is_recorded_and_the_rest_is_coded(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Japan gave Turkey $8.5 million in aid on Feb. 14, 2023.\n")
    (corpus / "empty.txt").write_text("")
    (corpus / "broken.jsonl").write_text('{"id": "a", "text": "Putin met Xi in Moscow."}\n{oops\n')
    db = tmp_path / "s.duckdb"
    res = runner.invoke(app, ["code", str(corpus), "--db", str(db), "-q"])
    assert res.exit_code == 3
    assert "broken.jsonl" in res.output and "empty.txt" in res.output
    again = runner.invoke(app, ["code", str(corpus), "--db", str(db), "-q"])
    assert again.exit_code == 3
    listed = runner.invoke(app, ["events", "--db", str(db), "--json"])
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [(r["code"], r["source"], r["target"]) for r in rows].count(("071", "JPN", "TUR")) == 1
    assert {r["doc_id"] for r in rows} >= {"good.txt"}
