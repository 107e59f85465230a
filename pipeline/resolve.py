"""Resolve: one node per real entity.

Mentions are linked when their names agree once the document's region is known
(区政协 and 渝中政协 in a 渝中区 report are 渝中区政协; 十五届区政协 drops its ordinal;
中国人民政治协商会议重庆市渝中区委员会 is read through the formal-name patterns), and
each connected component of that graph (networkx) is one entity. Keys, and so IRIs,
are derived from the resolved names, never from run order.
"""
from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Iterable, Optional

import networkx as nx

from . import lexicon
from .extract.context import TextIndex
from .extract.event_names import ORDINAL, noun_ending
from .extract.events import restatements
from .extract.organizations import CONJUNCTIONS, LEVEL_CHARS, declared_short_name, part_pattern, suffix_pattern
from .extract.places import COUNTY_OR_ABOVE, LOWER_LEVELS, leads_the_region
from .names import FLOOR, LEVELS, REGION, admin_suffix_of, canonical_org_name, level_of, region_chain, short_form
from .nlp import normalise
from .records import (CountMention, Entity, EventMention, Extraction, OrgMention, PersonMention, PlaceMention, Resolved,
                      ResolvedCount, ResolvedEvent, Span)

TERM = re.compile(r"[一二三四五六七八九十百0-9]+届")  # 第九届委员会第八次全体会议: the plenary of one term's committee
EDITION = re.compile(r"^第?[一二三四五六七八九十百0-9]+期(?=..)")  # 第十期中青年干部培训班, then 中青年干部培训班
THEME_AFTER_A_DOT = re.compile(r"“[^”]*·([^”·]{2,})”(.*)$")  # “惠企暖心·服务企业月”活动, then “服务企业月”活动
NUMBERED_AFTER_A_YEAR = re.compile(r"(?:19|20)[0-9]{2}年第[一二三四五六七八九十百0-9]+[次届期]")  # 2023年第五次全国经济普查
PARTY_COMMITTEE_MARKS = frozenset("委")  # 县委 + 办: the office of the level's committee
MIN_BUILDING = 3  # characters of a building's name before its room (县行政中心 + 八楼会议室; not 三楼 + 会议室)
NATIONAL = "中国"  # opens a national body's name, which its short forms leave out
MIN_OWN_NAME = 5  # characters of a venue's own name after its regions (滨河科技广场; not 文化广场)
MIN_ITEM = 2  # characters of what a figure counts
DISTINCT_FIGURE = 20  # a figure this large, in a headline and in the body, is one fact whatever each says it counts


def stable_key(kind: str, *parts: str) -> str:
    digest = hashlib.sha1("|".join((kind,) + parts).encode("utf-8")).hexdigest()[:16]
    return f"{kind}-{digest}"


def resolve(x: Extraction) -> Resolved:
    resolved = Resolved(extraction=x)
    org_keys = _resolve_organizations(x, resolved)
    resolved.reporting_body = org_keys.get(_mention_id(x.main_organization))
    place_keys = _resolve_places(x, resolved)
    person_keys = _resolve_people(x, resolved, org_keys)
    _resolve_events(x, resolved, org_keys, place_keys, person_keys)
    _resolve_counts(x, resolved, {**org_keys, **place_keys})
    return resolved


def _resolve_counts(x: Extraction, resolved: Resolved, entity_keys: dict) -> None:
    """One count per figure of a thing: a headline and its body, or a summary and its section,
    that state the same figure of the same thing for the same period (5家城市书房 twice) state one
    fact; the first that names its body says whose it is."""
    keys = {id(c): stable_key("count", x.document.doc_id, str(c.span.start), str(c.span.end)) for c in x.counts}
    by_statement: dict[tuple, ResolvedCount] = {}
    in_headlines: dict[tuple, ResolvedCount] = {}  # a headline's figure, wherever its item stands in the body
    index = TextIndex(x.segmented)
    for count in x.counts:
        subject = entity_keys.get(_mention_id(count.subject))
        item_after = count.item_span is not None and count.item_span.start >= count.span.end
        statement = (count.value, count.max_value, count.unit, count.item, item_after, count.bound, count.act,
                     count.comparison, count.period)  # 5家景区 and 2A级景区5家 may be two facts
        headline = None if statement in by_statement else _told_in_the_headline(in_headlines, count)
        if headline is not None:
            del in_headlines[(count.value, count.max_value, count.unit)]
            _told_again_in_the_body(headline, count, subject)
            by_statement[statement], keys[id(count)] = headline, headline.key
            continue
        first = by_statement.get(statement)
        if first is not None:
            first.repeated.append(count.span)
            first.subject = first.subject or subject
            keys[id(count)] = first.key
            continue
        by_statement[statement] = ResolvedCount(key=keys[id(count)], mention=count, subject=subject)
        resolved.counts.append(by_statement[statement])
        if index.is_caption(bisect.bisect_left(x.segmented.offsets, count.span.start)):
            in_headlines.setdefault((count.value, count.max_value, count.unit), by_statement[statement])
    for resolved_count in resolved.counts:
        part_of = keys.get(id(resolved_count.mention.part_of))
        resolved_count.part_of = part_of if part_of != resolved_count.key else None


def _told_in_the_headline(in_headlines: dict[tuple, ResolvedCount], count: CountMention) -> Optional[ResolvedCount]:
    """126场活动 in a headline is 科普活动126场 of the body: the same figure, of the same thing where
    the figure is small (3个 may count two things)."""
    first = in_headlines.get((count.value, count.max_value, count.unit))
    if first is None or first.mention.comparison != count.comparison:
        return None
    items = (first.mention.item or "", count.item or "")
    return first if count.value >= DISTINCT_FIGURE or items[0] in items[1] or items[1] in items[0] else None


