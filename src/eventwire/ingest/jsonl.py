"""JSON Lines (.jsonl, .ndjson, and gzipped .jsonl.gz): one article object per line.

Files are streamed line by line, so a dump of millions of articles is never held in memory, and
a bad line (or a gzip cut short) costs that line, not the lines around it.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from eventwire.ingest.base import (
    BINARY_SAMPLE,
    bom_encoding,
    decode,
    decode_utf8,
    looks_binary,
    make_document,
    problem,
)
from eventwire.ingest.metadata import Metadata, parse_date
from eventwire.records import Document, Problem

# Field names accepted for each metadata value, first found wins.
FIELDS = {
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "site", "sitename"),
    "author": ("author", "byline"),
    "published": ("published", "date", "publish_date"),
    "url": ("url", "link"),
}


def read_jsonl(path: Path, doc_id: str) -> Iterator[Document | Problem]:
    """One Document per line holding an object with a non-empty "text"; a Problem per bad line.

    Lines without an "id" get the doc_id `<file>#<line>`.
    """
    source = str(path)
    line = 0
    found = False
    try:
        with _open(path) as stream:
            for line, text in _lines(stream, source):
                if isinstance(text, Problem):
                    found = True
                    yield text
                elif text.strip():
                    found = True
                    yield parse_line(text, line, source, doc_id)
    except EOFError:
        yield problem(source, "truncated-gzip", f"compressed data ends early, after line {line}")
        return
    except (gzip.BadGzipFile, zlib.error) as exc:
        yield problem(source, "bad-gzip", f"not valid gzip data ({exc})")
        return
    except OSError as exc:
        yield problem(source, "unreadable", f"cannot read ({exc.strerror or exc})")
        return
    if not found:
        yield problem(source, "empty-file", "empty file" if line == 0 else "only blank lines")


def _open(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return path.open("rb")


def _lines(stream: IO[bytes], source: str) -> Iterator[tuple[int, str | Problem]]:
    """(line number, text without its line end) for each line, or a Problem for a line (or a
    whole file) that is not text."""
    head = stream.peek(BINARY_SAMPLE)[:BINARY_SAMPLE]  # type: ignore[attr-defined]
    encoding = bom_encoding(head)
    if encoding in ("utf-16", "utf-32"):  # rare: too awkward to stream, decode it whole
        text = decode(stream.read(), source)
        if isinstance(text, Problem):
            yield 1, text
        else:
            yield from enumerate((line.rstrip("\r") for line in text.split("\n")), 1)
        return
    if encoding is None and looks_binary(head):
        yield 1, problem(source, "binary-file", "binary data, not JSON Lines")
        return
    offset = 0
    for number, raw in enumerate(stream, 1):
        text = decode_utf8(raw.rstrip(b"\r\n"), source, number, offset)
        yield number, text.removeprefix("\ufeff") if isinstance(text, str) else text
        offset += len(raw)


def parse_line(text: str, line: int, source: str, doc_id: str) -> Document | Problem:
    """The Document one JSON line describes."""
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        reason = exc.msg.removesuffix(" at")  # "Invalid control character at"
        return problem(source, "bad-json", f"not valid JSON ({reason} at column {exc.colno})",
                       line)
    except (ValueError, RecursionError) as exc:  # huge integers, absurd nesting
        return problem(source, "bad-json", f"not valid JSON ({type(exc).__name__})", line)
    if not isinstance(obj, dict):
        return problem(source, "missing-text", f"not a JSON object but {type(obj).__name__}",
                       line)
    body = obj.get("text")
    if not isinstance(body, str) or not body.strip():
        return problem(source, "missing-text", 'no non-empty "text" field', line)
    ident = obj.get("id")
    if isinstance(ident, bool) or not isinstance(ident, str | int) or not str(ident).strip():
        ident = f"{doc_id}#{line}"
    values = {name: _first_string(obj, keys) for name, keys in FIELDS.items()}
    published = values.pop("published")
    meta = Metadata(**values, published=parse_date(published) if published else None)
    return make_document(str(ident).strip(), body, source, meta, line)


def _first_string(obj: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = obj.get(key)
        if isinstance(value, dict):  # {"source": {"name": "Reuters"}}, as news APIs give
            value = value.get("name")
        if isinstance(value, str) and value.strip():
            return value
    return None
