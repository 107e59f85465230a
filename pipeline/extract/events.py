"""Events: meetings, inspections, consultations, ceremonies, campaigns.

An event is named by a noun phrase that ends in an event word (…协商活动现场推进会,
“喜迎二十大·共画同心圆”主题活动) or by an act and its object (视察城市更新重点项目建设
情况). Only specific events are kept: a quoted name, an ordinal, a date, a caption, or a
named organizer tells one; 专题座谈会、常委会议等 in passing does not. A headline and its lead
often name one event twice: ``restatements`` pairs them, and resolve makes them one.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..ingest import is_header_line
from ..nlp import dictionary_frequency, normalise
from ..records import EventMention, OrgMention, Participation, PersonMention, PlaceMention, Segmented, Span
from .context import TextIndex, inside_a_title
from .dates import DateMention
from .event_names import ORDINAL, QUALIFIER, categories, name_start, noun_ending, noun_pattern
from .organizations import CONJUNCTIONS
from .subjects import subject_of

QUOTE_MARKS = re.compile(r"[“”「」\"]")
QUOTED_PART = re.compile(r"[“「]([^”」]+)[”」]")  # “回头看”, “拿地即开工”: what a name holds in quotes
QUOTED_LIST_REACH = 30  # characters from a slogan's item to its quotes
MAX_CHAIN = 30  # characters from a step of a quoted chain to its quotes
STEP_JOINS = re.compile(r"(?<!—)—(?!—)|[+＋→]")  # between the steps of a chain (not ——: a subtitle's)
LASTING = re.compile(r"为期[0-9一二三四五六七八九十两半]+(?:天|日|周|个月|年|小时)的?$")  # 举办 + 为期3天的 + 培训班
MAX_LASTING = 10  # characters of 为期…的
HELD_LIST_REACH = 40  # characters from a hold verb to an item of the list of events it opens
LIST_JOINERS = ("、", "和", "及")  # what stands before an item of a list after the first
SELF_REFERENCE = re.compile(lexicon.alternation(lexicon.grammar()["self_references"]))  # 我校, 本院
NUMBERED_TITLE = re.compile(r"(?:第[一二三四五六七八九十百0-9]+|首)[届次期]$")  # 第二期 + “委员论坛”
# A figure of more than one (860户, 十余家) makes an act's object a tally; 一起纠纷案 is one thing.
NUMBER = r"(?:[0-9]+(?:\.[0-9]+)?|[一二三四五六七八九十两百千]{2,}|[二三四五六七八九十两])(?:余|多)?[十百千万亿]?"
# 18次, 近30次, 三场: how many times an event is held, not an act's object or one day's event.
TIMES = rf"(?:近|约|共)?{NUMBER}(?:次|场|场次|期|轮)"
KINDS_NAMED_AS_WORK = frozenset(lexicon.events()["kinds_named_as_work"])  # 培训 + 工作: a field of work
VISIT_VERBS = tuple(lexicon.events()["visit_verbs"])  # 慰问, 看望: what opens a visit's name
VISITS_IN_PASSING = tuple(lexicon.events()["visits_in_passing"])  # 出席活动并 + 慰问献血者
PEOPLE_TALLY = re.compile(rf"(?:近|约|共)?{NUMBER}(?:人次|人|名)")
OBJECT_TALLY = re.compile(rf"[\u4e00-\u9fff]{{2,10}}?(?:近|约|共)?{NUMBER}(?:人次|人|名|户|家)")  # 核查 + 农户430余户
# …、乡村民宿节、“醉美崟山”摄影大赛等38项主题活动: a list its tally of events closes
COUNTED_LIST_END = re.compile(rf"(?:、[^，。；、]{{2,20}})*等{NUMBER}(?:项|场|个)[^，。；、]{{0,4}}?(?:活动|赛事)")
TALLY_OF_TIMES_BEFORE = re.compile(r"(?<![第届0-9一二三四五六七八九十])[0-9一二三四五六七八九十]+(?:余|多)?(?:次|场|场次|个|项)$")  # 开展12场 + 宣讲活动
FIGURE_BEFORE = re.compile(r"(?<![第届])(?<![0-9一二三四五六七八九十])[0-9一二三四五六七八九十]+(?:余|多)?$")  # not 第十二 + 辑
DATE_OPENING = re.compile(r"[0-9一二三四五六七八九十〇]+[年月日]")  # not 号: 在2号船坞坞首
FOR_WHOM = re.compile(r"为[0-9一二三四五六七八九十百千]")  # 为90余名果农: whom the event serves, not its venue
MAX_DATE_GAP = 3  # ，将于 + 9月: the characters between an event and the date 于 gives it
DATE_AFTER = re.compile(r"[，,]?[将拟定已]?于")
THEMED = re.compile(r"以([“「][^“”「」\n]{2,30}[”」])为主题的$")  # 以“人道与健康同行”为主题的 + 纪念宣传活动
MAX_THEMED = 40  # characters of 以“…”为主题的
MONTH_OR_DAY = re.compile(r"[0-9一二三四五六七八九十]+月|[0-9一二三四五六七八九十]+日|[上中下]旬|月[底初中]|期间")
MAX_KIND_ONLY_NAME = 6  # characters of a name that can say no more than the activity's kind (应急救护培训)
MAX_KIND_NAME = 8  # characters of a name a quoted theme may stand for (以“…”为主题的 + 公交开放日活动)
MAX_HEADED_NAME = 10  # characters before the head of an event name the nouns list lacks (反馈 + 会)


@lru_cache(maxsize=1)
def act_pattern() -> re.Pattern:
    verbs = lexicon.alternation(lexicon.events()["act_verbs"])
    return re.compile(rf"(?:{verbs})(?=[^，。；,;：:\n]{{3,30}}[，。；,;\n]|[^，。；,;：:\n]{{3,30}}$)")


@lru_cache(maxsize=1)
def _not_object() -> re.Pattern:
    """What an act's object cannot start with: 调研报告 is a document, 检查组 a group, 检查情况汇报 a report."""
    return re.compile(lexicon.alternation(lexicon.events()["not_object_starts"]))


@lru_cache(maxsize=1)
def _tally() -> re.Pattern:
    """860户, 十余家: a count of things; 2023年, 考察3天 are times, not tallies."""
    units = lexicon.count_units() - set(lexicon.events()["duration_units"])
    return re.compile(rf"{NUMBER}(?:{lexicon.alternation(units)})")


