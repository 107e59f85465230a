"""Who a sentence is about: the body named first in the subject's place (at the start
of a clause, after time words only), not one named after 与, 被 or a verb."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from .. import lexicon


@lru_cache(maxsize=1)
def subject_place() -> re.Pattern:
    return re.compile(lexicon.units()["subject_openers"])


def clause_before(text: str, sentence_start: int, at: int) -> str:
    """The words between the last punctuation mark (or the sentence start) and ``at``."""
    return re.split(r"[，,；;：:。\n]", text[sentence_start:at])[-1].strip()


def subject_of(text: str, mentions: Sequence, start: int, end: int):
    """The first of ``mentions`` between ``start`` and ``end`` (original offsets) that
    stands where a sentence's subject stands, or None."""
    for m in sorted((m for m in mentions if start <= m.span.start < end), key=lambda m: m.span.start):
        if subject_place().fullmatch(clause_before(text, start, m.span.start)):
            return m
    return None
