"""Counts: a number, its bound and magnitude, a measure word, and what is counted.

260余条协商建议 is at least 260 条; 60余万元 at least 600000 元; 2.83万余人次 at least
28300 人次. Years, dates, ordinals (十五届, 第一次), rates (每年一次) and idioms
(一条心) are not counts.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..records import CountMention
from .context import NOUN_TAGS, TextIndex
from .numbers import NUMERAL, scaled
from .organizations import PROPER_NAME_TAGS, title_after

# Activities are counted in these units, so a verb can name what is counted (调研视察20次).
ACTIVITY_UNITS = frozenset({"次", "场次", "场", "人次", "期", "轮", "批次", "台次", "例次", "户次", "件次"})
PEOPLE_ACTIVITY_UNITS = frozenset({"人次", "户次", "例次"})  # 委员参加480余人次: the people who acted are counted
CLASS_WORDS = frozenset({"类", "种", "型", "级"})
DURATION_UNITS = frozenset({"年", "天", "个月", "小时"})
MAX_RELATIVE_CLAUSE = 12  # characters of a clause before 的 read as what a figure counts
MAX_QUALIFIER = 10  # characters between a figure and the 的 of a clause that qualifies what it counts
# 3家 + 无证经营的, 1座 + 库容1000吨的, 36名 + 拒不履行判决、裁定的 (not 教师、45名学生的: another figure)
QUALIFIER = re.compile(rf"(?!、)(?:[\u4e00-\u9fff0-9.]|、(?![0-9一二三四五六七八九十])){{1,{MAX_QUALIFIER}}}?的")
MAX_HEADED_ITEM = 8  # characters of what a figure counts that ends in a one-character head (临时接种点)
MAX_ITEM = 14  # characters of a noun phrase read as what a figure counts
MAX_ASIDE = 16  # characters of a bracketed aside between what a figure counts and the figure
# 卫生厕所普及率由年初的81%提高到93.6%, 开放床位从40张增至120张: what changed, named before 由 (从), then the
# start figure and the verb
CHANGE_VERB = rf"(?:{lexicon.alternation(lexicon.units()['change_verbs'])})(?:到|至)"
# 由年初的81%, 由每人每年6960元: what stands between 由 and the first figure (a time, a rate)
CHANGE_GAP = r"(?:[^，。；由从]{0,8}的|(?:每[\u4e00-\u9fff]){1,3})?"
CHANGE_FROM = re.compile(rf"([\u4e00-\u9fff“”]{{2,12}}?)[由从]{CHANGE_GAP}$")
CHANGE_TO = re.compile(r"([\u4e00-\u9fff“”]{2,12}?)[由从]" + CHANGE_GAP + r"[0-9.]+[万亿]?[\u4e00-\u9fff%]{0,4}?"
                       + CHANGE_VERB + r"(?:[^，。；由]{0,8}的)?$")
# 县（区）, 乡镇（街道）, 平安村（社区）: a level, its bracketed other level, and the name words before it
QUALIFIED_LEVEL = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:街道|乡镇|[省市区县镇乡村])[（(][\u4e00-\u9fff、]{1,6}[）)]")
SUM_WORDS = frozenset({"共", "共计", "合计", "总计"})  # ，共计213名: a clause that sums up what the one before names
MAX_IDIOM_LEAD = 4  # characters of an idiom before the figure it holds (三番 + 五次)
MAX_IDIOM_TAIL = 12  # and after it (九年 + 一贯制学校)
AGE_THRESHOLD = re.compile(r"[0-9]{1,3}周?岁(?:以上|以下)?")  # 1.1万名 + 60周岁以上 + 老年人
# Words between a figure and what it counts that belong to neither (共, 累计, 达 …).
LINKING_WORDS = lexicon.count_linking_words()
LIST_JOINS = frozenset({"、", "和", "及", "与"})  # between figures of one list
PARTITIVES = frozenset(lexicon.units()["partitives"])  # 其中, 其余: a part of the figure before, no act
ACT_BEFORE = re.compile(rf"(?:^|[，,。；;：:、\n])(?:{lexicon.alternation(sorted(PARTITIVES))})?([\u4e00-\u9fff]{{2,9}})$")
PASSIVE_CLAUSE = re.compile(r"被[\u4e00-\u9fff、]{2,14}?(?=[，,。；;\n]|$)")  # 被 + who + what: done to the items counted
CLOSING_MARKS = "”」』》"  # of a quoted name or a title
HEAD_CHARACTERS = frozenset(lexicon.units()["head_characters"])  # 接种 + 点, 建制 + 村
MANNER_WORDS = frozenset(lexicon.units()["manner_words"])  # 当场, 现场: how an act was done, tagged as places


@lru_cache(maxsize=1)
def count_pattern() -> re.Pattern:
    u = lexicon.units()
    b = u["bounds"]
    units = u["count_units"] + u["measure_units"] + u["percent"]
    mags = lexicon.alternation(u["magnitudes"])
    return re.compile(
        rf"(?P<before>{lexicon.alternation(b['min_before'] + b['max_before'] + b['about_before'])})?"
        rf"(?P<num>{NUMERAL})"
        rf"(?:(?P<joiner>{lexicon.alternation(u['range_joiners'])})(?P<num2>{NUMERAL}))?"
        rf"(?P<approx1>余|多)?(?P<mag>{mags})?(?P<approx2>余|多)?"
        rf"(?P<unit>{lexicon.alternation(units)})"
        rf"(?P<after>{lexicon.alternation(b['min_after'] + b['max_after'] + b['about_after'])})?")


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


def _is_not_a_count(index: TextIndex, m: re.Match, value: float) -> bool:
    text, u = index.text, lexicon.units()
    num, unit = m.group("num"), m.group("unit")
    start, end = m.start("num"), m.end()
    prev = text[max(0, start - 3):start]
    if unit == "年" and (value >= 1000 or re.fullmatch(r"[零〇一二三四五六七八九]{2,4}", num)):
        return True  # a year: 2022年, 二〇二二年
    if num in ("一", "几", "两") and not m.group("mag") or num in ("千", "万", "百", "亿", "零", "〇"):
        return True  # 一项工作, 一条心, 零部件: articles, idioms and words, not reported figures
    if prev[-1:] in u["ordinal_markers"] or re.search(r"届$", prev):
        return True  # 第一次, 十届五次
    if any(prev.endswith(r) or text[max(0, start - 6):start].find(r) >= 0 for r in u["rate_markers"]):
        return True  # 每年一次, 每月2次
    following = text[end:end + 4]
    if any(following.startswith(w) for w in u["not_after_number"]) and unit in DURATION_UNITS | {"个"} \
            and not following.startswith(tuple(u["counted_after_number"])):
        return True  # 3年来, 一个月后
    if unit == "次" and re.match(r"(?:会议|全会|大会)", following):
        return True  # 市十七届人大六次会议: a session's ordinal
    if unit == "期" and (following.startswith(tuple(u["phases"])) or prev.endswith(tuple(u["phase_holders"]))):
        return True  # 2期扩建工程, 产业园二期: a project's phase
    if following.startswith(tuple(u["units_starting_words"].get(unit, ()))):
        return True  # 3片区: 片区, a word
    if unit in DURATION_UNITS and (m.group("before") in ("近", "将近") or prev.endswith(tuple(u["period_openers"]))):
        return True  # 近3年, 过去五年: the recent years, a period
    if unit in DURATION_UNITS and following.startswith(tuple(u["not_after_duration"])):
        return True  # 三年内, 三年行动方案: a span of time in a name or a deadline
    if m.group("after") in u["threshold_words"] and re.match(r"[\u4e00-\u9fff]", following[:1] or " ") \
            and not following.startswith(("的", "是", "为", "，")):
        return True  # 10亿元以上项目, 60周岁以上老人: a threshold that qualifies what follows
    idioms = _idiom().finditer(text, max(0, start - MAX_IDIOM_LEAD), end + MAX_IDIOM_TAIL)
    if any(m.start() <= start < m.end() for m in idioms):
        return True  # 一条心, 千锤百炼, 三番 + 五次: an idiom holding the figure
    # 1人1档, 1个5G, 4人7次: a slogan's or a kind's one, or people told by their times (21个9400套, 9个A级景区 count)
    glued = re.match(r"[A-Za-z0-9.]", text[end:end + 1] or " ") is not None
    return glued and (unit == "人" or unit == "个" and value <= 1)


@lru_cache(maxsize=1)
def _idiom() -> re.Pattern:
    """An idiom, a slogan or a word of a name that holds a numeral (一条心, 九年一贯制学校)."""
    return re.compile(lexicon.alternation(lexicon.idioms() + tuple(lexicon.organizations()["name_words"])))


def _value(m: re.Match) -> Optional[tuple[float, Optional[float]]]:
    mags = lexicon.units()["magnitudes"]
    factor = mags.get(m.group("mag") or "", 1)
    first = scaled(m.group("num"), factor)
    if first is None:
        return None
    return first, (scaled(m.group("num2"), factor) if m.group("num2") else None)


def _unit(index: TextIndex, m: re.Match) -> str:
    """The measure word as written (戶 stays 戶 in a traditional text)."""
    unit = index.seg.span(m.start("unit"), m.end("unit")).text
    return "%" if unit in ("%", "％") else unit


def find_counts(index: TextIndex) -> list[CountMention]:
    counts = []
    for m in count_pattern().finditer(index.text):
        if m.start("num") > 0 and re.match(r"[0-9.]", index.text[m.start("num") - 1]):
            continue  # the tail of a longer number
        parsed = _value(m)
        if parsed is None or _is_not_a_count(index, m, parsed[0]):
            continue
        if parsed[1] is not None and parsed[1] < parsed[0]:
            continue  # 13至5个 is no range
        counts.append(_count(index, m, *parsed))
    _inherit_items(index, counts)
    _items_respectively(index, counts)
    return [c for c in counts if c.item and not _span_of_time(c)]  # a figure that counts nothing named is no fact


RESPECTIVELY = re.compile(r"(?:其中)?((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8})(?:和|及)?分别(?:为|是|达到|达|有)?")
RESPECTIVE_JOINS = ("、", "和", "及", "，", ",")  # all that stands between the figures 分别 pairs with items


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
        pos = m.start(1)
        for item, count in zip(items, after):
            count.item, count.item_span = item, index.seg.span(pos, pos + len(item))
            pos += len(item) + 1


def _span_of_time(count: CountMention) -> bool:
    """用时18天, 3个小时, 60个工作日: how long, not how many (优良天数290天 is how many)."""
    spans = lexicon.units()["spans_of_time"]
    timed = count.unit in spans["units"] or count.unit == "个" and count.item.startswith(tuple(spans["items_after_个"]))
    return timed and not any(w in count.item for w in spans["counted_spans"])


@lru_cache(maxsize=1)
def _comparison_clause() -> re.Pattern:
    return re.compile(rf"[，,]\s*(?:{lexicon.alternation(lexicon.units()['comparison_words'])})[^，,]*$")


def _compares_with_the_figure_before(between: str) -> bool:
    """…3.42亿元，同比增长11.2%: the percentage's clause opens with a comparison, or is only a
    growth (工业产值41.3亿元，增长9.2%)."""
    return _comparison_clause().search(between) is not None or _growth_clause().fullmatch(between) is not None


@lru_cache(maxsize=1)
def _growth_clause() -> re.Pattern:
    return re.compile(rf"[，,]\s*(?:{lexicon.alternation(lexicon.units()['growth_verbs'])})")


def _weak_item(index: TextIndex, count: CountMention) -> bool:
    """No item, only the verb before the figure (实到221名, 被采用58篇), or only the
    comparison word before a percentage (同比增长11.2%)."""
    if count.item is None or count.item_span is None:
        return True
    if _is_comparison(count) or count.item.endswith(lexicon.body_words()) and count.item_span.end <= count.span.start:
        return True  # 被省政协采用9篇: the body that took them, not what is counted (2个 + 乡镇党委 is)
    if count.item in lexicon.units()["total_words"] and index.text[index.nlp_span(count.item_span)[0] - 1] in "，,；;":
        return True  # ，总数达到1842家: the total of what the figure before counts (not 充电桩 + 总量)
    one = _one_word_item(index, count)
    if one is not None and index.tags[one].startswith("v") or _adverb_item(index, count):
        return True  # 实到: an act; 当场 (整改41处): how it was done
    return count.item.endswith(tuple(lexicon.units()["handling_verbs"])) \
        and index.nlp_span(count.item_span)[1] in index.end_set
    # 经审查立案231件: what is done to the things the figure before counts


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


def _family(unit: str) -> str:
    """名, 人 and 位 all count people."""
    return lexicon.units()["unit_families"].get(unit, unit)


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
        if "其中" in between and not re.search(r"[。！？；\n]", between) and _family(prev.unit) == _family(count.unit):
            count.part_of = prev
    for i, count in enumerate(counts):
        if not _weak_item(index, count):
            continue
        for prev in reversed(counts[max(0, i - 4):i]):
            between = text[prev.span.end:count.span.start]
            if re.search(r"[。！？；\n]", between) or len(between) > 40:
                break  # only figures of the same sentence, close by
            growth = count.unit == "%" and (len(between) <= 12 and not re.search(r"[，,]", between)
                                             or _compares_with_the_figure_before(between))
            if (growth or _family(prev.unit) == _family(count.unit)) and not _weak_item(index, prev):
                if _is_comparison(count):
                    count.comparison = count.item  # 同比增长11.2%: a growth of the item before
                elif not growth and count.part_of is None and count.value <= (prev.part_of or prev).value:
                    count.part_of = prev.part_of or prev  # 报送186篇，被省政协采用9篇: among those sent (no more)
                adverb = _adverb_item(index, count)
                by_a_body = bool(count.item) and count.item.endswith(lexicon.body_words())  # 被省政协采用58条
                if count.item and not adverb and not _is_comparison(count) and not by_a_body:
                    count.act = count.item  # 立案151件: the act, kept beside the item it takes (提案)
                elif (count.item is None or adverb or by_a_body) and not growth:
                    count.act = _act_before(text, count.span.start)  # ，调解成功83件
                    if count.act is None or count.act in PARTITIVES:  # ，其中7家实现投产, ，6条被省政协采用:
                        count.act = _clause_after(text, count.span.end, 7) or count.act  # what was done, or which part
                count.item, count.item_span = prev.item, prev.item_span  # 应到代表286名,实到279名
                break


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


def _count(index: TextIndex, m: re.Match, value: float, upper: Optional[float]) -> CountMention:
    bound = _bound(m)
    if upper is not None:
        minimum, maximum, bound = value, upper, None
    else:
        minimum = value if bound == "min" else None
        maximum = value if bound == "max" else None
    item_span = _without_linking_tail(index, find_item(index, m.start(), m.end(), _unit(index, m)))
    if item_span and index.text[item_span[0]:item_span[1]] in lexicon.places()["whole_region"]:
        item_span = _act_of_people_after(index, m.end()) if _family(_unit(index, m)) in ("人", "人次") else None
    return CountMention(
        span=index.seg.span(m.start(), m.end()), value=value, unit=_unit(index, m),
        item=index.seg.span(*item_span).text.replace("\n", "") if item_span else None,
        item_span=index.seg.span(*item_span) if item_span else None,
        bound=bound, min_value=minimum, max_value=maximum)


def _act_of_people_after(index: TextIndex, end: int) -> Optional[tuple[int, int]]:
    """全市共有12846人次参加无偿献血: the region (全市) is where, not what is counted; people counted
    by what they did, said right after the figure (a verb, then its object), when short."""
    act = _clause_after(index.text, end, 8)
    return (end, end + len(act)) if act and index.tags[index.token_at(end)].startswith("v") else None


def _without_linking_tail(index: TextIndex, span: Optional[tuple[int, int]]) -> Optional[tuple[int, int]]:
    """息诉率达93.4%: the segmenter may join 达 to the noun before it (率达)."""
    if span is None:
        return None
    start, end = span
    tail = next((w for w in ("可达到", "可达", "达到", "达", "为") if index.text.endswith(w, start, end)), "")
    before = index.token_at(start - 1) if start > 0 else None
    if tail and end - len(tail) - start <= 1 and before is not None and index.tags[before] in NOUN_TAGS | {"v", "vn"}:
        start = index.starts[before]  # 整改 + 率达, 补助 + 可达: what the rate or sum is of
    return (start, end - len(tail)) if tail and end - len(tail) - start >= 2 else span


def find_item(index: TextIndex, start: int, end: int, unit: str) -> Optional[tuple[int, int]]:
    """What a figure counts: the noun phrase after it, else the one before it. A share
    (%) names what it measures before it: 地区生产总值增长6.2%."""
    changing = _what_changed(index, start, end) if unit not in DURATION_UNITS else None
    if changing:
        return changing
    attendance = _attendance_after_groups(index, start, end) if _family(unit) == "人" else None
    if attendance:
        return attendance
    spent = _money_verb_before(index, start) if unit in lexicon.units()["money_units"] else None
    if spent:
        return spent
    after = _noun_phrase_after(index, end) if unit != "%" else None
    qualified = _qualified_noun_after(index, end) if unit not in DURATION_UNITS | {"%"} \
        and (after is None or index.text[after[1]:after[1] + 1] != "的") else None
    if qualified and (after is None or _subject_of_the_qualifier(index, after, qualified)):
        after = qualified
    after = after or (_quoted_after(index, end) if unit not in DURATION_UNITS | {"%"} else None)
    after = after or _noun_after_the_next_figure(index, end, unit)
    if after:
        return after
    spent = _money_verb_before(index, start, any_verb=True) if unit in lexicon.units()["money_units"] else None
    if spent:
        return spent  # 为23家企业放款1150万元。: the sum the act moved, not the nouns before it
    before = _noun_phrase_before(index, start, unit) or _quoted_before(index, start)
    if before:
        return before
    acted = _how_they_acted_after(index, end) if _family(unit) == "人" else None
    if acted:
        return acted
    summed = _summed_up_after_a_comma(index, start, unit)
    if summed:
        return summed
    if unit in DURATION_UNITS:
        return _activity_of_clause(index, end)
    return _relative_clause_before(index, start) if unit != "%" else None  # 2019年同期的112%: a ratio


def _noun_after_the_next_figure(index: TextIndex, end: int, unit: str) -> Optional[tuple[int, int]]:
    """45户 + 、126名群众: two figures in other units listed before one noun both count it."""
    if index.text[end:end + 1] != "、":
        return None
    following = count_pattern().match(index.text, end + 1)
    if following is None or _family(following.group("unit")) == _family(unit) \
            or following.group("unit") not in lexicon.count_units():
        return None  # 景区5家、5家景区: two figures of one kind; 3000人、10公里跑: a length opens the next item
    return _noun_phrase_after(index, following.end())


def _summed_up_after_a_comma(index: TextIndex, start: int, unit: str) -> Optional[tuple[int, int]]:
    """各乡镇均已配齐村级国土协管员，共计213名: a clause of a sum alone counts the noun the clause before ends with."""
    clause = index.clause(start)[0]
    if index.text[clause - 1:clause] not in ("，", ",") or index.text[clause:start] not in SUM_WORDS:
        return None
    before = index.text[index.clause(clause - 1)[0]:clause]
    return None if re.search(r"[0-9]", before) else _noun_phrase_before(index, clause - 1, unit)  # not 辖6个小组，共418户


def _how_they_acted_after(index: TextIndex, end: int) -> Optional[tuple[int, int]]:
    """…和新闻媒体记者等80余人 + 现场见证: people named by no noun before the figure are those who
    acted so (a word of manner, then the act)."""
    i = index.token_at(end) if end < len(index.text) else len(index.words)
    if i + 1 >= len(index.words) or index.starts[i] != end or index.words[i] not in MANNER_WORDS \
            or not index.tags[i + 1].startswith("v"):
        return None
    return end, index.ends[i + 1]


def _what_changed(index: TextIndex, start: int, end: int) -> Optional[tuple[int, int]]:
    """普及率由年初的81%提高到93.6%: both figures of a change measure what changed, named before 由
    (not 全书由45名撰稿人完成: 由 of who did it)."""
    m = CHANGE_FROM.search(index.text, max(0, start - 24), start)
    if m is None or not re.match(CHANGE_VERB, index.text[end:end + 4]):
        m = CHANGE_TO.search(index.text, max(0, start - 40), start)
    return (m.start(1), m.end(1)) if m else None


def _money_verb_before(index: TextIndex, start: int, any_verb: bool = False) -> Optional[tuple[int, int]]:
    """投资35亿元建设…基地: the act that spends the sum, right before it; with ``any_verb``, any
    act of two characters (放款, 分红) but a growth (增长), done to whom the clause names."""
    i = index.token_at(start - 1) if start > 0 else -1
    while i >= 0 and index.words[i] in LINKING_WORDS:
        i -= 1  # 计划投资约12亿元
    if i < 0:
        return None
    word, units = index.words[i], lexicon.units()
    if word in units["money_verbs"] or any_verb and index.tags[i] == "v" and len(word) == 2 \
            and index.ends[i] == start and word not in units["growth_verbs"] and _to_whom_before(index, i):
        return _funds_before(index, i) or (index.starts[i], index.ends[i])
    return None


def _funds_before(index: TextIndex, verb: int) -> Optional[tuple[int, int]]:
    """农机购置补贴资金 + 已 + 下达 + 1860万元: the funds named right before the act are what the sum counts."""
    j = verb - 1
    while j >= 0 and index.tags[j] == "d":
        j -= 1
    if j < 0 or index.tags[j] not in NOUN_TAGS or not index.words[j].endswith(tuple(lexicon.units()["funds_words"])):
        return None
    return _words_before_a_head(index, j, NOUN_TAGS | {"v", "vn", "b"}, MAX_ITEM) or (index.starts[j], index.ends[j])


def _to_whom_before(index: TextIndex, verb: int) -> bool:
    """向社员 + 分红186万元: the nouns before the act are whom the sum went to, after 为, 向, 对 or 给."""
    clause = index.text[index.clause(index.starts[verb])[0]:index.starts[verb]]
    return re.search(r"[为向对给]", clause) is not None


def _attendance_after_groups(index: TextIndex, start: int, end: int) -> Optional[tuple[int, int]]:
    """各镇街分管负责同志、全区中小学校长共230余人参加会议: after a list of groups, the figure
    counts the meeting's attendance (a list written across commas when 共 sums it up)."""
    m = _attendance().match(index.text, end)
    if m is None:
        return None
    listed = re.search(r"[、及和]", index.text[index.clause(start)[0]:start]) is not None
    summed = "共" in index.text[max(0, start - 4):start] and "、" in index.text[index.sentence(start)[0]:start]
    tallied = re.search(r"[0-9]", index.text[index.clause(start)[0]:start]) is not None  # 12家单位 + 300余人参加演练
    return (m.start(), m.end()) if listed or summed or tallied else None


