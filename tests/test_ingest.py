"""Ingest: finding the inputs, telling text from binary, decoding, and what a document says of itself."""
from __future__ import annotations

import gzip
import io
import json
import random
import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from pipeline.run import build
from pipeline.ingest import (
    InputError, Source, UsageError, decode, find_credits, iter_sources, read_metadata, read_source, slug_id,
    texts_to_sources,
)
from pipeline.paths import DATA
from pipeline.records import Credit, Span

SAMPLE = DATA / "yuzhong_cppcc_2022.txt"
SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")
SIMPLIFIED = "区政协召开常委会议，围绕城市更新开展协商。委员们踊跃发言，提出意见建议十二条。\n"
TRADITIONAL = "區政協召開常委會議，圍繞城市更新開展協商。委員們踴躍發言，提出意見建議十二條。\n"


def read(path: Path):
    return read_source(Source(name=str(path), path=path))


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def reason_for(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        read(path)
    assert caught.value.source == str(path)
    assert str(caught.value) == f"{path}: {caught.value.reason}"
    return caught.value.reason


# --- The sample --------------------------------------------------------------------------


class TestSample:
    document = read_source(Source(name="data/yuzhong_cppcc_2022.txt", path=SAMPLE))

    def test_text_is_the_file_exactly(self):
        assert self.document.text == SAMPLE_TEXT
        assert self.document.encoding == "utf-8"
        assert self.document.media_type == "text/plain"

    def test_sha256_is_of_the_bytes(self):
        import hashlib
        assert self.document.sha256 == hashlib.sha256(SAMPLE.read_bytes()).hexdigest()

    def test_ids(self):
        assert self.document.doc_id == "yuzhong_cppcc_2022"
        assert self.document.source == "data/yuzhong_cppcc_2022.txt"

    def test_headline(self):
        metadata = self.document.metadata
        assert metadata.title == "踔厉奋发启新程 凝心聚力谱新篇"
        assert metadata.subtitle == "2022年渝中区政协工作综述"

    def test_year_from_the_subtitle_and_no_date(self):
        assert self.document.metadata.year == 2022
        assert self.document.metadata.date is None

    def test_byline_credits_the_reporter_and_the_photo_provider(self):
        # 文/记者 李一图/区政协提供: text by reporter 李一, photos provided by 区政协; no person 李一图.
        start = SAMPLE_TEXT.index("文/记者 李一图/区政协提供") + len("文/记者 ")
        assert self.document.metadata.credits == [
            Credit("text", "记者", "李一", None, Span(start, start + 2, "李一")),
            Credit("photo", None, None, "区政协", Span(start + 4, start + 7, "区政协")),
        ]
        for credit in self.document.metadata.credits:
            assert SAMPLE_TEXT[credit.span.start:credit.span.end] == credit.span.text


# --- Bylines -----------------------------------------------------------------------------


def credits_of(text: str) -> list[tuple]:
    found = find_credits(text)
    for credit in found:
        assert text[credit.span.start:credit.span.end] == credit.span.text
    return [(c.contribution, c.role, c.name, c.organization, c.span.start) for c in found]


@pytest.mark.parametrize("text, expected", [
    ("记者 张三 通讯员 李四", [("text", "记者", "张三", None, 3), ("text", "通讯员", "李四", None, 10)]),
    ("会议强调，要凝聚共识。（记者 王五）", [("text", "记者", "王五", None, 15)]),
    ("文/图 赵六", [("text", None, "赵六", None, 4), ("photo", None, "赵六", None, 4)]),
    ("摄影：钱七", [("photo", None, "钱七", None, 3)]),
    ("本报讯（记者 孙八 通讯员 周九）6月1日，区政协召开会议。",
     [("text", "记者", "孙八", None, 7), ("text", "通讯员", "周九", None, 14)]),
    ("责任编辑：吴十", [("editing", "责任编辑", "吴十", None, 5)]),
    ("记者 张三 摄", [("photo", "记者", "张三", None, 3)]),
    ("本报记者张三", [("text", "本报记者", "张三", None, 4)]),
    ("区政协供图", [("photo", None, None, "区政协", 0)]),
    ("文/渝中区融媒体中心提供", [("text", None, None, "渝中区融媒体中心", 2)]),
])
def test_byline(text, expected):
    assert credits_of(text) == expected


def test_traditional_byline():
    assert credits_of("文/記者 李一圖/區政協提供") == [("text", "記者", "李一", None, 5),
                                                   ("photo", None, None, "區政協", 9)]


def test_windows_line_ends_are_kept_and_understood(tmp_path):
    text = SAMPLE_TEXT.replace("\n", "\r\n")
    document = read(write(tmp_path / "crlf.txt", text.encode("gb18030")))
    assert document.text == text
    assert (document.metadata.title, document.metadata.subtitle) == ("踔厉奋发启新程 凝心聚力谱新篇", "2022年渝中区政协工作综述")
    assert [c.span.text for c in document.metadata.credits] == ["李一", "区政协"]


@pytest.mark.parametrize("text", [
    "文化建设", "记者手记", "服务提供", "（记者从区政协获悉）", "区政协主席视察城市更新重点项目建设情况。",
    "踔厉奋发启新程 凝心聚力谱新篇",
])
def test_not_a_byline(text):
    assert credits_of(text) == []


# --- Other metadata ----------------------------------------------------------------------


def test_dateline_gives_the_date_and_the_year():
    metadata = read_metadata("区政协召开常委会议\n\n2023年3月5日\n\n会议听取了工作报告。")
    assert (metadata.title, metadata.date, metadata.year) == ("区政协召开常委会议", "2023-03-05", 2023)


@pytest.mark.parametrize("line, iso", [
    ("发布时间：2023-03-05 10:20", "2023-03-05"),
    ("２０２３年３月５日 星期日", "2023-03-05"),
    ("二〇二三年十二月二十五日", "2023-12-25"),
    ("2023/3/5", "2023-03-05"),
])
def test_dateline_at_the_end(line, iso):
    assert read_metadata(f"标题\r\n会议听取了工作报告。\r\n{line}\r\n").date == iso


def test_year_in_the_title_wins_over_the_dateline():
    metadata = read_metadata("2022年度工作总结\n\n一年来，工作有序推进。\n\n2023年1月10日")
    assert (metadata.year, metadata.date) == (2022, "2023-01-10")


def test_year_falls_back_to_the_most_frequent_year_near_the_start():
    metadata = read_metadata("一年来，区政协扎实履职。2021年基础上，2022年完成协商12次，2022年提交提案80件。")
    assert metadata.title is None
    assert metadata.year == 2022


def year_of_file(tmp_path: Path, file_name: str, text: str):
    path = tmp_path / file_name
    path.write_text(text, encoding="utf-8")
    return read_source(Source(name=str(path), path=path)).metadata.year


def test_a_year_in_the_file_name_dates_a_text_that_names_none(tmp_path):
    text = "区人代会开幕\n\n1月5日上午，区第十八届人民代表大会第三次会议开幕。"
    assert year_of_file(tmp_path, "npc_session_news_2023.txt", text) == 2023


def test_a_year_in_the_file_name_wins_over_a_year_the_text_aims_at(tmp_path):
    text = "座谈会召开\n\n1月16日，座谈会召开。力争2026年底前完成送审稿。"
    assert year_of_file(tmp_path, "party_history_office_news_2025.txt", text) == 2025


def test_a_year_in_the_title_wins_over_the_file_name(tmp_path):
    assert year_of_file(tmp_path, "review_2024.txt", "2023年度工作总结\n\n一年来，工作有序推进。") == 2023


def test_a_number_in_a_file_name_is_no_year(tmp_path):
    assert year_of_file(tmp_path, "item_120235.txt", "区政协召开常委会议\n\n会议听取了工作报告。") is None


def test_a_paragraph_is_not_a_title():
    assert read_metadata("会议听取了工作报告。\n委员们踊跃发言。").title is None


def test_a_two_line_headline():
    assert read_metadata("凝心聚力\n区政协召开常委会议\n\n会议听取了工作报告。").title == "凝心聚力 区政协召开常委会议"


def test_a_sites_banner_above_the_headline_is_the_site_not_the_title():
    meta = read_metadata("檀川县人民政府　政府信息公开年报\n\n檀川县市场监督管理局2023年政府信息公开工作年度报告\n\n"
                         "发布时间：2024-01-22 10:30\n\n本报告根据有关要求编制。")
    assert (meta.title, meta.site, meta.year) == (
        "檀川县市场监督管理局2023年政府信息公开工作年度报告", "檀川县人民政府　政府信息公开年报", 2023)


def test_a_headline_in_two_parts_parted_by_a_wide_gap_is_no_banner():
    meta = read_metadata("奋楫笃行　振翅高飞\n——鄣州机场集团有限公司2023年工作回顾\n\n2023年，公司坚持稳中求进。")
    assert (meta.title, meta.subtitle, meta.site) == ("奋楫笃行　振翅高飞", "鄣州机场集团有限公司2023年工作回顾", None)


def test_a_sites_banner_and_the_title_both_name_the_report_body_the_one_named_more_reports():
    text = ("檀川县人民政府　政府信息公开年报\n\n檀川县市场监督管理局2023年政府信息公开工作年度报告\n\n"
            "由檀川县市场监督管理局发布。2023年，本局在县委、县政府的坚强领导下，全年主动公开政府信息386条。"
            "檀川县市场监督管理局共受理申请15件。")
    extraction = build(texts=[("t", text)]).graphs[0].resolved.extraction
    assert extraction.main_organization.name == "檀川县市场监督管理局"


# --- Encodings ---------------------------------------------------------------------------


@pytest.mark.parametrize("encoded, encoding", [
    (lambda t: t.encode("gb18030"), "gb18030"),
    (lambda t: "\ufeff".encode("utf-8") + t.encode("utf-8"), "utf-8-sig"),
    (lambda t: t.encode("utf-16"), "utf-16"),  # with its byte order mark
    (lambda t: b"\xfe\xff" + t.encode("utf-16-be"), "utf-16"),  # big-endian
])
def test_the_sample_in_each_encoding(tmp_path, encoded, encoding):
    document = read(write(tmp_path / "report.txt", encoded(SAMPLE_TEXT)))
    assert document.text == SAMPLE_TEXT  # the byte order mark is not part of the text
    assert document.encoding == encoding
    assert document.metadata.title == "踔厉奋发启新程 凝心聚力谱新篇"


def test_short_simplified_text_in_gb18030(tmp_path):
    document = read(write(tmp_path / "a.txt", SIMPLIFIED.encode("gb18030")))
    assert (document.text, document.encoding) == (SIMPLIFIED, "gb18030")


def test_traditional_text_in_big5_is_not_converted(tmp_path):
    document = read(write(tmp_path / "a.txt", TRADITIONAL.encode("big5")))
    assert (document.text, document.encoding) == (TRADITIONAL, "big5")


def test_the_encoding_comes_from_the_bytes_not_the_name(tmp_path):
    assert read(write(tmp_path / "a.html.bak", SIMPLIFIED.encode("gb18030"))).text == SIMPLIFIED


def test_full_width_characters_and_line_ends_are_kept(tmp_path):
    text = "２０２２年，区政协提交提案１２０件。\r\nＡＢＣ　委员\r\n"
    document = read(write(tmp_path / "a.txt", text.encode("utf-8")))
    assert document.text == text


def test_nonsense_bytes_are_no_text(tmp_path):
    rng = random.Random(7)
    nonsense = bytes(rng.randrange(0x80, 0x100) for _ in range(4000))
    assert reason_for(write(tmp_path / "a.txt", nonsense)) == "not text in any known encoding"


def test_a_large_gb18030_file_decodes_whole(tmp_path):
    # How fast: python benchmarks/long_document.py --encoding gb18030 (ingest seconds).
    text = SAMPLE_TEXT * 600  # about 5 MB in GB18030
    path = write(tmp_path / "big.txt", text.encode("gb18030"))
    document = read(path)
    assert document.text == text
    assert document.metadata.year == 2022


# --- Binary and empty files --------------------------------------------------------------


def _zip(member: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(member, "<x/>")
    return buffer.getvalue()


@pytest.mark.parametrize("data, reason", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "binary file (PDF)"),
    (_zip("word/document.xml"), "binary file (ZIP: DOCX)"),
    (_zip("xl/workbook.xml"), "binary file (ZIP: XLSX)"),
    (_zip("notes.txt"), "binary file (ZIP)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG)"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary file (JPEG)"),
    (b"GIF89a\x01\x00\x01\x00", "binary file (GIF)"),
    (gzip.compress(SIMPLIFIED.encode()), "binary file (gzip)"),
    (b"\x7fELF\x02\x01\x01\x00", "binary file (ELF executable)"),
    ("区政协\x00\x00\x01\x02".encode(), "binary file (contains NUL bytes)"),
])
def test_binary_renamed_txt(tmp_path, data, reason):
    assert reason_for(write(tmp_path / "report.txt", data)) == reason


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b" \r\n\t\n", "only whitespace"),
    ("\u3000\n".encode("utf-8"), "only whitespace"),
    (b"\xef\xbb\xbf", "empty file"),
])
def test_empty_files(tmp_path, data, reason):
    assert reason_for(write(tmp_path / "a.txt", data)) == reason


