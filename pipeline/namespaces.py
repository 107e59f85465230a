"""Every namespace the graph speaks, declared once; other modules use terms by name."""
from functools import lru_cache

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD, NamespaceManager


class Vocabulary(Namespace):
    """A namespace of a vocabulary: each term is made once. rdflib's Namespace makes and
    checks a new URIRef at every ``SCHEMA.name``, a tenth of the time to build a graph."""

    def term(self, name: str) -> URIRef:
        return _term(str(self), name)


@lru_cache(maxsize=4096)  # vocabulary terms only: the ID namespaces below are not cached
def _term(namespace: str, name: str) -> URIRef:
    return URIRef(namespace + name)


SCHEMA = Vocabulary("https://schema.org/")
NIF = Vocabulary("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Vocabulary("http://www.w3.org/2005/11/its/rdf#")

BASE = "https://w3id.org/zh-report-kg/"
KG = Vocabulary(BASE + "ontology#")  # the project's own small ontology (schemas/ontology.ttl)
ORG_ID = Namespace(BASE + "org/")
PERSON_ID = Namespace(BASE + "person/")
PLACE_ID = Namespace(BASE + "place/")
EVENT_ID = Namespace(BASE + "event/")
COUNT_ID = Namespace(BASE + "count/")
ROLE_ID = Namespace(BASE + "role/")
MEMBERSHIP_ID = Namespace(BASE + "membership/")
PARTICIPATION_ID = Namespace(BASE + "participation/")
DOC_ID = Namespace(BASE + "doc/")
RUN_ID = Namespace(BASE + "run/")
STAGE_ID = Namespace(BASE + "stage/")
AGENT_ID = Namespace(BASE + "agent/")  # the software, one IRI per version

PREFIXES = {
    "schema": SCHEMA, "org": ORG, "nif": NIF, "itsrdf": ITSRDF, "prov": PROV,
    "owl": OWL, "skos": SKOS, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "dcterms": DCTERMS, "kg": KG,
    "kgorg": ORG_ID, "kgperson": PERSON_ID, "kgplace": PLACE_ID, "kgevent": EVENT_ID,
    "kgcount": COUNT_ID, "kgrole": ROLE_ID, "kgmembership": MEMBERSHIP_ID,
    "kgparticipation": PARTICIPATION_ID, "kgdoc": DOC_ID, "kgrun": RUN_ID, "kgstage": STAGE_ID,
    "kgagent": AGENT_ID,
}


def bind_prefixes(graph):
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    return graph


@lru_cache(maxsize=1)
def shared_names() -> NamespaceManager:
    """The prefixes above, bound once: binding them anew for each document graph took
    a third of the time it takes to build one."""
    return bind_prefixes(Graph(bind_namespaces="none")).namespace_manager


def new_graph(identifier=None) -> Graph:
    """An empty graph with the prefixes above, in rdflib's plain triple store (a graph
    here is one named graph: the context-aware default store only slows each add)."""
    return Graph(store="SimpleMemory", identifier=identifier, namespace_manager=shared_names())
