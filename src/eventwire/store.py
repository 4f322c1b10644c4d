"""The event database: documents, their coded events and rejected inputs, in DuckDB.

This is the only module that writes the database. Every value goes into SQL as a bound
parameter; the only names formatted into SQL are column names taken from the record classes.
A document is identified by its content hash, so re-running on the same input, or on a copy
of a file under another name, stores nothing new.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import duckdb

from eventwire.records import Document, Event, Fact, Problem

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "EVENT_COLUMNS", "SCHEMA_VERSION", "ReadOnlyStoreError", "Store", "StoreError",
    "StoreInUseError", "connect",
    "arrow_schema", "arrow_table",
]

SCHEMA_VERSION = 1
_ISO_PREFIX = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
EXPORT_FORMATS = (".jsonl", ".csv", ".parquet")

# Event field type (as annotated in records.py) -> DuckDB type.
_SQL_TYPES = {
    "str": "VARCHAR", "str | None": "VARCHAR", "Precision": "VARCHAR",
    "int": "INTEGER", "int | None": "INTEGER", "float | None": "DOUBLE", "bool": "BOOLEAN",
}
_EVENT_FIELDS = [f for f in dataclasses.fields(Event) if f.name != "extra"]
# The columns of an event as returned and exported: exactly the keys of Event.to_dict().
EVENT_COLUMNS: dict[str, str] = {
    **{f.name: _SQL_TYPES[str(f.type)] for f in _EVENT_FIELDS}, "event_id": "VARCHAR",
}
_DOC_COLUMNS = ("doc_id", "content_hash", "source_path", "line", "title", "outlet", "author",
                "published", "url", "text", "n_events", "coded_at")
_REJECTED_COLUMNS = ("source", "line", "stage", "code", "message", "doc_id", "at")
_FACT_COLUMNS = tuple(f.name for f in dataclasses.fields(Fact))
# One record's row; members and conflicts are JSON lists (see eventwire.corroborate).
RECORD_COLUMNS = ("record_id", "block", "code", "source", "target", "source_name",
                  "target_name", "date", "date_precision", "date_assumed", "place",
                  "place_country", "amount_usd", "n_events", "n_documents", "n_outlets",
                  "outlets", "first_reported", "last_reported", "event_name", "plover",
                  "quad_class", "goldstein", "n_conflicts", "members", "conflicts")
# The corroboration block of an event: its two countries (IGOs by their code) and its CAMEO
# root. Records never span blocks, so a new event only touches the records of its block.
# eventwire.corroborate.block_key is the same function in Python.
_COUNTRY_SQL = ("CASE WHEN {a} LIKE 'IGO%' OR {a} LIKE 'NGO%' THEN left({a}, 6) "
                "ELSE left({a}, 3) END")
BLOCK_SQL = (f"least({_COUNTRY_SQL.format(a='source')}, {_COUNTRY_SQL.format(a='target')}) "
             f"|| '|' || greatest({_COUNTRY_SQL.format(a='source')}, "
             f"{_COUNTRY_SQL.format(a='target')}) || '|' || left(code, 2)")


def _cols(names: Iterable[str]) -> str:
    """A column list with every name quoted ("at" and "date" are SQL keywords)."""
    return ", ".join(f'"{n}"' for n in names)


_DDL = [
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
    """CREATE TABLE IF NOT EXISTS documents (
        doc_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL UNIQUE, source_path VARCHAR,
        line INTEGER, title VARCHAR, outlet VARCHAR, author VARCHAR, published VARCHAR,
        url VARCHAR, text VARCHAR NOT NULL, n_events INTEGER NOT NULL,
        coded_at TIMESTAMP NOT NULL)""",
    "CREATE TABLE IF NOT EXISTS events (event_id VARCHAR PRIMARY KEY, "
    + ", ".join(f'"{c}" {t}' for c, t in EVENT_COLUMNS.items() if c != "event_id")
    + ", extra VARCHAR)",  # extra: Event.extra as JSON, kept but not returned
    """CREATE TABLE IF NOT EXISTS facts (
        doc_id VARCHAR NOT NULL, kind VARCHAR NOT NULL, name VARCHAR NOT NULL,
        text VARCHAR NOT NULL, sentence VARCHAR NOT NULL, char_start INTEGER NOT NULL,
        char_end INTEGER NOT NULL, "date" VARCHAR, date_precision VARCHAR, value_usd DOUBLE,
        "year" INTEGER, countries VARCHAR NOT NULL, scope VARCHAR NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS records (
        record_id VARCHAR PRIMARY KEY, block VARCHAR NOT NULL, code VARCHAR NOT NULL,
        source VARCHAR NOT NULL, target VARCHAR NOT NULL, source_name VARCHAR,
        target_name VARCHAR, "date" VARCHAR, date_precision VARCHAR, date_assumed BOOLEAN,
        place VARCHAR, place_country VARCHAR, amount_usd DOUBLE, n_events INTEGER NOT NULL,
        n_documents INTEGER NOT NULL, n_outlets INTEGER NOT NULL, outlets VARCHAR NOT NULL,
        first_reported VARCHAR, last_reported VARCHAR, event_name VARCHAR, plover VARCHAR,
        quad_class INTEGER, goldstein DOUBLE, n_conflicts INTEGER NOT NULL,
        members VARCHAR NOT NULL, conflicts VARCHAR NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS record_members (
        record_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL)""",
    # The events each block's records were built from (count and hash of their ids).
    """CREATE TABLE IF NOT EXISTS record_blocks (
        block VARCHAR PRIMARY KEY, n_events BIGINT NOT NULL, fingerprint UBIGINT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS rejected (
        source VARCHAR NOT NULL, line INTEGER, stage VARCHAR NOT NULL, code VARCHAR NOT NULL,
        message VARCHAR NOT NULL, doc_id VARCHAR, "at" TIMESTAMP NOT NULL)""",
]


class StoreError(Exception):
    """The database cannot be used as an eventwire store."""


class ReadOnlyStoreError(StoreError, PermissionError):
    """A write was attempted on a store opened with read_only=True."""


class StoreInUseError(StoreError):
    """Another process has the store open for writing (DuckDB allows one writer per file)."""


# DuckDB caches pages up to 80% of the machine's memory by default, so a long run's memory
# would grow with the store; these cap the cache (larger queries spill to disk). A writer only
# appends and looks up; a reader (the web explorer) aggregates, so it gets more.
WRITER_MEMORY = os.environ.get("EVENTWIRE_DUCKDB_MEMORY", "64MB")
READER_MEMORY = os.environ.get("EVENTWIRE_DUCKDB_READ_MEMORY", "256MB")


def connect(path: str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection; a file held by another process is a StoreInUseError that says so."""
    try:
        return duckdb.connect(path, read_only=read_only, config={
            "memory_limit": READER_MEMORY if read_only else WRITER_MEMORY})
    except duckdb.IOException as exc:
        if "lock" not in str(exc).lower():
            raise StoreError(f"{path}: cannot open ({exc})") from exc
        holder = re.search(r"\(PID (\d+)\)", str(exc))
        who = f"process {holder.group(1)}" if holder else "another process"
        raise StoreInUseError(
            f"{path}: in use by {who} (a running `eventwire code`?). A store has one writer "
            "at a time: wait for it to finish, or use another --db") from None


class Store:
    """A DuckDB file (or ":memory:") holding documents, events and rejected inputs."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        if read_only and (self.path == ":memory:" or not Path(self.path).exists()):
            raise StoreError(f"{self.path}: no such store to open read-only")
        self._con = connect(self.path, read_only=read_only)
        try:
            self._init_schema()
        except BaseException:
            self._con.close()
            raise

    # -- setup -------------------------------------------------------------------------
    def _init_schema(self) -> None:
        """Create the tables (writable), check the schema version, find missing columns."""
        if not self.read_only:
            with self._transaction():
                for ddl in _DDL:
                    self._con.execute(ddl)
                self._con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)",
                                  [str(SCHEMA_VERSION)])
        try:
            row = self._con.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.CatalogException:
            row = None
        if row is None:
            raise StoreError(f"{self.path}: not an eventwire store (no schema_version)")
        if int(row[0]) > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {row[0]} is newer than this "
                             f"eventwire supports ({SCHEMA_VERSION}); upgrade eventwire")
        have = {r[0] for r in self._con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'"
        ).fetchall()}
        missing = [c for c in EVENT_COLUMNS if c not in have]
        if missing and not self.read_only:  # an Event field added since the file was made
            for c in missing:
                self._con.execute(f'ALTER TABLE events ADD COLUMN "{c}" {EVENT_COLUMNS[c]}')
            missing = []
        self._select = ", ".join(f'NULL AS "{c}"' if c in missing else f'"{c}"'
                                 for c in EVENT_COLUMNS)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._con.begin()
        try:
            yield
        except BaseException:
            self._con.rollback()
            raise
        self._con.commit()

    def _writable(self, what: str) -> None:
        if self.read_only:
            raise ReadOnlyStoreError(f"{self.path}: opened read-only, cannot {what}")

    # -- writes ------------------------------------------------------------------------
    def has_document(self, content_hash: str) -> bool:
        return self._con.execute("SELECT 1 FROM documents WHERE content_hash = ?",
                                 [content_hash]).fetchone() is not None

    def add_document(self, doc: Document, events: list[Event],
                     facts: Iterable[Fact] = ()) -> bool:
        """Store a document with its events and facts; False (nothing written) if already held.

        Events repeated in the list (same event_id) are stored once. Event records are brought
        up to date by eventwire.corroborate.update_records, not here.
        """
        return self.add_documents([(doc, events, list(facts))])[0]

    def add_documents(self, items: list[tuple[Document, list[Event], list[Fact]]]
                      ) -> list[bool]:
        """Store many documents in one transaction (all or none); for each, whether it was new.

        A document whose content is already held, or repeats an earlier one of the batch, is
        skipped (False).
        """
        self._writable("add documents")
        for doc, events, _ in items:
            strays = {e.doc_id for e in events if e.doc_id != doc.doc_id}
            if strays:
                raise ValueError(f"events of other documents {sorted(strays)} given with "
                                 f"{doc.doc_id!r}")
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        with self._transaction():
            held = {r[0] for r in self._con.execute(
                "SELECT content_hash FROM documents WHERE content_hash IN (SELECT unnest($h))",
                {"h": [doc.content_hash for doc, _, _ in items]}).fetchall()}
            new: list[bool] = []
            docs, event_rows, fact_rows = [], [], []
            for doc, events, facts in items:
                if doc.content_hash in held:
                    new.append(False)
                    continue
                held.add(doc.content_hash)
                new.append(True)
                unique: dict[str, Event] = {}
                for e in events:
                    unique.setdefault(e.event_id, e)
                event_rows.extend([*(getattr(e, f.name) for f in _EVENT_FIELDS), eid,
                                   json.dumps(e.extra, sort_keys=True, default=str)]
                                  for eid, e in unique.items())
                docs.append({"doc_id": doc.doc_id, "content_hash": doc.content_hash,
                             "source_path": doc.source_path, "line": doc.line,
                             "title": doc.title, "outlet": doc.outlet, "author": doc.author,
                             "published": doc.published, "url": doc.url, "text": doc.text,
                             "n_events": len(unique), "coded_at": now})
                fact_rows.extend({c: getattr(f, c) for c in _FACT_COLUMNS} for f in facts)
            self._insert_dicts("documents", _DOC_COLUMNS, docs)
            if event_rows:
                self._insert_events(event_rows)
            self._insert_dicts("facts", _FACT_COLUMNS, fact_rows)
        return new

    def _insert_events(self, rows: list[list[Any]]) -> None:
        """Insert event rows through an Arrow table (bound VALUES are several times slower).

        OR IGNORE: a changed file under the same doc_id may repeat an event already held.
        """
        import pyarrow as pa

        schema = arrow_schema().append(pa.field("extra", pa.string()))
        columns = zip(*rows, strict=True)
        arrays = [pa.array(values, type=f.type) for values, f in zip(columns, schema, strict=True)]
        table = pa.Table.from_arrays(arrays, schema=schema)
        self._con.register("_eventwire_new_events", table)
        try:
            self._con.execute(f"INSERT OR IGNORE INTO events ({_cols(schema.names)}) "
                              f"SELECT {_cols(schema.names)} FROM _eventwire_new_events")
        finally:
            self._con.unregister("_eventwire_new_events")

    def add_problem(self, problem: Problem) -> bool:
        """Record a rejected input once per (source, line, code); returns whether it was new."""
        self._writable("record a problem")
        with self._transaction():
            seen = self._con.execute(
                "SELECT 1 FROM rejected WHERE source = ? AND line IS NOT DISTINCT FROM ? "
                "AND code = ?", [problem.source, problem.line, problem.code]).fetchone()
            if seen:
                return False
            self._con.execute(
                f"INSERT INTO rejected ({_cols(_REJECTED_COLUMNS)}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [problem.source, problem.line, problem.stage, problem.code, problem.message,
                 problem.doc_id, dt.datetime.now(dt.UTC).replace(tzinfo=None)])
        return True

    # -- reads -------------------------------------------------------------------------
    def events(self, *, actor: str | None = None, since: str | None = None,
               until: str | None = None, code: str | None = None, doc_id: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Stored events as Event.to_dict() dicts, ordered by date, doc_id, char_start.

        actor: a prefix of the source or target code ("KGZ" matches "KGZGOV").
        code: a CAMEO code prefix ("04" matches "042").
        since/until: ISO dates ("2021", "2021-03", "2021-03-02"), else ValueError; an event is kept
        when its date, at its own precision, overlaps the range (a "2021" event is within
        since="2021-03"; compared on the shorter of the two strings).
        """
        where: list[str] = []
        params: dict[str, Any] = {}
        if actor is not None:
            where.append("(starts_with(source, $actor) OR starts_with(target, $actor))")
            params["actor"] = actor.upper()
        if code is not None:
            where.append("starts_with(code, $code)")
            params["code"] = code
        if doc_id is not None:
            where.append("doc_id = $doc_id")
            params["doc_id"] = doc_id
        for name, value, op in (("since", since, ">="), ("until", until, "<=")):
            if value is not None:
                if not _ISO_PREFIX.fullmatch(value):
                    raise ValueError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
                n = f'least(length("date"), length(${name}))'
                where.append(f'left("date", {n}) {op} left(${name}, {n})')
                params[name] = value
        sql = f"SELECT {self._select} FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += ' ORDER BY "date", doc_id, char_start, event_id'
        if limit is not None:
            if not isinstance(limit, int) or limit < 0:
                raise ValueError(f"limit must be a non-negative integer, not {limit!r}")
            sql += " LIMIT $limit"
            params["limit"] = limit
        return self._dicts(sql, params)

    def get_meta(self, key: str) -> str | None:
        row = self._con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self._writable("write metadata")
        self._con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])

    # -- event records (eventwire.corroborate computes them, the store keeps them) ------
    def block_fingerprints(self) -> dict[str, tuple[int, int]]:
        """For every block of the stored events: (number of events, hash of their ids)."""
        rows = self._con.execute(
            f"SELECT {BLOCK_SQL} AS block, count(*), bit_xor(hash(event_id)) FROM events "
            "GROUP BY block").fetchall()
        return {b: (int(n), int(h)) for b, n, h in rows}

    def record_fingerprints(self) -> dict[str, tuple[int, int]]:
        """The fingerprints the stored records were built from, by block."""
        rows = self._con.execute("SELECT block, n_events, fingerprint FROM record_blocks")
        return {b: (int(n), int(h)) for b, n, h in rows.fetchall()}

    def block_events(self, blocks: list[str]) -> list[dict[str, Any]]:
        """The events of the given blocks, with their block."""
        return self._dicts(
            f"SELECT {self._select}, {BLOCK_SQL} AS block FROM events "
            f"WHERE {BLOCK_SQL} IN (SELECT unnest($blocks)) ORDER BY doc_id, char_start, "
            "event_id", {"blocks": blocks})

    def facts(self, doc_ids: list[str] | None = None) -> list[dict[str, Any]]:
        sql = f"SELECT {_cols(_FACT_COLUMNS)} FROM facts"
        params: dict[str, Any] = {}
        if doc_ids is not None:
            sql += " WHERE doc_id IN (SELECT unnest($ids))"
            params["ids"] = doc_ids
        return self._dicts(sql + " ORDER BY doc_id, char_start, kind, name, text", params)

    def replace_records(self, fingerprints: dict[str, tuple[int, int]],
                        records: list[dict[str, Any]]) -> None:
        """Put `records` in place of every record of the blocks in `fingerprints`, at once.

        A block whose fingerprint is None has no events left and loses its records.
        """
        self._writable("update event records")
        blocks = list(fingerprints)
        with self._transaction():
            self._con.execute("DELETE FROM record_members WHERE record_id IN (SELECT record_id "
                              "FROM records WHERE block IN (SELECT unnest($b)))", {"b": blocks})
            self._con.execute("DELETE FROM records WHERE block IN (SELECT unnest($b))",
                              {"b": blocks})
            self._con.execute("DELETE FROM record_blocks WHERE block IN (SELECT unnest($b))",
                              {"b": blocks})
            live = [{"block": b, "n_events": n, "fingerprint": h}
                    for b, (n, h) in fingerprints.items() if n]
            self._insert_dicts("record_blocks", ("block", "n_events", "fingerprint"), live,
                               {"fingerprint": "uint64"})
            self._insert_dicts("records", RECORD_COLUMNS, [
                {c: json.dumps(r[c], ensure_ascii=False) if c in ("members", "conflicts")
                 else r[c] for c in RECORD_COLUMNS} for r in records])
            self._insert_dicts("record_members", ("record_id", "event_id", "doc_id"), [
                {"record_id": r["record_id"], "event_id": m["event_id"], "doc_id": m["doc_id"]}
                for r in records for m in r["members"]])

    def _insert_dicts(self, table: str, columns: Iterable[str], rows: list[dict[str, Any]],
                      types: dict[str, str] | None = None) -> None:
        """Insert many rows at once through Arrow (executemany is a round trip per row)."""
        if not rows:
            return
        import pyarrow as pa

        columns = list(columns)
        arrays = [pa.array([r[c] for r in rows], type=getattr(pa, (types or {})[c])()
                           if c in (types or {}) else None) for c in columns]
        self._con.register("_eventwire_rows", pa.Table.from_arrays(arrays, names=columns))
        try:
            self._con.execute(f"INSERT INTO {table} ({_cols(columns)}) "
                              f"SELECT {_cols(columns)} FROM _eventwire_rows")
        finally:
            self._con.unregister("_eventwire_rows")

    def records(self, *, record_id: str | None = None, min_documents: int = 1,
                with_conflicts: bool = False, limit: int | None = None) -> list[dict[str, Any]]:
        """Stored event records, members and conflicts decoded, most reported first."""
        where = ["n_documents >= $min_docs"]
        params: dict[str, Any] = {"min_docs": min_documents}
        if record_id is not None:
            where.append("record_id = $record_id")
            params["record_id"] = record_id
        if with_conflicts:
            where.append("n_conflicts > 0")
        sql = (f"SELECT {_cols(RECORD_COLUMNS)} FROM records WHERE {' AND '.join(where)} "
               'ORDER BY n_documents DESC, "date", record_id')
        if limit is not None:
            sql += " LIMIT $limit"
            params["limit"] = int(limit)
        rows = self._dicts(sql, params)
        for row in rows:
            row["members"] = json.loads(row["members"])
            row["conflicts"] = json.loads(row["conflicts"])
        return rows

    def documents(self) -> list[dict[str, Any]]:
        return self._dicts(f"SELECT {_cols(_DOC_COLUMNS)} FROM documents "
                           "ORDER BY coded_at, doc_id, content_hash")

    def problems(self) -> list[dict[str, Any]]:
        return self._dicts(f"SELECT {_cols(_REJECTED_COLUMNS)} FROM rejected "
                           'ORDER BY "at", source, line')

    def counts(self) -> dict[str, int]:
        row = self._con.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), "
            "(SELECT count(*) FROM rejected)").fetchone()
        assert row is not None
        return dict(zip(("documents", "events", "rejected"), map(int, row), strict=True))

    def _dicts(self, sql: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        cur = self._con.execute(sql, params or {})
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    # -- export ------------------------------------------------------------------------
    def export_events(self, out: str | Path, **filters: Any) -> int:
        """Write the events matching `filters` (as for events()) to .jsonl, .csv or .parquet.

        Returns the number of rows written. JSONL has one events() dict per line; CSV the
        same columns (empty cell for None); Parquet typed columns.
        """
        out = Path(out)
        ext = out.suffix.lower()
        if ext not in EXPORT_FORMATS:
            raise ValueError(f"{out}: cannot export to {ext or 'a file without extension'} "
                             f"(use one of {', '.join(EXPORT_FORMATS)})")
        rows = self.events(**filters)
        out.parent.mkdir(parents=True, exist_ok=True)
        if ext == ".jsonl":
            with out.open("w", encoding="utf-8") as fh:
                for row in rows:
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif ext == ".csv":
            with out.open("w", encoding="utf-8", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=list(EVENT_COLUMNS))
                writer.writeheader()
                writer.writerows(rows)
        else:
            import pyarrow.parquet as pq

            pq.write_table(arrow_table(rows), out)
        return len(rows)

    # -- lifetime ----------------------------------------------------------------------
    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def arrow_schema() -> pa.Schema:
    """The pyarrow schema of exported events (also used to read a CSV export back typed)."""
    import pyarrow as pa

    types = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "DOUBLE": pa.float64(),
             "BOOLEAN": pa.bool_()}
    return pa.schema([(c, types[t]) for c, t in EVENT_COLUMNS.items()])


def arrow_table(rows: list[dict[str, Any]]) -> pa.Table:
    """Event dicts as a typed pyarrow Table."""
    import pyarrow as pa

    return pa.Table.from_pylist(rows, schema=arrow_schema())
