"""People: names after titles (区政协主席王志宏, 区委副书记、区长胡广杰), names in lists
after a title (区领导关也彤、柳国青、陈筱洁出席), names before a title (任卫东书记) or a
role verb (由张琼主持), names an election or appointment gives a post (任命王晨光为市交通运输局局长),
bare lists of names after a colon (领导还有：宗少峰、刘佳), and the people of the byline (文/记者 李一)."""
from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..nlp import dictionary_frequency, dictionary_tag, tag
from ..records import Credit, OrgMention, PersonMention, Span
from .context import TextIndex
from .organizations import CONJUNCTIONS, LEVEL_CHARS, suffix_pattern, title_after as title_pattern
from .places import LOWER_LEVELS
from .subjects import subject_of

LIST_JOINERS = ("、", "和", "及", "与", "，")
# Given names are often words (建国, 建平, 海峰); these kinds of word are not.
FUNCTION_TAGS = frozenset({"r", "v", "d", "p", "c", "u", "f", "q", "m", "vn", "ad", "uj", "ul", "y"})
ADVERB_TAGS = frozenset({"d", "ad"})  # 顾 + 欣然/d + 主持: an adverb is a given name where a role verb follows
COMMON_NOUN_TAGS = frozenset({"n", "vn"})
# 和 + 网民, 独居, 低保, 特困, 一线, 中小(学生): a conjunction's second word
JOINED_WORD_TAGS = frozenset({"n", "v", "vn", "a", "b", "j"})
MAX_QUOTED_TITLE = 12  # characters from a quoted title's opening quote to its closing one
MIN_WORD_RUN_ON = 3  # characters of a word past a title's end that leave no room for a name in it (卫 + 生防疫)
COMMON_PREDICATE = 2000  # 满意 3417, 严格 4728: a verb or adjective this frequent opens no name (高明 791 may)
PREDICATE_TAGS = frozenset({"v", "a", "ad", "d", "b"})
SLOGAN_REACH = 20  # characters from a slogan's opening quote to a title inside it
SLOGAN_TAIL = re.compile(r"[\u4e00-\u9fff]{2,4}”")  # 护林员 + 包地块”
VERY_FREQUENT = 9000  # 学生 30776, 干部 9717; given names that are words are rarer (建国 3083, 和平 7998)
CLAUSE_OPENING = re.compile(r"(?:^|(?<=[，。；！？\n]))(?:其中|同时)?", re.MULTILINE)
PEOPLE_TALLY = rf"[0-9一二三四五六七八九十两]{{1,3}}(?:{lexicon.alternation(lexicon.person_context()['people_tallies'])})"
APPOINTED_TALLY = re.compile(rf"等?{PEOPLE_TALLY}(?=为)")  # 补选…3人 + 为常务委员
NAMES_TALLIED = re.compile(rf"等{PEOPLE_TALLY}")  # 亓永昌、眭淑兰、昝克俭 + 等12位同志
NAME_LEFT_EDGE = re.compile(r"[\s，,。；;：:、（(“”/]|由|和|与|及|向|对|请|是|为|同志")
COLONS = ("：", ":")
EVEN_CLAUSE = re.compile(r"连[^，。；！？、和与\n]{4,14}?[都也]")  # 连食堂…都拆下来校验
LEARNED_FROM = re.compile(  # 记者 + 从鄣阳站获悉
    rf"从[^，。；！？\n]{{2,20}}?(?:{lexicon.alternation(lexicon.person_context()['news_learned_from'])})")
NOT_IN_GIVEN_NAMES = lexicon.grammar()["not_in_given_names"]  # 的, 和, 个, 年, 区 …: not in a name after its first character
GIVEN_NAMES_PAST_THE_BAR = frozenset(lexicon.person_context()["given_names_past_the_bar"])  # 陶永年, 晏和平
TITLE_RANK = re.compile(r"(?:常务)?")  # 常务 + 副组长: a rank before a title the lexicon lists without it
ELECTING_VERBS = frozenset(lexicon.person_context()["electing_verbs"])  # 任: a surname too
CLAUSE_END = re.compile(r"[，,。；;、\n]")
MAX_BODY_NOTE = 24  # characters of a body's name in brackets after a listed person's name
NAME_NOTE = re.compile(r"[（(][\u4e00-\u9fff]{1,4}[）)]")  # 秦雅萍（兼职）, 王芳（女）: a note after a name
NOT_SURNAME_TAGS = frozenset({"p", "c", "u", "d", "r", "v"})  # 向/p, 和/c: a surname's character used as a word
WORDS_AFTER_A_BARE_NAME = frozenset({"v", "m", "t", "d", "ad", "p"})  # 推介/v, 全年/m, 近日/t, 也/d, 迅速/ad, 为/p
PARTICLES_AFTER_NAMES = frozenset({"uj"})  # 会员 + 欧阳/ns 青禾/nr + 的/uj + 国画作品: a name of a compound surname
SOURCE_LABEL = re.compile(r"来源[：:][ \t\u3000]*")  # a page header's source: 来源：汶岑县融媒体中心
# 钟海燕　县应急管理局副局长: a name opening a line of a list, a note perhaps (（女）), a wide gap
NAME_HEADING_A_LINE = re.compile(r"[ \t\u3000]*([\u4e00-\u9fff]{2,4})(?:[（(][\u4e00-\u9fff]{1,4}[）)])?[ \t\u3000]+")
LINE_END = re.compile(r"[ \t\u3000；;。]*(?:\n|$)")  # what may stand after the last title of a list's line
# 法卡什·盖佐, 托特·安娜: a foreign name written in characters, its parts joined by a dot.
FOREIGN_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[·•・‧][\u4e00-\u9fff]{1,6})+")


@lru_cache(maxsize=1)
def _title_at_end() -> re.Pattern:
    return re.compile(rf"(?:{lexicon.alternation(lexicon.titles())})$")


@lru_cache(maxsize=1)
def _after_name() -> tuple[str, ...]:
    words = lexicon.person_context()["after_name"] + list(lexicon.titles())
    return tuple(lexicon.longest_first(words))


def name_at(text: str, pos: int) -> Optional[str]:
    """A person's name starting at pos: a surname and one or two characters, ended by
    what can follow a name (a verb like 主持, a title, punctuation)."""
    return next((n for n in _candidates(text, pos) if _ends_well(text, pos + len(n))), None)


