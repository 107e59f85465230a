"""Places: names with an administrative suffix (渝中区, 石油路街道), known names without one
(重庆), and the document's own region behind 全区 / 本市."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache
from itertools import chain
from typing import Optional

from .. import lexicon
from ..names import FLOOR, level_of, region_chain
from ..nlp import BRANDS_BEFORE_PLACES, LINK_TAGS, dictionary_frequency, dictionary_tag, is_rare
from .organizations import (CONJUNCTIONS, FUNCTION_CHARS, JOINT_MARKS, LOWER_LEVELS, MORPHEME_TAGS,
                            link_glued_to_a_name, links_a_level, person_glued_to_a_link, suffix_pattern)
from ..records import PlaceMention, Span
from .context import LIST_MARKS, TextIndex, inside_a_title_on_its_line, numeral_led_name

HEADING_REGION = re.compile(r"""
    (?:^|[0-9年日在于由:：，,、\s—]|政协)               # after a date, a link word, a mark or 政协
    ((?![年日在于由余多名个位项]|其中|政协|中共|共青团)   # a region opening with none of these (5 + 名常驻县),
     (?:(?![在由为率]|政府|政协|人大)[\u4e00-\u9fff]){2,4}?  # two to four characters holding none of these
                                                        # (郦文澜率 + 市政协调研组: a person leads it),
     (?:市|区|县|州|旗))                                 # and its level
    (?=政协|人大|人民|政府|党委|[区市县州]委|委员会|第[一二三四五六七八九十]+届)  # before one of its bodies
    """, re.M | re.X)
NAME_PREFIXES = re.compile(r"^(?:政协|中共|中国共产党|共青团|第?[一二三四五六七八九十百0-9]+届)+")
REGION_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,4}?(?:市|区|县|州|旗)(?=[\u4e00-\u9fff]{2})")
COUNTY_OR_ABOVE = ("省", "市", "区", "县", "州", "旗")
COMMON_VERB = 400  # jieba frequency of a verb no region is named by (审议 5238, 表彰 474; the region 奉化/v 60)
RARE_SHORT_PLACE = 200  # jieba frequency of a county named in one character (渠县 8, 沛县 67), not 山区 (2809)
RARE_IN_NAMES = 1000  # jieba frequency under which a noun may be a river's name (双塘), not 母亲 (母亲河)
NOT_NAME_TAG_HEADS = frozenset("vpcdrumqf")  # verbs, prepositions, conjunctions, adverbs, pronouns …
LEVEL_ENDINGS = tuple(LOWER_LEVELS) + COUNTY_OR_ABOVE  # what a named place's word ends in (城关镇, 洛屏市)
LEVELS_UNDER = {"市": ("区", "县"), "州": ("县", "市")}  # 宁波市 + 奉化/v + 区: a district of the city before it
NAME_TAGS_FOR_PLACES = frozenset({"ns", "nt", "nr", "nrt", "nrfg", "nz", "j"})
PROPER_PLACE_TAGS = frozenset({"ns", "nz", "nr", "j"})  # 琮阳/nz: a place's name before a body's words
PLACE_TAGS = frozenset({"ns", "nt", "nr", "nrt", "nrfg", "n", "nz", "j", "s", "ng"})
ZONE_NAME_TAGS = NAME_TAGS_FOR_PLACES | {"n", "vn", "b", "l"}  # 天目湖 旅游 度假区, 仙鹤湖 智能 装备 产业园
MAX_ZONE_NAME = 14
MAX_COMPOUND_NAME = 8  # 纺织厂宿舍小区
PLACE_NAME_ENDINGS = lexicon.places()["name_ending_characters"]  # one character that ends a place's own name
NUMBERED_NAME_HEAD = re.compile(r"[一二三四五六七八九十]+里")
NAME_HEAD_NOUN_TAGS = frozenset({"n", "ns", "nr", "nz", "ng", "j"})  # 柳/n + 浜/nz + 村: nouns, not 进/v + 村
FUNCTION_WORD_TAGS = LINK_TAGS | {"d", "r"}  # 但, 在, 的, 已, 该: no name starts with one
NUMERAL_HEAD = re.compile(r"[一二两三四五六七八九十百千0-9]+")
LEVEL_LIST_AFTER = re.compile(r"、[省市县区乡镇村](?:、|[两二三四五]级)")  # 省 + 、市、县三级
PAIRED_LEVELS = tuple(lexicon.places()["paired_levels"])  # 镇街, 县区: two levels in one word
NAMED_AFTER_PLACES = tuple(lexicon.places()["named_after_places"])  # 美国白蛾, 非洲猪瘟: no place inside them
FLOOR_HEAD = re.compile(FLOOR)  # 行政中心三楼 + 县应急管理局: a storey before a body, no 三楼县


@lru_cache(maxsize=1)
def place_pattern() -> re.Pattern:
    p = lexicon.places()
    known = lexicon.alternation(p["provinces"] + p["cities"])
    suffixes = lexicon.alternation(p["admin_suffixes"])
    return re.compile(rf"(?:{known})(?:{suffixes})?|[\u4e00-\u9fff]{{1,6}}?(?:{suffixes})")


@lru_cache(maxsize=1)
def _bare_names() -> re.Pattern:
    """Places named without a suffix: provinces, cities, countries and regions (湖北, 洛阳, 日本, 长三角)."""
    p = lexicon.places()
    return re.compile(lexicon.alternation(p["provinces"] + p["cities"] + p["countries_and_regions"]))


def find_places(index: TextIndex) -> list[PlaceMention]:
    found = []
    for m in re.finditer(lexicon.alternation(lexicon.places()["admin_suffixes"]), index.text):
        span = _place_span(index, m)
        if span:
            found += _each_of_the_chain(index, *span)
    zones = _zones(index)
    found = [p for p in found if not any(_overlap(p, z) for z in zones)] + zones
    found += [w for w in _water_bodies(index) if not any(_overlap(w, p) for p in found)]
    found = [p for p in found if not p.name.endswith(tuple(lexicon.places()["compound_suffixes"]))]
    found += [c for c in _compounds(index) if not any(_overlap(c, p) for p in found)]  # 锦绣 + 华庭小区, not 区
    found += [_with_its_village(index, v, found) for v in _venues(index) if not any(_overlap(v, p) for p in found)]
    found += [p for p in _listed_of_a_kind(index) if not any(_overlap(p, q) for q in found)]
    for m in re.finditer(_bare_names(), index.text):
        if not any(p.span.start <= index.seg.offsets[m.start()] < p.span.end for p in found) \
                and index.is_boundary(m.start()) and index.is_boundary(m.end()) \
                and not _a_link_before_a_level(index, m.start(), m.end()) \
                and not index.text.startswith(NAMED_AFTER_PLACES, m.start()):  # 美国白蛾
            found.append(PlaceMention(span=index.seg.span(m.start(), m.end()), name=m.group()))
    found = _after_a_shared_level(index, _with_reaches(index, found))
    found = [p for p in found if not _inside_a_title(index, p) and not _quoted_whole(index, p)]
    found = [p for p in found if not any(q.span.start < p.span.start and q.span.end == p.span.end for q in found)]
    # 宁丰县 + 十八届: the 丰县 the segmenter read inside it is no place of its own
    unique = {(p.span.start, p.span.end): p for p in found}  # 鹿城区 alone and in 鹿城区五马街道
    return sorted(unique.values(), key=lambda p: p.span.start)


def _after_a_shared_level(index: TextIndex, found: list[PlaceMention]) -> list[PlaceMention]:
    """鹭湾/ns + 乡桂岙村/ns: a place whose first character, a level, ends the place before it starts after it."""
    ends = {p.span.end for p in found}
    for k, place in enumerate(found):
        if place.span.start + 1 in ends and place.name[0] in COUNTY_OR_ABOVE + ("乡", "镇") and len(place.name) >= 4:
            start, end = index.nlp_span(place.span)
            found[k] = PlaceMention(span=index.seg.span(start + 1, end), name=place.name[1:])
    return found


def _with_reaches(index: TextIndex, found: list[PlaceMention]) -> list[PlaceMention]:
    """淠川河埇口镇段, 响水河桂花镇段, 郯溪河埇口镇沙坝村段: a reach of a river, named by the river and the
    places it runs through before 段, is a place; so are the river and the places on their own."""
    spans = {index.nlp_span(p.span): p for p in found}
    ends = {end: start for start, end in spans}
    kept, starts = list(found), {start for start, _ in spans}
    for (start, end), place in spans.items():
        if index.text[end:end + 1] != "段" or index.ends[index.token_at(end)] != end + 1:
            continue  # 段 a word of its own, or glued to the level (镇段/n), not 段落
        while start in ends:
            start = ends[start]  # 埇口镇 + 沙坝村: the places it runs through, one after the other
        river = _river_at(index, start, end)
        if river is None:
            continue
        river_start, river_end = river
        for part in ((river_start, end + 1), (river_start, river_end), (river_end, end)):
            name = index.text[part[0]:part[1]]
            if part[1] - part[0] >= 2 and part not in spans and not (part[0] == river_end and part[0] in starts) \
                    and name not in lexicon.places()["not_places"]:  # 城区 of 淠川河城区段
                span = index.seg.span(*part)
                kept.append(PlaceMention(span=span, name=span.text.replace("\n", "")))
        if start < river_end:  # 淠川河埇口镇: the river and the town the reader took for one place
            kept = [p for p in kept if p is not place]
    return kept


def _river_at(index: TextIndex, start: int, end: int) -> Optional[tuple[int, int]]:
    """The river a reach is named by: at the start of the place read (淠川河 + 埇口镇), or the water
    body's name right before it (响水河 + 桂花镇)."""
    for m in _water_suffix().finditer(index.text, start + 1, end - 2):
        one_place_word = start in index.start_set and index.tags[index.token_at(start)] == "ns" \
            and index.ends[index.token_at(start)] == m.end()  # 修河/ns + 三角乡
        if one_place_word or _names_a_water_body(index.text[start:m.start()]):
            return start, m.end()
    for m in _water_suffix().finditer(index.text, max(0, start - 2), start):
        heads = [s for s in _water_name_starts(index, m.start()) if _names_a_water_body(index.text[s:m.start()])]
        if m.end() == start and heads:
            return heads[0], start
    return None


