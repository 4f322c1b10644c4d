"""The explorer in a real browser: Playwright driving Debian's chromium (scripts/install).

Each view is loaded on a store built from the sample corpus, a filter is applied, a link is
followed to an event record, and a screenshot of each view is saved under test-output/web/.
Every request the page makes must go to the app itself: the explorer works offline.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import ROOT

OUTPUT = ROOT / "test-output" / "web"
CHROMIUM = os.environ.get("EVENTWIRE_CHROMIUM") or shutil.which("chromium") or shutil.which(
    "chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None,
                                reason="chromium not installed (scripts/install installs it)")


@pytest.fixture(scope="module")
def base_url(store_path: Path) -> Iterator[str]:
    import uvicorn

    from eventwire.web import create_app

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store_path), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    foreign: list[str] = []

    def only_the_app(route):  # nothing may come from outside the app
        if route.request.url.startswith(base_url):
            route.continue_()
        else:
            foreign.append(route.request.url)
            route.abort()

    page.route("**/*", only_the_app)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    context.close()
    assert not foreign, f"requests outside the app: {foreign}"
    assert not errors, f"script errors: {errors}"


def open_view(page, base_url: str, hash_: str, view: str) -> None:
    page.goto(f"{base_url}/#{hash_}")
    page.wait_for_selector(f'main[data-ready="{view}"]', timeout=15_000)


def shot(page, name: str) -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / f"{name}.png"))


def test_events_view_filters_and_links_to_the_record(page, base_url):
    open_view(page, base_url, "/events", "events")
    all_rows = page.locator("table.events tbody tr").count()
    assert all_rows > 10
    shot(page, "events")
    page.fill("#filters input[name=actor]", "CHN")
    page.click("#filters button[type=submit]")
    page.wait_for_function("location.hash.includes('actor=CHN')")
    page.wait_for_selector('main[data-ready="events"]')
    rows = page.locator("table.events tbody tr")
    assert 0 < rows.count() < all_rows
    assert all("CHN" in t for t in rows.all_inner_texts())
    page.click("th.sortable >> text=date")  # sort by date (toggles the order)
    page.wait_for_function("location.hash.includes('sort=date')")
    page.wait_for_selector('main[data-ready="events"]')
    page.locator("a.evidence-link").first.click()
    page.wait_for_selector('main[data-ready="record"]')
    assert page.locator("article.report mark").count() >= 1
    assert page.locator("article.report.chosen").count() == 1
    shot(page, "record")


def test_a_record_shows_every_report_and_the_conflict(page, base_url):
    open_view(page, base_url, "/events?q=emergency%20grant%20aid", "events")
    page.locator("a.evidence-link").first.click()
    page.wait_for_selector('main[data-ready="record"]')
    assert page.locator("article.report").count() == 2
    conflict = page.locator("section.conflicts").inner_text()
    assert "amount" in conflict and "$8.5 million" in conflict and "$9 million" in conflict
    shot(page, "record-conflict")


def test_timeline_period_filters_the_table(page, base_url):
    open_view(page, base_url, "/timeline", "timeline")
    bars = page.locator("svg.timeline g.bar")
    assert bars.count() >= 3
    shot(page, "timeline")
    period = bars.first.get_attribute("data-period")
    bars.first.click()
    page.wait_for_selector('main[data-ready="events"]')
    assert f"since={period}" in page.evaluate("location.hash")
    dates = page.locator("table.events tbody td.date").all_inner_texts()
    assert dates and all(d.startswith(period) for d in dates)


def test_network_edge_lists_its_events(page, base_url):
    open_view(page, base_url, "/network", "network")
    assert page.locator("svg.network g.node").count() >= 5
    edge = page.locator("svg.network line.edge").first
    dyad = edge.get_attribute("data-dyad")
    edge.click(force=True)
    page.wait_for_selector("#edge-events li")
    heading = page.locator("#edge-events h3").inner_text()
    assert all(code in heading for code in dyad.split(","))
    shot(page, "network")


def test_map_shades_countries_and_a_click_filters(page, base_url):
    open_view(page, base_url, "/map", "map")
    assert page.locator("svg.map path.country").count() > 150
    assert page.locator("svg.map circle.place").count() >= 1
    shot(page, "map")
    page.locator('svg.map path.country[data-country="CHN"]').click(force=True)
    page.wait_for_selector('main[data-ready="events"]')
    assert "country=CHN" in page.evaluate("location.hash")
    assert page.locator("table.events tbody tr").count() > 0


def test_actor_profile_cites_its_sources(page, base_url):
    open_view(page, base_url, "/actor", "actor")
    page.fill("input[name=actor-search]", "Xi")
    page.wait_for_selector("ul.actor-list li >> text=Xi Jinping")
    shot(page, "actors")
    page.click("ul.actor-list li a >> text=Xi Jinping")
    page.wait_for_selector('main[data-ready="actor"]')
    visits = page.locator("section.profile-part").first
    assert "Visits made" in visits.inner_text() and "Moscow" in visits.inner_text()
    shot(page, "actor")
    visits.locator(".sources a").first.click()
    page.wait_for_selector('main[data-ready="record"]')
    assert page.locator("article.report").count() >= 1


def test_api_docs_page_works_offline(page, base_url):
    page.goto(f"{base_url}/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=15_000)
    assert page.locator(".opblock").count() >= 8
    shot(page, "api-docs")


HOSTILE_VIEWS = [("/events?outlet=Evil%20%3Ci%3EOutlet%3C%2Fi%3E", "events"),
                 ("/network?country=KEN", "network"), ("/timeline?country=KEN", "timeline"),
                 ("/map?country=KEN", "map"), ("/actor/KEN", "actor")]


@pytest.mark.parametrize(("hash_", "view"), HOSTILE_VIEWS)
def test_hostile_article_is_shown_as_text_in_every_view(page, base_url, hash_, view):
    open_view(page, base_url, hash_, view)
    if view == "network":
        page.locator("svg.network line.edge, svg.network g.node").first.wait_for()
        edges = page.locator("svg.network line.edge")
        if edges.count():
            edges.first.click(force=True)
            page.wait_for_selector("#edge-events li")
    _assert_inert(page)
    if view == "events":
        assert "<img src=x onerror" in page.locator("main").inner_text()
        page.locator("a.evidence-link").first.click()
        page.wait_for_selector('main[data-ready="record"]')
        _assert_inert(page)
        text = page.locator("main").inner_text()
        assert "<script>window.__pwned = 1</script>" in text
        assert "<b onmouseover" in text
        assert page.locator("main a[href^='javascript:']").count() == 0  # only http(s) links
        page.hover("article.report")
        _assert_inert(page)
        shot(page, "hostile-record")


def _assert_inert(page) -> None:
    assert page.evaluate("window.__pwned") is None
    assert page.locator("main script, main img, main b, main i").count() == 0