def _candidates(text: str, pos: int, words_allowed: bool = False):
    """The plausible names starting at pos: a surname and two, else one, more characters."""
    for surname in _surnames_at(text, pos):
        for given in (2, 1):
            name = text[pos:pos + len(surname) + given]
            if len(name) == len(surname) + given and re.fullmatch(r"[\u4e00-\u9fff]+", name) \
                    and (_plausible(name, words_allowed) or _a_conjunction_before_a_mark(text, pos, name)) \
                    and not _joins_two_nouns(text, pos, name, surname) \
                    and not _opens_a_title(text, pos + len(name) - 1) \
                    and not _appointed_to_a_title(text, pos, surname):
                yield name


def _opens_a_title(text: str, last: int) -> bool:
    """主席和 + 副主席: the name's last character would open a title (副主席), which it belongs to."""
    return text[last] == "副" and title_pattern().match(text, last) is not None


def _appointed_to_a_title(text: str, pos: int, surname: str) -> bool:
    """镇长 + 任 + 常务副组长: a verb of taking a post (任) before a title is no surname."""
    if surname not in ELECTING_VERBS:
        return False
    rank = TITLE_RANK.match(text, pos + len(surname))
    return title_pattern().match(text, rank.end()) is not None


def _a_conjunction_before_a_mark(text: str, pos: int, name: str) -> bool:
    """市政协主席聂家和，: 和 before a comma joins nothing, so it ends the name (聂家和, 田永与); nor does it
    before the verb of what the person did (省政协主席甄允和 + 出席并讲话, 会长庞清和 + 表示)."""
    return len(name) == 3 and name[-1] in CONJUNCTIONS \
        and (text[pos + 3:pos + 4] in ("，", "、", "。", "；") or text.startswith(_acts_after_a_name(), pos + 3)) \
        and not any(c in NOT_IN_GIVEN_NAMES for c in name[1:2]) and not _not_name_words().search(name[:2])


@lru_cache(maxsize=1)
def _acts_after_a_name() -> tuple[str, ...]:
    """出席, 表示, 介绍: the role verbs and the words of two characters or more that follow a name."""
    words = [w for w in lexicon.person_context()["after_name"] if len(w) >= 2]
    return tuple(lexicon.longest_first(list(lexicon.role_verbs()) + words))


def _joins_two_nouns(text: str, pos: int, name: str, surname: str) -> bool:
    """志愿者和网民代表, 老人和独居老人, 教练员和工作人员: 和 between a word and a common noun, verb or
    adjective of two characters joins them, no surname (局长和建国: 建国 is a name's word)."""
    after = text[pos + len(surname):pos + len(surname) + 2]  # 和 + 工作人员: the word may run past a short name
    return surname in CONJUNCTIONS and re.match(r"[\u4e00-\u9fff]", text[pos - 1:pos] or " ") is not None \
        and len(after) == 2 and _is_common_word(after, JOINED_WORD_TAGS, 0)


def _surnames_at(text: str, pos: int) -> list[str]:
    """The surnames the text starts at pos, longest first (欧阳 before 欧)."""
    known = lexicon.surname_set()
    longest = len(lexicon.surnames()[0])  # the lexicon lists the longest first
    return [text[pos:pos + n] for n in range(longest, 0, -1) if text[pos:pos + n] in known]


def _ends_well(text: str, end: int) -> bool:
    return end >= len(text) or text.startswith(_after_name(), end)


def _name_in(index: TextIndex, pos: int) -> Optional[str]:
    """A name at pos where the text expects one (after a title, in a list of names). Where two
    readings end well, the one the segmenter cuts there wins (曹敏|以及, not 曹敏以|及). What
    may follow a name is an open class (审判员郑可欣当庭, 主席吴丹丹讲述), so failing that, a
    name the segmenter reads as one (郑可欣/nr, 吴/nr 丹丹) counts too, and last a full name the
    segmenter cuts off before a verb (主任郯/ns 立新/d + 推介/v) or a time (_a_bare_full_name)."""
    if EVEN_CLAUSE.match(index.text, pos):
        return None  # 检查人员 + 连 + 食堂蒸汽锅炉的安全阀 + 都 + 拆下来: 连…都 is "even", no surname
    if LEARNED_FROM.match(index.text, pos):
        return None  # 记者 + 从鄣阳站获悉: 从 is "from", no surname
    if _a_preposition_before_a_place(index, pos):
        return None  # 记者 + 从/p + 栖霞/ns + 站获悉: 从 is "from", no surname
    candidates = list(_candidates(index.text, pos))
    ended = next((n for n in candidates if _a_conjunction_before_a_mark(index.text, pos, n)), None)
    if ended is not None:
        return ended  # 聂家和 + ，: whatever the segmenter cut
    fits = [(n, _segmented(index, pos, n), _ends_well(index.text, pos + len(n))) for n in candidates]
    for wanted in ((True, True), (False, True), (True, False)):
        found = [n for n, seg, ends in fits if (seg, ends) == wanted]
        if found and all(_a_verb_glued_to_its_end(index, pos + len(n)) for n in found):
            continue  # 闻人雅获 + 个人: every reading of this kind ends in a verb glued to the name
        found = [n for n in found if not _ends_in_a_word_after_names(index, pos + len(n))] or found
        if found:  # 孙浩 + 所作 over 孙浩所 + 作: the reading that leaves a whole word, the longer, after it
            return max(found, key=lambda n: _reading_after(index, pos + len(n)))
    return _word_as_name(index.text, pos) or _foreign_name(index.text, pos) or _tibetan_name(index.text, pos) \
        or next((n for n in candidates if _a_bare_full_name(index, pos, n)), None)


def _a_preposition_before_a_place(index: TextIndex, pos: int) -> bool:
    """A surname's character the segmenter cut alone as a preposition, before a place's name that no
    word following names ends (主任从/p + 建国/ns + 出席 is a name)."""
    i = index.token_at(pos)
    return index.starts[i] == pos and index.ends[i] == pos + 1 and index.tags[i] == "p" \
        and i + 1 < len(index.words) and index.tags[i + 1] == "ns" and not _ends_well(index.text, index.ends[i + 1])


def _a_bare_full_name(index: TextIndex, pos: int, name: str) -> bool:
    """A full name of three characters the segmenter cuts off before a verb, or of four after a
    surname of two characters (会长 + 欧阳/ns 永昌/ns + 牵线/v), which tells a name cut as places."""
    if len(name) == 4:
        surnames = _surnames_at(index.text, pos)
        return bool(surnames) and len(surnames[0]) == 2 and (_cut_before_a_verb(index, pos, pos + 4)
                                                             or _cut_before(index, pos, pos + 4, PARTICLES_AFTER_NAMES))
    if len(name) == 3 and _a_given_name_read_whole(index, pos) and _cut_before_a_verb(index, pos, pos + 3):
        return True  # 总经理 + 刘/zg + 海燕/nr + 反映: 刘海 is a word, but the segmenter read 海燕 as a name
    return len(name) == 3 and _before_a_verb(index, pos, pos + 3) \
        and not index.tags[index.token_at(pos + 2)].startswith("u")  # 管户 + 过/ug + 多: a particle ends no name


