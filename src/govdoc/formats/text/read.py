"""Read govdoc's canonical text exactly: a strict reader of the format, never the heuristic parser.

:func:`govdoc.parse` hands text that starts with the format's front matter (``---`` then
``govdoc: 1.0``) to :func:`read_canonical`, which builds the Report line by line from the marks of
``docs/text-format.md``. Nothing is guessed, so ``parse(write_text(r)) == r`` for every Report whose
figures are those govdoc finds (:func:`with_parser_figures`): figures are not written, they are
found again in every title, paragraph, cell and definition. Text that breaks the format's rules is
refused with a :class:`~govdoc.errors.ParseError` naming the line, instead of being half-read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from ...conventions import META_LABELS
from ...errors import GovdocError, ParseError
from ...metrics import extract_metrics
from ...metrics import table_figures as metrics_table_figures
from ...model import Cell, GlossaryTerm, Meta, Metric, Paragraph, Report, Section, Table
from ...numbering import parse_label
from .syntax import (
    BEFORE_RUN_IN,
    BYLINE,
    CAPTION,
    FENCE,
    HEADING_LINE,
    LITERAL,
    NO_LABEL,
    NOTE,
    NUMBERED_ENTRY,
    PARAGRAPH,
    RULE,
    RUN_IN_KINDS,
    SECTION_KINDS,
    SIGNATURE,
    SPAN,
    SUBTITLE,
    TAG,
    UNIT,
    UNNUMBERED_ENTRY,
    VERSION,
    VERSION_KEY,
    default_kind,
    split_label,
    split_unescaped,
    unescape,
)

_FIELDS = {key: name for name, key in META_LABELS}


def is_canonical(text: str) -> bool:
    """True when ``text`` starts like govdoc's canonical text (its front matter)."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").startswith(SIGNATURE)


# ---- figures: what govdoc finds, in one place -----------------------------------------------------


def figures(text: str) -> list[Metric]:
    """The figures govdoc finds in a title, a paragraph or a definition."""
    return extract_metrics(text) if text else []


def table_figures(table: Table) -> Table:
    """``table`` with the figures govdoc finds in its cells: the parser's own reading of a table
    (:func:`govdoc.metrics.table_figures`: units from the cell, the column header, the row label or
    the unit line; the row label as indicator; the column as ``column``), found from the text of
    the cells alone."""
    def bare(rows: list[list[Cell]]) -> list[list[Cell]]:
        return [[cell.model_copy(update={"metrics": []}) for cell in row] for row in rows]

    return metrics_table_figures(table.model_copy(update={"header": bare(table.header), "rows": bare(table.rows)}))


def with_parser_figures(report: Report) -> Report:
    """``report`` with every figure replaced by those govdoc finds in its text: the Reports that the
    canonical text carries exactly (``parse(write_text(r)) == r``)."""
    def paragraph(p: Paragraph) -> Paragraph:
        return p.model_copy(update={"metrics": figures(p.text)})

    def section(s: Section) -> Section:
        return s.model_copy(update={
            "title_metrics": figures(s.title), "paragraphs": [paragraph(p) for p in s.paragraphs],
            "tables": [table_figures(t) for t in s.tables], "children": [section(c) for c in s.children]})

    return report.model_copy(update={
        "preamble": [paragraph(p) for p in report.preamble],
        "preamble_tables": [table_figures(t) for t in report.preamble_tables],
        "sections": [section(s) for s in report.sections],
        "glossary": [t.model_copy(update={"metrics": figures(t.definition)}) for t in report.glossary],
    })


# ---- the reader -----------------------------------------------------------------------------------


