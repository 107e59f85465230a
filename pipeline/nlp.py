"""Segment: prepare a document's text for NLP, cut it into words with jieba (spaCy ``zh``'s
segmenter) and make a spaCy ``Doc`` of them.

Reports break sentences across blank lines (存 / 量产业, 品学 / 兼优); such breaks are
joined in ``nlp_text`` while ``offsets`` keep every character's place in the original,
so mentions still point at the characters as read. Full-width digits and letters and
traditional characters are mapped one for one, so lexicons and patterns need one form.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from . import lexicon
from .records import Document, Segmented

SENTENCE_END = "。！？!?；;"
# A line that ends without these, and is long enough not to be a heading or a caption,
# continues in the next non-blank line.
LINE_END = SENTENCE_END + "：:”’」』）)…—\"'"
MIN_CONTINUED_LINE = 30
MAX_LINE_OF_ITS_OWN = 20  # a short line without an end mark (a signature, a heading) is no paragraph's rest
FULL_WIDTH = {0x3000: " ", 0xFF05: "%", 0xFF0E: "."}
FULL_WIDTH.update({c: chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)})  # ０-９
FULL_WIDTH.update({c: chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
FULL_WIDTH.update({c: chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})  # ａ-ｚ
NUMBERED_HEADING = re.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]")  # 一、2022年工作回顾 starts anew
HAN_OR_DIGIT = re.compile(r"[\u4e00-\u9fff0-9０-９“「《（(]")
RARE_CHARACTER = 1000  # jieba frequency under which a character alone is no word of the text (沣 133, 槎 564)
DATE_WORDS = "年月日号"  # 2022 + 年: what a figure before them dates
COMMON_WORD, COMMONER = 1000, 20  # 检查和 (110) of 检查 (5465): a common word and a conjunction the dictionary joined
# What the character after a rare one may be to end a two-character name with it: a noun's
# or a name's character (鄣 + 岚/nr, 犇 + 河/ns, 汀 + 溆/g), not 等, 将, 中/f, 稳/a, nor a level (畈 + 镇).
NAME_PART_TAGS = frozenset({"n", "ns", "nr", "nz", "ng", "g", "zg", "j"})
LEVEL_CHARACTERS = "省市区县州镇乡村"
CUT_LEVELS = "市县州区"  # levels the model cuts a one-character place name from (岱 + 州)
PLACE_NAME_LEVELS = "市县州区镇乡"  # what ends a place's word whose name alone the document may use (嶅阳县: 嶅阳)
VILLAGE_LEVELS = "村镇乡"  # what a word the dictionary lacks ends in when it names a village or town
REGION_LEVELS = "区县市"  # … or a region, when a rare character is of its name (临漪区, not 起由区)
BOUND_TAGS = frozenset({"zg", "j", "g", "ng"})  # a morpheme or an abbreviation: no word alone
RARE_COUNTY = 50  # jieba frequency under which a county's name (渠县 8) may end a longer one (崇渠县)
RARE_DISTRICT = 200  # … and a district's after a rare character (栟 + 东区 72, 新区 145; not 朐 + 山区 2809)
ROAD_CODE = re.compile(r"[GSXYZ][0-9]{1,4}")  # G205, S218: a national, provincial or county road
MAX_BRACKETED_HEADING = 40  # 【召开一季度居民议事会】: an item's heading, not a bracketed paragraph
GLUED_LINK_CHARACTERS = lexicon.grammar()["glued_link_characters"]  # 在 + 犇: a link word the model glued to a name
LINKS_BEFORE_PLACES = GLUED_LINK_CHARACTERS + lexicon.grammar()["link_characters"]  # 将 + 泓川市
ADVERBS_AFTER_UNITS = lexicon.grammar()["adverbs_glued_after_units"]  # 项正 -> 项 + 正
ADVERBS_BEFORE_VERBS = lexicon.grammar()["adverbs_glued_before_verbs"]  # 共 + 制发
LINKS_AFTER_WORDS = lexicon.grammar()["links_glued_after_words"]  # 健委在 + 县人民医院
FUNCTION_CHARACTERS_AFTER_WORDS = lexicon.grammar()["function_characters_glued_after_words"]  # 局等 -> 局 + 等
VERBS_AFTER_NAMES = lexicon.grammar()["verbs_glued_after_names"]  # 邵建民率 + 省政协调研组
CONJUNCTIONS = frozenset(lexicon.grammar()["conjunctions"])
ROUTE_ENDS = frozenset(lexicon.grammar()["ends_of_a_route"])  # 北起, 南至: a route's ends before place names
BRANDS_BEFORE_PLACES = frozenset(lexicon.places()["brands_before_places"])  # 国网 + 渼阳 (供电公司)
BRAND_CHARACTERS = frozenset("".join(BRANDS_BEFORE_PLACES))  # a word none of whose first is one takes no brand
LINK_TAGS = frozenset({"p", "c", "u", "uj", "ul"})  # 自/p + 檀, 的/uj + 溦: words a name follows


@lru_cache(maxsize=1)
def _simplifier():
    import opencc
    return opencc.OpenCC("t2s")


def simplify(text: str) -> str:
    """Traditional to simplified, character for character (same length as the input). A
    character whose simplified form lies past the basic plane stays as written: OpenCC makes
    潕 (of 潕原县) 𣲘, which the segmenter knows as no character at all."""
    converted = _simplifier().convert(text)
    if len(converted) != len(text):
        converted = "".join(c2 if len(c2 := _simplifier().convert(c)) == 1 else c for c in text)
    if converted.isascii() or max(converted) <= "\uffff":
        return converted
    return "".join(c2 if c2 <= "\uffff" else c for c, c2 in zip(text, converted))


def normalise(text: str) -> str:
    return simplify(text.translate(FULL_WIDTH))


LINE = re.compile(r"[^\r\n]+")


def _lines(text: str, begin: int = 0, end: Optional[int] = None):
    """(start, end) of each non-blank line of text[begin:end], end excluding the line break."""
    for m in LINE.finditer(text, begin, len(text) if end is None else end):
        if m.group().strip():
            yield m.start(), m.end()


def _continues(line: str, next_line: str) -> bool:
    line, next_line = line.rstrip(), next_line.lstrip()
    if line.lstrip().startswith(("——", "--")) or _page_header().match(line.lstrip()):
        return False  # ——2024年1月9日在…会议上, 发布时间：… 来源：…: a subtitle or page header ends its own line
    return (len(line) >= MIN_CONTINUED_LINE and line[-1] not in LINE_END
            and HAN_OR_DIGIT.match(next_line) is not None and not NUMBERED_HEADING.match(next_line)
            and not _page_header().match(next_line)  # 发布时间：… under a headline starts anew
            and not (len(next_line) < MAX_LINE_OF_ITS_OWN and next_line[-1] not in LINE_END))  # 淦泽县人民政府


@lru_cache(maxsize=1)
def _page_header() -> re.Pattern:
    labels = lexicon.time_words()["dateline_labels"] + lexicon.bylines()["page_header_labels"]["words"]
    return re.compile(rf"(?:{lexicon.alternation(labels)})\s*[:：]")


def prepare(text: str, window: Optional[tuple[int, int]] = None) -> tuple[str, list[int], list[tuple[int, int]]]:
    """The NLP text, the original offset of each of its characters, and its paragraphs
    (of ``text[window]`` when a window is given)."""
    begin, end = window or (0, len(text))
    lines = list(_lines(text, begin, end))
    normal = normalise(text[begin:end])
    parts, offsets, paragraphs = [], [], []
    para_start = 0
    for i, (b, e) in enumerate(lines):
        parts.append(normal[b - begin:e - begin])
        offsets.extend(range(b, e))
        joined = i + 1 < len(lines) and _continues(text[b:e], text[lines[i + 1][0]:lines[i + 1][1]])
        if not joined:
            pos = len(offsets)
            paragraphs.append((para_start, pos))
            if i + 1 < len(lines):
                parts.append("\n")
                offsets.append(e if e < len(text) else e - 1)
                para_start = pos + 1
    nlp_text = "".join(parts)
    return nlp_text, offsets, _with_bracketed_headings(nlp_text, paragraphs)


def _with_bracketed_headings(nlp_text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """【召开一季度居民议事会】3月14日下午，…: an item's heading in 【】 at the start of its
    paragraph is a paragraph of its own, the headline of the text after it."""
    out = []
    for begin, end in paragraphs:
        close = nlp_text.find("】", begin, min(end, begin + MAX_BRACKETED_HEADING))
        if nlp_text.startswith("【", begin) and 0 < close < end - 1:
            out += [(begin, close + 1), (close + 1, end)]
        else:
            out.append((begin, end))
    return out


def split_sentences(nlp_text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    sentences = []
    for p_start, p_end in paragraphs:
        start = p_start
        for m in re.finditer(f"[{SENTENCE_END}]+[”’」』)）]*", nlp_text[p_start:p_end]):
            end = p_start + m.end()
            sentences.append((start, end))
            start = end
        if start < p_end:
            sentences.append((start, p_end))
    return [(b, e) for b, e in sentences if nlp_text[b:e].strip()]


@lru_cache(maxsize=1)
def language():
    """spaCy's Chinese with the jieba segmenter, taught the lexicons' words."""
    import logging

    import jieba
    import spacy

    from .lexicon import segmenter_words

    jieba.setLogLevel(logging.WARNING)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    for word, pos in segmenter_words().items():
        jieba.add_word(word, tag=pos)
    for word in lexicon.grammar()["words_cut_apart"]:
        jieba.del_word(word)  # 召开大会 + 主席团…会议: a hold verb and its event are two words
    return nlp


@lru_cache(maxsize=1)
def _tag_table() -> dict[str, str]:
    """jieba's tags with the lexicons' words' own: its tagger merges those into the table only when it
    first tags a word, so a word's tag would otherwise depend on what was read before (培训 vn, then n)."""
    import jieba.posseg
    language()
    jieba.posseg.dt.makesure_userdict_loaded()
    return jieba.posseg.dt.word_tag_tab


