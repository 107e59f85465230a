"""The vocabularies in data/lexicons, loaded once per process."""
from __future__ import annotations

import json
import re
from functools import lru_cache

from .paths import LEXICONS


def _words(name: str) -> list[str]:
    """A word list: one or more words per line, '#' starts a comment."""
    words: list[str] = []
    for line in (LEXICONS / name).read_text(encoding="utf-8").splitlines():
        words.extend(line.split("#", 1)[0].split())
    return list(dict.fromkeys(words))


def _json(name: str) -> dict:
    data = json.loads((LEXICONS / name).read_text(encoding="utf-8"))
    data.pop("_why", None)
    return data


def longest_first(words) -> list[str]:
    return sorted(set(words), key=lambda w: (-len(w), w))


def alternation(words) -> str:
    """A regex alternation that tries longer words first."""
    return _alternation(tuple(words))


@lru_cache(maxsize=256)  # the extractors ask for the same lists' alternations for every document
def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in longest_first(words))


@lru_cache(maxsize=None)
def surnames() -> tuple[str, ...]:
    return tuple(longest_first(_words("surnames.txt")))


@lru_cache(maxsize=None)
def surname_set() -> frozenset[str]:
    """The surnames as a set, for the readers that ask whether a word starts or is one."""
    return frozenset(surnames())


@lru_cache(maxsize=None)
def titles() -> tuple[str, ...]:
    return tuple(longest_first(_words("titles.txt")))


@lru_cache(maxsize=None)
def title_set() -> frozenset[str]:
    """The titles as a set, for the readers that ask whether a word is one (titles() keeps them longest
    first, for patterns)."""
    return frozenset(titles())


@lru_cache(maxsize=None)
def idioms() -> tuple[str, ...]:
    return tuple(longest_first(_words("idioms.txt")))


@lru_cache(maxsize=None)
def role_verbs() -> dict[str, str]:
    return _json("role_verbs.json")


@lru_cache(maxsize=None)
def person_context() -> dict:
    return _json("person_context.json")


@lru_cache(maxsize=None)
def body_words() -> tuple[str, ...]:
    """The words that end a body's name on their own or stand for one (政协, 区委, 工商联)."""
    orgs = organizations()
    return tuple(orgs["bodies"] + orgs["standalone"])


@lru_cache(maxsize=1)
def count_units() -> frozenset[str]:
    """The measure words a figure counts in (个, 件, 人次, 尾 …)."""
    return frozenset(units()["count_units"])


@lru_cache(maxsize=1)
def count_linking_words() -> frozenset[str]:
    """Words between a figure and what it counts that belong to neither (共, 累计, 达 …)."""
    return frozenset(grammar()["count_linking_words"])


@lru_cache(maxsize=None)
def event_nouns() -> tuple[str, ...]:
    """The words that name an event, of every category (会议, 视察, 仪式 …)."""
    return tuple(noun for nouns in events()["nouns"].values() for noun in nouns)


@lru_cache(maxsize=None)
def bylines() -> dict:
    return _json("bylines.json")


@lru_cache(maxsize=None)
def organizations() -> dict:
    return _json("organizations.json")


@lru_cache(maxsize=None)
def units() -> dict:
    return _json("units.json")


@lru_cache(maxsize=None)
def events() -> dict:
    return _json("events.json")


@lru_cache(maxsize=None)
def time_words() -> dict:
    return _json("time.json")


@lru_cache(maxsize=None)
def places() -> dict:
    return _json("places.json")


@lru_cache(maxsize=None)
def grammar() -> dict:
    """Function words and name-forming characters: link words, conjunctions, what a name stops at
    or runs on into. A string is a class of characters, a list holds words."""
    return _json("grammar.json")


@lru_cache(maxsize=1)
def segmenter_words() -> dict[str, str]:
    """Words the segmenter must keep whole, with their part of speech: titles and
    organization words are nouns (n, nt), event words nouns, role words verbs, and
    what reports count (提案) nouns."""
    orgs = organizations()
    words: dict[str, str] = {}
    words.update((w, "n") for w in event_nouns())
    words.update((w, "n") for w in titles())
    words.update((w, "nt") for w in orgs["bodies"] + orgs["parts"] + orgs["standalone"])
    words.update((w, "v") for w in role_verbs())
    words.update((w, "n") for w in units()["counted_nouns"])
    words.update((w, "n") for w in orgs["members_tagged_as_times"])  # 38名青年, 青年侨商联合会: people, not a time
    words.update((w, "n") for w in orgs["name_words"])  # 九年一贯制学校
    words.update((w, "r") for w in grammar()["self_references"])  # 到我镇 + 实地核查: no 镇 to open a name
    words.update(grammar()["mistagged_words"])  # 荣获/nr, 新建/ns: verbs
    return {w: t for w, t in words.items() if len(w) > 1}
