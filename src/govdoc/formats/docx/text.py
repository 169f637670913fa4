"""The visible text of a Word body as lines, each marked with the heading level Word shows for it.

Shared by the reader (any .docx → lines → the raw-text parser) and the writer (the fingerprint of
what it wrote, see :func:`fingerprint`). Rules, in the order they apply to each paragraph:

* a paragraph is one line; soft breaks (``w:br``) inside it are joined (with a space only between
  two Latin letters or digits), tabs become a space, hidden and deleted text is dropped;
* a heading level comes from the paragraph's own ``w:outlineLvl`` (9 = body text), else from its
  style: the name ``Heading N`` / ``标题 N`` (any case, spaces optional), else the style's
  ``w:outlineLvl``, following ``w:basedOn``; style *names* are used, never style IDs, which differ
  between Word locales;
* a table row is one line, its cells joined with " | " (the layout of the metadata tables on
  disclosure pages, which the parser knows); a cell's paragraphs are joined with a space;
* text boxes follow the paragraph that anchors them; the table of contents (a ``Table of
  Contents`` content control or ``TOC`` styles) and govdoc's generated figure appendix are skipped.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from ...numbering import parse_label
from .numbering import ListNumbering
from .ooxml import FIGURES_TABLE_CAPTION, MC_NS, W_P, W_R, W_SDT, W_T, W_TBL, W_TC, W_TR, W_VAL, int_value, w

SKIPPED_STYLE_PREFIXES = ("toc ", "toc heading", "govdoc appendix", "govdoc toc", "govdoc figures")

_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)
_TITLE_NAMES = {"title", "标题"}
_SUBTITLE_NAMES = {"subtitle", "副标题"}
_CAPTION_NAMES = {"caption", "题注"}
_BYLINE_NAMES = {"govdoc byline", "govdoc author"}
_PRUNED = {w("pPr"), w("rPr"), w("del"), w("moveFrom"), f"{{{MC_NS}}}Fallback", w("instrText"),
           w("delText"), w("fldData"), w("txbxContent")}

LineKind = Literal["title", "subtitle", "heading", "paragraph", "caption", "byline", "row"]


@dataclass(frozen=True)
class WordLine:
    """One visible line: a paragraph or a table row, with the heading level Word gives it."""

    text: str
    kind: LineKind = "paragraph"
    level: int | None = None


@dataclass(frozen=True)
class StyleInfo:
    """What a paragraph style means for reading: its name, kind and heading level."""

    name: str
    kind: LineKind
    level: int | None
    skipped: bool


class Styles:
    """Paragraph styles of a document by style ID, resolved through ``w:basedOn``, and its lists."""

    def __init__(self, styles_element: Any | None, numbering: ListNumbering | None = None) -> None:
        self._raw: dict[str, tuple[str, str | None, int | None]] = {}
        self._num_pr: dict[str, Any] = {}
        self._resolved: dict[str, StyleInfo] = {}
        self.numbering = numbering
        self._default = ""  # the style of paragraphs without w:pStyle (w:default="1", usually Normal)
        if styles_element is None:
            return
        for style in styles_element.iter(w("style")):
            if style.get(w("type")) != "paragraph":
                continue
            style_id = style.get(w("styleId"), "")
            if style.get(w("default")) in ("1", "true", "on") and not self._default:
                self._default = style_id
            name_el = style.find(w("name"))
            based = style.find(w("basedOn"))
            outline = style.find(f"{w('pPr')}/{w('outlineLvl')}")
            self._raw[style_id] = (
                (name_el.get(W_VAL, "") if name_el is not None else "").strip(),
                based.get(W_VAL) if based is not None else None,
                int_value(outline.get(W_VAL)) if outline is not None else None,
            )
            num_pr = style.find(f"{w('pPr')}/{w('numPr')}")
            if num_pr is not None:
                self._num_pr[style_id] = num_pr

    def _style_num_pr(self, style_id: str | None) -> Any | None:
        key, depth = style_id or self._default, 0
        while key in self._raw and depth < 20:
            if key in self._num_pr:
                return self._num_pr[key]
            key, depth = self._raw[key][1] or "", depth + 1
        return None

    def is_numbered(self, style_id: str) -> bool:
        """Whether paragraphs of this style get a label from an automatic list."""
        num_id = _child_val(self._style_num_pr(style_id), "numId")
        return bool(num_id) and num_id != "0"

    def list_label(self, ppr: Any | None, style_id: str | None) -> str:
        """The label Word draws before a paragraph in an automatically numbered list, else ""."""
        if self.numbering is None:
            return ""
        num_pr = ppr.find(w("numPr")) if ppr is not None else None
        style_pr = self._style_num_pr(style_id)
        num_id = _child_val(num_pr, "numId") or _child_val(style_pr, "numId")
        if not num_id or num_id == "0":
            return ""
        ilvl = int_value(_child_val(num_pr, "ilvl") or _child_val(style_pr, "ilvl")) or 0
        return self.numbering.label(num_id, ilvl)

    def info(self, style_id: str | None) -> StyleInfo:
        """The meaning of the style ``style_id`` (the default style when None or unknown)."""
        key = style_id if style_id in self._raw else self._default
        if key not in self._resolved:
            self._resolved[key] = self._resolve(key, depth=0)
        return self._resolved[key]

    def _resolve(self, style_id: str, depth: int) -> StyleInfo:
        raw = self._raw.get(style_id)
        if raw is None or depth > 20:
            return StyleInfo("", "paragraph", None, False)
        name, based_on, outline = raw
        lowered = name.lower()
        skipped = lowered.startswith(SKIPPED_STYLE_PREFIXES)
        match = _HEADING_NAME.match(lowered)
        if match:
            return StyleInfo(name, "heading", int(match.group(1)), skipped)
        if lowered in _TITLE_NAMES:
            return StyleInfo(name, "title", None, skipped)
        if lowered in _SUBTITLE_NAMES:
            return StyleInfo(name, "subtitle", None, skipped)
        if lowered in _CAPTION_NAMES or lowered in _BYLINE_NAMES:
            return StyleInfo(name, "caption" if lowered in _CAPTION_NAMES else "byline", None, skipped)
        if outline is not None:
            level = outline + 1 if 0 <= outline <= 8 else None
            return StyleInfo(name, "heading" if level else "paragraph", level, skipped)
        if based_on:
            parent = self._resolve(based_on, depth + 1)
            return StyleInfo(name, parent.kind, parent.level, skipped or parent.skipped)
        return StyleInfo(name, "paragraph", None, skipped)


def _child_val(element: Any | None, tag: str) -> str | None:
    child = element.find(w(tag)) if element is not None else None
    return None if child is None else child.get(W_VAL)


def _join_breaks(text: str) -> str:
    if "\n" not in text:
        return text
    text = re.sub(r"(?<=[A-Za-z0-9])\n(?=[A-Za-z0-9])", " ", text)
    return text.replace("\n", "")


def _collect(element: Any, out: list[str], boxes: list[Any]) -> None:
    for child in element:
        tag = child.tag
        if tag == W_T:
            if child.text:
                out.append(child.text)
        elif tag in _PRUNED:
            if tag == w("txbxContent"):
                boxes.append(child)
        elif tag == W_R:
            rpr = child.find(w("rPr"))
            vanish = rpr.find(w("vanish")) if rpr is not None else None
            if vanish is not None and vanish.get(W_VAL, "true") not in ("0", "false", "off"):
                continue
            _collect(child, out, boxes)
        elif tag == w("tab") or tag == w("ptab"):
            out.append(" ")
        elif tag in (w("br"), w("cr")):
            if child.get(w("type")) in (None, "textWrapping"):
                out.append("\n")
        elif tag == w("noBreakHyphen"):
            out.append("-")
        elif isinstance(tag, str):
            _collect(child, out, boxes)


def paragraph_text(p: Any) -> tuple[str, list[Any]]:
    """The visible text of a ``w:p`` and the text boxes anchored in it."""
    out: list[str] = []
    boxes: list[Any] = []
    _collect(p, out, boxes)
    return _join_breaks("".join(out)).strip(), boxes


def _paragraph_line(p: Any, styles: Styles) -> tuple[WordLine | None, list[Any]]:
    text, boxes = paragraph_text(p)
    ppr = p.find(w("pPr"))
    style_el = ppr.find(w("pStyle")) if ppr is not None else None
    style_id = style_el.get(W_VAL) if style_el is not None else None
    info = styles.info(style_id)
    if info.skipped:
        return None, boxes
    label = styles.list_label(ppr, style_id)  # counted even for an empty paragraph, as Word does
    if not text:
        return None, boxes
    text = label + text
    kind, level = info.kind, info.level
    outline = ppr.find(w("outlineLvl")) if ppr is not None else None
    if outline is not None:
        value = int_value(outline.get(W_VAL))
        if value is not None and 0 <= value <= 8:
            kind, level = "heading", value + 1
        elif kind == "heading":
            kind, level = "paragraph", None
    return WordLine(text, kind, level), boxes


def _is_toc(sdt: Any) -> bool:
    gallery = sdt.find(f"{w('sdtPr')}/{w('docPartObj')}/{w('docPartGallery')}")
    return gallery is not None and (gallery.get(W_VAL) or "").lower() == "table of contents"


def _is_figures_table(tbl: Any, styles: Styles) -> bool:
    """govdoc's figure appendix: by its table caption, or (LibreOffice drops that) its cell style."""
    caption = tbl.find(f"{w('tblPr')}/{w('tblCaption')}")
    if caption is not None and caption.get(W_VAL) == FIGURES_TABLE_CAPTION:
        return True
    first = tbl.find(f"{W_TR}/{W_TC}/{W_P}/{w('pPr')}/{w('pStyle')}")
    return first is not None and styles.info(first.get(W_VAL)).name.lower().startswith("govdoc figures")


