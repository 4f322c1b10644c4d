"""What every reader shares: the reader type, reading and decoding files, building records.

Bad input becomes a Problem value here rather than an exception, so one broken file never
stops a run over thousands.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterator
from pathlib import Path

from eventwire.ingest.metadata import Metadata, outlet_from_url
from eventwire.ingest.normalize import content_hash, normalize_field, normalize_text
from eventwire.records import Document, Problem

Reader = Callable[[Path, str], Iterator[Document | Problem]]
"""A reader takes a file and the doc_id it would have, and yields what the file holds."""

STAGE = "ingest"
# A news article is some kilobytes; a document beyond this is a book, a dump or an attack, and
# would hold a worker for minutes. Files of one document this big are not even read.
MAX_DOCUMENT_CHARS = 2_000_000
MAX_SINGLE_FILE_BYTES = 4 * MAX_DOCUMENT_CHARS
BINARY_SAMPLE = 8192  # bytes looked at to tell binary from text
BINARY_CONTROL_SHARE = 0.1  # more control bytes than this and it is not text

_BOMS = [  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")


def problem(source: str, code: str, message: str, line: int | None = None) -> Problem:
    """An ingest Problem whose message names the file (and line)."""
    where = source if line is None else f"{source} line {line}"
    return Problem(STAGE, source, code, f"{where}: {message}", line)


def read_bytes(path: Path) -> bytes | Problem:
    """The bytes of a one-document file, or an `unreadable` / `empty-file` / `too-large`
    Problem."""
    try:
        size = path.stat().st_size
        if size > MAX_SINGLE_FILE_BYTES:
            return problem(str(path), "too-large",
                           f"{size:,} bytes: too large for one article (limit "
                           f"{MAX_SINGLE_FILE_BYTES:,}); split it into articles")
        data = path.read_bytes()
    except OSError as exc:
        return problem(str(path), "unreadable", f"cannot read ({exc.strerror or exc})")
    if not data:
        return problem(str(path), "empty-file", "empty file")
    return data


def load_text(path: Path) -> str | Problem:
    """A whole text file, decoded (see `decode`), or the Problem that stops it."""
    data = read_bytes(path)
    return data if isinstance(data, Problem) else decode(data, str(path))


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte order mark announces, if the data starts with one."""
    return next((enc for bom, enc in _BOMS if data.startswith(bom)), None)


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first block: not a text file."""
    sample = data[:BINARY_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if (b < 0x20 and b not in _TEXT_CONTROLS) or b == 0x7F)
    return controls > BINARY_CONTROL_SHARE * len(sample)


def decode(data: bytes, source: str) -> str | Problem:
    """Text of `data`: UTF-8 (or UTF-16/32 with a BOM); anything else is rejected, not guessed."""
    encoding = bom_encoding(data)
    if encoding is None and looks_binary(data):
        return problem(source, "binary-file", "binary data, not text")
    if encoding in (None, "utf-8-sig"):
        bom = len(codecs.BOM_UTF8) if encoding else 0
        return decode_utf8(data[bom:], source, offset=bom)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        return problem(source, "invalid-encoding", f"not valid {encoding} ({exc.reason})")


def decode_utf8(data: bytes, source: str, first_line: int = 1, offset: int = 0) -> str | Problem:
    """UTF-8 text, or an `invalid-utf8` Problem giving the line and byte offset of the first
    bad byte (`first_line` and `offset` place `data` inside its file)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = first_line + data.count(b"\n", 0, exc.start)
        return problem(source, "invalid-utf8",
                       f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset "
                       f"{offset + exc.start}", line)


def _too_large(source: str, n: int, line: int | None) -> Problem:
    return problem(source, "too-large", f"{n:,} characters: too long for one article (limit "
                   f"{MAX_DOCUMENT_CHARS:,})", line)


def make_document(doc_id: str, text: str, source: str, meta: Metadata | None = None,
                  line: int | None = None) -> Document | Problem:
    """A Document with normalised text and metadata; `no-text` when nothing is left."""
    meta = meta or Metadata()
    if len(text) > 2 * MAX_DOCUMENT_CHARS:  # not even worth normalising
        return _too_large(source, len(text), line)
    clean = normalize_text(text)
    if not clean:
        return problem(source, "no-text", "no text left after extraction", line)
    if len(clean) > MAX_DOCUMENT_CHARS:
        return _too_large(source, len(clean), line)
    url = normalize_field(meta.url)
    return Document(
        doc_id=doc_id,
        text=clean,
        source_path=source,
        content_hash=content_hash(clean),
        title=normalize_field(meta.title),
        outlet=normalize_field(meta.outlet) or outlet_from_url(url),
        author=normalize_field(meta.author),
        published=meta.published,
        url=url,
        line=line,
    )
