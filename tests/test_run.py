"""The stage runner: one document, a window at a time when it is long."""
from pathlib import Path

from rdflib import Literal

from pipeline import run, windows
from pipeline.ingest import texts_to_sources
from pipeline.namespaces import NIF, SCHEMA

DATA = Path(__file__).resolve().parent.parent / "data"


def long_report() -> str:
    texts = [(DATA / "yuzhong_cppcc_2022.txt").read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in sorted((DATA / "dev").glob("*.txt"))[:3]]
    return "\n\n".join(texts)


def figures(doc_graph) -> set[tuple[int, int, str]]:
    """(begin, end, anchor) of every count's mention."""
    g = doc_graph.graph
    counts = set(g.subjects(predicate=SCHEMA.unitText))
    out = set()
    for mention in g.subjects(NIF.beginIndex, None):
        node = next(g.objects(mention, run_itsrdf_ref()), None)
        if node in counts:
            out.add((int(g.value(mention, NIF.beginIndex)), int(g.value(mention, NIF.endIndex)),
                     str(g.value(mention, NIF.anchorOf))))
    return out


def run_itsrdf_ref():
    from pipeline.namespaces import ITSRDF
    return ITSRDF.taIdentRef


def process_text(text: str):
    return run.process(next(texts_to_sources([("long", text)])), run.new_run())


def test_a_short_document_is_one_window():
    document = run.read_source(next(texts_to_sources([("short", "区政协召开常委会议。")])))
    assert windows.windows(document) == [document]


def test_windows_cover_the_text_and_end_at_line_ends():
    text = long_report()
    document = run.read_source(next(texts_to_sources([("long", text)])))
    parts = windows.windows(document, size=2000)
    assert parts[0].window[0] == 0 and parts[-1].window[1] == len(text)
    assert all(a.window[1] == b.window[0] for a, b in zip(parts, parts[1:]))
    assert all(text[p.window[1] - 1] == "\n" for p in parts[:-1])


def test_a_long_document_read_in_windows_finds_the_figures_it_finds_whole(monkeypatch):
    text = long_report()
    whole = process_text(text)
    monkeypatch.setattr(windows, "WINDOW", 2000)
    windowed = process_text(text)
    assert figures(windowed) == figures(whole)
    assert len(figures(whole)) > 40
    for begin, end, anchor in figures(windowed):
        assert text[begin:end] == anchor
    (context,) = set(windowed.graph.subjects(NIF.isString, None))
    assert windowed.graph.value(context, NIF.isString) == Literal(text)
    assert windowed.conforms is True


def test_the_notebook_api_gives_a_dataset_with_a_named_graph_per_document_and_the_run():
    import pipeline
    from rdflib.namespace import PROV, RDF

    kg = pipeline.knowledge_graph(texts=[("meeting", "3月5日，区政协召开十届五次常委会议，区政协主席王志宏主持会议。"),
                                         ("report", "全年共收到提案286件。")])
    people = {str(r.n) for r in kg.query(
        "PREFIX schema: <https://schema.org/> SELECT ?n WHERE { GRAPH ?g { ?p a schema:Person ; schema:name ?n } }")}
    assert people == {"王志宏"}
    names = {str(g.identifier) for g in kg.graphs() if len(g)}
    assert any(n.endswith("doc/meeting") for n in names) and any(n.endswith("doc/report") for n in names)
    assert any(True for _ in kg.quads((None, RDF.type, PROV.Activity, None)))


def test_the_notebook_api_names_a_bad_text():
    import pipeline
    import pytest
    from pipeline.ingest import InputError

    with pytest.raises(InputError, match="blank: only whitespace"):
        pipeline.knowledge_graph(texts=[("blank", "   ")])


def test_two_runs_give_the_same_triples_apart_from_the_run_record():
    sample = DATA / "yuzhong_cppcc_2022.txt"
    first, second = run.build([sample]), run.build([sample])
    assert first.info.run_id or second.info.run_id  # each run has its own record…
    assert set(first.graphs[0].graph) == set(second.graphs[0].graph)  # …and the same document graph
    assert len(first.graphs[0].graph) > 1000


def test_a_long_document_goes_into_the_store_a_window_at_a_time_and_whole(tmp_path, monkeypatch):
    from pipeline.corpus import run_corpus
    from pipeline.store import open_store

    def lexical(term) -> str:  # the store reads offsets back as xsd:integer: compare lexical forms
        return term.value if hasattr(term, "__module__") and term.__module__.startswith("pyoxigraph") else str(term)

    def plain(s, p, o) -> tuple[str, str, str]:
        return lexical(s), lexical(p), lexical(o)

    report_file = tmp_path / "long.txt"
    report_file.write_text(long_report(), encoding="utf-8")
    monkeypatch.setattr(windows, "WINDOW", 2000)
    in_memory = run.build([report_file]).graphs[0].graph
    assert run_corpus([report_file], tmp_path / "out").exit_code() == 0
    store = open_store(tmp_path / "out", read_only=True)
    stored = {plain(q.subject, q.predicate, q.object) for q in store.quads(str(in_memory.identifier))}
    hash_triples = {t for t in stored if t[1].endswith(("sha256", "identifier"))}
    assert stored - hash_triples == {plain(*t) for t in in_memory}
    assert len(hash_triples) == 2 and len(stored) > 1000
    assert run_corpus([report_file], tmp_path / "out").skipped == [str(report_file)]  # the hash came last