@lru_cache(maxsize=1)
def _attendance() -> re.Pattern:
    return re.compile(lexicon.alternation(lexicon.units()["attendance"]))


def _relative_clause_before(index: TextIndex, start: int) -> Optional[tuple[int, int]]:
    """其中已解决或基本解决的158件: the clause before 的 says which of a whole are counted."""
    if index.text.endswith("的有", 0, start):
        start -= 1  # 已完成初步设计审批的有141个
    if start < 2 or index.text[start - 1] != "的":
        return None
    begin = max(index.clause(start - 1)[0], start - 1 - MAX_RELATIVE_CLAUSE)
    begin += 2 if index.text.startswith("其中", begin) else 0
    if re.search(r"[0-9]", index.text[begin:start - 1]):  # a figure of its own before: 优秀”的14项、“良好”的51项
        listed = index.text.rfind("、", begin, start - 1)  # names the next item of the list
        if listed < 0:
            return None  # 由成立之初的46人发展到目前的218人: no clause that names
        begin = listed + 1
    return (begin, start - 1) if re.search(r"[\u4e00-\u9fff]{2}", index.text[begin:start - 1]) else None


def _noun_phrase_after(index: TextIndex, end: int) -> Optional[tuple[int, int]]:
    qualified = QUALIFIED_LEVEL.match(index.text, end)
    if qualified:  # 11个 + 县（区） + 考察团: the level and its bracketed other level open the noun
        noun = _noun_phrase_after(index, qualified.end())
        return (end, noun[1]) if noun else (end, qualified.end())
    aged = AGE_THRESHOLD.match(index.text, end)
    if aged:  # 1.1万名 + 60周岁以上 + 老年人: an age that qualifies whom the figure counts
        noun = _noun_phrase_after(index, aged.end())
        return (end, noun[1]) if noun else None
    i = index.token_at(end)
    if i >= len(index.starts) or end >= len(index.text):
        return None
    if index.starts[i] != end:  # 120名市人大代表: the unit and the noun share a token
        rest = index.text[end:index.ends[i]]
        if len(rest) > 2 or not re.match(r"[\u4e00-\u9fff]", rest) or _going_glued(index.text, end, rest):
            return None  # 8 + 人到/n + 栟溪镇: a verb of going glued to the unit
        i += 1
    if i < len(index.words) and index.words[i] in MANNER_WORDS:
        return None  # 60余人 + 现场观摩: how the people counted acted, not who they are
    last, j = (i - 1 if index.starts[min(i, len(index.starts) - 1)] != end else None), i
    while j < len(index.words) and index.ends[j] - end <= MAX_ITEM:
        word, tag = index.words[j], index.tags[j]
        if last is None and _a_grade(index, j):
            last, j = j + 1, j + 2  # 9个 + A/eng + 级/q + 景区: a grade opens the noun
            continue
        if word in ("的", "、", "和", "及", "与") and last is not None and j + 1 < len(index.words) \
                and index.tags[j + 1] in NOUN_TAGS and (word == "的" or index.tags[j + 1] != "ns"):
            # 8名教师和学生, 9家创新药和医疗器械企业 (not 和 + 桑埠镇: a list of places)
            j += 1
            continue
        if tag in NOUN_TAGS or (tag == "a" and last is None) \
                or (last is None and _time_of_day_before_a_noun(index, j)) \
                or (tag == "v" and last is not None and _is_noun_verb(word)) \
                or (last is None and word in lexicon.units()["qualifying_verbs"] and j + 1 < len(index.words)
                    and index.tags[j + 1] in NOUN_TAGS) \
                or (last is None and tag == "v" and j + 1 < len(index.words)
                    and index.words[j + 1] in lexicon.units()["staff_heads"]) \
                or (last is None and tag == "v" and j + 1 < len(index.words)
                    and (index.words[j + 1] in HEAD_CHARACTERS or _a_headed_noun(index, j + 1))) \
                or (last == j - 1 and word in HEAD_CHARACTERS) \
                or (last is None and _qualifies_a_doer(index, j)):  # 820名 + 留守/v + 儿童, 186个 + 建制/v + 村/zg
            last = j
            j += 1
            continue
        break
    return (end, index.ends[last]) if last is not None and index.ends[last] > end else None


