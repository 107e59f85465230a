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
(``document_nquads``), and the process writing the store gathers those of up to
``BATCH_GRAPHS`` new graphs (or ``BATCH_SECONDS`` of them) and writes them with one
``bulk_load`` (RocksDB files written directly: 2.5x faster than a transaction each), then
their content hashes in one transaction. ``bulk_load`` is not atomic, but the hashes
come last: a run stopped during it leaves graphs without a hash, which the next run
processes again and replaces. Reading methods write what is gathered first.

pyoxigraph keeps what ``load`` writes in RocksDB's in-memory tables until they fill
up, which made memory grow with the corpus; the store is flushed to disk at least
every ``BATCH_GRAPHS`` graphs, which keeps it flat (and makes writes faster).

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

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional, Union

import pyoxigraph as ox

from .namespaces import DCTERMS, KG, PREFIXES

STORE_DIR = "store"
BATCH_GRAPHS = 100  # new graphs written at once; graphs written between flushes
BATCH_SECONDS = 5.0  # ... or fewer, so that a run killed midway redoes seconds of work

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


def document_nquads(graph: str, ntriples: str) -> bytes:
    """A graph as the store holds it, ready to load: each triple in the named graph and
    once more in the merge.

    The text is parsed here (not in the process writing the store), so malformed
    text fails before the store is touched; the N-Quads are then written from its
    lines as text, which is faster than writing the parsed triples again.
    """
    for _ in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES):
        pass
    lines = {line.strip() for line in ntriples.splitlines()}  # windows may repeat a triple
    lines = {line for line in lines if line and not line.startswith("#")}
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
        self._batch: dict[str, bytes] = {}  # new graphs not written yet, by IRI
        self._batch_began = 0.0  # time.monotonic() of the first of them
        self._batch_stamps: list[ox.Quad] = []  # their hashes, written after them

    def index(self) -> dict[str, IndexEntry]:
        """doc_id -> the graph and content hash stored for it."""
        self.write_batch()
        return {row["doc_id"].value: IndexEntry(row["graph"].value, row["sha256"].value)
                for row in self.store.query(_INDEX_QUERY)}

    def replace_graph(self, graph: str, ntriples: str,
                      doc_id: Optional[str] = None, sha256: Optional[str] = None) -> None:
        """Replace one named graph, its content hash and its share of the merge (steps
        1 to 3 above).

        The text is parsed before the store is touched: a syntax error leaves the old
        graph and its hash as they were.
        """
        self.put_graph(graph, document_nquads(graph, ntriples), doc_id, sha256)

    def put_graph(self, graph: str, nquads: bytes, doc_id: Optional[str] = None,
                  sha256: Optional[str] = None) -> None:
        """Write one graph from ``document_nquads`` with its content hash (when given):
        a new graph joins the batch, a stored one is replaced step by step (steps 1 to
        3 above)."""
        name = ox.NamedNode(graph)
        stamp = _stamp_quads(name, doc_id, sha256) if doc_id and sha256 else []
        if graph in self._batch:
            self.write_batch()
        if not self.store.contains_named_graph(name):
            self._batch_began = self._batch_began if self._batch else time.monotonic()
            self._batch[graph] = nquads
            self._batch_stamps += stamp
            if (len(self._batch) >= BATCH_GRAPHS
                    or time.monotonic() - self._batch_began >= BATCH_SECONDS):
                self.flush()
            return
        nquads += ox.serialize(stamp, format=ox.RdfFormat.N_QUADS)
        self._take_out_stale(name, nquads)
        self.store.load(nquads, format=ox.RdfFormat.N_QUADS, lenient=True)  # valid: we wrote it
        self._unflushed += 1
        if self._unflushed >= BATCH_GRAPHS:
            self.flush()

    def write_batch(self) -> None:
        """The gathered new graphs in one bulk load, then their hashes in a transaction."""
        if self._batch:
            self.store.bulk_load(b"".join(self._batch.values()), format=ox.RdfFormat.N_QUADS,
                                 lenient=True)  # valid: document_nquads parsed it
            self.store.extend(self._batch_stamps)
            self._batch, self._batch_stamps = {}, []

    def begin_graph(self, graph: str) -> None:
        """Before a long document is written a window at a time: its old hash goes first
        (step 1), then everything its old graph stated; the parts follow with
        ``add_part`` and the hash last with ``stamp``, so a run stopped midway leaves a
        document without a hash, which the next run writes again."""
        self.write_batch()
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
        self.store.extend(_stamp_quads(ox.NamedNode(graph), doc_id, sha256))

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
        self.write_batch()
        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))

    def quads(self, graph: Optional[str] = None) -> Iterator[ox.Quad]:
        """The quads of one named graph, or of every named graph (not the merged copy)."""
        self.write_batch()
        if graph:
            return self.store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
        return (quad for name in self.store.named_graphs()
                for quad in self.store.quads_for_pattern(None, None, None, name))

    def merged_triples(self) -> Iterator[ox.Quad]:
        """The merge of every named graph: each triple once."""
        self.write_batch()
        return self.store.quads_for_pattern(None, None, None, ox.DefaultGraph())

    def triple_count(self) -> int:
        self.write_batch()
        query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
        return int(next(iter(self.store.query(query)))["n"].value)

    def query(self, sparql: str):
        """A SPARQL query whose default graph is the merge of every named graph."""
        self.write_batch()
        return self.store.query(sparql, prefixes=_PREFIXES)

    def flush(self) -> None:
        self.write_batch()
        self.store.flush()
        self._unflushed = 0

    def optimize(self) -> None:
        """Compact the database after a run's writes: RocksDB leaves them in many small files,
        and reading across them made the named queries on 10,000 documents about twice as slow
        (counts' first page 270 ms against 130 ms compacted; compacting took 22 s)."""
        self.flush()
        self.store.optimize()

    def close(self) -> None:
        """Let go of the database (pyoxigraph closes it with its last reference), so
        that other processes can open it; this object is unusable afterwards."""
        self.flush()
        self.store = None


_SHA256 = ox.NamedNode(str(KG.sha256))
_IDENTIFIER = ox.NamedNode(str(DCTERMS.identifier))


def _stamp_quads(name: ox.NamedNode, doc_id: str, sha256: str) -> list[ox.Quad]:
    """The triples naming a graph's document and the hash of its source, in the graph
    and in the merge."""
    return [ox.Quad(name, predicate, ox.Literal(value), graph)
            for predicate, value in ((_IDENTIFIER, doc_id), (_SHA256, sha256))
            for graph in (name, ox.DefaultGraph())]
