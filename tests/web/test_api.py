"""The JSON API: every view's data, filters, limits, and what an attacker can't do."""

from __future__ import annotations

import warnings

import duckdb
import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from eventwire.store import StoreError
from eventwire.web import MAX_QUERY_BYTES, create_app
from eventwire.web.queries import MAX_PAGE_SIZE

from .conftest import HOSTILE_TEXT


@pytest.fixture(scope="module")
def client(store_path):
    return TestClient(create_app(store_path))


def test_meta_describes_the_store(client):
    meta = client.get("/api/meta").json()
    assert meta["events"] > 20 and meta["records"] > 0 and meta["documents"] == 10
    assert "Harbour Times" in meta["outlets"] and len(meta["roots"]) == 20


def test_events_filter_sort_and_page(client):
    everything = client.get("/api/events", params={"page_size": 200}).json()
    assert everything["total"] == len(everything["rows"])
    kgz = client.get("/api/events", params={"actor": "CHN", "sort": "date", "order": "asc"})
    rows = kgz.json()["rows"]
    assert rows and all("CHN" in (r["source"] + r["target"]) for r in rows)
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    by_name = client.get("/api/events", params={"actor": "Xi Jinping"}).json()
    assert by_name["total"] and all(
        "Xi Jinping" in (r["source_name"] or "") + (r["target_name"] or "")
        for r in by_name["rows"])
    root = client.get("/api/events", params={"root": "04", "since": "2023-06",
                                             "until": "2023-06"}).json()
    assert root["total"] and all(r["code"].startswith("04") and r["date"].startswith("2023-06")
                                 for r in root["rows"])
    text = client.get("/api/events", params={"q": "Kremlin"}).json()
    assert text["total"] and all("Kremlin" in r["sentence"] for r in text["rows"])
    outlet = client.get("/api/events", params={"outlet": "Harbour Times"}).json()
    assert outlet["total"] and {r["outlet"] for r in outlet["rows"]} == {"Harbour Times"}
    page2 = client.get("/api/events", params={"page": 2, "page_size": 5}).json()
    page1 = client.get("/api/events", params={"page": 1, "page_size": 5}).json()
    assert not {r["event_id"] for r in page1["rows"]} & {r["event_id"] for r in page2["rows"]}
    assert all(r["record_id"] for r in everything["rows"])


def test_timeline_network_map_profile_record(client):
    timeline = client.get("/api/timeline").json()
    assert sum(b["total"] for b in timeline["buckets"]) + timeline["year_only"] == \
        client.get("/api/events").json()["total"]
    network = client.get("/api/network").json()
    chn_rus = next(e for e in network["edges"] if {e["source"], e["target"]} == {"CHN", "RUS"})
    assert chn_rus["count"] >= 4 and -10 <= chn_rus["goldstein"] <= 10
    dyad = client.get("/api/events", params={"dyad": "RUS,CHN"}).json()
    assert dyad["total"] == chn_rus["count"]
    world = client.get("/api/map").json()
    assert world["countries"]["CHN"] >= 4 and any(p["name"] == "Moscow" for p in world["places"])
    profile = client.get("/api/profile", params={"actor": "Xi Jinping"}).json()
    visit = next(v for v in profile["visits_made"] if v["code"] == "042")
    assert visit["target"].startswith("RUS") and visit["place"] == "Moscow"
    assert len(visit["sources"]) == 2  # two outlets report the visit
    assert any(v["code"] == "043" for v in profile["visits_made"])  # Putin hosting him
    assert profile["first_seen"] <= profile["last_seen"]
    assert any(c["counterpart"] == "RUS" for c in profile["counterparts"])
    record_id = visit["record_id"]
    record = client.get(f"/api/records/{record_id}").json()
    assert record["n_documents"] == 2 and set(record["documents"]) == {
        m["doc_id"] for m in record["members"]}
    for m in record["members"]:
        text = record["documents"][m["doc_id"]]["text"]
        assert text[m["char_start"]:m["char_end"]] == m["sentence"]