def _a_headed_noun(index: TextIndex, j: int) -> bool:
    """联合/v + 核查组: a noun of three characters or more ending in a head character, after the act it is named by."""
    return len(index.words[j]) >= 3 and index.words[j][-1] in HEAD_CHARACTERS and index.tags[j] == "n"


def _a_grade(index: TextIndex, j: int) -> bool:
    """A/eng + 级/q, 4A/m + 级: a letter's grade before the noun it grades."""
    return j + 2 < len(index.words) and re.fullmatch(r"[0-9]?[A-Z]{1,3}", index.words[j]) is not None \
        and index.words[j + 1] == "级" and index.tags[j + 2] in NOUN_TAGS


def _qualifies_a_doer(index: TextIndex, j: int) -> bool:
    """496户 + 退捕/v + 渔民 + 签订…: a verb before the nouns that do the next act qualifies them
    (not 8户 + 安装/v + 烟感。, where the nouns are what is done)."""
    if index.tags[j] != "v" or len(index.words[j]) != 2 or index.words[j] in report_verbs() \
            or index.words[j] in lexicon.units()["purpose_verbs"]:
        return False  # 500万元 + 用于 + 遗址本体保护: what the sum is for
    k = j + 1
    while k < len(index.words) and index.ends[k] - index.starts[j] <= MAX_ITEM and (
            index.tags[k] in NOUN_TAGS - PROPER_NAME_TAGS
            or index.words[k] in ("和", "及", "与") and k > j + 1 and k + 1 < len(index.words)
            and index.tags[k + 1] in NOUN_TAGS - PROPER_NAME_TAGS):
        k += 1  # common nouns: 7次 + 深入/v + 栟溪镇/ns + 蹲点 goes to a place
    while k < len(index.words) and index.tags[k] == "d":
        k += 1
    return k > j + 1 and k < len(index.words) and index.tags[k] == "v"


