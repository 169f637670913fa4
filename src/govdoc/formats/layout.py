"""What a Report looks like on the page: one sequence of typed items that every writer renders.

The text, Word and PDF writers (and the HTML review writer) all walk this sequence instead of the
Report, so they place the same things the same way and print nothing twice:

* the front: a masthead (publication and issue, once), the disclosure rows 索引号/公开类别/文号,
  the title, its subtitle after "——", and the authors not already printed as a byline below;
* the body: the preamble, then every section in document order: its kicker, its heading (by level
  *and* numbering family: 一、 is set in 黑体 at any depth, （一） in 楷体, 1. and （1） in 仿宋),
  its subtitle and byline, its paragraphs and tables in their order, the glossary entries under the
  glossary section, then its subsections;
* the back: the signature, issuer then date, right-aligned as GB/T 9704 puts them.

Every text carries the spans of its figures, so a writer can mark them. With ``fullwidth=True``
half-width punctuation in Chinese context is printed full-width (see
:func:`govdoc.conventions.fullwidth`); the Report itself is never changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

from ..conventions import format_date, fullwidth, heading_text, subtitle_text
from ..model import Cell, GlossaryTerm, Metric, Paragraph, ParagraphKind, Report, Section, SectionKind, Table
from ..numbering import parse_label

Typeface = Literal["title", "heiti", "kaiti", "fangsong", "song"]
"""A typeface role, mapped to a font by each writer (小标宋, 黑体, 楷体, 仿宋, 宋体)."""
Align = Literal["left", "center", "right", "justify"]

FAMILY_FACES: dict[str | None, Typeface] = {
    "part": "heiti", "chapter": "heiti", "jie": "heiti", "cn": "heiti", "annex": "heiti", "decimal": "heiti",
    "paren_cn": "kaiti",
    "arabic": "fangsong", "paren_arabic": "fangsong", "circled": "fangsong", "bullet": "fangsong",
}
"""GB/T 9704 heading faces by numbering family, whatever the depth: 一、 黑体, （一） 楷体, 1. 仿宋."""
KIND_FACES: dict[SectionKind, Typeface] = {
    "article": "title", "part": "heiti", "section": "heiti", "subhead": "heiti", "sidebar": "heiti",
    "glossary": "heiti", "lead": "fangsong",
}
"""Faces of unnumbered headings, by section kind."""
CENTRED_FAMILIES = frozenset({"part", "chapter"})

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Text:
    """A piece of text to print, with the ``(start, end)`` spans of its figures."""

    text: str
    figures: Spans = ()


@dataclass(frozen=True)
class Masthead:
    """The publication and issue on top of a newspaper page or bulletin (社区晨报 第42期)."""

    text: str


@dataclass(frozen=True)
class MetaRow:
    """A disclosure field printed as "key：value" (索引号, 公开类别, 文号)."""

    key: str
    value: str


@dataclass(frozen=True)
class DocTitle:
    """The document title (小标宋, centred)."""

    text: Text


@dataclass(frozen=True)
class DocSubtitle:
    """The document subtitle, with its leading "——"."""

    text: str


@dataclass(frozen=True)
class Author:
    """An author of the whole document not printed as a byline elsewhere."""

    text: str


@dataclass(frozen=True)
class Kicker:
    """The kicker (引题) above an article headline."""

    text: str
    level: int


@dataclass(frozen=True)
class Heading:
    """A section heading: its depth, label family and face, and the printed text.

    ``run_in`` is the paragraph a run-in heading runs into ("（一）标题。" then the paragraph, on one
    line); ``closing`` is what follows the title ("。" after a lead sentence or a run-in heading).
    """

    level: int
    section: Section
    family: str | None
    face: Typeface
    align: Align
    text: Text
    closing: str = ""
    run_in: Paragraph | None = None
    run_in_text: Text | None = None
    """The run-in paragraph's text as printed (punctuation fixed like every other text)."""

    @property
    def kind(self) -> SectionKind:
        """The kind of the section."""
        return self.section.kind


