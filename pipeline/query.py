"""Read-only SPARQL over the store: named queries, paging, result limits and result
formats.

Shared by ``kg query`` and ``kg serve``: both refuse updates and federated queries,
report a malformed query with its line and column, and render results the same way.

A query whose header holds ``# page: ?variable`` is paged by that variable:
``execute_page`` lists its members with the header's ``# page-members:`` pattern (for
``?document``, the store's documents: ``?document a nif:Context``) in IRI order
(literals in text order), takes a page of them and puts ``VALUES ?variable { ... }``
right after the query's first ``WHERE {``, so the query answers for those members only
(and fast, when its patterns start from the variable). ``# page-unit: person, people`` names a member and several
(the page note says "people 1–100 of 7,608"), ``# page-size: 20`` sets the query's own
page size. Other queries run whole.
"""
from __future__ import annotations

import csv
import io
import json
import math
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import pyoxigraph as ox

from . import paths
from .namespaces import PREFIXES
from .store import KnowledgeStore

# What ``kg query --format`` and the endpoint's content negotiation can produce.
SELECT_FORMATS = ("table", "csv", "json")
GRAPH_FORMATS = ("turtle", "ntriples")
UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY")

# Strings, IRIs and comments, where keywords are only text.
_OPAQUE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"'
                     r"|'(?:[^'\\\n]|\\.)*'|<[^<>\"{}|^`\\\s]*>|#[^\n]*")
# A keyword, not part of a variable (?add), a prefixed name (ex:add) or a blank node.
_KEYWORD = r"(?<![\w?$:]){}(?![\w:])"
_UPDATE = re.compile(_KEYWORD.format("(" + "|".join(UPDATE_KEYWORDS) + ")"), re.IGNORECASE)
_SERVICE = re.compile(_KEYWORD.format("SERVICE"), re.IGNORECASE)
_POSITION = re.compile(r"error at (\d+):(\d+)")
_WHERE = re.compile(r"(?<![\w?$:])WHERE\s*\{", re.IGNORECASE)
# "# page: ?document", "# page-members: ?document a nif:Context", "# page-unit: ...", ...
_PAGE_LINE = re.compile(r"#\s*(page(?:-members|-unit|-size)?):(.*)", re.IGNORECASE)
_PAGE_VARIABLE = re.compile(r"\s*[?$](\w+)\s*")
_QUERY_FORM = re.compile(_KEYWORD.format("(SELECT|CONSTRUCT|DESCRIBE|ASK)"), re.IGNORECASE)
_PREFIXES = {prefix: str(ns) for prefix, ns in PREFIXES.items()}


class QueryError(ValueError):
    """A query that will not run; ``status`` is the HTTP status that says why."""

    status = 400


class QuerySyntaxError(QueryError):
    pass


class ForbiddenQuery(QueryError):
    status = 403


class PageOutOfRange(QueryError):
    """A page past the last one (or before the first)."""


PAGE_SIZE = 100  # members in a page of a paged query whose header gives no page size


@dataclass(frozen=True)
class Paging:
    """What a query is paged over, from its header: the ``variable`` its pages bind, the
    group graph pattern that lists its ``members``, what one and several are called
    (``unit``) and the members in a page unless told (``size``)."""

    variable: str
    members: str
    unit: tuple[str, str] = ("member", "members")
    size: int = PAGE_SIZE


# A '# page: ?document' line says it all: the members are the store's documents.
DOCUMENT_PAGING = Paging("document", "?document a nif:Context", ("document", "documents"))


