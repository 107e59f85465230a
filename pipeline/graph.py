"""One document's named graph, and the PROV-O record of a run.

``build_graph`` writes what the resolver found in one document as schema.org, W3C ORG
and NIF triples in a graph named by the document's IRI. Every fact node carries NIF
mentions (offsets into the original text) and the sentence each mention sits in.

The document graph is a function of the ``Resolved`` record alone: IRIs are derived
from keys and offsets, there are no blank nodes and no timestamps, so two runs over
the same text give the same triples. What changes from run to run (when, which
version, how long each stage took) goes to ``run_graph``, in the run's own graph.
"""
from __future__ import annotations

import bisect
import re
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Iterable, Optional
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef

from . import lexicon
from .namespaces import (
    AGENT_ID, COUNT_ID, DCTERMS, DOC_ID, EVENT_ID, ITSRDF, KG, MEMBERSHIP_ID, NIF, ORG,
    ORG_ID, PARTICIPATION_ID, PERSON_ID, PLACE_ID, PROV, RDF, RDFS, ROLE_ID, RUN_ID, SCHEMA,
    SKOS, STAGE_ID, XSD, new_graph,
)
from .records import (
    Credit, Document, DocumentGraph, Entity, Resolved, ResolvedCount, ResolvedEvent,
    RunInfo, Segmented, Span,
)

SOFTWARE_NAME = "zh-report-kg"

ENTITY_IDS = {"organization": ORG_ID, "place": PLACE_ID, "person": PERSON_ID}
ENTITY_CLASSES = {
    "organization": (SCHEMA.Organization, ORG.FormalOrganization),
    "place": (SCHEMA.Place,),
    "person": (SCHEMA.Person,),
}
EVENT_CLASSES = {
    "meeting": KG.Meeting, "inspection": KG.Inspection, "consultation": KG.Consultation,
    "ceremony": KG.Ceremony, "campaign": KG.Campaign, "research": KG.Research,
    "visit": KG.Visit, "training": KG.Training, "exhibition": KG.Exhibition,
}

# The stage that produced each kind of node. Stage IRIs are stable, not per run.
INGEST, SEGMENT, EXTRACT, RESOLVE = (STAGE_ID[s] for s in ("ingest", "segment", "extract", "resolve"))


# -- terms ------------------------------------------------------------------------------

def key_part(key: str) -> str:
    """A key as one IRI path segment (keys are meant to be ASCII-safe already)."""
    return quote(key, safe="-._~")


def slug(label: str) -> str:
    """A stable IRI segment for a Chinese label such as a title or a role verb."""
    return quote(label, safe="")


def doc_iri(doc_id: str) -> URIRef:
    return DOC_ID[key_part(doc_id)]


def entity_iri(key: str, kind: str) -> URIRef:
    return ENTITY_IDS[kind][key_part(key)]


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def offset(n: int) -> Literal:
    return Literal(n, datatype=XSD.nonNegativeInteger)


def number(value: float) -> Literal:
    """xsd:integer for whole numbers (260, not 260.0), else xsd:decimal."""
    if float(value).is_integer():
        return Literal(int(value))
    return Literal(Decimal(str(value)))


_DATE_FORMS = ((re.compile(r"\d{4}-\d{2}-\d{2}"), XSD.date),
               (re.compile(r"\d{4}-(0[1-9]|1[0-2])"), XSD.gYearMonth),
               (re.compile(r"\d{4}"), XSD.gYear))


def date_literal(iso: str) -> Literal:
    """xsd:date, xsd:gYearMonth or xsd:gYear by the precision of ``iso``.

    Anything else stays a plain string, so that validation reports it rather than
    the graph silently losing the date.
    """
    for pattern, datatype in _DATE_FORMS:
        if pattern.fullmatch(iso) and (datatype != XSD.date or _is_calendar_date(iso)):
            return Literal(iso, datatype=datatype)
    return Literal(iso)


