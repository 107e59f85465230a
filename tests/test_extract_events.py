"""Events, as the genre writes them: meeting news, work reports and news summaries of public bodies.

Each test runs the whole pipeline on a few sentences written in the genre's style and
states what a careful reader finds: the event's name as the text gives it, its date,
its place. A title line gives the year the way real documents do.
"""
from __future__ import annotations

from functools import lru_cache

import pytest

from pipeline.records import Resolved, ResolvedEvent
from pipeline.run import build


@lru_cache(maxsize=None)
def resolved(text: str) -> Resolved:
    report = build(texts=[("events", text)])
    assert not report.failures
    return report.graphs[0].resolved


def names(text: str) -> list[str]:
    return [e.mention.name for e in resolved(text).events]


def the_event(text: str, words: str) -> ResolvedEvent:
    found = [e for e in resolved(text).events if words in e.mention.name]
    assert len(found) == 1, f"{words!r}: {names(text)}"
    return found[0]


def place_of(text: str, event: ResolvedEvent) -> str | None:
    return resolved(text).entities[event.place].name if event.place else None


# == names: what the event word reads back over =================================================

ENLARGED = ("泗安镇2025年工作简报\n\n2月18日上午，镇党代会闭幕。当天下午，镇党委召开十五届第十二次全体（扩大）会议，"
            "对全年重点工作进行分解落实。\n")


def test_第十二次全体_扩大_会议_is_an_event_dated_2025_02_18():
    event = the_event(ENLARGED, "全体（扩大）会议")
    assert event.mention.name == "十五届第十二次全体（扩大）会议"
    assert event.mention.date == "2025-02-18"


STUDY = ("茶源镇2024年政务简讯\n\n3月18日，茶源镇党委召开2024年第三次理论学习中心组学习（扩大）会议，"
         "镇党委书记陆远航主持并讲话。会议传达学习了全国两会精神。\n")


def test_a_study_session_of_the_theory_group_is_one_event_through_its_bracketed_qualifier():
    event = the_event(STUDY, "中心组学习")
    assert event.mention.name == "2024年第三次理论学习中心组学习（扩大）会议"
    assert event.mention.date == "2024-03-18"


PLENARY = ("六安市妇联2024年工作综述\n\n1月26日，六安市妇女联合会第五届执行委员会第三次全体（扩大）会议"
           "在市行政中心二号会议室召开。市妇联主席程婉秋主持会议。\n")


def test_a_term_written_第五届_stays_in_the_meetings_name():
    event = the_event(PLENARY, "全体（扩大）会议")
    assert event.mention.name == "六安市妇女联合会第五届执行委员会第三次全体（扩大）会议"
    assert event.mention.date == "2024-01-26"
    assert place_of(PLENARY, event) == "市行政中心二号会议室"


EXECUTIVE = ("温江区政府2024年政务动态\n\n4月8日下午，区委副书记、区长陈立新主持召开十八届区政府第十五次常务会议，"
             "研究部署当前重点工作。\n")


def test_a_term_the_segmenter_splits_十八_届_stays_in_the_meetings_name():
    assert the_event(EXECUTIVE, "常务会议").mention.name == "十八届区政府第十五次常务会议"


ANNIVERSARY = ("六安市妇联2024年工作综述\n\n3月6日，市妇联在市文化艺术中心举办纪念“三八”国际妇女节114周年"
               "暨“巾帼心向党 奋进新征程”主题活动，表彰市级“三八红旗手”30名。\n")


def test_an_anniversary_named_with_its_years_is_part_of_the_name():
    event = the_event(ANNIVERSARY, "主题活动")
    assert event.mention.name == "纪念“三八”国际妇女节114周年暨“巾帼心向党 奋进新征程”主题活动"
    assert event.mention.date == "2024-03-06"
    assert place_of(ANNIVERSARY, event) == "市文化艺术中心"


JOB_FAIR = ("叙州区人力资源和社会保障局2022年工作总结\n\n2月8日，区人社局在叙州区体育中心举办“春风行动”暨就业援助月"
            "大型招聘会，170余家企业进场招聘。6月18日，由区就业服务中心承办的高校毕业生专场招聘会"
            "在区人力资源市场举行。\n")


def test_a_job_fair_is_an_event_held_where_the_text_says():
    event = the_event(JOB_FAIR, "高校毕业生")
    assert event.mention.name == "高校毕业生专场招聘会"
    assert event.mention.date == "2022-06-18"
    assert place_of(JOB_FAIR, event) == "区人力资源市场"


def test_a_campaign_month_joins_the_campaign_and_the_fair_into_one_name():
    event = the_event(JOB_FAIR, "春风行动")
    assert event.mention.name == "“春风行动”暨就业援助月大型招聘会"
    assert event.mention.date == "2022-02-08"


TEA_FAIR = ("湄潭县茶源镇2024年政务简讯\n\n3月20日，由茶源镇人民政府主办、双河村村委会承办的第五届“茶源春早”"
            "春茶品鉴展销会在双河村茶旅广场举行。活动现场，十余家茶叶专业合作社集中展示名优茶产品。\n")


def test_a_sales_fair_is_an_event_with_its_ordinal_and_quoted_title():
    event = the_event(TEA_FAIR, "展销会")
    assert event.mention.name == "第五届“茶源春早”春茶品鉴展销会"
    assert event.mention.date == "2024-03-20"


SCREENING = ("六安市妇联2024年工作综述\n\n市妇联联合市卫健委，为全市3.6万名适龄农村妇女开展免费“两癌”筛查；"
             "“12338”妇女维权热线全年接听咨询800余件。\n")


def test_a_named_screening_campaign_is_an_event_of_the_year():
    event = the_event(SCREENING, "筛查")
    assert event.mention.name == "免费“两癌”筛查"
    assert event.mention.date == "2024"


SERIES = ("六安市妇联2024年工作综述\n\n10月12日，桂花岭村妇联组织“巾帼护河”志愿服务活动。此外，市妇联还联合"
          "团市委举办“缘聚皋城”青年交友联谊活动三场，参与单身青年600余人次。\n")


def test_青年_in_a_name_is_no_date_and_a_series_of_three_takes_no_day_of_the_paragraph():
    event = the_event(SERIES, "联谊活动")
    assert event.mention.name == "“缘聚皋城”青年交友联谊活动"
    assert event.mention.date == "2024"


# == acts and their objects =====================================================================

HEARING = ("松阳县人民法院2022年工作总结\n\n4月21日，象溪人民法庭在竹源村文化礼堂巡回审理一起土地承包经营权纠纷案，"
           "审判员郑可欣当庭促成双方和解。\n")


def test_a_circuit_hearing_of_one_case_is_an_event_at_its_venue():
    event = the_event(HEARING, "巡回审理")
    assert event.mention.name == "巡回审理一起土地承包经营权纠纷案"
    assert event.mention.date == "2022-04-21"
    assert place_of(HEARING, event) == "竹源村文化礼堂"


def test_an_act_whose_object_is_a_years_tally_is_no_event():
    text = "叙州区人社局2022年工作总结\n\n区劳动保障监察大队全年主动检查用人单位860户，受理欠薪投诉举报312件。\n"
    assert names(text) == []


def test_检查_before_情况汇报_is_a_report_not_an_inspection():
    text = "温江区政府2024年政务动态\n\n一个月后，区政府将召开专题会议听取检查情况汇报。\n"
    assert not any("检查情况" in n for n in names(text)), names(text)


# == an event word alone ========================================================================

INSPECTION = ("绵阳市政协2025年履职动态\n\n5月14日，市政协主席杜承泽率部分市政协委员，赴游仙区就先进制造业集群培育"
              "开展专题视察。当天下午，视察组在游仙区行政中心召开座谈会。\n")


def test_专题视察_held_by_someone_on_a_day_is_an_event_named_with_its_topic():
    event = the_event(INSPECTION, "专题视察")
    assert event.mention.name == "就先进制造业集群培育开展专题视察"
    assert event.mention.date == "2025-05-14"
    assert place_of(INSPECTION, event) == "游仙区"


def test_座谈会_held_that_afternoon_is_an_event_at_its_venue():
    event = the_event(INSPECTION, "座谈会")
    assert event.mention.name == "座谈会"
    assert event.mention.date == "2025-05-14"
    assert place_of(INSPECTION, event) == "游仙区行政中心"


def test_an_event_word_alone_after_another_event_of_the_sentence_is_part_of_it():
    text = ("绍兴市人大常委会2023年工作动态\n\n6月29日，市人大常委会召开执法检查动员会，启动《中华人民共和国安全生产法》"
            "执法检查，检查组将分赴越城区、柯桥区开展实地检查。6月30日，市人大常委会召开座谈会。\n")
    assert names(text) == ["执法检查动员会", "《中华人民共和国安全生产法》执法检查", "座谈会"]


def test_an_event_word_alone_held_many_times_or_by_habit_or_pointing_back_is_no_event():
    text = ("奉化区政协2023年工作回顾\n\n3月，区政协围绕重点课题开展专题调研18次。4月，区政协定期召开座谈会。"
            "5月，区政协主席主持会议。6月12日，区政协在溪口镇召开协商会。\n")
    assert names(text) == ["协商会"]


def test_a_bare_event_word_in_the_lead_points_back_to_the_headlines_event():
    text = ("扬州市举行2023年全市文化和旅游工作新闻发布会\n\n12月27日上午，扬州市人民政府新闻办公室举行新闻发布会，"
            "介绍2023年全市文化和旅游工作情况。当天下午，市文旅局召开座谈会。\n")
    assert names(text) == ["2023年全市文化和旅游工作新闻发布会", "座谈会"]


def test_a_lead_that_names_the_headlines_meeting_in_other_words_stands_for_it():
    text = ("中共泗安镇第十五届代表大会第四次会议召开\n\n2月18日上午，中国共产党长兴县泗安镇第十五届代表大会"
            "第四次会议在镇行政中心四楼大会堂召开。大会应到代表158名。\n")
    assert names(text) == ["中国共产党长兴县泗安镇第十五届代表大会第四次会议"]