@dataclass(frozen=True)
class Page:
    """Which members a paged query answered for: ``first`` to ``last`` (counted from 1)
    of ``members``, page ``number`` of ``pages``; ``unit`` names one member and several."""

    number: int
    pages: int
    first: int
    last: int
    members: int
    unit: tuple[str, str] = DOCUMENT_PAGING.unit

    @property
    def next(self) -> Optional[int]:
        return self.number + 1 if self.number < self.pages else None

    def describe(self) -> str:
        """E.g. "documents 1–100 of 10,000 (page 1 of 100)"."""
        one, several = self.unit
        if not self.members:
            return f"no {several}"
        which = (f"{one} {self.first:,}" if self.first == self.last
                 else f"{several} {self.first:,}–{self.last:,}")
        return f"{which} of {self.members:,} (page {self.number:,} of {self.pages:,})"


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    path: Path

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @property
    def paging(self) -> Optional[Paging]:
        return paging(self.text)

    @property
    def page_variable(self) -> Optional[str]:
        return page_variable(self.text)


@dataclass
class QueryResult:
    kind: str  # select | ask | graph
    variables: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)  # select: terms (or None), in variable order
    triples: list = field(default_factory=list)  # graph: pyoxigraph Triples
    boolean: Optional[bool] = None  # ask
    truncated: bool = False  # more rows or triples than the limit
    page: Optional[Page] = None  # the members a paged query answered for

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples)


def named_queries(folder: Optional[Path] = None) -> dict[str, NamedQuery]:
    """The ``*.rq`` files of a folder (schemas/queries) by name, with their ``# title:``."""
    return {path.stem: NamedQuery(path.stem, query_title(path.read_text(encoding="utf-8")), path)
            for path in sorted(Path(folder or paths.QUERIES).glob("*.rq"))}


def query_title(text: str) -> str:
    for line in text.splitlines():
        if line.lower().startswith("# title:"):
            return line.split(":", 1)[1].strip()
    return ""


def paging(text: str) -> Optional[Paging]:
    """How a query is paged, from the ``# page...:`` lines among the comments that open
    it; None when it has no ``# page: ?variable`` line."""
    header = page_header(text)
    if "page" not in header:
        return None
    variable = _PAGE_VARIABLE.fullmatch(header["page"])
    if not variable:
        raise QuerySyntaxError(f"malformed page line '# page: {header['page']}': expected "
                               "'# page: ?variable'")
    variable = variable.group(1)
    default = DOCUMENT_PAGING if variable == "document" else Paging(variable, "")
    members = header.get("page-members", default.members)
    if not re.search(rf"[?$]{variable}\b", members):
        raise QuerySyntaxError(f"a query paged by ?{variable} needs a '# page-members:' line "
                               f"with the pattern that lists the values of ?{variable}")
    unit = _page_unit(header["page-unit"]) if "page-unit" in header else default.unit
    size = _page_size(header["page-size"]) if "page-size" in header else default.size
    return Paging(variable, members, unit, size)


def page_variable(text: str) -> Optional[str]:
    """The variable a query is paged by (its ``# page: ?variable`` line); None when none."""
    found = paging(text)
    return found.variable if found else None


def page_header(text: str) -> dict[str, str]:
    """The ``# page...:`` lines among the comments that open a query, by their name."""
    header = {}
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if not line.startswith("#"):
            break
        found = _PAGE_LINE.fullmatch(line)
        if found:
            header.setdefault(found.group(1).lower(), found.group(2).strip())
    return header


def _page_unit(text: str) -> tuple[str, str]:
    """'person, people' -> ("person", "people"); 'event' -> ("event", "events")."""
    words = [word.strip() for word in text.split(",")]
    if not 1 <= len(words) <= 2 or not all(words):
        raise QuerySyntaxError(f"malformed page unit {text!r}: expected "
                               "'# page-unit: one, several'")
    return (words[0], words[-1] if len(words) == 2 else words[0] + "s")


