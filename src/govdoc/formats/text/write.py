"""Write a Report as text: govdoc's canonical text (exact, with marks) or plain text (as typed).

``style="canonical"`` (the default) writes the format of ``docs/text-format.md``: a front matter
with every metadata field, ``#`` marks for heading depths, ``{tags}`` where layout cannot say what
a heading is, marks for captions (▲), bylines (□) and notes (※), tables as ``| … |`` rows.
:func:`govdoc.parse` recognises it by its first lines and reads it back exactly.

``style="plain"`` writes the document as an office would type it: the title on top, headings as
printed (``一、经济发展``), paragraphs indented with two ideographic spaces, tables with tab-separated
cells, the issuer and the date at the end; no marks, so the parser has to read it like any raw text.
"""

from __future__ import annotations

from typing import Literal

from ...conventions import INDENT, META_LABELS, heading_text
from ...model import Cell, Meta, Report, Table
from .. import layout as lay
from .syntax import (
    BEFORE_RUN_IN,
    BYLINE,
    CAPTION,
    FENCE,
    LITERAL,
    NO_LABEL,
    NOTE,
    NUMBERED_ENTRY,
    PARAGRAPH,
    RESERVED_STARTS,
    RULE,
    SUBTITLE,
    TAG,
    UNIT,
    UNNUMBERED_ENTRY,
    VERSION,
    VERSION_KEY,
    default_kind,
    escape,
    split_label,
)

TextStyle = Literal["canonical", "plain"]


def write_text(report: Report, *, style: TextStyle = "canonical") -> str:
    """The text of ``report``: canonical (``parse`` reads it back exactly) or plain (no marks).

    Raises nothing for a valid Report.
    """
    if style == "plain":
        return _plain(report)
    return _canonical(report)


# ---- canonical ------------------------------------------------------------------------------------


def front_matter(meta: Meta) -> list[str]:
    """The front matter: the fence, the format version, one ``key：value`` line per field, the fence."""
    lines = [FENCE, f"{VERSION_KEY}: {VERSION}"]
    for field, key in META_LABELS:
        value = getattr(meta, field)
        if field == "authors":
            lines.extend(f"{key}：{author}" for author in value)
        elif value is not None:
            lines.append(f"{key}：{value.isoformat() if field == 'date' else value}")
    lines.append(FENCE)
    return lines


def heading_line(item: lay.Heading) -> str:
    """``#`` per level, a tag when the line alone would be read otherwise, label, title, run-in text."""
    section = item.section
    title = escape(section.title, "。")
    head = heading_text(section.label, title)
    words: list[str] = []
    if section.kind != default_kind(section.label):
        words.append(section.kind)
    if item.run_in is not None and item.run_in.kind != "text":
        words.append(item.run_in.kind)
    if section.label is None and split_label(head)[0] is not None:
        words.append(NO_LABEL)  # an unnumbered title that starts like a label ("一、二、三")
    if not words and TAG.match(head):
        words.append(section.kind)  # a title that looks like a tag: name the kind, so it is read as text
    tag = "{" + " ".join(words) + "} " if words else ""
    tail = ""
    if item.run_in is not None:
        tail = "。" + item.run_in.text
    elif section.kind == "lead":
        tail = "。"
    return f"{'#' * item.level} {tag}{head}{tail}"


def _salutation(text: str) -> str:
    if text.startswith(RESERVED_STARTS) or NUMBERED_ENTRY.fullmatch(text):
        return LITERAL + text
    return text


def _cell(cell: Cell) -> str:
    spans = " ".join(f"{name}={value}" for name, value in (("c", cell.colspan), ("r", cell.rowspan)) if value > 1)
    text = escape(cell.text, "|")
    if spans:
        return "{" + spans + "}" + (" " + text if text else "")
    return LITERAL + text if text.startswith("{") else text


def _row(cells: list[Cell]) -> str:
    return "|" + "|".join(f" {_cell(cell)} " for cell in cells) + "|"


def table_lines(table: Table, *, before_run_in: bool = False, caption: str | None = None) -> list[str]:
    """A table block: caption (the caption paragraph right before the table), unit, header rows, the rule,
    body rows, notes."""
    lines = [BEFORE_RUN_IN] if before_run_in else []
    if caption is not None:
        lines.append(CAPTION + caption)
    if table.unit is not None:
        lines.append(UNIT + table.unit)
    lines.extend(_row(row) for row in table.header)
    lines.append(RULE)
    lines.extend(_row(row) for row in table.rows)
    lines.extend(NOTE + note for note in table.notes)
    return lines


