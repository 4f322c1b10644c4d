"""Each format's reader: what text and metadata it gives."""

from __future__ import annotations

import codecs
import gzip
import hashlib
from pathlib import Path

import pytest

from eventwire.ingest.html import strip_tags
from eventwire.ingest.normalize import normalize_text
from eventwire.records import Document, Problem

from .conftest import Read, Write

SEOUL_TEXT = (
    "South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Tokyo on "
    "Thursday, the first such visit in twelve years.\n\n"
    "The two leaders agreed to resume regular security dialogue and to restore each other's "
    "trade status, Kishida told reporters after the talks.\n\n"
    'Beijing said it was "watching closely" and urged both sides to avoid forming exclusive '
    "blocs in the region.")


def test_plain_text_without_metadata(write: Write, read: Read) -> None:
    path = write("note.txt", "Xi met Putin in Moscow.\r\n\r\n\r\nThey signed\u00a0a statement.\r\n")
    text = "Xi met Putin in Moscow.\n\nThey signed a statement."
    assert read(path) == [Document(
        doc_id="note.txt", text=text, source_path=str(path),
        content_hash=hashlib.sha256(text.encode()).hexdigest())]


def test_markdown_extension_variants(write: Write, read: Read) -> None:
    docs = read(write("a.markdown", "# Talks\n\nQin accepted an invitation to **Washington**."),
                write("b.MD", "Plain *markdown*."))
    assert [(d.doc_id, d.title, d.text) for d in docs] == [
        ("a.markdown", "Talks", "Qin accepted an invitation to Washington."),
        ("b.MD", None, "Plain markdown."),
    ]


def test_html_main_text_and_metadata(data_dir: Path, read: Read) -> None:
    path = data_dir / "article.html"
    assert read(path) == [Document(
        doc_id="article.html", text=SEOUL_TEXT, source_path=str(path),
        content_hash=hashlib.sha256(SEOUL_TEXT.encode()).hexdigest(),
        title="Seoul and Tokyo resume security talks", outlet="Pacific Courier",
        author="Min-jun Park", published="2023-03-16",
        url="https://pacific-courier.example/2023/03/16/seoul-tokyo-talks")]


def test_html_falls_back_to_stripped_tags(monkeypatch: pytest.MonkeyPatch, write: Write,
                                          read: Read) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    path = write("page.htm", "<html><head><title>T</title><style>p {}</style></head><body>"
                             "<p>Blinken met <b>Xi</b> in Beijing.</p><div>Qin&nbsp;agreed.</div>"
                             "<script>var x;</script></body></html>")
    [doc] = read(path)
    assert isinstance(doc, Document)
    assert (doc.text, doc.title) == ("Blinken met Xi in Beijing.\n\nQin agreed.", None)


def test_strip_tags_keeps_blocks_apart() -> None:
    html = "<ul><li>one</li><li>two</li></ul><p>three<br>four</p><noscript>no</noscript>"
    assert normalize_text(strip_tags(html)) == "one\n\ntwo\n\nthree\n\nfour"


def test_html_without_text_is_a_problem(write: Write, read: Read) -> None:
    path = write("blank.html", "<html><body><script>var x = 1;</script></body></html>")
    assert read(path) == [Problem("ingest", str(path), "no-text",
                                  f"{path}: no text left after extraction")]


def test_jsonl_fields_aliases_and_ids(data_dir: Path, write: Write, read: Read) -> None:
    path = write("feed.jsonl", "\n".join([
        '{"id": "r-1", "text": "Japan pledged aid.", "title": " Aid\\n pledge ", '
        '"published": "2023-02-14", "url": "https://a.example/1", "outlet": "Wire", '
        '"author": "Desk"}',
        "",
        '{"id": 42, "text": "Sweden joined.", "source": "Northern Daily", "date": "July 11, 2023"}',
        '{"text": "Turkey agreed.", "site": "Site", "publish_date": "2023-07-10T22:00:00Z"}',
        '{"id": "", "text": "Lula visited.", "source": {"id": "x", "name": "NewsAPI Outlet"}}',
        '{"text": "No outlet given.", "url": "https://www.harbor.example/a"}',
        "   ",
    ]))
    docs = read(path)
    assert [(d.doc_id, d.line, d.title, d.outlet, d.author, d.published, d.url, d.text)
            for d in docs] == [
        ("r-1", 1, "Aid pledge", "Wire", "Desk", "2023-02-14", "https://a.example/1",
         "Japan pledged aid."),
        ("42", 3, None, "Northern Daily", None, "2023-07-11", None, "Sweden joined."),
        ("feed.jsonl#4", 4, None, "Site", None, "2023-07-10", None, "Turkey agreed."),
        ("feed.jsonl#5", 5, None, "NewsAPI Outlet", None, None, None, "Lula visited."),
        ("feed.jsonl#6", 6, None, "harbor.example", None, None, "https://www.harbor.example/a",
         "No outlet given."),
    ]
    assert all(d.source_path == str(path) for d in docs)


def test_jsonl_text_is_normalised_not_sniffed(write: Write, read: Read) -> None:
    path = write("x.ndjson",
                 '{"text": "Title Line\\n\\nBy Jo Bloggs\\n\\n\\u201cYes,\\u201d he said."}')
    [doc] = read(path)
    assert doc.text == 'Title Line\n\nBy Jo Bloggs\n\n"Yes," he said.'
    assert (doc.title, doc.author) == (None, None)


@pytest.mark.parametrize("name", ["feed.jsonl.gz", "feed.ndjson.gz", "FEED.JSONL.GZ"])
def test_gzipped_jsonl(write: Write, read: Read, name: str) -> None:
    lines = b'{"text": "one"}\n{"text": "two"}\n'
    docs = read(write(name, gzip.compress(lines)))
    assert [(d.doc_id, d.text) for d in docs] == [(f"{name}#1", "one"), (f"{name}#2", "two")]


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
     ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-32-le", codecs.BOM_UTF32_LE)],
)
def test_byte_order_marks(write: Write, read: Read, encoding: str, bom: bytes) -> None:
    text = bom + "Put\u00edn met X\u00ed.\r\n".encode(encoding)
    jsonl = bom + '{"text": "Put\u00edn met X\u00ed."}\r\n{"text": "Next."}\r\n'.encode(encoding)
    docs = read(write("a.txt", text), write("b.jsonl", jsonl))
    assert [(d.doc_id, d.text) for d in docs] == [
        ("a.txt", "Put\u00edn met X\u00ed."), ("b.jsonl#1", "Put\u00edn met X\u00ed."),
        ("b.jsonl#2", "Next.")]


def test_same_article_in_two_formats_has_one_hash(write: Write, read: Read) -> None:
    docs = read(write("a.txt", "\u201cWe agreed,\u201d he said.\r\n"),
                write("b.jsonl", '{"text": "\\"We agreed,\\" he said."}\n'))
    assert len({d.content_hash for d in docs}) == 1
