"""Dates: the year an undated day takes, relative words, and the date a page gives itself.

``find_dates`` is read on short texts as reports write them (paragraphs on lines of their
own, as in the NLP text); the page header through ``read_metadata``; whole dev documents
through ``pipeline.run.build``.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pipeline.extract.dates import find_dates, years_in_force
from pipeline.ingest import frequent_year, read_metadata
from pipeline.run import build

DEV = Path(__file__).resolve().parent.parent / "data" / "dev"


def dates(text: str, year: int | None, published: str | None = None) -> dict[str, str]:
    """Each date's words -> its ISO date (the last one where words repeat)."""
    return {text[d.start:d.end]: d.iso for d in find_dates(text, year, published)}


def date_list(text: str, year: int | None, published: str | None = None) -> list[tuple[str, str]]:
    return [(text[d.start:d.end], d.iso) for d in find_dates(text, year, published)]


@lru_cache(maxsize=None)
def resolved(stem: str):
    report = build([DEV / f"{stem}.txt"])
    assert not report.failures
    return report.graphs[0].resolved


def event_date(stem: str, words: str) -> str:
    found = [e.mention.date for e in resolved(stem).events if words in e.mention.name]
    assert len(found) == 1, found
    return found[0]


# == the year in force =========================================================================

REVIEW_2023 = ("松阳县人民法院工作报告\n——2023年1月9日在县第十八届人民代表大会第三次会议上\n"
               "一、2022年工作回顾\n"
               "2022年，县法院各项工作稳中有进。\n"
               "（三）坚持攻坚执行。6月16日凌晨，县法院开展集中执行行动。\n"
               "二、2023年工作安排\n"
               "2023年，县法院将持续推进执行攻坚，9月底前完成专项清理。\n")


def test_6月16日_under_the_heading_2022年工作回顾_in_a_2023_report_is_2022_06_16_and_9月_under_2023年工作安排_2023_09():
    found = dates(REVIEW_2023, 2023)
    assert (found["6月16日"], found["9月"]) == ("2022-06-16", "2023-09")


def test_a_paragraph_that_opens_with_2022年_sets_the_year_of_the_paragraphs_after_it():
    text = "2022年，区政协扎实履职。\n5月18日，区政协举办公众开放日活动。\n"
    assert dates(text, 2023)["5月18日"] == "2022-05-18"


def test_a_paragraph_opening_with_2022年_carries_it_past_the_years_its_later_sentences_set():
    text = "2022年，区政协扎实履职。2023年，区政协将召开会议。\n5月18日，区政协举办公众开放日活动。\n"
    assert dates(text, 2024)["5月18日"] == "2022-05-18"


def test_a_year_opening_a_sentence_inside_a_paragraph_holds_to_the_paragraphs_end_only():
    text = ("报告指出，过去一年全镇稳中有进。2024年，泗安镇实现产值132亿元，4月完成验收。\n"
            "2月18日上午，大会开幕。\n")
    found = dates(text, 2025)
    assert (found["4月"], found["2月18日"]) == ("2024-04", "2025-02-18")


def test_a_top_level_heading_without_a_year_returns_to_the_documents_year():
    text = "一、2022年工作回顾\n3月，召开协商会。\n二、今后工作打算\n6月，召开全体会议。\n"
    found = dates(text, 2023)
    assert (found["3月"], found["6月"]) == ("2022-03", "2023-06")


def test_years_named_in_passing_do_not_shift_the_year_of_the_section():
    text = ("一、2022年工作回顾\n"
            "到2025年，全区养老服务基本覆盖。2021年以来，累计建成站点40个。\n"
            "修订《区政协提案工作条例（2021年修订）》。\n"
            "6月16日，区政协开展专题视察。\n")
    assert dates(text, 2023)["6月16日"] == "2022-06-16"


def test_a_heading_that_opens_with_a_range_sets_no_year():
    text = "一、2022年工作回顾\n（二）2021年以来重点工作\n6月，召开协商会。\n"
    assert dates(text, 2023)["6月"] == "2022-06"


def test_the_year_in_force_of_an_undated_event_is_its_sections():
    text = "一、2022年工作回顾\n开展“法护茶乡”专项行动。\n二、2023年工作安排\n深化诉源治理。\n"
    in_force = years_in_force(text, 2023)
    assert (in_force.at(text.index("法护茶乡")), in_force.at(text.index("诉源治理"))) == (2022, 2023)


# == a report read to a session looks back ========================================================

PROPOSAL_REPORT = ("关于区政协十届一次会议以来提案工作情况的报告\n"
                   "——2022年1月10日在政协嘉定区第十届委员会第二次会议上\n"
                   "一、提案办理和督办情况\n"
                   "区政府高度重视提案办理工作，2021年初召开提案交办会。\n"
                   "6月中旬，区政协主席带队开展专题督办。\n"
                   "二、提案工作机制建设\n"
                   "11月，区政协举办提案办理工作培训班。下一步，区政协将于3月召开提案工作会议。\n")


def test_6月_in_a_report_read_on_2022_01_10_is_june_2021():
    assert dates(PROPOSAL_REPORT, 2022)["6月"] == "2021-06"


def test_11月_in_a_report_read_on_2022_01_10_is_november_2021_but_a_planned_3月_is_2022():
    found = dates(PROPOSAL_REPORT, 2022)
    assert (found["11月"], found["3月"]) == ("2021-11", "2022-03")


# == days and relative words ====================================================================

def test_28日下午_after_6月27日至28日_is_the_28th_and_次日_the_29th():
    text = "6月27日至28日，市人大常委会举行第十二次会议。\n28日下午，会议闭幕。\n次日，召开执法检查动员会。\n"
    assert date_list(text, 2023) == [("6月27日", "2023-06-27"), ("28日", "2023-06-28"), ("次日", "2023-06-29")]