def _going_glued(text: str, end: int, rest: str) -> bool:
    """人到 + 栟溪镇, 人为 + 医疗队送行: a verb of going or a preposition glued to the unit; 为 before a
    title (3人为常务委员) names the post the people counted took."""
    return rest in lexicon.units()["going_glued_to_units"] \
        and not (rest == "为" and title_after().match(text, end + 1))


def _time_of_day_before_a_noun(index: TextIndex, j: int) -> bool:
    """2条 + 夜间/t + 公交专线: a time word of the day or season qualifies the noun (not 今年, 3月)."""
    return index.tags[j] == "t" and j + 1 < len(index.words) and index.tags[j + 1] in NOUN_TAGS \
        and re.search(r"[年月日今明昨本去前后0-9]", index.words[j]) is None


def _subject_of_the_qualifier(index: TextIndex, noun: tuple[int, int], qualified: tuple[int, int]) -> bool:
    """43株 + 长势 + 衰弱的古树, 1座 + 库容 + 1000吨的冷链仓储中心: the noun after the figure is the
    subject of a clause qualifying what is counted (not 120名党员 + 的事迹: the noun's own 的)."""
    return qualified[1] > noun[1] and index.text[noun[1]:noun[1] + 1] != "的"


def _qualified_noun_after(index: TextIndex, end: int) -> Optional[tuple[int, int]]:
    """对3家无证经营的食品摊贩: a short clause and 的 between the figure and what it counts."""
    qualifier = QUALIFIER.match(index.text, end)
    if qualifier and "、" in qualifier.group() and re.search(r"[0-9]", qualifier.group()):
        return None  # 2000张 + 、老年助餐点40个的任务: the next item of a list, not a clause
    noun = _noun_phrase_after(index, qualifier.end()) if qualifier else None
    return (end, noun[1]) if noun else None


