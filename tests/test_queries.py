"""The named queries of schemas/queries over the sample document, in rdflib and in pyoxigraph.

Both engines see a dataset whose default graph is the union of the named graphs (the
document graph and the run graph), as the queries' headers assume.
"""
from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Literal
from rdflib.namespace import RDF, XSD

from pipeline.graph import run_graph
from pipeline.paths import QUERIES
from test_graph import RUN, TEXT, sample_graph, sample_resolved

BASE = "https://w3id.org/zh-report-kg/"
DOC = BASE + "doc/doc1"
CPPCC = BASE + "org/yuzhong-cppcc"
COMMITTEE = BASE + "org/yuzhong-cppcc-standing-committee"
PLACE = BASE + "place/shiyoulu-subdistrict"
WANG, LI = BASE + "person/wang-zhihong", BASE + "person/li-yi"
EVENT = BASE + "event/2022-06-24-consultation"
COUNT = BASE + "count/doc1-1"


def at(text: str, after: str = "") -> int:
    return TEXT.index(text, TEXT.index(after) if after else 0)


def named_graphs() -> list:
    return [sample_graph(), run_graph(RUN, [sample_resolved().document])]


@lru_cache(maxsize=1)
def rdflib_dataset() -> Dataset:
    dataset = Dataset(default_union=True)
    for graph in named_graphs():
        named = dataset.graph(graph.identifier)
        for triple in graph:
            named.add(triple)
    return dataset


@lru_cache(maxsize=1)
def oxigraph_store() -> ox.Store:
    store = ox.Store()
    for graph in named_graphs():
        store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES,
                   to_graph=ox.NamedNode(str(graph.identifier)))
    return store


def query_text(name: str) -> str:
    return (QUERIES / f"{name}.rq").read_text(encoding="utf-8")


# Terms written the same way for both engines: an IRI as itself, a literal as its
# lexical form with @lang or ^^xsd:type (nothing for xsd:string), unbound as None.

def rdflib_term(term) -> str | None:
    if term is None:
        return None
    if isinstance(term, Literal):
        return literal(str(term), term.language, str(term.datatype or XSD.string))
    return str(term)


def oxigraph_term(term) -> str | None:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return literal(term.value, term.language, term.datatype.value)
    return term.value


def literal(lexical: str, language: str | None, datatype: str) -> str:
    if language:
        return f"{lexical}@{language}"
    if datatype in (str(XSD.string), str(RDF.langString)):
        return lexical
    return f"{lexical}^^xsd:{datatype.removeprefix(str(XSD))}"


def rdflib_rows(name: str) -> list[tuple]:
    result = rdflib_dataset().query(query_text(name))
    return [tuple(rdflib_term(row[v]) for v in result.vars) for row in result]


def oxigraph_rows(name: str) -> list[tuple]:
    solutions = oxigraph_store().query(query_text(name), use_default_graph_as_union=True)
    names = [v.value for v in solutions.variables]
    return [tuple(oxigraph_term(s[n]) for n in names) for s in solutions]


pytestmark = pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning")

QUERY_NAMES = ["counts", "people", "events", "org_hierarchy", "fact_sentence", "documents"]


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_query_files_start_with_a_title_and_a_description(name):
    first, second, third = query_text(name).splitlines()[:3]
    assert first.startswith("# title: ")
    assert second.startswith("# ") and len(second) > 10
    assert "union" in third


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_both_engines_give_the_same_rows(name):
    # Oxigraph stores xsd:nonNegativeInteger as xsd:integer.
    as_stored = [tuple(x.replace("^^xsd:nonNegativeInteger", "^^xsd:integer") if x else x for x in row)
                 for row in rdflib_rows(name)]
    assert as_stored == oxigraph_rows(name)


def test_counts():
    b = at("260余条")
    assert rdflib_rows("counts") == [(
        COUNT, "260^^xsd:integer", "条@zh", "协商建议@zh", "min", "260^^xsd:integer", None,
        CPPCC, "渝中区政协@zh", "2022^^xsd:gYear", DOC, "260余条",
        f"{b}^^xsd:nonNegativeInteger", f"{b + 5}^^xsd:nonNegativeInteger",
    )]


def test_people():
    assert rdflib_rows("people") == [
        (LI, "李一@zh", "记者@zh", None, None),  # names sort by code point: 李 before 王
        (WANG, "王志宏@zh", "主席@zh", CPPCC, "渝中区政协@zh"),
    ]


def test_events():
    assert rdflib_rows("events") == [(
        EVENT, "“渝事好商量”协商活动现场推进会@zh", BASE + "ontology#Consultation",
        "2022-06-24^^xsd:date", PLACE, "石油路街道@zh", CPPCC, "渝中区政协@zh", DOC,
    )]


def test_org_hierarchy():
    assert rdflib_rows("org_hierarchy") == [
        (COMMITTEE, "区政协常委会@zh", CPPCC, "渝中区政协@zh", "1^^xsd:integer"),
        (CPPCC, "渝中区政协@zh", None, None, "0^^xsd:integer"),
    ][::-1]


def nni(n: int) -> str:
    return f"{n}^^xsd:nonNegativeInteger"


def test_fact_sentence_for_every_fact():
    rows = rdflib_rows("fact_sentence")
    assert len(rows) == 9  # 3 + 1 organization mentions, 1 place, 2 people, 1 event, 1 count
    for fact, document, anchor, b, e, sentence, text, sb, se in rows:
        b, e, sb, se = (int(x.split("^^")[0]) for x in (b, e, sb, se))
        assert document == DOC and TEXT[b:e] == anchor and TEXT[sb:se] == text
        assert sb <= b < e <= se and sentence == f"{DOC}#offset_{sb}_{se}"


def test_fact_sentence_for_one_fact():
    query = query_text("fact_sentence").replace("UNDEF", f"<{COUNT}>")
    result = rdflib_dataset().query(query)
    sentence = "全年区政协常委会提出协商建议260余条。"
    b, sb = at("260余条"), at(sentence)
    assert [tuple(rdflib_term(row[v]) for v in result.vars) for row in result] == [(
        COUNT, DOC, "260余条", nni(b), nni(b + 5),
        f"{DOC}#offset_{sb}_{sb + len(sentence)}", sentence, nni(sb), nni(sb + len(sentence)),
    )]


def test_fact_sentence_with_oxigraph_substitution():
    solutions = oxigraph_store().query(
        query_text("fact_sentence"), use_default_graph_as_union=True,
        substitutions={ox.Variable("fact"): ox.NamedNode(WANG)})
    assert [s["sentenceText"].value for s in solutions] == ["区政协主席王志宏\n主持会议。"]


def test_documents():
    assert rdflib_rows("documents") == [(
        DOC, "data/doc1.txt", "2022年渝中区政协工作综述@zh", "2022^^xsd:gYear", None,
        f"{len(TEXT)}^^xsd:integer", "7^^xsd:integer",
    )]
