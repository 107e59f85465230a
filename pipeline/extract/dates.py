"""Dates as reports write them, resolved against the year in force and the last date the
text gave: 6月24日 in a 2022 report is 2022-06-24, under the heading 2021年工作回顾 it is
2021-06-24; 一个月后 is a month after the last date; 近日 is as precise as the day the
news item was published allows."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..nlp import SENTENCE_END
from .numbers import parse_numeral

NUM = r"[0-9]{1,2}|[一二三四五六七八九十]{1,3}"
DATE = re.compile(
    rf"(?:(?P<year>[12][0-9]{{3}})年)?(?P<month>{NUM})月(?:份)?(?:(?P<day>{NUM})[日号])?"
    rf"|(?P<year_only>[12][0-9]{{3}})年(?!度?[0-9一二三四五六七八九十])")
# 28日 after 6月27日: a day of the month last named. Not a part of a number or of a range
# (至28日), not 每月15日 or 第3日, not a span of days (3日内, 5日前, 15日后).
BARE_DAY = r"(?<![0-9.月第至到—~～-])(?P<bare_day>3[01]|[12][0-9]|[1-9])日(?!内|以内|之内|前|以前|后|以后)"
# Where a clause starts: 近日，… but not 最近日子 or 5日前, 会上 but not 社会上.
CLAUSE_START = r"(?:(?<![\u3400-\u9fff0-9])|(?<=讯))"
# The opening of a heading or sentence: an enumerator (一、 （二） 3. ——) before its first word.
ENUMERATOR = r"\s*(?:[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、.]|[—-]+)?\s*"
TOP_HEADING = re.compile(r"\s*[一二三四五六七八九十]+、")
# A report read to a session: ——2022年1月10日在…会议上. It looks back on the time before that day.
DELIVERED = re.compile(rf"——\s*(?P<year>[12][0-9]{{3}})年(?P<month>{NUM})月(?P<day>{NUM})日\s*在")
MAX_HEADING = 30


@dataclass
class DateMention:
    start: int  # in the NLP text
    end: int
    iso: str  # 2022-06-24, 2022-07 or 2022


@dataclass
class YearsInForce:
    """The year the text has set for its undated days, from each offset on (None: the document's)."""

    starts: list[int] = field(default_factory=lambda: [0])
    years: list[Optional[int]] = field(default_factory=lambda: [None])

    def at(self, position: int) -> Optional[int]:
        return self.years[bisect.bisect_right(self.starts, position) - 1]

    def set(self, position: int, year: Optional[int]) -> None:
        assert position >= self.starts[-1], "set in text order"
        self.starts.append(position)
        self.years.append(year)


def find_dates(text: str, year: Optional[int], published: Optional[str] = None) -> list[DateMention]:
    """Every explicit and relative date, in text order, each resolved by those before it.
    ``published`` is the ISO day the document was published, if known: 近日 and 明年 count from it."""
    resolver = _Resolver(text, year, published)
    spans = sorted([(m.start(), m.end(), m, "abs") for m in DATE.finditer(text)]
                   + [(m.start(), m.end(), m, "rel") for m in _relative_words().finditer(text)], key=lambda x: x[0])
    found: list[DateMention] = []
    for start, end, m, kind in spans:
        iso = resolver.absolute(m) if kind == "abs" else resolver.relative(m)
        if iso:
            found.append(DateMention(start, end, iso))
            if not (len(iso) == 7 and text.startswith(tuple(lexicon.time_words()["period_starts"]), end)):
                resolver.saw(iso)  # not 今年5月起: a period's start is no month of the days told after it
    return found


class _Resolver:
    """What a date is read against: the year in force, the last date, the reading and the publication."""

    def __init__(self, text: str, year: Optional[int], published: Optional[str]):
        self.text, self.year, self.published = text, year, published
        self.in_force = years_in_force(text, year)
        self.delivered = _delivery_date(text)
        self.last: Optional[str] = str(year) if year else None  # the last date precise to a month or a day
        self.named_year: tuple[int, Optional[int]] = (-1, None)  # (end, year) of the last 今年/去年

    def saw(self, iso: str) -> None:
        if len(iso) == 7 and self.last is not None and len(self.last) == 10 and iso < self.last[:7]:
            return  # 6月11日 … 主体结构已于4月封顶 … 12日下午: a month before the day told is background
        if len(iso) > 4 or self.last is None or len(self.last) == 4:
            self.last = iso

    def absolute(self, m: re.Match) -> Optional[str]:
        if m.start() == self.named_year[0]:
            return _absolute(m, self.named_year[1])  # 去年6月: the year the word names
        in_force = self.in_force.at(m.start())
        iso = _absolute(m, in_force or self.year)
        if iso and in_force is None and _looks_back(self.text, m, iso, self.delivered):
            iso = f"{int(iso[:4]) - 1:04d}{iso[4:]}"
        return iso

    def relative(self, m: re.Match) -> Optional[str]:
        if m.group("recently"):
            return _recent(self.published)
        if m.group("year_word"):
            return self._named_year(m)
        return _from_last(m, self.last)

    def _named_year(self, m: re.Match) -> Optional[str]:
        now = int(self.published[:4]) if self.published else self.year
        if now is None:
            return None
        named = now + lexicon.time_words()["year_offsets"][m.group("year_word")]
        self.named_year = (m.end(), named)
        return str(named)


def years_in_force(text: str, year: Optional[int]) -> YearsInForce:
    """Where the text sets the year of its undated days: a heading that opens with a year
    (一、2022年工作回顾) until the next top-level heading; a paragraph that opens with one
    (2022年，…) until another year is set; a sentence that opens with one, to its paragraph's end.
    A year named in passing (到2025年, 2021年以来, 《…（2021年修订）》) opens nothing and sets nothing."""
    in_force = YearsInForce()
    offset = 0
    for paragraph in text.split("\n"):
        if _is_heading(paragraph):
            heading_year = _opening_year(paragraph, heading=True)
            if heading_year or TOP_HEADING.match(paragraph):
                in_force.set(offset, heading_year)  # a new part of the report: its own year or the document's
        else:
            _sentence_years(paragraph, offset, in_force)
        offset += len(paragraph) + 1
    return in_force


def _sentence_years(paragraph: str, offset: int, in_force: YearsInForce) -> None:
    carried = in_force.at(offset)  # what the paragraph hands on: its opening year, else what it was given
    start = 0
    for sentence in re.split(f"(?<=[{SENTENCE_END}])", paragraph):
        opened = _opening_year(sentence, heading=False)
        if opened:
            in_force.set(offset + start, opened)
            carried = opened if start == 0 else carried
        start += len(sentence)
    if in_force.at(offset + len(paragraph)) != carried:  # a year set inside the paragraph is that paragraph's only
        in_force.set(offset + len(paragraph), carried)


def _is_heading(paragraph: str) -> bool:
    return 0 < len(paragraph.strip()) <= MAX_HEADING and not re.search(f"[{SENTENCE_END}，,]", paragraph)


def _opening_year(words: str, heading: bool) -> Optional[int]:
    """The year ``words`` open with: any heading (2022年工作回顾), a sentence only with a comma
    after the year or its part (2022年，  2022年上半年，), so that 2022年12月 or 2024年中考 is none."""
    match = re.match(ENUMERATOR + r"(?P<year>[12][0-9]{3})年", words)
    if not match:
        return None
    rest = words[match.end():]
    if heading:  # 2022年工作回顾, not the dateline 2022年12月30日 nor 2021年以来重点工作
        return None if re.match(rf"度?(?:[0-9一二三四五六七八九十]|{_alternation('range_after')})", rest) else int(match["year"])
    return int(match["year"]) if _year_part_and_comma().match(rest) else None


def _delivery_date(text: str) -> Optional[str]:
    match = DELIVERED.search(text[:500])
    if not match:
        return None
    try:
        return date(int(match["year"]), int(parse_numeral(match["month"]) or 0),
                    int(parse_numeral(match["day"]) or 0)).isoformat()
    except ValueError:
        return None


def _looks_back(text: str, m: re.Match, iso: str, delivered: Optional[str]) -> bool:
    """Whether an undated day of a report read to a session lies after the reading, and so in
    the year before: on 2022-01-10 a report tells what was done in 6月, June 2021. Not a day
    it plans (将于6月), nor a day the text gave its year."""
    if not delivered or m.group("year") or m.group("year_only") or iso <= delivered[:len(iso)]:
        return False
    clause = re.split(f"[{SENTENCE_END}，,：:\n]", text[max(0, m.start() - 30):m.start()])[-1]
    return not any(word in clause for word in lexicon.time_words()["plan_words"])


@lru_cache(maxsize=None)
def _year_part_and_comma() -> re.Pattern:
    """What follows 2022 in an opening 2022年，or 2022年上半年，(the 年 already read)."""
    parts = [part.removeprefix("年") for part in lexicon.time_words()["year_parts"]]
    return re.compile(rf"(?:{lexicon.alternation(parts)})?\s*[，,]")


@lru_cache(maxsize=None)
def _alternation(key: str) -> str:
    return lexicon.alternation(lexicon.time_words()[key])


@lru_cache(maxsize=None)
def _relative_words() -> re.Pattern:
    words = lexicon.time_words()
    time_start = rf"(?:{CLAUSE_START}|(?<=[{''.join(words['time_prepositions'])}]))"  # 今年，… 于明年
    return re.compile(rf"(?P<months>{words['month_after']})|(?P<next>{_alternation('day_after')})"
                      rf"|(?<!提)(?P<before>{_alternation('day_before')})"  # 提前一天 is a day ahead of anything
                      rf"|{CLAUSE_START}(?P<just_after>{_alternation('just_after')})"  # not 社会上
                      rf"|{CLAUSE_START}(?P<recently>{_alternation('recently')})"
                      rf"|{time_start}(?P<year_word>{lexicon.alternation(words['year_offsets'])})|{BARE_DAY}")


def _shift_month(iso: str, months: int) -> str:
    year, month = int(iso[:4]), int(iso[5:7]) if len(iso) >= 7 else 1
    month += months
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}"