def _inside_a_title(index: TextIndex, place: PlaceMention) -> bool:
    """《沔溪城区街巷图》: a place named inside a work's title is a word of the title."""
    return inside_a_title_on_its_line(index.text, bisect.bisect_left(index.seg.offsets, place.span.start))


def _quoted_whole(index: TextIndex, place: PlaceMention) -> bool:
    """“海韵渔村”委员工作室, 打造“未来社区”: a name in quotes alone is a brand or a slogan, no place."""
    start, end = index.nlp_span(place.span)
    return index.text[start - 1:start] == "“" and index.text[end:end + 1] == "”"


def _each_of_the_chain(index: TextIndex, start: int, end: int) -> list[PlaceMention]:
    """金安区三里桥街道清水河社区 names three places, each held by the one before."""
    found = []
    for piece in region_chain(index.text[start:end]):
        span = index.seg.span(start, start + len(piece))
        if len(piece) >= 2:  # not the 村 of 礄山镇村（社区）, the villages of the town
            found.append(PlaceMention(span=span, name=span.text))
        start += len(piece)
    return found


def _zones(index: TextIndex) -> list[PlaceMention]:
    """天目湖旅游度假区, 仙鹤湖智能装备产业园: a zone's word after nouns that a place's
    name begins (the zone's name starts at the first name-tagged word)."""
    found = []
    for m in re.finditer(lexicon.alternation(lexicon.places()["zone_suffixes"]), index.text):
        if m.end() < len(index.text) and m.end() not in index.end_set:
            continue  # 开发区域: the zone word is part of a longer word
        start, j = None, index.token_at(m.start()) - (index.starts[index.token_at(m.start())] == m.start())
        while j >= 0 and m.end() - index.starts[j] <= MAX_ZONE_NAME \
                and (index.tags[j] in ZONE_NAME_TAGS or _unknown_name(index, j)
                     or index.words[j] in PLACE_NAME_ENDINGS) \
                and re.fullmatch(r"[\u4e00-\u9fff]+", index.words[j]):
            if start is not None and len(index.words[j]) > 2 and index.words[j].endswith(COUNTY_OR_ABOVE):
                break  # 柘山县 + 黄泥坳工业园区: a zone with a name of its own is a place apart from its county
            if (index.tags[j] in NAME_TAGS_FOR_PLACES or _unknown_name(index, j)) and len(index.words[j]) > 1:
                start = index.starts[j]
            elif index.tags[j] == "ns" and index.ends[j] == start and index.words[j] not in LEVEL_ENDINGS:
                start = index.starts[j]  # 青/ns + 岚山/ns + 国家森林公园: a name's character alone
            elif index.words[j] in PLACE_NAME_ENDINGS and j > 0 and index.ends[j - 1] == index.starts[j]:
                start = index.starts[j - 1]  # 仙鹤 + 湖
            j -= 1
        if start is None:
            start = _rare_name_before_the_words(index, min(index.starts[j + 1], m.start()))
            j = index.token_at(start) - 1 if start is not None else j
        if start is not None and (j < 0 or index.ends[j] <= start):
            start = index.rare_head_before(start)  # 汭 + 城市高新区
            start += _a_link_before_a_level(index, start, start + 2)  # 工地 + 和 + 县经济开发区
            span = index.seg.span(start, m.end())
            found.append(PlaceMention(span=span, name=span.text))
    return found


def _a_link_before_a_level(index: TextIndex, start: int, end: int) -> bool:
    """项目工地和县经济开发区, 青塘镇和县城市管理局: 和 (与, 及) joins two and a level opens the second; 和县 is a
    county's name only under its city's name or after a word of going there (马鞍山市和县, 赴和县; not
    设区/n + 市/n + 和县)."""
    if not links_a_level(index.text[start:end]):
        return False
    i = index.token_at(start - 1) if start > 0 and start in index.end_set else -1
    city = i >= 0 and index.words[i].endswith(("省", "市", "州")) \
        and (len(index.words[i]) >= 3 or i > 0 and index.tags[i - 1] == "ns")  # 马鞍山/ns + 市
    going = i >= 0 and index.words[i][-1] in (*lexicon.places()["verbs_before_places"], "在")  # 赴 + 和县
    return _bodies_after_a_link(index.text, end) or not (city or going)