def _quoted_before(index: TextIndex, start: int) -> Optional[tuple[int, int]]:
    """评选出“岗位能手”20名, 《鄞川报》: a quoted name or a title right before the figure is what it counts."""
    if start < 3 or index.text[start - 1] not in CLOSING_MARKS:
        return None
    opening = max(index.text.rfind(q, max(0, start - 14), start - 1) for q in "“「『《")
    return (opening + 1, start - 1) if opening >= 0 and start - 1 - opening > 2 else None


def _quoted_after(index: TextIndex, end: int) -> Optional[tuple[int, int]]:
    """评选出的20户“书香家庭”: a quoted name right after the figure is what it counts."""
    if index.text[end:end + 1] not in "“「『":
        return None
    closing = min((c for q in "”」』" if (c := index.text.find(q, end + 1, end + 16)) > 0), default=-1)
    return (end + 1, closing) if closing - end > 2 else None


def _is_noun_verb(word: str) -> bool:
    return word in lexicon.events()["act_verbs"]


def _noun_phrase_before(index: TextIndex, start: int, unit: str) -> Optional[tuple[int, int]]:
    start = _before_an_aside(index.text, start)
    i = index.token_at(start - 1) if start > 0 else -1
    if i > 0 and index.words[i] in ("到", "至") and index.words[i - 1] in lexicon.units()["change_verbs"]:
        i -= 2  # 定点医疗机构 + 扩大到 + 1136家: what grew is counted, not the growing
    i = _past_linking_words(index, i)
    if i > 0 and index.words[i] in lexicon.count_units() and re.fullmatch(r"[0-9.]+", index.words[i - 1]):
        i = _past_linking_words(index, i - 2)  # 古树群6处共412株, 户籍人口412户1513人: what the figure before counts
    value = _value_words_ending_at(index, i)
    if value is not None:
        return _things_valued(index, value, unit)
    if i > 0 and index.words[i] in HEAD_CHARACTERS and index.ends[i - 1] == index.starts[i]:
        return _words_before_a_head(index, i, NOUN_TAGS | {"v", "vn", "b"}, MAX_HEADED_ITEM)  # 临时接种 + 点/m
    if i > 0 and index.tags[i] == "q" and index.words[i] in lexicon.count_units() and index.tags[i - 1] in NOUN_TAGS \
            and index.ends[i - 1] == index.starts[i]:
        return _words_before_a_head(index, i, NOUN_TAGS, MAX_ITEM)  # 个体经营 + 户/q: a measure word split off
    if i > 0 and index.words[i] in lexicon.events()["hold_verbs"]:
        held = _past_linking_words(index, i - 1)  # 活动 + 累计开展 + 2100余场: what is held, named before the act
        i = held if held >= 0 and index.tags[held] in NOUN_TAGS else i
    # 提交的提案436件, 其中留置9人: a verb right before the figure with no noun before it
    # names what is counted; after a noun (委员参与480余人次) it is the doer's act.
    verb_object = i > 0 and index.tags[i].startswith("v") and index.tags[i - 1] not in NOUN_TAGS
    people = _family(unit) == "人" or unit in PEOPLE_ACTIVITY_UNITS
    doer = _doer_past_an_adverb(index, i) if verb_object and people else None
    if doer is not None:
        i, verb_object = doer, False  # 执法人员 + 累计 + 出动560余人次: who acted, named before the adverb
    if verb_object and not _counted_by_verb(index, i, unit) and index.words[i - 1] in CLOSING_MARKS:
        return _quoted_before(index, index.starts[i])  # 《鄞川新闻》播出248期: the title's issues
    if i >= 0 and index.tags[i].startswith("v") and not _counted_by_verb(index, i, unit) and not verb_object:
        i -= 1  # 委员参与480余人次: what is counted is the doer before the verb (提交提案386件: the object)
    last, first = i, None
    if i >= 0 and index.words[i] in CLASS_WORDS and i > 0 and index.tags[i - 1] in NOUN_TAGS | {"vn"}:
        first, i = i, i - 1  # 经济建设类112件
    while i >= 0 and index.ends[last] - index.starts[i] <= MAX_ITEM and index.words[i] not in LINKING_WORDS \
            and (index.tags[i] in NOUN_TAGS or _counted_by_verb(index, i, unit, i == last)
                 or (i == last and verb_object)
                 or (index.tags[i] == "v" and i > 0 and index.tags[i - 1] in NOUN_TAGS | {"b"}
                     and index.words[i] not in report_verbs())):
        first = i
        i -= 1
    if first == last and index.words[last] in lexicon.units()["total_words"]:
        return _words_before_a_head(index, last, NOUN_TAGS | {"v", "vn", "b"}, MAX_HEADED_ITEM) \
            or (index.starts[last], index.ends[last])  # 科协组织/v + 总数, not 总数 alone
    return (index.starts[first], index.ends[last]) if first is not None else None


