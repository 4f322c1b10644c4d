"""Ingest: files and directories in, `Document` records (or `Problem`s for bad input) out.

Readers are chosen by file extension from `READERS`; a new format is one module plus one
`register_reader()` call. Directories are walked lazily, one directory listing at a time, so a
tree of millions of files starts yielding at once.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.ingest.base import Reader, problem
from eventwire.ingest.html import read_html
from eventwire.ingest.jsonl import read_jsonl
from eventwire.ingest.text import read_markdown, read_text
from eventwire.ingest.warc import read_warc
from eventwire.records import Document, Problem

__all__ = ["READERS", "Reader", "input_bytes", "read_paths", "reader_for", "register_reader"]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".jsonl.gz": read_jsonl,
    ".ndjson": read_jsonl,
    ".ndjson.gz": read_jsonl,
    ".warc": read_warc,
    ".warc.gz": read_warc,
}


def register_reader(ext: str, reader: Reader) -> None:
    """Read files ending in `ext` (".xml", "warc.gz"; case-insensitive) with `reader`."""
    ext = ext.lower()
    READERS[ext if ext.startswith(".") else f".{ext}"] = reader


def reader_for(path: str | Path) -> Reader | None:
    """The reader for a file name; the longest matching extension wins (".jsonl.gz")."""
    name = Path(path).name.lower()
    matches = [ext for ext in READERS if name.endswith(ext) and len(name) > len(ext)]
    return READERS[max(matches, key=len)] if matches else None


def read_paths(paths: Iterable[str | Path]) -> Iterator[Document | Problem]:
    """Every Document in the given files and directories, and a Problem for each bad input.

    doc_id is the file's path relative to the argument it was found under ("/" separators), or
    the file name for a file argument; JSONL lines use their "id" or `<that>#<line>`.
    """
    if isinstance(paths, str | Path):  # one path, not an iterable of one-letter names
        paths = [paths]
    for arg in paths:
        root = Path(arg)
        if root.is_dir():
            for found in _walk(root):
                if isinstance(found, Problem):
                    yield found
                    continue
                reader = reader_for(found)
                if reader is not None:
                    yield from _read(reader, found, found.relative_to(root).as_posix())
        elif root.is_file():
            reader = reader_for(root)
            if reader is None:
                yield problem(str(root), "unknown-format",
                              f"no reader for this file type (known: {', '.join(READERS)})")
            else:
                yield from _read(reader, root, root.name)
        elif root.exists() or root.is_symlink():
            yield problem(str(root), "unreadable", "not a regular file or directory")
        else:
            yield problem(str(root), "unreadable", "no such file or directory")


def input_bytes(paths: Iterable[str | Path]) -> int:
    """Total size of the files read_paths would read (a walk that keeps no list: for progress)."""
    total = 0
    for arg in paths:
        root = Path(arg)
        found = _walk(root) if root.is_dir() else [root]
        for path in found:
            if isinstance(path, Path) and reader_for(path) is not None:
                try:
                    total += path.stat().st_size
                except OSError:
                    pass
    return total


def _walk(directory: Path) -> Iterator[Path | Problem]:
    """Files under `directory` in sorted order, depth first, hidden names skipped."""
    try:
        with os.scandir(directory) as listing:
            entries = sorted((e for e in listing if not e.name.startswith(".")),
                             key=lambda e: e.name)
    except OSError as exc:
        yield problem(str(directory), "unreadable", f"cannot list ({exc.strerror or exc})")
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)


def _read(reader: Reader, path: Path, doc_id: str) -> Iterator[Document | Problem]:
    """Run one reader; a crash in it becomes a Problem and the run goes on to the next file."""
    try:
        yield from reader(path, doc_id)
    except Exception as exc:  # noqa: BLE001 - a reader bug must not end a long run
        yield problem(str(path), "reader-failed", f"reader failed: {type(exc).__name__}: {exc}")