def dictionary_frequency(word: str) -> int:
    """How often jieba's dictionary has seen a word (0 for one it lacks)."""
    import jieba
    language()  # the dictionary is loaded, with the lexicons' words, by the segmenter
    return jieba.dt.FREQ.get(word, 0)


def dictionary_tag(word: str) -> Optional[str]:
    """The part of speech jieba's dictionary gives a word; None for a word it lacks
    (an invented name, a word its model found)."""
    return _tag_table().get(word)


@lru_cache(maxsize=65536)
def tag(word: str) -> str:
    """jieba's part of speech for a word (n, v, ns, nr, m …); x for punctuation."""
    from .lexicon import segmenter_words
    found = segmenter_words().get(word) or _tag_table().get(word)
    if found == "x" and all(map(_han, word)):
        return "zg"  # 潆: a character the dictionary keeps only for words it is part of, not punctuation
    if found:
        return found
    if re.fullmatch(r"[0-9.]+", word):
        return "m"
    if re.fullmatch(r"[A-Za-z]+", word):
        return "eng"
    if not re.search(r"[\u4e00-\u9fff]", word):
        return "x"
    if len(word) >= 3 and dictionary_tag(word[:-1]) is None and (
            word[-1] in VILLAGE_LEVELS or word[-1] in REGION_LEVELS and any(map(is_rare, word[:-1]))):
        return "ns"  # 下泊村, 临漪区 (not 临漪区/v): a place named by a word the dictionary lacks
    import jieba.posseg
    # A word the segmenter found by its model: tag it as jieba's tagger would.
    flag = jieba.posseg.lcut(word)[0].flag
    return "n" if flag == "x" else flag