def _rare_name_before_the_words(index: TextIndex, first: int) -> Optional[int]:
    """临/v + 澴/zg + 经济技术开发区, 澴/zg + 州 + 高新技术产业开发区: a zone named by common words
    after a name the segmenter cut at its rare character."""
    word = index.words[index.token_at(first)]
    alone = len(word) == 1 and is_rare(word)  # 澴 + 经济技术开发区
    head = first if alone else index.rare_head_before(first)
    if head == first and not alone:
        return None
    i = index.token_at(head - 1) if head > 0 else -1
    lone = i >= 0 and index.ends[i] == head and _a_lone_name_character(index, i) and is_rare(index.text[head])
    return index.starts[i] if lone else head


def _compounds(index: TextIndex) -> list[PlaceMention]:
    """粮贸小区, 纺织厂宿舍小区, 柘林街道 + 清荷小区: a housing compound is named by the words right
    before its head, back to its street or community and not over a word of what kind it is (老旧小区)."""
    found, places = [], lexicon.places()
    kinds = frozenset(places["kinds_of_compounds"])
    for m in re.finditer(lexicon.alternation(places["compound_suffixes"]), index.text):
        if m.end() < len(index.text) and m.end() not in index.end_set or m.start() not in index.start_set \
                or index.text.endswith(tuple(kinds), 0, m.start()):
            continue  # 垃圾/n + 分类/n + 小区: a kind of compound in words the segmenter cut
        start, j = m.start(), index.token_at(m.start()) - 1
        while j >= 0 and index.ends[j] == start and m.end() - index.starts[j] <= MAX_COMPOUND_NAME \
                and re.fullmatch(r"[\u4e00-\u9fff]+", index.words[j]) and index.words[j] not in kinds \
                and not index.words[j].endswith(LEVEL_ENDINGS) and index.tags[j][:1] not in NOT_NAME_TAG_HEADS \
                and dictionary_tag(index.words[j]) not in ("v", "vn") and index.words[j] not in lexicon.event_nouns():
            # 共检查 + 小区87个: an act done to compounds, no name
            start, j = index.starts[j], j - 1
        if start < m.start():
            span = index.seg.span(start, m.end())
            found.append(PlaceMention(span=span, name=span.text))
    return found


@lru_cache(maxsize=1)
def _water_suffix() -> re.Pattern:
    return re.compile(lexicon.alternation(lexicon.places()["water_suffixes"]))


def _water_bodies(index: TextIndex) -> list[PlaceMention]:
    """白沙河、青龙溪、响水河等17条河流, 石龙水库、双塘水库, 澹溪、槿河: rivers and reservoirs named
    as items of a list, or before a word that tells of water (濉河沿线, 龙潭水库库区), with a name
    of two or three characters the dictionary lacks or knows as a name (not 母亲河), or of one rare
    character."""
    found, text = [], index.text
    for m in _water_suffix().finditer(text):
        told = text.startswith(tuple(lexicon.places()["water_context"]), m.end())  # 濉河 + 沿线
        if not re.match(r"[、，,。；;等和与及）)0-9]", text[m.end():m.end() + 1]) and not told:
            continue  # “巾帼护河”: a slogan in quotes
        if index.words[index.token_at(m.start())] in lexicon.places()["not_places"]:
            continue  # 灌排 + 沟渠: a common word ends in the suffix
        for start in _water_name_starts(index, m.start()):
            listed = told or text[m.end():m.end() + 1] == "、" or re.match(r"[、，,：:（(]", text[start - 1:start] or "，")
            counted = text[start] in lexicon.count_units() and text[start - 1:start].isdigit()  # 2 + 座小型 + 水库
            if listed and _names_a_water_body(text[start:m.start()]) and not _common_verb_at(index, start) \
                    and not counted:
                span = index.seg.span(start, m.end())
                found.append(PlaceMention(span=span, name=span.text))
                break
    return found


def _common_verb_at(index: TextIndex, start: int) -> bool:
    """建立/v + 运河沿线: a common verb opens no river's name."""
    word = index.words[index.token_at(start)]
    return index.starts[index.token_at(start)] == start and len(word) >= 2 and _is_common_verb(word)


def _listed_of_a_kind(index: TextIndex) -> list[PlaceMention]:
    """芦蒿湾、汀埠等3个黑臭水体, 沭桥、郇集等地: the name words listed before a tally of a kind of
    place, or before a word that closes a list of places."""
    found = []
    for m in chain(_tally_of_places().finditer(index.text), _list_of_places().finditer(index.text)):
        for item_end in [i.start() for i in re.finditer("、", m.group(1))] + [len(m.group(1))]:
            end = m.start(1) + item_end
            if index.text[m.start(1):end].endswith(LEVEL_ENDINGS):
                continue  # 峁底乡、石楼沟乡3个乡镇: named with their level, read as regions are
            i = index.token_ending_at(end)
            if i is not None and i > 0 and _water_suffix().fullmatch(index.words[i]) \
                    and index.ends[i - 1] == index.starts[i]:
                i -= 1  # 筜岭/nz + 水库 + 两座主力水源地: a water body named with its kind
            if i is not None and _names_a_venue(index, i) and index.starts[i] >= m.start(1):
                span = index.seg.span(index.starts[i], end)
                found.append(PlaceMention(span=span, name=span.text))
    return found


@lru_cache(maxsize=1)
def _tally_of_places() -> re.Pattern:
    kinds = lexicon.alternation(lexicon.places()["listed_kinds"])
    item = r"[\u4e00-\u9fff]{2,5}?"
    return re.compile(rf"((?:{item}、)+{item})等?(?:[0-9]+|[一二三四五六七八九十两]+)[个条处座片][\u4e00-\u9fff]{{0,4}}?(?:{kinds})")


@lru_cache(maxsize=1)
def _list_of_places() -> re.Pattern:
    endings = lexicon.alternation(lexicon.places()["places_list_endings"])
    item = r"[\u4e00-\u9fff]{2,5}?"
    return re.compile(rf"((?:{item}、)*{item})(?:{endings})(?!区)")


def _water_name_starts(index: TextIndex, suffix_start: int) -> list[int]:
    """Where the name before a water suffix may start: the word the suffix ends (澹溪/nr), then
    two or three characters back, or one, at a word's start that is no function word (白 + 沙河,
    石龙 + 水库, 但/c + 漻 + 河水: 漻河)."""
    word = index.token_at(suffix_start)
    own = [index.starts[word]] if 0 < suffix_start - index.starts[word] <= 3 else []
    return own + [suffix_start - size for size in (2, 3, 1) if suffix_start - size in index.start_set
                  and index.tags[index.token_at(suffix_start - size)] not in FUNCTION_WORD_TAGS]


