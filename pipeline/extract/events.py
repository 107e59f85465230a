"""Events: meetings, inspections, consultations, ceremonies, campaigns.

An event is named by a noun phrase that ends in an event word (…协商活动现场推进会,
“喜迎二十大·共画同心圆”主题活动) or by an act and its object (视察城市更新重点项目建设
情况). Only specific events are kept: a quoted name, an ordinal, a date, a caption, or a
named organizer tells one; 专题座谈会、常委会议等 in passing does not.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..records import EventMention, OrgMention, Participation, PersonMention, PlaceMention
from .context import NOUN_TAGS, TextIndex
from .dates import DateMention
from .subjects import subject_of

QUOTED = re.compile(r"[“「『《][^“”「」『』《》\n]{1,40}[”」』》]$")
ORDINAL = re.compile(r"(第[一二三四五六七八九十百0-9]+次?|[一二三四五六七八九十0-9]+届|首场|首次|首届|首|[一二三四五六七八九十0-9]+次)")
# What an act's object cannot start with: 调研报告 is a document, 检查组 a group, 检查作为… a noun.
NOT_OBJECT = re.compile(r"(报告|成果|组|员|作为|工作|结果|中|时|后|的|了|等|、|和|与|及|是|为|[0-9一二三四五六七八九十])")
MAX_NAME = 40
VENUE = re.compile(r"(?:在|于)([\u4e00-\u9fff0-9A-Za-z（）()]{2,24}?)"
                   r"(?=(?:隆重|顺利|正式|成功|圆满|胜利|盛大|庄严|集中)?(?:召开|举行|举办|开幕|启动|进行|开展|组织))")


@lru_cache(maxsize=1)
def _categories() -> dict[str, str]:
    return {noun: cat for cat, nouns in lexicon.events()["nouns"].items() for noun in nouns}


@lru_cache(maxsize=1)
def noun_pattern() -> re.Pattern:
    return re.compile(lexicon.alternation(_categories()))


@lru_cache(maxsize=1)
def act_pattern() -> re.Pattern:
    return re.compile(rf"(?:{lexicon.alternation(lexicon.events()['act_verbs'])})(?=[^，。；,;：:\n]{{3,30}}[，。；,;\n]|[^，。；,;：:\n]{{3,30}}$)")


def find_events(index: TextIndex, orgs: list[OrgMention], places: list[PlaceMention],
                people: list[PersonMention], dates: list[DateMention]) -> list[EventMention]:
    spans = _noun_events(index) + _act_events(index)
    events = []
    for start, end, category in _without_overlaps(spans):
        event = EventMention(span=index.seg.span(start, end), name=index.seg.span(start, end).text.replace("\n", ""),
                             category=category)
        event.organizer = _organizer(index, start, end, orgs, people)
        date = _date(index, start, dates)
        if date:
            event.date, event.date_span = date.iso, index.seg.span(date.start, date.end)
        event.place = _place(index, start, places) or _visited(index, start, end, event, places)
        if _is_specific(index, start, end, event):
            events.append(event)
    _add_participants(index, events, people)
    return events


def _add_participants(index: TextIndex, events: list[EventMention], people: list[PersonMention]) -> None:
    """区委书记任卫东出席会议并讲话，会议由张岚主持: the people whose roles the paragraph
    gives after an event, up to the next event, take part in it."""
    text = index.seg.document.text
    for event, following in zip(events, events[1:] + [None]):
        pos = bisect.bisect_left(index.seg.offsets, event.span.start)
        _, p_end = index.paragraph(pos)
        begin = index.seg.offsets[index.sentence(pos)[0]]
        end = index.seg.offsets[p_end - 1] + 1
        if following is not None and following.span.start < end:
            end = max(event.span.end, following.span.start)
        event.participants = _participants(text, begin, end, people)


def _noun_events(index: TextIndex) -> list[tuple[int, int, str]]:
    found = []
    for m in noun_pattern().finditer(index.text):
        end = m.end()
        if index.text[max(0, end - 2):end] in lexicon.events()["not_event_words"]:
            continue  # 发展, 开展: 展 here is no exhibition
        while (more := noun_pattern().match(index.text, end)) is not None:
            end = more.end()  # 协商 + 议事会
        if _org_suffix().match(index.text, end):
            continue  # 纪律检查委员会: an organization's name
        if index.text.startswith("会", end) and not index.text.startswith("会议室", end):
            end += 1  # 重点协商 + 会
        if m.group() in lexicon.events()["act_verbs"] and re.match(r"[\u4e00-\u9fff“「]", index.text[end:end + 1]):
            continue  # 视察城市更新…: an act with its object, read by _act_events
        if end < len(index.text) and end not in index.end_set and re.match(r"[\u4e00-\u9fff]", index.text[end]):
            continue  # 会议室: the word runs on
        start = _name_start(index, m.start())
        if start < m.start() and not _after_count(index, start):
            found.append((start, end, _categories()[m.group()]))
    return found


def _name_start(index: TextIndex, noun_start: int) -> int:
    """Read back over the quoted titles, ordinals and nouns that name the event."""
    text, start = index.text, noun_start
    stop_verbs = set(lexicon.events()["hold_verbs"]) | set(lexicon.role_verbs())
    holder = index.token_at(noun_start)
    if index.starts[holder] < noun_start and index.words[holder] not in stop_verbs \
            and not index.tags[holder].startswith("v"):
        start = index.starts[holder]  # 常务会议, 大检查: the event word ends a longer word
    while start > 0 and noun_start - start < MAX_NAME:
        quoted = QUOTED.search(text, max(0, start - 42), start)
        if quoted:
            start = quoted.start()
            continue
        i = index.token_at(start - 1)
        word, tag = index.words[i], index.tags[i]
        if word in ("与", "和") and i > 0 and index.tags[i - 1] in NOUN_TAGS and noun_start - start >= 2 \
                and not noun_pattern().search(index.words[i - 1]):
            start = index.starts[i]  # 生态保护与高质量发展国际学术研讨会
            continue
        if index.ends[i] != start or word in stop_verbs or word in ("的", "等", "和", "与", "及"):
            break
        if tag == "t" and not re.search(r"[年月日今明昨午晚早]", word) or (word == "级" and re.search(r"[0-9]{2,4}$", text[:start])):
            start = index.starts[i] if word != "级" else re.search(r"[0-9]{2,4}级$", text[:index.ends[i]]).start()
            continue  # 青年学者论坛, 2023级新生开学典礼
        if tag == "v" and len(word) >= 2 and word not in lexicon.events()["verbs_outside_names"]:
            start = index.starts[i]  # 集中签约仪式, 能力提升培训班: an act inside the name
            continue
        if tag in NOUN_TAGS or tag in ("m", "v", "a", "d") and ORDINAL.fullmatch(word) or tag == "vn" or word in "·—" \
                or word in ("次", "届") and re.search(r"(第[一二三四五六七八九十百0-9]+|届[一二三四五六七八九十百0-9]+)$", text[:start]):
            start = index.starts[i]
            continue
        break
    return start


def _after_count(index: TextIndex, start: int) -> bool:
    return re.search(r"[0-9一二三四五六七八九十]+(?:余|多)?(?:次|场|场次|个|项)$", index.text[max(0, start - 8):start]) is not None


def _act_events(index: TextIndex) -> list[tuple[int, int, str]]:
    found = []
    for m in act_pattern().finditer(index.text):
        clause_start, clause_end = index.clause(m.start())
        obj = index.text[m.end():clause_end]
        if re.search(r"[0-9一二三四五六七八九十]+(?:余|多)?[次场家个项名人篇份]", obj) or NOT_OBJECT.match(obj):
            continue
        if clause_start == m.start() and not index.is_caption(m.start()):
            continue  # 检查作为监督工作的…: an act with no one doing it is a topic, not an event
        if _inside_title(index.text, clause_start, m.start()) or obj.count("”") > obj.count("“"):
            continue
        found.append((m.start(), clause_end, lexicon.events()["act_verbs"][m.group()]))
    return found


def _inside_title(text: str, begin: int, pos: int) -> bool:
    """《区政协2022年重点协商、通报、视察、调研计划》: words inside a document's title."""
    before = text[begin:pos]
    return before.count("《") > before.count("》")


