"""From a Report to the typeset blocks of its PDF, one block per line of the canonical text.

The PDF shows the canonical text (``govdoc.write_text``, docs/text-format.md) line by line, with
the marks that only plain text needs turned into layout: the metadata keys (标题：, 发布机构：, ...)
become a centred title block, the two ideographic spaces before a paragraph become its first-line
indent, ▲ before a caption becomes a centred 黑体 line, □ before a byline a centred 楷体 line, and
the ISO date is printed as 2025年3月15日. Each block carries a *code* that tells the reader how to
restore its canonical line (see :data:`PREFIXES`), so the text read back is the canonical text again.

:func:`blocks` builds the blocks from the Report and checks them against ``write_text``; if the
canonical format ever drifts from what this module expects, every line is typeset verbatim
instead (code ``t``), which still reads back exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import GlossaryTerm, Paragraph, Report, Section
from ...numbering import parse_label

INDENT = "\u3000\u3000"
PREFIXES = {"p": INDENT, "c": "▲", "y": "□", "t": ""}
"""PdfBlock codes whose canonical line is a fixed prefix plus the shown text."""
META_KEYS = {"title": "标题", "subtitle": "副标题", "issuer": "发布机构", "date": "发布日期", "publication": "刊名",
             "issue": "期号", "doc_number": "文号"}
"""Metadata lines shown without their key (code ``m`` + key); the others are shown as printed."""
DATE_KEY = "发布日期"
_CN_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


@dataclass
class PdfBlock:
    """One canonical line: what it is, the text shown, and the code that restores the line."""

    kind: str  # blank title subtitle meta heading runin lead headline kicker secsubtitle byline para
    #            caption salutation term
    shown: str
    code: str  # "e" blank, "p"/"c"/"y"/"t" prefix codes, "m<key>" metadata line, "d" the date line
    section: Section | None = None
    level: int = 0
    term: GlossaryTerm | None = None
    paragraph: Paragraph | None = None

    def canonical(self) -> str:
        """The canonical text line this block stands for."""
        return restore(self.code, self.shown)


def restore(code: str, shown: str) -> str:
    """The canonical line for a block ``code`` and the text read from the PDF."""
    if code == "e":
        return ""
    if code == "d":
        match = _CN_DATE.fullmatch(shown)
        if match is None:
            return f"{DATE_KEY}：{shown}"
        year, month, day = (int(g) for g in match.groups())
        return f"{DATE_KEY}：{year:04d}-{month:02d}-{day:02d}"
    if code.startswith("m"):
        return f"{code[1:]}：{shown}"
    return PREFIXES.get(code, "") + shown


def heading_text(section: Section) -> str:
    """A heading as shown in bookmarks and the table of contents: label and title."""
    return f"{section.label}{section.title}" if section.label else section.title


def _meta_blocks(report: Report) -> list[PdfBlock]:
    meta = report.meta
    out: list[PdfBlock] = []
    fields = (("title", "标题"), ("subtitle", "副标题"), ("issuer", "发布机构"), ("date", "发布日期"),
              ("publication", "刊名"), ("issue", "期号"), ("index_number", "索引号"), ("category", "公开类别"),
              ("doc_number", "文号"), ("authors", "作者"))
    for name, key in fields:
        value = getattr(meta, name)
        if name == "authors":
            value = "；".join(value) if value else None
        if not value:
            continue
        kind = {"title": "title", "subtitle": "subtitle"}.get(name, "meta")
        if name == "date":
            out.append(PdfBlock(kind, f"{value.year}年{value.month}月{value.day}日", "d"))
        elif name in META_KEYS:
            out.append(PdfBlock(kind, str(value), f"m{key}"))
        else:
            out.append(PdfBlock(kind, f"{key}：{value}", "t"))
    return out or [PdfBlock("title", "", "m标题")]


def _paragraph(paragraph: Paragraph, section: Section | None, level: int) -> PdfBlock:
    kind = {"caption": "caption", "byline": "byline", "salutation": "salutation"}.get(paragraph.kind, "para")
    code = {"caption": "c", "byline": "y", "salutation": "t"}.get(paragraph.kind, "p")
    return PdfBlock(kind, paragraph.text, code, section=section, level=level, paragraph=paragraph)


def _heading(section: Section, level: int) -> list[PdfBlock]:
    if section.kind == "article":
        out = [PdfBlock("kicker", section.kicker, "t", section, level)] if section.kicker else []
        out.append(PdfBlock("headline", section.title, "t", section, level))
        if section.subtitle:
            out.append(PdfBlock("secsubtitle", f"——{section.subtitle}", "t", section, level))
        if section.byline:
            out.append(PdfBlock("byline", section.byline, "y", section, level))
        return out
    if section.label is not None:
        parsed = parse_label(section.label)
        space = " " if parsed is not None and parsed.family in ("part", "chapter", "jie") else ""
        head = f"{section.label}{space}{section.title}"
    else:
        head = section.title
    kind = "heading"
    if section.kind == "lead" or section.run_in:
        head += "。"
        kind = "lead"
    if section.run_in:
        head += section.paragraphs[0].text
        kind = "runin"
    return [PdfBlock(kind, head, "t", section, level)]


def report_blocks(report: Report) -> list[PdfBlock]:
    """The blocks of a Report in the order and form of its canonical text."""
    out = _meta_blocks(report)
    blank = PdfBlock("blank", "", "e")

    def add(gap: int, block: list[PdfBlock]) -> None:
        out.extend([blank] * gap)
        out.extend(block)

    def visit(section: Section, level: int) -> None:
        add(2 if section.kind == "article" else 1, _heading(section, level))
        paragraphs = section.paragraphs[1:] if section.run_in else section.paragraphs
        for paragraph in paragraphs:
            add(1, [_paragraph(paragraph, section, level)])
        if section.kind == "glossary":
            for term in report.glossary:
                number = f"{term.number}. " if term.number is not None else ""
                add(1, [PdfBlock("term", f"{number}{term.term}：{term.definition}", "t", section, level, term)])
        for child in section.children:
            visit(child, level + 1)

    for paragraph in report.preamble:
        add(1, [_paragraph(paragraph, None, 0)])
    for section in report.sections:
        visit(section, 1)
    return out


def canonical_text(report: Report) -> str:
    """The canonical text of the Report (``govdoc.write_text``)."""
    from ..text import write_text

    return write_text(report)


def blocks(report: Report) -> list[PdfBlock]:
    """The blocks to typeset: :func:`report_blocks`, or the canonical lines verbatim if they disagree."""
    text = canonical_text(report)
    built = report_blocks(report)
    if "\n".join(b.canonical() for b in built) + "\n" == text:
        return built
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [PdfBlock("blank", "", "e") if not line else PdfBlock("para", line, "t") for line in lines]


__all__ = ["PREFIXES", "PdfBlock", "blocks", "canonical_text", "heading_text", "report_blocks", "restore"]
