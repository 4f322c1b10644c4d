"""The `eventwire` command: a thin layer over the Python API."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

if TYPE_CHECKING:
    from eventwire.records import Problem
    from eventwire.store import Store

app = typer.Typer(
    help="Political event data (CAMEO/PLOVER) from news articles, with evidence and real dates.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(stderr=True)
out_console = Console()

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB file holding documents and events.")]


@app.command()
def code(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories of articles.")],
    db: DbOption = Path("eventwire.duckdb"),
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Export all stored events to .jsonl, .csv or .parquet."),
    ] = None,
    actors: Annotated[
        list[Path] | None,
        typer.Option("--actors", help="Extra actor dictionary file (TSV or PETRARCH/Phoenix)."),
    ] = None,
    patterns: Annotated[
        list[Path] | None, typer.Option("--patterns", help="Extra verb pattern file (JSONL).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    workers: Annotated[int | None, typer.Option(
        "--workers", "-w", min=1, help="Processes that code in parallel (default: all cores).",
    )] = None,
) -> None:
    """Ingest and code articles into the store; bad input is reported and skipped.

    Interrupted (Ctrl-C, or killed), the same command run again goes on where it stopped:
    documents already stored are recognised by their content and skipped.
    Exits with status 0 when everything was coded, 3 when some input was rejected.
    """
    import os

    from eventwire.ingest import input_bytes
    from eventwire.pipeline import Coder, run_pipeline

    for p in paths:
        if not p.exists():
            console.print(f"[red]error:[/red] {p}: no such file or directory")
            raise typer.Exit(2)
    coder = Coder.load(actors or [], patterns or [])
    workers = workers or os.cpu_count() or 1
    total_bytes = None if quiet else input_bytes(paths)
    started = time.perf_counter()
    with _store(db) as store, Progress(
        TextColumn("[bold]coding"),
        BarColumn(),
        TextColumn("{task.fields[docs]} docs, {task.fields[rate]} docs/s, "
                   "{task.fields[events]} events, {task.fields[rejected]} rejected"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        disable=quiet,
        transient=True,
    ) as progress:
        task = progress.add_task("code", total=total_bytes or None, docs=0, rate="-", events=0,
                                 rejected=0)
        counts = {"docs": 0, "events": 0, "rejected": 0}
        files = {"last": None, "done": 0}

        def on_file(path: str) -> None:
            if files["last"] is not None:
                files["done"] += _size(files["last"])
                progress.update(task, completed=files["done"])
            files["last"] = path

        def on_document(_doc: object, n_events: int) -> None:
            counts["docs"] += 1
            counts["events"] += n_events
            rate = counts["docs"] / max(time.perf_counter() - started, 1e-6)
            progress.update(task, docs=counts["docs"], events=counts["events"],
                            rate=f"{rate:.1f}")

        def on_problem(problem: Problem) -> None:
            counts["rejected"] += 1
            progress.update(task, rejected=counts["rejected"])
            console.print("[yellow]rejected:[/yellow] ", end="")
            console.print(f"{problem.message} ({problem.code})", markup=False,
                          highlight=False, soft_wrap=True)

        try:
            summary = run_pipeline(paths, store, coder, on_document, on_problem,
                                   workers=workers, on_file=on_file)
        except KeyboardInterrupt:
            progress.stop()
            console.print(f"interrupted: {counts['docs']} documents stored in {db}; run the "
                          "same command again to go on where it stopped")
            raise typer.Exit(130) from None
        if out is not None:
            written = store.export_events(out)
            console.print(f"wrote {written} events to {out}")
    seconds = time.perf_counter() - started
    console.print(
        f"{summary.documents} documents ({summary.stored} new, {summary.duplicates} already "
        f"stored), {summary.events} events, {summary.rejected} rejected in {seconds:.1f}s "
        f"-> {db}"
    )
    if summary.rejected:
        raise typer.Exit(3)


def _size(path: str) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0


@app.command()
def events(
    db: DbOption = Path("eventwire.duckdb"),
    actor: Annotated[
        str | None, typer.Option(help="Actor code prefix, source or target (e.g. KGZ).")
    ] = None,
    since: Annotated[str | None, typer.Option(help="Earliest event date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Latest event date (YYYY[-MM[-DD]]).")] = None,
    code_: Annotated[
        str | None, typer.Option("--code", help="CAMEO code prefix, e.g. 04 or 042.")
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 200,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")] = False,
) -> None:
    """Show stored events as a readable table."""

    _require_db(db)
    with _store(db, read_only=True) as store:
        rows = store.events(actor=actor, since=since, until=until, code=code_, limit=limit)
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        return
    table = Table(show_lines=False, title=f"{len(rows)} events")
    for col in ("date", "code", "event", "source", "target", "place", "USD", "evidence"):
        table.add_column(col, overflow="fold")
    for r in rows:
        usd = f"{r['amount_usd']:,.0f}" if r.get("amount_usd") else ""
        sentence = r["sentence"] if len(r["sentence"]) <= 140 else r["sentence"][:137] + "..."
        table.add_row(r["date"] + ("*" if r.get("date_assumed") else ""), r["code"],
                      r.get("event_name") or "", r["source"], r["target"], r.get("place") or "",
                      usd, f"{sentence}  [dim]({r['doc_id']})[/dim]")
    out_console.print(table)
    if any(r.get("date_assumed") for r in rows):
        out_console.print("[dim]* date taken from the publication date: the text gives none[/dim]")


@app.command()
def records(
    db: DbOption = Path("eventwire.duckdb"),
    out: Annotated[Path | None, typer.Option(
        "--out", help="Write every record to this .jsonl file (one record per line).")] = None,
    min_documents: Annotated[int, typer.Option(
        "--min-documents", help="Only records reported by at least this many documents.")] = 1,
    limit: Annotated[int, typer.Option(help="At most this many rows in the table.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")] = False,
) -> None:
    """Event records: the reports of one real-world event merged, with their sources.

    Records are brought up to date first (only blocks with new events are recomputed).
    """
    from eventwire.corroborate import update_records

    _require_db(db)
    with _store(db) as store:
        update_records(store)
        rows = store.records(min_documents=min_documents)
    if out is not None:
        _write_jsonl(out, rows)
        console.print(f"wrote {len(rows)} records to {out}")
        return
    if as_json:
        for row in rows[:limit]:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        return
    table = Table(title=f"{len(rows)} event records" + (
        f" reported by {min_documents}+ documents" if min_documents > 1 else ""))
    for col in ("record", "date", "code", "source", "target", "place", "USD", "docs",
                "conflicts"):
        table.add_column(col, overflow="fold")
    for r in rows[:limit]:
        usd = f"{r['amount_usd']:,.0f}" if r.get("amount_usd") else ""
        table.add_row(r["record_id"], r["date"] + ("*" if r["date_assumed"] else ""),
                      r["code"], r["source"], r["target"], r.get("place") or "", usd,
                      f"{r['n_documents']} ({r['n_outlets']} outlets)",
                      ", ".join(c["field"] for c in r["conflicts"]))
    out_console.print(table)


@app.command()
def conflicts(
    db: DbOption = Path("eventwire.duckdb"),
    out: Annotated[Path | None, typer.Option(
        "--out", help="Write the conflicts to this .jsonl file.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of text.")] = False,
) -> None:
    """Where reports of the same events disagree: dates, amounts, places, people, figures."""
    from eventwire.corroborate import fact_conflicts, update_records

    _require_db(db)
    with _store(db) as store:
        update_records(store)
        linked = store.records(min_documents=2)
        rows = [{"record_id": r["record_id"], "event": _record_title(r), **c}
                for r in linked for c in r["conflicts"]]
        rows += [{"record_id": None, "event": None, **c}
                 for c in fact_conflicts(linked, store.facts())]
    if out is not None or as_json:
        if out is not None:
            _write_jsonl(out, rows)
            console.print(f"wrote {len(rows)} conflicts to {out}")
        else:
            for row in rows:
                sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        return
    if not rows:
        out_console.print("no conflicts between reports")
        return
    for row in rows:
        head = row["event"] or ", ".join(row.get("records", []))
        extra = f" ({row['problem']})" if row.get("problem") else ""
        out_console.print(f"[bold]{row['field']}[/bold]{extra} - {head}", highlight=False)
        for doc, value in row["values"].items():
            out_console.print(f"  {doc}: [cyan]{value}[/cyan]", highlight=False)
            out_console.print(f"    [dim]{row['sentences'][doc]}[/dim]", highlight=False)


def _record_title(record: dict) -> str:
    return (f"{record['record_id']} {record['date']} {record['code']} {record['event_name']}: "
            f"{record['source']} -> {record['target']}")


def _write_jsonl(out: Path, rows: list[dict]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


@app.command()
def serve(
    db: DbOption = Path("eventwire.duckdb"),
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = (
        "127.0.0.1"),
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Open the web explorer over a store (read-only): events, timeline, network, map, actors.

    The JSON API is documented at /docs.
    """
    import uvicorn

    from eventwire.store import StoreError
    from eventwire.web import create_app

    _require_db(db)
    try:
        web_app = create_app(db)
    except StoreError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    console.print(f"eventwire explorer on http://{host}:{port}/ (API docs at /docs); Ctrl-C stops")
    uvicorn.run(web_app, host=host, port=port, log_level="warning")


