"""Every figure of a report with its place: where it stands, in which section, paragraph, table cell.

``figures(report)`` (also ``report.figures()``) is the record behind the metrics table: one
``Figure`` per figure, in document order, saying where the figure was printed (a paragraph, a
heading, a subtitle, a caption, a table cell or note, a glossary definition), the section it stands
in, the text its offsets index into, and for a table cell its row and column with their labels.

It yields every figure ``report.metrics(bare_cells=True)`` yields, the same Metric objects in the same order, and
also those of the texts the model keeps without figures of their own (section and document
subtitles and table notes), read with ``extract_metrics`` as they are met.

>>> from govdoc.model import Cell, Paragraph, Report, Section, Table
>>> from govdoc.metrics import extract_metrics, table_figures
>>> table = table_figures(Table(header=[[Cell(text="指标"), Cell(text="人数（万人）")]],
...                             rows=[[Cell(text="常住人口"), Cell(text="538.6")]], position=1))
>>> text = "全年引进企业139家。"
>>> report = Report(sections=[Section(label="一、", number=1, title="人口",
...                                   paragraphs=[Paragraph(text=text, metrics=extract_metrics(text))],
...                                   tables=[table])])
>>> for f in report.figures():
...     print(f.where, f.section_path, f.paragraph, f.table, f.row, f.column, f.row_label, f.column_label,
...           f.metric.text, f.metric.value, f.metric.unit, f.metric.indicator)
paragraph 一、人口 0 None None None None None 139家 139 家 引进企业
cell 一、人口 None 0 1 1 常住人口 人数（万人） 538.6 5386000 人 常住人口
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from ..model import (
    Metric,
    Paragraph,
    Report,
    Section,
    Table,
    _interleave,  # the model's own order of paragraphs and tables
    table_metrics,
)
from .cells import grid
from .extract import extract_metrics
from .table import section_path

__all__ = ["WHERE", "Figure", "Where", "figures"]

Where = Literal["paragraph", "heading", "subtitle", "caption", "cell", "note", "glossary"]
WHERE: tuple[Where, ...] = ("paragraph", "heading", "subtitle", "caption", "cell", "note", "glossary")
"""Where a figure can stand: a paragraph; a heading's title; a subtitle (of a section, or the
document's); a caption (a paragraph of kind caption: a photo's, a figure's or a table's); a table cell; a table note; a
glossary definition."""


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure of a report and where it stands.

    ``source[metric.start:metric.end] == metric.text`` always holds: ``source`` is the paragraph,
    title, subtitle, caption, cell text, note or definition the figure was read from. The indices
    count in document order from 0 over the whole report: ``paragraph`` over ``report.paragraphs()``
    (paragraph and caption paragraph), ``table`` over ``report.tables()`` (cell,
    note), ``term`` over ``report.glossary``. A cell's ``row`` and ``column`` are grid positions as
    ``govdoc.model.table_metrics`` counts them (header rows first, a merged cell at its first
    column), and ``row_label`` / ``column_label`` are its row's label cells and its column's
    header cells as printed ("其中：城镇", "年末数（万人）"); the Metric's ``indicator`` and ``column``
    are the same read into names ("全市常住人口 / 城镇", "年末数").
    """

    metric: Metric
    where: Where
    path: tuple[Section, ...]
    source: str
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    column: int | None = None
    row_label: str | None = None
    column_label: str | None = None
    note: int | None = None
    term: int | None = None

    @property
    def section_path(self) -> str:
        """Labels and titles of the enclosing sections: "一、经济发展 / （一）招商引资"."""
        return section_path(self.path)


class _Walk:
    """The state of one walk through a report: the running paragraph and table numbers."""

    def __init__(self) -> None:
        self.paragraphs = 0
        self.tables = 0

    def text(self, text: str | None, where: Where, path: tuple[Section, ...], *, table: int | None = None,
             note: int | None = None) -> Iterator[Figure]:
        """The figures of a text the model stores without figures (a subtitle, a table's note)."""
        if text:
            for metric in extract_metrics(text):
                yield Figure(metric, where, path, text, table=table, note=note)

    def paragraph(self, paragraph: Paragraph, path: tuple[Section, ...]) -> Iterator[Figure]:
        index = self.paragraphs
        self.paragraphs += 1
        where: Where = "caption" if paragraph.kind == "caption" else "paragraph"
        for metric in paragraph.metrics:
            yield Figure(metric, where, path, paragraph.text, paragraph=index)

    def table(self, table: Table, path: tuple[Section, ...]) -> Iterator[Figure]:
        index = self.tables
        self.tables += 1
        labels = _Labels(table)
        for row, column, cell, metric in table_metrics(table):
            yield Figure(metric, "cell", path, cell.text, table=index, row=row, column=column,
                         row_label=labels.row(row), column_label=labels.column(column))
        for k, note in enumerate(table.notes):
            yield from self.text(note, "note", path, table=index, note=k)

    def body(self, items: Iterator[Paragraph | Table], path: tuple[Section, ...]) -> Iterator[Figure]:
        for item in items:
            if isinstance(item, Paragraph):
                yield from self.paragraph(item, path)
            else:
                yield from self.table(item, path)

    def sections(self, sections: list[Section], above: tuple[Section, ...]) -> Iterator[Figure]:
        for section in sections:
            path = (*above, section)
            for metric in section.title_metrics:
                yield Figure(metric, "heading", path, section.title)
            yield from self.text(section.subtitle, "subtitle", path)
            yield from self.body(section.body(), path)
            yield from self.sections(section.children, path)


class _Labels:
    """The printed labels of a table's rows and columns, by grid position."""

    def __init__(self, table: Table) -> None:
        rows = [*table.header, *table.rows]
        self._grid = grid(rows)
        header = len(table.header)
        if not header and table.rows and not any(cell.metrics for cell in table.rows[0]):
            header = 1  # a first row of labels, read as the header (as table_figures reads it)
        self._columns: dict[int, str] = {}
        for line in self._grid[:header]:
            for c, cell in enumerate(line):
                if cell is not None and cell.text:
                    self._columns[c] = _join(self._columns.get(c), cell.text)

    def row(self, row: int) -> str | None:
        """The label cells of ``row`` as printed: its cells before the first one with a figure."""
        parts: list[str] = []
        for cell in self._grid[row] if row < len(self._grid) else ():
            if cell is None or not cell.text or (parts and parts[-1] == cell.text):
                continue
            if cell.metrics:
                break
            parts.append(cell.text)
        return " / ".join(parts) or None

    def column(self, column: int) -> str | None:
        """The header cells above ``column`` as printed, top to bottom."""
        return self._columns.get(column)


def _join(first: str | None, then: str) -> str:
    return then if first is None or first == then else f"{first} / {then}"


def figures(report: Report) -> Iterator[Figure]:
    """Every figure of ``report`` with its place, in document order (glossary definitions last)."""
    walk = _Walk()
    yield from walk.text(report.meta.subtitle, "subtitle", ())
    preamble = _interleave(report.preamble, report.preamble_tables)
    yield from walk.body(preamble, ())
    yield from walk.sections(report.sections, ())
    home = tuple(s for _, s in report.walk() if s.kind == "glossary")[:1]
    for k, term in enumerate(report.glossary):
        for metric in term.metrics:
            yield Figure(metric, "glossary", home, term.definition, term=k)
