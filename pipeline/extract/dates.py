"""Dates as reports write them, resolved against the document's year and the last date
the text gave: 6月24日 in a 2022 report is 2022-06-24; 一个月后 is a month after it."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

from .. import lexicon
from .numbers import parse_numeral

NUM = r"[0-9]{1,2}|[一二三四五六七八九十]{1,3}"
DATE = re.compile(
    rf"(?:(?P<year>[12][0-9]{{3}})年)?(?P<month>{NUM})月(?:份)?(?:(?P<day>{NUM})[日号])?"
    rf"|(?P<year_only>[12][0-9]{{3}})年(?!度?[0-9一二三四五六七八九十])")


@dataclass
class DateMention:
    start: int  # in the NLP text
    end: int
    iso: str  # 2022-06-24, 2022-07 or 2022


def _shift_month(iso: str, months: int) -> str:
    year, month = int(iso[:4]), int(iso[5:7]) if len(iso) >= 7 else 1
    month += months
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}"


def find_dates(text: str, year: Optional[int]) -> list[DateMention]:
    """Every explicit and relative date, in text order, each resolved by those before it."""
    found: list[DateMention] = []
    last: Optional[str] = str(year) if year else None  # the last date precise to a month or a day
    relative = re.compile(lexicon.time_words()["month_after"] + "|" + lexicon.alternation(lexicon.time_words()["day_after"]))
    spans = sorted([(m.start(), m.end(), m, "abs") for m in DATE.finditer(text)]
                   + [(m.start(), m.end(), m, "rel") for m in relative.finditer(text)], key=lambda x: x[0])
    for start, end, m, kind in spans:
        iso = _absolute(m, year) if kind == "abs" else _relative(m, last)
        if iso:
            found.append(DateMention(start, end, iso))
            if len(iso) > 4 or last is None or len(last) == 4:
                last = iso
    return found


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


def _relative(m: re.Match, last: Optional[str]) -> Optional[str]:
    if last is None or len(last) < 4:
        return None
    if m.group().endswith(("后", "以后")) and "个月" in m.group():
        months = parse_numeral(re.match(NUM + r"|两", m.group()).group()) or 1
        return _shift_month(last, int(months))
    if m.group() in ("当天", "当日", "同日"):
        return last
    if len(last) == 10:
        return (date.fromisoformat(last) + timedelta(days=1)).isoformat()
    return None
