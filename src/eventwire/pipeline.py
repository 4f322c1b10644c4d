"""Chains the stages: documents -> sentences -> candidates -> parse -> events -> store."""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from eventwire import nlp
from eventwire.actors.dictionary import ActorDictionary, load_dictionary
from eventwire.actors.resolve import DocumentActors
from eventwire.coder.engine import DocumentCoder
from eventwire.coder.patterns import PatternSet, default_patterns, load_patterns
from eventwire.corroborate import facts as fact_finder
from eventwire.dates import find_dates
from eventwire.records import Document, Event, Fact, Problem


@dataclass(frozen=True)
class Coder:
    """The dictionaries and patterns a run codes with (built once, shared by all documents)."""

    dictionary: ActorDictionary
    patterns: PatternSet
    # The user files it was loaded from, so that worker processes can load the same.
    sources: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())

    @classmethod
    def load(cls, actor_files: Iterable[str | Path] = (),
             pattern_files: Iterable[str | Path] = ()) -> Coder:
        actor_files, pattern_files = list(actor_files), list(pattern_files)
        dictionary = load_dictionary(actor_files) if actor_files else load_dictionary()
        patterns = load_patterns(pattern_files) if pattern_files else default_patterns()
        return cls(dictionary, patterns, (tuple(map(str, actor_files)),
                                          tuple(map(str, pattern_files))))

    def is_candidate(self, tokens: Iterable[str]) -> bool:
        return self.patterns.is_candidate(tokens)


@dataclass(frozen=True)
class CodedDocument:
    """What coding one document yields: its events and the facts it states in passing."""

    events: list[Event]
    facts: list[Fact]
    problems: list[Problem] = field(default_factory=list)  # the document is stored anyway


def code_documents(
    documents: Iterable[Document], coder: Coder | None = None, batch_docs: int = 32
) -> Iterator[tuple[Document, list[Event] | Problem]]:
    """Code documents in batches: one nlp.pipe call parses the candidates of many documents."""
    for doc, result in code_documents_with_facts(documents, coder, batch_docs):
        yield doc, result if isinstance(result, Problem) else result.events


def code_documents_with_facts(
    documents: Iterable[Document], coder: Coder | None = None, batch_docs: int = 32
) -> Iterator[tuple[Document, CodedDocument | Problem]]:
    """As code_documents, with the dated things and figures each document states."""
    coder = coder or Coder.load()
    batch: list[Document] = []
    for doc in documents:
        batch.append(doc)
        if len(batch) >= batch_docs:
            yield from _code_batch(batch, coder)
            batch = []
    if batch:
        yield from _code_batch(batch, coder)


def code_documents_parallel(
    documents: Iterable[Document], coder: Coder, workers: int, batch_docs: int = 32
) -> Iterator[tuple[Document, CodedDocument | Problem]]:
    """As code_documents_with_facts, in `workers` processes, each with its own spaCy model.

    Documents are read lazily and at most two batches per worker are in flight, so memory stays
    flat however large the input. Results come back in the order batches finish.
    """
    documents = iter(documents)
    first = list(itertools.islice(documents, batch_docs))
    if workers <= 1 or len(first) < batch_docs:  # one batch: not worth starting processes
        yield from code_documents_with_facts(itertools.chain(first, documents), coder,
                                             batch_docs)
        return
    documents = itertools.chain(first, documents)
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    context = multiprocessing.get_context("spawn")  # no fork of a process holding DuckDB
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_init,
                             initargs=coder.sources) as pool:
        pending: set[Future[list[tuple[Document, CodedDocument | Problem]]]] = set()
        batch: list[Document] = []

        def finished(block: bool) -> Iterator[tuple[Document, CodedDocument | Problem]]:
            nonlocal pending
            if not pending:
                return
            done, pending = wait(pending, timeout=None if block else 0,
                                 return_when=FIRST_COMPLETED)
            for future in done:
                yield from future.result()

        try:
            for doc in documents:
                batch.append(doc)
                if len(batch) >= batch_docs:
                    pending.add(pool.submit(_worker_code, batch))
                    batch = []
                    while len(pending) >= 2 * workers:
                        yield from finished(block=True)
                    yield from finished(block=False)
            if batch:
                pending.add(pool.submit(_worker_code, batch))
            while pending:
                yield from finished(block=True)
        except BaseException:
            for future in pending:
                future.cancel()
            raise


_WORKER_CODER: Coder | None = None


def _worker_init(actor_files: tuple[str, ...], pattern_files: tuple[str, ...]) -> None:
    """Load the dictionaries, patterns and spaCy model once per worker process."""
    import signal

    global _WORKER_CODER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _WORKER_CODER = Coder.load(actor_files, pattern_files)
    nlp.get_nlp()


