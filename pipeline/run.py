"""Ingest, segment, extract, resolve, build graph, validate, export.

The order of the stages is the list ``STAGES``; each stage is a function from one
typed record (``pipeline.records``) to the next.
"""
from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Sequence

from rdflib import Dataset

from . import __version__
from .extract import extract
from .graph import build_graph, run_graph
from .ingest import InputError, Source, iter_sources, read_source, texts_to_sources
from .namespaces import bind_prefixes
from .nlp import segment
from .records import DocumentGraph, Failure, RunInfo
from .resolve import resolve
from .validate import validate
from .windows import analyse, timed

STAGES: list[tuple[str, Callable]] = [
    ("ingest", read_source),
    ("segment", segment),
    ("extract", extract),
    ("resolve", resolve),
    ("build_graph", build_graph),
    ("validate", validate),
]


@dataclass
class RunReport:
    info: RunInfo
    graphs: list[DocumentGraph] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # unchanged since the last run
    failures: list[Failure] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return all(g.conforms is not False for g in self.graphs)


# One short report sentence: enough for every stage to load what it reads.
WARM_UP_TEXT = "区政协召开常委会议，主席王某主持会议，全年报送社情民意信息120余条。"


def warm_up() -> None:
    """Load, in this process, what the stages read once (spaCy with jieba's dictionary,
    the lexicons, the compiled shapes), so that processes forked from it start ready."""
    process(next(texts_to_sources([WARM_UP_TEXT])), new_run(), seconds={})


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


def build(inputs: Iterable[str | Path] = (), texts: Iterable[str | tuple[str, str]] = ()) -> RunReport:
    """Every document of ``inputs`` (paths, folders, globs) and of ``texts`` (strings, or
    (id, text) pairs) through every stage, in memory."""
    report = RunReport(info=new_run())
    sources = itertools.chain(iter_sources(inputs) if inputs else (), texts_to_sources(texts))
    for result in process_all(sources, report.info):
        (report.failures if isinstance(result, Failure) else report.graphs).append(result)
    return report


def knowledge_graph(inputs: Iterable[str | Path] = (), texts: Iterable[str | tuple[str, str]] = ()) -> Dataset:
    """The graph of ``inputs`` and ``texts``, for a notebook: one named graph per document
    and one for the run's provenance. A document that cannot be read raises InputError."""
    report = build(inputs, texts)
    if report.failures:
        failure = report.failures[0]
        raise InputError(failure.source, failure.reason)
    dataset = bind_prefixes(Dataset())
    for doc_graph in report.graphs:
        named = dataset.graph(doc_graph.graph.identifier)
        named += doc_graph.graph
    dataset.graph(run_graph(report.info, [g.resolved.document for g in report.graphs]))
    return dataset


def entity_counts(graphs: Iterable[DocumentGraph]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for g in graphs:
        for entity in g.resolved.entities.values():
            counts[entity.kind] += 1
        counts["event"] += len(g.resolved.events)
        counts["count"] += len(g.resolved.counts)
    return dict(counts)