def is_rare(char: str) -> bool:
    """沣 (of 沣汇区): a Han character too rare to be a word of its own here, so a name's."""
    return _han(char) and dictionary_frequency(char) < RARE_CHARACTER


def _rejoin_names(words: list[str]) -> tuple[list[str], set[int]]:
    """jieba's words with the names its model cut apart around a rare character put back
    together, and where each name so made starts in the text."""
    split, names = _split_off_glued_words(_brands_cut_apart(words))
    joined, pos = [], 0
    for k, word in enumerate(split):
        previous = joined[-1] if joined else ""
        following = split[k + 1:k + 2]
        if _ends_a_name(previous, word) and not (len(previous) > 1 and _heads_a_place(word, following)) \
                or _a_place_cut_apart(previous, word) or _two_characters_before_a_level(previous, word, following):
            if len(previous) > 1 and previous[0] in GLUED_LINK_CHARACTERS:  # 由淮 + 泗 -> 由 + 淮泗
                joined[-1:] = [previous[0], previous[1:]]
            names.add(pos - len(joined[-1]))
            joined[-1] += word
        else:
            joined.append(word)
        pos += len(word)
    return joined, names


def _brands_cut_apart(words: list[str]) -> list[str]:
    """国网渼 -> 国网 + 渼, 国 + 网 + 滍, 国/n + 网滍/nz -> 国网 + 滍, 联合国 + 网洧州 -> 联合 + 国网 + 洧州: a
    company's brand the model cut apart or glued to the rare character a place's name starts with."""
    out: list[str] = []
    for word in words:
        cut = _a_brand_in(out[-1] if out else "", word) if word[0] in BRAND_CHARACTERS else None
        if cut is None:
            out.append(word)
        else:
            out[-1:] = [piece for piece in cut if piece]
    return out