def _page_size(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise QuerySyntaxError(f"malformed page size {text!r}: expected a positive number")
    return int(text)


def code_only(sparql: str) -> str:
    """The query with its strings, IRIs and comments blanked out, character for character,
    so that a keyword found in it is code and its offsets are the query's."""
    return _OPAQUE.sub(lambda match: " " * len(match.group()), sparql)


def prologue(sparql: str) -> str:
    """The query's PREFIX and BASE declarations (what comes before SELECT, CONSTRUCT ...),
    so that the pattern listing its members reads the same names."""
    form = _QUERY_FORM.search(code_only(sparql))
    return sparql[:form.start()] if form else ""


def list_members(store: KnowledgeStore, paged: Paging, prefixes: str = "") -> list:
    """The values a query is paged over, IRIs in IRI order (the order of ORDER BY) and
    literals by their text: made DISTINCT by the store and sorted here, which is much
    faster than ORDER BY. Blank nodes are left out: VALUES cannot name them."""
    listing = f"{prefixes}SELECT DISTINCT ?{paged.variable} WHERE {{ {paged.members} }}"
    try:
        found = {row[0] for row in store.query(listing)}
    except SyntaxError as err:
        raise QuerySyntaxError(f"in the '# page-members:' line: {syntax_message(listing, err)}"
                               ) from None
    return sorted((term for term in found if isinstance(term, (ox.NamedNode, ox.Literal))),
                  key=lambda term: (isinstance(term, ox.Literal), term.value, str(term)))


def page_of(members: list, number: int, page_size: int = PAGE_SIZE,
            unit: tuple[str, str] = DOCUMENT_PAGING.unit) -> tuple[list, Page]:
    """Page ``number`` (from 1) of ``members``, ``page_size`` at a time; no members make
    one empty page."""
    if page_size < 1:
        raise ValueError(f"page_size must be positive, got {page_size}")
    pages = max(1, math.ceil(len(members) / page_size))
    if not 1 <= number <= pages:
        held = f"1 {unit[0]} makes" if len(members) == 1 else f"{len(members):,} {unit[1]} make"
        raise PageOutOfRange(f"there is no page {number}: {held} "
                             f"{pages:,} page{'s' if pages > 1 else ''} of {page_size:,} "
                             f"(pages 1 to {pages:,})")
    start = (number - 1) * page_size
    chosen = members[start:start + page_size]
    return chosen, Page(number, pages, start + 1 if chosen else 0, start + len(chosen),
                        len(members), unit)


def with_values(sparql: str, variable: str, terms: list) -> str:
    """The query with ``VALUES ?variable { term ... }`` right after its first ``WHERE {``
    (comments, strings and IRIs aside); the terms are IRIs or literals."""
    where = _WHERE.search(code_only(sparql))
    if not where:
        raise QuerySyntaxError(f"a query paged by ?{variable} needs a WHERE {{ ... }} clause")
    values = " ".join(str(term) for term in terms)
    return f"{sparql[:where.end()]}\n  VALUES ?{variable} {{ {values} }}{sparql[where.end():]}"


def execute_page(store: KnowledgeStore, sparql: str, page: Optional[int] = 1,
                 page_size: Optional[int] = None, max_rows: Optional[int] = None) -> QueryResult:
    """Run a query; one paged by a variable (``# page: ?variable``) answers for page
    ``page`` (from 1) of its members in order, ``page_size`` members a page (by default
    its ``# page-size:``, else ``PAGE_SIZE``), or for every member when ``page`` is None.
    The result's ``page`` says which members.

    A query without a ``# page:`` line runs whole: its only page is page 1.
    """
    check_read_only(sparql)
    paged = paging(sparql)
    if paged is None or page is None:
        if page not in (None, 1):
            raise PageOutOfRange(f"there is no page {page}: the query is not paged "
                                 "(it has no '# page:' line) and runs whole")
        return execute(store, sparql, max_rows)
    members = list_members(store, paged, prologue(sparql))
    chosen, result_page = page_of(members, page, page_size or paged.size, paged.unit)
    result = execute(store, with_values(sparql, paged.variable, chosen), max_rows)
    result.page = result_page
    return result


def check_read_only(sparql: str) -> None:
    """Refuse update operations and SERVICE calls before anything runs."""
    code = code_only(sparql)
    update = _UPDATE.search(code)
    if update:
        raise ForbiddenQuery(f"update operations ({update.group(1).upper()}) are not "
                             "allowed: the store is read-only")
    if _SERVICE.search(code):
        raise ForbiddenQuery("federated queries (SERVICE) are not allowed")


def execute(store: KnowledgeStore, sparql: str, max_rows: Optional[int] = None) -> QueryResult:
    """Run a read-only query; at most ``max_rows`` rows or triples are kept."""
    check_read_only(sparql)
    try:
        results = store.query(sparql)
    except SyntaxError as err:
        raise QuerySyntaxError(syntax_message(sparql, err)) from None
    if isinstance(results, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(results))
    if isinstance(results, ox.QuerySolutions):
        variables = [v.value for v in results.variables]
        rows, truncated = _take(results, max_rows)
        return QueryResult("select", variables, [list(row) for row in rows],  # in variable order
                           truncated=truncated)
    triples, truncated = _take(results, max_rows)
    return QueryResult("graph", triples=triples, truncated=truncated)


def syntax_message(sparql: str, err: SyntaxError) -> str:
    """pyoxigraph's message (it names line and column), with the line and a caret under it."""
    message = str(err).split("\n", 1)[0]
    if len(message) > 160:  # the list of expected tokens can run for lines
        message = message[:157] + "..."
    position = _POSITION.search(message)
    if not position:
        return f"malformed SPARQL query: {message}"
    line, column = int(position.group(1)), int(position.group(2))
    lines = sparql.splitlines() or [""]
    text = lines[min(line, len(lines)) - 1]
    # pyoxigraph's column is one past the character it stopped at, counted from 1
    caret = " " * max(0, min(column - 2, len(text))) + "^"
    return f"malformed SPARQL query: {message}\n  {text}\n  {caret}"


def render(result: QueryResult, fmt: str) -> str:
    """The result as text: table, csv or json; graph results as turtle or ntriples."""
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean}) if fmt == "json" \
            else str(result.boolean).lower()
    if result.kind == "graph":
        if fmt in ("ntriples", "csv"):
            return ox.serialize(result.triples, format=ox.RdfFormat.N_TRIPLES).decode()
        return ox.serialize(result.triples, format=ox.RdfFormat.TURTLE,
                            prefixes=_PREFIXES).decode()
    return {"table": _table, "csv": _csv, "json": _json}[fmt](result)


