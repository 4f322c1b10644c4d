"""eventwire on Apache Spark: the same coding as `eventwire code`, spread over a cluster.

The driver lists the input files exactly as eventwire.ingest.read_paths walks them (one row per
file: its path and the doc_id prefix a local run would give); each task reads its files with
eventwire's own readers and codes them with code_documents_with_facts, loading the spaCy model
once per executor Python process. What a local run keeps in its store is what is written here:
a text seen twice is coded once (the first in input order wins), an event repeated under one
doc_id is kept once. Events go to Parquet partitioned by `month` (date[:7], or "unknown");
bad input goes to OUTPUT/_rejected/ instead of failing the job.

Inputs must be readable at the same path on the driver and on every executor (local mode, or a
shared filesystem); OUTPUT may be any path Spark can write (hdfs://, s3a://, ...).

Run it as `eventwire spark INPUT... OUTPUT`, or give this file to spark-submit (see README).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.records import Problem

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark.sql import DataFrame, SparkSession

__all__ = ["SparkSummary", "input_files", "run_spark", "spark_session"]

REJECTED_COLUMNS = ("source", "line", "code", "message")
# Rows of the coding step that are not events: a coded document (for "first copy wins") and a
# rejected input. Internal columns start with "_" and are dropped before writing.
_INTERNAL = ("_kind", "_hash", "_file", "_line", "_r_source", "_r_line", "_r_code", "_r_message")
_FLUSH_ROWS = 2048  # rows per Arrow batch handed back to Spark
_SHOWN = 100  # rejected inputs brought back to the driver to be shown


@dataclass
class SparkSummary:
    files: int = 0
    documents: int = 0  # coded and kept (duplicates of an earlier text not counted)
    events: int = 0
    rejected: int = 0
    problems: list[Problem] = field(default_factory=list)  # the first rejected inputs, to show


def input_files(paths: Iterable[str | Path]) -> tuple[list[tuple[str, str, int]], list[Problem]]:
    """(absolute path, doc_id prefix, input order) of every file read_paths would read.

    Same walk, same names and the same Problems for what cannot be read as read_paths; only the
    reading itself is left to the executors.
    """
    from eventwire.ingest import READERS, _walk, reader_for
    from eventwire.ingest.base import problem

    files: list[tuple[str, str, int]] = []
    problems: list[Problem] = []
    for arg in [paths] if isinstance(paths, str | Path) else paths:
        root = Path(arg)
        if root.is_dir():
            for found in _walk(root):
                if isinstance(found, Problem):
                    problems.append(found)
                elif reader_for(found) is not None:
                    files.append((str(found.absolute()), found.relative_to(root).as_posix(),
                                  len(files)))
        elif root.is_file():
            if reader_for(root) is None:
                problems.append(problem(str(root), "unknown-format",
                                        "no reader for this file type "
                                        f"(known: {', '.join(READERS)})"))
            else:
                files.append((str(root.absolute()), root.name, len(files)))
        elif root.exists() or root.is_symlink():
            problems.append(problem(str(root), "unreadable", "not a regular file or directory"))
        else:
            problems.append(problem(str(root), "unreadable", "no such file or directory"))
    return files, problems


def coded_schema() -> pa.Schema:
    """What a coding task yields: event columns, `month`, and the internal columns."""
    import pyarrow as pa

    from eventwire.store import arrow_schema

    return arrow_schema().append(pa.field("month", pa.string())).append(
        pa.field("_kind", pa.string())).append(pa.field("_hash", pa.string())).append(
        pa.field("_file", pa.int64())).append(pa.field("_line", pa.int64())).append(
        pa.field("_r_source", pa.string())).append(pa.field("_r_line", pa.int32())).append(
        pa.field("_r_code", pa.string())).append(pa.field("_r_message", pa.string()))


# One Coder (dictionaries, patterns; the spaCy model is nlp's own module-level singleton) per
# Python process: Spark reuses its Python workers, so this is loaded once, not once per task.
_CODERS: dict[tuple[tuple[str, ...], tuple[str, ...]], Any] = {}


def _coder(sources: tuple[tuple[str, ...], tuple[str, ...]]) -> Any:
    from eventwire import nlp
    from eventwire.pipeline import Coder

    if sources not in _CODERS:
        _CODERS[sources] = Coder.load(*sources)
        nlp.get_nlp()
    return _CODERS[sources]


def code_files(batches: Iterator[pa.RecordBatch],
               sources: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
               ) -> Iterator[pa.RecordBatch]:
    """mapInArrow body: rows (path, doc_id, file) in, coded rows out, streaming.

    Files are read lazily and coded in the pipeline's batches, so a task holding one huge JSONL
    file keeps only a batch of documents in memory.
    """
    import pyarrow as pa

    from eventwire.ingest import _read, reader_for
    from eventwire.pipeline import code_documents_with_facts

    schema = coded_schema()
    coder = _coder(sources)
    origin: dict[int, tuple[Any, int]] = {}  # id(doc) -> (doc, file index) while in flight
    read_problems: list[Problem] = []  # emitted with the next coded document
    rows: list[dict[str, Any]] = []

    def documents() -> Iterator[Any]:
        for batch in batches:
            for path, doc_id, index in zip(*(batch.column(i).to_pylist() for i in range(3)),
                                           strict=True):
                reader = reader_for(path)
                assert reader is not None  # input_files lists only files with a reader
                for item in _read(reader, Path(path), doc_id):
                    if isinstance(item, Problem):
                        read_problems.append(item)
                    else:
                        origin[id(item)] = (item, index)
                        yield item

    def rejected(p: Problem) -> dict[str, Any]:
        return {"_kind": "rejected", "_r_source": p.source, "_r_line": p.line,
                "_r_code": p.code, "_r_message": p.message}

    for doc, result in code_documents_with_facts(documents(), coder):
        _, index = origin.pop(id(doc))
        rows.extend(map(rejected, read_problems))
        read_problems.clear()
        if isinstance(result, Problem):
            rows.append(rejected(result))
            continue
        where = {"_hash": doc.content_hash, "_file": index, "_line": doc.line or 0}
        rows.append({"_kind": "doc", **where})
        seen: set[str] = set()
        for event in result.events:
            row = event.to_dict()
            if row["event_id"] in seen:  # the store keeps an event_id once
                continue
            seen.add(row["event_id"])
            rows.append({**row, "month": row["date"][:7] if row["date"] else "unknown",
                         "_kind": "event", **where})
        if len(rows) >= _FLUSH_ROWS:
            yield pa.RecordBatch.from_pylist(rows, schema=schema)
            rows = []
    rows.extend(map(rejected, read_problems))
    if rows:
        yield pa.RecordBatch.from_pylist(rows, schema=schema)


def _spark_schema(schema: pa.Schema) -> Any:
    import pyarrow as pa
    from pyspark.sql import types as T

    spark_types = {pa.string(): T.StringType(), pa.int32(): T.IntegerType(),
                   pa.int64(): T.LongType(), pa.float64(): T.DoubleType(),
                   pa.bool_(): T.BooleanType()}
    return T.StructType([T.StructField(f.name, spark_types[f.type], True) for f in schema])


def spark_session(master: str | None = None, app_name: str = "eventwire",
                  conf: dict[str, str] | None = None) -> SparkSession:
    """A SparkSession whose Python workers run this interpreter (the venv) unless told otherwise.

    Without `master` the one spark-submit gave is used (or Spark's default, local[*]).
    """
    import warnings

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    # Arrow batches only: pandas is a dependency of mapInArrow's import check, not of the data.
    warnings.filterwarnings("ignore", "PySpark does not yet fully support pandas",
                            FutureWarning)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def run_spark(inputs: Iterable[str | Path], output: str | Path, spark: SparkSession | None = None,
              *, master: str | None = None, partitions: int | None = None,
              actor_files: Iterable[str | Path] = (), pattern_files: Iterable[str | Path] = ()
              ) -> SparkSummary:
    """Code every file under `inputs` on Spark; events to `output` (Parquet by month, replaced),
    bad input to `output`/_rejected/. Nothing raised for bad input: it is counted and written."""
    from pyspark import StorageLevel
    from pyspark.sql import Window
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    from eventwire.store import EVENT_COLUMNS

    spark = spark or spark_session(master)
    output = str(output)
    files, driver_problems = input_files(inputs)
    summary = SparkSummary(files=len(files))
    sources = (tuple(str(Path(p).absolute()) for p in actor_files),
               tuple(str(Path(p).absolute()) for p in pattern_files))
    n = max(1, min(len(files), partitions or spark.sparkContext.defaultParallelism))
    listing = spark.createDataFrame(
        spark.sparkContext.parallelize(files or [], n),
        T.StructType([T.StructField("path", T.StringType(), False),
                      T.StructField("doc_id", T.StringType(), False),
                      T.StructField("file", T.LongType(), False)]))
    coded = listing.mapInArrow(partial(code_files, sources=sources),
                               _spark_schema(coded_schema()))
    coded = coded.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        events = _first_copies(coded, Window, F)
        columns = [*EVENT_COLUMNS, "month"]
        events.select(*columns).repartition(n, "month").sortWithinPartitions(
            "doc_id", "char_start", "event_id").write.mode("overwrite").partitionBy(
            "month").parquet(output)
        rejected = coded.where(F.col("_kind") == "rejected").select(
            *(F.col(f"_r_{c}").alias(c) for c in REJECTED_COLUMNS))
        if driver_problems:
            rejected = rejected.unionByName(spark.createDataFrame(
                [(p.source, p.line, p.code, p.message) for p in driver_problems],
                rejected.schema))
        rejected = rejected.dropDuplicates(["source", "line", "code"])  # as the store does
        rejected.coalesce(1).write.mode("overwrite").parquet(f"{output}/_rejected")
        _rename_rejected(spark, f"{output}/_rejected")
        summary.documents = coded.where(F.col("_kind") == "doc").select("_hash").distinct(
        ).count()
        summary.events = spark.read.parquet(output).count() if _has_parquet(spark, output) \
            else 0
        written = spark.read.parquet(f"{output}/_rejected")
        summary.rejected = written.count()
        summary.problems = [Problem("spark", r.source, r.code, r.message, r.line)
                            for r in written.orderBy("source", "line").limit(_SHOWN).collect()]
    finally:
        coded.unpersist()
    return summary


def _first_copies(coded: DataFrame, Window: Any, F: Any) -> DataFrame:  # noqa: N803
    """The events a local store would keep: of documents with the same text, the first in input
    order (file, then line); of events with the same event_id, the first likewise."""
    order = F.struct(F.col("_file"), F.col("_line"))
    by_text = coded.where(F.col("_kind").isin("doc", "event")).withColumn(
        "_first", F.min(order).over(Window.partitionBy("_hash")))
    events = by_text.where((F.col("_kind") == "event") & (order == F.col("_first")))
    return events.withColumn("_first", F.min(order).over(Window.partitionBy("event_id"))).where(
        order == F.col("_first"))


def _hadoop_path(spark: SparkSession, path: str) -> tuple[Any, Any, Any]:
    """Hadoop's Path class, `path` as one, and its FileSystem (local, hdfs://, s3a://...)."""
    jvm = spark.sparkContext._jvm
    assert jvm is not None
    path_class = jvm.org.apache.hadoop.fs.Path
    hpath = path_class(path)
    return path_class, hpath, hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())