class _Refused(Exception):
    """A line that breaks the format's rules (turned into a ParseError with the source)."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line


@dataclass
class _Node:
    """A section being read: its fields, and its paragraphs, tables and children so far."""

    fields: dict[str, Any]
    line: int
    paragraphs: list[Paragraph] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)

    def build(self) -> Section:
        children = [child.build() for child in self.children]
        try:
            return Section(**self.fields, paragraphs=self.paragraphs, tables=self.tables, children=children)
        except ValidationError as exc:
            raise _Refused(self.line, exc.errors()[0]["msg"]) from exc


@dataclass
class _Block:
    """Consecutive non-blank lines and the number of the first."""

    first: int
    lines: list[str]


def _blocks(lines: list[str], start: int) -> list[_Block]:
    out: list[_Block] = []
    current: _Block | None = None
    for number, line in enumerate(lines[start:], start=start + 1):
        if not line.strip():
            current = None
            continue
        if current is None:
            current = _Block(number, [])
            out.append(current)
        current.lines.append(line)
    return out


def _front_matter(lines: list[str]) -> tuple[dict[str, Any], int]:
    """The metadata fields and the index of the line after the closing fence."""
    if len(lines) < 2 or lines[0] != FENCE or not lines[1].startswith(f"{VERSION_KEY}: "):
        raise _Refused(1, f"the canonical text starts with {FENCE!r} and {VERSION_KEY}: {VERSION}")
    version = lines[1][len(VERSION_KEY) + 2:]
    if version != VERSION:
        raise _Refused(2, f"format version {version!r} is not one this govdoc reads ({VERSION})")
    values: dict[str, Any] = {"authors": []}
    for index in range(2, len(lines)):
        line = lines[index]
        if line == FENCE:
            return values, index + 1
        key, colon, value = line.partition("：")
        name = _FIELDS.get(key)
        if not colon or name is None:
            raise _Refused(index + 1, f"{line!r} is no metadata line (key：value with a key among "
                                      f"{'、'.join(_FIELDS)})")
        if name == "authors":
            values["authors"].append(value)
        elif name in values:
            raise _Refused(index + 1, f"{key} is given twice")
        elif name == "date":
            try:
                values[name] = dt.date.fromisoformat(value)
            except ValueError:
                raise _Refused(index + 1, f"{value!r} is no ISO date (2024-01-29)") from None
        else:
            values[name] = value
    raise _Refused(len(lines), f"the front matter is not closed with {FENCE!r}")


def _cells(line: str, number: int) -> list[Cell]:
    pieces = split_unescaped(line, "|")
    if len(pieces) < 3 or pieces[0] or pieces[-1]:
        raise _Refused(number, "a table row starts and ends with |")
    cells = []
    for piece in pieces[1:-1]:
        if len(piece) < 2 or piece[0] != " " or piece[-1] != " ":
            raise _Refused(number, f"a cell is written between '| ' and ' |', not {piece!r}")
        raw = piece[1:-1]
        colspan = rowspan = 1
        if raw.startswith("{"):
            match = SPAN.fullmatch(raw)
            if match is None or not (match.group(1) or match.group(2)):
                raise _Refused(number, f"{raw!r} is no cell span ({{c=2}}, {{r=3}}, {{c=2 r=3}})")
            colspan, rowspan = int(match.group(1) or 1), int(match.group(2) or 1)
            raw = match.group(3) or ""
        cells.append(Cell(text=unescape(raw), colspan=colspan, rowspan=rowspan))
    return cells


class _Reader:
    def __init__(self, source: str | None) -> None:
        self.source = source
        self.preamble: list[Paragraph] = []
        self.preamble_tables: list[Table] = []
        self.top: list[_Node] = []
        self.stack: list[_Node] = []
        self.glossary: list[GlossaryTerm] = []

    # -- where things go
    def paragraphs(self) -> list[Paragraph]:
        return self.stack[-1].paragraphs if self.stack else self.preamble

    def tables(self) -> list[Table]:
        return self.stack[-1].tables if self.stack else self.preamble_tables

    # -- blocks
    def block(self, block: _Block) -> None:
        lines = block.lines
        heading_at = 1 if len(lines) > 1 and HEADING_LINE.fullmatch(lines[1]) else 0
        if HEADING_LINE.fullmatch(lines[heading_at]):
            self.heading(block, heading_at)
        elif any(line.startswith("|") for line in lines):
            self.table(block)
        elif len(lines) > 1:
            raise _Refused(block.first + 1, "a blank line is missing: every paragraph is a block of its own")
        else:
            self.line(lines[0], block.first)

    def line(self, line: str, number: int) -> None:
        kind = "text"
        if line.startswith(PARAGRAPH):
            text = line[len(PARAGRAPH):]
        elif line.startswith(CAPTION):
            kind, text = "caption", line[len(CAPTION):]
        elif line.startswith(BYLINE):
            kind, text = "byline", line[len(BYLINE):]
        elif line.startswith(NOTE):
            kind, text = "note", line[len(NOTE):]
        elif line.startswith(LITERAL):
            kind, text = "salutation", line[len(LITERAL):]
        elif (entry := NUMBERED_ENTRY.fullmatch(line)) is not None:
            self.entry(int(entry.group(1)), entry.group(2), number)
            return
        elif line.startswith(UNNUMBERED_ENTRY):
            self.entry(None, line[len(UNNUMBERED_ENTRY):], number)
            return
        elif line.startswith(("#", "\u3000", " ", UNIT, "{")):
            raise _Refused(number, f"{line[:20]!r} is no line of the canonical text (see docs/text-format.md)")
        else:
            kind, text = "salutation", line
        self.paragraphs().append(Paragraph(text=text, kind=kind, metrics=figures(text), lines=None))

    def entry(self, number: int | None, rest: str, line: int) -> None:
        if not self.stack or self.stack[-1].fields["kind"] != "glossary":
            raise _Refused(line, "a glossary entry stands under the glossary section")
        pieces = split_unescaped(rest, "：")
        if len(pieces) < 2:
            raise _Refused(line, "a glossary entry is written term：definition")
        term, definition = unescape(pieces[0]), rest[len(pieces[0]) + 1:]
        self.glossary.append(GlossaryTerm(number=number, term=term, definition=definition,
                                          metrics=figures(definition)))

    def heading(self, block: _Block, at: int) -> None:
        lines, number = block.lines, block.first + at
        match = HEADING_LINE.fullmatch(lines[at])
        assert match is not None
        level, head = len(match.group(1)), match.group(2)
        if level > len(self.stack) + 1:
            raise _Refused(number, f"a heading of level {level} under one of level {len(self.stack)}")
        words: list[str] = []
        tag = TAG.match(head)
        if tag is not None:
            words = tag.group(1).split(" ")
            unknown = [w for w in words if w not in SECTION_KINDS | RUN_IN_KINDS | {NO_LABEL}]
            if unknown:
                raise _Refused(number, f"unknown tag word {unknown[0]!r}")
            head = head[tag.end():]
        label, rest = (None, head) if NO_LABEL in words else split_label(head)
        end = len(split_unescaped(rest, "。")[0])  # the first 。 that is not escaped ends the title
        title, run_in = unescape(rest[:end]), rest[end + 1:]
        kinds = [w for w in words if w in SECTION_KINDS]
        paragraph_kinds = [w for w in words if w in RUN_IN_KINDS]
        fields: dict[str, Any] = {
            "label": label, "number": None, "title": title, "kind": kinds[0] if kinds else default_kind(label),
            "title_metrics": figures(title),
        }
        if label is not None:
            parsed = parse_label(label)
            fields["number"] = parsed.number if parsed is not None else None
        if at == 1:
            fields["kicker"] = lines[0]
        for extra in lines[at + 1:]:
            if extra.startswith(SUBTITLE) and "subtitle" not in fields and "byline" not in fields:
                fields["subtitle"] = extra[len(SUBTITLE):]
            elif extra.startswith(BYLINE) and "byline" not in fields:
                fields["byline"] = extra[len(BYLINE):]
            else:
                raise _Refused(number + 1, f"{extra[:20]!r} follows a heading: only ——subtitle and □byline may")
        Section(**{k: v for k, v in fields.items() if k != "run_in"})  # refuse a bad title on its line
        node = _Node(fields, number)
        if run_in:  # the paragraph the heading runs into
            fields["run_in"] = True
            kind = paragraph_kinds[0] if paragraph_kinds else "text"
            node.paragraphs.append(Paragraph(text=run_in, kind=kind, metrics=figures(run_in)))
        elif paragraph_kinds:
            raise _Refused(number, f"{paragraph_kinds[0]!r} names the paragraph of a run-in heading")
        del self.stack[level - 1:]
        (self.stack[-1].children if self.stack else self.top).append(node)
        self.stack.append(node)

    def table(self, block: _Block) -> None:
        lines, at = block.lines, 0
        values: dict[str, Any] = {"header": [], "rows": [], "notes": []}
        position = len(self.paragraphs())
        if lines[0] == BEFORE_RUN_IN:
            if not self.stack or not self.stack[-1].fields.get("run_in") or position != 1:
                raise _Refused(block.first, f"{BEFORE_RUN_IN} stands right after a run-in heading")
            position, at = 0, 1
        if at < len(lines) and lines[at].startswith(CAPTION):  # (the caption paragraph right before the table)
            if at:
                raise _Refused(block.first + 1, f"a table after {BEFORE_RUN_IN} has no caption: the paragraph "
                                                "the heading runs into comes first")
            caption = lines[at][len(CAPTION):]
            self.paragraphs().append(Paragraph(text=caption, kind="caption", metrics=figures(caption)))
            position, at = position + 1, at + 1
        if at < len(lines) and lines[at].startswith(UNIT):
            values["unit"], at = lines[at][len(UNIT):], at + 1
        target = values["header"]
        ruled = False
        while at < len(lines) and lines[at].startswith("|"):
            if lines[at] == RULE and not ruled:
                target, ruled = values["rows"], True
            else:
                target.append(_cells(lines[at], block.first + at))
            at += 1
        if not ruled:
            raise _Refused(block.first, f"a table has the rule {RULE} after its header rows")
        for note_at in range(at, len(lines)):
            if not lines[note_at].startswith(NOTE):
                raise _Refused(block.first + note_at, f"{lines[note_at][:20]!r} is no line of a table")
            values["notes"].append(lines[note_at][len(NOTE):])
        self.tables().append(table_figures(Table(**values, position=position)))

    def report(self, meta: dict[str, Any]) -> Report:
        return Report(meta=Meta(**meta, source=self.source), preamble=self.preamble,
                      preamble_tables=self.preamble_tables, sections=[node.build() for node in self.top],
                      glossary=self.glossary)


def read_canonical(text: str, *, source: str | None = None) -> Report:
    """Read govdoc's canonical text (see :func:`is_canonical`) into the Report it was written from.

    Raises :class:`~govdoc.errors.ParseError` naming the first line that breaks the format's rules
    (remove the front matter to have such a text read as raw text instead).
    """
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    if lines and not lines[-1]:
        lines.pop()  # the final newline
    reader = _Reader(source)
    try:
        meta, start = _front_matter(lines)
        for block in _blocks(lines, start):
            try:
                reader.block(block)
            except (ValidationError, ValueError) as exc:
                message = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
                raise _Refused(block.first, message) from exc
        return reader.report(meta)
    except _Refused as exc:
        raise ParseError(f"not valid govdoc text: {exc}", source=source,
                         hint="fix the line, or remove the front matter to read the text as raw text") from exc
    except ValidationError as exc:
        raise ParseError(f"not valid govdoc text: {exc.errors()[0]['msg']}", source=source) from exc
    except GovdocError:
        raise


__all__ = ["figures", "is_canonical", "read_canonical", "table_figures", "with_parser_figures"]
