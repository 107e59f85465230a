"""People: names after titles (区政协主席王志宏, 区委副书记、区长胡广杰), names in lists
after a title (区领导关也彤、柳国青、陈筱洁出席), names before a title (任卫东书记) or a
role verb (由张琼主持), names an election or appointment gives a post (任命王晨光为市交通运输局局长),
bare lists of names after a colon (领导还有：宗少峰、刘佳), and the people of the byline (文/记者 李一)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..records import OrgMention, PersonMention, Span
from .context import TextIndex
from .subjects import subject_of

LIST_JOINERS = ("、", "和", "及", "与", "，")
# Given names are often words (建国, 建平, 海峰); these kinds of word are not.
FUNCTION_TAGS = frozenset({"r", "v", "d", "p", "c", "u", "f", "q", "m", "vn", "ad", "uj", "ul", "y"})
NAME_LEFT_EDGE = re.compile(r"[\s，,。；;：:、（(“”/]|由|和|与|及|向|对|请|是|为|同志")
COLONS = ("：", ":")
CLAUSE_END = re.compile(r"[，,。；;、\n]")


@lru_cache(maxsize=1)
def title_pattern() -> re.Pattern:
    return re.compile(lexicon.alternation(lexicon.titles()))


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


def _candidates(text: str, pos: int):
    """The plausible names starting at pos: a surname and two, else one, more characters."""
    for surname in lexicon.surnames():
        if not text.startswith(surname, pos):
            continue
        for given in (2, 1):
            name = text[pos:pos + len(surname) + given]
            if len(name) == len(surname) + given and re.fullmatch(r"[\u4e00-\u9fff]+", name) and _plausible(name):
                yield name


def _ends_well(text: str, end: int) -> bool:
    return end >= len(text) or text.startswith(_after_name(), end)


def _name_in(index: TextIndex, pos: int) -> Optional[str]:
    """A name at pos where the text expects one (after a title, in a list of names). Where two
    readings end well, the one the segmenter cuts there wins (曹敏|以及, not 曹敏以|及). What
    may follow a name is an open class (审判员郑可欣当庭, 主席吴丹丹讲述), so failing that, a
    name the segmenter reads as one (郑可欣/nr, 吴/nr 丹丹) counts too."""
    fits = [(n, _segmented(index, pos, n), _ends_well(index.text, pos + len(n))) for n in _candidates(index.text, pos)]
    for wanted in ((True, True), (False, True), (True, False)):
        found = next((n for n, seg, ends in fits if (seg, ends) == wanted), None)
        if found is not None:
            return found
    return None


def _segmented(index: TextIndex, pos: int, name: str) -> bool:
    """The segmenter cuts the text at both ends of name and tags its first word a name (nr…)."""
    end = pos + len(name)
    return pos in index.start_set and (end in index.start_set or end >= len(index.text)) \
        and index.tags[index.token_at(pos)].startswith("nr")


def _plausible(name: str) -> bool:
    if _is_common_word(name) or (len(name) == 3 and _is_common_word(name[-2:], FUNCTION_TAGS, 200)):
        return False  # 居民, 党派, 和其他, 台就座: words of the language, not names
    stop = lexicon.person_context()["not_names"]
    return not any(name.startswith(w) or name.endswith(w) or w in name for w in stop) and \
        not re.search(r"[的了是在和与及等个为年月日区市县省镇乡村会]", name[1:])


def _is_common_word(chars: str, tags: Optional[frozenset] = None, frequency: int = 50) -> bool:
    """A frequent word of jieba's dictionary that is not a name (of one of ``tags``, if given)."""
    from ..nlp import language, tag
    import jieba
    language()  # the dictionary is loaded with the segmenter
    pos = tag(chars)
    return jieba.dt.FREQ.get(chars, 0) > frequency and not pos.startswith("nr") and (tags is None or pos in tags)


