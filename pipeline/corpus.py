"""The batch run over many documents: streaming, in worker processes, incremental.

Sources are read one at a time; each document goes through the stages (in this
process or in one of N worker processes) and comes back as N-Quads ready to load
(the named graph, its share of the merge and its content hash) with its counts, and
only this process writes the store, with as little work per document as it can. Nothing holds more than a few
documents at once: the exports are written from the store at the end.

A document whose content hash is already in the store is skipped right after
ingest, before the costly NLP stages; a changed one has its named graph replaced.
"""
from __future__ import annotations

import multiprocessing
from collections import Counter, deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Optional, Sequence, Union

from . import paths
from .export import write_json, write_run_exports, write_run_exports_in_processes
from .records import Document, Failure, RunInfo
from .store import KnowledgeStore, document_nquads, graph_ntriples, open_store
from . import windows
from .windows import each_window, timed

PathLike = Union[str, Path]
RUN_JSON = "run.json"
FIRST_MESSAGES = 10  # SHACL messages kept in the report
WINDOW_PER_WORKER = 4  # documents in flight per worker: keeps memory flat, workers busy


@dataclass(frozen=True)
class Pipeline:
    """What a corpus run calls. ``default_pipeline()`` is the project's own; tests pass others.

    Every field is a module-level function (or a list of them), so a Pipeline
    pickles into worker processes by reference.
    """

    iter_sources: Callable[[Iterable], Iterator[Any]]
    stages: Sequence[tuple[str, Callable]]  # ("ingest", read_source) first
    new_run: Callable[[], RunInfo]
    run_graph: Callable[[RunInfo, list[Document]], Any]
    entity_counts: Callable[[Iterable[Any]], dict[str, int]]
    input_errors: tuple[type, ...] = ()  # a bad input: recorded as a failure, even in debug
    warm_up: Optional[Callable[[], None]] = None  # loads what the stages read once a process


def default_pipeline() -> Pipeline:
    from . import graph, ingest, run  # the stages load spaCy and friends: only when needed

    return Pipeline(ingest.iter_sources, tuple(run.STAGES), run.new_run, graph.run_graph,
                    run.entity_counts, (ingest.InputError,), run.warm_up)


@dataclass
class Outcome:
    """One document's result as it travels from a worker to the process writing the store."""

    source: str
    status: str  # processed | skipped | failed
    doc_id: Optional[str] = None
    sha256: Optional[str] = None
    graph: Optional[str] = None  # the IRI of the document's named graph
    nquads: Optional[bytes] = None  # from store.document_nquads: what the store loads
    entities: dict[str, int] = field(default_factory=dict)
    conforms: Optional[bool] = None
    violations: list[str] = field(default_factory=list)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    reason: Optional[str] = None  # why it failed


@dataclass
class CorpusReport:
    """What a corpus run did; ``as_json()`` is run.json."""

    run: RunInfo
    out_dir: Path
    strict: bool = False  # SHACL violations fail the run
    processed: list[Document] = field(default_factory=list)  # without their text
    skipped: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    nonconforming: list[str] = field(default_factory=list)
    violations: int = 0
    messages: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    outputs: dict[str, Path] = field(default_factory=dict)

    @property
    def conforms(self) -> bool:
        return not self.nonconforming

    def exit_code(self, strict: Optional[bool] = None) -> int:
        """0 when every document succeeded; 1 when some failed (or, strict, do not conform)."""
        strict = self.strict if strict is None else strict
        return 1 if self.failures or (strict and not self.conforms) else 0

    def add(self, outcome: Outcome) -> None:
        for stage, seconds in outcome.stage_seconds.items():
            self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds
        if outcome.status == "failed":
            self.failures.append(Failure(outcome.source, outcome.reason or "failed"))
        elif outcome.status == "skipped":
            self.skipped.append(outcome.source)
        else:
            self.processed.append(Document(outcome.doc_id, outcome.source, "", outcome.sha256))
            self.entities.update(outcome.entities)
            self._add_validation(outcome)

    def _add_validation(self, outcome: Outcome) -> None:
        if outcome.conforms is False:
            self.nonconforming.append(outcome.doc_id)
            self.violations += len(outcome.violations)
            room = FIRST_MESSAGES - len(self.messages)
            self.messages.extend(f"{outcome.doc_id}: {m}" for m in outcome.violations[:room])

    def as_json(self) -> dict:
        return {
            "run_id": self.run.run_id,
            "started": self.run.started,
            "software_version": self.run.software_version,
            "documents": {"processed": [d.source for d in self.processed],
                          "skipped": self.skipped,
                          "failed": [{"source": f.source, "reason": f.reason}
                                     for f in self.failures]},
            "entities": dict(sorted(self.entities.items())),
            "shacl": {"conforms": self.conforms, "documents_not_conforming": self.nonconforming,
                      "violations": self.violations, "first_messages": self.messages},
            "seconds": {stage: round(s, 4) for stage, s in self.seconds.items()},
            "outputs": {fmt: str(path) for fmt, path in self.outputs.items()},
        }


