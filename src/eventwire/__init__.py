"""eventwire: political event data from news articles.

The public Python API::

    import eventwire
    events = eventwire.code_text("Japarov flew to Moscow on Feb. 24.", published="2021-03-01")
    with eventwire.open_store("news.duckdb") as store:
        eventwire.run_pipeline(["articles/"], store)
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.records import Actor, Amount, DateSpan, Document, Event, Place, Problem

if TYPE_CHECKING:
    from eventwire.pipeline import Coder, RunSummary
    from eventwire.store import Store

__version__ = "0.1.0"
__all__ = [
    "Actor", "Amount", "DateSpan", "Document", "Event", "Place", "Problem",
    "code_text", "code_documents", "open_store", "run_pipeline", "read_paths",
]


def code_text(text: str, published: str | None = None, *, doc_id: str | None = None,
              outlet: str | None = None, coder: Coder | None = None) -> list[Event]:
    """Code one article given as a string; `published` (YYYY-MM-DD) anchors relative dates."""
    from eventwire.pipeline import code_documents, document_from_text

    doc = document_from_text(text, doc_id=doc_id, published=published, outlet=outlet)
    for _, result in code_documents([doc], coder):
        if isinstance(result, Problem):
            raise ValueError(result.message)
        return result
    return []


def code_documents(documents: Iterable[Document], coder: Coder | None = None):  # type: ignore[no-untyped-def]
    """Code many documents (batched); yields (document, events or Problem)."""
    from eventwire.pipeline import code_documents as _code

    return _code(documents, coder)


def read_paths(paths: Iterable[str | Path]):  # type: ignore[no-untyped-def]
    """Ingest files and directories; yields Document or Problem."""
    from eventwire.ingest import read_paths as _read

    return _read(paths)


def open_store(path: str | Path = "eventwire.duckdb", read_only: bool = False) -> Store:
    from eventwire.store import Store

    return Store(path, read_only=read_only)


def run_pipeline(paths: Iterable[str | Path], store: Store, coder: Coder | None = None
                 ) -> RunSummary:
    """Ingest, code and store everything under `paths`."""
    from eventwire.pipeline import run_pipeline as _run

    return _run(paths, store, coder)
