"""Counts: a number, its bound and magnitude, a measure word, and what is counted.

260余条协商建议 is at least 260 条; 60余万元 at least 600000 元; 2.83万余人次 at least
28300 人次. Years, dates, ordinals (十五届, 第一次), rates (每年一次) and idioms
(一条心) are not counts. What a figure counts is read in ``items``; a figure that names
nothing takes the item of the figure before it here (其中被采用58篇).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..records import CountMention
from .context import NOUN_TAGS, TextIndex, inside_a_title_on_its_line
from .items import DURATION_UNITS, MANNER_WORDS, SHARE_ADVERBS, SHARE_VERBS, WHERE_THEY_SAT, find_item, unit_family
from .numbers import approximate_pair, count_pattern, scaled

MAX_IDIOM_LEAD = 4  # characters of an idiom before the figure it holds (三番 + 五次)
MAX_IDIOM_TAIL = 12  # and after it (九年 + 一贯制学校)
LIST_JOINS = frozenset({"、", "和", "及", "与"})  # between figures of one list
# 80余人 + 在分会场 + 出席: the verb of attending after a figure of people
ATTENDANCE_AFTER = re.compile(rf"{WHERE_THEY_SAT}(?P<verb>{lexicon.alternation(lexicon.units()['attendance_verbs'])})")
MAX_ATTENDEES = 8  # characters of the group named before the number of those attending (市统计局全体干部)
ATTENDEES_BEFORE = re.compile(r"(?:共计|合计|共有|共|等)?$")  # 主要负责人 + 共 + 260余人参加
POINT_UNITS = frozenset(lexicon.units()["point_units"])  # 6.5个百分点: a change of a rate
RATE_HEAD = re.compile(rf"(?:{lexicon.alternation(lexicon.units()['rate_heads'])})(?![先领队])")  # 参与率 (not 率先)
MAX_RATE_NAME = 8  # characters of a rate's name (常住人口签约率)
PERCENT_UNITS = frozenset(lexicon.units()["percent"]) - POINT_UNITS  # 11.2%, not 6.5个百分点 (a rate's change)
COMPARISON_WORDS = frozenset(lexicon.units()["comparison_words"])  # 同比, 较上年: the period a change is over
BOUND_WORDS = [w for k, words in lexicon.units()["bounds"].items() if k.endswith("_before") for w in words]
MAX_LISTED_ITEM = 12  # characters of an item listed before a change 分别 gives each (全市生产安全事故起数)
MAX_RATE_LINK = 6  # characters from a rate's name to its percentage (连续两年保持)
MAX_CHANGE_WORDS = 8  # characters of the words of its change (较去年同期提高)
UNITS_TWO_COUNTS = frozenset(lexicon.units()["units_two_counts"])  # 两期, 两家: a figure (not 两年, 两部门)
PARTITIVES = frozenset(lexicon.units()["partitives"])  # 其中, 其余: a part of the figure before, no act
ACT_BEFORE = re.compile(rf"(?:^|[，,。；;：:、\n])(?:{lexicon.alternation(sorted(PARTITIVES))})?([\u4e00-\u9fff]{{2,9}})$")
PASSIVE_CLAUSE = re.compile(r"被[\u4e00-\u9fff、]{2,14}?(?=[，,。；;\n]|$)")  # 被 + who + what: done to the items counted
RESPECTIVELY = re.compile(r"(?:其中)?((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8})(?:和|及)?分别(?:为|是|达到|达|有)?")
PARTS_NEXT_SENTENCE = re.compile(r"[。；]其中[，,]?[^。；]*$")  # …14.71亿元。其中，槎溪分中心发放2137笔
PARTS_OPENING = re.compile(r"[\u4e00-\u9fff]{0,10}?中[，,]")  # 217件信访举报件 + 中，: the parts of a whole come next
RESPECTIVE_JOINS = ("、", "和", "及", "，", ",")  # all that stands between the figures 分别 pairs with items
MAX_MODIFIER = 3  # 国家级、省级 + 非遗项目: characters of a modifier listed before a shared head (not 事故起数、死亡人数)
PLACE_ALONE = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:区|县|市|镇|乡|街道)")  # 瑗江区、 …分别为
PLACE_THEN_NOUN = re.compile(rf"({PLACE_ALONE.pattern})([\u4e00-\u9fff]{{2,}})?")  # 翎湖区 + 法人单位
TIMES_UNITS = frozenset({"次", "遍", "回"})  # how often, which a period makes a rate
PERIOD_RATE = re.compile(r"每(?:天|日|周|月|季度|年)")  # 每天 + 播放防火提示 + 3次
MAX_RATE_REACH = 12  # characters from a period's 每 to the figure it makes a rate
PARTS_OF_A_WHOLE = tuple(lexicon.units()["parts_of_a_whole"])  # 其中, not 另有: a part of the figure before
SLOGAN_TAIL = re.compile(r"[\u4e00-\u9fff]{0,6}[”」]")  # what a short quote holds after its numeral and unit
WORKS = ("工程", "项目")  # what a phase in brackets after it belongs to (…提升工程（二期）)
# 四期 + 集装箱码头工程: the phase of a named work
PHASE_OF_A_WORK = re.compile(rf"[\u4e00-\u9fff]{{0,8}}?(?:{'|'.join(WORKS)})")


def find_counts(index: TextIndex) -> list[CountMention]:
    counts, named_again = [], set()
    for m in count_pattern().finditer(index.text):
        if m.start("num") > 0 and re.match(r"[0-9.]", index.text[m.start("num") - 1]):
            continue  # the tail of a longer number
        parsed = _value(m)
        if parsed is None or _is_not_a_count(index, m, parsed[0]):
            continue
        if parsed[1] is not None and parsed[1] < parsed[0]:
            continue  # 13至5个 is no range
        if _a_bracketed_repeat(index, m, parsed[0], counts):
            continue
        if _a_whole_named_again(index, m, parsed[0], counts):
            named_again.add(m.start())  # its parts after it take their item from it, then it goes
        counts.append(_count(index, m, *parsed))
    counts = _ranges_written_in_full(index, counts)
    _inherit_items(index, counts)
    _parts_told_by_their_acts(index, counts)
    _items_respectively(index, counts)
    _rates_that_changed(index, counts)
    _percentages_of_a_change(index, counts)
    again = {index.seg.offsets[at] for at in named_again}
    # a figure that counts nothing named is no fact
    text = index.seg.document.text
    return [c for c in counts if c.item and not _span_of_time(text, c) and c.span.start not in again]


def _rates_that_changed(index: TextIndex, counts: list[CountMention]) -> None:
    """参与率较去年提高6.5个百分点, 分担率达81.6%，同比提高7.3个百分点: a change in percentage points measures
    the rate its sentence names before it; the words of the change in its clause describe it."""
    for count in counts:
        if count.unit not in POINT_UNITS:
            continue
        start = index.nlp_span(count.span)[0]
        rate = _rate_before(index, start)
        if rate is None:
            continue
        count.item_span = index.seg.span(*rate)
        count.item = count.item_span.text
        change = index.text[max(rate[1], index.clause(start)[0]):start].strip("，,、 ")
        count.comparison = change if 0 < len(change) <= MAX_CHANGE_WORDS else count.comparison


def _percentages_of_a_change(index: TextIndex, counts: list[CountMention]) -> None:
    """同比增长11.2%, 参评作品数量较上届增长31%, 同比分别下降25%和22.2%: a percentage after a verb of change
    is that change of its item; the change (without 分别) describes it, and what it is compared with (上届)
    is no item: the item is named before the change, or is the figure's just before it."""
    before: Optional[CountMention] = None
    listed: list[CountMention] = []  # the percentages of one change 分别 gives to several items
    for count in counts:
        start = index.nlp_span(count.span)[0]
        if count.unit in PERCENT_UNITS and before is not None and listed and before is listed[-1] \
                and index.text[index.nlp_span(before.span)[1]:start] in LIST_JOINS:
            count.comparison = before.comparison  # 同比分别下降25%和 + 22.2%
            listed.append(count)
        elif count.unit in PERCENT_UNITS:
            _items_of_each(index, counts, listed)
            listed = _percentage_of_a_change(index, count, start, before)
        before = count
    _items_of_each(index, counts, listed)


