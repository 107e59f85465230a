"""A read-only SPARQL 1.1 Protocol endpoint over the store, from the standard library.

Each query runs in a child process that opens the store read-only and is killed at
the time limit: a runaway query (a cross product, a big GROUP BY) holds no thread
and no CPU after the answer "503: took too long" has gone out. Results beyond
``max_rows`` are cut, and the ``X-Result-Truncated`` header says so.
"""
from __future__ import annotations

import multiprocessing
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Optional, Union
from urllib.parse import parse_qs, urlsplit

from .query import QueryError, check_read_only, execute, render
from .store import open_store

PathLike = Union[str, Path]
PATHS = ("/sparql", "/")
MAX_BODY = 1 << 20  # bytes of a POSTed query
# Media type -> the format ``query.render`` writes, by kind of result.
SOLUTION_TYPES = {"application/sparql-results+json": "json", "application/json": "json",
                  "text/csv": "csv"}
GRAPH_TYPES = {"text/turtle": "turtle", "application/n-triples": "ntriples"}


@dataclass
class Answer:
    status: int
    body: bytes
    content_type: str = "text/plain; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def error(cls, status: int, message: str) -> "Answer":
        return cls(status, (message + "\n").encode("utf-8"))


class Endpoint:
    """Answers SPARQL queries over the store of ``out_dir`` within a time and size limit."""

    def __init__(self, out_dir: PathLike, timeout: float = 10.0, max_rows: int = 10000,
                 concurrency: int = 4):
        self.out_dir = Path(out_dir)
        self.timeout = timeout
        self.max_rows = max_rows
        self.slots = threading.BoundedSemaphore(concurrency)
        self.context = multiprocessing.get_context("forkserver")
        self.context.set_forkserver_preload([__name__])

    def answer(self, sparql: str, accept: Optional[str]) -> Answer:
        try:
            check_read_only(sparql)
        except QueryError as err:
            return Answer.error(err.status, str(err))
        if not self.slots.acquire(timeout=self.timeout):
            return Answer.error(HTTPStatus.SERVICE_UNAVAILABLE, "too many queries at once")
        try:
            return self._answer_in_child(sparql, accept or "*/*")
        finally:
            self.slots.release()

    def _answer_in_child(self, sparql: str, accept: str) -> Answer:
        receiver, sender = self.context.Pipe(duplex=False)
        child = self.context.Process(target=_answer_query, daemon=True,
                                     args=(str(self.out_dir), sparql, accept, self.max_rows,
                                           sender))
        child.start()
        sender.close()
        try:
            if receiver.poll(self.timeout):
                return receiver.recv()
            return Answer.error(HTTPStatus.SERVICE_UNAVAILABLE,
                                f"the query took longer than {self.timeout:g} s and was stopped")
        except EOFError:
            return Answer.error(HTTPStatus.INTERNAL_SERVER_ERROR, "the query process failed")
        finally:
            receiver.close()
            child.kill()
            child.join()


def _answer_query(out_dir: str, sparql: str, accept: str, max_rows: int, sender) -> None:
    """In the child process: run the query and send the whole HTTP answer back."""
    try:
        result = execute(open_store(out_dir, read_only=True), sparql, max_rows=max_rows)
        offered = GRAPH_TYPES if result.kind == "graph" else SOLUTION_TYPES
        media_type = negotiate(accept, offered)
        if media_type is None:
            answer = Answer.error(HTTPStatus.NOT_ACCEPTABLE,
                                  "this result can be sent as " + ", ".join(offered))
        else:
            body = render(result, offered[media_type]).encode("utf-8")
            answer = Answer(HTTPStatus.OK, body, f"{media_type}; charset=utf-8")
            if result.truncated:
                answer.headers["X-Result-Truncated"] = f"first {max_rows} results"
    except QueryError as err:
        answer = Answer.error(err.status, str(err))
    except Exception as err:  # the parent must get an answer, not a dead pipe
        answer = Answer.error(HTTPStatus.INTERNAL_SERVER_ERROR, f"{type(err).__name__}: {err}")
    sender.send(answer)


def negotiate(accept: str, offered: dict[str, str]) -> Optional[str]:
    """The offered media type the Accept header prefers; the first offered for */*."""
    ranked = []
    for position, item in enumerate(accept.split(",")):
        media_type, *params = [part.strip() for part in item.split(";")]
        quality = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        ranked.append((-quality, position, media_type.lower()))
    for negative_quality, _, media_type in sorted(ranked):
        if negative_quality == 0:
            break
        if media_type in offered:
            return media_type
        if media_type in ("*/*", "application/*", "text/*"):
            major = media_type.split("/")[0]
            return next((t for t in offered if major == "*" or t.startswith(major)), None)
    return None


class SparqlHandler(BaseHTTPRequestHandler):
    """GET ?query=, POST application/sparql-query, POST form-encoded query=."""

    server_version = "kg-sparql"
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path not in PATHS:
            return self._send(Answer.error(HTTPStatus.NOT_FOUND, "the endpoint is /sparql"))
        self._protocol(parse_qs(url.query))

    def do_POST(self) -> None:
        if urlsplit(self.path).path not in PATHS:
            return self._send(Answer.error(HTTPStatus.NOT_FOUND, "the endpoint is /sparql"))
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._send(Answer.error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "query too long"))
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        media_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media_type == "application/sparql-query":
            self._query(body)
        elif media_type == "application/x-www-form-urlencoded":
            self._protocol(parse_qs(body))
        elif media_type == "application/sparql-update":
            self._send(Answer.error(HTTPStatus.FORBIDDEN, "updates are not allowed: the "
                                                          "store is read-only"))
        else:
            self._send(Answer.error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "send "
                                    "application/sparql-query or a form with query="))

    def _protocol(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            return self._send(Answer.error(HTTPStatus.FORBIDDEN, "updates are not allowed: "
                                                                 "the store is read-only"))
        queries = params.get("query", [])
        if len(queries) != 1:
            return self._send(Answer.error(HTTPStatus.BAD_REQUEST, "give exactly one query="))
        self._query(queries[0])

    def _query(self, sparql: str) -> None:
        self._send(self.server.endpoint.answer(sparql, self.headers.get("Accept")))

    def _send(self, answer: Answer) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(answer.body)

    def log_message(self, format: str, *args) -> None:
        if not self.server.quiet:
            super().log_message(format, *args)


def make_server(out_dir: PathLike, host: str = "127.0.0.1", port: int = 8000,
                timeout: float = 10.0, max_rows: int = 10000,
                quiet: bool = False) -> ThreadingHTTPServer:
    """A server bound to ``host:port`` (port 0: any free port); call ``serve_forever()``."""
    server = ThreadingHTTPServer((host, port), SparqlHandler)
    server.daemon_threads = True
    server.endpoint = Endpoint(out_dir, timeout=timeout, max_rows=max_rows)
    server.quiet = quiet
    return server


def serve(out_dir: PathLike, host: str = "127.0.0.1", port: int = 8000,
          timeout: float = 10.0, max_rows: int = 10000) -> None:
    server = make_server(out_dir, host, port, timeout, max_rows)
    print(f"SPARQL endpoint at http://{host}:{server.server_port}/sparql (Ctrl-C stops it)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