def test_given_text_that_is_blank():
    with pytest.raises(InputError, match="^t: only whitespace$"):
        read_source(Source(name="t", text="  \n"))


def test_an_unreadable_path_is_an_input_error(tmp_path):
    assert reason_for(tmp_path / "gone.txt").startswith("cannot read")


# --- HTML --------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>区政协召开常委会议 - 渝中区政协网</title>
<style>body { color: red }</style><script>var menu = "脚本内容";</script></head>
<body><nav><a href="/">首页</a> <a href="/news">新闻中心</a></nav>
<div class="menu"><ul><li><a href="/a">机构设置</a></li><li><a href="/b">委员风采</a></li></ul></div>
<article><h1>区政协召开常委会议</h1>
<p>6月24日，区政协召开十五届常委会第三次会议，围绕城市更新开展协商。</p>
<p>会议听取了关于社情民意信息工作的情况通报，与会委员踊跃发言，提出意见建议１２条。</p>
<p>（记者 王五）</p></article>
<footer>版权所有 渝中区政协</footer></body></html>
"""


def test_html_page_gives_its_article_text(tmp_path):
    document = read(write(tmp_path / "page.txt", PAGE.encode("utf-8")))  # found by content
    assert document.media_type == "text/html"
    assert document.text == (
        "区政协召开常委会议\n"
        "6月24日，区政协召开十五届常委会第三次会议，围绕城市更新开展协商。\n"
        "会议听取了关于社情民意信息工作的情况通报，与会委员踊跃发言，提出意见建议１２条。\n"
        "（记者 王五）")
    for furniture in ("首页", "机构设置", "脚本内容", "color", "版权所有"):
        assert furniture not in document.text
    assert document.metadata.title == "区政协召开常委会议"
    assert [(c.name, c.span.text) for c in document.metadata.credits] == [("王五", "王五")]


def test_html_in_gb18030(tmp_path):
    page = PAGE.replace('charset="utf-8"', 'charset="gb18030"')
    document = read(write(tmp_path / "page.html", page.encode("gb18030")))
    assert document.encoding == "gb18030"
    assert "围绕城市更新开展协商" in document.text


def test_html_title_when_the_text_has_no_headline(tmp_path):
    page = "<html><head><title>区政协召开常委会议_渝中区政协网</title></head><body><p>会议听取了工作报告。</p></body></html>"
    document = read(write(tmp_path / "page.htm", page.encode("utf-8")))
    assert (document.text, document.metadata.title) == ("会议听取了工作报告。", "区政协召开常委会议")


def test_html_by_name_and_tags(tmp_path):
    document = read(write(tmp_path / "fragment.html", "<p>会议听取了工作报告。</p><p>委员们踊跃发言。</p>".encode()))
    assert document.text == "会议听取了工作报告。\n委员们踊跃发言。"


def test_text_mentioning_tags_is_not_html(tmp_path):
    text = "会议讨论了<p>标签的用法。\n"
    assert read(write(tmp_path / "a.txt", text.encode())).text == text


# --- Finding inputs ----------------------------------------------------------------------


def make_tree(root: Path) -> None:
    for name in ("b.txt", "a.md", "sub/c.txt", "sub/deeper/d.html", "z.jsonl", ".hidden.txt", ".git/x.txt"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(f"{name}\n" if not name.endswith("jsonl") else '{"id": "j1", "text": "正文。"}\n',
                                 encoding="utf-8")


def test_folder_order_is_sorted_depth_first_and_skips_hidden_files(tmp_path):
    make_tree(tmp_path)
    names = [s.name for s in iter_sources([tmp_path])]
    assert names == [str(tmp_path / n) for n in ("a.md", "b.txt", "sub/c.txt", "sub/deeper/d.html")] + ["j1"]


def test_folder_order_does_not_depend_on_creation_order(tmp_path):
    for name in ("b.txt", "a.txt", "c.txt"):
        (tmp_path / name).write_text("正文。", encoding="utf-8")
    first = [s.name for s in iter_sources([tmp_path])]
    assert first == [s.name for s in iter_sources([tmp_path])]
    assert first == sorted(first)


def test_every_file_in_a_folder_counts_whatever_its_extension(tmp_path):
    (tmp_path / "notes").write_text("正文。", encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    sources = list(iter_sources([tmp_path]))
    assert [Path(s.name).name for s in sources] == ["notes", "scan.pdf"]
    with pytest.raises(InputError, match=r"binary file \(PDF\)"):
        read_source(sources[1])


def test_glob(tmp_path):
    make_tree(tmp_path)
    assert [Path(s.name).name for s in iter_sources([str(tmp_path / "*.txt")])] == ["b.txt"]
    assert [Path(s.name).name for s in iter_sources([str(tmp_path / "**" / "*.txt")])] == ["b.txt", "c.txt"]


@pytest.mark.parametrize("make, input_name", [
    (lambda root: None, "missing.txt"),
    (lambda root: None, "*.nothing"),
    (lambda root: (root / "empty").mkdir(), "empty"),
])
def test_inputs_that_match_nothing_are_usage_errors(tmp_path, make, input_name):
    (tmp_path / "real.txt").write_text("正文。", encoding="utf-8")
    make(tmp_path)
    with pytest.raises(UsageError, match=input_name.replace("*", r"\*")):
        list(iter_sources([tmp_path / "real.txt", str(tmp_path / input_name)]))


def test_a_usage_error_comes_before_any_document(tmp_path):
    (tmp_path / "real.txt").write_text("正文。", encoding="utf-8")
    sources = iter_sources([tmp_path / "real.txt", tmp_path / "missing.txt"])
    with pytest.raises(UsageError):
        next(sources)


def test_folders_are_walked_lazily(tmp_path):
    make_tree(tmp_path)
    sources = iter_sources([tmp_path])
    next(sources)
    shutil.rmtree(tmp_path / "sub")  # not listed yet: reading it reports that it is gone
    rest = list(sources)
    assert [Path(s.name).name for s in rest] == ["b.txt", "sub", "j1"]
    with pytest.raises(InputError, match="cannot read"):
        read_source(rest[1])


# --- JSON Lines --------------------------------------------------------------------------


def jsonl(tmp_path: Path, *lines: str) -> Path:
    return write(tmp_path / "corpus.jsonl", "\n".join(lines).encode("utf-8") + b"\n")


def test_json_lines_with_a_bad_line(tmp_path):
    path = jsonl(tmp_path,
                 json.dumps({"id": "n1", "text": "区政协召开会议。", "title": "会议", "date": "2023-03-05",
                             "metadata": {"channel": "要闻"}}, ensure_ascii=False),
                 '{"id": "n2", "text": ',
                 "",
                 json.dumps({"id": "n3", "text": "委员们踊跃发言。", "year": 2021}, ensure_ascii=False))
    results = []
    for source in iter_sources([path]):
        try:
            results.append(read_source(source))
        except InputError as err:
            results.append(err)
    good1, bad, good3 = results
    assert (good1.doc_id, good1.source, good1.text) == ("n1", "n1", "区政协召开会议。")
    assert (good1.metadata.title, good1.metadata.date, good1.metadata.year) == ("会议", "2023-03-05", 2023)
    assert good1.metadata.extra == {"title": "会议", "date": "2023-03-05", "channel": "要闻"}
    assert (good3.doc_id, good3.metadata.year) == ("n3", 2021)
    assert isinstance(bad, InputError)
    assert bad.source == f"{path}:2"
    assert bad.reason.startswith("line is not valid JSON")


def test_a_json_lines_id_with_a_year_dates_its_text(tmp_path):
    path = jsonl(tmp_path, json.dumps({"id": "cppcc-2022-017", "text": "3月5日，区政协召开会议。"}, ensure_ascii=False))
    assert [read_source(source).metadata.year for source in iter_sources([path])] == [2022]


@pytest.mark.parametrize("line, source, reason", [
    ("[1, 2]", "corpus.jsonl:2", "line is not a JSON object but list"),
    ('{"id": "x"}', "corpus.jsonl:2", 'line has no "text" string'),
    ('{"id": "x", "text": "   "}', "x", "only whitespace"),
    ('{"id": "x", "text": "正文。", "metadata": 3}', "corpus.jsonl:2", 'line\'s "metadata" is not an object'),
])
def test_json_lines_problems(tmp_path, line, source, reason):
    path = jsonl(tmp_path, '{"id": "ok", "text": "正文。"}', line)
    ok, bad = iter_sources([path])
    assert read_source(ok).text == "正文。"
    with pytest.raises(InputError) as caught:
        read_source(bad)
    assert (caught.value.source, caught.value.reason) == (source.replace("corpus.jsonl", str(path)), reason)


def test_json_lines_without_ids_get_ids_from_file_and_line(tmp_path):
    path = jsonl(tmp_path, '{"text": "正文一。"}', '{"text": "正文二。"}')
    assert [read_source(s).doc_id for s in iter_sources([path])] == ["corpus-1", "corpus-2"]


def test_binary_named_jsonl_is_one_error(tmp_path):
    path = write(tmp_path / "data.jsonl", b"\x89PNG\r\n\x1a\n\x00\x00")
    (source,) = iter_sources([path])
    with pytest.raises(InputError, match=r"binary file \(PNG\)"):
        read_source(source)


# --- Given texts and ids -----------------------------------------------------------------


def test_texts_to_sources():
    sources = list(texts_to_sources(["区政协召开会议。", ("会议-2023", "委员们踊跃发言。")]))
    documents = [read_source(s) for s in sources]
    assert [d.source for d in documents] == ["text-1", "会议-2023"]
    assert documents[0].doc_id == "text-1"
    assert documents[1].doc_id == slug_id("会议-2023")
    assert documents[0].sha256 == __import__("hashlib").sha256("区政协召开会议。".encode()).hexdigest()


@pytest.mark.parametrize("name, expected", [
    ("yuzhong_cppcc_2022", "yuzhong_cppcc_2022"),  # ASCII-safe names are kept
    ("report-2023.v2", "report-2023.v2"),
    ("渝中区政协2022工作综述", "2022-1c6a272e"),  # the safe part and a hash of the whole name
    ("区政协", "doc-10feb70e"),
    ("../etc", "etc-f7f9121f"),
])
def test_doc_ids_are_stable_and_ascii(name, expected):
    assert slug_id(name) == expected


def test_doc_id_does_not_depend_on_the_folder(tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    texts = [write(tmp_path / d / "渝中区政协.txt", SIMPLIFIED.encode()) for d in ("one", "two")]
    ids = {read(path).doc_id for path in texts}
    assert len(ids) == 1
    decomposed = __import__("unicodedata").normalize("NFD", "渝中区政协")
    assert slug_id(decomposed) == ids.pop()


# --- Properties --------------------------------------------------------------------------

BYLINE_ALPHABET = st.sampled_from(list("文图摄影记者通讯员责任编辑提供区政协张三李四王五（）()/：: \n。，2023年3月5日"))


@settings(max_examples=300, deadline=None)
@given(st.text(BYLINE_ALPHABET, max_size=60))
def test_metadata_never_fails_and_every_credit_slices_the_text(text):
    metadata = read_metadata(text)
    for credit in metadata.credits:
        assert text[credit.span.start:credit.span.end] == credit.span.text
        assert (credit.name or credit.organization) == credit.span.text


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1).filter(str.strip))
def test_any_text_in_utf8_decodes_back_exactly(text):
    assert decode(text.encode("utf-8")) == (text, "utf-8")
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, "utf-8-sig")


def test_data_files_beside_the_reports_in_a_folder_are_not_documents(tmp_path):
    (tmp_path / "report.txt").write_text("正文。", encoding="utf-8")
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "report.json").write_text('{"doc": "report.txt"}', encoding="utf-8")
    (tmp_path / "graph.ttl").write_text("<a> <b> <c> .", encoding="utf-8")
    assert [Path(s.name).name for s in iter_sources([tmp_path])] == ["report.txt"]
    assert [Path(s.name).name for s in iter_sources([tmp_path / "graph.ttl"])] == ["graph.ttl"]


def test_one_space_inside_a_page_header_field_keeps_the_body_and_the_name_of_a_byline():
    text = "标题\n\n沭州技师学院新闻中心　2024年11月18日　　文/图：招生就业处 桂晓雯\n\n正文。"
    assert [(c.contribution, c.name, c.organization) for c in find_credits(text)] == [
        ("text", None, "招生就业处"), ("photo", None, "招生就业处"), ("text", "桂晓雯", None), ("photo", "桂晓雯", None)]