def _percentage_of_a_change(index: TextIndex, count: CountMention, start: int,
                            before: Optional[CountMention]) -> list[CountMention]:
    """The change a percentage is (or the rate it is), and [count] if the change is of several items (分别)."""
    clause = index.clause(start)[0]
    change = _change_before().search(index.text, clause, start)
    if change is None and _share_opening(index.text[clause:start]) and before is not None and before.item \
            and before.unit not in PERCENT_UNITS and index.nlp_span(before.span)[1] >= index.sentence(start)[0]:
        count.comparison = index.text[clause:start]  # 经济建设方面89件，占35.5%: the share of what it counts
        count.item, count.item_span = before.item, before.item_span
        return []
    if change is None:
        _rate_right_before(index, count, clause, start)
        return []
    count.comparison = (change.group("period") or change.group("mark") or "") + change.group("verb")
    compared = change.group("mark") or ""
    if not count.item or count.item in compared or count.item == change.group("verb") \
            or count.item.endswith(tuple(COMPARISON_WORDS)):
        _item_before_a_change(index, count, clause, change.start(), before)
    return [count] if change.group("each") or change.group("each_after") else []


def _items_of_each(index: TextIndex, counts: list[CountMention], listed: list[CountMention]) -> None:
    """献血人次和采血量同比分别增长9.6%和11.2%, 亩产玉米612公斤、大豆118公斤，较…分别提高9.6%和14.3%: the
    percentages after 分别 go, in order, with the items listed before the change, or else with the figures
    of the sentence just before them."""
    if len(listed) < 2:
        return
    first = index.nlp_span(listed[0].span)[0]
    clause = index.clause(first)[0]
    change = _change_before().search(index.text, clause, first)
    names = list(re.finditer(rf"[^{''.join(LIST_JOINS)}]+", index.text[clause:change.start()]))
    if len(names) == len(listed) and all(2 <= len(n.group()) <= MAX_LISTED_ITEM for n in names):
        for count, name in zip(listed, names):
            count.item_span = index.seg.span(clause + name.start(), clause + name.end())
            count.item = count.item_span.text
        return
    sentence = index.sentence(first)[0]
    figures = [c for c in counts if c.unit not in PERCENT_UNITS and c.item
               and sentence <= index.nlp_span(c.span)[0] < clause]
    if len(figures) >= len(listed):
        for count, figure in zip(listed, figures[-len(listed):]):
            count.item, count.item_span = figure.item, figure.item_span


