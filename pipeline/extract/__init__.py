"""Extract: organizations, places, people, events and counts from a segmented document.

Each component is a small function over the shared ``Extraction`` record; ``COMPONENTS``
is their order (later ones read what earlier ones found).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache
from typing import Callable

from .. import lexicon
from ..names import canonical_org_name, short_form
from ..records import Extraction, OrgMention, PlaceMention, Segmented, Span
from .context import NOUN_TAGS, TextIndex
from .counts import find_counts
from .dates import find_dates, years_in_force
from .events import find_events
from .organizations import company_suffixes, find_organizations, links_a_level, title_after, with_declared_short_names
from .people import byline_people, find_people
from .places import (document_region, find_places, leads_the_region, local_region, regions_by_level,
                     whole_region_mentions)
from .subjects import clause_before, subject_of, subject_place

OCCASION = re.compile(r"在[^\n]*?(?:会议|大会|全会)上")  # a report's subtitle: the session it is given at
SPEAKER = re.compile(r"[\u4e00-\u9fff、]{1,12}[ \u3000]+[\u4e00-\u9fff]{2,4}")  # 区长　邬嘉澍 after the body
SIGNATURE_LINES = 4  # lines under the title, and above the end, where the body signing a report stands
FIGURE_BEFORE_A_MARK = re.compile(r"[0-9][0-9.]*[万亿]?[\u4e00-\u9fff]{1,2}$")  # 4.6万人次 + 、: a list of figures


def add_organizations(x: Extraction, index: TextIndex) -> None:
    x.organizations = with_declared_short_names(x.document.text, find_organizations(index))


def add_places(x: Extraction, index: TextIndex) -> None:
    org_spans = {(o.span.start, o.span.end) for o in x.organizations}
    companies = [o.span for o in x.organizations if o.name.endswith(company_suffixes())]
    # 浙江柯新印染有限公司 names a company, not the province
    x.places = [p for p in find_places(index) if (p.span.start, p.span.end) not in org_spans
                and not any(c.start <= p.span.start and p.span.end <= c.end for c in companies)]


def start_bodies_at_their_places(x: Extraction, index: TextIndex) -> None:
    """宁/j + 丰县/ns + 十八届人大常委会: a body whose name starts inside a place's name the
    segmenter cut starts where the place does; 县政府 + 和县/ns + 森林防灭火指挥部: unless the place is a
    conjunction and the body's level, which names no place."""
    text = x.document.text
    for org in x.organizations:
        place = next((p for p in x.places if p.span.start < org.span.start < p.span.end <= org.span.end), None)
        if place is not None and links_a_level(place.name) and org.span.start == place.span.start + 1:
            x.places.remove(place)
        elif place is not None:
            _start_at(org, place.span.start, text)


def add_region(x: Extraction, index: TextIndex) -> None:
    """The document's own region (全区, 本市 name it) and the place it names at each level."""
    meta = x.document.metadata
    heading = meta.subtitle or meta.site or meta.title or ""  # a site's banner names its body's region
    x.region = document_region(index, x.places, heading, x.organizations)
    x.regions_by_level = regions_by_level(x.places)
    x.places += whole_region_mentions(index, x.region)
    x.places.sort(key=lambda p: p.span.start)


def start_bodies_at_their_region(x: Extraction, index: TextIndex) -> None:
    """浠/g + 原/n + 县政协办公室: a body whose name the read back began at its level starts at the
    report's region where the text writes the region's name right before that level."""
    short = short_form(x.region) if x.region else None
    if not short:
        return
    level, text = x.region[len(short):], x.document.text  # 浠原 + 县
    for org in x.organizations:
        start = org.span.start - len(short)
        if org.name.startswith(level) and text[start:org.span.start] == short:
            _start_at(org, start, text)


def _start_at(org: OrgMention, start: int, text: str) -> None:
    org.span = Span(start, org.span.end, text[start:org.span.end])
    org.name = re.sub(r"\s+", "", org.span.text)


