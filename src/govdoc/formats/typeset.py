"""What the readers of typeset files (Word, PDF) hand the parser as it reads lines today.

A typeset document indents its headings as it indents its paragraphs (GB/T 9704 sets both two
characters in), and a PDF's vertical gaps are paragraph spacing as much as blank lines; raw text,
which the parser's layout judgements were built on, indents only paragraphs and separates blocks
with blank lines. Given the indentation of a typeset document, the parser takes its headings for
paragraphs. Until :func:`govdoc.parsing.parse_lines` tells a typeset indentation from a raw-text one,
the Word and PDF readers leave it out of what they hand the parser (and, for PDF, the gaps); the
lines themselves keep everything (``govdoc.formats.docx.text``, ``govdoc.formats.pdf.lines``).

Measured on the five seeds and the 16 wild documents, written by govdoc and read back as anyone's
file (outline / paragraphs similarity to ``parse`` of their text, 1.0 = the same):

=========================  ==============  ===========  ==================
reader                     before (text)   every field  without indent
=========================  ==============  ===========  ==================
Word (.docx)               0.66 / 0.90     0.34 / 0.92  0.79 / 0.97
PDF, govdoc's              0.79 / 0.98     0.47 / 0.86  0.79 / 0.98 (and without gaps: the same Reports)
PDF, LibreOffice's         0.55 / 0.88     0.40 / 0.76  0.55 / 0.88 (and without gaps)
=========================  ==============  ===========  ==================

The end-to-end tests waiting on the parser are in ``tests/formats/*/pending_parser.py``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from ..parsing.source import SourceLine


def for_parser(lines: Iterable[SourceLine], *, gaps: bool = True) -> list[SourceLine]:
    """The lines without their typeset indentation (and without their gaps unless ``gaps``)."""
    if gaps:
        return [dataclasses.replace(line, indent=0) if line.indent else line for line in lines]
    return [dataclasses.replace(line, indent=0, blank_before=0) if line.indent or line.blank_before else line
            for line in lines]


__all__ = ["for_parser"]
