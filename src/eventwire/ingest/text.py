"""Plain text (.txt) and Markdown (.md, .markdown) articles.

Both carry their metadata as header/footer lines, which `metadata.sniff` takes out of the body;
Markdown (also when saved as .txt, as crawlers often do) is first reduced to plain text, its
"# " heading marking the title.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from eventwire.ingest.base import load_text, make_document
from eventwire.ingest.metadata import sniff
from eventwire.ingest.normalize import (
    clean_markdown,
    looks_like_markdown,
    markdown_title,
    normalize_text,
)
from eventwire.records import Document, Problem


def read_text(path: Path, doc_id: str) -> Iterator[Document | Problem]:
    """One Document per plain-text file; Markdown saved as .txt is cleaned as Markdown."""
    yield _read(path, doc_id, markdown=False)


def read_markdown(path: Path, doc_id: str) -> Iterator[Document | Problem]:
    """One Document per Markdown file, as plain text."""
    yield _read(path, doc_id, markdown=True)


def _read(path: Path, doc_id: str, markdown: bool) -> Document | Problem:
    text = _load(path)
    if isinstance(text, Problem):
        return text
    if markdown or looks_like_markdown(text):
        meta, body = sniff(clean_markdown(text), title_hint=markdown_title(text))
    else:
        meta, body = sniff(text)
    return make_document(doc_id, body, str(path), meta)


def _load(path: Path) -> str | Problem:
    text = load_text(path)
    return text if isinstance(text, Problem) else normalize_text(text)
