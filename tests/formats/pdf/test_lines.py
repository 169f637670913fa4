"""A text layer's lines as typed lines: furniture, the text column, indent, gaps, alignment, and
lines wrapped by the layout joined back into their blocks (on lines laid out by the test)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govdoc.formats.pdf.lines import WRAP_SLACK, columns, is_furniture, pitch, running_heads, source_lines
from govdoc.formats.pdf.textlayer import PdfLine

WIDTH, HEIGHT = 595.0, 842.0
LEFT, RIGHT = 80.0, 80.0 + 28 * 16.0  # 28 characters of 16 pt
TOP, PITCH, SIZE = 740.0, 29.0, 16.0
LINES_PER_PAGE = 22


def line(text: str, *, x: float = LEFT, y: float = TOP, page: int = 1, size: float = SIZE,
         x1: float | None = None, bold: bool = False) -> PdfLine:
    """A line as the text layer gives it; its right edge is where its characters end."""
    return PdfLine(text, y, x, x + len(text) * size if x1 is None else x1, size, page, HEIGHT, WIDTH, bold)


# ---- furniture --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["— 3 —", "- 3 -", "3", "第 3 页", "－12－"])
def test_page_numbers_in_the_margin_are_furniture(text: str) -> None:
    assert is_furniture(line(text, y=40), set())
    assert not is_furniture(line(text, y=400), set())  # in the body it is text (a figure, a list item)


def test_running_heads_are_texts_repeated_at_the_same_height() -> None:
    pages = [[line("某某街道2023年工作报告", y=800, page=p, size=10), line(f"第 {p} 页 共 4 页", y=40, page=p),
              line("正文内容。", page=p)] for p in range(1, 5)]
    flat = [item for page in pages for item in page]
    heads = running_heads(flat)
    assert [is_furniture(item, heads) for item in flat[:3]] == [True, True, False]
    moved = [line("某某街道2023年工作报告", y=800 - 30 * p, page=p, size=10) for p in range(1, 5)]
    assert not any(is_furniture(item, running_heads(moved)) for item in moved)  # not at the same place


def test_a_text_in_the_margin_of_one_page_of_four_is_kept() -> None:
    flat = [line("附：联系电话 12345", y=800, page=1, size=10)] + [line("正文。", page=p) for p in range(1, 5)]
    assert not is_furniture(flat[0], running_heads(flat))


# ---- geometry ---------------------------------------------------------------------------------------


def test_the_column_s_left_edge_ignores_a_lone_line_far_left() -> None:
    lines = [line("正" * 28), line("正" * 28, y=TOP - PITCH), line("正" * 10, x=LEFT + 32, y=TOP - 2 * PITCH),
             line("旁注", x=10, y=TOP - 3 * PITCH)]
    column = columns(lines)[1]
    assert (column.left, column.right) == (LEFT, RIGHT)
    hanging = [*lines[:3], line("正", x=LEFT - 30, y=TOP - 4 * PITCH)]  # two characters out: the column's edge
    assert columns(hanging)[1].left == LEFT - 30


def test_odd_and_even_pages_have_their_own_column() -> None:
    lines = [line("正" * 28, x=LEFT + (20 if p % 2 == 0 else 0), y=TOP - k * PITCH, page=p)
             for p in (1, 2, 3, 4) for k in range(12)]
    found = columns(lines)
    assert [found[p].left for p in (1, 2, 3, 4)] == [LEFT, LEFT + 20, LEFT, LEFT + 20]
    few = columns([line for line in lines if line.y > TOP - 3 * PITCH])  # too few lines a side to tell
    assert [few[p].left for p in (1, 2, 3, 4)] == [LEFT] * 4


def test_pitch_is_the_commonest_baseline_distance() -> None:
    lines = [line("正", y=TOP - k * PITCH) for k in range(5)] + [line("正", y=TOP - 4 * PITCH - 60)]
    assert pitch(lines) == PITCH
    few = [line("正", y=TOP), line("正", y=TOP - 3 * PITCH), line("正", y=TOP - 4 * PITCH)]
    assert pitch(few) == PITCH  # too few to have a commonest one: the smallest


def test_indent_gap_alignment_and_bold_of_lines() -> None:
    lines = [
        line("关于2023年工作情况的报告", x=LEFT + 7.5 * SIZE, y=TOP, bold=True),  # centred title
        line("一、总体情况", x=LEFT + 2 * SIZE, y=TOP - 3 * PITCH),  # two blank lines above
        line("正" * 28, y=TOP - 4 * PITCH),
        line("某某街道办事处", x=RIGHT - 7 * SIZE, y=TOP - 6 * PITCH),  # right-aligned signature
    ]
    got = source_lines(lines)
    assert [(s.indent, s.blank_before, s.align, s.bold) for s in got] == [
        (15, 0, "center", True), (4, 2, None, False), (0, 0, None, False), (42, 1, "right", False)]
    assert [s.origin for s in got] == [1, 2, 3, 4]


# ---- blocks -------------------------------------------------------------------------------------


def test_wrapped_lines_join_and_a_short_line_ends_the_block() -> None:
    lines = [line("甲" * 26, x=LEFT + 2 * SIZE), line("乙" * 28, y=TOP - PITCH), line("丙" * 5, y=TOP - 2 * PITCH),
             line("丁" * 28, y=TOP - 3 * PITCH), line("戊" * 3, y=TOP - 4 * PITCH)]
    assert [s.text for s in source_lines(lines)] == ["甲" * 26 + "乙" * 28 + "丙" * 5, "丁" * 28 + "戊" * 3]


def test_a_number_that_did_not_fit_runs_on_and_an_unpunctuated_line_below_a_sentence_end_stands_alone() -> None:
    """Type never breaks a number: a ragged line stops short of a whole number's width ("…支出预算" /
    "468.9亿元，…"). Below a full line that ends a sentence, a short line with no punctuation at its end
    ("2025年全市预算执行情况") is a heading, not the paragraph's last line (which ends its sentence)."""
    prelude = [line("开头。", y=TOP + 2 * PITCH), line("开头。", y=TOP + PITCH)]  # they set the line pitch
    hung = line("丁" * 27 + "。", y=TOP - 3 * PITCH, x1=RIGHT + SIZE)  # the right edge past the filled one
    number = [line("甲" * 28), line("乙" * 26, y=TOP - PITCH, x1=RIGHT - 2 * SIZE),
              line("468.9亿元，实际完成。", y=TOP - 2 * PITCH), hung]
    assert [s.text for s in source_lines([*prelude, *number])][2] == "甲" * 28 + "乙" * 26 + "468.9亿元，实际完成。"
    for last, blocks in [("一般公共预算", ["甲" * 27 + "。", "一般公共预算"]),
                         ("实际完成。", ["甲" * 27 + "。" + "实际完成。", "乙" * 26])]:
        body = [line("甲" * 27 + "。", x1=RIGHT), line(last, y=TOP - PITCH),
                line("乙" * 26, x=LEFT + 2 * SIZE, y=TOP - 2 * PITCH)]
        assert [s.text for s in source_lines([*prelude, *body])][2:4] == blocks, last


