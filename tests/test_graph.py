"""build_graph and run_graph over a small document built by hand.

``sample_resolved`` is shared with test_validate.py and test_queries.py.
"""
from __future__ import annotations

import json

from rdflib import Graph, Literal, URIRef
from rdflib.compare import to_isomorphic

from pipeline.graph import MentionWriter, build_graph, date_literal, number, run_graph
from pipeline.namespaces import (
    AGENT_ID, COUNT_ID, DCTERMS, DOC_ID, EVENT_ID, ITSRDF, KG, MEMBERSHIP_ID, NIF, ORG, ORG_ID,
    PARTICIPATION_ID, PERSON_ID, PLACE_ID, PROV, RDF, RDFS, ROLE_ID, RUN_ID, SCHEMA, SKOS, STAGE_ID, XSD,
    new_graph,
)
from pipeline.paths import SCHEMAS
from pipeline.run import build
from pipeline.records import (
    CountMention, Credit, Document, DocumentMetadata, Entity, EventMention, Extraction,
    OrgMention, PlaceMention, Resolved, ResolvedCount, ResolvedEvent, RunInfo, Segmented, Span,
)

TITLE = "2022年渝中区政协工作综述"
SENTENCES = [
    TITLE,
    "区政协主席王志宏\n主持会议。",  # a line break inside a sentence: nlp_text drops it
    "6月24日，区政协在石油路街道召开“渝事好商量”协商活动现场推进会。",
    "全年区政协常委会提出协商建议260余条。",
    "文/记者 李一",
]
TEXT = "\n\n".join(SENTENCES) + "\n"
DOC = DOC_ID["doc1"]
RUN = RunInfo(run_id="20221231T000000Z", started="2022-12-31T00:00:00+00:00",
              software_version="0.1.0", stage_seconds={"ingest": 0.5, "segment": 0.25})