@app.command()
def explain(
    text: Annotated[str, typer.Argument(help="A sentence or short text to code.")],
    published: Annotated[str | None, typer.Option(
        "--published", help="Publication date (YYYY-MM-DD) that anchors relative dates.")] = None,
    actors: Annotated[list[Path] | None, typer.Option(
        "--actors", help="Extra actor dictionary file.")] = None,
    patterns: Annotated[list[Path] | None, typer.Option(
        "--patterns", help="Extra verb pattern file.")] = None,
) -> None:
    """Show how a text is coded: parse, actors, each rule that fired or why not, events."""
    from eventwire.pipeline import Coder
    from eventwire.pipeline import explain as explain_text

    coder = Coder.load(actors or [], patterns or [])
    sys.stdout.write(explain_text(text, published, coder) + "\n")


@app.command(name="eval")
def eval_(
    gold: Annotated[list[Path], typer.Argument(
        help="Gold files (JSONL, one document per line) or folders of them.")],
    pred: Annotated[Path | None, typer.Option(
        "--pred", help="Predicted events (.jsonl/.csv/.parquet); default: code the gold texts "
        "now.")] = None,
    actors: Annotated[list[Path] | None, typer.Option(
        "--actors", help="Extra actor dictionary file, when coding the gold texts.")] = None,
    patterns: Annotated[list[Path] | None, typer.Option(
        "--patterns", help="Extra verb pattern file, when coding the gold texts.")] = None,
    errors: Annotated[bool, typer.Option(
        "--errors", help="Also list every missed gold event and spurious prediction.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    match: Annotated[str, typer.Option(
        "--match", help="What a prediction shares with a gold event besides root and date: "
        "'actors' (the source and target countries too) or 'root' (countries scored apart, "
        "as actor accuracy).")] = "actors",
) -> None:
    """Score events against hand coding: P/R/F1 per root and PLOVER type, actors, dates.

    Without --pred the gold documents' own texts (inline "text" or "path") are coded first.
    """
    from eventwire.evaluate import (
        MATCHES,
        evaluate,
        format_errors,
        format_report,
        load_gold_set,
        load_predictions,
        to_json,
    )

    if match not in MATCHES:
        console.print(f"[red]error:[/red] --match must be one of {', '.join(MATCHES)}, "
                      f"not {match!r}")
        raise typer.Exit(2)
    for p in [*gold, *([pred] if pred else [])]:
        if not p.exists():
            console.print(f"[red]error:[/red] {p}: no such file")
            raise typer.Exit(2)
    try:
        gold_docs = load_gold_set(list(gold))
    except ValueError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    predictions = load_predictions(pred) if pred else _code_gold(gold_docs, actors, patterns)
    report = evaluate(gold_docs, predictions, match=match)
    if as_json:
        data = to_json(report)
        if errors:
            data["errors"] = format_errors(report, gold_docs, predictions)
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return
    out_console.print(format_report(report))
    if errors:
        for line in format_errors(report, gold_docs, predictions):
            out_console.print(line, markup=False, highlight=False)


