"""WARC archives: HTML responses are Documents, the rest skipped, damage keeps what came first."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.cli import app
from eventwire.ingest import read_paths, reader_for
from eventwire.ingest.warc import read_warc
from eventwire.records import Document, Problem

from .conftest import Read

ARTICLE = (
    "<html><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1>"
    "<p>{body}</p><p>Officials from both governments said further talks were planned for the "
    "spring, and that trade between the two countries had grown steadily for three years.</p>"
    "</article></body></html>")
AID = "Japan gave Turkey $8.5 million in aid on Feb. 14, 2023."
CRAWLED = "2023-02-20T08:15:00Z"


def page(title: str, body: str, head: str = "") -> bytes:
    return ARTICLE.format(title=title, body=body, head=head).encode()


def response(uri: str, payload: bytes, content_type: str = "text/html; charset=utf-8",
             status: str = "200 OK", date: str = CRAWLED) -> dict:
    return {"type": "response", "uri": uri, "payload": payload, "content_type": content_type,
            "status": status, "date": date}


def warc_bytes(records: list[dict], gzip: bool = False) -> bytes:
    """A WARC file holding `records` (response/request/metadata dicts), written by warcio."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    for rec in records:
        headers = {"WARC-Date": rec.get("date", CRAWLED)}
        if rec["type"] == "response":
            http = StatusAndHeaders(rec["status"], [("Content-Type", rec["content_type"])],
                                    protocol="HTTP/1.1")
            record = writer.create_warc_record(rec["uri"], "response",
                                               payload=io.BytesIO(rec["payload"]),
                                               http_headers=http, warc_headers_dict=headers)
        elif rec["type"] == "request":
            http = StatusAndHeaders(f"GET {rec['uri']} HTTP/1.1", [("Host", "example.com")],
                                    is_http_request=True)
            record = writer.create_warc_record(rec["uri"], "request", payload=io.BytesIO(b""),
                                               http_headers=http, warc_headers_dict=headers)
        else:
            record = writer.create_warc_record(rec["uri"], rec["type"],
                                               payload=io.BytesIO(rec.get("payload", b"x: y")),
                                               warc_content_type="application/warc-fields",
                                               warc_headers_dict=headers)
        writer.write_record(record)
    return buf.getvalue()


