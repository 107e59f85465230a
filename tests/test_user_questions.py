"""The questions users bring, asked of a store built by `kg run` from real reports."""
from pathlib import Path

import pytest

from pipeline.corpus import run_corpus
from pipeline.query import execute, named_queries
from pipeline.store import open_store

DATA = Path(__file__).resolve().parent.parent / "data"
REPORTS = [DATA / "yuzhong_cppcc_2022.txt", DATA / "dev" / "cppcc_review_fenghua_2023.txt",
           DATA / "dev" / "short_item_meeting.txt", DATA / "dev" / "cppcc_meeting_news_2024.txt"]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    report = run_corpus(REPORTS, out)
    assert report.exit_code() == 0
    return open_store(out, read_only=True)


def rows(store, name: str) -> list[dict[str, str]]:
    result = execute(store, named_queries()[name].text)
    return [{v: (t.value if t is not None else None) for v, t in zip(result.variables, row)} for row in result.rows]


def test_which_bodies_reported_how_many_社情民意信息_year_by_year(store):
    answer = {(r["bodyName"], r["year"], r["total"]) for r in rows(store, "figures_by_body")
              if "社情民意信息" in r["item"] and r["unit"] == "篇"}
    assert ("渝中区政协", "2022", "1245") in answer
    assert ("萧山区政协", "2024", "213") in answer  # 213篇，其中被采用58篇: the 58 is not added
    assert any(body == "奉化区政协" and year == "2023" for body, year, _ in answer)


def test_who_chaired_which_meeting_where(store):
    chairs = [r for r in rows(store, "meeting_roles") if r["role"] == "主持"]
    assert {"personName": "端木红霞", "eventName": "嘉陵市政协十四届二十次主席会议", "date": "2024-03-28",
            "placeName": "市政协机关二楼会议室", "organizerName": "嘉陵市政协",
            "role": "主持"} in chairs
