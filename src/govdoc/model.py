"""The govdoc document model: one typed tree that every reader produces and every writer consumes.

``Report`` holds ``Meta``, a ``preamble`` (paragraphs before the first heading), the ``sections``
tree and the ``glossary``. ``Section.children`` is the only source of the hierarchy: a section's
level is its depth, computed by :meth:`Report.walk`, never stored.

Invariants are checked when a model is built, so no reader can hand out an invalid Report:
a metric's ``text`` is exactly ``paragraph.text[start:end]``; a label agrees with its number; titles
and paragraphs are non-empty single lines without surrounding whitespace; every string is free of
characters XML 1.0 cannot carry (C0/C1 controls, surrogates, U+FFFE/U+FFFF).

Provenance (``lines``: where a section, paragraph or term stood in the input, and ``Meta.source``)
is kept and serialised, but ``==`` ignores it: two Reports are equal when their *content* is equal,
so a Report read back from XML or Word equals the one parsed from raw text. Compare
``a.model_dump() == b.model_dump()`` for equality including provenance.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    WithJsonSchema,
    model_validator,
)

from .numbering import parse_label
from .upgrade import OLDER_SCHEMAS, upgrade

if TYPE_CHECKING:
    from .metrics.places import Figure

SCHEMA_VERSION: Literal["1.2"] = "1.2"
"""1.2: a range's ``Metric.value`` is its upper bound and ``value_min`` its lower (1.1 had ``value`` the lower
and ``value_max`` the upper); 1.1: a table's caption is a caption paragraph right before it (1.0 kept it in
``Table.caption``)."""

# Fields that record where something came from; equality ignores them.
PROVENANCE_FIELDS = frozenset({"lines", "source"})


# C0 and C1 controls (category Cc), lone surrogates and the non-characters U+FFFE/U+FFFF: XML 1.0
# cannot carry them, and they never belong in clean text.
_FORBIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile("[\n\r\u2028\u2029\x85]")
_NOT_IN_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")  # both at once


_CONTROL_MESSAGE = "contains the control or non-character U+{:04X}, which XML cannot carry"
_NOT_XML_MESSAGE = "contains U+{:04X}, which XML 1.0 cannot carry"
_FORBIDDEN_IN_SPAN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _refuse(pattern: re.Pattern[str], value: str, message: str) -> None:
    """Raise ValueError naming the first character of ``value`` that ``pattern`` forbids."""
    bad = pattern.search(value)
    if bad is not None:
        raise ValueError(message.format(ord(bad.group())))


def _check_trimmed(value: str) -> None:
    if not value or value != value.strip():
        raise ValueError("must not be empty or start or end with whitespace")


def _check_clean(value: str) -> str:
    _refuse(_FORBIDDEN, value, _CONTROL_MESSAGE)
    return value


def _check_line(value: str) -> str:
    if _NOT_IN_LINE.search(value) is not None:  # one scan for the usual clean line; the error named below
        if _LINE_BREAKS.search(value):
            raise ValueError("must be a single line")
        _check_clean(value)
    _check_trimmed(value)
    return value


def _check_span(value: str) -> str:
    _refuse(_FORBIDDEN_IN_SPAN, value, _CONTROL_MESSAGE)
    _check_trimmed(value)
    return value


def _check_xml(value: str) -> str:
    _refuse(_NOT_XML, value, _NOT_XML_MESSAGE)
    return value


def _check_title(value: str) -> str:
    _check_line(value)
    if value.endswith("。"):
        raise ValueError("a title is stored without its closing 。")
    return value


Line = Annotated[str, AfterValidator(_check_line)]
"""A non-empty single line of clean text without surrounding whitespace."""
Title = Annotated[str, AfterValidator(_check_title)]
"""A heading title: a ``Line`` that does not end with 。."""
XmlStr = Annotated[str, AfterValidator(_check_xml)]
"""Any string XML 1.0 can carry: for values taken as given, such as a file name."""
Span = Annotated[str, AfterValidator(_check_span)]
"""The exact text of a figure: like a ``Line``, but a figure found in uncleaned text may hold a line
break ("400\n余块"); inside a Report, where paragraph text is one line, it never does."""


def _canonical_decimal(value: Decimal) -> Decimal:
    if not value.is_finite():
        raise ValueError("must be a finite number")
    # 3.45E+8 and 345000000.00 are the same figure; store it without exponent or trailing zeros
    normal = value.normalize()
    return Decimal(format(normal, "f")) if normal == normal.to_integral_value() else normal


Number = Annotated[
    Decimal,
    AfterValidator(_canonical_decimal),
    PlainSerializer(lambda d: format(d, "f"), return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]+)?$",
                    "description": "an exact decimal, written as a string so no precision is lost"}),
]
"""An exact decimal; JSON carries it as a string ("345000000", "99.23") so nothing is rounded."""


class Model(BaseModel):
    """Base of every govdoc model: strict fields, and equality on content without provenance."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, ser_json_inf_nan="strings")

    def __eq__(self, other: object) -> bool:
        if type(self) is not type(other):
            return NotImplemented
        return all(
            getattr(self, name) == getattr(other, name)
            for name in type(self).model_fields
            if name not in PROVENANCE_FIELDS
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, like pydantic's own models


class LineSpan(Model):
    """Where something stood in the decoded input: 1-based line numbers, ``last`` inclusive."""

    first: int = Field(ge=1)
    last: int = Field(ge=1)

    @model_validator(mode="after")
    def _ordered(self) -> LineSpan:
        if self.last < self.first:
            raise ValueError(f"line span ends ({self.last}) before it starts ({self.first})")
        return self


MetricKind = Literal[
    "count", "money", "percent", "percentage_point", "ratio", "area", "length", "weight",
    "volume", "duration", "age", "temperature", "other",
]
Approx = Literal["about", "nearly", "over", "under", "at_least", "at_most"]
"""Normalised qualifiers: 约/左右/上下 → about; 近/将近/接近 → nearly; 超/超过/逾/余/多/以上/突破 → over;
不到/不足/以下/以内 → under; 不少于/至少/不低于 → at_least; 不超过/最多/不高于 → at_most."""
Change = Literal["increase", "decrease", "flat"]


class Metric(Model):
    """One figure in a text: the exact span, the scaled value and unit, and what was counted.

    A range ("1—3岁", "3至5万元") is one figure whose ``value`` is its upper bound and ``value_min`` its
    lower, as the annotation rules record a range: every figure has its value in ``value``, and sorting
    or filtering by value takes a range at its upper bound.
    """

    text: Span = Field(description="the exact span of the paragraph text, qualifier words included")
    start: int = Field(ge=0, description="offset of the span in the paragraph text (characters)")
    end: int = Field(ge=1, description="offset just after the span")
    value: Number = Field(description="the value after scaling: 3.45亿元 → 345000000; for a range its upper "
                                      "bound (3至5个 → 5)")
    value_min: Number | None = Field(default=None, description="the lower bound of a range (3至5个 → 3)")
    unit: Line = Field(description="the normalised unit or measure word after scaling (元, %, 平方米, 家)")
    kind: MetricKind = "count"
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$", description="ISO 4217 code for money")
    approx: Approx | None = Field(default=None, description="the normalised qualifier, None when exact")
    qualifier: Line | None = Field(default=None, description="the qualifier word as printed (约, 余, 以上)")
    indicator: Line | None = Field(default=None, description="what was counted (引进企业, 满意率)")
    change: Change | None = Field(default=None, description="set for growth or comparison figures")
    column: Line | None = Field(default=None, description="a table cell's column header (比重, 比上年增长%)")

    @model_validator(mode="after")
    def _consistent(self) -> Metric:
        if self.end - self.start != len(self.text):
            raise ValueError(f"span {self.start}:{self.end} does not have the length of {self.text!r}")
        if self.value_min is not None and self.value_min > self.value:
            raise ValueError(f"value_min {self.value_min} is above value {self.value}")
        if (self.approx is None) != (self.qualifier is None):
            raise ValueError("approx and qualifier are set together or not at all")
        return self


_M = TypeVar("_M", bound=BaseModel)
_set_attribute = object.__setattr__


def _construct(cls: type[_M], values: dict[str, Any], fields_set: set[str]) -> _M:
    """What ``cls.model_construct(**values)`` builds, without its per-field bookkeeping."""
    instance = cls.__new__(cls)
    _set_attribute(instance, "__dict__", values)
    _set_attribute(instance, "__pydantic_fields_set__", fields_set)
    _set_attribute(instance, "__pydantic_extra__", None)
    _set_attribute(instance, "__pydantic_private__", None)
    return instance


def _construct_works() -> bool:
    """Whether ``_construct`` builds what ``model_construct`` does in the installed pydantic."""
    ours = _construct(LineSpan, {"first": 1, "last": 2}, {"first", "last"})
    theirs = LineSpan.model_construct(first=1, last=2)
    return bool(ours.__getstate__() == theirs.__getstate__() and ours == theirs)


_CONSTRUCT_WORKS = _construct_works()
_EVERY_FIELD: dict[type[BaseModel], set[str]] = {}


def trusted(cls: type[_M], values: dict[str, Any]) -> _M:
    """An instance of ``cls`` holding ``values`` (every field, by name, values as validation would
    store them) without validating them again.

    For the objects whose invariants their maker already guarantees, such as the figures the
    extractor builds on the parser's hot path, where validation costs more than finding the figure;
    the tests check that such objects equal their validated copies. Falls back to pydantic's
    ``model_construct`` if its instances are laid out differently from what this module expects.

    Instances given every field share one set of set fields: assigning a field adds nothing to a
    set that already names them all, and a set per figure was half the memory of a Metric.
    """
    if _CONSTRUCT_WORKS:
        every = _EVERY_FIELD.get(cls)
        if every is None:
            every = _EVERY_FIELD[cls] = set(cls.model_fields)
        return _construct(cls, values, every if values.keys() == every else set(values))
    return cls.model_construct(**values)  # pragma: no cover - a pydantic that stores instances otherwise


def trusted_maker(cls: type[_M]) -> Callable[[dict[str, Any]], _M]:
    """``trusted(cls, values)`` for ``values`` that name every field of ``cls``, as a function that
    does only that: for the figures the extractor builds by the thousand, where looking the set of
    fields up and comparing it with the keys cost a third of building one."""
    if not _CONSTRUCT_WORKS:  # pragma: no cover - a pydantic that stores instances otherwise
        return lambda values: trusted(cls, values)
    every = _EVERY_FIELD.get(cls)
    if every is None:
        every = _EVERY_FIELD[cls] = set(cls.model_fields)
    new = cls.__new__

    def make(values: dict[str, Any]) -> _M:
        instance = new(cls)
        _set_attribute(instance, "__dict__", values)
        _set_attribute(instance, "__pydantic_fields_set__", every)
        _set_attribute(instance, "__pydantic_extra__", None)
        _set_attribute(instance, "__pydantic_private__", None)
        return instance

    return make


def _check_metrics(text: str, metrics: list[Metric], owner: str) -> None:
    previous_end = 0
    for metric in metrics:
        if text[metric.start:metric.end] != metric.text:
            raise ValueError(
                f"metric {metric.text!r} at {metric.start}:{metric.end} does not match the {owner} text "
                f"there ({text[metric.start:metric.end]!r})"
            )
        if metric.start < previous_end:
            raise ValueError(f"metric {metric.text!r} overlaps the one before it or is out of order")
        previous_end = metric.end


ParagraphKind = Literal["text", "caption", "byline", "salutation", "note"]


class Paragraph(Model):
    """A paragraph of clean text (line breaks joined, fake bold undone) and the figures in it."""

    text: Line
    kind: ParagraphKind = "text"
    metrics: list[Metric] = Field(default_factory=list)
    lines: LineSpan | None = None

    @model_validator(mode="after")
    def _metrics_match(self) -> Paragraph:
        _check_metrics(self.text, self.metrics, "paragraph")
        return self


def _check_cell_text(value: str) -> str:
    if value:
        _check_line(value)
    return value


CellText = Annotated[str, AfterValidator(_check_cell_text)]
"""The text of a table cell: a ``Line``, or empty for an empty cell."""


class Cell(Model):
    """One cell of a table: its text as printed, how many columns and rows it spans, its figures."""

    text: CellText = ""
    colspan: int = Field(default=1, ge=1)
    rowspan: int = Field(default=1, ge=1)
    metrics: list[Metric] = Field(default_factory=list)

    @model_validator(mode="after")
    def _metrics_match(self) -> Cell:
        _check_metrics(self.text, self.metrics, "cell")
        return self


class Table(Model):
    """A table of a bulletin or report: unit line, header rows, body rows and notes.

    ``position`` is the number of paragraphs of the enclosing section (or preamble) printed before
    the table, so paragraphs and tables keep their document order without a second list to sync.
    A table's caption ("表1 年末常住人口数及其构成") is the caption paragraph right before it, as a
    figure's caption ("图1 …") is, so every caption of a document is a paragraph of kind "caption".
    """

    unit: Line | None = Field(default=None, description="the unit line as printed: 单位：万元")
    header: list[list[Cell]] = Field(default_factory=list, description="header rows, merged cells allowed")
    rows: list[list[Cell]] = Field(default_factory=list, description="body rows")
    notes: list[Line] = Field(default_factory=list, description="注：… and 资料来源：… lines below the table")
    position: int = Field(default=0, ge=0, description="paragraphs of the section before the table")
    lines: LineSpan | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> Table:
        if not any(self.header) and not any(self.rows):
            raise ValueError("a table has at least one row of cells")
        if any(not row for row in (*self.header, *self.rows)):
            raise ValueError("a table row has at least one cell")
        return self


def _check_positions(tables: list[Table], paragraphs: int, owner: str) -> None:
    previous = 0
    for table in tables:
        if table.position > paragraphs:
            raise ValueError(f"a table of the {owner} stands after paragraph {table.position}, "
                             f"but the {owner} has {paragraphs}")
        if table.position < previous:
            raise ValueError(f"the tables of the {owner} are out of document order")
        previous = table.position


SectionKind = Literal["article", "part", "section", "subhead", "lead", "sidebar", "glossary"]


class Section(Model):
    """A heading with its paragraphs and subsections.

    ``label`` is the marker as printed ("一、", "（一）", "●", None when unnumbered), ``number`` the
    ordinal it stands for, ``title`` the heading without label and closing 。. ``run_in`` is True
    when the title was printed at the start of the first paragraph ("（一）区域规划战略引领。立足…").
    Articles on a newspaper page may carry a kicker (引题), a subtitle (副题) and a byline.
    """

    label: Line | None = None
    number: int | None = Field(default=None, ge=1)
    title: Title
    kind: SectionKind = "section"
    run_in: bool = False
    kicker: Line | None = None
    subtitle: Line | None = None
    byline: Line | None = None
    title_metrics: list[Metric] = Field(default_factory=list, description="figures in the title")
    paragraphs: list[Paragraph] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list, description="tables, placed by their position")
    children: list[Section] = Field(default_factory=list)
    lines: LineSpan | None = None

    def body(self) -> Iterator[Paragraph | Table]:
        """The paragraphs and tables of this section (not its children) in document order."""
        return _interleave(self.paragraphs, self.tables)

    @model_validator(mode="after")
    def _label_agrees(self) -> Section:
        if self.label is None:
            if self.number is not None:
                raise ValueError(f"number {self.number} given without a label")
        else:
            parsed = parse_label(self.label)
            if parsed is None:
                raise ValueError(f"{self.label!r} is not a known heading label")
            if parsed.number != self.number:
                raise ValueError(f"label {self.label!r} stands for {parsed.number}, not {self.number}")
        if self.run_in and not self.paragraphs:
            raise ValueError("a run-in heading needs the paragraph it runs into")
        if self.kind == "glossary" and self.children:
            raise ValueError("the glossary section has no subsections")
        _check_metrics(self.title, self.title_metrics, "title")
        _check_positions(self.tables, len(self.paragraphs), "section")
        return self


