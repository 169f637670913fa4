"""The damage generator: each kind of damage does what a PDF extraction does, deterministically, and
the damage changes nothing a careful reader takes from the text."""

from __future__ import annotations

import random
import unicodedata
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from .degrade import (
    COLUMN,
    Damage,
    already_wrapped,
    char_width,
    crlf,
    degrade,
    fake_bold,
    heading_bold,
    space_digits,
    swap_punctuation,
    wrap,
)

PARAGRAPH = ("2019年，小东门街道以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平总书记考察上海重要"
             "讲话精神，紧紧围绕区委、区政府“改革增活力、发展提能级”的工作主线，引进企业139家，吸引内资3.45亿元。")
DOCUMENT = "\n".join(["一、重点领域全力攻坚突破", PARAGRAPH, "（一）区域规划战略引领。" + PARAGRAPH, PARAGRAPH])
NO_DAMAGE = Damage(width=10**6, squeeze=False, keep_indent=False, blank_between=False, page_lines=10**6,
                   page_numbers=False, wrap_breaks=0.0, digit_spaces=0.0, bold="none", punctuation="none",
                   punctuation_share=0.0, crlf=False)


def squeezed(text: str) -> str:
    """What the scorer compares: NFKC, no whitespace."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def width(text: str) -> float:
    return sum(char_width(ch) for ch in text)


def test_the_same_seed_gives_the_same_damage() -> None:
    assert degrade(DOCUMENT, 7) == degrade(DOCUMENT, 7)
    assert len({degrade(DOCUMENT, seed) for seed in range(8)}) > 1


@settings(max_examples=200, deadline=None)
@given(st.integers(*COLUMN), st.booleans(), st.sampled_from([PARAGRAPH, PARAGRAPH * 3, "（一）" + PARAGRAPH]))
def test_wrapping_fills_the_column_by_the_rules_of_chinese_type(column: int, squeeze: bool, text: str) -> None:
    pieces = wrap(text, column, squeeze=squeeze)
    assert "".join(text[start:end] for start, end in pieces) == text
    for start, end in pieces[:-1]:
        line = text[start:end]
        assert text[end] not in "，。、；：！？”）》", "closing punctuation never opens a line"
        assert line[-1] not in "（“《", "an opening bracket never ends a line"
        assert not (line[-1].isdigit() and text[end].isdigit()), "a number is never cut"
        overhang = sum(char_width(ch, squeeze) for ch in line) - column
        assert overhang <= 1.0, "only a closing mark hangs beyond the column"
        assert overhang > -2.5, "a wrapped line fills the column but for a word that did not fit"


def test_the_first_line_is_narrower_by_the_indent_whether_or_not_it_is_kept() -> None:
    for keep in (True, False):
        damage = Damage(**{**NO_DAMAGE.__dict__, "width": 20, "keep_indent": keep})
        lines = degrade("\u3000\u3000" + "推进" * 40, 1, damage=damage).split("\n")
        assert lines[0].startswith("\u3000\u3000") is keep
        assert width(lines[0].strip()) == 18 and width(lines[1]) == 20


def test_a_source_wrapped_already_is_not_wrapped_again() -> None:
    text = PARAGRAPH * 3
    wrapped = "\n".join(text[i:i + 18] for i in range(0, len(text), 18))
    assert already_wrapped(wrapped.split("\n")) and not already_wrapped(DOCUMENT.split("\n"))
    damage = Damage(**{**NO_DAMAGE.__dict__, "width": 15})
    assert degrade(wrapped, 1, damage=damage) == wrapped


def test_fake_bold_draws_every_glyph_twice_or_only_long_numbers() -> None:
    assert fake_bold("（二）稳步推进", "line") == "（（二二））稳稳步步推推进进"
    assert fake_bold("强化楼宇党建 整合资源", "line") == "强强化化楼楼宇宇党党建建 整整合合资资源源"
    assert fake_bold("凉城街道2020年第1次会议", "digits") == "凉城街道22002200年第1次会议"


def test_fake_bold_covers_the_bold_part_of_a_line_only() -> None:
    bold = heading_bold(["（一）区域规划战略引领", "一、重点领域全力攻坚突破"])
    assert bold("（一）区域规划战略引领。立足资源禀赋", "") == len("（一）区域规划战略引领。")
    assert bold("一、重点领域全力攻坚突破", "") == len("一、重点领域全力攻坚突破")
    assert bold("立足资源禀赋", "") == 0
    assert bold("一、重点领域", "") == len("一、重点领域")  # a heading printed over two lines
    assert bold("全力攻坚突破", "一、重点领域") == len("全力攻坚突破")
    assert bold("全力攻坚突破", "立足资源禀赋") == 0
    damage = Damage(**{**NO_DAMAGE.__dict__, "bold": "line"})
    assert degrade("（一）区域规划战略引领。立足资源禀赋", 1, bold=bold, damage=damage) == (
        "（（一一））区区域域规规划划战战略略引引领领。。立足资源禀赋")


def test_spaces_go_around_numbers_next_to_chinese_text_only() -> None:
    rng = random.Random(1)
    assert space_digits("凉城街道2020年增长1.0%，共3.45亿元", rng, 1.0) == "凉城街道 2020 年增长 1.0 %，共 3.45 亿元"
    assert space_digits("A4纸", rng, 0.0) == "A4纸"


def test_punctuation_is_swapped_next_to_chinese_text_never_inside_a_number() -> None:
    rng = random.Random(1)
    assert swap_punctuation("一是，二是：（三）1,234与10:30", rng, "half", 1.0) == "一是,二是:(三)1,234与10:30"
    assert swap_punctuation("一是,二是:(三)", rng, "full", 1.0) == "一是，二是：（三）"


def test_crlf() -> None:
    assert crlf("a\nb\n") == "a\r\nb\r\n"


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 10**6))
def test_damage_changes_nothing_a_careful_reader_takes_from_the_text(seed: int) -> None:
    """Without fake bold, the damaged text is the source with whitespace, line ends, page numbers and
    punctuation widths changed: the same characters in the same order."""
    damage = Damage.draw(random.Random(seed))
    damage = Damage(**{**damage.__dict__, "bold": "none", "page_numbers": False})
    assert squeezed(degrade(DOCUMENT, seed, damage=damage)) == squeezed(DOCUMENT)


def _breaks_below_sentence_ends(lines: list[str]) -> int:
    return sum(1 for line, nxt in pairwise(lines) if not nxt and line.endswith("。"))


def test_no_page_break_below_a_sentence_end_inside_a_paragraph_that_opens_flush() -> None:
    body = "推进工作。" * 24
    indented, flush = [], []
    for column in range(*COLUMN):
        damage = Damage(**{**NO_DAMAGE.__dict__, "width": column, "keep_indent": True, "page_lines": 2})
        text = degrade("\n".join(["\u3000\u3000" + body, "区域规划战略引领。" + body]), 1, damage=damage)
        lines = text.split("\n")
        start = next(i for i, line in enumerate(lines) if line.startswith("区域规划"))
        indented.append(_breaks_below_sentence_ends(lines[:start]))
        flush.append(_breaks_below_sentence_ends(lines[start:]))
    assert sum(flush) == 0, "a reader could not tell such a break from a paragraph end with a lead below it"
    assert sum(indented) > 0, "below an indented opening the flush line below a break tells it apart"


def test_a_page_break_put_off_below_a_sentence_end_never_splits_a_heading() -> None:
    title = "关于闵行区2024年预算执行情况和2025年预算草案的报告"
    text = "\n".join([PARAGRAPH, title, PARAGRAPH])
    for page_lines in range(2, 14):
        damage = Damage(**{**NO_DAMAGE.__dict__, "width": 15, "page_lines": page_lines})
        damaged = degrade(text, 1, bold=heading_bold([title]), damage=damage)
        start = damaged.index("关于")
        assert "".join(damaged[start:].split("\n")[:2]) == title, page_lines


def test_no_break_goes_inside_the_heading_of_a_run_in_heading() -> None:
    heading = "第二部分 数字化 旧区改造 机制救助"
    text = "\n".join([PARAGRAPH, heading + "。" + "推进工作，" * 12 + "推进工作。", PARAGRAPH])
    for page_lines in range(2, 14):
        for seed in range(4):
            damage = Damage(**{**NO_DAMAGE.__dict__, "width": 15, "page_lines": page_lines, "wrap_breaks": 0.5})
            damaged = degrade(text, seed, bold=heading_bold([heading]), damage=damage)
            start = damaged.index("第二部分")
            rest = damaged[start:]
            assert squeezed(rest[:rest.index("推进")]).startswith(squeezed(heading)), (page_lines, seed)
            lines = rest.split("\n")
            upto = next(k for k, line in enumerate(lines) if "推进" in line)
            assert all(line.strip() for line in lines[:upto + 1]), (page_lines, seed)
