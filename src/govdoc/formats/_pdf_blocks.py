"""From a Report to the typeset blocks of its PDF: the canonical text lines, each with its role.

The PDF shows exactly the lines of the canonical text (``govdoc.write_text``), one block per line,
so that the text layer read back, with wrapped lines joined, is the canonical text again. The
Report says what each line is (title, heading of level n, run-in heading, paragraph, caption,
glossary entry, ...): :func:`classify` walks the Report in document order alongside the lines.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..model import GlossaryTerm, Paragraph, Report, Section


@dataclass
class Item:
    """One element of the Report that the canonical text prints on a line of its own."""

    kind: str  # title, subtitle, heading, runin, para, term, kicker, byline, secsubtitle
    text: str = ""
    section: Section | None = None
    level: int = 0
    paragraph: Paragraph | None = None
    term: GlossaryTerm | None = None


@dataclass
class Block:
    """One canonical line and what it is; ``item`` is None for lines the Report does not name."""

    text: str
    kind: str  # blank, front, title, subtitle, heading, runin, para, term, kicker, byline, secsubtitle
    item: Item | None = None


def heading_text(section: Section) -> str:
    """A heading as shown in bookmarks: label and title."""
    return f"{section.label}{section.title}" if section.label else section.title


def items(report: Report) -> Iterator[Item]:
    """The Report's printable elements in document order."""
    if report.meta.title:
        yield Item("title", report.meta.title)
    if report.meta.subtitle:
        yield Item("subtitle", report.meta.subtitle)
    for paragraph in report.preamble:
        yield Item("para", paragraph.text, paragraph=paragraph)
    for level, section in report.walk():
        if section.kicker:
            yield Item("kicker", section.kicker, section=section, level=level)
        paragraphs = list(section.paragraphs)
        if section.run_in and paragraphs:
            first = paragraphs.pop(0)
            yield Item("runin", section.title, section=section, level=level, paragraph=first)
        else:
            yield Item("heading", section.title, section=section, level=level)
        if section.subtitle:
            yield Item("secsubtitle", section.subtitle, section=section, level=level)
        if section.byline:
            yield Item("byline", section.byline, section=section, level=level)
        for paragraph in paragraphs:
            yield Item("para", paragraph.text, paragraph=paragraph, section=section, level=level)
        if section.kind == "glossary":
            for term in report.glossary:
                yield Item("term", term.term, term=term, section=section, level=level)


def _squash(text: str) -> str:
    return "".join(text.split())


def matches(item: Item, line: str) -> bool:
    """True when ``line`` is how the canonical text prints ``item``."""
    sq = _squash(line)
    if item.kind == "heading" and item.section is not None:
        title = _squash(item.section.title)
        label = _squash(item.section.label or "")
        core = sq.rstrip("。")
        return core.endswith(title) and core.startswith(label) and len(core) - len(title) <= len(label) + 4
    if item.kind == "runin" and item.section is not None and item.paragraph is not None:
        return (sq.startswith(_squash(item.section.label or ""))
                and _squash(item.section.title) in sq and sq.endswith(_squash(item.paragraph.text)))
    if item.kind == "term" and item.term is not None:
        return _squash(item.term.term) in sq and sq.endswith(_squash(item.term.definition))
    target = _squash(item.text)
    return bool(target) and target in sq and len(sq) - len(target) <= 12


def classify(report: Report, text: str) -> list[Block]:
    """Pair each line of the canonical ``text`` with the Report element it prints."""
    pending = list(items(report))
    blocks: list[Block] = []
    pos = 0
    seen_content = False
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the final newline ends the last line; it is not a blank line
    for line in lines:
        if not line.strip():
            blocks.append(Block(line, "blank"))
            continue
        found = None
        for j in range(pos, min(pos + 6, len(pending))):
            if matches(pending[j], line):
                found = j
                break
        if found is None:
            blocks.append(Block(line, "para" if seen_content else "front"))
            continue
        item = pending[found]
        pos = found + 1
        if item.kind not in ("title", "subtitle"):
            seen_content = True
        blocks.append(Block(line, item.kind, item))
    return blocks


def fallback_text(report: Report) -> str:
    """A canonical-like text for when ``govdoc.formats.text`` is not available."""
    meta = report.meta
    out: list[str] = []
    for value in (meta.title, meta.subtitle, meta.publication, meta.issue, meta.doc_number, meta.issuer):
        if value:
            out.append(value)
    if meta.date:
        out.append(f"{meta.date.year}年{meta.date.month}月{meta.date.day}日")
    for value in (meta.index_number, meta.category, *meta.authors):
        if value:
            out.append(value)
    for item in items(report):
        if item.kind in ("title", "subtitle"):
            continue
        section = item.section
        if item.kind == "heading" and section is not None:
            out.append(heading_text(section))
        elif item.kind == "runin" and section is not None and item.paragraph is not None:
            out.append(f"{heading_text(section)}。{item.paragraph.text}")
        elif item.kind == "term" and item.term is not None:
            number = f"{item.term.number}." if item.term.number else ""
            out.append(f"{number}{item.term.term}：{item.term.definition}")
        else:
            out.append(item.text)
    return "\n".join(out) + "\n"


def canonical_text(report: Report) -> str:
    """The canonical text of the Report (``govdoc.write_text``), or the fallback while it is missing."""
    try:
        from .text import write_text  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return fallback_text(report)
    result: str = write_text(report)
    return result


__all__ = ["Block", "Item", "canonical_text", "classify", "heading_text", "items", "matches"]
