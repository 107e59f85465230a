"""Files written from the store: Turtle, TriG, N-Quads, JSON-LD, GraphML and CSV.

Every file is written atomically (a temporary file in the same folder, then
``os.replace``), so a reader, or a run killed half way, never sees half a file.
"""
from __future__ import annotations

import csv
import io
import itertools
import json
import multiprocessing
import os
import re
import tempfile
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import IO, Callable, Iterator, Union
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from . import paths
from .namespaces import PREFIXES, RDF, SCHEMA
from .store import KnowledgeStore, open_store

PathLike = Union[str, Path]
FORMATS = ("ttl", "trig", "nq", "jsonld", "graphml", "csv")
# What a run writes into its output folder, after the store.
RUN_EXPORTS = {"ttl": "graph.ttl", "trig": "graph.trig", "jsonld": "graph.jsonld",
               "graphml": "graph.graphml"}
# Slowest first (on 1,000 documents: 3.8, 2.3, 1.6 and 1.3 s), so that processes writing
# them side by side finish close together.
SLOWEST_FIRST = ("jsonld", "trig", "ttl", "graphml")
CONTEXT = paths.SCHEMAS / "context.jsonld"

# The nodes of the GraphML view, by the type the scorer and the ontology share.
NODE_KINDS = {str(SCHEMA.Organization): "organization", str(SCHEMA.Person): "person",
              str(SCHEMA.Place): "place", str(SCHEMA.Event): "event",
              str(SCHEMA.Observation): "count", str(SCHEMA.QuantitativeValue): "count"}

_UMASK = os.umask(0o022)  # read once (the only way to read it), then put back
os.umask(_UMASK)
_PREFIXES = {prefix: str(ns) for prefix, ns in PREFIXES.items()}


@contextmanager
def atomic_path(path: PathLike) -> Iterator[Path]:
    """A temporary path beside ``path`` that replaces it once written and synced."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp's 0600 would hide the output from others
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


@contextmanager
def atomic_write(path: PathLike) -> Iterator[IO[bytes]]:
    """A binary file that replaces ``path`` only once it is completely written."""
    with atomic_path(path) as tmp, open(tmp, "wb") as out:
        yield out


def write_json(path: PathLike, data) -> None:
    with atomic_write(path) as out:
        out.write(json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
        out.write(b"\n")


def export(store: KnowledgeStore, fmt: str, path: PathLike) -> Path:
    """Write the whole store to ``path`` in one of ``FORMATS``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    store.write_batch()  # the writers read pyoxigraph's store itself
    if fmt in PATH_WRITERS:
        with atomic_path(path) as tmp:
            PATH_WRITERS[fmt](store, tmp)
    else:
        with atomic_write(path) as out:
            WRITERS[fmt](store, out)
    return Path(path)


def write_run_exports(store: KnowledgeStore, out_dir: PathLike,
                      only_missing: bool = False) -> dict[str, Path]:
    """The files a run leaves beside the store (``only_missing``: those not there yet)."""
    wanted, todo = run_exports(out_dir, only_missing)
    store.write_batch()  # here, before two threads read the store
    beside = {fmt: todo.pop(fmt) for fmt in list(todo) if fmt in PATH_WRITERS}
    with ThreadPoolExecutor(1) as thread:  # oxigraph writes these without the GIL
        done = [thread.submit(export, store, fmt, path) for fmt, path in beside.items()]
        for fmt, path in todo.items():
            export(store, fmt, path)
        for written in done:
            written.result()
    return wanted


def write_run_exports_in_processes(out_dir: PathLike, workers: int,
                                   only_missing: bool = False) -> dict[str, Path]:
    """The same files, each written by one of ``workers`` processes reading the store.

    The store must be closed in this process: RocksDB lets several processes read a
    store, but none while another one writes it.
    """
    wanted, todo = run_exports(out_dir, only_missing)
    if todo:
        # Spawned, not forked: they open the store, and RocksDB's threads, which this
        # process keeps once it has opened a store, would be missing from a fork.
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(min(workers, len(todo)), mp_context=context) as pool:
            for done in [pool.submit(_export_from_folder, out_dir, fmt, todo[fmt])
                         for fmt in sorted(todo, key=SLOWEST_FIRST.index)]:
                done.result()  # a failed export fails the run here, as it does in one process
    return wanted


def run_exports(out_dir: PathLike, only_missing: bool = False) -> tuple[dict, dict]:
    """Every run export by format, and those to write now."""
    wanted = {fmt: Path(out_dir) / name for fmt, name in RUN_EXPORTS.items()}
    return wanted, {fmt: path for fmt, path in wanted.items()
                    if not (only_missing and path.is_file())}


def _export_from_folder(out_dir: PathLike, fmt: str, path: Path) -> Path:
    return export(open_store(out_dir, read_only=True), fmt, path)


