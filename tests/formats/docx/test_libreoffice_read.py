"""Reading Word files LibreOffice saved: the title, heading levels and the table survive as lines,
and the Report has the outline, title and table ``parse`` gives for the report's text.

Runs when ``soffice`` is installed (CI installs libreoffice-writer-nogui); skipped with that reason
otherwise. The files are made by :mod:`.libreoffice_files` from the largest seed (57 headings, 42 of
them run-in), two ways: python-docx with Word's styles then saved again by LibreOffice, and a flat
OpenDocument file converted by LibreOffice.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import govdoc
from govdoc.formats import docx as gdocx
from govdoc.model import Report
from govdoc.parsing.source import SourceCell

from .build import read_lines
from .libreoffice_files import HEADER_ROWS, SOFFICE, TABLE, flat_odt, libreoffice_docx, styled_docx, typed

pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
SEED = Path(__file__).resolve().parents[3] / "seeds" / "003_c9a0b06722f75ec0.txt"


@pytest.fixture(scope="module")
def report() -> Report:
    return govdoc.parse(SEED.read_bytes(), source=SEED.name)


@pytest.fixture(scope="module", params=["python-docx", "fodt"])
def saved(request: pytest.FixtureRequest, report: Report, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    workdir = tmp_path_factory.mktemp(request.param)
    if request.param == "python-docx":
        source = workdir / "report.docx"
        source.write_bytes(styled_docx(report))
    else:
        source = workdir / "report.fodt"
        source.write_text(flat_odt(report), encoding="utf-8")
    return libreoffice_docx(source, workdir)


def test_title_and_heading_levels_are_lines_with_their_level(saved: bytes, report: Report) -> None:
    lines = [line for line in read_lines(saved) if line.cells is None]
    assert [(line.level, line.text) for line in lines if line.level is not None] == [
        (para.level, para.text) for para in typed(report) if para.level is not None]
    assert lines[0].level == 0 and lines[0].text == report.meta.title


def test_run_in_headings_open_bold_and_body_text_is_indented(saved: bytes, report: Report) -> None:
    lines = [line for line in read_lines(saved) if line.cells is None and line.level is None]
    paras = [para for para in typed(report) if para.level is None]
    assert [line.text for line in lines] == [para.text for para in paras]
    assert [line.bold for line in lines] == [para.bold > 0 for para in paras]


def test_the_table_is_rows_of_cells_with_spans_and_header_rows(saved: bytes) -> None:
    rows = [line for line in read_lines(saved) if line.cells is not None]
    assert [line.cells for line in rows] == [
        tuple(SourceCell(text, colspan, rowspan) for text, colspan, rowspan in row) for row in TABLE]
    assert [line.header for line in rows] == [index < HEADER_ROWS for index in range(len(TABLE))]
    assert {line.table for line in rows} == {1}


def test_the_report_has_the_outline_title_and_table_of_the_text(saved: bytes, report: Report) -> None:
    """Issue 12's done-when: the outline and title ``parse`` gives for the report's text, and the
    table (two header rows, spans) a table of the Report."""
    back = gdocx.from_bytes(saved)
    assert back.meta.title == report.meta.title
    assert back.outline() == report.outline()
    [(_, table)] = list(back.tables())
    assert len(table.header) == HEADER_ROWS and len(table.rows) == len(TABLE) - HEADER_ROWS
    assert [(cell.text, cell.colspan, cell.rowspan) for cell in table.header[0]] == list(TABLE[0])