def add_main_organization(x: Extraction, index: TextIndex) -> None:
    """The body whose work the document reports: named in the title, else the most named."""
    meta = x.document.metadata
    subtitle = OCCASION.sub("", meta.subtitle or "")  # ——在…人民代表大会第五次会议上: where it is given, not whose
    heading = _normal((meta.title or "") + subtitle + (meta.site or ""))  # the site's body too
    in_heading = {id(o) for o in x.organizations if _core(_normal(o.name)) in heading
                  or _governs_a_place_in(_normal(o.name), heading)} or _signers(x)
    bodies = [o for o in x.organizations if o.parent is None or id(o) in in_heading]
    names = {id(o): canonical_org_name(o.name, x.region, x.regions_by_level) for o in bodies}
    weight = Counter(names.values())
    for o in bodies:
        if id(o) in in_heading:
            weight[names[id(o)]] += 2  # named in the heading
        if o.parent is not None and id(o) in in_heading and _reports_on_itself(heading):
            # 县政协提案委员会2023年工作回顾: the part's own report outweighs its whole
            weight[names[id(o)]] += weight[names.get(id(o.parent), "")]
    pick = sorted(bodies, key=lambda o: (-weight[names[id(o)]], o.span.start))
    x.main_organization = pick[0] if pick else None
    local = local_region(x.main_organization, x.places)
    if local and local != x.region:
        x.region = local  # 镇党委 reports on the town: 全镇 and 镇政府 are that town's
        x.places += whole_region_mentions(index, x.region)
        x.places.sort(key=lambda p: p.span.start)


def _governs_a_place_in(name: str, heading: str) -> bool:
    """濉水路街道工作简讯: the street the heading names reports through its office (濉水路街道办事处)."""
    office = next((o for o in lexicon.organizations()["offices_of_places"] if name.endswith(o)), None)
    return office is not None and len(name) - len(office) >= 3 and name[:-len(office)] in heading


def _signers(x: Extraction) -> set[int]:
    """宁湖区东关街道办事处 on a line of its own under the title or above the closing date, or
    槎溪区人民政府区长　邬嘉澍 under it: the body that signs or gives the report (weighed as the
    heading's, when the heading names none)."""
    text, lines = x.document.text, []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            lines.append((m.start(), m.end(), m.group().strip()))
    ends = lines[:SIGNATURE_LINES] + lines[-SIGNATURE_LINES:]
    return {id(o) for o in x.organizations
            if any(b <= o.span.start < e and (line == o.span.text or line.startswith(o.span.text)
                                              and SPEAKER.fullmatch(line[len(o.span.text):]))
                   for b, e, line in ends)}


def add_references_to_the_report_body(x: Extraction, index: TextIndex) -> None:
    """市局 in a 瑞江市市场监督管理局 report, 分局 in a 云岭区公安分局 one: the report's body named
    by its level or its kind alone."""
    main = x.main_organization
    words = _bare_names_of(canonical_org_name(main.name, x.region, x.regions_by_level)) if main else ()
    if not words:
        return
    for org in x.organizations:
        if org.name in words and org.refers_to is None and org is not main:
            org.refers_to = main  # 分公司, read as a body of its own
    taken = [(o.span.start, o.span.end) for o in x.organizations]
    many = lexicon.organizations()["many_markers"]
    for m in re.finditer(lexicon.alternation(words), index.text):
        span = index.seg.span(m.start(), m.end())
        if index.is_boundary(m.start()) and index.is_boundary(m.end()) and index.text[m.start() - 1:m.start()] \
                not in many and not any(b < span.end and span.start < e for b, e in taken):
            x.organizations.append(OrgMention(span=span, name=m.group(), refers_to=main))
    x.organizations.sort(key=lambda o: (o.span.start, -o.span.end))


def add_bodies_pointed_at(x: Extraction, index: TextIndex) -> None:
    """该院现有床位320张, 该公司总经理佘国栋: 该 and a kind name the last body of that kind named
    before it in the paragraph; the mention goes by that body's name."""
    kinds = lexicon.organizations()["pointed_at_kinds"]
    for m in _pointer().finditer(index.text):
        if index.is_boundary(m.end()) and index.text[m.start() - 1:m.start()] not in _words_ending_in_该():
            paragraph = index.seg.offsets[index.paragraph(m.start())[0]]
            _point_back(x, index, m.start(), m.end(), tuple(kinds[m.group(1)]), paragraph)
    x.organizations.sort(key=lambda o: (o.span.start, -o.span.end))