@lru_cache(maxsize=1)
def _org_suffix() -> re.Pattern:
    from .organizations import suffix_pattern
    return suffix_pattern()


def _without_overlaps(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if not any(k[0] <= span[0] < k[1] or span[0] <= k[0] < span[1] for k in kept):
            kept.append(span)
    return kept


def _is_specific(index: TextIndex, start: int, end: int, event: EventMention) -> bool:
    name = index.text[start:end]
    generic = lexicon.events()["generic_markers"]
    if any(g in name for g in generic) or any(index.text[max(0, start - 4):start].endswith(g) for g in generic):
        return False
    if "“" in name or "「" in name or "《" in name or ORDINAL.search(name):
        return True
    if any(marker in name for marker in lexicon.events()["specific_markers"]):
        return True
    if len(name) - len(_head_noun(name)) >= 5 and _held(index, start):
        return True  # 举办代表履职能力提升培训班: a described event someone holds
    if event.place is not None and _held(index, start):
        return True  # 在安亭镇召开现场协商会: held somewhere
    if index.is_caption(start):
        return True
    sentence_start, _ = index.sentence(start)
    has_date = event.date_span is not None and len(event.date or "") > 4 and \
        index.seg.offsets[sentence_start] <= event.date_span.start
    return has_date or (event.organizer is not None and event.category in ("inspection", "research", "visit", "ceremony"))


def _head_noun(name: str) -> str:
    m = re.search(f"(?:{noun_pattern().pattern})$", name)
    return m.group() if m else ""


def _held(index: TextIndex, start: int) -> bool:
    verbs = lexicon.events()["hold_verbs"]
    before = index.text[max(0, start - 6):start]
    return any(before.endswith(v) or before[:-4].endswith(v) for v in verbs) or \
        re.search(lexicon.alternation(verbs), before) is not None


def _organizer(index: TextIndex, start: int, end: int, orgs: list[OrgMention],
               people: list[PersonMention]) -> Optional[OrgMention]:
    """The organization that holds the event: named in the event, or the sentence's subject."""
    s_begin, _ = index.sentence(start)
    b, e = index.seg.offsets[s_begin], index.seg.offsets[min(end, len(index.seg.offsets)) - 1]
    inside = [o for o in orgs if index.seg.offsets[start] <= o.span.start < e]
    if inside and inside[0].span.start == index.seg.offsets[start]:
        return inside[0]
    m = re.search(r"由([^，。,；;]{2,30}?)(?:主办|承办|举办|组织)", index.text[s_begin:end])
    hosts = [o for o in orgs if m and index.seg.offsets[s_begin + m.start(1)] <= o.span.start < index.seg.offsets[s_begin + m.end(1) - 1]]
    if hosts:
        return hosts[0]
    doer = subject_of(index.seg.document.text, orgs, b, index.seg.offsets[start])
    if doer:
        return doer
    holders = [p.affiliation for p in people if p.affiliation and b <= p.span.start < index.seg.offsets[start]]
    return holders[0] if holders else None


def _date(index: TextIndex, start: int, dates: list[DateMention]) -> Optional[DateMention]:
    """The most precise date of the event's sentence before it, else the paragraph's last."""
    s_begin, _ = index.sentence(start)
    p_begin, _ = index.paragraph(start)
    in_sentence = [d for d in dates if s_begin <= d.start < start]
    if in_sentence:
        return max(in_sentence, key=lambda d: (len(d.iso), d.start))
    in_paragraph = [d for d in dates if p_begin <= d.start < start]
    return in_paragraph[-1] if in_paragraph else None


def _place(index: TextIndex, start: int, places: list[PlaceMention]) -> Optional[PlaceMention]:
    """Where the event is held: the venue of 在…召开 in its sentence, else a place right
    after a verb of going (进, 赴, 走进 …)."""
    s_begin, s_end = index.sentence(start)
    venue = VENUE.search(index.text, s_begin, s_end)
    if venue:
        span = index.seg.span(venue.start(1), venue.end(1))
        return PlaceMention(span=span, name=span.text)
    verbs = lexicon.alternation(lexicon.events()["place_verbs"])
    for m in re.finditer(rf"(?:{verbs})", index.text[s_begin:s_end]):
        at = index.seg.offsets[s_begin + m.end()] if s_begin + m.end() < len(index.seg.offsets) else -1
        for place in places:
            if place.span.start == at:
                return place
    return None


def _visited(index: TextIndex, start: int, end: int, event: EventMention,
             places: list[PlaceMention]) -> Optional[PlaceMention]:
    """调研萧王庙街道乡村振兴项目: an inspection or visit takes place where its object is."""
    if event.category not in ("inspection", "research", "visit"):
        return None
    whole = lexicon.places()["whole_region"]
    b, e = index.seg.offsets[start], index.seg.offsets[end - 1] + 1
    inside = [p for p in places if b <= p.span.start < e and p.name not in whole]
    return inside[0] if inside else None


def _participants(text: str, begin: int, end: int, people: list[PersonMention]) -> list[Participation]:
    """People between ``begin`` and ``end`` (original offsets) whose name a role verb follows."""
    roles = lexicon.role_verbs()
    verbs = lexicon.alternation(roles)
    out = []
    for person in people:
        if person.name and begin <= person.span.start < end:
            tail = text[person.span.end:end]
            m = re.match(rf"[、，,和及与\u4e00-\u9fff]{{0,20}}?({verbs})", tail)
            if m:
                out.append(Participation(person=person, role=roles[m.group(1)]))
    return out
