"""End-to-end tests of read_docx that wait on the parser honouring what the reader's lines carry.

NOT collected by the suite (the file name matches neither ``test_*.py`` nor ``*_test.py``). Run it
by hand::

    python -m pytest tests/formats/docx/pending_parser.py -p no:cacheprovider

The reader's side is tested in ``test_text.py`` and ``test_libreoffice_read.py``: each paragraph
a line with its ``level`` (0 for the title), ``style``, ``indent``, ``bold``, ``align``, ``page``;
each table row a line with ``cells`` (spans kept), its ``table`` number and ``header``. These tests
pass once ``govdoc.parsing.parse_lines``:

1. takes a line with ``level >= 1`` as a heading at that depth, whatever its wording or indentation
   (Word indents headings two characters in GB/T 9704 documents);
2. builds a ``Table`` from consecutive lines sharing a ``table`` number (``header`` rows as its
   header rows, ``colspan``/``rowspan`` kept) instead of reading the rows as text;
3. takes a paragraph of a file that declares its structure (lines with a ``style``) that opens with a
   heading label and a short title closed by "。" as a run-in heading even when it is indented like
   the body (as Word files indent every paragraph), all the more when its opening is ``bold``;
4. reads each line of such a file as a whole paragraph (Word paragraphs are never hard-wrapped).

Each test names the points it needs. When they pass, move them into ``test_read.py`` /
``test_libreoffice_read.py``.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

import govdoc
from govdoc.formats import docx as gdocx
from govdoc.model import Report

from .build import Grid, Para, build
from .libreoffice_files import SOFFICE, TABLE, flat_odt, libreoffice_docx, styled_docx

SEED = Path(__file__).resolve().parents[3] / "seeds" / "003_c9a0b06722f75ec0.txt"


@pytest.fixture(scope="module")
def report() -> Report:
    return govdoc.parse(SEED.read_bytes(), source=SEED.name)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("route", ["python-docx", "fodt"])
def test_a_libreoffice_docx_has_the_outline_title_and_table(route: str, report: Report, tmp_path: Path) -> None:
    """Issue 12's done-when. Needs 2 (python-docx route); 2 and 3 (fodt route, whose body is indented)."""
    if route == "python-docx":
        source = tmp_path / "report.docx"
        source.write_bytes(styled_docx(report))
    else:
        source = tmp_path / "report.fodt"
        source.write_text(flat_odt(report), encoding="utf-8")
    back = gdocx.from_bytes(libreoffice_docx(source, tmp_path))
    assert back.meta.title == report.meta.title
    assert back.outline() == report.outline()
    [(_, table)] = list(back.tables())
    assert len(table.header) == 2 and len(table.rows) == len(TABLE) - 2


def test_run_in_headings_of_a_word_file_with_an_indented_body(report: Report) -> None:
    """python-docx's file as it is (body and run-in headings indented two characters). Needs 1, 2, 3."""
    back = gdocx.from_bytes(styled_docx(report))
    assert back.outline() == report.outline()


def test_unlabelled_headings_take_their_style_level() -> None:
    """Headings without numbering labels. Needs 1 and 4."""
    data = build(Para("某某区2023年工作总结", style="Title"), Para("工作回顾", style="Heading 1"),
                 Para("经济发展", style="Heading 2"), Para("全年引进企业139家。"),
                 Para("社会事业", style="Heading 2"), Para("新建养老助餐点3个。"),
                 Para("下一步打算", style="Heading 1"), Para("继续做好各项工作。"))
    back = gdocx.from_bytes(data)
    assert back.meta.title == "某某区2023年工作总结"
    assert back.outline() == [(1, None, "工作回顾"), (2, None, "经济发展"), (2, None, "社会事业"),
                              (1, None, "下一步打算")]


def test_a_bulletin_s_table_stays_a_table() -> None:
    """A statistical bulletin: a caption, a table of figures, a note. Needs 2."""
    grid = Grid(4, 3, texts={(0, 0): "指标", (0, 1): "绝对数", (0, 2): "比上年增长（%）",
                             (1, 0): "地区生产总值（亿元）", (1, 1): "1234.5", (1, 2): "5.2",
                             (2, 0): "第一产业", (2, 1): "123.4", (2, 2): "3.1",
                             (3, 0): "第二产业", (3, 1): "456.7", (3, 2): "6.0"})
    back = gdocx.from_bytes(build(Para("一、综合"), Para("表1 2023年主要指标"), grid, Para("注：绝对数按现价计算。")))
    [(_, table)] = list(back.tables())
    assert [cell.text for cell in table.header[0]] == ["指标", "绝对数", "比上年增长（%）"]
    assert [cell.text for cell in table.rows[0]] == ["地区生产总值（亿元）", "1234.5", "5.2"]
    assert back.outline() == [(1, "一、", "综合")]


def test_visible_text_of_own_file_parses_like_a_foreign_one(written: bytes) -> None:
    """govdoc's own file read as anyone's: headings indented by GB/T 9704, a run-in heading in the
    body style. Needs 1 and 3."""
    back = gdocx.from_bytes(written, use_embedded=False)
    titles = [title for _, _, title in back.outline()]
    assert titles.index("经济发展") < titles.index("区域规划战略引领") < titles.index("营商环境")
    assert back.meta.index_number == "11310115MB2F13658N/2024-00012"  # the metadata table


def test_a_paragraph_ending_open_is_not_joined_to_the_next() -> None:
    """Word paragraphs are whole: one that ends with a comma or a figure stays apart. Needs 4."""
    document = docx.Document()
    document.add_paragraph("一、总体情况")
    document.add_paragraph("全年完成固定资产投资12.5亿元，比上年增长5%，")
    document.add_paragraph("其中工业投资3.4亿元")
    buffer = io.BytesIO()
    document.save(buffer)
    back = gdocx.from_bytes(buffer.getvalue())
    assert [p.text for p in back.sections[0].paragraphs] == ["全年完成固定资产投资12.5亿元，比上年增长5%，",
                                                           "其中工业投资3.4亿元"]
