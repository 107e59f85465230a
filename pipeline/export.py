"""Files written from the store: Turtle, TriG, N-Quads, JSON-LD, GraphML and CSV.

Every file is written atomically (a temporary file in the same folder, then
``os.replace``), so a reader, or a run killed half way, never sees half a file.
"""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Callable, Iterator, Union
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from . import paths
from .namespaces import PREFIXES, RDF, SCHEMA
from .store import KnowledgeStore

PathLike = Union[str, Path]
FORMATS = ("ttl", "trig", "nq", "jsonld", "graphml", "csv")
# What a run writes into its output folder, after the store.
RUN_EXPORTS = {"ttl": "graph.ttl", "trig": "graph.trig", "jsonld": "graph.jsonld",
               "graphml": "graph.graphml"}
CONTEXT = paths.SCHEMAS / "context.jsonld"

# The nodes of the GraphML view, by the type the scorer and the ontology share.
NODE_KINDS = {str(SCHEMA.Organization): "organization", str(SCHEMA.Person): "person",
              str(SCHEMA.Place): "place", str(SCHEMA.Event): "event",
              str(SCHEMA.Observation): "count", str(SCHEMA.QuantitativeValue): "count"}

_UMASK = os.umask(0o022)  # read once (the only way to read it), then put back
os.umask(_UMASK)
_PREFIXES = {prefix: str(ns) for prefix, ns in PREFIXES.items()}


@contextmanager
def atomic_write(path: PathLike) -> Iterator[IO[bytes]]:
    """A binary file that replaces ``path`` only once it is completely written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp's 0600 would hide the output from others
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def write_json(path: PathLike, data) -> None:
    with atomic_write(path) as out:
        out.write(json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
        out.write(b"\n")


def export(store: KnowledgeStore, fmt: str, path: PathLike) -> Path:
    """Write the whole store to ``path`` in one of ``FORMATS``."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    with atomic_write(path) as out:
        WRITERS[fmt](store, out)
    return Path(path)


def write_run_exports(store: KnowledgeStore, out_dir: PathLike,
                      only_missing: bool = False) -> dict[str, Path]:
    """The files a run leaves beside the store (``only_missing``: those not there yet)."""
    written = {}
    for fmt, name in RUN_EXPORTS.items():
        path = Path(out_dir) / name
        written[fmt] = path if only_missing and path.is_file() else export(store, fmt, path)
    return written


def write_turtle(store: KnowledgeStore, out: IO[bytes]) -> None:
    """Every named graph merged into one graph (a triple stated twice is written once)."""
    store.store.dump(out, ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=_PREFIXES)


def write_trig(store: KnowledgeStore, out: IO[bytes]) -> None:
    """The named graphs (the merged default graph is derived from them: left out)."""
    ox.serialize(store.quads(), out, ox.RdfFormat.TRIG, prefixes=_PREFIXES)


def write_nquads(store: KnowledgeStore, out: IO[bytes]) -> None:
    ox.serialize(store.quads(), out, ox.RdfFormat.N_QUADS)


def write_jsonld(store: KnowledgeStore, out: IO[bytes]) -> None:
    """The merged graph, compacted with the project's JSON-LD context when there is one.

    Compaction is rdflib's; it runs over a few thousand subjects at a time (the merge
    comes grouped by subject) so that memory stays flat however big the store.
    """
    merged = ox.DefaultGraph()
    if not CONTEXT.is_file():
        store.store.dump(out, ox.RdfFormat.JSON_LD, from_graph=merged)
        return
    context = json.loads(CONTEXT.read_text(encoding="utf-8"))
    context = context.get("@context", context)
    out.write(b'{"@context": ' + json.dumps(context, ensure_ascii=False).encode("utf-8")
              + b',\n "@graph": [')
    first = True
    for chunk in _subject_chunks(store.store.quads_for_pattern(None, None, None, merged)):
        for node in _compacted_nodes(chunk, context):
            out.write((b"\n  " if first else b",\n  ")
                      + json.dumps(node, ensure_ascii=False).encode("utf-8"))
            first = False
    out.write(b"\n]}\n")


def _subject_chunks(quads, size: int = 2000) -> Iterator[list]:
    """Lists of quads holding ``size`` subjects each, every subject whole."""
    chunk, subjects, last = [], 0, None
    for quad in quads:
        if quad.subject != last:
            last, subjects = quad.subject, subjects + 1
            if subjects > size:
                yield chunk
                chunk, subjects = [], 1
        chunk.append(quad)
    if chunk:
        yield chunk


