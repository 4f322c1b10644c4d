"""A bounded load test of the explorer's JSON API: 50 concurrent clients on the loopback.

    .venv/bin/python benchmarks/web_load.py [--db STORE] [--clients 50] [--requests 4000]
                                            [--seconds 60]

Starts `eventwire serve` on 127.0.0.1 (a free port) over a store (by default one coded here
from the sample corpus), sends a fixed mix of API requests (events with filters and pages,
timeline, network, map, profile, record) from N concurrent clients until the request count or
the time limit is reached, then stops the server. Prints throughput, latency percentiles and
the number of errors (any status other than 200, or a failed connection). Traffic goes to the
loopback only; every loop is bounded in count and in time.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import platform
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

ROOT = Path(__file__).resolve().parents[1]


def _store(path: Path) -> Path:
    from eventwire.pipeline import Coder, run_pipeline
    from eventwire.store import Store

    with Store(path) as store:
        run_pipeline([ROOT / "examples" / "sample"], store, Coder.load())
    return path


def _requests(record_id: str) -> list[str]:
    """The mix of requests the clients cycle through."""
    return [
        "/api/events", "/api/events?actor=CHN&page_size=20", "/api/events?root=04&sort=code",
        "/api/events?q=visit&order=asc", "/api/events?page=2&page_size=5",
        "/api/events?since=2023-03&until=2023-06", "/api/timeline", "/api/timeline?country=RUS",
        "/api/network", "/api/map", "/api/profile?actor=Xi%20Jinping", "/api/meta",
        "/api/actors?q=xi", f"/api/records/{record_id}",
    ]


async def _client(base: str, paths: list[str], offset: int, budget: list[int], deadline: float,
                  latencies: list[float], errors: list[str]) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        i = offset
        while budget[0] > 0 and time.monotonic() < deadline:
            budget[0] -= 1
            path = paths[i % len(paths)]
            i += 1
            started = time.perf_counter()
            try:
                response = await client.get(path)
                if response.status_code != 200:
                    errors.append(f"{path}: {response.status_code}")
            except httpx.HTTPError as exc:
                errors.append(f"{path}: {type(exc).__name__}")
            latencies.append(time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, help="store to serve (default: the sample corpus)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=4000)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    from eventwire.web import create_app
    from eventwire.web.queries import Filters

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or _store(Path(tmp) / "sample.duckdb")
        app = create_app(db)
        record_id = app.state.explorer.events(Filters())["rows"][0]["record_id"]
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                               log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        limit = time.monotonic() + 20
        while not server.started and time.monotonic() < limit:
            time.sleep(0.05)
        latencies: list[float] = []
        errors: list[str] = []
        budget = [args.requests]
        paths = _requests(record_id)
        started = time.perf_counter()
        deadline = time.monotonic() + args.seconds

        async def run() -> None:
            await asyncio.gather(*(_client(f"http://127.0.0.1:{port}", paths, k, budget,
                                           deadline, latencies, errors)
                                   for k in range(args.clients)))

        asyncio.run(run())
        elapsed = time.perf_counter() - started
        server.should_exit = True
        thread.join(timeout=10)
    ms = sorted(x * 1000 for x in latencies)

    def pct(p: float) -> float:
        return ms[min(len(ms) - 1, int(p * len(ms)))]

    print(f"# web load test, {dt.date.today()}, {platform.node()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    print(f"{args.clients} concurrent clients, {len(ms)} requests in {elapsed:.1f} s "
          f"({len(paths)} endpoints in turn), loopback\n")
    print("| requests | errors | requests/s | p50 ms | p95 ms | p99 ms | max ms |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    print(f"| {len(ms)} | {len(errors)} | {len(ms) / elapsed:.0f} | {statistics.median(ms):.0f} "
          f"| {pct(0.95):.0f} | {pct(0.99):.0f} | {ms[-1]:.0f} |")
    if errors:
        print("\nerrors:", *sorted(set(errors))[:10], sep="\n  ")
        sys.exit(1)


if __name__ == "__main__":
    main()