def run_corpus(inputs: Iterable[PathLike], out_dir: PathLike = paths.DEFAULT_OUT,
               workers: int = 1, strict: bool = False,
               progress: Optional[Callable[[Outcome], None]] = None, *,
               debug: bool = False, pipeline: Optional[Pipeline] = None) -> CorpusReport:
    """Process every document of ``inputs`` into the store of ``out_dir``, then export.

    ``strict`` makes SHACL violations fail ``report.exit_code()``; ``progress`` is called
    after each document; ``debug`` lets unexpected errors out instead of recording them.
    """
    pipeline = pipeline or default_pipeline()
    out_dir = Path(out_dir)
    store = open_store(out_dir)
    report = CorpusReport(pipeline.new_run(), out_dir, strict=strict)
    report.seconds = {stage: 0.0 for stage, _ in pipeline.stages}  # in stage order
    known = {doc_id: entry.sha256 for doc_id, entry in store.index().items()}
    sources = pipeline.iter_sources(list(inputs))
    first_source: dict[str, str] = {}  # doc_id -> the source that had it first this run
    for outcome in process_sources(sources, report.run, known, pipeline, workers, debug, store):
        outcome = refuse_second_source(outcome, first_source)
        timed(report.seconds, "store", save_outcome, store, outcome)
        report.add(outcome)
        if progress:
            progress(outcome)
    report.run.stage_seconds = dict(report.seconds)
    if report.processed:  # a run that changed nothing leaves the store and exports as they are
        save_run_record(store, report, pipeline)
        timed(report.seconds, "store", store.optimize)
    report.outputs = timed(report.seconds, "export", write_exports, store, out_dir, workers,
                           only_missing=not report.processed)
    report.outputs["run"] = out_dir / RUN_JSON
    write_json(report.outputs["run"], report.as_json())
    return report


def write_exports(store: KnowledgeStore, out_dir: Path, workers: int,
                  only_missing: bool) -> dict[str, Path]:
    """The run's exports: here, or with several workers one process each, after this
    process has let go of the store (``store`` is unusable afterwards)."""
    if workers <= 1:
        return write_run_exports(store, out_dir, only_missing=only_missing)
    store.close()
    return write_run_exports_in_processes(out_dir, workers, only_missing=only_missing)


def process_sources(sources: Iterable, run: RunInfo, known: Mapping[str, str],
                    pipeline: Pipeline, workers: int = 1, debug: bool = False,
                    store: Optional[KnowledgeStore] = None) -> Iterator[Outcome]:
    """Each source's Outcome, in input order, computed here or in ``workers`` processes.
    Here, a long document is written to ``store`` a window at a time as it is read."""
    if workers <= 1:
        for source in sources:
            yield process_source(source, run, known, pipeline, debug, store)
        return
    with ProcessPoolExecutor(workers, mp_context=worker_context(pipeline),
                             initializer=_start_worker,
                             initargs=(run, dict(known), pipeline, debug)) as pool:
        in_flight: deque = deque()
        for source in sources:
            in_flight.append(pool.submit(_work, source))
            if len(in_flight) >= workers * WINDOW_PER_WORKER:
                yield in_flight.popleft().result()
        while in_flight:
            yield in_flight.popleft().result()