def test_a_congress_named_by_its_term_alone_is_the_body_not_a_meeting():
    text = ("青岚区2023年人代会特刊\n\n1月5日上午，青岚区第十八届人民代表大会第三次会议在区行政中心大礼堂隆重开幕。"
            "青岚区第十八届人民代表大会应到代表236名，因事因病请假15名，实到221名。\n")
    assert names(text) == ["青岚区第十八届人民代表大会第三次会议"]


CLOSING = ("政协岚川市第七届委员会第三次会议胜利闭幕\n\n发布时间：2024-11-01　来源：岚川市政协办公室\n\n"
           "10月29日至31日，政协岚川市第七届委员会第三次会议召开。市政协主席鄢立平出席闭幕会并讲话。\n"
           "为开好此次会议，市政协今年5月起组织6个调研组赴各县调研。\n"
           "30日下午举行的第二次全体会议由副主席主持。\n"
           "31日下午，会议在市会议中心大礼堂圆满完成各项议程后举行闭幕会。\n"
           "邬立新在闭幕会后召开的委员座谈会上要求，各级政协组织要抓好落实。\n")


def test_a_session_of_a_body_whose_region_has_a_character_the_dictionary_keeps_only_in_words_is_named_whole():
    text = "潆川市政协要闻\n\n1月18日上午，政协潆川市第七届委员会第三次会议在市会议中心大礼堂胜利闭幕。\n"
    assert names(text) == ["政协潆川市第七届委员会第三次会议"]  # 潆 is tagged x (punctuation) by jieba's dictionary
    assert [o.name for o in resolved(text).extraction.organizations][:2] == ["潆川市政协", "政协潆川市第七届委员会"]


def test_a_place_whose_name_ends_in_an_event_word_is_no_event():
    text = "平川县农业农村局2023年工作总结\n\n鄣溪镇、埭下乡2个乡镇入选省级示范。3月中旬，县局在埭下乡召开春季农业生产现场会。\n"
    assert names(text) == ["春季农业生产现场会"]  # 埭 + 下乡 is a township


def test_the_closing_session_named_alone_is_one_event_described_where_its_venue_is_given():
    event = the_event(CLOSING, "闭幕会")
    assert (event.mention.name, event.mention.date, len(event.repeated)) == ("闭幕会", "2024-10-31", 1)
    assert place_of(CLOSING, event) == "市会议中心大礼堂"  # 在…后 is a time: the venue is named before the act


def test_a_day_named_alone_after_a_month_a_period_starts_from_is_of_the_month_of_the_days_before():
    assert the_event(CLOSING, "第二次全体会议").mention.date == "2024-10-30"  # not May: 5月起 is background


def test_an_event_held_after_another_is_held_where_and_when_that_one_is():
    event = the_event(CLOSING, "座谈会")
    assert (event.mention.name, event.mention.date) == ("委员座谈会", "2024-10-31")
    assert place_of(CLOSING, event) == "市会议中心大礼堂"


def test_an_event_held_when_another_has_ended_is_held_where_and_when_that_one_is():
    text = CLOSING.replace("在闭幕会后召开的", "在闭幕会结束以后召开的")
    event = the_event(text, "座谈会")  # 在…结束以后: any of the time clause's ends
    assert (event.mention.name, event.mention.date) == ("委员座谈会", "2024-10-31")
    assert place_of(text, event) == "市会议中心大礼堂"


def test_a_headline_over_the_pages_date_line_is_the_event_its_lead_tells():
    text = ("蓼川县市场监督管理局　工作动态\n\n县市场监管局扎实开展节前特种设备安全隐患排查整治\n\n"
            "发布时间：2025-09-28 17:05　来源：蓼川县市场监督管理局　作者：晏立伟\n\n"
            "9月15日至26日，蓼川县市场监督管理局在全县组织开展特种设备安全隐患排查整治专项行动。\n")
    assert names(text) == ["特种设备安全隐患排查整治专项行动"]  # the date line is no lead


def test_an_event_told_over_a_range_of_months_is_dated_by_its_start():
    text = "澜溪县人民检察院2023年工作报告\n\n4月至10月，开展“守护澜溪河”公益诉讼专项监督活动，督促清理垃圾约1.3万吨。\n"
    assert the_event(text, "守护澜溪河").mention.date == "2023-04"


def test_an_acts_word_and_one_character_more_are_a_thing_not_an_event():
    text = "泓宁市残联2022年工作总结\n\n5月15日，副市长苏婉清出席活动，现场为困难残疾人发放慰问金和辅助器具。\n"
    assert names(text) == []  # 慰问金/n: money, not 慰问 + 金和辅助器具


def test_a_mechanism_named_after_an_act_is_no_event():
    text = "蓼川县市场监管局工作动态\n\n下一步，县市场监管局将建立隐患整改“回头看”机制，对整改不到位的单位挂牌督办。\n"
    assert names(text) == []


def test_a_time_word_of_the_name_is_read_with_it_and_what_an_act_produced_is_no_event():
    text = ("潆溪区政协2024年委员工作室建设综述\n\n12月18日，区政协召开委员工作室年终观摩交流会。"
            "会议形成协商建议22条，其中15条被区政府相关部门采纳。\n")
    assert names(text) == ["委员工作室年终观摩交流会"]  # not 会议形成协商 (建议 is what it produced)
    assert the_event(text, "交流会").mention.date == "2024-12-18"


def test_a_meeting_reported_to_is_an_event_and_an_inspections_report_is_none():
    text = ("岚城区人大常委会2024年工作动态\n\n12月19日，区人大常委会开展执法检查，形成执法检查报告。"
            "预算草案经区人大常委会第二十一次会议审议后，向区第三届人民代表大会第五次会议报告。\n")
    assert names(text) == ["执法检查", "区人大常委会第二十一次会议", "区第三届人民代表大会第五次会议"]


def test_a_campaign_named_by_its_length_or_a_day_named_for_a_cause_is_read_whole():
    text = ("浛川市生态环境局2025年上半年工作总结\n\n5月20日，全市夏季臭氧污染防控百日攻坚行动启动。"
            "6月5日，市生态环境局在滨江公园举办六五环境日主场宣传活动。\n")
    assert [(e.mention.name, e.mention.date) for e in resolved(text).events] == [
        ("全市夏季臭氧污染防控百日攻坚行动", "2025-05-20"), ("环境日主场宣传活动", "2025-06-05")]  # not 攻坚行动


# == where ======================================================================================

def test_a_village_that_holds_a_meeting_holds_it_at_home():
    text = ("湄潭县茶源镇2024年政务简讯\n\n3月12日，金竹村召开2024年第一次村民代表大会，村委会主任罗德顺主持会议。"
            "会议应到村民代表42人。\n")
    event = the_event(text, "村民代表大会")
    assert event.mention.name == "2024年第一次村民代表大会"
    assert place_of(text, event) == "金竹村"


def test_a_time_or_a_word_ending_in_在_or_于_is_no_venue():
    text = ("岚原县人大常委会2024年工作要点\n\n县人大常委会将于今年下半年开展代表联络站星级评定活动，计划在年内再组织"
            "代表视察活动2次。形成的《关于推动我县文旅融合发展的调研报告》获县委书记批示，现场协商会在县政协召开。\n")
    assert [(e.mention.name, place_of(text, e)) for e in resolved(text).events] == [
        ("代表联络站星级评定活动", "岚原县"), ("代表视察活动", "岚原县"),
        ("现场协商会", "县政协")]  # not 今年下半年, 年内再, 推动我县…的


def test_the_standing_committees_meeting_room_is_one_room_in_no_building_named_by_its_members():
    text = ("岚州市委常委会会议\n\n1月14日下午，市委书记谯振东在市委常委会议室主持召开市委常委会会议。\n")
    event = the_event(text, "常委会会议")
    assert (place_of(text, event), event.within) == ("市委常委会议室", None)  # not in a building 市委常委


def test_在建_is_no_venue():
    text = ("叙州区人社局2022年工作总结\n\n11月15日，区人社局联合区住建局启动根治欠薪冬季专项行动，"
            "对全区在建工程项目开展拉网式排查。\n")
    assert place_of(text, the_event(text, "根治欠薪冬季专项行动")) == "叙州区"  # the region's, not 全区在建工程项目


def test_a_venue_written_as_an_address_is_its_last_place():
    text = ("六安市妇联2024年工作综述\n\n5月15日国际家庭日，市妇联在金安区三里桥街道清水河社区举办“好家风伴我行”"
            "家庭教育宣讲活动，社区妇联主席讲述了“家风墙”背后的故事。\n")
    assert place_of(text, the_event(text, "好家风伴我行")) == "清水河社区"


def test_a_trip_to_a_city_of_a_province_is_to_the_city():
    text = ("叙州区人社局2022年工作总结\n\n4月中旬，副局长聂晓蓉带队赴浙江省宁波市开展东西部劳务协作对接，"
            "签订劳务输出协议3份。\n")
    event = the_event(text, "劳务协作对接")
    assert event.mention.name == "东西部劳务协作对接"  # the regions the exchange joins
    assert event.mention.date == "2022-04"
    assert place_of(text, event) == "宁波市"


def organizer_of(text: str, event: ResolvedEvent) -> str | None:
    return resolved(text).entities[event.organizer].name if event.organizer else None


# == a headline and its lead: one event, both names =============================================

VILLAGE_MEETING = ("湄潭县茶源镇政务简讯（2024年第6期）\n\n金竹村召开村民代表大会 共商集体经济分红方案\n\n"
                   "3月12日，金竹村召开2024年第一次村民代表大会，金竹村党支部书记、村委会主任罗德顺主持会议。"
                   "会议应到村民代表42人，实到39人。\n")


