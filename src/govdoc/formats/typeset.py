"""What the readers of typeset files (Word, PDF) hand the parser as it reads lines today.

A typeset document indents its headings as it indents its paragraphs (GB/T 9704 sets both two
characters in), and a PDF's vertical gaps are paragraph spacing as much as blank lines; raw text,
which the parser's layout judgements were built on, indents only paragraphs and separates blocks
with blank lines. Given the indentation of a typeset document, the parser takes its headings for
paragraphs. Until :func:`govdoc.parsing.parse_lines` tells a typeset indentation from a raw-text one,
the Word and PDF readers leave it out of what they hand the parser (and, for PDF, the gaps); the
lines themselves keep everything (``govdoc.formats.docx.text``, ``govdoc.formats.pdf.lines``).

Measured on the five seeds and the 16 wild documents, written by govdoc (and by LibreOffice from
govdoc's .docx) and read back as anyone's file: the similarity of the outline / of the paragraphs to
what ``parse`` gives for their text (1.0 = the same):

==========================  =============  ===========  ==============
file                        former reader  every field  what it hands
==========================  =============  ===========  ==============
Word (.docx)                0.52 / 0.48    0.34 / 0.53  0.73 / 0.57
PDF, govdoc's               0.60 / 0.57    0.47 / 0.48  0.56 / 0.57
PDF, LibreOffice's          0.53 / 0.49    0.42 / 0.41  0.53 / 0.49
==========================  =============  ===========  ==============

"What it hands" gives the Reports the former PDF reader gave on 41 of the 42 PDFs; on the other
one pdfminer.six had placed the right edge of justified lines wrong, which split a paragraph into a
false heading (the outline without it then follows a wrong first heading the parser takes from the
title block, which the measure punishes).

The end-to-end tests waiting on the parser are in ``tests/formats/*/pending_parser.py``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from ..errors import LimitError
from ..limits import Limits, hint, resolve
from ..parsing.source import SourceLine


def for_parser(lines: Iterable[SourceLine], *, gaps: bool = True) -> list[SourceLine]:
    """The lines without their typeset indentation (and without their gaps unless ``gaps``)."""
    if gaps:
        return [dataclasses.replace(line, indent=0) if line.indent else line for line in lines]
    return [dataclasses.replace(line, indent=0, blank_before=0) if line.indent or line.blank_before else line
            for line in lines]


def within_limit(lines: list[SourceLine], *, source: str | None, limits: Limits | None) -> list[SourceLine]:
    """The lines, unless their text is larger than the ``parse.max_bytes`` limit lets raw text be (the
    parser's memory grows with its input); then LimitError."""
    maximum = resolve(limits).parse_max_bytes
    size = sum(len(line.text.encode("utf-8", "surrogatepass")) + 1 for line in lines)
    if size > maximum:
        raise LimitError(f"the text of the file has {size} bytes, more than the limit of {maximum} bytes "
                         "(parse.max_bytes)", source=source, hint=hint("parse.max_bytes"))
    return lines


__all__ = ["for_parser", "within_limit"]