def caption_before(paragraphs: list[Paragraph], tables: list[Table], table: Table, *,
                   run_in: bool = False) -> Paragraph | None:
    """The caption paragraph right before ``table`` among ``paragraphs`` (its section's), if any: a table's caption
    is the caption paragraph printed before it, and no other table stands between the two. The paragraph a
    heading runs into (``run_in``) is printed in the heading's line, never as a caption."""
    first_there = next(t for t in tables if t.position == table.position)
    if (first_there is table and table.position > run_in
            and paragraphs[table.position - 1].kind == "caption"):
        return paragraphs[table.position - 1]
    return None


def _interleave(paragraphs: list[Paragraph], tables: list[Table]) -> Iterator[Paragraph | Table]:
    """Paragraphs with each table placed after the number of paragraphs its position says."""
    waiting = iter(tables)
    table = next(waiting, None)
    for index, paragraph in enumerate(paragraphs):
        while table is not None and table.position <= index:
            yield table
            table = next(waiting, None)
        yield paragraph
    while table is not None:
        yield table
        table = next(waiting, None)


# A number printed alone, as a statistical table's cell prints it: 612.4, -2.3, 1,234, ３．２
_BARE_NUMBER = re.compile(r"[-－−+＋]?[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?")


def is_bare(metric: Metric) -> bool:
    """Whether ``metric`` was printed as a number alone ("612.4"), its unit given by a table's header."""
    return _BARE_NUMBER.fullmatch(metric.text) is not None


