"""The ``kg`` command: run, export, query, serve.

Exit codes: 0 success; 1 some documents failed (or, with ``--strict``, SHACL found
violations), or the store could not be used; 2 a usage error (bad arguments, no
input, a malformed query). No traceback reaches the user unless ``--debug``.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional, Sequence

from . import __version__, paths

PAGE_SIZE = 100  # pipeline.query.PAGE_SIZE, without importing pyoxigraph for --help

EXPORT_HELP = """what to write: ttl (named graphs merged), trig, nq (named graphs),
jsonld (merged, with schemas/context.jsonld as context when present), graphml (entities,
events and counts as nodes, their relations as edges), csv (one row per quad: graph,
subject, predicate, object, datatype, language)"""


class CommandError(Exception):
    """A problem to tell the user in one message, with the exit code it calls for."""

    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


def main(argv: Optional[Sequence[str]] = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit:  # --help, --version and argparse's usage errors (2)
        return exit.code
    try:
        return args.command(args)
    except CommandError as err:
        print(f"kg: {err}", file=sys.stderr)
        return err.code
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except Exception as err:
        if args.debug:
            raise
        print(f"kg: internal error: {type(err).__name__}: {err} (run with --debug for "
              "the traceback)", file=sys.stderr)
        return 1


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--out", type=Path, default=paths.DEFAULT_OUT, metavar="DIR",
                        help="the output folder, holding the store (default: %(default)s)")
    common.add_argument("--debug", action="store_true", help="show tracebacks")
    parser = argparse.ArgumentParser(prog="kg", description=__doc__.split("\n")[0])
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.set_defaults(debug=False)
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")
    _add_run(commands, common)
    _add_export(commands, common)
    _add_query(commands, common)
    _add_serve(commands, common)
    return parser


def _add_run(commands, common) -> None:
    run = commands.add_parser("run", parents=[common], help="build the knowledge graph",
                              description="Process documents into the store of --out, "
                              "skipping unchanged ones, then write the exports.")
    run.add_argument("inputs", nargs="+", metavar="PATH",
                     help="files, folders, globs or JSON Lines files")
    run.add_argument("--strict", action="store_true",
                     help="exit 1 when SHACL validation finds violations")
    run.add_argument("--workers", type=_positive, default=1, metavar="N",
                     help="process documents in N processes (default: 1)")
    run.add_argument("--no-progress", action="store_true", help="no progress bar")
    run.add_argument("-v", "--verbose", action="store_true",
                     help="a line on stderr for each document stored, skipped or failed")
    run.set_defaults(command=cmd_run)


def _add_export(commands, common) -> None:
    from .export import FORMATS

    export = commands.add_parser("export", parents=[common], help="write the graph to a file",
                                 description="Write the store in one format.")
    export.add_argument("--format", choices=FORMATS, default="ttl", help=EXPORT_HELP)
    export.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help="the file to write (default: DIR/graph.FORMAT)")
    export.set_defaults(command=cmd_export)


def _add_query(commands, common) -> None:
    query = commands.add_parser(
        "query", parents=[common], help="run a SPARQL query",
        description="Run a read-only SPARQL query over the store; the default graph is the "
                    "merge of every named graph (each triple once) and the project's "
                    "prefixes are predeclared.")
    source = query.add_mutually_exclusive_group(required=True)
    source.add_argument("sparql", nargs="?", help="the query text")
    source.add_argument("--file", type=Path, help="read the query from a .rq file")
    source.add_argument("--name", help="a named query of schemas/queries (see --list)")
    source.add_argument("--list", action="store_true", help="list the named queries")
    query.add_argument("--format", choices=("table", "csv", "json"), default="table",
                       help="SELECT results as a table, SPARQL CSV or SPARQL JSON; "
                            "CONSTRUCT results are Turtle (N-Triples for csv)")
    query.add_argument("--limit", type=_positive, metavar="N",
                       help="print at most N rows (a note on stderr says when more were found)")
    paging = query.add_mutually_exclusive_group()
    paging.add_argument("--page", type=_positive, metavar="N",
                        help="for a paged query (one with a '# page: ?variable' line; "
                             "--list says which and by what): answer for its Nth page "
                             "(default: the first)")
    paging.add_argument("--all", action="store_true",
                        help="answer a paged query for all its pages at once")
    query.add_argument("--page-size", type=_positive, metavar="N",
                       help="documents (people, events ...) in a page (default: the query's "
                            f"'# page-size:', else {PAGE_SIZE})")
    query.set_defaults(command=cmd_query)


def _add_serve(commands, common) -> None:
    serve = commands.add_parser("serve", parents=[common], help="serve a SPARQL endpoint",
                                description="A read-only SPARQL 1.1 Protocol endpoint over "
                                            "the store, at /sparql.")
    serve.add_argument("--host", default="127.0.0.1", help="(default: %(default)s)")
    serve.add_argument("--port", type=int, default=8000, help="(default: %(default)s)")
    serve.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS",
                       help="the time limit of one query (default: %(default)s)")
    serve.add_argument("--max-rows", type=_positive, default=10000, metavar="N",
                       help="results beyond N rows are cut (default: %(default)s)")
    serve.set_defaults(command=cmd_serve)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {text!r}")
    return value


# -- the commands -------------------------------------------------------------------------

def cmd_run(args) -> int:
    from .corpus import default_pipeline, run_corpus
    from .ingest import UsageError
    from .store import StoreError

    pipeline = default_pipeline()
    try:
        with _progress(bar=not args.no_progress, lines=args.verbose) as progress:
            report = run_corpus(args.inputs, args.out, workers=args.workers, strict=args.strict,
                                progress=progress, debug=args.debug, pipeline=pipeline)
    except UsageError as err:
        raise CommandError(str(err), 2) from None
    except StoreError as err:
        raise CommandError(str(err), 1) from None
    _print_summary(report)
    return report.exit_code()


def cmd_export(args) -> int:
    from .export import export

    target = args.output or args.out / f"graph.{args.format}"
    export(_open(args.out), args.format, target)
    print(target)
    return 0


def cmd_query(args) -> int:
    from .query import QueryError, execute_page, named_queries, render

    if args.list:
        for query in named_queries().values():
            paged = query.paging
            pages = f"\t{paged.size} {paged.unit[1]} a page" if paged else ""
            print(f"{query.name}\t{query.title}{pages}")
        return 0
    sparql = _query_text(args, named_queries)
    try:
        result = execute_page(_open(args.out), sparql, page=None if args.all else args.page or 1,
                              page_size=args.page_size, max_rows=args.limit)
    except QueryError as err:
        raise CommandError(str(err), 2) from None
    sys.stdout.write(render(result, args.format))
    if result.page is not None:
        # after the table; on stderr for csv and json, which it would break
        note = _page_note(result.page)
        print(note if args.format == "table" else f"kg: {note}",
              file=sys.stdout if args.format == "table" else sys.stderr)
    if result.truncated:
        print(f"kg: the first {args.limit} results; there are more (raise --limit)", file=sys.stderr)
    return 0


def _page_note(page) -> str:
    """What a paged query answered for (documents, people ...), and how to see the rest."""
    if page.next:
        return f"{page.describe()}; --page {page.next} for the next, --all for all"
    return page.describe() + ("; --all for all" if page.pages > 1 else "")


def cmd_serve(args) -> int:
    from .serve import serve
    from .store import store_path

    if not store_path(args.out).is_dir():
        raise CommandError(f"no store at {store_path(args.out)}: run `kg run` first", 1)
    serve(args.out, host=args.host, port=args.port, timeout=args.timeout,
          max_rows=args.max_rows)
    return 0


def _query_text(args, named_queries) -> str:
    if args.file:
        try:
            return args.file.read_text(encoding="utf-8")
        except OSError as err:
            raise CommandError(f"cannot read {args.file}: {err.strerror}") from None
    if args.name:
        queries = named_queries()
        if args.name not in queries:
            raise CommandError(f"no named query {args.name!r}; `kg query --list` lists them")
        return queries[args.name].text
    return args.sparql


def _open(out_dir: Path):
    from .store import StoreError, open_store

    try:
        return open_store(out_dir, read_only=True)
    except StoreError as err:
        raise CommandError(str(err), 1) from None


class _progress:
    """One line per document on stderr, or a rich progress bar when stderr is a terminal."""

    def __init__(self, bar: bool, lines: bool):
        self.bar = None
        self.lines = lines
        if bar and not lines and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                TextColumn("{task.completed} documents"), TimeElapsedColumn(),
                                console=Console(stderr=True), transient=True)

    def __enter__(self):
        if self.lines:
            return lambda outcome: print(outcome.status, outcome.source, file=sys.stderr,
                                         flush=True)
        if self.bar is None:
            return None
        task = self.bar.add_task("processing", total=None)  # its clock starts now
        return lambda outcome: self.advance(task, outcome.source)

    def advance(self, task, source: str) -> None:
        # Shown from the first document back, not before: rich redraws from a thread of
        # its own, and worker processes are forked before any document comes back (a
        # thread caught writing to stderr at the fork would leave its lock held in them).
        self.bar.start()  # once; later calls do nothing
        self.bar.update(task, advance=1, description=source)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()


def _print_summary(report) -> None:
    from .store import store_path

    for failure in report.failures:
        print(f"failed: {failure.source}: {failure.reason}", file=sys.stderr)
    total = len(report.processed) + len(report.skipped) + len(report.failures)
    print(f"{total} documents: {len(report.processed)} processed, "
          f"{len(report.skipped)} unchanged (skipped), {len(report.failures)} failed")
    if report.entities:
        print("entities: " + ", ".join(f"{kind} {n}" for kind, n in sorted(report.entities.items())))
    if report.conforms:
        print("SHACL: every processed document conforms")
    else:
        print(f"SHACL: {report.violations} violations in {len(report.nonconforming)} documents")
        for message in report.messages[:3]:
            print(f"  {message}")
    print("output: " + ", ".join(str(p) for p in report.outputs.values())
          + f", store {store_path(report.out_dir)}")
