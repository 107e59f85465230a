"""The typed records that flow from one stage to the next.

ingest -> Document; segment -> Segmented; extract -> Extraction;
resolve -> Resolved; build graph -> DocumentGraph.

Every offset in a record that leaves a stage is a Python string index into
``Document.text``, the text exactly as read (so ``text[start:end] == span.text``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional


@dataclass(frozen=True)
class Span:
    """Characters of the original document text: ``text[start:end] == self.text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Credit:
    """One part of a byline: 文/记者 李一 is Credit("text", "记者", "李一", span)."""

    contribution: str  # "text" or "photo"
    role: Optional[str]  # 记者, 通讯员 ... or None
    name: Optional[str]  # a person's name, or None when an organization is credited
    organization: Optional[str]
    span: Span  # the name (or the organization) in the text


@dataclass
class DocumentMetadata:
    title: Optional[str] = None
    subtitle: Optional[str] = None
    site: Optional[str] = None  # a web page's banner above the headline: 洛屏市民政局　工作动态
    year: Optional[int] = None  # the year the document reports on
    date: Optional[str] = None  # ISO date of the document itself, when it gives one
    credits: list[Credit] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # metadata given with the input (JSON Lines)


@dataclass
class Document:
    """One input document as read: its text, where it came from and what it says of itself."""

    doc_id: str  # stable, derived from the source name, used in IRIs
    source: str  # the path or the id the user gave
    text: str  # the original text (for HTML: the extracted article text)
    sha256: str  # of the bytes as read
    media_type: str = "text/plain"
    encoding: str = "utf-8"
    metadata: DocumentMetadata = field(default_factory=DocumentMetadata)
    # The part of ``text`` the NLP stages read, for a long document read a window at a
    # time; offsets stay those of the whole text.
    window: Optional[tuple[int, int]] = None


@dataclass
class Segmented:
    """A document prepared for NLP.

    ``nlp_text`` is the original text with sentence-internal line breaks removed and
    characters normalised one for one (full-width to half-width, traditional to
    simplified). ``offsets[i]`` is the index in ``document.text`` of ``nlp_text[i]``.
    """

    document: Document
    nlp_text: str
    offsets: list[int]
    doc: Any  # the spaCy Doc over nlp_text (tokens carry jieba part-of-speech tags in tag_)
    sentences: list[tuple[int, int]]  # (start, end) in nlp_text
    paragraphs: list[tuple[int, int]]  # (start, end) in nlp_text
    # (starts, ends, tags, words) of the tokens, read from ``doc`` once (extract.context.TextIndex)
    tokens: Optional[tuple[list[int], list[int], list[str], list[str]]] = field(default=None, repr=False)

    def span(self, start: int, end: int) -> Span:
        """The original-text span of nlp_text[start:end]."""
        b = self.offsets[start]
        e = self.offsets[end - 1] + 1
        return Span(b, e, self.document.text[b:e])


@dataclass
class OrgMention:
    span: Span
    name: str  # the surface form without quotes and brackets
    kind: str = "organization"  # organization | place
    parent: Optional["OrgMention"] = None  # the organization this is a part of, where the text says so
    refers_to: Optional["OrgMention"] = None  # the body a bare word names (市局 in a 市…局's report)


@dataclass
class PlaceMention:
    span: Span
    name: str


@dataclass
class PersonMention:
    span: Span
    name: str
    titles: list[str] = field(default_factory=list)
    affiliation: Optional[OrgMention] = None
    title_spans: list[Span] = field(default_factory=list)


@dataclass
class Participation:
    person: PersonMention
    role: str  # 主持, 出席, 讲话 ... (the verb as written)


@dataclass
class EventMention:
    span: Span
    name: str
    category: str  # meeting, inspection, consultation, ceremony, campaign, research, visit, training, exhibition
    date: Optional[str] = None  # ISO 8601: 2022-06-24, 2022-07 or 2022
    date_span: Optional[Span] = None
    place: Optional[PlaceMention] = None
    organizer: Optional[OrgMention] = None
    participants: list[Participation] = field(default_factory=list)