# 在8个街道开展, 在全市范围内开展, 在6月下旬召开: a number of places, an extent or a time, not a venue
NOT_A_VENUE = re.compile(r"^(?:[0-9一二三四五六七八九十两几多]+[个所家处]|全[省市区县镇乡])"
                         rf"|(?:[0-9]+月|{lexicon.alternation(lexicon.grammar()['time_and_extent_words'])})")
# 出席并宣布开工: after a hold verb, words that start with one of these are a further act
ADVERBS_OF_A_FURTHER_ACT = lexicon.grammar()["adverbs_of_a_further_act"]
MAX_NOUN = max(map(len, lexicon.event_nouns()))  # characters of the longest event word


@lru_cache(maxsize=1)
def _venue() -> re.Pattern:
    """在竹源村文化礼堂巡回审理, 在区行政中心召开: the place before a verb that holds or carries out
    the event (not across another 在: 于12月26日 + 在澴川会堂举行); after a verb of going only a named
    venue (前往区廉政教育基地开展, not 深入基层开展)."""
    events = lexicon.events()
    verbs = lexicon.alternation(list(events["venue_verbs"]) + list(events["act_verbs"]))
    return re.compile(rf"(?:(?:在|于)(?P<at>(?:(?!在)[\u4e00-\u9fff0-9A-Za-z（）()]){{2,24}}?)"
                      rf"|(?:{lexicon.alternation(events['going_verbs'])})"
                      rf"(?P<to>[\u4e00-\u9fff0-9A-Za-z]{{1,20}}?(?:{lexicon.alternation(events['venue_heads'])})))"
                      rf"(?=(?:{lexicon.alternation(events['venue_adverbs'] + events['verbs_before_holding'])})?"
                      rf"(?:{verbs}))")


def find_events(index: TextIndex, orgs: list[OrgMention], places: list[PlaceMention],
                people: list[PersonMention], dates: list[DateMention]) -> list[EventMention]:
    named, bare = _noun_events(index)
    inside_names = [(b + 1, e) for b, e in (index.nlp_span(o.span) for o in orgs)]
    acts = [s for s in _act_events(index) if not any(b <= s[0] < e for b, e in inside_names)]  # 边防 + 检查 + 站
    spans = named + acts + _events_by_their_head(index) + _numbered_sittings(index)
    bare = [b for b in bare if _topic_named(index, b[0])
            or not any(index.sentence(s[0]) == index.sentence(b[0]) and s[0] < b[0] for s in spans)]
    events = []
    place_names = [index.nlp_span(p.span) for p in places]
    for start, end, category in _without_overlaps(spans + bare):
        if any(b <= start and end <= e for b, e in place_names):
            continue  # 埭 + 下乡: a place's name that ends in an event word
        if index.text.startswith(tuple(lexicon.events()["referred_to_after"]), end):
            continue  # 二十届三中全会 + 精神: a meeting whose decisions are studied, not held here
        event = EventMention(span=index.seg.span(start, end), name=index.seg.span(start, end).text.replace("\n", ""),
                             category=category)
        event.organizer = _organizer(index, start, end, orgs, people)
        date = _date(index, start, end, dates)
        if date:
            event.date, event.date_span = date.iso, index.seg.span(date.start, date.end)
        event.place = _place(index, start, places, orgs) or _visited(index, start, end, event, places)
        before = _event_it_follows(index, start, events)
        if before is not None:
            _held_where_and_when(event, before)
        if (before is not None or _is_specific(index, start, end, event)) \
                and not _a_kind_told_in_passing(index, event, end) and not _a_visit_in_passing(index, start, event):
            events.append(event)
    _add_participants(index, events, people)
    return events


def _a_visit_in_passing(index: TextIndex, start: int, event: EventMention) -> bool:
    """出席活动并 + 慰问献血者, 到场 + 看望医务人员: a visit made while at another occasion is part of it."""
    return event.category == "visit" and event.name.startswith(VISIT_VERBS) \
        and index.text.endswith(VISITS_IN_PASSING, 0, start)


def _a_kind_told_in_passing(index: TextIndex, event: EventMention, end: int) -> bool:
    """专题讲座, 隐患排查, 应急救护培训 with no time of its own: an activity named only by its kind, no meeting
    or ceremony, is one of the body's kinds of work, not an event a reader would look up (开展侨法宣传活动45场,
    a tally of how often it was held, makes it the body's activity of the year)."""
    sentence_start, _ = index.sentence(end - 1)
    timed = event.date_span is not None and (event.date is None or len(event.date) > len("2024")) \
        or MONTH_OR_DAY.search(index.text, sentence_start, end) is not None  # 2月4日 where no year is known
    return len(event.name) <= MAX_KIND_ONLY_NAME and not re.search(r"[“「《]", event.name) \
        and event.category not in ("meeting", "ceremony") and not timed \
        and not re.match(TIMES, index.text[end:end + 7]) and not COUNTED_LIST_END.match(index.text, end)


def restatements(seg: Segmented, events: list[EventMention]) -> list[tuple[EventMention, EventMention]]:
    """(headline, lead) pairs that name one event: a headline or caption, and the first event
    of its category in the paragraph after it (金竹村召开村民代表大会 over 3月12日，金竹村召开
    2024年第一次村民代表大会…; 市政协视察游仙区…工作 over …开展专题视察)."""
    index = TextIndex(seg)
    at = {id(e): bisect.bisect_left(seg.offsets, e.span.start) for e in events}
    pairs = []
    for headline in events:
        caption = index.is_caption(at[id(headline)])
        lead = _lead_after(index, at[id(headline)]) if caption else None
        retold = [e for e in events if lead and lead[0] <= at[id(e)] < lead[1] and e.category == headline.category]
        retold = retold or [e for e in events if caption and at[id(e)] > at[id(headline)]
                            and not index.is_caption(at[id(e)])
                            and _bare_name(e.name) == _bare_name(headline.name)]  # an item of a headline of several
        if retold:
            pairs.append((headline, min(retold, key=lambda e: e.span.start)))
    return pairs


def _bare_name(name: str) -> str:
    return re.sub(r"[\s“”「」《》\"'·、]", "", name)


