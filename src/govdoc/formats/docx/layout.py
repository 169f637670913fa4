"""What a Report looks like on the page, as a flat list of styled blocks, before any Word XML.

Pure and format-neutral: the Word writer turns blocks into paragraphs, and tests (the LibreOffice
round trip among them) use the same list to know which text must appear under which heading.

Order: masthead (publication, issue), a table of 索引号/公开类别/文号 (one ``meta`` block per row,
one run per cell, as on disclosure pages), title, subtitle (after "——"), authors, preamble,
the sections (kicker, heading ``label + title``, subtitle, byline, paragraphs, children; the
glossary section lists its terms ``1.术语：定义``), then the signature (issuer, date).
A run-in heading is written at the start of its first paragraph: ``（一）标题。正文…``; a lead
sentence heading keeps its 。 (``旧区改造换档加速。``), subtitles follow "——", as printed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from ...model import Paragraph, Report, Section
from ...numbering import parse_label

BlockRole = Literal[
    "masthead", "meta", "title", "subtitle", "author", "body", "caption", "byline",
    "salutation", "note", "kicker", "heading", "section_subtitle", "glossary", "signature",
]
CharRole = Literal["run_in", "term"]

FRONT_ROLES: frozenset[BlockRole] = frozenset({"masthead", "meta", "title", "subtitle", "author"})
_PARAGRAPH_ROLES: dict[str, BlockRole] = {
    "text": "body", "caption": "caption", "byline": "byline", "salutation": "salutation", "note": "note",
}
_CLOSING = tuple("。！？；：…")
_SPACED_FAMILIES = ("part", "chapter", "jie")


@dataclass(frozen=True)
class DocxBlock:
    """One paragraph to write: its role, its runs ``(text, character role)`` and a heading level."""

    role: BlockRole
    runs: tuple[tuple[str, CharRole | None], ...]
    level: int = 0

    @property
    def text(self) -> str:
        """The text as a reader sees it (a ``meta`` row's cells joined with " | ")."""
        return (" | " if self.role == "meta" else "").join(text for text, _ in self.runs)


def _plain(role: BlockRole, text: str, level: int = 0) -> DocxBlock:
    return DocxBlock(role, ((text, None),), level)


def format_date(date: dt.date) -> str:
    """A date as GB/T 9704 prints it: full year, no zero padding (2025年3月15日)."""
    return f"{date.year}年{date.month}月{date.day}日"


def heading_text(section: Section) -> str:
    """The printed heading: the label as printed, then the title ("一、经济发展"); a space after
    "第一部分", "第一章" and "第一节", as govdoc's canonical text prints them."""
    if section.label is None:
        return section.title
    label = parse_label(section.label)
    space = " " if label is not None and label.family in _SPACED_FAMILIES else ""
    return f"{section.label}{space}{section.title}"


def _paragraph(paragraph: Paragraph) -> DocxBlock:
    return _plain(_PARAGRAPH_ROLES[paragraph.kind], paragraph.text)


def _section(report: Report, section: Section, level: int) -> Iterator[DocxBlock]:
    if section.kicker:
        yield _plain("kicker", section.kicker)
    paragraphs = section.paragraphs
    if not section.run_in:
        head = heading_text(section)
        yield _plain("heading", head + ("。" if section.kind == "lead" and not head.endswith(_CLOSING) else ""),
                     level)
    if section.subtitle:
        subtitle = section.subtitle
        yield _plain("section_subtitle", subtitle if subtitle.startswith(("—", "－")) else f"——{subtitle}")
    if section.byline:
        yield _plain("byline", section.byline)
    if section.run_in:
        first, paragraphs = paragraphs[0], paragraphs[1:]
        head = heading_text(section)
        head += "" if head.endswith(_CLOSING) else "。"
        yield DocxBlock(_PARAGRAPH_ROLES[first.kind], ((head, "run_in"), (first.text, None)), level)
    for paragraph in paragraphs:
        yield _paragraph(paragraph)
    if section.kind == "glossary":
        for term in report.glossary:
            number = f"{term.number}. " if term.number is not None else ""
            yield DocxBlock("glossary", ((number, None), (term.term, "term"), (f"：{term.definition}", None)))
    for child in section.children:
        yield from _section(report, child, level + 1)


def layout(report: Report) -> list[DocxBlock]:
    """The blocks of a Report in reading order."""
    meta = report.meta
    blocks: list[DocxBlock] = []
    masthead = " ".join(part for part in (meta.publication, meta.issue) if part)
    if masthead:
        blocks.append(_plain("masthead", masthead))
    for key, value in (("索引号", meta.index_number), ("公开类别", meta.category), ("文号", meta.doc_number)):
        if value:
            blocks.append(DocxBlock("meta", ((key, None), (value, None))))
    if meta.title:
        blocks.append(_plain("title", meta.title))
    if meta.subtitle:
        subtitle = meta.subtitle if meta.subtitle.startswith(("—", "－")) else f"——{meta.subtitle}"
        blocks.append(_plain("subtitle", subtitle))
    blocks.extend(_plain("author", author) for author in meta.authors)
    blocks.extend(_paragraph(p) for p in report.preamble)
    for section in report.sections:
        blocks.extend(_section(report, section, 1))
    if meta.issuer:
        blocks.append(_plain("signature", meta.issuer))
    if meta.date:
        blocks.append(_plain("signature", format_date(meta.date)))
    return blocks


__all__ = ["FRONT_ROLES", "BlockRole", "CharRole", "DocxBlock", "format_date", "heading_text", "layout"]
