"""Bad input becomes a Problem naming file and line; nothing raises and the rest goes on."""

from __future__ import annotations

import gzip
import os
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.ingest.jsonl import read_jsonl
from eventwire.ingest.text import read_markdown, read_text
from eventwire.records import Document, Problem

from .conftest import Read, Write

GOOD = "Xi invited Putin to visit China."


def _problem(path: Path, code: str, message: str, line: int | None = None) -> Problem:
    return Problem("ingest", str(path), code, message, line)


@pytest.mark.parametrize(
    ("name", "content", "code", "message", "line"),
    [
        ("empty.txt", b"", "empty-file", "{path}: empty file", None),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary-file",
         "{path}: binary data, not text", None),
        ("controls.md", bytes(range(1, 32)) * 4 + b"text", "binary-file",
         "{path}: binary data, not text", None),
        ("cp1251.txt", "Moscow\n\u041c\u043e\u0441\u043a\u0432\u0430\n".encode("cp1251"),
         "invalid-utf8", "{path} line 2: not valid UTF-8: byte 0xcc at offset 7", 2),
        ("bom-then-latin1.txt", b"\xef\xbb\xbfCaf\xe9", "invalid-utf8",
         "{path} line 1: not valid UTF-8: byte 0xe9 at offset 6", 1),
        ("odd-utf16.txt", b"\xff\xfeA", "invalid-encoding",
         "{path}: not valid utf-16 (truncated data)", None),
        ("zero-width.txt", "\u200b\ufeff \n\n\u00a0".encode(), "no-text",
         "{path}: no text left after extraction", None),
        ("only-image.md", b"![a photo](x.jpg)\n", "no-text",
         "{path}: no text left after extraction", None),
        ("empty.jsonl", b"", "empty-file", "{path}: empty file", None),
        ("blank.jsonl", b"\n  \n\r\n", "empty-file", "{path}: only blank lines", None),
        ("binary.jsonl", b"\x00\x01\x02{", "binary-file",
         "{path}: binary data, not JSON Lines", None),
        ("plain.jsonl.gz", b'{"text": "not gzipped"}\n', "bad-gzip",
         "{path}: not valid gzip data (Not a gzipped file (b'{{\"'))", None),
    ],
)
def test_bad_file_is_one_problem_and_its_neighbours_are_read(
        write: Write, read: Read, tmp_path: Path, name: str, content: bytes, code: str,
        message: str, line: int | None) -> None:
    bad = write(f"dir/{name}", content)
    write("dir/zz_good.txt", GOOD)
    items = read(tmp_path / "dir")
    assert items[0] == _problem(bad, code, message.format(path=bad), line)
    assert len(items) == 2 and isinstance(items[1], Document) and items[1].text == GOOD


def test_bad_jsonl_lines(write: Write, read: Read) -> None:
    path = write("x.jsonl", b"\n".join([
        b'{"id": "ok-1", "text": "Japan pledged aid."}',
        b"not json",
        b"[1, 2]",
        b'{"title": "no text"}',
        b'{"text": "   "}',
        b'{"text": 5}',
        b'{"text": "caf\xe9"}',
        b'{"text": "\\u200b"}',
        b'{"text": "unclosed',
        b'{"id": "ok-10", "text": "The EU sent rescue teams."}',
    ]))
    p = str(path)
    assert read(path)[1:-1] == [
        _problem(path, "bad-json",
                 f"{p} line 2: not valid JSON (Expecting value at column 1)", 2),
        _problem(path, "missing-text", f"{p} line 3: not a JSON object but list", 3),
        _problem(path, "missing-text", f'{p} line 4: no non-empty "text" field', 4),
        _problem(path, "missing-text", f'{p} line 5: no non-empty "text" field', 5),
        _problem(path, "missing-text", f'{p} line 6: no non-empty "text" field', 6),
        _problem(path, "invalid-utf8",
                 f"{p} line 7: not valid UTF-8: byte 0xe9 at offset 123", 7),
        _problem(path, "no-text", f"{p} line 8: no text left after extraction", 8),
        _problem(path, "bad-json",
                 f"{p} line 9: not valid JSON (Unterminated string starting at column 10)", 9),
    ]
    assert [d.doc_id for d in read(path) if isinstance(d, Document)] == ["ok-1", "ok-10"]


def test_truncated_gzip_keeps_the_lines_before_the_break(write: Write, read: Read) -> None:
    lines = b"".join(b'{"text": "Article number %d about talks in Geneva."}\n' % n
                     for n in range(1, 2001))
    data = gzip.compress(lines)
    cut = data[: len(data) // 2]
    # what a reader can get out of the truncated stream: every complete line in it
    complete = zlib.decompressobj(wbits=31).decompress(cut).count(b"\n")
    assert 0 < complete < 2000
    path = write("cut.jsonl.gz", cut)
    items = read(path)
    assert [d.text for d in items[:-1]] == [
        f"Article number {n} about talks in Geneva." for n in range(1, complete + 1)]
    assert items[-1] == _problem(
        path, "truncated-gzip", f"{path}: compressed data ends early, after line {complete}")


def test_unreadable_file(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    [item] = read_text(folder, "folder.txt")
    assert (item.code, item.message) == ("unreadable", f"{folder}: cannot read (Is a directory)")
    [item] = read_jsonl(folder, "folder.txt")
    assert (item.code, item.message) == ("unreadable", f"{folder}: cannot read (Is a directory)")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_file_without_read_permission(write: Write, read: Read) -> None:
    path = write("locked.txt", GOOD)
    path.chmod(0)
    assert read(path) == [_problem(path, "unreadable",
                                   f"{path}: cannot read (Permission denied)")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_special_file_is_not_opened(tmp_path: Path, read: Read) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert read(fifo) == [_problem(fifo, "unreadable", f"{fifo}: not a regular file or directory")]


# --- never raises ---------------------------------------------------------------------------

READER_CODES = {"empty-file", "binary-file", "invalid-utf8", "invalid-encoding", "bad-json",
                "missing-text", "no-text", "truncated-gzip", "bad-gzip"}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=400), gzipped=st.booleans(), cut=st.integers(0, 400))
def test_jsonl_reader_never_raises(tmp_path_factory: pytest.TempPathFactory, data: bytes,
                                   gzipped: bool, cut: int) -> None:
    folder = tmp_path_factory.mktemp("fuzz", numbered=True)
    path = folder / ("x.jsonl.gz" if gzipped else "x.jsonl")
    path.write_bytes(gzip.compress(data)[:cut] if gzipped else data)
    for item in read_jsonl(path, "x"):
        if isinstance(item, Problem):
            assert item.code in READER_CODES and item.source == str(path)
            assert item.message.startswith(str(path))
        else:
            assert isinstance(item, Document) and item.text and item.line


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode)))
def test_text_readers_never_raise(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz", numbered=True) / "x.md"
    path.write_bytes(data)
    for reader in (read_text, read_markdown):
        [item] = reader(path, "x.md")
        assert isinstance(item, Document) or item.code in READER_CODES