def _lead_after(index: TextIndex, pos: int) -> Optional[tuple[int, int]]:
    """The first paragraph of prose after the caption at pos (not the page's date and byline line)."""
    paragraphs = index.seg.paragraphs
    i = paragraphs.index(index.paragraph(pos))
    return next((p for p in paragraphs[i + 1:] if not index.is_caption(p[0])
                 and not is_header_line(index.text[p[0]:p[1]].strip())), None)


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


def _noun_events(index: TextIndex) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """The named events, and the bare ones (召开座谈会) that count only as the first event of their sentence:
    after another, a bare event word (检查组将开展实地检查) is a part of it."""
    found, bare = [], []
    for m in noun_pattern().finditer(index.text):
        end = m.end()
        if end - 2 < m.start() and index.text[max(0, end - 2):end] in lexicon.events()["not_event_words"]:
            continue  # 发展, 开展: 展 here is no exhibition (but 协商会 is no 商会)
        category = _kind_of_the_word_before(index.text, m) or categories()[m.group()]
        while (more := _continuation().match(index.text, end)) is not None:
            end = more.end()  # 协商 + 议事会, 中心组学习 + （扩大）会议
            category = _kind_run_on(category, noun_pattern().search(more.group()).group())
        if _a_step_of_a_chain(index.text, m.start(), end):
            continue
        if _org_suffix().match(index.text, end) or index.text.startswith(_venue_heads(), end) \
                or index.text.startswith(tuple(lexicon.events()["groups_after"]), end) \
                or category != "meeting" and index.text.startswith(tuple(lexicon.events()["products_after"]),
                                                                  end + (index.text[end:end + 1] in "”」")):
            continue  # 纪律检查委员会, 警务实战训练基地, 专项检查领导小组, 协商建议, “回头看”机制: a body's,
            # venue's, group's, product's or mechanism's
        if category in KINDS_NAMED_AS_WORK and index.text.startswith("工作", end):
            continue  # 2024年度教师培训 + 工作总结: the year's work of the kind, no one event
        if index.text.startswith("了", end) and not index.text.startswith("了解", end) \
                or re.match(r"出[的了]", index.text[end:end + 2]):
            continue  # 中心组成员集体学习了…, 评选出的: the word is a verb here
        if PEOPLE_TALLY.match(index.text, end) \
                or end - m.start() == 2 and category != "meeting" and OBJECT_TALLY.match(index.text, end):
            continue  # 免费筛查4200余人, 培训300人次, 培训 + 志愿服务骨干 + 约200名: a verb with its tally here
            # (not 执委会议 + 选举产生常务委员29名: a meeting, and what it did)
        held_as_a_meeting = index.text.startswith("会", end) and not index.text.startswith("会议室", end)
        if held_as_a_meeting:
            end += 1  # 重点协商 + 会
        if m.group() in lexicon.events()["act_verbs"] and not held_as_a_meeting \
                and re.match(r"[\u4e00-\u9fff“「]", index.text[end:end + 1]) \
                and not re.match(TIMES, index.text[end:end + 7]) and index.text[end] not in CONJUNCTIONS:
            continue  # 视察城市更新…: an act with its object, read by _act_events (“回头看”督查近30次 has none)
        last = index.token_at(end - 1)
        if end not in index.end_set and index.starts[last] > m.start() and index.words[last] in categories():
            end = index.ends[last]  # 验收会 + 议: the segmenter's event word (会议) ends the name
        if end < len(index.text) and end not in index.end_set and re.match(r"[\u4e00-\u9fff]", index.text[end]) \
                and not _locative_after(index, end) and not (held_as_a_meeting and _glued_to_the_next_word(index, end)):
            continue  # 会议室: the word runs on (推进会上 and 协商会拟/v + 于 do not)
        title = _title_around(index, m.start(), end)
        if title:
            found.append((*title, category))
            continue
        start = name_start(index, m.start())
        if _done_with_a_partner(index, start, m):
            continue  # 与承办单位面对面协商: what one does with another, no event
        start = _activity_after_hold_verb(index, m.start()) if start == m.start() else start
        if start < m.start() and not _after_count(index, start):
            found.append((_theme_start(index, start, end) or _quoted_topic_start(index, start), end, category))
        elif start == m.start() and _held_bare(index, start, end):
            bare.append((_topic_start(index, start), end, category))
    return found, bare


def _glued_to_the_next_word(index: TextIndex, end: int) -> bool:
    """专题协商 + 会拟/v + 于9月: the 会 of a meeting and the next word's first character, read as
    a word the dictionary lacks."""
    word = index.words[index.token_at(end - 1)]
    return index.starts[index.token_at(end - 1)] == end - 1 and len(word) == 2 and dictionary_frequency(word) == 0


def _kind_of_the_word_before(text: str, m: re.Match) -> Optional[str]:
    """专项民主监督 + 活动: a generic word run on from an event word keeps that word's kind, read
    from the generic word too (see _kind_run_on)."""
    if m.group() not in lexicon.events()["run_on_keeping_the_kind"]["words"]:
        return None
    before = noun_ending().search(text, max(0, m.start() - MAX_NOUN), m.start())
    return categories()[before.group()] if before else None


def _kind_run_on(kind: str, word: str) -> str:
    """旅游节 + 新闻发布会 is a meeting; 博览会 + 开幕式 and 走访慰问 + 活动 keep their kind."""
    kept = lexicon.events()["run_on_keeping_the_kind"]
    return kind if word in kept["words"] or categories()[word] in kept["kinds"] else categories()[word]


def _events_by_their_head(index: TextIndex) -> list[tuple[int, int, str]]:
    """召开反馈会。, 举行授旗式，: a name the nouns list lacks, held right after the hold verb and closing
    its clause, or numbered by its edition (第五届…观鸟节), whose last character is an event's head
    (会, 式, 赛, 节 …)."""
    heads = lexicon.events()["event_heads"]
    held = [(m.start(1), m.end(1)) for m in _held_by_head().finditer(index.text) if m.start(1) in index.start_set]
    numbered = [(m.start(), m.end()) for m in _numbered_by_head().finditer(index.text) if m.end() in index.end_set]
    return [(start, end, heads[_last_character(index.text, end)]) for start, end in held + numbered
            if not re.search(r"[的了和与及并]", index.text[start:end])
            and not index.text.endswith(lexicon.event_nouns(), start, end)]  # 专题协商会: read by _noun_events


def _last_character(text: str, end: int) -> str:
    """节 of 第三届“蓼塘邻里节”: the name's last character inside its closing quote."""
    return text[end - 2] if text[end - 1] in "”」" else text[end - 1]