def _a_brand_in(previous: str, word: str) -> Optional[tuple[str, str, str]]:
    """The word before the brand, the brand and what follows it, where the brand opens the word
    (before a rare character) or straddles the two words."""
    for brand in BRANDS_BEFORE_PLACES:
        after = word[len(brand):]
        if word.startswith(brand) and after and is_rare(after[0]) and dictionary_frequency(word) == 0:
            return previous, brand, after
        for k in range(1, len(brand)):
            if previous.endswith(brand[:k]) and word.startswith(brand[k:]):
                before, after = previous[:-k], word[len(brand) - k:]
                if (not before or dictionary_frequency(before) > 0) and (not after or is_rare(after[0])):
                    return before, brand, after
    return None


def _a_place_cut_apart(previous: str, word: str) -> bool:
    """A place's name the model cut after its first character: 岱/ns + 州 (its one-character name
    and its level), or 崇/zg + 渠县/ns (a character that is no word alone before a county the
    dictionary holds but seldom sees, 渠县 8, 丰县 29: the end of a longer name taken for that county),
    or a rare character before a district the dictionary holds (栟 + 东区), or a name's first character
    glued to a verb of going or a link before it (赴北 + 岑乡: both words the model made)."""
    if len(previous) == 2 and previous[0] in GLUED_LINK_CHARACTERS and dictionary_frequency(previous) == 0:
        return len(word) == 2 and word[-1] in LEVEL_CHARACTERS and dictionary_tag(word) is None
    if len(previous) != 1:
        return False
    if len(word) == 1:
        return dictionary_tag(previous) == "ns" and word in CUT_LEVELS and dictionary_frequency(previous + word) == 0
    rare = is_rare(previous)  # 栟/zg + 东区/ns, 沭/ns + 东区: a rare character opens the district's name
    known = dictionary_tag(word) == "ns" and dictionary_frequency(word) < (RARE_DISTRICT if rare else RARE_COUNTY)
    made = dictionary_tag(word) is None  # 涔/g + 阳市: a word the model made of a name's last character and its level
    return (dictionary_tag(previous) in BOUND_TAGS or rare) and len(word) == 2 and word[-1] in CUT_LEVELS \
        and (known or made) and previous not in GLUED_LINK_CHARACTERS + LEVEL_CHARACTERS


def _two_characters_before_a_level(previous: str, word: str, following: list[str]) -> bool:
    """澶/ns + 岭/n + 市政协: a place's character and another, each cut alone, before a word that opens with
    a level (市, 县) make a name of two characters the dictionary lacks."""
    return len(previous) == 1 and len(word) == 1 and dictionary_tag(previous) == "ns" \
        and dictionary_tag(word) in NAME_PART_TAGS and word not in LEVEL_CHARACTERS \
        and dictionary_frequency(previous + word) == 0 and bool(following) and following[0][0] in PLACE_NAME_LEVELS


def _heads_a_place(word: str, following: list[str]) -> bool:
    """华禾/农险 + 隰 + 宁县: a rare character alone before a place's word with its level (not a
    common noun: 榈 + 社区) opens that place's name; it does not end the word before it."""
    return len(word) == 1 and bool(following) and len(following[0]) >= 2 \
        and following[0][-1] in LEVEL_CHARACTERS and dictionary_tag(following[0]) in (None, "ns")