def _cell_text(tc: Any, styles: Styles) -> str:
    parts = [line.text for line in body_lines(tc, styles)]
    return " ".join(parts)


def _table_lines(tbl: Any, styles: Styles) -> Iterator[WordLine]:
    for tr in tbl.iter(W_TR):
        if tr.getparent() is not tbl:
            continue  # rows of nested tables are part of their cell's text
        cells = [_cell_text(tc, styles) for tc in tr if tc.tag == W_TC]
        if any(cells):
            yield WordLine(" | ".join(cells), "row")


def body_lines(container: Any, styles: Styles) -> Iterator[WordLine]:
    """The lines of a body, table cell, text box, footnote or content control, in order."""
    for child in container:
        tag = child.tag
        if tag == W_P:
            line, boxes = _paragraph_line(child, styles)
            if line is not None:
                yield line
            for box in boxes:
                yield from body_lines(box, styles)
        elif tag == W_TBL:
            if not _is_figures_table(child, styles):
                yield from _table_lines(child, styles)
        elif tag == W_SDT:
            content = child.find(w("sdtContent"))
            if content is not None and not _is_toc(child):
                yield from body_lines(content, styles)
        elif tag in (w("customXml"), w("smartTag"), w("ins"), w("moveTo")):
            yield from body_lines(child, styles)