def add_bodies_named_by_their_kind(x: Extraction, index: TextIndex) -> None:
    """岑江市梆子剧团 … 剧团还同步开展…, 岷晟智能装备股份有限公司 … 董事长鲍启东介绍，公司去年投入…: a
    body's kind alone, as a clause's subject or before a title, names the last body of that kind
    named before it."""
    for m in _kind_words().finditer(index.text):
        clause = clause_before(index.text, index.clause(m.start())[0], m.start())
        if index.is_boundary(m.start()) and index.is_boundary(m.end()) \
                and (subject_place().fullmatch(clause) or title_after().match(index.text, m.end())
                     and not _after_a_noun(index, m.start())):
            _point_back(x, index, m.start(), m.end(), (m.group(),), 0, longer_by=2)
    x.organizations.sort(key=lambda o: (o.span.start, -o.span.end))


def _after_a_noun(index: TextIndex, start: int) -> bool:
    """11家茶叶/n + 专业合作社 + 负责人: a kind qualified by the noun before it is the kind, no body named before."""
    before = index.token_at(start - 1) if start > 0 else None
    return before is not None and index.tags[before] in NOUN_TAGS and index.ends[before] == start


def _point_back(x: Extraction, index: TextIndex, start: int, end: int, endings: tuple[str, ...],
                since: int, longer_by: int = 0) -> None:
    """A mention at start:end of the last body named between ``since`` and it whose name ends in
    one of ``endings`` (and is ``longer_by`` characters longer), unless a body is read there."""
    span = index.seg.span(start, end)
    if any(o.span.start < span.end and span.start < o.span.end for o in x.organizations):
        return
    before = [o for o in x.organizations if since <= o.span.start and o.span.end <= span.start
              and (o.refers_to or o).name.endswith(endings)
              and len((o.refers_to or o).name) >= len(span.text) + longer_by]
    if before:
        last = max(before, key=lambda o: o.span.start)
        body = last.refers_to or last
        x.organizations.append(OrgMention(span=span, name=body.name, refers_to=body))


@lru_cache(maxsize=1)
def _kind_words() -> re.Pattern:
    orgs = lexicon.organizations()
    kinds = [k for k in list(orgs["named_suffixes"]) + list(orgs["pointed_at_kinds"]) if len(k) >= 2]
    return re.compile(lexicon.alternation(kinds))


@lru_cache(maxsize=1)
def _words_ending_in_该() -> frozenset[str]:
    return frozenset(word[0] for word in lexicon.grammar()["words_ending_in_该"])


@lru_cache(maxsize=1)
def _pointer() -> re.Pattern:
    return re.compile(f"该({lexicon.alternation(list(lexicon.organizations()['pointed_at_kinds']))})")


def _bare_names_of(body: str) -> tuple[str, ...]:
    kinds = [k for k in lexicon.organizations()["kinds_named_bare"] if body.endswith(k) and len(body) > len(k) + 2]
    level = re.match(r"[\u4e00-\u9fff]{2,6}?([省市区县])(?=[\u4e00-\u9fff]{2,}局$)", body)
    return tuple(kinds + ([level.group(1) + "局"] if level else []))


def add_people(x: Extraction, index: TextIndex) -> None:
    found, holders = find_people(index, x.organizations)
    x.people = byline_people(index, x.organizations) + [p for p in found if not _in_byline(p, x)]
    x.unnamed_holders = holders


def drop_places_inside_names(x: Extraction, index: TextIndex) -> None:
    """副区长 + 沙立明: a place the segmenter read across a person's name (副区/n + 长沙/ns + 立明) is none."""
    names = [p.span for p in x.people]
    x.places = [p for p in x.places if not any(n.start < p.span.end and p.span.start < n.end for n in names)]


def add_events(x: Extraction, index: TextIndex) -> None:
    x.dates = find_dates(index.text, x.document.metadata.year, published=x.document.metadata.date)
    x.events = find_events(index, x.organizations, x.places, x.people, x.dates)
    year = x.document.metadata.year
    lead = _lead_date(index, x)
    in_force = years_in_force(index.text, year)
    for event in x.events:
        if lead is not None and _in_headline(index, x, event) and len(event.date or "") <= 4:
            event.date, event.date_span = lead.iso, index.seg.span(lead.start, lead.end)  # the news it heads
        if event.organizer is None:
            event.organizer = x.main_organization  # what the report's body does, unless the text says who
        if event.date is None and year:
            at = bisect.bisect_left(index.seg.offsets, event.span.start)
            event.date = str(in_force.at(at) or year)  # the year of its part of the report (2022年工作回顾)


