"""The store and the batch run: incremental, one named graph per document, crash-safe."""
from __future__ import annotations

import multiprocessing
import os

import pyoxigraph as ox
import pytest

from corpus_fakes import PIPELINE, WARMED_PIPELINE, write_corpus
from pipeline.corpus import run_corpus
from pipeline.ingest import UsageError
from pipeline.namespaces import DOC_ID, KG, RUN_ID, SCHEMA
from pipeline.store import KnowledgeStore, open_store


def run(folder, out, **options):
    return run_corpus([folder], out, pipeline=PIPELINE, **options)


def graphs(out, runs: bool = False) -> dict[str, set]:
    """Every named graph of the store as a set of triples (the run records if ``runs``)."""
    store = open_store(out, read_only=True)
    return {name: {(q.subject, q.predicate, q.object) for q in store.quads(name)}
            for name in store.graph_names() if runs or not name.startswith(str(RUN_ID))}


def test_a_run_stores_one_named_graph_per_document(tmp_path):
    write_corpus(tmp_path / "in", 3)
    report = run(tmp_path / "in", tmp_path / "out")
    assert len(report.processed) == 3 and report.exit_code() == 0
    assert set(graphs(tmp_path / "out")) == {str(DOC_ID[f"doc000{n}"]) for n in range(3)}
    assert open_store(tmp_path / "out", read_only=True).index()["doc0001"].sha256


def test_the_run_record_gets_its_own_named_graph(tmp_path):
    write_corpus(tmp_path / "in", 2)
    report = run(tmp_path / "in", tmp_path / "out")
    names = open_store(tmp_path / "out", read_only=True).graph_names()
    assert str(RUN_ID[report.run.run_id]) in names


def test_rerunning_an_unchanged_corpus_skips_every_document(tmp_path):
    write_corpus(tmp_path / "in", 4)
    run(tmp_path / "in", tmp_path / "out")
    before = graphs(tmp_path / "out", runs=True)
    turtle = (tmp_path / "out" / "graph.ttl").stat().st_mtime_ns
    report = run(tmp_path / "in", tmp_path / "out")
    assert len(report.skipped) == 4 and not report.processed
    assert graphs(tmp_path / "out", runs=True) == before
    assert (tmp_path / "out" / "graph.ttl").stat().st_mtime_ns == turtle


def test_a_run_that_stored_documents_compacts_the_store_and_an_unchanged_rerun_does_not(tmp_path, monkeypatch):
    compacted = []
    monkeypatch.setattr(KnowledgeStore, "optimize", lambda store: compacted.append(store.flush()))
    write_corpus(tmp_path / "in", 2)
    run(tmp_path / "in", tmp_path / "out")
    run(tmp_path / "in", tmp_path / "out")
    assert len(compacted) == 1


def test_changing_one_document_replaces_only_its_named_graph(tmp_path):
    doc0, doc1, doc2 = write_corpus(tmp_path / "in", 3)
    run(tmp_path / "in", tmp_path / "out")
    before = graphs(tmp_path / "out")
    doc1.write_text("organization 渝中区政协\nperson 新人\n", encoding="utf-8")
    report = run(tmp_path / "in", tmp_path / "out")
    after = graphs(tmp_path / "out")
    assert [d.doc_id for d in report.processed] == ["doc0001"] and len(report.skipped) == 2
    changed = str(DOC_ID["doc0001"])
    assert after[changed] != before[changed]
    assert {g: t for g, t in after.items() if g != changed} == \
           {g: t for g, t in before.items() if g != changed}
    assert not any("人物1" in str(o) for _, _, o in after[changed])


def test_an_entity_named_by_two_documents_keeps_the_facts_of_the_unchanged_one(tmp_path):
    doc0, doc1 = write_corpus(tmp_path / "in", 2)
    run(tmp_path / "in", tmp_path / "out")
    doc0.write_text("person 另一人\n", encoding="utf-8")  # no longer names 渝中区政协
    run(tmp_path / "in", tmp_path / "out")
    store = open_store(tmp_path / "out", read_only=True)
    ask = 'ASK { ?org schema:name "渝中区政协"@zh }'
    assert store.query(ask)
    assert not store.query(f'ASK {{ GRAPH <{DOC_ID["doc0000"]}> {{ {ask[5:-1]} }} }}')