def test_a_headlines_meeting_and_the_leads_fuller_name_for_it_are_one_event_with_both_names():
    (event,) = resolved(VILLAGE_MEETING).events
    assert event.mention.name == "2024年第一次村民代表大会"
    assert [span.text for span in event.repeated] == ["村民代表大会"]
    assert event.mention.date == "2024-03-12"
    assert place_of(VILLAGE_MEETING, event) == "金竹村"


HEADLINE_INSPECTION = ("市政协视察游仙区先进制造业工作\n\n发布时间：2025-05-16　来源：绵阳市政协\n\n"
                       "5月14日，绵阳市政协主席杜承泽率部分市政协委员，赴游仙区就先进制造业集群培育开展专题视察。"
                       "市政协副主席彭立军参加。\n")


def test_the_leads_event_word_with_its_topic_names_the_event_the_headline_tells_as_an_act():
    (event,) = resolved(HEADLINE_INSPECTION).events
    assert event.mention.name == "就先进制造业集群培育开展专题视察"
    assert [span.text for span in event.repeated] == ["视察游仙区先进制造业工作"]
    assert event.mention.date == "2025-05-14"
    assert place_of(HEADLINE_INSPECTION, event) == "游仙区"


# == names ======================================================================================

STANDING_MEETINGS = ("衢州市人大常委会2021年工作回顾\n\n5月27日，市八届人大常委会第三十六次会议对《衢州市乡村民宿促进条例"
                     "（草案）》进行第二次审议。11月25日，市八届人大常委会第四十次会议就全市养老服务体系建设开展专题询问，"
                     "市民政局等6个部门负责人到会应询。\n")


def test_an_ordinal_the_segmenter_splits_from_次_stays_in_the_meetings_name():
    event = the_event(STANDING_MEETINGS, "第三十六次会议")
    assert event.mention.name == "市八届人大常委会第三十六次会议"
    assert event.mention.date == "2021-05-27"


def test_an_event_word_with_a_topic_of_its_own_is_a_second_event_of_its_sentence():
    assert names(STANDING_MEETINGS) == ["市八届人大常委会第三十六次会议", "市八届人大常委会第四十次会议",
                                        "就全市养老服务体系建设开展专题询问"]
    assert the_event(STANDING_MEETINGS, "专题询问").mention.date == "2021-11-25"


DISCIPLINE = ("江宁区纪委监委2023年工作综述\n\n一年来，区纪委监委聚焦群众身边不正之风和腐败问题，深入开展乡村振兴领域"
              "不正之风和腐败问题专项整治，查处问题87个。11月，区纪委监委组织120名新提任科级干部前往区廉政教育基地"
              "开展“沉浸式”警示教育。\n")


def test_a_hold_verb_and_its_adverb_written_as_one_word_stay_outside_the_name():
    assert the_event(DISCIPLINE, "专项整治").mention.name == "乡村振兴领域不正之风和腐败问题专项整治"


def test_a_warning_education_named_in_quotes_is_held_at_the_venue_the_cadres_went_to():
    event = the_event(DISCIPLINE, "警示教育")
    assert event.mention.name == "“沉浸式”警示教育"
    assert event.mention.date == "2023-11"
    assert place_of(DISCIPLINE, event) == "区廉政教育基地"


STANDING_REPORT = ("政协洛阳市第十四届委员会常务委员会工作报告（摘要）\n\n——2024年1月9日在政协洛阳市第十四届委员会第三次会议上\n\n"
                   "我受政协洛阳市第十四届委员会常务委员会委托，向大会报告工作，请予审议。\n\n一、2023年工作回顾\n\n"
                   "3月，召开“推进先进制造业集群发展”专题协商会，邀请市直部门与委员面对面交流；6月，围绕“黄河流域生态保护"
                   "和高质量发展”召开常委会议专题协商，形成建议案1份；11月，召开“文旅文创融合发展”双周协商座谈会，"
                   "为打造文旅品牌建言献策。\n")


def test_a_quoted_topic_titles_a_consultation_that_has_no_title_of_its_own():
    event = the_event(STANDING_REPORT, "常委会议专题协商")
    assert event.mention.name == "围绕“黄河流域生态保护和高质量发展”召开常委会议专题协商"
    assert event.mention.date == "2023-06"


def test_a_fortnightly_consultation_is_one_event_word_that_keeps_its_quoted_title():
    assert the_event(STANDING_REPORT, "双周").mention.name == "“文旅文创融合发展”双周协商座谈会"


def test_a_standing_committees_report_tells_what_the_whole_body_held_save_the_committees_own_meetings():
    assert organizer_of(STANDING_REPORT, the_event(STANDING_REPORT, "专题协商会")) == "洛阳市政协"
    assert organizer_of(STANDING_REPORT, the_event(STANDING_REPORT, "双周")) == "洛阳市政协"
    assert organizer_of(STANDING_REPORT, the_event(STANDING_REPORT, "常委会议")) == "洛阳市政协常委会"


PROPOSALS = ("嘉定区政协2021年提案工作情况的报告\n\n我受区政协常委会委托，向大会报告十届一次会议以来的提案工作情况，"
             "请予审议。一年来，提案委员会组织开展“回头看”督查近30次，推动120余个问题得到解决。\n")


def test_向大会报告_stays_outside_the_meetings_name_and_a_count_of_times_is_no_object_of_督查():
    assert names(PROPOSALS) == ["十届一次会议", "“回头看”督查"]
    assert organizer_of(PROPOSALS, the_event(PROPOSALS, "回头看")) == "提案委员会"


def test_a_quoted_title_that_ends_in_the_event_word_is_the_whole_name():
    text = ("南屏市慈善总会2022年工作总结\n\n9月7日至9日“99公益日”期间,总会发起“银龄助餐”等网络募捐项目6个,"
            "吸引爱心人士近4万人次参与。\n")
    assert names(text) == ["“99公益日”"]
    assert the_event(text, "99公益日").mention.date == "2022-09-07"


def test_a_series_is_one_event_under_a_quoted_title_and_many_without_one():
    text = ("扬州市文化广电和旅游局2023年工作综述\n\n全市举办“文化惠民·欢乐扬州”系列演出840余次，"
            "各区开展系列活动。\n")
    assert names(text) == ["“文化惠民·欢乐扬州”系列演出"]


def test_an_activity_held_every_month_is_a_habit_not_an_event():
    text = ("绍兴市总工会2023年工作动态\n\n近年来，市总工会坚持每月一次开展“劳模工匠进企业”活动，"
            "累计选树各级劳模工匠1500余名。\n")
    assert names(text) == []


SYMPOSIUM = ("西陵大学2023年工作年报\n\n10月20日至22日,由西陵大学主办、长江生态研究院承办的第五届长江流域生态保护"
             "与高质量发展国际学术研讨会在宜昌召开。学校与宜昌市人民政府签署合作协议。\n")


def test_与_joins_two_topics_of_a_symposium_though_the_first_ends_in_a_verb():
    event = the_event(SYMPOSIUM, "国际学术研讨会")
    assert event.mention.name == "第五届长江流域生态保护与高质量发展国际学术研讨会"
    assert organizer_of(SYMPOSIUM, event) == "西陵大学"


def test_a_venue_that_shortens_a_known_place_is_that_place_by_another_name():
    event = the_event(SYMPOSIUM, "国际学术研讨会")
    assert place_of(SYMPOSIUM, event) == "宜昌市"
    assert resolved(SYMPOSIUM).entities[event.place].aliases == ["宜昌"]


def test_a_school_year_numbered_before_学年_is_part_of_the_ceremonys_name():
    text = "秀洲区禾源中学举行新学期开学典礼\n\n9月2日上午，秀洲区禾源中学2024学年秋季开学典礼在学校田径场举行。\n"
    assert names(text) == ["秀洲区禾源中学2024学年秋季开学典礼"]


def test_a_meeting_spoken_at_推进会上_is_an_event():
    text = ("桐庐县富春江镇2023年工作回眸\n\n年初，镇党委书记夏立群在全镇“开门红”项目推进会上提出“一季度一攻坚”"
            "工作要求。\n")
    event = the_event(text, "推进会")
    assert event.mention.name == "全镇“开门红”项目推进会"
    assert organizer_of(text, event) == "富春江镇党委"


STREET = ("柳荫街道2021年工作总结\n\n2021年,鼓楼区柳荫街道党工委、办事处在区委、区政府的坚强领导下,"
          "较好地完成了全年目标任务。\n\n3月份,街道在柳荫社区召开“为民办实事”项目推进会,街道办事处主任蒋文涛主持会议。"
          "一个月后,桃源里社区首个社区食堂正式开业,开业首月服务老年人不到3000人次。\n")


def test_an_opening_with_its_adverb_is_an_event_of_the_month_after():
    event = the_event(STREET, "开业")
    assert event.mention.name == "社区食堂正式开业"
    assert event.mention.date == "2021-04"


def test_what_the_street_holds_under_its_party_committee_is_held_by_the_street_in_its_community():
    event = the_event(STREET, "项目推进会")
    assert organizer_of(STREET, event) == "柳荫街道"
    assert place_of(STREET, event) == "柳荫社区"


def test_a_stall_at_an_event_and_a_deadline_for_a_goal_are_no_events():
    text = ("玉林街道工作动态（2025年第3期）\n\n3月5日上午，芳邻路社区在社区党群服务中心广场开展“学雷锋·暖夕阳”"
            "志愿服务活动，志愿者共40余人参加。\n\n活动现场设置义诊测血压、免费理发、家电维修等7个服务摊位。"
            "聂子衡强调，各社区要倾听群众意见，确保改造工程6月底前全面开工。\n")
    assert names(text) == ["“学雷锋·暖夕阳”志愿服务活动"]


# == where and by whom ==========================================================================

def test_a_meeting_two_bodies_hold_jointly_is_at_the_venue_before_联合召开():
    text = ("镜湖区人民检察院2023年工作报告\n\n6月28日，区检察院与区法院在区检察院第一会议室联合召开"
            "刑事司法协作座谈会，副检察长邵明远主持会议。\n")
    assert place_of(text, the_event(text, "座谈会")) == "区检察院第一会议室"