def _numbered_sittings(index: TextIndex) -> list[tuple[int, int, str]]:
    """2024年第26次党委常委会: the numbered sitting of a body named by the body, ending its clause."""
    return [(m.start(), m.end(), "meeting") for m in _numbered_sitting().finditer(index.text)
            if m.start() in index.start_set]


@lru_cache(maxsize=1)
def _numbered_sitting() -> re.Pattern:
    bodies = lexicon.alternation(lexicon.events()["sittings_named_by_their_body"])
    return re.compile(rf"(?:[0-9]{{4}}年(?:度)?)?第[0-9一二三四五六七八九十百]+次[\u4e00-\u9fff]{{0,6}}?(?:{bodies})"
                      rf"(?=[，。；、,;\n]|$)")


@lru_cache(maxsize=1)
def _held_by_head() -> re.Pattern:
    """举行授旗式, 举办“栖梧好物”直播带货节, 举办“蓼塘邻里节”: a name held right after the hold verb, a
    quoted name perhaps opening it or holding it whole."""
    events = lexicon.events()
    verbs, heads = lexicon.alternation(events["heads_held_by"]), "".join(events["event_heads"])
    return re.compile(rf"(?:{verbs})了?({_headed_name(heads)})(?=[，。；、,;\n]|$)")


@lru_cache(maxsize=1)
def _numbered_by_head() -> re.Pattern:
    """第五届鹭汀湖观鸟节, 首届“槿园邻里节”: a name numbered by its edition, ending in an event's head (not
    会: 第三届理事会 is a body's term)."""
    heads = "".join(h for h in lexicon.events()["event_heads"] if h != "会")
    return re.compile(rf"(?:第[一二三四五六七八九十百0-9]+|首)届(?:{_headed_name(heads, lazy=True)})")


def _headed_name(heads: str, lazy: bool = False) -> str:
    """第十届“书香淇泽”全民阅读节, 第三届“蓼塘邻里节”: a name ending in one of the heads, a quoted name
    perhaps opening it, or one in quotes whole."""
    words = rf"[\u4e00-\u9fff]{{1,{MAX_HEADED_NAME}}}" + ("?" if lazy else "")
    quoted_whole = rf"[“「][\u4e00-\u9fff·]{{1,{MAX_HEADED_NAME}}}?[{heads}][”」]"
    return rf"(?:[“「][\u4e00-\u9fff·]{{2,12}}[”」])?{words}[{heads}]|{quoted_whole}"


def _done_with_a_partner(index: TextIndex, start: int, m: re.Match) -> bool:
    """与承办单位面对面协商, 与政协委员、专家学者协商议政: 与 (同) and the parties, then the event word."""
    clause_start, _ = index.clause(start)
    return index.text[m.start():m.end()] in lexicon.events()["partner_words"] \
        and re.search(r"(?:与|同)[\u4e00-\u9fff、]{0,24}$", index.text[clause_start:m.start()]) is not None


def _activity_after_hold_verb(index: TextIndex, noun_start: int) -> int:
    """开展集中募捐活动, 举办救护员培训班: between a hold verb and the event word, a few words
    name the activity, verbs among them (集中/v 募捐/v)."""
    clause = index.text[index.clause(noun_start)[0]:noun_start]
    m = _hold_then_words().search(clause)
    if m is None or noun_start - len(m.group(1)) not in index.start_set or _act_word_at(index, noun_start) \
            or m.group(1)[0] in ADVERBS_OF_A_FURTHER_ACT or any(v in m.group(1) for v in lexicon.role_verbs()) \
            or any(w in m.group(1) for w in _many_words() + ("的", "了", "和", "与", "及")):
        return noun_start  # 开展视察调研91次: acts, counted; 出席并宣布开工: what a person does
    return noun_start - len(m.group(1))


def _act_word_at(index: TextIndex, pos: int) -> bool:
    return any(index.text.startswith(verb, pos) for verb in lexicon.events()["act_verbs"])


@lru_cache(maxsize=1)
def _hold_then_words() -> re.Pattern:
    verbs = _hold_verbs()
    return re.compile(rf"(?:{verbs})了?((?:(?!{verbs})[\u4e00-\u9fff]){{2,6}})$")  # 举行了 + 图书捐赠 + 仪式


@lru_cache(maxsize=1)
def _venue_heads() -> tuple[str, ...]:
    return tuple(lexicon.events()["venue_heads"])


@lru_cache(maxsize=1)
def _venue_or_room_endings() -> tuple[str, ...]:
    """区行政中心, 检察听证室: a venue's head, or the last character of a room's word (places' rooms: 室, 厅, 馆, 堂)."""
    return _venue_heads() + tuple(sorted({room[-1] for room in lexicon.places()["rooms"]}))


@lru_cache(maxsize=1)
def _venue_head() -> re.Pattern:
    return re.compile(lexicon.alternation(lexicon.events()["venue_heads"]))


def _locative_after(index: TextIndex, end: int) -> bool:
    """推进会上, 会后: a locative the segmenter joined to the event word's last character."""
    return any(index.text.startswith(w, end) and end + len(w) in index.end_set for w in lexicon.events()["locatives"])


@lru_cache(maxsize=1)
def _continuation() -> re.Pattern:
    return re.compile(rf"(?:{QUALIFIER})?(?:{noun_pattern().pattern})")


def _held_bare(index: TextIndex, start: int, end: int) -> bool:
    """开展专题视察, 召开的座谈会, 座谈会在…召开: an event word alone names an event someone holds, unless it
    is a bare head (会议, 活动, 检查) that points back to one, or a habit (定期召开…, 开展专题调研18次)."""
    clause_start, _ = index.clause(start)
    before = index.text[clause_start:start]
    verbs = _hold_verbs()
    named_alone = end - start >= 3 or index.text[start:end] in lexicon.events()["events_in_two_characters"]
    return named_alone and (re.search(rf"(?:{verbs})的?$", before) is not None or _held_after(index, end)) \
        and not any(g in before for g in _many_words()) \
        and not re.match(TIMES, index.text[end:end + 7])


@lru_cache(maxsize=1)
def _held_at() -> re.Pattern:
    return re.compile(rf"在[\u4e00-\u9fff0-9]{{2,20}}?(?:{lexicon.alternation(lexicon.events()['hold_verbs'])})")