def _worker_code(docs: list[Document]) -> list[tuple[Document, CodedDocument | Problem]]:
    assert _WORKER_CODER is not None
    return list(code_documents_with_facts(docs, _WORKER_CODER, batch_docs=len(docs)))


def _code_batch(
    docs: list[Document], coder: Coder
) -> Iterator[tuple[Document, CodedDocument | Problem]]:
    prepared = []
    texts: list[str] = []
    for doc in docs:
        english, why = nlp.looks_english(doc.text)
        if not english:
            prepared.append((doc, _NotEnglish(why), [], [], []))
            continue
        try:
            sentences = nlp.split_sentences(doc.text)
            tokenized = nlp.tokenize([s.text for s in sentences])
        except Exception as exc:  # noqa: BLE001 - a document that breaks the tokenizer is bad input
            prepared.append((doc, exc, [], [], []))
            continue
        wanted = [i for i, toks in enumerate(tokenized)
                  if nlp.is_body_sentence(sentences[i].text)
                  and (coder.is_candidate(t.text for t in toks)
                       or fact_finder.is_figure_candidate(sentences[i].text,
                                                          (t.text for t in toks)))]
        prepared.append((doc, None, sentences, tokenized, wanted))
        texts.extend(sentences[i].text for i in wanted)
    parsed = iter(nlp.parse(texts))
    for doc, error, sentences, tokenized, wanted in prepared:
        if isinstance(error, _NotEnglish):
            yield doc, Problem(
                "nlp", doc.source_path, "not-english",
                f"{_where(doc)}: does not look like English ({error.why}); eventwire codes "
                "English text", doc.line, doc.doc_id)
            continue
        if error is not None:
            yield doc, Problem("nlp", doc.source_path, "nlp-failed",
                               f"{_where(doc)}: could not be processed: {error}",
                               doc.line, doc.doc_id)
            continue
        parses = {i: next(parsed) for i in wanted}
        try:
            yield doc, _code_one(doc, coder, sentences, tokenized, parses)
        except Exception as exc:  # noqa: BLE001 - recorded, the run goes on
            yield doc, Problem("code", doc.source_path, "code-failed",
                               f"{_where(doc)}: coding failed: {type(exc).__name__}: {exc}",
                               doc.line, doc.doc_id)


class _NotEnglish(Exception):
    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


def _where(doc: Document) -> str:
    return doc.source_path if doc.line is None else f"{doc.source_path} line {doc.line}"


def _code_one(doc: Document, coder: Coder, sentences: list[nlp.Sentence], tokenized: list,
              parses: dict) -> CodedDocument:
    actors = DocumentActors(coder.dictionary, doc.published_date)
    engine = DocumentCoder(doc, coder.patterns, actors)
    found: dict[int, list] = {}
    for i, sentence in enumerate(sentences):
        parsed = parses.get(i)
        mentions = actors.find(parsed if parsed is not None else tokenized[i], i,
                               heading=sentence.heading)
        if parsed is not None:
            found[i] = mentions
            engine.code_sentence(sentence, parsed, mentions)
    facts: list[Fact] = []
    dyad = fact_finder.main_dyad(engine.events)
    figure_year: tuple[int, int | None] | None = None  # (paragraph, year) of the last figure
    for i, sentence in enumerate(sentences):
        facts.extend(fact_finder.dated_facts(doc, sentence, (t.text for t in tokenized[i])))
        if i in parses and fact_finder.is_figure_candidate(sentence.text,
                                                            (t.text for t in tokenized[i])):
            year = (figure_year[1] if figure_year and figure_year[0] == sentence.paragraph
                    else None) or _year_before(doc, sentences, i)
            figures = fact_finder.figure_facts(doc, sentence, parses[i], found[i], year, dyad)
            if figures:
                figure_year = (sentence.paragraph, figures[-1].year)
            facts.extend(figures)
    problems = []
    if engine.undated:
        problems.append(Problem(
            "code", doc.source_path, "undated-events",
            f"{_where(doc)}: {engine.undated} event(s) left out: no date in the text and no "
            "publication date to read one against (give the date in the input's metadata)",
            doc.line, doc.doc_id))
    return CodedDocument(engine.events, facts, problems)


def _year_before(doc: Document, sentences: list[nlp.Sentence], i: int) -> int | None:
    """The year last named in the two sentences before sentence i ("robust in 2020. ...")."""
    for sentence in reversed(sentences[max(0, i - 2):i]):
        years = [m.span.start.year for m in find_dates(sentence.text, doc.published_date)
                 if m.span.precision == "year"]
        if years:
            return years[-1]
    return None