def find_people(index: TextIndex, orgs: list[OrgMention]) -> tuple[list[PersonMention], list[PersonMention]]:
    """Named people, and titles held by someone the text does not name there (区政协主席视察…).
    Where two readings find one name, the first kept is the titled one."""
    found = [*_titled_people(index, orgs), *_appointed(index, orgs), *_untitled_people(index)]
    people: dict[int, PersonMention] = {}
    for person in found:
        if person.name:
            people.setdefault(person.span.start, person)
    holders = [p for p in found if not p.name]
    return sorted(people.values(), key=lambda p: p.span.start), holders


def _titled_people(index: TextIndex, orgs: list[OrgMention]):
    """People named after (or right before) a title or a chain of titles, and the holders of
    titles no name goes with (as people without a name)."""
    text = index.text
    org_ending = {_nlp_end(index, o): o for o in orgs}
    org_at = {_nlp_start(index, o): (_nlp_end(index, o), o) for o in orgs}
    chain_end = -1
    for m in title_pattern().finditer(text):
        if m.start() < chain_end or _inside_a_word(text, m):
            continue
        spans, inner, chain_end = _title_chain(index, m, org_at)
        titles = [index.seg.span(b, e).text for b, e in spans]  # as written: 秘書長 stays 秘書長
        org = _acting_for(org_ending.get(m.start()), inner, titles[0])
        named = _names_in_list(index, chain_end + (1 if text[chain_end:chain_end + 1] in (" ", *COLONS) else 0))
        acting = org or _sentence_subject(index, orgs, m.start(), titles)
        yield from (_person(index, start, name, titles, acting, m.start(), chain_end) for start, name in named)
        before = None if named else _name_before(index, m, org)
        if before is not None:
            yield _person(index, *before, titles, org_ending.get(before[0]), m.start(), chain_end)
        elif not named and org is not None:
            yield _person(index, m.start(), "", titles, org, m.start(), chain_end)


def _untitled_people(index: TextIndex):
    for start, name in [*_presiding_names(index), *_colon_lists(index)]:
        yield PersonMention(span=index.seg.span(start, start + len(name)), name=name)


def _inside_a_word(text: str, m: re.Match) -> bool:
    """主席台, 主席团: the title is the start of another word."""
    import jieba
    return bool(jieba.dt.FREQ.get(text[m.start():m.end() + 1]))


def _title_chain(index: TextIndex, m: re.Match, org_at: dict) -> tuple[list[tuple[int, int]], list[OrgMention], int]:
    """副书记、区长 and 常委、组织部部长: titles joined by 、, each perhaps after an organization
    of its own, that one name follows. Returns the titles, the organizations inside, the end."""
    text = index.text
    titles, inner, end = [(m.start(), m.end())], [], m.end()
    while text[end:end + 1] == "、":
        start, org = org_at.get(end + 1, (end + 1, None))
        nxt = title_pattern().match(text, start)
        if nxt is None or not (_name_in(index, nxt.end()) or title_pattern().match(text, nxt.end())
                               or text[nxt.end():nxt.end() + 1] == "、"):
            break
        titles.append((nxt.start(), nxt.end()))
        inner += [org] if org is not None else []
        end = nxt.end()
    return titles, inner, end


def _acting_for(first: Optional[OrgMention], inner: list[OrgMention], first_title: str) -> Optional[OrgMention]:
    """The body a chain of titles speaks for: the one before its first title (村党支部书记、村委会主任:
    the branch). A seat on a committee (委员, 常委) yields to a post in another body (镇党委委员、
    镇人大主席), not to a department of that committee (市委常委、组织部部长: 市委)."""
    context = lexicon.person_context()
    if not inner:
        return first
    if first is None:
        return inner[0]
    seat = first_title in context["membership_titles"]
    department = inner[0].name.endswith(tuple(context["committee_departments"]))
    return inner[0] if seat and not department else first