def annex_parts(item: Heading) -> tuple[str, str] | None:
    """The label line and the title line of an attachment's heading, which GB/T 9704 (7.3.7) prints
    apart: "附件2" in 黑体 at the top left, the title centred below it; None for other headings."""
    label = item.section.label
    if item.family != "annex" or label is None or item.run_in is not None:
        return None
    printed = item.text.text
    return (printed[:len(label)], printed[len(label):].strip()) if printed.startswith(label) else None


@dataclass(frozen=True)
class SectionSubtitle:
    """A section's subtitle, with its leading "——"."""

    text: str
    level: int


@dataclass(frozen=True)
class Byline:
    """A byline: a section's own or a byline paragraph (记者 武钢)."""

    text: str
    paragraph: Paragraph | None = None


@dataclass(frozen=True)
class Para:
    """A paragraph of body text, a caption, a salutation or a note (bylines are :class:`Byline`)."""

    kind: ParagraphKind
    text: Text
    paragraph: Paragraph


@dataclass(frozen=True)
class Entry:
    """A glossary entry: number, term, definition (with its figures)."""

    term: GlossaryTerm
    definition: Text

    @property
    def number(self) -> str:
        """The printed number with its period and a space ("1. "), or "" when the entry has none."""
        return f"{self.term.number}. " if self.term.number is not None else ""


@dataclass(frozen=True)
class TableItem:
    """A table in its place among the paragraphs, with its caption: the caption paragraph right before it."""

    table: Table
    level: int
    fix: Callable[[str], str]
    before_run_in: bool = False
    """True for a table placed before the paragraph its section's run-in heading runs into: it is
    printed after the heading line, like a table after that paragraph, and only the canonical text
    tells the two apart."""
    caption: Para | None = None

    def cell_text(self, text: str) -> str:
        """The text of a cell, caption, unit or note as printed."""
        return self.fix(text)


@dataclass(frozen=True)
class Signature:
    """A line of the signature at the end: the issuer, then the date."""

    text: str


Item = (Masthead | MetaRow | DocTitle | DocSubtitle | Author | Kicker | Heading | SectionSubtitle | Byline | Para
        | Entry | TableItem | Signature)
"""Every kind of item a layout holds."""

FRONT = (Masthead, MetaRow, DocTitle, DocSubtitle, Author)
"""The item types of the front matter."""


def _spans(metrics: list[Metric]) -> Spans:
    return tuple((m.start, m.end) for m in metrics)


def heading_face(section: Section) -> tuple[str | None, Typeface]:
    """The numbering family of a heading and its face: by family when numbered, else by kind."""
    parsed = parse_label(section.label) if section.label is not None else None
    family = parsed.family if parsed is not None else None
    if section.kind == "article":
        return family, "title"
    if family is not None:
        return family, FAMILY_FACES.get(family, "heiti")
    return None, KIND_FACES[section.kind]


def _printed_bylines(report: Report) -> set[str]:
    out = {p.text for p in report.preamble if p.kind == "byline"}
    for _, section in report.walk():
        if section.byline:
            out.add(section.byline)
        out.update(p.text for p in section.paragraphs if p.kind == "byline")
    return out


def _headline_is_title(report: Report) -> bool:
    """Whether the page opens with its one headline, which is also the document's title (a news story on a
    newspaper page, an attachment printed alone): the page prints it once, as that heading, with the
    document's subtitle below it."""
    first = report.sections[0] if report.sections else None
    return (first is not None and not report.preamble and not report.preamble_tables and not first.subtitle
            and first.kind in ("article", "glossary") and first.title == report.meta.title)


