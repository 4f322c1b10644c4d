"""`eventwire eval` coding gold texts itself: inline text, files by path, several files."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()

VISIT = "French President Emmanuel Macron visited Nairobi on Tuesday."


def write_gold(path: Path, *docs: dict) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def visit_event(**kw) -> dict:
    ev = {"date": "2024-03-12", "source": "FRAGOV", "target": "KEN", "code": "042",
          "place": "Nairobi", "amount_usd": None, "core": True, "evidence": "visited Nairobi"}
    return ev | kw


def test_eval_codes_inline_and_file_texts_from_several_gold_files(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text(VISIT + "\n", encoding="utf-8")
    first = write_gold(tmp_path / "one.jsonl", {
        "id": "s-1", "published": "2024-03-14", "text": VISIT, "events": [visit_event()]})
    second = write_gold(tmp_path / "two.jsonl", {
        "id": "f-1", "path": "texts/a.txt", "published": "2024-03-14",
        "events": [visit_event()]},
        {"id": "s-2", "published": "2024-03-14", "text": "The economy grew by 3 percent.",
         "events": []})
    result = runner.invoke(app, ["eval", str(first), str(second), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["n_gold"] == 2 and report["n_found"] == 2 and report["precision"] == 1.0
    assert report["per_root"]["04"]["f1"] == 1.0
    assert report["actors"]["source_country"]["accuracy"] == 1.0
    assert report["dates"]["exact"] == 2


def test_eval_accepts_a_folder_and_lists_errors(tmp_path: Path) -> None:
    folder = tmp_path / "gold"
    folder.mkdir()
    write_gold(folder / "x.jsonl", {
        "id": "s-1", "published": "2024-03-14", "text": VISIT,
        "events": [visit_event(code="111", evidence=VISIT)]})
    result = runner.invoke(app, ["eval", str(folder), "--errors"])
    assert result.exit_code == 0, result.output
    assert "per PLOVER type" in result.stdout and "confusion" in result.stdout
    assert "missed   s-1  111 FRAGOV -> KEN" in result.stdout
    assert "spurious s-1  042 FRAGOV -> KEN" in result.stdout


def test_eval_rejects_duplicate_ids_across_files(tmp_path: Path) -> None:
    doc = {"id": "s-1", "published": "2024-03-14", "text": VISIT, "events": []}
    a, b = write_gold(tmp_path / "a.jsonl", doc), write_gold(tmp_path / "b.jsonl", doc)
    result = runner.invoke(app, ["eval", str(a), str(b)])
    assert result.exit_code == 2 and "'s-1' is used twice" in result.output


def test_eval_match_root_scores_countries_apart(tmp_path: Path) -> None:
    """A visit coded with the wrong host is missed by default and found with --match root."""
    gold = write_gold(tmp_path / "g.jsonl", {
        "id": "s-1", "published": "2024-03-14", "text": VISIT,
        "events": [visit_event(target="TZA")]})
    strict = json.loads(runner.invoke(app, ["eval", str(gold), "--json"]).stdout)
    result = runner.invoke(app, ["eval", str(gold), "--json", "--match", "root"])
    assert result.exit_code == 0, result.output
    loose = json.loads(result.stdout)
    assert (strict["n_found"], loose["n_found"], loose["match"]) == (0, 1, "root")
    assert loose["actors"]["target_country"]["accuracy"] == 0.0
    shown = runner.invoke(app, ["eval", str(gold), "--match", "root"])
    assert "countries scored apart" in shown.stdout


def test_eval_refuses_an_unknown_match(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "g.jsonl", {
        "id": "s-1", "published": "2024-03-14", "text": VISIT, "events": [visit_event()]})
    result = runner.invoke(app, ["eval", str(gold), "--match", "country"])
    assert result.exit_code == 2 and "--match must be one of actors, root" in result.output