def _a_given_name_read_whole(index: TextIndex, pos: int) -> bool:
    """刘/zg + 海燕/nr: the surname cut alone, the two characters after it one word tagged a name."""
    i = index.token_at(pos)
    return index.starts[i] == pos and index.ends[i] == pos + 1 and i + 1 < len(index.words) \
        and index.ends[i + 1] == pos + 3 and index.tags[i + 1].startswith("nr")


def _ends_in_a_word_after_names(index: TextIndex, end: int) -> bool:
    """付敏 + 说/v: a name's last character that the segmenter cut as a word that follows names."""
    i = index.token_at(end - 1)
    return index.starts[i] == end - 1 and index.ends[i] == end and index.words[i] in _after_name()


def _a_verb_glued_to_its_end(index: TextIndex, end: int) -> bool:
    """闻人/nr + 雅获/ag + 个人: a verb that follows names, glued to the given name's last character."""
    i = index.token_at(end - 1)
    last = index.text[end - 1]
    return index.ends[i] == end and index.starts[i] < end - 1 and not index.tags[i].startswith("nr") \
        and last in _after_name() and (dictionary_tag(last) or "").startswith("v")


def _before_a_verb(index: TextIndex, start: int, end: int) -> bool:
    """Cut at both ends, a verb (or a time, an adverb, a preposition: 濮建华 + 全年/m) after it,
    and no word of the language in its first two characters (代表 + 满意率达: 满意 is one)."""
    return _cut_before_a_verb(index, start, end) and dictionary_frequency(index.text[start:start + 2]) == 0 \
        and not _link_before_a_noun(index, start, end) and not _going_to_a_place(index, start, end)


def _cut_before_a_verb(index: TextIndex, start: int, end: int) -> bool:
    return _cut_before(index, start, end, WORDS_AFTER_A_BARE_NAME)


def _cut_before(index: TextIndex, start: int, end: int, tags: frozenset[str]) -> bool:
    return start in index.start_set and end in index.start_set and index.tags[index.token_at(end)] in tags


def _going_to_a_place(index: TextIndex, start: int, end: int) -> bool:
    """专家 + 来/v + 滃源/nz + 开展: a verb of going cut off before a place the text names with its level
    (滃源县), not a surname."""
    first, rest = index.token_at(start), index.text[start + 1:end]
    return index.ends[first] == start + 1 and index.words[first] in lexicon.places()["verbs_before_places"] \
        and re.search(rf"{re.escape(rest)}[{LEVEL_CHARS}]", index.text) is not None


def _link_before_a_noun(index: TextIndex, start: int, end: int) -> bool:
    """向/p + 师生/n + 发放, 向/p + 我馆: a preposition cut off before a noun of the dictionary or a body's
    name for itself, not a surname."""
    first, rest = index.token_at(start), index.text[start + 1:end]
    return index.ends[first] == start + 1 and index.tags[first] in ("p", "c") \
        and (tag(rest) == "n" and dictionary_frequency(rest) > 0 or rest in lexicon.grammar()["self_references"])


def _tibetan_name(text: str, pos: int) -> Optional[str]:
    """主任次仁多吉: two parts of a Tibetan name (no surname) where the text expects a name."""
    parts = lexicon.person_context()["tibetan_name_parts"]
    name = text[pos:pos + 4]
    return name if name[:2] in parts and name[2:] in parts and _ends_well(text, pos + 4) else None


def _foreign_name(text: str, pos: int) -> Optional[str]:
    """市长法卡什·盖佐率代表团: a dotted foreign name after a title, its last part the shortest
    (of two characters, else one) that ends where what can follow a name begins (盖佐 + 率)."""
    m = FOREIGN_NAME.match(text, pos)
    if m is None or _common_nouns_dotted(m.group()):
        return None
    last_part = max(text.rfind(dot, pos, m.end()) for dot in "·•・‧") + 1
    ends = [last_part + n for n in (2, 3, 4, 5, 6, 1) if last_part + n <= m.end()]
    return next((text[pos:end] for end in ends if _ends_well(text, end)), None)


def _common_nouns_dotted(dotted: str) -> bool:
    """“委员讲堂·文史专场”, “委员进企业·助企解难题”: a column's, series' or campaign's name joins common
    words with the dot (讲堂/n, 文史/n; 企业/n, 难题/n) or ends in an event's word (联村行动); a foreign name's parts
    do not both hold one (买买提 + 艾力)."""
    if dotted.endswith(tuple(lexicon.event_nouns())):
        return True  # “委员助农·联村行动”: a campaign's name, whatever its first part
    first, second = re.split(r"[·•・‧]", dotted)[:2]
    return all(_holds_a_common_word(part) for part in (first, second))


def _holds_a_common_word(part: str) -> bool:
    """讲堂, 进 + 企业, 助企解 + 难题, 巾帼/b + 心连心/i: a common word, whole or at either end of the part."""
    return any(dictionary_tag(w) in ("n", "vn", "v", "b", "i", "l")
               for w in {part, part[:2], part[-2:], part[:3], part[-3:]} if len(w) >= 2)


def _word_as_name(text: str, pos: int) -> Optional[str]:
    """副区长甘露主持会议, 副主席甘露、滕正豪, 常务副区长甘露，副区长…: a name that is also a word of the
    language (甘露, 高峰) where the text expects a name and a role verb (主持, 讲话), the next name of a
    list or the next title of a list of leaders follows it."""
    return next((name for name in _candidates(text, pos, words_allowed=True)
                 if text.startswith(_role_verbs(), pos + len(name))
                 or text.startswith("、", pos + len(name)) and name_at(text, pos + len(name) + 1)
                 or text.startswith("，", pos + len(name)) and title_pattern().match(text, pos + len(name) + 1)), None)


@lru_cache(maxsize=1)
def _role_verbs() -> tuple[str, ...]:
    return tuple(lexicon.longest_first(lexicon.role_verbs()))


def _reading_after(index: TextIndex, end: int) -> tuple[bool, int]:
    """闻人彦 + 率/v over 闻人彦率 + 调研(组): a word after the name that the segmenter cut whole
    beats a longer one that opens a word it cut longer."""
    length = _word_after(index.text, end)
    return length > 0 and end + length in index.end_set, length