def table_metrics(table: Table) -> Iterator[tuple[int, int, Cell, Metric]]:
    """Every figure of a table's cells as ``(row, column, cell, metric)``, header rows first.

    Rows count from 0 over the header rows and then the body rows; columns are grid columns, so a
    cell after a cell spanning two columns is in column 2. Cells covered by a rowspan from above are
    not counted as cells of the lower row.
    """
    covered: dict[tuple[int, int], bool] = {}
    for row_index, row in enumerate((*table.header, *table.rows)):
        column = 0
        for cell in row:
            while covered.get((row_index, column)):
                column += 1
            for metric in cell.metrics:
                yield row_index, column, cell, metric
            for down in range(1, cell.rowspan):
                for across in range(cell.colspan):
                    covered[(row_index + down, column + across)] = True
            column += cell.colspan


class GlossaryTerm(Model):
    """One entry of a glossary (名词解释): "1. 三送进企业:送政策、送健康、送文体活动进企业。"."""

    number: int | None = Field(default=None, ge=1)
    term: Line
    definition: Line
    metrics: list[Metric] = Field(default_factory=list, description="figures in the definition")
    lines: LineSpan | None = None

    @model_validator(mode="after")
    def _metrics_match(self) -> GlossaryTerm:
        _check_metrics(self.definition, self.metrics, "definition")
        return self


