"""Throughput and memory of `eventwire code`, against spaCy alone on the same texts.

    .venv/bin/python benchmarks/throughput.py                 # the figures for BENCHMARKS.md
    .venv/bin/python benchmarks/throughput.py --floor 300 --sizes 1000 10000

Prints, in one run: articles/s and words/s of spaCy's full pipeline on a sample of the corpus
(the floor a parse-based coder cannot beat), of eventwire (ingest, coding, storage and
corroboration: the whole `eventwire code` run) on the same sample with 1 and 2 workers, their
ratios, and the peak memory of the coding processes for corpora of each size.

The corpus is generated: articles of realistic length (log-normal, median about 450 words)
made by recombining sentences of the sample corpus, the seed articles, the development gold
set and the sentences of those texts that hold no event, so that, as in real news, most
sentences are not codable. Each configuration runs in its own process, so that peak memory
(ru_maxrss of the process and of its worker processes) is its own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = 20261123


def _sentences() -> tuple[list[str], list[str]]:
    """Sentences of the project's texts: (codable candidates, the rest), by the coder's filter."""
    from eventwire import nlp
    from eventwire.evaluate import load_gold_set
    from eventwire.ingest import read_paths
    from eventwire.pipeline import Coder
    from eventwire.records import Document

    texts = [d["text"] for d in load_gold_set([ROOT / "tests/gold/dev"])]
    for folder in (ROOT / "examples/sample", ROOT.parent / "shared/corpus/seeds"):
        if folder.is_dir():
            texts += [d.text for d in read_paths([folder]) if isinstance(d, Document)]
    coder = Coder.load()
    events, other = [], []
    for text in texts:
        for sentence in nlp.split_sentences(text):
            words = sentence.text.split()
            if len(words) < 6 or not nlp.is_body_sentence(sentence.text):
                continue
            tokens = nlp.tokenize([sentence.text])[0]
            (events if coder.is_candidate(t.text for t in tokens) else other).append(
                sentence.text)
    return events, other


def make_corpus(path: Path, n: int, events: list[str], other: list[str],
                event_share: float = 0.3) -> int:
    """n articles as JSONL; returns the number of words."""
    rng = random.Random(SEED + n)
    words = 0
    start = dt.date(2018, 1, 1)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            target = min(2500, max(80, int(rng.lognormvariate(6.1, 0.55))))
            paragraphs, count = [], 0
            while count < target:
                pool = events if rng.random() < event_share else other
                sentence = rng.choice(pool)
                paragraphs.append(sentence)
                count += len(sentence.split())
            words += count
            published = start + dt.timedelta(days=rng.randrange(2500))
            fh.write(json.dumps({"id": f"bench-{i:06d}", "published": published.isoformat(),
                                 "outlet": f"Outlet {rng.randrange(40)}",
                                 "text": "\n\n".join(paragraphs)}) + "\n")
    return words


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def run_spacy(corpus: str) -> None:
    """Child process: spaCy's full pipeline over every article."""
    from eventwire import nlp

    texts = [json.loads(line)["text"] for line in open(corpus, encoding="utf-8")]
    model = nlp.get_nlp()
    model.pipe(["warm up."])
    started = time.perf_counter()
    for _ in model.pipe(texts, batch_size=32):
        pass
    print(json.dumps({"seconds": time.perf_counter() - started, "peak_mb": _peak_mb()}))


def run_eventwire(corpus: str, workers: int) -> None:
    """Child process: the whole `eventwire code` run (ingest, code, store, corroborate)."""
    from eventwire import nlp
    from eventwire.pipeline import Coder, run_pipeline
    from eventwire.store import Store

    coder = Coder.load()
    nlp.get_nlp()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        with Store(Path(tmp) / "bench.duckdb") as store:
            summary = run_pipeline([corpus], store, coder, workers=workers)
        seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "events": summary.events, "peak_mb": _peak_mb(),
                      "documents": summary.stored}))


def _child(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], check=True, capture_output=True,
                         text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--floor", type=int, default=300, help="articles for the speed runs")
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000],
                        help="corpus sizes for the memory runs")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    events, other = _sentences()
    print(f"# eventwire throughput, {dt.date.today()}, {platform.node()}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"sentence pool: {len(events)} candidate sentences, {len(other)} others; "
          "30% of an article's sentences drawn from the candidates\n")
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        words = make_corpus(sample, args.floor, events, other)
        spacy_run = _child("--spacy", str(sample))
        one = _child("--eventwire", str(sample), "1")
        many = _child("--eventwire", str(sample), str(args.workers))
        n = args.floor
        print(f"speed on {n} articles, {words:,} words ({words // n} words an article):\n")
        print("| run | seconds | articles/s | words/s | articles/hour | peak MB |")
        print("| --- | --- | --- | --- | --- | --- |")
        for name, r in (("spaCy alone (full pipeline)", spacy_run), ("eventwire, 1 worker", one),
                        (f"eventwire, {args.workers} workers", many)):
            print(f"| {name} | {r['seconds']:.1f} | {n / r['seconds']:.1f} | "
                  f"{words / r['seconds']:,.0f} | {3600 * n / r['seconds']:,.0f} | "
                  f"{r['peak_mb']:.0f} |")
        ratio = one["seconds"] / spacy_run["seconds"]
        print(f"\neventwire (1 worker) time / spaCy-alone time: {ratio:.2f}")
        print(f"speed-up from 1 to {args.workers} workers: "
              f"{one['seconds'] / many['seconds']:.2f}")
        print(f"events coded: {one['events']} (1 worker), {many['events']} "
              f"({args.workers} workers)\n")
        if args.sizes:
            print("| corpus | words | workers | seconds | articles/s | peak MB (largest process) |")
            print("| --- | --- | --- | --- | --- | --- |")
        for size in args.sizes:
            corpus = Path(tmp) / f"corpus-{size}.jsonl"
            n_words = make_corpus(corpus, size, events, other)
            for workers in sorted({1, args.workers}):
                r = _child("--eventwire", str(corpus), str(workers))
                print(f"| {size:,} articles | {n_words:,} | {workers} | {r['seconds']:.0f} | "
                      f"{size / r['seconds']:.1f} | {r['peak_mb']:.0f} |", flush=True)
            corpus.unlink()


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--spacy":
        run_spacy(sys.argv[2])
    elif len(sys.argv) > 3 and sys.argv[1] == "--eventwire":
        run_eventwire(sys.argv[2], int(sys.argv[3]))
    else:
        main()