def write_turtle(store: KnowledgeStore, path: Path) -> None:
    """Every named graph merged into one graph (a triple stated twice is written once).
    Given a path, not a Python file, oxigraph writes it without holding the GIL."""
    store.store.dump(str(path), ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(),
                     prefixes=_PREFIXES)


def write_trig(store: KnowledgeStore, out: IO[bytes]) -> None:
    """The named graphs (the merged default graph is derived from them: left out)."""
    ox.serialize(store.quads(), out, ox.RdfFormat.TRIG, prefixes=_PREFIXES)


def write_nquads(store: KnowledgeStore, out: IO[bytes]) -> None:
    ox.serialize(store.quads(), out, ox.RdfFormat.N_QUADS)


def write_jsonld(store: KnowledgeStore, out: IO[bytes]) -> None:
    """The merged graph, compacted with the project's JSON-LD context when there is one.

    One node object per subject, written as the store yields the merge (grouped by
    subject), so that memory stays flat however big the store.
    """
    merged = ox.DefaultGraph()
    if not CONTEXT.is_file():
        store.store.dump(out, ox.RdfFormat.JSON_LD, from_graph=merged)
        return
    context = json.loads(CONTEXT.read_text(encoding="utf-8"))
    context = context.get("@context", context)
    compactor = JsonLdCompactor(context)
    out.write(b'{"@context": ' + json.dumps(context, ensure_ascii=False).encode("utf-8")
              + b',\n "@graph": [')
    separator = b"\n  "
    quads = store.store.quads_for_pattern(None, None, None, merged)
    for subject, about in itertools.groupby(quads, key=attrgetter("subject")):
        out.write(separator + json.dumps(compactor.node(subject, about),
                                         ensure_ascii=False).encode("utf-8"))
        separator = b",\n  "
    out.write(b"\n]}\n")


class JsonLdCompactor:
    """Node objects in the compact form a JSON-LD context of prefixes and terms gives them.

    The context may hold prefixes (``"schema": "https://schema.org/"``), plain terms
    (``"name": "schema:name"``) and terms that coerce their values (``"@type"`` being
    ``"@id"`` or a datatype IRI). Terms with anything else (@container, @language,
    @reverse ...) are left unused; a context that changes how every plain string reads
    (@language, @vocab ...) is refused. A value that does not fit the coercion of its
    predicate's term goes, in expanded form, under a plain term or the predicate's compact
    IRI: what is written always reads back as exactly the triples it came from.
    """

    def __init__(self, context: dict):
        if not isinstance(context, dict):
            raise ValueError("the JSON-LD context must be one object")
        refused = [key for key in _REFUSED_CONTEXT_KEYS if key in context]
        if refused:
            raise ValueError(f"JSON-LD contexts with {', '.join(refused)} are not supported")
        self.names = {name for name in context if not name.startswith("@")}
        definitions = sorted(((name, d) for name, d in _term_definitions(context).items() if d),
                             key=lambda item: (len(item[0]), item[0]))  # shortest term first
        self._terms: dict[str, list[tuple[str, str | None]]] = {}  # IRI -> (term, coercion)
        self._namespaces: dict[str, str] = {}  # IRI -> prefix
        for name, (iri, coercion, prefix) in definitions:
            self._terms.setdefault(iri, []).append((name, coercion))
            if prefix and not set(name) & set(":/") and name != "_":
                self._namespaces.setdefault(iri, name)
        longest_first = sorted(self._namespaces, key=len, reverse=True)
        self._namespace = re.compile("|".join(map(re.escape, longest_first))).match \
            if longest_first else (lambda iri: None)
        # Bounded caches: IRIs repeat (types, predicates, the nodes many facts point to).
        self._node_id = lru_cache(maxsize=1 << 14)(self._compact_node_id)
        self._vocab = lru_cache(maxsize=1 << 12)(self._compact_vocab)
        self._plan = lru_cache(maxsize=1 << 12)(self._predicate_plan)

    def node(self, subject, quads) -> dict:
        """The node object of ``subject`` from the quads stating its facts."""
        types, values = [], {}
        for quad in quads:
            predicate, obj = quad.predicate.value, quad.object
            kind = type(obj)
            if predicate == _RDF_TYPE and kind is ox.NamedNode:
                types.append(self._vocab(obj.value))
                continue
            id_term, other, typed = self._plan(predicate)
            if kind is ox.Literal:
                if obj.language:
                    key, value = other, {"@value": obj.value, "@language": obj.language}
                else:
                    datatype = obj.datatype.value
                    key, value = typed.get(datatype), obj.value
                    if key is None:
                        key = other
                        if datatype != _XSD_STRING:
                            value = {"@value": obj.value, "@type": self._vocab(datatype)}
            elif id_term:
                key, value = id_term, self._ref(obj)
            else:
                key, value = other, {"@id": self._ref(obj)}
            values.setdefault(key, []).append(value)
        node = {"@id": self._ref(subject)}
        if types:
            node["@type"] = types[0] if len(types) == 1 else sorted(types)
        for key in sorted(values):
            found = values[key]
            node[key] = found[0] if len(found) == 1 else sorted(found, key=_value_order)
        return node

    def _ref(self, term) -> str:
        """An IRI or blank node where JSON-LD reads an @id."""
        if type(term) is ox.NamedNode:
            return self._node_id(term.value)
        if type(term) is ox.BlankNode:
            return "_:" + term.value
        raise ValueError(f"JSON-LD cannot hold {term} as a node")

    def _compact_node_id(self, iri: str) -> str:
        """``prefix:local`` when a prefix matches (the longest), else the IRI itself."""
        match = self._namespace(iri)
        if match:
            local = iri[match.end():]
            if not local.startswith("//"):  # would read as an absolute IRI
                return f"{self._namespaces[match.group()]}:{local}"
        scheme, _, rest = iri.partition(":")
        if scheme in self.names and not rest.startswith("//"):
            raise ValueError(f"<{iri}> would read as a compact IRI with this JSON-LD context")
        return iri

    def _compact_vocab(self, iri: str) -> str:
        """A type or datatype: its term when the context has one, else its compact IRI."""
        terms = self._terms.get(iri)
        return terms[0][0] if terms else self._key(iri)

    def _key(self, iri: str) -> str:
        """The compact IRI of a predicate, or the IRI, whichever no term of the context
        would take for its own."""
        for key in (self._node_id(iri), iri):
            if key not in self.names:
                return key
        raise ValueError(f"<{iri}> would read as a term of this JSON-LD context")

    def _predicate_plan(self, predicate: str) -> tuple[str | None, str, dict[str, str]]:
        """(the term coercing to @id, the key of values in expanded form, {datatype: the
        term coercing to it}) for one predicate."""
        id_term, plain, typed = None, None, {}
        for name, coercion in self._terms.get(predicate, ()):
            if coercion is None:
                plain = plain or name
            elif coercion == "@id":
                id_term = id_term or name
            else:
                typed.setdefault(coercion, name)
        return id_term, plain or self._key(predicate), typed