def _told_again_in_the_body(headline: ResolvedCount, count: CountMention, subject: Optional[str]) -> None:
    """The body says what the headline's figure counts, and whose it is, unless it names no item
    (68种 + 科: a word, no item)."""
    if len(count.item or "") >= MIN_ITEM:
        headline.repeated.append(headline.mention.span)
        headline.mention, headline.subject = count, subject or headline.subject
    else:
        headline.repeated.append(count.span)


def _resolve_events(x: Extraction, resolved: Resolved, org_keys: dict, place_keys: dict, person_keys: dict) -> None:
    """One event per headline and lead, and per name and time: a headline and its body name
    one meeting, and the mention with the more precise date (and so its place and organizer)
    describes it."""
    def described_by(event, named_again: list[Span]) -> ResolvedEvent:
        place = place_keys.get(_mention_id(event.place)) or _place_entity(resolved, event.place)
        return ResolvedEvent(
            key=stable_key("event", x.document.doc_id, event.name, event.date or "", str(event.span.start)),
            mention=event, repeated=list(named_again), organizer=_holder(x, resolved, event, org_keys),
            place=place, within=_building_of_the_room(resolved, place),
            participants=[(person_keys[id(p.person)], p.role) for p in event.participants
                          if id(p.person) in person_keys])

    by_identity: dict[str, int] = {}
    regions = _regions_named(x)
    for event, named_again in _told_once(x):
        named_before = _named_before(resolved.events, event)
        looked_up_by, known_by = _identity_keys(x, event.name, regions)
        i = next((by_identity[key] for key in looked_up_by if key in by_identity), named_before)
        same_time = i is not None and _same_time(resolved.events[i].mention.date, event.date)
        once = _opens_or_closes_the_session(event.name)
        if i is None or not (same_time or once or _numbered_once(event.name)):
            for keys in [known_by] + [_identity_keys(x, span.text, regions)[1] for span in named_again]:  # headline's
                for key in keys:
                    by_identity.setdefault(key, len(resolved.events))
            by_identity[looked_up_by[0]] = len(resolved.events)
            resolved.events.append(described_by(event, named_again))
            continue
        first, again = resolved.events[i], described_by(event, named_again)
        # the fuller mention describes the event, but a numbered event named again later keeps its first date,
        # and a bare word (开幕式) never names it in place of its name
        if (same_time or once) and _fuller(event, first.mention) and i != named_before:
            first, again = again, first
            resolved.events[i] = first
        if first.place is None:  # （…第八次全体会议通过）, then …全体会议…在澴川会堂举行: where the other says
            first.place, first.within = again.place, again.within
        first.repeated += [again.mention.span] + again.repeated
        first.participants += [p for p in again.participants if p not in first.participants]
    _places_by_default(x, resolved)


