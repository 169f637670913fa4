"""A simple template that renders a Report as a web page, for the round-trip tests of the reader.

The page is what a plain site would publish: the title in ``<h1>``, headings in ``<h2>``–``<h6>`` by
depth with their label, paragraphs in ``<p>``, tables as ``<table>`` (caption, header rows of
``<th>`` in ``<thead>``, spans kept), a glossary as ``<p>`` entries. :func:`expected_lines` says
which typed lines the reader must make of it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from hypothesis import strategies as st

from govdoc.model import Cell, Paragraph, Report, Section, Table, caption_before
from govdoc.testing import reports

from .pages import WORDS


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def _table(table: Table, caption: Paragraph | None) -> str:
    def row(cells: list[Cell], tag: str) -> str:
        spans = [(f" colspan={c.colspan}" if c.colspan > 1 else "") + (f" rowspan={c.rowspan}" if c.rowspan > 1 else "")
                 for c in cells]
        return "<tr>" + "".join(f"<{tag}{span}>{esc(c.text)}</{tag}>" for c, span in zip(cells, spans, strict=True)) \
            + "</tr>"

    out = []
    if table.unit:
        out.append(f"<p>{esc(table.unit)}</p>")
    out.append("<table border='1'>")
    if caption is not None:
        out.append(f"<caption>{esc(caption.text)}</caption>")
    if table.header:
        out.append("<thead>" + "".join(row(r, "th") for r in table.header) + "</thead>")
    out.append("<tbody>" + "".join(row(r, "td") for r in table.rows) + "</tbody></table>")
    out.extend(f"<p>{esc(note)}</p>" for note in table.notes)
    return "".join(out)


def _captions(paragraphs: list[Paragraph], tables: list[Table]) -> dict[int, Paragraph]:
    """The caption of each table by its index: the caption paragraph right before it, printed in its <caption>."""
    return {k: caption for k, table in enumerate(tables)
            if (caption := caption_before(paragraphs, tables, table)) is not None}


def _body(paragraphs: list[Paragraph], tables: list[Table]) -> list[str]:
    out: list[str] = []
    captions = _captions(paragraphs, tables)
    pending = list(enumerate(tables))
    for index in range(len(paragraphs) + 1):
        while pending and pending[0][1].position == index:
            k, table = pending.pop(0)
            out.append(_table(table, captions.get(k)))
        if index < len(paragraphs) and index not in {tables[k].position - 1 for k in captions}:
            out.append(f"<p>{esc(paragraphs[index].text)}</p>")
    return out


def _sections(sections: list[Section], level: int, report: Report) -> list[str]:
    out: list[str] = []
    for section in sections:
        tag = f"h{min(level + 1, 6)}"
        out.append(f"<{tag}>{esc((section.label or '') + section.title)}</{tag}>")
        out.extend(_body(section.paragraphs, section.tables))
        if section.kind == "glossary":
            out.extend(f"<p>{esc(_entry(term.number, term.term, term.definition))}</p>" for term in report.glossary)
        out.extend(_sections(section.children, level + 1, report))
    return out


def _entry(number: int | None, term: str, definition: str) -> str:
    return f"{number}、{term}：{definition}" if number else f"{term}：{definition}"


def render(report: Report) -> str:
    """The page of a Report (see the module docstring)."""
    title = report.meta.title or ""
    body = [f"<h1>{esc(title)}</h1>"] if title else []
    body += _body(report.preamble, report.preamble_tables)
    body += _sections(report.sections, 1, report)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title></head><body>'
            + "\n".join(body) + "</body></html>")


_WHITE_RUN = re.compile(r"[ \t\n\r\f]{2,}")


def shown(text: str) -> str:
    """The text as a page carries it: HTML collapses a run of white space into one space."""
    return _WHITE_RUN.sub(" ", text)


@dataclass(frozen=True)
class Expected:
    """A line the reader must make: its text, level, and cells (for a table row)."""

    text: str
    level: int | None = None
    cells: tuple[tuple[str, int, int], ...] | None = None
    header: bool = False


def _expected_table(table: Table, caption: Paragraph | None) -> list[Expected]:
    out = [Expected(shown(table.unit))] if table.unit else []
    if caption is not None:
        out.append(Expected(shown(caption.text)))
    for rows, header in ((table.header, True), (table.rows, False)):
        for row in rows:
            if any(cell.text for cell in row):
                out.append(Expected(" | ".join(shown(c.text) for c in row),
                                    cells=tuple((shown(c.text), c.colspan, c.rowspan) for c in row), header=header))
    return out + [Expected(shown(note)) for note in table.notes]


def _expected_body(paragraphs: list[Paragraph], tables: list[Table]) -> list[Expected]:
    out: list[Expected] = []
    captions = _captions(paragraphs, tables)
    pending = list(enumerate(tables))
    for index in range(len(paragraphs) + 1):
        while pending and pending[0][1].position == index:
            k, table = pending.pop(0)
            out.extend(_expected_table(table, captions.get(k)))
        if index < len(paragraphs) and index not in {tables[k].position - 1 for k in captions}:
            out.append(Expected(shown(paragraphs[index].text)))
    return out


def expected_lines(report: Report) -> list[Expected]:
    """The typed lines the reader must make of ``render(report)``."""
    out = [Expected(shown(report.meta.title), 0)] if report.meta.title else []
    out += _expected_body(report.preamble, report.preamble_tables)
    for level, section in report.walk():
        out.append(Expected(shown((section.label or "") + section.title), min(level, 5)))
        out += _expected_body(section.paragraphs, section.tables)
        if section.kind == "glossary":
            out += [Expected(shown(_entry(term.number, term.term, term.definition))) for term in report.glossary]
    return out


# ---- Reports with tables (govdoc.testing draws none yet) -----------------------------------------


@st.composite
def tables(draw: st.DrawFn, paragraphs: int) -> Table:
    columns = draw(st.integers(2, 4))
    cell = st.one_of(st.sampled_from(WORDS), st.integers(1, 99999).map(str))
    header = [[Cell(text=draw(st.sampled_from(["指标", "项目", "数值", "增长"])) + str(i)) for i in range(columns)]]
    rows = [[Cell(text=draw(cell)) for _ in range(columns)] for _ in range(draw(st.integers(1, 4)))]
    if draw(st.booleans()):  # a spanned header cell
        header[0] = [Cell(text=header[0][0].text, colspan=2), *header[0][2:]]
    return Table(unit=draw(st.none() | st.just("单位：万元")),
                 header=header, rows=rows, notes=draw(st.lists(st.just("注：本表数据为初步统计数。"), max_size=1)),
                 position=draw(st.integers(0, paragraphs)))


@st.composite
def reports_with_tables(draw: st.DrawFn) -> Report:
    """``govdoc.testing.reports()`` with tables set among the paragraphs of some sections."""
    report = draw(reports())

    def with_tables(section: Section) -> Section:
        children = [with_tables(child) for child in section.children]
        extra = [draw(tables(len(section.paragraphs)))] if draw(st.integers(0, 3)) == 0 else []
        return section.model_copy(update={"children": children, "tables": extra})

    return report.model_copy(update={"sections": [with_tables(s) for s in report.sections]})
