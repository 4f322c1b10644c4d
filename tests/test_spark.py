"""`eventwire spark`: on local[2], exactly the events and rejections of a local run, as Parquet
partitioned by month that DuckDB and `eventwire eval --pred DIR` read."""

from __future__ import annotations

import gzip
import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.pipeline import run_pipeline
from eventwire.store import Store

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample"
VISIT = "French President Emmanuel Macron visited Nairobi on Tuesday."
AID = "Japan gave Turkey $8.5 million in aid on Feb. 14, 2023."


def _skip_without_spark() -> None:
    try:
        import pandas  # noqa: F401 - mapInArrow checks for it
        import pyspark  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"pyspark[sql] not installed ({exc}); pip install -e '.[spark]'")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("no java on PATH nor JAVA_HOME (Spark needs a JRE: scripts/install-system)")


@pytest.fixture(scope="module")
def spark():
    _skip_without_spark()
    from eventwire.spark import spark_session

    session = spark_session("local[2]", "eventwire-test", conf={
        "spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false",
        "spark.sql.shuffle.partitions": "4", "spark.default.parallelism": "2"})
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The sample corpus plus a gzipped JSONL file: new articles, a copy of one under another
    id (coded once), a broken line, and an empty file (both rejected)."""
    root = tmp_path_factory.mktemp("spark") / "in"
    shutil.copytree(SAMPLE, root)
    lines = [
        {"id": "spark-visit", "published": "2024-03-14", "outlet": "Test Wire", "text": VISIT},
        {"id": "spark-aid", "published": "2023-02-15", "text": AID},
        {"id": "spark-aid-copy", "published": "2023-02-15", "text": AID},
        {"id": "spark-none", "published": "2023-01-01", "text": "The weather was mild."},
    ]
    body = "".join(json.dumps(d) + "\n" for d in lines[:2]) + "{oops\n" + "".join(
        json.dumps(d) + "\n" for d in lines[2:])
    (root / "more").mkdir()
    with gzip.open(root / "more" / "wire.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(body)
    (root / "more" / "empty.txt").write_text("")
    return root


@pytest.fixture(scope="module")
def output(spark, corpus) -> Path:
    from eventwire.spark import run_spark

    out = corpus.parent / "out"
    summary = run_spark([corpus], out, spark, partitions=3)
    assert summary.files == len([p for p in corpus.rglob("*") if p.is_file()])
    assert summary.rejected == 2
    return out


def _key(row: dict) -> str:
    return json.dumps(row, sort_keys=True, default=str)


def _spark_events(out: Path) -> list[dict]:
    import pyarrow.dataset as ds

    rows = ds.dataset(out, format="parquet", partitioning="hive").to_table().to_pylist()
    for row in rows:
        assert row.pop("month") == (row["date"][:7] if row["date"] else "unknown")
    return rows


def test_same_events_and_rejections_as_a_local_run(output: Path, corpus: Path) -> None:
    import pyarrow.dataset as ds

    with Store(":memory:") as store:
        run_pipeline([corpus], store, update_records=False)
        local = store.events()
        local_rejected = {(p["source"], p["line"], p["code"], p["message"])
                          for p in store.problems()}
    spark_rows = _spark_events(output)
    assert len(local) > 20
    assert sorted(map(_key, spark_rows)) == sorted(map(_key, local))
    assert sum(r["doc_id"].startswith("spark-aid") for r in spark_rows) == 1  # copy coded once
    assert {r["doc_id"] for r in spark_rows} >= {"spark-visit", "01_xi_moscow.txt"}
    rejected = ds.dataset(output / "_rejected", format="parquet").to_table().to_pylist()
    assert {(r["source"], r["line"], r["code"], r["message"]) for r in rejected} \
        == local_rejected
    assert {r["code"] for r in rejected} == {"bad-json", "empty-file"}


def test_parquet_is_partitioned_by_month_and_read_by_duckdb(output: Path) -> None:
    import duckdb

    from eventwire.store import EVENT_COLUMNS

    months = sorted(p.name for p in output.iterdir() if p.is_dir() and p.name != "_rejected")
    assert months and all(m.startswith("month=") for m in months)
    assert "month=2024-03" in months
    rel = duckdb.sql(f"SELECT * FROM read_parquet('{output}/**/*.parquet', "
                     "hive_partitioning=true)")
    assert rel.columns == [*EVENT_COLUMNS, "month"]
    rows = rel.fetchall()
    assert len(rows) == len(_spark_events(output))
    assert {f"month={r[-1]}" for r in rows} == set(months)


def test_eval_reads_the_output_directory(output: Path, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({
        "id": "spark-visit", "published": "2024-03-14", "text": VISIT,
        "events": [{"date": "2024-03-12", "source": "FRAGOV", "target": "KEN", "code": "042",
                    "place": "Nairobi", "core": True, "evidence": "visited Nairobi"}]}) + "\n")
    result = CliRunner().invoke(app, ["eval", str(gold), "--pred", str(output), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["n_gold"] == 1 and report["recall"] == 1.0


def test_cli_command_exits_3_on_rejected_input(spark, corpus: Path) -> None:
    """Last: the command stops the (shared) SparkSession when it is done."""
    out = corpus.parent / "cli-out"
    result = CliRunner().invoke(app, ["spark", str(corpus), str(out), "--partitions", "2"])
    assert result.exit_code == 3, result.output
    assert "2 rejected" in result.output
    assert "wire.jsonl.gz:3" in result.output and "empty.txt" in result.output
    assert any(out.glob("month=*/*.parquet")) and any((out / "_rejected").glob("*.pq"))
