"""Segment: the NLP text joins broken sentences and normalises characters one for one,
while every span still points at the characters of the document as read.

Inputs are the sample report (data/yuzhong_cppcc_2022.txt) and the dev documents.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path


from pipeline.extract.context import TextIndex
from pipeline.extract.counts import find_counts
from pipeline.ingest import Source, read_source
from pipeline.nlp import normalise, prepare, segment
from pipeline.records import Document, Segmented

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLE = DATA / "yuzhong_cppcc_2022.txt"
TRADITIONAL = DATA / "dev" / "traditional_cppcc_news.txt"


@lru_cache(maxsize=None)
def segmented(path: Path) -> Segmented:
    return segment(read_source(Source(name=str(path), path=path)))


def segmented_text(text: str) -> Segmented:
    return segment(Document(doc_id="t", source="t", text=text, sha256="0"))


def nlp_position(seg: Segmented, phrase: str) -> int:
    pos = seg.nlp_text.find(phrase)
    assert pos >= 0, f"{phrase!r} not in the NLP text"
    return pos


# -- sentences broken across blank lines ----------------------------------------------------

def test_存_量产业_broken_across_blank_lines_is_joined_in_nlp_text():
    seg = segmented(SAMPLE)
    assert "存\n\n量产业" in seg.document.text
    assert "区域内存量产业载体盘活提升" in seg.nlp_text


def test_span_of_joined_存量产业_maps_back_to_the_original_characters():
    seg = segmented(SAMPLE)
    pos = nlp_position(seg, "存量产业")
    span = seg.span(pos, pos + len("存量产业"))
    assert span.text == "存\n\n量产业"
    assert seg.document.text[span.start:span.end] == span.text
    assert span.start == seg.document.text.index("存\n\n量产业")


def test_品学_兼优_broken_across_blank_lines_is_joined_and_maps_back():
    seg = segmented(SAMPLE)
    pos = nlp_position(seg, "品学兼优")
    span = seg.span(pos, pos + 4)
    assert span.text == "品学\n\n兼优"
    assert seg.document.text[span.start:span.end] == span.text


def test_every_nlp_character_is_the_normalised_original_character():
    seg = segmented(SAMPLE)
    text = seg.document.text
    assert len(seg.offsets) == len(seg.nlp_text)
    for i, ch in enumerate(seg.nlp_text):
        if ch != "\n":  # paragraph breaks stand for the line break(s) between paragraphs
            assert normalise(text[seg.offsets[i]]) == ch


def test_offsets_are_strictly_increasing():
    seg = segmented(SAMPLE)
    assert all(a < b for a, b in zip(seg.offsets, seg.offsets[1:]))


def test_a_short_heading_line_is_not_joined_to_the_next_line():
    seg = segmented(SAMPLE)
    # "4次常委会议 10次主席会议" is a heading of its own, then a paragraph follows.
    assert "4次常委会议 10次主席会议\n围绕全区经济建设" in seg.nlp_text


# -- full-width characters --------------------------------------------------------------------

# The sample's sentence, written with full-width digits as some sources are.
FULL_WIDTH_SENTENCE = "２０２２年，区政协向114名品学兼优的困难学子送上爱心助学金６０余万元。"


def test_a_numbered_heading_is_not_joined_to_the_long_line_before_it():
    text = "——2023年1月9日在松阳县第十八届人民代表大会第三次会议上\n\n一、2022年工作回顾\n\n全年受理案件8460件。"
    nlp_text, _, _ = prepare(text)
    assert "会议上\n一、2022年工作回顾\n" in nlp_text


def test_a_signature_line_is_not_joined_to_the_long_line_before_it():
    text = "附件：2023年度全县安全生产和消防工作先进集体和先进个人名单\n\n淦泽县人民政府\n2024年2月6日"
    nlp_text, _, _ = prepare(text)
    assert "个人名单\n淦泽县人民政府\n2024年2月6日" in nlp_text


def test_full_width_２０２２年_is_normalised_to_2022年_one_for_one():
    nlp_text, offsets, _ = prepare(FULL_WIDTH_SENTENCE)
    assert nlp_text.startswith("2022年，")
    assert len(nlp_text) == len(FULL_WIDTH_SENTENCE)
    assert offsets == list(range(len(FULL_WIDTH_SENTENCE)))


def test_full_width_６０余万元_is_normalised_and_its_span_keeps_the_full_width_text():
    seg = segmented_text(FULL_WIDTH_SENTENCE)
    pos = nlp_position(seg, "60余万元")
    span = seg.span(pos, pos + 5)
    assert span.text == "６０余万元"
    assert FULL_WIDTH_SENTENCE[span.start:span.end] == span.text


def test_full_width_６０余万元_is_counted_as_at_least_600000_yuan():
    counts = find_counts(TextIndex(segmented_text(FULL_WIDTH_SENTENCE)))
    money = [c for c in counts if c.unit == "元"]
    assert len(money) == 1
    assert money[0].span.text == "６０余万元"
    assert money[0].value == 600000
    assert money[0].bound == "min"


# -- traditional characters -------------------------------------------------------------------

def test_traditional_heading_is_simplified_one_for_one():
    seg = segmented(TRADITIONAL)
    heading = "區政協主席歐陽明德率隊視察老舊小區改造工作"
    assert seg.document.text.startswith(heading)
    assert seg.nlp_text.startswith("区政协主席欧阳明德率队视察老旧小区改造工作")
    assert seg.offsets[: len(heading)] == list(range(len(heading)))


def test_span_of_simplified_欧阳明德_gives_the_traditional_original():
    seg = segmented(TRADITIONAL)
    pos = nlp_position(seg, "欧阳明德")
    span = seg.span(pos, pos + 4)
    assert span.text == "歐陽明德"
    assert seg.document.text[span.start:span.end] == span.text


def test_traditional_document_is_simplified_character_for_character():
    seg = segmented(TRADITIONAL)
    text = seg.document.text
    # Whole-text conversion reads phrases (瞭解 -> 了解) but never changes a length, so
    # the NLP text is the simplified document minus its blank lines.
    assert normalise(text) != text and len(normalise(text)) == len(text)
    assert "".join(normalise(text)[o] if c != "\n" else "\n" for o, c in zip(seg.offsets, seg.nlp_text)) == seg.nlp_text
    assert "详细了解居民意见建议" in seg.nlp_text
    pos = nlp_position(seg, "区住房城乡建设委员会")
    assert seg.span(pos, pos + 10).text == "區住房城鄉建設委員會"


def test_ideographic_space_in_the_dateline_becomes_an_ascii_space():
    seg = segmented(TRADITIONAL)
    assert "2023年05月17日\u3000來源" in seg.document.text
    assert "2023年05月17日 来源" in seg.nlp_text


def test_a_subtitle_line_is_not_joined_to_the_line_after_it():
    text = "——2024年1月9日在政协洛阳市第十四届委员会第三次会议上\n市政协主席贺振宇作报告。"
    nlp_text, _, _ = prepare(text)
    assert "会议上\n市政协主席" in nlp_text


def test_a_page_header_line_is_not_joined_to_the_headline_before_it():
    text = "2024年度社会组织年检工作顺利完成　“情暖洛屏·善行同城”慈善募捐活动举行\n\n发布时间：2025-06-03　来源：洛屏市民政局\n\n正文。"
    nlp_text, _, _ = prepare(text)
    assert "活动举行\n发布时间" in nlp_text


def test_a_page_header_line_is_not_joined_to_the_lead_after_it():
    text = "市政协召开提案交办会\n\n发布时间：2024年3月15日 10:12　来源：滘南市政协办公室\n\n3月14日下午，滘南市政协提案交办会召开。"
    nlp_text, _, _ = prepare(text)
    assert "办公室\n3月14日" in nlp_text


def test_an_items_heading_in_brackets_is_a_paragraph_of_its_own():
    seg = segmented_text("桐荫社区工作简报\n\n【召开一季度居民议事会】3月14日下午，桐荫社区召开居民议事会。\n")
    assert [seg.nlp_text[b:e] for b, e in seg.paragraphs] == \
        ["桐荫社区工作简报", "【召开一季度居民议事会】", "3月14日下午，桐荫社区召开居民议事会。"]


def test_a_rare_dictionary_word_of_a_common_word_and_a_conjunction_is_split():
    words = [t.text for t in segmented_text("组织开展粮食库存检查和夏秋两季收购专项检查。").doc]
    assert words[words.index("检查"):words.index("检查") + 2] == ["检查", "和"]
    assert "温和" in [t.text for t in segmented_text("天气温和。").doc]


def test_a_one_character_place_cut_from_its_level_and_a_road_code_glued_to_a_name_are_mended():
    seg = segmented_text("在岱州技师学院举办竞赛。S218线柳溪大桥拆除重建。")
    words = [t.text for t in seg.doc]
    assert "岱州" in words and words[words.index("S218") + 1:words.index("S218") + 3] == ["线", "柳溪"]


def test_a_county_name_the_dictionary_seldom_sees_ends_a_longer_name_after_a_bound_character():
    # 渠县 and 丰县 are real counties in jieba's dictionary; 崇 and 宁 here open a longer name
    words = [t.text for t in segmented_text("崇渠县融媒体中心记者报道。在宁丰县召开。").doc]
    assert "崇渠县" in words and "宁丰县" in words


def test_a_bodys_last_character_is_not_glued_to_the_rare_character_that_opens_the_next_name():
    words = [t.text for t in segmented_text("市生态环境局隰川分局、市生态环境局栟湖分局负责联合监测。").doc]
    assert words[:5] == ["市", "生态环境", "局", "隰川", "分局"] and "栟湖" in words


def test_a_rare_character_before_a_district_the_dictionary_holds_opens_its_name():
    # 东区 and 新区 are districts in jieba's dictionary; 山区 (a mountain area) is too common to be one
    words = [t.text for t in segmented_text("警报声覆盖沭东区、栟东区。朐山区厍家集镇发现遗址。").doc]
    assert "沭东区" in words and "栟东区" in words and "山区" in words


def test_a_unit_glued_to_the_linking_word_after_it_is_split_after_a_figure():
    words = [t.text for t in segmented_text("其中古树群6处共412株。").doc]
    assert words[words.index("6") + 1:words.index("6") + 3] == ["处", "共"]


def test_a_bodys_last_character_glued_to_a_conjunction_is_split():
    words = [t.text for t in segmented_text("水旱灾害防御科及市水利工程质量安全监督站负责同志参加。").doc]
    assert words[words.index("防御") + 1:words.index("防御") + 4] == ["科", "及", "市"]


def test_a_function_character_glued_to_a_one_character_word_is_split():
    words = [t.text for t in segmented_text("交由县教育局、县卫生健康局等58家单位办理，居民同意率均超过95%。").doc]
    assert words[words.index("健康") + 1:words.index("健康") + 3] == ["局", "等"]  # not 局等/n
    assert words[words.index("同意") + 1:words.index("同意") + 3] == ["率", "均"]  # not 率均/v


def test_a_date_word_glued_to_a_longer_name_after_a_figure_is_split():
    words = [t.text for t in segmented_text("降雨中心在7月13日柘塘乡洼里雨量站。").doc]
    assert words[words.index("13") + 1:words.index("13") + 3] == ["日", "柘塘"]


def test_a_place_named_whole_once_keeps_its_name_whole_where_the_model_cut_it_elsewhere():
    # 嶅阳县 is one word of the model; elsewhere it cut 嶅/zg + 阳茶/nr, and 埇/zg + 东城/ns + 建/v
    words = [t.text for t in segmented_text("第三届嶅阳茶产业博览会在嶅阳县会展中心开幕，首届嶅阳茶业发展论坛同期举办。").doc]
    assert words.count("嶅阳") == 2 and "嶅阳县" in words
    words = [t.text for t in segmented_text("埇东区住房和城乡建设局牵头，由埇东城建集团有限公司承建。").doc]
    assert words[words.index("由") + 1:words.index("由") + 4] == ["埇东", "城建", "集团"]


def test_a_unit_glued_to_a_verb_of_going_and_the_place_after_it_is_split():
    words = [t.text for t in segmented_text("组织干部约80人赴滢川县廉政教育基地开展现场教学。").doc]
    assert words[words.index("80") + 1:words.index("80") + 4] == ["人", "赴", "滢川县"]
    words = [t.text for t in segmented_text("省卫生健康委专家组来蘅江县开展评估。").doc]
    assert words[words.index("专家组") + 1:words.index("专家组") + 3] == ["来", "蘅江县"]


def test_the_dictionary_tags_a_lexicon_word_as_the_lexicon_does_whatever_was_read_before():
    # jieba's tagger merges the lexicons' tags only when it first tags a word; before that 培训 read as vn
    from pipeline.nlp import dictionary_tag
    assert dictionary_tag("培训") == "n"


def test_a_rare_character_left_alone_before_城市_is_a_citys_name():
    words = [t.text for t in segmented_text("芃城市交通运输局开展工作。创建全国文明典范城市。").doc]
    assert words[:3] == ["芃城", "市", "交通运输"] and "城市" in words
