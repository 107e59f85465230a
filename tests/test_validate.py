"""Each shape of schemas/shapes.ttl rejects a graph broken in the way it is meant to catch."""
from __future__ import annotations

from typing import Callable

import pytest
from rdflib import Graph, Literal, URIRef

from pipeline.graph import build_graph
from pipeline.namespaces import (
    COUNT_ID, EVENT_ID, ITSRDF, KG, NIF, ORG, ORG_ID, PERSON_ID, PLACE_ID, SCHEMA, XSD,
)
from pipeline.records import (
    CountMention, Document, Entity, EventMention, Extraction, Resolved, ResolvedCount,
    ResolvedEvent, Segmented, Span,
)
from pipeline import validate as validate_module
from pipeline.validate import LONG_TEXT, GraphInvalid, check, validate
from test_graph import DOC, RUN, TEXT, sample_graph, sample_resolved

COUNT = COUNT_ID["doc1-1"]
EVENT = EVENT_ID["2022-06-24-consultation"]
CPPCC = ORG_ID["yuzhong-cppcc"]
WANG = PERSON_ID["wang-zhihong"]
PLACE = PLACE_ID["shiyoulu-subdistrict"]
COUNT_AT = TEXT.index("260余条")
COUNT_MENTION = URIRef(f"{DOC}#offset_{COUNT_AT}_{COUNT_AT + 5}")


def violations_of(edit: Callable[[Graph], None]) -> list[str]:
    """The violations of the sample graph after ``edit``; the graph must fail."""
    graph = sample_graph()
    edit(graph)
    conforms, messages = check(graph)
    assert not conforms, "the broken graph passed"
    return messages


def has(messages: list[str], *parts: str) -> bool:
    return any(all(p in m for p in parts) for m in messages)


def test_the_sample_graph_conforms():
    doc_graph = validate(build_graph(sample_resolved(), RUN))
    assert doc_graph.conforms is True
    assert doc_graph.violations == []


def test_count_without_a_value():
    messages = violations_of(lambda g: g.remove((COUNT, SCHEMA.value, None)))
    assert has(messages, "violation: kgcount:doc1-1", "path schema:value", "exactly one schema:value")


def test_count_with_a_text_value():
    messages = violations_of(lambda g: g.set((COUNT, SCHEMA.value, Literal("260余"))))
    assert has(messages, "kgcount:doc1-1", "xsd:integer or xsd:decimal")


def test_count_without_a_unit():
    messages = violations_of(lambda g: g.remove((COUNT, SCHEMA.unitText, None)))
    assert has(messages, "kgcount:doc1-1", "path schema:unitText")


def test_min_value_above_the_value():
    messages = violations_of(lambda g: g.set((COUNT, SCHEMA.minValue, Literal(300))))
    assert has(messages, "kgcount:doc1-1", "path schema:minValue", "above the value")


def test_value_above_the_max_value():
    messages = violations_of(lambda g: g.add((COUNT, SCHEMA.maxValue, Literal(200))))
    assert has(messages, "kgcount:doc1-1", "above the schema:maxValue")


def test_unknown_bound():
    messages = violations_of(lambda g: g.set((COUNT, KG.bound, Literal("least"))))
    assert has(messages, "path kg:bound")


def test_period_of_the_wrong_datatype():
    messages = violations_of(lambda g: g.set((COUNT, SCHEMA.observationPeriod, Literal("2022年"))))
    assert has(messages, "path schema:observationPeriod", "xsd:gYear")


def test_person_without_a_name():
    messages = violations_of(lambda g: g.remove((WANG, SCHEMA.name, None)))
    assert has(messages, "kgperson:wang-zhihong", "path schema:name", "A person needs")


def test_person_affiliated_with_a_place():
    messages = violations_of(lambda g: g.set((WANG, SCHEMA.affiliation, PLACE)))
    assert has(messages, "kgperson:wang-zhihong", "path schema:affiliation")


def test_organization_without_a_name():
    messages = violations_of(lambda g: g.remove((CPPCC, SCHEMA.name, None)))
    assert has(messages, "kgorg:yuzhong-cppcc", "path schema:name", "An organization needs")


def test_place_without_a_name():
    messages = violations_of(lambda g: g.remove((PLACE, SCHEMA.name, None)))
    assert has(messages, "kgplace:shiyoulu-subdistrict", "A place needs")


def test_membership_without_a_role():
    messages = violations_of(lambda g: g.remove((None, ORG.role, None)))
    assert has(messages, "membership/wang-zhihong/yuzhong-cppcc", "path org:role")


def test_event_organized_by_a_place():
    messages = violations_of(lambda g: g.set((EVENT, SCHEMA.organizer, PLACE)))
    assert has(messages, "kgevent:2022-06-24-consultation", "path schema:organizer", "schema:Organization")


def test_event_date_as_plain_text():
    messages = violations_of(lambda g: g.set((EVENT, SCHEMA.startDate, Literal("6月24日"))))
    assert has(messages, "path schema:startDate", "xsd:date, xsd:gYearMonth or xsd:gYear")


def test_event_date_that_is_no_date():
    messages = violations_of(lambda g: g.set((EVENT, SCHEMA.startDate, Literal("2022-13-45", datatype=XSD.date))))
    assert has(messages, "path schema:startDate")


def test_event_without_a_name():
    messages = violations_of(lambda g: g.remove((EVENT, SCHEMA.name, None)))
    assert has(messages, "kgevent:2022-06-24-consultation", "An event needs a schema:name")


