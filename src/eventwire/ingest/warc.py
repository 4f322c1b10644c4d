"""Web archives (.warc, .warc.gz, e.g. CC-NEWS): each HTML response record is one article.

Archives are streamed record by record, so a multi-gigabyte crawl is never held in memory. The
HTML goes through the same extraction as a saved page; the archive adds what a page may lack:
the url it was fetched from and, as a last resort, the crawl date as publication date.
Records that are not HTML pages (requests, metadata, images, PDFs, redirects) are skipped
without a word; an archive cut short keeps everything read before the cut.
"""

from __future__ import annotations

import codecs
import gzip
import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from eventwire.ingest.base import STAGE, bom_encoding, decode, make_document
from eventwire.ingest.html import extract
from eventwire.ingest.metadata import Metadata, parse_date
from eventwire.records import Document, Problem

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
MAX_PAGE_BYTES = 16 * 1024 * 1024  # a bigger "page" is not an article; never hold more
META_SNIFF_BYTES = 4096  # where a <meta charset> is looked for, as browsers do
DRAIN_BLOCK = 64 * 1024
GZIP_MAGIC = b"\x1f\x8b"

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Labels that mean windows-1252 on the web (the WHATWG encoding standard), whatever they say.
_WINDOWS_1252 = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii",
                           "ascii", "windows-1252", "cp1252"})


class _Truncated(Exception):
    """The data ends inside a record (an EOFError inside warcio would be taken for the end)."""


class _BadGzip(Exception):
    """The compressed data is corrupt (told apart from a page's own bad Content-Encoding)."""


_DAMAGE = (_Truncated, _BadGzip, OSError)  # what ends an archive inside a record


@dataclass(frozen=True)
class _Where:
    """One record's place in its archive, for doc_ids and Problem messages."""

    source: str
    index: int  # 1-based, counting every record
    offset: int | None
    uri: str | None
    compressed: bool
    doc_id: str

    def __str__(self) -> str:
        at = f"record {self.index}"
        if self.offset is not None:
            at += f" at {'uncompressed ' if self.compressed else ''}offset {self.offset}"
        return f"{self.source} {at}" + (f" ({self.uri})" if self.uri else "")

    def problem(self, code: str, message: str) -> Problem:
        return Problem(STAGE, self.source, code, f"{self}: {message}", None, self.doc_id)


def read_warc(path: Path, doc_id: str) -> Iterator[Document | Problem]:
    """One Document per HTML response record, doc_id `<file doc_id>#<record number>`; a
    Problem per bad page, and one for damage that ends the archive early."""
    from warcio.archiveiterator import ArchiveIterator  # slow to import; only archives need it

    source = str(path)
    try:
        raw = path.open("rb")
    except OSError as exc:
        yield _file_problem(source, "unreadable", f"cannot read ({exc.strerror or exc})")
        return
    with raw:
        compressed = raw.read(2) == GZIP_MAGIC  # trust the bytes, not the name
        raw.seek(0)
        records = ArchiveIterator(_GzipStream(raw) if compressed else raw)
        index = 0
        while True:
            place = f"after record {index}" if index else "at the start"
            try:
                record = next(records, None)
            except Exception as exc:  # noqa: BLE001 - warcio fails in many ways on a cut header
                yield _file_problem(source, *_damage(exc, raw, compressed), place)
                return
            if record is None:  # the end, or (warcio will not say) a header cut short
                if not compressed and records.offset < _size(raw):
                    yield _file_problem(source, "truncated-warc",
                                        "archive ends early (truncated)", place)
                    return
                break
            if record.format != "warc":  # warcio also reads ARC, and takes any text line for one
                yield _file_problem(source, "bad-warc", "not a valid WARC (no WARC record header)",
                                    place)
                return
            index += 1
            where = _Where(source, index, records.offset, _uri(record), compressed,
                           f"{doc_id}#{index}")
            try:
                yield from _read_record(record, where)
            except _DAMAGE as exc:
                code, message = _damage(exc, raw, compressed)
                yield where.problem(code, f"{message}, inside this record")
                return
        if index == 0:
            yield _file_problem(source, "empty-file", "empty archive (no WARC records)")