def _word_after(text: str, end: int) -> int:
    return next((len(w) for w in _after_name() if text.startswith(w, end)), 0)


def _segmented(index: TextIndex, pos: int, name: str) -> bool:
    """The segmenter cuts the text at both ends of name and tags its first word a name (nr…)."""
    end = pos + len(name)
    return pos in index.start_set and (end in index.start_set or end >= len(index.text)) \
        and index.tags[index.token_at(pos)].startswith("nr")


def _function_tags(words_allowed: bool) -> frozenset[str]:
    """Where a name may be a word (副主任邬建成、宓晓峰), an adverb or a verb is a given name (立新/d, 建成/v)."""
    return FUNCTION_TAGS - ADVERB_TAGS - {"v"} if words_allowed else FUNCTION_TAGS


def _plausible(name: str, words_allowed: bool = False) -> bool:
    if len(name) in (3, 4) and name[-2:] in GIVEN_NAMES_PAST_THE_BAR:
        return not _is_common_word(name)  # 陶永年, 骆为民, 司马 + 晓月 (a surname of two characters)
    if (_is_common_word(name) and not words_allowed) or \
            (len(name) == 3 and _is_common_word(name[-2:], _function_tags(words_allowed), 200)):
        return False  # 居民, 党派, 和其他, 台就座: words of the language, not names
    if len(name) == 3 and _is_common_word(name[-2:], COMMON_NOUN_TAGS, VERY_FREQUENT):
        return False  # 和 + 学生, 于 + 群众: a surname's character before a very common noun
    if len(name) == 3 and _is_common_word(name[:2], PREDICATE_TAGS, COMMON_PREDICATE):
        return False  # 代表 + 满意作为…: a verb or adjective of the language, no surname and given name
    if name[1:] in lexicon.body_words():
        return False  # 区 + 纪委委员: a level and a body, not the surname 区
    if name[1:] in lexicon.title_set():
        return False  # 由局长 + 任 + 组长: a verb of taking a post and the post, not the surname 任
    return not _not_name_words().search(name) and not any(c in NOT_IN_GIVEN_NAMES for c in name[1:])


@lru_cache(maxsize=1)
def _not_name_words() -> re.Pattern:
    return re.compile(lexicon.alternation(lexicon.person_context()["not_names"]))


def _is_common_word(chars: str, tags: Optional[frozenset] = None, frequency: int = 50) -> bool:
    """A frequent word of jieba's dictionary that is not a name (of one of ``tags``, if given)."""
    if dictionary_frequency(chars) <= frequency:
        return False  # before tagging: tagging a word jieba lacks runs its model
    pos = tag(chars)
    return not pos.startswith("nr") and (tags is None or pos in tags)


def find_people(index: TextIndex, orgs: list[OrgMention]) -> tuple[list[PersonMention], list[PersonMention]]:
    """Named people, and titles held by someone the text does not name there (区政协主席视察…).
    Where two readings find one name, the first kept is the titled one."""
    bodies = _Bodies(index, orgs)
    found = [*_titled_people(index, bodies), *_appointed(index, orgs), *_elected(index, orgs),
             *_role_word_people(index, bodies), *_untitled_people(index, bodies)]
    people: dict[int, PersonMention] = {}
    for person in found:
        if any(o.span.start <= person.span.start and person.span.end < o.span.end for o in orgs):
            continue  # 朐阳衡正律师事务所: a name and a title inside a body's name are the body's
        if person.name and not any(_overlap(person, kept) for kept in people.values()):
            people[person.span.start] = person
    holders = [p for p in found if not p.name]
    return sorted(people.values(), key=lambda p: p.span.start), holders


def _overlap(person: PersonMention, kept: PersonMention) -> bool:
    """褚向东任团长: 向东任 overlaps 褚向东, found first, after 副会长; one of two readings of the
    characters is a name, not both."""
    return person.span.start < kept.span.end and kept.span.start < person.span.end


def _titled_people(index: TextIndex, bodies: _Bodies):
    """People named after (or right before) a title or a chain of titles, and the holders of
    titles no name goes with (as people without a name)."""
    text, orgs = index.text, bodies.orgs
    chain_end, listed = -1, (-1, None)
    for m in title_pattern().finditer(text):
        if m.start() < chain_end or _inside_a_word(text, m) or _straddles_two_words(index, m) \
                or _inside_a_slogan(text, m):
            continue
        spans, inner, chain_end = _title_chain(index, m, bodies)
        titles = [index.seg.span(b, e).text for b, e in spans]  # as written: 秘書長 stays 秘書長
        first = bodies.ending_at(m.start()) or (bodies.running_into(m) if len(spans) == 1 else None)
        org = _acting_for([first, *inner], titles, orgs) or _body_of_the_item_before(text, m, titles, listed)
        named = [] if _a_tally_of_people_before(text, m.start()) else _names_after_the_titles(index, chain_end)
        acting = org or _sentence_subject(index, orgs, m.start(), titles)
        yield from (_person(index, start, name, titles, acting, m.start(), chain_end) for start, name in named)
        listed = (_end_of(named), org) if named else (-1, None)
        role_first = titles[-1] in lexicon.person_context()["roles_before_names"]  # 村民王德顺, not 芦茨 + 村民
        before = None if named or role_first else _name_before(index, m, org)
        heading = None if named or before else _name_heading_the_line(index, m, chain_end)
        if before is not None:
            yield _person(index, *before, titles, bodies.ending_at(before[0]), m.start(), chain_end)
        elif heading is not None:  # the body the line names first, where the titles' own is not read
            (start, name), held_from = heading
            line_body = bodies.by_start.get(held_from, (None, None))[1]
            yield _person(index, start, name, titles, org or line_body, m.start(), chain_end)
        elif not named and org is not None:
            yield _person(index, m.start(), "", titles, org, m.start(), chain_end)


def _a_tally_of_people_before(text: str, start: int) -> bool:
    """等8名 + 委员 + 相继发言: a title after a tally of people names what they are, no one person."""
    return re.search(rf"{PEOPLE_TALLY}$", text[max(0, start - 5):start]) is not None


def _names_after_the_titles(index: TextIndex, chain_end: int) -> list[tuple[int, str]]:
    """主任王立新, 主任：王立新, and 中心主任为仉卫东， where the names close the clause after 为 (not
    主任为群众办实事): the names a chain of titles gives."""
    text = index.text
    if text.startswith("为", chain_end):
        named = _names_in_list(index, chain_end + 1)
        return named if named and (CLAUSE_END.match(text, _end_of(named)) or _end_of(named) == len(text)) else []
    return _names_in_list(index, chain_end + (1 if text[chain_end:chain_end + 1] in (" ", *COLONS) else 0))


