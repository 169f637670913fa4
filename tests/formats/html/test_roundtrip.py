"""Round trip through a web page: a Report rendered by a simple template comes back from the reader.

The reader's side of the round trip is the typed lines it hands the parser: the title at level 0,
every heading at its depth with its label, every paragraph's text, every table row with its cells.
That is checked here for any Report. End to end, what the parser builds of the lines (the Report's
outline, paragraphs and tables) is checked for Reports as government documents print them, alone on
a page and inside a portal's chrome; for any Report (unnumbered headings, paragraphs without
sentence punctuation) it waits on the parser, see ``pending_end_to_end.py``.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from govdoc.formats.html.read import page_source_lines, read_html
from govdoc.model import Report
from govdoc.testing import canonical_reports, reports

from .pages import Article, Page, article_report, articles, pages
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


# ---- end to end: the parser builds the Report from the reader's lines ----------------------------


def texts(report: Report) -> list[str]:
    return [paragraph.text for _, paragraph in report.paragraphs()]


def cells(report: Report) -> list[tuple[list[list[str]], list[list[str]]]]:
    return [([[c.text for c in row] for row in table.header], [[c.text for c in row] for row in table.rows])
            for _, table in report.tables()]


END_TO_END = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@END_TO_END
@given(articles())
def test_a_printed_report_s_page_reads_back_to_its_outline_paragraphs_and_table(article: Article) -> None:
    """Reports as government documents print them (a title naming the document, numbered headings
    一、/（一）/1., paragraphs of sentences, a table) go through the simple template and back."""
    report = article_report(article)
    back = read_html(render(report))
    assert back.meta.title == report.meta.title
    assert back.outline() == report.outline()
    assert texts(back) == texts(report)
    assert cells(back) == cells(report)


@END_TO_END
@given(pages())
def test_a_portal_page_reads_back_to_its_article_and_nothing_of_its_chrome(page: Page) -> None:
    """The same articles inside a portal's chrome (menus, breadcrumbs, share rows, footers), headings
    as <h2>-<h4> or as bold paragraphs: the Report is the article's, whatever surrounds it."""
    report = article_report(page.article)
    back = read_html(page.markup)
    assert back.meta.title == report.meta.title
    assert back.outline() == report.outline()
    assert texts(back) == texts(report)
    assert cells(back) == cells(report)
    shown = " ".join([*texts(back), *(title for _, _, title in back.outline())])
    assert not [chrome for chrome in page.chrome if chrome in shown]