def _rate_right_before(index: TextIndex, count: CountMention, clause: int, start: int) -> None:
    """出庭应诉率连续两年保持100%, 网上可办率达到98.6% (率达/v): a percentage a few words after a rate its
    clause names is that rate."""
    if count.item and RATE_HEAD.search(count.item[-2:]) and count.item_span is not None \
            and index.nlp_span(count.item_span)[0] >= clause:
        return  # 出厂水水质综合合格率: read whole already (not 覆盖率 of the clause before)
    rate = _rate_before(index, start)
    if rate is not None and rate[0] >= clause and start - rate[1] <= MAX_RATE_LINK \
            and not re.search(r"[0-9、]", index.text[rate[1]:start]):
        count.item_span = index.seg.span(*rate)
        count.item = count.item_span.text


def _item_before_a_change(index: TextIndex, count: CountMention, clause: int, change: int,
                          figure_before: Optional[CountMention]) -> None:
    """参评作品数量 + 较上届增长; ，同比增长 after 签发量78万张: what changed is named before the change, or, where
    the clause opens with it, is what the figure just before it counts."""
    begin = _last_words(index, clause, change, MAX_RATE_NAME)
    if begin < change and index.tags[index.token_at(change - 1)] in NOUN_TAGS:
        count.item_span = index.seg.span(begin, change)
        count.item = count.item_span.text
    elif begin == change and figure_before is not None and figure_before.item \
            and index.nlp_span(figure_before.span)[1] >= clause - 1:
        count.item, count.item_span = figure_before.item, figure_before.item_span


def _share_opening(words: str) -> bool:
    """占, 约占, 占比: a clause that opens with a share's verb and holds nothing else before the figure."""
    return _share_verb_alone().fullmatch(words) is not None


@lru_cache(maxsize=1)
def _share_verb_alone() -> re.Pattern:
    return re.compile(rf"(?:{SHARE_ADVERBS})?(?:{SHARE_VERBS})(?:{SHARE_ADVERBS})?")


@lru_cache(maxsize=1)
def _change_before() -> re.Pattern:
    """(同比|较上届)(分别)?增长 + (约)? right before a percentage."""
    periods = lexicon.alternation(sorted(COMPARISON_WORDS, key=len, reverse=True))
    verbs = lexicon.alternation(lexicon.units()["growth_verbs"])
    return re.compile(rf"(?P<each>分别)?(?:(?P<period>{periods})|(?P<mark>[较比][^，,；;。、（(]{{1,10}}?))?(?P<each_after>分别)?"
                      rf"(?P<verb>{verbs})了?(?:{lexicon.alternation(BOUND_WORDS)})?$")  # 增长 + 约27%


def _rate_before(index: TextIndex, start: int) -> Optional[tuple[int, int]]:
    """The last rate named before start in its sentence (率达/v, 增速/v: the segmenter's words do not say
    where), from its clause's start or its last few words."""
    heads = list(RATE_HEAD.finditer(index.text, index.sentence(start)[0], start))
    if not heads:
        return None
    head = heads[-1]
    begin = index.clause(head.start())[0]
    if head.end() - begin > MAX_RATE_NAME:  # the first word that starts within the name's reach
        k = bisect.bisect_left(index.starts, head.end() - MAX_RATE_NAME)
        begin = min(index.starts[k], head.start()) if k < len(index.starts) else head.start()
    return (begin, head.end()) if begin < head.start() or len(head.group()) > 1 else None


def _a_whole_named_again(index: TextIndex, m: re.Match, value: float, counts: list[CountMention]) -> bool:
    """转办信访举报件217件 … 217件信访举报件中，责令整改186件: a figure stated before, named again to open
    its parts, is no new count."""
    return PARTS_OPENING.match(index.text, m.end()) is not None and _stated_before(index, m, value, counts)


def _a_bracketed_repeat(index: TextIndex, m: re.Match, value: float, counts: list[CountMention]) -> bool:
    """拟表彰优秀共产党员12名 … 一、优秀共产党员（12名）: a figure alone in brackets that repeats one stated
    before heads the list of what it counts; it is no new count."""
    text = index.text
    bracketed = m.start() > 0 and text[m.start() - 1] in "（(" and text[m.end():m.end() + 1] in ("）", ")")
    return bracketed and _stated_before(index, m, value, counts)


def _stated_before(index: TextIndex, m: re.Match, value: float, counts: list[CountMention]) -> bool:
    """The same figure in the same unit is among the counts read before it."""
    unit = _unit(index, m)
    return any(c.value == value and c.unit == unit for c in counts)


def _count(index: TextIndex, m: re.Match, value: float, upper: Optional[float]) -> CountMention:
    bound = _bound(m)
    if upper is not None:
        minimum, maximum, bound = value, upper, None
    else:
        minimum = value if bound == "min" else None
        maximum = value if bound == "max" else None
    return _mention(index, m.start(), m.end(), value, _unit(index, m), bound, minimum, maximum)


