"""The SPARQL endpoint, queried over real HTTP: protocol, refusals, time limit, result cap."""
from __future__ import annotations

import json
import threading
import time
from urllib.error import HTTPError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

import pytest

from corpus_fakes import PIPELINE, write_corpus
from pipeline.corpus import run_corpus
from pipeline.serve import make_server, negotiate

TIMEOUT = 1.5
MAX_ROWS = 5
PEOPLE = "SELECT DISTINCT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name"
# Five copies of every triple joined: far more than TIMEOUT seconds of work.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }"


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve")
    write_corpus(folder / "in", 3)
    run_corpus([folder / "in"], folder / "out", pipeline=PIPELINE)
    server = make_server(folder / "out", port=0, timeout=TIMEOUT, max_rows=MAX_ROWS, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/sparql"
    server.shutdown()
    server.server_close()


def get(url: str, query: str, accept: str = "*/*"):
    return send(Request(f"{url}?{urlencode({'query': query})}", headers={"Accept": accept}))


def post(url: str, body: str, content_type: str, accept: str = "*/*"):
    return send(Request(url, data=body.encode("utf-8"), method="POST",
                        headers={"Content-Type": content_type, "Accept": accept}))


def send(request: Request):
    """(status, headers, body text), for errors too."""
    try:
        with urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read().decode("utf-8")
    except HTTPError as err:
        return err.code, err.headers, err.read().decode("utf-8")


def names(body: str) -> list[str]:
    return [b["name"]["value"] for b in json.loads(body)["results"]["bindings"]]


def test_get_answers_sparql_json_by_default(endpoint):
    status, headers, body = get(endpoint, PEOPLE)
    assert status == 200
    assert headers["Content-Type"].startswith("application/sparql-results+json")
    assert names(body) == ["人物0", "人物1", "人物2"]


def test_post_of_a_query_answers_csv_when_asked(endpoint):
    status, headers, body = post(endpoint, PEOPLE, "application/sparql-query", "text/csv")
    assert (status, headers["Content-Type"].split(";")[0]) == (200, "text/csv")
    assert body == "name\r\n人物0\r\n人物1\r\n人物2\r\n"


def test_post_of_a_form_is_a_query(endpoint):
    status, _, body = post(endpoint, urlencode({"query": PEOPLE}),
                           "application/x-www-form-urlencoded")
    assert status == 200 and len(names(body)) == 3


@pytest.mark.parametrize("accept, media_type", [("text/turtle", "text/turtle"),
                                                ("application/n-triples",
                                                 "application/n-triples"),
                                                ("*/*", "text/turtle")])
def test_construct_answers_turtle_or_ntriples(endpoint, accept, media_type):
    query = "CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }"
    status, headers, body = get(endpoint, query, accept)
    assert (status, headers["Content-Type"].split(";")[0]) == (200, media_type)
    assert "人物1" in body


def test_a_result_type_that_cannot_be_given_is_406(endpoint):
    assert get(endpoint, PEOPLE, "image/png")[0] == 406


@pytest.mark.parametrize("update", [
    'INSERT DATA { <http://ex/a> <http://ex/b> "c" }',
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "CLEAR ALL", "DROP ALL", "CREATE GRAPH <http://ex/g>",
    "ADD DEFAULT TO <http://ex/g>", "MOVE DEFAULT TO <http://ex/g>",
    "COPY DEFAULT TO <http://ex/g>",
    "PREFIX ex: <http://ex/> WITH ex:g DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
])
def test_updates_are_refused(endpoint, update):
    status, _, body = post(endpoint, update, "application/sparql-query")
    assert status == 403 and "not allowed" in body


def test_update_requests_of_the_protocol_are_refused(endpoint):
    form = urlencode({"update": "DROP ALL"})
    assert post(endpoint, form, "application/x-www-form-urlencoded")[0] == 403
    assert post(endpoint, "DROP ALL", "application/sparql-update")[0] == 403
    assert get(endpoint, PEOPLE)[0] == 200  # and the data is still there


def test_service_calls_are_refused(endpoint):
    query = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    status, _, body = get(endpoint, query)
    assert status == 403 and "SERVICE" in body


def test_keywords_inside_names_strings_and_iris_are_not_updates(endpoint):
    query = ('SELECT ?add ?drop WHERE { BIND("DELETE" AS ?add) '
             'BIND(<http://ex/insert> AS ?drop) } # CLEAR ALL')
    assert get(endpoint, query)[0] == 200


def test_a_malformed_query_is_400_with_the_position(endpoint):
    status, _, body = get(endpoint, "SELECT * WHERE { ?s ?p }")
    assert status == 400 and "error at 1:" in body


def test_a_query_over_the_time_limit_is_stopped_with_503(endpoint):
    began = time.monotonic()
    status, _, body = get(endpoint, RUNAWAY)
    assert status == 503 and "longer than" in body
    assert time.monotonic() - began < TIMEOUT + 3
    assert get(endpoint, PEOPLE)[0] == 200  # the endpoint still answers


def test_results_beyond_the_cap_are_cut_and_say_so(endpoint):
    status, headers, body = get(endpoint, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == MAX_ROWS
    assert headers["X-Result-Truncated"] == f"first {MAX_ROWS} results"
    assert "X-Result-Truncated" not in get(endpoint, PEOPLE)[1]


def test_only_the_sparql_path_is_served(endpoint):
    assert send(Request(endpoint.replace("/sparql", "/admin")))[0] == 404


def test_the_server_listens_on_loopback_unless_told_otherwise(tmp_path):
    server = make_server(tmp_path, port=0, quiet=True)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


@pytest.mark.parametrize("accept, offered, chosen", [
    ("text/csv;q=0.5, application/sparql-results+json", ("text/csv",
                                                         "application/sparql-results+json"),
     "application/sparql-results+json"),
    ("text/*", ("application/sparql-results+json", "text/csv"), "text/csv"),
    ("application/xml", ("text/csv",), None),
    ("text/csv;q=0", ("text/csv",), None),
])
def test_content_negotiation_follows_the_quality_values(accept, offered, chosen):
    assert negotiate(accept, dict.fromkeys(offered)) == chosen
