"""End-to-end tests of read_docx that wait on the parser honouring what the reader's lines carry.

NOT collected by the suite (the file name matches neither ``test_*.py`` nor ``*_test.py``). Run it
by hand::

    python -m pytest tests/formats/docx/pending_parser.py -p no:cacheprovider

The reader's side is tested in ``test_text.py`` and ``test_libreoffice_read.py``: each paragraph
a line with its ``level`` (0 for the title), ``style``, ``indent``, ``bold``, ``align``, ``page``;
each table row a line with ``cells`` (spans kept), its ``table`` number and ``header``. These tests
pass once ``govdoc.parsing.parse_lines``:

1. (honoured since the parser reads declared levels; its test moved to ``test_read.py``) takes a line
   with ``level >= 1`` as a heading at that depth, whatever its wording;
2. (honoured since the parser's table stage: the tests that needed it, issue 12's LibreOffice
   done-when among them, moved to ``test_libreoffice_read.py`` and ``test_read.py``) builds a
   ``Table`` from consecutive lines sharing a ``table`` number;
3. (honoured: lines with a ``style`` are whole paragraphs, see ``test_read.py``);
4. reads a typeset document's indentation (GB/T 9704 indents headings two characters, like the
   body; raw text indents only paragraphs), so that ``govdoc.formats.typeset.for_parser``, which
   leaves the indentation out of what the readers hand the parser today, can go.

Each test names the points it needs. When they pass, move them into ``test_read.py`` /
``test_libreoffice_read.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import govdoc
from govdoc.formats import docx as gdocx
from govdoc.model import Report

SEED = Path(__file__).resolve().parents[3] / "seeds" / "003_c9a0b06722f75ec0.txt"


@pytest.fixture(scope="module")
def report() -> Report:
    return govdoc.parse(SEED.read_bytes(), source=SEED.name)


@pytest.mark.parametrize("which", ["sample", "seed"])
def test_every_field_reads_as_well_as_without_the_indentation(which: str, written: bytes, report: Report) -> None:
    """The lines with their indentation give the Report they give without it. Needs 4."""
    from govdoc.formats.docx.archive import open_document
    from govdoc.formats.docx.read import extract
    from govdoc.formats.typeset import for_parser
    from govdoc.parsing import parse_lines

    data = written if which == "sample" else gdocx.to_bytes(report)
    content = extract(open_document(data, None, gdocx._limits()), None)
    lines = content.source_lines()
    assert any(line.indent for line in lines)
    assert parse_lines(lines, declared=content.declared) == parse_lines(for_parser(lines), declared=content.declared)