_RDF_TYPE = str(RDF.type)
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_REFUSED_CONTEXT_KEYS = ("@language", "@direction", "@vocab", "@import")
_TERM_KEYS = {"@id", "@type", "@prefix", "@protected"}
_GEN_DELIMS = ":/?#[]@"


def _term_definitions(context: dict) -> dict[str, tuple[str, str | None, bool] | None]:
    """term -> (IRI, coercion: None, "@id" or a datatype IRI, usable as a prefix), or None
    for a term the compactor leaves unused."""
    done: dict[str, tuple[str, str | None, bool] | None] = {}

    def expand(value, seen: frozenset) -> str | None:
        if not isinstance(value, str) or value.startswith("@"):
            return None  # a keyword, or its alias
        prefix, colon, suffix = value.partition(":")
        if not colon:
            found = define(value, seen) if value in context else None
            return found[0] if found else None  # a relative IRI: no @vocab to resolve it
        if prefix == "_":
            return None
        if suffix.startswith("//") or prefix not in context:
            return value
        found = define(prefix, seen)
        return found[0] + suffix if found else None

    def define(name: str, seen: frozenset = frozenset()):
        if name not in done and name not in seen:
            seen = seen | {name}
            raw, found = context[name], None
            if isinstance(raw, str):
                iri = expand(raw, seen)
                found = (iri, None, iri[-1] in _GEN_DELIMS) if iri else None
            elif isinstance(raw, dict) and set(raw) <= _TERM_KEYS:
                iri = expand(raw["@id"], seen) if "@id" in raw \
                    else expand(name, seen) if ":" in name else None
                coercion = raw.get("@type")
                if coercion is not None and coercion != "@id":
                    coercion = expand(coercion, seen) or ""  # @vocab, @json...: unused
                if iri and coercion != "":
                    found = (iri, coercion, raw.get("@prefix") is True)
            done[name] = found
        return done.get(name)

    return {name: define(name) for name in context if not name.startswith("@")}


def _value_order(value) -> tuple[int, str]:
    if isinstance(value, str):
        return 0, value
    return 1, json.dumps(value, ensure_ascii=False, sort_keys=True)


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

PATH_WRITERS: dict[str, Callable[[KnowledgeStore, Path], None]] = {"ttl": write_turtle}
WRITERS: dict[str, Callable[[KnowledgeStore, IO[bytes]], None]] = {
    "trig": write_trig, "nq": write_nquads, "jsonld": write_jsonld,
    "graphml": write_graphml, "csv": write_csv,
}
