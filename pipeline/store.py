"""The embedded persistent store: one named graph per document, in pyoxigraph.

A document's graph, the content hash that lets the next run skip it and its share
of the merged default graph are written with pyoxigraph's native calls (no SPARQL
to parse), in an order that makes a run killed at any moment harmless:

1. the old content hash goes first: from then on the document counts as unseen;
2. each triple the new graph no longer states leaves the merge (unless another
   document states it), then leaves the named graph;
3. the new named graph and its copy in the merge are added in one transaction
   (``Store.load`` of N-Quads), the new content hash with them.

A run stopped between 1 and 3 leaves the document without a hash, so the next run
processes it again and this replacement repairs whatever was half done.

A graph the store has never held skips steps 1 and 2: workers prepare its N-Quads
(``document_nquads``) and the process writing the store only loads them.

pyoxigraph keeps what it writes in RocksDB's in-memory tables until they fill up,
which made memory grow with the corpus; the store is flushed to disk every
``FLUSH_EVERY`` graphs, which keeps it flat (and makes writes faster).

The default graph holds the merge of every named graph: a triple stated by several
documents is in it once. pyoxigraph 0.5's ``use_default_graph_as_union`` instead
yields a triple once per graph stating it (oxigraph issue #1919, fixed after 0.5),
which inflates COUNTs and makes joins over entities named in many documents
explode; queries here read the merged default graph.

The content hash lives in the document's own named graph
(``<graph> kg:sha256 "..." ; dcterms:identifier "<doc_id>"``): replacing a document replaces
its hash, and no other graph is ever touched.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional, Union

import pyoxigraph as ox

from .namespaces import DCTERMS, KG, PREFIXES

STORE_DIR = "store"
FLUSH_EVERY = 100  # graphs written between flushes of RocksDB's memory tables

_INDEX_QUERY = f"""
SELECT ?graph ?doc_id ?sha256 WHERE {{
  GRAPH ?graph {{ ?graph <{DCTERMS.identifier}> ?doc_id ; <{KG.sha256}> ?sha256 }}
}}"""

_PREFIXES = {prefix: str(ns) for prefix, ns in PREFIXES.items()}


class StoreError(Exception):
    """The store is missing, locked by another run or unreadable."""


@dataclass(frozen=True)
class IndexEntry:
    graph: str  # the IRI of the document's named graph
    sha256: str  # of the source bytes the graph was built from


def store_path(out_dir: Union[str, Path]) -> Path:
    return Path(out_dir) / STORE_DIR


def open_store(out_dir: Union[str, Path], read_only: bool = False) -> "KnowledgeStore":
    """The store of an output folder; read-only stores must already exist."""
    path = store_path(out_dir)
    if read_only and not path.is_dir():
        raise StoreError(f"no store at {path}: run `kg run` first")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as err:
        raise StoreError(f"cannot open the store at {path}: {err}") from err
    return KnowledgeStore(store, path)


def graph_ntriples(graph) -> str:
    """An rdflib graph as N-Triples text, the form results travel and are stored in."""
    return graph.serialize(format="nt")


def document_nquads(graph: str, ntriples: str, doc_id: Optional[str] = None,
                    sha256: Optional[str] = None) -> bytes:
    """A graph as the store holds it, ready to load: each triple in the named graph and
    once more in the merge, with the content hash (when given) among them.

    Each N-Triples line is written twice as text, not parsed (parsing and writing it
    again took longer than building the graph): the store parses it when it loads
    it, in one transaction, so malformed text is refused and changes nothing.
    """
    lines = {line.strip() for line in ntriples.splitlines()}  # windows may repeat a triple
    lines = {line for line in lines if line and not line.startswith("#")}
    if doc_id is not None and sha256 is not None:
        name = ox.NamedNode(graph)
        lines |= {f"{s} {p} {o} ." for s, p, o in _stamp(name, doc_id, sha256)}
    in_graph = f" <{ox.NamedNode(graph).value}> .\n"
    return "".join(f"{body}{in_graph}{body} .\n"
                   for body in (line[:-1].rstrip() for line in sorted(lines))).encode("utf-8")


class KnowledgeStore:
    """The named graphs of every document processed so far, their content hashes, and
    their merge in the default graph."""

    def __init__(self, store: ox.Store, path: Optional[Path] = None):
        self.store = store
        self.path = path
        self._unflushed = 0  # graphs written since the last flush

    def index(self) -> dict[str, IndexEntry]:
        """doc_id -> the graph and content hash stored for it."""
        return {row["doc_id"].value: IndexEntry(row["graph"].value, row["sha256"].value)
                for row in self.store.query(_INDEX_QUERY)}

    def replace_graph(self, graph: str, ntriples: str,
                      doc_id: Optional[str] = None, sha256: Optional[str] = None) -> None:
        """Replace one named graph, its content hash and its share of the merge (steps
        1 to 3 above).

        The text is parsed before the store is touched: a syntax error leaves the old
        graph and its hash as they were.
        """
        self.put_graph(graph, document_nquads(graph, ntriples, doc_id, sha256))

    def put_graph(self, graph: str, nquads: bytes) -> None:
        """Write one graph from ``document_nquads``: a new graph is loaded in one
        transaction, a stored one replaced step by step (steps 1 to 3 above)."""
        name = ox.NamedNode(graph)
        if self.store.contains_named_graph(name):
            self._take_out_stale(name, nquads)
        self.store.load(nquads, format=ox.RdfFormat.N_QUADS, lenient=True)  # valid: we wrote it
        self._unflushed += 1
        if self._unflushed >= FLUSH_EVERY:
            self.flush()

    def begin_graph(self, graph: str) -> None:
        """Before a long document is written a window at a time: its old hash goes first
        (step 1), then everything its old graph stated; the parts follow with
        ``add_part`` and the hash last with ``stamp``, so a run stopped midway leaves a
        document without a hash, which the next run writes again."""
        name = ox.NamedNode(graph)
        for quad in list(self.store.quads_for_pattern(name, _SHA256, None, name)):
            self._unstate(quad)
        for quad in list(self.store.quads_for_pattern(None, None, None, name)):
            self._unstate(quad)

    def add_part(self, nquads: bytes) -> None:
        """One window's share of a graph (``document_nquads`` without a hash)."""
        self.store.load(nquads, format=ox.RdfFormat.N_QUADS, lenient=True)
        self.flush()  # a long document's parts are large: keep RocksDB's memory tables small

    def stamp(self, graph: str, doc_id: str, sha256: str) -> None:
        """The hash that marks a graph written whole."""
        name = ox.NamedNode(graph)
        self.store.extend([ox.Quad(s, p, o, g) for s, p, o in _stamp(name, doc_id, sha256)
                           for g in (name, ox.DefaultGraph())])

    def _take_out_stale(self, name: ox.NamedNode, nquads: bytes) -> None:
        """Steps 1 and 2: the old hash, then each triple the new graph no longer states."""
        triples = {(q.subject, q.predicate, q.object)
                   for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS) if q.graph_name == name}
        for quad in list(self.store.quads_for_pattern(name, _SHA256, None, name)):
            self._unstate(quad)  # first: a run stopped from here on redoes the document
        for quad in list(self.store.quads_for_pattern(None, None, None, name)):
            if (quad.subject, quad.predicate, quad.object) not in triples:
                self._unstate(quad)

    def _unstate(self, quad: ox.Quad) -> None:
        """Take a quad out of its graph, and its triple out of the merge unless another
        graph states it. The merge goes first, so that an interrupted removal never
        strands a merged triple no graph states."""
        others = (q.graph_name for q in self.store.quads_for_pattern(
            quad.subject, quad.predicate, quad.object, None))
        if not any(g != quad.graph_name and not isinstance(g, ox.DefaultGraph) for g in others):
            self.store.remove(ox.Quad(quad.subject, quad.predicate, quad.object))
        self.store.remove(quad)

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))

    def quads(self, graph: Optional[str] = None) -> Iterator[ox.Quad]:
        """The quads of one named graph, or of every named graph (not the merged copy)."""
        if graph:
            return self.store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
        return (quad for name in self.store.named_graphs()
                for quad in self.store.quads_for_pattern(None, None, None, name))

    def merged_triples(self) -> Iterator[ox.Quad]:
        """The merge of every named graph: each triple once."""
        return self.store.quads_for_pattern(None, None, None, ox.DefaultGraph())

    def triple_count(self) -> int:
        query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
        return int(next(iter(self.store.query(query)))["n"].value)

    def query(self, sparql: str):
        """A SPARQL query whose default graph is the merge of every named graph."""
        return self.store.query(sparql, prefixes=_PREFIXES)

    def flush(self) -> None:
        self.store.flush()
        self._unflushed = 0

    def close(self) -> None:
        """Let go of the database (pyoxigraph closes it with its last reference), so
        that other processes can open it; this object is unusable afterwards."""
        self.flush()
        self.store = None


_SHA256 = ox.NamedNode(str(KG.sha256))
_IDENTIFIER = ox.NamedNode(str(DCTERMS.identifier))


def _stamp(name: ox.NamedNode, doc_id: str, sha256: str) -> set:
    """The triples naming a graph's document and the hash of its source."""
    return {(name, _IDENTIFIER, ox.Literal(doc_id)), (name, _SHA256, ox.Literal(sha256))}