def _venues(index: TextIndex) -> list[PlaceMention]:
    """霁川广场, 栖凤湖湿地公园, 翠屏路, 解放路/nz: squares, parks, stations and roads named by a
    name before their head, or that the segmenter keeps as one name word (中山公园/ns)."""
    found, places = [], lexicon.places()
    for m in _venue_head().finditer(index.text):
        i = index.token_at(m.start() - 1) if m.start() > 0 else -1
        if m.start() not in index.start_set or m.end() not in index.end_set or i < 0 \
                or _body_after(index.text, m.end()):
            continue
        if i > 0 and index.words[i] in places["road_endings"] and index.ends[i - 1] == index.starts[i] \
                and _names_a_venue(index, i - 1):
            i -= 1  # 青禾/nr + 路 + 农贸市场: a venue named by its road
        if _names_a_venue(index, i) or len(index.words[i]) == 2 and _after_a_named_place(index, i):
            span = index.seg.span(_start_of_the_body_named(index, i), m.end())
            found.append(PlaceMention(span=span, name=span.text))
    heads = tuple(places["venue_heads"])
    for i, word in enumerate(index.words):
        head = next((h for h in heads if word.endswith(h)), None) if word.endswith(heads) else None
        if head and len(word) >= len(head) + 2 and not word.endswith(tuple(places["not_road_endings"])) \
                and (index.tags[i] in NAME_TAGS_FOR_PLACES or _after_a_named_place(index, i)) \
                and not _body_after(index.text, index.ends[i]):
            span = index.seg.span(_body_before_its_venue(index, i), index.ends[i])
            found.append(PlaceMention(span=span, name=span.text))
    found = [v for v in found if not any(w.span.start <= v.span.start and v.span.end <= w.span.end
                                         and len(w.name) > len(v.name) for w in found)]  # 青禾路 of 青禾路农贸市场
    return sorted(found, key=lambda p: p.span.start)


def _start_of_the_body_named(index: TextIndex, i: int) -> int:
    """琮阳/nz + 技师 + 学院/nt + 体育馆: a venue named by a body's name (the word before its head is the
    body's suffix) starts where the body's name does, at its place's name; else at that word."""
    if not suffix_pattern().fullmatch(index.words[i]):
        return index.starts[i]
    j = _before_the_field_words(index, i, MAX_COMPOUND_NAME)
    named = j >= 0 and index.ends[j] == index.starts[j + 1] and index.tags[j] in PROPER_PLACE_TAGS
    return index.starts[j] if named else index.starts[i]


def _body_before_its_venue(index: TextIndex, i: int) -> int:
    """县 + 文化 + 艺术 + 中心广场/ns: a venue word that opens with a body's suffix is that body's venue, named
    with the body's field and level before it (its place's name is read by _with_its_village); where none
    stands there, the word alone; a venue word of the dictionary after a name is named by it (蓼湾/nz + 中央公园)."""
    if i > 0 and index.ends[i - 1] == index.starts[i] and dictionary_tag(index.words[i]) is not None \
            and _names_a_venue(index, i - 1) and not index.words[i - 1].endswith(LEVEL_ENDINGS):
        return index.starts[i - 1]  # (城关镇 + 人民广场: a place's name, which _with_its_village reads)
    if not suffix_pattern().match(index.words[i]):
        return index.starts[i]
    j = _before_the_field_words(index, i, MAX_COMPOUND_NAME + 4)
    if j < 0 or j == i - 1 or index.ends[j] != index.starts[j + 1]:
        return index.starts[i]
    if index.words[j] in LEVEL_ENDINGS:
        return index.starts[j]  # 县 + 文化艺术中心广场
    named = len(index.words[j]) >= 3 and index.words[j].endswith(LEVEL_ENDINGS)
    return index.starts[j + 1] if named else index.starts[i]  # 泓川县 + 文化艺术中心广场: the place names it


def _before_the_field_words(index: TextIndex, i: int, longest: int) -> int:
    """The token before the common nouns glued before token i (技师, 文化 艺术), which with it run up to
    ``longest`` characters: where a body's or venue's field words begin, one token earlier (-1 at the start)."""
    j = i - 1
    while j >= 0 and index.ends[j] == index.starts[j + 1] and index.tags[j] in ("n", "vn") \
            and index.ends[i] - index.starts[j] <= longest:
        j -= 1
    return j


def _after_a_named_place(index: TextIndex, i: int) -> bool:
    """城关镇 + 人民广场/n, 邗庄镇 + 文体/n + 广场: after a named place and its level, common words
    name the place's venue (not 全镇 + 文体广场)."""
    before = i - 1
    return before >= 0 and index.ends[before] == index.starts[i] \
        and re.fullmatch(r"[\u4e00-\u9fff]+", index.words[i]) is not None and len(index.words[before]) >= 3 \
        and index.words[before].endswith(LEVEL_ENDINGS)


def _with_its_village(index: TextIndex, venue: PlaceMention, places: list[PlaceMention]) -> PlaceMention:
    """双河村 + 茶旅广场: a village's or community's venue is named with it (a county's is not: 霁川广场),
    and so is any place's venue named by common words (洛屏市 + 人民广场)."""
    first = index.token_at(bisect.bisect_left(index.seg.offsets, venue.span.start))
    common = not _names_a_venue(index, first) and index.tags[first] not in NAME_TAGS_FOR_PLACES
    village = next((p for p in places if p.span.end == venue.span.start
                    and (common or p.name.endswith(tuple(lexicon.events()["home_levels"])))), None)
    if village is None:
        return venue
    text = index.seg.document.text[village.span.start:venue.span.end]
    return PlaceMention(span=Span(village.span.start, venue.span.end, text), name=text)


@lru_cache(maxsize=1)
def _venue_head() -> re.Pattern:
    return re.compile(lexicon.alternation(lexicon.places()["venue_heads"]))


def _names_a_venue(index: TextIndex, i: int) -> bool:
    """A name of two to four characters: one the dictionary knows as a name, or lacks (栖凤湖/vg)."""
    word, orgs = index.words[i], lexicon.organizations()
    if not 2 <= len(word) <= 4 or not re.fullmatch(r"[\u4e00-\u9fff]+", word) \
            or word in lexicon.places()["not_places"] or word in orgs["bodies"] or word in orgs["standalone"]:
        return False
    known_as = dictionary_tag(word)
    return index.tags[i] in NAME_TAGS_FOR_PLACES if known_as else index.tags[i][:1] not in NOT_NAME_TAG_HEADS - {"v"}


def _names_a_water_body(head: str) -> bool:
    if not re.fullmatch(r"[\u4e00-\u9fff]+", head) or any(c in FUNCTION_CHARS for c in head) \
            or len(head) > 1 and head[-1] in COUNTY_OR_ABOVE:
        return False  # “黄 + 河, 模拟了 + 水库, 邀请省 + 水库大坝安全管理中心: a level, no water's name
    if len(head) == 1:
        return is_rare(head)  # 澹 + 溪, 槿 + 河
    if head in lexicon.segmenter_words():
        return False  # 排查 + 水库: an event's, a title's or a body's word the segmenter is taught, no water's name
    known_as = dictionary_tag(head)
    return known_as is None or known_as == "j" or (known_as.startswith("n") and known_as != "n") \
        or (known_as == "n" and dictionary_frequency(head) < RARE_IN_NAMES)


def _unknown_name(index: TextIndex, j: int) -> bool:
    """青湄/a (of 青湄经济开发区): a word the dictionary lacks, unless the tagger took it for a
    verb or a function word (获批 + 国家级高新技术产业开发区, 由岚溪县/p); one of three characters or
    more tagged a bound morpheme is a name (栖桐区/vg)."""
    word, tag = index.words[j], index.tags[j]
    return len(word) > 1 and dictionary_tag(word) is None \
        and (tag[:1] not in NOT_NAME_TAG_HEADS or tag in MORPHEME_TAGS and len(word) >= 3)