def test_a_village_body_that_holds_an_event_holds_it_in_its_village():
    text = ("六安市妇联2024年工作综述\n\n10月12日，裕安区石婆店镇桂花岭村妇联组织“巾帼护河”志愿服务活动，"
            "村妇联主席王桂芳带领30余名妇女清理河道垃圾。\n")
    assert place_of(text, the_event(text, "巾帼护河")) == "桂花岭村"


def test_the_body_named_after_由_and_before_牵头_holds_the_event():
    text = ("温江区政府2024年政务动态\n\n4月8日，区政府召开常务会议。会议决定，次日起由区应急管理局牵头，"
            "在全区开展安全生产大检查，对约1200家重点企业逐一过筛。\n")
    assert organizer_of(text, the_event(text, "安全生产大检查")) == "温江区应急管理局"


def test_the_institute_a_plaque_unveiling_opens_is_not_the_ceremonys_organizer():
    text = ("锦澜建设投资集团有限公司2024年度工作报告\n\n2024年，锦澜建设投资集团有限公司实现营业收入86亿元。"
            "6月28日上午,锦澜集团技术研究院揭牌仪式在江阳区举行。\n")
    assert organizer_of(text, the_event(text, "揭牌仪式")) == "锦澜建设投资集团有限公司"


def test_a_joint_publicity_drive_under_a_quoted_title_is_an_event_where_it_was_held():
    text = ("镜湖区人民检察院2023年工作报告\n\n4月12日，区检察院会同镜湖公安分局在弋矶山街道开展“反诈进社区”联合宣传，"
            "发放宣传资料约3000份。\n")
    event = the_event(text, "反诈进社区")
    assert event.mention.name == "“反诈进社区”联合宣传"
    assert event.mention.date == "2023-04-12"
    assert place_of(text, event) == "弋矶山街道"


def test_a_number_of_places_an_extent_or_a_time_after_在_is_no_venue():
    for text in ("区疾控中心还在8个街道开展慢性病筛查活动。", "区疾控中心在全市范围内开展慢性病筛查活动。"):
        assert place_of(text, the_event(text, "慢性病筛查")) is None


def test_an_event_word_inside_a_venues_name_is_no_event():
    text = "11月8日，分局在警务实战训练基地举办2023年度全警实战技能比武竞赛。"
    found = names(text)
    assert len(found) == 1 and found[0].endswith("全警实战技能比武竞赛")


def test_the_leader_of_a_visit_is_no_part_of_its_name():
    text = "城南派出所所长、一级警长刘海涛带领民警深入社区走访。"
    assert not any("海涛" in n for n in names(text))


def test_an_item_of_a_headline_of_several_is_the_event_its_story_tells():
    text = ("2024年度社会组织年检工作顺利完成　“情暖洛屏·善行同城”慈善募捐活动举行\n\n发布时间：2025-06-03\n\n"
            "近日，全市社会组织年检工作完成，共有1268家社会组织参检。\n\n"
            "5月30日上午，洛屏市慈善总会主办的“情暖洛屏·善行同城”慈善募捐活动在洛屏市人民广场举行。")
    assert [n for n in names(text) if "慈善募捐" in n] == ["“情暖洛屏·善行同城”慈善募捐活动"]


def test_a_part_of_a_session_is_held_where_the_session_is_and_a_campaign_across_the_region():
    text = ("柏溪镇第十八届人民代表大会第五次会议召开\n\n1月6日，柏溪镇第十八届人民代表大会第五次会议在镇政府三楼会议中心开幕。"
            "\n\n6日上午举行第一次全体会议，听取政府工作报告。\n\n全年柏溪镇开展夏季治安打击整治行动。")
    assert place_of(text, the_event(text, "第一次全体会议")) == "镇政府三楼会议中心"
    assert place_of(text, the_event(text, "夏季治安打击整治行动")) == "柏溪镇"


def test_an_event_word_held_at_a_venue_after_it_names_an_event():
    text = "通山县人大代表联络站活动\n\n5月20日上午，代表们接待群众。下午，座谈会在镇政府三楼会议室召开，县交通运输局负责同志参加。"
    assert place_of(text, the_event(text, "座谈会")) == "镇政府三楼会议室"


def test_the_page_headers_office_is_not_the_organizer_of_the_lead_event():
    text = ("市政协召开十届三次会议提案交办会\n\n发布时间：2024年3月15日 10:12　来源：滘南市政协办公室\n\n"
            "3月14日下午，滘南市政协十届三次会议提案交办会在市行政中心第二会议室召开。")
    r = resolved(text)
    event = the_event(text, "提案交办会")
    assert r.entities[event.organizer].name == "滘南市政协"


def test_a_two_character_event_word_of_its_own_after_a_hold_verb_names_an_event():
    text = "九三学社宜昌市委2023年工作回顾\n\n6月28日，九三医疗专家服务团走进龙舟坪镇开展义诊。"
    assert any(n.endswith("义诊") for n in names(text))


def test_winter_training_party_lectures_and_annual_checks_are_events_but_a_verb_with_了_is_not():
    text = ("礄山镇党委2025年1月工作动态\n\n1月10日，镇党委理论学习中心组开展2025年第一次集体学习。"
            "1月17日，岽下村党支部组织开展党员冬训。会上，中心组成员集体学习了相关文件精神。")
    found = names(text)
    assert any(n.endswith("集体学习") for n in found) and any(n.endswith("冬训") for n in found)
    assert not any("成员集体学习" in n for n in found)


# == a body's activities of the year =============================================================

def test_an_activity_a_body_holds_is_an_event_however_many_times_it_is_held():
    text = "县红十字会联合县中心血站，在县城各乡镇开展流动采血活动120余场次。市侨联深入社区开展侨法宣传活动45场。"
    assert names(text) == ["流动采血活动", "侨法宣传活动"]


def test_the_words_between_a_hold_verb_and_the_event_word_name_the_activity():
    assert names("“红十字博爱周”期间，县红十字会开展集中募捐活动，募集善款42万余元。") == ["集中募捐活动"]


def test_a_tally_over_years_or_of_acts_is_no_event():
    assert names("自2018年以来，市委组织部已累计举办年轻干部培训班11期。") == []
    assert names("区政协开展视察调研91次，报送社情民意信息120篇。") == []


def test_a_half_marathon_and_a_league_are_events():
    text = "2025年4月13日，鄣岚半程马拉松在鄣岚县霁川广场鸣枪开跑。县里还举办了“村BA”篮球联赛。"
    assert names(text) == ["鄣岚半程马拉松", "“村BA”篮球联赛"]
    assert place_of(text, the_event(text, "马拉松")) == "霁川广场"


def test_a_venue_whose_rare_first_character_the_segmenter_glued_to_在_is_read_whole():
    text = "2023年6月9日，市档案馆会同市史志办在枋桥历史街区召开座谈会。"
    assert place_of(text, the_event(text, "座谈会")) == "枋桥历史街区"


def test_a_numbered_census_named_again_later_is_one_event_with_its_first_date():
    text = ("2024年3月21日，全市统计工作会议召开。会议指出，2023年，全市统计系统高质量完成了第五次全国经济普查"
            "清查和登记工作。\n\n会上，对在第五次全国经济普查工作中表现突出的36个先进集体进行了表彰。")
    census = the_event(text, "经济普查")
    assert census.mention.name == "第五次全国经济普查" and census.mention.date == "2023"


def test_a_publicity_month_is_an_event():
    assert names("2024年，市侨联以“侨法宣传月”为载体开展侨法宣传。") == ["“侨法宣传月”"]


def test_a_dash_pair_sets_a_headlines_slogan_apart_from_the_event():
    assert names("书香润城 悦读未来——第十二届蓼川读书节开幕") == ["第十二届蓼川读书节"]


def test_the_year_that_numbers_a_series_of_meetings_is_part_of_the_meetings_name():
    text = "3月2日，宁岭市住房公积金管理委员会2022年第一次全体会议在市政府第三会议室召开。"
    assert names(text) == ["2022年第一次全体会议"]
    assert the_event(text, "2022年第一次全体会议").mention.date == "2022-03-02"


def test_an_ordinal_opens_the_events_name_whatever_the_tagger_made_of_the_words_after_it():
    text = "9月，以“石榴籽一家亲”为主题举办第二十届民族团结进步宣传月活动，参与群众1.5万余人次。"
    assert names(text) == ["第二十届民族团结进步宣传月活动"]


def test_a_song_festival_and_a_final_review_meeting_are_events():
    assert names("4月3日，在竹垟畲族乡举办第七届“三月三”畲族歌会。") == ["第七届“三月三”畲族歌会"]
    assert names("4月15日，《朐山区志（2006—2020）》终审会在区行政中心召开。") == ["《朐山区志（2006—2020）》终审会"]


def test_the_opening_of_a_training_class_is_an_event():
    text = "3月3日上午，郯阳市2025年春季学期年轻干部培训班（第十二期）开班式在市委党校学术报告厅举行。"
    assert names(text) == ["2025年春季学期年轻干部培训班（第十二期）开班式"]


def test_a_parents_meeting_of_a_school_year_and_an_inspection_of_teaching_are_events():
    text = "11月16日，学校在学术报告厅召开2024—2025学年高三年级家长会。12月5日，县教育局到校开展年度教学视导。"
    assert names(text) == ["2024—2025学年高三年级家长会", "年度教学视导"]


def test_a_clause_with_的_before_the_venue_qualifies_it_and_is_not_its_name():
    text = "10月24日，学校第二十一届秋季田径运动会在新建成的东校区塑胶运动场举行。"
    assert place_of(text, the_event(text, "运动会")) == "东校区塑胶运动场"


