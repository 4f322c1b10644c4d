"""Coding at scale: several workers give the same store, a killed run resumes with nothing lost
or stored twice, and a store has one writer at a time."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire.cli import app

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "dev"
EVENTWIRE = [sys.executable, "-m", "eventwire.cli"]
runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Several hundred short documents in three JSONL files, plus one bad line."""
    folder = tmp_path_factory.mktemp("corpus")
    for name in ("a_01_05.gold.jsonl", "b_06_11.gold.jsonl", "c_12_16.gold.jsonl"):
        shutil.copy(GOLD / name, folder / name)
    (folder / "d_broken.jsonl").write_text('{"id": "x", "text": "Putin met Xi."}\n{oops\n')
    return folder


def _code(corpus: Path, db: Path, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([*EVENTWIRE, "code", str(corpus), "--db", str(db), "-q", *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def snapshot(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "documents": con.execute("SELECT content_hash, doc_id, n_events FROM documents "
                                     "ORDER BY content_hash").fetchall(),
            "events": con.execute("SELECT event_id, code, source, target, date FROM events "
                                  "ORDER BY event_id").fetchall(),
            "facts": con.execute("SELECT doc_id, kind, name, text FROM facts "
                                 "ORDER BY ALL").fetchall(),
            "records": con.execute("SELECT record_id, members FROM records "
                                   "ORDER BY record_id").fetchall(),
            "rejected": con.execute("SELECT source, line, code FROM rejected "
                                    "ORDER BY ALL").fetchall(),
        }
    finally:
        con.close()


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list]:
    db = tmp_path_factory.mktemp("ref") / "ref.duckdb"
    proc = _code(corpus, db, "--workers", "1")
    assert proc.wait(timeout=300) == 3, proc.stderr.read().decode()  # 3: one line rejected
    snap = snapshot(db)
    assert len(snap["documents"]) > 250 and len(snap["events"]) > 250
    assert snap["rejected"] == [(str(corpus / "d_broken.jsonl"), 2, "bad-json")]
    return snap


def test_two_workers_store_what_one_worker_stores(corpus, reference, tmp_path):
    db = tmp_path / "two.duckdb"
    proc = _code(corpus, db, "--workers", "2")
    assert proc.wait(timeout=300) == 3, proc.stderr.read().decode()
    assert snapshot(db) == reference


def test_a_run_killed_at_random_points_resumes_to_the_same_store(corpus, reference, tmp_path):
    db = tmp_path / "killed.duckdb"
    rng = random.Random(7)
    for attempt in range(3):
        proc = _code(corpus, db, "--workers", "1")
        time.sleep(rng.uniform(2.0, 6.0) + attempt)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
    proc = _code(corpus, db, "--workers", "1")
    assert proc.wait(timeout=300) == 3, proc.stderr.read().decode()
    assert snapshot(db) == reference  # nothing lost, nothing twice


def test_a_second_run_on_a_store_in_use_is_refused_clearly(corpus, tmp_path):
    db = tmp_path / "busy.duckdb"
    first = _code(corpus, db, "--workers", "1")
    try:
        deadline = time.monotonic() + 60
        while not db.exists():
            assert time.monotonic() < deadline
            time.sleep(0.1)
        time.sleep(1.0)
        second = subprocess.run([*EVENTWIRE, "code", str(corpus), "--db", str(db), "-q"],
                                capture_output=True, text=True, timeout=120)
        assert second.returncode == 2
        said = " ".join(second.stderr.split())
        assert f"{db}: in use by process" in said and "one writer at a time" in said
        events = subprocess.run([*EVENTWIRE, "events", "--db", str(db)], capture_output=True,
                                text=True, timeout=120)
        assert events.returncode == 2 and "in use" in events.stderr
    finally:
        assert first.wait(timeout=300) == 3
    assert snapshot(db)["documents"]  # the first run finished untouched


def test_the_command_line_takes_workers(corpus, tmp_path):
    result = runner.invoke(app, ["code", str(corpus / "a_01_05.gold.jsonl"), "--db",
                                 str(tmp_path / "w.duckdb"), "--workers", "2", "-q"])
    assert result.exit_code == 0, result.output
    assert "93 documents (93 new" in result.output
    bad = runner.invoke(app, ["code", str(corpus), "--db", str(tmp_path / "w.duckdb"),
                              "--workers", "0"])
    assert bad.exit_code == 2