def _compacted_nodes(quads: list, context: dict) -> list:
    import rdflib  # only here: compaction against a context is rdflib's

    graph = rdflib.Graph().parse(data=ox.serialize(
        (ox.Triple(q.subject, q.predicate, q.object) for q in quads),
        format=ox.RdfFormat.N_TRIPLES), format="nt")
    document = json.loads(graph.serialize(format="json-ld", context=context))
    if "@graph" in document:
        return document["@graph"]
    document.pop("@context", None)
    return [document] if document else []


def write_csv(store: KnowledgeStore, out: IO[bytes]) -> None:
    """One row per quad: graph, subject, predicate, object, datatype, language."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    rows = csv.writer(text)
    rows.writerow(["graph", "subject", "predicate", "object", "datatype", "language"])
    for quad in store.quads():
        obj = quad.object
        rows.writerow([term_text(quad.graph_name), term_text(quad.subject),
                       term_text(quad.predicate), term_text(obj),
                       obj.datatype.value if isinstance(obj, ox.Literal) and not obj.language else "",
                       getattr(obj, "language", None) or ""])
    text.flush()
    text.detach()  # leave ``out`` open for atomic_write to sync and close


def write_graphml(store: KnowledgeStore, out: IO[bytes]) -> None:
    """Entities, events and counts as labelled nodes; the relations between them as edges.

    Written element by element as the store answers, so that no network of the whole
    corpus is held in memory (networkx would hold every node and edge).
    """
    out.write(_GRAPHML_HEAD)
    for node, kind, label in entity_nodes(store):
        out.write(f'<node id={quoteattr(node)}>\n  <data key="d0">{escape(kind)}</data>\n'
                  f'  <data key="d1">{escape(label)}</data>\n</node>\n'.encode("utf-8"))
    for subject, predicate, obj in entity_edges(store):
        out.write(f'<edge source={quoteattr(subject)} target={quoteattr(obj)} '
                  f'id={quoteattr(predicate)}>\n  <data key="d2">{escape(predicate)}</data>\n'
                  f'  <data key="d3">{escape(_local_name(predicate))}</data>\n</edge>\n'
                  .encode("utf-8"))
    out.write(b"</graph></graphml>\n")


def entity_nodes(store: KnowledgeStore) -> Iterator[tuple[str, str, str]]:
    """(IRI, kind, label) of each entity, event and count, once each (its first row)."""
    seen: set[str] = set()  # one IRI per entity: grows with entities, not with triples
    for row in store.query(_NODES_QUERY):
        node = row["node"].value
        if node not in seen:
            seen.add(node)
            yield node, NODE_KINDS[row["type"].value], _node_label(row)


def entity_edges(store: KnowledgeStore) -> Iterator[tuple[str, str, str]]:
    """(subject, predicate, object) of each relation between two nodes of the network."""
    for row in store.query(_EDGES_QUERY):
        yield row["s"].value, row["p"].value, row["o"].value


def term_text(term) -> str:
    """A term as a spreadsheet shows it: IRIs and literal values bare, blank nodes as _:id."""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.DefaultGraph):
        return ""
    return term.value


def _node_label(row) -> str:
    if row["name"] is not None:
        return row["name"].value
    parts = [row[name].value for name in ("value", "unit", "item") if row[name] is not None]
    return " ".join(parts) or _local_name(row["node"].value)


def _local_name(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


_GRAPHML_HEAD = b"""<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
<key id="d0" for="node" attr.name="kind" attr.type="string"/>
<key id="d1" for="node" attr.name="label" attr.type="string"/>
<key id="d2" for="edge" attr.name="predicate" attr.type="string"/>
<key id="d3" for="edge" attr.name="label" attr.type="string"/>
<graph edgedefault="directed">
"""
_TYPES = " ".join(f"<{t}>" for t in NODE_KINDS)
_NODES_QUERY = f"""
SELECT ?node ?type ?name ?value ?unit ?item WHERE {{
  VALUES ?type {{ {_TYPES} }}
  ?node a ?type .
  OPTIONAL {{ ?node <{SCHEMA.name}> ?name }}
  OPTIONAL {{ ?node <{SCHEMA.value}> ?value }}
  OPTIONAL {{ ?node <{SCHEMA.unitText}> ?unit }}
  OPTIONAL {{ ?node <{SCHEMA.variableMeasured}> ?item FILTER(isLiteral(?item)) }}
}}"""
_EDGES_QUERY = f"""
SELECT DISTINCT ?s ?p ?o WHERE {{
  VALUES ?ts {{ {_TYPES} }}
  VALUES ?to {{ {_TYPES} }}
  ?s a ?ts . ?o a ?to . ?s ?p ?o .
  FILTER(?p != <{RDF.type}>)
}}"""

WRITERS: dict[str, Callable[[KnowledgeStore, IO[bytes]], None]] = {
    "ttl": write_turtle, "trig": write_trig, "nq": write_nquads, "jsonld": write_jsonld,
    "graphml": write_graphml, "csv": write_csv,
}