def _governed_region(x: Extraction) -> PlaceMention | None:
    """The document's town or street (街道, 镇) as a place mention, if that is its region."""
    if not x.region or not x.region.endswith(tuple(lexicon.places()["governed_levels"])):
        return None
    return next((p for p in x.places if p.name == x.region), None)


def _leads(x: Extraction, body) -> bool:
    """镇党委, 柳荫街道党工委: the party committee of the document's own town or street."""
    if not isinstance(body, OrgMention):
        return False
    return leads_the_region(canonical_org_name(body.name, x.region, x.regions_by_level), x.region)


def _lead_date(index: TextIndex, x: Extraction):
    """The day a news item reports: the first full date of its first paragraph of prose."""
    for begin, end in index.seg.paragraphs[:6]:
        if end - begin >= 40:
            found = [d for d in x.dates if begin <= d.start < end and len(d.iso) == 10]
            return found[0] if found else None
    return None


def _in_headline(index: TextIndex, x: Extraction, event) -> bool:
    """An event named in the title line(s), before any paragraph of prose."""
    for begin, end in index.seg.paragraphs[:6]:
        if end - begin >= 40:
            return event.span.start < index.seg.offsets[begin]
    return False


def add_counts(x: Extraction, index: TextIndex) -> None:
    x.counts = find_counts(index)
    year = x.document.metadata.year
    town = _governed_region(x)
    in_force = years_in_force(index.text, year)
    for count in x.counts:
        count.subject = _subject(index, x, count.span.start)
        if town is not None and _leads(x, count.subject):
            count.subject = town  # 镇党委 … 新建农村公路12.6公里: the town's work, under its party committee
        at = bisect.bisect_left(index.seg.offsets, count.span.start)
        count.period = _period(index, x, count.span.start) or (str(in_force.at(at) or year) if year else None)


COMPONENTS: list[Callable[[Extraction, TextIndex], None]] = [
    add_organizations, add_places, start_bodies_at_their_places, add_region, start_bodies_at_their_region,
    add_main_organization,
    add_references_to_the_report_body, add_bodies_pointed_at, add_bodies_named_by_their_kind,
    add_people, drop_places_inside_names, add_events, add_counts,
]


def extract(segmented: Segmented) -> Extraction:
    x = Extraction(segmented=segmented)
    index = TextIndex(segmented)
    for component in COMPONENTS:
        component(x, index)
    return x


def _subject(index: TextIndex, x: Extraction, original_start: int) -> OrgMention | PlaceMention | None:
    """The body a figure is reported of: its clause's subject, else its sentence's, else its
    paragraph's, else the document's. 全市 as the subject makes it a figure of the whole region."""
    pos = bisect.bisect_left(index.seg.offsets, original_start)
    whole = lexicon.places()["whole_region"]
    bodies = x.organizations + [p for p in x.places if p.name in whole]
    for begin in (_item_of_a_figure_list(index, pos), index.clause(pos)[0], index.sentence(pos)[0],
                  index.paragraph(pos)[0]):
        found = subject_of(x.document.text, bodies, index.seg.offsets[begin], original_start)
        if found:
            return found
    return x.main_organization


def _item_of_a_figure_list(index: TextIndex, pos: int) -> int:
    """县人民医院4.6万人次、县中医院1.5万人次: in a list of figures, each item's own body is its subject;
    where the figure opens no such item, its clause's start."""
    begin = index.clause(pos)[0]
    mark = index.text.rfind("、", begin, pos)
    return mark + 1 if mark > 0 and FIGURE_BEFORE_A_MARK.search(index.text, begin, mark) else begin


def _period(index: TextIndex, x: Extraction, original_start: int) -> str | None:
    pos = bisect.bisect_left(index.seg.offsets, original_start)
    s_begin, _ = index.sentence(pos)
    years = [d.iso[:4] for d in x.dates if s_begin <= d.start < pos]
    return years[-1] if years else None


def _in_byline(person, x: Extraction) -> bool:
    return any(c.span.start <= person.span.start < c.span.end + 2 for c in x.document.metadata.credits)


def _reports_on_itself(heading: str) -> bool:
    """县政协提案委员会2023年工作回顾 is the part's own report; 区政协常委会第五次会议召开
    reports a meeting."""
    return any(word in heading for word in lexicon.organizations()["own_report_headings"])


def _core(name: str) -> str:
    return re.sub(r"^(?:第?[一二三四五六七八九十]+届)", "", name)


def _normal(text: str) -> str:
    from ..nlp import normalise
    return normalise(text)