def _overlap(a: PlaceMention, b: PlaceMention) -> bool:
    return a.span.start < b.span.end and b.span.start < a.span.end


def _place_span(index: TextIndex, m: re.Match) -> Optional[tuple[int, int]]:
    end = m.end()
    if index.text.startswith(PAIRED_LEVELS, m.start()) \
            or index.text.endswith(PAIRED_LEVELS, 0, end) and end - m.start() == 1:
        return None  # 沿河 + 镇街, 涔溪河 + 镇区段: two levels in one word, no place's suffix
    if end < len(index.text) and end not in index.end_set and re.match(r"[\u4e00-\u9fff]", index.text[end]) \
            and not _glued_after(index, m):
        return None  # 区政协, 市场: the suffix starts another word
    i = index.token_at(m.start())
    if index.words[i] in lexicon.places()["not_places"] and not _named_by_the_word_before(index, i):
        return None  # 城市, 社区: the suffix closes a common word (清水河 + 社区 names one)
    if _a_kind_of_town(index, i, m):
        return None  # 富硒 + 茶乡/n, 生态 + 水乡/n: the level closes a common noun
    under = _under_a_higher_place(index, m)
    if under is not None:
        return under, end
    if _heads_a_body_name(index, i):
        return None  # 代表区教育局, 交由区发改委: 区 opens a body's short name
    if _a_link_before_a_level(index, index.starts[i], end):
        return None  # 青塘镇和 + 县城市管理局: 和 joins two bodies, no 和县
    start = index.starts[i] if index.starts[i] < m.start() else m.start()
    if m.start() - start >= 3 and link_glued_to_a_name(index, i):
        return start + 1, end  # 由岚溪县/p, 在泓阳市/nz: a preposition glued to the place's name
    j = index.token_at(start - 1) if start > 0 else -1
    if m.start() - start >= 2:
        j = -1  # 游仙区 is a whole name: 杜承泽对 + 游仙区 is not one
    adjacent = start == m.start()  # the word right before the suffix, or right after a road word (石油 + 路)
    while j >= 0 and index.ends[j] == start and end - index.starts[j] <= 8 and _in_place_name(index, j, adjacent):
        adjacent = start == m.start() and len(index.words[j]) == 1
        start = index.starts[j]
        if len(index.words[j]) == 3 and link_glued_to_a_name(index, j):
            start += 1  # 文明办 + 向桂溪/nr + 街道: a link word the model glued to the name
            break
        j -= 1
    start += index.text[start] in JOINT_MARKS  # 开幕式 + 暨玙/nz + 州市: the mark joins two names
    single = _name_left_in_single_characters(index, start) if start == m.start() and len(m.group()) == 1 else None
    start = single if single is not None else start  # 涔/g + 溪/n + 镇: the segmenter left the name in characters
    start = _village_name_cut_apart(index, start, m.start())
    first = index.token_at(start)
    if _place_tag(index, first) not in PLACE_TAGS and start < m.start() and not _unknown_name(index, first) \
            and not index.heads_the_place_after(first) and not _a_side_opening_a_name(index, first) and single is None:
        return None  # (清渠区/a, a word the dictionary lacks, and 岽/g + 下村, a head split off, are names)
    start = _head_cut_off_after_a_preposition(index, _before_a_rare_character(index, start, m.start()), m.start())
    start = _head_before_a_known_short_name(index, start, m.start())
    brand = next((b for b in BRANDS_BEFORE_PLACES if index.text.startswith(b, start)), "")
    if brand and m.start() - start - len(brand) >= 1:
        start += len(brand)  # 国网 + 柘丘县 (供电公司): the company's brand, no part of the county's name
    name = index.text[start:end]
    if "在" in name:
        return None  # 区卫 + 健委在区/n: a body and the 在 of where it acts, no place's name
    if len(name) < 2 or name in lexicon.places()["not_places"] or name == m.group() \
            or name.endswith(tuple(lexicon.places()["not_place_endings"])):
        return None  # 北校区: a school's or hospital's site, no region
    if name[: -len(m.group())] in lexicon.places()["admin_suffixes"]:
        return None  # 街道 + 社区 (卫生服务中心): two levels, no name
    if name[: -len(m.group())] in lexicon.places()["not_places"] or _verb_before_a_level(name, len(m.group())) \
            or _opens_a_list_of_levels(index.text, name[: -len(m.group())], end):
        return None  # 山区 + 县, 老区 + 县: a kind of region before its level; 全面推行 + 市、县、乡: an act
    if m.group() == "区" and name[:-1].endswith(tuple(lexicon.places()["activity_areas"])):
        return None  # 展示区, 互动体验区: an area for an activity, no district (奉化区 is one)
    if len(name) == len(m.group()) + 1 and (dictionary_tag(name) != "ns" or suffix_pattern().match(index.text, end)
                                            or links_a_level(name) and _bodies_after_a_link(index.text, end)):
        return None  # 将区, 生态美镇: one character before a level is a place only when known as one; 和县政协 is 和 + 县政协
    if not re.fullmatch(r"[\u4e00-\u9fff]+", name) or NUMERAL_HEAD.fullmatch(name[:-len(m.group())]) \
            or FLOOR_HEAD.fullmatch(name[:-len(m.group())]) \
            or _counted_by_the_level(index, m.start()):
        return None  # 三区一城, 四省边际, 溧川、青篁 + 两县/m: a number of regions, not one
    if name.startswith(("各", "每")) or name[:-len(m.group())] in lexicon.organizations()["not_in_names"]:
        return None  # 各乡镇: every one of them; 会同 + 县住建局: a link word before a body
    return start, end


def _name_left_in_single_characters(index: TextIndex, level: int) -> Optional[int]:
    """涔/g + 溪/n + 镇, 鄣 + 溪 + 镇: two characters alone before a level, the first rare or no word on its
    own, are the place's name."""
    i = index.token_at(level - 1) if level > 0 else -1
    if i < 1 or index.ends[i] != level or index.ends[i - 1] != index.starts[i] \
            or len(index.words[i]) != 1 or len(index.words[i - 1]) != 1 or index.tags[i] in LINK_TAGS:
        return None  # not 宁若岚 + 与/p + 县妇联
    head = index.words[i - 1]
    rare = is_rare(head) or index.tags[i - 1] == "g"
    return index.starts[i - 1] if rare and re.match(r"[\u4e00-\u9fff]", head) else None


def _counted_by_the_level(index: TextIndex, level: int) -> bool:
    """青篁 + 两县/m: a numeral and the level count the places named before them."""
    i = index.token_at(level)
    return index.tags[i] == "m" and index.starts[i] == level - 1 and NUMERAL_HEAD.fullmatch(index.text[level - 1]) \
        is not None


