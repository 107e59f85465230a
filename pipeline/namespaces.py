"""Every namespace the graph speaks, declared once; other modules use terms by name."""
from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, XSD, DCTERMS, ORG, SKOS

SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")

BASE = "https://w3id.org/zh-report-kg/"
KG = Namespace(BASE + "ontology#")  # the project's own small ontology (schemas/ontology.ttl)
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