@pytest.mark.parametrize("second", [
    line("乙" * 26, x=LEFT + 2 * SIZE, y=TOP - PITCH),  # indented: a new paragraph
    line("乙" * 20, y=TOP - PITCH, size=12),  # another size
    line("乙" * 20, y=TOP - 3 * PITCH),  # after a gap
    line("乙" * 10, x=LEFT + 9 * SIZE, y=TOP - PITCH),  # centred
])
def test_a_full_line_does_not_run_on_into(second: PdfLine) -> None:
    prelude = [line("开头。", y=TOP + 2 * PITCH), line("开头。", y=TOP + PITCH)]  # they set the line pitch
    assert len(source_lines([*prelude, line("甲" * 28), second])) == 4


def test_ragged_lines_run_on_where_the_next_character_would_not_have_fitted() -> None:
    """A left-aligned page (LibreOffice sets imported text so) wraps a line short of the edge its full
    lines reach when the next character does not fit: narrow quotes or digits leave a gap under a
    character's width ("…提升森林“四库”" / "功能。…"); a line with room for the next character ends its block."""
    prelude = [line("开头。", y=TOP + 2 * PITCH), line("开头。", y=TOP + PITCH)]  # they set the line pitch
    hung = line("丁" * 27 + "。", y=TOP - 3 * PITCH, x1=RIGHT + SIZE)  # a 。 hung in the margin
    for short_by, blocks in [(0.8, 4), (0.5, 4), (1.0, 5), (1.4, 5)]:
        body = [line("甲" * 28), line("乙" * 27 + "”", y=TOP - PITCH, x1=RIGHT - short_by * SIZE),
                line("功能。" + "丙" * 20, y=TOP - 2 * PITCH), hung, line("戊" * 7 + "。", y=TOP - 4 * PITCH)]
        assert columns(body)[1].filled == RIGHT
        assert len(source_lines([*prelude, *body])) == blocks, short_by
    # a half-width character fits where a Chinese one does not
    for first, blocks in [("功", 4), ("2", 5)]:
        body = [line("甲" * 28), line("乙" * 27, y=TOP - PITCH, x1=RIGHT - 0.8 * SIZE),
                line(first + "丙" * 20, y=TOP - 2 * PITCH), hung, line("戊" * 7 + "。", y=TOP - 4 * PITCH)]
        assert len(source_lines([*prelude, *body])) == blocks, first