def _sentence_subject(index: TextIndex, orgs: list[OrgMention], pos: int, titles: list[str]) -> Optional[OrgMention]:
    """象溪人民法庭在竹源村巡回审理…，审判员郑可欣当庭…: a post named without its body is one of
    the body the sentence is about; an organization written before a title (区教育局副局长) is
    that post's body, not the sentence's subject. Not for titles of no body (记者, 专家)."""
    independent = lexicon.person_context()["independent_titles"]
    if all(t in independent for t in titles):
        return None
    bodies = [o for o in orgs if not title_pattern().match(index.text, _nlp_end(index, o))]
    begin = index.seg.offsets[index.sentence(pos)[0]]
    return subject_of(index.seg.document.text, bodies, begin, index.seg.offsets[pos])


def _names_in_list(index: TextIndex, pos: int) -> list[tuple[int, str]]:
    text, names = index.text, []
    while (name := _name_in(index, pos)) is not None:
        names.append((pos, name))
        pos += len(name)
        joiner = next((j for j in LIST_JOINERS if text.startswith(j, pos)), None)
        if joiner is None or joiner == "，":
            break
        pos += len(joiner)
    return names


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
        edge_ok = start == 0 or NAME_LEFT_EDGE.match(text, start - 1) or _segmented(index, start, name)
        if edge_ok and name_at(text, start) == name:
            return start, name
    return None


def _appointed(index: TextIndex, orgs: list[OrgMention]):
    """任命王晨光为市交通运输局局长, 增选吴承宇为…委员: the people an election or appointment
    names, each with the title that closes the 为 phrase and the body named before it."""
    text = index.text
    org_ending = {_nlp_end(index, o): o for o in orgs}
    verbs = lexicon.alternation(lexicon.person_context()["appointing_verbs"])
    for m in re.finditer(verbs, text):
        named = _names_in_list(index, m.end())
        after = named[-1][0] + len(named[-1][1]) if named else -1
        if not named or text[after:after + 1] != "为":
            continue
        end = found.start() if (found := CLAUSE_END.search(text, after)) else len(text)
        title = _title_at_end().search(text, after + 1, end)
        if title is not None:
            for start, name in named:
                yield _person(index, start, name, [index.seg.span(*title.span()).text],
                              org_ending.get(title.start()), *title.span())


def _colon_lists(index: TextIndex):
    """出席会议的领导还有：宗少峰、刘佳、袁媛等: two or more names after a colon, each one the
    segmenter reads as a name."""
    for m in re.finditer("|".join(COLONS), index.text):
        named = _names_in_list(index, m.end())
        if len(named) >= 2 and all(_segmented(index, start, name) for start, name in named):
            yield from named


def _presiding_names(index: TextIndex):
    """会议由张琼主持: a name between 由 and a role verb."""
    verbs = lexicon.alternation(lexicon.role_verbs())
    for m in re.finditer(rf"由([\u4e00-\u9fff]{{2,4}}?)(?:同志)?(?:{verbs})", index.text):
        if name_at(index.text, m.start(1)) == m.group(1):
            yield m.start(1), m.group(1)


def _person(index: TextIndex, start: int, name: str, titles: list[str], org: Optional[OrgMention],
            title_start: int, title_end: int) -> PersonMention:
    end = start + len(name) if name else title_end
    return PersonMention(span=index.seg.span(start, end), name=index.seg.span(start, end).text if name else "",
                         titles=list(titles), affiliation=org,
                         title_spans=[index.seg.span(title_start, title_end)])


def _nlp_start(index: TextIndex, org: OrgMention) -> int:
    """The NLP-text position of the first character of an organization mention."""
    return bisect.bisect_left(index.seg.offsets, org.span.start)


def _nlp_end(index: TextIndex, org: OrgMention) -> int:
    """The NLP-text position just after an organization mention."""
    return bisect.bisect_left(index.seg.offsets, org.span.end - 1) + 1


def byline_people(index: TextIndex) -> list[PersonMention]:
    """The byline's writers and photographers (文/记者 李一): people with their role as title."""
    people = []
    begin, end = index.seg.document.window or (0, len(index.seg.document.text))
    for credit in index.seg.document.metadata.credits:
        if credit.name and begin <= credit.span.start < end:
            span = credit.span
            people.append(PersonMention(span=Span(span.start, span.end, span.text), name=credit.name,
                                        titles=[credit.role] if credit.role else []))
    return people
