"""Round trip through a web page: a Report rendered by a simple template comes back from the reader.

The reader's side of the round trip is the typed lines it hands the parser: the title at level 0,
every heading at its depth with its label, every paragraph's text, every table row with its cells.
That is checked here for any Report. What the parser then builds of the lines (the Report's
outline and paragraphs) is checked end to end in ``pending_on_parser.py`` (see its docstring).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from govdoc.formats.html.read import page_source_lines
from govdoc.model import Report
from govdoc.testing import canonical_reports, reports

from .render import Expected, expected_lines, render, reports_with_tables

ROUND_TRIP = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def lines_of(report: Report) -> list[Expected]:
    lines, _ = page_source_lines(render(report))
    return [Expected(line.text, line.level, tuple((c.text, c.colspan, c.rowspan) for c in line.cells)
                     if line.cells else None, line.header) for line in lines]


@ROUND_TRIP
@given(reports_with_tables())
def test_any_report_s_page_gives_back_its_title_headings_paragraphs_and_tables(report: Report) -> None:
    assert lines_of(report) == expected_lines(report)


@ROUND_TRIP
@given(canonical_reports())
def test_canonical_reports_too(report: Report) -> None:
    assert lines_of(report) == expected_lines(report)


@ROUND_TRIP
@given(reports())
def test_the_page_declares_the_report_s_title(report: Report) -> None:
    _, fields = page_source_lines(render(report))
    assert fields.get("title") == report.meta.title
