"""A store built from the sample corpus plus one hostile article, shared by the web tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.pipeline import Coder, run_pipeline
from eventwire.store import Store

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "sample"
# Markup an article may carry; it must show as text everywhere, never run.
HOSTILE_TITLE = "Blast <script>window.__pwned = 1</script> in capital"
HOSTILE_TEXT = (
    "Protesters clashed with police in Nairobi on Tuesday <script>window.__pwned = 1</script> "
    "and <img src=x onerror=\"window.__pwned = 2\"> officials said.\n\n"
    "Kenyan police arrested 40 protesters <b onmouseover=\"window.__pwned = 3\">in Nairobi</b> "
    "on Tuesday, the interior ministry said.")


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps({
        "id": "hostile-1", "published": "2024-06-26", "outlet": "Evil <i>Outlet</i>",
        "title": HOSTILE_TITLE, "url": "javascript:alert(1)", "text": HOSTILE_TEXT}) + "\n")
    path = folder / "explorer.duckdb"
    with Store(path) as store:
        run_pipeline([SAMPLE, hostile], store, Coder.load())
    return path
