"""The development gold set is well formed and as large and varied as issue 3 asks."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from eventwire import cameo

HERE = Path(__file__).parent
SPLITS = ("dev", "heldout")
ACTOR = re.compile(r"^([A-Z]{3}([A-Z]{3})?|(IGO|NGO)[A-Z]{0,12})$")


def _docs(split: str) -> list[dict]:
    return [json.loads(line) for f in sorted((HERE / split).glob("*.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


def _assert_well_formed(doc: dict) -> None:
    assert doc["kind"] in ("sentence", "article")
    published = dt.date.fromisoformat(doc["published"])
    for ev in doc["events"]:
        where = f"{doc['id']} {ev}"
        assert ev["evidence"] in doc["text"], where
        assert cameo.lookup(ev["code"]).code == ev["code"], where
        assert ACTOR.match(ev["source"]) and ACTOR.match(ev["target"]), where
        assert len(ev["date"]) in (4, 7, 10), where
        assert ev["date"] <= published.isoformat(), where  # events happen by publication
        assert isinstance(ev["core"], bool), where


@pytest.mark.parametrize("split", SPLITS)
def test_every_item_is_well_formed(split: str) -> None:
    ids = Counter()
    for doc in _docs(split):
        ids[doc["id"]] += 1
        assert doc["split"] == split and doc["id"].startswith(split + "-")
        _assert_well_formed(doc)
    assert not [i for i, n in ids.items() if n > 1]


def test_the_second_coding_recodes_dev_items_unchanged() -> None:
    """tests/gold/agreement: the same dev texts coded again by another coder (once each)."""
    dev = {d["id"]: d for d in _docs("dev")}
    second = _docs("agreement")
    assert len(second) >= 100 and len({d["id"] for d in second}) == len(second)
    for doc in second:
        first = dev[doc["id"]]
        assert {k: v for k, v in doc.items() if k != "events"} == {
            k: v for k, v in first.items() if k != "events"}
        _assert_well_formed(doc)


def test_size_and_coverage() -> None:
    docs = {s: _docs(s) for s in SPLITS}
    everything = docs["dev"] + docs["heldout"]
    sentences = sum(1 for d in everything if d["kind"] == "sentence") + sum(
        len(re.findall(r"[.!?](?:\s|$)", d["text"])) for d in everything if d["kind"] == "article")
    assert sentences >= 400
    assert sum(1 for d in everything if d["kind"] == "article") >= 20
    assert sum(1 for d in everything if d["kind"] == "sentence" and not d["events"]) >= 60
    for split in SPLITS:  # every root, several times, in both splits
        roots = Counter(ev["code"][:2] for d in docs[split] for ev in d["events"])
        assert all(roots[f"{r:02d}"] >= 8 for r in range(1, 21)), roots