def _has_parquet(spark: SparkSession, output: str) -> bool:
    _, hpath, fs = _hadoop_path(spark, output)
    return any(s.isDirectory() and s.getPath().getName().startswith("month=")
               for s in fs.listStatus(hpath))


def _rename_rejected(spark: SparkSession, directory: str) -> None:
    """Name the rejected files *.pq, so that `OUTPUT/**/*.parquet` (DuckDB's hive glob) finds
    only events; Spark, pyarrow and DuckDB still read them as Parquet."""
    path_class, hpath, fs = _hadoop_path(spark, directory)
    for status in fs.listStatus(hpath):
        name = status.getPath().getName()
        if name.endswith(".parquet"):
            fs.rename(status.getPath(), path_class(hpath, name[: -len(".parquet")] + ".pq"))


def main(argv: list[str] | None = None) -> int:
    """spark-submit entry point: `spark-submit .../eventwire/spark.py INPUT... OUTPUT`."""
    import argparse

    parser = argparse.ArgumentParser(prog="eventwire.spark", description=main.__doc__)
    parser.add_argument("inputs", nargs="+", help="files or directories of articles")
    parser.add_argument("output", help="output directory (replaced)")
    parser.add_argument("--partitions", type=int, default=None)
    parser.add_argument("--actors", action="append", default=[])
    parser.add_argument("--patterns", action="append", default=[])
    args = parser.parse_args(argv)
    spark = spark_session()
    try:
        summary = run_spark(args.inputs, args.output, spark, partitions=args.partitions,
                            actor_files=args.actors, pattern_files=args.patterns)
    finally:
        spark.stop()
    print(f"{summary.files} files, {summary.documents} documents, {summary.events} events, "
          f"{summary.rejected} rejected -> {args.output}", file=sys.stderr)
    return 3 if summary.rejected else 0


if __name__ == "__main__":
    # Run as a file by spark-submit: call the module's own functions, so that Spark pickles
    # them by reference (and the per-process Coder cache lives in eventwire.spark); and drop
    # this file's folder from the path, where records.py, nlp.py ... would pass for top-level.
    here = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != here]
    from eventwire.spark import main as _main

    sys.exit(_main())
