"""End-to-end tests of read_pdf that wait on the parser reading what the PDF reader's lines carry.

NOT collected by the suite (the file name matches neither ``test_*.py`` nor ``*_test.py``). Run it
by hand::

    python -m pytest tests/formats/pdf/pending_parser.py -p no:cacheprovider

The reader's side is tested in ``test_textlayer.py`` and ``test_lines.py``: each block (lines the
layout wrapped, joined) a line with its ``indent`` from the text column, ``blank_before`` from the
line pitch, ``bold``, ``align`` and ``page``. Today ``read_pdf`` hands the parser the blocks without
their indentation and gaps (``govdoc.formats.typeset.for_parser``), because the parser reads them as
raw text marks them: only paragraphs indented, blank lines between blocks. These tests pass once
``govdoc.parsing.parse_lines`` reads a typeset document's indentation (headings indented like the
body, GB/T 9704) and its gaps (paragraph spacing) at least as well as it reads the blocks without
them; then ``for_parser`` can go from ``govdoc.formats.pdf.from_bytes``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import govdoc
from govdoc.formats import pdf
from govdoc.formats.pdf.read import extract
from govdoc.formats.typeset import for_parser
from govdoc.model import Report
from govdoc.parsing import parse_lines

from .helpers import needs_fonts

SEED = Path(__file__).resolve().parents[3] / "seeds" / "003_c9a0b06722f75ec0.txt"


@needs_fonts
@pytest.mark.parametrize("which", ["sample", "seed"])
def test_indentation_and_gaps_read_as_well_as_without_them(which: str, report: Report) -> None:
    if which == "seed":
        report = govdoc.parse(SEED.read_bytes(), source=SEED.name)
    extracted = extract(pdf.to_bytes(report))
    lines = extracted.source_lines()
    assert any(line.indent for line in lines) and any(line.blank_before for line in lines)
    full = parse_lines(lines, declared=extracted.declared())
    assert full == parse_lines(for_parser(lines, gaps=False), declared=extracted.declared())
    assert full.outline() == report.outline()