def test_an_items_bracketed_heading_and_its_lead_name_one_event():
    text = "桐荫社区工作简报\n\n【召开一季度居民议事会】3月14日下午，桐荫社区召开2025年第一季度居民议事会。\n"
    assert [e.mention.name for e in resolved(text).events] == ["2025年第一季度居民议事会"]


def test_a_venue_is_named_after_the_last_在_and_without_the_reporting_bodys_我校():
    text = "11月8日，第三届流域生态论坛在我校泗滨校区学术交流中心开幕。下届论坛将于2025年在南湖理工大学举办。"
    assert place_of(text, the_event(text, "第三届流域生态论坛")) == "泗滨校区学术交流中心"


def test_全_before_a_verb_of_the_name_stays_in_it():
    text = "3月15日，市司法局在市中级人民法院召开刑事案件律师辩护全覆盖工作联席会议。"
    assert names(text) == ["刑事案件律师辩护全覆盖工作联席会议"]


def test_a_place_after_a_verb_of_going_is_where_the_event_is_not_its_name():
    text = "8月8日，县人武部领导到栟溪检查指导民兵训练工作。"
    assert names(text) == ["检查指导民兵训练工作"]


def test_an_event_word_with_a_tally_of_people_after_it_is_a_verb():
    text = "4月16日，县妇幼保健院开展免费筛查义诊活动。截至目前，全县已完成“两癌”免费筛查4200余人。"
    assert names(text) == ["免费筛查义诊活动"]


def test_how_the_work_went_is_no_object_and_the_inspection_in_the_lead_is_named():
    text = ("岚江市粮食和物资储备局2022年工作总结\n\n三、监督检查扎实开展\n\n"
            "组织开展2022年度粮食库存检查和夏秋两季收购专项检查，由副局长顾文涛带队，组成4个检查组。\n")
    assert names(text) == ["2022年度粮食库存检查"]


def test_two_events_held_together_under_暨_are_one_event_named_by_both():
    text = "4月18日上午，朐川职业技术学院校企合作签约仪式暨2024届毕业生春季校园双选会在学院北校区体育馆举行。"
    assert names(text) == ["朐川职业技术学院校企合作签约仪式暨2024届毕业生春季校园双选会"]
    assert names("3月6日，武侯区召开全区优化营商环境暨重点项目攻坚大会。") == ["全区优化营商环境暨重点项目攻坚大会"]


def test_a_skills_contest_and_a_survey_of_resources_are_events():
    text = "11月，区行政审批局组织开展窗口工作人员业务技能比武。3月上旬，区园林绿化局启动新一轮古树名木资源普查。"
    assert names(text) == ["窗口工作人员业务技能比武", "新一轮古树名木资源普查"]


def test_a_friendly_match_and_an_exchange_week_are_events():
    text = "7月17日，2024“栟湖·台湾青年创新创业交流周”开幕。7月18日，两岸青年篮球友谊赛在市体育馆举行。"
    assert names(text) == ["“栟湖·台湾青年创新创业交流周”", "青年篮球友谊赛"]


def test_一次_alone_is_an_article_not_an_ordinal():
    assert names("县一中校长阚志远表示，学校每学期至少组织一次疏散演练。") == []
    assert names("3月5日，县十八届人大一次会议开幕。") == ["十八届人大一次会议"]


def test_an_event_word_before_等方式_is_a_way_of_working():
    assert names("会议指出，要通过“导师帮带”“擂台比武”等方式，着力打造带头人队伍。") == []


def test_a_tally_of_sessions_is_no_part_of_the_name_and_an_ordinal_session_is():
    assert names("3月5日，街道举办网格员业务能力提升培训班，分3期培训网格员400余人次。") == ["网格员业务能力提升培训班"]
    assert names("4月10日，街道举办第3期网格员培训班。") == ["第3期网格员培训班"]


def test_a_ceremony_held_is_an_event_even_with_no_body_or_date_in_its_sentence():
    text = "1月16日上午，出版发行座谈会在市委党校召开。座谈会前，举行了赠书仪式，向市图书馆赠送新书600册。"
    assert "赠书仪式" in names(text)


def test_taking_books_to_the_countryside_and_a_special_audit_are_events():
    text = "2023年6月12日，县图书馆开展“书香润乡村”送书下乡活动。8月，县审计局对县医保基金开展专项审计。"
    assert names(text) == ["“书香润乡村”送书下乡活动", "对县医保基金开展专项审计"]


def test_a_quoted_saying_before_an_event_word_is_no_title():
    text = "2023年9月16日，全市开展防空袭疏散演练。市民王大爷说：“年纪大了也要学会自救，这样的演练很有必要。”演练结束后，市人防办进行了总结。"
    assert not any("自救" in n for n in names(text))


def test_a_group_set_up_for_an_inspection_and_the_problems_it_found_are_no_events():
    text = ("9月4日，市应急管理局局长谌立军任专项检查领导小组组长。"
            "栗洪涛强调，对检查发现的问题建立清单、限时销号。")
    assert names(text) == []


def test_a_documents_title_on_an_act_is_no_event():
    text = "6月26日，县人大常委会会议听取和审议了执法检查组关于检查《中华人民共和国食品安全法》实施情况的报告。"
    assert not any("实施情况" in n for n in names(text))


def test_督导_with_its_object_is_an_act():
    text = "2024年6月18日，县长钮思远到柘塘乡督导防汛工作。"
    assert names(text) == ["督导防汛工作"]


def test_a_prefix_word_and_the_closing_session_stay_in_the_name_and_在_glued_to_a_fair_is_split_off():
    text = ("邗溪县非遗宣传展示周简讯\n\n2022年6月11日，非遗宣传展示周开幕式在县文化广场举行。6月11日至17日，"
            "非遗项目展在县博物馆展出。6月16日，非遗购物节在城关镇步行街举办。6月17日下午，展示周闭幕座谈会在县文化馆召开。")
    assert names(text) == ["非遗宣传展示周开幕式", "非遗项目展", "非遗购物节", "展示周闭幕座谈会"]
    assert place_of(text, the_event(text, "非遗项目展")) == "县博物馆"


def test_闭幕_after_a_meeting_is_its_verb_and_where_it_closes_is_its_venue():
    text = "2023年工作简报\n\n5月8日，镇人代会在镇政府礼堂闭幕。"
    assert names(text) == ["镇人代会"]
    assert place_of(text, the_event(text, "镇人代会")) == "镇政府礼堂"


def test_a_hotlines_number_is_part_of_the_meetings_name():
    text = "2024年热线工作报告\n\n3月8日，全市12345热线工作推进会召开，副市长詹永涛出席并讲话。"
    assert names(text) == ["全市12345热线工作推进会"]


@pytest.mark.parametrize("text, event", [
    ("2025年工作简报\n\n3月5日，在随后召开的营商环境座谈会上，局长讲话。", "营商环境座谈会"),
    ("2022年秋收工作总结\n\n镇政府将于今冬组织农机手培训班4期。", "农机手培训班")])
def test_a_time_word_after_在_or_于_is_no_venue(text, event):
    assert place_of(text, the_event(text, event)) is None


def test_an_adverb_before_the_hold_verb_is_no_part_of_the_venue():
    text = "2025年公司新闻\n\n3月28日，项目集中签约仪式在园区综合服务中心同步举行。"
    assert place_of(text, the_event(text, "签约仪式")) == "园区综合服务中心"


def test_the_segmenters_event_word_ends_a_name_an_overlapping_one_began():
    text = "2023年简讯\n\n11月22日，灌区改造项目竣工验收会议在县水务局召开。"
    assert names(text) == ["灌区改造项目竣工验收会议"]


def test_a_final_is_an_event_and_reaching_it_is_not():
    text = "2024年简讯\n\n9月26日，婺阳市第六届青年创新创业大赛总决赛在婺阳国际会展中心举行，12支队伍进入决赛。"
    assert names(text) == ["婺阳市第六届青年创新创业大赛总决赛"]


def test_a_noun_the_tagger_took_for_a_numeral_stays_in_the_name():
    text = "2024年农技推广简讯\n\n6月3日，嘉禾丰种业有限公司在芦湾镇人民政府举行水稻良种捐赠仪式。"
    assert names(text) == ["水稻良种捐赠仪式"]


def test_consulting_with_named_parties_is_what_one_does_and_a_quoted_list_of_slogans_is_no_title():
    text = ("2024年政协简讯\n\n【市政协召开重点提案办理协商会】5月16日，沭安市政协召开重点提案办理协商会，"
            "围绕5件重点提案与承办单位面对面协商。6月12日，部门负责同志与政协委员、专家学者协商议政。"
            "6月17日，主席作动员讲话，要求委员们努力做到“懂政协、会协商、善议政”。")
    assert names(text) == ["重点提案办理协商会"]


def test_a_headings_bracket_is_no_part_of_an_acts_name():
    text = "2024年政协简讯\n\n【市政协视察城区河道综合整治工作】6月4日，市政协组织委员开展视察。"
    assert names(text)[0] == "视察城区河道综合整治工作"


def test_等_inside_a_word_makes_no_event_many():
    # 等 closing a list (宣传、培训等活动) makes many events; inside 等级 it is part of a word
    assert names("3月28日，全市职业技能等级认定工作推进会在鉴定中心召开。") == ["全市职业技能等级认定工作推进会"]


def test_a_year_just_before_a_generic_name_is_a_word_of_it():
    text = "2024年老干部工作简讯\n\n3月2日，县关工委在县老干部活动中心召开2024年工作会议。"
    assert names(text) == ["2024年工作会议"]
    assert names("青溪区明德路小学举行2025年秋季开学典礼。") == ["2025年秋季开学典礼"]


def test_two_things_joined_by_及_or_和_before_one_event_word_are_one_name():
    assert names("朐港海关在朐港国际会展中心举办2025年AEO高级认证及出口合规培训会。") \
        == ["2025年AEO高级认证及出口合规培训会"]
    text = "4月28日，安澜市劳动模范和先进工作者表彰大会在安澜大剧院隆重召开。"
    assert names(text) == ["安澜市劳动模范和先进工作者表彰大会"]