def _read_record(record: Any, where: _Where) -> Iterator[Document | Problem]:
    """The Document (or Problem) of one record, or nothing for a record that is no page."""
    html_type = _is_html_page(record)
    page: bytes | Problem = b""
    if html_type:
        try:
            page = record.content_stream().read(MAX_PAGE_BYTES + 1)
        except _DAMAGE:
            raise
        except Exception as exc:  # noqa: BLE001 - a server's broken gzip/chunking: this page
            page = where.problem("bad-payload", f"cannot decode the HTTP body ({exc})")
    _drain(record.raw_stream)
    if getattr(record.raw_stream, "limit", 1) > 0:  # the file ended inside the record's length
        raise _Truncated  # (no limit at all: no Content-Length, the header itself was cut)
    if not html_type:
        return
    if isinstance(page, Problem):
        yield page
        return
    if len(page) > MAX_PAGE_BYTES:
        yield where.problem("too-large", f"HTML page over {MAX_PAGE_BYTES} bytes")
        return
    if not page.strip():
        yield where.problem("empty-page", "empty HTML payload")
        return
    html = _decode_page(page, record.http_headers.get_header("Content-Type") or "")
    if isinstance(html, Problem):  # name the record, not a line; offsets are into the page
        detail = html.message.split(": ", 1)[1].replace(" at offset ", " at page offset ")
        yield where.problem(html.code, detail)
        return
    text, meta = extract(html)
    crawled = record.rec_headers.get_header("WARC-Date")
    meta = Metadata(
        title=meta.title, outlet=meta.outlet, author=meta.author,
        published=meta.published or (parse_date(crawled) if crawled else None),
        url=where.uri or meta.url,
    )
    doc = make_document(where.doc_id, text, where.source, meta)
    if isinstance(doc, Problem):
        doc = where.problem(doc.code, doc.message.removeprefix(f"{doc.source}: "))
    yield doc


def _is_html_page(record: Any) -> bool:
    """A successful HTTP response carrying HTML (redirects and error pages are not articles)."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    if not (status.isdigit() and 200 <= int(status) < 300):
        return False
    content_type = record.http_headers.get_header("Content-Type") or ""
    return content_type.split(";")[0].strip().lower() in HTML_TYPES


def _decode_page(page: bytes, content_type: str) -> str | Problem:
    """The page's text in the charset it declares (byte order mark, then HTTP header, then
    <meta>), strictly: a page that does not match its own charset is rejected, not guessed."""
    charset = bom_encoding(page) or _charset(content_type.encode("latin-1", "replace"))
    charset = charset or _charset(page[:META_SNIFF_BYTES], meta=True)
    name = _codec_name(charset) if charset else "utf-8"
    if name is None:
        return Problem(STAGE, "", "invalid-encoding", f": unknown charset {charset!r}")
    if name in ("utf-8", "utf-16", "utf-32"):  # the shared decoder gives offsets and lines
        return decode(page, "")
    try:
        return page.decode(name)
    except UnicodeDecodeError as exc:
        if name == "cp1252":  # bytes 0x81, 0x8d... undefined there mean latin-1 meant latin-1
            return page.decode("latin-1")
        return Problem(STAGE, "", "invalid-encoding",
                       f": not valid {charset} ({exc.reason} at offset {exc.start})")


def _charset(data: bytes, meta: bool = False) -> str | None:
    if meta:
        match = _META_CHARSET.search(data)
    else:
        match = re.search(rb"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", data, re.I)
    return match.group(1).decode("ascii").lower() if match else None


def _codec_name(charset: str) -> str | None:
    """Python's codec for a charset label, or None for a label it does not know."""
    if charset in _WINDOWS_1252:
        return "cp1252"
    try:
        name = codecs.lookup(charset).name
    except LookupError:
        return None
    return {"utf-8-sig": "utf-8", "utf-16-le": "utf-16", "utf-16-be": "utf-16",
            "utf-32-le": "utf-32", "utf-32-be": "utf-32"}.get(name, name)


def _uri(record: Any) -> str | None:
    uri = record.rec_headers.get_header("WARC-Target-URI")
    return uri.strip().strip("<>") or None if uri else None


def _drain(stream: IO[bytes]) -> None:
    while stream.read(DRAIN_BLOCK):
        pass


def _file_problem(source: str, code: str, message: str, place: str = "") -> Problem:
    return Problem(STAGE, source, code, f"{source}: {message}" + (f", {place}" if place else ""))


def _damage(exc: Exception, raw: IO[bytes], compressed: bool) -> tuple[str, str]:
    """Problem code and message for damage that ends an archive: a plain WARC that fails with
    all of the file read was cut short; a gzip one says so itself."""
    if isinstance(exc, _Truncated) or (not compressed and _at_end(raw)):
        return "truncated-warc", "archive ends early (truncated)"
    reason = " ".join(str(exc).split()) or type(exc).__name__
    return "bad-warc", f"not a valid WARC ({reason})"


def _at_end(raw: IO[bytes]) -> bool:
    return raw.tell() >= _size(raw)


def _size(raw: IO[bytes]) -> int:
    return os.fstat(raw.fileno()).st_size


class _GzipStream:
    """A .warc.gz read through Python's gzip (multi-member aware), with the EOFError of a file
    cut short turned into `_Truncated` so warcio cannot mistake it for the archive's end."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.gz = gzip.GzipFile(fileobj=raw, mode="rb")

    def read(self, size: int = -1) -> bytes:
        try:  # read1: one step at a time, so data before a bad spot is never lost with it
            return self.gz.read1(size) if size >= 0 else self.gz.read()
        except EOFError as exc:
            raise _Truncated from exc
        except (OSError, zlib.error) as exc:  # gzip.BadGzipFile is an OSError
            raise _BadGzip(f"bad gzip data: {exc}") from exc

    def tell(self) -> int:
        return self.gz.tell()