def worker_context(pipeline: Pipeline):
    """Fork where the system has it, once this process has loaded what the stages read
    (spaCy and jieba's dictionary take 2.5 s, which spawned workers would each spend
    again); else spawn.

    The store is open here at the fork, before anything is written to it: RocksDB's
    threads then wait idle, and a worker never touches the store and ends with
    ``os._exit``, so it neither uses nor closes the copy it inherits.
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    if pipeline.warm_up:
        pipeline.warm_up()
    return multiprocessing.get_context("fork")


def process_source(source, run: RunInfo, known: Mapping[str, str], pipeline: Pipeline,
                   debug: bool = False, store: Optional[KnowledgeStore] = None) -> Outcome:
    """Ingest one source; unless its hash is known, run the other stages over it. Given
    the store, a document longer than one window goes into it a window at a time."""
    name = getattr(source, "name", str(source))
    seconds: dict[str, float] = {}
    (stage, ingest), *rest = pipeline.stages
    try:
        document = timed(seconds, stage, ingest, source)
        if known.get(document.doc_id) == document.sha256:
            return Outcome(name, "skipped", document.doc_id, document.sha256,
                           stage_seconds=seconds)
        if store is not None and len(document.text) > windows.WINDOW:
            written = _stored_windows(document, run, rest, seconds, pipeline, store)
        else:
            written = _written_windows(document, run, rest, seconds, pipeline)
    except pipeline.input_errors as err:
        return Outcome(err.source or name, "failed", reason=err.reason, stage_seconds=seconds)
    except Exception as err:  # one document's failure must not end the batch
        if debug:
            raise
        return Outcome(name, "failed", reason=f"{stage}: {type(err).__name__}: {err}",
                       stage_seconds=seconds)
    read, ntriples = written
    nquads = document_nquads(read.graph, ntriples) if ntriples is not None else None
    return Outcome(name, "processed", document.doc_id, document.sha256, graph=read.graph,
                   nquads=nquads, entities=dict(read.entities), conforms=read.conforms,
                   violations=read.violations, stage_seconds=seconds)


@dataclass
class WindowsRead:
    """What the windows of one document added up to."""

    graph: Optional[str] = None  # the IRI of the document's named graph
    entities: Counter = field(default_factory=Counter)  # per window: an entity named in two counts twice
    conforms: bool = True
    violations: list[str] = field(default_factory=list)


def _read_windows(document, run: RunInfo, stages, seconds: dict[str, float], pipeline: Pipeline,
                  write: Callable[[str, Any], None]) -> WindowsRead:
    """Each window of the document through the stages, handed to ``write(graph, window)``
    as soon as it is built."""
    read = WindowsRead()
    for window in each_window(document, run, stages, seconds):
        read.graph = str(window.graph.identifier)
        write(read.graph, window)
        read.entities.update(pipeline.entity_counts([window]))
        read.conforms = read.conforms and window.conforms is not False
        read.violations += window.violations
    return read


def _stored_windows(document, run: RunInfo, stages, seconds: dict[str, float], pipeline: Pipeline,
                    store: KnowledgeStore) -> tuple[WindowsRead, None]:
    """A long document into the store a window at a time (old graph out first, the hash
    last), so that memory stays that of one window however long the document is."""
    def write(graph: str, window) -> None:
        if not started:
            timed(seconds, "store", store.begin_graph, graph)
            started.append(graph)
        timed(seconds, "store", store.add_part, document_nquads(graph, graph_ntriples(window.graph)))

    started: list[str] = []
    read = _read_windows(document, run, stages, seconds, pipeline, write)
    timed(seconds, "store", store.stamp, read.graph, document.doc_id, document.sha256)
    return read, None


def _written_windows(document, run: RunInfo, stages, seconds: dict[str, float],
                     pipeline: Pipeline) -> tuple[WindowsRead, str]:
    """The document's graph as N-Triples text, for the process that writes the store."""
    texts: list[str] = []
    read = _read_windows(document, run, stages, seconds, pipeline,
                         lambda graph, window: texts.append(graph_ntriples(window.graph)))
    return read, "".join(texts)


def refuse_second_source(outcome: Outcome, first_source: dict[str, str]) -> Outcome:
    """Two inputs with one document id would overwrite each other's graph: fail the second."""
    if outcome.doc_id is None:
        return outcome
    first = first_source.setdefault(outcome.doc_id, outcome.source)
    if first == outcome.source:
        return outcome
    return Outcome(outcome.source, "failed", stage_seconds=outcome.stage_seconds,
                   reason=f"has the document id {outcome.doc_id!r} of {first}: rename one")


def save_outcome(store: KnowledgeStore, outcome: Outcome) -> None:
    if outcome.status == "processed" and outcome.nquads is not None:  # None: written as it was read
        store.put_graph(outcome.graph, outcome.nquads, outcome.doc_id, outcome.sha256)


def save_run_record(store: KnowledgeStore, report: CorpusReport, pipeline: Pipeline) -> None:
    record = pipeline.run_graph(report.run, report.processed)
    store.replace_graph(str(record.identifier), graph_ntriples(record))


# -- worker processes: each sets up once, then handles one source per call ---------------

_worker: dict[str, Any] = {}


def _start_worker(run: RunInfo, known: dict[str, str], pipeline: Pipeline, debug: bool) -> None:
    _worker.update(run=run, known=known, pipeline=pipeline, debug=debug)


def _work(source) -> Outcome:
    return process_source(source, _worker["run"], _worker["known"], _worker["pipeline"],
                          _worker["debug"])
