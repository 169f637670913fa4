"""The interface between readers and the parser: a document as a sequence of typed source lines.

Every reader (raw text, Word, PDF, HTML) turns its file into ``SourceLine`` objects and hands them
to :func:`govdoc.parsing.parse_lines`. A source line keeps what the file knew about the line (a
heading's outline level, a style name, bold, alignment, table cells, page) so that the parser never
has to guess it back from marked-up text; raw text only knows characters, indentation and blank
lines, and leaves the other fields unset.

The text is as the file holds it: the parser cleans it (odd spaces, invisible characters, fake-bold
doubling), so every reader gets the same cleaning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

Align = Literal["left", "center", "right", "justify"]


@dataclass(frozen=True, slots=True)
class SourceCell:
    """One cell of a table row as the file gives it: text, and the columns and rows it spans."""

    text: str
    colspan: int = 1
    rowspan: int = 1


@dataclass(frozen=True, slots=True)
class SourceLine:
    """One line (a Word or HTML paragraph, a PDF text line, a line of raw text) with what the file knew.

    ``origin`` is the 1-based position in the input the reader counts in (line of a text file,
    paragraph of a Word body, line of a PDF), used for provenance. ``level`` is the heading level the
    file declares: 0 for the document title (Word "Title", HTML ``<h1>`` of the article), 1 and more
    for headings (Word "Heading N" or an outline level, ``<hN>``), None when the file says nothing.
    A table row has ``cells`` and the ``table`` number its rows share; its ``text`` joins the cells.
    """

    text: str
    origin: int
    indent: int = 0
    blank_before: int = 0
    level: int | None = None
    style: str | None = None
    bold: bool = False
    align: Align | None = None
    cells: tuple[SourceCell, ...] | None = None
    table: int | None = None
    header: bool = False
    page: int | None = None


_CJK_EDGE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def join_parts(parts: Iterable[str]) -> str:
    """Join the pieces of one line a reader gathered (a cell's paragraphs, a headline's ``<br>`` lines):
    no space between Chinese characters, one elsewhere; empty pieces are left out."""
    out = ""
    for part in parts:
        if not part:
            continue
        if out and not (_CJK_EDGE.match(out[-1]) or _CJK_EDGE.match(part[0])):
            out += " "
        out += part
    return out


_INDENTS = frozenset("\u3000 \t\u00a0")


def leading_indent(raw: str) -> int:
    """The width of a line's indentation: an ideographic space counts two, other spaces one."""
    if raw[:1] not in _INDENTS:  # (most lines: no indentation)
        return 0
    width = 0
    for ch in raw:
        if ch == "\u3000":
            width += 2
        elif ch in " \t\u00a0":
            width += 1
        else:
            break
    return width


def split_text(text: str) -> list[str]:
    """Split decoded text into physical lines: CRLF, CR, and the Unicode line separators all break."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():  # the Unicode line and paragraph separators (and NEL) break lines too
        text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x85", "\n")
    return text.split("\n")


# three Latin letters (or letters and a digit) behind Chinese text or its marks, at a line's end or before a run of
# spaces: where a site that serves copies of documents put a token of its own for each line break ("…会议上vzT",
# "…第十六届IAh   人民代表…", "…提出意见。2Iu")
_CHINESE_OR_MARK = r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef:;,.!?)]"
# (the letters first, the mark before them tested after: a lookbehind tried at every place of a text is slow)
_BREAK_TOKEN = re.compile(r"[0-9A-Za-z]{3}(?=[ \u3000]{2,}|[ \u3000]*$)", re.MULTILINE)
_BEFORE_TOKEN = re.compile(_CHINESE_OR_MARK)
_LATIN = re.compile(r"[A-Za-z]")
_TOKENS_MIN = 4  # how often such a token must stand before it is taken for the site's line breaks


def break_token(text: str) -> re.Pattern[str] | None:
    """The pattern of a site's line-break token and the spaces after it, where the text has one: a token of mixed
    case (no abbreviation, "GDP", "km", no figure, "500") that stands after Chinese text at least ``_TOKENS_MIN``
    times."""
    if text.isascii() or _LATIN.search(text) is None:
        return None
    counts: dict[str, int] = {}
    for match in _BREAK_TOKEN.finditer(text):
        token = match.group()
        if (not token.isupper() and not token.islower() and not token.isdigit() and match.start() > 0
                and _BEFORE_TOKEN.match(text, match.start() - 1) is not None):
            counts[token] = counts.get(token, 0) + 1
    commonest = max(counts, key=lambda key: counts[key], default=None)
    if commonest is None or counts[commonest] < _TOKENS_MIN:
        return None
    return re.compile(f"(?:(?<={_CHINESE_OR_MARK})|^[ \u3000]*){commonest}[ \u3000]*")  # (alone: a blank line)


def lines_from_text(text: str) -> Iterator[SourceLine]:
    """The source lines of raw text: one per non-blank line, with its indentation and the blank lines before it.

    A line of nothing but invisible characters is still yielded; the parser counts it as blank once
    it has cleaned it, as it does for every reader. A site's line-break token (``break_token``) breaks
    the line where it stands, and goes.
    """
    token = break_token(text)
    gap = 0
    for number, raw in enumerate(split_text(text), start=1):
        if not raw or raw.isspace():  # (blank: what strip() would empty, without the copy)
            gap += 1
            continue
        blank = True
        for part in token.split(raw) if token is not None else (raw,):
            if part and not part.isspace():
                yield SourceLine(part, number, leading_indent(part), gap)  # text, origin, indent, blank_before
                gap, blank = 0, False
        if blank:  # a line of nothing but the site's token stood for a blank line
            gap += 1


__all__ = ["Align", "SourceCell", "SourceLine", "break_token", "join_parts", "leading_indent", "lines_from_text",
           "split_text"]