def test_一个月以后_after_3月16日_is_2023_04_not_the_next_day():
    text = "3月16日，区委召开攻坚大会。一个月以后，区委将组织专项督查。\n"
    assert dates(text, 2023)["一个月以后"] == "2023-04"


def test_a_day_of_the_month_is_read_but_spans_of_days_and_monthly_days_are_no_dates():
    text = "5月14日，视察组要求3日内反馈，每月15日通报，第3日复查。16日，视察组再次召开座谈会。\n"
    assert date_list(text, 2025) == [("5月14日", "2025-05-14"), ("16日", "2025-05-16")]


def test_随后_and_会后_are_the_day_of_the_news_they_continue_but_社会上_is_no_date():
    text = "5月14日，市政协开展专题视察，听取社会上的意见。\n随后，视察组召开座谈会。会后，举行签约仪式。\n"
    assert date_list(text, 2025) == [("5月14日", "2025-05-14"), ("随后", "2025-05-14"), ("会后", "2025-05-14")]


def test_会议开始前一天_is_the_day_before_the_meeting_and_提前一天_is_no_date():
    text = "6月27日上午，区政协常委会议召开。会议开始前一天，常委开展会前视察，材料提前一天发放。\n"
    assert date_list(text, 2024) == [("6月27日", "2024-06-27"), ("前一天", "2024-06-26")]


def test_近日_in_an_item_published_2024_03_26_is_2024_03_and_without_a_publication_date_none():
    text = "近日，双河村举办春茶品鉴展销会。\n"
    assert (date_list(text, 2024, published="2024-03-26"), date_list(text, 2024)) == ([("近日", "2024-03")], [])


def test_日前_in_an_item_published_2024_03_05_is_only_2024_its_days_may_be_februarys():
    text = "（记者 李一）日前，区政协召开座谈会。节日前，5日前，均不是日期。\n"
    assert date_list(text, 2024, published="2024-03-05") == [("日前", "2024")]


def test_明年_in_a_2023_press_conference_is_2024_but_year_words_inside_words_or_comparisons_are_none():
    text = "潘一鸣：明年我们将办好第三届古运河灯光节。如今年轻人参与踊跃，收入较上年增长18%，说明年度计划可行。\n"
    assert date_list(text, 2023) == [("明年", "2024")]


def test_今年_counts_from_the_publication_and_去年6月_is_last_years_june():
    text = "今年，全区计划改造小区32个。去年6月，区政协开展专题调研。\n"
    found = dates(text, 2023, published="2024-01-12")
    assert (found["今年"], found["6月"]) == ("2024", "2023-06")


# == the date a page gives itself ================================================================

def test_a_page_header_发布时间_with_a_time_and_a_来源_is_the_dateline():
    metadata = read_metadata("市政协视察游仙区先进制造业\n\n发布时间：2025-05-16 09:32　来源：绵阳市政协\n\n"
                             "本网讯 5月14日，市政协开展专题视察。2024年园区实现产值216亿元。")
    assert (metadata.date, metadata.year) == ("2025-05-16", 2025)


def test_a_traditional_page_header_發布時間_is_the_dateline():
    metadata = read_metadata("區政協主席率隊視察老舊小區改造工作\n\n發布時間:2023年05月17日　來源:桐林區政協辦公室\n\n"
                             "本報訊 5月16日,區政協主席率隊開展專題視察。")
    assert metadata.date == "2023-05-17"


def test_a_page_header_with_来源_before_发布日期_is_the_dateline():
    metadata = read_metadata("区总工会举行劳模表彰大会\n\n来源：绍兴市总工会 作者：李一 发布日期：2023-04-27\n\n大会隆重举行。")
    assert metadata.date == "2023-04-27"


def test_of_years_named_as_often_the_latest_is_the_year_of_a_meeting_news_item():
    assert frequent_year("报告指出，2024年，泗安镇实现产值132亿元。报告提出，2025年全镇将实施五大攻坚行动。") == 2025


def test_a_target_year_is_not_counted_as_the_year_of_the_text():
    assert frequent_year("2024年，全区实现产值132亿元。到2035年基本实现现代化，到2035年全面建成。") == 2024


def test_a_year_aimed_at_is_not_the_year_of_the_text():
    assert frequent_year("各级党史部门要加快推进第三卷编撰工作，力争2026年底前完成送审稿。") is None


# == whole documents =============================================================================

def test_the_集中执行行动_of_court_work_report_2023_is_dated_2022_06_16():
    assert event_date("court_work_report_2023", "集中执行行动") == "2022-06-16"


def test_the_培训班_of_cppcc_proposal_work_report_read_in_january_2022_is_dated_2021_11():
    assert event_date("cppcc_proposal_work_report", "提案办理工作培训班") == "2021-11"


def test_cppcc_inspection_news_2025_is_published_2025_05_16_and_its_座谈会_is_2025_05_14():
    metadata = resolved("cppcc_inspection_news_2025").document.metadata
    assert (metadata.date, metadata.year) == ("2025-05-16", 2025)
    assert event_date("cppcc_inspection_news_2025", "座谈会") == "2025-05-14"


def test_party_congress_news_2025_reports_on_2025():
    assert resolved("party_congress_news_2025").document.metadata.year == 2025
    assert event_date("party_congress_news_2025", "第十五届代表大会第四次会议") == "2025-02-18"


def test_a_month_before_the_day_told_is_background_for_the_bare_days_after_it():
    text = "6月11日至12日，市人大代表开展集中视察。该项目主体结构已于4月封顶。12日下午，视察组召开座谈会。"
    assert date_list(text, 2025)[-1] == ("12日", "2025-06-12")  # not April