@dataclass
class CountMention:
    span: Span  # the whole figure: 260余条
    value: float  # the number with its magnitude applied: 60余万元 -> 600000
    unit: str  # 条, 人次, 元, % ...
    item: Optional[str] = None  # what is counted, as the text names it
    item_span: Optional[Span] = None
    bound: Optional[str] = None  # min | max | about | None (exact)
    min_value: Optional[float] = None
    max_value: Optional[float] = None
    subject: Optional[OrgMention | PlaceMention] = None  # the body, or the region (全市) the figure is of
    part_of: Optional["CountMention"] = None  # 213篇，其中…58篇: the figure this one is part of
    comparison: Optional[str] = None  # 同比增长: what a percentage says of its item
    act: Optional[str] = None  # 提案168件，立案151件: what was done to the items a figure counts
    role: Optional[str] = None  # 共60余人参加 -> 参加人员: the people counted, named by what they did
    period: Optional[str] = None  # ISO year or date the figure covers


@dataclass
class Extraction:
    segmented: Segmented
    organizations: list[OrgMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    counts: list[CountMention] = field(default_factory=list)
    region: Optional[str] = None  # the place the document is about, e.g. 渝中区
    regions_by_level: dict[str, str] = field(default_factory=dict)  # the one 区 a 市 report names: 区委 is its
    main_organization: Optional[OrgMention] = None  # the body whose work the document reports
    unnamed_holders: list[PersonMention] = field(default_factory=list)  # 区政协主席 with no name there
    dates: list[Any] = field(default_factory=list)  # extract.dates.DateMention, in NLP-text order

    @property
    def document(self) -> Document:
        return self.segmented.document


@dataclass
class Entity:
    """One real organization, place or person of a document, with all its mentions."""

    key: str  # stable: derived from the resolved entity (used for its IRI)
    kind: str  # organization | place | person
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    parent: Optional[str] = None  # key of the organization this one is part of
    titles: list[str] = field(default_factory=list)  # people
    affiliation: Optional[str] = None  # people: key of the organization
    roles: list[tuple[str, Optional[str]]] = field(default_factory=list)  # people: (title, org key)
    governed: bool = False  # places: a 街道 or 镇 that is also the body governing it


@dataclass
class ResolvedEvent:
    key: str
    mention: EventMention
    repeated: list[Span] = field(default_factory=list)  # the same event named again (headline and body)
    organizer: Optional[str] = None  # organization key
    place: Optional[str] = None  # place key
    within: Optional[str] = None  # the building (a place) or body whose room the venue is: 县行政中心 of 八楼会议室
    participants: list[tuple[str, str]] = field(default_factory=list)  # (person key, role)


@dataclass
class ResolvedCount:
    key: str
    mention: CountMention
    subject: Optional[str] = None  # organization key
    part_of: Optional[str] = None  # key of the count this one is part of
    repeated: list[Span] = field(default_factory=list)  # the same figure of the same thing stated again


@dataclass
class Resolved:
    extraction: Extraction
    entities: dict[str, Entity] = field(default_factory=dict)
    events: list[ResolvedEvent] = field(default_factory=list)
    counts: list[ResolvedCount] = field(default_factory=list)
    reporting_body: Optional[str] = None  # key of the body whose report the document is

    @property
    def document(self) -> Document:
        return self.extraction.document


@dataclass
class RunInfo:
    """What the PROV-O activity of a run records."""

    run_id: str
    started: str  # ISO datetime
    software_version: str
    stage_seconds: dict[str, float] = field(default_factory=dict)


@dataclass
class DocumentGraph:
    """One document's named graph and the validation of it."""

    resolved: Resolved
    graph: Any  # rdflib.Graph, the document's named graph
    conforms: Optional[bool] = None
    violations: list[str] = field(default_factory=list)


@dataclass
class Failure:
    source: str
    reason: str