def test_the_default_graph_is_the_merge_of_the_documents_each_triple_once(tmp_path):
    doc0, doc1, doc2 = write_corpus(tmp_path / "in", 3)  # all three name 渝中区政协
    run(tmp_path / "in", tmp_path / "out")
    count = 'SELECT (COUNT(*) AS ?n) WHERE { ?org schema:name "渝中区政协"@zh }'
    assert next(open_store(tmp_path / "out", read_only=True).query(count))["n"].value == "1"
    for doc in (doc0, doc1, doc2):
        doc.write_text("person 另一人\n", encoding="utf-8")
        run(tmp_path / "in", tmp_path / "out")
    assert next(open_store(tmp_path / "out", read_only=True).query(count))["n"].value == "0"


def test_a_bad_document_is_reported_and_the_batch_goes_on(tmp_path):
    write_corpus(tmp_path / "in", 2)
    (tmp_path / "in" / "broken.txt").write_text("BAD input", encoding="utf-8")
    report = run(tmp_path / "in", tmp_path / "out")
    assert [(f.source, f.reason) for f in report.failures] == \
           [(str(tmp_path / "in" / "broken.txt"), "not a report")]
    assert len(report.processed) == 2 and report.exit_code() == 1


def test_a_second_input_with_the_same_document_id_fails_instead_of_overwriting(tmp_path):
    write_corpus(tmp_path / "in", 1)
    write_corpus(tmp_path / "in" / "copy", 1)  # another doc0000
    report = run_corpus([tmp_path / "in", tmp_path / "in" / "copy"], tmp_path / "out",
                        pipeline=PIPELINE)
    assert len(report.processed) == 1
    assert [f.source for f in report.failures] == [str(tmp_path / "in" / "copy" / "doc0000.txt")]
    assert "document id 'doc0000'" in report.failures[0].reason


def test_shacl_violations_fail_the_run_only_when_strict(tmp_path):
    write_corpus(tmp_path / "in", 1)
    (tmp_path / "in" / "doc0001.txt").write_text("organization invalid\n", encoding="utf-8")
    report = run(tmp_path / "in", tmp_path / "out")
    assert report.nonconforming == ["doc0001"] and report.violations == 1
    assert (report.exit_code(strict=False), report.exit_code(strict=True)) == (0, 1)


def test_an_input_that_does_not_exist_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError):
        run(tmp_path / "missing", tmp_path / "out")


def test_workers_build_the_same_graphs_as_one_process(tmp_path):
    write_corpus(tmp_path / "in", 12)
    run(tmp_path / "in", tmp_path / "one")
    report = run(tmp_path / "in", tmp_path / "two", workers=2)
    assert len(report.processed) == 12
    assert graphs(tmp_path / "two") == graphs(tmp_path / "one")


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                    reason="workers are spawned: each loads the models itself")
def test_workers_start_with_the_models_this_process_loaded(tmp_path):
    write_corpus(tmp_path / "in", 4)
    run_corpus([tmp_path / "in"], tmp_path / "out", workers=2, pipeline=WARMED_PIPELINE)
    store = open_store(tmp_path / "out", read_only=True).store
    notes = {q.object.value for q in store.quads_for_pattern(None, ox.NamedNode(SCHEMA.description), None)}
    assert notes == {str(os.getpid())}  # loaded here once, not again in each worker


def test_workers_write_the_same_exports_as_one_process(tmp_path):
    write_corpus(tmp_path / "in", 6)
    one = run(tmp_path / "in", tmp_path / "one")
    two = run(tmp_path / "in", tmp_path / "two", workers=2)  # exports in processes of their own
    assert set(two.outputs) == set(one.outputs) == {"ttl", "trig", "jsonld", "graphml", "run"}
    for fmt in ("ttl", "trig", "jsonld"):
        assert document_triples(two.outputs[fmt]) == document_triples(one.outputs[fmt])
    graphml = lambda path: path.read_text(encoding="utf-8")
    assert graphml(two.outputs["graphml"]) == graphml(one.outputs["graphml"])
    assert open_store(tmp_path / "two").index().keys() == {f"doc000{n}" for n in range(6)}


