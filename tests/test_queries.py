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

from pipeline.corpus import run_corpus
from pipeline.graph import run_graph
from pipeline.paths import QUERIES
from pipeline.query import (DOCUMENT_PAGING, Page, PageOutOfRange, Paging, QuerySyntaxError,
                            execute, execute_page, list_members, named_queries, page_variable,
                            paging, with_values)
from pipeline.store import KnowledgeStore, open_store
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


def test_figures_by_body():
    assert rdflib_rows("figures_by_body") == [
        ("渝中区政协@zh", "协商建议@zh", "条@zh", "2022", "260^^xsd:integer", "1^^xsd:integer")]


def test_meeting_roles():
    assert rdflib_rows("meeting_roles") == [
        ("“渝事好商量”协商活动现场推进会@zh", "2022-06-24^^xsd:date", "石油路街道@zh", "渝中区政协@zh",
         "王志宏@zh", "主持@zh")]


@pytest.mark.parametrize("name", ["figures_by_body", "meeting_roles"])
def test_both_engines_give_the_same_rows_for_figures_and_meeting_roles(name):
    assert rdflib_rows(name) == oxigraph_rows(name)


# -- paging -------------------------------------------------------------------------------------
#
# A query with a "# page: ?document" line answers for a page of documents at a time: the
# store's documents in IRI order, PAGE_SIZE to a page, put in VALUES ?document { ... } right
# after the query's first WHERE {. A query paged by another variable lists its members with
# its "# page-members:" pattern, and may name them ("# page-unit:") and set its page size.

PAGED = ["counts", "documents", "events", "fact_sentence"]  # by document
PAGED_BY = {"figures_by_body": "bodyName", "meeting_roles": "event", "people": "person",
            "org_hierarchy": "organization"}


@pytest.mark.parametrize("name", PAGED + list(PAGED_BY))
def test_a_page_line_in_the_header_says_which_queries_are_paged_and_by_what(name):
    expected = "document" if name in PAGED else PAGED_BY.get(name)
    assert named_queries()[name].page_variable == expected


def test_the_page_lines_say_what_is_paged_how_its_members_are_listed_and_how_many_a_page():
    header = ("# title: T\n# page: ?person\n# page-unit: person, people\n"
              "# page-members: ?person a schema:Person\n# page-size: 20\n")
    assert paging(header + "SELECT ?person WHERE { ?person ?p ?o }") == Paging(
        "person", "?person a schema:Person", ("person", "people"), 20)
    assert paging("# page: ?event\n# page-members: ?event a schema:Event\n"
                  "# page-unit: event\nSELECT * WHERE { ?event ?p ?o }").unit == ("event", "events")
    # ?document needs no more than its page line: the store's documents, 100 a page
    assert paging("# page: ?document\nSELECT * WHERE { ?document ?p ?o }") == Paging(
        "document", "?document a nif:Context", ("document", "documents"), 100)


@pytest.mark.parametrize("header, message", [
    ("# page: ?person\n", "needs a '# page-members:' line"),
    ("# page: ?person\n# page-members: ?someone a schema:Person\n", "needs a '# page-members:'"),
    ("# page: ?document\n# page-size: none\n", "malformed page size"),
    ("# page: ?document\n# page-unit: a, b, c\n", "malformed page unit"),
])
def test_a_malformed_page_header_is_a_syntax_error(header, message):
    with pytest.raises(QuerySyntaxError, match=message):
        paging(header + "SELECT * WHERE { ?person ?p ?document }")


def test_the_page_line_is_read_from_the_opening_comments_only():
    assert page_variable("# title: T\n#   page:  ?doc \n# page-members: ?doc a nif:Context\n"
                         "SELECT * WHERE { ?doc ?p ?o }") == "doc"
    assert page_variable("# title: T\nSELECT * WHERE {\n# page: ?doc\n?doc ?p ?o }") is None
    with pytest.raises(QuerySyntaxError, match="malformed page line"):
        page_variable("# page: document\nSELECT * WHERE { ?document ?p ?o }")


