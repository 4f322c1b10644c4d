"""The read-only queries behind the web explorer: one function per view, JSON-ready dicts.

Every value a user sends goes into SQL as a bound parameter; the only words formatted into SQL
are column names from the whitelists below. The store is opened read-only.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import duckdb

from eventwire import cameo
from eventwire.store import _COUNTRY_SQL, StoreError, connect

MAX_PAGE_SIZE = 200
SORTABLE = {"date": '"date"', "code": "code", "source": "source", "target": "target",
            "outlet": "outlet", "goldstein": "goldstein", "place": "place"}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}
_ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_CODE = re.compile(r"[A-Z]{3,15}")
# The country part of an actor code, as in eventwire.corroborate.link.actor_country.
_COUNTRY = _COUNTRY_SQL
SRC_COUNTRY, TGT_COUNTRY = _COUNTRY.format(a="e.source"), _COUNTRY.format(a="e.target")
_EVENT_COLUMNS = ("event_id", "doc_id", "code", "event_name", "source", "target",
                  "source_name", "target_name", "source_text", "target_text", "date",
                  "date_precision", "date_assumed", "plover", "plover_mode", "quad_class",
                  "goldstein", "place", "place_country", "lat", "lon", "amount_usd",
                  "outlet", "published", "sentence", "char_start", "char_end")


class BadFilter(ValueError):
    """A filter value that cannot be used (the message says which and why)."""


@dataclass(frozen=True)
class Filters:
    """What the views can be narrowed to; each maps to one SQL condition."""

    actor: str | None = None  # actor code prefix ("KGZ", "RUSGOV") or part of a person's name
    country: str | None = None  # either side's country ("KGZ")
    root: str | None = None  # CAMEO root ("04")
    plover: str | None = None  # PLOVER type ("CONSULT")
    quad: int | None = None  # QuadClass 1-4
    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    q: str | None = None  # words in the evidence sentence
    dyad: str | None = None  # "KGZ,RUS": events between the two, either way
    record: str | None = None

    def where(self) -> tuple[str, dict[str, Any]]:
        """SQL conditions on the events table `e`, and their parameters."""
        sql: list[str] = []
        params: dict[str, Any] = {}
        if self.actor:
            actor = self.actor.strip()
            if _CODE.fullmatch(actor):
                sql.append("(starts_with(e.source, $actor) OR starts_with(e.target, $actor))")
                params["actor"] = actor
            else:
                sql.append("(e.source_name ILIKE $actor_like ESCAPE '\\' "
                           "OR e.target_name ILIKE $actor_like ESCAPE '\\')")
                params["actor_like"] = f"%{_like(actor)}%"
        if self.country:
            sql.append(f"({SRC_COUNTRY} = $country OR {TGT_COUNTRY} = $country)")
            params["country"] = self.country.strip().upper()
        if self.root:
            if not re.fullmatch(r"\d{2}", self.root):
                raise BadFilter(f"root must be two digits (01-20), not {self.root!r}")
            sql.append("left(e.code, 2) = $root")
            params["root"] = self.root
        if self.plover:
            sql.append("e.plover = $plover")
            params["plover"] = self.plover.strip().upper()
        if self.quad is not None:
            if self.quad not in QUAD_NAMES:
                raise BadFilter(f"quad must be 1-4, not {self.quad!r}")
            sql.append("e.quad_class = $quad")
            params["quad"] = self.quad
        for name, value, op in (("since", self.since, ">="), ("until", self.until, "<=")):
            if value:
                if not _ISO.fullmatch(value):
                    raise BadFilter(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
                n = f'least(length(e."date"), length(${name}))'
                sql.append(f'left(e."date", {n}) {op} left(${name}, {n})')
                params[name] = value
        if self.outlet:
            sql.append("e.outlet = $outlet")
            params["outlet"] = self.outlet
        if self.q:
            sql.append("e.sentence ILIKE $q ESCAPE '\\'")
            params["q"] = f"%{_like(self.q)}%"
        if self.dyad:
            parts = [p.strip().upper() for p in self.dyad.split(",")]
            if len(parts) != 2 or not all(parts):
                raise BadFilter(f"dyad must be two countries like KGZ,RUS, not {self.dyad!r}")
            sql.append(f"(({SRC_COUNTRY} = $dyad_a AND {TGT_COUNTRY} = $dyad_b) OR "
                       f"({SRC_COUNTRY} = $dyad_b AND {TGT_COUNTRY} = $dyad_a))")
            params["dyad_a"], params["dyad_b"] = parts
        if self.record:
            sql.append("rm.record_id = $record")
            params["record"] = self.record
        return (" AND ".join(sql) or "TRUE"), params

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in fields(cls)]


def _like(text: str) -> str:
    """Text matched literally inside ILIKE (its own % and _ are not wildcards)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Explorer:
    """Queries over one store, opened read-only; safe to share between request threads."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.exists():
            raise StoreError(f"{self.path}: no such store")
        self._con = connect(str(self.path), read_only=True)
        self._local = threading.local()
        tables = {r[0] for r in self._con.execute(
            "SELECT table_name FROM information_schema.tables").fetchall()}
        if "events" not in tables:
            raise StoreError(f"{self.path}: not an eventwire store")
        self.has_records = {"records", "record_members"} <= tables

    @contextmanager
    def _cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of this thread's own (DuckDB connections are not shared across threads)."""
        cur = getattr(self._local, "cursor", None)
        if cur is None:
            cur = self._local.cursor = self._con.cursor()
        yield cur

    def _rows(self, sql: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        with self._cursor() as cur:
            result = cur.execute(sql, params or {})
            names = [d[0] for d in result.description]
            return [dict(zip(names, row, strict=True)) for row in result.fetchall()]

    def _from(self) -> str:
        if self.has_records:
            return "events e LEFT JOIN record_members rm ON rm.event_id = e.event_id"
        return "events e LEFT JOIN (SELECT NULL AS record_id, NULL AS event_id) rm ON FALSE"

    # -- views -------------------------------------------------------------------------
    def meta(self) -> dict[str, Any]:
        (row,) = self._rows(
            'SELECT count(*) AS events, min("date") AS first, max("date") AS last, '
            "count(DISTINCT doc_id) AS documents FROM events")
        outlets = [r["outlet"] for r in self._rows(
            "SELECT DISTINCT outlet FROM events WHERE outlet IS NOT NULL ORDER BY outlet")]
        plover = [r["plover"] for r in self._rows(
            "SELECT DISTINCT plover FROM events WHERE plover IS NOT NULL ORDER BY plover")]
        records = self._rows("SELECT count(*) AS n FROM records")[0]["n"] \
            if self.has_records else 0
        roots = [{"root": f"{n:02d}", "name": cameo.lookup(f"{n:02d}").name.capitalize()}
                 for n in range(1, 21)]
        return {**row, "records": records, "outlets": outlets, "plover_types": plover,
                "roots": roots, "quad_classes": QUAD_NAMES, "max_page_size": MAX_PAGE_SIZE}

    def events(self, filters: Filters, sort: str = "date", order: str = "desc", page: int = 1,
               page_size: int = 50) -> dict[str, Any]:
        if sort not in SORTABLE:
            raise BadFilter(f"sort must be one of {', '.join(SORTABLE)}, not {sort!r}")
        if order not in ("asc", "desc"):
            raise BadFilter(f"order must be asc or desc, not {order!r}")
        if page < 1 or not 1 <= page_size <= MAX_PAGE_SIZE:
            raise BadFilter(f"page must be >= 1 and page_size 1-{MAX_PAGE_SIZE}")
        where, params = filters.where()
        (total,) = self._rows(f"SELECT count(*) AS n FROM {self._from()} WHERE {where}", params)
        cols = ", ".join(f"e.{c}" if c != "date" else 'e."date"' for c in _EVENT_COLUMNS)
        rows = self._rows(
            f"SELECT {cols}, rm.record_id FROM {self._from()} WHERE {where} "
            f"ORDER BY {SORTABLE[sort]} {order.upper()} NULLS LAST, e.event_id "
            "LIMIT $limit OFFSET $offset",
            {**params, "limit": page_size, "offset": (page - 1) * page_size})
        return {"total": total["n"], "page": page, "page_size": page_size, "sort": sort,
                "order": order, "rows": rows}

    def event(self, event_id: str) -> dict[str, Any] | None:
        cols = ", ".join(f"e.{c}" if c != "date" else 'e."date"' for c in _EVENT_COLUMNS)
        rows = self._rows(f"SELECT {cols}, rm.record_id FROM {self._from()} "
                          "WHERE e.event_id = $id", {"id": event_id})
        return rows[0] if rows else None

    def timeline(self, filters: Filters) -> dict[str, Any]:
        """Events per month by QuadClass (events dated only to a year are counted apart)."""
        where, params = filters.where()
        rows = self._rows(
            f'SELECT left(e."date", 7) AS period, e.quad_class AS quad, count(*) AS n '
            f"FROM {self._from()} WHERE {where} AND length(e.\"date\") >= 7 "
            "GROUP BY period, quad ORDER BY period, quad", params)
        buckets: dict[str, dict[str, Any]] = {}
        for r in rows:
            b = buckets.setdefault(r["period"], {"period": r["period"], "total": 0,
                                                  "by_type": {}})
            b["by_type"][QUAD_NAMES.get(r["quad"], "other")] = r["n"]
            b["total"] += r["n"]
        (year_only,) = self._rows(f"SELECT count(*) AS n FROM {self._from()} WHERE {where} "
                                  'AND length(e."date") < 7', params)
        return {"unit": "month", "types": list(QUAD_NAMES.values()),
                "buckets": list(buckets.values()), "year_only": year_only["n"]}

    def network(self, filters: Filters) -> dict[str, Any]:
        """Countries as nodes, dyads as edges: event count and mean Goldstein."""
        where, params = filters.where()
        rows = self._rows(
            f"SELECT least({SRC_COUNTRY}, {TGT_COUNTRY}) AS a, "
            f"greatest({SRC_COUNTRY}, {TGT_COUNTRY}) AS b, count(*) AS n, "
            f"avg(e.goldstein) AS goldstein FROM {self._from()} WHERE {where} "
            "GROUP BY a, b ORDER BY n DESC, a, b", params)
        nodes: dict[str, int] = {}
        edges = []
        for r in rows:
            nodes[r["a"]] = nodes.get(r["a"], 0) + r["n"]
            if r["b"] != r["a"]:
                nodes[r["b"]] = nodes.get(r["b"], 0) + r["n"]
                edges.append({"source": r["a"], "target": r["b"], "count": r["n"],
                              "goldstein": round(r["goldstein"] or 0.0, 2)})
        return {"nodes": [{"id": k, "count": v} for k, v in
                          sorted(nodes.items(), key=lambda kv: (-kv[1], kv[0]))],
                "edges": edges}

    def map(self, filters: Filters) -> dict[str, Any]:
        where, params = filters.where()
        countries = self._rows(
            f"SELECT c AS country, count(*) AS n FROM (SELECT {SRC_COUNTRY} AS c FROM "
            f"{self._from()} WHERE {where} UNION ALL SELECT {TGT_COUNTRY} FROM {self._from()} "
            f"WHERE {where} AND {SRC_COUNTRY} <> {TGT_COUNTRY}) GROUP BY c ORDER BY n DESC",
            params)
        places = self._rows(
            f"SELECT e.place AS name, e.place_country AS country, avg(e.lat) AS lat, "
            f"avg(e.lon) AS lon, count(*) AS n FROM {self._from()} WHERE {where} AND "
            "e.lat IS NOT NULL AND e.place IS NOT NULL GROUP BY e.place, e.place_country "
            "ORDER BY n DESC LIMIT 2000", params)
        return {"countries": {r["country"]: r["n"] for r in countries}, "places": places}

    def actors(self, q: str = "", limit: int = 20) -> list[dict[str, Any]]:
        """Named people and actor codes matching `q`, most active first (for the search box)."""
        like = f"%{_like(q.strip())}%"
        return self._rows(
            "SELECT name, code, count(*) AS n FROM ("
            "SELECT source_name AS name, source AS code FROM events UNION ALL "
            "SELECT target_name, target FROM events) "
            "WHERE (name ILIKE $q ESCAPE '\\' OR code ILIKE $q ESCAPE '\\') "
            "GROUP BY name, code ORDER BY n DESC, code, name LIMIT $limit",
            {"q": like, "limit": min(max(limit, 1), 100)})

    def record(self, record_id: str) -> dict[str, Any] | None:
        if not self.has_records:
            return None
        import json

        rows = self._rows("SELECT * FROM records WHERE record_id = $id", {"id": record_id})
        if not rows:
            return None
        record = rows[0]
        record["members"] = json.loads(record["members"])
        record["conflicts"] = json.loads(record["conflicts"])
        docs = {d["doc_id"]: d for d in self._rows(
            "SELECT doc_id, title, outlet, published, url, text FROM documents "
            "WHERE doc_id IN (SELECT unnest($ids))",
            {"ids": sorted({m["doc_id"] for m in record["members"]})})}
        record["documents"] = docs
        return record

    def profile(self, actor: str) -> dict[str, Any]:
        """What an analyst writes by hand about an actor, each line from event records."""
        actor = actor.strip()
        if not actor:
            raise BadFilter("actor is empty")
        is_code = _CODE.fullmatch(actor) is not None
        side = ("starts_with({s}, $actor)" if is_code else "{s}_name = $actor")
        as_source, as_target = side.format(s="source"), side.format(s="target")
        where, params = Filters(actor=actor).where()
        (seen,) = self._rows(f'SELECT min(e."date") AS first_seen, max(e."date") AS last_seen, '
                             f"count(*) AS events FROM events e WHERE {where}", params)
        out: dict[str, Any] = {"actor": actor, **seen}
        if not self.has_records:
            return out
        import json

        def lines(condition: str) -> list[dict[str, Any]]:
            rows = self._rows(
                "SELECT record_id, code, event_name, source, target, source_name, target_name, "
                '"date", place, amount_usd, n_documents, outlets, members FROM records '
                f'WHERE {condition} ORDER BY "date", record_id', {"actor": actor})
            for r in rows:
                r["sources"] = [{k: m.get(k) for k in ("doc_id", "outlet", "date", "sentence")}
                                for m in json.loads(r.pop("members"))]
            return rows

        out["visits_made"] = lines(f"(code LIKE '042%' AND {as_source}) OR "
                                   f"(code LIKE '043%' AND {as_target})")
        out["visits_received"] = lines(f"(code LIKE '042%' AND {as_target}) OR "
                                       f"(code LIKE '043%' AND {as_source})")
        out["agreements"] = lines(f"code LIKE '057%' AND ({as_source} OR {as_target})")
        out["aid_given"] = lines(f"code LIKE '07%' AND {as_source}")
        out["aid_received"] = lines(f"code LIKE '07%' AND {as_target}")
        counterpart_of = (f"CASE WHEN {as_source} THEN {_COUNTRY.format(a='target')} "
                          f"ELSE {_COUNTRY.format(a='source')} END")
        out["counterparts"] = self._rows(
            f"SELECT {counterpart_of} AS counterpart, count(*) AS records, "
            "sum(n_documents) AS reports, min(\"date\") AS first, max(\"date\") AS last "
            f"FROM records WHERE {as_source} OR {as_target} GROUP BY counterpart "
            "ORDER BY records DESC, counterpart LIMIT 50", {"actor": actor})
        return out
