"""`eventwire serve`: a local web explorer over a store, and the JSON API behind it.

Everything the pages need (script, style, the world map) is served by the app itself, so it
works with no internet access. Article text is untrusted: the API returns it as JSON strings and
the page only ever sets it as text (never as HTML); a Content-Security-Policy forbids inline
and foreign scripts besides. The store is opened read-only.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

from eventwire.web.queries import MAX_PAGE_SIZE, SORTABLE, BadFilter, Explorer, Filters

__all__ = ["MAX_QUERY_BYTES", "create_app"]

MAX_QUERY_BYTES = 4096  # longest query string accepted
MAX_BODY_BYTES = 16_384  # the API takes no bodies; anything larger is refused
_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
FilterQ = Annotated[str | None, Query(max_length=200)]  # every filter value is short


def filter_params(actor: FilterQ = None, country: FilterQ = None, root: FilterQ = None,
                  plover: FilterQ = None, quad: int | None = None, since: FilterQ = None,
                  until: FilterQ = None, outlet: FilterQ = None, q: FilterQ = None,
                  dyad: FilterQ = None, record: FilterQ = None) -> Filters:
    """The filters every view takes, from the query string (empty values mean no filter)."""
    return Filters(actor or None, country or None, root or None, plover or None, quad,
                   since or None, until or None, outlet or None, q or None, dyad or None,
                   record or None)


def _or_404(found: dict[str, Any] | None, what: str) -> dict[str, Any]:
    if found is None:
        raise HTTPException(404, f"no such {what}")
    return found


STATIC = Path(str(resources.files("eventwire") / "web" / "static"))


def create_app(db: str | Path) -> FastAPI:
    explorer = Explorer(db)
    app = FastAPI(title="eventwire explorer", version="1", docs_url=None, redoc_url=None,
                  description="Events, records and conflicts of an eventwire store (read-only).")

    @app.middleware("http")
    async def guard(request: Request, call_next: Any) -> Response:
        if len(request.url.query.encode()) > MAX_QUERY_BYTES:
            return JSONResponse({"detail": "query string too long"}, status_code=414)
        length = request.headers.get("content-length")
        if length and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            return JSONResponse({"detail": "request body too large"}, status_code=413)
        response: Response = await call_next(request)
        response.headers["Content-Security-Policy"] = _CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.exception_handler(BadFilter)
    async def bad_filter(_request: Request, exc: BadFilter) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.get("/api/meta", summary="What the store holds: counts, date range, outlets, types")
    def meta() -> dict[str, Any]:
        return explorer.meta()

    @app.get("/api/events", summary="Events, filtered, sorted and paginated")
    def events(filters: Annotated[Filters, Depends(filter_params)],
               sort: Annotated[str, Query(description=", ".join(SORTABLE))] = "date",
               order: str = "desc", page: Annotated[int, Query(ge=1)] = 1,
               page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 50,
               ) -> dict[str, Any]:
        return explorer.events(filters, sort, order, page, page_size)

    @app.get("/api/events/{event_id}", summary="One event, with its record")
    def event(event_id: str) -> dict[str, Any]:
        return _or_404(explorer.event(event_id) if len(event_id) <= 64 else None, "event")

    @app.get("/api/timeline", summary="Events per month by QuadClass, with the same filters")
    def timeline(filters: Annotated[Filters, Depends(filter_params)]) -> dict[str, Any]:
        return explorer.timeline(filters)

    @app.get("/api/network", summary="Countries and dyads: event counts, mean Goldstein")
    def network(filters: Annotated[Filters, Depends(filter_params)]) -> dict[str, Any]:
        return explorer.network(filters)

    @app.get("/api/map", summary="Event counts by country and by place")
    def world_map(filters: Annotated[Filters, Depends(filter_params)]) -> dict[str, Any]:
        return explorer.map(filters)

    @app.get("/api/actors", summary="People and actor codes matching a search")
    def actors(q: Annotated[str, Query(max_length=100)] = "",
               limit: Annotated[int, Query(ge=1, le=100)] = 20) -> list[dict[str, Any]]:
        return explorer.actors(q, limit)

    @app.get("/api/profile", summary="An actor's profile: visits, counterparts, aid, agreements")
    def profile(actor: Annotated[str, Query(min_length=1, max_length=100)]) -> dict[str, Any]:
        return explorer.profile(actor)

    @app.get("/api/records/{record_id}", summary="An event record: reports, texts, conflicts")
    def record(record_id: str) -> dict[str, Any]:
        return _or_404(explorer.record(record_id) if len(record_id) <= 64 else None, "record")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        """The OpenAPI page (Swagger UI from the swagger-ui-bundle package, not a CDN)."""
        return FileResponse(STATIC / "docs.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/swagger", StaticFiles(directory=swagger_ui_path), name="swagger")
    app.state.explorer = explorer
    return app