def test_the_page_goes_right_after_the_first_where_outside_comments_and_strings():
    query = ('# WHERE { in a comment\nSELECT ?s WHERE { ?s ?p "WHERE {" .\n'
             '  { SELECT ?s WHERE { ?s a ?t } } }')
    assert with_values(query, "s", [ox.NamedNode(DOC), ox.NamedNode(COUNT)]) == (
        '# WHERE { in a comment\nSELECT ?s WHERE {\n'
        f'  VALUES ?s {{ <{DOC}> <{COUNT}> }} ?s ?p "WHERE {{" .\n'
        '  { SELECT ?s WHERE { ?s a ?t } } }')


def news(n: int) -> str:
    """A short news item with one figure, 社情民意信息{n}0余篇, as its document news{n-1:04d}."""
    return (f"渝中区政协第{n}次主席会议召开\n\n2022年6月{n}日，渝中区政协召开十五届第{n}次主席会议，"
            f"区政协主席王志宏主持会议。今年以来，区政协共报送社情民意信息{n}0余篇。\n")


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory):
    """Five news items (news0000 … news0004) and four real reports: nine documents."""
    from test_user_questions import REPORTS

    folder = tmp_path_factory.mktemp("in")
    for n in range(1, 6):
        (folder / f"news{n - 1:04d}.txt").write_text(news(n), encoding="utf-8")
    for report in REPORTS:
        (folder / report.name).write_bytes(report.read_bytes())
    out = tmp_path_factory.mktemp("out")
    assert run_corpus([folder], out).exit_code() == 0
    return open_store(out, read_only=True)


NEWS = [BASE + f"doc/news{n:04d}" for n in range(5)]
CORPUS = sorted([*NEWS, *(BASE + f"doc/{report}" for report in (
    "cppcc_meeting_news_2024", "cppcc_review_fenghua_2023", "short_item_meeting",
    "yuzhong_cppcc_2022"))])


def values(result, variable: str) -> list:
    column = result.variables.index(variable)
    return [row[column].value if row[column] is not None else None for row in result.rows]


def as_text(result) -> list[tuple]:
    return [tuple(oxigraph_term(term) for term in row) for row in result.rows]


def unordered(rows: list[tuple]) -> list[tuple]:
    return sorted(rows, key=lambda row: [repr(x) for x in row])


def test_the_documents_of_a_store_are_listed_in_iri_order(corpus_store):
    assert [d.value for d in list_members(corpus_store, DOCUMENT_PAGING)] == CORPUS
    assert CORPUS[2:7] == NEWS


def test_a_page_of_counts_holds_exactly_the_counts_of_its_documents(corpus_store):
    counts = named_queries()["counts"].text
    page = execute_page(corpus_store, counts, page=2, page_size=2)  # news0000 and news0001
    assert page.page == Page(number=2, pages=5, first=3, last=4, members=9)
    assert page.page.describe() == "documents 3–4 of 9 (page 2 of 5)"
    assert values(page, "document") == NEWS[:2]
    assert values(page, "anchor") == ["10余篇", "20余篇"]
    page = execute_page(corpus_store, counts, page=3, page_size=2)
    assert values(page, "anchor") == ["30余篇", "40余篇"]
    last = execute_page(corpus_store, counts, page=5, page_size=2)
    assert set(values(last, "document")) == {CORPUS[8]}  # yuzhong_cppcc_2022, alone
    assert last.page.describe() == "document 9 of 9 (page 5 of 5)" and last.page.next is None


@pytest.mark.parametrize("name", PAGED)
def test_the_pages_of_a_paged_query_together_are_the_whole_query(corpus_store, name):
    query = named_queries()[name].text
    whole = execute_page(corpus_store, query, page=None)
    assert whole.page is None and len(whole) >= 9
    assert as_text(whole) == as_text(execute(corpus_store, query))  # page=None: unpaged
    pages, documents, number = [], [], 1
    while number:
        page = execute_page(corpus_store, query, page=number, page_size=2)
        on_page = CORPUS[2 * number - 2:2 * number]
        assert unordered(as_text(page)) == unordered(
            [row for row, document in zip(as_text(whole), values(whole, "document"))
             if document in on_page])
        pages += as_text(page)
        documents += values(page, "document")
        number = page.page.next
    assert unordered(pages) == unordered(as_text(whole))
    if name != "events":  # the others are ordered by document first: page after page
        assert documents == values(whole, "document")


