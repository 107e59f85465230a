"""The grammar lexicon (data/lexicons/grammar.json): the function words and name-forming
characters the segmenter's repairs and the extractors read, and what the code relies on them holding.
"""
from __future__ import annotations

import json

from pipeline import lexicon, nlp
from pipeline.extract import events, items, organizations, people
from pipeline.paths import LEXICONS


def test_the_grammar_lexicon_loads_without_its_explanation():
    grammar = lexicon.grammar()
    assert "_why" not in grammar
    assert "_why" in json.loads((LEXICONS / "grammar.json").read_text(encoding="utf-8"))
    assert lexicon.grammar() is grammar  # loaded once


def test_every_class_of_characters_is_a_string_and_every_word_list_a_list():
    grammar = lexicon.grammar()
    for key in ("glued_link_characters", "link_characters", "other_function_characters", "short_name_openers",
                "office_name_stops", "glued_to_person_names", "not_in_given_names", "adverbs_of_a_further_act"):
        assert isinstance(grammar[key], str) and grammar[key], key
    for key in ("conjunctions", "level_attributives", "bureau_endings", "name_runs_on_into", "count_linking_words",
                "time_and_extent_words"):
        assert isinstance(grammar[key], list) and grammar[key], key


def test_在_is_a_link_character_a_name_may_be_glued_to():
    assert "在" in nlp.GLUED_LINK_CHARACTERS  # 在 + 犇
    assert "在" in organizations.LINK_CHARS and "由" in organizations.LINK_CHARS  # 由区 + 就业服务中心


def test_和_与_及_are_the_conjunctions_and_function_characters():
    assert organizations.CONJUNCTIONS == {"和", "与", "及"}
    assert organizations.CONJUNCTIONS <= organizations.FUNCTION_CHARS
    assert set(organizations.LINK_CHARS) <= organizations.FUNCTION_CHARS
    assert {"为", "是", "了", "的", "并"} <= organizations.FUNCTION_CHARS
    assert organizations.links_a_level("和县") and not organizations.links_a_level("白县")


def test_a_name_runs_on_into_学生_but_not_into_学生会():
    assert organizations.RUNS_ON.match("学生工作", 0)
    assert not organizations.RUNS_ON.match("学生会", 0)
    assert not organizations.RUNS_ON.match("代表大会", 0) and organizations.RUNS_ON.match("代表团", 0)
    assert organizations.RUNS_ON.match("工作报告", 0)


def test_中央和省级_qualifies_a_noun():
    assert organizations._qualifies_a_noun("中央和省级衔接资金", 0, 2)
    assert not organizations._qualifies_a_noun("中央和省委", 0, 2)


def test_department_characters_are_the_one_character_department_endings():
    assert organizations.DEPARTMENT_CHARS == "部处科室"


def test_县公安局_names_a_bureau():
    assert organizations._names_a_body("县公安局") and organizations._names_a_body("市教委")
    assert not organizations._names_a_body("县公安")


def test_what_a_venue_after_在_is_not():
    assert events.NOT_A_VENUE.search("6月下旬") and events.NOT_A_VENUE.search("全市范围内")
    assert not events.NOT_A_VENUE.search("区行政中心")
    assert "并" in events.ADVERBS_OF_A_FURTHER_ACT  # 出席并宣布开工


def test_共有_and_累计_link_a_figure_to_what_it_counts():
    assert {"共有", "累计", "达"} <= items.LINKING_WORDS


def test_的_is_no_character_of_a_given_name():
    assert "的" in people.NOT_IN_GIVEN_NAMES and "和" in people.NOT_IN_GIVEN_NAMES
