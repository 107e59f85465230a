"""Exports from the store: every format parses back to what the store holds."""
from __future__ import annotations

import csv
import io
import json
from types import SimpleNamespace

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from corpus_fakes import PIPELINE, write_corpus
from pipeline import export as export_module
from pipeline.corpus import run_corpus
from pipeline.export import atomic_write, export
from pipeline.graph import run_graph
from pipeline.namespaces import DCTERMS, DOC_ID, KG, NIF, ORG_ID, PLACE_ID, RDF, SCHEMA
from pipeline.store import graph_ntriples, open_store
from test_graph import RUN, sample_graph, sample_resolved

SHARED_ORG = rdflib.Literal("渝中区政协", lang="zh")


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    folder = tmp_path_factory.mktemp("export")
    write_corpus(folder / "in", 3)
    run_corpus([folder / "in"], folder / "out", pipeline=PIPELINE)
    return folder / "out"


@pytest.fixture(scope="module")
def store(out):
    return open_store(out, read_only=True)


def test_a_run_writes_turtle_trig_jsonld_graphml_and_run_json(out):
    assert {p.name for p in out.iterdir()} >= {"graph.ttl", "graph.trig", "graph.jsonld",
                                              "graph.graphml", "run.json", "store"}


def test_turtle_merges_the_named_graphs_and_states_a_shared_fact_once(out):
    graph = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    assert len(list(graph.subjects(SCHEMA.name, SHARED_ORG))) == 1
    text = (out / "graph.ttl").read_text(encoding="utf-8")
    assert text.count('"渝中区政协"@zh') == 1


def test_trig_keeps_one_named_graph_per_document(out):
    dataset = rdflib.Dataset().parse(out / "graph.trig", format="trig")
    names = {str(g.identifier) for g in dataset.graphs()}
    assert {str(DOC_ID[f"doc000{n}"]) for n in range(3)} <= names


def test_nquads_hold_every_quad_of_the_store(store, tmp_path):
    export(store, "nq", tmp_path / "all.nq")
    dataset = rdflib.Dataset().parse(tmp_path / "all.nq", format="nquads")
    assert len(list(dataset.quads())) == store.triple_count()


def merged_ntriples(store) -> set[str]:
    return {str(ox.Triple(q.subject, q.predicate, q.object)) for q in store.merged_triples()}


def jsonld_ntriples(path) -> set[str]:
    return {str(ox.Triple(q.subject, q.predicate, q.object))
            for q in ox.parse(path=path, format=ox.RdfFormat.JSON_LD)}


def test_jsonld_parses_to_the_merged_graph(out, store):
    assert jsonld_ntriples(out / "graph.jsonld") == merged_ntriples(store)


def test_jsonld_of_a_built_document_and_its_run_parses_to_exactly_the_merged_graph(tmp_path):
    store = open_store(tmp_path / "built")
    for graph in (sample_graph(), run_graph(RUN, [sample_resolved().document])):
        store.replace_graph(str(graph.identifier), graph_ntriples(graph))
    export(store, "jsonld", tmp_path / "built.jsonld")
    assert jsonld_ntriples(tmp_path / "built.jsonld") == merged_ntriples(store)
    text = (tmp_path / "built.jsonld").read_text(encoding="utf-8")
    assert '"reportYear": "2022"' in text
    assert '"headline": {"@value": "2022年渝中区政协工作综述", "@language": "zh"}' in text


def test_graphml_has_labelled_entity_nodes_and_relation_edges(out):
    network = nx.read_graphml(out / "graph.graphml")
    kinds = {data["kind"] for _, data in network.nodes(data=True)}
    assert kinds == {"organization", "person", "place"}
    assert "渝中区政协" in {data["label"] for _, data in network.nodes(data=True)}


def test_csv_has_one_row_per_quad_with_its_graph(store, tmp_path):
    export(store, "csv", tmp_path / "all.csv")
    with open(tmp_path / "all.csv", encoding="utf-8", newline="") as table:
        rows = list(csv.DictReader(table))
    assert len(rows) == store.triple_count()
    assert rows[0].keys() == {"graph", "subject", "predicate", "object", "datatype", "language"}
    assert {"渝中区政协"} == {r["object"] for r in rows if r["predicate"] == str(SCHEMA.name)
                             and r["language"] == "zh" and "渝中" in r["object"]}


def test_an_unknown_format_is_refused(store, tmp_path):
    with pytest.raises(ValueError, match="unknown export format"):
        export(store, "xlsx", tmp_path / "x.xlsx")


