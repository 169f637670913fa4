"""End-to-end tests of read_html that wait on work outside the reader: the parser honouring what
the reader's lines carry, and the format registry knowing the html format.

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
   with the paragraphs before it as its ``position``;

and once ``govdoc.formats.FORMATS`` holds the html format again (taken out of the registry until its
writer lands) with its sniffer, ``Format("html", ".html", "govdoc.formats.html", binary=False,
sniff="govdoc.formats.html:sniff", aliases=(".htm",))`` in the registry that asks each format:

4. ``read_any`` and ``govdoc convert`` read a page without its extension.

When they pass, move them into ``test_roundtrip.py`` / ``test_read.py``.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings

import govdoc
from govdoc.model import Report
from govdoc.testing import canonical_reports

from .render import render, reports_with_tables
from .test_read import PAGE, check

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


def test_read_any_finds_a_page_without_its_extension() -> None:  # needs 4
    from govdoc.formats import FORMATS, detect_format, read_any

    data = PAGE.encode("gbk")
    assert detect_format(data, None) is FORMATS["html"]
    assert detect_format(data, "download") is FORMATS["html"]
    check(read_any(data, source="download"))


def test_the_cli_converts_a_page(tmp_path: Path) -> None:  # needs 4
    import json

    from govdoc.cli import main

    page = tmp_path / "page"  # no extension: found by its content
    page.write_bytes(PAGE.encode("gbk"))
    out = tmp_path / "page.json"
    assert main(["convert", str(page), "-t", "json", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["meta"]["title"] == "关于2023年社区工作的报告"