def _body_of_the_item_before(text: str, title: re.Match, titles: list[str],
                             listed: tuple[int, Optional[OrgMention]]) -> Optional[OrgMention]:
    """澥港远洋运输有限公司董事长鄢立新、总经理芮晓帆: a title after 、 and a name holding a post in a body
    is of that body, unless it names a level's post (县委书记张三、县长李四: 县长 is the government's)."""
    end, body = listed
    if body is None or end != title.start() - 1 or text[end] != "、":
        return None
    return None if any(c in LEVEL_CHARS for t in titles for c in t) else body


class _Bodies:
    """The organizations a title may name its body by: the mention right before it, one whose
    name runs into it, or a body named by its kind alone."""

    def __init__(self, index: TextIndex, orgs: list[OrgMention]):
        self.index, self.orgs = index, orgs
        spans = [(index.nlp_span(o.span), o) for o in orgs]
        self.by_end = {end: o for (_, end), o in spans}
        self.by_start = {start: (end, o) for (start, end), o in spans}

    def ending_at(self, pos: int) -> Optional[OrgMention]:
        """The body named right before pos: a mention, else a kind (街道办事处主任)."""
        if pos in self.by_end:
            return self.by_end[pos]
        kind = next((k for k in _body_kinds() if self.index.text.endswith(k, 0, pos)), None)
        return self.of_kind(kind) if kind else None

    def starting_at(self, pos: int) -> tuple[int, Optional[OrgMention]]:
        """Where the title after a body named at pos starts, and that body: a mention, else a
        kind the organization extractor does not take for a name (、村委会主任)."""
        if pos in self.by_start or title_pattern().match(self.index.text, pos):
            return self.by_start.get(pos, (pos, None))
        kind = next((k for k in _body_kinds() if self.index.text.startswith(k, pos)), None)
        return (pos + len(kind), self.of_kind(kind)) if kind else (pos, None)

    def running_into(self, title: re.Match) -> Optional[OrgMention]:
        """簇锦街道党工委 + 街道党工委书记: a title that repeats the end of the body's name."""
        return next((o for end, o in self.by_end.items()
                     if title.start() < end < title.end() and self.index.nlp_span(o.span)[0] < title.start()), None)

    def of_kind(self, kind: str) -> Optional[OrgMention]:
        """街道办事处主任 in a street's report, 市委常委 in a city's: the body of that kind the
        document names, where a place has only one of the kind (one 街道办事处 to a street, one
        市委 to a city; but many 村委会 to a town). Named by the kind alone, or by one full name
        (鼓楼区柳荫街道办事处); 团市委 is a body of its own name, not the city's 市委."""
        if kind not in lexicon.person_context()["one_per_place"]:
            return None
        standalone = lexicon.organizations()["standalone"]
        named = [o for o in self.orgs if o.name.endswith(kind) and o.name not in standalone]
        exact = next((o for o in named if o.name == kind), None)
        full = max(named, key=lambda o: len(o.name), default=None)
        one = full is not None and all(full.name.endswith(o.name) for o in named)
        return exact or (full if one else None)


@lru_cache(maxsize=1)
def _body_kinds() -> tuple[str, ...]:
    orgs = lexicon.organizations()
    return tuple(lexicon.longest_first(orgs["bodies"] + orgs["parts"]))


def _untitled_people(index: TextIndex, bodies: _Bodies):
    for start, name in [*_presiding_names(index), *_colon_lists(index), *_clause_subjects(index),
                        *_names_before_a_tally(index)]:
        yield PersonMention(span=index.seg.span(start, start + len(name)), name=name,
                            affiliation=_body_in_note(index, start + len(name), bodies))
    for start, name, org in _names_of_bodies(index, bodies):
        yield PersonMention(span=index.seg.span(start, start + len(name)), name=name,
                            affiliation=org if org and org.kind == "organization" else None)


def _body_in_note(index: TextIndex, end: int, bodies: _Bodies) -> Optional[OrgMention]:
    """单永康（兰汀恒晟智能装备有限公司）: the body named in brackets right after a name."""
    note = _body_note().match(index.text, end)
    if note is None:
        return None
    body_end, body = bodies.by_start.get(note.start() + 1, (None, None))
    return body if body_end == note.end() - 1 else None


def _inside_a_slogan(text: str, m: re.Match) -> bool:
    """“镇领导包片、村干部包山头、护林员包地块”: a title and what follows it up to the closing quote are
    a slogan's words, no person."""
    opened = text.rfind("“", max(0, m.start() - SLOGAN_REACH), m.start())
    closing = SLOGAN_TAIL.match(text, m.end())
    return opened >= 0 and "”" not in text[opened:m.start()] and closing is not None


def _inside_a_word(text: str, m: re.Match) -> bool:
    """主席台, 主席团: the title is the start of another word."""
    return m.end() < len(text) and dictionary_frequency(text[m.start():m.end() + 1]) > 0


def _straddles_two_words(index: TextIndex, m: re.Match) -> bool:
    """灾后 + 卫生防疫: a title's characters (后卫) that end one word and start a longer one, no name
    can follow inside, are no title (小学校 + 长官 + 小敏 and 宿舍楼 + 长 hold the titles 校长, 楼长)."""
    i, j = index.token_at(m.start()), index.token_at(m.end() - 1)
    return index.starts[i] < m.start() and i < j and index.ends[j] - m.end() >= MIN_WORD_RUN_ON


def _title_chain(index: TextIndex, m: re.Match, bodies: _Bodies) \
        -> tuple[list[tuple[int, int]], list[Optional[OrgMention]], int]:
    """副书记、区长 and 常委、组织部部长: titles joined by 、, each perhaps after an organization
    of its own, that one name follows. Returns the titles, the body before each title after the
    first (None where none is named), the end."""
    text = index.text
    titles, inner, end = [(m.start(), m.end())], [], _after_its_other_title(text, m.end())
    while text[end:end + 1] == "、":
        start, org = bodies.starting_at(end + 1)
        nxt = _quoted_titles(text, start) or _title_span(text, start)
        after = nxt[1] + (text[nxt[1]:nxt[1] + 1] == "”") if nxt else -1
        if nxt is None or not (_name_in(index, _after_its_other_title(text, after))
                               or title_pattern().match(text, after) or text[after:after + 1] == "、"
                               or LINE_END.match(text, after)):  # a list's line: 巫春梅　…党委委员、副镇长
            break
        titles.append(nxt)
        inner.append(org)
        end = _after_its_other_title(text, after)
    return titles, inner, end