def _held_after(index: TextIndex, end: int) -> bool:
    """座谈会在镇政府三楼会议室召开: the event, then where it is held and the hold verb."""
    return _held_at().match(index.text, end) is not None


def _topic_start(index: TextIndex, start: int) -> int:
    """就全区老旧小区改造工作开展专题视察: the topic names the bare event."""
    clause_start, _ = index.clause(start)
    for i in range(index.token_at(start) - 1, index.token_at(clause_start) - 1, -1):
        if index.words[i] in lexicon.events()["topic_markers"] and start - index.ends[i] >= 6:
            topic = index.text[index.ends[i]:start]
            return start if any(g in topic for g in _many_words()) else index.starts[i]
    return start


def _title_around(index: TextIndex, start: int, end: int) -> Optional[tuple[int, int]]:
    """“99公益日”, “中华慈善日”: a quoted title that ends in the event word is the whole name, with the
    ordinal that numbers it (第二期“委员论坛”)."""
    if not index.text.startswith(("”", "」"), end):
        return None
    opening = re.search(r"[“「][^“”「」、\n]{0,30}$", index.text[max(0, start - 31):start])
    if opening is None:
        return None  # not “懂政协、会协商、善议政”
    begin = start - len(opening.group())
    ordinal = NUMBERED_TITLE.search(index.text, max(0, begin - 8), begin)
    return (ordinal.start() if ordinal else begin), end + 1


def _topic_named(index: TextIndex, start: int) -> bool:
    """第四十次会议就全市养老服务体系建设开展专题询问: a bare event word with a topic of its own
    is an event of its own, even after another event of the sentence."""
    return index.text.startswith(tuple(lexicon.events()["topic_markers"]), start)


def _quoted_topic_start(index: TextIndex, start: int) -> int:
    """围绕“黄河流域生态保护和高质量发展”召开常委会议专题协商: an event with no title of its own is
    titled by the quoted topic it is held on."""
    if re.match(r"[“「]", index.text[start:start + 1]):
        return start
    markers = lexicon.alternation(lexicon.events()["topic_markers"])
    holds = _hold_verbs()
    topic = re.search(rf"(?:{markers})[“「][^“”「」\n]{{2,30}}[”」](?:{holds})$",
                      index.text[max(0, start - 40):start])
    return start - len(topic.group()) if topic else start


def _theme_start(index: TextIndex, start: int, end: int) -> Optional[int]:
    """开展了以“人道与健康同行”为主题的 + 纪念宣传活动: an event whose name says only its kind is named by
    the quoted theme it is held under (not …为主题的2024年璟宁市残疾人就业招聘会, named by itself)."""
    theme = THEMED.search(index.text, max(0, start - MAX_THEMED), start)
    name = index.text[start:end]
    if theme is None or re.search(r"[“「0-9]", name) or len(name) > MAX_KIND_NAME:
        return None
    return theme.start(1)


def _after_count(index: TextIndex, start: int) -> bool:
    """开展12场 + 宣讲活动; 8 + 处历史文化街区…调研, 300 + 余场活动: the name read back to a figure, or into
    its unit (after 余 or 多)."""
    before = index.text[max(0, start - 8):start]
    unit = index.text[start + 1:start + 2] if index.text[start:start + 1] in "余多" else index.text[start:start + 1]
    return TALLY_OF_TIMES_BEFORE.search(before) is not None \
        or FIGURE_BEFORE.search(before) is not None and unit in lexicon.count_units()


def _act_events(index: TextIndex) -> list[tuple[int, int, str]]:
    found = []
    for m in act_pattern().finditer(index.text):
        clause_start, clause_end = index.clause(m.start())
        obj = index.text[m.end():clause_end]
        if _tally().search(obj) or _not_object().match(obj):
            continue  # 检查用人单位860户: a year's tally, not an event
        if _how_it_went(index, m.end(), clause_end):
            continue  # 监督检查 + 扎实开展: how the work went, no object
        if m.end() + 1 in index.end_set and index.starts[index.token_at(m.end())] == m.start():
            continue  # 发放 + 慰问金/n: the act's word and one character more are a thing (not 检查指导)
        if obj.rstrip("”》」").endswith(tuple(lexicon.events()["documents_named_after_acts"])):
            continue  # 关于检查《…》实施情况的报告: a document's title
        if clause_start == m.start() and not index.is_caption(m.start()):
            continue  # 检查作为监督工作的…: an act with no one doing it is a topic, not an event
        if index.text[m.start() - 1:m.start()] == "的":
            continue  # 市政协的调研深入扎实: the act named as a thing, what is said of it after
        if inside_a_title(index.text, clause_start, m.start()) or obj.count("”") > obj.count("“"):
            continue
        while clause_end > m.end() and index.text[clause_end - 1] in "】]）)":
            clause_end -= 1  # 【市政协视察城区河道综合整治工作】: the heading's bracket is no part of it
        found.append((m.start(), clause_end, lexicon.events()["act_verbs"][m.group()]))
    return found


def _how_it_went(index: TextIndex, start: int, end: int) -> bool:
    """扎实/a + 开展/v, 有序/d + 推进/v: an adverb and a verb, not an object (先进/a + 制造业 is one)."""
    i = index.token_at(start) if start < end else None
    return i is not None and index.tags[i] in ("a", "ad", "d") and i + 1 < len(index.words) \
        and index.tags[i + 1] == "v"


def _a_step_of_a_chain(text: str, start: int, end: int) -> bool:
    """“交办—办理—反馈—抽查”, “线上签到+现场抽查+回访评估”: a step of a quoted chain of three steps or more
    is a way of working, no event."""
    opening = text.rfind("“", max(0, start - MAX_CHAIN), start)
    closing = text.find("”", end, end + MAX_CHAIN)
    return opening >= 0 and closing >= 0 and "”" not in text[opening:start] and "“" not in text[end:closing] \
        and len(STEP_JOINS.findall(text, opening, closing)) >= 2


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


def _event_it_follows(index: TextIndex, start: int, events: list[EventMention]) -> Optional[EventMention]:
    """在开工仪式后召开的 + 现场推进会, 启动仪式结束后，…开展 + 增殖放流活动: an event held right after
    one named before it."""
    m = _after_an_event().search(index.text, max(0, index.clause(start)[0] - 1), start)
    opening = _after_an_event_opening().match(index.text, index.sentence(start)[0], start)
    m = m or (opening if opening and opening.end() == index.clause(start)[0] else None)  # its first clause
    if m is None:
        return None
    return next((e for e in reversed(events) if m.group("other") in normalise(e.name)), None)  # …启动仪式暨…


