"""Where a position of the NLP text stands: its token, sentence, paragraph and clause."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .. import lexicon
from ..nlp import LEVEL_CHARACTERS, LINK_TAGS, dictionary_tag, is_rare
from ..records import Segmented

CLAUSE_BREAK = re.compile(r"[，,。！？!?；;：:\n]")
ONE_CHARACTER_NAME_HEAD_TAGS = frozenset({"n", "ns", "nr", "nz", "a", "b", "j"})
LIST_MARKS = frozenset({"、", "，", "。", "；", "：", "“", "\n", ",", ";", ":"})  # where an item of a list starts
NOUN_TAGS = frozenset({"n", "nz", "nt", "ns", "nr", "nrt", "nrfg", "j", "l", "i", "b", "vn", "an", "eng", "s", "g",
                       "ng"})


@dataclass
class TextIndex:
    """Token boundaries and sentence spans of one segmented document, for fast look-ups."""

    seg: Segmented
    starts: list[int] = field(init=False)
    ends: list[int] = field(init=False)
    tags: list[str] = field(init=False)
    words: list[str] = field(init=False)
    end_set: set[int] = field(init=False)
    start_set: set[int] = field(init=False)

    def __post_init__(self):
        if self.seg.tokens is None:  # one pass over spaCy's tokens, whose objects are costly to make
            tokens = [(t.idx, t.text, t.tag_) for t in self.seg.doc]
            self.seg.tokens = ([i for i, _, _ in tokens], [i + len(w) for i, w, _ in tokens],
                               [t for _, _, t in tokens], [w for _, w, _ in tokens])
        self.starts, self.ends, self.tags, self.words = self.seg.tokens
        self.end_set = set(self.ends)
        self.start_set = set(self.starts)
        self._sentence_starts = [b for b, _ in self.seg.sentences]
        self._paragraph_starts = [b for b, _ in self.seg.paragraphs]

    @property
    def text(self) -> str:
        return self.seg.nlp_text

    def nlp_span(self, span) -> tuple[int, int]:
        """Where a span of the document's text (a mention's) starts and ends in the NLP text."""
        offsets = self.seg.offsets
        return bisect.bisect_left(offsets, span.start), bisect.bisect_left(offsets, span.end - 1) + 1

    def token_at(self, pos: int) -> int:
        """Index of the token that holds the character at pos."""
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def token_ending_at(self, pos: int) -> int | None:
        i = self.token_at(pos - 1)
        return i if self.ends[i] == pos else None

    def heads_the_place_after(self, i: int) -> bool:
        """双 + 河村, 潇 + 湖区: a one-character noun the segmenter split off the place
        name after it (not 在, 将, 是 + 河村, nor a level word, nor a measure after a figure: 42条 + 获市)."""
        j = i + 1
        return (len(self.words[i]) == 1 and (self.tags[i] in ONE_CHARACTER_NAME_HEAD_TAGS or is_rare(self.words[i]))
                and not self._measure_after_a_figure(i)
                and self.words[i] not in LEVEL_CHARACTERS and j < len(self.words)
                and self.ends[i] == self.starts[j]
                and (self.tags[j] == "ns" or dictionary_tag(self.words[j]) is None or self._after_a_list_mark(i))
                and len(self.words[j]) == 2 and self.words[j][-1] in "村镇乡区县市")

    def _measure_after_a_figure(self, i: int) -> bool:
        return i > 0 and self.ends[i - 1] == self.starts[i] and self.tags[i - 1] == "m" \
            and self.words[i - 1][-1:].isdigit()

    def _after_a_list_mark(self, i: int) -> bool:
        """、金 + 竹乡龙潭村: a name starts right after a list mark."""
        return i > 0 and self.words[i - 1] in LIST_MARKS

    def rare_head_before(self, pos: int) -> int:
        """漴 + 溪古镇, 鄣 + 溪 + 镇人民政府: where a name starts that the segmenter left one or
        two single characters of, the first a rare one, before pos."""
        given, inside = pos, self.token_at(pos) if pos < len(self.text) else -1
        cut = inside >= 0 and self.starts[inside] < pos and len(self.words[inside]) == 2
        if cut:
            pos = self.starts[inside]  # 坌 + 口镇 + 卫生院: the level word took the name's last character
        i = self.token_at(pos - 1) if pos > 0 else -1
        if i < 0 or self.ends[i] != pos:
            return given
        if cut and self.tags[i] == "g" and len(self.words[i]) == 1:
            return self.starts[i]  # 涔/g + 州市/n + 林业局: a character no word alone opens the name
        for k in (i, i - 1):
            if k < 0 or len(self.words[k]) != 1 or not "\u4e00" <= self.words[k] <= "\u9fff" \
                    or (k < i and self.ends[k] != self.starts[i]) or self.tags[k] in LINK_TAGS:
                return given  # 方若 + 曦 + 为/p + 淇澜市人民政府: a name does not run over 为
            if is_rare(self.words[k]) and self.words[k] not in lexicon.events()["joint_marks"]:
                return self.starts[k]  # not 全体会议 + 暨 + 市委经济工作会议: 暨 joins two names
        return given

    def is_boundary(self, pos: int) -> bool:
        return pos in self.end_set or pos in self.start_set or pos <= 0 or pos >= len(self.text)

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        return self.seg.sentences[max(i, 0)] if self.seg.sentences else (0, len(self.text))

    def paragraph(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._paragraph_starts, pos) - 1
        return self.seg.paragraphs[max(i, 0)] if self.seg.paragraphs else (0, len(self.text))

    def clause(self, pos: int) -> tuple[int, int]:
        """The stretch between the punctuation marks around pos."""
        s_begin, s_end = self.sentence(pos)
        begin = s_begin
        for m in CLAUSE_BREAK.finditer(self.text, s_begin, pos):
            begin = m.end()
        m = CLAUSE_BREAK.search(self.text, pos, s_end)
        return begin, (m.start() if m else s_end)

    def is_caption(self, pos: int) -> bool:
        """A paragraph of one short sentence: a photo caption or a headline."""
        p_begin, p_end = self.paragraph(pos)
        body = self.text[p_begin:p_end].strip()
        return len(body) <= 40 and body.count("。") <= 1 and "，" not in body and "," not in body


def inside_a_title(text: str, begin: int, pos: int) -> bool:
    """《区政协2022年重点协商、通报、视察、调研计划》, 《沔溪城区街巷图》: pos is inside a work's
    title opened after begin."""
    before = text[begin:pos]
    return before.count("《") > before.count("》")


def inside_a_title_on_its_line(text: str, pos: int) -> bool:
    """inside_a_title, for a title opened on pos's own line (titles do not run over a line's end)."""
    return inside_a_title(text, text.rfind("\n", 0, pos) + 1, pos)


NOT_A_NUMBER_WORD = re.compile(r"[^0-9零一二两三四五六七八九十百千万亿第届年次个元余多半全]")  # 三角, not 十五届 or 全年


def numeral_led_name(word: str) -> bool:
    """三角 (of 三角乡): a numeral and then characters no number is written with; not 十五届,
    全年, 年凤岭 (of 2023年凤岭镇)."""
    return word[:1] in "一二两三四五六七八九十百千" and NOT_A_NUMBER_WORD.search(word[1:]) is not None