def _split_off_glued_words(words: list[str]) -> tuple[list[str], set[int]]:
    """在犇 + 河镇 -> 在 + 犇 + 河镇, 以霁川 -> 以 + 霁川: a link word or a level the model glued to
    the rare character a name starts with is split off (see _split_before_a_rare_character)."""
    split: list[str] = []
    names, pos = set(), 0
    for k, word in enumerate(words):
        pieces = _split_before_a_rare_character(word)
        pieces = pieces if len(pieces) > 1 else _split_off_a_glued_link(word)
        if len(pieces) == 1 and split and split[-1].isdigit():
            pieces = _split_off_a_date_word(word)
            pieces = pieces if len(pieces) > 1 else _split_off_a_linked_unit(word)
        elif len(pieces) == 1 and split and ROAD_CODE.fullmatch(split[-1]):
            pieces = _split_off_a_road_word(word)
        elif len(pieces) == 1 and k + 1 < len(words) and words[k + 1][:1].isdigit():
            pieces = _split_off_a_bound_word(word)
        pieces = pieces if len(pieces) > 1 else _split_off_a_department_head(word)
        if len(pieces) == 1 and split and _a_name_and_its_verb(split[-1], word):
            pieces = [word[0], word[1]]  # 孔令/nr + 澄率/nz + 市政协: the name's last character, then 率
        split += pieces if len(pieces) > 1 else _split_at_a_conjunction(word)
        if len(pieces) > 1 and len(pieces[-1]) > 1:
            names.add(pos + len(word) - len(pieces[-1]))
        pos += len(word)
    return split, names


def _a_name_and_its_verb(previous: str, word: str) -> bool:
    """孔令 + 澄率: after a surname and one character, a word the dictionary lacks made of a name's last
    character and a verb of leading (率)."""
    return len(word) == 2 and word[1] in VERBS_AFTER_NAMES and dictionary_frequency(word) == 0 \
        and len(previous) == 2 and previous[0] in _single_surnames() and _han(word[0])


def _ends_a_name(previous: str, word: str) -> bool:
    """鄣 + 岚: a rare character left alone and the one-character word after it; 国网岚 + 渚: a
    word the model made and the rare character left alone after it (not 起于 + 檀, nor 郯阳区 + 栟: a
    level ends a place's name, nor 局 + 隰: a body's last character ends its name, nor 国网 + 渼: a brand
    stands before a place's name)."""
    if len(word) != 1 or not _han(word) or word in LEVEL_CHARACTERS:
        return False
    if len(previous) == 1 and _han(previous) and not is_rare(previous):
        return is_rare(word) and dictionary_tag(previous) in NAME_PART_TAGS \
            and previous not in GLUED_LINK_CHARACTERS + LEVEL_CHARACTERS + _body_characters()  # 竹 + 垟 (畲族乡)
    if len(previous) == 1:
        return _han(previous) and is_rare(previous) and (dictionary_tag(word) in NAME_PART_TAGS or is_rare(word))
    return is_rare(word) and 2 <= len(previous) <= 3 and all(map(_han, previous)) \
        and dictionary_frequency(previous) == 0 and previous[-1] not in GLUED_LINK_CHARACTERS + LEVEL_CHARACTERS \
        and previous not in BRANDS_BEFORE_PLACES


@lru_cache(maxsize=1)
def _body_characters() -> str:
    """局, 委, 院 …: one-character words that end a body's name (市生态环境局 + 隰川分局), none a name's."""
    return "".join(w for w in lexicon.organizations()["named_suffixes"] if len(w) == 1)