def _title_span(text: str, start: int) -> Optional[tuple[int, int]]:
    found = title_pattern().match(text, start)
    return (found.start(), found.end()) if found else None


def _quoted_titles(text: str, start: int) -> Optional[tuple[int, int]]:
    """书记、“乡贤调解员”覃守业: titles given in quotes (乡贤 + 调解员), the quotes holding nothing else."""
    close = text.find("”", start, start + MAX_QUOTED_TITLE)
    if not text.startswith("“", start) or close < 0:
        return None
    pos = start + 1
    while pos < close and (found := title_pattern().match(text, pos)) is not None:
        pos = found.end()
    return (start + 1, close) if pos == close else None


def _after_its_other_title(text: str, end: int) -> int:
    """局长（经理）邝志刚: the title of the same post in a body's other name, in brackets after it."""
    if text[end:end + 1] not in ("（", "("):
        return end
    other = title_pattern().match(text, end + 1)
    return other.end() + 1 if other and text[other.end():other.end() + 1] in ("）", ")") else end


def _acting_for(bodies: list[Optional[OrgMention]], titles: list[str], orgs: list[OrgMention]) -> Optional[OrgMention]:
    """The body a chain of titles speaks for, given the body named before each title: the
    first named (村党支部书记、村委会主任: the branch), unless its post yields to a later one.
    A seat on a committee (委员, 常委) yields to a post in another body (镇党委委员、镇人大主席),
    not to a department of that committee (市委常委、组织部部长: 市委); a deputy's post yields
    to the head of another body (县政协副主席、提案委员会主任: the committee). Bodies that
    work as one are that one (区纪委书记、区监委主任: the 区纪委监委 the document names)."""
    posts = _merged([(b, t) for b, t in zip(bodies, titles) if b is not None], orgs)
    if not posts:
        return None
    (first, title), rest = posts[0], posts[1:]
    if bodies[0] is None or not rest:
        return first
    context = lexicon.person_context()
    later, later_title = rest[0]
    seat = title in context["membership_titles"]
    department = later.name.endswith(tuple(context["committee_departments"]))
    deputy = _is_deputy(title) and not _is_deputy(later_title) and later_title not in context["membership_titles"]
    return later if (seat and not department) or deputy else first


def _is_deputy(title: str) -> bool:
    return "副" in title  # 副主席, 常务副主任, 党工委副书记


def _merged(posts: list[tuple[OrgMention, str]], orgs: list[OrgMention]) -> list[tuple[OrgMention, str]]:
    """区纪委 and 区监委 next to each other are the 区纪委监委 where the document names one."""
    out: list[tuple[OrgMention, str]] = []
    for body, title in posts:
        whole = _merger(out[-1][0], body, orgs) if out else None
        if whole is not None:
            out[-1] = (whole, out[-1][1])
        else:
            out.append((body, title))
    return out


def _merger(a: OrgMention, b: OrgMention, orgs: list[OrgMention]) -> Optional[OrgMention]:
    """区纪委 + 区监委: the names joined over the level they share (区纪委监委), if named."""
    shared = len(os.path.commonprefix([a.name, b.name]))
    joined = a.name + b.name[shared:]
    if joined in (a.name, b.name):
        return None  # 市委, 市委宣传部: a body and its own department
    return next((o for o in orgs if o.name.endswith(joined)), None)


def _sentence_subject(index: TextIndex, orgs: list[OrgMention], pos: int, titles: list[str]) -> Optional[OrgMention]:
    """象溪人民法庭在竹源村巡回审理…，审判员郑可欣当庭…: a post named without its body is one of
    the body the sentence is about; an organization written before a title (区教育局副局长) is
    that post's body, not the sentence's subject. Not for titles of no body (记者, 专家), nor for a level's
    posts (副县长: the county's government, see resolve)."""
    independent = lexicon.person_context()["independent_titles"]
    if all(t in independent for t in titles) or titles[-1] in lexicon.person_context()["title_organizations"]:
        return None
    bodies = [o for o in orgs if not title_pattern().match(index.text, index.nlp_span(o.span)[1])]
    begin = index.seg.offsets[index.sentence(pos)[0]]
    return subject_of(index.seg.document.text, bodies, begin, index.seg.offsets[pos])


def _names_in_list(index: TextIndex, pos: int) -> list[tuple[int, str]]:
    """秦雅萍（兼职）、蒲丹丹（挂职）: the names of a list, each perhaps with a short note in brackets."""
    text, names = index.text, []
    while (name := _name_in(index, pos)) is not None:
        if text.startswith(tuple(LOWER_LEVELS), pos + len(name)):
            break  # 林晓峰、柳泉 + 街道党工委书记: a place heads the next body, no name
        names.append((pos, name))
        pos += len(name)
        note = NAME_NOTE.match(text, pos) or _body_note().match(text, pos)
        pos = note.end() if note else pos
        joiner = next((j for j in LIST_JOINERS if text.startswith(j, pos)), None)
        if joiner is None or joiner == "，":
            break
        pos += len(joiner)
    return names


@lru_cache(maxsize=1)
def _body_note() -> re.Pattern:
    """单永康（兰汀恒晟智能装备有限公司）: the body a listed person is of, in brackets after the name."""
    return re.compile(rf"[（(][\u4e00-\u9fff]{{1,{MAX_BODY_NOTE}}}?(?:{suffix_pattern().pattern})[）)]")


def _name_before(index: TextIndex, title: re.Match, org: Optional[OrgMention]) -> Optional[tuple[int, str]]:
    """任卫东书记, 欧阳文博主任, 工程学院周航教授: a name right before its title, after a
    punctuation mark or a word like 由, or read by the segmenter as a name. Not 潘立诚代表镇党委:
    some titles are verbs after a name."""
    if org is not None or title.group() in lexicon.person_context()["titles_as_verbs"]:
        return None
    text, title_start = index.text, title.start()
    for length in (4, 3, 2):
        start = title_start - length
        if start < 0:
            continue
        name = text[start:title_start]
        if name[-1] == title.group()[0] and title.group().endswith("长"):
            continue  # 林业站 + 站长, 卫生院 + 院长: the body the head runs, no name
        if len(name) == 2 and dictionary_tag(name) == "n":
            continue  # 农技/n + 专家: a common noun qualifies the title, no name
        if start > 0 and index.tags[index.token_at(start - 1)].startswith("nr"):
            continue  # 鞠/nr + 卫东/nr + 对/p + 委员们: a name the segmenter read runs on before it
        edge_ok = start == 0 or NAME_LEFT_EDGE.match(text, start - 1) and not _inside_a_word_of_the_text(index, start) \
            or _segmented(index, start, name)
        if edge_ok and name_at(text, start) == name:
            return start, name
    return None


