"""What a figure counts: the noun phrase after it (120名市人大代表, 3家无证经营的食品摊贩), else
the one before it (提交提案386件, 古树群6处共412株), else the act that spends a sum, the clause a
sum closes, or the activity a span of years is of. ``_nearest_item`` asks the readers in order
of trust; below it come the readers of what stands after the figure, then those of what stands
before it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from .context import NOUN_TAGS, TextIndex
from .event_names import noun_pattern
from .numbers import count_pattern
from .organizations import CONJUNCTIONS, LEVEL_CHARS, PROPER_NAME_TAGS, title_after
from .subjects import clause_before


# Activities are counted in these units, so a verb can name what is counted (调研视察20次).
ACTIVITY_UNITS = frozenset({"次", "场次", "场", "人次", "期", "轮", "批次", "台次", "例次", "户次", "件次", "课时", "学时"})
SERIES_UNITS = frozenset(lexicon.units()["series_units"])  # 开讲48期: sittings of a series
PROVIDING_VERBS = frozenset(lexicon.units()["providing_verbs"])  # 安排 + 50亿元 + 的专项信贷额度
# 15万元 + 补助, 20万元 + 一次性建设补贴 + ，: the funds a sum is, named right after it to the clause's end
# (not 20亿元 + 的产业引导基金: a measure of the thing after 的, read by its own reader)
FUNDS = lexicon.alternation(lexicon.units()["funds_words"])
FUNDS_AFTER = re.compile(rf"(?!的)[\u4e00-\u9fff]{{0,8}}?(?:{FUNDS})(?=[，。；、,;\n])")
SERIES_VERBS = frozenset(lexicon.units()["series_verbs"])  # 开讲, 播出: a series held or brought out
PEOPLE_ACTIVITY_UNITS = frozenset({"人次", "户次", "例次"})  # 委员参加480余人次: the people who acted are counted
CLASS_WORDS = frozenset({"类", "种", "型", "级"})
OTHER_WORDS = frozenset({"其他", "其它", "其余"})  # 其他/r + 类: the classes not named before
DURATION_UNITS = frozenset({"年", "天", "个月", "小时"})
MAX_RELATIVE_CLAUSE = 12  # characters of a clause before 的 read as what a figure counts
MAX_QUALIFIER = 10  # characters between a figure and the 的 of a clause that qualifies what it counts
# 3家 + 无证经营的, 1座 + 库容1000吨的, 36名 + 拒不履行判决、裁定的 (not 教师、45名学生的: another figure)
QUALIFIER = re.compile(rf"(?!、)(?:[\u4e00-\u9fff0-9.]|、(?![0-9一二三四五六七八九十])){{1,{MAX_QUALIFIER}}}?的")
MAX_HEADED_ITEM = 8  # characters of what a figure counts that ends in a one-character head (临时接种点)
MAX_ITEM = 14  # characters of a noun phrase read as what a figure counts
NEGATIONS = frozenset({"未", "尚未", "未能"})  # before an act that qualifies what is counted (未完工项目)
MAX_HELD_EVENT = 20  # characters of an event's name after the verb that holds it (举办 + 应急救护师资培训班)
CLAUSE_ENDS = ("，", "。", "；")  # where a venue before the act it is read for stops
MAX_VENUE_WORDS = 8  # words of a venue (在溦州职业技术学院) between a figure of sessions and the act
LINKS_AFTER_A_CLAUSE = ("有", "达到", "达", "为")  # 完成审批的 + 有 + 141个: between a relative clause and its figure
MAX_ACTS = 30  # characters of the clause after a figure of a person's acts read as what they did
MAX_OPENING_WORDS = 6  # words of a sentence's opening (区委常委、副区长樊启明) that name who goes on acting
MAX_ASIDE = 16  # characters of a bracketed aside between what a figure counts and the figure
# 卫生厕所普及率由年初的81%提高到93.6%, 开放床位从40张增至120张: what changed, named before 由 (从), then the
# start figure and the verb
CHANGE_VERB = rf"(?:{lexicon.alternation(lexicon.units()['change_verbs'])})(?:到|至)"
OBJECT_MARKS = ("把", "将")  # before what a change was done to (把审批环节由7个压减至3个)
# 由年初的81%, 由每人每年6960元: what stands between 由 and the first figure (a time, a rate)
CHANGE_GAP = r"(?:[^，。；由从]{0,8}的|(?:每[\u4e00-\u9fff]){1,3})?"
CHANGE_FROM = re.compile(rf"([\u4e00-\u9fff“”]{{2,12}}?)[由从]{CHANGE_GAP}$")
CHANGE_TO = re.compile(r"([\u4e00-\u9fff“”]{2,12}?)[由从]" + CHANGE_GAP + r"[0-9.]+[万亿]?[\u4e00-\u9fff%]{0,4}?"
                       + CHANGE_VERB + r"(?:[^，。；由]{0,8}的)?$")
# 县（区）, 乡镇（街道）, 平安村（社区）: a level, its bracketed other level, and the name words before it
QUALIFIED_LEVEL = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:街道|乡镇|[省市区县镇乡村])[（(][\u4e00-\u9fff、]{1,6}[）)]")
WHERE_THEY_SAT = r"(?:在[\u4e00-\u9fff]{1,8}?)?"  # 约360人 + 在主会场 + 参加会议
BRACKETED_ITEM = re.compile(r"(?:^|[：:、，,；;。\n])([\u4e00-\u9fff]{2,14})$")  # 、 + 人力资源和社会保障 + （…）
GENERIC_PEOPLE = frozenset({"同志", "人员"})  # words for anyone, which a figure of people may name
HONOUR_AFTER = re.compile(r"[^，。；“]{0,4}?(?:命名为|评为|授予|获评|评选为)[^，。；“]{0,8}?(“([^”]{2,12})”((?:提名)?奖)?)")
EXAMPLES = re.compile(r"[^\W的]{2,8}(?:、[^\W的]{2,8})+")  # 家庭农场、农民合作社 + 等… (not 乡镇的玉米、烤烟)
SUM_AFTER = re.compile(r"[0-9.]+[万亿]?元")  # 总投资 + 86.7亿元
SUM_WORDS = frozenset({"共", "共计", "合计", "总计"})  # ，共计213名: a clause that sums up what the one before names
AGE_THRESHOLD = re.compile(r"[0-9]{1,3}周?岁(?:及?以上|及?以下)?(?:常住|户籍)?")  # 1.1万名 + 60周岁以上 + 老年人
SHARE_ADVERBS = lexicon.alternation(lexicon.units()["share_adverbs"])  # 约 + 占, 占 + 分别
SHARE_VERBS = lexicon.alternation(lexicon.units()["share_verbs"])  # 占, 占比
SHARE_BEFORE = re.compile(rf"(?P<adverb>{SHARE_ADVERBS})?(?P<verb>{SHARE_VERBS})"
                          rf"(?P<whole>[^，。；、0-9]{{1,12}}?的)?(?:{SHARE_ADVERBS})?$")
SHARE_GIVING_VERBS = tuple(lexicon.units()["share_giving_verbs"])  # 贡献了全市 + 70%以上的税收
MAX_SHARED = 30  # characters of the clause before 占 (and of 占 and the whole) read as what a share measures
# Words between a figure and what it counts that belong to neither (共, 累计, 达 …).
LINKING_WORDS = lexicon.count_linking_words()
CLOSING_MARKS = "”」』》"  # of a quoted name or a title
HEAD_CHARACTERS = frozenset(lexicon.units()["head_characters"])  # 接种 + 点, 建制 + 村
PARTITIVE_WORDS = tuple(lexicon.units()["partitives"])  # 其中 + 186人取得…: a part of the figure before
COMMON_NOUN_TAGS = frozenset({"n", "vn", "j"})  # 破产/v + 审判/vn + 典型/n + 案例/n: no names
PASSIVE_MARKS = frozenset({"被"})  # 意见建议被采纳1600余条: the act's object stands before it
MANNER_WORDS = frozenset(lexicon.units()["manner_words"])  # 当场, 现场: how an act was done, tagged as places
SIZES_BEFORE_A_FIGURE = tuple(lexicon.units()["measures_of_what_follows"])  # 总规模 + 20亿元的…基金
MAX_MEASURED = 12  # characters after 的 of what a measured figure counts (市级专精特新产业基金)
MAX_OUTCOME = 10  # characters of what people attained after 实现, 取得 (就近就业, 职业技能等级证书)


def find_item(index: TextIndex, start: int, end: int, unit: str) -> Optional[tuple[int, int]]:
    """What a figure counts: the noun phrase after it, else the one before it. A share
    (%) names what it measures before it: 地区生产总值增长6.2%."""
    span = _within_one_phrase(index, _without_linking_tail(index, _nearest_item(index, start, end, unit)), start)
    if span and span[0] < start < span[1]:
        return span[0], start  # 口述文字 + 稿约/n + 480万字: a word the segmenter glued to the figure's bound
    return _with_the_quoted_name_before(index, span) if span and span[1] <= start else span


def _with_the_quoted_name_before(index: TextIndex, span: tuple[int, int]) -> tuple[int, int]:
    """开展“送法进校园” + 活动 + 140场: the quoted name right before an event word names the events counted
    (not a quoted list of where they went: “进社区、进校园”活动, which the activity's kind names)."""
    quoted = _quoted_before(index, span[0]) if index.text[span[0]:span[1]] in lexicon.event_nouns() else None
    return (quoted[0] - 1, span[1]) if quoted and "、" not in index.text[quoted[0]:quoted[1]] else span


def _within_one_phrase(index: TextIndex, span: Optional[tuple[int, int]], start: int) -> Optional[tuple[int, int]]:
    """发布经济普查主要数据　全市法人单位突破12万个: a headline's space parts two phrases, and what the
    figure counts is in the one next to it."""
    if span is None or not re.search(r"\s", index.text[span[0]:span[1]]):
        return span
    parts = list(re.finditer(r"\S+", index.text[span[0]:span[1]]))
    part = parts[-1] if span[1] <= start else parts[0]
    return span[0] + part.start(), span[0] + part.end()


def _nearest_item(index: TextIndex, start: int, end: int, unit: str) -> Optional[tuple[int, int]]:
    """The first reader, in order of trust, that finds what the figure counts."""
    vote = next((v for v in lexicon.units()["votes"] if index.text.startswith(v, end)), None) if unit == "票" else None
    if vote:
        return end, end + len(vote)  # 34票 + 赞成: how the votes were cast
    percent = unit in lexicon.units()["percent"]
    share = (_share_of(index, start) or _share_of_what_follows(index, start, end)) if percent else None
    if share:
        return share
    part = _a_part_told_by_its_act(index, start, end) if unit in lexicon.count_units() else None
    if part:
        return part
    if unit != "个" and _after_a_dividing_word(index, start, end):
        return _divided_into(index, start, end, unit)  # None: those divided are named in another clause
    bracketed = _named_before_its_bracket(index, start, end)
    if bracketed:
        return bracketed
    changing = _what_changed(index, start, end) if unit not in DURATION_UNITS else None
    if changing:
        return changing
    attendance = _attendance_after_groups(index, start, end) if unit_family(unit) == "人" else None
    if attendance:
        return attendance
    provided = _object_of_the_act_before(index, start, end)
    if provided:
        return provided
    funds = FUNDS_AFTER.match(index.text, end) if unit in lexicon.units()["money_units"] else None
    if funds:
        return funds.span()  # 给予15万元补助, 20万元一次性建设补贴: the funds named after the sum
    spent = _money_verb_before(index, start) if unit in lexicon.units()["money_units"] else None
    if spent:
        return spent
    valued = _valued_after(index, start, end) if unit in lexicon.units()["money_units"] else None
    if valued:
        return valued
    measured = _what_a_size_measures(index, start, end)
    if measured:
        return measured
    after = _noun_phrase_after(index, end) if unit != "%" else None
    if after and SUM_AFTER.match(index.text, after[1]):
        after = _without_the_sums_measure(index, after)
    qualified = _qualified_noun_after(index, end) if unit not in DURATION_UNITS | {"%"} \
        and (after is None or index.text[after[1]:after[1] + 1] != "的") else None
    if qualified and (after is None or _subject_of_the_qualifier(index, after, qualified)):
        after = qualified
    after = after or (_quoted_after(index, end) if unit not in DURATION_UNITS | {"%"} else None)
    after = after or _noun_after_the_next_figure(index, end, unit) or _a_compound_a_verb_opens(index, start, end)
    if after and index.text[after[0]:after[1]] in GENERIC_PEOPLE:
        after = _honour_they_got(index, after[1]) or after
    if after is None and unit_family(unit) == "人":
        after = _honour_they_got(index, end)  # 7人 + 获评“雩泽工匠”: people counted by the honour they got
    if after:
        return _the_kind_after_examples(index, after)
    spent = _money_verb_before(index, start, any_verb=True) if unit in lexicon.units()["money_units"] else None
    if spent:
        return spent  # 为23家企业放款1150万元。: the sum the act moved, not the nouns before it
    acts = _acts_after(index, end) if unit in ACTIVITY_UNITS and _a_person_before(index, start) else None
    if acts:
        return acts  # 区长祁明澜先后7次 + 到项目现场督导推进: what the person did so often
    attained = _what_they_attained(index, end) if unit_family(unit) == "人" and not _a_noun_before(index, start) \
        else None
    if attained:
        return attained
    before = _noun_phrase_before(index, start, unit) or _quoted_before(index, start)
    if before:
        return before
    acted = _how_they_acted_after(index, end) if unit_family(unit) == "人" else None
    if acted:
        return acted
    listed = _listed_before_a_tally(index, start) if unit_family(unit) in ("人", "人次") else None
    if listed:
        return listed
    summed = _summed_up_after_a_comma(index, start, unit)
    if summed:
        return summed
    if unit in DURATION_UNITS:
        return _activity_of_clause(index, end)
    if unit == "%":
        return None  # 2019年同期的112%: a ratio
    attending = _attending(index, start, end) if unit_family(unit) == "人" else None
    return _relative_clause_before(index, start) or attending


def _attending(index: TextIndex, start: int, end: int) -> Optional[tuple[int, int]]:
    """…民兵、退役军人等146人 + 参加。: people listed before 等 and counted as they attend are those listed;
    …解读政策，200余人 + 参加。: named nowhere near the figure, they are counted by their attending."""
    i = _word_starting_at(index, end)
    if i is None or index.words[i] not in lexicon.units()["attendance_verbs"] \
            or not index.text.startswith(CLAUSE_ENDS, index.ends[i]):
        return None
    if not index.text.endswith("等", 0, start):
        return end, index.ends[i]
    return _listed_before_a_tally(index, start)


def _listed_before_a_tally(index: TextIndex, start: int) -> Optional[tuple[int, int]]:
    """区税务局邀请 + 企业代表、人大代表、政协委员 + 等68人, 县长与 + 县直机关干部职工、驻地部队官兵 + 等900余人: what a
    list closed by 等 names, after the act (or the preposition) of its clause, is what the figure after counts."""
    if not index.text.endswith("等", 0, start):
        return None
    first = index.token_at(index.clause(start)[0])
    links = [k for k in range(first, index.token_at(start - 1))
             if index.tags[k] == "v" and len(index.words[k]) > 1 or index.tags[k] == "p"]
    first = links[-1] + 1 if links else first
    listed = index.text[index.starts[first]:start - 1]
    named = any(index.tags[k].startswith("nr") for k in range(first, index.token_at(start - 1)))
    return (index.starts[first], start - 1) if "、" in listed and not named else None  # not 殷婉清、柏子睿等15人


def _a_part_told_by_its_act(index: TextIndex, start: int, end: int) -> Optional[tuple[int, int]]:
    """其中186人 + 取得育婴员职业技能等级证书, 其中15件 + 推荐参加全省大赛, 其余2项 + 正按序时进度推进: a
    part of the figure before, told apart by what it got or did after it."""
    if not index.text.endswith(PARTITIVE_WORDS, 0, start):
        return None
    i = _word_starting_at(index, end)
    acts = i is not None and (index.tags[i] == "v" or index.tags[i] == "d" and i + 1 < len(index.words)
                              and index.tags[i + 1][0] in "vp")  # 正/d + 按/p 序时进度推进
    if not acts or _noun_phrase_after(index, end) is not None:
        return None  # 剩余22个 + 未完工项目: a noun names the part
    return _acts_after(index, end)


def _word_starting_at(index: TextIndex, pos: int) -> Optional[int]:
    """The token the segmenter starts at pos, if it starts one there."""
    i = index.token_at(pos) if pos < len(index.text) else len(index.words)
    return i if i < len(index.words) and index.starts[i] == pos else None


def _what_a_size_measures(index: TextIndex, start: int, end: int) -> Optional[tuple[int, int]]:
    """总规模 + 20亿元 + 的产业引导基金: a measure named before the figure, and 的 after it, tie the figure to
    the noun after 的."""
    if not index.text.startswith("的", end) \
            or not index.text.endswith(SIZES_BEFORE_A_FIGURE, 0, start):
        return None
    stop = min(index.clause(end)[1], end + 1 + MAX_MEASURED)
    k, last = index.token_at(end + 1), None
    while k < len(index.words) and index.ends[k] <= stop:
        last = k if index.tags[k] in NOUN_TAGS else last  # 产业 + 引导/v + 基金: up to the last noun
        k += 1
    return (end + 1, index.ends[last]) if last is not None else None


def _without_the_sums_measure(index: TextIndex, span: tuple[int, int]) -> Optional[tuple[int, int]]:
    """68名 + 农民工工资 + 213万元: the noun after a figure and before a sum ends in what the sum measures
    (工资), which is none of what the figure counts; nothing is left of 签约项目16个 + 总投资 + 86.7亿元,
    nor of 3个 + 经营性收入 (an attribute alone), and 为78名 + 青年创业者发放贷款 leaves the people."""
    last = index.token_at(span[1] - 1)
    if index.words[last] not in lexicon.units()["sum_measures"]:
        return span
    end = last
    while end > 0 and index.starts[end - 1] >= span[0] and index.tags[end - 1].startswith("v"):
        end -= 1  # 青年创业者 + 发放 + 贷款: the act that moved the sum
    kept = (span[0], index.starts[end]) if end > 0 and index.starts[end] > span[0] else None
    attribute = index.words[end - 1].endswith("性")  # 经营性 + 收入
    return kept if kept and index.tags[end - 1] in NOUN_TAGS - {"b", "vn"} and not attribute else None


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


def unit_family(unit: str) -> str:
    """名, 人 and 位 all count people."""
    return lexicon.units()["unit_families"].get(unit, unit)


# What stands after the figure.
def _acts_after(index: TextIndex, end: int) -> Optional[tuple[int, int]]:
    """先后12次 + 深入青枫街道、鹤汀工业园等地开展调研: the rest of the clause, the acts done so often."""
    clause_end = index.clause(end)[1]
    return (end, clause_end) if 2 <= clause_end - end <= MAX_ACTS else None


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
        if len(rest) > 2 or not re.match(r"[\u4e00-\u9fff]", rest) or _going_glued(index.text, end, rest) \
                or rest in CONJUNCTIONS:
            return None  # 8 + 人到/n + 栟溪镇, 2000 + 元及/m + 大米: a verb of going or a conjunction glued to the unit
        i += 1
    if i < len(index.words) and index.words[i] in MANNER_WORDS:
        return None  # 60余人 + 现场观摩: how the people counted acted, not who they are
    last, j = (i - 1 if index.starts[min(i, len(index.starts) - 1)] != end else None), i
    while j < len(index.words) and index.ends[j] - end <= MAX_ITEM:
        word, tag = index.words[j], index.tags[j]
        if tag == "vn" and last is not None and j + 1 < len(index.words) and index.tags[j + 1] == "p":
            break  # 32家 + 科普教育基地 + 免费/vn + 向/p + 公众开放: how they act, no part of the noun
        if last is None and _a_grade(index, j):
            last, j = j + 1, j + 2  # 9个 + A/eng + 级/q + 景区: a grade opens the noun
            continue
        if last is None and word in NEGATIONS and j + 2 < len(index.words) and index.tags[j + 1] == "v" \
                and index.tags[j + 2] in NOUN_TAGS:
            last, j = j + 1, j + 2  # 22个 + 未/d + 完工/v + 项目: what has not been done qualifies the noun
            continue
        if last is None and NUMBERED_GRADE.fullmatch(word) and j + 1 < len(index.words) \
                and index.tags[j + 1] in NOUN_TAGS | {"v"}:
            noun = _noun_phrase_after(index, index.ends[j]) or (index.ends[j], index.ends[j + 1])
            listed = re.search(r"[、和及与]", index.text[noun[0]:noun[1]])  # 9户 + 一级 + 企业资金、投资: no item
            return None if listed else (end, noun[1])  # 27个 + 一级/m + 预算/v + 单位: a grade opens the noun
        if word in ("的", "、", "和", "及", "与") and last is not None and j + 1 < len(index.words) \
                and index.tags[j + 1] in NOUN_TAGS and (word == "的" or index.tags[j + 1] != "ns") \
                and (word == "的" or index.words[j + 1] not in lexicon.event_nouns()):
            # 8名教师和学生, 9家创新药和医疗器械企业 (not 和 + 桑埠镇: a list of places, nor 和 + 抽查/n: an act)
            j += 1
            continue
        if tag in NOUN_TAGS or (tag == "a" and (last is None or index.tags[last] == "b")) \
                or (last is None and _time_of_day_before_a_noun(index, j)) \
                or (tag == "v" and last is not None and _is_noun_verb(word)) \
                or (last is None and word in lexicon.units()["qualifying_verbs"] and j + 1 < len(index.words)
                    and index.tags[j + 1] in NOUN_TAGS) \
                or (last is None and tag == "v" and j + 1 < len(index.words)
                    and index.words[j + 1] in lexicon.units()["staff_heads"]) \
                or (last is None and tag == "v" and j + 1 < len(index.words)
                    and (index.words[j + 1] in HEAD_CHARACTERS or _a_headed_noun(index, j + 1)
                         or index.words[j + 1] in lexicon.event_nouns() and word not in _attending_verbs())) \
                or (last == j - 1 and word in HEAD_CHARACTERS) \
                or (last is None and _a_level_opening_a_noun(index, j)) \
                or (last is None and _qualifies_a_doer(index, j)):  # 820名 + 留守/v + 儿童, 186个 + 建制/v + 村/zg
            # 三轮 + 集中/v + 检查: how the event counted was held
            # 31名 + 疑似/b + 高危/a + 患者: an adjective after a distinguishing word qualifies the noun too
            last = j
            j += 1
            continue
        break
    if last is not None and index.tags[last] == "a" and index.starts[last] <= end:
        return _what_the_adjective_qualifies(index, end, last)
    return (end, index.ends[last]) if last is not None and index.ends[last] > end else None


@lru_cache(maxsize=1)
def _attending_verbs() -> frozenset[str]:
    """参加 + 培训: taking part in an event, not a way of holding it (集中 + 检查)."""
    return frozenset(lexicon.events()["hold_verbs"]) | frozenset(lexicon.units()["attendance_verbs"])


def _honour_they_got(index: TextIndex, end: int) -> Optional[tuple[int, int]]:
    """10名 + 同志 + 被命名为蕤州市“最美退役军人”: people counted by a word for anyone are counted by the
    honour the clause gives them (or its prize: 获评“最美退役军人”提名奖)."""
    honour = HONOUR_AFTER.match(index.text, end)
    if honour is None:
        return None
    return honour.span(1) if honour.group(3) else honour.span(2)  # “最美退役军人”提名奖: the prize named after it


def _the_kind_after_examples(index: TextIndex, after: tuple[int, int]) -> tuple[int, int]:
    """2100余个 + 家庭农场、农民合作社 + 等 + 新型农业经营主体: examples listed before 等 and the kind after it;
    the figure counts the kind."""
    if not EXAMPLES.fullmatch(index.text, after[0], after[1]) or not index.text.startswith("等", after[1]):
        return after
    return _noun_phrase_after(index, after[1] + 1) or after


def _what_the_adjective_qualifies(index: TextIndex, end: int, adjective: int) -> Optional[tuple[int, int]]:
    """An adjective alone right after the figure: with the acts and nouns after it, up to the last noun
    (7600余名 + 灵活/a + 就业/v + 人员), or the act that closes the clause (18项 + 具体/a + 举措/v + 。); none
    before a numeral or a time (412亿元 + 连续/a + 三年: how, not what); else the adjective itself."""
    k, noun = adjective + 1, None
    while k < len(index.words) and index.ends[k] - end <= MAX_ITEM and index.tags[k] in NOUN_TAGS | {"v", "vn"} \
            and (noun is None or index.tags[k] in NOUN_TAGS):  # the first nouns, not the act after them (开户)
        noun = k if index.tags[k] in NOUN_TAGS else noun
        k += 1
    if noun is not None:
        return end, index.ends[noun]
    if k < len(index.words) and index.tags[k] in ("m", "t"):
        return None
    closing = k == adjective + 2 and k < len(index.words) and index.tags[k] == "x"
    return (end, index.ends[k - 1]) if closing else (end, index.ends[adjective])


def _a_compound_a_verb_opens(index: TextIndex, start: int, end: int) -> Optional[tuple[int, int]]:
    """发布了6个 + 破产/v + 审判/vn + 典型/n + 案例/n + 。: after an act, a verb and a verbal noun opening a run
    of common nouns the clause ends on name a kind (not 专科医生12名 + 加入/v + 家庭医生团队: the people,
    named before, act; nor 等80余人 + 参加/v + 开业/vn + 仪式: taking part)."""
    j = index.token_at(end)
    if index.starts[j] != end or index.tags[j] != "v" or index.words[j] in _attending_verbs() \
            or j + 1 >= len(index.words) or index.tags[j + 1] != "vn" or _a_noun_before(index, start):
        return None
    k = j + 1
    while k < len(index.words) and index.tags[k] in COMMON_NOUN_TAGS and index.ends[k] - end <= MAX_ITEM:
        k += 1
    closed = index.text[index.ends[k - 1]:index.ends[k - 1] + 1] in ("", "。", "；", "，")
    return (end, index.ends[k - 1]) if k - j >= 3 and index.tags[k - 1] == "n" and closed else None


def _a_level_opening_a_noun(index: TextIndex, j: int) -> bool:
    """300余名 + 县/zg + 政协委员: a level alone, glued to the noun after it, opens it."""
    return index.tags[j] == "zg" and index.words[j] in LEVEL_CHARS and j + 1 < len(index.words) \
        and index.tags[j + 1] in NOUN_TAGS and index.ends[j] == index.starts[j + 1]


def _a_headed_noun(index: TextIndex, j: int) -> bool:
    """联合/v + 核查组: a noun of three characters or more ending in a head character, after the act it is named by."""
    return len(index.words[j]) >= 3 and index.words[j][-1] in HEAD_CHARACTERS and index.tags[j] == "n"


NUMBERED_GRADE = re.compile(r"[一二三四五六七八九十]级")  # 一级 + 预算单位


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


def _is_noun_verb(word: str) -> bool:
    return word in lexicon.events()["act_verbs"]


def _qualified_noun_after(index: TextIndex, end: int) -> Optional[tuple[int, int]]:
    """对3家无证经营的食品摊贩: a short clause and 的 between the figure and what it counts."""
    qualifier = QUALIFIER.match(index.text, end)
    if qualifier and "、" in qualifier.group() and re.search(r"[0-9]", qualifier.group()):
        return None  # 2000张 + 、老年助餐点40个的任务: the next item of a list, not a clause
    noun = _noun_phrase_after(index, qualifier.end()) if qualifier else None
    return (end, noun[1]) if noun else None


def _subject_of_the_qualifier(index: TextIndex, noun: tuple[int, int], qualified: tuple[int, int]) -> bool:
    """43株 + 长势 + 衰弱的古树, 1座 + 库容 + 1000吨的冷链仓储中心: the noun after the figure is the
    subject of a clause qualifying what is counted (not 120名党员 + 的事迹: the noun's own 的)."""
    return qualified[1] > noun[1] and index.text[noun[1]:noun[1] + 1] != "的"


def _quoted_after(index: TextIndex, end: int) -> Optional[tuple[int, int]]:
    """评选出的20户“书香家庭”: a quoted name right after the figure is what it counts."""
    if index.text[end:end + 1] not in "“「『":
        return None
    closing = min((c for q in "”」』" if (c := index.text.find(q, end + 1, end + 16)) > 0), default=-1)
    return (end + 1, closing) if closing - end > 2 else None


def _valued_after(index: TextIndex, start: int, end: int) -> Optional[tuple[int, int]]:
    """捐赠价值约18万元 + 的生活物资: what a value word before the sum prices, named after 的."""
    if not index.text.startswith("的", end) or start == 0:
        return None
    valued = _value_words_ending_at(index, _past_linking_words(index, index.token_at(start - 1))) is not None
    return _noun_phrase_after(index, end + 1) if valued else None


def _noun_after_the_next_figure(index: TextIndex, end: int, unit: str) -> Optional[tuple[int, int]]:
    """45户 + 、126名群众, 412户 + 1235名脱贫人口: two figures in other units listed (or written one
    after the other) before one noun both count it."""
    listed = index.text.startswith("、", end)
    if not listed and not re.match(r"[0-9]", index.text[end:end + 1]):
        return None
    following = count_pattern().match(index.text, end + 1 if listed else end)
    if following is None or unit_family(following.group("unit")) == unit_family(unit) \
            or following.group("unit") not in lexicon.count_units() \
            or index.text.startswith(tuple(lexicon.units()["units_starting_words"].get(following.group("unit"), ())),
                                     following.end()):
        return None  # 景区5家、5家景区: two figures of one kind; 3000人、10公里跑: a length opens the next item;
        # 860余起、三轮车…: no figure but a word
    return _noun_phrase_after(index, following.end())


def _attendance_after_groups(index: TextIndex, start: int, end: int) -> Optional[tuple[int, int]]:
    """各镇街分管负责同志、全区中小学校长共230余人参加会议: after a list of groups, the figure
    counts the meeting's attendance (a list written across commas when 共 sums it up), wherever
    they sat (约360人 + 在主会场 + 参加会议)."""
    m = _attendance().match(index.text, end)
    if m is None:
        return None
    listed = re.search(r"[、及和]", index.text[index.clause(start)[0]:start]) is not None \
        or index.text.endswith("等", 0, start)  # …，各社区党组织书记等 + 约260人参加会议
    summed = "共" in index.text[max(0, start - 4):start] and "、" in index.text[index.sentence(start)[0]:start]
    tallied = re.search(r"[0-9]", index.text[index.clause(start)[0]:start]) is not None  # 12家单位 + 300余人参加演练
    return (m.start("act"), m.end()) if listed or summed or tallied else None


@lru_cache(maxsize=1)
def _attendance() -> re.Pattern:
    return re.compile(rf"{WHERE_THEY_SAT}(?P<act>{lexicon.alternation(lexicon.units()['attendance'])})")


def _how_they_acted_after(index: TextIndex, end: int) -> Optional[tuple[int, int]]:
    """…和新闻媒体记者等80余人 + 现场见证: people named by no noun before the figure are those who
    acted so (a word of manner, then the act; or an adverb, then the act and what it got)."""
    i = index.token_at(end) if end < len(index.text) else len(index.words)
    if i + 1 >= len(index.words) or index.starts[i] != end or not index.tags[i + 1].startswith("v"):
        return None
    if index.words[i] in MANNER_WORDS:
        return end, index.ends[i + 1]
    if index.tags[i] not in ("d", "ad"):
        return None
    j = i + 2  # 6人 + 顺利/ad + 考取 + 职业技能证书: the act and what it got, not how
    while j < len(index.words) and index.tags[j] in NOUN_TAGS and index.ends[j] - index.starts[i + 1] <= MAX_ITEM:
        j += 1
    return (index.starts[i + 1], index.ends[j - 1]) if j > i + 2 else None


def _a_noun_before(index: TextIndex, start: int) -> bool:
    """严重精神障碍患者 + 96名: the figure's people are named right before it."""
    return start > 0 and index.tags[index.token_at(start - 1)] in NOUN_TAGS


def _what_they_attained(index: TextIndex, end: int) -> Optional[tuple[int, int]]:
    """帮助620人 + 实现 + 就近就业: people named by no noun after the figure, then a verb of attaining, are
    named by what they attained (not by the act that helped them, 帮助)."""
    i = _word_starting_at(index, end)
    if i is None or index.words[i] not in lexicon.units()["outcome_verbs"]:
        return None
    clause_end = index.clause(end)[1]
    return (index.ends[i], clause_end) if 2 <= clause_end - index.ends[i] <= MAX_OUTCOME else None


def _activity_of_clause(index: TextIndex, end: int) -> Optional[tuple[int, int]]:
    """连续11年组织委员开展资助助学: what the years count is the activity the clause ends on."""
    _, clause_end = index.clause(end)
    hold = [m for m in re.finditer(lexicon.alternation(lexicon.events()["hold_verbs"]), index.text[end:clause_end])]
    if not hold:
        return None
    begin = end + hold[-1].end()
    return (begin, clause_end) if clause_end - begin >= 2 else None


# What stands before the figure.
def _a_person_before(index: TextIndex, start: int) -> bool:
    """区长祁明澜/nr + 先后 + 7次, 樊启明牵头…，+ 先后 + 12次: a person named right before the figure, past its
    linking words, or no one in a clause that goes on from one about a person."""
    before = index.token_at(start - 1) if start > 0 else -1
    i = _past_linking_words(index, before)
    if i >= 0 and index.words[i] in ("，", ",") and i < before:  # ，+ 先后 + 12次
        first = index.token_at(index.sentence(start)[0])  # the sentence opens with the person: 副区长樊启明牵头…，
        return any(_a_name_after_a_title(index, k) for k in range(first, min(first + MAX_OPENING_WORDS, i)))
    return i >= 0 and _a_name_after_a_title(index, i)


def _a_name_after_a_title(index: TextIndex, i: int) -> bool:
    """祁明澜/nr, 区长 + 蔺/nr 振华/nz: a name the tagger knows, or two or three characters after a title."""
    if index.tags[i].startswith("nr"):
        return True
    return any(k > 0 and index.words[k - 1] in lexicon.title_set() and 2 <= index.ends[i] - index.starts[k] <= 3
               and index.text[index.starts[k]] in lexicon.surname_set()
               and not any(index.tags[n][:1] in "vdpmqcu" for n in range(k, i + 1)) for k in (i, i - 1) if k >= 0)


def _named_before_its_bracket(index: TextIndex, start: int, end: int) -> Optional[tuple[int, int]]:
    """城乡建设（41.8万件）、市场监管（33.5万件）: a figure alone in brackets counts what is named right
    before them, back to the mark that opens the item."""
    if start == 0 or index.text[start - 1] not in "（(" or index.text[end:end + 1] not in "）)":
        return None
    named = BRACKETED_ITEM.search(index.text, max(0, start - 1 - MAX_ITEM), start - 1)
    return named.span(1) if named else None


def _after_a_dividing_word(index: TextIndex, start: int, end: int) -> bool:
    """分 + 3期 + 举办, 分成 + 3组 + (先后) 深入: sessions or groups with an act (or its venue) right after them (a
    figure of 个 names what it counts after it: 分成12个 + 巡逻/v 小组)."""
    if start == 0 or end not in index.start_set or index.tags[index.token_at(end)] not in ("v", "d", "t", "p"):
        return False  # 分2期 + 在/p + 溦州职业技术学院 + 举办: the act after where it was held
    dividing = index.token_at(start - 1)
    return index.ends[dividing] == start and index.words[dividing] in lexicon.units()["dividing_words"]


def _divided_into(index: TextIndex, start: int, end: int, unit: str) -> Optional[tuple[int, int]]:
    """分3期 + 举办 + 家庭医生能力提升培训班: the sessions count what the act after them holds;
    常委会组成人员 + 分3组 + 深入…: the groups count those divided, named before 分."""
    act = index.token_at(end)
    if index.words[act] == "在":  # 分两期 + 在溦州职业技术学院 + 举办 + …培训班: where, then the act
        act = next((k for k in range(act + 1, min(act + MAX_VENUE_WORDS, len(index.words)))
                    if index.words[k] in lexicon.events()["hold_verbs"] or index.words[k] in CLAUSE_ENDS), act)
    if index.words[act] in lexicon.events()["hold_verbs"]:
        return _event_held_after(index, index.ends[act]) or _noun_phrase_after(index, index.ends[act])
    return _noun_phrase_before(index, index.starts[index.token_at(start - 1)], unit)


def _event_held_after(index: TextIndex, end: int) -> Optional[tuple[int, int]]:
    """举办 + 应急救护师资培训班: the event a hold verb opens, up to its event word, whatever words name it."""
    clause_end = min(index.clause(end)[1], end + MAX_HELD_EVENT)
    held = noun_pattern().search(index.text, end, clause_end)
    return (end, held.end()) if held else None


def _what_changed(index: TextIndex, start: int, end: int) -> Optional[tuple[int, int]]:
    """普及率由年初的81%提高到93.6%: both figures of a change measure what changed, named before 由
    (not 全书由45名撰稿人完成: 由 of who did it)."""
    m = CHANGE_FROM.search(index.text, max(0, start - 24), start)
    if m is None or not re.match(CHANGE_VERB, index.text[end:end + 4]):
        m = CHANGE_TO.search(index.text, max(0, start - 40), start)
    if m is None:
        return None
    end = m.end(1) - (index.text[m.end(1) - 1] in OBJECT_MARKS)  # 普及率 + 将 + 由81%提高到…: 将 of what will be
    marked = max(index.text.rfind(mark, m.start(1), end - 2) for mark in OBJECT_MARKS)
    return (marked + 1 if marked >= 0 else m.start(1)), end  # 将把 + 审批环节 + 由7个压减至3个


def _share_of(index: TextIndex, start: int) -> Optional[tuple[int, int]]:
    """所提问题已解决或列入计划逐步解决的占82.6%, 中低收入职工约占82%, 民生支出占一般公共预算支出的76%: a
    share measures the clause before 占, read with the verb (and the whole) as the text writes it, or
    up to an adverb before the verb (中低收入职工 + 约占). Where 占 opens its clause (…486件，占38.3%),
    other readers go on."""
    m = SHARE_BEFORE.search(index.text, max(0, start - MAX_SHARED), start)
    if m is None:
        return None
    end = m.end("whole") - 1 if m.group("whole") else m.start("adverb") if m.group("adverb") else m.end("verb")
    floor = max(0, m.start() - MAX_SHARED)
    clause = clause_before(index.text, floor, m.start())
    if floor > 0 and len(clause) == m.start() - floor:
        return None  # no clause opens near enough: a long sentence this reader does not parse
    begin = m.start() - len(clause)
    begin += index.text.startswith("其中", begin) * 2
    return (begin, end) if m.start() - begin >= 2 else None


def _share_of_what_follows(index: TextIndex, start: int, end: int) -> Optional[tuple[int, int]]:
    """贡献了全市70%以上的税收: after a verb of giving a share, what 的 joins to the share (its bound read
    with the figure) is its whole (not 签约率不低于80%的目标任务, 超过10%的项目: a threshold the noun is held to)."""
    if not index.text.startswith("的", end):
        return None
    clause = clause_before(index.text, max(0, start - MAX_SHARED), start)
    return _noun_phrase_after(index, end + 1) if any(v in clause for v in SHARE_GIVING_VERBS) else None


def _object_of_the_act_before(index: TextIndex, start: int, end: int) -> Optional[tuple[int, int]]:
    """安排 + 不低于50亿元 + 的专项信贷额度, 提供 + 600平方米 + 的专用实验室: an act of providing right before the
    figure, and 的 after it: the noun after 的 is the act's object, which the figure measures (not 担任 + 20年 +
    的周师傅: how long someone did so)."""
    i = index.token_at(start - 1) if start > 0 else -1
    acted = i >= 0 and index.ends[i] == start and index.words[i] in PROVIDING_VERBS
    return _noun_phrase_after(index, end + 1) if acted and index.text.startswith("的", end) else None


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


def _noun_phrase_before(index: TextIndex, start: int, unit: str) -> Optional[tuple[int, int]]:
    start = _before_an_aside(index.text, start)
    i = index.token_at(start - 1) if start > 0 else -1
    if unit in DURATION_UNITS and i > 0 and index.tags[i] == "v" and index.ends[i] == start \
            and index.tags[i - 1].startswith("nr"):
        return None  # 赵某 + 结婚 + 12年: how long a person did so, not what the years count (已执行8年 counts)
    if i > 0 and index.words[i] == "等" and index.tags[i - 1] in NOUN_TAGS and index.ends[i - 1] == index.starts[i] \
            and unit in lexicon.units()["money_units"]:  # not 白头鹤等5种, 记者等80余人: examples of what is counted
        i -= 1  # 建设资金、省供销社项目资金 + 等 + 1280万元: funds listed and summed, named by the last
    if i > 0 and index.words[i] in ("到", "至") and index.words[i - 1] in lexicon.units()["change_verbs"]:
        i -= 2  # 定点医疗机构 + 扩大到 + 1136家: what grew is counted, not the growing
    i = _past_a_comparison(index, _past_linking_words(index, i), unit)
    i = _the_whole_before_among(index, i, unit)
    if i > 1 and index.words[i] in lexicon.units()["grouping_nouns"] and index.words[i - 1] in lexicon.count_units() \
            and re.fullmatch(r"[0-9.]+", index.words[i - 2]):
        i -= 1  # 问题清单5个方面 + 17条: the things the sides hold
    if i > 0 and index.words[i] in lexicon.count_units() and re.fullmatch(r"[0-9.]+", index.words[i - 1]):
        i = _past_linking_words(index, i - 2)  # 古树群6处共412株, 户籍人口412户1513人: what the figure before counts
    value = _value_words_ending_at(index, i)
    if value is not None:
        return _things_valued(index, value, unit)
    if _an_outcome(index, i, start):
        return _words_before_a_head(index, i, frozenset({"v", "vn"}) | NOUN_TAGS, MAX_HEADED_ITEM)
    if i > 0 and index.words[i] in HEAD_CHARACTERS and index.words[i - 1] == "的":
        return index.starts[i], index.ends[i]  # 收入超过50万元的 + 村/zg + 4个: the head the clause qualifies
    if i > 0 and index.words[i] in HEAD_CHARACTERS and index.words[i - 1] in CLOSING_MARKS:
        quoted = _quoted_before(index, index.starts[i])
        return (quoted[0] - 1, index.ends[i]) if quoted else None  # “红榜”村 + 8个次: the head the quote names
    if i > 0 and index.words[i] in HEAD_CHARACTERS and index.ends[i - 1] == index.starts[i]:
        return _words_before_a_head(index, i, NOUN_TAGS | {"v", "vn", "b"}, MAX_HEADED_ITEM)  # 临时接种 + 点/m
    if i > 0 and index.tags[i] == "q" and index.words[i] in lexicon.count_units() and index.tags[i - 1] in NOUN_TAGS \
            and index.ends[i - 1] == index.starts[i]:
        return _words_before_a_head(index, i, NOUN_TAGS, MAX_ITEM)  # 个体经营 + 户/q: a measure word split off
    if i > 0 and index.words[i] in lexicon.events()["hold_verbs"]:
        held = _past_linking_words(index, i - 1)  # 活动 + 累计开展 + 2100余场: what is held, named before the act
        i = held if held >= 0 and index.tags[held] in NOUN_TAGS else i
    if i > 1 and index.tags[i].startswith("v") and index.words[i - 1] in PASSIVE_MARKS:
        i -= 2  # 意见建议 + 被 + 采纳 + 1600余条: what the act was done to, named before 被
    # 提交的提案436件, 其中留置9人: a verb right before the figure with no noun before it
    # names what is counted; after a noun (委员参与480余人次) it is the doer's act.
    verb_object = i > 0 and index.tags[i].startswith("v") and index.tags[i - 1] not in NOUN_TAGS
    people = unit_family(unit) == "人" or unit in PEOPLE_ACTIVITY_UNITS
    doer = _doer_past_an_adverb(index, i) if verb_object and people else None
    if doer is not None:
        i, verb_object = doer, False  # 执法人员 + 累计 + 出动560余人次: who acted, named before the adverb
    if verb_object and not _counted_by_verb(index, i, unit) and index.words[i - 1] in CLOSING_MARKS:
        return _quoted_before(index, index.starts[i])  # 《鄞川新闻》播出248期: the title's issues
    series = _series_held(index, i, unit) if verb_object else None
    if series:
        return series
    if i >= 0 and index.tags[i].startswith("v") and not _counted_by_verb(index, i, unit) and not verb_object:
        if index.tags[i] == "v" and len(index.words[i]) == 2 and _to_whom_before(index, i) \
                and index.words[i] not in lexicon.units()["change_verbs"]:
            return index.starts[i], index.ends[i]  # 为高龄老人 + 送餐 + 4.7万份: done for them, the acts are counted
        i -= 1  # 委员参与480余人次: what is counted is the doer before the verb (提交提案386件: the object)
    last, first = i, None
    if i > 0 and index.words[i] in CLASS_WORDS and index.words[i - 1] in OTHER_WORDS:
        return index.starts[i - 1], index.ends[i]  # 其他类24件: the classes not named before
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
            or _quoted_before(index, index.starts[last]) \
            or (index.starts[last], index.ends[last])  # 科协组织/v + 总数, “科普e站”总数, not 总数 alone
    return (index.starts[first], index.ends[last]) if first is not None else None


def _the_whole_before_among(index: TextIndex, i: int, unit: str) -> int:
    """获奖项目 + 中 + 已有 + 21个: a part counted among a whole counts what the whole is, named before 中
    (not 在 + 活动 + 中有: where, not among what; nor 18名毕业生中有11名 + 实现就业: people are told apart
    by what they did, after the figure)."""
    among = i > 0 and index.tags[i] == "f" and index.tags[i - 1] in NOUN_TAGS and index.words[i - 2:i - 1] != ["在"] \
        and (index.words[i] == "中有" or index.words[i] == "中" and index.words[i + 1] in LINKING_WORDS)
    return i - 1 if among and unit_family(unit) != "人" else i


def _an_outcome(index: TextIndex, i: int, start: int) -> bool:
    """诉前 + 调解 + 成功 + 238件: an outcome glued to the act before it, with no figure before in the sentence."""
    return i > 0 and index.words[i] in lexicon.units()["result_words"] and index.tags[i - 1] == "v" \
        and index.ends[i - 1] == index.starts[i] and not re.search(r"[0-9]", index.text[index.sentence(start)[0]:start])


def _past_a_comparison(index: TextIndex, i: int, unit: str) -> int:
    """立案数 + 比十三届一次会议 + 增加 + 47件, 入园人数 + 较/zg 上年 + 减少 + 约1100人: what grew is named
    before 比 or 较, not what it is compared with; a rate after 较 (改造量较上年增长31%) stays the growth."""
    if i < 0 or index.words[i] not in lexicon.units()["growth_verbs"]:
        return i
    marks = ("比",) if unit in lexicon.units()["percent"] else ("比", "较")
    clause, k = index.clause(index.starts[i])[0], i - 1
    while k > 0 and index.starts[k] > clause and not _compares(index.words[k], marks):
        k -= 1
    return k - 1 if k > 0 and _compares(index.words[k], marks) and index.starts[k] > clause else i


def _compares(word: str, marks: tuple[str, ...]) -> bool:
    return word in marks or word.startswith(marks) and word in lexicon.units()["comparison_words"]


def _past_linking_words(index: TextIndex, i: int, adverbs: bool = True) -> int:
    """The token before the figure once the linking words (共, 累计, 达) and adverbs between are passed."""
    while i >= 0 and (index.words[i] in LINKING_WORDS or adverbs and index.tags[i] == "d"):
        i -= 1
    return i


def _series_held(index: TextIndex, verb: int, unit: str) -> Optional[tuple[int, int]]:
    """“淇水讲坛”全年开讲48期, 民俗节目共演出26场, 夏令营自7月10日开营，共举办5期: a series held or brought
    out so many times; the figure counts its sittings or issues, named in the sentence before the act:
    right before its adverbs, else in the last quotes (with the nouns glued after them: “职工夜校”阅读课程),
    else by the noun that opens the sentence."""
    if unit not in SERIES_UNITS or index.words[verb] not in SERIES_VERBS:
        return None
    named = _past_linking_words(index, verb - 1)
    if named >= 0 and index.tags[named] in NOUN_TAGS and index.words[named] not in LINKING_WORDS:
        return _words_before_a_head(index, named, NOUN_TAGS, MAX_ITEM) or (index.starts[named], index.ends[named])
    begin, at = index.sentence(index.starts[verb])[0], index.starts[verb]
    closing = max(index.text.rfind(mark, begin, at) for mark in CLOSING_MARKS)
    quoted = _quoted_before(index, closing + 1) if closing > begin else None
    if quoted:
        return quoted[0] - 1, _nouns_glued_after(index, closing + 1)
    opening = _nouns_glued_after(index, begin)
    return (begin, opening) if opening > begin else None


def _nouns_glued_after(index: TextIndex, start: int) -> int:
    """Where the nouns that start at start, glued to each other, end (start when none)."""
    i, end = index.token_at(start), start
    while i < len(index.words) and index.starts[i] == end and index.tags[i] in NOUN_TAGS \
            and index.ends[i] - start <= MAX_ITEM:
        end, i = index.ends[i], i + 1
    return end


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


def _counted_by_verb(index: TextIndex, i: int, unit: str, at_figure: bool = True) -> bool:
    """调研视察20次, 授课6场: in units of activities, a verb names what is counted; a verb of a
    person's part (授课, 发言) only right before a figure of acts, not of people (委员参加480余人次:
    the 委员) nor before what it acts on (发布 + 预警信号60余次: the 预警信号)."""
    roles = set(lexicon.role_verbs()) if unit in PEOPLE_ACTIVITY_UNITS or not at_figure else set()
    stop_verbs = (report_verbs() | roles) - set(lexicon.events()["act_verbs"])
    return unit in ACTIVITY_UNITS and index.tags[i].startswith("v") and index.words[i] not in stop_verbs


@lru_cache(maxsize=1)
def report_verbs() -> frozenset[str]:
    """Verbs that report a figure (实现, 完成, 新增): never part of what is counted."""
    return frozenset(lexicon.units()["report_verbs"]) | frozenset(lexicon.events()["hold_verbs"])


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


def _quoted_before(index: TextIndex, start: int) -> Optional[tuple[int, int]]:
    """评选出“岗位能手”20名, 《鄞川报》: a quoted name or a title right before the figure is what it counts."""
    if start < 3 or index.text[start - 1] not in CLOSING_MARKS:
        return None
    opening = max(index.text.rfind(q, max(0, start - 14), start - 1) for q in "“「『《")
    return (opening + 1, start - 1) if opening >= 0 and start - 1 - opening > 2 else None


def _relative_clause_before(index: TextIndex, start: int) -> Optional[tuple[int, int]]:
    """其中已解决或基本解决的158件: the clause before 的 says which of a whole are counted."""
    linked = next((w for w in LINKS_AFTER_A_CLAUSE if index.text.endswith("的" + w, 0, start)), "")
    start -= len(linked)  # 已完成初步设计审批的有141个, 取得职业技能等级证书的达到920人
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


def _summed_up_after_a_comma(index: TextIndex, start: int, unit: str) -> Optional[tuple[int, int]]:
    """各乡镇均已配齐村级国土协管员，共计213名: a clause of a sum alone counts the noun the clause before ends with."""
    clause = index.clause(start)[0]
    if index.text[clause - 1:clause] not in ("，", ",") or index.text[clause:start] not in SUM_WORDS:
        return None
    before = index.text[index.clause(clause - 1)[0]:clause]
    return None if re.search(r"[0-9]", before) else _noun_phrase_before(index, clause - 1, unit)  # not 辖6个小组，共418户
