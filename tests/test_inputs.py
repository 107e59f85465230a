"""Inputs as they come: a saved web page, a text with no facts, one very long line."""
from pipeline import run, windows
from pipeline.ingest import Source, texts_to_sources
from pipeline.namespaces import ITSRDF, NIF, SCHEMA

PAGE = """<!DOCTYPE html><html><head><title>区政协召开常委会议 - 某某新闻网</title>
<style>body{color:red}</style><script>var 区政协主席 = "张三";</script></head>
<body><nav><a href="/">首页</a> <a href="/news">新闻中心</a> 区政协主席李四</nav>
<article><h1>区政协召开常委会议</h1>
<p>3月5日，区政协召开十届五次常委会议。区政协主席王志宏主持会议。</p>
<p>会议审议通过了提案工作报告，今年共收到提案286件。</p></article>
<footer>版权所有 某某新闻网</footer></body></html>"""


def mentions_slice_their_text(graph) -> bool:
    (context,) = set(graph.subjects(NIF.isString, None))
    text = str(graph.value(context, NIF.isString))
    for mention in graph.subjects(ITSRDF.taIdentRef, None):
        begin, end = int(graph.value(mention, NIF.beginIndex)), int(graph.value(mention, NIF.endIndex))
        if text[begin:end] != str(graph.value(mention, NIF.anchorOf)):
            return False
    return True


def test_a_saved_web_page_is_read_for_its_article_and_mentions_point_into_it(tmp_path):
    page = tmp_path / "news.html"
    page.write_text(PAGE, encoding="utf-8")
    report = run.build([page])
    (doc_graph,) = report.graphs
    text = doc_graph.resolved.document.text
    assert "王志宏主持会议" in text and "首页" not in text and "var " not in text and "color" not in text
    people = {e.name for e in doc_graph.resolved.entities.values() if e.kind == "person"}
    assert people == {"王志宏"}  # not 张三 of the script, nor 李四 of the navigation
    assert mentions_slice_their_text(doc_graph.graph)
    assert doc_graph.conforms is True


def test_a_text_with_no_facts_is_a_valid_empty_document_graph():
    (doc_graph,) = [run.process(s, run.new_run()) for s in texts_to_sources([("weather", "今天天气很好，风和日丽。")])]
    assert doc_graph.resolved.entities == {} and doc_graph.resolved.counts == []
    assert doc_graph.conforms is True
    assert len(set(doc_graph.graph.subjects(NIF.isString, None))) == 1


def test_one_very_long_line_is_read_in_windows_without_losing_a_figure(monkeypatch):
    sentence = "区政协共收到提案286件，走访企业90余家。"
    text = sentence * 600  # 12,600 characters on one line
    monkeypatch.setattr(windows, "WINDOW", 3_000)
    doc_graph = run.process(Source(name="long-line", text=text), run.new_run())
    figures = set(doc_graph.graph.subjects(SCHEMA.unitText, None))
    stated = [m for figure in figures for m in doc_graph.graph.subjects(ITSRDF.taIdentRef, figure)]
    assert len(stated) >= 1190  # of 1200: a figure cut by a window's edge may be lost, no more
    assert mentions_slice_their_text(doc_graph.graph)
