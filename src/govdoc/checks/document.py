"""A Report seen the way the checks read it: texts in document order, each figure with its context.

The rules need more than ``report.metrics(bare_cells=True)``: the text around a figure (what it is a share of,
whether it follows 其中 or 合计), the sentence it stands in, the paragraphs that follow it in the
same section, and the cells of a table by row and column. :class:`Document` builds that view once;
every figure keeps its index in ``report.metrics(bare_cells=True)``, so a finding can point back at it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from ..model import Cell, Metric, Paragraph, Report, Section, Table, table_metrics
from .finding import FigureRef, Where

SENTENCE_END = "。！？!?"
CLAUSE_END = SENTENCE_END + "；;，,：:"


@dataclass(eq=False)
class Figure:
    """One figure of the document with the block it stands in and its index in ``report.metrics(bare_cells=True)``."""

    index: int
    metric: Metric
    block: Block
    position: int = 0
    """The figure's position among the figures of its block."""
    notes: dict[str, object] = field(default_factory=dict)
    """What the rules have read about the figure (whether it is an amount), read once."""

    @property
    def start(self) -> int:
        """Offset of the figure in its block's text."""
        return self.metric.start

    @property
    def end(self) -> int:
        """Offset just after the figure in its block's text."""
        return self.metric.end

    def lead(self) -> str:
        """The text between the previous figure of the sentence (or the sentence start) and this one:
        "，占总数的" before 8.22% in "建议2条，占总数的8.22%"."""
        block = self.block
        start = block.sentence_start(self.start)
        if self.position:
            previous = block.figures[self.position - 1]
            if start <= previous.end <= self.start:
                start = previous.end
        return block.text[start:self.start]

    def clause_lead(self) -> str:
        """The part of :meth:`lead` in the figure's own clause (after the last ，；： before it)."""
        lead = self.lead()
        cut = max(lead.rfind(mark) for mark in CLAUSE_END)
        return lead[cut + 1:]

    def tail(self, width: int = 8) -> str:
        """Up to ``width`` characters after the figure, within its sentence."""
        text = self.block.text
        end = self.block.sentence_end(self.end)
        return text[self.end:min(end, self.end + width)]

    def sentence(self) -> tuple[int, int]:
        """The bounds of the sentence holding the figure, in its block's text."""
        return self.block.sentence_start(self.start), self.block.sentence_end(self.end)

    def same_sentence(self, other: Figure) -> bool:
        """True when both figures stand in one sentence of one block."""
        return other.block is self.block and self.sentence() == other.sentence()

    def ref(self, role: str) -> FigureRef:
        """The figure as a finding reports it: metric, section path and sentence (a cell: its row)."""
        block = self.block
        if block.kind == "cell":
            context, offset = block.row_text, block.row_offset + self.start
        else:
            start, end = self.sentence()
            raw = block.text[start:end]
            context = raw.strip()
            offset = self.start - start - (len(raw) - len(raw.lstrip()))
        return FigureRef(index=self.index, metric=self.metric, role=role, where=block.kind,
                         path=block.path_titles, context=context, offset=offset)


@dataclass(eq=False)
class Block:
    """A piece of text with figures: a heading title, a paragraph, a table cell or a glossary definition.

    ``section`` numbers the innermost section in walk order (0 for the preamble), so rules can keep
    to one section; ``order`` is the block's position among the blocks of the document.
    """

    kind: Where
    text: str
    path: tuple[Section, ...]
    section: int
    order: int = 0
    figures: list[Figure] = field(default_factory=list)
    row_text: str = ""
    """For a cell: its row as "label | cell | cell", the context a finding shows."""
    row_offset: int = 0
    """For a cell: where its text starts in ``row_text``."""

    @property
    def path_titles(self) -> tuple[str, ...]:
        """The headings above the block as printed: label and title."""
        return tuple(f"{section.label or ''}{section.title}" for section in self.path)

    @cached_property
    def _ends(self) -> list[int]:
        """Positions of the sentence end marks, in order (read once per block)."""
        return [at for at, char in enumerate(self.text) if char in SENTENCE_END]

    @cached_property
    def _starts(self) -> list[int]:
        """Start offsets of the block's figures, in order."""
        return [figure.start for figure in self.figures]

    def sentence_start(self, position: int) -> int:
        """Where the sentence holding ``position`` starts (just after the last end mark before it)."""
        at = bisect_left(self._ends, position)
        return self._ends[at - 1] + 1 if at else 0

    def sentence_end(self, position: int) -> int:
        """Just after the end mark of the sentence holding ``position`` (the text's end if none)."""
        at = bisect_left(self._ends, position)
        return self._ends[at] + 1 if at < len(self._ends) else len(self.text)

    def between(self, start: int, end: int) -> list[Figure]:
        """The figures that start in ``[start, end)``, in order."""
        return self.figures[bisect_left(self._starts, start):bisect_left(self._starts, end)]

    def after(self, position: int) -> list[Figure]:
        """The figures that start after ``position``."""
        return self.figures[bisect_right(self._starts, position):]