def test_an_event_word_with_出_after_it_is_a_verb():
    # 评选出的20户: who were chosen, not a selection held
    assert names("4月23日，读书节开幕式在市图书馆举行，对2024年度评选出的20户“书香家庭”进行了表彰。") == ["读书节开幕式"]


def test_a_mediation_meeting_and_a_special_exhibition_are_events():
    text = "5月8日，镇农业综合服务中心主任仝卫东在蒋湾村村部召开土地流转租金纠纷调解会。"
    assert names(text) == ["土地流转租金纠纷调解会"]
    text = "9月22日上午，“仁心归藏——仉立德先生捐赠文物特展”在鄣州市博物馆开幕。"
    assert names(text) == ["“仁心归藏——仉立德先生捐赠文物特展”"]


def test_a_verb_of_presiding_ends_the_venue_before_the_verb_that_holds_the_event():
    text = "2023年林长制工作简报\n\n3月6日，县委书记邵峻岭在县行政中心主持召开2023年县级总林长会议。"
    event = the_event(text, "总林长会议")
    assert place_of(text, event) == "县行政中心"


def test_an_event_the_nouns_list_lacks_is_known_by_its_head_where_it_is_held():
    assert names("6月19日下午，监督组在市住建局召开反馈会。") == ["反馈会"]
    assert names("9月1日，学校举行了授旗式。") == ["授旗式"]


def test_a_poetry_gathering_is_an_event():
    assert names("2月4日，区诗词学会在文化馆举办癸卯迎春诗会。") == ["癸卯迎春诗会"]


def test_a_tea_picking_festival_and_an_auction_are_events():
    names_found = names("4月2日，雾岭镇第三届春茶开采节在茶博园开幕，现场举行明前茶拍卖会。")
    assert names_found == ["雾岭镇第三届春茶开采节", "明前茶拍卖会"]


def test_the_parallel_phrases_of_a_quoted_slogan_are_no_events():
    text = ("随后，与会领导共同启动苌平县医共体远程会诊中心。该中心位于县医院医技楼三楼，"
            "可连通全县所有乡镇卫生院，实现“基层检查、县级诊断、省级会诊”。")
    assert names(text) == []


def test_a_verb_read_as_a_noun_after_an_act_is_inside_the_meetings_name():
    text = "4月12日，县长龚维康主持召开全县传统村落保护利用工作推进会，部署全年重点任务。"
    assert names(text) == ["全县传统村落保护利用工作推进会"]


def test_two_events_joined_by_暨_are_one_named_from_the_first_whole_name():
    text = "6月18日下午，潆州市知识产权质押融资银企对接会暨集中签约仪式在市民中心三楼多功能厅举行。"
    assert names(text) == ["潆州市知识产权质押融资银企对接会暨集中签约仪式"]


def test_an_adverb_before_an_act_inside_an_events_name_is_of_the_name():
    text = "滢州市税务局在市民中心二楼多功能厅举行2025年第一季度有奖发票公开摇奖活动。"
    assert names(text) == ["2025年第一季度有奖发票公开摇奖活动"]


def test_a_festival_numbered_by_its_edition_is_an_event_but_a_bodys_term_is_not():
    assert names("据悉，第五届鹭汀湖观鸟节将于2月22日在保护区宣教中心开幕。") == ["第五届鹭汀湖观鸟节"]
    assert names("商会第一届理事会由42名理事组成。") == []


def test_an_act_word_inside_a_bodys_name_is_no_event():
    text = "溱州出入境边防检查总站　工作动态\n\n今年暑运期间，琅屿出入境边防检查站坚持“安全第一、通关高效”，召开暑运通关保障动员部署会。"
    assert names(text) == ["暑运通关保障动员部署会"]


def test_a_venue_written_under_its_regions_also_goes_by_the_lowest_region_and_by_its_own_name():
    text = "5月20日，2025年科技活动周启动仪式在朐南县沭口镇大埝村文化广场举行。6月1日，读书节在蓼湾区滨河科技广场开幕。"
    found = resolved(text)
    venues = {found.entities[e.place].name: found.entities[e.place].aliases for e in found.events}
    assert venues == {"朐南县沭口镇大埝村文化广场": ["大埝村文化广场"], "蓼湾区滨河科技广场": ["滨河科技广场"]}


def test_an_act_and_its_hold_verb_read_as_one_word_open_no_name_before_them():
    assert names("市政协经济委员会组织委员40余人次，先后赴青泷县、桐浦县及7家省级以上开发区开展调研。") == []  # 开展调研/n


def test_a_consultation_meeting_whose_会_the_segmenter_glued_to_the_next_word_is_named_by_its_quoted_title():
    text = "计划安排专题协商会2场，其中“优化城市公共交通线网”专题协商会拟于9月在荪湖市民服务中心召开。"
    assert names(text) == ["“优化城市公共交通线网”专题协商会"]  # 会拟/v + 于


def test_an_event_is_dated_by_于_right_after_it_and_held_at_the_venue_after_the_date():
    event = the_event("区委经济工作会议于2024年12月26日在区会堂举行。", "经济工作会议")
    assert (event.mention.date, event.mention.place.name) == ("2024-12-26", "区会堂")


def test_an_event_word_before_点_names_a_site_kept_for_it_not_an_event():
    assert names("联合县教育局在全县12所中小学建立“校体共建”训练点，在社区设立义诊点。") == []


def test_a_numbered_round_table_and_a_meeting_of_the_east_and_west_regions_are_named_whole():
    assert names("3月13日下午，潆川区2025年第一期“政企直通车”企业服务圆桌会在区民营经济服务中心召开。") == [
        "2025年第一期“政企直通车”企业服务圆桌会"]  # 第一期/m, 圆桌/n + 会/v
    assert names("7月17日下午，蠡桥区—岈山县2024年东西部协作联席会议在岈山县行政中心召开。") == [
        "2024年东西部协作联席会议"]  # 东西部/f


def test_an_inspection_of_how_an_act_is_carried_out_is_named_whole_and_a_team_for_visits_is_no_visit():
    assert names("7月中旬起，市人社局将会同市总工会开展高温津贴落实情况专项检查，计划检查用人单位不少于600家。"
                 "全市各级工会将组建近300支慰问小分队。") == ["高温津贴落实情况专项检查"]  # 落实/a + 情况


def test_a_joint_name_runs_over_新_before_its_second_event():
    assert names("9月1日上午，澴东区云麓实验学校举行首届开学典礼暨新校区启用仪式，全体师生参加。") == [
        "首届开学典礼暨新校区启用仪式"]  # 新/a + 校区启用仪式


def test_a_part_of_a_year_between_the_year_and_the_name_is_of_the_name():
    assert names("7月10日上午，泓川市人民政府新闻办公室召开2025年上半年卫生健康工作新闻发布会。"
                 "市政府召开2024年第三季度经济形势分析会。") == [
        "2025年上半年卫生健康工作新闻发布会", "2024年第三季度经济形势分析会"]  # 上半年/t, 第三季度/mq


def test_a_numbered_sitting_named_by_its_body_is_a_meeting():
    assert names("9月12日下午，校党委书记汤立群主持召开2024年第26次党委常委会，传达学习有关精神。") == [
        "2024年第26次党委常委会"]


def test_a_meetings_kind_before_its_word_is_of_the_name_but_not_before_a_campaign():
    assert names("调研结束后，晏国华在县政府第三会议室主持召开重点项目建设推进座谈会，要求各部门加快进度。"
                 "副局长邝雅琴通报行动方案。") == ["重点项目建设推进座谈会"]  # 推进会: 推进 + 座谈会; not 通报 + 行动


def test_an_edition_numbered_festival_with_a_quoted_slogan_is_named_whole():
    assert names("4月23日，由市文化广电和旅游局主办、市图书馆承办的第十届“书香淇泽”全民阅读节在市图书馆北广场启动。") == [
        "第十届“书香淇泽”全民阅读节"]


def test_a_market_is_an_event_and_a_brand_is_none():
    assert names("10月3日至6日，“古渡寻味”非遗美食市集在古渡老街举办。") == ["“古渡寻味”非遗美食市集"]
    assert names("要持续擦亮“溱川议事厅”协商品牌。") == []


def test_a_festival_named_in_quotes_after_its_edition_is_an_event():
    text = "9月20日至22日，在蓼塘文化广场举办第三届“蓼塘邻里节”，区人大常委会副主任笪一鸣出席。"
    assert names(text) == ["第三届“蓼塘邻里节”"]


def test_a_quoted_forum_keeps_the_ordinal_that_numbers_it():
    text = "6月12日，栖梧市政协在市政协机关二楼会议室举办2025年第三期“委员沙龙”，市政协主席邬正阳出席。"
    assert names(text) == ["第三期“委员沙龙”"]


def test_an_activity_held_after_a_ceremony_named_at_the_sentences_opening_is_held_there_and_then():
    text = ("2024年3月12日，溆溪县人民检察院在柏林镇石桥村举行“护绿溆溪”专项行动启动仪式暨检察公益林揭牌仪式。"
            "启动仪式结束后，与会人员来到溆水河畔开展增殖放流活动，共投放鱼苗12万尾。")
    event, ceremony = the_event(text, "增殖放流活动"), the_event(text, "揭牌仪式")
    assert event.mention.date == "2024-03-12" and place_of(text, event) == place_of(text, ceremony) == "石桥村"


def test_signing_glued_to_活动_names_the_activity_and_a_group_wedding_is_an_event():
    assert names("2025年10月9日，园区在企业服务大厅举办冬季重点项目集中签约活动，11个项目集中签约。") \
        == ["冬季重点项目集中签约活动"]
    assert names("2023年5月20日，县民政局在桐湾公园举办“鹊桥相约·新风桐湾”集体婚礼，36对新人参加。") \
        == ["“鹊桥相约·新风桐湾”集体婚礼"]