def document_triples(path) -> set:
    """The triples of an export that do not describe a run (its id and times differ)."""
    fmt = {".ttl": ox.RdfFormat.TURTLE, ".trig": ox.RdfFormat.TRIG, ".jsonld": ox.RdfFormat.JSON_LD}
    quads = list(ox.parse(path=path, format=fmt[path.suffix]))
    runs = {q.subject for q in quads if str(RUN_ID) in q.subject.value}
    return {(q.subject, q.predicate, q.object) for q in quads
            if q.subject not in runs and q.object not in runs}


def test_a_failed_replacement_leaves_the_old_graph(tmp_path):
    store = open_store(tmp_path)
    graph = str(DOC_ID["doc"])
    store.replace_graph(graph, '<http://ex/a> <http://ex/b> "old" .', "doc", "1")
    with pytest.raises(SyntaxError):
        store.replace_graph(graph, '<http://ex/a> <http://ex/b> "new" . <broken', "doc", "2")
    assert [q.object.value for q in store.quads(graph) if q.subject.value == "http://ex/a"] \
        == ["old"]
    assert store.index()["doc"].sha256 == "1"


def merged(store) -> set:
    return {(q.subject.value, q.predicate.value, q.object.value) for q in store.merged_triples()}


def test_replacing_a_graph_keeps_in_the_merge_what_another_graph_still_states(tmp_path):
    store = open_store(tmp_path)
    one, two = str(DOC_ID["one"]), str(DOC_ID["two"])
    shared = '<http://ex/org> <http://ex/name> "渝中区政协" .\n'
    store.replace_graph(one, shared + '<http://ex/a> <http://ex/b> "only one" .', "one", "1")
    store.replace_graph(two, shared, "two", "1")
    store.replace_graph(one, '<http://ex/a> <http://ex/b> "new" .', "one", "2")
    triples = merged(store)
    assert ("http://ex/org", "http://ex/name", "渝中区政协") in triples  # two still states it
    assert ("http://ex/a", "http://ex/b", "only one") not in triples
    assert ("http://ex/a", "http://ex/b", "new") in triples
    assert (one, str(KG.sha256), "1") not in triples and (one, str(KG.sha256), "2") in triples
    store.replace_graph(two, '<http://ex/c> <http://ex/d> "e" .', "two", "2")
    assert ("http://ex/org", "http://ex/name", "渝中区政协") not in merged(store)


def test_the_merge_is_the_union_of_the_named_graphs(tmp_path):
    write_corpus(tmp_path / "in", 3)
    run(tmp_path / "in", tmp_path / "out")
    (tmp_path / "in" / "doc0001.txt").write_text("person 另一人\n", encoding="utf-8")
    run(tmp_path / "in", tmp_path / "out")
    store = open_store(tmp_path / "out", read_only=True)
    union = {(q.subject.value, q.predicate.value, q.object.value) for q in store.quads()}
    assert merged(store) == union


def test_new_graphs_are_written_in_batches_and_their_hashes_after_them(tmp_path, monkeypatch):
    store = open_store(tmp_path)
    one, two = str(DOC_ID["one"]), str(DOC_ID["two"])
    store.replace_graph(one, '<http://ex/a> <http://ex/b> "one" .', "one", "1")
    store.replace_graph(two, '<http://ex/a> <http://ex/b> "two" .', "two", "1")
    assert len(store.store) == 0  # gathered, not written yet
    with monkeypatch.context() as stopped:  # a run killed after the graphs, before the hashes
        stopped.setattr(store, "store", KilledBeforeHashes(store.store))
        with pytest.raises(KeyboardInterrupt):
            store.flush()
    store._batch, store._batch_stamps = {}, []  # what the killed process held is gone
    assert len(store.store) > 0 and store.index() == {}  # written, but unseen: redone next run
    store.replace_graph(one, '<http://ex/a> <http://ex/b> "one again" .', "one", "2")
    assert ("http://ex/a", "http://ex/b", "one") not in merged(store)
    assert store.index()["one"].sha256 == "2" and "two" not in store.index()


class KilledBeforeHashes:
    """A store whose process dies when it comes to write content hashes."""

    def __init__(self, store):
        self.store = store

    def extend(self, quads):
        raise KeyboardInterrupt

    def __getattr__(self, name):
        return getattr(self.store, name)