def _mention(index: TextIndex, start: int, end: int, value: float, unit: str, bound: Optional[str] = None,
             minimum: Optional[float] = None, maximum: Optional[float] = None) -> CountMention:
    """The figure at start:end and what it counts."""
    item_span = find_item(index, start, end, unit)
    if item_span and index.text[item_span[0]:item_span[1]] in lexicon.places()["whole_region"]:
        item_span = _act_of_people_after(index, end) if unit_family(unit) in ("人", "人次") else None
    attending = _attendance_after(index, end, unit)
    if attending and (item_span is None or item_span[0] >= end):
        item_span = _attendees_named_before(index, start) or item_span
    return CountMention(
        span=index.seg.span(start, end), value=value, unit=unit,
        item=index.seg.span(*item_span).text.replace("\n", "") if item_span else None,
        item_span=index.seg.span(*item_span) if item_span else None,
        bound=bound, min_value=minimum, max_value=maximum, act=attending,
        role=f"{attending}人员" if attending else None)  # 参加 -> 参加人员: the people counted, named by their act


def _attendance_after(index: TextIndex, end: int, unit: str) -> Optional[str]:
    """260余人 + 参加会议, 80余人 + 在分会场 + 出席: people counted by their attending, whatever the item."""
    found = ATTENDANCE_AFTER.match(index.text, end) if unit_family(unit) == "人" else None
    return found.group("verb") if found else None


def _attendees_named_before(index: TextIndex, start: int) -> Optional[tuple[int, int]]:
    """各乡镇、县直各单位主要负责人 + 共260余人 + 参加会议: who attended is named right before their number
    (after 共 or 等), not by the act after it."""
    end = start - len(ATTENDEES_BEFORE.search(index.text, 0, start).group())
    begin = end
    while begin > 0 and end - index.starts[index.token_at(begin - 1)] <= MAX_ATTENDEES \
            and index.tags[index.token_at(begin - 1)] in NOUN_TAGS:
        begin = index.starts[index.token_at(begin - 1)]
    before = index.token_at(begin - 1) if begin > 0 else -1  # 12家 + 单位 + 300余人参加 (not A/eng 级/q + 景区负责人)
    counted = before >= 0 and (index.tags[before] == "m" or index.tags[before] == "q" and before > 0
                               and index.tags[before - 1] == "m")
    return (begin, end) if begin < end and not counted and index.tags[index.token_at(end - 1)] in NOUN_TAGS else None


def _act_of_people_after(index: TextIndex, end: int) -> Optional[tuple[int, int]]:
    """全市共有12846人次参加无偿献血: the region (全市) is where, not what is counted; people counted
    by what they did, said right after the figure (a verb, then its object), when short."""
    act = _clause_after(index.text, end, 8)
    return (end, end + len(act)) if act and index.tags[index.token_at(end)].startswith("v") else None


def _value(m: re.Match) -> Optional[tuple[float, Optional[float]]]:
    mags = lexicon.units()["magnitudes"]
    factor = mags.get(m.group("mag") or "", 1)
    if (pair := approximate_pair(m.group("num"))) and not m.group("num2"):
        return pair[0] * factor, pair[1] * factor
    first = scaled(m.group("num"), factor)
    if first is None:
        return None
    return first, (scaled(m.group("num2"), factor) if m.group("num2") else None)


def _unit(index: TextIndex, m: re.Match) -> str:
    """The measure word as written (戶 stays 戶 in a traditional text)."""
    unit = index.seg.span(m.start("unit"), m.end("unit")).text
    return "%" if unit in ("%", "％") else unit


def _ranges_written_in_full(index: TextIndex, counts: list[CountMention]) -> list[CountMention]:
    """月薪4500元至7000元之间: two figures of one unit joined by 至 are one range, which counts what the
    pair does (the pattern reads 4500至7000元, with the unit once)."""
    joiners, text, merged = lexicon.units()["range_joiners"], index.text, []
    for count in counts:
        low = merged[-1] if merged else None
        if low is not None and low.unit == count.unit and low.bound is None and count.bound is None \
                and low.max_value is None and low.value < count.value \
                and text[index.nlp_span(low.span)[1]:index.nlp_span(count.span)[0]] in joiners:
            start, end = index.nlp_span(low.span)[0], index.nlp_span(count.span)[1]
            merged[-1] = _mention(index, start, end, low.value, low.unit, None, low.value, count.value)
        else:
            merged.append(count)
    return merged


def _bound(m: re.Match) -> Optional[str]:
    b = lexicon.units()["bounds"]
    before, after = m.group("before"), m.group("after")
    if m.group("num2"):
        return "range"
    if m.group("approx1") or m.group("approx2") or before in b["min_before"] or after in b["min_after"]:
        return "min"
    if before in b["max_before"] or after in b["max_after"]:
        return "max"
    if before in b["about_before"] or after in b["about_after"]:
        return "about"
    return None


def _span_of_time(text: str, count: CountMention) -> bool:
    """用时18天, 3个小时, 60个工作日: how long, not how many (优良天数290天, 中度 + 污染 + 5天 are how many)."""
    spans = lexicon.units()["spans_of_time"]
    timed = count.unit in spans["units"] or count.unit == "个" and count.item.startswith(tuple(spans["items_after_个"]))
    before = text[count.item_span.start:count.span.start] if count.item_span.end <= count.span.start else ""
    return timed and not any(w in count.item or w in before for w in spans["counted_spans"])


# Figures that report nothing.
def _is_not_a_count(index: TextIndex, m: re.Match, value: float) -> bool:
    """A figure that reports nothing: a year, an article or a word, an ordinal, a rate, a span of
    time in a name, a threshold, an idiom (each refusal below says which)."""
    return any(refuses(index, m, value) for refuses in NOT_A_COUNT)


