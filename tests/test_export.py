"""Exports from the store: every format parses back to what the store holds."""
from __future__ import annotations

import csv

import networkx as nx
import pytest
import rdflib

from corpus_fakes import PIPELINE, write_corpus
from pipeline.corpus import run_corpus
from pipeline.export import atomic_write, export
from pipeline.namespaces import DOC_ID, RDF, SCHEMA
from pipeline.store import open_store

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


def test_jsonld_parses_to_the_merged_graph(out):
    merged = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    graph = rdflib.Graph().parse(out / "graph.jsonld", format="json-ld")
    assert len(graph) == len(merged)


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


def test_jsonld_is_compacted_a_few_subjects_at_a_time_without_losing_any(store, tmp_path,
                                                                         monkeypatch):
    from pipeline import export as module

    whole = module._subject_chunks
    monkeypatch.setattr(module, "_subject_chunks", lambda quads: whole(quads, size=2))
    export(store, "jsonld", tmp_path / "small-chunks.jsonld")
    graph = rdflib.Graph().parse(tmp_path / "small-chunks.jsonld", format="json-ld")
    assert len(graph) == len(list(store.merged_triples()))


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
