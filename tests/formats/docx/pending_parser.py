"""End-to-end tests of read_docx that wait on the parser honouring what the reader's lines carry.

NOT collected by the suite (the file name matches neither ``test_*.py`` nor ``*_test.py``). Run it
by hand::

    python -m pytest tests/formats/docx/pending_parser.py -p no:cacheprovider

The reader's side is tested in ``test_text.py`` and ``test_libreoffice_read.py``: each paragraph
a line with its ``level`` (0 for the title), ``style``, ``indent``, ``bold``, ``align``, ``page``;
each table row a line with ``cells`` (spans kept), its ``table`` number and ``header``. These tests
pass once ``govdoc.parsing.parse_lines``:

1. takes a line with ``level >= 1`` as a heading at that depth, whatever its wording;
2. builds a ``Table`` from consecutive lines sharing a ``table`` number (``header`` rows as its
   header rows, ``colspan``/``rowspan`` kept) instead of reading the rows as text;
3. reads each line of a file that declares its structure (lines with a ``style``) as a whole
   paragraph: Word paragraphs are never hard-wrapped;
4. reads a typeset document's indentation (GB/T 9704 indents headings two characters, like the
   body; raw text indents only paragraphs), so that ``govdoc.formats.typeset.for_parser``, which
   leaves the indentation out of what the readers hand the parser today, can go.

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
    """Issue 12's done-when. Needs 2."""
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
    """python-docx's file as it is (body and run-in headings indented two characters). Needs 2."""
    back = gdocx.from_bytes(styled_docx(report))
    assert back.outline() == report.outline()


@pytest.mark.parametrize("which", ["sample", "seed"])
def test_every_field_reads_as_well_as_without_the_indentation(which: str, written: bytes, report: Report) -> None:
    """The lines with their indentation give the Report they give without it. Needs 4."""
    from govdoc.formats.docx.archive import open_document
    from govdoc.formats.docx.read import extract
    from govdoc.formats.typeset import for_parser
    from govdoc.parsing import parse_lines

    data = written if which == "sample" else gdocx.to_bytes(report)
    content = extract(open_document(data, None, gdocx._limits()), None)
    lines = content.source_lines()
    assert any(line.indent for line in lines)
    assert parse_lines(lines, declared=content.declared) == parse_lines(for_parser(lines), declared=content.declared)


def test_unlabelled_headings_take_their_style_level() -> None:
    """Headings without numbering labels. Needs 1 and 3."""
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


def test_a_paragraph_ending_open_is_not_joined_to_the_next() -> None:
    """Word paragraphs are whole: one that ends with a comma or a figure stays apart. Needs 3."""
    document = docx.Document()
    document.add_paragraph("一、总体情况")
    document.add_paragraph("全年完成固定资产投资12.5亿元，比上年增长5%，")
    document.add_paragraph("其中工业投资3.4亿元")
    buffer = io.BytesIO()
    document.save(buffer)
    back = gdocx.from_bytes(buffer.getvalue())
    assert [p.text for p in back.sections[0].paragraphs] == ["全年完成固定资产投资12.5亿元，比上年增长5%，",
                                                           "其中工业投资3.4亿元"]
