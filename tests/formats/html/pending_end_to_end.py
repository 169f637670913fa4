"""End-to-end tests of read_html that wait on work outside the reader: the parser honouring what
the reader's lines carry.

NOT collected by the suite (the file name does not match ``test_*.py``). Run it by hand::

    python -m pytest tests/formats/html/pending_end_to_end.py -p no:cacheprovider

The reader hands the parser typed lines (``tests/formats/html/test_roundtrip.py`` checks them: the
headline at ``level=0``, headings at their depth, paragraphs, table rows with ``cells``), and the
page's declared metadata as ``declared``. These tests pass once ``govdoc.parsing.parse_lines``:

1. takes a line with ``level >= 1`` as a heading at that depth, whatever its wording (the title
   line, ``level == 0``, is taken as the document's title since the frame stage landed);
2. takes a line with ``level is None`` from a reader that declares levels as body text (a short
   ``<p>`` is a paragraph, not a lead sentence);
3. builds a ``Table`` from consecutive lines sharing a ``table`` number (``header`` rows first),
   with the paragraphs before it as its ``position``.

When they pass, move them into ``test_roundtrip.py`` / ``test_read.py``.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

import govdoc
from govdoc.model import Report
from govdoc.testing import canonical_reports

from .render import render, reports_with_tables

ROUND_TRIP = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def texts(report: Report) -> list[str]:
    return [paragraph.text for _, paragraph in report.paragraphs()]


@ROUND_TRIP
@given(canonical_reports())
def test_a_report_s_page_reads_back_to_its_outline_and_paragraphs(report: Report) -> None:  # needs 1, 2
    back = govdoc.read_html(render(report))
    assert back.meta.title == report.meta.title
    assert back.outline() == report.outline()
    assert texts(back) == texts(report)


@ROUND_TRIP
@given(reports_with_tables())
def test_tables_read_back_as_tables(report: Report) -> None:  # needs 1, 2, 3
    back = govdoc.read_html(render(report))
    assert [(t.caption, [[c.text for c in row] for row in t.header], [[c.text for c in row] for row in t.rows])
            for _, t in back.tables()] == [
        (t.caption, [[c.text for c in row] for row in t.header], [[c.text for c in row] for row in t.rows])
        for _, t in report.tables()]