def _inside_a_word_of_the_text(index: TextIndex, start: int) -> bool:
    """对方/n + 派驻 + 专家: the edge word (对) and the name's first character make a word of the language."""
    word = index.token_at(start)
    return index.starts[word] < start and dictionary_frequency(index.words[word]) > 0


def _name_heading_the_line(index: TextIndex, title: re.Match, chain_end: int) \
        -> Optional[tuple[tuple[int, str], int]]:
    """钟海燕　县应急管理局副局长: a list of people, one to a line, each name before a wide gap and
    then what it holds, a body's name and titles with no mark between them, to the line's end
    (a commendation, a public notice). Returns the name and where what it holds starts."""
    text = index.text
    head = NAME_HEADING_A_LINE.match(text, text.rfind("\n", 0, title.start()) + 1)
    if head is None or head.end() > title.start() or not LINE_END.match(text, chain_end) \
            or not re.fullmatch(r"[\u4e00-\u9fff（）()]*", text[head.end():title.start()]) \
            or name_at(text, head.start(1)) != head.group(1):
        return None
    return (head.start(1), head.group(1)), head.end()


def _appointed(index: TextIndex, orgs: list[OrgMention]):
    """任命王晨光为市交通运输局局长, 增选吴承宇为…委员: the people an election or appointment
    names, each with the title that closes the 为 phrase and the body named before it."""
    text = index.text
    org_ending = {index.nlp_span(o.span)[1]: o for o in orgs}
    verbs = lexicon.alternation(lexicon.person_context()["appointing_verbs"])
    for m in re.finditer(verbs, text):
        pos = m.end()
        while (named := _names_in_list(index, pos)) \
                and text.startswith("为", after := _after_tally(text, _end_of(named))):
            end = found.start() if (found := CLAUSE_END.search(text, after)) else len(text)
            end = text.find("的", after, end) if "的" in text[after:end] else end  # …常务委员 + 的决定
            title = _title_at_end().search(text, after + 1, end)
            if title is None:
                break
            for start, name in named:
                yield _person(index, start, name, [index.seg.span(*title.span()).text],
                              org_ending.get(title.start()), *title.span())
            pos = end + 1  # 选举穆润声为理事会主任，戚晓筠、韦秉文为理事会副主任: the election goes on


def _after_tally(text: str, end: int) -> int:
    """补选郜文斌、符晓霞、伍家骏 + 3人 + 为常务委员: how many were named may stand before 为."""
    tally = APPOINTED_TALLY.match(text, end)
    return tally.end() if tally else end


def _end_of(named: list[tuple[int, str]]) -> int:
    start, name = named[-1]
    return start + len(name)


def _elected(index: TextIndex, orgs: list[OrgMention]):
    """刘明章当选县文联主席, 许丽娟、钟建平当选副主席, 王建平任城发集团党委书记、董事长: the names
    a clause opens with, then 当选 (任, 担任 …) and the titles that close the clause's items, of the
    body named before the first."""
    text = index.text
    org_ending = {index.nlp_span(o.span)[1]: o for o in orgs}
    for m in re.finditer("|".join(lexicon.person_context()["electing_verbs"]), text):
        begin, end = index.clause(m.start())
        named = _names_in_list(index, begin)
        if not named or _end_of(named) != m.start() and NAME_NOTE.fullmatch(text, _end_of(named), m.start()) is None:
            continue
        posts = [_title_at_end().search(text, m.end(), stop) for stop in _list_item_ends(text, m.end(), end)]
        posts = [p for p in posts if p is not None]
        if posts:  # 王建平任城发集团党委书记、董事长: the body before the first title holds them all
            titles = [index.seg.span(*p.span()).text for p in posts]
            for start, name in named:
                yield _person(index, start, name, titles, org_ending.get(posts[0].start()),
                              posts[0].start(), posts[-1].end())


def _list_item_ends(text: str, begin: int, end: int) -> list[int]:
    """Where each item of a list written with 、 between begin and end ends."""
    return [k for k in range(begin, end) if text[k] == "、"] + [end]


def _colon_lists(index: TextIndex):
    """出席会议的领导还有：宗少峰、刘佳、袁媛等: two or more names after a colon, each one the
    segmenter reads as a name; in a long list (委员：于海涛、王红梅、… 15 names) three in four."""
    for m in re.finditer("|".join(COLONS), index.text):
        named = _names_in_list(index, m.end())
        unsure = sum(not _segmented(index, start, name) and not _body_note().match(index.text, start + len(name))
                     for start, name in named)  # 单永康（…有限公司）: a body in brackets marks a person
        if len(named) >= 2 and (unsure == 0 or len(named) >= 4 and unsure * 4 <= len(named)):
            yield from named


@lru_cache(maxsize=1)
def _acts_of_untitled_people() -> tuple[str, ...]:
    return tuple(lexicon.longest_first(lexicon.person_context()["acts_of_untitled_people"]))


def _clause_subjects(index: TextIndex):
    """郗浩然以7米52摘得金牌, 其中栾一诺独得…, 昝立强、蒯佳怡分别获得…: names opening a clause, each
    one the segmenter reads as a name, before what a named person does (sports and feature news
    name people with no title)."""
    acts = _acts_of_untitled_people()
    for m in CLAUSE_OPENING.finditer(index.text):
        if m.end() not in index.start_set or not _read_as_a_name(index, index.token_at(m.end())):
            continue  # the first name, like every one, is a word the segmenter reads as a name
        named = _names_in_list(index, m.end())
        if named and all(_segmented(index, start, name) or _read_as_a_name(index, index.token_at(start))
                         and index.words[index.token_at(start)] == name for start, name in named) \
                and index.text.startswith(acts, _end_of(named)):
            yield from named


def _read_as_a_name(index: TextIndex, i: int) -> bool:
    """敖丽娟/nr, or 赵德崧/nz: a surname and two characters the segmenter did not know, read as a name."""
    word = index.words[i]
    return index.tags[i].startswith("nr") or index.tags[i] == "nz" and len(word) == 3 \
        and word[0] in lexicon.surname_set() and _plausible(word)