def _before(index: TextIndex, m: re.Match, width: int = 3) -> str:
    return index.text[max(0, m.start("num") - width):m.start("num")]


def _after(index: TextIndex, m: re.Match) -> str:
    return index.text[m.end():m.end() + 4]


def _a_year(index: TextIndex, m: re.Match, value: float) -> bool:
    """2022年, 二〇二二年."""
    return m.group("unit") == "年" \
        and (value >= 1000 or re.fullmatch(r"[零〇一二三四五六七八九]{2,4}", m.group("num")) is not None)


def _an_article_or_a_word(index: TextIndex, m: re.Match, value: float) -> bool:
    """一项工作, 一条心, 零部件, 两年旧貌换新颜: articles, idioms and words, not reported figures (but 分两期举办)."""
    num = m.group("num")
    two_counts = num == "两" and m.group("unit") in UNITS_TWO_COUNTS
    return num in ("一", "几", "两") and not m.group("mag") and not two_counts \
        or num in ("千", "万", "百", "亿", "零", "〇")


def _an_ordinal(index: TextIndex, m: re.Match, value: float) -> bool:
    """第一次, 十届五次."""
    before = _before(index, m)
    return before[-1:] in lexicon.units()["ordinal_markers"] or before.endswith("届")


def _a_rank(index: TextIndex, m: re.Match, value: float) -> bool:
    """居全区前三位, 排名前20位的委员, 各工种前三名: places in a ranking, not people counted."""
    return _before(index, m, 1) == "前" and m.group("unit") in lexicon.units()["rank_units"]


def _a_rate(index: TextIndex, m: re.Match, value: float) -> bool:
    """每年一次, 每月2次; 每天播放防火提示3次, 每季度至少开展1次联合巡护: a period that opens the clause."""
    if any(r in _before(index, m, 6) for r in lexicon.units()["rate_markers"]):
        return True
    clause = index.text[max(index.clause(m.start())[0], m.start() - MAX_RATE_REACH):m.start("num")]
    return m.group("unit") in TIMES_UNITS and PERIOD_RATE.search(clause) is not None \
        and not re.search(r"[0-9一二三四五六七八九十]", clause)  # not 每年投入研发经费不低于800万元: a yearly sum


def _a_time_since(index: TextIndex, m: re.Match, value: float) -> bool:
    """3年来, 一个月后 (not 8个点位: a word counted after the number)."""
    u, following = lexicon.units(), _after(index, m)
    return m.group("unit") in DURATION_UNITS | {"个"} and following.startswith(tuple(u["not_after_number"])) \
        and not following.startswith(tuple(u["counted_after_number"]))


def _a_sessions_ordinal(index: TextIndex, m: re.Match, value: float) -> bool:
    """市十七届人大六次会议."""
    return m.group("unit") == "次" and re.match(r"(?:会议|全会|大会)", _after(index, m)) is not None


def _a_phase(index: TextIndex, m: re.Match, value: float) -> bool:
    """2期扩建工程, 产业园二期, 四期集装箱码头工程, 农村供水保障提升工程（二期）: a project's phase."""
    if m.group("unit") != "期":
        return False
    u, before = lexicon.units(), _before(index, m)
    return (_after(index, m).startswith(tuple(u["phases"]))
            or before.endswith(tuple(u["phase_holders"]))
            or before.endswith("（") and before[:-1].endswith(tuple(u["phase_holders"]) + WORKS)
            or PHASE_OF_A_WORK.match(index.text, m.end()) is not None)


def _a_grade(index: TextIndex, m: re.Match, value: float) -> bool:
    """10万吨级泊位, 百万千瓦级: a measure with 级 after it grades what follows, it counts nothing; nor
    does any figure with 式 after it (三段式考察流程: a form)."""
    return m.group("unit") in lexicon.units()["measure_units"] and index.text.startswith("级", m.end()) \
        or index.text.startswith("式", m.end())


def _inside_a_code(index: TextIndex, m: re.Match, value: float) -> bool:
    """PM2.5 + 年均浓度, PM10: a number glued to the letters before it is part of a code."""
    return m.start("num") > 0 and re.match(r"[A-Za-z]", index.text[m.start("num") - 1]) is not None


def _a_word_of_characters(index: TextIndex, m: re.Match, value: float) -> bool:
    """十六字方针, 红十字会: 字 after a Chinese numeral makes a word; 480万字 counts characters."""
    return m.group("unit") in lexicon.units()["digits_only_units"] and not re.match(r"[0-9]", m.group("num"))


def _a_word_the_unit_opens(index: TextIndex, m: re.Match, value: float) -> bool:
    """3片区: the measure word is the first character of a word (片区)."""
    return _after(index, m).startswith(tuple(lexicon.units()["units_starting_words"].get(m.group("unit"), ())))


def _a_recent_period(index: TextIndex, m: re.Match, value: float) -> bool:
    """近3年, 过去五年: the recent years, a period."""
    return m.group("unit") in DURATION_UNITS and (
        m.group("before") in ("近", "将近") or _before(index, m).endswith(tuple(lexicon.units()["period_openers"])))


def _a_span_in_a_name(index: TextIndex, m: re.Match, value: float) -> bool:
    """三年内, 三年行动方案: a span of time in a name or a deadline."""
    following = _after(index, m)
    return m.group("unit") in DURATION_UNITS and following.startswith(tuple(lexicon.units()["not_after_duration"]))


