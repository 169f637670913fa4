"""Canonical text: the clean plain text of a Report, written so that ``parse`` reads it back exactly.

It follows the conventions of Chinese plain-text documents, so it reads naturally:

* a metadata block of "key：value" lines (标题、副标题、发布机构、发布日期、刊名、期号、索引号、公开类别、文号、作者)
  as on government disclosure pages, then a blank line;
* paragraphs indented with two ideographic spaces (U+3000), one paragraph per line;
* headings flush left: "一、标题", "（一）标题。正文…" (run-in), "标题。" (a lead sentence),
  unnumbered subheads as they are;
* an article headline after two blank lines, with its kicker above it, "——subtitle" and "□byline" below;
* captions marked "▲", bylines "□", salutations as printed ("各位代表："), glossary entries "1. 术语：释义".

Blocks are separated by one blank line. ``docs/text-format.md`` describes the format in full.
"""

from __future__ import annotations

from ...model import GlossaryTerm, Meta, Paragraph, Report, Section
from ...numbering import parse_label

INDENT = "\u3000\u3000"
META_LABELS = (
    ("title", "标题"), ("subtitle", "副标题"), ("issuer", "发布机构"), ("date", "发布日期"),
    ("publication", "刊名"), ("issue", "期号"), ("index_number", "索引号"), ("category", "公开类别"),
    ("doc_number", "文号"), ("authors", "作者"),
)
_SPACED_FAMILIES = ("part", "chapter", "jie")


def _meta_lines(meta: Meta) -> list[str]:
    lines = []
    for field, label in META_LABELS:
        value = getattr(meta, field)
        if field == "authors":
            value = "；".join(value) if value else None
        elif field == "date" and value is not None:
            value = value.isoformat()
        if value:
            lines.append(f"{label}：{value}")
    return lines or ["标题："]  # the block opens every canonical text, even an untitled one


def _paragraph(paragraph: Paragraph) -> str:
    prefix = {"caption": "▲", "byline": "□", "salutation": ""}.get(paragraph.kind, INDENT)
    return prefix + paragraph.text


def _heading(section: Section) -> list[str]:
    """The heading line(s) of a section; a run-in heading carries its first paragraph."""
    if section.kind == "article":
        lines = [section.kicker] if section.kicker else []
        lines.append(section.title)
        if section.subtitle:
            lines.append(f"——{section.subtitle}")
        if section.byline:
            lines.append(f"□{section.byline}")
        return lines
    if section.label is not None:
        parsed = parse_label(section.label)
        space = " " if parsed is not None and parsed.family in _SPACED_FAMILIES else ""
        head = f"{section.label}{space}{section.title}"
    else:
        head = section.title
    if section.kind == "lead" or section.run_in:
        head += "。"
    if section.run_in:
        head += section.paragraphs[0].text
    return [head]


def _glossary_line(term: GlossaryTerm) -> str:
    number = f"{term.number}. " if term.number is not None else ""
    return f"{number}{term.term}：{term.definition}"


def _blocks(report: Report) -> list[tuple[int, list[str]]]:
    """(blank lines before, lines) for every block of the document, in order."""
    out: list[tuple[int, list[str]]] = []

    def visit(section: Section) -> None:
        out.append((2 if section.kind == "article" else 1, _heading(section)))
        paragraphs = section.paragraphs[1:] if section.run_in else section.paragraphs
        out.extend((1, [_paragraph(p)]) for p in paragraphs)
        if section.kind == "glossary":
            out.extend((1, [_glossary_line(t)]) for t in report.glossary)
        for child in section.children:
            visit(child)

    out.extend((1, [_paragraph(p)]) for p in report.preamble)
    for section in report.sections:
        visit(section)
    return out


def write_text(report: Report) -> str:
    """Write the canonical text of a Report (see the module docstring); ``parse`` reads it back exactly.

    Raises nothing for a valid Report.
    """
    lines = _meta_lines(report.meta)
    for gap, block in _blocks(report):
        if lines or gap > 1:
            lines.extend([""] * gap)
        lines.extend(block)
    return "\n".join(lines) + "\n"


__all__ = ["write_text"]