def _names_of_bodies(index: TextIndex, bodies: _Bodies):
    """郯集镇棋友会的逄德厚、城南街道的訾雨桐分获…, 芦荡村的桂兰芳和新河村的逄玉珍: a name the segmenter
    reads as one right after a body or a place and 的, in a list or before what a named person does."""
    acts = _acts_of_untitled_people()
    for m in re.finditer("的", index.text):
        org = bodies.by_end.get(m.start())
        if m.end() not in index.start_set or not index.tags[index.token_at(m.end())].startswith("nr") \
                or org is None and not index.text.endswith(_places_and_bodies(), 0, m.start()):
            continue
        named = _names_in_list(index, m.end())
        if named and all(_segmented(index, start, name) for start, name in named) \
                and index.text.startswith(("、", "和", "等", *acts), _end_of(named)):
            yield from ((start, name, org) for start, name in named)


@lru_cache(maxsize=1)
def _places_and_bodies() -> tuple[str, ...]:
    return tuple(LOWER_LEVELS) + _body_kinds()


def _role_word_people(index: TextIndex, bodies: _Bodies):
    """渡工郗德胜, 小棋手笪若溪: names the segmenter reads as names right after a noun of what a person
    is or does (by its last character) that the titles lexicon lacks; the noun is the title."""
    context = lexicon.person_context()
    endings, exceptions = tuple(context["role_word_endings"]), frozenset(context["role_word_exceptions"])
    titles = lexicon.title_set()
    for i, word in enumerate(index.words):
        pos = index.ends[i]
        if index.tags[i] != "n" or len(word) < 2 or not word.endswith(endings) or word in exceptions \
                or word in titles or pos not in index.start_set or not _surnames_at(index.text, pos):
            continue  # a title's people are read by _titled_people
        named = _names_in_list(index, pos)  # a word of the language is no name here (手工 + 米粉/nr)
        if named and all(_cut_as_a_name(index, *n) and dictionary_frequency(n[1]) == 0 for n in named):
            org = bodies.by_end.get(index.starts[i])
            yield from (_person(index, start, name, [word], org, index.starts[i], pos) for start, name in named)


def _cut_as_a_name(index: TextIndex, start: int, name: str) -> bool:
    """俞/zg + 建新/v + 等: the segmenter cuts the text at both ends of the name, the surname a word of its own
    and no link word (向/p + 我馆), or reads it as a name (郗德胜/nr)."""
    end, first = start + len(name), index.token_at(start)
    return _segmented(index, start, name) or start in index.start_set and index.ends[first] == start + 1 \
        and index.tags[first] not in NOT_SURNAME_TAGS and (end in index.start_set or end >= len(index.text))


def _names_before_a_tally(index: TextIndex):
    """亓永昌、眭淑兰、昝克俭等12位同志, 吕佳、覃思远等12名教师: names listed before 等 and a tally
    of people, two or more of them, the segmenter reading one at least as a name; the first may
    follow the verb of the clause (接收 + 亓永昌)."""
    text = index.text
    for m in NAMES_TALLIED.finditer(text):
        clause = text[index.clause(m.start())[0]:m.start()]
        first_end = m.start() - len(clause) + len(clause.split("、")[0])
        for length in (4, 3, 2):
            named = _names_in_list(index, first_end - length)
            if len(named) >= 2 and _end_of(named[:1]) == first_end and _end_of(named) == m.start() \
                    and any(_segmented(index, *n) for n in named):
                yield from named
                break
        else:
            yield from _one_name_before(index, m.start())


def _one_name_before(index: TextIndex, end: int):
    """殳晓峰等30名先进个人: one name before 等 and a tally, where the segmenter reads it as a name."""
    for length in (3, 2, 4):
        start = end - length
        if start >= 0 and name_at(index.text, start) == index.text[start:end] \
                and _segmented(index, start, index.text[start:end]):
            yield start, index.text[start:end]
            return


def _presiding_names(index: TextIndex):
    """会议由张琼主持: a name between 由 and a role verb; 冠军分别由濮家栋、伍曼青获得: names listed
    between 由 and what a named person does."""
    verbs = lexicon.alternation(lexicon.role_verbs())
    for m in re.finditer(rf"由([\u4e00-\u9fff]{{2,4}}?)(?:同志)?(?:{verbs})", index.text):
        if name_at(index.text, m.start(1)) == m.group(1):
            yield m.start(1), m.group(1)
    acts = _acts_of_untitled_people()
    for m in re.finditer("由", index.text):
        named = _names_in_list(index, m.end())
        if len(named) >= 2 and index.text.startswith(acts, _end_of(named)) \
                and all(_cut_as_a_name(index, *n) for n in named):
            yield from named


def _person(index: TextIndex, start: int, name: str, titles: list[str], org: Optional[OrgMention],
            title_start: int, title_end: int) -> PersonMention:
    end = start + len(name) if name else title_end
    return PersonMention(span=index.seg.span(start, end), name=index.seg.span(start, end).text if name else "",
                         titles=list(titles), affiliation=org,
                         title_spans=[index.seg.span(title_start, title_end)])



def byline_people(index: TextIndex, orgs: list[OrgMention]) -> list[PersonMention]:
    """The byline's writers and photographers (文/记者 李一): people with their role as title, a
    reporter of the news body the page gives as its source (来源：汶岑县融媒体中心　记者：聂思远) of that body."""
    people = []
    begin, end = index.seg.document.window or (0, len(index.seg.document.text))
    for credit in index.seg.document.metadata.credits:
        if credit.name and begin <= credit.span.start < end:
            span = credit.span
            reporter = credit.role is not None and credit.role.endswith("记者")
            body = _news_source(index, span.start, orgs) if reporter else _credited_body(index, credit, orgs)
            people.append(PersonMention(span=Span(span.start, span.end, span.text), name=credit.name,
                                        titles=[credit.role] if credit.role else [], affiliation=body))
    return people


def _credited_body(index: TextIndex, credit: Credit, orgs: list[OrgMention]) -> Optional[OrgMention]:
    """市政协文化文史和学习委员会 of （市政协文化文史和学习委员会　曲思远）: the body the byline names with the writer."""
    if not credit.organization:
        return None
    line_start = index.seg.document.text.rfind("\n", 0, credit.span.start) + 1
    named = [o for o in orgs if line_start <= o.span.start < credit.span.start and o.span.text in credit.organization]
    return max(named, key=lambda o: len(o.span.text), default=None)


def _news_source(index: TextIndex, pos: int, orgs: list[OrgMention]) -> Optional[OrgMention]:
    """The news body (融媒体中心, 日报 …) named after 来源： earlier on the line of pos, if any."""
    text = index.seg.document.text
    sources = [m.end() for m in SOURCE_LABEL.finditer(text, text.rfind("\n", 0, pos) + 1, pos)]
    body = next((o for o in orgs if sources and o.span.start == sources[-1]), None)
    return body if body is not None and body.name.endswith(tuple(lexicon.bylines()["news_media"]["words"])) else None