def test_a_write_that_fails_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "graph.ttl"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_write(target) as out:
            out.write(b"half")
            raise RuntimeError("killed")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_a_turtle_export_failing_beside_the_others_fails_them_and_keeps_the_old_file(
        store, tmp_path, monkeypatch):
    # Turtle is written in a thread beside the other exports (oxigraph lets go of the GIL).
    def full_disk(_store, path):
        path.write_bytes(b"half")
        raise OSError("No space left on device")

    monkeypatch.setitem(export_module.PATH_WRITERS, "ttl", full_disk)
    (tmp_path / "graph.ttl").write_text("old", encoding="utf-8")
    with pytest.raises(OSError, match="No space left"):
        export_module.write_run_exports(store, tmp_path)
    assert (tmp_path / "graph.ttl").read_text(encoding="utf-8") == "old"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert (tmp_path / "graph.trig").is_file()  # the others were written meanwhile


# The hard cases of compaction, in one small store built by hand.
REPORT, MENTION = DOC_ID["d1"], DOC_ID["d1#offset_3_6"]
REPORTER = "http://example.org/people/li-yi"  # under no prefix of the context
HAND_MADE = f"""
<{REPORT}> <{RDF.type}> <{NIF.Context}> .
<{REPORT}> <{KG.reportYear}> "2022"^^<{rdflib.XSD.gYear}> .
<{REPORT}> <{SCHEMA.startDate}> "2022"^^<{rdflib.XSD.gYear}> .
<{REPORT}> <{SCHEMA.headline}> "渝中区政协工作报告"@zh .
<{REPORT}> <{SCHEMA.alternateName}> "渝中区政协报告"@zh .
<{REPORT}> <{SCHEMA.alternateName}> "区政协报告"@zh .
<{REPORT}> <{DCTERMS.identifier}> "007" .
<{REPORT}> <{SCHEMA.author}> <{REPORTER}> .
<{REPORT}> <{SCHEMA.author}> "记者 李一" .
<{REPORT}> <{SCHEMA.location}> _:venue .
_:venue <{RDF.type}> <{SCHEMA.Place}> .
_:venue <{SCHEMA.name}> "石油路街道"@zh .
_:venue <{SCHEMA.name}> <{PLACE_ID["shiyoulu-subdistrict"]}> .
<{MENTION}> <{NIF.beginIndex}> "3"^^<{rdflib.XSD.nonNegativeInteger}> .
<{MENTION}> <{NIF.endIndex}> "6"^^<{rdflib.XSD.nonNegativeInteger}> .
<{MENTION}> <{NIF.anchorOf}> "区政协" .
<{MENTION}> <{NIF.referenceContext}> <{REPORT}> .
"""


@pytest.fixture
def hand_made(tmp_path):
    store = open_store(tmp_path / "hand-made")
    store.replace_graph(str(REPORT), HAND_MADE)
    export(store, "jsonld", tmp_path / "hand-made.jsonld")
    with open(tmp_path / "hand-made.jsonld", encoding="utf-8") as written:
        return store, json.load(written), tmp_path / "hand-made.jsonld"


def test_jsonld_of_the_hard_cases_parses_back_to_the_same_graph(hand_made):
    store, _, path = hand_made
    merged = rdflib.Graph().parse(data=store.store.dump(format=ox.RdfFormat.N_TRIPLES,
                                                        from_graph=ox.DefaultGraph()),
                                  format="nt")
    assert len(merged) == 17
    assert isomorphic(rdflib.Graph().parse(path, format="json-ld"), merged)