class _Builder:
    def __init__(self, report: Report, fix: Callable[[str], str]) -> None:
        self.report = report
        self.fix = fix
        self.items: list[Item] = []
        self.headline_titled = _headline_is_title(report)

    def text(self, text: str, metrics: list[Metric] | None = None) -> Text:
        return Text(self.fix(text), _spans(metrics or []))

    def paragraph(self, paragraph: Paragraph) -> Item:
        if paragraph.kind == "byline":
            return Byline(self.fix(paragraph.text), paragraph)
        return Para(paragraph.kind, self.text(paragraph.text, paragraph.metrics), paragraph)

    def body(self, paragraphs: list[Paragraph], tables: list[Table], level: int, first: int = 0) -> None:
        """Paragraphs numbered from ``first`` (1 after a run-in heading) with the tables among them."""
        waiting = list(tables)
        while waiting and waiting[0].position < first:
            self.items.append(TableItem(waiting.pop(0), level, self.fix, before_run_in=True))
        for index, paragraph in enumerate(paragraphs, start=first):
            while waiting and waiting[0].position <= index:
                self.table(waiting.pop(0), level)
            self.items.append(self.paragraph(paragraph))
        for table in waiting:
            self.table(table, level)

    def table(self, table: Table, level: int) -> None:
        """A table, with the caption paragraph printed right before it as its caption."""
        last = self.items[-1] if self.items else None
        if isinstance(last, Para) and last.kind == "caption":
            self.items[-1] = TableItem(table, level, self.fix, caption=last)
        else:
            self.items.append(TableItem(table, level, self.fix))

    def front(self) -> None:
        meta = self.report.meta
        publication = meta.publication if meta.publication != meta.title else None  # a newspaper's name is its title
        masthead = " ".join(part for part in (publication, meta.issue) if part)
        if masthead:
            self.items.append(Masthead(self.fix(masthead)))
        for key, value in (("索引号", meta.index_number), ("公开类别", meta.category), ("文号", meta.doc_number)):
            if value:
                self.items.append(MetaRow(key, self.fix(value)))
        if meta.title and not self.headline_titled:
            self.items.append(DocTitle(self.text(meta.title)))
            if meta.subtitle:
                self.items.append(DocSubtitle(self.fix(subtitle_text(meta.subtitle))))
        printed = _printed_bylines(self.report)
        self.items.extend(Author(self.fix(a)) for a in meta.authors if a not in printed)

    def section(self, section: Section, level: int) -> None:
        if section.kicker:
            self.items.append(Kicker(self.fix(section.kicker), level))
        family, face = heading_face(section)
        centred = section.kind == "article" or family in CENTRED_FAMILIES
        printed = heading_text(section.label, section.title)
        offset = len(printed) - len(section.title)
        spans = tuple((m.start + offset, m.end + offset) for m in section.title_metrics)
        closing = "。" if (section.run_in or section.kind == "lead") and not printed.endswith("。") else ""
        paragraphs = section.paragraphs
        run_in = None
        if section.run_in:
            run_in, paragraphs = paragraphs[0], paragraphs[1:]
        run_in_text = self.text(run_in.text, run_in.metrics) if run_in is not None else None
        self.items.append(Heading(level, section, family, face, "center" if centred else "left",
                                  Text(self.fix(printed), spans), closing, run_in, run_in_text))
        subtitle = section.subtitle
        if subtitle is None and self.headline_titled and level == 1 and section is self.report.sections[0]:
            subtitle = self.report.meta.subtitle  # the document's, printed under the headline that is its title
        if subtitle:
            self.items.append(SectionSubtitle(self.fix(subtitle_text(subtitle)), level))
        if section.byline:
            self.items.append(Byline(self.fix(section.byline)))
        self.body(paragraphs, section.tables, level, 1 if run_in is not None else 0)
        if section.kind == "glossary":
            self.items.extend(Entry(term, self.text(term.definition, term.metrics)) for term in self.report.glossary)
        for child in section.children:
            self.section(child, level + 1)

    def back(self) -> None:
        meta = self.report.meta
        if meta.issuer:
            self.items.append(Signature(self.fix(meta.issuer)))
        if meta.date:
            self.items.append(Signature(format_date(meta.date)))


def layout(report: Report, *, punctuation: Literal["fullwidth", "as-is"] = "as-is",
           front: bool = True) -> list[Item]:
    """The items of ``report`` in reading order.

    ``punctuation="fullwidth"`` prints half-width punctuation in Chinese context full-width (the
    official style); ``front=False`` leaves out the front matter and the signature, for writers
    that carry the metadata their own way (govdoc's canonical text).
    """
    builder = _Builder(report, fullwidth if punctuation == "fullwidth" else _same)
    if front:
        builder.front()
    builder.body(report.preamble, report.preamble_tables, 0)
    for section in report.sections:
        builder.section(section, 1)
    if front:
        builder.back()
    return builder.items


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Placed:
    """A cell on the grid of a table: where it starts, how far it spans, and whether it continues a
    cell merged down from a row above (``vmerge="continue"``) or starts one (``"restart"``).
    ``cell`` is None for the empty cell that fills a row shorter than the others."""

    cell: Cell | None
    row: int
    column: int
    colspan: int
    rowspan: int = 1
    vmerge: Literal["restart", "continue"] | None = None


