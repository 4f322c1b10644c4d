"""The catalogue of bad input (issue 7), end to end through `eventwire code`.

Every bad input gives a message naming the file (and line or record), lands in the store's
rejected table with its reason, and costs nothing else: the good files beside it are coded, a
second run adds nothing twice, and the exit status (3) says that something was rejected.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.ingest import read_paths
from eventwire.ingest.base import MAX_SINGLE_FILE_BYTES
from eventwire.records import Document, Problem

from .test_warc import page, response, warc_bytes

runner = CliRunner()
GOOD = "Japan gave Turkey $8.5 million in aid on Feb. 14, 2023."
DULL = "The weather in the region was mild for the season, forecasters noted."


def _build(folder: Path) -> dict[str, list[tuple[str, int | None]]]:
    """Write the catalogue; returns file name -> (expected problem code, line)."""
    files: dict[str, tuple[bytes, str | None, int | None]] = {
        "empty.txt": (b"", "empty-file", None),
        "binary.txt": (bytes(range(256)) * 40, "binary-file", None),
        "invalid-utf8.txt": (b"Putin met Xi.\nCaf\xe9 society\n", "invalid-utf8", 2),
        "windows-1251.txt": ("Путин встретился с Си Цзиньпином в Москве.".encode("cp1251"),
                             "invalid-utf8", 1),
        "utf16-bom.txt": (("\ufeff" + GOOD + " Tokyo said so.").encode("utf-16-le"), None,
                          None),
        "huge.txt": (b"word " * (MAX_SINGLE_FILE_BYTES // 5 + 10_000), "too-large", None),
        "nested.html": (("<html><body>" + "<div>" * 50_000 + f"<p>{GOOD} Ankara thanked Tokyo."
                         "</p>" + "</div>" * 50_000 + "</body></html>").encode(), None, None),
        "lines.jsonl": (b'{"id": "ok", "published": "2023-02-15", "text": "' + GOOD.encode()
                        + b' Ankara confirmed it."}\nnot json at all\n'
                        b'{"id": "no-text", "title": "t"}\n', "bad-json", 2),
        "spanish.txt": (("El presidente de Rusia se reunió con el presidente de China en Moscú el "
                        "lunes, y las partes firmaron un acuerdo de cooperación económica para "
                        "los próximos años.").encode(), "not-english", None),
        "russian.txt": (("Президент России встретился с председателем КНР в Москве в понедельник, "
                        "стороны подписали соглашение о сотрудничестве и торговле на много лет "
                        "вперёд.").encode(), "not-english", None),
        "undated.txt": ((b"Russian President Vladimir Putin met Chinese President Xi Jinping in "
                        b"Moscow.\n\nRussia expelled two Polish diplomats on March 6, 2023.\n"
                        ), "undated-events", None),
        "long-dull.txt": (((DULL + " ") * 10_000).encode(), None, None),
        "good.txt": (GOOD.encode(), None, None),
    }
    truncated = gzip.compress(b"".join(
        json.dumps({"id": f"gz-{i}", "published": "2023-02-15", "text": GOOD + f" ({i})"}
                   ).encode() + b"\n" for i in range(50)))
    files["truncated.jsonl.gz"] = (truncated[: len(truncated) * 2 // 3], "truncated-gzip", None)
    archive = warc_bytes([response(f"https://example.org/{i}", page(f"Aid {i}", GOOD + f" {i}"))
                          for i in range(6)], gzip=True)
    files["truncated.warc.gz"] = (archive[:-25], "truncated-warc", None)  # inside the last record
    expected: dict[str, list[tuple[str, int | None]]] = {}
    for name, (data, code, line) in files.items():
        (folder / name).write_bytes(data)
        if code:
            expected[name] = [(code, line)]
    expected["lines.jsonl"].append(("missing-text", 3))
    return expected


@pytest.fixture(scope="module")
def coded(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("catalogue")
    corpus = folder / "in"
    corpus.mkdir()
    expected = _build(corpus)
    db = folder / "store.duckdb"
    first = runner.invoke(app, ["code", str(corpus), "--db", str(db), "-q", "-w", "1"])
    second = runner.invoke(app, ["code", str(corpus), "--db", str(db), "-q", "-w", "1"])
    con = duckdb.connect(str(db), read_only=True)
    yield corpus, expected, first, second, con
    con.close()


def test_every_bad_input_is_named_and_recorded_with_its_reason(coded):
    corpus, expected, first, _, con = coded
    assert first.exit_code == 3
    rejected = con.execute("SELECT source, line, code, message FROM rejected").fetchall()
    by_file: dict[str, list[tuple[str, int | None, str]]] = {}
    for source, line, code, message in rejected:
        by_file.setdefault(Path(source).name, []).append((code, line, message))
    assert set(by_file) == set(expected)  # nothing else is rejected
    output = " ".join(first.output.split())
    for name, wanted in expected.items():
        got = by_file[name]
        for code, line in wanted:
            assert any(c == code and (line is None or n == line) for c, n, _ in got), (name, got)
        for _, _, message in got:
            assert str(corpus / name) in message  # the message names the file
        assert str(corpus / name) in output  # and so does the command's output


def test_the_rest_of_the_input_is_coded(coded):
    _, _, _, _, con = coded
    docs = dict(con.execute("SELECT doc_id, n_events FROM documents").fetchall())
    assert docs["good.txt"] >= 1 and docs["utf16-bom.txt"] >= 1 and docs["nested.html"] >= 1
    assert docs["ok"] >= 1  # the good line of a JSONL file with bad lines
    assert sum(1 for d in docs if d.startswith("gz-")) >= 20  # lines before the gzip break
    assert sum(1 for d in docs if d.startswith("truncated.warc.gz#")) >= 1
    assert docs["long-dull.txt"] == 0  # 10,000 sentences, none codable: stored, no event
    assert docs["undated.txt"] == 1  # the dated event is kept, the undated one left out
    (date,) = con.execute("SELECT date FROM events WHERE doc_id = 'undated.txt'").fetchone()
    assert date == "2023-03-06"
    assert "huge.txt" not in docs and "spanish.txt" not in docs and "russian.txt" not in docs


def test_a_second_run_adds_nothing(coded):
    _, _, first, second, con = coded
    assert second.exit_code == 3  # still says something is rejected
    assert "0 new" in second.output
    (n,) = con.execute("SELECT count(*) FROM (SELECT source, line, code FROM rejected "
                       "GROUP BY ALL HAVING count(*) > 1)").fetchone()
    assert n == 0
    (dups,) = con.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()
    assert dups == 0


_EXTENSIONS = [".txt", ".md", ".html", ".jsonl", ".jsonl.gz", ".warc", ".warc.gz"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(st.binary(max_size=2000),
                      st.text(max_size=600).map(lambda t: t.encode("utf-8", "replace")),
                      st.sampled_from([b"<html>" * 200, b"{" * 500, b"\x1f\x8b\x08" + b"\x00" * 50,
                                       b"WARC/1.0\r\n" + b"X" * 100])),
       ext=st.sampled_from(_EXTENSIONS))
def test_fuzzed_files_never_crash_the_ingest(tmp_path_factory, data: bytes, ext: str) -> None:
    folder = tmp_path_factory.mktemp("fuzz", numbered=True)
    (folder / f"f{ext}").write_bytes(data)
    for item in read_paths([folder]):
        assert isinstance(item, Document | Problem)
        if isinstance(item, Problem):
            assert str(folder) in item.message