def _a_threshold(index: TextIndex, m: re.Match, value: float) -> bool:
    """10亿元以上项目, 60周岁以上老人: a threshold that qualifies what follows."""
    following = _after(index, m)
    return m.group("after") in lexicon.units()["threshold_words"] \
        and re.match(r"[\u4e00-\u9fff]", following[:1] or " ") is not None \
        and not following.startswith(("的", "是", "为", "，"))


def _inside_an_idiom(index: TextIndex, m: re.Match, value: float) -> bool:
    """一条心, 千锤百炼, 三番 + 五次: an idiom holding the figure."""
    start = m.start("num")
    idioms = _idiom().finditer(index.text, max(0, start - MAX_IDIOM_LEAD), m.end() + MAX_IDIOM_TAIL)
    return any(idiom.start() <= start < idiom.end() for idiom in idioms)


def _one_of_a_slogan(index: TextIndex, m: re.Match, value: float) -> bool:
    """1人1档, 1个5G, 4人7次: a slogan's or a kind's one, or people told by their times (21个9400套
    and 9个A级景区 count)."""
    glued = re.match(r"[A-Za-z0-9.]", index.text[m.end():m.end() + 1] or " ") is not None
    unit = m.group("unit")
    return glued and (unit == "人" or unit == "个" and value <= 1)


def _a_quoted_slogan(index: TextIndex, m: re.Match, value: float) -> bool:
    """“四个最严”, “三个责任人”, “两项补贴”: a numeral opening a short quote names a slogan's parts, not a
    reported figure."""
    return m.start("num") > 0 and index.text[m.start("num") - 1] in "“「" \
        and re.fullmatch(r"[一二三四五六七八九十两]+", m.group("num")) is not None \
        and SLOGAN_TAIL.match(index.text, m.end()) is not None


def _inside_a_title(index: TextIndex, m: re.Match, value: float) -> bool:
    """《…工程质量管理十条措施》, 《促进消费二十条》: a figure in a document's title is part of its name."""
    return inside_a_title_on_its_line(index.text, m.start())


NOT_A_COUNT = (_a_year, _an_article_or_a_word, _an_ordinal, _a_rank, _a_rate, _a_time_since, _a_sessions_ordinal,
               _a_phase, _a_grade, _a_word_of_characters, _a_word_the_unit_opens, _a_recent_period, _a_span_in_a_name,
               _a_threshold, _inside_an_idiom, _one_of_a_slogan, _a_quoted_slogan, _inside_a_title, _inside_a_code)


@lru_cache(maxsize=1)
def _idiom() -> re.Pattern:
    """An idiom, a slogan or a word of a name that holds a numeral (一条心, 九年一贯制学校)."""
    return re.compile(lexicon.alternation(lexicon.idioms() + tuple(lexicon.organizations()["name_words"])))


# A figure that names nothing counts what a figure before it counts.
def _inherit_items(index: TextIndex, counts: list[CountMention]) -> None:
    """社情民意信息213篇，其中被采用58篇: a part of a figure counts what the figure counts."""
    text = index.seg.document.text
    for prev, count in zip(counts, counts[1:]):
        between = text[prev.span.end:count.span.start]
        if count.item is None and prev.item and "%" not in (prev.unit, count.unit) \
                and (prev.unit == count.unit and between in LIST_JOINS or between == "、"):
            # 分别新建610个、540个和470个; 抢修服务队伍38支、760余人: two measures of one item
            count.item, count.item_span, count.act = prev.item, prev.item_span, prev.act
    for prev, count in zip(counts, counts[1:]):
        between = text[prev.span.end:count.span.start]
        same_family = unit_family(prev.unit) == unit_family(count.unit)
        if "其中" in between and not re.search(r"[。！？；\n]", between) and same_family:
            count.part_of = prev
    for i, count in enumerate(counts):
        if not _weak_item(index, count):
            continue
        for prev in reversed(counts[max(0, i - 4):i]):
            between = text[prev.span.end:count.span.start]
            next_sentence = count.unit != "%" and PARTS_NEXT_SENTENCE.search(between)
            if re.search(r"[。！？；\n]", between) and not next_sentence or len(between) > 40:
                break  # only figures of the same sentence, close by, or of the one 其中 opens after it (not a share)
            growth = count.unit == "%" and (len(between) <= 12 and not re.search(r"[，,]", between)
                                             or _compares_with_the_figure_before(between))
            if (growth or unit_family(prev.unit) == unit_family(count.unit)) and not _weak_item(index, prev):
                if _is_comparison(count):
                    count.comparison = count.item  # 同比增长11.2%: a growth of the item before
                elif not growth and count.part_of is None and count.value <= (prev.part_of or prev).value:
                    count.part_of = prev.part_of or prev  # 报送186篇，被省政协采用9篇: among those sent (no more)
                adverb = _adverb_item(index, count)
                by_a_body = bool(count.item) and (count.item.endswith(lexicon.body_words())  # 被省政协采用58条
                                                  or _a_body_counted_in_people(count))
                if count.item and not adverb and not _is_comparison(count) and not by_a_body:
                    count.act = count.item  # 立案151件: the act, kept beside the item it takes (提案)
                elif (count.item is None or adverb or by_a_body) and not growth:
                    count.act = _act_before(text, count.span.start)  # ，调解成功83件
                    if count.act is None or count.act in PARTITIVES:  # ，其中7家实现投产, ，6条被省政协采用:
                        count.act = _clause_after(text, count.span.end, 7) or count.act  # what was done, or which part
                count.item, count.item_span = prev.item, prev.item_span  # 应到代表286名,实到279名
                break