def test_a_heading_label_after_a_full_line_that_ends_a_sentence_opens_a_block() -> None:
    """A paragraph's last line can fill the column by chance; "（一）" or "一、" below it opens a heading
    line however long, and a shorter label ("1.", "七是") only on a line that does not fill the column."""
    prelude = [line("开头。", y=TOP + 2 * PITCH), line("开头。", y=TOP + PITCH)]  # they set the line pitch
    full = line("甲" * 27 + "。")
    for second, blocks in [
        (line("（一）" + "乙" * 25, y=TOP - PITCH), 4),  # a run-in heading filling its own line
        (line("三、全力抓好七项重点工作", y=TOP - PITCH), 4),
        (line("七是深化文体惠民利民工程", y=TOP - PITCH), 4),
        (line("1.加强监管", y=TOP - PITCH), 4),
        (line("1." + "乙" * 26, y=TOP - PITCH), 3),  # "1." filling the line: the sentence may go on
        (line("乙" * 9 + "。", y=TOP - PITCH), 3),  # no label: the paragraph's wrapped rest
        (line("乙" * 10, y=TOP - PITCH), 4),  # nor an end: a heading below the paragraph
    ]:
        assert len(source_lines([*prelude, full, second])) == blocks, second.text
    assert len(source_lines([*prelude, line("甲" * 28), line("（一）" + "乙" * 5, y=TOP - PITCH)])) == 3


def test_a_title_that_fills_the_column_runs_on_into_its_centred_rest() -> None:
    title = [line("关于2024年度全市国民经济和社会发展的统", size=22, x1=RIGHT),
             line("计公报", x=LEFT + (448 - 66) / 2, y=TOP - 40, size=22)]
    body = [line("正" * 28, y=TOP - (3 + k) * PITCH) for k in range(3)]
    caption = [line("正" * 28, y=TOP - 6 * PITCH), line("图1 现场", x=LEFT + 192, y=TOP - 7 * PITCH)]
    assert [s.text for s in source_lines([*title, *body, *caption])] == [
        "关于2024年度全市国民经济和社会发展的统计公报", "正" * 28 * 4, "图1 现场"]