def test_the_hour_before_大会_and_the_members_of_a_meeting_are_no_events():
    assert names("2024年1月6日，截至1月9日17时大会提案截止。重点提案由省政协主席会议成员领衔督办。") == []


def test_a_kind_of_activity_held_so_many_times_is_no_event():
    assert names("2025年4月2日，委员会组织视察活动不少于4次。") == []


def test_a_role_verb_between_the_words_of_a_name_is_part_of_it():
    assert names("2023年，县卫健委于6月和11月两次开展全县家庭医生签约服务督导检查。") == ["全县家庭医生签约服务督导检查"]


def test_a_meeting_whose_decisions_are_studied_is_not_held_in_the_report():
    assert names("2024年12月20日，县委召开经济工作会议，深入学习贯彻党的二十大和二十届三中全会精神。") == ["经济工作会议"]


def test_an_act_named_as_a_thing_and_a_body_taking_part_in_it_hold_no_event():
    assert names("2023年6月5日，市政协的调研深入扎实、建议务实管用。市商务局、市供销合作社全程参与调研。") == []


def test_the_act_a_meeting_pushes_is_part_of_its_name():
    assert names("2025年3月20日，区市场监管局在区行政服务中心召开特种设备安全主体责任落实推进会。") \
        == ["特种设备安全主体责任落实推进会"]


def test_the_ground_a_report_is_built_on_is_no_event():
    assert names("2025年5月6日，县政协将在此次考察基础上，于6月底前形成1份专题调研报告。") == []


def test_a_meeting_of_the_citys_social_organizations_is_named_whole():
    assert names("2023年5月26日，市民政局在市民政局三楼会议室召开全市社会组织党建工作推进会。") \
        == ["全市社会组织党建工作推进会"]


def test_the_ground_later_work_builds_on_is_no_venue_of_the_meeting():
    text = "2022年6月10日，市人大财经委将在梳理汇总的基础上形成执法检查报告，提请8月下旬召开的市十七届人大常委会第五次会议审议。"
    assert place_of(text, the_event(text, "第五次会议")) is None


def test_training_looked_at_as_how_it_stands_is_no_event():
    assert names("2022年6月8日，检查组重点查看企业主体责任落实、从业人员安全培训等情况。") == []


def test_a_special_democratic_supervision_is_one_event_with_the_headline_that_names_it():
    text = ("区政协开展生活垃圾分类工作专项民主监督\n\n4月17日，槐溪区政协组织部分政协委员，"
            "围绕“推进生活垃圾分类提质增效”开展专项民主监督活动。")
    [event] = resolved(text).events  # 专项民主监督 + 活动 is one name, of the headline's kind
    assert event.mention.category == "inspection"
    assert [span.text for span in event.repeated] == ["生活垃圾分类工作专项民主监督"]


def test_an_activity_word_a_venue_is_named_after_holds_no_event():
    assert names("2022年8月8日，比赛分别在区体育中心、滨河公园及各街道文体活动场所进行。") == []


def test_a_town_naming_itself_opens_no_event_name():
    assert names("2025年9月17日，省自然资源厅项目中期评估组到我镇专项核查，对试点工作给予肯定。") == ["专项核查"]


def test_the_area_around_a_place_is_part_of_a_campaigns_name():
    assert names("2023年，联合县市场监督管理局开展校园及周边食品安全专项行动，走访检查学校食堂146家。") \
        == ["校园及周边食品安全专项行动"]


def test_a_review_of_the_handling_of_key_proposals_is_an_event():
    assert names("2023年9月14日，区政协主席侍海燕带队赴区教育局开展重点提案督办评议，副区长祁文斌参加。") \
        == ["重点提案督办评议"]


def test_an_adverb_between_a_case_and_the_hearing_stays_in_the_hearings_name():
    text = "棠溪县人民检察院工作动态\n\n9月3日，县检察院在檀口镇召开非法采砂案公开听证会。\n"
    assert names(text) == ["非法采砂案公开听证会"]


def test_an_interview_meeting_and_fire_prevention_are_words_of_event_names():
    text = ("溆川区市场监管局工作动态\n\n5月9日，区市场监管局在枫林街道召开餐饮单位食品安全约谈会。"
            "6月2日，区林业局召开全区森林防灭火工作会议。\n")
    assert names(text) == ["餐饮单位食品安全约谈会", "全区森林防灭火工作会议"]


def test_the_tens_of_a_sittings_number_cut_off_stay_in_its_name_and_a_plan_is_no_event():
    text = "泓川县政协工作动态\n\n3月8日，县政协召开十届二十一次主席会议，审议县政协2025年度协商工作计划。\n"
    assert names(text) == ["十届二十一次主席会议"]


def test_a_lecture_series_and_a_feedback_meeting_are_events_and_a_hall_is_their_venue():
    text = ("溪山县政协工作动态\n\n11月20日，县政协在县协商议事厅召开委员提案办理情况反馈会。"
            "12月3日，县妇联举办“家教同行”家庭教育公益大讲堂。\n")
    assert names(text) == ["委员提案办理情况反馈会", "“家教同行”家庭教育公益大讲堂"]


def test_progress_of_ethnic_unity_stays_in_a_meetings_name():
    text = "澄溪市民族宗教事务局工作动态\n\n5月9日，市民宗局在市民族中学召开全市民族团结进步创建工作推进会。\n"
    assert names(text) == ["全市民族团结进步创建工作推进会"]


def test_a_first_edition_named_with_the_regions_name_and_named_again_bare_is_one_event():
    text = ("嶅阳县茶叶产业协会2025年工作动态\n4月18日，第三届嶅阳茶产业博览会在嶅阳县会展中心开幕。"
            "茶博会期间，还将举办首届嶅阳茶业发展论坛。4月18日下午，茶业发展论坛在会展中心举行。")
    forum = the_event(text, "茶业发展论坛")
    assert forum.mention.date == "2025-04-18" and len(forum.repeated) == 1


def test_the_items_after_the_first_of_a_list_a_hold_verb_opens_are_held_too():
    assert names("茶博会期间，还将同步举办第九届“茶王赛”、手工制茶技能大赛和“茶乡研学游”等系列活动。") == \
        ["第九届“茶王赛”", "手工制茶技能大赛"]


def test_a_numbered_event_named_with_its_year_and_with_the_reports_regions_is_one_event():
    text = ("湜川市洇滨区统计局2023年第五次全国经济普查工作总结\n2023年是第五次全国经济普查的准备之年。"
            "4月，区政府印发《湜川市洇滨区第五次全国经济普查实施方案》。")
    census = the_event(text, "全国经济普查")
    assert len(census.repeated) == 2


def test_items_of_a_list_of_work_counted_or_given_as_examples_are_no_events_held():
    assert names("春耕期间，区农机服务站在各镇设立维修点，开展农机安全检验、驾驶操作人员培训等服务。") == []
    assert names("义诊当天，专家们为村民测量血压，开展心电图检查146例、B超检查212例。") == []


def test_how_long_an_event_lasts_between_the_hold_verb_and_its_name_keeps_it_held():
    assert names("3月，县委组织部举办为期3天的乡村振兴专题培训班。") == ["乡村振兴专题培训班"]
    assert names("3月下旬，救援队在淏溪水库开展为期3天的水上救援集训，队长带领队员完成操作。") == ["水上救援集训"]


def test_a_tally_of_activities_and_papers_handed_to_a_meeting_are_no_events():
    assert names("“书香漭州”全民阅读月启动　300余场活动陪伴市民共读\n\n4月23日，全民阅读月启动仪式在市图书馆举行。\n") \
        == ["全民阅读月启动仪式"]
    assert names("2月26日举行第二次全体会议，17位常委作大会发言，另有46篇书面发言印发会议。\n") == ["第二次全体会议"]


def test_a_determiner_after_在_names_no_venue():
    text = "市政协将于7月召开“推动科技创新”专题协商会，委员们在此次视察中提出的意见建议将作为重要参考。\n"
    assert place_of(text, the_event(text, "专题协商会")) is None


def test_a_campaign_named_by_what_goes_where_holds_the_verb_of_going():
    assert names("8月25日，县残联在荇塘村举办残疾预防知识进农村活动，发放宣传资料5000余份。\n") == ["残疾预防知识进农村活动"]
    assert names("3月起开展法律进乡村活动。\n") == ["法律进乡村活动"]


def test_a_room_and_then_就_and_a_topic_end_the_venue_at_the_room():
    text = "6月12日，区检察院在该院检察听证室就蒹葭湾湿地保护行政公益诉讼案召开公开听证会。\n"
    assert place_of(text, the_event(text, "公开听证会")) == "检察听证室"


def test_a_meeting_held_every_half_year_is_a_habit_not_an_event():
    text = ("5月16日，珩阳中院与市政府在市政府第二会议室召开2023年度府院联席会议，双方签署框架协议，"
            "明确每半年召开一次联席会议。\n")
    assert names(text) == ["2023年度府院联席会议"]


def test_a_hold_verb_the_dictionary_joins_to_大会_and_a_post_of_the_session_name_no_event_of_their_own():
    text = ("1月14日下午，县第十八届人民代表大会第四次会议举行预备会议。随后，召开大会主席团第一次会议，"
            "推选主席团常务主席，决定大会副秘书长，确定大会各项议程的具体日程。\n")
    assert names(text) == ["第十八届人民代表大会第四次会议", "预备会议", "大会主席团第一次会议"]


def test_a_briefing_on_policy_is_a_meeting():
    text = "5月16日，市税务局在翀山区民营经济服务中心举办民营企业税费政策专场辅导会，100余家企业参加。\n"
    assert names(text) == ["民营企业税费政策专场辅导会"]


def test_a_word_of_acting_after_在_names_no_venue():
    text = "县政协农业和农村委员会将在深入调研的基础上召开种业振兴专题协商会。\n"
    assert place_of(text, the_event(text, "专题协商会")) is None