def _before_a_rare_character(index: TextIndex, start: int, level: int) -> int:
    """白沙/nr + 垌 + 镇: a rare character alone before the level is the end of a name the segmenter
    cut apart; a name's word before it is the name's start (not a verb: 联合/v + 岚州), and so is a
    character alone (临/v + 澴 + 区)."""
    head = index.rare_head_before(start)
    if head != level - 1 or head == 0 or not is_rare(index.text[head]) or index.ends[index.token_at(head - 1)] != head:
        return head
    i = index.token_at(head - 1)
    if _named_without(index.text, index.starts[i], head, level + 1):
        return head  # 新 + 澴州, 丹青/nr + 澴州 where the report names 澴州市: a word of its own before the name
    if _a_lone_name_character(index, i):
        return index.starts[i]  # 临/v + 澴 + 区: a character alone, whatever its tag
    return index.starts[i] if _a_name_word(index, i) else head


def _a_name_word(index: TextIndex, i: int) -> bool:
    """白沙/nr of 白沙 + 垌 + 镇: a short word of a name's kind, or a rare noun, that may open a place's name;
    not 联合/v + 岚州, 中共 + 衢州, 镇 + 石碾村, 会同/n + 泺州, 银行/n + 潆州分行, 民盟/nt + 溱州."""
    word, tag = index.words[i], index.tags[i]
    if len(word) > 2 or tag not in NAME_TAGS_FOR_PLACES | {"n", "ng", "zg"} or tag == "nt" \
            or not re.fullmatch(r"[\u4e00-\u9fff]+", word):
        return False
    if word in FUNCTION_CHARS or word in LEVEL_ENDINGS or word in lexicon.organizations()["party_prefixes"] \
            or word in lexicon.organizations()["not_in_names"]:
        return False
    return tag == "ns" or dictionary_frequency(word) < RARE_IN_NAMES


def _named_without(text: str, start: int, core: int, end: int) -> bool:
    """现代化新 + 澴州, “丹青 + 澴州——…” where the report names 澴州市 too: the name stands elsewhere
    without the character or word before it, which is a word of its own."""
    before = text[start:core]
    return any(text[max(0, m.start() - len(before)):m.start()] != before
               for m in re.finditer(re.escape(text[core:end]), text))


def _head_before_a_known_short_name(index: TextIndex, start: int, level: int) -> int:
    """临/v + 渠县/ns: a character alone before a place the dictionary knows in one character and
    its level (渠县, 沛县) is the head of a longer name, unless it is a verb or word that stands
    before places (赴沛县, 原萧县) or a function word."""
    known = index.words[index.token_at(start)]
    if level - start != 1 or start == 0 or start not in index.start_set or not known.endswith(COUNTY_OR_ABOVE) \
            or dictionary_tag(known) != "ns" or dictionary_frequency(known) >= RARE_SHORT_PLACE:
        return start  # not 山区/ns, 林区/n: common words for areas
    i = index.token_at(start - 1)
    return index.starts[i] if index.ends[i] == start and _a_lone_name_character(index, i) else start


def _a_lone_name_character(index: TextIndex, i: int) -> bool:
    """临 of 临 + 渠县 or 临 + 澴 + 区: one character alone that may open a name, not a function word, a
    verb or word that stands before places (赴沛县, 原萧县), a numeral or a level."""
    head = index.words[i]
    return len(head) == 1 and re.fullmatch(r"[\u4e00-\u9fff]", head) is not None and head not in FUNCTION_CHARS \
        and head not in lexicon.places()["verbs_before_places"] and not NUMERAL_HEAD.fullmatch(head) \
        and head not in LEVEL_ENDINGS and index.tags[i] not in ("p", "c", "u", "r", "m", "q")


def _head_cut_off_after_a_preposition(index: TextIndex, start: int, level: int) -> int:
    """在 + 蒙/v + 山镇/ns: a character left alone between a preposition and a one-character name
    before its level is the name's head."""
    if level - start != 1 or start < 2:
        return start
    j = index.token_at(start - 1)
    head = index.words[j]
    if len(head) == 1 and re.fullmatch(r"[\u4e00-\u9fff]", head) and head not in FUNCTION_CHARS \
            and index.tags[j - 1] == "p" and index.ends[j - 1] == index.starts[j]:
        return index.starts[j]
    return start


def _glued_after(index: TextIndex, m: re.Match) -> bool:
    """溪口 + 村至, 簇锦 + 街道党工委书记: the segmenter joined the level to what follows it, into
    a word its dictionary lacks or into a body's or a title's word."""
    i = index.token_at(m.end())
    word, start = index.words[i], index.starts[i]
    if start > m.start() or len(word) > 8:
        return False  # the level begins the word: 市场, 区域
    rest = index.text[m.end():index.ends[i]]
    if dictionary_frequency(word) == 0 and word not in lexicon.segmenter_words():
        return True
    named = i > 0 and index.ends[i - 1] == index.starts[i] and dictionary_tag(index.words[i - 1]) is None \
        and not any(c in FUNCTION_CHARS for c in index.words[i - 1])  # not 局在 + 区委
    return named and (rest.startswith(lexicon.titles()) or suffix_pattern().match(rest) is not None)
    # 簇锦 + 街道党工委: a name the dictionary lacks before; not 部分 + 市政协


def _under_a_higher_place(index: TextIndex, m: re.Match) -> Optional[int]:
    """五峰土家族自治县 + 采花/v + 乡: two or three characters between a county (or a city, a
    district) and a lower level are that place's name, whatever the tagger made of them."""
    if index.starts[index.token_at(m.start())] != m.start():
        return None
    for size in (2, 3):
        begin = m.start() - size
        if begin < 2 or begin not in index.end_set \
                or not re.fullmatch(r"[\u4e00-\u9fff]+", index.text[begin:m.start()]):
            continue
        higher = index.token_at(begin - 1)
        word = index.words[higher]
        if index.tags[higher] == "ns" and len(word) >= 3 and _level_under(index, word, m, begin) \
                and not re.search(r"[的和与及在]", index.text[begin:m.start()]):
            return begin
    return None


def _level_under(index: TextIndex, higher: str, m: re.Match, begin: int) -> bool:
    """A township under a county or above; a district or county under a city only when its name
    is rare as a word and it stands alone or heads a body (宁波市奉化区政协, not 宁波市试点县共有)."""
    if m.group() in LOWER_LEVELS:
        return higher.endswith(COUNTY_OR_ABOVE + ("自治县", "自治州"))
    if m.group() not in LEVELS_UNDER.get(higher[-1], ()) \
            or dictionary_frequency(index.text[begin:m.start()]) >= RARE_IN_NAMES:
        return False
    end = m.end()
    return end == len(index.text) or not re.match(r"[\u4e00-\u9fff]", index.text[end]) \
        or _body_after(index.text, end)


def _a_kind_of_town(index: TextIndex, i: int, m: re.Match) -> bool:
    """富硒 + 茶乡, 生态 + 水乡: a town known for a thing (a dictionary noun of two characters ending in 乡)
    is no township, unless one character the segmenter split off a name stands before it; other levels
    are left alone (栟溪 + 灌区, 林区 and 矿区 name places)."""
    word = index.words[i]
    split = i > 0 and len(index.words[i - 1]) == 1 and index.ends[i - 1] == index.starts[i]
    return len(word) == 2 and m.group() == "乡" and index.starts[i] < m.start() and index.ends[i] == m.end() \
        and dictionary_tag(word) == "n" and not split