def note_lines(notes_element: Any | None, styles: Styles, label: str) -> list[WordLine]:
    """Footnotes or endnotes as lines ``注1：…``, separators left out."""
    if notes_element is None:
        return []
    lines: list[WordLine] = []
    for note in notes_element:
        if note.get(w("type"), "normal") != "normal":
            continue
        text = " ".join(line.text for line in body_lines(note, styles))
        if text:
            lines.append(WordLine(f"{label}{len(lines) + 1}：{text}"))
    return lines


def fingerprint(lines: Iterable[WordLine]) -> str:
    """A hash of the visible text and heading levels: it changes when an editor changes the content."""
    digest = hashlib.sha256()
    for line in lines:
        digest.update(f"{line.level or 0}\t{line.text}\n".encode())
    return digest.hexdigest()


INDENT = "\u3000\u3000"
HEADING_MAX = 50  # a longer paragraph is never taken for a heading typed in body style
_HEADLINE = ("title", "subtitle")
_MARKS = {"caption": "▲", "byline": "□"}  # the canonical text's marks, which the parser knows
_SENTENCE_END = tuple("。！？；：!?;:…，,")


def _has_label(text: str) -> bool:
    return any(parse_label(text[:n]) is not None for n in range(1, min(len(text), 8) + 1))


def _flush_left(line: WordLine) -> bool:
    if line.kind != "paragraph":
        return True
    text = line.text.rstrip("”’」』）)》】")
    return _has_label(text) or (len(line.text) <= HEADING_MAX and not text.endswith(_SENTENCE_END))


def lines_to_text(lines: Iterable[WordLine]) -> str:
    """Raw text for the parser, in its indented layout: each paragraph one line starting with two
    ideographic spaces; flush left, where the parser looks for headings and metadata: headings (by
    style or outline level), titles, table rows, paragraphs that start with a numbering label
    (headings typed in body style, run-in headings "（一）标题。正文") and short lines without closing
    punctuation (a signature, a date); captions (style ``Caption``/``题注``) marked "▲" and govdoc's
    bylines "□", as in govdoc's canonical text. A blank line separates every paragraph from the
    next, except the lines of a title (Title and Subtitle styles)."""
    out: list[str] = []
    previous: WordLine | None = None
    for line in lines:
        if previous is not None and not (previous.kind in _HEADLINE and line.kind in _HEADLINE):
            out.append("")
        mark = _MARKS.get(line.kind, "")
        out.append(mark + line.text if mark or _flush_left(line) else INDENT + line.text)
        previous = line
    return "\n".join(out) + "\n"


__all__ = [
    "StyleInfo",
    "Styles",
    "WordLine",
    "body_lines",
    "fingerprint",
    "lines_to_text",
    "note_lines",
    "paragraph_text",
]