def _split_before_a_rare_character(word: str) -> list[str]:
    """办在枋 -> 办 + 在 + 枋, 镇桕 -> 镇 + 桕, 经蒿 -> 经 + 蒿, 郯阳区栟 -> 郯阳区 + 栟: a word the
    dictionary lacks whose model glued a link word, a level or a whole place before a rare character,
    where a name starts (a company's brand: see _brands_cut_apart)."""
    if not 2 <= len(word) <= 4 or dictionary_frequency(word) > 0:
        return [word]
    at = next((k for k in range(1, len(word)) if _han(word[k]) and is_rare(word[k])), None)
    if at is None:
        return [word]
    if word[at - 1] in LEVEL_CHARACTERS and at >= 3:
        return [word[:at], word[at:]]  # 郯阳区栟 -> 郯阳区 + 栟: a place's level ends its name
    import jieba

    head = jieba.lcut(word[:at], HMM=False)
    links = head[-1] in GLUED_LINK_CHARACTERS + LEVEL_CHARACTERS or dictionary_tag(head[-1]) in LINK_TAGS
    return head + [word[at:]] if links else [word]


@lru_cache(maxsize=1)
def _single_surnames() -> frozenset[str]:
    return frozenset(s for s in lexicon.surname_set() if len(s) == 1)


def _split_off_a_glued_link(word: str) -> list[str]:
    """将泓川市 -> 将 + 泓川市, 向市 -> 向 + 市, 健委在 -> 健委 + 在: a word the dictionary lacks, made
    of a link word and a place's name with its level (not 向阳 + 湖镇: 向阳 is a word), or the level
    alone (after an adverb: 共向区), or of a word (a character of the dictionary: 展在, 节在) and the
    preposition after it, or of one character and 等, 均 or 以 (局等, 率均, 村以), or of a name of three
    characters and a verb of leading (邵建民率 -> 邵建民 + 率), or of a route's end and a place (南至蘅塘区 -> 南至 + 蘅塘区)."""
    if len(word) >= 4 and word[0] in LINKS_BEFORE_PLACES and word[-1] in LEVEL_CHARACTERS \
            and dictionary_frequency(word) == 0 and dictionary_frequency(word[:2]) == 0:
        return [word[0], word[1:]]
    if len(word) == 2 and word[0] in LINKS_BEFORE_PLACES + VERBS_AFTER_NAMES and word[1] in LEVEL_CHARACTERS \
            and dictionary_frequency(word) == 0:
        return [word[0], word[1]]  # 向市 + 档案馆, 殷俊杰 + 率区 + 住建局: the level opens a body's short name
    if len(word) == 3 and word[1] in LINKS_BEFORE_PLACES and word[2] in LEVEL_CHARACTERS \
            and dictionary_frequency(word) == 0 and dictionary_tag(word[0]) in ("d", "c"):
        return [word[0], word[1], word[2]]  # 全年 + 共向区 + 住建局: an adverb, the link word and the level
    if len(word) == 3 and word[1] in LINKS_AFTER_WORDS and word[2] in LEVEL_CHARACTERS \
            and dictionary_frequency(word) == 0:
        return [word[0], word[1], word[2]]  # 园林绿化 + 局在区 + 城市管理服务中心: 在 between two bodies
    if len(word) >= 2 and word[-1] in LINKS_AFTER_WORDS and dictionary_frequency(word) == 0 \
            and (len(word) >= 3 or dictionary_frequency(word[0]) > 0):
        return [word[:-1], word[-1]]  # 县卫 + 健委在 (项目 + 展在) + 县人民医院: 在 glued to the end of a word
    if len(word) == 2 and word[-1] in FUNCTION_CHARACTERS_AFTER_WORDS and dictionary_frequency(word) == 0 \
            and dictionary_frequency(word[0]) > 0 and word[0] not in _single_surnames():
        return [word[0], word[1]]  # 县卫生健康局 + 等, 同意 + 率 + 均 + 超过: 等, 均, 以 glued to a one-character word
    if len(word) == 3 and word[0] in ADVERBS_BEFORE_VERBS and dictionary_frequency(word) == 0 \
            and (dictionary_tag(word[1:]) or "").startswith("v"):
        return [word[0], word[1:]]  # 全市检察机关 + 共制发/n + 督促监护令: 共 glued to the verb
    if len(word) >= 4 and word[:2] in ROUTE_ENDS and dictionary_frequency(word) == 0:
        return [word[:2], word[2:]]  # 南至蘅塘区/ns -> 南至 + 蘅塘区: where a route ends, then the place
    if len(word) == 4 and word[-1] in VERBS_AFTER_NAMES and word[0] in _single_surnames() and word[2] != "所" \
            and dictionary_frequency(word) == 0 and dictionary_frequency(word[:3]) == 0:  # not 孙浩 + 所作
        return [word[:3], word[3]]  # 邵建民率 + 省政协调研组: a leader's name and the verb of leading
    return [word]


