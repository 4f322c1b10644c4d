"""Fixtures for the ingest tests: fixture articles, the seed corpus, and file writing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from eventwire.ingest import read_paths
from eventwire.records import Document, Problem

DATA = Path(__file__).parent / "data"
# The shared corpus sits beside the repository: <repo>/../shared/corpus/seeds
SEEDS = Path(__file__).parents[3] / "shared" / "corpus" / "seeds"

Read = Callable[..., list[Document | Problem]]
Write = Callable[[str, str | bytes], Path]


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"seed corpus not found at {SEEDS} (it lives outside the repository)")
    return SEEDS


@pytest.fixture
def read() -> Read:
    """read(*paths) -> everything read_paths yields, as a list."""
    return lambda *paths: list(read_paths(paths))


@pytest.fixture
def write(tmp_path: Path) -> Write:
    """write(relative name, str or bytes) -> the file under tmp_path, parents created."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        return path

    return _write
