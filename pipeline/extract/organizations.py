"""Organizations: a name is found by its suffix (政协, 委员会, 中心, 大学 …), and read back
over the words before it (a place, a level word, an ordinal, a name) to a boundary.
A part suffix after a name (区政协 + 常委会) makes a part of that organization.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..names import FLOOR, admin_suffix_of
from ..nlp import BRANDS_BEFORE_PLACES, dictionary_frequency, dictionary_tag, is_rare
from ..records import OrgMention, Span
from .context import LIST_MARKS, TextIndex, inside_a_title_on_its_line, numeral_led_name

# Tags of words that can stand inside an organization's name.
NAME_TAGS = frozenset({"n", "nz", "nt", "ns", "nr", "nrt", "nrfg", "j", "l", "b", "an", "eng", "s", "g", "ng", "m",
                       "zg", "a"})
LEADING_NOT = frozenset({"vn", "a"})  # words that stand inside a name but do not start one
LISTED_LEVEL = re.compile(r"[省市区县][、和及与]")  # 中央、 + 省、 + 县三级: a level in a list of levels
REGIONAL_COMMITTEE = re.compile(r"[\u4e00-\u9fff]{1,6}?[省市区县州]委会")  # 民进 + 湝城市委会
PARTY_COMMITTEE = re.compile(r"(?:中共)?[\u4e00-\u9fff]{0,6}[省市区县州]委")  # 区委, 泺滨区委: a level's party committee
GOVERNMENT = re.compile(r"[\u4e00-\u9fff]{0,8}?[省市区县州镇乡](?:人民)?政府")  # 市政府, 泺滨区人民政府
FIELD_WORD_TAGS = frozenset({"n", "l", "b", "vn"})  # 对外贸易/l, 对外/b: a field's word, which may open with a stop character
LEVEL_CHARS = "省市区县州镇乡"
FIELD_TAGS = frozenset({"n", "vn", "nz", "ns", "l"})  # 城建/ns 和 资源环境, 住房 和 城乡建设/l (a place after 和 opens a body)
VILLAGE_LEVELS = frozenset({"村", "社区", "居委会"})  # a village's or a community's level before its branch
PROPER_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nz", "j"})
MORPHEME_TAGS = frozenset({"g", "vg", "ag", "dg", "tg"})  # 栖梧区/vg: a name the tagger took for a bound morpheme
NOT_IN_COMPANY_NAMES = frozenset({"v", "vd", "p", "c", "u", "uj", "ul", "uz", "ug", "ud", "uv", "d", "r", "m", "q",
                                  "f", "y"})  # the dictionary's verbs (not 建设/vn), function words, numerals
LEARNERS = lexicon.organizations()["before_learning"]  # 老年人 + 学会, 现场 + 学会: who learns, or where
COUNTED_KINDS = re.compile(r"[一二三四五六七八九十两]+大")  # 三大中心, 四大平台: kinds counted
LINK_CHARS = lexicon.grammar()["link_characters"]  # 受区政协, 由区: a link word the segmenter may join to a level
FORMER_MARKS = lexicon.grammar()["former_marks"]  # 原市人大常委会: a post once held, no part of the body's name
MAX_NAME = 20
MAX_OTHER_NAME = 12  # characters before the suffix of a body's other name in brackets: 潆州市知识产权局
MAX_DECLARED_NAME = 32  # a name given a short name in brackets: 县委全面依法治县委员会守法普法协调小组办公室
# 集团 + 人力资源部: the one-character endings of a department's name (部, 处, 科, 室)
DEPARTMENT_CHARS = "".join(e for e in lexicon.organizations()["department_endings"] if len(e) == 1)
CONJUNCTIONS = frozenset(lexicon.grammar()["conjunctions"])  # 材料科学与工程学院, 智力残疾人及亲友协会
JOINT_MARKS = tuple(lexicon.events()["joint_marks"])  # 暨: joins two events' names
# 为市, 局在: a word the dictionary lacks that holds one of these is a word glued to a function word
FUNCTION_CHARS = frozenset(LINK_CHARS) | CONJUNCTIONS | frozenset(lexicon.grammar()["other_function_characters"])
OFFICE_NAME_STOPS = lexicon.grammar()["office_name_stops"]  # 的, 在 …: where an office's name read back stops
GLUED_TO_PERSON_NAMES = lexicon.grammar()["glued_to_person_names"]  # 孙浩为, 郗婉宁任: besides LINK_CHARS
TIME_OF_AN_ACT = re.compile(r"全年|今年|去年|明年|年内|当年|[上下]半年")  # 市财政 + 全年 + 安排 + 救援队经费
HOSPITAL_GRADE = re.compile(r"(?:[一二三]级|[甲乙丙]等)[\u4e00-\u9fff]{0,4}$")  # 三级乙等中医 + 医院
PARTY_COMMITTEE_UNIT = re.compile(r"[\u4e00-\u9fff]{1,5}?[省市县区州旗]委(?!员)")  # 沭安市委党校: the committee's unit
MAX_BUSINESS_WORDS = 3  # words of a company's business between its region and a verb of it
COUNTY_OR_CITY = ("县", "市", "区", "州")
LEVEL_ATTRIBUTIVES = frozenset(lexicon.grammar()["level_attributives"])  # 中央和省级衔接资金
BUREAU_ENDINGS = tuple(lexicon.grammar()["bureau_endings"])  # 县公安局
PARTY_OFFICE_ENDINGS = tuple(lexicon.grammar()["party_office_endings"])  # 市委老干部局, 县委编办
# 新建学校5所, 监测站1.2万个: a kind being counted
COUNTED_KIND = re.compile(r"[0-9一二三四五六七八九十两]+(?:\.[0-9]+)?[万千百]?(?:余|多)?[个家所座支处]")
COMPANY_SHORT_NAMES = {short: tuple(endings) for short, endings in  # 集团 + 供水调度中心
                       lexicon.organizations()["company_short_names"].items()}
CLAUSE_MARKS = "，。；：、\n（"
PARTY_AND_GOVERNMENT = re.compile(rf"([\u4e00-\u9fff]{{0,8}}?([{LEVEL_CHARS}])委)(\2(?:人民)?政府)")  # 区委 + 区政府
OPENERS = lexicon.grammar()["short_name_openers"]  # 全集团, 由集团: characters a declared short name may follow
RARE_IN_DICTIONARY = 800  # jieba frequency under which an ns word is a place's name (镜湖 17, 新建 1000)
QUOTE_OPEN, QUOTE_CLOSE = "“「『《〈", "”」』》〉"
MAX_QUOTED_NAME = 24
NUMERAL_HEAD = re.compile(r"[一二两三四五六七八九十百千万0-9]")  # “四好”, “十佳”: a tally of merits
MAX_QUOTED_BRAND = 10  # characters of a name in quotes before a body's words (“法官妈妈”工作室)
COMPANY_SEAT = re.compile(r"[（(][\u4e00-\u9fff]{2,6}[）)]$")  # 鸿达电子科技（桐岭）有限公司
REGION_OPENING = re.compile(r"^[\u4e00-\u9fff]{0,5}?[省市县区镇乡]")  # 雾岚镇 + 云脊茶叶专业合作社
MAX_REGION_NAME = 5  # characters of a region's name and level at a name's opening (溪山县, 青龙湾镇)
CUT_NAME_TAGS = frozenset({"n", "ns", "nr", "nz", "zg", "g", "ng"})  # a place's name character cut off alone
LOWER_LEVELS = ("乡", "镇", "街道", "村", "社区")  # the levels under a county (a name cut apart before one is read with it)
GROUP_SETTING_UP = frozenset({"的", "成立", "组建", "设立"})  # what a task group's name follows where no level opens it
MAX_PARENT_AND_CITY = 14  # characters of a national body's name and a city before a district's office (国家税务总局苕川市)
BRANCH_AFTER_ITS_BUREAU = re.compile(r"([\u4e00-\u9fff]{2,3}?)分局")  # 市生态环境局 + 溱阳分局
PART_ORDINAL = re.compile(r"第[一二三四五六七八九十]{1,3}")  # 第一 + 附属医院


def _runs_on() -> re.Pattern:
    """(新生|学生(?!会)|…): each word a name may run on into, in the lexicon's order, with a
    lookahead for each continuation that must not follow it."""
    unless = lexicon.grammar()["name_runs_on_into_unless"]
    words = [re.escape(w) + "".join(f"(?!{re.escape(after)})" for after in unless.get(w, ()))
             for w in lexicon.grammar()["name_runs_on_into"]]
    return re.compile(f"({'|'.join(words)})")


# A name that ends here runs on as another word: 中心工作, 政府工作报告.
RUNS_ON = _runs_on()


@lru_cache(maxsize=1)
def suffix_pattern() -> re.Pattern:
    orgs = lexicon.organizations()
    return re.compile(lexicon.alternation(orgs["bodies"] + orgs["named_suffixes"] + orgs["standalone"]))


@lru_cache(maxsize=1)
def title_after() -> re.Pattern:
    """区政协主席: a title right after a name closes the name."""
    return re.compile(lexicon.alternation(lexicon.titles()))


@lru_cache(maxsize=1)
def part_pattern() -> re.Pattern:
    return re.compile(lexicon.alternation(lexicon.organizations()["parts"]))


@lru_cache(maxsize=1)
def level_or_ordinal() -> re.Pattern:
    orgs = lexicon.organizations()
    return re.compile(rf"(?:{orgs['ordinal_prefix']})?(?:{lexicon.alternation(orgs['level_words'])})$")


def find_organizations(index: TextIndex) -> list[OrgMention]:
    found: dict[tuple[int, int], OrgMention] = {}
    pos = 0
    while m := suffix_pattern().search(index.text, pos):
        counted = COUNTED_KIND.match(index.text, m.end()) and not _a_legal_form(m.group()) \
            and not _the_last_of_a_listed_pair(index, m, found)
        span = None if _heads_a_title(index.text, m) or counted else _name_span(index, m)
        pos = m.end() if span else _longer_suffix_inside(index.text, m)  # 湖北省委 is none: 委员会 starts inside it
        if span is None:
            continue
        start, end = _without_words_before_the_name(index, *span)
        start = _after_words_no_name_holds(index, start, end)
        if start < 0 or _names_no_body(index.text, start, end):
            continue  # 鹄岭镇两个示范型服务站, 十余家茶叶专业合作社: a tally of bodies of a kind, no one body
        span = (start, end)
        org = found.setdefault(span, OrgMention(span=index.seg.span(start, end), name=""))
        org.name = _clean(org.span.text)
        for part_end, part in _parts_after(index, org, start, end):
            found.setdefault((start, part_end), part)
    _names_read_short(index, found)
    _branches_under_their_bureaus(index, found)
    _brands_under_their_holders(index, found)
    _units_stationed_elsewhere(index, found)
    _siblings_from_the_list_mark(index, found)
    _listed_before_a_tally(index, found)
    _bureaus_of_their_offices(index, found)
    _units_after_their_bureaus(index, found)
    _party_committees_of_bodies(index, found)
    _democratic_party_committees(index, found)
    _without_a_stray_party_name(index, found)
    _bodies_declaring_a_short_name(index, found)
    _without_every_body_of_a_kind(index, found)
    _second_names_in_brackets(index, found)
    _departments_after_the_companys_short_name(index, found)
    _party_committee_and_government_written_together(index, found)
    _without_heads_named_only_before_their_offices(found)
    _without_kinds_named_bare(found)
    return _drop_nested(sorted(found.values(), key=lambda o: (o.span.start, -o.span.end)))


def _without_kinds_named_bare(found: dict[tuple[int, int], OrgMention]) -> None:
    """民主党派、工商联和界别提案: a kind of body listed bare is none, unless the report names one of it
    (柳泉街道政协委员工作室 … 委员工作室要做到: the bare word stands for that one)."""
    kinds = lexicon.organizations()["kinds_listed_bare"]
    named = {o.name for o in found.values()}
    for span, org in list(found.items()):
        if org.name in kinds and not any(n.endswith(org.name) and n != org.name for n in named):
            del found[span]


def _without_heads_named_only_before_their_offices(found: dict[tuple[int, int], OrgMention]) -> None:
    """区委 + 宣传部, 市政府 + 办公室: a level's party committee or government the report names only at the
    head of its offices' names is no body the report speaks of (区委书记, 区委、区政府 name it)."""
    heads = {span: kind for span in found if (kind := _head_of_offices(found[span].name))}
    heading = {span for span in heads if any(begin == span[0] and end > span[1] for begin, end in found)}
    named_alone = {heads[span] for span in heads.keys() - heading}
    dropped = {id(found[span]) for span in heading if heads[span] not in named_alone}
    for span in [span for span in found if id(found[span]) in dropped]:
        del found[span]
    for org in found.values():
        if id(org.parent) in dropped:
            org.parent = None


def _head_of_offices(name: str) -> Optional[str]:
    """区委 -> 区委, 泺滨区人民政府 -> 区政府: the kind of a level's head body a name is, if it is one."""
    if PARTY_COMMITTEE.fullmatch(name):
        return name[-2:]
    return name.replace("人民", "")[-3:] if GOVERNMENT.fullmatch(name) else None


