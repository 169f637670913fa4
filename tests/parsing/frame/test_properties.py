"""Property tests of the frame stage: any document, written out as a page with chrome around it and a
title block and metadata in any layout, parses back to the same title, issuer, date and outline, and
no line of the frame reaches the body."""

from __future__ import annotations

from hypothesis import given, settings

import govdoc

from .strategies import Page, news_pages, pages


def paragraphs(report: govdoc.Report) -> list[str]:
    return [paragraph.text for _, paragraph in report.paragraphs()]


@settings(max_examples=150, deadline=None)
@given(pages())
def test_a_framed_page_parses_back_to_its_document(page: Page) -> None:
    parsed = govdoc.parse(page.text)
    assert (parsed.meta.title, parsed.meta.issuer, parsed.meta.date) == (page.title, page.issuer, page.date)
    assert parsed.outline() == page.report.outline()
    assert paragraphs(parsed) == paragraphs(page.report)
    assert [(t.term, t.definition) for t in parsed.glossary] == [(t.term, t.definition) for t in page.report.glossary]


@settings(max_examples=100, deadline=None)
@given(news_pages())
def test_a_news_page_keeps_its_headline_only_where_a_newspaper_prints_it(page: Page) -> None:
    parsed = govdoc.parse(page.text)
    assert (parsed.meta.title, parsed.meta.date) == (page.title, page.date)
    assert parsed.outline() == page.report.outline()
    assert paragraphs(parsed) == paragraphs(page.report)