@dataclass(eq=False)
class TableView:
    """A table with its figures placed in the grid: ``cells[(row, column)]`` over header and body rows."""

    table: Table
    path: tuple[Section, ...]
    header_rows: int
    cells: dict[tuple[int, int], list[Figure]] = field(default_factory=dict)
    labels: dict[int, str] = field(default_factory=dict)
    """The text of each row's first cell."""
    columns: dict[int, str] = field(default_factory=dict)
    """The header text above each column (the lowest header cell over it)."""
    memo: dict[str, object] = field(default_factory=dict)
    """What the table rule reads once per table (its columns, which of them add up)."""


class Document:
    """The checks' view of a Report: blocks in document order, figures with context, tables by grid."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.blocks: list[Block] = []
        self.figures: list[Figure] = []
        self.tables: list[TableView] = []
        self.memo: dict[str, object] = {}
        """What a rule found and another reuses (the groups of totals and parts)."""
        self._index: dict[int, list[int]] = {}
        for index, (_, metric) in enumerate(report.metrics(bare_cells=True)):
            self._index.setdefault(id(metric), []).append(index)
        self._sections = 0
        self._read_body((), 0, report.preamble, report.preamble_tables)
        self._read_sections((), report.sections)
        home = next((s for _, s in report.walk() if s.kind == "glossary"), None)
        for term in report.glossary:
            self._add_block("glossary", term.definition, (home,) if home else (), 0, term.metrics)
        self.figures.sort(key=lambda figure: figure.index)

    def _read_sections(self, path: tuple[Section, ...], sections: list[Section]) -> None:
        for section in sections:
            self._sections += 1
            here, number = (*path, section), self._sections
            self._add_block("title", section.title, here, number, section.title_metrics)
            self._read_body(here, number, section.paragraphs, section.tables)
            self._read_sections(here, section.children)

    def _read_body(self, path: tuple[Section, ...], number: int, paragraphs: list[Paragraph],
                   tables: list[Table]) -> None:
        waiting = list(tables)
        for position, paragraph in enumerate([*paragraphs, None]):
            while waiting and (paragraph is None or waiting[0].position <= position):
                self._read_table(path, number, waiting.pop(0))
            if paragraph is not None:
                self._add_block("paragraph", paragraph.text, path, number, paragraph.metrics)

    def _read_table(self, path: tuple[Section, ...], number: int, table: Table) -> None:
        view = TableView(table, path, len(table.header))
        rows = [*table.header, *table.rows]
        grid: dict[tuple[int, int], str] = {}
        by_row: dict[int, list[tuple[int, str]]] = {}
        for row, column, cell in _grid(table):
            grid[(row, column)] = cell.text
            by_row.setdefault(row, []).append((column, cell.text))
            if row < view.header_rows and cell.text:  # lower header rows name the columns more closely
                for across in range(cell.colspan):
                    view.columns[column + across] = cell.text
        for row in range(len(rows)):
            view.labels[row] = grid.get((row, 0), "")
        blocks: dict[int, Block] = {}
        for row, column, cell, metric in table_metrics(table):
            key = id(cell)
            if key not in blocks:
                texts = by_row.get(row, [])
                row_text = " | ".join(text for _, text in texts)
                prior = [text for c, text in texts if c < column]
                blocks[key] = self._add_block("cell", cell.text, path, number, [], row_text=row_text,
                                              row_offset=len(" | ".join(prior)) + 3 if prior else 0)
            figure = self._add_figure(blocks[key], metric)
            if figure is not None:
                view.cells.setdefault((row, column), []).append(figure)
        self.tables.append(view)

    def _add_block(self, kind: Where, text: str, path: tuple[Section, ...], number: int,
                   metrics: list[Metric], *, row_text: str = "", row_offset: int = 0) -> Block:
        block = Block(kind, text, path, number, order=len(self.blocks), row_text=row_text, row_offset=row_offset)
        self.blocks.append(block)
        for metric in metrics:
            self._add_figure(block, metric)
        return block

    def _add_figure(self, block: Block, metric: Metric) -> Figure | None:
        waiting = self._index.get(id(metric))
        if not waiting:  # not a figure report.metrics(bare_cells=True) yields (cannot happen for a valid Report)
            return None
        index = waiting.pop(0)  # a Metric object used in two places gets each of its indices
        figure = Figure(index, metric, block, position=len(block.figures))
        block.figures.append(figure)
        self.figures.append(figure)
        return figure

    def paragraphs_after(self, block: Block) -> Iterator[Block]:
        """The paragraph blocks after ``block`` in the same section, in order (titles and cells skipped)."""
        for later in self.blocks[block.order + 1:]:
            if later.section != block.section:
                return
            if later.kind == "paragraph":
                yield later


def _grid(table: Table) -> Iterator[tuple[int, int, Cell]]:
    """Every cell of a table with its grid row and column (header rows first), rowspans honoured."""
    covered: set[tuple[int, int]] = set()
    for row, cells in enumerate((*table.header, *table.rows)):
        column = 0
        for cell in cells:
            while (row, column) in covered:
                column += 1
            yield row, column, cell
            for down in range(cell.rowspan):
                for across in range(cell.colspan):
                    covered.add((row + down, column + across))
            column += cell.colspan


__all__ = ["Block", "Document", "Figure", "TableView"]