class Meta(Model):
    """What the document says about itself: title, issuer, date, and what else the text offers."""

    title: Line | None = None
    subtitle: Line | None = None
    issuer: Line | None = Field(default=None, description="the publishing body (发布机构)")
    date: dt.date | None = Field(default=None, description="publication date")
    publication: Line | None = Field(default=None, description="newspaper or series name (社区晨报)")
    issue: Line | None = Field(default=None, description="issue as printed (第42期)")
    index_number: Line | None = Field(default=None, description="索引号 of a disclosure page")
    category: Line | None = Field(default=None, description="公开类别, e.g. 主动公开")
    doc_number: Line | None = Field(default=None, description="文号, e.g. 浦府〔2024〕3号")
    authors: list[Line] = Field(default_factory=list, description="bylines and authors")
    source: XmlStr | None = Field(default=None, description="the input's file name (provenance)")


OutlineEntry = tuple[int, str | None, str]
SectionPath = tuple[Section, ...]
SectionParagraph = tuple[SectionPath, Paragraph]
SectionMetric = tuple[SectionPath, Metric]


class Report(Model):
    """A parsed document: metadata, preamble, the section tree and the glossary."""

    schema_version: Literal["1.2"] = SCHEMA_VERSION
    meta: Meta = Field(default_factory=Meta)
    preamble: list[Paragraph] = Field(default_factory=list, description="paragraphs before the first heading")
    preamble_tables: list[Table] = Field(default_factory=list, description="tables before the first heading")
    sections: list[Section] = Field(default_factory=list)
    glossary: list[GlossaryTerm] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: Any) -> Any:
        """A Report an older govdoc wrote (schema 1.0 or 1.1) in the current schema."""
        if isinstance(data, dict) and data.get("schema_version") in OLDER_SCHEMAS:
            return upgrade(data, SCHEMA_VERSION)
        return data

    @model_validator(mode="after")
    def _glossary_has_a_home(self) -> Report:
        _check_positions(self.preamble_tables, len(self.preamble), "preamble")
        homes = [section for _, section in self.walk() if section.kind == "glossary"]
        if len(homes) > 1:
            raise ValueError("a report has at most one glossary section")
        if self.glossary and not homes:
            raise ValueError("glossary entries need a section of kind 'glossary' to stand under")
        return self

    def walk(self) -> Iterator[tuple[int, Section]]:
        """Yield ``(level, section)`` in document order; top-level sections have level 1."""
        stack: list[tuple[int, Section]] = [(1, s) for s in reversed(self.sections)]
        while stack:
            level, section = stack.pop()
            yield level, section
            stack.extend((level + 1, child) for child in reversed(section.children))

    def paragraphs(self) -> Iterator[SectionParagraph]:
        """Yield ``(section path, paragraph)`` for the preamble and every section, in document order."""
        for paragraph in self.preamble:
            yield (), paragraph

        def visit(path: tuple[Section, ...], sections: list[Section]) -> Iterator[SectionParagraph]:
            for section in sections:
                here = (*path, section)
                for paragraph in section.paragraphs:
                    yield here, paragraph
                yield from visit(here, section.children)

        yield from visit((), self.sections)

    def tables(self) -> Iterator[tuple[SectionPath, Table]]:
        """Yield ``(section path, table)`` for every table, in document order."""
        for table in self.preamble_tables:
            yield (), table

        def visit(path: SectionPath, sections: list[Section]) -> Iterator[tuple[SectionPath, Table]]:
            for section in sections:
                here = (*path, section)
                for table in section.tables:
                    yield here, table
                yield from visit(here, section.children)

        yield from visit((), self.sections)

    def caption_of(self, table: Table) -> Paragraph | None:
        """The caption of ``table`` (one of this report's): the caption paragraph printed right before it."""
        containers = [(self.preamble, self.preamble_tables, False),
                      *((s.paragraphs, s.tables, s.run_in) for _, s in self.walk())]
        for paragraphs, tables, run_in in containers:
            if any(t is table for t in tables):
                return caption_before(paragraphs, tables, table, run_in=run_in)
        return None

    def metrics(self, *, bare_cells: bool = False) -> Iterator[SectionMetric]:
        """Yield ``(section path, metric)`` for every figure the document prints, in document order:
        heading titles, paragraphs, table cells that print their unit ("612.4万人", "5.2%"), glossary
        definitions last.

        A table cell that prints a bare number ("612.4" under "年末数（万人）") is the table's data, read
        through its header; the annotation rules count no such cell as a figure of the text. Pass
        ``bare_cells=True`` for them too (the checks and writers do, to reach every figure);
        :meth:`figures` gives them with their row and column."""

        def body(path: SectionPath, items: Iterator[Paragraph | Table]) -> Iterator[SectionMetric]:
            for item in items:
                if isinstance(item, Paragraph):
                    for metric in item.metrics:
                        yield path, metric
                else:
                    for *_, metric in table_metrics(item):
                        if bare_cells or not is_bare(metric):
                            yield path, metric

        def visit(path: SectionPath, sections: list[Section]) -> Iterator[SectionMetric]:
            for section in sections:
                here = (*path, section)
                for metric in section.title_metrics:
                    yield here, metric
                yield from body(here, section.body())
                yield from visit(here, section.children)

        yield from body((), _interleave(self.preamble, self.preamble_tables))
        yield from visit((), self.sections)
        glossary_path = tuple(s for _, s in self.walk() if s.kind == "glossary")[:1]
        for term in self.glossary:
            for metric in term.metrics:
                yield glossary_path, metric

    def figures(self) -> Iterator[Figure]:
        """Every figure with its place (paragraph, heading, subtitle, caption, cell, note, glossary),
        in document order: what ``metrics()`` yields and more; see ``govdoc.metrics.figures``."""
        from .metrics.places import figures  # the metrics package builds on this module

        return figures(self)

    def outline(self) -> list[OutlineEntry]:
        """The headings as ``(level, label, title)`` in document order."""
        return [(level, s.label, s.title) for level, s in self.walk()]


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a serialised Report (what ``schemas/govdoc.schema.json`` holds)."""
    schema = Report.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://govdoc.invalid/schema/{SCHEMA_VERSION}/report.json"
    return schema


__all__ = [
    "SCHEMA_VERSION",
    "Approx",
    "Cell",
    "Change",
    "GlossaryTerm",
    "LineSpan",
    "Meta",
    "Metric",
    "MetricKind",
    "Paragraph",
    "ParagraphKind",
    "Report",
    "Section",
    "SectionKind",
    "Table",
    "caption_before",
    "is_bare",
    "json_schema",
    "table_metrics",
    "trusted",
    "trusted_maker",
]