def span(text: str, after: str = "", nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``text`` in TEXT after the first occurrence of ``after``."""
    start = TEXT.index(after) if after else 0
    for _ in range(nth + 1):
        start = TEXT.index(text, start)
        found, start = start, start + 1
    return Span(found, found + len(text), text)


def segmented(document: Document) -> Segmented:
    kept = [i for i, ch in enumerate(TEXT) if not (ch == "\n" and TEXT[i - 1] == "宏")]
    nlp_text = "".join(TEXT[i] for i in kept)
    sentences = []
    for sentence in SENTENCES:
        flat = sentence.replace("\n", "")
        start = nlp_text.index(flat)
        sentences.append((start, start + len(flat)))
    return Segmented(document=document, nlp_text=nlp_text, offsets=kept, doc=None,
                     sentences=sentences, paragraphs=sentences)


def sample_resolved() -> Resolved:
    credit = Credit("text", "记者", "李一", None, span("李一"))
    document = Document(doc_id="doc1", source="data/doc1.txt", text=TEXT, sha256="ab" * 32,
                        metadata=DocumentMetadata(title=TITLE, year=2022, credits=[credit]))
    cppcc = OrgMention(span("区政协", "6月"), "区政协")
    place = PlaceMention(span("石油路街道"), "石油路街道")
    entities = {e.key: e for e in [
        Entity("yuzhong-cppcc", "organization", "渝中区政协", aliases=["区政协"],
               mentions=[span("渝中区政协"), span("区政协", "区政协主席"), cppcc.span]),
        Entity("yuzhong-cppcc-standing-committee", "organization", "区政协常委会",
               mentions=[span("区政协常委会")], parent="yuzhong-cppcc"),
        Entity("shiyoulu-subdistrict", "place", "石油路街道", mentions=[place.span]),
        Entity("wang-zhihong", "person", "王志宏", mentions=[span("王志宏")], titles=["主席"],
               affiliation="yuzhong-cppcc", roles=[("主席", "yuzhong-cppcc")]),
        Entity("li-yi", "person", "李一", mentions=[span("李一")], titles=["记者"], roles=[("记者", None)]),
    ]}
    event = EventMention(span("“渝事好商量”协商活动现场推进会"), "“渝事好商量”协商活动现场推进会",
                         "consultation", date="2022-06-24", date_span=span("6月24日"),
                         place=place, organizer=cppcc)
    count = CountMention(span("260余条"), 260.0, "条", item="协商建议", item_span=span("协商建议"),
                         bound="min", min_value=260.0, period="2022")
    extraction = Extraction(segmented=segmented(document), region="渝中区")
    return Resolved(
        extraction=extraction, entities=entities,
        events=[ResolvedEvent("2022-06-24-consultation", event, organizer="yuzhong-cppcc",
                              place="shiyoulu-subdistrict", participants=[("wang-zhihong", "主持")])],
        counts=[ResolvedCount("doc1-1", count, subject="yuzhong-cppcc")],
    )


def sample_graph() -> Graph:
    return build_graph(sample_resolved(), RUN).graph


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def nni(n: int) -> Literal:
    return Literal(n, datatype=XSD.nonNegativeInteger)


def about(graph: Graph, node: URIRef) -> set:
    return set(graph.predicate_objects(node))


# -- the contract ---------------------------------------------------------------------------

def test_graph_is_named_by_the_document():
    assert sample_graph().identifier == DOC


def test_every_sample_span_is_the_text_it_claims():
    resolved = sample_resolved()
    spans = [s for e in resolved.entities.values() for s in e.mentions]
    spans += [resolved.events[0].mention.span, resolved.counts[0].mention.span]
    assert all(TEXT[s.start:s.end] == s.text for s in spans)


def test_contract_organization():
    g = sample_graph()
    o = ORG_ID["yuzhong-cppcc"]
    assert {(o, RDF.type, SCHEMA.Organization), (o, SCHEMA.name, zh("渝中区政协")),
            (o, SCHEMA.alternateName, zh("区政协"))} <= set(g)


def test_contract_person():
    g = sample_graph()
    p = PERSON_ID["wang-zhihong"]
    assert {(p, RDF.type, SCHEMA.Person), (p, SCHEMA.name, zh("王志宏")),
            (p, SCHEMA.jobTitle, zh("主席")), (p, SCHEMA.affiliation, ORG_ID["yuzhong-cppcc"])} <= set(g)


def test_contract_place_and_event():
    g = sample_graph()
    e, place = EVENT_ID["2022-06-24-consultation"], PLACE_ID["shiyoulu-subdistrict"]
    assert {(place, RDF.type, SCHEMA.Place), (place, SCHEMA.name, zh("石油路街道")),
            (e, RDF.type, SCHEMA.Event), (e, SCHEMA.name, zh("“渝事好商量”协商活动现场推进会")),
            (e, SCHEMA.startDate, Literal("2022-06-24", datatype=XSD.date)),
            (e, SCHEMA.location, place), (e, SCHEMA.organizer, ORG_ID["yuzhong-cppcc"])} <= set(g)


def test_contract_document():
    g = sample_graph()
    assert {(DOC, RDF.type, NIF.Context), (DOC, NIF.isString, Literal(TEXT))} <= set(g)


def test_every_fact_node_has_a_true_mention():
    """What score.py checks: each scored node has a mention whose anchor is text[b:e]."""
    g = sample_graph()
    kinds = [SCHEMA.Organization, SCHEMA.Person, SCHEMA.Place, SCHEMA.Event, SCHEMA.Observation]
    nodes = {n for k in kinds for n in g.subjects(RDF.type, k)}
    assert len(nodes) == 7
    for node in nodes:
        mentions = list(g.subjects(ITSRDF.taIdentRef, node))
        assert mentions, node
        for m in mentions:
            assert g.value(m, NIF.referenceContext) == DOC
            b, e = int(g.value(m, NIF.beginIndex)), int(g.value(m, NIF.endIndex))
            assert TEXT[b:e] == str(g.value(m, NIF.anchorOf))


# -- exact triples --------------------------------------------------------------------------

def test_count_triples():
    g = sample_graph()
    c = COUNT_ID["doc1-1"]
    assert about(g, c) == {
        (RDF.type, SCHEMA.Observation), (RDF.type, SCHEMA.QuantitativeValue),
        (SCHEMA.value, Literal(260)), (SCHEMA.minValue, Literal(260)), (KG.bound, Literal("min")),
        (SCHEMA.unitText, zh("条")), (SCHEMA.variableMeasured, zh("协商建议")),
        (SCHEMA.observationAbout, ORG_ID["yuzhong-cppcc"]),
        (SCHEMA.observationPeriod, Literal("2022", datatype=XSD.gYear)),
        (PROV.wasGeneratedBy, STAGE_ID.resolve),
    }


def test_count_mention_and_its_sentence():
    g = sample_graph()
    b = TEXT.index("260余条")
    m = URIRef(f"{DOC}#offset_{b}_{b + 5}")
    sentence = SENTENCES[3]
    sb = TEXT.index(sentence)
    s = URIRef(f"{DOC}#offset_{sb}_{sb + len(sentence)}")
    assert about(g, m) == {
        (RDF.type, NIF.Phrase), (RDF.type, NIF.String), (RDF.type, NIF.OffsetBasedString),
        (NIF.referenceContext, DOC), (NIF.beginIndex, nni(b)), (NIF.endIndex, nni(b + 5)),
        (NIF.anchorOf, Literal("260余条")), (ITSRDF.taIdentRef, COUNT_ID["doc1-1"]),
        (NIF.sentence, s), (PROV.wasGeneratedBy, STAGE_ID.extract),
    }
    assert about(g, s) == {
        (RDF.type, NIF.Sentence), (RDF.type, NIF.String), (RDF.type, NIF.OffsetBasedString),
        (NIF.referenceContext, DOC), (NIF.beginIndex, nni(sb)), (NIF.endIndex, nni(sb + len(sentence))),
        (NIF.anchorOf, Literal(sentence)), (PROV.wasGeneratedBy, STAGE_ID.segment),
    }


def test_sentence_offsets_span_a_removed_line_break():
    g = sample_graph()
    b = TEXT.index("王志宏")
    s = g.value(URIRef(f"{DOC}#offset_{b}_{b + 3}"), NIF.sentence)
    assert str(g.value(s, NIF.anchorOf)) == "区政协主席王志宏\n主持会议。"


def test_person_membership_and_role():
    g = sample_graph()
    p, o = PERSON_ID["wang-zhihong"], ORG_ID["yuzhong-cppcc"]
    membership = MEMBERSHIP_ID["wang-zhihong/yuzhong-cppcc/%E4%B8%BB%E5%B8%AD"]
    role = ROLE_ID["%E4%B8%BB%E5%B8%AD"]
    assert about(g, p) == {
        (RDF.type, SCHEMA.Person), (SCHEMA.name, zh("王志宏")), (SCHEMA.jobTitle, zh("主席")),
        (SCHEMA.affiliation, o), (PROV.wasGeneratedBy, STAGE_ID.resolve),
    }
    assert about(g, membership) == {
        (RDF.type, ORG.Membership), (ORG.member, p), (ORG.organization, o), (ORG.role, role),
        (PROV.wasGeneratedBy, STAGE_ID.resolve),
    }
    assert about(g, role) == {(RDF.type, ORG.Role), (SKOS.prefLabel, zh("主席")), (RDFS.label, zh("主席"))}


def test_title_without_organization_makes_no_membership():
    g = sample_graph()
    assert (PERSON_ID["li-yi"], SCHEMA.jobTitle, zh("记者")) in g
    assert not list(g.subjects(ORG.member, PERSON_ID["li-yi"]))


def test_organization_hierarchy():
    g = sample_graph()
    child, parent = ORG_ID["yuzhong-cppcc-standing-committee"], ORG_ID["yuzhong-cppcc"]
    assert {(child, RDF.type, ORG.OrganizationalUnit), (child, ORG.subOrganizationOf, parent),
            (parent, ORG.hasSubOrganization, child), (child, RDF.type, ORG.FormalOrganization)} <= set(g)
    assert (parent, RDF.type, ORG.OrganizationalUnit) not in g


def test_event_triples_and_participation():
    g = sample_graph()
    e, p = EVENT_ID["2022-06-24-consultation"], PERSON_ID["wang-zhihong"]
    part = PARTICIPATION_ID["2022-06-24-consultation/wang-zhihong/%E4%B8%BB%E6%8C%81"]
    assert about(g, e) == {
        (RDF.type, SCHEMA.Event), (RDF.type, KG.Consultation),
        (SCHEMA.name, zh("“渝事好商量”协商活动现场推进会")),
        (SCHEMA.startDate, Literal("2022-06-24", datatype=XSD.date)),
        (SCHEMA.location, PLACE_ID["shiyoulu-subdistrict"]), (SCHEMA.organizer, ORG_ID["yuzhong-cppcc"]),
        (SCHEMA.attendee, p), (KG.hasParticipation, part), (PROV.wasGeneratedBy, STAGE_ID.resolve),
    }
    assert about(g, part) == {
        (RDF.type, KG.Participation), (KG.participant, p), (KG.participationRole, zh("主持")),
        (PROV.wasGeneratedBy, STAGE_ID.resolve),
    }


def test_document_triples():
    g = sample_graph()
    assert about(g, DOC) == {
        (RDF.type, NIF.Context), (NIF.isString, Literal(TEXT)),
        (NIF.beginIndex, nni(0)), (NIF.endIndex, nni(len(TEXT))),
        (DCTERMS.source, Literal("data/doc1.txt")), (SCHEMA.encodingFormat, Literal("text/plain")),
        (SCHEMA.headline, zh(TITLE)), (KG.reportYear, Literal("2022", datatype=XSD.gYear)),
        (SCHEMA.author, PERSON_ID["li-yi"]), (PROV.wasGeneratedBy, STAGE_ID.ingest),
    }


def test_three_mentions_of_one_organization():
    g = sample_graph()
    anchors = sorted(str(g.value(m, NIF.anchorOf)) for m in g.subjects(ITSRDF.taIdentRef, ORG_ID["yuzhong-cppcc"]))
    assert anchors == ["区政协", "区政协", "渝中区政协"]


# -- determinism ------------------------------------------------------------------------------

def test_two_builds_are_identical_and_have_no_blank_nodes():
    first, second = sample_graph(), build_graph(sample_resolved(), RunInfo("other", "2030-01-01", "9.9")).graph
    assert set(first) == set(second)
    assert to_isomorphic(first) == to_isomorphic(second)
    assert not [t for t in first if any(type(x).__name__ == "BNode" for x in t)]


# -- literals ---------------------------------------------------------------------------------

def test_dates_are_typed_by_precision():
    assert date_literal("2022-06-24").datatype == XSD.date
    assert date_literal("2022-07").datatype == XSD.gYearMonth
    assert date_literal("2022").datatype == XSD.gYear
    assert date_literal("2022-13-45").datatype is None  # left for validation to report
    assert date_literal("6月").datatype is None


def test_numbers_are_integers_when_whole():
    assert number(600000.0) == Literal(600000) and number(600000.0).datatype == XSD.integer
    assert number(2.5).datatype == XSD.decimal and str(number(2.5)) == "2.5"


# -- the run record ---------------------------------------------------------------------------

def test_run_graph():
    document = sample_resolved().document
    g = run_graph(RUN, [document])
    run = RUN_ID["20221231T000000Z"]
    agent = AGENT_ID["zh-report-kg/0.1.0"]
    ingest, segment = URIRef(f"{run}/stage/ingest"), URIRef(f"{run}/stage/segment")
    assert g.identifier == run
    assert {(run, RDF.type, PROV.Activity),
            (run, PROV.startedAtTime, Literal("2022-12-31T00:00:00+00:00", datatype=XSD.dateTime)),
            (run, PROV.wasAssociatedWith, agent), (agent, RDF.type, PROV.SoftwareAgent),
            (agent, SCHEMA.softwareVersion, Literal("0.1.0")),
            (run, PROV.used, DOC), (DOC, SCHEMA.name, Literal("data/doc1.txt")),
            (DOC, KG.sha256, Literal("ab" * 32)),
            (ingest, KG.stage, STAGE_ID.ingest), (ingest, DCTERMS.isPartOf, run),
            (segment, PROV.wasInformedBy, ingest)} <= set(g)
    assert float(g.value(segment, KG.seconds)) == 0.25


# -- the schemas parse, and JSON-LD round-trips with the context ---------------------------

def test_ontology_declares_every_kg_term_the_graph_uses():
    ontology = Graph().parse(SCHEMAS / "ontology.ttl")
    g = sample_graph() + run_graph(RUN, [sample_resolved().document])
    used = {t for triple in g for t in triple if isinstance(t, URIRef) and t.startswith(str(KG))}
    declared = set(ontology.subjects(RDF.type, None))
    assert used and used <= declared, used - declared


def test_json_ld_with_the_context_round_trips():
    g = sample_graph()
    context = json.loads((SCHEMAS / "context.jsonld").read_text(encoding="utf-8"))
    data = g.serialize(format="json-ld", context=context["@context"])
    back = Graph().parse(data=data, format="json-ld")
    assert set(back) == set(g)
    assert '"name"' in data and '"jobTitle"' in data


def test_a_mention_that_is_a_whole_sentence_is_both_a_phrase_and_that_sentence():
    g = new_graph(DOC)
    title = Span(0, len(TITLE), TITLE)
    writer = MentionWriter(g, DOC, [title])
    phrase = writer.add(title, ORG_ID["yuzhong-cppcc"])
    writer.add(Span(4, 9, TITLE[4:9]), ORG_ID["yuzhong-cppcc"])  # the same sentence again
    assert set(g.objects(phrase, RDF.type)) == {NIF.Phrase, NIF.Sentence, NIF.String,
                                                NIF.OffsetBasedString}
    assert set(g.objects(phrase, PROV.wasGeneratedBy)) == {STAGE_ID.extract, STAGE_ID.segment}
    assert len(set(g.subjects(RDF.type, NIF.Sentence))) == 1


def test_a_region_wide_figure_is_about_the_region_and_reported_by_the_reports_body():
    from pipeline.namespaces import KG, SCHEMA
    from pipeline.run import build
    report = build(texts=["洛屏市民政局2024年工作总结\n\n2024年，全市新建社区居家养老服务中心18个。"])
    g = report.graphs[0].graph
    count = next(g.subjects(SCHEMA.unitText, None))
    about = {str(o) for n in g.objects(count, SCHEMA.observationAbout) for o in g.objects(n, SCHEMA.name)}
    reporter = {str(o) for n in g.objects(count, KG.reportedBy) for o in g.objects(n, SCHEMA.name)}
    assert about == {"洛屏市"} and reporter == {"洛屏市民政局"}


def test_a_development_zone_is_a_place_and_a_body_but_a_scenic_area_only_a_place():
    from rdflib import RDF
    from pipeline.namespaces import SCHEMA
    from pipeline.run import build
    g = build(texts=["青湄经济开发区2024年工作回顾\n\n全年青湄经济开发区共签约项目43个，游客到滕头景区参观。"]).graphs[0].graph
    types = {str(name): set(g.objects(node, RDF.type)) for node, name in g.subject_objects(SCHEMA.name)}
    assert {SCHEMA.Place, SCHEMA.Organization} <= types["青湄经济开发区"]
    assert SCHEMA.Organization not in types["滕头景区"]


def test_a_figure_of_an_act_counts_the_items_before_it_and_keeps_the_act_as_its_description():
    from pipeline.run import build
    report = build(texts=[("proposals", "县政协十一届四次会议期间，共收到提案168件，经审查立案151件。")])
    g = report.graphs[0].graph
    [node] = [n for n in g.subjects(SCHEMA.value, Literal(151))]
    assert (set(g.objects(node, SCHEMA.variableMeasured)), set(g.objects(node, SCHEMA.description))) == (
        {zh("提案")}, {zh("经审查立案")})


def test_an_event_held_in_a_room_is_held_in_the_building_the_room_is_named_after():
    from pipeline.run import build
    report = build(texts=[("t", "3月5日，县政府第四十二次常务会议在县行政中心八楼会议室召开。")])
    graph = report.graphs[0].graph
    event = next(graph.subjects(RDF.type, SCHEMA.Event))
    names = sorted(str(graph.value(place, SCHEMA.name)) for place in graph.objects(event, SCHEMA.location))
    assert names == ["县行政中心", "县行政中心八楼会议室"]
    room = next(p for p in graph.objects(event, SCHEMA.location)
                if str(graph.value(p, SCHEMA.name)).endswith("会议室"))
    assert str(graph.value(graph.value(room, SCHEMA.containedInPlace), SCHEMA.name)) == "县行政中心"


def test_a_room_of_a_bodys_premises_puts_the_event_at_that_body():
    from pipeline.run import build
    report = build(texts=[("t", "8月20日，县人民医院在县人民医院五楼学术报告厅召开医共体建设推进会。")])
    graph = report.graphs[0].graph
    event = next(graph.subjects(RDF.type, SCHEMA.Event))
    at = {str(graph.value(p, SCHEMA.name)): set(graph.objects(p, RDF.type))
          for p in graph.objects(event, SCHEMA.location)}
    assert SCHEMA.Place in at["县人民医院五楼学术报告厅"] and SCHEMA.Organization in at["县人民医院"]


def test_people_counted_by_their_attending_are_named_by_that_act_beside_the_groups_listed():
    graph = build(texts=[("t", "标题\n会议在县政府召开。各乡镇分管负责人、项目村党支部书记等60余人参加。")]).graphs[0].graph
    [count] = graph.subjects(SCHEMA.value, None)
    assert {str(o) for o in graph.objects(count, SCHEMA.measuredProperty)} == {"参加人员"}
    assert {str(o) for o in graph.objects(count, SCHEMA.variableMeasured)} == {"各乡镇分管负责人、项目村党支部书记"}