def _named_by_the_word_before(index: TextIndex, i: int) -> bool:
    """清水河 + 社区, 璩 + 城区, 梓桐 + 社区: a name, a word the dictionary lacks, or a rare character the
    segmenter left alone, before a kind of place."""
    if i == 0 or index.ends[i - 1] != index.starts[i] or index.words[i] not in lexicon.places()["named_kinds"]:
        return False
    before = index.words[i - 1]
    sided = len(before) == 2 and index.tags[i - 1] == "s" and before[1] in lexicon.places()["sides"]  # 城北 + 新区
    unknown = 2 <= len(before) <= 3 and dictionary_tag(before) is None and re.fullmatch(r"[\u4e00-\u9fff]+", before) \
        and before not in lexicon.places()["not_places"]  # 梓桐/n + 社区: a word the dictionary lacks
    ending = len(before) == 1 and before in PLACE_NAME_ENDINGS and _after_a_name_word(index, i - 1)  # 桃源 + 里 + 社区
    return (len(before) >= 2 and index.tags[i - 1] in NAME_TAGS_FOR_PLACES) or (len(before) == 1 and is_rare(before)) \
        or sided or unknown or ending


def _heads_a_body_name(index: TextIndex, i: int) -> bool:
    """A level word standing alone between a common word and more text (代表 区 教育局,
    部分 区 政协委员) begins a body's short name; after a name (孟津 区) it ends a place."""
    if index.starts[i] == 0 or index.ends[i] >= len(index.text) or len(index.words[i]) != 1:
        return False
    if not re.match(r"[\u4e00-\u9fff]", index.text[index.ends[i]]):
        return False
    before = index.words[i - 1]
    known_as = dictionary_tag(before)
    if len(before) == 1 and is_rare(before):
        return False  # 临 + 漷 + 县农业农村局: a rare character alone before the level ends a name
    if _name_left_in_single_characters(index, index.starts[i]) is not None:
        return False  # 涔/g + 溪 + 镇人民政府: a name of two characters the segmenter left alone before the level
    return index.ends[i - 1] == index.starts[i] and known_as is not None \
        and known_as not in NAME_TAGS_FOR_PLACES and not (known_as == "m" and numeral_led_name(before)) \
        and _a_body_not_a_verb_after(index, index.ends[i])  # 岭头 + 村 + 获评, 岱溪 + 乡 + 举办 name places


@lru_cache(maxsize=1)
def _body_name_ahead() -> re.Pattern:
    titles = lexicon.alternation(lexicon.titles())  # 部分 + 县 + 党代表: the county's delegates
    field = r"(?:[\u4e00-\u9fff]{0,6}?|[\u4e00-\u9fff]{1,4}和[\u4e00-\u9fff]{1,5}?)"  # 和县 + 住房和城乡建设局
    return re.compile(rf"{field}(?:{suffix_pattern().pattern}|{titles})")


def _body_after(text: str, pos: int) -> bool:
    return _body_name_ahead().match(text, pos) is not None


def _a_body_not_a_verb_after(index: TextIndex, pos: int) -> bool:
    """县 + 政协, 区 + 教育局: a body's name runs on from pos; not 乡 + 举办/v, a verb that ends like one."""
    m = _body_name_ahead().match(index.text, pos)
    last = index.token_at(m.end() - 1) if m else None
    return m is not None and not (index.tags[last].startswith("v") and len(index.words[last]) > 1
                                  and index.starts[last] < m.end() - 1)


def _bodies_after_a_link(text: str, pos: int) -> bool:
    """和县 + 政协, 和县 + 直36家单位: a body, or the bodies directly under the level (县直, 市直),
    after a conjunction and a level the segmenter read as one place."""
    return _body_after(text, pos) or text.startswith("直", pos)


def _in_place_name(index: TextIndex, j: int, first: bool) -> bool:
    """石油路 + 街道, 萧王庙 + 街道: the words of a place's own name."""
    word, tag = index.words[j], index.tags[j]
    orgs = lexicon.organizations()
    if not re.fullmatch(r"[\u4e00-\u9fff]+", word) or word in lexicon.places()["not_places"] \
            or word in orgs["bodies"] or word in orgs["standalone"] or word in lexicon.title_set():
        return False  # 副院长 + 区永华: a title before a person surnamed 区
    if person_glued_to_a_link(index, j):
        return False  # 选举卞淑 + 华为/nr + 省总工会主席: the end of a person's name and 为
    if len(word) > 2 and word.endswith(lexicon.body_words()):
        return False  # 沭原 + 县政协/j + 桐坞镇: a body's short name ends before the place
    if word[-1] in CONJUNCTIONS and dictionary_frequency(word) == 0:
        return False  # 柳湾县及/n + 市: a conjunction glued to the word before joins two names
    if tag == "nt" and suffix_pattern().search(word):
        return False  # 市公安局 + 云岭区分局: a body's name ends before the place
    if len(word) == 1:
        return (first and word in PLACE_NAME_ENDINGS and _after_a_name_word(index, j)) \
            or index.heads_the_place_after(j) or _half_of_a_name_cut_in_two(index, j) \
            or _a_side_opening_a_name(index, j)
    if len(word) == 2 and first and dictionary_tag(word) is None and any(is_rare(c) for c in word):
        return True  # 汧/v + 水 + 镇: a name with a rare character the tagger took for a verb
    if NUMBERED_NAME_HEAD.fullmatch(word) and j + 1 < len(index.words) and index.words[j + 1] in PLACE_NAME_ENDINGS:
        return True  # 三里 + 桥 + 街道, 五里 + 店: a number that begins a place's own name
    tag = _place_tag(index, j)
    return tag in PLACE_TAGS if first else tag in NAME_TAGS_FOR_PLACES  # 专题协商渝中区 is no place


def _after_a_name_word(index: TextIndex, j: int) -> bool:
    """仙鹤 + 湖, 梧桐 + 里: the ending follows a word of two characters or more (岙 + 里 + 村 is read
    from its rare character instead)."""
    return j > 0 and index.ends[j - 1] == index.starts[j] and len(index.words[j - 1]) >= 2


def _a_side_opening_a_name(index: TextIndex, j: int) -> bool:
    """、下/f + 沙洲/ns + 村, 在下/f + 沙洲村: after a list mark or a preposition, a side the segmenter
    cut off as a locative opens the name of the village or town after it."""
    if index.words[j] not in lexicon.places()["sides_opening_names"] or index.tags[j] != "f" or j == 0 \
            or index.ends[j - 1] != index.starts[j] or j + 2 >= len(index.words):
        return False
    opened = index.words[j - 1] in LIST_MARKS or index.tags[j - 1] == "p"
    return opened and _place_tag(index, j + 1) in NAME_TAGS_FOR_PLACES and index.words[j + 2] in ("村", "镇", "乡")


def _village_name_cut_apart(index: TextIndex, start: int, level: int) -> int:
    """杏树/n + 沟村/n, 石/n + 门坎/n + 村: a village's name of three characters that the segmenter cut
    into common nouns before its level; the noun before the part read so far opens the name."""
    if index.text[level:level + 1] != "村" or level - start not in (1, 2) or start == 0 \
            or any(c in LEVEL_ENDINGS for c in index.text[start:level]):
        return start  # not 行政 + 村村/n + 卫生室
    i = index.token_at(start - 1)
    word = index.words[i]
    if index.ends[i] != start or level - index.starts[i] != 3 or index.tags[i] not in NAME_HEAD_NOUN_TAGS \
            or not re.fullmatch(r"[\u4e00-\u9fff]+", word) or word in FUNCTION_CHARS \
            or word[-1] in LEVEL_ENDINGS or word in lexicon.organizations()["not_in_names"]:
        return start
    return index.starts[i]