def _identity_keys(x: Extraction, name: str, regions: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The keys an event is looked up by, and those it is known by. A body named before the event
    (市七届人大三次会议, 大会主席团第三次会议) keeps it from another body's event of that name
    (政协…第七届委员会第三次会议); a name without one (七届三次会议) is the first event of that name."""
    identity = _event_identity_of(name, regions)
    own, joined = _own_key(x, name, identity), _joined_identities(x, name, regions)
    shorter = _shorter_names(name, identity, regions)
    if own == identity:  # no body holds it
        return [identity] + joined, [identity, f"?{identity}"] + joined + shorter
    return [own, f"?{identity}"] + joined, [own, identity] + joined + shorter


def _shorter_names(name: str, identity: str, regions: tuple[str, ...]) -> list[str]:
    """The names the report may call an event by later: without its edition (第十期中青年干部培训班, then
    中青年干部培训班), and by the last part of its dotted theme (“惠企暖心·服务企业月”活动, then “服务企业月”活动)."""
    shorter = [EDITION.sub("", identity)] if EDITION.match(identity) else []
    theme = THEME_AFTER_A_DOT.search(normalise(name))
    if theme:
        shorter.append(_event_identity_of(theme.group(1) + theme.group(2), regions))
    return shorter


def _own_key(x: Extraction, name: str, identity: str) -> str:
    """An event's identity (its name without its region: _event_identity_of), after the kind of body
    holding it (政协|二十次主席会议 of 市政协十四届二十次主席会议; 人大 of both 县十八届人大 and
    蓼城县第十八届人民代表大会)."""
    holder = _holder_of_the_event(name)
    if holder is None:
        return identity
    kinds = list(suffix_pattern().finditer(canonical_org_name(holder, x.region, x.regions_by_level)))
    return f"{kinds[-1].group() if kinds else holder}|{identity}"


def _joined_identities(x: Extraction, name: str, regions: tuple[str, ...]) -> list[str]:
    """第八次全体会议 of …第八次全体会议暨市委经济工作会议: the numbered events a joint name names,
    each the one event it numbers (not 科普宣传周活动 of …应急疏散演练暨科普宣传周活动: the week's
    campaign is longer than the drill held in it)."""
    parts = _parts_of_a_joint_name(name)
    return [_own_key(x, part, _event_identity_of(part, regions)) for part in parts
            if len(parts) > 1 and _numbered_once(part)]


def _named_before(events: list[ResolvedEvent], event: EventMention) -> Optional[int]:
    """市长蓝若冰主持开幕式 after 第七届园林博览会开幕式在…举行, 出席交付仪式 after …新能源公交车交付仪式,
    出席启动仪式 after …见习计划启动仪式暨见习岗位双选会: an event word alone, or with the one act it is
    named by, names the latest event before it whose name (or a part of a joint name) it ends."""
    name = normalise(event.name)
    if name not in lexicon.event_nouns() and not _an_act_and_its_event_word(name):
        return None
    return next((i for i in range(len(events) - 1, -1, -1) if any(
        part.endswith(name) and part != name for part in _parts_of_a_joint_name(events[i].mention.name))), None)


def _parts_of_a_joint_name(name: str) -> list[str]:
    """…第八次全体会议 + 暨 + 市委经济工作会议: the names a joint mark joins (the name itself if none), normalised."""
    return re.split(lexicon.alternation(lexicon.events()["joint_marks"]), normalise(name))


def _an_act_and_its_event_word(name: str) -> bool:
    """交付仪式, 启动仪式: two characters of an act, then an event word."""
    return any(name.endswith(noun) and len(name) - len(noun) == 2 for noun in lexicon.event_nouns())


def _places_by_default(x: Extraction, resolved: Resolved) -> None:
    """Where the text names no venue: a part of a session (第一次全体会议, 开幕式) is held where
    the session is, and a campaign or inspection across the report's region (全区开展…) there."""
    region = next((k for k, e in resolved.entities.items() if e.kind == "place" and e.name == x.region), None)
    parts, region_wide = tuple(lexicon.events()["session_parts"]), lexicon.events()["region_wide_categories"]
    session = None
    for event in sorted(resolved.events, key=lambda e: e.mention.span.start):
        name = normalise(event.mention.name)
        if event.place is None and session is not None and name.endswith(parts):
            event.place = session.place
        elif event.place is None and event.mention.category in region_wide:
            event.place = region
        if event.place is not None and event.mention.category == "meeting" and not name.endswith(parts):
            session = event


def _told_once(x: Extraction) -> list[tuple[EventMention, list[Span]]]:
    """Each event mention, with a headline and the lead that tells it again made one: the
    better name (see _better_name) with the fuller description, and the other name's span."""
    pairs = {}
    for headline, lead in restatements(x.segmented, x.events):
        if id(lead) not in pairs and id(headline) not in pairs:
            pairs[id(headline)] = pairs[id(lead)] = (headline, lead)
    out = []
    for event in x.events:
        if id(event) not in pairs:
            out.append((event, []))
        elif event is pairs[id(event)][1]:
            headline, lead = pairs[id(event)]
            out.append(_one_event(headline, lead))
    return out


def _one_event(headline: EventMention, lead: EventMention) -> tuple[EventMention, list[Span]]:
    """The lead tells when, where and by whom unless the headline says more (_fuller);
    what one leaves out the other may give. The name is the better of the two."""
    told, other = (headline, lead) if _fuller(headline, lead) else (lead, headline)
    named, unnamed = (headline, lead) if _better_name(headline.name, lead.name) else (lead, headline)
    merged = replace(named, date=told.date, date_span=told.date_span, place=told.place or other.place,
                     organizer=told.organizer or other.organizer,
                     participants=told.participants + [p for p in other.participants if p not in told.participants])
    return merged, [unnamed.span]


def _holder(x: Extraction, resolved: Resolved, event: EventMention, org_keys: dict) -> Optional[str]:
    """The body that holds the event. Where the text names none, extraction lets the report's own
    body stand in, and two kinds of report speak for more than that body: a street's or town's party
    committee reports the street's or town's work (街道在柳荫社区召开…: 柳荫街道), and a standing
    committee the year of the whole body it is part of, save its own meetings (常委会议)."""
    key = org_keys.get(_mention_id(event.organizer))
    if key is None or not _stood_in(x, event):
        return key
    return _own_town(x, resolved, key) or _whole_of_standing_committee(resolved, key, event) or key


def _stood_in(x: Extraction, event: EventMention) -> bool:
    """The report's own body as the event's organizer without the event's sentence naming it."""
    body = x.main_organization
    if event.organizer is not body:
        return False
    seg = x.segmented
    if not seg.sentences:
        return True
    at = bisect.bisect_left(seg.offsets, event.span.start)
    begin, end = seg.sentences[max(0, bisect.bisect_right(seg.sentences, at, key=lambda s: s[0]) - 1)]
    return not seg.offsets[begin] <= body.span.start < seg.offsets[end - 1] + 1


def _own_town(x: Extraction, resolved: Resolved, key: str) -> Optional[str]:
    """柳荫街道党工委 -> 柳荫街道: the governed street or town whose party committee the body is."""
    town = next((k for k, e in resolved.entities.items() if e.kind == "place" and e.governed), None)
    return town if leads_the_region(resolved.entities[key].name, x.region) else None


def _whole_of_standing_committee(resolved: Resolved, key: str, event: EventMention) -> Optional[str]:
    """政协洛阳市第十四届委员会常务委员会 -> 政协洛阳市第十四届委员会, unless the event is its own meeting."""
    body, words = resolved.entities[key], tuple(lexicon.events()["standing_committees"])
    own_meeting = any(w in normalise(event.name) for w in words)
    return body.parent if body.parent and body.name.endswith(words) and not own_meeting else None


def _better_name(a: str, b: str) -> bool:
    """Whether a names the event better than b: a name that ends in an event word (…开展专题视察)
    over an act and its object (视察…工作), then the longer (第一次村民代表大会 over 村民代表大会,
    全市文化和旅游工作新闻发布会 over a bare 新闻发布会)."""
    a_noun, b_noun = (bool(noun_ending().search(normalise(n))) for n in (a, b))
    return (a_noun, len(a)) > (b_noun, len(b))


def _fuller(event, than) -> bool:
    """Says more of the event: a more precise date, or as precise and a place."""
    precision, known = len(event.date or ""), len(than.date or "")
    return precision > known or (precision == known and event.place is not None and than.place is None)


def _event_identity_of(name: str, regions: tuple[str, ...] = ()) -> str:
    """The event's name without its organizer, its edition (the year of a numbered one) or the regions of
    the report in front (市政协十四届二十次主席会议, 濉阳区“守护舌尖安全”专项整治行动, 首届嶅阳茶业发展论坛 of 嶅阳县,
    2023年第五次全国经济普查 and 湜川市洇滨区第五次全国经济普查) and without 活动 at its end (税收宣传月活动)."""
    name = normalise(name)
    holder = _holder_of_the_event(name)
    if holder is not None:
        name = name[len(holder):]  # 十八届区政府第十五次常务会议: the body that holds it
    name = re.sub(r"[\s“”「」《》\"'·、]", "", name)
    name = re.sub(r"^(?:第?[一二三四五六七八九十百0-9]+|首)届", "", name)
    if NUMBERED_AFTER_A_YEAR.match(name):
        name = name[name.index("年") + 1:]  # 2023年第五次全国经济普查: one census, whatever year names it
    named = next((r for r in regions if name.startswith(r) and len(name) - len(r) >= 4), None)
    while named is not None:
        name = name[len(named):]
        named = next((r for r in regions if name.startswith(r) and len(name) - len(r) >= 4), None)
    name = re.sub(r"第(?=[一二三四五六七八九十百0-9]+次)", "", name)  # 人大三次会议 and 人民代表大会第三次会议
    return name[:-2] if name.endswith("活动") and len(name) >= 6 else name


def _regions_named(x: Extraction) -> tuple[str, ...]:
    """The report's region, its name alone (嶅阳 of 嶅阳县) and the regions the text names, longest first."""
    names = {p.name for p in x.places if len(p.name) >= 3 and level_of(p.name) in COUNTY_OR_ABOVE}
    if x.region:
        names |= {x.region, x.region[:-1]} if len(x.region) >= 3 else {x.region}
    return tuple(sorted(names, key=len, reverse=True))


def _opens_or_closes_the_session(name: str) -> bool:
    """闭幕会, 开幕式 named alone: the one opening or closing of the session the report is about, whenever
    named (省政协主席出席闭幕会 in the lead, 31日下午，会议在省政协礼堂举行闭幕会 later)."""
    events = lexicon.events()
    return normalise(name) in events["session_parts"] and normalise(name) in events["nouns"]["ceremony"]


def _holder_of_the_event(name: str) -> Optional[str]:
    """市政协 of 市政协十四届二十次主席会议: the body named at the start of an event's name."""
    name = normalise(name)
    holders = [m for m in suffix_pattern().finditer(name, 0, 14) if len(name) - m.end() >= 4]
    return name[:holders[-1].end()] if holders else None


def _numbered_once(name: str) -> bool:
    """第五次全国经济普查, 第十二期年轻干部培训班: a numbered event is one, whenever the text names it
    again; a session's numbered part (第一次全体会议) may be another session's."""
    name = normalise(name)
    return ORDINAL.search(name) is not None and (not name.endswith(tuple(lexicon.events()["session_parts"]))
                                                 or TERM.search(name) is not None)  # 第九届委员会第八次全体会议


def _same_time(a: Optional[str], b: Optional[str]) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _mention_id(mention) -> Optional[tuple[int, int]]:
    return (mention.span.start, mention.span.end) if mention is not None else None


def _clusters(names: dict[tuple[int, int], str]) -> list[set[tuple[int, int]]]:
    """Mentions whose canonical names agree, as connected components."""
    graph = nx.Graph()
    graph.add_nodes_from(names)
    by_name: dict[str, tuple[int, int]] = {}
    for mention, name in sorted(names.items()):
        if name in by_name:
            graph.add_edge(by_name[name], mention)
        else:
            by_name[name] = mention
    return [set(c) for c in nx.connected_components(graph)]


def _resolve_organizations(x: Extraction, resolved: Resolved) -> dict[tuple[int, int], str]:
    mentions = {_mention_id(o): o for o in _all_orgs(x)}
    canonical = _with_region_where_named(
        {m: canonical_org_name((o.refers_to or o).name, x.region, x.regions_by_level) for m, o in mentions.items()},
        x.region, x.regions_by_level.values())
    canonical = _parts_of_their_one_whole(
        _abbreviations(_declared_short_names(x, mentions, canonical), x.document.text))
    keys: dict[tuple[int, int], str] = {}
    for cluster in sorted(_clusters(canonical), key=min):
        members = sorted(cluster)
        name = canonical[members[0]]
        key = stable_key("org", name)
        surface = [mentions[m].name for m in members]
        display = name.split("|")[-1]
        entity = resolved.entities.setdefault(key, Entity(key=key, kind="organization", name=display))
        entity.aliases = _aliases(entity.name, surface + _brands_alone(surface))
        entity.mentions.extend(mentions[m].span for m in members)
        for m in members:
            keys[m] = key
    for m, org in mentions.items():
        if org.parent is not None and _mention_id(org.parent) in keys:
            resolved.entities[keys[m]].parent = keys[_mention_id(org.parent)]
    _parents_by_name(resolved)
    return keys


def _parents_by_name(resolved: Resolved) -> None:
    """赣东建工集团有限公司党委 is a part of 赣东建工集团有限公司 where the text wrote the
    part after a short name (集团党委)."""
    orgs = {e.name: k for k, e in resolved.entities.items() if e.kind == "organization"}
    for name, key in orgs.items():
        whole = next((w for w in orgs if name.startswith(w) and part_pattern().fullmatch(name, len(w))), None)
        if whole and resolved.entities[key].parent is None:
            resolved.entities[key].parent = orgs[whole]


def _with_region_where_named(canonical: dict, region: Optional[str], higher: Iterable[str] = ()) -> dict:
    """慈善总会 is 南屏市慈善总会 where the document also names it with its region,
    桐荫社区居委会 is 汭川街道桐荫社区居委会 where it names it under a place of a higher level, and
    区政府 is 栖梧区政府 where that is the one district's government it names."""
    known = set(canonical.values())
    prefixes = [p for p in (region, short_form(region) if region else None) if p] + list(higher)
    return {m: next((p + name for p in prefixes if p + name in known and not name.startswith(p)), None)
            or _the_one_named_with_its_place(name, known) for m, name in canonical.items()}


def _the_one_named_with_its_place(name: str, known: set[str]) -> str:
    """区政府 is 栖梧区政府 where that is the one body of the level the document names with its place."""
    if name[:1] not in LEVEL_CHARS:
        return name
    fits = [k for k in known if k.endswith(name) and 2 <= len(k) - len(name) <= 3
            and not any(c in LEVEL_CHARS for c in k[:len(k) - len(name)])]
    return fits[0] if len(fits) == 1 else name


def _declared_short_names(x: Extraction, mentions: dict, canonical: dict) -> dict:
    """锦澜路桥工程有限公司(以下简称“路桥公司”): the short name is the same body, and so is
    the company's name without its legal form (赣东建工集团); a part written after either
    (集团党委, 赣东建工集团党委) is a part of that body."""
    full_of = {}
    for m, org in mentions.items():
        declared = declared_short_name(x.document.text, org.span.end)
        if declared:
            full_of[canonical_org_name(declared, x.region, x.regions_by_level)] = canonical[m]
    for name in set(canonical.values()):
        if without := _without_legal_form(name):
            full_of.setdefault(without, name)
    return {m: _of_the_full_name(name, full_of) for m, name in canonical.items()}


def _without_legal_form(name: str) -> str:
    """赣东建工集团 of 赣东建工集团有限公司, when four characters or more are left; else ''."""
    legal_form = next((s for s in lexicon.organizations()["legal_forms"] if name.endswith(s)), "")
    return name[: -len(legal_form)] if legal_form and len(name) - len(legal_form) >= 4 else ""


def _abbreviations(canonical: dict, text: str) -> dict:
    """市消保委 is 市消费者权益保护委员会 and 区市场监管局 is 区市场监督管理局 where the document
    names the full name, and only one full name fits; two names of one list are two bodies
    (瑶州学院、瑶州职业技术学院)."""
    names = set(canonical.values())
    listed = _listed_together(canonical, text)
    full_of = {}
    for short in names:
        body = _formal_body(short)
        fits = [full for full in names if len(full) > len(short) and (short, full) not in listed
                and full.endswith(body) and (any(_abbreviates(short, form) for form in _forms_of(full, names) if form)
                                             or _a_company_by_its_brand(short, full) or _its_kind_alone(short, full))]
        if fits:
            usual = _the_usual_one(short, fits)
            full_of[short] = [usual] if usual else fits
    full_of = {short: _the_one_full_name(fits, full_of) for short, fits in full_of.items()}
    return {m: full_of.get(name) or name for m, name in canonical.items()}


def _the_usual_one(short: str, fits: list[str]) -> Optional[str]:
    """县医院 of 峣山县人民医院, where the report also names 峣山县中医院: the body the short name usually means."""
    head = _region_head(short)
    usual = lexicon.organizations()["usual_short_names"].get(short[len(head):])
    return head + usual if usual and head + usual in fits else None


def _the_one_full_name(fits: list[str], full_of: dict[str, list[str]]) -> Optional[str]:
    """The one name a short name abbreviates; or, where it fits two, the one both are short for
    (县联社 fits 翀溪县农信联社 and 翀溪县农村信用合作联社, the first itself short for the second)."""
    if len(fits) == 1:
        return fits[0]
    longest = [f for f in fits if all(f == other or f in full_of.get(other, ()) for other in fits)]
    return longest[0] if len(longest) == 1 else None


def _its_kind_alone(short: str, full: str) -> bool:
    """联络站 of 甪峰镇人大代表联络站: a body's kind of three characters or more, with no region or level
    before it, is the one body of that kind the document names in full."""
    return len(short) >= 3 and full.endswith(short) and short[0] not in LEVEL_CHARS and not _region_head(short)


def _listed_together(canonical: dict, text: str) -> set[tuple[str, str]]:
    """The pairs of names written one after the other in a list and ending in the same word
    (瑶州学院、瑶州职业技术学院): two bodies. A short name of the other's ending (县书法家协会、
    县书协会员) may still be the same body."""
    spans = sorted(m for m in canonical if m is not None)
    pairs = set()
    for a, b in zip(spans, spans[1:]):
        first, second = canonical[a], canonical[b]
        if text[a[1]:b[0]] in ("、", *CONJUNCTIONS) and first[-2:] == second[-2:]:
            pairs |= {(first, second), (second, first)}
    return pairs


def _formal_body(name: str) -> str:
    """The body a short name the formal names give is of (侨联 of 县侨联, which abbreviates only a
    name of that body: 县归国华侨联合会 is read as one, 县侨商联合会 is not; 政府 of 澜沱县政府, short
    for 澜沱彝族自治县政府); '' for any other name."""
    return next((body for body in _formal_bodies() if name.endswith(body)
                 and (name == body or re.fullmatch(REGION, name[:-len(body)]))), "")


@lru_cache(maxsize=1)
def _formal_bodies() -> tuple[str, ...]:
    return tuple({entry["body"] for entry in lexicon.organizations()["formal_names"] if entry.get("body")})


def _a_company_by_its_brand(short: str, full: str) -> bool:
    """恒锐精密机械公司 of 岚川恒锐精密机械有限公司: the words before 公司 stand whole in the full name,
    before its legal form."""
    legal = next((f for f in lexicon.organizations()["legal_forms"] if full.endswith(f)), None)
    return legal is not None and short.endswith("公司") and len(short) >= 6 and short[:-2] in full[:-len(legal)]


def _forms_of(full: str, names: set[str]) -> tuple[str, ...]:
    """The full name, without its legal form, without its region (沣陵市 + 禾丰餐饮管理有限公司, of which
    禾丰公司 is short), without 中国 (农行 of 中国农业银行) and without a parent the document names
    (市人大常委会 + 法制工作委员会: 法工委)."""
    parents = tuple(full[len(p):] for p in names if p != full and full.startswith(p))
    national = full[len(NATIONAL):] if full.startswith(NATIONAL) else ""
    return (full, _without_legal_form(full), full[len(_region_head(full)):], national) + parents


def _abbreviates(short: str, full: str) -> bool:
    """The same region, then the short name's characters in order in the full one, from its first
    to the same last character (or 委 for 委员会, 协 for 协会); at least two characters before that
    ending, or one before a changed one (作协)."""
    head = _region_head(full)
    head = head if short.startswith(head) else ""
    short, full = short[len(head):], full[len(head):]
    ending = lexicon.organizations()["abbreviated_endings"].get(short[-1:], short[-1:])
    one_field_character = head and len(short) == 2 and ending == short[-1:] \
        and short[0] not in PARTY_COMMITTEE_MARKS  # 区志办 of 区地方志办公室; 县委办 is the committee's own, not 县委农办
    shortest = 2 if ending != short[-1:] or one_field_character else 3  # 作协 of 作家协会; 市局 of no 市…局
    if head and ending != short[-1:] and full == short[:-1] + ending:
        return True  # 市卫生健康委 of 市卫生健康委员会: only the ending is short
    if len(short) < shortest or not full.endswith(ending) or full.startswith(short) \
            or (short[0] != full[0] and not one_field_character) \
            or (head and short[0] in LEVEL_CHARS and not full.startswith(short[:2])):
        return False  # 衢州 + 市委: the region was read short; 市委 is a level's committee (市场 is a field)
    rest = iter(full[: -len(ending)])
    return all(char in rest for char in short[:-1])


@lru_cache(maxsize=4096)  # _abbreviations tries every pair of a document's names
def _region_head(name: str) -> str:
    region = re.match(REGION, name)
    if region and region.group().endswith("州") and name[region.end():region.end() + 1] in ("市", "县", "区"):
        return name[:region.end() + 1]  # 澜州市 (州 ends many cities' names), not 澜州
    return region.group() if region else ""


def _of_the_full_name(name: str, full_of: dict[str, str]) -> str:
    if name in full_of:
        return full_of[name]
    short = next((s for s in full_of if name.startswith(s) and part_pattern().fullmatch(name, len(s))), None)
    return full_of[short] + name[len(short):] if short else name


def _parts_of_their_one_whole(canonical: dict) -> dict:
    """提案委员会 alone is 德清县政协提案委员会 where the document names no other body's
    提案委员会 (with two bodies' 常委会 named, a bare 常委会 stays apart); 大会主席团 is the
    one 主席团 named; a name with no region (委员工作室) is the one body named with it in full."""
    parts = set(lexicon.organizations()["parts"])
    session = lexicon.organizations()["session_bodies"]  # 大会主席团: 主席团 of the congress
    names = set(canonical.values())
    bare = {n for n in names if len(n) >= 4 and not _region_head(n) and "|" not in n}  # 委员工作室
    wholes = {name: [n for n in names if n != name and n.endswith(session.get(name, name))]
              for name in names & (parts | set(session) | bare)}
    return {m: wholes[name][0] if len(wholes.get(name, ())) == 1 else name for m, name in canonical.items()}


def _all_orgs(x: Extraction) -> Iterable[OrgMention]:
    seen = set()
    for org in x.organizations:
        for o in (org, org.parent):
            if o is not None and _mention_id(o) not in seen:
                seen.add(_mention_id(o))
                yield o


def _brands_alone(names: list[str]) -> list[str]:
    """柳荫社区“银发先锋”志愿服务队 is called “银发先锋”志愿服务队 too: the team by its own name."""
    return [name[name.index("“"):] for name in names if "“" in name[1:]]


def _aliases(name: str, surface: list[str]) -> list[str]:
    return [s for s, _ in Counter(surface).most_common() if s != name]


AUTONOMOUS_REGION = re.compile(r"([\u4e00-\u9fff]{2,}?)(?:[\u4e00-\u9fff]{1,3}族)+自治(?:县|州|区|旗)")


def _place_stem(name: str) -> str:
    """宜昌 of 宜昌市: what one place's names agree on. A township's, a street's or a village's
    level stays (柳荫街道 and 柳荫社区 are two places)."""
    n = _zone_in_short_form(normalise(name))
    autonomous = AUTONOMOUS_REGION.fullmatch(n)
    if autonomous:
        return autonomous.group(1)  # 澜沱 of 澜沱彝族自治县, which the text calls 澜沱县 too
    for suffix in sorted(lexicon.places()["admin_suffixes"], key=len, reverse=True):
        if n.endswith(suffix) and len(n) - len(suffix) >= 2:
            return n if suffix in LOWER_LEVELS else n[: -len(suffix)]
    return n


def _zone_in_short_form(name: str) -> str:
    """汶岭高新区 of 汶岭高新技术产业开发区: a zone after its place's name, in the form reports shorten it to."""
    for kind, short in lexicon.places()["zone_short_forms"].items():
        if name.endswith(kind) and len(name) > len(kind) + 1:
            return name[: -len(kind)] + short
    return name


def _resolve_places(x: Extraction, resolved: Resolved) -> dict[tuple[int, int], str]:
    mentions = {_mention_id(p): p for p in x.places}
    whole = lexicon.places()["whole_region"]
    stems = _bare_names_joined({m: _place_stem(x.region) if normalise(p.name) in whole and x.region
                                else _place_stem(p.name) for m, p in mentions.items()})
    keys: dict[tuple[int, int], str] = {}
    for cluster in sorted(_clusters(stems), key=min):
        members = sorted(cluster)
        names = [mentions[m].name for m in members]
        name = max(names, key=lambda n: (normalise(n) not in whole, normalise(n).endswith(LEVELS),
                                         names.count(n), len(n)))
        if normalise(name) in whole and x.region:
            name = x.region  # only 全市 in the text: the region is named by the document's heading
        key = stable_key("place", _place_stem(name))
        entity = resolved.entities.setdefault(key, Entity(key=key, kind="place", name=name))
        entity.aliases = _aliases(name, names) + [n for n in _names_under_fewer_regions(name) if n not in names]
        entity.governed = name == x.region and name.endswith(tuple(lexicon.places()["governed_levels"]))
        entity.mentions.extend(mentions[m].span for m in members)
        for m in members:
            keys[m] = key
    return keys


def _names_under_fewer_regions(name: str) -> list[str]:
    """朐南县沭口镇大埝村文化广场 is also 大埝村文化广场, 蓼湾区滨河科技广场 also 滨河科技广场: a venue
    written under its regions goes by the lowest of them, or by its own name where that is one
    (five characters or more: 文化广场 alone names no one place; a lake's or a river's of three: 镜澜湖)."""
    pieces = region_chain(name)
    if len(pieces) < 2 or admin_suffix_of(pieces[-1]):
        return []  # a region, or a name without regions before it
    shorter = [pieces[-2] + pieces[-1]] if len(pieces) > 2 else []
    own = len(pieces[-1]) >= MIN_OWN_NAME or len(pieces[-1]) >= 3 \
        and pieces[-1].endswith(tuple(lexicon.places()["water_suffixes"]))  # 泖滨区 + 镜澜湖: a water's own name
    return shorter + ([pieces[-1]] if own else [])


def _bare_names_joined(stems: dict) -> dict:
    """蒲溪 is 蒲溪镇 where the document names one township, street or village of that name."""
    lower = {}
    for stem in set(stems.values()):
        level = admin_suffix_of(stem)
        if level in LOWER_LEVELS and len(stem) > len(level) + 1:
            lower.setdefault(stem[: -len(level)], []).append(stem)
    return {m: lower[s][0] if len(lower.get(s, ())) == 1 else s for m, s in stems.items()}


def _place_entity(resolved: Resolved, place: Optional[PlaceMention]) -> Optional[str]:
    """A venue the events stage named (区行政中心第一会议室) becomes a place of its own, or another
    name of the place it shortens (宜昌 of 宜昌市); 柳荫社区 is not 柳荫街道, though their stems agree."""
    if place is None:
        return None
    key = stable_key("place", _place_stem(place.name))
    known = resolved.entities.get(key)
    if known and not (known.name.startswith(place.name) or place.name.startswith(known.name)):
        key = stable_key("place", place.name)
    entity = resolved.entities.setdefault(key, Entity(key=key, kind="place", name=place.name))
    if place.span not in entity.mentions:
        entity.mentions.append(place.span)
    for name in [place.name, *_names_under_fewer_regions(place.name)]:
        if name != entity.name and name not in entity.aliases:
            entity.aliases.append(name)
    return key


def _building_of_the_room(resolved: Resolved, place: Optional[str]) -> Optional[str]:
    """县行政中心 of 县行政中心八楼会议室, 栟州美术馆 of 栟州美术馆一号展厅: the building a room is
    named after becomes a place holding it (the room's parent), found by its stem; a body's name
    (县人民医院) stands for its premises."""
    room = resolved.entities.get(place) if place else None
    m = _room_pattern().search(room.name) if room else None
    if m is None or m.start() < MIN_BUILDING:
        return None
    building = room.name[:m.start()]
    if building.endswith(lexicon.titles()):
        return None  # 市委常委 + 会议室: the room of the standing committee's members, no building
    body = next((e.key for e in resolved.entities.values() if e.kind == "organization"
                 and building in (e.name, *e.aliases)), None)
    if body:
        return body  # 县人民医院 + 五楼学术报告厅: the body's own premises
    key = stable_key("place", _place_stem(building))
    entity = resolved.entities.setdefault(key, Entity(key=key, kind="place", name=building))
    for span in room.mentions:
        if span.text.startswith(building) and not any(b.start == span.start for b in entity.mentions):
            entity.mentions.append(Span(span.start, span.start + len(building), building))
    room.parent = room.parent or key
    return key


@lru_cache(maxsize=1)
def _room_pattern() -> re.Pattern:
    rooms = lexicon.alternation(lexicon.places()["rooms"])
    floor = rf"(?:{FLOOR})?"
    number = r"(?:第?[0-9一二三四五六七八九十]+号?|[东西南北]侧?)?"  # 第一, 一号, 东侧
    return re.compile(rf"{floor}{number}[大小]?(?:{rooms})$")  # 三楼 + 大 + 会议室


def _resolve_people(x: Extraction, resolved: Resolved, org_keys: dict) -> dict[int, str]:
    """One person per name in a document; a bare title joins its named holder."""
    acting_for = _affiliations(x, resolved, org_keys)
    by_name: dict[str, list[PersonMention]] = {}
    for person in x.people:
        by_name.setdefault(normalise(person.name), []).append(person)
    keys: dict[int, str] = {}
    for name, mentions in sorted(by_name.items()):
        affiliation = next((acting_for[id(p)] for p in sorted(mentions, key=_for_the_session)
                            if acting_for.get(id(p))), None)
        key = stable_key("person", name, affiliation or x.document.doc_id)
        entity = Entity(key=key, kind="person", name=mentions[0].name, affiliation=affiliation)
        for p in mentions:
            entity.mentions.append(p.span)
            for title in p.titles:
                if title not in entity.titles:
                    entity.titles.append(title)
                role = (title, acting_for.get(id(p)))
                if role not in entity.roles:
                    entity.roles.append(role)
            keys[id(p)] = key
        resolved.entities[key] = entity
    _bind_unnamed_holders(x, resolved, org_keys)
    return keys


def _for_the_session(person: PersonMention) -> bool:
    """大会主席团常务主席、执行主席周卫民 … 区人大常委会主任周卫民: a post held for one session
    (执行主席, 大会秘书长) yields to a standing post the text also gives, as the body a person
    acts for; mentions are otherwise taken in the order of the text."""
    session = lexicon.person_context()["session_titles"]
    return bool(person.titles) and all(normalise(t) in session for t in person.titles)


def _affiliations(x: Extraction, resolved: Resolved, org_keys: dict) -> dict[int, Optional[str]]:
    """The organization each titled person acts for: the one the last title implies
    (区长: 区政府), else the one named before the titles, else the one of the person
    named before in the same paragraph, else the body the document reports on."""
    context = lexicon.person_context()
    independent = set(context["independent_titles"])
    by_name = {e.name: k for k, e in resolved.entities.items() if e.kind == "organization"}
    main = org_keys.get(_mention_id(x.main_organization))
    acting_for: dict[int, Optional[str]] = {}
    previous: Optional[PersonMention] = None
    for person in sorted(x.people, key=lambda p: p.span.start):
        titles = [normalise(t) for t in person.titles if normalise(t) not in independent]
        implied = context["title_organizations"].get(titles[-1]) if titles else None
        key = by_name.get(canonical_org_name(implied, x.region, x.regions_by_level)) if implied else None
        if implied and key is None and person.affiliation is None:
            acting_for[id(person)], previous = None, person  # 副市长 of a 市政府 the text does not name
            continue
        key = key or _committee_of(titles, resolved, context["title_parts"])
        key = key or org_keys.get(_mention_id(person.affiliation))
        if key is None and titles and previous is not None and _same_paragraph(x, previous, person) \
                and _same_office(titles[-1], [normalise(t) for t in previous.titles]):
            key = acting_for.get(id(previous))  # 主席张三主持，副主席李四、王五出席
        if key is None and titles:
            key = main
        acting_for[id(person)] = _whole_for_its_post(resolved, key, titles, context)
        if titles:
            previous = person
    return acting_for


def _whole_for_its_post(resolved: Resolved, key: Optional[str], titles: list[str], context: dict) -> Optional[str]:
    """集团党委书记、董事长: a person whose last title is a post of the body, not of its party
    committee, acts for the body the committee is part of."""
    entity = resolved.entities.get(key) if key else None
    if entity is None or entity.parent is None or not titles:
        return key
    of_the_party = "书记" in titles[-1] or titles[-1] in context["membership_titles"]
    committee = entity.name.endswith(tuple(set(context["title_parts"].values())))
    return entity.parent if committee and not of_the_party else key


def _committee_of(titles: list[str], resolved: Resolved, parts: dict[str, str]) -> Optional[str]:
    """党委书记: the one party committee (党委, 党工委 …) the document names, if only one
    (a person acts for what the last title says: 党委书记、院长 for the hospital)."""
    part = parts.get(titles[-1]) if titles else None
    if part is None:
        return None
    committees = [k for k, e in resolved.entities.items() if e.kind == "organization" and e.name.endswith(part)]
    return committees[0] if len(committees) == 1 else None


def _same_office(title: str, previous_titles: list[str]) -> bool:
    """副主席 after 主席, 秘书长 after 副主席: titles of one body's leadership."""
    family = re.sub(r"^(?:常务副|常务|执行|副)", "", title)
    return title in lexicon.person_context()["staff_titles"] or any(
        re.sub(r"^(?:常务副|常务|执行|副)", "", t) == family for t in previous_titles)


def _same_paragraph(x: Extraction, a: PersonMention, b: PersonMention) -> bool:
    return "\n" not in x.document.text[a.span.end:b.span.start]


def _bind_unnamed_holders(x: Extraction, resolved: Resolved, org_keys: dict) -> None:
    """区政协主席视察…: the mention goes to the one person who holds that title there."""
    for holder in x.unnamed_holders:
        org = org_keys.get(_mention_id(holder.affiliation))
        holders = [e for e in resolved.entities.values()
                   if e.kind == "person" and any(r == (holder.titles[-1], org) for r in e.roles)]
        if len(holders) == 1:
            holders[0].mentions.append(holder.span)
