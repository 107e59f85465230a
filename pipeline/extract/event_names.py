"""What names an event: the words read back from its event word.

座谈会 is found first; its name is then read back one word at a time (…协商活动现场推进会,
“喜迎二十大·共画同心圆”主题活动, 区政协十四届二次全体会议). Each reading of the word before the
name read so far is one small step, asked in order (``NAME_STEPS``): it takes the word in, ends
the name before it, or leaves the word to the next step; a word no step takes ends the name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, NamedTuple, Optional

from .. import lexicon
from ..nlp import dictionary_tag, is_rare
from .context import NOUN_TAGS, TextIndex
from .organizations import CONJUNCTIONS, JOINT_MARKS, FUNCTION_CHARS as FUNCTION_CHARACTERS

MAX_NAME = 40
QUOTED = re.compile(r"[“「『《][^“”「」『』《》\n。！？；]{1,40}[”」』》]$")  # a title, not a quoted saying (…很有必要。”)
YEAR_BEFORE = re.compile(r"[0-9]{4}年度?$")
BARE_YEAR_BEFORE = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}$")  # 2024 + 昶州马拉松: a year with no 年
YEAR_RANGE_BEFORE = re.compile(r"[0-9]{4}[—\-－~～至]$")
TERM_BEFORE = re.compile(r"第[一二三四五六七八九十百0-9]+[届次期个](?=[\u4e00-\u9fff]+$)")
MAX_TERM_GAP = 12  # 第二十届 + 民族团结进步 + 宣传月活动: the words between an ordinal and the name read so far
ORDINAL = re.compile(r"(第[一二三四五六七八九十百0-9]+[次届期批]?|[一二三四五六七八九十0-9]+届|首场|首次|首届|首|[一二三四五六七八九十0-9]+次)")
# 全体（扩大）会议, 中心组学习（扩大）会议: a bracketed word qualifies the meeting; （三） numbers a list.
QUALIFIER = r"[（(](?![一二三四五六七八九十0-9]+[）)])[\u4e00-\u9fff]{1,4}[）)]"
HOURS = frozenset({"时", "点"})  # 12时, 9点: the time of day after a figure
TALLY_UNITS = frozenset({"期", "场", "次", "批", "轮", "班"})
TALLY_BEFORE = re.compile(r"(?<![第届0-9一二三四五六七八九十两百])[0-9一二三四五六七八九十两百]+$")  # 3 + 期, not 第3 + 期
NUMERAL_OR_DATE = re.compile(r"[0-9０-９一二两三四五六七八九十百千万亿几多余个第年月日]")  # 良种/m has none: a noun
ONE_CHARACTER_LINKS = frozenset(w for w in lexicon.organizations()["not_in_names"] if len(w) == 1)  # 经, 由, 向
LINK_WORDS = frozenset({"的", "等", "和", "与", "及"})
THEME_CLOSERS = ("”", "」")  # “慈善同行·温暖泚州” + 2025年…: the end of a quoted theme before a name
ROUND_DURATION = re.compile(r"[百千]日|[百千]天")  # 百日攻坚行动: a round number of days names a campaign
ADJECTIVES_OF_NEW_THINGS = frozenset({"新"})  # 新校区启用仪式, 新馆开馆仪式: one-character adjectives of names
PART_OF_A_YEAR = re.compile(r"[上下]半年|第?[一二三四]季度")  # 2025年 + 上半年 + 卫生健康工作新闻发布会
STATE_NOUNS = frozenset({"情况"})  # 落实情况, 执行情况: an act made a noun inside an event's name
REGIONS_OF_A_COUNTRY = re.compile(r"[东南西北中]{1,2}部")  # 东西部, 中部: locatives that name regions
CAMPAIGN_PERIODS = frozenset({"月", "周", "年", "日"})  # 就业援助月, 科技活动周, 环境日


@lru_cache(maxsize=1)
def categories() -> dict[str, str]:
    """Each event word and its kind (座谈会: meeting)."""
    return {noun: cat for cat, nouns in lexicon.events()["nouns"].items() for noun in nouns}


@lru_cache(maxsize=1)
def noun_pattern() -> re.Pattern:
    return re.compile(lexicon.alternation(categories()))


@lru_cache(maxsize=1)
def noun_ending() -> re.Pattern:
    """An event word at the end of the text searched (a name's head, the word before another)."""
    return re.compile(rf"(?:{noun_pattern().pattern})$")


@lru_cache(maxsize=1)
def _hold_verbs() -> frozenset[str]:
    """召开, 出席: verbs that hold an event or take a part in it stand outside its name."""
    return frozenset(lexicon.events()["hold_verbs"]) | frozenset(lexicon.role_verbs())


@lru_cache(maxsize=1)
def _stop_verbs() -> frozenset[str]:
    return _hold_verbs() | frozenset(lexicon.events()["verbs_outside_names"])


@dataclass(frozen=True)
class NameReading:
    """The word before the name read so far: token ``i``, ending at or after ``start``."""
    index: TextIndex
    noun_start: int
    start: int
    i: int

    @property
    def word(self) -> str:
        return self.index.words[self.i]

    @property
    def tag(self) -> str:
        return self.index.tags[self.i]

    @property
    def glued(self) -> bool:
        """The word ends where the name read so far starts."""
        return self.index.ends[self.i] == self.start


class Back(NamedTuple):
    """Where the name starts after a step, and whether the reading ends there."""
    start: int
    done: bool = False


NameStep = Callable[[NameReading], Optional[Back]]


def name_start(index: TextIndex, noun_start: int) -> int:
    """Read back over the quoted titles, ordinals and nouns that name the event."""
    start = _the_word_it_ends(index, noun_start)
    while start > 0 and noun_start - start < MAX_NAME:
        reading = NameReading(index, noun_start, start, index.token_at(start - 1))
        back = _read_back(reading)
        start = back.start
        if back.done:
            break
    start = index.rare_head_before(start) if start < noun_start else start  # 潆 + 州市知识产权…对接会
    mark = next((m for m in JOINT_MARKS if index.text.startswith(m, start)), "")
    start += len(mark)  # 成果发布/v + 暨 + “创享溍江”…路演活动: a verb before the mark ended the reading
    return _ordinal_before(index, _after_a_destination(index, start, noun_start))


def _read_back(reading: NameReading) -> Back:
    for step in NAME_STEPS:
        back = step(reading)
        if back is not None:
            return back
    return Back(reading.start, done=True)  # a word no step takes ends the name


def _the_word_it_ends(index: TextIndex, noun_start: int) -> int:
    """常务会议, 大检查: the event word ends a longer word, which names it (not 开展调研/n)."""
    holder = index.token_at(noun_start)
    held = index.starts[holder]
    if held < noun_start and index.words[holder] not in _stop_verbs() and not index.tags[holder].startswith("v") \
            and index.text[held:noun_start] not in _stop_verbs():
        return held
    return noun_start


# Steps that read the text before the name, whatever its words.

def _a_quoted_title(r: NameReading) -> Optional[Back]:
    quoted = QUOTED.search(r.index.text, max(0, r.start - 42), r.start)
    return Back(quoted.start()) if quoted else None


def _a_qualifier(r: NameReading) -> Optional[Back]:
    """全体（扩大）会议."""
    qualifier = re.search(rf"{QUALIFIER}$", r.index.text[max(0, r.start - 6):r.start])
    return Back(r.start - len(qualifier.group())) if qualifier else None


def _a_year(r: NameReading) -> Optional[Back]:
    """2022年第一次全体会议, 2024 + 年度工作总结会, 2024昶州马拉松: the year numbers the series and opens the name."""
    text, start = r.index.text, r.start
    year = YEAR_BEFORE.search(text, max(0, start - 7), start)
    if year is not None:  # …第二次会议 + 暨 + 2025年工作会议, “慈善同行·温暖泚州” + 2025年…: a joint mark or
        # a quoted theme before the year reads on
        return Back(year.start(), done=not text.endswith(JOINT_MARKS + THEME_CLOSERS, 0, year.start()))
    digits = text.startswith("年度", start) and re.search(r"[0-9]{4}$", text[max(0, start - 4):start])
    bare = BARE_YEAR_BEFORE.search(text, max(0, start - 5), start) if start < r.noun_start \
        and not text.startswith(tuple(lexicon.events()["numbered_words"]), start) else None  # not 2024 + 学年
    return Back(start - 4, done=True) if digits or bare else None  # 2024 + 昶州马拉松: a year written bare


# Steps that read the word before the name: each takes it in, ends the name, or leaves it.

def _a_conjunction_of_two_topics(r: NameReading) -> Optional[Back]:
    """生态保护与高质量发展国际学术研讨会 (保护 a verb to the segmenter)."""
    index, i = r.index, r.i
    if r.word not in CONJUNCTIONS or i == 0 or r.noun_start - r.start < 2:
        return None
    before, tag = index.words[i - 1], index.tags[i - 1]
    if noun_pattern().search(before) and tag != "v":
        return None  # 座谈会与 + …: two events, not one name
    if tag in NOUN_TAGS or tag == "v" and before not in _stop_verbs():
        return Back(index.starts[i])
    return None


def _a_time_of_day(r: NameReading) -> Optional[Back]:
    """1月25日12 + 时/n + 大会提案截止: a time of day, no word of the name."""
    figure = r.word in HOURS and re.search(r"[0-9一二三四五六七八九十]$", r.index.text[:r.index.starts[r.i]])
    return Back(r.start, done=True) if figure else None


def _a_tally_of_sessions(r: NameReading) -> Optional[Back]:
    """分3期 + 培训: a tally of sessions, not the name (第3期培训 is one)."""
    at = r.index.starts[r.i]
    tally = r.word in TALLY_UNITS and TALLY_BEFORE.search(r.index.text, max(0, at - 6), at)
    return Back(r.start, done=True) if tally else None


def _a_joint_mark(r: NameReading) -> Optional[Back]:
    """签约仪式 + 暨 + 春季校园双选会: one event named by both; 银企对接/n + 会/v + 暨: the event word
    before, from the word it ends; 大赛 + 闭幕 + 暨颁奖仪式: the act of a ceremony before, and what it is of."""
    if r.word not in JOINT_MARKS or not r.glued:
        return None
    index, start = r.index, r.index.starts[r.i]
    joined = noun_ending().search(index.text, max(0, start - 6), start)
    if joined:
        return Back(index.starts[index.token_at(start - len(joined.group()))])
    act = next((a for a in _acts_before_a_joint_mark() if index.text.endswith(a, 0, start)), None)
    return Back(start - len(act)) if act else Back(start)  # 《洈水记忆》 + 首发 + 暨赠书仪式: the act goes on


@lru_cache(maxsize=1)
def _acts_before_a_joint_mark() -> tuple[str, ...]:
    return tuple(lexicon.longest_first(lexicon.events()["acts_before_a_joint_mark"]))


def _a_stage_of_a_longer_event(r: NameReading) -> Optional[Back]:
    """展示周 + 闭幕 + 座谈会: the session of a longer event."""
    inside = r.word in lexicon.events()["stages_inside_names"] and r.index.ends[r.i] == r.noun_start
    return Back(r.index.starts[r.i]) if inside else None


def _a_meeting_kind(r: NameReading) -> Optional[Back]:
    """重点项目建设 + 推进/v + 座谈会: a meeting's kind (推进会) before its word."""
    index = r.index
    if not (index.ends[r.i] == r.noun_start == r.start and r.word in _stop_verbs()
            and r.word + "会" in lexicon.event_nouns()):
        return None
    meeting = categories().get(noun_pattern().match(index.text, r.noun_start).group()) == "meeting"
    return Back(index.starts[r.i]) if meeting else None


def _an_act_and_its_state(r: NameReading) -> Optional[Back]:
    """高温津贴 + 落实/a + 情况 + 专项检查: the act's state, checked."""
    index, i = r.index, r.i
    state = r.glued and i + 1 < len(index.words) and index.words[i + 1] in STATE_NOUNS \
        and r.tag in ("v", "a", "vn") and r.word not in _hold_verbs()
    return Back(index.starts[i]) if state else None


def _the_act_it_is_about(r: NameReading) -> Optional[Back]:
    """主体责任 + 落实/a + 推进会: a verb that stays out of names, between a noun and a meeting's word,
    may name the act the meeting pushes (acts_meetings_are_about)."""
    index, i = r.index, r.i
    about = index.ends[i] == r.noun_start == r.start and r.word in lexicon.events()["acts_meetings_are_about"] \
        and i > 0 and index.tags[i - 1] in ("n", "vn") and index.ends[i - 1] == index.starts[i] \
        and categories().get(noun_pattern().match(index.text, r.noun_start).group()) == "meeting"
    return Back(index.starts[i]) if about else None


def _going_into_a_place(r: NameReading) -> Optional[Back]:
    """残疾预防知识 + 进 + 农村活动, 法律 + 进 + 乡村活动: what goes where names a campaign; the verb of going
    between two nouns is part of the name."""
    i = r.i
    going = r.glued and r.word in lexicon.events()["going_into_in_names"] and r.start < r.noun_start \
        and i > 0 and r.index.ends[i - 1] == r.index.starts[i] \
        and (r.index.tags[i - 1] in NOUN_TAGS or len(r.index.words[i - 1]) >= 2
             and r.index.words[i - 1] not in _stop_verbs())  # 预防 + 知识/v: a thing the tagger took for an act
    return Back(r.index.starts[i]) if going else None


def _a_link_word(r: NameReading) -> Optional[Back]:
    """经/n + 区人大常委会第二十一次会议: a link word, whatever its tag, a verb outside names, or a word
    the name does not end at, ends the name."""
    outside = r.word in _stop_verbs() and not _noun_of_a_name(r.index, r.i) \
        and not _role_naming_the_activity(r.index, r.i, r.noun_start)
    if not r.glued or outside or r.word in LINK_WORDS or _adverb_and_hold(r.word, r.tag) \
            or r.word in ONE_CHARACTER_LINKS:
        return Back(r.start, done=True)
    return None


def _a_time_word(r: NameReading) -> Optional[Back]:
    """春节团拜会, “缘聚”青年交友联谊活动, 2023级新生开学典礼, 2025年上半年…新闻发布会."""
    word, tag, text = r.word, r.tag, r.index.text
    if word == "级" and re.search(r"[0-9]{2,4}$", text[:r.start]):
        return Back(re.search(r"[0-9]{2,4}级$", text[:r.index.ends[r.i]]).start())
    if tag == "t" and (not re.search(r"[年月日时今明昨午晚早]", word) or word in lexicon.events()["name_time_words"]) \
            or tag in ("t", "mq") and PART_OF_A_YEAR.fullmatch(word):
        return Back(r.index.starts[r.i])
    return None


def _a_campaign_period(r: NameReading) -> Optional[Back]:
    """就业援助月, 科技活动周, 环境日: a month, week or day named for a campaign."""
    index, i = r.index, r.i
    named = r.word in CAMPAIGN_PERIODS and i > 0 and index.tags[i - 1] in NOUN_TAGS | {"v"}
    return Back(index.starts[i]) if named else None


def _a_round_duration(r: NameReading) -> Optional[Back]:
    """臭氧污染防控 + 百日 + 攻坚行动: a campaign named by its length."""
    return Back(r.index.starts[r.i]) if ROUND_DURATION.fullmatch(r.word) else None


def _an_act_inside(r: NameReading) -> Optional[Back]:
    """集中签约仪式, 能力提升培训班: an act inside the name."""
    inside = r.tag == "v" and len(r.word) >= 2 and r.word not in lexicon.events()["verbs_outside_names"]
    return Back(r.index.starts[r.i]) if inside else None


def _a_split_term(r: NameReading) -> Optional[Back]:
    """十八/届: a term's numeral and 届, split by the segmenter."""
    if r.word != "届":
        return None
    term = re.search(r"第?[一二三四五六七八九十百0-9]+$", r.index.text[:r.index.starts[r.i]])
    return Back(term.start()) if term else None


def _a_numbered_word(r: NameReading) -> Optional[Back]:
    """国际妇女节114周年, 2023级新生, 2024学年秋季, 2024—2025学年."""
    text = r.index.text
    if not (r.tag == "m" and re.fullmatch(r"[0-9]+", r.word)
            and text.startswith(tuple(lexicon.events()["numbered_words"]), r.start)):
        return None
    start = r.index.starts[r.i]
    span = YEAR_RANGE_BEFORE.search(text, max(0, start - 5), start)
    return Back(span.start() if span else start)


def _an_adverb_of_the_act(r: NameReading) -> Optional[Back]:
    """律师辩护 + 全 + 覆盖工作联席会议, 有奖发票 + 公开/ad + 摇奖活动, 采砂案/v + 公开/ad + 听证会: an adverb
    of the act the name holds, or of the event word after a word of the name."""
    index, i = r.index, r.i
    adverb = (r.word in lexicon.events()["adverbs_inside_names"] or r.tag == "ad") and i + 1 < len(index.words) \
        and (index.tags[i + 1] == "v" or r.word in lexicon.events()["adverbs_inside_names"]
             and index.tags[i + 1] == "vn" or r.tag == "ad" and index.tags[i + 1] == "n" and i > 0
             and index.tags[i - 1] in NOUN_TAGS) \
        or r.word in lexicon.events()["adverbs_inside_names"] \
        and index.ends[i] == r.noun_start  # 杜鹃花海 + 徒步/d + 大会, 住房 + 公开/ad + 摇号/n + 配租活动
    of_the_event = r.tag == "ad" and r.glued and index.ends[i] == r.noun_start and i > 0 \
        and index.ends[i - 1] == index.starts[i] and (index.tags[i - 1] in NOUN_TAGS or index.tags[i - 1] == "v")
    return Back(index.starts[i]) if adverb or of_the_event else None


def _an_adverb_of_the_event_word(r: NameReading) -> Optional[Back]:
    """社区食堂正式开业: the adverb of the event word itself."""
    own = r.word in lexicon.events()["venue_adverbs"] and r.index.ends[r.i] == r.noun_start
    return Back(r.index.starts[r.i]) if own else None


def _a_split_ordinal(r: NameReading) -> Optional[Back]:
    """第三十六/次, 十届/三/次, 第/3/期, 十届/二十/一次: an ordinal the segmenter split."""
    if r.glued and re.fullmatch(r"[一二三四五六七八九十百]+", r.word) and r.index.text.endswith("届", 0, r.index.starts[r.i]) \
            and re.match(r"[一二三四五六七八九十百]+次", r.index.text[r.start:r.noun_start]):
        return Back(r.index.starts[r.i])  # 十届 + 二十 + 一次: the tens of the sitting's number
    if r.word not in TALLY_UNITS:
        return None
    ordinal = re.search(r"(?:第|(?<=届))[一二三四五六七八九十百0-9]+$", r.index.text[:r.index.starts[r.i]])
    return Back(ordinal.start()) if ordinal else None


def _a_slogan_dash(r: NameReading) -> Optional[Back]:
    """悦读未来——第十二届蓼川读书节: a dash pair sets a slogan apart from the name."""
    text, at = r.index.text, r.index.starts[r.i]
    return Back(r.start, done=True) if r.word == "—" and "——" in text[at - 1:r.index.ends[r.i] + 1] else None


def _an_adjective_of_its_noun(r: NameReading) -> Optional[Back]:
    """先进 + 工作者 + 表彰大会, 新/a + 校区启用仪式; “清洁家园” + 村庄/n + 清洁/a + 行动: right before the
    event word, an adjective after a quoted name and a noun names what the event does to it (not 群众积极行动)."""
    index, i = r.index, r.i
    quoted = i > 0 and index.text[max(0, index.starts[i - 1] - 1):index.starts[i - 1]] in THEME_CLOSERS
    qualified = index.ends[i] < r.noun_start and index.tags[i + 1] in NOUN_TAGS \
        or index.ends[i] == r.noun_start and quoted and index.tags[i - 1] in NOUN_TAGS \
        and index.ends[i - 1] == index.starts[i]
    adjective = r.tag == "a" and (len(r.word) >= 2 or r.word in ADJECTIVES_OF_NEW_THINGS) and qualified
    return Back(index.starts[i]) if adjective else None


def _regions_it_joins(r: NameReading) -> Optional[Back]:
    """2024年 + 东西部/f + 协作联席会议."""
    joined = r.tag == "f" and REGIONS_OF_A_COUNTRY.fullmatch(r.word) and r.index.ends[r.i] < r.noun_start
    return Back(r.index.starts[r.i]) if joined else None


def _a_word_of_the_name(r: NameReading) -> Optional[Back]:
    """A noun; an ordinal; h, a prefix word (非遗 + 宣传展示周); m with no numeral (良种/m); a series
    mark (“文化惠民·欢乐扬州”系列演出); a rare character (政协 + 潆/zg + 川市); the area around a
    place (校园及周边/f + 食品安全专项行动)."""
    word, tag = r.word, r.tag
    if tag in NOUN_TAGS or tag in ("m", "v", "a", "d") and ORDINAL.fullmatch(word) or tag in ("vn", "h") \
            or tag == "m" and len(word) >= 2 and not NUMERAL_OR_DATE.search(word) \
            or word in "·—" or word in lexicon.events()["series_markers"] \
            or tag == "zg" and is_rare(word) or word in lexicon.events()["surroundings"]:
        return Back(r.index.starts[r.i])
    return None


NAME_STEPS: tuple[NameStep, ...] = (
    _a_quoted_title, _a_qualifier, _a_year,
    _a_conjunction_of_two_topics, _a_time_of_day, _a_tally_of_sessions, _a_joint_mark,
    _a_stage_of_a_longer_event, _a_meeting_kind, _an_act_and_its_state, _the_act_it_is_about, _going_into_a_place,
    _a_link_word,  # what follows reads only words glued to the name
    _a_time_word, _a_campaign_period, _a_round_duration, _an_act_inside, _a_split_term, _a_numbered_word,
    _an_adverb_of_the_act, _an_adverb_of_the_event_word, _a_split_ordinal, _a_slogan_dash,
    _an_adjective_of_its_noun, _regions_it_joins, _a_word_of_the_name,
)


def _role_naming_the_activity(index: TextIndex, i: int, noun_start: int) -> bool:
    """集中 + 签约 + 活动, 家庭医生 + 签约 + 服务督导检查: a role verb after a word of the name names the
    activity, glued to 活动 or inside the name (not 出席 + 活动, nor 组织 + 视察活动: a kind of activity held)."""
    named = i > 0 and index.ends[i - 1] == index.starts[i] and index.tags[i - 1] not in ("x", "p", "c", "u") \
        and index.words[i - 1] not in lexicon.events()["hold_verbs"]
    inside = index.ends[i] < noun_start and index.tags[i - 1] in NOUN_TAGS
    return named and index.words[i] in lexicon.events()["roles_naming_activities"] \
        and (inside or index.ends[i] == noun_start and index.text.startswith("活动", noun_start))


def _noun_of_a_name(index: TextIndex, i: int) -> bool:
    """村落 + 保护 + 利用/n + 工作推进会: a verb that stays out of names (利用) is inside one where
    the segmenter reads it as a noun after an act."""
    return index.tags[i] == "n" and index.words[i] not in _hold_verbs() and i > 0 and index.tags[i - 1] == "v" \
        and index.ends[i - 1] == index.starts[i]


def _adverb_and_hold(word: str, tag: str) -> bool:
    """深入开展, 广泛开展, 隆重召开: a hold verb and its adverb the segmenter keeps as one word
    (an idiom to it) stands outside the name as the verb does; 党组织 is a noun."""
    return tag not in ("n", "nt", "nz", "ns", "nr") and \
        word.endswith(tuple(v for v in lexicon.events()["hold_verbs"] if len(v) >= 2)) and len(word) > 2


def _after_a_destination(index: TextIndex, start: int, noun_start: int) -> int:
    """到 + 栟溪 + 检查指导民兵训练工作: a place's name after a verb of going is where the event is held,
    not a word of its name."""
    i = index.token_at(start)
    if start == 0 or index.starts[i] != start or index.ends[i] >= noun_start:
        return start
    before = index.token_at(start - 1)
    named = index.tags[i] in ("ns", "nz") or dictionary_tag(index.words[i]) is None
    going = index.words[before] in lexicon.events()["place_verbs"] and index.ends[before] == start
    return index.ends[i] if named and going and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", index.words[i]) else start


def _ordinal_before(index: TextIndex, start: int) -> int:
    """第二十届 + 民族团结进步/d + 宣传月活动: an ordinal opens the name, whatever the tagger made of
    the words between it and the name read so far, if none is a verb outside names or a link word."""
    ordinal = TERM_BEFORE.search(index.text, max(0, start - MAX_TERM_GAP), start)
    if ordinal is None or ordinal.end() == start:
        return start
    i = index.token_at(ordinal.end())
    while i < len(index.words) and index.starts[i] < start:
        if index.words[i] in _stop_verbs() or any(c in FUNCTION_CHARACTERS for c in index.words[i]):
            return start
        i += 1
    return ordinal.start()