def test_a_page_past_the_last_is_an_error_that_says_how_many_there_are(corpus_store):
    counts = named_queries()["counts"].text
    with pytest.raises(PageOutOfRange, match=r"no page 6: 9 documents make 5 pages of 2"):
        execute_page(corpus_store, counts, page=6, page_size=2)
    with pytest.raises(PageOutOfRange, match="no page 0"):
        execute_page(corpus_store, counts, page=0)
    assert execute_page(corpus_store, counts).page.describe() == "documents 1–9 of 9 (page 1 of 1)"


def test_a_query_without_a_page_line_runs_whole_as_its_only_page(corpus_store):
    organizations = "PREFIX schema: <https://schema.org/>\nSELECT ?o WHERE { ?o a schema:Organization } ORDER BY ?o"
    assert as_text(execute_page(corpus_store, organizations, page_size=2)) == \
        as_text(execute(corpus_store, organizations))
    with pytest.raises(PageOutOfRange, match="the query is not paged"):
        execute_page(corpus_store, organizations, page=2)



def test_an_event_is_listed_once_under_the_first_document_that_mentions_it():
    store = KnowledgeStore(ox.Store())
    event, a, b = BASE + "event/e", BASE + "doc/a", BASE + "doc/b"
    turtle = f"""@prefix schema: <https://schema.org/> .
        @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
        @prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .
        <{a}> a nif:Context . <{b}> a nif:Context .
        <{event}> a schema:Event ; schema:name "会议"@zh .
        <{b}#offset_0_2> nif:referenceContext <{b}> ; itsrdf:taIdentRef <{event}> .
        <{b}#offset_5_7> nif:referenceContext <{b}> ; itsrdf:taIdentRef <{event}> .
        <{a}#offset_9_11> nif:referenceContext <{a}> ; itsrdf:taIdentRef <{event}> ."""
    store.store.load(turtle.encode(), format=ox.RdfFormat.TURTLE)
    events = named_queries()["events"].text
    assert values(execute_page(store, events, page=None), "document") == [a]
    assert values(execute_page(store, events, page=1, page_size=1), "document") == [a]
    assert execute_page(store, events, page=2, page_size=1).rows == []


# -- paging by person, event and body name ------------------------------------------------------

# The three queries as they ran before they were paged, whole (each pattern a subquery of its own,
# joined by hashing): all the pages of a paged query together give these rows.
# The hierarchy as one query: each organization's depth counted by a subquery over all of them.
WHOLE_HIERARCHY = """
    SELECT ?organization ?name ?parent ?parentName ?depth WHERE {
      ?organization a schema:Organization ; schema:name ?name .
      OPTIONAL { ?organization org:subOrganizationOf ?parent . OPTIONAL { ?parent schema:name ?parentName } }
      OPTIONAL { SELECT ?organization (COUNT(DISTINCT ?ancestor) AS ?above)
                 WHERE { ?organization org:subOrganizationOf+ ?ancestor } GROUP BY ?organization }
      BIND (COALESCE(?above, 0) AS ?depth) }
    ORDER BY ?depth"""