def _is_calendar_date(iso: str) -> bool:
    try:
        date.fromisoformat(iso)
    except ValueError:
        return False
    return True


class EntityRefs:
    """IRIs of entities by key, typed by the kind the resolver gave them."""

    def __init__(self, entities: dict[str, Entity]):
        self.entities = entities

    def __call__(self, key: str, default_kind: str = "organization") -> URIRef:
        entity = self.entities.get(key)
        return entity_iri(key, entity.kind if entity else default_kind)

    def named(self, name: Optional[str], kind: str) -> Optional[URIRef]:
        """The entity of ``kind`` called ``name`` (its name or an alias), if any."""
        for entity in self.entities.values():
            if entity.kind == kind and name and (name == entity.name or name in entity.aliases):
                return entity_iri(entity.key, kind)
        return None


# -- mentions and sentences ---------------------------------------------------------------

def sentence_spans(segmented: Segmented) -> list[Span]:
    """The sentences in original-text offsets, in order."""
    return sorted((segmented.span(b, e) for b, e in segmented.sentences if e > b),
                  key=lambda s: (s.start, s.end))


class MentionWriter:
    """NIF offset strings in one context: a phrase per mention, linked to its sentence."""

    def __init__(self, graph: Graph, context: URIRef, sentences: list[Span]):
        self.graph = graph
        self.context = context
        self.sentences = sentences
        self.starts = [s.start for s in sentences]
        self.written: set[tuple[int, int, URIRef]] = set()  # a sentence holds many mentions

    def add(self, span: Span, node: URIRef) -> URIRef:
        phrase = self.string(span, NIF.Phrase, EXTRACT)
        self.graph.add((phrase, ITSRDF.taIdentRef, node))
        sentence = self.sentence_of(span)
        if sentence is not None:
            self.graph.add((phrase, NIF.sentence, self.string(sentence, NIF.Sentence, SEGMENT)))
        return phrase

    def string(self, span: Span, kind: URIRef, stage: URIRef) -> URIRef:
        node = URIRef(f"{self.context}#offset_{span.start}_{span.end}")
        if (span.start, span.end, kind) in self.written:
            return node
        self.written.add((span.start, span.end, kind))
        g = self.graph
        for cls in (kind, NIF.String, NIF.OffsetBasedString):
            g.add((node, RDF.type, cls))
        g.add((node, NIF.referenceContext, self.context))
        g.add((node, NIF.beginIndex, offset(span.start)))
        g.add((node, NIF.endIndex, offset(span.end)))
        g.add((node, NIF.anchorOf, Literal(span.text)))
        g.add((node, PROV.wasGeneratedBy, stage))
        return node

    def sentence_of(self, span: Span) -> Optional[Span]:
        i = bisect.bisect_right(self.starts, span.start) - 1
        if i >= 0 and span.start < self.sentences[i].end:
            return self.sentences[i]
        return None


# -- the document --------------------------------------------------------------------------

def add_document(g: Graph, document: Document, refs: EntityRefs) -> URIRef:
    ctx = doc_iri(document.doc_id)
    g.add((ctx, RDF.type, NIF.Context))
    g.add((ctx, NIF.isString, Literal(document.text)))
    g.add((ctx, NIF.beginIndex, offset(0)))
    g.add((ctx, NIF.endIndex, offset(len(document.text))))
    g.add((ctx, DCTERMS.source, Literal(document.source)))
    if re.match(r"(https?|file)://", document.source):
        g.add((ctx, NIF.sourceUrl, URIRef(document.source)))
    g.add((ctx, SCHEMA.encodingFormat, Literal(document.media_type)))
    g.add((ctx, PROV.wasGeneratedBy, INGEST))
    add_metadata(g, ctx, document)
    for credit in document.metadata.credits:
        add_credit(g, ctx, credit, refs)
    return ctx