def explain(text: str, published: str | None = None, coder: Coder | None = None) -> str:
    """How a text is coded, sentence by sentence: the parse, the actors found, every pattern
    whose trigger occurs with the reason it fired or not, and the events. For rule writers."""
    coder = coder or Coder.load()
    doc = document_from_text(text, published=published)
    actors = DocumentActors(coder.dictionary, doc.published_date)
    engine = DocumentCoder(doc, coder.patterns, actors, trace=[])
    lines: list[str] = []
    sentences = nlp.split_sentences(doc.text)
    for i, (sentence, parsed) in enumerate(zip(sentences, nlp.parse([s.text for s in sentences]),
                                               strict=True)):
        mentions = actors.find(parsed, i, heading=sentence.heading)
        before = len(engine.events)
        assert engine.trace is not None
        engine.trace.clear()
        engine.code_sentence(sentence, parsed, mentions)
        lines.append(f"sentence {i}: {sentence.text}")
        lines.extend(f"  {t.i:>3} {t.text:<16} {t.lemma_:<14} {t.pos_:<6} {t.dep_:<10} "
                     f"<- {t.head.i}" for t in parsed)
        for m in mentions:
            words = " ".join(t.text for t in parsed[m.start:m.end])
            lines.append(f"  actor  {words!r} -> {m.actor.code} ({m.kind})")
        lines.extend(f"  rule   {line}" for line in engine.trace)
        lines.extend(f"  EVENT  {e.code} {e.source} -> {e.target} {e.date} [{e.pattern_id}]"
                     for e in engine.events[before:])
    return "\n".join(lines)


def document_from_text(text: str, *, doc_id: str | None = None, published: str | None = None,
                       outlet: str | None = None, title: str | None = None,
                       url: str | None = None) -> Document:
    from eventwire.ingest.normalize import normalize_text

    clean = normalize_text(text)
    digest = hashlib.sha256(clean.encode("utf-8")).hexdigest()
    return Document(doc_id=doc_id or digest[:16], text=clean, source_path="<text>",
                    content_hash=digest, title=title, outlet=outlet, author=None,
                    published=published, url=url)


STORE_BATCH = 64  # documents written per transaction


@dataclass
class RunSummary:
    documents: int = 0
    stored: int = 0
    duplicates: int = 0
    events: int = 0
    rejected: int = 0
    records: int = 0  # event records recomputed
    problems: list[Problem] = field(default_factory=list)


def run_pipeline(
    paths: Iterable[str | Path],
    store: object,
    coder: Coder | None = None,
    on_document: Callable[[Document, int], None] | None = None,
    on_problem: Callable[[Problem], None] | None = None,
    update_records: bool = True,
    workers: int = 1,
    on_file: Callable[[str], None] | None = None,
) -> RunSummary:
    """Ingest, code and store every document under `paths`; bad input is recorded, not raised.

    on_document/on_problem are called as results are stored, on_file when reading starts on
    the next input file (for progress by bytes).

    Then the event records of the blocks that got new events are brought up to date.
    `workers` > 1 codes in that many processes (the store is written by this one only).
    A document already stored (same content hash) is skipped before any parsing, so running
    the same command again after an interruption resumes where it stopped.
    """
    from eventwire.ingest import read_paths
    from eventwire.store import Store

    assert isinstance(store, Store)
    coder = coder or Coder.load()
    summary = RunSummary()

    def documents() -> Iterator[Document]:
        current = None
        for item in read_paths(paths):
            source = item.source if isinstance(item, Problem) else item.source_path
            if on_file is not None and source != current:  # the reader moved to a new file
                current = source
                on_file(source)
            if isinstance(item, Problem):
                _record(item)
                continue
            if store.has_document(item.content_hash):
                summary.documents += 1
                summary.duplicates += 1
                if on_document:
                    on_document(item, 0)
                continue
            yield item

    def _record(problem: Problem) -> None:
        store.add_problem(problem)
        summary.rejected += 1
        summary.problems.append(problem)
        if on_problem:
            on_problem(problem)

    coded: list[tuple[Document, CodedDocument]] = []

    def flush() -> None:  # one transaction for many documents: far faster than one each
        stored = store.add_documents([(d, r.events, r.facts) for d, r in coded])
        for (doc, result), new in zip(coded, stored, strict=True):
            summary.documents += 1
            if new:
                summary.stored += 1
                summary.events += len(result.events)
            else:
                summary.duplicates += 1
            if on_document:
                on_document(doc, len(result.events))
        coded.clear()

    for doc, result in code_documents_parallel(documents(), coder, workers):
        if isinstance(result, Problem):
            summary.documents += 1
            _record(result)
            continue
        for problem in result.problems:
            _record(problem)
        coded.append((doc, result))
        if len(coded) >= STORE_BATCH:
            flush()
    if coded:
        flush()
    if update_records:
        from eventwire.corroborate import update_records as _update

        summary.records = _update(store).records
    return summary