def _half_of_a_name_cut_in_two(index: TextIndex, j: int) -> bool:
    """柳/n + 浜/nz + 村, 石/n + 埠/n + 镇: one of two nouns of one character each that the segmenter
    cut a village's or town's name into, right before its level."""
    for k in (j - 1, j):
        level = k + 2
        if k < 0 or level >= len(index.words) or index.words[level] not in ("村", "镇", "乡"):
            continue
        if _one_character_noun(index, k) and _one_character_noun(index, k + 1) \
                and index.ends[k] == index.starts[k + 1] and index.ends[k + 1] == index.starts[level]:
            return True
    return False


def _one_character_noun(index: TextIndex, i: int) -> bool:
    word = index.words[i]
    return len(word) == 1 and index.tags[i] in NAME_HEAD_NOUN_TAGS and word not in FUNCTION_CHARS \
        and word not in LEVEL_ENDINGS


def _place_tag(index: TextIndex, i: int) -> str:
    """The word's tag, but 三角 (m) in 三角乡 is a word the tagger took for a number."""
    tag = index.tags[i]
    return "n" if tag == "m" and numeral_led_name(index.words[i]) else tag


def region_head(name: str) -> Optional[str]:
    """The region an organization is named after: 政协萧山区第十届委员会 -> 萧山区."""
    from ..nlp import normalise
    bare = NAME_PREFIXES.sub("", normalise(name))
    m = REGION_HEAD.match(bare)
    return m.group() if m else None


def document_region(index: TextIndex, places: list[PlaceMention], title: str = "",
                    organizations=()) -> Optional[str]:
    """The place the document is about: named in its title, else the most named region
    (by itself or at the head of an organization's name: 嘉陵市政协)."""
    levels = tuple(lexicon.places()["region_levels"])
    from ..nlp import normalise
    top = normalise("\n".join([title] + index.seg.document.text[:300].splitlines()[:6]))
    found = {p.name for p in places}
    for named_in_heading in HEADING_REGION.finditer(top):
        name = named_in_heading.group(1)
        if name[-2:-1] == "委":
            continue  # 区委 + 区政府: a party committee before its government, no region 区委区
        if name not in found and name[1:] in found:
            return name[1:]  # 由 + 洺东区人民政府主办: a link word before it
        if name not in found and name[2:] in found and (dictionary_tag(name[:2]) or "").startswith(("v", "p")):
            return name[2:]  # 依托/v + 泫川县人民医院医共体: a verb before it
        if name in found or not _verb_before_a_level(name):
            return name  # 2023年奉化区政协工作综述, 来源:桐林区政协办公室
    heads = [head for o in organizations if (head := region_head(o.name))]
    places = [PlaceMention(p.span, NAME_PREFIXES.sub("", p.name)) for p in places]
    for name in [p.name for p in places] + heads:
        if name.endswith(levels) and title and name in title:
            return name
    named = [p.name for p in places] + heads * 2  # a body's region weighs more than a place named in passing
    not_places = lexicon.places()["not_places"]
    named = [n for n in named if n[-2:] not in not_places]  # 滕头景区 is no region
    for wanted in (COUNTY_OR_ABOVE, levels):
        counts = Counter(n for n in named if n.endswith(wanted) and not n.endswith("街道"))
        if counts:
            return max(counts, key=lambda n: (counts[n], -named.index(n)))
    return None


def _verb_before_a_level(name: str, level_length: int = 1) -> bool:
    """审议 + 县人大常委会工作报告, 自觉接受 + 县人大常委会监督, 培训 + 街道: a common verb (after an adverb)
    or an act's word before a level names no region (奉化/v is rare)."""
    head = name[:-level_length]
    return _is_common_verb(head) or len(head) == 4 and _is_common_verb(head[2:]) or head in lexicon.event_nouns()


def _opens_a_list_of_levels(text: str, head: str, end: int) -> bool:
    """选派 + 省、市、县三级, 建立 + 市、县、乡三级: a level listed with bare levels after it is one of the
    levels, and the word before it no name (湖北/ns + 省、市、县 is one)."""
    return LEVEL_LIST_AFTER.match(text, end) is not None and dictionary_tag(head) != "ns"


def _is_common_verb(word: str) -> bool:
    return (dictionary_tag(word) or "").startswith("v") and dictionary_frequency(word) >= COMMON_VERB


def whole_region_mentions(index: TextIndex, region: Optional[str]) -> list[PlaceMention]:
    """全区, 本市 …: the document's own region, where its level agrees."""
    if not region:
        return []
    words = [w for w, level in lexicon.places()["whole_region"].items() if region.endswith(level)]
    if not words:
        return []
    found = []
    for m in re.finditer(lexicon.alternation(words), index.text):
        span = index.seg.span(m.start(), m.end())
        found.append(PlaceMention(span=span, name=span.text))
    return found


def local_region(body, places: list[PlaceMention]) -> Optional[str]:
    """镇党委, 街道党工委: a body named by a town's or street's level belongs to the one
    the document names most; 富春江镇党委 belongs to 富春江镇."""
    if body is None:
        return None
    from ..nlp import normalise
    name = normalise(body.name)
    whole = lexicon.places()["whole_region"]
    for level in lexicon.places()["governed_levels"]:
        named = Counter(_without_higher_region(p.name, level)
                        for p in places if p.name.endswith(level) and p.name != level and p.name not in whole)
        if name.startswith(level) and named:
            return named.most_common(1)[0][0]
        own = next((n for n, _ in named.most_common() if name.startswith(n) and len(name) > len(n)), None)
        if own:
            return own
    return None


def _without_higher_region(name: str, level: str) -> str:
    """鼓楼区柳荫街道 -> 柳荫街道: a place of a level, without the region written before it."""
    return re.sub(r"^.+?[省市区县](?=.{2,}" + level + "$)", "", name)


def leads_the_region(body_name: str, region: Optional[str]) -> bool:
    """柳荫街道党工委, 富春江镇党委: the party committee of the document's own town or street,
    whose work the report gives as the town's."""
    return bool(region) and body_name.startswith(region) \
        and body_name.endswith(tuple(lexicon.places()["leading_committees"]))


def regions_by_level(places: list[PlaceMention]) -> dict[str, str]:
    """The place a document names at each level, where one stands out (named alone, or
    twice as often as any other): 区委 in a 市 report that visits 游仙区 is 游仙区委."""
    counts: dict[str, Counter] = {}
    for p in places:
        level = level_of(p.name)
        if level is None:
            continue  # 桐荫社区 is a community, not a 区
        if len(p.name) > len(level) + 1 and not p.name.endswith(tuple(lexicon.places()["zone_suffixes"])):
            counts.setdefault(level, Counter())[_without_higher_region(p.name, level)] += 1
    found = {}
    for level, named in counts.items():
        (top, n), *others = named.most_common()
        if not others or n >= 2 * others[0][1]:
            found[level] = top
    return found