def _past_linking_words(index: TextIndex, i: int, adverbs: bool = True) -> int:
    """The token before the figure once the linking words (共, 累计, 达) and adverbs between are passed."""
    while i >= 0 and (index.words[i] in LINKING_WORDS or adverbs and index.tags[i] == "d"):
        i -= 1
    return i


def _doer_past_an_adverb(index: TextIndex, verb: int) -> Optional[int]:
    """执法人员 + 累计 + 出动 + 560余人次: the people who acted, named right before an adverb and the act."""
    j = _past_linking_words(index, verb - 1, adverbs=False)  # 累计, 先后 (not 不: 附条件 + 不 + 起诉9人 names the act)
    glued = j >= 0 and index.ends[j] == index.starts[j + 1]
    return j if j < verb - 1 and glued and index.tags[j] in NOUN_TAGS else None


def _before_an_aside(text: str, start: int) -> int:
    """一级古树（树龄500年以上）37株: where a bracketed aside right before the figure opens."""
    if text[start - 1:start] not in ("）", ")"):
        return start
    opening = max(text.rfind("（", max(0, start - MAX_ASIDE), start), text.rfind("(", max(0, start - MAX_ASIDE), start))
    return opening if opening > 0 and not re.search(r"[，。；]", text[opening:start]) else start