def add_metadata(g: Graph, ctx: URIRef, document: Document) -> None:
    # The title is schema:headline: schema:name of a document is its source (run graph).
    meta = document.metadata
    if meta.title:
        g.add((ctx, SCHEMA.headline, zh(meta.title)))
    if meta.subtitle:
        g.add((ctx, SCHEMA.alternativeHeadline, zh(meta.subtitle)))
    if meta.year:
        g.add((ctx, KG.reportYear, Literal(f"{meta.year:04d}", datatype=XSD.gYear)))
    if meta.date:
        g.add((ctx, SCHEMA.datePublished, date_literal(meta.date)))


def add_credit(g: Graph, ctx: URIRef, credit: Credit, refs: EntityRefs) -> None:
    """文/记者 李一: the author (for photos, a contributor), linked when the resolver kept them."""
    if credit.name:
        who = refs.named(credit.name, "person")
    else:
        who = refs.named(credit.organization, "organization")
    if who is not None:
        prop = SCHEMA.author if credit.contribution == "text" else SCHEMA.contributor
        g.add((ctx, prop, who))
    else:  # an unresolved credit is kept as text, not lost
        credited = "".join(filter(None, (credit.role, credit.name or credit.organization)))
        g.add((ctx, SCHEMA.creditText, zh(credited)))


# -- entities ---------------------------------------------------------------------------

def add_entity(g: Graph, entity: Entity, refs: EntityRefs) -> URIRef:
    node = entity_iri(entity.key, entity.kind)
    for cls in ENTITY_CLASSES[entity.kind]:
        g.add((node, RDF.type, cls))
    if entity.governed or (entity.kind == "place" and is_zone(entity.name)):
        # 柳荫街道开展…, 开发区共签约项目43个: the subdistrict or zone is a place and the body that runs it
        for cls in ENTITY_CLASSES["organization"]:
            g.add((node, RDF.type, cls))
    g.add((node, SCHEMA.name, zh(entity.name)))
    for alias in entity.aliases:
        g.add((node, SCHEMA.alternateName, zh(alias)))
    g.add((node, PROV.wasGeneratedBy, RESOLVE))
    if entity.parent and entity.kind == "organization":
        add_suborganization(g, node, refs(entity.parent))
    elif entity.parent and entity.kind == "place":
        g.add((node, SCHEMA.containedInPlace, refs(entity.parent, "place")))
    if entity.kind == "person":
        add_person(g, node, entity, refs)
    return node


def is_zone(name: str) -> bool:
    """经济开发区, 产业园: a zone run by a body of its own, which reports speak of as a body
    (开发区共签约项目43个)."""
    return name.endswith(_governed_zones())


@lru_cache(maxsize=1)
def _governed_zones() -> tuple[str, ...]:
    return tuple(lexicon.places()["governed_zones"])


def add_suborganization(g: Graph, child: URIRef, parent: URIRef) -> None:
    g.add((child, RDF.type, ORG.OrganizationalUnit))
    g.add((child, ORG.subOrganizationOf, parent))
    g.add((parent, ORG.hasSubOrganization, child))


def add_person(g: Graph, person: URIRef, entity: Entity, refs: EntityRefs) -> None:
    for title in entity.titles:
        g.add((person, SCHEMA.jobTitle, zh(title)))
    if entity.affiliation:
        g.add((person, SCHEMA.affiliation, refs(entity.affiliation)))
    for title, org_key in entity.roles:
        if org_key:  # an org:Membership needs an organization; the title alone is a jobTitle
            add_membership(g, person, entity.key, title, org_key, refs)


def add_membership(g: Graph, person: URIRef, person_key: str, title: str, org_key: str,
                   refs: EntityRefs) -> URIRef:
    membership = MEMBERSHIP_ID[f"{key_part(person_key)}/{key_part(org_key)}/{slug(title)}"]
    g.add((membership, RDF.type, ORG.Membership))
    g.add((membership, ORG.member, person))
    g.add((membership, ORG.organization, refs(org_key)))
    g.add((membership, ORG.role, add_role(g, title)))
    g.add((membership, PROV.wasGeneratedBy, RESOLVE))
    return membership