UNPAGED = {
    "figures_by_body": """
        SELECT ?bodyName ?item ?unit ?year (SUM(?value) AS ?total) (COUNT(?count) AS ?figures)
        WHERE {
          { SELECT * WHERE { ?count a schema:Observation } }
          { SELECT * WHERE { ?count schema:value ?value } }
          { SELECT * WHERE { ?count schema:unitText ?unit } }
          { SELECT * WHERE { ?count schema:variableMeasured ?item } }
          { SELECT * WHERE { ?count schema:observationAbout ?body } }
          { SELECT * WHERE { ?body schema:name ?bodyName } }
          MINUS { ?count kg:partOf ?whole }
          OPTIONAL { SELECT * WHERE { ?count schema:observationPeriod ?period } }
          BIND (SUBSTR(STR(?period), 1, 4) AS ?year) }
        GROUP BY ?bodyName ?item ?unit ?year
        ORDER BY ?bodyName ?year ?item ?unit""",
    "meeting_roles": """
        SELECT ?eventName ?date ?placeName ?organizerName ?personName ?role WHERE {
          { SELECT * WHERE { ?event kg:hasParticipation ?participation } }
          { SELECT * WHERE { ?participation kg:participant ?person } }
          { SELECT * WHERE { ?participation kg:participationRole ?role } }
          { SELECT * WHERE { ?person schema:name ?personName } }
          { SELECT * WHERE { ?event a schema:Event } }
          { SELECT * WHERE { ?event schema:name ?eventName } }
          OPTIONAL { SELECT * WHERE { ?event schema:startDate ?date } }
          OPTIONAL { { SELECT * WHERE { ?event schema:location ?place } }
                     { SELECT * WHERE { ?place schema:name ?placeName } }
                     OPTIONAL { ?event schema:location ?room . ?room schema:name ?roomName .
                                FILTER (STRLEN(?roomName) > STRLEN(?placeName)) } }
          FILTER (!BOUND(?room))
          OPTIONAL { { SELECT * WHERE { ?event schema:organizer ?organizer } }
                     { SELECT * WHERE { ?organizer schema:name ?organizerName } } } }
        ORDER BY ?date ?eventName ?role ?personName""",
    "org_hierarchy": WHOLE_HIERARCHY,
    "people": """
        SELECT DISTINCT ?person ?name ?title ?organization ?organizationName WHERE {
          { SELECT * WHERE { ?person a schema:Person } }
          { SELECT * WHERE { ?person schema:name ?name } }
          OPTIONAL { { SELECT * WHERE { ?person schema:jobTitle ?title } }
                     OPTIONAL { SELECT ?person ?title ?heldIn ?heldInName WHERE {
                                  { SELECT * WHERE { ?membership org:member ?person } }
                                  { SELECT * WHERE { ?membership org:role ?role } }
                                  { SELECT * WHERE { ?role rdfs:label ?title } }
                                  { SELECT * WHERE { ?membership org:organization ?heldIn } }
                                  OPTIONAL { ?heldIn schema:name ?heldInName } } } }
          OPTIONAL { { SELECT * WHERE { ?person schema:affiliation ?affiliation } }
                     OPTIONAL { SELECT * WHERE { ?affiliation schema:name ?affiliationName } } }
          BIND (COALESCE(?heldIn, ?affiliation) AS ?organization)
          BIND (IF(BOUND(?heldIn), ?heldInName, ?affiliationName) AS ?organizationName) }
        ORDER BY ?name ?person ?title ?organization""",
}


@lru_cache(maxsize=1)
def sample_store() -> KnowledgeStore:
    """The sample document and its run, in a store as ``kg run`` writes it."""
    store = KnowledgeStore(ox.Store())
    for graph in named_graphs():
        store.replace_graph(str(graph.identifier), graph.serialize(format="nt"))
    return store


def every_page(store, query: str, page_size: int) -> tuple[list[tuple], int]:
    """The rows of all the pages of a paged query, one after the other, and how many pages."""
    rows, number, pages = [], 1, 0
    while number:
        page = execute_page(store, query, page=number, page_size=page_size)
        rows += as_text(page)
        number, pages = page.page.next, pages + 1
    return rows, pages


@pytest.mark.parametrize("name", sorted(PAGED_BY))
def test_the_pages_of_a_query_paged_by_person_event_body_name_or_organization_are_the_unpaged_query(
        corpus_store, name):
    query = named_queries()[name].text
    for store in (sample_store(), corpus_store):
        whole = unordered(as_text(execute(store, UNPAGED[name])))
        assert whole and unordered(as_text(execute_page(store, query, page=None))) == whole
        assert unordered(as_text(execute_page(store, query, page_size=10_000))) == whole
    for page_size in (1, 2):
        rows, pages = every_page(corpus_store, query, page_size)
        assert pages > 2 and unordered(rows) == unordered(
            as_text(execute(corpus_store, UNPAGED[name])))