def _take(results, limit: Optional[int]) -> tuple[list, bool]:
    if limit is None:
        return list(results), False
    taken = []
    for item in results:
        if len(taken) == limit:
            return taken, True
        taken.append(item)
    return taken, False


def _csv(result: QueryResult) -> str:
    """SPARQL 1.1 CSV results: plain values, blank nodes as _:id."""
    out = io.StringIO()
    rows = csv.writer(out, lineterminator="\r\n")
    rows.writerow(result.variables)
    for row in result.rows:
        rows.writerow([_plain(term) for term in row])
    return out.getvalue()


def _json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON."""
    bindings = [{var: _json_term(term) for var, term in zip(result.variables, row)
                 if term is not None} for row in result.rows]
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False)


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        if term.language:
            return {"type": "literal", "value": term.value, "xml:lang": term.language}
        return {"type": "literal", "value": term.value, "datatype": term.datatype.value}
    return {"type": "triple", "value": str(term)}


def _plain(term) -> str:
    if term is None:
        return ""
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def _table(result: QueryResult) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(*result.variables, show_lines=False)
    for row in result.rows:
        table.add_row(*[_short(term) for term in row])
    out = io.StringIO()
    width = shutil.get_terminal_size((120, 24)).columns
    Console(file=out, width=width, highlight=False).print(table)
    if result.truncated:
        out.write(f"(first {len(result.rows)} rows)\n")
    return out.getvalue()


def _short(term) -> str:
    """An IRI with a known prefix as prefix:name, anything else as its plain value."""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in _PREFIXES.items():
            if term.value.startswith(ns) and len(term.value) > len(ns):
                return f"{prefix}:{term.value[len(ns):]}"
    return _plain(term)
