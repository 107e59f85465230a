"""The embedded persistent store: one named graph per document, in pyoxigraph.

Every write is one SPARQL update, which pyoxigraph applies as one transaction: a
document's graph is dropped and inserted again together with the content hash that
lets the next run skip it, so a run killed at any moment leaves either the old
graph and the old hash or the new graph and the new hash.

The default graph holds the merge of every named graph, kept up to date by the same
update: a triple stated by several documents is in it once. pyoxigraph 0.5's
``use_default_graph_as_union`` instead yields a triple once per graph stating it
(oxigraph issue #1919, fixed after 0.5), which inflates COUNTs and makes joins over
entities named in many documents explode; queries here read the merged default graph.

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

_INDEX_QUERY = f"""
SELECT ?graph ?doc_id ?sha256 WHERE {{
  GRAPH ?graph {{ ?graph <{DCTERMS.identifier}> ?doc_id ; <{KG.sha256}> ?sha256 }}
}}"""


# Take a graph's triples out of the merge, unless another named graph states them too.
_UNMERGE = """DELETE {{ ?s ?p ?o }} WHERE {{
  GRAPH <{graph}> {{ ?s ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{graph}>) }}
}} ;
"""
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


class KnowledgeStore:
    """The named graphs of every document processed so far, their content hashes, and
    their merge in the default graph."""

    def __init__(self, store: ox.Store, path: Optional[Path] = None):
        self.store = store
        self.path = path

    def index(self) -> dict[str, IndexEntry]:
        """doc_id -> the graph and content hash stored for it."""
        return {row["doc_id"].value: IndexEntry(row["graph"].value, row["sha256"].value)
                for row in self.store.query(_INDEX_QUERY)}

    def replace_graph(self, graph: str, ntriples: str,
                      doc_id: Optional[str] = None, sha256: Optional[str] = None) -> None:
        """Replace one named graph, its content hash and its share of the merge, in one
        transaction."""
        stamp = ""
        if doc_id is not None and sha256 is not None:
            stamp = (f"<{graph}> <{DCTERMS.identifier}> {_literal(doc_id)} ; "
                     f"<{KG.sha256}> {_literal(sha256)} .\n")
        self.store.update(_UNMERGE.format(graph=graph)
                          + f"DROP SILENT GRAPH <{graph}> ;\n"
                          + f"INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples}\n{stamp}}} }} ;\n"
                          + f"ADD <{graph}> TO DEFAULT")

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


def _literal(value: str) -> str:
    return str(ox.Literal(value))  # N-Triples syntax, escapes included
