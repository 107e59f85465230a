"""People in the genre's sentences: who is named, with which titles, acting for which body.

Each test reads one sentence written as work reports and meeting news write them, through
the organization and person extractors (``find_people`` decides the titles and the body
named with them; resolve may still refine the body), or a byline through ``find_credits``.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pipeline.extract.context import TextIndex
from pipeline.extract.organizations import find_organizations
from pipeline.extract.people import find_people
from pipeline.ingest import find_credits
from pipeline.nlp import segment
from pipeline.records import Document, PersonMention
from pipeline.run import build

DEV = Path(__file__).resolve().parent.parent / "data" / "dev"


def people_in(text: str) -> dict[str, PersonMention]:
    index = TextIndex(segment(Document(doc_id="t", source="t", text=text, sha256="0")))
    people, _ = find_people(index, find_organizations(index))
    return {p.name: p for p in people}


def the_person(text: str, name: str) -> PersonMention:
    found = people_in(text)
    assert name in found, f"{name!r} not among {sorted(found)}"
    return found[name]


def body_of(person: PersonMention) -> str | None:
    return person.affiliation.name if person.affiliation else None


def credits_of(byline: str) -> list[tuple]:
    return [(c.role, c.name, c.organization) for c in find_credits(f"{byline}\n\n正文。")]


@lru_cache(maxsize=None)
def dev_people(stem: str) -> dict:
    resolved = build([DEV / f"{stem}.txt"]).graphs[0].resolved
    return {e.name: e for e in resolved.entities.values() if e.kind == "person"}


# == names after a title ========================================================================

def test_审判员郑可欣_is_a_person_titled_审判员_of_the_court_the_sentence_is_about():
    p = the_person("4月21日，象溪人民法庭在竹源村文化礼堂巡回审理一起土地承包经营权纠纷案，"
                   "审判员郑可欣当庭促成双方和解。", "郑可欣")
    assert p.titles == ["审判员"]
    assert body_of(p) == "象溪人民法庭"


def test_a_name_followed_by_a_verb_not_listed_is_read_as_the_segmenter_reads_it():
    p = the_person("5月15日，三里桥街道妇联主席吴丹丹讲述了社区“家风墙”背后的故事。", "吴丹丹")
    assert p.titles == ["主席"]
    p = the_person("区农业农村局局长杨帆汇报，全区已落实粮食播种面积18.5万亩。", "杨帆")
    assert p.titles == ["局长"] and body_of(p) == "区农业农村局"


def test_曹敏以及_is_曹敏_followed_by_以及_and_冯子健在_is_冯子健():
    assert list(people_in("副校长李卫东、曹敏以及全校182名教职工参加典礼。")) == ["李卫东", "曹敏"]
    assert list(people_in("执行主席韩立群、冯子健在主席台前排就座。")) == ["韩立群", "冯子健"]


def test_less_common_surnames_杭_and_屠_begin_names():
    p = the_person("镇党委委员、纪委书记杭志强等在主席台就座。", "杭志强")
    assert p.titles == ["委员", "纪委书记"]
    assert the_person("市中级人民法院院长屠文彬列席会议。", "屠文彬").titles == ["院长"]


def test_rare_surnames_仉_and_郏_begin_names_in_a_list_after_a_title():
    assert list(people_in("市侨联副主席邰俊、仉文涛分别主持会议。")) == ["邰俊", "仉文涛"]
    p = the_person("会议增补许曼殊、郏嘉禾为市侨联第四届委员会委员。", "郏嘉禾")
    assert p.titles == ["委员"]


def test_a_runner_named_after_选手_or_跑者_holds_that_role():
    assert the_person("鄣岚本地选手鄢志诚以1小时08分42秒的成绩获得男子组冠军。", "鄢志诚").titles == ["选手"]
    assert the_person("女子组冠军由岘川市跑者韦若琳以1小时19分05秒的成绩摘得。", "韦若琳").titles == ["跑者"]


def test_an_election_goes_on_in_the_clauses_after_it():
    found = people_in("会议选举穆润声为理事会主任，戚晓筠、韦秉文为理事会副主任。")
    assert [(n, p.titles) for n, p in found.items()] == [
        ("穆润声", ["主任"]), ("戚晓筠", ["副主任"]), ("韦秉文", ["副主任"])]


def test_curators_auditors_and_teachers_hold_titles():
    assert the_person("市档案馆党组书记、馆长覃亦农主持仪式。", "覃亦农").titles == ["党组书记", "馆长"]
    assert the_person("由总审计师滕一鸣牵头开展活动。", "滕一鸣").titles == ["总审计师"]
    assert the_person("居民代表、退休教师阮桂英说：“盼了好多年。”", "阮桂英").titles == ["居民代表", "退休教师"]


def test_forest_farm_heads_observatory_heads_and_commanders_hold_titles():
    assert the_person("黛岭国有林场场长夏侯明轩说，林场今年造林。", "夏侯明轩").titles == ["场长"]
    assert the_person("会上，市气象台台长、首席预报员蒯嘉宁通报了汛期气候趋势。", "蒯嘉宁").titles == ["台长", "首席预报员"]
    assert the_person("桐坊街道司法所所长禤立波说：“把矛盾化解在基层。”", "禤立波").titles == ["所长"]


def test_the_author_field_of_a_page_header_credits_the_writer():
    assert credits_of("发布时间：2025年4月24日　来源：蓼川市图书馆　作者：郗雨桐") == [(None, "郗雨桐", None)]


def test_a_body_and_a_name_in_brackets_on_the_last_line_credit_the_writer_of_that_body():
    text = "文史委全年开展委员联络活动15次。\n\n（市政协文化文史和学习委员会　曲思远）\n"
    assert [(c.name, c.organization) for c in find_credits(text)] == [("曲思远", "市政协文化文史和学习委员会")]
    assert [(c.name, c.organization) for c in find_credits("正文。\n\n（县医保局办公室　供稿）\n")] == [
        (None, "县医保局办公室")]  # 供稿: the body alone is credited
    writer = build(texts=[("t", text)]).graphs[0].resolved.extraction.people[0]
    assert (writer.name, body_of(writer)) == ("曲思远", "市政协文化文史和学习委员会")


def test_a_name_after_a_title_and_a_colon_holds_the_title():
    assert the_person("会议主持人：李佳宁。", "李佳宁").titles == ["主持人"]


# == titles of the genre ========================================================================

def test_兼职副主席马春燕_is_titled_兼职副主席():
    p = the_person("市妇联副主席蒋雨桐、何晓岚，兼职副主席马春燕出席。", "马春燕")
    assert p.titles == ["兼职副主席"]


def test_年级组长朱海峰老师_is_titled_年级组长():
    assert the_person("初三年级组长朱海峰老师发言。", "朱海峰").titles == ["年级组长"]


# == titles joined by 、 with a body of their own ================================================

def test_县委常委_组织部部长章丽华_holds_both_titles_for_the_county_committee():
    p = the_person("长兴县委常委、组织部部长章丽华到会指导并讲话。", "章丽华")
    assert p.titles == ["常委", "部长"]
    assert body_of(p) == "长兴县委"  # the department is the committee's own


def test_a_seat_on_the_party_committee_yields_to_the_post_in_another_body():
    p = the_person("会上，镇党委委员、镇人大主席孔繁民作报告。", "孔繁民")
    assert p.titles == ["委员", "主席"]
    assert body_of(p) == "镇人大"


# == names before a title =======================================================================

def test_工程学院周航教授_is_周航_titled_教授():
    p = the_person("材料科学与工程学院周航教授团队完成的成果获湖北省科技进步奖一等奖。", "周航")
    assert p.titles == ["教授"]


def test_a_name_before_代表_and_a_body_is_not_titled_代表():
    found = people_in("当天下午，视察组召开座谈会。蒋国栋代表游仙区政府通报了情况。")
    assert all("代表" not in p.titles for p in found.values())


# == elections and appointments =================================================================

def test_任命王晨光为市交通运输局局长_makes_王晨光_局长_of_市交通运输局():
    p = the_person("会议表决通过了有关人事任免事项，任命王晨光为市交通运输局局长。", "王晨光")
    assert p.titles == ["局长"]
    assert body_of(p) == "市交通运输局"


def test_增选吴承宇为委员会委员_makes_吴承宇_a_委员():
    p = the_person("以无记名投票方式，增选吴承宇为中共泗安镇第十五届委员会委员。", "吴承宇")
    assert p.titles == ["委员"]


# == bare lists of names ========================================================================

def test_names_listed_after_a_colon_are_people():
    found = people_in("坐在主席台前排的领导还有：宗少峰、刘佳、邓宏、袁媛等。")
    assert list(found) == ["宗少峰", "刘佳", "邓宏", "袁媛"]
    assert all(p.titles == [] for p in found.values())


# == bylines ====================================================================================

def test_来源_opens_a_source_line_and_names_nobody():
    assert credits_of("来源：长兴县新闻网 记者 陶知远 通讯员 沈佳怡") == [
        (None, None, "长兴县新闻网"), ("记者", "陶知远", None), ("通讯员", "沈佳怡", None)]


def test_本网记者_is_the_role_of_the_name_after_it():
    assert credits_of("文/本网记者 孙语桐") == [("本网记者", "孙语桐", None)]


def test_整理_after_a_name_is_a_byline_word_not_a_name():
    assert credits_of("（本报记者 宋雨桐 整理）") == [("本报记者", "宋雨桐", None)]


def test_a_reporter_of_the_website_is_no_member_of_the_body_reported_on():
    p = dev_people("women_federation_review_2024")["孙语桐"]
    assert p.titles == ["本网记者"]
    assert p.affiliation is None
    assert "本网记者" not in dev_people("women_federation_review_2024")


# == the body a chain of titles speaks for =====================================================

def test_街道党工委副书记_办事处主任蒋文涛_acts_for_the_办事处_as_主任():
    p = the_person("鼓楼区柳荫街道办事处召开会议，街道党工委副书记、办事处主任蒋文涛主持会议。", "蒋文涛")
    assert p.titles == ["党工委副书记", "主任"]
    assert body_of(p) == "鼓楼区柳荫街道办事处"  # the street's one office, named in full before


def test_街道办事处主任_in_a_street_report_is_主任_of_the_street_office():
    p = the_person("鼓楼区柳荫街道办事处召开会议。街道办事处主任蒋文涛主持会议。", "蒋文涛")
    assert p.titles == ["主任"]
    assert body_of(p) == "鼓楼区柳荫街道办事处"


def test_村党支部书记_村委会主任_holds_both_titles_for_the_branch():
    p = the_person("会上，金竹村党支部书记、村委会主任罗德顺主持会议，双河村村委会作交流发言。", "罗德顺")
    assert p.titles == ["书记", "主任"]
    assert body_of(p) == "金竹村党支部"  # not 双河村村委会: a town has many 村委会


def test_a_title_that_repeats_the_end_of_a_bodys_name_is_a_post_of_that_body():
    p = the_person("簇锦街道党工委书记罗敏、区投资促进局先后作交流发言。", "罗敏")
    assert p.titles == ["街道党工委书记"] and body_of(p) == "簇锦街道党工委"
    assert body_of(the_person("提案人、县政协委员祝云帆等8名委员参加。", "祝云帆")) == "县政协"
    p = the_person("市妇联党组书记、主席程婉秋主持会议。", "程婉秋")
    assert body_of(p) != "市妇联党组"  # 主席 is the federation's, not its party group's


def test_a_deputy_post_yields_to_the_head_of_another_body():
    p = the_person("提案委员会召开协商会，县政协副主席、提案委员会主任施慧芬主持会议。", "施慧芬")
    assert p.titles == ["副主席", "主任"]
    assert body_of(p) == "提案委员会"


def test_区纪委书记_区监委主任_acts_for_the_区纪委监委_the_report_names():
    p = the_person("区委常委、区纪委书记、区监委主任戴晓峰通报典型案件。区纪委监委将持续推进。", "戴晓峰")
    assert p.titles == ["常委", "书记", "主任"]
    assert body_of(p) == "区纪委监委"
    p = the_person("全年查处行贿人员21名。区纪委常委、区监委委员皇甫志刚介绍，区纪委监委还探索新模式。", "皇甫志刚")
    assert body_of(p) == "区纪委监委"


def test_市委常委_组织部部长罗振华_acts_for_the_市委_the_report_names():
    p = the_person("市委常委、组织部部长罗振华到会讲话。团市委、市委宣传部参加。市委高度重视。", "罗振华")
    assert p.titles == ["常委", "部长"]
    assert body_of(p) == "市委"  # 团市委 is the league's committee, a body of its own name


def test_全科医生柯雨桐_is_titled_全科医生():
    p = the_person("玉林社区卫生服务中心全科医生柯雨桐为老人测量血压。", "柯雨桐")
    assert p.titles == ["全科医生"] and body_of(p) == "玉林社区卫生服务中心"


def test_执行主席_of_the_session_who_is_区人大常委会主任_acts_for_the_standing_committee():
    resolved = build([DEV / "npc_session_news_2023.txt"]).graphs[0].resolved
    people = {e.name: e for e in resolved.entities.values() if e.kind == "person"}
    assert resolved.entities[people["周卫民"].affiliation].name == "青岚区人大常委会"
    assert resolved.entities[people["韩立群"].affiliation].name == "青岚区人大常委会"
    assert resolved.entities[people["何建国"].affiliation].name == "大会主席团"


def test_police_ranks_and_posts_are_titles():
    p = the_person("城南派出所所长、一级警长刘海涛带领民警深入社区走访。", "刘海涛")
    assert p.titles == ["所长", "一级警长"] and body_of(p) == "城南派出所"
    p = the_person("清河派出所副所长周敏扎根基层十余年。", "周敏")
    assert p.titles == ["副所长"] and body_of(p) == "清河派出所"
    assert the_person("分局政委林永健出席并讲话。", "林永健").titles == ["政委"]


def test_a_name_before_所作_ends_before_所():
    assert list(people_in("会议听取并审议了代理镇长孙浩所作的《政府工作报告》。")) == ["孙浩"]


def test_posts_of_democratic_parties_trades_and_schools_are_titles():
    found = people_in("社市委召开支社工作交流会，主委钟慕华出席并讲话，专职副主委卢婉清通报年度组织工作。")
    assert found["钟慕华"].titles == ["主委"] and found["卢婉清"].titles == ["专职副主委"]
    assert the_person("浙江柯新印染有限公司工程师鲁振邦围绕印染节能减排作交流。", "鲁振邦").titles == ["工程师"]


def test_a_name_read_before_an_adverb_of_the_act_ends_there():
    assert the_person("县应急管理局党组书记、局长柯文斌现场解说。", "柯文斌").titles == ["党组书记", "局长"]
    assert "管志远" in people_in("集团第一工程分公司党总支书记管志远结合分管领域作交流发言。")


def test_a_surnames_character_before_a_very_common_noun_is_no_name():
    assert "和学生" not in people_in("教研组长朱海峰老师和学生代表先后发言。")


def test_the_people_a_clause_opens_with_before_当选_take_its_title():
    found = people_in("大会选举产生了县文联第六届委员会，刘明章当选县文联主席，许丽娟、钟建平、潘少华当选副主席。")
    assert found["刘明章"].titles == ["主席"] and body_of(found["刘明章"]) == "县文联"
    assert [found[n].titles for n in ("许丽娟", "钟建平", "潘少华")] == [["副主席"]] * 3


def test_a_name_before_宣读_ends_there():
    assert the_person("区教育局副局长钱卫东宣读了年度先进集体名单。", "钱卫东").titles == ["副局长"]


def test_a_level_and_a_body_are_no_persons_name_and_a_final_review_credit_names_its_reviewer():
    assert "区纪委" not in people_in("区纪委委员，区人大常委会领导班子成员列席会议。")
    assert credits_of("责任编辑：戴蕾　终审：梁卫国") == [("责任编辑", "戴蕾", None), ("终审", "梁卫国", None)]


def test_a_place_heading_the_next_body_in_a_list_is_no_name():
    found = people_in("区政协社会和法制委员会主任林晓峰、柳泉街道党工委书记黄子豪参加。")
    assert "柳泉" not in found and "林晓峰" in found



def test_a_name_that_is_also_a_word_is_a_name_between_a_title_and_a_role_verb():
    assert the_person("副区长甘露主持会议。", "甘露").titles == ["副区长"]


def test_an_invited_guest_is_no_person_named_应():
    assert people_in("市政协副主席应邀出席会议。") == {}


def test_a_rare_surname_begins_a_name_after_a_title():
    assert the_person("县委常委、政法委书记禚永辉通报一季度信访形势。", "禚永辉").titles == ["常委", "书记"]


def test_a_banks_president_and_a_law_enforcement_officer_carry_titles():
    assert the_person("行长郁慧敏代表经营层作经营情况报告。", "郁慧敏").titles == ["行长"]
    assert the_person("执法队员甘思远获个人第一名。", "甘思远").titles == ["执法队员"]


def test_the_title_of_the_same_post_in_brackets_does_not_hide_the_name_after_it():
    assert the_person("党组书记、局长（经理）邝志刚带队深入蒲溪镇。", "邝志刚").titles == ["党组书记", "局长"]
    assert the_person("副局长（副经理）闵海燕牵头成立品牌培育工作组。", "闵海燕").titles == ["副局长"]


def test_a_contributor_credited_after_供稿_is_a_person():
    assert credits_of("（供稿：石湾镇卫生院　杨静怡）")[-1][1] == "杨静怡"


def test_a_professional_rank_joins_the_chain_of_titles():
    person = the_person("江宁水利科学研究院副院长、正高级工程师司马骏介绍了经验。", "司马骏")
    assert person.titles == ["副院长", "正高级工程师"] and body_of(person) == "江宁水利科学研究院"


def test_museum_ranks_are_titles():
    text = "展览由市博物馆研究馆员苑明哲担任总策展人，副研究馆员阚雨桐、馆员黄嘉树担任执行策展人。"
    assert [the_person(text, n).titles for n in ("苑明哲", "阚雨桐", "黄嘉树")] == [["研究馆员"], ["副研究馆员"], ["馆员"]]


def test_rare_surnames_庹_雒_茆_戢_and_植_檀_begin_names():
    text = ("市委党史研究室主任庹建平主持会议。大队长雒文斌讲话。副镇长茆海燕、副主任戢春生出席。"
            "柳塘县副县长植永康率队考察。区园林绿化局局长檀振宇介绍情况。")
    assert [body_of(the_person(text, n)) for n in ("庹建平", "植永康", "檀振宇")] == \
        ["市委党史研究室", None, "区园林绿化局"]
    assert {"雒文斌", "茆海燕", "戢春生"} <= set(people_in(text))


def test_a_post_once_held_is_no_part_of_the_bodys_name():
    person = the_person("原市人大常委会副主任黎光耀回顾了难忘岁月。", "黎光耀")
    assert (person.titles, body_of(person)) == (["副主任"], "市人大常委会")


def test_a_person_who_takes_up_posts_holds_each_title_of_the_body_before_them():
    text = "经市委研究，王建平任城发集团党委书记、董事长，陈颖任农投集团党委书记、董事长。"
    for name, body in (("王建平", "城发集团"), ("陈颖", "农投集团")):
        person = the_person(text, name)
        assert (person.titles, body_of(person)) == (["党委书记", "董事长"], body)


def test_a_safety_director_is_a_title():
    person = the_person("港务集团安全总监冼国梁汇报了企业汛期安全生产工作情况。", "冼国梁")
    assert (person.titles, body_of(person)) == (["安全总监"], "港务集团")


def test_戈_and_母_are_surnames():
    text = "副馆长戈丽萍带领业务指导科开展指导。市应急管理局副局长母春燕、总工程师邴建平分别带队。"
    assert [the_person(text, n).titles for n in ("戈丽萍", "母春燕")] == [["副馆长"], ["副局长"]]


def test_a_college_named_by_its_kind_alone_in_its_own_report_is_the_college():
    from pipeline.run import build
    text = ("朐川职业技术学院举行校企合作签约仪式\n\n4月18日上午，朐川职业技术学院校企合作签约仪式在学院体育馆举行。"
            "朐川市教育局职成教科科长鞠慧敏，学院党委书记陈立新出席。")
    r = build(texts=[("college", text)]).graphs[0].resolved
    people = {e.name: e for e in r.entities.values() if e.kind == "person"}
    assert r.entities[people["陈立新"].affiliation].name == "朐川职业技术学院"


def test_隰_and_邗_are_surnames_and_a_mediator_is_a_title():
    text = "副市长隰建国任演练总指挥。区长邗立新出席。罍溪乡埝口村人民调解员訾德顺扎根基层调解工作18年。"
    assert [the_person(text, n).titles for n in ("隰建国", "邗立新", "訾德顺")] == [["副市长"], ["区长"], ["人民调解员"]]


def test_和_between_a_word_and_a_common_noun_joins_them_and_after_a_title_it_is_a_surname():
    assert "和网民" not in people_in("网络文明志愿者和网民代表等300余人参加。")
    assert the_person("局长和建国出席会议。", "和建国").titles == ["局长"]


def test_a_leader_taking_charge_of_a_case_or_a_project_is_no_person_surnamed_包():
    text = "建立“县级领导包案、部门牵头”的工作机制，对滞后项目实行县级领导包挂。"
    assert people_in(text) == {}


def test_kindergarten_heads_heritage_bearers_operators_and_road_workers_are_titles_and_郯_a_surname():
    text = ("溧川区实验幼儿园园长鄢丽君统筹各园教研工作。代表性传承人亓秀兰在现场展示剪纸技艺。"
            "热线中心话务员阚欣怡被评为全省“最美12345话务员”。养护工綦晓东获得个人二等奖。"
            "县文化和旅游局副局长郯海燕主持。")
    found = people_in(text)
    assert {n: found[n].titles for n in found} == {
        "鄢丽君": ["园长"], "亓秀兰": ["代表性传承人"], "阚欣怡": ["话务员"], "綦晓东": ["养护工"], "郯海燕": ["副局长"]}


def test_a_foreign_name_joined_by_a_dot_follows_its_title_up_to_the_verb():
    text = "凯赖斯塔尔市市长法卡什·盖佐率代表团一行9人来访。副市长托特·安娜介绍了该市情况。"
    assert sorted(people_in(text)) == ["托特·安娜", "法卡什·盖佐"]


def test_of_two_overlapping_readings_of_a_name_the_one_after_the_title_is_kept():
    text = "县律协成立法律服务团，由副会长、江蓬律师事务所主任褚向东任团长。"
    assert list(people_in(text)) == ["褚向东"]


def test_a_compound_surname_takes_the_reading_that_leaves_a_whole_word_after_it():
    assert list(people_in("市移民管理局局长闻人彦率调研组到枧田村调研。")) == ["闻人彦"]


def test_莘_is_a_surname_and_a_big_grower_a_title():
    found = people_in("市公安局副局长莘立群出席。瓦窑村种植大户眭海林说：“雹子下来的时候心都凉了。”")
    assert {n: p.titles for n, p in found.items()} == {"莘立群": ["副局长"], "眭海林": ["种植大户"]}


def test_a_tibetan_name_of_two_common_parts_follows_its_title():
    text = "察曲县卫生健康委员会主任次仁多吉，察曲县人民医院院长格桑卓玛出席。"
    assert {n: p.titles for n, p in people_in(text).items()} == {"次仁多吉": ["主任"], "格桑卓玛": ["院长"]}


def test_a_full_name_cut_off_before_a_verb_is_a_name_but_not_a_word_of_the_language():
    assert list(people_in("县茶产业发展中心主任郯立新推介了全县茶产业发展情况。")) == ["郯立新"]
    assert people_in("代表满意率达98.6%。") == {}


def test_a_full_name_cut_off_before_a_time_word_follows_its_title():
    assert list(people_in("院党委书记濮建华全年为全院党员讲授专题党课4次。")) == ["濮建华"]


def test_和_before_各_is_a_conjunction():
    assert people_in("共收到委员和各参加单位提案168件。") == {}


def test_names_elected_together_may_each_carry_a_note_in_brackets():
    text = "冼春燕当选为市妇联主席，邬晓琳、秦雅萍（兼职）、蒲丹丹（挂职）当选为副主席。"
    assert {n: p.titles for n, p in people_in(text).items()} == {
        "冼春燕": ["主席"], "邬晓琳": ["副主席"], "秦雅萍": ["副主席"], "蒲丹丹": ["副主席"]}


def test_计_is_a_surname_a_section_chief_a_title_and_a_professors_team_follows_his_name():
    text = "副市长计文澜到会听取意见。法治股股长詹卫红应邀授课。公司与学院教授窦振华团队合作已近10年。"
    assert {n: p.titles for n, p in people_in(text).items()} == {
        "计文澜": ["副市长"], "詹卫红": ["股长"], "窦振华": ["教授"]}


def test_villagers_residents_and_job_seekers_are_named_after_their_role_never_before_it():
    text = "桐溪村村民王德顺说：“讲得明白。”来自芦塘镇的求职者付晓东顺利签约。芦茨村民宿集聚区完成投资。"
    assert {n: p.titles for n, p in people_in(text).items()} == {"王德顺": ["村民"], "付晓东": ["求职者"]}


def test_given_names_that_hold_a_barred_character_are_names_where_common():
    # 年, 和, 为 are barred from given names to keep 今年, 和其他, 以…为 out
    text = "市政协主席陶永年出席。管委会主任骆为民作主旨推介。协会会长晏和平介绍。今年全县新增企业86家。"
    assert set(people_in(text)) == {"陶永年", "骆为民", "晏和平"}


def test_people_at_work_are_named_after_their_role():
    text = ("安澜市公交集团驾驶员麦晓燕安全行车超过80万公里。公证员陆子航在竞赛中获奖。"
            "县委副书记、县长、县总河长亓明远作工作部署。县河长制办公室印发通知。")
    assert set(people_in(text)) == {"麦晓燕", "陆子航", "亓明远"}
    assert the_person(text, "麦晓燕").titles == ["驾驶员"]
    index = TextIndex(segment(Document(doc_id="t", source="t", text=text, sha256="0")))
    assert "县河长制办公室" in {org.name for org in find_organizations(index)}


def test_rare_surnames_苌_厐_open_names():
    text = "县自然资源和规划局局长苌建华带队调研。县地质灾害防治中心工程师厐立新围绕隐患识别讲解。"
    assert set(people_in(text)) == {"苌建华", "厐立新"}


def test_a_prefecture_governor_a_census_worker_a_crew_and_the_elderly_are_named_after_their_role():
    text = ("州委副书记、州长向春明致辞，开幕式由副州长隗晓峰主持。普查指导员郜美玲受表彰。"
            "县疾控中心主管医师隗少峰现场演示。总策划郗国梁，编导鄢若冰。来到104岁老人訾秀英家。")
    assert set(people_in(text)) == {"向春明", "隗晓峰", "郜美玲", "隗少峰", "郗国梁", "鄢若冰", "訾秀英"}
    assert the_person(text, "向春明").titles == ["州委副书记", "州长"]


def test_a_compound_surname_ends_before_来到_and_和_joins_two_words_after_a_role():
    assert set(people_in("淮海局集团公司副总经理申屠明来到濉宁站。")) == {"申屠明"}
    assert people_in("80周岁以上高龄老人和独居老人每餐可享受3元补贴，老人和低保、特困老人免费。") == {}


def test_a_long_list_after_a_colon_names_people_though_the_segmenter_misreads_a_few():
    text = ("第三届工会委员会委员（按姓氏笔画为序）：于海涛、王红梅、卞晓东、甘立军、冯立群、乔丽娜、"
            "佘建平、陈志刚、金蕊、隗春燕。")
    assert set(people_in(text)) == {"于海涛", "王红梅", "卞晓东", "甘立军", "冯立群", "乔丽娜", "佘建平",
                                    "陈志刚", "金蕊", "隗春燕"}


def test_a_name_glued_to_致_parents_pupils_and_film_projectionists_are_named():
    text = ("市委副书记、市长甄立伟致欢迎辞。一年级新生家长郁海峰发言。六年级（3）班学生柏欣妍代表全体学生发言。"
            "县电影公司放映员蒯德春扎根基层26年。区民政局局长籍慧敏出席。副县长侴建国主持会议。")
    assert set(people_in(text)) == {"甄立伟", "郁海峰", "柏欣妍", "蒯德春", "籍慧敏", "侴建国"}


def test_kin_name_the_person_after_them_and_女儿_inside_妇女儿童_names_none():
    assert set(people_in("青年教师鄢子昂和妻子郗梦瑶分享了他们的故事。")) == {"鄢子昂", "郗梦瑶"}
    assert people_in("建成“妇女儿童之家”1460个。") == {}


def test_contest_trades_field_station_students_and_large_growers_name_the_person_after_them():
    text = ("濉川重型机械有限公司焊工谯海波获得焊工项目冠军；市第一社会福利院护理员宓晓燕获得第一名。"
            "博士研究生亢立民连续驻村67天。蔺庄村种粮大户蒲长顺说：“有问题就去小院问。”队长粘玉昆带领12名队员入户检查。")
    found = people_in(text)
    assert {name: p.titles for name, p in found.items()} == {
        "谯海波": ["焊工"], "宓晓燕": ["护理员"], "亢立民": ["博士研究生"], "蒲长顺": ["种粮大户"], "粘玉昆": ["队长"]}
    assert body_of(found["谯海波"]) == "濉川重型机械有限公司"


def test_people_elected_with_their_tally_before_为_take_the_title():
    found = people_in("会议补选郜文斌、符晓霞、伍家骏3人为常务委员。")
    assert {name: p.titles for name, p in found.items()} == {
        "郜文斌": ["常务委员"], "符晓霞": ["常务委员"], "伍家骏": ["常务委员"]}


def test_founders_partners_and_stallholders_name_the_person_after_them():
    text = "校友工作办公室主任况志斌作报告。杭州禾溪餐饮管理有限公司创始人邝雨桐捐赠50万元。经营户莫春兰在夜市经营手工米粉。"
    assert {name: p.titles for name, p in people_in(text).items()} == {
        "况志斌": ["主任"], "邝雨桐": ["创始人"], "莫春兰": ["经营户"]}


def test_说_cut_after_a_name_is_no_part_of_it():
    assert list(people_in("华锦服饰人力资源部经理付敏说，公司今年已从参训学员中录用。")) == ["付敏"]


def test_names_opening_a_clause_before_what_a_winner_did_are_people_without_a_title():
    text = ("游泳队共获得金牌4枚，其中栾一诺独得女子乙组50米、100米自由泳两枚金牌。"
            "举重项目继续保持传统优势，昝立强、蒯佳怡分别获得男子乙组67公斤级和女子乙组55公斤级金牌。")
    assert {name: p.titles for name, p in people_in(text).items()} == {"栾一诺": [], "昝立强": [], "蒯佳怡": []}


def test_和_before_a_word_that_runs_past_a_short_name_joins_two_nouns():
    assert people_in("代表团由运动员、教练员和工作人员组成。") == {}


def test_names_listed_before_等_and_a_tally_of_people_are_people():
    found = people_in("档案馆接收亓永昌、眭淑兰、昝克俭等12位同志捐赠的个人档案。吕佳、覃思远等12名教师获表彰。")
    assert sorted(found) == sorted(["亓永昌", "眭淑兰", "昝克俭", "吕佳", "覃思远"])


def test_a_village_worthy_a_dotted_name_before_走进_and_the_surname_麹_are_read():
    text = "旅居马来西亚的乡贤邝汉明先生捐赠书信。研究员麹志强等专家参加。社区民警阿依古丽·买买提走进城南中学。为“助餐服务明星志愿者”颁发证书。"
    assert {name: p.titles for name, p in people_in(text).items()} == {
        "邝汉明": ["乡贤"], "麹志强": ["研究员"], "阿依古丽·买买提": ["民警"]}


def test_a_name_and_a_title_inside_a_firms_name_are_no_person():
    assert people_in("法院指定朐阳衡正律师事务所与朐阳正信会计师事务所有限公司联合担任管理人。") == {}


def test_staff_and_holders_of_a_duty_are_named_after_what_they_are():
    text = ("分会工作人员耿佳琪会同市场监管所处理。家庭农场主葛长顺说，收获很大。详细询问渡工郗德胜操作情况。"
            "大队政治教导员铁小川现场观摩。")
    assert {name: p.titles for name, p in people_in(text).items()} == {
        "耿佳琪": ["工作人员"], "葛长顺": ["家庭农场主"], "郗德胜": ["渡工"], "铁小川": ["政治教导员"]}


def test_a_name_before_an_adverb_is_read_and_a_preposition_before_a_noun_is_no_surname():
    text = "县应急管理局局长糜建国迅速赶到山脚下。讲座结束后，工作人员向师生发放知识手册。"
    assert list(people_in(text)) == ["糜建国"]


def test_players_authors_and_young_returnees_are_named_after_what_they_are():
    text = "鹭滨一中前锋汤俊熙梅开二度。《潮汐之城》作者冼博是本市作家。兰渚区返乡青年栾子墨领衔项目。"
    assert {name: p.titles for name, p in people_in(text).items()} == {
        "汤俊熙": ["前锋"], "冼博": ["作者"], "栾子墨": ["返乡青年"]}


def test_people_listed_with_their_bodies_in_brackets_act_for_those_bodies():
    text = "10名企业家受到表彰，分别是：单永康（兰汀恒晟智能装备有限公司）、霍思远（棠溪云帆数字科技有限公司）。"
    assert {name: body_of(p) for name, p in people_in(text).items()} == {
        "单永康": "兰汀恒晟智能装备有限公司", "霍思远": "棠溪云帆数字科技有限公司"}


def test_a_name_after_a_body_or_a_place_and_的_in_a_list_is_a_person_of_that_body():
    text = "经过激烈角逐，城南街道的訾雨桐分获第二名。市政分公司的祝明辉、上饶分公司的俞婷婷等12名选手获奖。"
    assert {name: body_of(p) for name, p in people_in(text).items()} == {"訾雨桐": None, "祝明辉": "市政分公司"}


def test_crops_after_的_are_no_names():
    assert people_in("造成埇西镇、郯庄乡等3个乡镇的玉米、烤烟、苹果等作物不同程度受灾。") == {}


def test_a_noun_of_what_a_person_is_names_the_person_after_it_where_the_titles_lack_it():
    text = "老渔工郗德胜讲述日常操作。剪纸艺人阙秀兰则建议。夜市经营手工米粉，国家王牌项目启动。"
    assert {name: p.titles for name, p in people_in(text).items()} == {"郗德胜": ["渔工"], "阙秀兰": ["艺人"]}


def test_names_the_segmenter_cuts_apart_after_a_role_word_and_names_listed_after_由_are_people():
    text = ("“永昌酱园”第四代传人俞建新等7位同志先后发言。专家来社授课，工作人员向我馆捐赠。"
            "半程马拉松男、女组冠军分别由濮家栋、伍曼青获得。")
    assert {name: p.titles for name, p in people_in(text).items()} == {
        "俞建新": ["传人"], "濮家栋": [], "伍曼青": []}


def test_an_orchestras_conductor_and_the_surname_滑_are_read():
    text = "首席指挥欧阳瀚文致辞。外事办公室主任滑雅琴与对方签约。"
    assert {name: p.titles for name, p in people_in(text).items()} == {"欧阳瀚文": ["首席指挥"], "滑雅琴": ["主任"]}


def test_a_name_alone_after_a_page_headers_credited_name_is_one_more_of_that_credit():
    assert credits_of("发布时间：2025-01-24 18:20　来源：汶岑县融媒体中心　记者：聂思远　石嘉琪") == [
        ("记者", "聂思远", None), ("记者", "石嘉琪", None)]
    assert credits_of("通讯员：阙晓峰　蒲佳怡　浏览次数：35") == [("通讯员", "阙晓峰", None), ("通讯员", "蒲佳怡", None)]


def test_a_list_of_people_one_to_a_line_names_each_with_the_body_and_titles_after_it():
    text = ("二、先进个人（16名）\n\n钟海燕　县应急管理局副局长\n汪丽娟　县住房和城乡建设局四级主任科员\n"
            "巫春梅　鹭洲镇党委委员、副镇长\n眭丽萍　县融媒体中心记者\n")
    assert {name: (p.titles, body_of(p)) for name, p in people_in(text).items()} == {
        "钟海燕": (["副局长"], "县应急管理局"), "汪丽娟": (["四级主任科员"], "县住房和城乡建设局"),
        "巫春梅": (["委员", "副镇长"], "鹭洲镇党委"), "眭丽萍": (["记者"], "县融媒体中心")}


def test_one_name_before_等_and_a_tally_of_people_is_a_person_where_the_segmenter_reads_a_name():
    assert sorted(people_in("会议对柘岭区工业和信息化局等10个先进集体、殳晓峰等30名先进个人予以通报表彰。")) == ["殳晓峰"]
    assert people_in("全市共有教师等12名代表参加。学生等3人参赛。") == {}


def test_a_role_alone_in_a_page_headers_field_credits_the_names_in_the_next():
    assert credits_of("发布时间：2024-10-19 08:05　来源：蘅州日报　记者　满思远　通讯员　葛蔚") == [
        ("记者", "满思远", None), ("通讯员", "葛蔚", None)]


def test_a_reporter_works_for_the_news_body_the_page_gives_as_its_source():
    text = ("汶岑县开展春节走访慰问活动\n\n发布时间：2025-01-24 18:20　来源：汶岑县融媒体中心　记者：聂思远　通讯员：石嘉琪\n\n"
            "1月21日，县委书记邬承泽走访慰问老党员。")
    people = {p.name: p for p in build(texts=[("t", text)]).graphs[0].resolved.extraction.people}
    assert {name: body_of(people[name]) for name in ("聂思远", "石嘉琪")} == {"聂思远": "汶岑县融媒体中心", "石嘉琪": None}


def test_a_title_after_a_list_mark_and_a_name_holding_a_post_in_a_body_is_of_that_body():
    text = "澥港远洋运输有限公司董事长鄢立新、总经理芮晓帆，沅东船舶重工有限公司党委书记、董事长仇建业出席。县委书记张三、县长李四出席。"
    assert {name: body_of(p) for name, p in people_in(text).items()} == {
        "鄢立新": "澥港远洋运输有限公司", "芮晓帆": "澥港远洋运输有限公司", "仇建业": "沅东船舶重工有限公司",
        "张三": "县委", "李四": None}


def test_a_line_of_a_list_is_a_persons_whatever_body_the_titles_are_read_with():
    text = ("一、优秀共产党员（12名）\n闵晓峰　区公安分局桐溪派出所社区民警\n阙德明　沄江城市建设投资集团有限公司工程部经理\n"
            "蒙家宝　石岭镇党委组织委员\n")
    assert {name: (p.titles, body_of(p)) for name, p in people_in(text).items()} == {
        "闵晓峰": (["民警"], "区公安分局桐溪派出所"), "阙德明": (["经理"], "沄江城市建设投资集团有限公司"),
        "蒙家宝": (["委员"], "石岭镇党委")}


def test_people_of_less_common_surnames_after_their_title_are_found():
    text = "副市长贝嘉琳出席并宣布活动启动。县委常委危晓峰、副县长伊明远参加调研。"
    assert {name: p.titles for name, p in people_in(text).items()} == {
        "贝嘉琳": ["副市长"], "危晓峰": ["常委"], "伊明远": ["副县长"]}


def test_a_leader_whose_name_the_segmenter_glued_to_the_verb_of_leading_is_found():
    text = "6月10日至12日，省政协副主席邵建民率省政协调研组赴澄阳市调研。副市长蔺永新宣布活动开幕。"
    assert {name: p.titles for name, p in people_in(text).items()} == {
        "邵建民": ["副主席"], "蔺永新": ["副市长"]}  # 邵建民率/nr; 永新 is a frequent adverb to the dictionary


def test_people_surnamed_丘_and_侍_are_read_after_their_titles():
    assert list(people_in("副省长丘慧敏到会通报有关情况。")) == ["丘慧敏"]
    assert list(people_in("副县长、县红十字会会长侍卫东出席并讲话。")) == ["侍卫东"]


def test_common_nouns_joined_by_a_dot_name_a_column_not_a_foreign_person():
    assert list(people_in("在市政协机关三楼会议室举办“委员讲堂·文史专场”。")) == []
    assert list(people_in("市长法卡什·盖佐率代表团来访。")) == ["法卡什·盖佐"]


def test_和_before_a_comma_joins_nothing_so_it_ends_the_name():
    text = "市委书记欧阳卫东，市政协主席聂家和，市政协副主席甘秀琴等分别到各组参加讨论。"
    assert the_person(text, "聂家和").titles == ["主席"]  # 聂家/nr + 和/c


def test_an_assistant_prosecutor_and_the_surname_羊():
    assert the_person("第二检察部检察官助理佟雨萱获评优秀公诉人。", "佟雨萱").titles == ["检察官助理"]
    assert the_person("省政协经济委员会主任羊志远参加调研。", "羊志远").titles == ["主任"]


def test_an_adverb_is_a_given_name_where_a_title_goes_before_and_a_role_verb_after():
    assert the_person("会议由县妇联副主席顾欣然主持。", "顾欣然").titles == ["副主席"]  # 顾/v 欣然/d
    assert "和其他" not in people_in("支持合作社和其他经营主体发展。")


def test_副_opening_a_title_is_no_given_name():
    assert people_in("由县政协主席和副主席等主席会议成员分别领衔督办。") == {}  # not 和副


def test_a_team_leader_and_a_model_worker_are_titles():
    text = "桐泾重工集团有限公司焊接车间班长、省级劳动模范晁宏伟，市第一人民医院护士长梁晓雯代表受表彰人员发言。"
    assert the_person(text, "晁宏伟").titles == ["班长", "省级劳动模范"]


def test_a_name_before_建议_after_a_title():
    assert the_person("市人大代表、桃源里社区党委书记姒凤英建议，要同步考虑适老化。", "姒凤英").titles == ["党委书记"]


def test_和_before_a_distinguishing_word_joins_two_groups():
    assert people_in("部分区政协委员、专家学者和一线教师代表共50余人参加座谈。") == {}


def test_a_name_that_is_a_word_opens_a_list_of_names_after_a_title():
    people = people_in("区政协主席籍东升主持会议，区政协副主席甘泉、宓红出席会议。")
    assert [n for n in people if people[n].titles == ["副主席"]] == ["甘泉", "宓红"]


def test_a_verb_of_holding_glued_to_a_three_character_name_is_split_off():
    assert the_person("今年79岁的独居老人蔺翠英端着刚打好的饭菜。", "蔺翠英").titles == ["老人"]


def test_韶_is_a_surname_and_a_camper_is_named_after_营员():
    people = people_in("市教育局副局长韶远航出席仪式。来自嶂川市第三中学的营员滕若溪分享了体会。")
    assert people["韶远航"].titles == ["副局长"] and people["滕若溪"].titles == ["营员"]


def test_康复_opens_no_name():
    assert people_in("全年新建乡镇（街道）残疾人康复站6个、村（社区）康复点31个。") == {}


def test_a_name_before_领办_and_no_name_in_项目部_or_a_dotted_campaign_slogan():
    assert the_person("县人大代表、溪岙县果蔬专业合作社理事长祁建国领办大棚蔬菜产业项目。", "祁建国").titles \
        == ["人大代表", "理事长"]
    assert people_in("集团领导班子成员，各分公司、项目部负责人参加会议。") == {}
    assert people_in("区政协开展“委员进社区·助企解难题”专题活动。") == {}


def test_growers_and_a_digs_leader_are_named_after_their_role():
    people = people_in("石桥村烟农荀德福算了一笔账。遗址考古领队蓝嘉木现场讲解。")
    assert {n: p.titles for n, p in people.items()} == {"荀德福": ["烟农"], "蓝嘉木": ["领队"]}


def test_taking_a_post_and_coming_to_a_school_are_no_names():
    assert "任组长" not in people_in("市局成立由局长任组长、副局长滕晓云任常务副组长的工作专班。")
    assert people_in("邀请9名专家学者来校授课。") == {}


def test_个人_after_a_name_ends_it():
    assert the_person("鑫禾公司董事长戴永年个人捐款20万元。", "戴永年").titles == ["董事长"]


def test_晋升_opens_no_name():
    assert people_in("获得称号的选手按规定晋升技师或高级技师职业技能等级。") == {}


def test_a_restorer_and_a_road_warden_are_named_after_their_role_and_安监站_is_no_name():
    people = people_in("市图书馆古籍修复中心修复师闵晓雯介绍情况。青石村劝导员房秀梅说。各乡镇安监站站长参加会议。")
    assert {n: p.titles for n, p in people.items()} == {"闵晓雯": ["修复师"], "房秀梅": ["劝导员"]}


def test_印_is_a_surname_and_林农_and_常见_open_no_name():
    assert the_person("市市场监督管理局党组书记、局长印海作汇报。", "印海").titles == ["党组书记", "局长"]
    assert people_in("120余名种植大户和林农参加培训。乡村医生常见病诊疗能力明显提升。") == {}


def test_a_surname_of_two_characters_takes_a_given_name_that_holds_a_barred_character():
    assert set(people_in("座谈中，龚文涛、司马晓月、尉迟鹏等9位委员建言。")) == {"龚文涛", "司马晓月", "尉迟鹏"}


def test_a_marriage_registrar_is_a_title():
    assert people_in("鹭洲区婚姻登记处颁证员毛慧芸为新人颁发结婚证。")["毛慧芸"].titles == ["颁证员"]


def test_a_title_whose_characters_end_one_word_and_start_the_next_is_no_title():
    assert people_in("县红十字会将在受灾乡镇开展灾后卫生防疫和应急救护知识培训10场以上。") == {}


def test_a_frequent_verb_opens_no_name_after_a_title():
    assert people_in("承办单位要把代表满意作为衡量标准。") == {}


def test_a_name_that_is_a_word_before_the_next_leader_of_a_list():
    assert set(people_in("区委常委、常务副区长甘露，副区长尉迟鹏、樊雅琴出席会议。")) == {"甘露", "尉迟鹏", "樊雅琴"}


def test_a_troupe_after_a_profession_is_no_person():
    assert people_in("区法院组建“家和”法官宣讲团，开展普法宣传45场。") == {}


def test_a_title_given_in_quotes_joins_the_chain_before_the_name():
    assert people_in("芦家湾村原党支部书记、“乡贤调解员”覃守业扎根基层调解20余年。")["覃守业"].titles \
        == ["书记", "乡贤调解员"]


def test_a_given_name_that_is_a_verb_opens_a_list_of_leaders():
    assert set(people_in("副主任冼丽萍主持会议，副主任邬建成、宓晓峰，秘书长费国梁出席会议。")) \
        == {"冼丽萍", "邬建成", "宓晓峰", "费国梁"}


def test_a_name_after_a_surname_of_two_characters_that_the_segmenter_cut_as_places():
    assert the_person("马来西亚榕阜同乡会会长欧阳永昌牵线引进的项目已开工。", "欧阳永昌").titles == ["会长"]


def test_the_head_of_a_station_after_its_name_is_no_person():
    assert people_in("各乡镇分管负责同志和林业站站长参加会议。") == {}


def test_an_old_soldier_before_his_name_is_his_title():
    assert the_person("镇党委书记看望了抗美援朝老战士缑长庚。", "缑长庚").titles == ["老战士"]


def test_种_is_a_surname_after_a_title():
    assert the_person("合作社理事长种立新介绍了今年的生产情况。", "种立新").titles == ["理事长"]


def test_a_rare_surname_and_a_name_glued_to_the_verb_of_giving_a_talk():
    assert the_person("县应急管理局副局长骞文涛到场指导。", "骞文涛").titles == ["副局长"]
    assert the_person("省家庭教育专家库成员戚雅琴作题为《陪伴的力量》的专题讲座。", "戚雅琴").titles == ["成员"]


def test_names_closing_a_clause_after_a_title_and_为_hold_that_title():
    found = people_in("中心主任为仉卫东，副主任为宓婷、庹建新。")
    assert {name: p.titles for name, p in found.items()} == {"仉卫东": ["主任"], "宓婷": ["副主任"], "庹建新": ["副主任"]}
    assert people_in("各级主任为群众办实事。") == {}


def test_a_word_of_the_language_before_a_title_holds_no_name():
    assert people_in("对方派驻专家5名常驻县人民医院。") == {}


def test_a_rare_surname_and_a_sportsperson_named_by_her_title():
    assert the_person("县委常委、宣传部部长蒉立群出席。", "蒉立群").titles == ["常委", "部长"]
    assert the_person("世界冠军倪思彤与3000余名群众一起参与健步走。", "倪思彤").titles == ["世界冠军"]


def test_和_ends_a_name_before_a_word_of_saying():
    assert the_person("县道教协会会长庞清和表示，通过培训增强了意识。", "庞清和").titles == ["会长"]


def test_people_an_appointment_names_before_the_decision_on_them_hold_its_title():
    found = people_in("会议协商通过了增补莘立群、郜婉清为县政协常务委员的决定。")
    assert {name: p.titles for name, p in found.items()} == {"莘立群": ["常务委员"], "郜婉清": ["常务委员"]}


def test_a_level_post_named_alone_takes_no_body_from_the_sentences_subject():
    text = "总院理事会第三次会议在县人民医院召开，副县长葛慧敏出席并讲话。"
    assert body_of(the_person(text, "葛慧敏")) is None


def test_约_before_a_figure_ends_no_name():
    assert people_in("去年收购周边农户毛竹约4.2万根，带动300余户农户增收。") == {}


def test_an_announcements_contact_and_a_grandchild_are_named_after_their_role():
    assert the_person("县自然资源和规划局征地服务股，联系人：伍海星，联系电话：0571-7654321。", "伍海星").titles == ["联系人"]
    assert the_person("蒋世勋的孙女蒋丽萍说：“这些事我们还是第一次听。”", "蒋丽萍").titles == ["孙女"]
    assert "童来信" not in people_in("市妇女儿童来信来访服务中心接待群众。")


def test_a_name_after_a_title_ends_before_a_verb_of_teaching():
    assert body_of(the_person("县审计局党组书记、局长柯文澍讲授专题党课。", "柯文澍")) == "县审计局"


def test_a_visitor_quoted_in_the_news_is_named_after_the_word_visitor():
    assert the_person("来自邻省的游客芮子墨一家在枧头古村游玩了两天。", "芮子墨").titles == ["游客"]
    index = TextIndex(segment(Document(doc_id="t", source="t", text="县人民医院患者服务中心开展调查。", sha256="0")))
    assert [o.name for o in find_organizations(index)] == ["县人民医院患者服务中心"]


def test_a_campaign_named_with_a_dot_is_no_foreign_name():
    assert people_in("深入开展“委员助农·联村行动”。") == {}
    assert the_person("市长法卡什·盖佐率代表团来访。", "法卡什·盖佐").titles == ["市长"]


def test_a_forest_chief_and_a_household_on_minimum_living_allowance_are_named_after_their_role():
    assert the_person("檡岭村党支部书记、村级林长满福生说：“过去守着青山过穷日子。”", "满福生").titles[-1] == "林长"
    assert the_person("茆湾街道低保户戴永顺说：“社工隔三岔五来看我。”", "戴永顺").titles == ["低保户"]


def test_unmanned_before_a_machine_is_no_role_before_a_name():
    assert people_in("购置无人植保机8台、高地隙喷杆喷雾机3台。") == {}


def test_a_newlywed_and_a_school_inspector_are_named_after_their_role_and_a_teachers_dormitory_is_no_one():
    assert the_person("来自桤口乡的新人骆子航和妻子邰静怡在启用当天领证。", "骆子航").titles == ["新人"]
    assert the_person("区政府副总督学骆明川带队。", "骆明川").titles == ["副总督学"]
    assert people_in("全年新建和改造教师周转宿舍96套。") == {}


def test_a_verb_of_going_before_a_place_the_text_names_with_its_level_opens_no_name():
    assert people_in("滃源县审计局召开会议。县审计局邀请省审计厅专家来滃源开展为期3天的业务培训。") == {}


def test_a_discharged_soldier_and_a_descendant_of_emigrants_are_named_after_their_role():
    assert the_person("退役士兵蒯浩然拿着刚签下的意向书告诉记者。", "蒯浩然").titles == ["退役士兵"]
    assert the_person("来自加拿大的侨胞后裔林诗语说，这次回乡很难忘。", "林诗语").titles == ["侨胞后裔"]


def test_even_before_a_noun_and_a_verb_the_dictionary_takes_for_a_name_name_no_one():
    assert people_in("检查人员连食堂蒸汽锅炉的安全阀都拆下来校验。法官查明地块面积。") == {}
    assert the_person("主任连海峰也参加了活动。", "连海峰").titles == ["主任"]


def test_a_name_before_应邀_and_a_rare_surname_after_a_profession_are_people():
    assert the_person("区人大代表裴海燕、区政协委员许卫国应邀参加发布会。", "许卫国").titles == ["政协委员"]
    assert the_person("养犬人代表、宠物医生郤明辉建议对烈性犬实行“一犬一档”。", "郤明辉").titles == ["医生"]


def test_从_before_a_place_a_reporter_heard_from_is_a_preposition_but_opens_a_name_before_a_role_verb():
    assert people_in("记者从栖霞站获悉，春运首日旅客增多。") == {}
    assert the_person("主任从建国出席。", "从建国").titles == ["主任"]


def test_a_name_cut_as_a_place_before_具体_and_a_staff_heads_name_are_people():
    assert the_person("县档案局局长、县志办主任濮建军具体负责。", "濮建军").titles == ["局长", "主任"]
    assert the_person("澴州锦程服饰有限公司人事主管闻丽介绍，企业现有员工420人。", "闻丽").titles == ["人事主管"]


def test_a_leader_glued_to_率_and_a_level_leads_the_bureau_after_and_a_common_noun_before_a_title_is_no_name():
    assert the_person("副区长殷俊杰率区住房和城乡建设局、区财政局负责同志到会。", "殷俊杰").titles == ["副区长"]
    assert people_in("活动现场，农技专家为群众讲解测土配方施肥技术。") == {}


def test_鲜于_is_a_surname_of_two_characters_and_a_particle_ends_no_name():
    assert the_person("市委常委、副市长鲜于明哲出席并致辞。", "鲜于明哲").titles == ["常委", "副市长"]
    assert people_in("二是基层服务力量偏弱，部分网点客户经理管户过多。") == {}


def test_任_before_a_title_takes_the_post_and_is_no_surname():
    found = people_in("成立由镇党委书记蒲建勋任组长、镇长任常务副组长的土地综合整治工作专班。书记任志强主持。")
    assert sorted(found) == ["任志强", "蒲建勋"]


def test_a_reporter_learning_news_from_a_station_names_no_one():
    assert people_in("记者从鄣阳站获悉，春运首日该站共发送旅客5.8万人次。") == {}
    report = build([DEV / "city_railway_station_spring_travel_rush_news_2026.txt"])
    people = sorted(e.name for e in report.graphs[0].resolved.entities.values() if e.kind == "person")
    assert people == ["岑建伟", "滕雅琪", "苗宏伟", "蒲晓川", "薛晓萌", "邬丽娟", "阚志刚"]


def test_a_name_before_受_and_汇报_and_a_counsellors_name_are_people():
    assert the_person("会议听取了市财政局局长鄢静受市人民政府委托所作的报告。", "鄢静").titles == ["局长"]
    assert the_person("会上，县政协经济委员会主任黎国栋汇报了专题调研情况。", "黎国栋").titles == ["主任"]
    assert the_person("国家二级心理咨询师詹慧敏以《读懂孩子的情绪》为题讲课。", "詹慧敏").titles == ["心理咨询师"]


def test_a_name_the_segmenter_read_runs_on_before_a_preposition_and_a_title():
    assert people_in("鞠卫东对委员们的发言逐一作了回应。") == {}


def test_沐_is_a_surname_and_a_credit_after_a_section_of_a_bureau_names_its_writer():
    assert the_person("澴浦华侨中学校长沐春华表示，学校将继续做好服务。", "沐春华").titles == ["校长"]
    assert credits_of("（县人社局养老保险股　晏红）") == [(None, "晏红", "县人社局养老保险股")]


def test_a_name_whose_given_name_is_a_word_is_a_person_after_a_title():
    people = people_in("绿禾食品有限公司总经理刘海燕反映，企业用地紧张。区美术家协会会员欧阳青禾的国画作品入选全国美展。"
                       "县委常委、副县长索建华出席并颁奖。")
    assert list(people) == ["刘海燕", "欧阳青禾", "索建华"]


def test_a_name_before_分获_ends_before_it():
    assert list(people_in("西岭消防救援站站长庄毅、消防员苏阳分获个人项目第一名、第三名。")) == ["庄毅", "苏阳"]


def test_a_title_after_a_tally_of_people_names_what_they_are_not_one_person():
    assert sorted(people_in("讨论中，孙启航、何晓蔓等8名委员相继发言。")) == ["何晓蔓", "孙启航"]  # not 相继


def test_已_after_a_name_is_no_part_of_it():
    assert sorted(people_in("县人民医院急诊科护士长倪佳已连续十年参加无偿献血。")) == ["倪佳"]


def test_a_name_whose_last_character_the_segmenter_glued_to_率_is_read_whole():
    assert sorted(people_in("市政协主席孔令澄率市政协主席会议成员赴桐溪镇调研。")) == ["孔令澄"]