def _value_words_ending_at(index: TextIndex, i: int) -> Optional[int]:
    """The first token of a value word (价值, 折合 + 人民币) that ends with token i."""
    if i < 0:
        return None
    end = index.ends[i]
    for word in lexicon.units()["value_words"]:
        begin = end - len(word)
        if begin >= 0 and index.text.startswith(word, begin) and begin in index.start_set:
            return index.token_at(begin)
    return None


def _words_before_a_head(index: TextIndex, head: int, tags: frozenset[str], longest: int) \
        -> Optional[tuple[int, int]]:
    """临时/b 接种/v + 点/m, 个体经营 + 户/q: the words of ``tags`` before a one-character head,
    up to ``longest`` characters, that no report verb is among but the head's own (服务 + 点)."""
    first = head
    while first > 0 and index.ends[first - 1] == index.starts[first] \
            and index.ends[head] - index.starts[first - 1] <= longest \
            and index.tags[first - 1] in tags and (index.words[first - 1] not in report_verbs() or first == head) \
            and index.words[first - 1] not in LINKING_WORDS:
        first -= 1  # 服务 + 点: a report verb right before the head is of its name (not 全村 + 有 + 脱贫户)
    while first < head - 1 and index.tags[first] == "v":
        first += 1  # 评定/v + 信用 + 村, 调解/v 追回/v + 工资 + 款: the acts done to what is counted are none of its name
    return (index.starts[first], index.ends[head]) if first < head else None