def _absolute(m: re.Match, year: Optional[int]) -> Optional[str]:
    if m.group("year_only"):
        return m.group("year_only")
    y = int(m.group("year")) if m.group("year") else year
    month = parse_numeral(m.group("month"))
    if y is None or month is None or not 1 <= month <= 12:
        return None
    if m.group("day"):
        day = parse_numeral(m.group("day"))
        try:
            return date(y, int(month), int(day or 0)).isoformat()
        except ValueError:
            return None
    return f"{y:04d}-{int(month):02d}"


def _from_last(m: re.Match, last: Optional[str]) -> Optional[str]:
    """次日, 一个月后, 随后, 28日 …: a date told from the last one."""
    if last is None or len(last) < 4:
        return None
    if m.group("bare_day"):
        return _day_of_month(last, int(m.group("bare_day")))
    if m.group("just_after"):
        return last if len(last) > 4 else None
    if m.group("months"):
        months = parse_numeral(re.match(NUM + r"|两", m.group()).group()) or 1
        return _shift_month(last, int(months))
    if m.group() in ("当天", "当日", "同日"):
        return last
    if len(last) == 10:
        step = -1 if m.group("before") else 1
        return (date.fromisoformat(last) + timedelta(days=step)).isoformat()
    return None


def _day_of_month(last: str, day: int) -> Optional[str]:
    if len(last) < 7:
        return None  # 28日 after a year only: which month is unknown
    try:
        return date(int(last[:4]), int(last[5:7]), day).isoformat()
    except ValueError:
        return None


def _recent(published: Optional[str]) -> Optional[str]:
    """The month (else the year) that holds every day of the recent past of ``published``."""
    if not published or len(published) < 10:
        return None
    until = date.fromisoformat(published[:10])
    since = until - timedelta(days=lexicon.time_words()["recent_days"])
    if (since.year, since.month) == (until.year, until.month):
        return until.isoformat()[:7]
    return str(until.year) if since.year == until.year else None