def _code_gold(gold_docs: list[dict], actors: list[Path] | None,
               patterns: list[Path] | None) -> list[dict]:
    from eventwire.evaluate import gold_documents
    from eventwire.pipeline import Coder, code_documents
    from eventwire.records import Problem

    coder = Coder.load(actors or [], patterns or [])
    docs = []
    for item in gold_documents(gold_docs):
        if isinstance(item, Problem):
            console.print(f"[yellow]skipped:[/yellow] {item}", markup=False)
        else:
            docs.append(item)
    return [ev.to_dict() for _, result in code_documents(docs, coder)
            if not isinstance(result, Problem) for ev in result]


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="Output file: .jsonl, .csv or .parquet.")],
    db: DbOption = Path("eventwire.duckdb"),
) -> None:
    """Export every stored event."""

    _require_db(db)
    with _store(db, read_only=True) as store:
        n = store.export_events(out)
    console.print(f"wrote {n} events to {out}")


@app.command()
def rejected(db: DbOption = Path("eventwire.duckdb")) -> None:
    """List the inputs that were rejected, with the reason."""

    _require_db(db)
    with _store(db, read_only=True) as store:
        rows = store.problems()
    table = Table(title=f"{len(rows)} rejected inputs")
    for col in ("source", "line", "stage", "code", "message"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(str(r["source"]), str(r.get("line") or ""), r["stage"], r["code"],
                      r["message"])
    out_console.print(table)


@app.command()
def spark(
    paths: Annotated[list[Path], typer.Argument(
        help="Files or directories of articles, then the OUTPUT directory (replaced).",
        metavar="INPUT... OUTPUT")],
    master: Annotated[str, typer.Option(
        help="Spark master URL: local[N], spark://host:7077, yarn, ...")] = "local[2]",
    partitions: Annotated[int | None, typer.Option(
        help="Coding tasks (default: Spark's default parallelism).")] = None,
    actors: Annotated[list[Path] | None, typer.Option(
        "--actors", help="Extra actor dictionary file (readable on every executor).")] = None,
    patterns: Annotated[list[Path] | None, typer.Option(
        "--patterns", help="Extra verb pattern file (readable on every executor).")] = None,
) -> None:
    """Code articles on Apache Spark: events to Parquet partitioned by month, bad input to
    OUTPUT/_rejected/. Needs the `spark` extra and Java.

    Exits with status 0 when everything was coded, 3 when some input was rejected.
    """
    if len(paths) < 2:
        console.print("[red]error:[/red] give at least one INPUT and the OUTPUT directory")
        raise typer.Exit(2)
    *inputs, output = paths
    for p in inputs:
        if not p.exists():
            console.print(f"[red]error:[/red] {p}: no such file or directory")
            raise typer.Exit(2)
    try:
        from eventwire.spark import run_spark, spark_session
    except ImportError as exc:
        console.print(f"[red]error:[/red] {exc}: install the spark extra "
                      "(pip install 'eventwire[spark]')")
        raise typer.Exit(2) from None
    started = time.perf_counter()
    session = spark_session(master, conf={"spark.ui.showConsoleProgress": "false"})
    session.sparkContext.setLogLevel("ERROR")
    try:
        summary = run_spark(inputs, output, session, partitions=partitions,
                            actor_files=actors or [], pattern_files=patterns or [])
    finally:
        session.stop()
    for problem in summary.problems:
        console.print(f"rejected: {problem}", markup=False, style="yellow")
    if summary.rejected > len(summary.problems):
        console.print(f"... and {summary.rejected - len(summary.problems)} more", style="yellow")
    console.print(
        f"{summary.files} files, {summary.documents} documents, {summary.events} events, "
        f"{summary.rejected} rejected in {time.perf_counter() - started:.1f}s -> {output} "
        f"(rejected inputs in {output}/_rejected/)"
    )
    if summary.rejected:
        raise typer.Exit(3)


def _store(db: Path, read_only: bool = False) -> Store:
    """Open a store, or end the command with the reason it cannot be opened (exit 2)."""
    from eventwire.store import Store, StoreError

    try:
        return Store(db, read_only=read_only)
    except StoreError as exc:
        console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None


def _require_db(db: Path) -> None:
    if not db.exists():
        console.print(f"[red]error:[/red] {db}: no such store (run `eventwire code` first)")
        raise typer.Exit(2)


if __name__ == "__main__":  # pragma: no cover
    app()