def add_role(g: Graph, title: str) -> URIRef:
    role = ROLE_ID[slug(title)]
    g.add((role, RDF.type, ORG.Role))
    g.add((role, SKOS.prefLabel, zh(title)))
    g.add((role, RDFS.label, zh(title)))
    return role


# -- events -----------------------------------------------------------------------------

def add_event(g: Graph, event: ResolvedEvent, refs: EntityRefs) -> URIRef:
    mention = event.mention
    node = EVENT_ID[key_part(event.key)]
    g.add((node, RDF.type, SCHEMA.Event))
    if mention.category in EVENT_CLASSES:
        g.add((node, RDF.type, EVENT_CLASSES[mention.category]))
    g.add((node, SCHEMA.name, zh(mention.name)))
    for alias in dict.fromkeys(span.text.replace("\n", "") for span in event.repeated):
        if alias != mention.name:  # 村民代表大会 in the headline, 第一次村民代表大会 in the lead
            g.add((node, SCHEMA.alternateName, zh(alias)))
    g.add((node, PROV.wasGeneratedBy, RESOLVE))
    if mention.date:
        g.add((node, SCHEMA.startDate, date_literal(mention.date)))
    if event.place:
        g.add((node, SCHEMA.location, refs(event.place, "place")))
    if event.within:  # held in a room: held in its building too
        g.add((node, SCHEMA.location, refs(event.within, "place")))
    if event.organizer:
        g.add((node, SCHEMA.organizer, refs(event.organizer)))
    for person_key, role in event.participants:
        add_participation(g, node, event.key, refs(person_key, "person"), person_key, role)
    return node


def add_participation(g: Graph, event: URIRef, event_key: str, person: URIRef,
                      person_key: str, role: str) -> URIRef:
    """schema:attendee for schema.org readers; a kg:Participation keeps the role (主持, 出席…)."""
    participation = PARTICIPATION_ID[f"{key_part(event_key)}/{key_part(person_key)}/{slug(role)}"]
    g.add((event, SCHEMA.attendee, person))
    g.add((event, KG.hasParticipation, participation))
    g.add((participation, RDF.type, KG.Participation))
    g.add((participation, KG.participant, person))
    g.add((participation, KG.participationRole, zh(role)))
    g.add((participation, PROV.wasGeneratedBy, RESOLVE))
    return participation


# -- counts -----------------------------------------------------------------------------

def add_count(g: Graph, count: ResolvedCount, refs: EntityRefs, reported_by: Optional[str] = None) -> URIRef:
    """The figure, what it counts, what it is about (a body, or a region for 全市…) and the body
    whose report states it."""
    mention = count.mention
    node = COUNT_ID[key_part(count.key)]
    g.add((node, RDF.type, SCHEMA.Observation))
    g.add((node, RDF.type, SCHEMA.QuantitativeValue))
    g.add((node, SCHEMA.value, number(mention.value)))
    g.add((node, SCHEMA.unitText, zh(mention.unit)))
    g.add((node, PROV.wasGeneratedBy, RESOLVE))
    if mention.item:
        g.add((node, SCHEMA.variableMeasured, zh(mention.item)))
    if mention.comparison:
        g.add((node, SCHEMA.description, zh(mention.comparison)))  # 11.2% is the 同比增长 of its item
    if mention.act:
        g.add((node, SCHEMA.description, zh(mention.act)))  # 151件 提案, 立案: what was done to them
    if mention.role:
        g.add((node, SCHEMA.measuredProperty, zh(mention.role)))  # 60余人参加: the 参加人员 are counted
    if count.subject:
        g.add((node, SCHEMA.observationAbout, refs(count.subject)))
    if reported_by:
        g.add((node, KG.reportedBy, refs(reported_by)))
    if mention.period:
        g.add((node, SCHEMA.observationPeriod, date_literal(mention.period)))
    if count.part_of:
        g.add((node, KG.partOf, COUNT_ID[key_part(count.part_of)]))
    add_bounds(g, node, mention.value, mention.bound, mention.min_value, mention.max_value)
    return node


