"""Check a document graph against the SHACL shapes in ``schemas/shapes.ttl``.

Validation reports, it does not repair: ``validate`` fills ``conforms`` and
``violations`` (one readable line per result) and hands the graph on unchanged.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from pyshacl_turbo import CompiledShapes, compile_shapes
from rdflib import Graph, Literal
from rdflib.namespace import SH
from rdflib.term import Node

from .namespaces import NIF, shared_names
from .paths import SCHEMAS
from .records import DocumentGraph

SHAPES = SCHEMAS / "shapes.ttl"
# Beyond this many characters a document's mentions are checked against its text here,
# in Python, not by the shapes' SPARQL constraint: SUBSTR over the whole text for each
# mention made a 1,000,000-character document take minutes (quadratic).
LONG_TEXT = 20_000
SEVERITY = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}


class GraphInvalid(ValueError):
    """Raised by ``validate(..., strict=True)`` when a graph does not conform."""

    def __init__(self, violations: list[str]):
        super().__init__("\n".join(violations))
        self.violations = violations


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """The shapes, parsed once per process."""
    return Graph().parse(SHAPES, format="turtle")


@lru_cache(maxsize=2)
def compiled_shapes(with_offsets: bool = True) -> CompiledShapes:
    """The shapes compiled once per process by pyshacl-turbo's engine (Rust): a
    document's graph validates in milliseconds where pySHACL took a tenth of a second.
    Without offsets: the shapes less their SPARQL constraints (the offset check)."""
    if with_offsets:
        return compile_shapes(shapes_graph())
    shapes = Graph()
    shapes += shapes_graph()
    for shape, constraint in list(shapes.subject_objects(SH.sparql)):
        shapes.remove((shape, SH.sparql, constraint))
        shapes.remove((constraint, None, None))
    return compile_shapes(shapes)


@lru_cache(maxsize=1)
def offset_message() -> str:
    """The message of the shapes' offset constraint, with ``{?mention}``, ``{?begin}`` and
    ``{?end}`` to fill in: the long-text check says what the shapes would."""
    for constraint in shapes_graph().objects(None, SH.sparql):
        return str(shapes_graph().value(constraint, SH.message))
    raise LookupError(f"{SHAPES} has no SPARQL constraint for mention offsets")


def validate(doc_graph: DocumentGraph, strict: bool = False) -> DocumentGraph:
    """Fill ``conforms`` and ``violations`` of ``doc_graph``.

    Warnings (incomplete rather than wrong) are listed but only fail the graph when
    ``strict``; then a graph that does not conform raises ``GraphInvalid``.
    """
    conforms, violations = check(doc_graph.graph, allow_warnings=not strict)
    doc_graph.conforms = conforms
    doc_graph.violations = violations
    if strict and not conforms:
        raise GraphInvalid(violations)
    return doc_graph


def check(graph: Graph, allow_warnings: bool = True) -> tuple[bool, list[str]]:
    """``(conforms, messages)`` of ``graph`` against the shapes (inference off: types are
    asserted in the data)."""
    long_texts = {ctx: str(text) for ctx, text in graph.subject_objects(NIF.isString)
                  if len(text) > LONG_TEXT}
    conforms, report, _ = compiled_shapes(with_offsets=not long_texts).validate(
        graph, inference="none", allow_warnings=allow_warnings, allow_infos=True)
    wrong = offset_violations(graph, long_texts) if long_texts else []
    return bool(conforms) and not wrong, sorted(describe(report) + wrong)


def offset_violations(graph: Graph, texts: dict) -> list[str]:
    """What the shapes' offset constraint reports, for the mentions of these contexts."""
    names = shared_names()
    lines = []
    for ctx, text in texts.items():
        for mention in graph.subjects(NIF.referenceContext, ctx):
            begin, end = graph.value(mention, NIF.beginIndex), graph.value(mention, NIF.endIndex)
            anchor = graph.value(mention, NIF.anchorOf)
            try:
                b, e = int(begin), int(end)
            except (TypeError, ValueError):
                continue  # the shapes report a missing or ill-typed offset themselves
            if anchor is None:
                continue
            if b > e or e > len(text) or text[b:e] != str(anchor):
                message = (offset_message().replace("{?mention}", str(mention))
                           .replace("{?begin}", str(b)).replace("{?end}", str(e)))
                lines.append(f"violation: {short(ctx, names)}: {message} "
                             f"(value {short(anchor, names)})")
    return lines


def describe(report: Graph) -> list[str]:
    """One line per validation result, sorted so that the same graph gives the same list.

    ``violation: kgcount:doc1-1, path schema:unitText: A count needs … (value '…')``
    """
    names = shared_names()
    lines = []
    for result in report.subjects(SH.resultSeverity, None):
        severity = SEVERITY.get(report.value(result, SH.resultSeverity), "violation")
        where = short(report.value(result, SH.focusNode), names)
        path = report.value(result, SH.resultPath)
        if path is not None:
            where += f", path {short(path, names)}"
        line = f"{severity}: {where}: {report.value(result, SH.resultMessage) or 'does not conform'}"
        value = report.value(result, SH.value)
        if value is not None:
            line += f" (value {short(value, names)})"
        lines.append(line)
    return sorted(lines)


def short(node: Optional[Node], names) -> str:
    """A node as a reader would write it: a prefixed name, or a quoted literal."""
    if node is None:
        return ""
    if isinstance(node, Literal):
        text = str(node)
        return repr(text if len(text) <= 40 else text[:40] + "…")
    try:
        return node.n3(names)
    except Exception:  # noqa: BLE001 - blank nodes and odd IRIs print as they are
        return str(node)