def test_jsonld_is_compacted_with_the_terms_the_values_fit_and_compact_iris_otherwise(
        hand_made):
    _, document, _ = hand_made
    nodes = {node["@id"]: node for node in document["@graph"]}
    venue = next(node for node in nodes.values() if node.get("@type") == "Place")
    assert nodes["kgdoc:d1"] == {
        "@id": "kgdoc:d1",
        "@type": "Context",
        "alternateName": [{"@value": "区政协报告", "@language": "zh"},
                          {"@value": "渝中区政协报告", "@language": "zh"}],
        "author": REPORTER,  # an IRI under no prefix stays whole
        "dcterms:identifier": "007",  # a predicate the context has no term for; never a number
        "headline": {"@value": "渝中区政协工作报告", "@language": "zh"},
        "location": venue["@id"],
        "reportYear": "2022",  # the term coerces to xsd:gYear
        "schema:author": "记者 李一",  # a literal does not fit "author", which coerces to @id
        "startDate": {"@value": "2022", "@type": "xsd:gYear"},
    }
    # Oxigraph keeps a nonNegativeInteger as an xsd:integer, which the terms do not coerce to.
    assert nodes["kgdoc:d1#offset_3_6"] == {
        "@id": "kgdoc:d1#offset_3_6",
        "anchorOf": "区政协",
        "nif:beginIndex": {"@value": "3", "@type": "xsd:integer"},
        "nif:endIndex": {"@value": "6", "@type": "xsd:integer"},
        "referenceContext": "kgdoc:d1",
    }
    assert venue["@id"].startswith("_:")
    assert venue == {"@id": venue["@id"], "@type": "Place",
                     "name": [{"@id": "kgplace:shiyoulu-subdistrict"},  # "name" has no coercion
                              {"@value": "石油路街道", "@language": "zh"}]}
    assert document["@context"] == json.loads(
        export_module.CONTEXT.read_text(encoding="utf-8"))["@context"]


def test_jsonld_follows_the_terms_of_whatever_context_the_file_holds(store, tmp_path,
                                                                    monkeypatch):
    context = {"schema": str(SCHEMA), "kgorg": str(ORG_ID),
               "label": {"@id": "schema:name", "@type": "@id"}, "Org": "schema:Organization"}
    (tmp_path / "context.jsonld").write_text(json.dumps({"@context": context}), encoding="utf-8")
    monkeypatch.setattr(export_module, "CONTEXT", tmp_path / "context.jsonld")
    export(store, "jsonld", tmp_path / "other.jsonld")
    assert jsonld_ntriples(tmp_path / "other.jsonld") == merged_ntriples(store)
    document = json.loads((tmp_path / "other.jsonld").read_text(encoding="utf-8"))
    assert document["@context"] == context
    organization = next(node for node in document["@graph"] if node.get("@type") == "Org")
    assert organization == {"@id": organization["@id"], "@type": "Org",
                            "schema:name": {"@value": "渝中区政协", "@language": "zh"}}
    assert organization["@id"].startswith("kgorg:")


def test_without_a_context_jsonld_is_the_stores_own_dump(store, tmp_path, monkeypatch):
    monkeypatch.setattr(export_module, "CONTEXT", tmp_path / "no-context.jsonld")
    export(store, "jsonld", tmp_path / "plain.jsonld")
    assert jsonld_ntriples(tmp_path / "plain.jsonld") == merged_ntriples(store)
    assert "@context" not in (tmp_path / "plain.jsonld").read_text(encoding="utf-8")


def test_jsonld_is_written_as_the_store_is_read_at_most_one_subject_behind(store):
    written, reads = io.BytesIO(), []  # reads: (subject, bytes written when it came)

    def quads_for_pattern(*pattern):
        for quad in store.store.quads_for_pattern(*pattern):
            if not reads or reads[-1][0] != quad.subject:
                reads.append((quad.subject, written.tell()))
            yield quad

    export_module.write_jsonld(SimpleNamespace(store=SimpleNamespace(
        quads_for_pattern=quads_for_pattern)), written)
    nodes_written = [written.getvalue()[:at].count(b"\n  {") for _, at in reads]
    assert len(reads) > 3
    assert nodes_written == [max(0, n - 1) for n in range(len(reads))]


def test_graphml_is_written_as_it_streams_and_escapes_labels(tmp_path):
    store = open_store(tmp_path)
    org, person = "https://w3id.org/zh-report-kg/org/a", "https://w3id.org/zh-report-kg/person/b"
    store.replace_graph(str(DOC_ID["d"]), "\n".join([
        f"<{org}> <{RDF.type}> <{SCHEMA.Organization}> .",
        f'<{org}> <{SCHEMA.name}> "A & <B> \\"C\\""@zh .',
        f"<{person}> <{RDF.type}> <{SCHEMA.Person}> .",
        f"<{person}> <{SCHEMA.affiliation}> <{org}> ."]), "d", "1")
    export(store, "graphml", tmp_path / "g.graphml")
    network = nx.read_graphml(tmp_path / "g.graphml")
    assert network.nodes[org] == {"kind": "organization", "label": 'A & <B> "C"'}
    assert network.nodes[person]["kind"] == "person"
    assert [(s, o, d["label"]) for s, o, d in network.edges(data=True)] == \
           [(person, org, "affiliation")]