def _departments_after_the_companys_short_name(index: TextIndex, found: dict[tuple[int, int], OrgMention]) -> None:
    """集团 + 供水调度中心, 公司 + 党群工作部: a company's own report calls it 集团 (公司) and names its
    departments after that short name, which is part of each department's name (where the document
    names the company, and the short name opens a clause)."""
    orgs = sorted(found.values(), key=lambda o: o.span.start)
    companies = {short: company for short, endings in COMPANY_SHORT_NAMES.items()
                 if (company := next((o for o in orgs if o.name.endswith(endings)), None))}
    for (start, end), org in list(found.items()):
        short = next((s for s in companies if index.text.endswith(s, 0, start)), None)
        before = start - len(short) - 1 if short else -1
        if short and org.name.endswith(_department_names()) and (before < 0 or index.text[before] in CLAUSE_MARKS
                                                                 or index.text[before] in OPENERS):
            del found[(start, end)]
            org.span = index.seg.span(start - len(short), end)
            org.name = _clean(org.span.text)
            org.parent = companies[short]
            found[(start - len(short), end)] = org


def _party_committee_and_government_written_together(index: TextIndex,
                                                     found: dict[tuple[int, int], OrgMention]) -> None:
    """在区委区政府的坚强领导下: a place's party committee and its government written as one word are two
    bodies (区委, 区政府)."""
    for (start, end), org in list(found.items()):
        m = PARTY_AND_GOVERNMENT.fullmatch(org.name)
        if m is None or index.text[start:end] != org.name:
            continue
        del found[(start, end)]
        middle = start + m.end(1)
        for b, e in ((start, middle), (middle, end)):
            found.setdefault((b, e), OrgMention(span=index.seg.span(b, e), name=index.text[b:e]))


def _second_names_in_brackets(index: TextIndex, found: dict[tuple[int, int], OrgMention]) -> None:
    """珣阳市烟草专卖局（公司）, 市局（公司）: a bureau's second name, a company's, in brackets after it is
    part of the bureau's name (the bracketed 公司 alone is no body)."""
    seconds = lexicon.organizations()["second_names_in_brackets"]
    for (start, end), org in list(found.items()):
        if org.name in seconds and index.text[start - 2:start] in ("局（", "局(") and index.text[end:end + 1] in "）)":
            del found[(start, end)]  # 各县（区）局（分公司）: no body named
            continue
        second = next((f"{o}{s}{c}" for s in seconds for o, c in ("（）", "()")
                       if index.text.startswith(f"{o}{s}{c}", end)), None)
        if second and index.text[end - 1] == "局" and found.get((start, end)) is org:
            del found[(start, end)]
            org.span = index.seg.span(start, end + len(second))
            org.name = _clean(org.span.text)
            found[(start, end + len(second))] = org


def _a_legal_form(suffix: str) -> bool:
    """东衡建工集团有限公司 + 两家施工单位: a company's full name, never a kind of body counted after it."""
    return suffix.endswith(tuple(lexicon.organizations()["legal_forms"]))


def _names_no_body(text: str, start: int, end: int) -> bool:
    """A name read from a suffix that, where it stands, names no one body."""
    if text[start - 1:start] in lexicon.organizations()["every_of_a_kind"]:
        return True  # 各民主党派区委: every body of a kind, not one
    if _qualifies_a_noun(text, start, end):
        return True  # 中央财政: an attribute, not the body
    if text.startswith("界", end) and not text.startswith("界联合", end):
        return True  # 工商联界, 妇联界别: the sector of a political consultative session, not the body
    if _an_honour(text, start, end) or _a_channel(text, start, end) or _a_likeness(text, start, end) \
            or _a_scheme(text, start, end):
        return True  # 评为“全省优秀律师事务所”, “茆川人大”微信公众号, 成为…的“加油站”, “时间银行”…模式
    if _opens_a_law_title(text, start, end):
        return True  # 《中华人民共和国政府信息公开条例》: the law's name, not a body
    if text.endswith("学会", start, end) and (text[end - 3:end - 2] in LEARNERS or text.startswith("了", end)):
        return True  # 老年人学会网上挂号, 现场学会了: learning, no society (护理学会, 诗词学会 are)
    if COUNTED_KINDS.match(text, start, end):
        return True  # 胸痛、卒中、创伤“三大中心”: kinds counted, no one body
    if text.endswith("中学", start, end) and text[end:end + 1] in "到得习":
        return True  # 在比赛 + 中 + 学到, 在实践中 + 学习: learning in the midst of something, no school
    return _a_company_with_no_brand(text[start:end])  # 科技有限公司, 建材公司: a company of a trade, no name


def _without_every_body_of_a_kind(index: TextIndex, found: dict[tuple[int, int], OrgMention]) -> None:
    """Drops 全市法院 (every court of the city) and the parts read under it."""
    kinds = {id(org) for (start, end), org in found.items() if _every_body_of_its_kind(index.text, start, end, org)}
    kinds |= {id(org) for org in found.values() if id(org.parent) in kinds}
    for span in [span for span, org in found.items() if id(org) in kinds]:
        del found[span]


def _every_body_of_its_kind(text: str, start: int, end: int, org: OrgMention) -> bool:
    """全市法院前列, 全省法院办案标兵: after 全 and its level, a body's name is every body of that kind
    in the region, unless the report names the body without 全 too (全市侨联 where 市侨联 works)."""
    if text.startswith("全", start) and text[start + 1:start + 2] in LEVEL_CHARS:
        start += 1
    name = text[start:end]
    if text[start - 1:start] != "全" or name[0] not in LEVEL_CHARS or org.parent is not None \
            or name.endswith(tuple(lexicon.organizations()["one_per_region"])):
        return False  # 全市…工作领导小组: the one group the region set up for the task
    return all(text[m.start() - 1:m.start()] == "全" or inside_a_title_on_its_line(text, m.start())
               for m in re.finditer(re.escape(name), text))  # 《岚洲市人大代表联络站…方案》 names none of them


def _opens_a_law_title(text: str, start: int, end: int) -> bool:
    """A name right after 《 that the title goes on past, to a law's ending, with no 关于 after it."""
    close = text.find("》", end, end + MAX_QUOTED_NAME)
    return text[start - 1:start] == "《" and close > end and not text.startswith("关于", end) \
        and text.endswith(tuple(lexicon.grammar()["law_title_endings"]), end, close)


def _a_company_with_no_brand(name: str) -> bool:
    """科技有限公司, 文化传媒有限公司, 建材公司: a company's kind and trade alone, with no brand, place
    or level before them, names no company."""
    return name.endswith("公司") and name not in lexicon.organizations()["kinds_named_bare"] \
        and _trade_words().fullmatch(name[:-2]) is not None  # the trade words hold 有限, 股份, 集团


@lru_cache(maxsize=1)
def _trade_words() -> re.Pattern:
    return re.compile(f"(?:{lexicon.alternation(lexicon.organizations()['trade_words'])})*")


@lru_cache(maxsize=1)
def _company_endings() -> tuple[str, ...]:
    return company_suffixes() + ("公司",)


def _a_likeness(text: str, start: int, end: int) -> bool:
    """成为代表履职的“加油站”: a quoted name after 的 in a clause that makes something into it."""
    if text[start - 2:start - 1] != "的" or not _fills_quotes(text, start, end):
        return False
    clause = re.split(r"[，。；！？\n]", text[max(0, start - 30):start])[-1]
    return any(verb in clause for verb in lexicon.organizations()["metaphor_verbs"])


def _an_honour(text: str, start: int, end: int) -> bool:
    """A name that fills quotes opened right after a verb of honouring (评为, 授予 …)."""
    return start > 1 and _fills_quotes(text, start, end) \
        and text.endswith(tuple(lexicon.organizations()["honour_verbs"]), 0, start - 1)


def _after_words_no_name_holds(index: TextIndex, start: int, end: int) -> int:
    """区园林绿化局在 + 区城市管理服务中心, 移动的 + 村委会, 镇属各 + 站所: a name read back over a
    preposition, 的 or 各 starts after it; over a tally (两个, 十余家) it names a kind: -1."""
    if re.search(rf"(?:{COUNTED_KIND.pattern})“?$", index.text[max(0, start - 7):start]):
        return -1  # 全镇11家 + 茶叶专业合作社负责人, 15个 + “家庭教育示范指导站”: a tally counts bodies of a kind
    cut, i = start, index.token_at(start)
    while i < len(index.words) and index.ends[i] < end:
        word, tag = index.words[i], index.tags[i]
        tally = COUNTED_KIND.fullmatch(word) or COUNTED_KIND.fullmatch(word + index.words[i + 1]) \
            and index.tags[i + 1] == "q"  # 两个, 十余/m + 家/q; not 十八 + 届
        if index.starts[i] >= start and tally:
            return -1
        if index.starts[i] >= start and (word == "的" or tag == "p" and len(word) == 1 and word in LINK_CHARS):
            cut = index.ends[i]
        elif index.starts[i] >= start and word.startswith("各"):
            cut = index.starts[i] + 1  # 各站/r + 所: every one of a kind, then its kind
        i += 1
    return cut


def _names_read_short(index: TextIndex, found: dict[tuple[int, int], OrgMention]) -> None:
    """云/ns 脊/n + 茶叶专业合作社: a name read short where the words before it make a name the
    document gives in full elsewhere (雾岚镇云脊茶叶专业合作社, with or without its region) starts
    where that name does."""
    names = {org.name for org in found.values()}
    for (start, end), org in list(found.items()):
        before = max((words for n in names if len(n) > len(org.name) and n.endswith(org.name)
                      for words in (n[:-len(org.name)], REGION_OPENING.sub("", n[:-len(org.name)]))
                      if len(words) >= 2 and index.text.endswith(words, 0, start)), key=len, default="")
        begin = start - len(before)
        if begin < start and (begin, end) not in found:
            del found[(start, end)]
            org.span = index.seg.span(begin, end)
            org.name = _clean(org.span.text)
            found[(begin, end)] = org


def _without_a_stray_party_name(index: TextIndex, found: dict[tuple[int, int], OrgMention]) -> None:
    """行动中 + 共立案, 走访中 + 共收集: 中共 run into by the words after it, which no body's name
    took in (中共 + 西陵大学第二届委员会 is one name by now), is 中 and the 共 that sums them up."""
    for (start, end), org in list(found.items()):
        if org.name.endswith("中共") and re.match(r"[\u4e00-\u9fff]", index.text[end:end + 1]):
            del found[(start, end)]


def _fills_quotes(text: str, start: int, end: int) -> bool:
    """“茆川人大”: the name is all the quotes hold."""
    return text[start - 1:start] in QUOTE_OPEN and text[end:end + 1] in QUOTE_CLOSE


def _a_channel(text: str, start: int, end: int) -> bool:
    """“茆川人大”微信公众号, “掌上澧泉”客户端: a quoted name before an account word names the account."""
    return _fills_quotes(text, start, end) and text.startswith(tuple(lexicon.organizations()["channels"]), end + 1)


def _a_scheme(text: str, start: int, end: int) -> bool:
    """“时间银行”互助养老模式: a quoted name before a scheme's word names the scheme."""
    if not _fills_quotes(text, start, end):
        return False
    schemes = lexicon.alternation(lexicon.organizations()["schemes"])
    return re.match(rf"[\u4e00-\u9fff]{{0,6}}?(?:{schemes})", text[end + 1:end + 10]) is not None  # 互助养老 + 模式


def _qualifies_a_noun(text: str, start: int, end: int) -> bool:
    """中央财政, 第三轮中央 + 生态环境保护督察: a body named before a noun qualifies it; 漹城中央 + 广场: a
    place's name and the body's before a venue's word name the venue."""
    attributive = lexicon.organizations()["attributive_bodies"]
    if text[start:end].endswith(tuple(attributive)) and text.startswith(tuple(lexicon.events()["venue_heads"]), end):
        return True
    if re.sub(r"^第[一二三四五六七八九十0-9]+[轮批]", "", text[start:end]) not in attributive:
        return False
    if (text[end:end + 1] in CONJUNCTIONS or text[end:end + 1] == "、") and (text[end + 1:end + 3] in LEVEL_ATTRIBUTIVES
                                                                         or LISTED_LEVEL.match(text, end + 1)):
        return True  # 中央和省级衔接资金, 中央、省级水利资金, 中央、省、县三级: levels of funding, of media
    return re.match(r"[\u4e00-\u9fff]", text[end:end + 1]) is not None and text[end] not in CONJUNCTIONS


