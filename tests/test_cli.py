"""The ``kg`` command: exit codes, messages without tracebacks, query and export."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

from corpus_fakes import PIPELINE, write_corpus
from pipeline import cli, corpus, paths
from pipeline.namespaces import DOC_ID
from pipeline.store import open_store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def fake_stages(monkeypatch):
    """``kg run`` with the stand-in stages: the CLI is under test here, not the NLP."""
    monkeypatch.setattr(corpus, "default_pipeline", lambda: PIPELINE)


@pytest.fixture
def built(tmp_path, fake_stages):
    write_corpus(tmp_path / "in", 3)
    assert cli.main(["run", str(tmp_path / "in"), "--out", str(tmp_path / "out")]) == 0
    return tmp_path / "out"


def kg(*args, out=None) -> int:
    return cli.main([*args, *(["--out", str(out)] if out else [])])


# -- kg run ---------------------------------------------------------------------------------

def test_run_exits_0_and_summarises_when_every_document_succeeds(tmp_path, fake_stages, capsys):
    write_corpus(tmp_path / "in", 2)
    assert kg("run", str(tmp_path / "in"), out=tmp_path / "out") == 0
    said = capsys.readouterr().out
    assert "2 documents: 2 processed, 0 unchanged (skipped), 0 failed" in said
    assert "organization 2, person 2, place 2" in said
    assert "SHACL: every processed document conforms" in said
    assert str(tmp_path / "out" / "graph.ttl") in said


def test_run_exits_1_and_names_the_failed_document_when_some_fail(tmp_path, fake_stages,
                                                                  capsys):
    write_corpus(tmp_path / "in", 1)
    (tmp_path / "in" / "zz.txt").write_text("BAD", encoding="utf-8")
    assert kg("run", str(tmp_path / "in"), out=tmp_path / "out") == 1
    captured = capsys.readouterr()
    assert "zz.txt: not a report" in captured.err and "Traceback" not in captured.err
    run_json = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))
    assert run_json["documents"]["failed"][0]["reason"] == "not a report"


def test_run_exits_2_when_an_input_does_not_exist(tmp_path, fake_stages, capsys):
    assert kg("run", str(tmp_path / "nothing"), out=tmp_path / "out") == 2
    assert "no such file or folder" in capsys.readouterr().err


@pytest.mark.parametrize("arguments", [["run"], ["run", "x", "--workers", "0"], ["frobnicate"],
                                       ["query"], ["export", "--format", "xlsx"]])
def test_bad_arguments_exit_2(arguments, capsys):
    assert cli.main(arguments) == 2
    assert "usage:" in capsys.readouterr().err


def test_strict_exits_1_when_shacl_finds_violations(tmp_path, fake_stages, capsys):
    write_corpus(tmp_path / "in", 1)
    (tmp_path / "in" / "doc0000.txt").write_text("organization invalid\n", encoding="utf-8")
    assert kg("run", str(tmp_path / "in"), out=tmp_path / "out") == 0
    assert "SHACL: 1 violations in 1 documents" in capsys.readouterr().out
    (tmp_path / "in" / "doc0000.txt").write_text("organization invalid!\n", encoding="utf-8")
    assert kg("run", "--strict", str(tmp_path / "in"), out=tmp_path / "out") == 1


def test_an_unexpected_error_is_one_line_unless_debug(tmp_path, monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(corpus, "run_corpus", broken)
    monkeypatch.setattr(corpus, "default_pipeline", lambda: PIPELINE)
    assert kg("run", str(tmp_path)) == 1
    err = capsys.readouterr().err
    assert "internal error: RuntimeError: disk on fire" in err and "Traceback" not in err
    with pytest.raises(RuntimeError):
        kg("run", str(tmp_path), "--debug")


# -- kg query -------------------------------------------------------------------------------

def test_query_prints_a_table_csv_or_json(built, capsys):
    sparql = 'SELECT DISTINCT ?name WHERE { ?o a schema:Organization ; schema:name ?name }'
    assert kg("query", sparql, "--format", "csv", out=built) == 0
    assert capsys.readouterr().out == "name\r\n渝中区政协\r\n"
    assert kg("query", sparql, "--format", "json", out=built) == 0
    bindings = json.loads(capsys.readouterr().out)["results"]["bindings"]
    assert bindings == [{"name": {"type": "literal", "value": "渝中区政协", "xml:lang": "zh"}}]
    assert kg("query", sparql, out=built) == 0
    assert "渝中区政协" in capsys.readouterr().out


def test_query_limit_prints_the_first_rows_and_says_there_are_more(built, capsys):
    sparql = "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s"
    assert kg("query", sparql, "--format", "csv", "--limit", "2", out=built) == 0
    printed = capsys.readouterr()
    assert printed.out.count("\r\n") == 3  # the header and two rows
    assert "the first 2 results; there are more" in printed.err


def test_a_malformed_query_exits_2_with_the_position_of_the_error(built, capsys):
    assert kg("query", "SELECT * WHERE {\n  ?s ?p \n}", out=built) == 2
    err = capsys.readouterr().err
    assert "malformed SPARQL query: error at 3:2" in err
    assert err.endswith("\n  }\n  ^\n")  # the line, and a caret under where it stopped
    assert "Traceback" not in err


def test_query_refuses_updates(built, capsys):
    assert kg("query", "DROP ALL", out=built) == 2
    assert "not allowed" in capsys.readouterr().err


def test_named_queries_are_listed_with_their_titles_and_run_by_name(built, tmp_path, capsys,
                                                                    monkeypatch):
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "people.rq").write_text(
        "# title: Everyone named\nSELECT DISTINCT ?n WHERE { ?p a schema:Person ; schema:name ?n }",
        encoding="utf-8")
    monkeypatch.setattr(paths, "QUERIES", tmp_path / "queries")
    assert kg("query", "--list") == 0
    assert capsys.readouterr().out == "people\tEveryone named\n"
    assert kg("query", "--name", "people", "--format", "csv", out=built) == 0
    assert sorted(capsys.readouterr().out.split()) == ["n", "人物0", "人物1", "人物2"]
    assert kg("query", "--name", "nobody", out=built) == 2


def test_query_file(built, tmp_path, capsys):
    (tmp_path / "ask.rq").write_text("ASK { ?p a schema:Person }", encoding="utf-8")
    assert kg("query", "--file", str(tmp_path / "ask.rq"), out=built) == 0
    assert capsys.readouterr().out == "true"


def test_query_without_a_store_says_to_run_first(tmp_path, capsys):
    assert kg("query", "ASK {}", out=tmp_path) == 1
    assert "run `kg run` first" in capsys.readouterr().err


# -- kg query: paging by document ------------------------------------------------------------

@pytest.fixture(scope="module")
def news_out(tmp_path_factory):
    """A store of five news items (news0000 … news0004), one figure each: 10余篇 … 50余篇."""
    folder = tmp_path_factory.mktemp("news")
    write_news(folder, 5)
    out = tmp_path_factory.mktemp("out")
    assert corpus.run_corpus([folder], out).exit_code() == 0
    return out


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))[1:]


def test_a_paged_query_answers_for_the_first_page_of_documents_and_says_which(news_out, capsys):
    assert kg("query", "--name", "counts", "--page-size", "2", "--format", "csv", out=news_out) == 0
    printed = capsys.readouterr()
    assert [row[11] for row in csv_rows(printed.out)] == ["10余篇", "20余篇"]
    assert printed.err == "kg: documents 1–2 of 5 (page 1 of 3); --page 2 for the next, --all for all\n"
    assert kg("query", "--name", "counts", "--page-size", "2", out=news_out) == 0
    table = capsys.readouterr().out  # the table says it itself, after the rows
    assert table.endswith("\ndocuments 1–2 of 5 (page 1 of 3); --page 2 for the next, --all for all\n")


def test_page_n_gives_another_page_and_all_gives_every_document(news_out, capsys):
    assert kg("query", "--name", "counts", "--page-size", "2", "--page", "3", "--format", "csv",
              out=news_out) == 0
    printed = capsys.readouterr()
    assert [row[11] for row in csv_rows(printed.out)] == ["50余篇"]
    assert printed.err == "kg: document 5 of 5 (page 3 of 3); --all for all\n"
    assert kg("query", "--name", "counts", "--all", "--format", "csv", out=news_out) == 0
    printed = capsys.readouterr()
    assert [row[11] for row in csv_rows(printed.out)] == ["10余篇", "20余篇", "30余篇", "40余篇", "50余篇"]
    assert printed.err == ""


def test_pages_are_of_100_documents_unless_told(news_out, capsys):
    assert kg("query", "--name", "documents", "--format", "json", out=news_out) == 0
    printed = capsys.readouterr()
    assert len(json.loads(printed.out)["results"]["bindings"]) == 5  # the note is not in the JSON
    assert printed.err == "kg: documents 1–5 of 5 (page 1 of 1)\n"


def test_all_is_the_query_without_its_page_line(news_out, tmp_path, capsys):
    counts = (paths.QUERIES / "counts.rq").read_text(encoding="utf-8")
    assert "\n# page: ?document\n" in counts
    unpaged_text = "".join(line for line in counts.splitlines(keepends=True) if not line.startswith("# page"))
    (tmp_path / "unpaged.rq").write_text(unpaged_text, encoding="utf-8")
    assert kg("query", "--file", str(tmp_path / "unpaged.rq"), "--format", "csv",
              out=news_out) == 0
    unpaged = capsys.readouterr()
    assert unpaged.err == ""  # not paged: no note
    assert kg("query", "--name", "counts", "--all", "--format", "csv", out=news_out) == 0
    assert capsys.readouterr().out == unpaged.out


@pytest.mark.parametrize("arguments, message", [
    (["--name", "counts", "--page-size", "2", "--page", "4"],
     "kg: there is no page 4: 5 documents make 3 pages of 2 (pages 1 to 3)\n"),
    (["--name", "people", "--page", "2"],
     "kg: there is no page 2: 1 person makes 1 page of 100 (pages 1 to 1)\n"),
    (["SELECT ?s WHERE { ?s a schema:Organization }", "--page", "2"],
     "kg: there is no page 2: the query is not paged (it has no '# page:' line) "
     "and runs whole\n"),
])
def test_a_page_out_of_range_exits_2_and_says_why(news_out, capsys, arguments, message):
    assert kg("query", *arguments, out=news_out) == 2
    printed = capsys.readouterr()
    assert printed.err == message and printed.out == ""


@pytest.mark.parametrize("name, note", [
    ("people", "person 1 of 1 (page 1 of 1)"),
    ("figures_by_body", "body name 1 of 1 (page 1 of 1)"),
    ("meeting_roles", "events 1–5 of 5 (page 1 of 1)"),  # each news item's 主席会议, chaired (主持) by 王志宏
])
def test_the_page_note_names_what_a_query_is_paged_by(news_out, capsys, name, note):
    assert kg("query", "--name", name, "--format", "csv", out=news_out) == 0
    assert capsys.readouterr().err == f"kg: {note}\n"


def test_the_pages_of_people_together_are_all_of_them(built, capsys):
    pages = []
    for number in ("1", "2", "3"):
        assert kg("query", "--name", "people", "--page-size", "1", "--page", number,
                  "--format", "csv", out=built) == 0
        printed = capsys.readouterr()
        pages += csv_rows(printed.out)
    assert printed.err == "kg: person 3 of 3 (page 3 of 3); --all for all\n"
    assert kg("query", "--name", "people", "--all", "--format", "csv", out=built) == 0
    every = csv_rows(capsys.readouterr().out)
    assert sorted(row[1] for row in every) == ["人物0", "人物1", "人物2"]
    assert sorted(pages) == sorted(every)


@pytest.mark.parametrize("arguments", [["--page", "0"], ["--page", "2", "--all"],
                                       ["--page-size", "0"]])
def test_bad_paging_arguments_exit_2(news_out, capsys, arguments):
    assert kg("query", "--name", "counts", *arguments, out=news_out) == 2
    assert "usage:" in capsys.readouterr().err


# -- kg export and python -m pipeline -------------------------------------------------------

def test_export_writes_the_format_asked_for(built, tmp_path, capsys):
    assert kg("export", "--format", "csv", "-o", str(tmp_path / "quads.csv"), out=built) == 0
    assert (tmp_path / "quads.csv").read_text(encoding="utf-8").startswith("graph,subject,")
    assert kg("export", "--format", "nq", out=built) == 0
    assert (built / "graph.nq").stat().st_size > 0


def test_python_dash_m_pipeline_is_the_kg_command():
    done = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True,
                          text=True, cwd=ROOT)
    assert done.returncode == 0 and "run" in done.stdout and "serve" in done.stdout


# -- kg run with the real stages, on small texts ---------------------------------------------

NEWS = ("渝中区政协第{n}次主席会议召开\n\n2022年6月{day}日，渝中区政协召开十五届第{n}次主席会议，"
        "区政协主席王志宏主持会议。今年以来，区政协共报送社情民意信息{n}0余篇。\n")


def write_news(folder: Path, count: int, start: int = 0) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(start, start + count):
        (folder / f"news{n:04d}.txt").write_text(NEWS.format(n=n + 1, day=n % 28 + 1),
                                                 encoding="utf-8")


def test_kg_run_builds_a_named_graph_per_text_and_skips_them_the_next_time(tmp_path, capsys):
    write_news(tmp_path / "in", 2)
    assert kg("run", str(tmp_path / "in"), out=tmp_path / "out") == 0
    assert "2 documents: 2 processed" in capsys.readouterr().out
    names = open_store(tmp_path / "out", read_only=True).graph_names()
    assert {str(DOC_ID["news0000"]), str(DOC_ID["news0001"])} <= set(names)
    assert kg("run", str(tmp_path / "in"), out=tmp_path / "out") == 0
    assert "2 documents: 0 processed, 2 unchanged (skipped)" in capsys.readouterr().out


def test_a_killed_kg_run_leaves_the_last_output_readable_and_the_next_run_completes(tmp_path):
    write_news(tmp_path / "in", 5)
    assert kg("run", str(tmp_path / "in"), out=tmp_path / "out") == 0
    turtle_before = (tmp_path / "out" / "graph.ttl").read_bytes()
    write_news(tmp_path / "in", 40, start=5)

    kill_kg_run_after(tmp_path / "in", tmp_path / "out", documents=8)

    assert (tmp_path / "out" / "graph.ttl").read_bytes() == turtle_before
    rdflib.Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    rdflib.Dataset().parse(tmp_path / "out" / "graph.trig", format="trig")
    json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))
    # graphs are written in batches: what the killed run had not written yet is redone
    assert len(open_store(tmp_path / "out", read_only=True).index()) >= 5
    report = corpus.run_corpus([tmp_path / "in"], tmp_path / "out")
    assert len(report.skipped) >= 5 and not report.failures
    assert len(report.processed) + len(report.skipped) == 45
    assert len(open_store(tmp_path / "out", read_only=True).index()) == 45


def kill_kg_run_after(inputs: Path, out: Path, documents: int) -> int:
    """Start ``kg run -v``, SIGKILL it once ``documents`` are stored; how many were."""
    child = subprocess.Popen([sys.executable, "-m", "pipeline", "run", "-v", str(inputs),
                              "--out", str(out)], stderr=subprocess.PIPE, text=True,
                             cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    stored = 0
    for line in child.stderr:
        stored += line.startswith("processed ")
        if stored == documents:
            break
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert stored == documents, "the run ended before it could be killed"
    return stored


def test_the_progress_bar_starts_drawing_only_once_a_document_is_back(monkeypatch):
    # rich redraws from a thread of its own: none may run while workers are being forked,
    # which happens before the first document comes back.
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    progress = cli._progress(bar=True, lines=False)
    with progress as advance:
        assert not progress.bar.live.is_started
        advance(corpus.Outcome("a.txt", "processed"))
        assert progress.bar.live.is_started
        assert progress.bar.tasks[0].completed == 1
    assert not progress.bar.live.is_started
