"""A stand-in pipeline for the corpus, store, export and CLI tests: fast and predictable.

Each line of a document ``kind name`` (organization, person, place) becomes an entity
node whose IRI depends on the name only, so documents that name the same entity share
its node, as the real pipeline's resolved entities do. A document that starts with
"BAD" is an input error.
"""
from __future__ import annotations

import hashlib
import itertools
import os
import time
from dataclasses import replace
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import PROV, RDF

from pipeline.corpus import Pipeline
from pipeline.ingest import InputError, Source, UsageError
from pipeline.namespaces import DOC_ID, NIF, ORG_ID, PERSON_ID, PLACE_ID, RUN_ID, SCHEMA
from pipeline.records import Document, DocumentGraph, RunInfo

KINDS = {"organization": (SCHEMA.Organization, ORG_ID), "person": (SCHEMA.Person, PERSON_ID),
         "place": (SCHEMA.Place, PLACE_ID)}
_runs = itertools.count()


def iter_sources(inputs):
    for item in map(Path, inputs):
        if item.is_dir():
            yield from (Source(str(path), path) for path in sorted(item.glob("*.txt")))
        elif item.exists():
            yield Source(str(item), item)
        else:
            raise UsageError(f"no such file or folder: {item}")


def read(source: Source) -> Document:
    data = source.path.read_bytes()
    text = data.decode("utf-8")
    if text.startswith("BAD"):
        raise InputError(source.name, "not a report")
    return Document(source.path.stem, source.name, text, hashlib.sha256(data).hexdigest())


def build(document: Document, run: RunInfo) -> DocumentGraph:
    graph = Graph(identifier=DOC_ID[document.doc_id])
    graph.add((graph.identifier, RDF.type, NIF.Context))
    graph.add((graph.identifier, NIF.isString, Literal(document.text)))
    for kind, name in _entities(document.text):
        rdf_type, namespace = KINDS[kind]
        node = namespace[hashlib.md5(name.encode()).hexdigest()[:8]]
        graph.add((node, RDF.type, rdf_type))
        graph.add((node, SCHEMA.name, Literal(name, lang="zh")))
        if kind == "person":
            graph.add((node, SCHEMA.affiliation, ORG_ID["shared"]))
    return DocumentGraph(resolved=document, graph=graph)


def validate(doc_graph: DocumentGraph) -> DocumentGraph:
    doc_graph.conforms = "invalid" not in doc_graph.resolved.text
    doc_graph.violations = [] if doc_graph.conforms else ["schema:name: missing"]
    return doc_graph


def new_run() -> RunInfo:
    return RunInfo(run_id=f"test-{time.time_ns()}-{next(_runs)}", started="2026-01-01T00:00:00",
                   software_version="test")


def run_graph(run: RunInfo, documents) -> Graph:
    graph = Graph(identifier=RUN_ID[run.run_id])
    graph.add((graph.identifier, RDF.type, PROV.Activity))
    for document in documents:
        graph.add((graph.identifier, PROV.used, DOC_ID[document.doc_id]))
    return graph


def entity_counts(doc_graphs) -> dict[str, int]:
    counts: dict[str, int] = {}
    for doc_graph in doc_graphs:
        for kind, _ in _entities(doc_graph.resolved.text):
            counts[kind] = counts.get(kind, 0) + 1
    return counts


def _entities(text: str):
    for line in text.splitlines():
        kind, _, name = line.partition(" ")
        if kind in KINDS and name:
            yield kind, name


PIPELINE = Pipeline(iter_sources, (("ingest", read), ("build_graph", build),
                                   ("validate", validate)),
                    new_run, run_graph, entity_counts, (InputError,))


LOADED_IN: list[int] = []  # the processes that ran warm_up, in this process's memory


def warm_up() -> None:
    LOADED_IN.append(os.getpid())


def build_noting_loads(document: Document, run: RunInfo) -> DocumentGraph:
    """``build``, with which processes had loaded the models in the document's graph."""
    doc_graph = build(document, run)
    noted = " ".join(map(str, LOADED_IN)) or "none"
    doc_graph.graph.add((doc_graph.graph.identifier, SCHEMA.description, Literal(noted)))
    return doc_graph


WARMED_PIPELINE = replace(PIPELINE, stages=(("ingest", read), ("build_graph", build_noting_loads),
                                            ("validate", validate)), warm_up=warm_up)


def write_corpus(folder: Path, count: int, start: int = 0) -> list[Path]:
    """``count`` small documents that all name one shared organization."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        path = folder / f"doc{n:04d}.txt"
        path.write_text(f"organization 渝中区政协\nperson 人物{n}\nplace 地点{n % 7}\n",
                        encoding="utf-8")
        paths.append(path)
    return paths