def test_bodies_that_share_a_name_are_summed_on_the_page_of_that_name():
    store = KnowledgeStore(ox.Store())
    party = [BASE + f"org/party-{n}" for n in range(3)]  # IRIs around another body's
    turtle = "@prefix schema: <https://schema.org/> .\n" + "".join(
        f"""<{BASE}count/c{n}> a schema:Observation ; schema:value {n + 1} ;
              schema:unitText "篇"@zh ; schema:variableMeasured "信息"@zh ;
              schema:observationAbout <{body}> .\n"""
        for n, body in enumerate([party[0], party[2], party[1], party[2]]))
    turtle += (f'<{party[0]}> schema:name "中国共产党"@zh . <{party[2]}> schema:name "中国共产党"@zh .\n'
               f'<{party[1]}> schema:name "区政协"@zh .\n')
    store.store.load(turtle.encode(), format=ox.RdfFormat.TURTLE)
    figures = named_queries()["figures_by_body"].text
    rows, pages = every_page(store, figures, page_size=1)
    assert pages == 2 and unordered(rows) == unordered([
        ("中国共产党@zh", "信息@zh", "篇@zh", None, "7^^xsd:integer", "3^^xsd:integer"),
        ("区政协@zh", "信息@zh", "篇@zh", None, "3^^xsd:integer", "1^^xsd:integer")])


@pytest.mark.parametrize("name, note, past_the_last", [
    ("people", "people 1–2 of 20 (page 1 of 10)", "20 people make 10 pages of 2"),
    ("meeting_roles", "events 1–2 of 10 (page 1 of 5)", "10 events make 5 pages of 2"),
    ("figures_by_body", "body names 1–2 of 7 (page 1 of 4)", "7 body names make 4 pages of 2"),
])
def test_the_page_note_names_what_the_query_is_paged_by(corpus_store, name, note, past_the_last):
    query = named_queries()[name].text
    page = execute_page(corpus_store, query, page_size=2).page
    assert page.describe() == note
    with pytest.raises(PageOutOfRange, match=past_the_last):
        execute_page(corpus_store, query, page=page.pages + 1, page_size=2)


def test_a_query_gives_its_own_page_size_and_the_caller_may_change_it(corpus_store):
    figures = named_queries()["figures_by_body"].text
    assert named_queries()["figures_by_body"].paging.size == 10
    assert named_queries()["fact_sentence"].paging.size == 50
    assert execute_page(corpus_store, figures, page_size=1).page.last == 1
    names = execute_page(corpus_store, figures).page
    assert names.last == min(10, names.members)


