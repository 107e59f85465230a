"""People: names after titles (区政协主席王志宏, 区委副书记、区长胡广杰), names in lists
after a title (区领导关也彤、柳国青、陈筱洁出席), names before a title (任卫东书记) or a
role verb (由张琼主持), and the people of the byline (文/记者 李一)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..records import OrgMention, PersonMention, Span
from .context import TextIndex

LIST_JOINERS = ("、", "和", "及", "与", "，")
# Given names are often words (建国, 建平, 海峰); these kinds of word are not.
FUNCTION_TAGS = frozenset({"r", "v", "d", "p", "c", "u", "f", "q", "m", "vn", "ad", "uj", "ul", "y"})
NAME_LEFT_EDGE = re.compile(r"[\s，,。；;：:、（(“”/]|由|和|与|及|向|对|请|是|为|同志")


@lru_cache(maxsize=1)
def title_pattern() -> re.Pattern:
    return re.compile(lexicon.alternation(lexicon.titles()))


@lru_cache(maxsize=1)
def _after_name() -> tuple[str, ...]:
    words = lexicon.person_context()["after_name"] + list(lexicon.titles())
    return tuple(lexicon.longest_first(words))


def name_at(text: str, pos: int) -> Optional[str]:
    """A person's name starting at pos: a surname and one or two characters, ended by
    what can follow a name (a verb like 主持, a title, punctuation)."""
    for surname in lexicon.surnames():
        if not text.startswith(surname, pos):
            continue
        for given in (2, 1):
            end = pos + len(surname) + given
            name = text[pos:end]
            if len(name) == len(surname) + given and re.fullmatch(r"[\u4e00-\u9fff]+", name) \
                    and _plausible(name) and (end >= len(text) or text.startswith(_after_name(), end)):
                return name
    return None


def _plausible(name: str) -> bool:
    if _is_common_word(name) or (len(name) == 3 and _is_common_word(name[-2:], FUNCTION_TAGS, 200)):
        return False  # 居民, 党派, 和其他, 台就座: words of the language, not names
    stop = lexicon.person_context()["not_names"]
    return not any(name.startswith(w) or name.endswith(w) or w in name for w in stop) and \
        not re.search(r"[的了是在和与及等个为年月日区市县省镇乡会]", name[1:])


def _is_common_word(chars: str, tags: Optional[frozenset] = None, frequency: int = 50) -> bool:
    """A frequent word of jieba's dictionary that is not a name (of one of ``tags``, if given)."""
    from ..nlp import language, tag
    import jieba
    language()  # the dictionary is loaded with the segmenter
    pos = tag(chars)
    return jieba.dt.FREQ.get(chars, 0) > frequency and not pos.startswith("nr") and (tags is None or pos in tags)


def find_people(index: TextIndex, orgs: list[OrgMention]) -> tuple[list[PersonMention], list[PersonMention]]:
    """Named people, and titles held by someone the text does not name there (区政协主席视察…)."""
    text = index.text
    org_ending = {_nlp_end(index, o): o for o in orgs}
    people: dict[int, PersonMention] = {}
    holders: list[PersonMention] = []
    chain_end = -1
    for m in title_pattern().finditer(text):
        if m.start() < chain_end or _inside_a_word(text, m):
            continue
        spans, chain_end = _title_chain(text, m)
        titles = [index.seg.span(b, e).text for b, e in spans]  # as written: 秘書長 stays 秘書長
        org = org_ending.get(m.start())
        pos = chain_end + (1 if text[chain_end:chain_end + 1] == " " else 0)
        named = _names_in_list(index, pos)
        for start, name in named:
            people.setdefault(start, _person(index, start, name, titles, org, m.start(), chain_end))
        if not named:
            before = _name_before(text, m.start(), org)
            if before is not None:
                people.setdefault(before[0], _person(index, before[0], before[1], titles, None, m.start(), chain_end))
            elif org is not None:
                holders.append(_person(index, m.start(), "", titles, org, m.start(), chain_end))
    for start, name in _presiding_names(index):
        people.setdefault(start, PersonMention(span=index.seg.span(start, start + len(name)), name=name))
    return sorted(people.values(), key=lambda p: p.span.start), holders


def _inside_a_word(text: str, m: re.Match) -> bool:
    """主席台, 主席团: the title is the start of another word."""
    import jieba
    return bool(jieba.dt.FREQ.get(text[m.start():m.end() + 1]))


def _title_chain(text: str, m: re.Match) -> tuple[list[tuple[int, int]], int]:
    """副书记、区长: titles joined by 、 that one name follows."""
    titles, end = [(m.start(), m.end())], m.end()
    while text[end:end + 1] == "、" and (nxt := title_pattern().match(text, end + 1)):
        if name_at(text, nxt.end()) is None and not title_pattern().match(text, nxt.end()) \
                and text[nxt.end():nxt.end() + 1] != "、":
            break
        titles.append((nxt.start(), nxt.end()))
        end = nxt.end()
    return titles, end


def _names_in_list(index: TextIndex, pos: int) -> list[tuple[int, str]]:
    text, names = index.text, []
    while (name := name_at(text, pos)) is not None:
        names.append((pos, name))
        pos += len(name)
        joiner = next((j for j in LIST_JOINERS if text.startswith(j, pos)), None)
        if joiner is None or joiner == "，":
            break
        pos += len(joiner)
    return names


def _name_before(text: str, title_start: int, org: Optional[OrgMention]) -> Optional[tuple[int, str]]:
    """任卫东书记, 欧阳文博主任: a name right before its title."""
    if org is not None:
        return None
    for length in (4, 3, 2):
        start = title_start - length
        if start < 0:
            continue
        edge_ok = start == 0 or NAME_LEFT_EDGE.match(text, start - 1)
        if edge_ok and name_at(text, start) == text[start:title_start]:
            return start, text[start:title_start]
    return None


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