def _held_where_and_when(event: EventMention, before: EventMention) -> None:
    if event.place is None:
        event.place = before.place
    if len(event.date or "") < len(before.date or ""):
        event.date, event.date_span = before.date, before.date_span


@lru_cache(maxsize=1)
def _after_an_event() -> re.Pattern:
    verbs = _hold_verbs()
    ends = lexicon.alternation(lexicon.events()["time_clause_ends"])
    return re.compile(rf"在(?P<other>[\u4e00-\u9fff]{{2,12}}?)(?:结束)?(?:{ends})(?:{verbs})?的?$")


@lru_cache(maxsize=1)
def _after_an_event_opening() -> re.Pattern:
    """启动仪式结束后，: a sentence that opens with the time after an event."""
    ends = lexicon.alternation(lexicon.events()["time_clause_ends"])
    return re.compile(rf"在?(?P<other>[\u4e00-\u9fff]{{2,12}}?)(?:结束)?(?:{ends})[，,]")


def _is_specific(index: TextIndex, start: int, end: int, event: EventMention) -> bool:
    name = index.text[start:end]
    if _many_or_habit(index, start, end) or _sittings_of_the_year(index, name, end):
        return False
    if name.startswith(tuple(lexicon.events()["references"])):
        return False  # 比上次会议增长8.7%: an event named elsewhere
    if _an_act_told_in_passing(name) or _a_slogan(name) or _a_kind_of_activity(name):
        return False  # 开展“回头看”, 入户走访1300余户, 围绕…协商议政; 推行“拿地即开工”审批服务; 举办专题讲座
    if _term_body(name) and not (_held(index, start) or _held_after(index, end)) \
            or _item_of_a_quoted_list(index.text, start, end):
        return False  # 第十八届人民代表大会常务委员会; but 召开第三届会员代表大会 sits
    if "“" in name or "「" in name or "《" in name or _numbered(index, start, name):
        return True
    if any(marker in name for marker in lexicon.events()["specific_markers"]):
        return True
    if len(name) - len(_head_noun(name)) >= 5 and (_held(index, start) or _held_in_a_list(index, start, end)):
        return True  # 举办代表履职能力提升培训班: a described event someone holds
    if len(name) - len(_head_noun(name)) >= 2 and _held(index, start) and _named_organizer(event) \
            and not _held_over_years(index, start, end):
        return True  # 开展侨法宣传活动45场: a body's activity of the year, however many times held
    if event.place is not None and (_held(index, start) or _held_after(index, end)):
        return True  # 在安亭镇召开现场协商会, 座谈会在镇政府三楼会议室召开: held somewhere
    if event.category == "ceremony" and len(name) > len(_head_noun(name)) and _held(index, start):
        return True  # 举行了赠书仪式: a ceremony is held once
    if index.is_caption(start) or len(name) - len(_head_noun(name)) >= 2 and COUNTED_LIST_END.match(index.text, end):
        return True  # a headline; an item named in a list of a tally of events
    sentence_start, _ = index.sentence(start)
    has_date = event.date_span is not None and len(event.date or "") > 4 and \
        index.seg.offsets[sentence_start] <= event.date_span.start and not _deadline(index, event.date_span)
    return has_date or (_named_organizer(event)
                        and event.category in ("inspection", "research", "visit", "ceremony"))


def _an_act_told_in_passing(name: str) -> bool:
    """现场核查, “回头看” (not 首轮外业核查, 春季防火巡查, “巡察整改回头看”): an act with no mark of one campaign."""
    bare = QUOTE_MARKS.sub("", name)
    head = next((h for h in lexicon.events()["acts_named_by_a_mark"] if bare.endswith(h)), None)
    if head is None:
        return False
    quoted = QUOTED_PART.findall(name)
    return not any(q != head for q in quoted) and not any(m in bare for m in lexicon.events()["act_marks"])


def _a_kind_of_activity(name: str) -> bool:
    """专题讲座, 拉网式排查: a kind of activity with no topic, holder or time of its own."""
    return QUOTE_MARKS.sub("", name) in lexicon.events()["generic_names"]


def _a_slogan(name: str) -> bool:
    """“拿地即开工”: a quoted way a service works, no event."""
    return any(mark in quoted for quoted in QUOTED_PART.findall(name) for mark in lexicon.events()["slogan_marks"])


def _sittings_of_the_year(index: TextIndex, name: str, end: int) -> bool:
    """全年召开党组会议24次: a standing body's sittings of the year, told by their number, no one event."""
    sittings = tuple(lexicon.events()["sittings_named_by_their_body"])
    return name.removesuffix("议").endswith(sittings) and re.match(TIMES, index.text[end:end + 8]) is not None


def _named_organizer(event: EventMention) -> bool:
    """A body named as the event's holder, not only pointed at (该中心, 剧团: a generic act of it)."""
    organizer = event.organizer
    return organizer is not None and (organizer.refers_to is None or organizer.span.text == organizer.name)


def _item_of_a_quoted_list(text: str, start: int, end: int) -> bool:
    """实现“基层检查、县级诊断、省级会诊”: one of the parallel phrases of a slogan, no event."""
    before, after = text[start - 1:start], text[end:end + 1]
    return (before == "“" and after == "、" or before == "、" and after in "、”") \
        and "“" in text[max(0, start - QUOTED_LIST_REACH):start] \
        and "”" in text[end:end + QUOTED_LIST_REACH]


def _numbered(index: TextIndex, start: int, name: str) -> bool:
    """第三次, 十届一次会议: an ordinal numbers the event; 一次 opening the name alone is an article
    (组织一次疏散演练)."""
    ordinal = ORDINAL.search(name)
    if ordinal and ordinal.group() == "一次" and ordinal.start() == 0 and not index.text.endswith("届", 0, start):
        ordinal = ORDINAL.search(name, ordinal.end())
    return ordinal is not None


@lru_cache(maxsize=1)
def _many_words() -> tuple[str, ...]:
    """The words that make an event word many events or a habit, wherever they stand."""
    events = lexicon.events()
    return tuple(events["generic_markers"] + events["habit_markers"] + events["series_markers"])