def test_a_subtitle_that_fills_the_column_runs_on_into_its_centred_rest() -> None:
    title = [line("某某县第十六届人大四次会议开幕", x=LEFT + 59, size=22)]
    subtitle = [line("——" + "甲" * 26, y=TOP - 40, x1=RIGHT), line("乙" * 10, x=LEFT + 144, y=TOP - 40 - PITCH)]
    body = [line("正" * 28, y=TOP - (3 + k) * PITCH) for k in range(3)]
    assert [s.text for s in source_lines([*title, *subtitle, *body])] == [
        "某某县第十六届人大四次会议开幕", "——" + "甲" * 26 + "乙" * 10, "正" * 28 * 3]
    centred = line("第二部分", x=LEFT + 192, y=TOP - 40 - PITCH)  # below a paragraph that filled the column: apart
    assert len(source_lines([*title, line("甲" * 28, y=TOP - 40), centred, *body])) == 4


def test_on_a_page_of_a_title_and_a_signature_the_title_still_runs_on() -> None:
    """A short notice: as many title lines as body lines, so the sizes tie; the body is the smaller."""
    title = [line("关于2024年度全市国民经济和社会发展的统", size=22, x1=RIGHT),
             line("计公报", x=LEFT + (448 - 66) / 2, y=TOP - 40, size=22)]
    signature = [line("某某市统计局", x=LEFT + 18 * SIZE, y=TOP - 4 * PITCH),
                 line("2025年3月3日", x=LEFT + 16 * SIZE, y=TOP - 5 * PITCH)]
    assert [s.text for s in source_lines([*title, *signature])] == [
        "关于2024年度全市国民经济和社会发展的统计公报", "某某市统计局", "2025年3月3日"]


def test_a_paragraph_runs_on_over_a_page_break_and_the_page_number_goes() -> None:
    lines = [line("甲" * 28, y=TOP - 21 * PITCH, page=1), line("— 1 —", x=LEFT + 12 * SIZE, y=40, page=1, size=14),
             line("乙" * 4, y=TOP, page=2), line("— 2 —", x=LEFT + 12 * SIZE, y=40, page=2, size=14)]
    (only,) = source_lines(lines)
    assert (only.text, only.page, only.origin) == ("甲" * 28 + "乙" * 4, 1, 1)


# ---- the round trip of a layout ---------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    text: str
    indent: int  # characters
    blank: int


def lay_out(blocks: list[Block]) -> tuple[list[PdfLine], list[tuple[int, list[tuple[str, int, bool]]]]]:
    """The blocks typeset as a simple word processor would: 28 characters a line, wrapped at any
    character, 22 lines a page, a page number at the foot of each page. Also, for each block, the blank
    lines left above it on its page (blank lines at the top of a page are not set) and its printed lines:
    text, page, and whether the line fills the column (within WRAP_SLACK characters)."""
    out: list[PdfLine] = []
    placed: list[tuple[int, list[tuple[str, int, bool]]]] = []
    slot, page = 0, 1

    def new_page() -> None:
        nonlocal slot, page
        out.append(line(f"— {page} —", x=LEFT + 12 * SIZE, y=40, page=page, size=14))
        slot, page = 0, page + 1

    for block in blocks:
        blank = 0
        for _ in range(block.blank):
            if 0 < slot < LINES_PER_PAGE:
                slot, blank = slot + 1, blank + 1
        rest, offset = block.text, block.indent
        printed: list[tuple[str, int, bool]] = []
        if slot == LINES_PER_PAGE:
            new_page()
        if slot == 0:
            blank = 0
        while rest:
            if slot == LINES_PER_PAGE:
                new_page()
            piece, rest = rest[:28 - offset], rest[28 - offset:]
            out.append(line(piece, x=LEFT + offset * SIZE, y=TOP - slot * PITCH, page=page))
            printed.append((piece, page, offset + len(piece) >= 28 - WRAP_SLACK))
            slot, offset = slot + 1, 0
        placed.append((blank, printed))
    new_page()
    return out, placed


SENTENCE_ENDS = ("。", "！", "？", "；", "：", ".", "!", "?", ";", ":")
_BLOCKS = st.builds(Block, text=st.text(st.sampled_from("经济社会发展工作报告全年增长，。"), min_size=1, max_size=90),
                    indent=st.sampled_from([0, 2]), blank=st.integers(0, 2))


