"""Numerals as reports write them (1245, 2.83, 一千二百四十五, 二十, 两), and figures: a numeral with its
bound, magnitude and measure word."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Optional

import cn2an

from .. import lexicon

ARABIC = r"[0-9]+(?:\.[0-9]+)?"
CHINESE = r"[零〇一二三四五六七八九十百千万亿两]+"
NUMERAL = rf"(?:{ARABIC}|{CHINESE})"
_DIGITS = dict(zip("零〇一二三四五六七八九两", [0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 2]))


def parse_numeral(numeral: str) -> Optional[float]:
    """The value of one numeral, or None when it is not a well-formed number."""
    if re.fullmatch(ARABIC, numeral):
        return float(numeral)
    if all(c in _DIGITS for c in numeral) and len(numeral) > 1:
        # Digit by digit, as in 二〇二二.
        return float("".join(str(_DIGITS[c]) for c in numeral))
    try:
        return float(cn2an.cn2an(numeral.replace("两", "二"), "normal"))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def approximate_pair(numeral: str) -> Optional[tuple[float, float]]:
    """五六 (five or six), 两三, 三五: two single Chinese digits, the second one more than the first (or
    三五), say a range, not a number written digit by digit (56)."""
    if len(numeral) != 2 or not all(c in _DIGITS and _DIGITS[c] for c in numeral):
        return None
    low, high = (_DIGITS[c] for c in numeral)
    return (float(low), float(high)) if high == low + 1 or (low, high) == (3, 5) else None


def scaled(numeral: str, factor: int) -> Optional[float]:
    """The numeral times a magnitude (162.7 亿 -> 16270000000.0), in decimal arithmetic where it is
    written in digits: in binary, 162.7 * 1e8 is 16269999999.999998."""
    if re.fullmatch(ARABIC, numeral):
        return float(Decimal(numeral) * factor)
    value = parse_numeral(numeral)
    return None if value is None else round(value * factor, 6)


def plain(value: float) -> float | int:
    """An int when the value is whole: 600000.0 -> 600000."""
    return int(value) if float(value).is_integer() else value


@lru_cache(maxsize=1)
def count_pattern() -> re.Pattern:
    """A figure as reports write it: a bound word, a numeral or a range, 余 or 多, a magnitude,
    a measure word, a bound word after it (近30家, 260余条, 2.83万余人次, 3至5个, 100人以上)."""
    u = lexicon.units()
    b = u["bounds"]
    units = u["count_units"] + u["measure_units"] + u["percent"]
    mags = lexicon.alternation(u["magnitudes"])
    return re.compile(
        rf"(?P<before>{lexicon.alternation(b['min_before'] + b['max_before'] + b['about_before'])})?"
        rf"(?P<num>{NUMERAL})"
        rf"(?:(?P<joiner>{lexicon.alternation(u['range_joiners'])})(?P<num2>{NUMERAL}))?"
        rf"(?P<approx1>余|多)?(?P<mag>{mags})?(?P<approx2>余|多)?"
        rf"(?P<unit>{lexicon.alternation(units)})"
        rf"(?P<after>{lexicon.alternation(b['min_after'] + b['max_after'] + b['about_after'])})?")