def test_mention_whose_anchor_is_not_the_text():
    messages = violations_of(lambda g: g.set((COUNT_MENTION, NIF.anchorOf, Literal("260多条"))))
    assert has(messages, "kgdoc:doc1", f"offset_{COUNT_AT}_{COUNT_AT + 5}",
               "is outside the text or its anchor is not the text there")


def test_mention_shifted_by_one():
    def shift(g: Graph) -> None:
        g.set((COUNT_MENTION, NIF.beginIndex, Literal(COUNT_AT + 1, datatype=XSD.nonNegativeInteger)))
        g.set((COUNT_MENTION, NIF.endIndex, Literal(COUNT_AT + 6, datatype=XSD.nonNegativeInteger)))
    assert has(violations_of(shift), "is outside the text or its anchor is not the text there")


def test_mention_beyond_the_end_of_the_text():
    def beyond(g: Graph) -> None:
        g.set((COUNT_MENTION, NIF.endIndex, Literal(len(TEXT) + 3, datatype=XSD.nonNegativeInteger)))
    assert has(violations_of(beyond), "is outside the text or its anchor is not the text there")


def test_mention_without_offsets():
    messages = violations_of(lambda g: g.remove((COUNT_MENTION, NIF.beginIndex, None)))
    assert has(messages, "path nif:beginIndex")


def test_fact_without_a_mention():
    messages = violations_of(lambda g: g.remove((None, ITSRDF.taIdentRef, COUNT)))
    assert has(messages, "kgcount:doc1-1", "No mention")


def test_document_without_text():
    messages = violations_of(lambda g: g.remove((DOC, NIF.isString, None)))
    assert has(messages, "kgdoc:doc1", "path nif:isString")


def test_warning_fails_only_when_strict():
    def no_item(resolved: Resolved) -> Resolved:
        resolved.counts[0].mention.item = None
        return resolved
    lenient = validate(build_graph(no_item(sample_resolved()), RUN))
    assert lenient.conforms is True
    assert has(lenient.violations, "warning: kgcount:doc1-1", "schema:variableMeasured")
    with pytest.raises(GraphInvalid) as raised:
        validate(build_graph(no_item(sample_resolved()), RUN), strict=True)
    assert has(raised.value.violations, "warning:", "schema:variableMeasured")


def test_messages_are_stable():
    edit = lambda g: g.remove((None, SCHEMA.name, None))  # noqa: E731
    assert violations_of(edit) == violations_of(edit)


# -- speed ------------------------------------------------------------------------------------

def long_document(size: int = 9000) -> Resolved:
    """A ``size``-character document: at 9000, some 200 entities, 40 events and 80 counts."""
    sentences = "区政协主席王志宏主持会议。全年提出协商建议260余条。"
    text = (sentences * (size // len(sentences) + 1))[:size]
    starts = [i + 1 for i, ch in enumerate(text) if ch == "。"]
    sentences = list(zip([0] + starts[:-1], starts))
    document = Document("long", "long.txt", text, "0" * 64)
    segmented = Segmented(document, text, list(range(len(text))), None, sentences, sentences)

    def at(word: str, near: int) -> Span:
        b = text.index(word, near)
        return Span(b, b + len(word), word)

    entities = {}
    for k in range(100):
        entities[f"o{k}"] = Entity(f"o{k}", "organization", f"机构{k}", mentions=[at("区政协", 80 * k)])
        entities[f"p{k}"] = Entity(f"p{k}", "person", f"人{k}", mentions=[at("王志宏", 80 * k)],
                                   titles=["主席"], affiliation=f"o{k}", roles=[("主席", f"o{k}")])
    events = [ResolvedEvent(f"e{k}", EventMention(at("主持会议", 200 * k), "会议", "meeting", date="2022-06"),
                            organizer=f"o{k}", participants=[(f"p{k}", "主持")]) for k in range(40)]
    counts = [ResolvedCount(f"c{k}", CountMention(at("260余条", 100 * k), 260.0, "条", "协商建议", bound="min",
                                                  min_value=260.0, period="2022"), subject=f"o{k}")
              for k in range(80)]
    return Resolved(Extraction(segmented), entities, events, counts)


@pytest.mark.parametrize("size, shapes_used", [(9000, [True]), (LONG_TEXT + 1000, [False])])
def test_a_long_document_has_its_offsets_checked_outside_the_shapes(monkeypatch, size, shapes_used):
    # The shapes' SPARQL offset check is quadratic in the text's length: beyond LONG_TEXT the
    # shapes without it are used (how fast: benchmarks/long_document.py, not a timed test).
    used, compiled = [], validate_module.compiled_shapes
    monkeypatch.setattr(validate_module, "compiled_shapes",
                        lambda with_offsets=True: used.append(with_offsets) or compiled(with_offsets))
    doc_graph = validate(build_graph(long_document(size), RUN))
    assert doc_graph.conforms, doc_graph.violations[:5]
    assert used == shapes_used


@pytest.mark.parametrize("long_text", [False, True])
def test_a_mention_off_its_text_is_reported_the_same_in_short_and_long_documents(
        monkeypatch, long_text):
    # Beyond LONG_TEXT characters offsets are checked in Python, not by SPARQL (quadratic there).
    monkeypatch.setattr("pipeline.validate.LONG_TEXT", 0 if long_text else 10 ** 9)
    messages = violations_of(lambda g: g.set((COUNT_MENTION, NIF.anchorOf, Literal("260多条"))))
    assert messages == [f"violation: kgdoc:doc1: Mention {COUNT_MENTION} [{COUNT_AT}, "
                        f"{COUNT_AT + 5}) is outside the text or its anchor is not the text "
                        "there. (value '260多条')"]