def test_whom_an_event_serves_after_为_is_no_part_of_its_venue():
    text = "6月5日，副教授饶清漪在荇桥镇农民田间学校为90余名果农和基层农技人员开展猕猴桃栽培技术培训。\n"
    assert place_of(text, the_event(text, "栽培技术培训")) == "荇桥镇农民田间学校"


def test_a_quality_spot_check_and_a_mid_term_review_are_events_and_their_team_is_none():
    assert names("2023年11月16日至20日，由省、市两级统计机构组织事后质量抽查，抽查小区不少于120个。") == ["事后质量抽查"]
    assert names("2024年10月，省农业农村厅组织专家组对我县试点工作开展中期评估，评估结果为“优秀”。") == ["对我县试点工作开展中期评估"]
    assert names("2025年9月17日，省自然资源厅项目评估组到我镇首轮核查。") == ["首轮核查"]


def test_a_check_done_to_something_named_before_it_names_no_event_nor_does_a_step_of_a_quoted_chain():
    assert names("2024年5月，县市场监管局对辖区幼儿园食堂进行食品安全专项检查。") == ["食品安全专项检查"]
    assert names("2024年，区政协推行“交办—办理—反馈—抽查”闭环管理。") == []


def test_an_act_done_to_people_it_tallies_is_no_event():
    assert names("2025年4月，团市委将在畹州大学举办青年志愿者骨干培训班，计划培训志愿服务骨干约200名。") == ["青年志愿者骨干培训班"]


def test_a_lecture_series_and_a_first_lesson_are_events_but_a_classroom_is_none():
    assert names("2024年，组织委员参加县政协“文史讲堂”4期。2024年9月1日，开学第一课在市一中举行。") == \
        ["“文史讲堂”", "开学第一课"]
    assert names("2024年，教师把培训成果带回课堂，开设“四点半课堂”。") == []


def test_a_meeting_that_hears_views_is_named_with_them():
    assert names("2025年2月19日，市交通运输局在苠溪街道社区服务中心召开公交线网优化意见听取座谈会。") == \
        ["公交线网优化意见听取座谈会"]


def test_an_abnormal_reaction_is_part_of_a_drills_name_and_a_culture_week_is_an_event():
    assert names("2024年11月，中心组织开展疑似预防接种异常反应处置应急演练。") == ["疑似预防接种异常反应处置应急演练"]
    assert names("2024年10月，县文化馆在樨岭镇举办首届蓁川非遗文化周。") == ["首届蓁川非遗文化周"]


def test_a_festival_held_under_a_quoted_name_or_in_quotes_whole_is_an_event():
    assert names("7月中旬，县融媒体中心联合县农业农村局在栗桥镇举办“浛水好物”直播带货节，台长盛明远出席。") == \
        ["“浛水好物”直播带货节"]
    assert names("9月20日，街道党工委在望云社区文化广场举办“澄浦邻里节”，吸引辖区居民。") == ["“澄浦邻里节”"]


def test_a_legislative_hearing_on_a_titled_draft_is_named_with_the_title():
    assert names("6月17日上午，市人大常委会在市民中心第三会议室举行《漷宁市养犬管理条例（草案）》立法听证会，"
                 "围绕犬只限养区域展开。") == ["《漷宁市养犬管理条例（草案）》立法听证会"]


def test_a_county_glued_to_的_after_the_body_that_hosts_opens_the_events_name():
    assert names("11月14日，由县委统战部、县工商联主办，东陂镇人民政府承办的溦水县“千企兴千村”行动推进会在东陂镇召开。") == \
        ["溦水县“千企兴千村”行动推进会"]


def test_a_first_edition_names_its_festival_as_a_numbered_one_does():
    assert names("5月20日，街道党工委联合辖区共建单位在柳巷社区文化广场举办首届“槿园邻里节”，吸引居民5000余人次参与。") == \
        ["首届“槿园邻里节”"]


def test_an_act_and_its_event_word_alone_name_the_event_before_whose_name_or_joint_part_they_end():
    delivery = ("6月18日上午，潆州市交通投资集团有限公司2024年新能源公交车交付仪式在北郊公交停保场举行。"
                "副市长左文涛出席交付仪式。")
    event = the_event(delivery, "交付仪式")
    assert event.mention.name == "2024年新能源公交车交付仪式" and [s.text for s in event.repeated] == ["交付仪式"]
    launch = ("4月12日上午，2024年“青春汭行”大学生就业见习计划启动仪式暨见习岗位双选会在汭州国际会展中心举行。"
              "团市委书记侯佳宁出席启动仪式。")
    assert names(launch) == ["2024年“青春汭行”大学生就业见习计划启动仪式暨见习岗位双选会"]


def test_the_act_of_a_ceremony_before_暨_names_it_with_what_it_is_of():
    launch = "报告\n\n12月17日上午，县政协在县图书馆报告厅举行文史资料《洈水记忆·老字号》首发暨赠书仪式。"
    assert names(launch) == ["文史资料《洈水记忆·老字号》首发暨赠书仪式"]
    closing = "报告\n\n5月20日，汧州市第十届职工职业技能大赛闭幕暨颁奖仪式在汧州技师学院体育馆举行。"
    assert names(closing) == ["汧州市第十届职工职业技能大赛闭幕暨颁奖仪式"]


def test_camps_are_events_and_a_quoted_campaign_names_what_it_cleans():
    camp = "报告\n\n7月8日，漷州青年创新创业园承办的第三届“青创漷州”青年创业训练营在漷州青年创新创业园开营。"
    assert names(camp) == ["第三届“青创漷州”青年创业训练营"]
    cleanup = "报告\n\n今年，全镇开展“清洁家园·美丽枞岭”村庄清洁行动。"
    assert names(cleanup) == ["“清洁家园·美丽枞岭”村庄清洁行动"]


def test_a_quoted_theme_before_the_year_opens_the_events_name():
    charity = "报告\n\n9月5日上午，由市民政局主办的“慈善同行·温暖泚州”2025年“中华慈善日”主题活动在市民广场举行。"
    assert names(charity) == ["“慈善同行·温暖泚州”2025年“中华慈善日”主题活动"]


def test_a_class_named_again_without_its_edition_and_a_campaign_by_its_themes_last_part_are_one_event_each():
    text = ("区委党校秋季学期开学\n本学期开设第十期中青年干部培训班。9月中旬，中青年干部培训班学员将赴纪念馆开展现场教学。"
            "4月，区工信局在全区组织开展“惠企暖心·服务企业月”活动。局长表示，将把“服务企业月”活动中形成的好做法固化下来。")
    assert names(text) == ["第十期中青年干部培训班", "“惠企暖心·服务企业月”活动"]


def test_an_activity_named_only_by_its_kind_is_an_event_only_with_a_time_of_its_own():
    text = ("城关镇2024年工作总结\n2024年，镇红十字会在镇文化广场开展应急救护培训，镇综治办在各村开展隐患排查。"
            "5月12日，镇红十字会在城关中学开展心肺复苏培训。")
    assert names(text) == ["心肺复苏培训"]


SITTINGS = ("沄川市政协召开十一届三十八次主席会议\n\n发布时间：2025年9月12日\n\n"
            "9月11日上午，沄川市政协召开十一届三十八次主席会议。市政协主席司马云峰主持会议。\n"
            "3月20日至21日，沅蓟县工商业联合会（总商会）第十届会员代表大会在县会议中心召开。"
            "随后召开的十届一次执委会议选举产生常务委员29名。\n")


def test_a_sitting_numbered_after_its_term_a_congress_held_at_a_venue_and_a_meeting_that_elects_are_events():
    assert names(SITTINGS) == ["十一届三十八次主席会议", "沅蓟县工商业联合会（总商会）第十届会员代表大会",
                               "十届一次执委会议"]
    assert the_event(SITTINGS, "主席会议").mention.date == "2025-09-11"


def test_a_training_named_before_its_years_work_report_and_a_training_institution_are_no_events():
    text = ("澴安县应急管理局2024年安全生产培训工作总结\n\n发布时间：2025年1月5日\n\n"
            "3月5日，县应急管理局举办安全生产培训班。抽查校外培训机构73所。\n")
    assert names(text) == ["安全生产培训班"]


def test_a_visit_made_while_at_another_occasion_is_part_of_it_but_a_trip_to_visit_is_an_event():
    text = ("县红十字会开展无偿献血活动\n\n发布时间：2024年6月15日\n\n"
            "6月14日，副县长晏云舒出席活动并慰问献血者，当天共有326人献血。"
            "12月8日，县长到岚口镇青苔坝村走访慰问困难群众。\n")
    assert names(text) == ["走访慰问困难群众"]


def test_a_meeting_referred_to_as_the_last_or_this_one_is_no_event_of_its_own():
    text = "会议共收到建议批评和意见512件，比上次会议增长8.7%。本次会议在县委党校举行。"
    assert names(text) == []


def test_an_act_told_in_passing_is_an_event_only_where_a_mark_names_one_campaign_of_it():
    text = ("7月，县政协组织开展重点提案办理“回头看”。5月，区委对前四轮巡察的31个单位开展“巡察整改回头看”。"
            "6月5日，市自然资源局执法人员开展现场核查。5月22日，市政协召开协商会，围绕提升耕地质量协商议政。")
    assert "“巡察整改回头看”" in names(text)
    assert not [n for n in names(text) if n in ("“回头看”", "现场核查") or n.endswith("协商议政")]


def test_a_quoted_slogan_of_a_service_and_the_room_a_consultation_is_held_in_are_no_events():
    text = "2025年，经开区推行“拿地即开工”审批模式。3月11日，委员们走进金沙社区协商议事室座谈交流。"
    assert names(text) == []


def test_a_name_that_is_only_a_kind_of_activity_is_no_event():
    text = "3月，县教育局走进28所学校，举办专题讲座35场。5月，区市场监管局对全区餐饮门店开展拉网式排查。"
    assert names(text) == []
