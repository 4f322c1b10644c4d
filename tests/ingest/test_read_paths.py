"""read_paths: arguments, directory walking, doc_id rules and the reader registry."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import eventwire.ingest as ingest
from eventwire.ingest import read_paths, reader_for, register_reader
from eventwire.ingest.html import read_html
from eventwire.ingest.jsonl import read_jsonl
from eventwire.ingest.text import read_markdown, read_text
from eventwire.records import Document, Problem

from .conftest import Read, Write


@pytest.fixture
def tree(write: Write, tmp_path: Path) -> Path:
    """A small corpus with sub-folders, hidden entries and a file type nobody reads."""
    root = tmp_path / "corpus"
    write("corpus/b_talks.md", "# Talks\n\nQin accepted an invitation to visit **Washington**.")
    write("corpus/a_xi.txt", "Xi arrived in Moscow on Monday.")
    write("corpus/sub/wire.jsonl",
          '{"id": "w-1", "text": "Japan pledged aid."}\n{"text": "The EU sent teams."}\n')
    write("corpus/sub/deeper/visit.html", "<html><body><p>Blinken met Xi.</p></body></html>")
    write("corpus/table.csv", "a,b\n1,2\n")
    write("corpus/.draft.txt", "Hidden file, skipped.")
    write("corpus/.cache/old.txt", "Hidden directory, skipped.")
    return root


def test_directory_is_walked_recursively_in_sorted_order(tree: Path, read: Read) -> None:
    items = read(tree)
    assert [(i.doc_id, i.source_path, i.line) for i in items] == [
        ("a_xi.txt", str(tree / "a_xi.txt"), None),
        ("b_talks.md", str(tree / "b_talks.md"), None),
        ("sub/deeper/visit.html", str(tree / "sub/deeper/visit.html"), None),
        ("w-1", str(tree / "sub/wire.jsonl"), 1),
        ("sub/wire.jsonl#2", str(tree / "sub/wire.jsonl"), 2),
    ]
    assert all(isinstance(i, Document) for i in items)


def test_file_argument_doc_id_is_its_name(tree: Path, read: Read) -> None:
    items = read(str(tree / "sub" / "wire.jsonl"), tree / "sub" / "deeper" / "visit.html")
    assert [i.doc_id for i in items] == ["w-1", "wire.jsonl#2", "visit.html"]


def test_doc_id_is_relative_to_the_argument(tree: Path, read: Read) -> None:
    assert [i.doc_id for i in read(tree / "sub")] == [
        "deeper/visit.html", "w-1", "wire.jsonl#2"]


def test_explicit_hidden_file_is_read(tree: Path, read: Read) -> None:
    [doc] = read(tree / ".draft.txt")
    assert (doc.doc_id, doc.text) == (".draft.txt", "Hidden file, skipped.")


def test_explicit_unknown_extension_is_a_problem(tree: Path, read: Read) -> None:
    path = tree / "table.csv"
    [item] = read(path)
    assert isinstance(item, Problem)
    assert (item.stage, item.source, item.code, item.line) == (
        "ingest", str(path), "unknown-format", None)
    assert item.message.startswith(f"{path}: no reader for this file type (known: .txt, .md")


def test_missing_path_is_a_problem_and_the_rest_goes_on(tree: Path, read: Read) -> None:
    missing = tree / "nope.txt"
    items = read(missing, tree / "a_xi.txt")
    assert items[0] == Problem("ingest", str(missing), "unreadable",
                               f"{missing}: no such file or directory")
    assert isinstance(items[1], Document) and items[1].doc_id == "a_xi.txt"


def test_a_single_path_is_not_taken_for_a_list_of_letters(tree: Path) -> None:
    assert [i.doc_id for i in read_paths(str(tree / "a_xi.txt"))] == ["a_xi.txt"]


def test_read_paths_is_lazy(tree: Path) -> None:
    items = read_paths([tree, tree / "missing"])
    first = next(items)
    assert isinstance(first, Document) and first.doc_id == "a_xi.txt"


@pytest.mark.parametrize(
    ("name", "reader"),
    [("a.txt", read_text), ("A.TXT", read_text), ("a.md", read_markdown),
     ("a.markdown", read_markdown), ("a.html", read_html), ("a.htm", read_html),
     ("a.jsonl", read_jsonl), ("a.jsonl.gz", read_jsonl), ("a.ndjson", read_jsonl),
     ("a.gz", None), ("a.csv", None), (".txt", None), ("txt", None)],
)
def test_reader_for(name: str, reader: object) -> None:
    assert reader_for(name) is reader


def test_register_reader(monkeypatch: pytest.MonkeyPatch, tree: Path, read: Read) -> None:
    monkeypatch.setattr(ingest, "READERS", dict(ingest.READERS))

    def read_csv(path: Path, doc_id: str) -> Iterator[Document | Problem]:
        yield Document(doc_id, path.read_text(), str(path), "hash")

    register_reader("CSV", read_csv)
    assert reader_for("x.csv") is read_csv
    assert [i.doc_id for i in read(tree) if i.source_path.endswith(".csv")] == ["table.csv"]


def test_a_crashing_reader_becomes_a_problem(monkeypatch: pytest.MonkeyPatch, tree: Path,
                                             read: Read) -> None:
    monkeypatch.setattr(ingest, "READERS", dict(ingest.READERS))

    def broken(path: Path, doc_id: str) -> Iterator[Document | Problem]:
        raise RuntimeError("bug")
        yield  # pragma: no cover

    register_reader(".md", broken)
    items = read(tree)
    path = tree / "b_talks.md"
    assert items[1] == Problem("ingest", str(path), "reader-failed",
                               f"{path}: reader failed: RuntimeError: bug")
    assert [i.doc_id for i in items if isinstance(i, Document)] == [
        "a_xi.txt", "sub/deeper/visit.html", "w-1", "sub/wire.jsonl#2"]