def table_grid(table: Table) -> list[list[Placed]]:
    """The rows of a table (header rows first) as cells placed on a grid of equal width: cells merged
    down from above appear in the rows they cover, rowspans past the last row are cut, and short rows
    are filled with one empty cell, so every writer draws the same grid from any Table."""
    rows = [*table.header, *table.rows]
    covered: dict[tuple[int, int], Placed] = {}
    grid: list[list[Placed]] = []
    for r, row in enumerate(rows):
        out: list[Placed] = []
        waiting = list(row)
        column = 0
        while waiting or (r, column) in covered:
            origin = covered.get((r, column))
            if origin is not None:
                if origin.column == column:
                    out.append(Placed(origin.cell, r, column, origin.colspan, 1, "continue"))
                    column += origin.colspan
                else:  # a merged cell overlapped by a wider one: its columns are taken already
                    column += 1
                continue
            cell = waiting.pop(0)
            rowspan = min(cell.rowspan, len(rows) - r)
            placed = Placed(cell, r, column, cell.colspan, rowspan, "restart" if rowspan > 1 else None)
            out.append(placed)
            for down in range(1, rowspan):
                for across in range(cell.colspan):
                    covered[(r + down, column + across)] = placed
            column += cell.colspan
        grid.append(out)
    width = max((p.column + p.colspan for row in grid for p in row), default=1)
    for r, placed_row in enumerate(grid):
        end = placed_row[-1].column + placed_row[-1].colspan if placed_row else 0
        if end < width:
            placed_row.append(Placed(None, r, end, width - end))
    return grid


def column_weights(grid: list[list[Placed]]) -> list[float]:
    """A share of the table width per grid column, from the longest text of its unmerged cells
    (between 2 and 12 characters), so figure columns stay narrow and label columns get room."""
    width = max((p.column + p.colspan for row in grid for p in row), default=1)
    weights = [2.0] * width
    for row in grid:
        for p in row:
            if p.cell is not None and p.colspan == 1 and p.vmerge != "continue":
                weights[p.column] = max(weights[p.column], min(12.0, float(len(p.cell.text))))
    return weights


def walk_text(items: list[Item]) -> Iterator[str]:
    """Every printed text of a layout, in order (for tests and font coverage)."""
    for item in items:
        if isinstance(item, (Masthead, DocSubtitle, Author, Kicker, SectionSubtitle, Byline, Signature)):
            yield item.text
        elif isinstance(item, MetaRow):
            yield f"{item.key}：{item.value}"
        elif isinstance(item, (DocTitle, Para)):
            yield item.text.text
        elif isinstance(item, Heading):
            yield item.text.text + item.closing + (item.run_in_text.text if item.run_in_text else "")
        elif isinstance(item, Entry):
            yield f"{item.number}{item.term.term}：{item.definition.text}"
        else:
            table = item.table
            if item.caption is not None:
                yield item.caption.text.text
            if table.unit:
                yield item.cell_text(table.unit)
            for row in (*table.header, *table.rows):
                yield from (item.cell_text(cell.text) for cell in row)
            yield from (item.cell_text(note) for note in table.notes)


__all__ = [
    "CENTRED_FAMILIES",
    "FAMILY_FACES",
    "FRONT",
    "KIND_FACES",
    "Align",
    "Author",
    "Byline",
    "DocSubtitle",
    "DocTitle",
    "Entry",
    "Heading",
    "Item",
    "Kicker",
    "Masthead",
    "MetaRow",
    "Para",
    "Placed",
    "SectionSubtitle",
    "Signature",
    "Spans",
    "TableItem",
    "Text",
    "Typeface",
    "annex_parts",
    "column_weights",
    "heading_face",
    "layout",
    "table_grid",
    "walk_text",
]