def add_bounds(g: Graph, node: URIRef, value: float, bound: Optional[str],
               min_value: Optional[float], max_value: Optional[float]) -> None:
    """260余条 is at least 260: a min bound without its own figure is bounded by the value."""
    if bound:
        g.add((node, KG.bound, Literal(bound)))
    if min_value is None and bound == "min":
        min_value = value
    if max_value is None and bound == "max":
        max_value = value
    if min_value is not None:
        g.add((node, SCHEMA.minValue, number(min_value)))
    if max_value is not None:
        g.add((node, SCHEMA.maxValue, number(max_value)))


# -- the two entry points -----------------------------------------------------------------

def build_graph(resolved: Resolved, run: RunInfo) -> DocumentGraph:
    """The document's named graph. ``run`` is not read: document triples are run-free."""
    document = resolved.document
    graph = new_graph(doc_iri(document.doc_id))
    refs = EntityRefs(resolved.entities)
    context = add_document(graph, document, refs)
    mentions = MentionWriter(graph, context, sentence_spans(resolved.extraction.segmented))
    for entity in resolved.entities.values():
        node = add_entity(graph, entity, refs)
        add_mentions(mentions, entity.mentions, node)
    for event in resolved.events:
        add_mentions(mentions, [event.mention.span] + event.repeated, add_event(graph, event, refs))
    for count in resolved.counts:
        node = add_count(graph, count, refs, resolved.reporting_body)
        add_mentions(mentions, [count.mention.span] + count.repeated, node)
    return DocumentGraph(resolved=resolved, graph=graph)


def add_mentions(mentions: MentionWriter, spans: Iterable[Span], node: URIRef) -> None:
    for span in spans:
        mentions.add(span, node)


def run_graph(run: RunInfo, documents: list[Document]) -> Graph:
    """The run as a prov:Activity: when, by which software, over which inputs, stage times."""
    activity = RUN_ID[key_part(run.run_id)]
    graph = new_graph(activity)
    graph.add((activity, RDF.type, PROV.Activity))
    graph.add((activity, RDF.type, KG.PipelineRun))
    graph.add((activity, PROV.startedAtTime, Literal(run.started, datatype=XSD.dateTime)))
    graph.add((activity, PROV.wasAssociatedWith, add_software(graph, run.software_version)))
    for document in documents:
        graph.add((activity, PROV.used, add_input(graph, document)))
    add_stage_runs(graph, activity, run.stage_seconds)
    return graph


def add_software(g: Graph, version: str) -> URIRef:
    agent = AGENT_ID[f"{SOFTWARE_NAME}/{key_part(version)}"]
    g.add((agent, RDF.type, PROV.SoftwareAgent))
    g.add((agent, SCHEMA.name, Literal(SOFTWARE_NAME)))
    g.add((agent, SCHEMA.softwareVersion, Literal(version)))
    return agent


def add_input(g: Graph, document: Document) -> URIRef:
    node = doc_iri(document.doc_id)
    g.add((node, RDF.type, PROV.Entity))
    g.add((node, SCHEMA.name, Literal(document.source)))
    g.add((node, KG.sha256, Literal(document.sha256)))
    return node


def add_stage_runs(g: Graph, activity: URIRef, stage_seconds: dict[str, float]) -> None:
    """Each stage's share of the run, in stage order, informed by the stage before it."""
    previous = None
    for name, seconds in stage_seconds.items():
        step = URIRef(f"{activity}/stage/{key_part(name)}")
        g.add((step, RDF.type, PROV.Activity))
        g.add((step, KG.stage, STAGE_ID[key_part(name)]))
        g.add((step, DCTERMS.isPartOf, activity))
        g.add((activity, DCTERMS.hasPart, step))
        g.add((step, KG.seconds, Literal(Decimal(f"{seconds:.6f}"))))
        if previous is not None:
            g.add((step, PROV.wasInformedBy, previous))
        previous = step
