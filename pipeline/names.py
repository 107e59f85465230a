"""Names of organizations as one document's text writes them, brought to one form.

区政协 and 渝中政协 in a 渝中区 report are 渝中区政协; 十五届区政协 drops its term;
中国人民政治协商会议重庆市渝中区委员会 is read through the formal-name patterns in
data/lexicons/organizations.json. Both extraction (which body a document is about) and
resolution (which mentions are one organization) ask for it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping, Optional

from . import lexicon
from .nlp import normalise

REGION = r"[\u4e00-\u9fff]{1,12}?(?:特别行政区|自治区|自治州|自治县|省|市|区|县|州|旗|镇|乡)"
ORDINAL = r"(?:第?[一二三四五六七八九十百0-9]+届)?"
TERM = r"第?[一二三四五六七八九十百0-9]+届"  # 第四届: a term written out, not optional
FIELD = r"(?P<field>[\u4e00-\u9fff]{2,8}?)"  # 公安 of 潞川市公安局云岭区分局
LEVELS = ("街道", "省", "市", "区", "县", "州", "镇", "乡", "旗")
# 珣阳市烟草专卖局（公司）: the bureau's second name, a company's, which its other names leave out
SECOND_NAME_IN_BRACKETS = re.compile(
    rf"(?<=局)[(（](?:{'|'.join(lexicon.organizations()['second_names_in_brackets'])})[)）]$")
FLOOR = r"[0-9一二三四五六七八九十]+(?:号楼|楼|层)"  # 八楼, 二号楼: a storey of a building, before a room or an office
TOWN_LEVELS = "镇乡"  # whose party committee is called 党委 (镇党委), not 委 (县委)
EMPTY: Mapping[str, str] = MappingProxyType({})


@lru_cache(maxsize=1)
def formal_patterns() -> list[tuple[re.Pattern, str]]:
    out = []
    for entry in lexicon.organizations()["formal_names"]:
        regex = re.escape(entry["pattern"]).replace(r"\{region\}", f"(?P<region>{REGION})")
        regex = regex.replace(r"\{ordinal\}", ORDINAL).replace(r"\{term\}", TERM)
        regex = regex.replace(r"\{city\}", REGION).replace(r"\{field\}", FIELD)
        out.append((re.compile(f"^{regex}"), entry["short"]))
    return sorted(out, key=lambda p: -len(p[0].pattern))  # 人民代表大会常务委员会 before 人民代表大会


def canonical_org_name(name: str, region: Optional[str],
                       regions_by_level: Mapping[str, str] = EMPTY) -> str:
    """The name that every form of one organization in this document agrees on:
    the region written out, the formal name shortened (潞川市公安局云岭区分局 is
    云岭区公安分局), the term of office dropped.
    A short name of another level than the region's (区委 in a 市 report) takes the
    one place of that level the document names, when it names one."""
    return _canonical(name, region, tuple(sorted(regions_by_level.items())))


@lru_cache(maxsize=8192)  # resolution asks for the same names again and again
def _canonical(name: str, region: Optional[str], regions_by_level: tuple[tuple[str, str], ...]) -> str:
    regions_by_level = {level: normalise(place) for level, place in regions_by_level}
    region = normalise(region) if region else region  # 礄山镇 of the text is 硚山镇 to the names
    n = _without_ordinal(SECOND_NAME_IN_BRACKETS.sub("", re.sub(r"\s+", "", normalise(name))))
    n = lexicon.organizations()["league_short_names"].get(n, n)  # 团区委 -> 区团委
    if region:
        n = _with_region(n, region)
    n = _with_region_of_level(n, region, regions_by_level)
    n = _without_ordinal(_short_formal_name(n))
    n = _under_its_own_region(_party_committee(n))
    for long, short in sorted(lexicon.organizations()["part_synonyms"].items(), key=lambda kv: -len(kv[0])):
        n = n[: -len(long)] + short if n.endswith(long) and len(n) > len(long) else n
    if region and not re.match(REGION, n) and n in lexicon.organizations()["standalone"]:
        n = f"{region}|{n}"
    return n


@lru_cache(maxsize=1)
def _chain_piece() -> re.Pattern:
    levels = sorted(lexicon.places()["admin_suffixes"], key=len, reverse=True)
    return re.compile(rf"[\u4e00-\u9fff]{{2,}}?(?:{'|'.join(map(re.escape, levels))})")


def region_chain(name: str) -> list[str]:
    """金安区三里桥街道清水河社区 -> 金安区, 三里桥街道, 清水河社区: the places a name is
    written under, each two or more characters and a level, then what follows them."""
    pieces, pos = [], 0
    while (m := _chain_piece().match(name, pos)) and m.group()[-2:] not in lexicon.places()["not_places"]:
        pieces.append(m.group())  # not 住房和城乡 (+ 建设局): 城乡 is no level
        pos = m.end()
    return pieces + ([name[pos:]] if pos < len(name) else [])


def _under_its_own_region(name: str) -> str:
    """裕安区石婆店镇桂花岭村妇联 -> 桂花岭村妇联, 重庆市渝中区政协 -> 渝中区政协: a body
    is named after the lowest of the places written before it."""
    orgs = lexicon.organizations()
    if name.startswith(tuple(orgs["party_prefixes"] + orgs["standalone"])):
        return name  # 共青团温州市鹿城区委 is the league's, not 鹿城区委
    pieces = region_chain(name)
    regions = pieces if _chain_piece().fullmatch(pieces[-1]) else pieces[:-1]
    if len(regions) < 2 or len(regions) == len(pieces):
        return name
    return "".join(pieces[len(regions) - 1:])


def _party_committee(name: str) -> str:
    """中共洛阳市委 -> 洛阳市委; 中共西陵大学第二届委员会 and 西陵大学党委 -> 西陵大学党委; a town's
    committee is its 党委 (中共柘塘镇委员会, 柘塘镇委 -> 柘塘镇党委); a body's party group is named
    with or without the party (中共晏州市住房和城乡建设局党组 -> 晏州市住房和城乡建设局党组)."""
    if re.fullmatch(rf"{REGION}委", name) and name[-2] in TOWN_LEVELS:
        return name[:-1] + "党委"
    party = re.fullmatch(r"(?:中共|中国共产党)(.{2,}(?:党组|党委))", name)
    if party:
        return party.group(1)
    m = re.fullmatch(r"(?:中共|中国共产党)(.+?)(?:第?[一二三四五六七八九十百0-9]+届)?(委员会|委)", name)
    if m is None:
        return name
    town = m.group(1)[-1:] in TOWN_LEVELS
    return m.group(1) + ("委" if re.fullmatch(REGION, m.group(1)) and not town else "党委")


def _without_ordinal(name: str) -> str:
    """十五届区政协 -> 区政协; 青岚区第十八届人民代表大会 -> 青岚区人民代表大会; 省政协第十三届委员会 -> 省政协."""
    name = re.sub(r"^第?[一二三四五六七八九十百0-9]+届", "", name)
    name = re.sub(r"(政协)第?[一二三四五六七八九十百0-9]+届委员会$", r"\1", name)
    return re.sub(rf"^({REGION})第?[一二三四五六七八九十百0-9]+届", r"\1", name)


def _with_region(name: str, region: str) -> str:
    """区政协 and 渝中政协 in a 渝中区 report: 渝中区政协."""
    zone = next((z for z in lexicon.places()["zone_suffixes"] if region.endswith(z) and len(region) > len(z)
                 and name.startswith(z)), None)
    if zone and not name.startswith(region):
        return region + name[len(zone):]  # 开发区党工委 in a 青湄经济开发区 report
    level = admin_suffix_of(region)  # 社区居委会 in 桐荫社区's report: its own; 区住建局 is not
    short = short_form(region)
    if level and name.startswith(level) and not name.startswith(region):
        return region + name[len(level):]
    if short and name.startswith(short) and not name.startswith(region) \
            and name[len(short):].startswith(tuple(lexicon.organizations()["bodies"])):
        return region + name[len(short):]  # 渝中政协 is 渝中区政协; 扬州日报, 温州大学 keep their names
    return name


def level_of(place: str) -> Optional[str]:
    """区 of 渝中区, 街道 of 石油路街道; none for 桐荫社区 or 金竹村, which govern no bodies' levels,
    nor for 纺机厂宿舍小区 or 第二中学北校区, a compound and a site, no districts."""
    places = lexicon.places()
    if place.endswith(tuple(places["compound_suffixes"]) + tuple(places["not_place_endings"])):
        return None
    suffix = admin_suffix_of(place)
    return suffix if suffix in LEVELS else None


def admin_suffix_of(place: str) -> Optional[str]:
    """社区 of 桐荫社区, 区 of 渝中区."""
    return next((s for s in _admin_suffixes() if place.endswith(s)), None)


@lru_cache(maxsize=1)
def _admin_suffixes() -> tuple[str, ...]:
    return tuple(sorted(lexicon.places()["admin_suffixes"], key=len, reverse=True))


def _with_region_of_level(name: str, region: Optional[str], regions_by_level: Mapping[str, str]) -> str:
    level = next((lv for lv in LEVELS if name.startswith(lv)), None)
    if level is None or (region and level_of(region) == level) or level not in regions_by_level \
            or name[:2] in lexicon.organizations()["not_level_words"]:
        return name  # 市场监管局: 市 opens a word, not a level
    return regions_by_level[level] + name[len(level):]


def _short_formal_name(name: str) -> str:
    for pattern, short in formal_patterns():
        m = pattern.match(name)
        if m:
            short = short.replace("{field}", m.group("field")) if "{field}" in short else short
            return short.replace("{region}", _lowest_region(m.group("region"))) + name[m.end():]
    return name


def _lowest_region(region: str) -> str:
    """重庆市渝中区 -> 渝中区; 浙江省衢州市 -> 衢州市."""
    region = re.sub(r"^.+?省(?=.)", "", region)
    m = re.fullmatch(r"(.+?市)(.+?(?:区|县|旗))", region)
    return m.group(2) if m else region


def short_form(region: str) -> Optional[str]:
    """渝中区 -> 渝中: the region named without its level, when two characters remain."""
    for level in sorted(lexicon.places()["region_levels"], key=len, reverse=True):
        if region.endswith(level) and len(region) - len(level) >= 2:
            return region[: -len(level)]
    return None