def _things_valued(index: TextIndex, value: int, unit: str) -> Optional[tuple[int, int]]:
    """慰问金及物资 + 价值95.6万元: the nouns before the value word, two kinds joined by 及 or 和
    for a sum of money."""
    i, last, first = value - 1, value - 1, None
    joins = ("及", "和", "与") if unit in lexicon.units()["money_units"] else ()
    while i >= 0 and index.ends[last] - index.starts[i] <= MAX_ITEM:
        if index.tags[i] in NOUN_TAGS or index.tags[i] == "zg":
            first = i
        elif not (index.words[i] in joins and first is not None and i > 0 and index.tags[i - 1] in NOUN_TAGS):
            break
        i -= 1
    return (index.starts[first], index.ends[last]) if first is not None else None


@lru_cache(maxsize=1)
def report_verbs() -> frozenset[str]:
    """Verbs that report a figure (实现, 完成, 新增): never part of what is counted."""
    return frozenset(lexicon.units()["report_verbs"]) | frozenset(lexicon.events()["hold_verbs"])


def _counted_by_verb(index: TextIndex, i: int, unit: str, at_figure: bool = True) -> bool:
    """调研视察20次, 授课6场: in units of activities, a verb names what is counted; a verb of a
    person's part (授课, 发言) only right before a figure of acts, not of people (委员参加480余人次:
    the 委员) nor before what it acts on (发布 + 预警信号60余次: the 预警信号)."""
    roles = set(lexicon.role_verbs()) if unit in PEOPLE_ACTIVITY_UNITS or not at_figure else set()
    stop_verbs = (report_verbs() | roles) - set(lexicon.events()["act_verbs"])
    return unit in ACTIVITY_UNITS and index.tags[i].startswith("v") and index.words[i] not in stop_verbs


def _activity_of_clause(index: TextIndex, end: int) -> Optional[tuple[int, int]]:
    """连续11年组织委员开展资助助学: what the years count is the activity the clause ends on."""
    _, clause_end = index.clause(end)
    hold = [m for m in re.finditer(lexicon.alternation(lexicon.events()["hold_verbs"]), index.text[end:clause_end])]
    if not hold:
        return None
    begin = end + hold[-1].end()
    return (begin, clause_end) if clause_end - begin >= 2 else None