def _democratic_party_committees(index: TextIndex, found: dict[tuple[int, int], OrgMention]) -> None:
    """民盟 + 滘南市委 + 会: a democratic party's committee of a region, not the CPC's 市委, and
    民盟 + 湄溪县基层委员会: its committee or branch of a region is named with the party."""
    parties = lexicon.organizations()["democratic_parties"]
    for (start, end), org in list(found.items()):
        if org.name.startswith(tuple(parties)) and org.name.endswith("委") and index.text.startswith("会", end):
            span = index.seg.span(start, end + 1)  # 九三学社湖北省委 + 会
            found[(start, end + 1)] = OrgMention(span=span, name=_clean(span.text))
            del found[(start, end)]
    by_start = {start: (end, org) for (start, end), org in found.items()}
    for (start, end), party in list(found.items()):
        regional = REGIONAL_COMMITTEE.match(index.text, end) if party.name in parties else None
        if end not in by_start and regional and index.is_boundary(regional.end()):
            del found[(start, end)]  # 民进 + 湝城/nz + 市/n + 委会/n: the committee the segmenter cut apart
            span = index.seg.span(start, regional.end())
            found[(start, regional.end())] = OrgMention(span=span, name=_clean(span.text))
            continue
        if party.name not in parties or end not in by_start:
            continue
        committee_end, committee = by_start[end]
        if not committee.name.endswith(("委", "委员会", "支部", "总支")):
            continue  # 民盟 + 湄溪县基层委员会, 民盟 + 市委 + 会
        committee_end += 1 if index.text.startswith("会", committee_end) else 0
        found.pop((start, end), None)
        found.pop((end, by_start[end][0]), None)
        span = index.seg.span(start, committee_end)
        found[(start, committee_end)] = OrgMention(span=span, name=_clean(span.text))


def _party_committees_of_bodies(index: TextIndex, found: dict[tuple[int, int], OrgMention]) -> None:
    """中共 + 西陵大学 + 第二届委员会: the party's committee of a body is one name, and the
    party's name right before another body's (中国共产党 + 西陵大学…) is no body of its own."""
    prefixes = lexicon.organizations()["party_prefixes"]
    by_start = {start: (end, org) for (start, end), org in found.items()}
    for (start, end), org in list(found.items()):
        if org.name not in prefixes or end not in by_start:
            continue
        body_end, body = by_start[end]
        committee = by_start.get(body_end)
        del found[(start, end)]
        if committee and re.fullmatch(r"第?[一二三四五六七八九十百0-9]+届委员会", committee[1].name):
            span = index.seg.span(start, committee[0])
            found[(start, committee[0])] = OrgMention(span=span, name=_clean(span.text))


def _siblings_from_the_list_mark(index: TextIndex, found: dict[tuple[int, int], OrgMention]) -> None:
    """古市人民法庭、大东坝人民法庭: in a list of bodies of one kind, a name runs back to the
    list mark over a character the read-back left out (大/a)."""
    ends = {end: org for (start, end), org in found.items()}
    for (start, end), org in list(found.items()):
        before = ends.get(start - 2)
        if start >= 2 and index.text[start - 2] == "、" and before is not None and before.name[-2:] == org.name[-2:] \
                and re.match(r"[\u4e00-\u9fff]", index.text[start - 1]) \
                and index.token_at(start - 1) != index.token_at(start):
            org.span = index.seg.span(start - 1, end)
            org.name = _clean(org.span.text)


def _end_of_its_institution(name: str, start: int) -> Optional[int]:
    """Where the institution an office is written after ends (县人民医院 + 急诊科), if it does."""
    ends = [name.rfind(w) + len(w) for w in lexicon.organizations()["institutions_with_offices"] if w in name[:-2]]
    return start + max(ends) if ends and max(ends) <= len(name) - 2 else None


def _an_office_of_its_institution(name: str) -> bool:
    """县人民法院 + 执行局: an institution's name, then one word naming its office (not 县委党校 + 举办全县社)."""
    end = _end_of_its_institution(name, 0)
    return end is not None and dictionary_tag(name[end:]) == "n"


def _units_after_their_bureaus(index: TextIndex, found: dict[tuple[int, int], OrgMention]) -> None:
    """市公安局 + 刑事侦查支队, 县公安局 + 交通警察大队: a unit named by its field right after its bureau,
    whose field's verb (侦查/v) stopped the read back from 支队."""
    for (start, end), bureau in list(found.items()):
        unit = _unit_after().match(index.text, end) if bureau.name.endswith(BUREAU_ENDINGS) else None
        if unit and index.is_boundary(unit.end()) and (start, unit.end()) not in found:
            found[(start, unit.end())] = OrgMention(span=index.seg.span(start, unit.end()),
                                                   name=index.text[start:unit.end()], parent=bureau)


@lru_cache(maxsize=1)
def _unit_after() -> re.Pattern:
    units = lexicon.alternation(lexicon.organizations()["units_after_bureaus"])
    return re.compile(rf"[\u4e00-\u9fff]{{2,6}}?(?:{units})")  # 刑事侦查 + 支队


def _bureaus_of_their_offices(index: TextIndex, found: dict[tuple[int, int], OrgMention]) -> None:
    """市地震局 + 监测预报科, 县人民医院 + 急诊科, 涪江大学 + 能源学院: an office named after its bureau or
    institution, or a college after its university, is a part of it, which the text names there too."""
    institutions = lexicon.organizations()["institutions_before_departments"]
    for (start, end), org in list(found.items()):
        if org.parent is not None:
            continue
        cut = None
        if org.name[-1] in DEPARTMENT_CHARS and org.name[-1] not in BUREAU_ENDINGS:
            cuts = [start + k + 1 for k, c in enumerate(org.name[:-3])
                    if c in BUREAU_ENDINGS or c == "办" and not org.name.startswith(_long_parts(), k)]  # 省普查办
            cut = max(cuts + [_end_of_its_institution(org.name, start) or 0]) or None
        elif org.name.endswith(_long_parts()):
            at = max((org.name.find(w) + len(w) for w in institutions if 0 < org.name.find(w) < len(org.name) - 4),
                     default=0)
            cut = start + at if at else None
        if cut is None or cut - start < 3 or not index.is_boundary(cut):
            continue
        bureau = found.setdefault((start, cut), OrgMention(span=index.seg.span(start, cut), name=index.text[start:cut]))
        org.parent = bureau


@lru_cache(maxsize=1)
def _long_parts() -> tuple[str, ...]:
    return tuple(p for p in lexicon.organizations()["parts"] if len(p) >= 2)


def _the_last_of_a_listed_pair(index: TextIndex, m: re.Match, found: dict[tuple[int, int], OrgMention]) -> bool:
    """区女企业家商会、泖湾街道商会 + 2家: the tally counts the bodies listed before it, the last as much a
    body as the one before, which ends in the same suffix right before a 、 of its clause, or is the other
    of a pair joined by 和 that the tally counts two (区社会福利中心和筱坞镇敬老院2家)."""
    clause_start = index.clause(m.start())[0]
    mark = max(index.text.rfind(c, clause_start, m.start()) for c in "、和")
    named = mark > 0 and re.fullmatch(r"[\u4e00-\u9fff]{2,12}", index.text[mark + 1:m.start()]) is not None \
        and not any(w in index.text[mark + 1:m.start()] for w in ("等", "及", "和"))  # not …等全资及控股 + 子公司
    if index.text[mark:mark + 1] == "和":  # 区社会福利中心和筱坞镇敬老院 + 2家: the pair the tally counts
        return named and index.text.startswith(("2", "两"), m.end()) and any(end == mark for (_, end) in found)
    return named and any(end == mark and org.name.endswith(m.group()) for (_, end), org in found.items())


def _listed_before_a_tally(index: TextIndex, found: dict[tuple[int, int], OrgMention]) -> None:
    """远驰快递、恒通速递、快鸽快运、云路物流4家快递企业: the names listed before a tally of bodies
    of a kind are bodies, when each is a name (a word the dictionary lacks or tags as a name),
    not a common word (银行、保险、证券等3类金融机构)."""
    for m in _tally_of_bodies().finditer(index.text):
        items, pos = [], _after_a_link_word(index, m.start(1), m.start(1) + m.group(1).find("、"))
        for item in index.text[pos:m.end(1)].split("、"):
            items.append((pos, pos + len(item)))
            pos += len(item) + 1
        if len(items) >= 2 and all(_names_a_listed_body(index, *item) for item in items):
            for start, end in items:
                if not any(s < end and start < e for s, e in found):
                    found[(start, end)] = OrgMention(span=index.seg.span(start, end), name=index.text[start:end])


@lru_cache(maxsize=1)
def _tally_of_bodies() -> re.Pattern:
    kinds = lexicon.alternation(lexicon.organizations()["tallied_kinds"])
    item = r"[\u4e00-\u9fff]{2,8}?"
    return re.compile(rf"((?:{item}、)+{item})等?(?:[0-9]+|[一二三四五六七八九十两]+)家[\u4e00-\u9fff]{{0,4}}?(?:{kinds})")


def _after_a_link_word(index: TextIndex, begin: int, end: int) -> int:
    """Where a list's first item starts: after the last link word (与, 和, 同) the read took in."""
    i, start = index.token_at(begin), begin
    while i < len(index.words) and index.starts[i] < end:
        if index.tags[i] in ("p", "c") or index.words[i] in FUNCTION_CHARS:
            start = index.ends[i]
        i += 1
    return start


def _names_a_listed_body(index: TextIndex, start: int, end: int) -> bool:
    """Not a place (柘湾镇、龙潭镇的 + 4家合作社: the places they are in) nor a phrase with 的."""
    if start not in index.start_set or end not in index.end_set or end - start < 2:
        return False
    if "的" in index.text[start:end] or admin_suffix_of(index.text[start:end]):
        return False
    first = index.token_at(start)
    known = dictionary_tag(index.words[first])
    return (known is None or known in ("nr", "nz", "ns", "nt", "j")) and len(index.words[first]) >= 2


def _bodies_declaring_a_short_name(index: TextIndex, found: dict[tuple[int, int], OrgMention]) -> None:
    """岱州市职业技能鉴定指导中心（以下简称鉴定中心）: what is given a short name is a body, from
    the clause's first proper name to the bracket, where no body was read there (a verb, 鉴定,
    stopped the read back); not where the short name counts things (落实…护理补贴（以下简称“两项补贴”）)
    nor where an event is given one."""
    ends = {end for _, end in found}
    for m in _short_name_bracket().finditer(index.text):
        end = m.start()
        if end in ends or index.text[end - 1:end] in QUOTE_CLOSE:
            continue  # 《若干措施》: a title's short name
        clause = max(index.text.rfind(mark, 0, end) for mark in "，,。；;：:、\n") + 1
        i = index.token_at(clause)
        while i < len(index.starts) and index.starts[i] < end and index.tags[i] not in PROPER_NAME_TAGS | {"nt"}:
            i += 1  # 2024年, 由, 依托: what leads up to the name
        start = index.rare_head_before(index.starts[i]) if i < len(index.starts) else end  # 朐 + 阳市
        if 4 <= end - start <= MAX_DECLARED_NAME and re.fullmatch(r"[\u4e00-\u9fff0-9]+", index.text[start:end]) \
                and not _tally_name().match(declared_short_name(index.text, end) or "") \
                and not _is_event_noun(index.text[start:end]):  # 嶅阳茶产业博览会（以下简称“茶博会”）: an event
            found[(start, end)] = OrgMention(span=index.seg.span(start, end), name=index.text[start:end])


@lru_cache(maxsize=1)
def _tally_name() -> re.Pattern:
    """两项补贴, 三大工程: a numeral and a measure open a short name that counts things."""
    return re.compile(rf"[一二两三四五六七八九十]+[{''.join(lexicon.organizations()['tally_measures'])}]")


@lru_cache(maxsize=1)
def _short_name_bracket() -> re.Pattern:
    return re.compile(rf"[（(]\s*(?:{lexicon.alternation(lexicon.organizations()['short_name_markers'])})")


@lru_cache(maxsize=1)
def short_name_declaration() -> re.Pattern:
    """(以下简称“路桥公司”) right after a body's name, or a body's other name in brackets
    (县工商联(总商会)): group 1 or 2 is its declared short name."""
    markers = lexicon.alternation(lexicon.organizations()["short_name_markers"])
    second = lexicon.alternation(lexicon.organizations()["second_names_in_brackets"])  # 市局（公司）
    return re.compile(rf"\s*[（(]\s*(?:(?:{markers})[:：]?\s*[“\"「]?([^”\"」）)，,]{{2,12}}?(?:[（(](?:{second})[）)])?)"
                      rf"[”\"」]?"
                      rf"|([\u4e00-\u9fff]{{0,{MAX_OTHER_NAME}}}(?:{suffix_pattern().pattern})))\s*[）)]")


def declared_short_name(text: str, after: int) -> Optional[str]:
    declared = short_name_declaration().match(text, after)
    return (declared.group(1) or declared.group(2)) if declared else None