def _many_or_habit(index: TextIndex, start: int, end: int) -> bool:
    """各类活动, 等: many events, not one; 定期, 每月一次 in the clause before: a habit (坚持每月一次开展
    “劳模工匠进企业”活动); 系列演出 is many unless a quoted title names the series (“文化惠民·欢乐扬州”系列演出);
    “擂台比武”等方式: a way of working."""
    name, events = index.text[start:end], lexicon.events()
    if re.match(rf"[”」』]*等?(?:{lexicon.alternation(events['ways_after'])})", index.text[end:end + 5]):
        return True
    generic = events["generic_markers"]
    if any(_marker_in(index, start, name, g) for g in generic) \
            or any(index.text[max(0, start - 4):start].endswith(g) for g in generic):
        return True
    if any(h in index.text[index.clause(start)[0]:end] for h in events["habit_markers"]):
        return True
    return any(s in name for s in events["series_markers"]) and not re.search(r"[“「《]", name)


def _marker_in(index: TextIndex, start: int, name: str, marker: str) -> bool:
    """The marker in the name as a word of its own where it is one character (等, not 等级认定)."""
    at = name.find(marker)
    while at >= 0:
        if len(marker) > 1 or index.words[index.token_at(start + at)] == marker:
            return True
        at = name.find(marker, at + 1)
    return False


def _deadline(index: TextIndex, date: Span) -> bool:
    """确保改造工程6月底前全面开工: a date with 前 after it is a goal's deadline, not the day of an event."""
    return re.match(r"[底末初]?(?:以前|之前|前)(?!夕)", index.seg.document.text[date.end:date.end + 3]) is not None


def _term_body(name: str) -> bool:
    """第十八届人民代表大会 with no session (第三次会议) is the body elected for a term, not a meeting of it."""
    return name.endswith(tuple(lexicon.events()["term_bodies"])) and "届" in name and "次" not in name


def _head_noun(name: str) -> str:
    m = noun_ending().search(name)
    return m.group() if m else ""


def _held_over_years(index: TextIndex, start: int, end: int) -> bool:
    """自2018年以来累计举办年轻干部培训班11期: a tally over years is many events, not one."""
    return re.match(TIMES, index.text[end:end + 7]) is not None \
        and _over_years().search(index.text[index.sentence(start)[0]:start]) is not None


@lru_cache(maxsize=1)
def _over_years() -> re.Pattern:
    return re.compile(lexicon.alternation(lexicon.events()["over_years"]))


def _held(index: TextIndex, start: int) -> bool:
    """举办…, 组织开展了…: a hold verb just before the name, in its own clause (…40余人参加。活动现场设置义诊
    is held by no one), perhaps with how long it lasts between them (举办为期3天的 + …培训班)."""
    lasting = LASTING.search(index.text, max(0, start - MAX_LASTING), start)
    start = lasting.start() if lasting else start
    return _hold_verb().search(index.text, max(index.clause(start)[0], start - 6), start) is not None


def _held_in_a_list(index: TextIndex, start: int, end: int) -> bool:
    """举办…论坛、第九届“茶王赛”、手工制茶技能大赛: an item of the list of events a hold verb opens, each
    held once (not 心电图检查146例、B超检查212例: each counted)."""
    if index.text[start - 1:start] not in LIST_JOINERS or re.match(r"[0-9一二三四五六七八九十百等]", index.text[end:end + 1]):
        return False  # …、驾驶操作人员培训等服务: examples of a kind of work
    verbs = list(_hold_verb().finditer(index.text, max(index.clause(start)[0], start - HELD_LIST_REACH), start))
    return bool(verbs) and "、" in index.text[verbs[-1].end():start]


@lru_cache(maxsize=1)
def _hold_verb() -> re.Pattern:
    return re.compile(_hold_verbs())


def _hold_verbs() -> str:
    """举办|举行|召开|开展…: the alternation the readers of a held event embed in their patterns."""
    return lexicon.alternation(lexicon.events()["hold_verbs"])


def _organizer(index: TextIndex, start: int, end: int, orgs: list[OrgMention],
               people: list[PersonMention]) -> Optional[OrgMention]:
    """The organization that holds the event: named in the event (not the one a 揭牌仪式 opens),
    the first named after 由 (由X主办、Y承办, 由X牵头), or the sentence's subject."""
    s_begin, _ = index.sentence(start)
    b, e = index.seg.offsets[s_begin], index.seg.offsets[min(end, len(index.seg.offsets)) - 1]
    inside = [o for o in orgs if index.seg.offsets[start] <= o.span.start < e]
    founds = any(w in index.text[start:end] for w in lexicon.events()["founding_words"])
    if inside and inside[0].span.start == index.seg.offsets[start] and not founds:
        return inside[0]
    by = lexicon.alternation(lexicon.events()["host_verbs"])
    m = re.search(rf"由([^，。,；;]{{2,30}}?)(?:{by})", index.text[s_begin:end])
    hosts = [o for o in orgs if m and index.seg.offsets[s_begin + m.start(1)] <= o.span.start
             < index.seg.offsets[s_begin + m.end(1) - 1]]
    if hosts:
        return hosts[0]
    doer = subject_of(index.seg.document.text, orgs, b, index.seg.offsets[start])
    if doer:
        return doer
    holders = [p.affiliation for p in people if p.affiliation and b <= p.span.start < index.seg.offsets[start]]
    return holders[0] if holders else None


def _date(index: TextIndex, start: int, end: int, dates: list[DateMention]) -> Optional[DateMention]:
    """The most precise date of the event's sentence before it, else the one 于 puts right after it
    (…经济工作会议，于2024年12月26日至27日在澴川会堂举行), else the paragraph's last, unless the
    event is held several times (联谊活动三场): one day of the paragraph is none of theirs."""
    s_begin, _ = index.sentence(start)
    p_begin, _ = index.paragraph(start)
    in_sentence = [d for d in dates if s_begin <= d.start < start]
    in_sentence = [d for d in in_sentence if not _ends_a_range(index.text, d, in_sentence)]
    if in_sentence:
        return max(in_sentence, key=lambda d: (len(d.iso), d.start))
    after = next((d for d in dates if end <= d.start <= end + MAX_DATE_GAP), None)
    if after is not None and DATE_AFTER.fullmatch(index.text[end:after.start]):
        return after
    if re.match(TIMES, index.text[end:end + 7]):
        return None
    in_paragraph = [d for d in dates if p_begin <= d.start < start]
    return in_paragraph[-1] if in_paragraph else None


