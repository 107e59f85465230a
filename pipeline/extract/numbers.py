"""Numerals as reports write them: 1245, 2.83, 一千二百四十五, 二十, 两."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

import cn2an

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