def with_declared_short_names(text: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """九三学社宜昌市委员会（以下简称“社市委”）: wherever 社市委 is written, it names that
    body: a body found inside it (市委) is that short name, not another body, and where no
    body was found (总商会 of 县工商联(总商会)) it is a mention of its own."""
    declared = {d for o in orgs if (d := declared_short_name(text, o.span.end))}
    written = [(w.start(), w.end(), short) for short in declared for w in re.finditer(re.escape(short), text)
               if w.start() == 0 or not re.match(r"[\u4e00-\u9fff]", text[w.start() - 1])
               or text[w.start() - 1] in OPENERS]
    out = []
    for org in orgs:
        cover = next(((b, e, s) for b, e, s in written if b <= org.span.start and org.span.end <= e
                      and (b, e) != (org.span.start, org.span.end)), None)
        out.append(OrgMention(span=Span(cover[0], cover[1], cover[2]), name=cover[2]) if cover else org)
    alone = {b: OrgMention(span=Span(b, e, s), name=s) for b, e, s in written
             if not any(o.span.start < e and b < o.span.end for o in out)}
    for b, whole in list(alone.items()):
        department = _department_after().match(text, whole.span.end)
        if department and not any(o.span.start < department.end() and whole.span.end < o.span.end for o in out):
            name = whole.name + department.group()  # 集团 + 党群工作部, no department found alone
            out.append(OrgMention(span=Span(b, department.end(), name), name=name, parent=whole))
    ends = {o.span.end: o for o in alone.values()}
    for i, org in enumerate(out):
        if org.span.start in ends and org.parent is None and org.name[-1] in DEPARTMENT_CHARS:
            # 集团 + 人力资源部: a department of the body, which its own name does not tell apart
            whole = ends[org.span.start]
            name = whole.name + org.name
            out[i] = OrgMention(span=Span(whole.span.start, org.span.end, name), name=name, parent=whole)
    return sorted(out + list(alone.values()), key=lambda o: (o.span.start, -o.span.end))


def _branches_under_their_bureaus(index: TextIndex, found: dict[tuple[int, int], OrgMention]) -> None:
    """市生态环境局 + 镜湖分局, 中国人民银行 + 邗州市分行, 省特种设备检验研究院 + 嵘州分院, …交通管理大队 +
    澥口中队: a branch written right after its bureau, bank, institute or brigade is named with it."""
    ends = {end: start for start, end in found}
    for (start, end), org in list(found.items()):
        branch = BRANCH_AFTER_ITS_BUREAU.match(index.text, end) if org.name.endswith("局") else None
        if branch and (end, branch.end()) not in found and not set(branch.group(1)) & FUNCTION_CHARS:
            span = index.seg.span(start, branch.end())  # 局溱/n + 阳/nr + 分局: the branch the segmenter cut apart
            found.setdefault((start, branch.end()), OrgMention(span=span, name=_clean(span.text)))
        if start in ends and _a_branch_of(org.name, found[(ends[start], start)].name):
            span = index.seg.span(ends[start], end)
            found.setdefault((ends[start], end), OrgMention(span=span, name=_clean(span.text)))


def _a_branch_of(branch: str, parent: str) -> bool:
    """镜湖分局 after any body; 邗州市分行 after a bank, 嵘州分院 after an institute, 澥口中队 after a brigade."""
    return any(branch.endswith(ending) and parent.endswith(parent_ending)
               for ending, parent_ending in lexicon.organizations()["branches_under_parents"].items())


def _brands_under_their_holders(index: TextIndex, found: dict[tuple[int, int], OrgMention]) -> None:
    """市第一人民医院 + “白衣天使”合唱团: a team known by a name in quotes, written right after the
    body it belongs to, is named with it, as a part of it."""
    ends = {end: start for start, end in found}
    for (start, end), org in list(found.items()):
        if index.text.startswith("“", start) and start in ends:
            holder = found[(ends[start], start)]
            span = index.seg.span(ends[start], end)
            whole = found.setdefault((ends[start], end), OrgMention(span=span, name=_clean(span.text)))
            whole.parent = whole.parent or holder
            del found[(start, end)]


def _units_stationed_elsewhere(index: TextIndex, found: dict[tuple[int, int], OrgMention]) -> None:
    """县人民法院 + 驻 + 郯溪法庭, 县纪委监委 + 派驻 + 县发改委 + 纪检监察组: a unit a body keeps at
    another place or body is one name with both (驻市国资委 alone is none, 驻港办事处 is one)."""
    text, units = index.text, tuple(lexicon.organizations()["stationed_units"])
    ends = {end: start for start, end in found}
    for (start, end), org in list(found.items()):
        link = next((w for w in ("派驻", "驻") if org.name.startswith(w) or text.endswith(w, 0, start)), None)
        if link is None:
            continue
        at = start + len(link) if org.name.startswith(link) else start
        holder = ends.get(at - len(link))
        unit_after = next((len(u) for u in units if text.startswith(u, end)), 0)
        unit_end = end if org.name.endswith(units) else end + unit_after
        del found[(start, end)]
        if holder is not None and unit_end > start and (unit_end > end or org.name.endswith(units)):
            span = index.seg.span(holder, unit_end)
            found[(holder, unit_end)] = OrgMention(span=span, name=_clean(span.text),
                                                   parent=found[(holder, at - len(link))])
        elif not org.name.startswith(link) or org.name.endswith(units):
            found[(start, end)] = org  # 驻 + a body, no unit: the body itself; 驻港办事处: a unit named so


def _longer_suffix_inside(text: str, m: re.Match) -> int:
    """Where to look on after a suffix that named nothing: inside it, if a longer suffix
    starts there (省委 + 委员会 in 九三学社湖北省委员会), else after it."""
    return next((k for k in range(m.start() + 1, m.end())
                 if (longer := suffix_pattern().match(text, k)) and longer.end() > m.end()), m.end())


def _without_words_before_the_name(index: TextIndex, start: int, end: int) -> tuple[int, int]:
    """The name read back, without the words before it that are no part of it: a generic head
    (医院 + 心血管内科), the party's name before a body (中国共产党 + 西陵大学; 中共洛阳市委, 中共党史出版社,
    one word to the segmenter, and a unit of a region's committee, 中共 + 沭安 + 市委党校, stay whole), a link
    word (受区政协, 将区政协), a term (新一届常委会), a point's number (一是桐溪中学), the mark of a post once
    held (原市人大常委会副主任) and a person's name and the 任 of a post (王建平任城发集团)."""
    text = index.text
    name = text[start:end]
    for head in lexicon.organizations()["generic_heads_before_names"]:
        if name.startswith(head) and len(name) - len(head) >= 4:
            return _without_words_before_the_name(index, start + len(head), end)  # 医院心血管内科: the department
    for prefix in lexicon.organizations()["party_prefixes"]:
        if name.startswith(prefix) and len(name) > len(prefix) + 1 and not name.endswith(("委员会", "委", "党委", "党组")) \
                and start + len(prefix) in index.start_set and not PARTY_COMMITTEE_UNIT.match(name, len(prefix)):
            return start + len(prefix), end
    if name[0] in LINK_CHARS and name[1:2] in LEVEL_CHARS:
        return start + 1, end
    inside = re.search(r"在(?=[省市区县镇乡])", name[1:-2])
    if inside:  # 区卫健委在 + 区疾控中心: one body acts at another, named after 在
        return start + 1 + inside.end(), end
    if name[0] in CONJUNCTIONS and name[1:2] in LEVEL_CHARS and index.starts[index.token_at(start)] < start:
        return start + 1, end  # 柳湾县及/n + 市工业和信息化局: a conjunction the segmenter glued to the word before
    glued = name[1:2] in CONJUNCTIONS and start + 2 in index.start_set and dictionary_frequency(name[:2]) == 0
    if glued and len(name) > 4:
        return start + 2, end  # 展立/v 军及/n + 主席团: a name's last character and 及, glued into a word of none
    marker = next((w for w in lexicon.organizations()["list_markers"] if name.startswith(w)), None)
    if marker and len(name) - len(marker) >= 2:
        return _without_words_before_the_name(index, start + len(marker), end)  # 一是 + 桐溪中学: a point's number
    term = next((w for w in lexicon.organizations()["terms_before_names"] if name.startswith(w)), None)
    if term and len(name) - len(term) >= 2:
        return start + len(term), end  # 新一届 + 常委会: the body's term, no part of its name
    link = next((w for w in lexicon.organizations()["not_in_names"] if len(w) > 1 and name.startswith(w)), None)
    if link and name[len(link):len(link) + 1] in LEVEL_CHARS and len(name) - len(link) >= 3:
        return start + len(link), end  # 会同县/n + 纪委监委: the verb 会同 and a body's short name, no county 会同县
    if name[0] in FORMER_MARKS and name[1:2] in LEVEL_CHARS and name[2:3] not in LEVEL_CHARS:
        return start + 1, end  # not 原州区
    post = _post_glued_to_a_body(index, start, end)
    if post is not None:
        return post + 1, end  # 王建平 + 任城发/nr + 集团: a person, 任 of the post, then the body
    return start, end


def _post_glued_to_a_body(index: TextIndex, start: int, end: int) -> Optional[int]:
    """Where a word the segmenter made of 任 (为) and the start of a body's name, right after a
    person's name, starts inside the name read from ``start``."""
    i = index.token_at(start)
    while i + 1 < len(index.words) and index.ends[i + 1] < end:
        i += 1
        word = index.words[i]
        if len(word) >= 3 and word[0] in GLUED_TO_PERSON_NAMES and index.tags[i] == "nr" \
                and index.tags[i - 1] == "nr" and index.ends[i - 1] == index.starts[i]:
            return index.starts[i]
    return None


def _name_span(index: TextIndex, m: re.Match) -> Optional[tuple[int, int]]:
    suffix = m.group()
    if suffix.endswith("医院") and HOSPITAL_GRADE.search(index.text, max(0, m.start() - 8), m.start()):
        return None  # 通过三级乙等中医医院评审, 创建三级医院: a grade of hospital, no body
    if len(suffix) == 1 and _inside_a_word_of_its_own(index, m.start()):
        return None  # 我县 + 地处/s, 强省 + 开新局/v, 全科医生: the character ends a verb or a word, no office
    if len(suffix) == 1 and _opens_a_verb(index, m.start()):
        return None  # 翊州市以 + 办赛/vn: the character opens a verb, no office
    if len(suffix) == 1:
        start = _level_start(index, m.start())
        start = _under_a_national_parent(index, index.rare_head_before(start)) if start is not None else None
        name = index.text[start:m.end()] if start is not None else ""
        token = index.token_ending_at(m.end())
        whole = token is not None and index.starts[token] < m.start()  # 市 + 公证处/n + 在: 处在 is no word here
        whole = whole or _a_title_word_after(index, m.end())  # 对外贸易 + 处 + 处长: 处处 is no word here
        ok = start is not None and _is_office_name(name, "" if whole else index.text[m.end():m.end() + 1]) \
            and not _a_body_acting_before(index, start, m.start())
        if not ok and token is not None and (index.tags[token] == "nt" and len(index.words[token]) > 1
                                             and not _an_idiom(index.words[token])
                                             or _a_committee_of_the_body_before(index, token)):
            start = _name_start(index, index.starts[token], m.end())  # 新华社, 党委宣传部
            name, ok = index.text[start:m.end()], True
    else:
        ok = _ends_a_word(index, m.start(), m.end())
        start = _name_start(index, m.start(), m.end()) if ok else None
        name = index.text[start:m.end()] if ok else ""
    if ok and start > 0 and index.words[index.token_at(start - 1)] in lexicon.organizations()["model_marks"]:
        return None  # “枫桥式公安派出所”: a model bodies are named after, not a body
    quoted = _quoted_name_start(index, m.end()) if ok else None
    if quoted is not None and quoted < start:
        start, name = quoted, index.text[quoted:m.end()]  # 共建的“沔溪地方文献研究中心”: the quotes hold the whole name
    branded = _quoted_brand_before(index, start) if ok and not suffix.endswith("组") else None
    if branded is not None:  # not “老旧小区加装电梯”课题组: a group is named for its task
        start, name = branded, index.text[branded:m.end()]  # “杏林”医疗志愿服务队, “法官妈妈”工作室
    return (start, m.end()) if ok and _is_organization_name(name, suffix) else None


def _a_title_word_after(index: TextIndex, end: int) -> bool:
    i = index.token_at(end)
    return index.starts[i] == end and index.words[i] in lexicon.title_set()


def _a_body_acting_before(index: TextIndex, start: int, suffix_start: int) -> bool:
    """区退役军人事务局 + 以 + 服务站…, 区退役军人服务中心 + 举办 + 服务站…: a body's whole name, then a
    preposition or a verb of holding: the body acts there, and the office's character after is no part of
    its name (市委 + 巡察/v + 办 is one office's)."""
    return any((index.tags[i] == "p" or index.words[i] in lexicon.events()["heads_held_by"])
               and _ends_a_body(index.text[start:index.starts[i]])
               for i in range(index.token_at(start) + 1, index.token_at(suffix_start - 1) + 1))


def _opens_a_verb(index: TextIndex, start: int) -> bool:
    """以 + 办赛/vn: the character at start opens a longer word the segmenter read as a verb (not 局原/n, 院为/n:
    the segmenter glues a body's last character to the word after it)."""
    token = index.token_at(start)
    return index.starts[token] == start and len(index.words[token]) > 1 and index.tags[token] in ("v", "vn")


def _quoted_brand_before(index: TextIndex, start: int) -> Optional[int]:
    """“杏林” + 医疗志愿服务队, 栟湖镇“渔歌” + 艺术团: a short name in quotes right before a team's,
    a studio's or a troupe's words opens its name, after the place or body it belongs to; a tally
    in quotes (获评市级“四好”商会) is an honour."""
    text = index.text
    if text[start - 1:start] != "”":
        return None
    opening = text.rfind("“", max(0, start - 2 - MAX_QUOTED_BRAND), start - 1)
    brand = text[opening + 1:start - 1]
    if opening < 0 or not re.fullmatch(r"[\u4e00-\u9fff0-9A-Za-z·]{2,}", brand) or NUMERAL_HEAD.match(brand):
        return None
    holder = index.token_at(opening - 1) if opening > 0 else -1
    if holder >= 0 and index.ends[holder] == opening and len(index.words[holder]) >= 2 \
            and (index.tags[holder] == "ns" or index.words[holder].endswith(tuple(lexicon.places()["admin_suffixes"]))):
        return index.rare_head_before(index.starts[holder])  # 栟/zg + 湖镇 + “渔歌”艺术团
    return opening


def _a_committee_of_the_body_before(index: TextIndex, token: int) -> bool:
    """市人大 + 城环委/n, 农委/n: a short word ending in 委 glued to a congress's or a consultative
    conference's name is one of its committees (not 常委: a member's title)."""
    word = index.words[token]
    return len(word) in (2, 3) and word.endswith("委") and word not in lexicon.title_set() \
        and token > 0 and index.ends[token - 1] == index.starts[token] and _has_committees(index.words[token - 1])


def _has_committees(word: str) -> bool:
    """市人大, 县政协, 人大常委会: a body whose committees a report names after its name."""
    return word.endswith(tuple(lexicon.organizations()["bodies_with_committees"]))


def _inside_a_word_of_its_own(index: TextIndex, at: int) -> bool:
    """地处/s, 开新局/v; 全科医生/n: the character ends a verb or a place word, or stands inside a word of the
    dictionary (not 区卫 + 健委等/nr: a cut the segmenter's model made)."""
    i = index.token_at(at)
    inside = at + 1 < index.ends[i] and dictionary_tag(index.words[i]) is not None
    return index.starts[i] < at and (index.tags[i] in ("v", "vd", "vi") or inside
                                     or index.tags[i] == "s" and dictionary_tag(index.words[i]) == "s")


def _quoted_name_start(index: TextIndex, end: int) -> Optional[int]:
    """Where the quoted name a suffix ends starts: “沔溪地方文献研究中心” (not a model, “枫桥式…”)."""
    if index.text[end:end + 1] not in QUOTE_CLOSE:
        return None
    opening = max(index.text.rfind(q, max(0, end - MAX_QUOTED_NAME), end) for q in QUOTE_OPEN)
    if opening < 0 or not re.fullmatch(r"[\u4e00-\u9fff]{4,}", index.text[opening + 1:end]) \
            or opening + 1 not in index.start_set:
        return None
    marks = lexicon.organizations()["model_marks"]
    inside = range(index.token_at(opening + 1), index.token_at(end - 1) + 1)
    return None if any(index.words[i] in marks for i in inside) else opening + 1


def _level_start(index: TextIndex, suffix_start: int) -> Optional[int]:
    """区发改局, 市委宣传部, 泸州市国资委: an office named by its level and its field."""
    text = index.text
    for pos in range(suffix_start - 1, max(-1, suffix_start - 14), -1):
        if not re.match(r"[\u4e00-\u9fff]", text[pos]):
            return None
        if text[pos] in "和与" and suffix_start - pos >= 3 and not _ends_a_body(text[max(0, pos - 6):pos]):
            continue  # 市文化广电和旅游局, 县海洋与渔业局: 和 and 与 join two fields of one name
        if (text[pos] in OFFICE_NAME_STOPS or text[pos] == "和") and not _opens_a_field_word(index, pos, suffix_start):
            return None  # 的, 在 … end a name
        if links_a_level(text[pos:pos + 2]):
            return pos + 1  # 青塘镇和 + 县城市管理局: 和 joins two bodies
        if text[pos] in LEVEL_CHARS and not _opens_a_common_word(index, pos) and not _closes_a_common_word(index, pos):
            i = index.token_at(pos)
            if index.ends[i] == pos + 1 and index.starts[i] < pos and not links_a_level(index.words[i]) and (
                    index.tags[i] in ("ns", "nt") or index.words[i] in _zone_words()
                    or _unknown_place_word(index.words[i])):  # not 和县 + 农业农村局; 茆溪县/nr
                head = i - 1 if i > 0 and (index.heads_the_place_after(i - 1) or _names_a_zone(index, i)) else i
                return index.starts[head]  # the level closes a place name: 泸州市, 开发区, 梓 + 陵县, 东霁 + 开发区
            if index.starts[i] == pos and _place_name_before(index, i) \
                    and not _floor_before().search(text, max(0, pos - 4), pos):  # not 三楼 + 县应急管理局
                return index.starts[i - 1]  # 峦溪/nz + 县 + 供销社: the level alone after the place's name
            return pos
    return None


def _opens_a_field_word(index: TextIndex, pos: int, suffix_start: int) -> bool:
    """省商务厅 + 对外贸易/l + 处: the stop character opens a field's word inside the name, no link."""
    i = index.token_at(pos)
    return index.starts[i] == pos and index.ends[i] <= suffix_start and len(index.words[i]) > 1 \
        and dictionary_tag(index.words[i]) in FIELD_WORD_TAGS


def _ends_a_body(text: str) -> bool:
    """县统计局 + 与, 县直单位 + 与: a body's name or a kind of body ends before 与, which joins two."""
    return text.endswith(_body_endings() + _kinds_before_names())


def _opens_a_common_word(index: TextIndex, pos: int) -> bool:
    """市场, 市政, 县城: the level's character opens a word where the segmenter starts one there,
    not where it cut the level off alone or as the end of a place (市 + 政务服务管理局, 朐/阳市 + 政务)."""
    i = index.token_at(pos)
    return index.text[pos:pos + 2] in lexicon.organizations()["not_level_words"] \
        and index.starts[i] == pos and index.ends[i] > pos + 1


def _unknown_place_word(word: str) -> bool:
    """茆溪县/nr: a place's name the dictionary lacks, tagged at random; not 为市, 起由区 (a link word's)."""
    return len(word) >= 3 and dictionary_tag(word) is None and not any(c in FUNCTION_CHARS for c in word)


def _place_name_before(index: TextIndex, i: int) -> bool:
    before = i - 1
    return before >= 0 and index.ends[before] == index.starts[i] and index.tags[before] in ("ns", "nz") \
        and 2 <= len(index.words[before]) <= 4 and index.words[before] not in lexicon.places()["not_places"]


def _names_a_zone(index: TextIndex, i: int) -> bool:
    """东霁/nr + 开发区: a name right before a zone's word is the zone's."""
    before = i - 1
    return index.words[i] in _zone_words() and index.ends[before] == index.starts[i] \
        and 2 <= len(index.words[before]) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", index.words[before]) is not None \
        and (index.tags[before] in ("ns", "nr", "nz") or dictionary_tag(index.words[before]) is None)


def _closes_a_common_word(index: TextIndex, pos: int) -> bool:
    """社区 + 居委会, 城乡 + 建设局: the level character at pos ends a common word, not a name (泺北区/nz,
    a place's word the dictionary lacks, holds 北区 and is a name)."""
    if pos == 0 or index.text[pos - 1:pos + 1] not in lexicon.places()["not_places"]:
        return False
    i = index.token_at(pos)
    named_before = index.ends[i - 1] == pos and index.tags[i - 1] == "nz" and len(index.words[i - 1]) > 1
    if index.starts[i] == pos and named_before:
        return False  # 霁城/nz + 市 + 交通运输局: the segmenter read a city's name before its level
    return not (index.ends[i] == pos + 1 and index.starts[i] < pos - 1 and _unknown_place_word(index.words[i]))


def _is_office_name(name: str, next_char: str) -> bool:
    orgs = lexicon.organizations()
    if re.search(r"[0-9零一二三四五六七八九十百千万余多等、]|全年|今年|去年|年度", name[1:-1]):
        return False  # 市二十余所, 区妇幼保健院全年住院, 镇村镇建设办公室等站所: a figure, a time or a list, no office
    if name[-2:] in orgs["not_org_endings"] or len(name) < 3 or _is_word(name[-1] + next_char):
        return False  # 村干部, 委员, 社会, 局长: the last character belongs to another word
    if any(body in name[:-1] and not _party_committee_of_the_office(name, body) for body in orgs["bodies"]
           if len(body) > 1) and not _an_office_of_its_institution(name) or "馆" in name[:-1].replace("场馆", ""):
        return False  # 区政协委(员), 县文化馆展厅: an office is not named after a body or a hall (but 县法院 + 执行局)
    if any(w in name[1:] for w in orgs["not_in_names"] if len(w) > 1):
        return False  # 区中医医院 + 新增 + 康复科: a link or an act between two names
    if _is_verb(name[-2:]) and not _is_word(name[-3:-1]):
        return False  # 区查处: 查处 is an act, not an office (县委巡察 + 办: 察办 straddles the field's word)
    named = _without_name_words(name)  # 市 + 河长办: the office of the 河长, no person's title
    return not any(t in named for t in lexicon.titles() if len(t) > 1)


def _without_name_words(name: str) -> str:
    return re.sub(lexicon.alternation(lexicon.organizations()["name_words"]), "", name)


def _party_committee_of_the_office(name: str, body: str) -> bool:
    """昌汀市委 + 老干部局, 县委 + 农办: the party committee of a level whose office it is, with a field
    between them (an act, 督办, is no office: see _is_verb)."""
    at = name.find(body)
    return len(body) == 2 and body[0] in LEVEL_CHARS and body[1] == "委" and len(name) - at - len(body) >= 2 \
        and name.endswith(PARTY_OFFICE_ENDINGS)


def _is_verb(chars: str) -> bool:
    from ..nlp import tag
    return _is_word(chars) and tag(chars).startswith("v")


def _an_idiom(word: str) -> bool:
    """大操大办/nt, 一心一意: four characters, the first repeated third, make an idiom, no body."""
    return len(word) == 4 and word[0] == word[2]


def _is_word(chars: str) -> bool:
    return len(chars) == 2 and dictionary_frequency(chars) > 0


def _ends_a_word(index: TextIndex, start: int, end: int) -> bool:
    """The suffix closes a noun: not 举办 for 办, not 中心工作 for 中心."""
    if index.text.startswith(_kinds_a_name_runs_into(), end) or _seat_title_after(index.text, start, end):
        return False  # 石桥镇中心 + 学校: the name runs on into the kind of body; 县人大 + 代表
    if RUNS_ON.match(index.text, end) and index.text[start:end] not in lexicon.organizations()["standalone"] \
            and not (start > 1 and index.text[start - 1] in LEVEL_CHARS and index.text[start - 2] not in "全本各两级") \
            and not (index.text[start] in LEVEL_CHARS and start > 0 and index.tags[index.token_at(start - 1)] == "ns") \
            and not (start > 0 and index.text[start - 1] == "届") \
            and not (_second_of_a_joint_body(index.text, start, end) and title_after().match(index.text, end)):
        return False  # 政协工作 is the work; 区政协工作综述, 长兴县委常委, 第十五届委员会委员, 区纪委监委委员 name the body
    if end not in index.end_set:
        nxt = index.text[end:end + 6]
        return part_pattern().match(nxt) is not None or title_after().match(nxt) is not None \
            or not re.match(r"[\u4e00-\u9fff]", nxt[:1] or " ")
    i = index.token_ending_at(end)
    # 促进会/v as a word of its own, 家具商 + 会: the segmenter's word is the suffix or a piece of it
    return i is not None and (index.tags[i] in NAME_TAGS or index.words[i] in lexicon.organizations()["bodies"]
                              or (index.starts[i] >= start and index.text[start:end] not in _standalone()))


def _second_of_a_joint_body(text: str, start: int, end: int) -> bool:
    """区纪委 + 监委 (+ 委员): the second of two bodies that work as one under their level (not a part
    of the first: 市政协 + 常委会)."""
    orgs = lexicon.organizations()
    return start >= 3 and text[start - 3] in LEVEL_CHARS and text[start - 2:start] in orgs["bodies"] \
        and text[start:end] in orgs["bodies"] and text[start:end] not in orgs["parts"]


def _seat_title_after(text: str, start: int, end: int) -> bool:
    seat = lexicon.organizations()["seat_titles"].get(text[start:end])
    return seat is not None and text.startswith(seat, end)


def _name_start(index: TextIndex, suffix_start: int, end: int) -> int:
    """Read back from the suffix over the words that can be part of a name."""
    text = index.text
    if suffix_start > 0 and text[suffix_start - 1] in QUOTE_CLOSE:
        return suffix_start  # 《…》委员会 is not one name
    level = level_or_ordinal().search(text, max(0, suffix_start - 8), suffix_start)
    if level and _closes_a_common_word(index, level.start()):
        level = None
    if text[suffix_start:end] in company_suffixes():
        return _company_start(index, suffix_start, end)
    committee = _committee_of_a_congress(index, suffix_start, end)
    if committee is not None:
        return _with_the_party_before(index, index.rare_head_before(committee))  # 篁 + 州市政协 + 文史…委员会
    task_group = _a_task_group_start(index, suffix_start, end)
    if task_group is not None:
        return task_group
    firm = _firm_before(text, end)
    if firm is not None and text[suffix_start:end] == "事务所":
        return _company_start(index, firm, end)  # 衡正 + 律师事务所: a brand, as a company's
    start = level.start() if level else suffix_start
    first = _first_word_start(index, start, end, level is None)
    start = _read_back(index, first, end)
    if first < suffix_start and level is None and index.tags[index.token_at(first)] not in ("ns", "nt") \
            and not _has_a_proper_head(index, start, first) and text[first] not in LEVEL_CHARS:  # 市委党校/n
        start = suffix_start  # 技工学校, 中小学 alone are kinds of bodies; 叙州区技工学校 is one
    while (index.tags[index.token_at(start)] in LEADING_NOT or index.words[index.token_at(start)] in _office_acts()) \
            and index.ends[index.token_at(start)] <= suffix_start \
            and start < suffix_start and dictionary_tag(index.words[index.token_at(start)]) is not None:
        start = index.ends[index.token_at(start)]  # 服务党委政府, 指导 + 中心: a name does not start with an action
    if level is None:
        ordinal = level_or_ordinal().search(text, max(0, start - 8), start)
        if ordinal and ordinal.group().endswith("届"):
            start = ordinal.start()
    branch = next((b for b in lexicon.organizations()["branches_named_by_region"] if text.endswith(b, start, end)), "")
    if branch and end - start > len(branch):
        start = _brand_before_the_region(index, start, end - len(branch), end)
    first_word = index.token_at(start)
    if index.words[first_word] in CONJUNCTIONS and index.ends[first_word] < suffix_start:
        return index.ends[first_word]  # 企业 + 和 + 农民专业合作社: a conjunction no field before it joins
    return _with_the_party_before(index, index.rare_head_before(start))


def _a_task_group_start(index: TextIndex, suffix_start: int, end: int) -> Optional[int]:
    """全市 + 城镇老旧小区改造工作 + 领导小组: a group set up for a task takes the task's words, verbs
    among them, back to the region's level that opens its name."""
    if not index.text.endswith(tuple(lexicon.organizations()["one_per_region"]), suffix_start, end) \
            or not index.text.endswith("工作", 0, suffix_start):
        return None
    i = index.token_at(suffix_start - 1)
    while i >= 0 and end - index.starts[i] <= MAX_NAME:
        word, tag = index.words[i], index.tags[i]
        if len(word) == 1 and word in LEVEL_CHARS or len(word) == 2 and word[0] == "全" and word[1] in LEVEL_CHARS:
            task_words = index.token_at(suffix_start - 1) - i
            return index.starts[i] if task_words >= 2 else None  # 全市 + 工作领导小组 names no task
        if word in GROUP_SETTING_UP and i < index.token_at(suffix_start - 1) - 2:
            return index.ends[i]  # 成员单位的 + 打击欺诈骗保专项整治工作 + 领导小组: set up for the task, no level
        if tag not in NAME_TAGS | {"v", "vn", "a", "ad"} or word in lexicon.organizations()["not_in_names"] \
                or word[-1] in "委会局办部组":
            return None  # a link or a body: the name is read as any other
        i -= 1
    return None


def _committee_of_a_congress(index: TextIndex, suffix_start: int, end: int) -> Optional[int]:
    """省人大 + 社会建设 + 委员会, 县人大常委会 + 选举任免联络 + 工委: the field between a congress's (a
    CPPCC's) name and 委员会 (工委), whatever words it holds, names one of that body's committees."""
    if index.text[suffix_start:end] not in ("委员会", "工委") or suffix_start == 0:
        return None
    last = index.token_at(suffix_start - 1)
    for i in range(last, max(-1, last - 5), -1):
        if _has_committees(index.words[i]) and i < last:
            field = index.text[index.ends[i]:suffix_start]
            named = any(index.tags[k] in ("ns", "nt", "j", "nr") for k in range(i + 1, last + 1)  # 和中共菰塘镇
                        if not (k == last and index.tags[k] == "nt"))  # 社会法制和 + 民族宗教/nt: the field's last word
            if named or not re.fullmatch(r"[\u4e00-\u9fff]{2,10}", field) or any(c in "的在等对向是为" for c in field):
                return None
            before = i - 1 if i > 0 and index.ends[i - 1] == index.starts[i] else None
            level = before if before is not None and (index.words[before] in LEVEL_CHARS or (
                index.words[before][-1] in LEVEL_CHARS and _names_a_place(index, before))) else i
            return index.starts[level]  # 市 (隰宁县) + 人大常委会 + 城乡建设环境保护工作 + 委员会
    return None


def _with_the_party_before(index: TextIndex, start: int) -> int:
    """中国共产党 + 澴 + 州市第十三届委员会, 政协 + 嶂 + 州市潆东区委员会: the party's name (or 政协) before a
    region the segmenter cut at its rare character opens the name, as it does before a region read whole;
    so does a national body's before its local office (国家税务总局 + 岚川市税务局), and a company's brand
    before the region its branch serves (国网 + 翚州供电公司)."""
    i = index.token_at(start - 1) if start > 0 else -1
    orgs = lexicon.organizations()
    glued = i >= 0 and index.ends[i] == start and index.words[i] in orgs["party_prefixes"] + orgs["formal_name_openers"]
    branded = i >= 0 and index.ends[i] == start and index.words[i] in BRANDS_BEFORE_PLACES
    if glued and is_rare(index.text[start]) or branded:
        return index.starts[i]
    return _under_a_national_parent(index, start)


def _under_a_national_parent(index: TextIndex, start: int) -> int:
    """国家税务总局 + 岚川市税务局: a national body's name opens the formal name of its local office, also
    over the city a district's office is in (国家税务总局 + 苕川市 + 蓊湖区税务局)."""
    for parent in lexicon.organizations()["national_parents"]:
        at = index.text.find(parent, max(0, start - len(parent)), start + len(parent))
        if 0 <= at < start <= at + len(parent):
            return at  # 国家税务总局/nt + 岚川市税务局, 国家金融监督管理 + 总局瑨州监管分局: glued to it or cut inside it
    city = _national_parent_and_city().search(index.text, max(0, start - MAX_PARENT_AND_CITY), start)
    return city.start() if city else start


@lru_cache(maxsize=1)
def _national_parent_and_city() -> re.Pattern:
    parents = lexicon.alternation(lexicon.organizations()["national_parents"])
    return re.compile(rf"(?:{parents})[\u4e00-\u9fff]{{1,6}}?(?:市|州|盟|地区)$")


def _brand_before_the_region(index: TextIndex, start: int, branch_start: int, end: int) -> int:
    """讯联通信 + 汭州分公司: a branch's name runs back over its company's brand, read as a
    company's name is, where a region alone names the branch; not over a body's name
    (嵘江交投集团 + 运营管理分公司 is read whole already)."""
    if start > 0 and index.text[start - 1] in CONJUNCTIONS:
        return start  # 电商平台 + 和 + 县邮政分公司: 和 joins another to the branch, cut as 和县/ns
    brand = _company_start(index, start, end)
    return brand if brand < start and suffix_pattern().search(index.text, brand, branch_start) is None else start


def _company_start(index: TextIndex, suffix_start: int, end: int) -> int:
    """绍兴越达汽配有限公司, 浙江华越新材料有限公司: a brand is a word the dictionary
    lacks (越达) or tags at random, so a company's name runs back over every word but
    the dictionary's verbs, numerals and function words."""
    firm = _firm_before(index.text, suffix_start)
    if firm is not None:
        return _company_start(index, firm, suffix_start)  # 正信会计师事务所 + 有限公司: a firm run as a company
    seat = COMPANY_SEAT.search(index.text, max(0, suffix_start - 8), suffix_start)
    if seat is not None:
        return _company_start(index, seat.start(), end)  # 鸿达电子科技 + （桐岭） + 有限公司: where it is registered
    start, i = suffix_start, index.token_at(suffix_start - 1) if suffix_start > 0 else -1
    if i >= 0 and index.ends[i] > suffix_start:
        start = index.starts[i]  # 科技股份 + 有限公司: the suffix begins inside a word
        i -= 1
    while i >= 0 and index.ends[i] == start and end - index.starts[i] <= MAX_NAME:
        if link_glued_to_a_name(index, i, FUNCTION_CHARS):
            return index.starts[i] + 1  # 由 + 华衡/p, 为华禹/p, 由长/p + 湄县: a link word the model glued to the name
        back = _brand_words_before(index, i)
        if back == 0 or start < suffix_start and index.words[i].endswith(tuple(lexicon.places()["zone_suffixes"])):
            break  # 泺川经济技术开发区 + 泺川华晟化工有限公司: the zone the company is in (泓州国际陆港物流园有限公司 is one)
        start, i = index.starts[i - back + 1], i - back
    if i >= 0 and index.ends[i] == start and len(index.words[i]) == 1 and re.match(r"[\u4e00-\u9fff]", index.words[i]) \
            and index.words[i] not in FUNCTION_CHARS and (i == 0 or index.words[i - 1] in LIST_MARKS):
        start = index.starts[i]  # 、泓/q + 川晟达化工有限公司: one character left before the list mark
    return start


def _business_after_its_region(index: TextIndex, i: int) -> int:
    """The words from the region that opens a company's name to the verb i of its business, when nouns
    alone stand between them (邶原县/nz + 再生资源/l + 回收/v); 0 if none."""
    k = i - 1
    while k >= 0 and i - k <= MAX_BUSINESS_WORDS and index.ends[k] == index.starts[k + 1]:
        if index.tags[k] == "ns" or index.words[k].endswith(COUNTY_OR_CITY) and len(index.words[k]) >= 2:
            return i - k + 1
        if index.tags[k] not in ("n", "l", "vn", "nz", "j"):
            return 0
        k -= 1
    return 0


def _brand_words_before(index: TextIndex, i: int) -> int:
    """How many words, ending with word i, a company's name runs back over (0: it stops before i)."""
    word, orgs = index.words[i], lexicon.organizations()
    known_as = dictionary_tag(word)
    if known_as == "v" and word not in orgs["not_in_names"] and (back := _business_after_its_region(index, i)):
        return back  # 邶原县 + 再生资源 + 回收/v + 利用有限公司: the business it does, after its region
    if known_as == "v" and i > 0 and index.tags[i - 1] == "ns" and index.ends[i - 1] == index.starts[i] \
            and len(word) == 2 and word not in orgs["not_in_names"]:
        return 2  # 婺阳/ns + 创新/v + 投资集团有限公司: a brand word after the place
    if known_as == "v" and len(word) == 1 and i + 1 < len(index.words) and len(index.words[i + 1]) == 1 \
            and i > 0 and index.tags[i - 1] in PROPER_NAME_TAGS | {"zg", "n"} and index.ends[i - 1] == index.starts[i] \
            and dictionary_frequency(word + index.words[i + 1]) == 0:
        return 1  # 澴州 + 能/v + 投/vn + 新能源有限公司: a brand's abbreviation (能源投资) split as a verb
    if len(word) == 1 and known_as == "v" and i > 0 and len(index.words[i - 1]) == 1 \
            and index.tags[i - 1] in PROPER_NAME_TAGS and index.ends[i - 1] == index.starts[i]:
        return 1  # 砻山县 + 鑫/nr + 达/v + 重工有限公司: a brand of two characters, the second read as a verb
    if len(word) == 1 and index.tags[i] == "d" and i > 0 and index.tags[i - 1] in ("nr", "ns", "nz") \
            and index.ends[i - 1] == index.starts[i]:
        return 1  # 朐阳衡正: 阳衡/nr + 正/d, 岚川弘/ns + 正/d: a brand the model read as a name and an adverb
    if not re.fullmatch(r"[\u4e00-\u9fff]+", word) \
            or (known_as in NOT_IN_COMPANY_NAMES and word not in orgs["company_trades"]) \
            or word in orgs["not_in_names"] or word in orgs["generic_prefixes"] \
            or word.endswith(_kinds_before_names()) \
            or lexicon.segmenter_words().get(word) in ("n", "v") and word not in lexicon.grammar()["mistagged_words"]:
        return 0  # 走访, 主任, 施工总承包单位: an event's, a title's or a role's word, a kind of body (not 零部件,
        # a word of the language whose tag alone was mended)
    return 1


def _firm_before(text: str, at: int) -> Optional[int]:
    """Where a firm's trade and 事务所 ending at ``at`` start (律师事务所, 会计师事务所), if they do."""
    if not text.endswith("事务所", 0, at):
        return None
    trade = next((t for t in lexicon.organizations()["firm_trades"] if text.endswith(t, 0, at - 3)), None)
    return at - 3 - len(trade) if trade else None


def _has_a_proper_head(index: TextIndex, start: int, first: int) -> bool:
    """A region (叙州区, 区), a body's name, a name the dictionary lacks (叙州) or a named
    community (玉林 + 社区卫生) among the words read back before a kind of body; jieba's
    tags alone would take 新建 (ns) and 养老 (nr) for names."""
    if start < first and index.words[index.token_at(first)].startswith(tuple(lexicon.places()["named_kinds"])):
        return True
    for i in range(index.token_at(start), index.token_at(first)):
        word = index.words[i]
        if word[-1] in LEVEL_CHARS and word[-2:] not in lexicon.places()["not_places"] or index.tags[i] == "nt" \
                or (len(word) > 1 and dictionary_tag(word) is None) or word in CONJUNCTIONS \
                or _known_place(word):  # 材料科学与工程学院, 镜湖 + 公安分局
            return True
    return False


def _known_place(word: str) -> bool:
    """A place the lexicon or the dictionary knows (镜湖/ns); the dictionary's frequent ns
    words are mostly ordinary ones (新建)."""
    places = lexicon.places()
    return word in places["provinces"] or word in places["cities"] or (
        dictionary_tag(word) == "ns" and dictionary_frequency(word) < RARE_IN_DICTIONARY)


def _first_word_start(index: TextIndex, start: int, end: int, at_suffix: bool) -> int:
    """宜昌市 + 人民政府, 浙江大学, 技工学校, 社区卫生 + 服务中心: the name's first word may
    hold the level, or (a noun) the start of the suffix."""
    holder = index.token_at(start)
    word, tag = index.words[holder], index.tags[holder]
    if index.starts[holder] < start and index.ends[holder] == start + 1 and word in _zone_words():
        return index.starts[holder]  # 经济开发区 + 党工委: a zone is governed as a region is
    if links_a_level(word):
        return start  # （街道）和县 + 图书馆: 和 joins two bodies, as in _read_back
    if index.starts[holder] < start and link_glued_to_a_name(index, holder):
        return index.starts[holder] + 1  # 在泓阳市/nz + 第七中学: a link word glued to the name
    if index.starts[holder] < start and len(word) > 1 and (
            (_names_a_place(index, holder) and index.ends[holder] in (start + 1, end))
            or (at_suffix and tag in NAME_TAGS and start < index.ends[holder] <= end)):
        return index.starts[holder]
    return start


def _names_a_place(index: TextIndex, i: int) -> bool:
    """泸州市/ns, 白沙镇/nr, 汇区/n (a word the dictionary lacks); not 120 + 名市/n."""
    tag, before = index.tags[i], index.text[index.starts[i] - 1:index.starts[i]]
    unknown = dictionary_tag(index.words[i]) is None and not re.match(r"[0-9一二三四五六七八九十百千万余多]", before)
    return tag in ("ns", "nt", "nr") or unknown and (tag.startswith("n") or tag in MORPHEME_TAGS
                                                     and len(index.words[i]) >= 3)  # 栖梧区/vg


def _read_back(index: TextIndex, start: int, end: int) -> int:
    i = index.token_at(start - 1) if start > 0 else -1
    if i >= 0 and index.ends[i] == start and index.words[i] in lexicon.title_set() \
            and index.text[start:end] in lexicon.organizations()["member_bodies"]:
        start, i = index.starts[i], i - 1  # 志愿者 + 协会, 律师 + 协会: the members name their body
    lone_level = index.words[index.token_at(start)] in LEVEL_CHARS \
        and index.text[start + 1:end] in lexicon.organizations()["bodies"]
    while i >= 0 and index.ends[i] == start and end - index.starts[i] <= MAX_NAME:
        if _floor_before().search(index.text, max(0, start - 4), start):
            return start  # 综合服务中心二楼 + 镇国土规划建设办公室: an office on a building's floor
        if lone_level and (dictionary_tag(index.words[i]) in ("vn", "v", "a", "d", "l")
                           or dictionary_tag(index.words[i]) == "n" and len(index.words[i]) > 2):
            return start  # 情况 + 书面报告 + 县/zg + 人大常委会: a level's own body, no field before it
        if links_a_level(index.words[i]) or link_glued_to_a_name(index, i):
            return index.starts[i] + 1  # 和县 + 餐饮行业商会, 由桐 + 溪区实验小学: a link word and a name's first character
        if index.words[i][-1] in LINK_CHARS \
                and (index.text[start] in LEVEL_CHARS or _opens_with_its_region(index, start)):
            return start  # 6个月内向 + 县人大常委会, 文艺节由 + 翙阳市文联: a word ending in a link character
        if index.words[i] in CONJUNCTIONS and _opens_with_its_region(index, start):
            return start  # 城东公共停车场 + 和 + 蓼原县第三实验小学: a name its region opens starts there
        if _can_lead_a_name(index, i) or _a_field_after_a_level(index, i):
            start = index.starts[i]
            i -= 1
            continue
        if index.text[start:end] in lexicon.organizations()["bodies"]:
            return start  # 青山县 + 完成 + 侨联: a whole body takes its region right before it, no field words
        level = _office_level_before(index, i, end)
        return start if level is None else level
    return start


@lru_cache(maxsize=1)
def _floor_before() -> re.Pattern:
    return re.compile(rf"{FLOOR}$")


def _opens_with_its_region(index: TextIndex, start: int) -> bool:
    """蓼原县/nz, 溪/n + 山县/ns, 蓼洲/nz + 村: a place's name and its level, in one word or two, open the name
    at start."""
    i = index.token_at(start)
    while i < len(index.words) and index.ends[i] - start <= MAX_REGION_NAME:
        region = index.text[start:index.ends[i]]
        if len(region) >= 3 and (region[-1] in LEVEL_CHARS or region[-1] == "村") \
                and (index.tags[i] in ("ns", "nz") or _unknown_place_word(region)
                     or index.words[i] == "村" and i > 0 and index.tags[i - 1] in ("ns", "nz")):
            return True
        i += 1
    return False


def _a_field_after_a_level(index: TextIndex, i: int) -> bool:
    """县 + 社会/n + 救助服务中心: a generic noun (社会) opens no name alone, but after a level it is the
    field of the level's body."""
    return len(index.words[i]) == 2 and index.tags[i] == "n" and i > 0 and index.words[i - 1] in LEVEL_CHARS \
        and index.ends[i - 1] == index.starts[i] and index.words[i] in lexicon.organizations()["generic_prefixes"]


def person_glued_to_a_link(index: TextIndex, i: int) -> bool:
    """孙浩为/nr, 郗婉宁任/nr, 卞/nr + 淑/n + 华为/nr: a person's name the segmenter joined to the link
    word after it, which no body's or place's name runs back over."""
    return index.tags[i] == "nr" and index.words[i][-1] in LINK_CHARS + GLUED_TO_PERSON_NAMES


def link_glued_to_a_name(index: TextIndex, i: int, glued: str | frozenset[str] = LINK_CHARS) -> bool:
    """由桐/p, 由华晟/nr: a link word the segmenter joined to the first characters of a name; in a word
    the dictionary lacks, any of ``glued`` (a brand's name also sheds 为: 为华禹/p), or the joint mark of
    two events' names (开幕式 + 暨玙/nz + 州市古籍修复传习中心)."""
    word = index.words[i]
    if word[1:] in lexicon.organizations()["not_in_names"]:
        return False  # 对经/p + 政府: two link words, no name's first character
    return word[0] in LINK_CHARS and index.tags[i] == "p" and len(word) >= 2 and dictionary_frequency(word) == 0 \
        or word[0] in glued and len(word) >= 3 and dictionary_frequency(word) == 0 \
        or word[0] in JOINT_MARKS and len(word) >= 2 and dictionary_frequency(word) == 0  # not 对照 + 汀溪区委


def links_a_level(word: str) -> bool:
    """和县, 与区: a conjunction and a level, which the segmenter may take for a place's name
    (和县 is one) where it joins two bodies (青塘镇和 + 县城市管理局)."""
    return len(word) == 2 and word[0] in CONJUNCTIONS and word[1] in LEVEL_CHARS


def _office_level_before(index: TextIndex, i: int, end: int) -> Optional[int]:
    """区 + 就业 + 服务中心: between a level word and the suffix, an office's name may hold
    verbs of its field (就业, 对接), which are no part of a name elsewhere."""
    while i >= 0 and end - index.starts[i] <= MAX_NAME and re.fullmatch(r"[\u4e00-\u9fff]+", index.words[i]):
        word, tag = index.words[i], index.tags[i]
        if links_a_level(word):
            return index.starts[i] + 1  # 县政府 + 和县/ns + 森林防灭火指挥部: 和 joins two bodies
        if len(word) == 1 and word in LEVEL_CHARS or word[-1] in LEVEL_CHARS and (
                tag == "ns" or _unknown_place_word(word)) and word not in lexicon.places()["not_places"]:
            return index.starts[i]  # 区, 岚溪县 + 根治拖欠农民工工资工作领导小组, 昙阳市/n + 投资促进中心 (not 城市/ns)
        if len(word) == 2 and word[0] in LINK_CHARS and word[1] in LEVEL_CHARS:
            return index.starts[i] + 1  # 由区 + 就业服务中心: the segmenter joined the link word
        if len(word) == 2 and word[0] in LEVEL_CHARS and word[1] == "委" and word in lexicon.organizations()["bodies"]:
            # 县委 + 审计 + 委员会: a commission of the party committee (not 县委第一巡察组巡察 + 石门镇党委)
            return _party_committee_start(index, i) if index.text.endswith(_commissions(), 0, end) else None
        if suffix_pattern().search(word) and index.text.endswith(_sub_units(), 0, end) and _names_a_body(word):
            return index.starts[i]  # 县公安局 + 森林警察 + 大队: a unit of the bureau
        if tag not in NAME_TAGS | {"v", "vn"} or word in _acts() or TIME_OF_AN_ACT.fullmatch(word) \
                or word in lexicon.title_set() and not _after_a_lone_level(index, i) \
                or word in lexicon.organizations()["not_in_names"] and not _an_office_act(index, i) \
                or suffix_pattern().search(word) \
                or word.endswith(_kinds_before_names()) and index.text.endswith(_company_endings(), 0, end) \
                or index.ends[i] != index.starts[i + 1]:  # 县司法局 + 共建 …, 龙头企业 + 青篾食品公司: another name
            return None
        i -= 1
    return None


def _a_school_of_the_trade(index: TextIndex, i: int) -> bool:
    """技师 + 学院, 教师 + 教育/vn + 学院: the school after a title (and the teaching of it) trains the trade
    (not 祝雨桐/nr + 代表 + 学校: a person acting for the school)."""
    if i > 0 and index.tags[i - 1].startswith("nr"):
        return False
    schools = lexicon.organizations()["schools_named_by_a_trade"]
    after = index.words[i + 1:i + 3]
    taught = len(after) == 2 and index.tags[i + 1] == "vn" and after[1] in schools
    return bool(after) and after[0] in schools or taught and index.ends[i] == index.starts[i + 1]


@lru_cache(maxsize=1)
def _office_acts() -> frozenset[str]:
    return frozenset(lexicon.organizations()["office_acts"])


def _an_office_act(index: TextIndex, i: int) -> bool:
    """家庭教育 + 指导 + 中心, 精神文明建设 + 指导 + 委员会: an act between a field and the suffix after it
    is the office's work (not 区妇联 + 指导 + 各街道, 现场 + 指导 + 禾丰公司: a body's act on others)."""
    glued = 0 < i < len(index.words) - 1 and index.ends[i - 1] == index.starts[i] \
        and index.ends[i] == index.starts[i + 1]
    if not glued or index.words[i] not in _office_acts() or index.tags[i - 1] not in ("n", "vn", "l", "v") \
            or suffix_pattern().search(index.words[i - 1]):
        return False
    if suffix_pattern().match(index.text, index.ends[i]) is not None:
        return True  # 指导 + 中心
    ending = suffix_pattern().search(index.text, index.ends[i], index.ends[i + 1])
    return ending is not None and ending.end() == index.ends[i + 1]  # 指导 + 服务中心/n


def _after_a_lone_level(index: TextIndex, i: int) -> bool:
    """县 + 教师 + 发展中心: a profession right after a level word alone is the office's field."""
    return i > 0 and index.words[i - 1] in LEVEL_CHARS and index.ends[i - 1] == index.starts[i]


def _party_committee_start(index: TextIndex, i: int) -> int:
    """中共 + 桐岭 + 县委: the committee's place and the party's name before its short name."""
    start = index.starts[i]
    if i > 0 and index.ends[i - 1] == start and index.tags[i - 1] == "ns":
        start, i = index.starts[i - 1], i - 1
    if i > 0 and index.ends[i - 1] == start and index.words[i - 1] in lexicon.organizations()["party_prefixes"]:
        start = index.starts[i - 1]
    return start


@lru_cache(maxsize=1)
def _sub_units() -> tuple[str, ...]:
    return tuple(lexicon.organizations()["sub_units"])


def _names_a_body(word: str) -> bool:
    """县公安局: a level or a place, then a bureau's field, in one word."""
    return len(word) >= 3 and word[0] in LEVEL_CHARS and word.endswith(BUREAU_ENDINGS)


@lru_cache(maxsize=1)
def _commissions() -> tuple[str, ...]:
    return tuple(lexicon.organizations()["party_commissions"])


def _can_lead_a_name(index: TextIndex, i: int) -> bool:
    word, tag = index.words[i], index.tags[i]
    if i > 0 and index.ends[i - 1] == index.starts[i] and (
            word in VILLAGE_LEVELS and index.tags[i - 1] in NAME_TAGS
            or word in lexicon.places()["name_ending_characters"] and index.tags[i - 1] in PROPER_NAME_TAGS):
        return True  # 石龙/nr + 村/zg + 党支部, 白鹭/nr + 坳/g + 林场: a place's last character, whatever its tag
    if _an_office_act(index, i):
        return True  # 家庭教育 + 指导 + 中心
    if word in CONJUNCTIONS and _joins_two_fields(index, i):
        return True  # 材料科学与工程学院: a conjunction inside a name, not between two names (县法院与县司法局)
    if word in lexicon.organizations()["fields_read_as_verbs"] and i + 1 < len(index.words) \
            and index.words[i + 1] in CONJUNCTIONS:
        return True  # 公共 + 就业/v + 和 + 人才服务中心: a field, tagged as a verb
    if len(word) >= 2 and dictionary_tag(word) is None and not any(c in FUNCTION_CHARS for c in word) \
            and (tag in ("i", "l", "z") or len(word) == 2 and not tag.startswith("nr") and any(map(is_rare, word))):
        return True  # 澄港市 + 昙阳/i + 商会, 霁川/vg + 职业技术学院: a name the dictionary lacks, tagged as an idiom
        # or holding a character too rare to be a word
    if len(word) == 1 and tag == "a" and i > 0 and index.ends[i - 1] == index.starts[i] \
            and index.tags[i - 1] in PROPER_NAME_TAGS:
        return True  # 朐阳/nz + 新/a + 材料 + 产业研究院: a field's adjective after a place's name
    if (tag not in NAME_TAGS and tag != "vn") or not re.match(r"[\u4e00-\u9fffA-Za-z0-9]", word):
        return False
    if person_glued_to_a_link(index, i):
        return False  # 选举 + 孙浩为 + 柏溪镇人民政府镇长, 郗婉宁任 + …办公室主任: a name the segmenter joined to a link word
    if len(word) == 4 and (word[0] == word[1] or dictionary_tag(word[:2]) in ("d", "ad")) and _is_verb(word[-2:]):
        return False  # 紧紧围绕 + 县委: an adverb and a verb (not 人民调解 + 委员会)
    if word in lexicon.title_set() and _a_school_of_the_trade(index, i):
        return True  # 沭州 + 技师 + 学院, 师范大学 + 教师 + 教育/vn + 学院: a trade's school
    if word in lexicon.organizations()["generic_prefixes_as_fields"] and _after_a_region_word(index, i):
        return True  # 榆泾街道 + 社会 + 事务办公室: a field of the office, after the region it serves
    if word in lexicon.organizations()["generic_prefixes"] and i + 1 < len(index.words) \
            and _an_office_act(index, i + 1):
        return True  # 洺州学院 + 乡村 + 振兴 + 研究院: the field of the office's work
    if word in lexicon.title_set() or word in lexicon.organizations()["generic_prefixes"] or word in _acts() \
            or word in lexicon.organizations()["not_in_names"] or word.endswith(_kinds_before_names()):
        return False  # 走访民主党派, 区政协会同区政府, 承包单位: an act, a link or a kind before a name
    if len(word) == 1 and word not in LEVEL_CHARS:
        # 倾政协, 将区政协: rarely part of a name; 双 + 河村党支部, 汀 + 澜 + 农商银行 are
        return index.heads_the_place_after(i) or _half_of_a_split_name(index, i) \
            or _a_name_cut_before_its_level(index, i)
    if tag == "m" and COUNTED_KIND.search(word):
        return False  # 人生的 + 第一所/m + 学校, 全县 + 第一家: a measure word counts bodies, names none
    if tag == "m" and re.search(r"[批轮]$", word):
        return False  # 第二批 + 政府投资项目: a batch or a round of something, no body's number
    return not (tag == "m" and not re.search(r"[第届]", word) and not numeral_led_name(word))  # 三角 + 乡人民政府


def _after_a_region_word(index: TextIndex, i: int) -> bool:
    """榆泾 + 街道 + 社会: token i right after a word of two characters or more that ends in a level (not 全市,
    the whole of one)."""
    before = index.words[i - 1] if i > 0 and index.ends[i - 1] == index.starts[i] else ""
    return len(before) >= 2 and admin_suffix_of(before) is not None and before not in lexicon.places()["whole_region"]


def _half_of_a_split_name(index: TextIndex, i: int) -> bool:
    """汀/ns + 澜/ns + 农商银行: a place's name the segmenter cut into two characters."""
    def single(k: int, tags: tuple[str, ...] = ("ns",)) -> bool:
        return 0 <= k < len(index.words) and len(index.words[k]) == 1 and index.tags[k] in tags
    return single(i) and (single(i - 1) or single(i + 1, ("ns", "j"))) \
        or single(i, ("j",)) and single(i - 1)  # 澶/ns + 川/j + 师范学院


def _a_name_cut_before_its_level(index: TextIndex, i: int) -> bool:
    """棣/n + 园/zg + 社区, 苕/n + 溪/n + 街道社区: a place's name of two characters the segmenter cut apart
    right before its level."""
    def one(k: int) -> bool:
        return 0 <= k < len(index.words) and len(index.words[k]) == 1 and index.tags[k] in CUT_NAME_TAGS \
            and index.words[k] not in LEVEL_CHARS

    def level(k: int) -> bool:
        return k < len(index.words) and index.words[k].startswith(LOWER_LEVELS)
    pair = (i - 1, i) if one(i - 1) and level(i + 1) else (i, i + 1) if one(i + 1) and level(i + 2) else None
    return pair is not None and one(pair[0]) and index.ends[pair[0]] == index.starts[pair[1]] \
        and index.ends[pair[1]] == index.starts[pair[1] + 1]


def _is_organization_name(name: str, suffix: str) -> bool:
    orgs = lexicon.organizations()
    if name in orgs["not_organizations"] or name in orgs["generic_heads"]:
        return False
    if any(name.startswith(p) for p in orgs["generic_prefixes"]) and name not in orgs["parts"] or _names_a_kind(name):
        return False  # 社会组织, not 社会和法制委员会 (a committee of a congress or a CPPCC)
    if _is_event_noun(name) or name.endswith(tuple(orgs["venues"])):
        return False  # 区行政中心: a venue, not a body
    if name == suffix:
        return suffix in orgs["standalone"] or (len(suffix) == 2 and suffix[0] in LEVEL_CHARS)
    prefix = name[: len(name) - len(suffix)]
    return len(name) >= 3 or prefix in orgs["level_words"]


def _names_a_kind(name: str) -> bool:
    """全县农村薄弱学校, 小规模学校: words of a kind, then a generic head, and nothing else."""
    rest = name[2:] if name[:2] in lexicon.places()["whole_region"] else name
    descriptors = lexicon.organizations()["kind_descriptors"]
    while rest and any(rest.startswith(d) for d in descriptors):
        rest = rest[len(next(d for d in descriptors if rest.startswith(d))):]
    return rest != name and rest in lexicon.organizations()["generic_heads"]


def _joins_two_fields(index: TextIndex, i: int) -> bool:
    """与 between two fields of one name (材料科学 与 工程), not between two bodies or places
    (石油路街道 与 区政协, 中央 和 省委, 市一院 与 青溪县人民医院, 指挥部 和 漭河流域管理中心) or two
    kinds (高校 和 中学)."""
    if i == 0 or i + 1 >= len(index.words):
        return False
    before, after = index.words[i - 1], index.words[i + 1]
    field = index.tags[i - 1] in FIELD_TAGS or before in lexicon.organizations()["fields_read_as_verbs"]
    return field and len(before) > 1 and index.tags[i + 1] in FIELD_TAGS - {"ns"} \
        and not before.endswith(_body_endings() + tuple(lexicon.places()["admin_suffixes"])) \
        and after[0] not in LEVEL_CHARS and index.ends[i - 1] == index.starts[i] == index.ends[i] - 1 \
        and after not in _long_suffixes()  # 高校 和 中学: two kinds of body


@lru_cache(maxsize=1)
def _long_suffixes() -> tuple[str, ...]:
    return tuple(s for s in _body_endings() if len(s) > 1)


@lru_cache(maxsize=1)
def _body_endings() -> tuple[str, ...]:
    """What a body's name ends in: a body's word (政协) or a suffix (局, 委员会)."""
    orgs = lexicon.organizations()
    return tuple(orgs["bodies"] + orgs["named_suffixes"])


@lru_cache(maxsize=1)
def company_suffixes() -> tuple[str, ...]:
    """有限公司, 股份有限公司, 集团 …: the endings of a company's name."""
    return tuple(lexicon.organizations()["company_suffixes"])


@lru_cache(maxsize=1)
def _kinds_a_name_runs_into() -> tuple[str, ...]:
    return tuple(lexicon.organizations()["kinds_a_name_runs_into"])


@lru_cache(maxsize=1)
def _department_after() -> re.Pattern:
    endings = lexicon.alternation(lexicon.organizations()["department_endings"])
    return re.compile(rf"[\u4e00-\u9fff]{{2,6}}?(?:{endings})(?![\u4e00-\u9fff])")


@lru_cache(maxsize=1)
def _department_names() -> tuple[str, ...]:
    """党群工作部, 供水调度中心, 管网运营分公司: what a company's department's name ends in."""
    orgs = lexicon.organizations()
    return tuple(orgs["department_endings"] + orgs["company_department_endings"])


@lru_cache(maxsize=1)
def _kinds_before_names() -> tuple[str, ...]:
    return tuple(lexicon.organizations()["kinds_before_names"])


@lru_cache(maxsize=1)
def _zone_words() -> frozenset[str]:
    return frozenset(lexicon.places()["zone_suffixes"])


@lru_cache(maxsize=1)
def _standalone() -> frozenset[str]:
    return frozenset(lexicon.organizations()["standalone"])  # 民建 of 人民 + 建 is no body


@lru_cache(maxsize=1)
def _acts() -> frozenset[str]:
    events = lexicon.events()
    return frozenset(events["act_verbs"]) | frozenset(events["hold_verbs"]) | frozenset(lexicon.role_verbs())


def _is_event_noun(name: str) -> bool:
    return name.endswith(lexicon.event_nouns()) and not name.endswith(tuple(lexicon.organizations()["bodies"]))


def _parts_after(index: TextIndex, org: OrgMention, start: int, end: int) -> list[tuple[int, OrgMention]]:
    """区政协常委会, 区政协党组: parts named right after their organization."""
    parts = []
    while (m := part_pattern().match(index.text, _after_an_ordinal(index.text, end))) \
            and not RUNS_ON.match(index.text, m.end()):
        if m.end() not in index.end_set and re.match(r"[\u4e00-\u9fff]", index.text[m.end():m.end() + 1]) \
                or _heads_a_title(index.text, m):
            break
        span = index.seg.span(start, m.end())
        org = OrgMention(span=span, name=_clean(span.text), parent=org)
        parts.append((m.end(), org))
        end = m.end()
    return parts


def _after_an_ordinal(text: str, pos: int) -> int:
    """湘楚中医药大学 + 第一 + 附属医院: a part numbered among its kind."""
    ordinal = PART_ORDINAL.match(text, pos)
    return ordinal.end() if ordinal and part_pattern().match(text, ordinal.end()) else pos


def _heads_a_title(text: str, suffix: re.Match) -> bool:
    """局党组 + 书记, 银行党委 + 书记: a part written only as the head of a post's title; a place's
    party committee (镇党委书记) is the place's own body."""
    titles = lexicon.organizations()["parts_written_in_titles"].get(suffix.group(), ())
    return bool(titles) and text.startswith(tuple(titles), suffix.end()) \
        and not text.endswith(tuple(lexicon.places()["admin_suffixes"]), 0, suffix.start())


def _clean(name: str) -> str:
    return re.sub(r"\s+", "", name)


def _drop_nested(orgs: list[OrgMention]) -> list[OrgMention]:
    """Keep a name inside a longer name only when it is the longer one's parent."""
    kept: list[OrgMention] = []
    parents = {id(o.parent) for o in orgs if o.parent is not None}
    reach = -1  # orgs come by start, longest first: one inside a kept name ends before its end
    for org in orgs:
        if org.span.end > reach or id(org) in parents:
            kept.append(org)
            reach = max(reach, org.span.end)
    return kept
