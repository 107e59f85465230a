"""A long document goes through the stages after ingest one window at a time, so that
the time it takes grows with its length, not faster; offsets stay those of the whole text.
"""
from __future__ import annotations

import time
from dataclasses import replace
from typing import Callable, Iterator, Sequence

from .records import Document, DocumentGraph, RunInfo

WINDOW = 60_000  # characters the NLP stages read at once


def analyse(document: Document, run: RunInfo, stages: Sequence[tuple[str, Callable]],
            seconds: dict[str, float]) -> DocumentGraph:
    """The stages after ingest, over each window of the document; one graph of them all."""
    return merged(list(each_window(document, run, stages, seconds)))


def each_window(document: Document, run: RunInfo, stages: Sequence[tuple[str, Callable]],
                seconds: dict[str, float]) -> Iterator[DocumentGraph]:
    """The graph of each window of the document in turn, so that a caller can write one
    away before the next is built."""
    for part in windows(document):
        record = part
        for name, stage in stages:
            record = timed(seconds, name, stage, *((record, run) if name == "build_graph" else (record,)))
        yield record


def timed(seconds: dict[str, float], name: str, stage: Callable, *args, **kwargs):
    """``stage(*args, **kwargs)``, its time added to ``seconds[name]``."""
    began = time.perf_counter()
    try:
        return stage(*args, **kwargs)
    finally:
        seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - began


def windows(document: Document, size: int | None = None) -> list[Document]:
    """The document itself, or views of it of about ``size`` characters cut at line ends."""
    text, size = document.text, size or WINDOW
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