def _ends_a_range(text: str, date: DateMention, dates: list[DateMention]) -> bool:
    """4月至10月, 开展…专项监督活动: the event is dated by the range's start, not its end (``dates``:
    those of the sentence)."""
    joiners = lexicon.units()["range_joiners"]  # 4月 + 至 + 10月, as a figure's range is joined
    return any(text[d.end:date.start] in joiners for d in dates if d.end <= date.start)


def _place(index: TextIndex, start: int, places: list[PlaceMention],
           orgs: list[OrgMention]) -> Optional[PlaceMention]:
    """Where the event is held: the venue of 在…召开 in its sentence, else the place that holds
    it, else a place right after a verb of going (进, 赴, 走进 …)."""
    s_begin, s_end = index.sentence(start)
    for venue in _venue().finditer(index.text, s_begin, s_end):
        group = "at" if venue.group("at") else "to"
        link = index.token_at(venue.start())
        if index.ends[link] == venue.start(group) and (group == "to" or index.starts[link] == venue.start()) \
                and not NOT_A_VENUE.search(venue.group(group)) \
                and not _a_time(index, venue.start(group), venue.end(group)) \
                and not _an_act_alone(index, venue.start(group), venue.end(group)):  # 在 as a word, not 在建工程项目
            end = _venue_end(index.text, venue.start(group), venue.end(group))
            if end is None:
                continue
            span = index.seg.span(_venue_start(index.text, venue.start(group), end), end)
            return _last_unit(span, places) or PlaceMention(span=span, name=span.text)
    host = _host_place(index, start, places, orgs)
    if host:
        return host
    verbs = lexicon.alternation(lexicon.events()["place_verbs"])
    for m in re.finditer(rf"(?:{verbs})", index.text[s_begin:s_end]):
        at = index.seg.offsets[s_begin + m.end()] if s_begin + m.end() < len(index.seg.offsets) else -1
        place = _innermost(at, places)
        if place:
            return place
    return None


def _an_act_alone(index: TextIndex, begin: int, end: int) -> bool:
    """在 + 深入/v + 调研的基础上: one word of acting or manner between 在 and the act names no place."""
    i = index.token_at(begin)
    return index.starts[i] == begin and index.ends[i] == end and index.tags[i][:1] in ("v", "d", "a")


def _a_time(index: TextIndex, begin: int, end: int) -> bool:
    """于今冬组织, 于今年下半年开展, 在年内再组织, 在18日下午召开的, 计划在2025年组织: a place opens with
    no time word and no date."""
    i = index.token_at(begin)
    return index.starts[i] == begin and index.tags[i] == "t" or DATE_OPENING.match(index.text, begin) is not None


def _venue_end(text: str, begin: int, end: int) -> Optional[int]:
    """在…后 is a time: the venue is the place named before the act (在市会议中心大礼堂 + 圆满完成各项议程后),
    or there is none; 就 after a venue's head opens the topic (在检察听证室 + 就…案 + 召开), and 为 before a
    figure those it serves (在…田间学校 + 为90余名果农)."""
    topic = text.find("就", begin, end)
    if topic > begin and text.endswith(_venue_or_room_endings(), begin, topic):
        return topic  # 在该院检察听证室 + 就…公益诉讼案 + 召开: what the meeting is about follows the room
    served = FOR_WHOM.search(text, begin, end)
    if served and served.start() > begin + 1:
        return served.start()  # 在荇桥镇农民田间学校 + 为90余名果农… + 开展培训: for whom, after the venue
    if not text.endswith(tuple(lexicon.events()["time_clause_ends"]), begin, end):
        return end
    heads = [m.end() for m in _venue_head().finditer(text, begin, end)]
    return heads[-1] if heads else None


def _venue_start(text: str, begin: int, end: int) -> int:
    """Where the venue's own name starts: after the last 的 or 在 in it (在新建成的 + 东校区塑胶运动场,
    于2025年在 + 南湖理工大学) and after the reporting body's 我校, 本院 (我校 + 泗滨校区学术交流中心)."""
    qualified = max(text.rfind(c, begin, end) for c in "的在")
    if qualified >= 0 and end - qualified > 2:
        begin = qualified + 1
    own = SELF_REFERENCE.match(text, begin, end)
    return own.end() if own and end - own.end() >= 2 else begin


def _last_unit(span: Span, places: list[PlaceMention]) -> Optional[PlaceMention]:
    """在金安区三里桥街道清水河社区举办: a venue that ends in a place's name is that place."""
    ending = [p for p in places if span.start <= p.span.start and p.span.end == span.end]
    return max(ending, key=lambda p: p.span.start) if ending else None


def _innermost(at: int, places: list[PlaceMention]) -> Optional[PlaceMention]:
    """赴浙江省宁波市: of the places that run on from at, each within the one before, the last
    is where the event is."""
    place = None
    while there := [p for p in places if p.span.start == (at if place is None else place.span.end)]:
        place = max(there, key=lambda p: p.span.end)
    return place


def _host_place(index: TextIndex, start: int, places: list[PlaceMention],
                orgs: list[OrgMention]) -> Optional[PlaceMention]:
    """金竹村召开村民代表大会, 桂花岭村妇联组织…活动: a village or community, or a body of one, that
    holds an event holds it at home (武侯区召开…大会 names the district's government, not where it met)."""
    clause_start, _ = index.clause(start)
    begin, end = index.seg.offsets[clause_start], index.seg.offsets[start]
    home_levels = tuple(lexicon.events()["home_levels"])
    for holder in [*places, *orgs]:
        after = bisect.bisect_left(index.seg.offsets, holder.span.end)
        if begin <= holder.span.start and holder.span.end <= end and _hold_verb().match(index.text, after):
            home = [p for p in places if holder.span.start <= p.span.start and p.span.end <= holder.span.end
                    and normalise(p.name).endswith(home_levels)]
            if home:
                return home[-1]
    return None


def _visited(index: TextIndex, start: int, end: int, event: EventMention,
             places: list[PlaceMention]) -> Optional[PlaceMention]:
    """调研萧王庙街道乡村振兴项目: an inspection or visit takes place where its object is."""
    if event.category not in ("inspection", "research", "visit"):
        return None
    whole = lexicon.places()["whole_region"]
    b, e = index.seg.offsets[start], index.seg.offsets[end - 1] + 1
    inside = [p for p in places if b <= p.span.start < e and normalise(p.name) not in whole]  # 全區 too
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
