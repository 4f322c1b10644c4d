"""Records in the store: kept up to date block by block, the same as coding all at once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.corroborate import RECORDS_VERSION, block_key, update_records
from eventwire.pipeline import Coder, run_pipeline
from eventwire.store import Store

CORPUS = Path(__file__).parent / "corpus" / "reports.gold.jsonl"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder.load()


@pytest.fixture(scope="module")
def split_corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The test corpus as three JSONL files, to be coded in three runs."""
    folder = tmp_path_factory.mktemp("parts")
    lines = [json.dumps({k: v for k, v in json.loads(line).items() if k != "events"})
             for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    parts = []
    for i in range(3):
        part = folder / f"part{i}.jsonl"
        part.write_text("\n".join(lines[i::3]) + "\n", encoding="utf-8")
        parts.append(part)
    return parts


def snapshot(store: Store) -> list[tuple]:
    return sorted((r["record_id"], r["code"], r["source"], r["target"], r["date"],
                   tuple(m["event_id"] for m in r["members"]),
                   json.dumps(r["conflicts"], sort_keys=True)) for r in store.records())


def test_coding_in_several_runs_gives_the_records_of_one_run(split_corpus, coder, tmp_path):
    with Store(tmp_path / "once.duckdb") as once:
        run_pipeline(split_corpus, once, coder)
        expected = snapshot(once)
    with Store(tmp_path / "parts.duckdb") as parts:
        updated_blocks = []
        for part in split_corpus:
            run_pipeline([part], parts, coder, update_records=False)
            updated_blocks.append(update_records(parts).blocks)
        assert snapshot(parts) == expected
        assert update_records(parts).blocks == 0  # nothing new: nothing recomputed
        assert sum(updated_blocks) > len({r["block"] for r in parts.records()})
        assert updated_blocks[2] < len({r["block"] for r in parts.records()})  # not all redone
    assert any(len(members) > 2 for *_, members, _ in expected)


def test_every_event_is_in_exactly_one_record_of_its_block(split_corpus, coder, tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        run_pipeline(split_corpus, store, coder)
        events = {e["event_id"]: e for e in store.events()}
        members = [(m["event_id"], r["block"]) for r in store.records() for m in r["members"]]
        assert sorted(eid for eid, _ in members) == sorted(events)
        assert all(block_key(events[eid]) == block for eid, block in members)
        assert set(store.block_fingerprints()) == {b for _, b in members}


def test_changed_linking_rules_rebuild_every_record(split_corpus, coder, tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        run_pipeline(split_corpus[:1], store, coder)
        n_blocks = len(store.block_fingerprints())
        assert store.get_meta("records_version") == RECORDS_VERSION
        store.set_meta("records_version", "0")
        assert update_records(store).blocks == n_blocks
        assert update_records(store).blocks == 0


def test_a_store_opened_read_only_still_lists_its_records(split_corpus, coder, tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        run_pipeline(split_corpus[:1], store, coder)
        n = len(store.records())
    with Store(path, read_only=True) as ro:
        assert len(ro.records()) == n > 0
        assert all(r["n_documents"] >= 2 for r in ro.records(min_documents=2))