def _canonical_blocks(report: Report) -> list[list[str]]:
    blocks: list[list[str]] = []
    kicker: list[str] = []
    for item in lay.layout(report, front=False):
        if isinstance(item, lay.Kicker):
            kicker = [item.text]
        elif isinstance(item, lay.Heading):
            section = item.section
            blocks.append([*kicker, heading_line(item)])
            kicker = []
            if section.subtitle is not None:
                blocks[-1].append(SUBTITLE + section.subtitle)
            if section.byline is not None:
                blocks[-1].append(BYLINE + section.byline)
        elif isinstance(item, lay.Byline) and item.paragraph is not None:
            blocks.append([BYLINE + item.paragraph.text])
        elif isinstance(item, lay.Para):
            mark = {"text": PARAGRAPH, "caption": CAPTION, "note": NOTE}.get(item.kind)
            text = item.paragraph.text
            blocks.append([mark + text if mark is not None else _salutation(text)])
        elif isinstance(item, lay.Entry):
            term = escape(item.term.term, "：")
            number = item.number if item.term.number is not None else UNNUMBERED_ENTRY
            blocks.append([f"{number}{term}：{item.term.definition}"])
        elif isinstance(item, lay.TableItem):
            caption = item.caption.paragraph.text if item.caption is not None else None
            blocks.append(table_lines(item.table, before_run_in=item.before_run_in, caption=caption))
    return blocks


def _canonical(report: Report) -> str:
    lines = front_matter(report.meta)
    for block in _canonical_blocks(report):
        lines.append("")
        lines.extend(block)
    return "\n".join(lines) + "\n"


# ---- plain ----------------------------------------------------------------------------------------


def _plain_table(item: lay.TableItem) -> list[str]:
    table = item.table
    lines = [item.caption.text.text] if item.caption is not None else []
    if table.unit is not None:
        lines.append(item.cell_text(table.unit))
    for row in (*table.header, *table.rows):
        cells: list[str] = []
        for cell in row:
            cells.append(item.cell_text(cell.text))
            cells.extend([""] * (cell.colspan - 1))
        lines.append("\t".join(cells).rstrip("\t"))
    lines.extend(item.cell_text(note) for note in table.notes)
    return lines


def _attached(item: lay.Item, previous: lay.Item | None) -> bool:
    """True when ``item`` is printed right under ``previous``, without a blank line between."""
    if isinstance(item, lay.FRONT):
        return isinstance(previous, lay.FRONT)
    if isinstance(item, lay.Signature):
        return isinstance(previous, lay.Signature)
    if isinstance(item, lay.Heading):
        return isinstance(previous, lay.Kicker)
    if isinstance(item, lay.SectionSubtitle) or (isinstance(item, lay.Byline) and item.paragraph is None):
        return isinstance(previous, (lay.Heading, lay.SectionSubtitle))
    return False


def _plain_lines(item: lay.Item) -> list[str]:
    if isinstance(item, lay.MetaRow):
        return [f"{item.key}：{item.value}"]
    if isinstance(item, lay.DocTitle):
        return [item.text.text]
    if isinstance(item, lay.Para):
        return [INDENT + item.text.text if item.kind in ("text", "note") else item.text.text]
    if isinstance(item, lay.Heading):
        return [item.text.text + item.closing + (item.run_in_text.text if item.run_in_text is not None else "")]
    if isinstance(item, lay.Entry):
        return [f"{item.number}{item.term.term}：{item.definition.text}"]
    if isinstance(item, lay.TableItem):
        return _plain_table(item)
    return [item.text]


def _plain(report: Report) -> str:
    blocks: list[list[str]] = []
    previous: lay.Item | None = None
    for item in lay.layout(report):
        if blocks and _attached(item, previous):
            blocks[-1].extend(_plain_lines(item))
        else:
            blocks.append(_plain_lines(item))
        previous = item
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


__all__ = ["TextStyle", "front_matter", "heading_line", "table_lines", "write_text"]
