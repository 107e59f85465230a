"""Ingest, segment, extract, resolve, build graph, validate, export.

The order of the stages is the list ``STAGES``; each stage is a function from one
typed record (``pipeline.records``) to the next.
"""
from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Sequence

from . import __version__
from .extract import extract
from .graph import build_graph
from .ingest import InputError, Source, iter_sources, read_source
from .nlp import segment
from .records import Document, DocumentGraph, Failure, RunInfo
from .resolve import resolve
from .validate import validate

STAGES: list[tuple[str, Callable]] = [
    ("ingest", read_source),
    ("segment", segment),
    ("extract", extract),
    ("resolve", resolve),
    ("build_graph", build_graph),
    ("validate", validate),
]
# A long document goes through the stages after ingest one window at a time, so that
# memory and time grow with its length, not faster.
WINDOW = 60_000


@dataclass
class RunReport:
    info: RunInfo
    graphs: list[DocumentGraph] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # unchanged since the last run
    failures: list[Failure] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return all(g.conforms is not False for g in self.graphs)


def new_run() -> RunInfo:
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    return RunInfo(run_id=started.replace(":", "").replace("-", "").replace("+0000", "Z"),
                   started=started, software_version=__version__)


def process(source: Source, run: RunInfo, stages: Sequence[tuple[str, Callable]] = STAGES,
            seconds: Optional[dict[str, float]] = None) -> DocumentGraph:
    """Run every stage over one source; stage times add up in ``seconds``
    (``run.stage_seconds`` unless given)."""
    seconds = run.stage_seconds if seconds is None else seconds
    (name, ingest), *rest = stages
    return analyse(timed(seconds, name, ingest, source), run, rest, seconds)


def analyse(document: Document, run: RunInfo, stages: Sequence[tuple[str, Callable]],
            seconds: dict[str, float]) -> DocumentGraph:
    """The stages after ingest, over each window of the document; one graph of them all."""
    graphs = []
    for part in windows(document):
        record = part
        for name, stage in stages:
            record = timed(seconds, name, stage, *((record, run) if name == "build_graph" else (record,)))
        graphs.append(record)
    return merged(graphs)


def timed(seconds: dict[str, float], name: str, stage: Callable, *args):
    began = time.perf_counter()
    try:
        return stage(*args)
    finally:
        seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - began


def windows(document: Document, size: int = WINDOW) -> list[Document]:
    """The document itself, or views of it of about ``size`` characters cut at line ends."""
    text = document.text
    if len(text) <= size:
        return [document]
    parts, begin = [], 0
    while begin < len(text):
        end = min(len(text), begin + size)
        if end < len(text):
            cut = text.rfind("\n", begin + size // 2, end)
            end = cut + 1 if cut >= 0 else end  # a window without a line end is cut where it stands
        parts.append(replace(document, window=(begin, end)))
        begin = end
    return parts


def merged(graphs: list[DocumentGraph]) -> DocumentGraph:
    """One document's graph from the graphs of its windows."""
    first = graphs[0]
    for other in graphs[1:]:
        first.graph += other.graph
        first.violations += other.violations
        first.conforms = first.conforms is not False and other.conforms is not False
    return first


def process_all(sources: Iterable[Source], run: RunInfo,
                on_document: Optional[Callable[[str], None]] = None) -> Iterator[DocumentGraph | Failure]:
    """Each source's graph, or a Failure naming the source and the problem."""
    for source in sources:
        try:
            yield process(source, run)
        except InputError as err:
            yield Failure(source=err.source, reason=err.reason)
        if on_document:
            on_document(source.name)


def build(inputs: Iterable[str | Path]) -> RunReport:
    """Every document of ``inputs`` (paths, folders, globs) through every stage, in memory."""
    report = RunReport(info=new_run())
    for result in process_all(iter_sources(inputs), report.info):
        (report.failures if isinstance(result, Failure) else report.graphs).append(result)
    return report


def entity_counts(graphs: Iterable[DocumentGraph]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for g in graphs:
        for entity in g.resolved.entities.values():
            counts[entity.kind] += 1
        counts["event"] += len(g.resolved.events)
        counts["count"] += len(g.resolved.counts)
    return dict(counts)
