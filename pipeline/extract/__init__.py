"""Extract: organizations, places, people, events and counts from a segmented document.

Each component is a small function over the shared ``Extraction`` record; ``COMPONENTS``
is their order (later ones read what earlier ones found).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Callable

from ..records import Extraction, OrgMention, Segmented
from .context import TextIndex
from .counts import find_counts
from .dates import find_dates
from .events import find_events
from .organizations import find_organizations
from .people import byline_people, find_people
from .places import document_region, find_places


def organizations(x: Extraction, index: TextIndex) -> None:
    x.organizations = find_organizations(index)


def places(x: Extraction, index: TextIndex) -> None:
    org_spans = {(o.span.start, o.span.end) for o in x.organizations}
    x.places = [p for p in find_places(index) if (p.span.start, p.span.end) not in org_spans]
    heading = x.document.metadata.subtitle or x.document.metadata.title or ""
    x.region = document_region(index, x.places, heading, x.organizations)


def main_organization(x: Extraction, index: TextIndex) -> None:
    """The body whose work the document reports: named in the title, else the most named."""
    heading = (x.document.metadata.title or "") + (x.document.metadata.subtitle or "")
    named = Counter(_core(o.name) for o in x.organizations if o.parent is None)
    in_heading = [o for o in x.organizations if o.parent is None and _core(_normal(o.name)) in _normal(heading)]
    pick = in_heading or sorted((o for o in x.organizations if o.parent is None),
                                key=lambda o: -named[_core(o.name)])
    x.main_organization = pick[0] if pick else None


def people(x: Extraction, index: TextIndex) -> None:
    found, holders = find_people(index, x.organizations)
    x.people = byline_people(index) + [p for p in found if not _in_byline(p, x)]
    x.unnamed_holders = holders


def events(x: Extraction, index: TextIndex) -> None:
    x.dates = find_dates(index.text, x.document.metadata.year)
    x.events = find_events(index, x.organizations, x.places, x.people, x.dates)
    year = x.document.metadata.year
    for event in x.events:
        if event.date is None and year:
            event.date = str(year)  # the year the document reports on, as precise as the text allows


def counts(x: Extraction, index: TextIndex) -> None:
    x.counts = find_counts(index)
    year = x.document.metadata.year
    for count in x.counts:
        count.subject = _subject(index, x, count.span.start)
        count.period = _period(index, x, count.span.start) or (str(year) if year else None)


COMPONENTS: list[Callable[[Extraction, TextIndex], None]] = [
    organizations, places, main_organization, people, events, counts,
]


def extract(segmented: Segmented) -> Extraction:
    x = Extraction(segmented=segmented)
    index = TextIndex(segmented)
    for component in COMPONENTS:
        component(x, index)
    return x


def _subject(index: TextIndex, x: Extraction, original_start: int) -> OrgMention | None:
    """The organization a figure is reported of: its sentence's, else its paragraph's, else the document's."""
    pos = bisect.bisect_left(index.seg.offsets, original_start)
    for begin, _ in (index.sentence(pos), index.paragraph(pos)):
        b = index.seg.offsets[begin]
        before = [o for o in x.organizations if b <= o.span.start < original_start]
        if before:
            return before[0]
    return x.main_organization


def _period(index: TextIndex, x: Extraction, original_start: int) -> str | None:
    pos = bisect.bisect_left(index.seg.offsets, original_start)
    s_begin, _ = index.sentence(pos)
    years = [d.iso[:4] for d in x.dates if s_begin <= d.start < pos]
    return years[-1] if years else None


def _in_byline(person, x: Extraction) -> bool:
    return any(c.span.start <= person.span.start < c.span.end + 2 for c in x.document.metadata.credits)


def _core(name: str) -> str:
    return re.sub(r"^(?:第?[一二三四五六七八九十]+届)", "", name)


def _normal(text: str) -> str:
    from ..nlp import normalise
    return normalise(text)