def _a_body_counted_in_people(count: CountMention) -> bool:
    """县人民医院 + 4.6万人次, 各乡镇卫生院 + 1.2万人次: a body's name before a figure of people or visits
    is whose figure it is; no body is counted in people."""
    return unit_family(count.unit) in ("人", "人次") and count.item_span.end <= count.span.start \
        and count.item.endswith(_body_endings())


def _a_body_counted_in_sums(count: CountMention) -> bool:
    """槎溪分中心 + 发放 + 2137笔、9.68亿元: a body's name before a sum or a tally of transactions is whose
    they are; no body is counted in 元 or 笔."""
    sums = count.unit in lexicon.units()["money_units"] or count.unit in lexicon.units()["transaction_units"]
    return sums and count.item_span.end <= count.span.start and count.item.endswith(_body_endings())


@lru_cache(maxsize=1)
def _body_endings() -> tuple[str, ...]:
    """What a body's name ends in, as organizations' _body_endings, but for the one-character suffixes:
    部, 员 and the like end the people a figure counts (干部120人)."""
    orgs = lexicon.organizations()
    suffixes = [s for s in orgs["named_suffixes"] if len(s) > 1] + orgs["institutions_with_offices"]  # 保健院
    return tuple(suffixes) + lexicon.body_words()


def _parts_told_by_their_acts(index: TextIndex, counts: list[CountMention]) -> None:
    """12家企业签约入驻，其中7家 + 实现投产: a part after 其中 (其余) of the figure right before, in its kind of
    unit, counts what that figure counts and keeps what the part did (read after it) as its act."""
    text = index.seg.document.text
    for prev, count in zip(counts, counts[1:]):
        between = text[prev.span.end:count.span.start]
        if prev.item and between.endswith(PARTS_OF_A_WHOLE) and _an_act_after(index, count) \
                and not re.search(r"[。！？；\n]", between) and unit_family(prev.unit) == unit_family(count.unit):
            count.act, count.item, count.item_span = count.item, prev.item, prev.item_span


def _an_act_after(index: TextIndex, count: CountMention) -> bool:
    """The item read right after the figure opens with a verb or an adverb: what the part did."""
    if count.item_span is None or count.item_span.start != count.span.end:
        return False
    start = index.nlp_span(count.item_span)[0]
    return index.tags[index.token_at(start)] in ("v", "d")


def _weak_item(index: TextIndex, count: CountMention) -> bool:
    """No item, only the verb before the figure (实到221名, 被采用58篇), or only the
    comparison word before a percentage (同比增长11.2%)."""
    if count.item is None or count.item_span is None:
        return True
    if _is_comparison(count) or count.item.endswith(lexicon.body_words()) and count.item_span.end <= count.span.start:
        return True  # 被省政协采用9篇: the body that took them, not what is counted (2个 + 乡镇党委 is)
    if count.item in lexicon.units()["total_words"] and index.text[index.nlp_span(count.item_span)[0] - 1] in "，,；;":
        return True  # ，总数达到1842家: the total of what the figure before counts (not 充电桩 + 总量)
    if _a_body_counted_in_people(count) or _a_body_counted_in_sums(count):
        return True  # 其中县人民医院4.6万人次, 槎溪分中心发放2137笔: the body whose share it is, not what is counted
    one = _one_word_item(index, count)
    if one is not None and index.tags[one].startswith("v") or _adverb_item(index, count):
        return True  # 实到: an act; 当场 (整改41处): how it was done
    return count.item.endswith(tuple(lexicon.units()["handling_verbs"])) \
        and index.nlp_span(count.item_span)[1] in index.end_set


def _one_word_item(index: TextIndex, count: CountMention) -> Optional[int]:
    """The token of what a figure counts when that is one word alone (实到, 当场), else None."""
    start, end = index.nlp_span(count.item_span)
    token = index.token_at(start)
    return token if index.ends[token] >= end else None


def _adverb_item(index: TextIndex, count: CountMention) -> bool:
    """当场 of 当场整改41处: an adverb, or a word of how it was done (当场/s), alone read as what the figure counts."""
    one = _one_word_item(index, count) if count.item_span is not None else None
    return one is not None and (index.tags[one] in ("d", "ad") or count.item in MANNER_WORDS)


def _is_comparison(count: CountMention) -> bool:
    return count.unit == "%" and bool(count.item) \
        and count.item.startswith(tuple(lexicon.units()["comparison_words"]))


def _compares_with_the_figure_before(between: str) -> bool:
    """…3.42亿元，同比增长11.2%: the percentage's clause opens with a comparison, or is only a
    growth (工业产值41.3亿元，增长9.2%)."""
    return _comparison_clause().search(between) is not None or _growth_clause().fullmatch(between) is not None


@lru_cache(maxsize=1)
def _comparison_clause() -> re.Pattern:
    return re.compile(rf"[，,]\s*(?:{lexicon.alternation(lexicon.units()['comparison_words'])})[^，,]*$")


