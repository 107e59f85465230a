"""Bad input: whatever text a user hands in, every stage runs, every mention points at
the characters it names, and the graph conforms to the SHACL shapes.

The stages run one by one, as ``pipeline.run.process`` runs them:
ingest (texts_to_sources, read_source) -> segment -> extract -> resolve -> build_graph -> validate.
Empty and whitespace-only texts are refused at ingest with an InputError, by design.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rdflib import Literal

from pipeline.extract import extract
from pipeline.graph import build_graph
from pipeline.ingest import InputError, read_source, texts_to_sources
from pipeline.namespaces import NIF
from pipeline.nlp import segment
from pipeline.records import DocumentGraph, RunInfo
from pipeline.resolve import resolve
from pipeline.validate import validate

RUN = RunInfo(run_id="20240101T000000Z", started="2024-01-01T00:00:00+00:00", software_version="0.1.0")

# Pieces of the sample report and the dev documents, and what breaks them up.
PHRASES = [
    "踔厉奋发启新程 凝心聚力谱新篇", "——2022年渝中区政协工作综述", "4次常委会议 10次主席会议",
    "1245篇社情民意信息", "区政协「渝事好商量」协商会现场。", "文/记者 李一图/区政协提供",
    "6月24日,区政协将2022年的首场“渝事好商量”协商活动现场推进会“搬”进石油路街道", "一个月后，",
    "选择“一核”(第一街)区域内存", "量产业载体盘活提升等作为切入点", "提出高质量协商建议260余条；",
    "向114名品学", "兼优的困难学子送上爱心助学金60余万元。", "区政协主席王志宏关心慰问少年儿童。",
    "十五届区政协", "区政协常委会", "中国人民政治协商会议重庆市渝中区委员会", "区领导关海峰、柳志远、陈晓琳出席。",
    "会议由区委副书记张岚主持。", "区人大常委会主任欧阳文博、区政协主席司马骏出席。", "次日，", "2023年3月16日上午，",
    "吸引师生2.83万余人次参与。", "近5000名", "约200位专家学者", "一千二百四十五处", "二十余所中小学", "3至5个",
    "1.2亿元", "增长6.2%；", "每年一次", "十届五次常委会议", "轨道交通10号线", "一条心", "千锤百炼", "几把刷子",
    "區政協主席歐陽明德率隊視察老舊小區改造工作", "涉及居民1.3萬餘戶", "本報訊(通訊員 諸葛慧 記者 陳志剛)",
    "２０２２年", "６０余万元", "１２４５篇", "ＡＢＣ", "％", "　",
]
BREAKS = ["\n", "\n\n", "\n\n\n", "\r\n", " ", "\t", "，", "。", "、", "“", "”", "《", "》", "（", "）", "/", "·", "—"]
CHARS = list("0123456789０１２３４５６７８９.．一二三四五六七八九十百千万亿余多近约年月日号届次个名条元")


@st.composite
def report_texts(draw) -> str:
    piece = st.one_of(st.sampled_from(PHRASES), st.sampled_from(BREAKS), st.sampled_from(CHARS),
                      st.text(max_size=4))
    return "".join(draw(st.lists(piece, min_size=1, max_size=30)))


def run_stages(text: str) -> DocumentGraph:
    source = next(texts_to_sources([text]))
    document = read_source(source)
    resolved = resolve(extract(segment(document)))
    return validate(build_graph(resolved, RUN))


def check_document_graph(doc_graph: DocumentGraph) -> None:
    text = doc_graph.resolved.document.text
    g = doc_graph.graph
    strings = list(g.subject_objects(NIF.anchorOf))
    for node, anchor in strings:
        context = g.value(node, NIF.referenceContext)
        whole = g.value(context, NIF.isString)
        begin, end = g.value(node, NIF.beginIndex), g.value(node, NIF.endIndex)
        assert isinstance(whole, Literal) and str(whole) == text
        assert begin is not None and end is not None, node
        assert 0 <= begin.toPython() <= end.toPython() <= len(text)
        assert str(whole)[begin.toPython():end.toPython()] == str(anchor), (node, anchor)
    resolved = doc_graph.resolved
    spans = [s for e in resolved.entities.values() for s in e.mentions]
    spans += [ev.mention.span for ev in resolved.events] + [c.mention.span for c in resolved.counts]
    for span in spans:
        assert text[span.start:span.end] == span.text
    assert doc_graph.conforms is True, doc_graph.violations


SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.text())
def test_any_unicode_text_runs_through_every_stage_to_a_conforming_graph(text):
    assume(text.strip())
    check_document_graph(run_stages(text))


@SETTINGS
@given(report_texts())
def test_report_like_text_runs_through_every_stage_to_a_conforming_graph(text):
    assume(text.strip())
    check_document_graph(run_stages(text))


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\u3000\r\n\t"])
def test_empty_or_whitespace_text_is_an_input_error(text):
    with pytest.raises(InputError):
        run_stages(text)


def test_the_sample_phrases_joined_make_a_conforming_graph_with_mentions():
    doc_graph = run_stages("\n\n".join(PHRASES))
    check_document_graph(doc_graph)
    assert len(list(doc_graph.graph.subject_objects(NIF.anchorOf))) > 20