def _split_off_a_date_word(word: str) -> list[str]:
    """2022 + 年宁/m + 丰县 -> 年 + 宁, 13 + 日柘塘/ns + 乡 -> 日 + 柘塘, 4 + 月经/n + 市人大常委会 -> 月 + 经:
    after a figure, the model glued its 年 (月, 日) to the name or the link word after it."""
    glued = dictionary_frequency(word) == 0 or word[1:] in GLUED_LINK_CHARACTERS
    if len(word) >= 2 and word[0] in DATE_WORDS and glued:
        return [word[0], word[1:]]
    return [word]


def _split_off_a_linked_unit(word: str) -> list[str]:
    """6 + 处共/n + 412株 -> 处 + 共, 剩余3 + 项正/nr + 按时序推进 -> 项 + 正, 其余5 + 条由县/n + 人大常委会 ->
    条 + 由 + 县: after a figure, the model glued its unit to the linking word, the one-character adverb or
    the link word (and a level) after it."""
    for cut in (1, 2):
        if word[:cut] not in lexicon.count_units() or dictionary_frequency(word) > 0:
            continue
        if word[cut:] in lexicon.count_linking_words() or word[cut:] in ADVERBS_AFTER_UNITS:
            return [word[:cut], word[cut:]]
        if len(word) == cut + 1 and word[cut] in GLUED_LINK_CHARACTERS:
            return [word[:cut], word[cut]]  # 16 + 条由/n + 联络站
        if len(word) == cut + 2 and word[cut] in GLUED_LINK_CHARACTERS and word[cut + 1] in LEVEL_CHARACTERS:
            return [word[:cut], word[cut], word[cut + 1]]
        if len(word) >= cut + 4 and word[cut] in GLUED_LINK_CHARACTERS and word[-1] in LEVEL_CHARACTERS:
            return [word[:cut], word[cut], word[cut + 1:]]  # 80 + 人赴滢川县/ns: the unit, 赴 and a place
        if len(word) >= cut + 3 and word[-1] in LEVEL_CHARACTERS and word[cut] not in LEVEL_CHARACTERS:
            return [word[:cut], word[cut:]]  # 2 + 名淇澜市/ns + 人大常委会委员: the unit and a place
    return [word]


def _split_off_a_bound_word(word: str) -> list[str]:
    """个体经营 + 户近/q + 13万户 -> 户 + 近: before a figure, the model glued the word that bounds it
    (近, 约, 逾) to the character before, the last of what the figure counts."""
    if len(word) == 2 and word[1] in _one_character_bounds() and dictionary_frequency(word) == 0:
        return [word[0], word[1]]
    return [word]


@lru_cache(maxsize=1)
def _one_character_bounds() -> frozenset[str]:
    bounds = lexicon.units()["bounds"]
    return frozenset(w for key in ("min_before", "max_before", "about_before") for w in bounds[key] if len(w) == 1)


def _split_off_a_road_word(word: str) -> list[str]:
    """S218 + 线柳溪 + 大桥 -> 线 + 柳溪: after a road's code, the model glued its 线 to the name after it."""
    if len(word) >= 3 and word[0] == "线" and dictionary_frequency(word) == 0:
        return [word[0], word[1:]]
    return [word]


def _split_off_a_department_head(word: str) -> list[str]:
    """省商务厅对外贸易 + 处处长/v + 王明 -> 处 + 处长: the model glued a department's last character to
    the title of its head, which starts with the same character."""
    if len(word) == 3 and word[0] == word[1] and word[1:] in lexicon.title_set():
        return [word[0], word[1:]]
    return [word]