def test_a_conflict_is_served_with_its_record(client):
    rows = client.get("/api/events", params={"q": "emergency grant aid"}).json()["rows"]
    record = client.get(f"/api/records/{rows[0]['record_id']}").json()
    (conflict,) = record["conflicts"]
    assert conflict["field"] == "amount" and len(conflict["values"]) == 2


def test_article_text_is_returned_as_data(client):
    rows = client.get("/api/events", params={"outlet": "Evil <i>Outlet</i>"}).json()["rows"]
    assert rows
    record = client.get(f"/api/records/{rows[0]['record_id']}").json()
    assert record["documents"]["hostile-1"]["text"] == HOSTILE_TEXT
    page = client.get("/")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("name", ["actor", "country", "outlet", "q", "dyad", "plover"])
def test_filters_cannot_inject_sql(client, name):
    for attack in ["' OR 1=1 --", "x'); DROP TABLE events; --",
                   "%' UNION SELECT * FROM documents --", "RUS,CHN' OR '1'='1"]:
        response = client.get("/api/events", params={name: attack})
        assert response.status_code in (200, 400)
        if response.status_code == 200:
            assert response.json()["total"] == 0
    assert client.get("/api/meta").json()["events"] > 20  # nothing dropped


def test_wildcards_in_text_search_are_literal(client):
    assert client.get("/api/events", params={"q": "%"}).json()["total"] == 0
    underscores = client.get("/api/events", params={"q": "_"}).json()["rows"]
    assert underscores and all("_" in r["sentence"] for r in underscores)  # "__pwned"
    assert client.get("/api/events", params={"q": "Kr_mlin"}).json()["total"] == 0


def test_bad_values_are_refused_clearly(client):
    for params in ({"sort": "date; DROP TABLE events"}, {"order": "sideways"},
                   {"root": "4"}, {"since": "yesterday"}, {"quad": 9}, {"dyad": "RUS"}):
        response = client.get("/api/events", params=params)
        assert response.status_code in (400, 422), params
        assert response.json()["detail"]


def test_page_size_and_request_size_are_capped(client):
    assert client.get("/api/events", params={"page_size": MAX_PAGE_SIZE + 1}).status_code == 422
    assert client.get("/api/events", params={"q": "x" * 201}).status_code == 422
    long = client.get("/api/events?" + "q=" + "a" * (MAX_QUERY_BYTES + 10))
    assert long.status_code == 414
    big = client.post("/api/events", content=b"x" * 100_000)
    assert big.status_code in (405, 413)
    assert client.get("/api/actors", params={"limit": 1000}).status_code == 422


@pytest.mark.parametrize("path", [
    "/static/../../store.py", "/static/%2e%2e/%2e%2e/store.py",
    "/static/..%2F..%2Fweb%2F__init__.py", "/swagger/../../../etc/passwd", "/static//etc/passwd"])
def test_static_paths_cannot_leave_their_folder(client, path):
    response = client.get(path)
    assert response.status_code in (400, 404)
    assert "import" not in response.text and "root:" not in response.text


def test_unknown_ids_are_404(client):
    assert client.get("/api/records/nope").status_code == 404
    assert client.get("/api/events/nope").status_code == 404
    assert client.get("/api/records/" + "x" * 500).status_code == 404


def test_the_store_is_opened_read_only(store_path, client):
    explorer = client.app.state.explorer
    with pytest.raises(duckdb.Error):
        explorer._con.execute("DELETE FROM events")
    with pytest.raises(duckdb.Error):
        explorer._con.execute("CREATE TABLE pwned (x INTEGER)")


def test_openapi_documents_every_view(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/timeline", "/api/network", "/api/map", "/api/profile",
            "/api/records/{record_id}", "/api/actors", "/api/meta"} <= set(paths)
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/swagger/swagger-ui-bundle.js" in docs.text
    assert client.get("/swagger/swagger-ui-bundle.js").status_code == 200


def test_no_store_no_app(tmp_path):
    with pytest.raises(StoreError):
        create_app(tmp_path / "missing.duckdb")