MIXED = [
    {"type": "warcinfo", "uri": "", "payload": b"software: test"},
    {"type": "request", "uri": "https://news.example.com/a"},
    response("https://news.example.com/a", page(
        "Japan sends aid", AID,
        '<meta property="og:site_name" content="Example News">'
        '<meta property="article:published_time" content="2023-02-15">')),
    {"type": "metadata", "uri": "https://news.example.com/a"},
    response("https://cdn.example.com/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),
    response("https://docs.example.com/r.pdf", b"%PDF-1.4 ...", "application/pdf"),
    response("https://www.wire.example.org/b", page(
        "Talks in Ankara", "Putin met Erdogan in Ankara to discuss grain exports.")),
]


def _docs(items: list[Document | Problem]) -> list[Document]:
    assert all(isinstance(i, Document) for i in items), items
    return items  # type: ignore[return-value]


@pytest.mark.parametrize("gz", [False, True])
def test_html_responses_become_documents_and_the_rest_is_skipped(
        tmp_path: Path, read: Read, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(warc_bytes(MIXED, gzip=gz))
    docs = _docs(read(path))
    assert [(d.doc_id, d.url, d.outlet, d.published, d.title) for d in docs] == [
        (f"{path.name}#3", "https://news.example.com/a", "Example News", "2023-02-15",
         "Japan sends aid"),
        (f"{path.name}#7", "https://www.wire.example.org/b", "wire.example.org", "2023-02-20",
         "Talks in Ankara"),
    ]
    assert AID in docs[0].text and "Putin met Erdogan" in docs[1].text
    assert {d.source_path for d in docs} == {str(path)}
    assert [d.doc_id for d in read(path)] == [d.doc_id for d in docs]  # stable across runs


def test_warc_extensions_are_registered() -> None:
    assert reader_for("CC-NEWS-2023.warc.gz") is read_warc
    assert reader_for("a.WARC") is read_warc


def test_doc_ids_under_a_directory(tmp_path: Path, read: Read) -> None:
    (tmp_path / "crawl" / "2023").mkdir(parents=True)
    (tmp_path / "crawl" / "2023" / "x.warc.gz").write_bytes(warc_bytes(MIXED, gzip=True))
    assert [d.doc_id for d in _docs(read(tmp_path / "crawl"))] == [
        "2023/x.warc.gz#3", "2023/x.warc.gz#7"]


def test_redirects_and_error_pages_are_skipped(tmp_path: Path, read: Read) -> None:
    path = tmp_path / "s.warc"
    path.write_bytes(warc_bytes([
        response("https://a.example/moved", b"<html><body>Moved here</body></html>",
                 status="301 Moved Permanently"),
        response("https://a.example/gone", page("Not found", "This page does not exist."),
                 status="404 Not Found"),
        response("https://a.example/ok", page("Talks", "Putin met Xi in Moscow on Monday.")),
    ]))
    assert [d.doc_id for d in _docs(read(path))] == ["s.warc#3"]


def test_declared_charsets_are_honoured(tmp_path: Path, read: Read) -> None:
    cyrillic = ("\u041f\u0443\u0442\u0438\u043d \u0432\u0441\u0442\u0440\u0435\u0442\u0438"
                "\u043b\u0441\u044f \u0441 \u0421\u0438.")
    path = tmp_path / "c.warc"
    path.write_bytes(warc_bytes([
        response("https://ru.example/1", page("Vstrecha", cyrillic).decode().encode("cp1251"),
                 "text/html; charset=windows-1251"),
        response("https://ru.example/2", page(
            "Vstrecha", cyrillic, '<meta charset="koi8-r">').decode().encode("koi8-r"),
            "text/html"),
        response("https://fr.example/3", page("Caf\u00e9", "Macron a rencontr\u00e9 Scholz.")
                 .decode().encode("latin-1"), "application/xhtml+xml; charset=ISO-8859-1"),
    ]))
    docs = _docs(read(path))
    assert [cyrillic in d.text for d in docs[:2]] == [True, True]
    assert "Macron a rencontr\u00e9 Scholz." in docs[2].text


def test_bad_pages_are_problems_and_the_rest_is_read(tmp_path: Path, read: Read) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(warc_bytes([
        response("https://a.example/empty", b""),
        response("https://a.example/latin", "Caf\u00e9 Putin met Xi".encode("latin-1")),
        response("https://a.example/odd", b"<p>hi</p>", "text/html; charset=x-no-such"),
        response("https://a.example/blank", b"<html><body><script>x</script></body></html>"),
        response("https://a.example/ok", page("Talks", "Putin met Xi in Moscow on Monday.")),
    ]))
    items = read(path)
    problems = [i for i in items if isinstance(i, Problem)]
    assert [(p.code, p.doc_id) for p in problems] == [
        ("empty-page", "bad.warc#1"), ("invalid-utf8", "bad.warc#2"),
        ("invalid-encoding", "bad.warc#3"), ("no-text", "bad.warc#4")]
    offsets = [int(p.message.split(" offset ")[1].split()[0]) for p in problems]
    assert offsets == sorted(offsets) and offsets[0] == 0
    assert problems[0].message == (
        f"{path} record 1 at offset 0 (https://a.example/empty): empty HTML payload")
    assert problems[1].message == (
        f"{path} record 2 at offset {offsets[1]} (https://a.example/latin): "
        "not valid UTF-8: byte 0xe9 at page offset 3")
    assert "unknown charset 'x-no-such'" in problems[2].message
    assert [d.doc_id for d in items if isinstance(d, Document)] == ["bad.warc#5"]


@pytest.mark.parametrize("gz", [False, True])
def test_truncated_archive_keeps_what_came_before(tmp_path: Path, read: Read, gz: bool) -> None:
    records = [response(f"https://a.example/{n}", page(f"Story {n}", f"Putin met Xi, part {n}."))
               for n in range(1, 5)]
    whole = warc_bytes(records, gzip=gz)
    name = "cut.warc.gz" if gz else "cut.warc"
    seen = set()
    for cut in range(50, len(whole) - 20, 61):  # every place, record boundaries included
        path = tmp_path / name
        path.write_bytes(whole[:cut])
        items = read(path)
        docs = [i for i in items if isinstance(i, Document)]
        assert [d.doc_id for d in docs] == [f"{name}#{n}" for n in range(1, len(docs) + 1)]
        assert all(d.text.endswith("years.") for d in docs)  # no half page passes as a page
        problems = items[len(docs):]
        if problems:
            [damage] = problems
            assert isinstance(damage, Problem) and damage.code == "truncated-warc", damage
            assert damage.message.endswith("archive ends early (truncated), inside this record") \
                or damage.message.startswith(f"{path}: archive ends early (truncated), ")
            seen.add(len(docs))
    assert seen == {0, 1, 2, 3}


def test_truncated_gzip_names_the_record(tmp_path: Path, read: Read) -> None:
    whole = warc_bytes([response(f"https://a.example/{n}", page("S", f"Xi met Putin {n}."))
                        for n in range(1, 4)], gzip=True)
    path = tmp_path / "t.warc.gz"
    path.write_bytes(whole[:len(whole) - 150])  # inside the last record
    items = read(path)
    assert [i.doc_id for i in items] == ["t.warc.gz#1", "t.warc.gz#2", "t.warc.gz#3"]
    damage = items[-1]
    assert isinstance(damage, Problem) and damage.code == "truncated-warc"
    assert damage.message.startswith(f"{path} record 3 at uncompressed offset ")
    assert damage.message.endswith(
        "(https://a.example/3): archive ends early (truncated), inside this record")


def test_corrupt_archives_are_one_problem(tmp_path: Path, read: Read) -> None:
    good = warc_bytes([response("https://a.example/1", page("S", "Xi met Putin in Moscow."))],
                      gzip=True)
    corrupt = bytearray(good + good)
    corrupt[len(good) + 40:len(good) + 60] = b"\xff" * 20  # second member's deflate data
    (tmp_path / "corrupt.warc.gz").write_bytes(bytes(corrupt))
    (tmp_path / "text.warc").write_bytes(b"this is not a web archive\n")
    items = read(tmp_path / "corrupt.warc.gz", tmp_path / "text.warc")
    assert isinstance(items[0], Document) and items[0].doc_id == "corrupt.warc.gz#1"
    assert [(i.code, i.source) for i in items[1:]] == [
        ("bad-warc", str(tmp_path / "corrupt.warc.gz")), ("bad-warc", str(tmp_path / "text.warc"))]
    assert "bad gzip data" in items[1].message
    assert items[2].message == (
        f"{tmp_path / 'text.warc'}: not a valid WARC (no WARC record header), at the start")


def test_empty_archives(tmp_path: Path, read: Read) -> None:
    import gzip

    (tmp_path / "zero.warc").write_bytes(b"")
    (tmp_path / "zero.warc.gz").write_bytes(gzip.compress(b""))
    (tmp_path / "nohtml.warc").write_bytes(warc_bytes(MIXED[:2] + MIXED[3:6]))
    items = read(tmp_path / "zero.warc", tmp_path / "zero.warc.gz", tmp_path / "nohtml.warc")
    assert items == [
        Problem("ingest", str(tmp_path / name), "empty-file",
                f"{tmp_path / name}: empty archive (no WARC records)")
        for name in ("zero.warc", "zero.warc.gz")]


def test_archive_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "big.warc.gz"
    path.write_bytes(warc_bytes([response(f"https://a.example/{n}", page("S", f"Xi met {n}."))
                                 for n in range(200)], gzip=True))
    first = next(read_paths([path]))  # a generator: the first article comes before the rest
    assert isinstance(first, Document) and first.doc_id == "big.warc.gz#1"


def test_cli_codes_events_from_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "news.warc.gz"
    path.write_bytes(warc_bytes(MIXED, gzip=True))
    db = tmp_path / "x.duckdb"
    runner = CliRunner()
    res = runner.invoke(app, ["code", str(path), "--db", str(db), "-q"])
    assert res.exit_code == 0, res.output
    listed = runner.invoke(app, ["events", "--db", str(db), "--json"])
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    aid = [r for r in rows if (r["code"], r["source"], r["target"]) == ("071", "JPN", "TUR")]
    assert len(aid) == 1
    assert aid[0]["doc_id"] == "news.warc.gz#3" and aid[0]["date"] == "2023-02-14"