def _split_at_a_conjunction(word: str) -> list[str]:
    """各镇 + 街和区 + 图书馆 -> 街 + 和 + 区: a word the model made of one character, a conjunction
    and a level joins two things (镇街 and 区图书馆); it names no place. 检查和 -> 检查 + 和: a rare
    dictionary word that is a common word and the conjunction after it. 防御 + 科及 + 市水利工程…监督站 ->
    科 + 及: a body's last character and the conjunction after it."""
    if len(word) == 2 and word[1] in CONJUNCTIONS and word[0] in _body_characters() and dictionary_frequency(word) == 0:
        return list(word)
    if len(word) == 3 and word[1] in CONJUNCTIONS and word[2] in LEVEL_CHARACTERS and dictionary_frequency(word) == 0:
        return list(word)
    if len(word) >= 3 and word[-1] in CONJUNCTIONS and 0 < dictionary_frequency(word) * COMMONER \
            < dictionary_frequency(word[:-1]) and dictionary_frequency(word[:-1]) >= COMMON_WORD:
        return [word[:-1], word[-1]]
    return [word]


def _cities_cut_at_their_name(words: list[str], names: set[int]) -> list[str]:
    """芃 + 城市 + 交通运输局 -> 芃城 + 市: a rare character left alone before 城市 is a city's name, 城 its
    second character (not 示范城市, one word before 城市)."""
    out, pos = [], 0
    for word in words:
        previous = out[-1] if out else ""
        if word == "城市" and len(previous) == 1 and is_rare(previous):
            out[-1:] = [previous + "城", "市"]
            names.add(pos - 1)
        else:
            out.append(word)
        pos += len(word)
    return out


def _place_names_kept_whole(words: list[str], names: set[int]) -> list[str]:
    """A place the document names whole once (嶅阳县) keeps its name whole where the model cut it
    apart elsewhere (嶅/zg + 阳茶/nr + 产业 -> 嶅阳 + 茶 + 产业): names the dictionary lacks. The words
    after the name are cut anew (埇/zg 东城/ns 建/v 集团 -> 埇东 + 城建 + 集团)."""
    stems = {w[:-1] for w in words if 3 <= len(w) <= 5 and w[-1] in PLACE_NAME_LEVELS and all(map(_han, w))
             and dictionary_frequency(w) == 0 and dictionary_frequency(w[:-1]) == 0}
    if not stems:
        return words
    text = "".join(words)
    starts = [False] * (len(text) + 1)
    pos = 0
    for word in words:
        starts[pos] = True
        pos += len(word)
    starts[pos] = True
    for stem in stems:
        for m in re.finditer(re.escape(stem), text):
            if any(starts[m.start() + 1:m.end()]):
                _cut_anew(text, starts, m.start(), m.end())
                names.add(m.start())
    cuts = [k for k, start in enumerate(starts) if start]
    return [text[a:b] for a, b in zip(cuts, cuts[1:])]


def _cut_anew(text: str, starts: list[bool], begin: int, end: int) -> None:
    """One word from begin to end, and the rest of the words it cut into, to the end of the word
    after them, cut again by the model."""
    rest_end = next((k for k in range(end + 1, len(text) + 1) if starts[k]), len(text))
    rest_end = next((k for k in range(rest_end + 1, len(text) + 1) if starts[k]), len(text))
    starts[begin + 1:rest_end] = [False] * (rest_end - begin - 1)
    starts[begin] = True
    pos = end
    for piece in language().tokenizer.jieba_seg.cut(text[end:rest_end], cut_all=False):
        starts[pos] = True
        pos += len(piece)


def _han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def segment(document: Document) -> Segmented:
    from spacy.tokens import Doc
    from spacy.util import get_words_and_spaces

    nlp_text, offsets, paragraphs = prepare(document.text, document.window)
    nlp = language()
    words, names = _rejoin_names([w for w in nlp.tokenizer.jieba_seg.cut(nlp_text, cut_all=False) if w])
    words = _place_names_kept_whole(_cities_cut_at_their_name(words, names), names)
    words, spaces = get_words_and_spaces(words, nlp_text)
    doc = Doc(nlp.vocab, words=words, spaces=spaces)  # what nlp(nlp_text) makes, with names rejoined
    for token in doc:
        token.tag_ = "nz" if token.idx in names and dictionary_tag(token.text) is None else tag(token.text)
    return Segmented(document=document, nlp_text=nlp_text, offsets=offsets, doc=doc,
                     sentences=split_sentences(nlp_text, paragraphs), paragraphs=paragraphs)