@lru_cache(maxsize=1)
def _growth_clause() -> re.Pattern:
    return re.compile(rf"[，,]\s*(?:{lexicon.alternation(lexicon.units()['growth_verbs'])})")


def _act_before(text: str, start: int) -> Optional[str]:
    """调解成功 of ，调解成功83件 (被全国政协采用 of ，其中被全国政协采用3条): the words between the clause's
    start, or a partitive opening it, and the figure, when short."""
    act = ACT_BEFORE.search(text, max(0, start - 10), start)
    return act.group(1) if act else None


def _clause_after(text: str, end: int, longest: int) -> Optional[str]:
    """The short clause right after a figure, to the mark that ends it: what was done (其中7家实现投产。),
    or done to it by whom, however many (15条被区政府相关部门采纳, 42条被市政协、区政协采用)."""
    passive = PASSIVE_CLAUSE.match(text, end)
    if passive:
        return passive.group()
    clause = re.match(rf"[\u4e00-\u9fff]{{2,{longest}}}(?=[，,。；;、\n]|$)", text[end:end + longest + 1])
    return clause.group() if clause else None


def _items_respectively(index: TextIndex, counts: list[CountMention]) -> None:
    """土地承包、婚姻家庭、邻里纠纷分别为31件、22件、17件: the items listed before 分别 go, in order,
    with the figures listed after it."""
    text = index.seg.document.text
    for m in RESPECTIVELY.finditer(index.text):
        items, end = m.group(1).split("、"), index.seg.span(m.end() - 1, m.end()).end
        after = [c for c in counts if c.span.start >= end][:len(items)]
        if len(after) < len(items) or re.search(r"[，。；;\n]", text[end:after[-1].span.start]):
            continue  # as many figures as items, in the same clause
        if any(text[a.span.end:b.span.start] not in RESPECTIVE_JOINS for a, b in zip(after, after[1:])):
            continue  # 分别走访慰问困难群众1.62万户、困难职工860户: each figure names its own item
        if _own_noun_between(index, end, after[0]):
            continue  # 畹州大学、畹州职业技术学院分别组建 + 志愿服务队 + 48支和35支: whose figures, not what
        if not index.is_boundary(m.start(1)) or _places_of_one_measure(index, m, items, after, counts):
            continue  # 市人力 + 资源和社会保障局、…: a list that starts inside a word was not read whole
        pos = m.start(1)
        shared = _modifiers_of_one_head(items)
        for item, count in zip(items, after):
            if shared and item is not items[-1]:  # 评选 + 市级、县级示范户: each modifier with the last one's head
                size, head = shared
                start = _last_words(index, pos, pos + len(item), size + 1)  # 全县 + 国家级, 评选 + 市级
                count.item, count.item_span = index.text[start:pos + len(item)] + head, \
                    index.seg.span(start, pos + len(item))
            else:
                count.item, count.item_span = item, index.seg.span(pos, pos + len(item))
            pos += len(item) + 1


def _own_noun_between(index: TextIndex, end: int, first: CountMention) -> bool:
    """分别组建 + 志愿服务队 + 48支: the first figure counts a noun between 分别 and it (not 分别 + 完成 +
    4.02亿元: an act, and the items listed before 分别 are what the figures count)."""
    item = first.item_span
    if item is None or not end <= item.start or not item.end <= first.span.start:
        return False
    return index.tags[index.token_at(index.nlp_span(item)[1] - 1)] in NOUN_TAGS


def _last_words(index: TextIndex, begin: int, end: int, longest: int) -> int:
    """Where the last words between begin and end start that run up to ``longest`` characters."""
    start = end
    while start > begin and end - index.starts[index.token_at(start - 1)] <= longest:
        start = index.starts[index.token_at(start - 1)]
    return max(start, begin)


def _modifiers_of_one_head(items: list[str]) -> Optional[tuple[int, str]]:
    """市级、县级示范户, 国家级、省级非遗项目: modifiers ending alike (级) that share the head the last item
    names after its own; the length of the last's modifier and the head, or None."""
    mark = items[0][-1]
    size = items[-1].find(mark) + 1
    if not 2 <= size <= MAX_MODIFIER or len(items[-1]) - size < 2 or any(len(i) < size or i[-1] != mark
                                                                           for i in items[:-1]):
        return None
    return size, items[-1][size:]


def _places_of_one_measure(index: TextIndex, m: re.Match, items: list[str], after: list[CountMention],
                           counts: list[CountMention]) -> bool:
    """瑗江区、翎湖区法人单位分别为3.41万个和2.76万个: places listed, the figures count one thing in
    each, named after the last place (法人单位) or, where none is (昶平县、蓠溪县分别为…), by the
    figure of that unit before them in the paragraph."""
    last = PLACE_THEN_NOUN.fullmatch(items[-1])
    if not all(PLACE_ALONE.fullmatch(i) for i in items[:-1]) or last is None:
        return False
    if last.group(2):
        start = m.start(1) + len(m.group(1)) - len(last.group(2))
        span = index.seg.span(start, start + len(last.group(2)))
    else:
        before = [c for c in counts if c.span.end <= after[0].span.start and c.unit == after[0].unit
                  and c not in after and c.item_span is not None]
        if not before or before[-1].span.start < index.seg.offsets[index.paragraph(m.start())[0]]:
            return False
        span = before[-1].item_span
    for count in after:
        count.item, count.item_span = span.text, span
    return True