# The plain forms of the queries the fast forms were rewritten from (an OPTIONAL of several
# patterns, subqueries, FILTER NOT EXISTS, MIN in a group): the same rows on real reports.
PLAIN = {
    "documents": """
        SELECT ?document ?source ?title ?year ?published ?length ?facts WHERE {
          ?document a nif:Context ; nif:isString ?text .
          OPTIONAL { ?document dcterms:source ?source }
          OPTIONAL { ?document schema:headline ?title }
          OPTIONAL { ?document kg:reportYear ?year }
          OPTIONAL { ?document schema:datePublished ?published }
          BIND (STRLEN(?text) AS ?length)
          { SELECT ?document (COUNT(DISTINCT ?fact) AS ?facts) WHERE {
              ?document a nif:Context .
              OPTIONAL { ?mention nif:referenceContext ?document ; itsrdf:taIdentRef ?fact } }
            GROUP BY ?document } }""",
    "events": """
        SELECT ?event ?name ?kind ?date ?place ?placeName ?organizer ?organizerName ?document
        WHERE {
          { SELECT ?event (MIN(STR(?context)) AS ?firstDocument) WHERE {
              ?event a schema:Event .
              OPTIONAL { ?mention itsrdf:taIdentRef ?event ; nif:referenceContext ?context } }
            GROUP BY ?event }
          ?event schema:name ?name .
          OPTIONAL { ?event a ?kind . FILTER (STRSTARTS(STR(?kind), STR(kg:))) }
          OPTIONAL { ?event schema:startDate ?date }
          OPTIONAL { ?event schema:location ?place . OPTIONAL { ?place schema:name ?placeName }
                     OPTIONAL { ?event schema:location ?room . ?room schema:name ?roomName .
                                FILTER (STRLEN(?roomName) > STRLEN(COALESCE(?placeName, ""))) } }
          FILTER (!BOUND(?room))
          OPTIONAL { ?event schema:organizer ?organizer .
                     OPTIONAL { ?organizer schema:name ?organizerName } }
          BIND (IRI(?firstDocument) AS ?document) }""",
    "fact_sentence": """
        SELECT ?fact ?document ?anchor ?begin ?end ?sentence ?sentenceText ?sentenceBegin ?sentenceEnd
        WHERE {
          ?mention itsrdf:taIdentRef ?fact ; nif:referenceContext ?document ;
                   nif:anchorOf ?anchor ; nif:beginIndex ?begin ; nif:endIndex ?end .
          OPTIONAL { ?mention nif:sentence ?sentence .
                     ?sentence nif:anchorOf ?sentenceText ; nif:beginIndex ?sentenceBegin ;
                               nif:endIndex ?sentenceEnd . } }""",
    "figures_by_body": """
        SELECT ?bodyName ?item ?unit ?year (SUM(?value) AS ?total) (COUNT(?count) AS ?figures)
        WHERE {
          ?count a schema:Observation ; schema:value ?value ; schema:unitText ?unit ;
                 schema:variableMeasured ?item ; schema:observationAbout ?body .
          ?body schema:name ?bodyName .
          FILTER NOT EXISTS { ?count kg:partOf ?whole }
          OPTIONAL { ?count schema:observationPeriod ?period }
          BIND (SUBSTR(STR(?period), 1, 4) AS ?year) }
        GROUP BY ?bodyName ?item ?unit ?year""",
    "meeting_roles": """
        SELECT ?eventName ?date ?placeName ?organizerName ?personName ?role WHERE {
          ?event a schema:Event ; schema:name ?eventName ; kg:hasParticipation ?participation .
          ?participation kg:participant ?person ; kg:participationRole ?role .
          ?person schema:name ?personName .
          OPTIONAL { ?event schema:startDate ?date }
          OPTIONAL { ?event schema:location ?place . ?place schema:name ?placeName
                     OPTIONAL { ?event schema:location ?room . ?room schema:name ?roomName .
                                FILTER (STRLEN(?roomName) > STRLEN(?placeName)) } }
          FILTER (!BOUND(?room))
          OPTIONAL { ?event schema:organizer ?organizer . ?organizer schema:name ?organizerName } }""",
    "org_hierarchy": WHOLE_HIERARCHY,
    "people": """
        SELECT DISTINCT ?person ?name ?title ?organization ?organizationName WHERE {
          ?person a schema:Person ; schema:name ?name .
          OPTIONAL { ?person schema:jobTitle ?title .
                     OPTIONAL { ?membership org:member ?person ; org:role/rdfs:label ?title ;
                                            org:organization ?heldIn .
                                OPTIONAL { ?heldIn schema:name ?heldInName } } }
          OPTIONAL { ?person schema:affiliation ?affiliation .
                     OPTIONAL { ?affiliation schema:name ?affiliationName } }
          BIND (COALESCE(?heldIn, ?affiliation) AS ?organization)
          BIND (IF(BOUND(?heldIn), ?heldInName, ?affiliationName) AS ?organizationName) }""",
}


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_the_fast_form_of_a_query_returns_the_rows_of_its_plain_form(corpus_store, name):
    fast = execute(corpus_store, named_queries()[name].text)
    plain = execute(corpus_store, PLAIN[name])
    assert fast.variables == plain.variables and len(fast) > 5
    assert unordered(as_text(fast)) == unordered(as_text(plain))


def test_an_event_held_in_a_room_and_its_building_is_listed_once_at_the_room(tmp_path):
    source = tmp_path / "meeting.txt"
    source.write_text("3月5日，县政府第四十二次常务会议在县行政中心八楼会议室召开，县长龚维康主持会议。",
                      encoding="utf-8")
    run_corpus([source], tmp_path / "out")
    store = open_store(tmp_path / "out", read_only=True)
    for name in ("events", "meeting_roles"):
        result = execute(store, named_queries()[name].text)
        places = [row[result.variables.index("placeName")] for row in as_text(result)]
        assert places == ["县行政中心八楼会议室@zh"], name