@settings(max_examples=200, deadline=None)
@given(st.lists(_BLOCKS, min_size=1, max_size=12))
@example([Block("。" * 28 + "会", 0, 0)])  # a full line ending a sentence, then "会" alone: it stands apart
def test_blocks_laid_out_on_pages_read_back(blocks: list[Block]) -> None:
    """Every block comes back whole, with its indent, the blank lines above it and the page it starts
    on, wherever the page breaks fell. The page cannot tell two readings apart, so the expected blocks
    follow the page: a block whose last line fills the column (within WRAP_SLACK characters) runs on into
    a next block set flush left without a gap; and a short last line without final punctuation below a
    full line that ends a sentence stands alone (as a heading or a signature below a paragraph does)."""
    # a document that shows its column (a full line) and its line pitch (lines one pitch apart)
    blocks = [Block("序" * 40, 0, 0), Block("开头。", 0, 0), Block("开头。", 0, 0), *blocks]
    lines, placed = lay_out(blocks)
    expected: list[tuple[str, int, int, int]] = []  # text, indent, blank lines before, page
    above, above_full = "", False  # the printed line above
    for block, (blank, printed) in zip(blocks, placed, strict=True):
        for index, (piece, page, full) in enumerate(printed):
            alone = (above_full and above.endswith(SENTENCE_ENDS) and not full
                     and piece[-1] not in SENTENCE_ENDS and piece[-1] not in "，、,”’）)》")
            runs_on = above_full and (index > 0 or (block.indent == 0 and blank == 0))
            if expected and runs_on and not alone:
                text, indent, gap, start = expected[-1]
                expected[-1] = (text + piece, indent, gap, start)
            elif index == 0:
                expected.append((piece, 2 * block.indent, blank, page))
            else:
                expected.append((piece, 0, 0, page))
            above, above_full = piece, full
    got = source_lines(lines)
    assert [(s.text, s.indent, s.blank_before, s.page) for s in got] == expected


# ---- a page's headline ------------------------------------------------------------------------------


def _page(*top: PdfLine) -> list[PdfLine]:
    """``top`` over a body of five lines set in the body size."""
    body = [line(f"正文第{k}段。" + "文" * 10, x=LEFT + 2 * SIZE, y=TOP - (6 + k) * PITCH) for k in range(5)]
    return [*top, *body]


def test_a_headline_set_far_larger_than_the_body_is_the_title_with_its_wrapped_line() -> None:
    """A page a browser printed: the site's name and menu in the body size, the <h1> twice as large, wrapped."""
    big = 2 * SIZE
    lines = _page(line("某市财政局", y=TOP + 3 * PITCH), line("网站首页新闻中心政府信息公开", y=TOP + 2 * PITCH),
                  line("关于某市2025年预算执行情况和2026年预算草案的报", y=TOP, size=big),
                  line("告", y=TOP - 1.6 * big, size=big, x1=LEFT + big),
                  line("来源：某市财政局 时间：2026-01-27", y=TOP - 4 * PITCH))
    typed = source_lines(lines)
    assert [(s.text, s.level) for s in typed if s.level is not None] == [
        ("关于某市2025年预算执行情况和2026年预算草案的报告", 0)]


@pytest.mark.parametrize("top", [
    # a 公文's masthead (发文机关标志) is set larger than its title
    [line("某市人民政府文件", y=TOP + 2 * PITCH, size=2.5 * SIZE),
     line("关于做好某项工作的通知", y=TOP, size=1.4 * SIZE)],
    # a title only a little larger than the body (GB/T 9704: 二号 over 三号) is the frame reader's to find
    [line("关于做好某项工作的通知", y=TOP, size=1.4 * SIZE)],
    # two lines set as large are no one headline
    [line("要闻速递", y=TOP + 2 * PITCH, size=2 * SIZE), line("图片新闻", y=TOP, size=2 * SIZE),
     line("社区动态", y=TOP - 2 * PITCH, size=2 * SIZE)],
], ids=["masthead", "slightly-larger", "several"])
def test_no_headline_where_none_stands_out(top: list[PdfLine]) -> None:
    assert all(s.level is None for s in source_lines(_page(*top)))
