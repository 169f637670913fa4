"""The checks and the review page on the hostile corpus's large texts: they finish, and every figure
is accounted for (speed is measured in tests/benchmarks/check_speed.py, not asserted here)."""

from __future__ import annotations

from collections.abc import Callable

import lxml.html
import pytest

import govdoc
from govdoc.formats.html.write import write_html
from tests.hostile import corpus


def every_character() -> str:
    """A report whose title, heading and body hold characters of every Unicode category."""
    return corpus.title_with("".join(corpus.every_category().values()))


@pytest.mark.parametrize("build", [lambda: corpus.single_line(100_000), corpus.nested_numbering, every_character],
                         ids=["single-line", "nested", "every-category"])
def test_hostile_texts_are_checked_and_rendered(build: Callable[[], bytes | str]) -> None:
    report = govdoc.parse(build())

    metrics = [metric for _, metric in report.metrics(bare_cells=True)]
    for finding in govdoc.check(report):
        for ref in finding.figures:
            assert metrics[ref.index] == ref.metric
    page = lxml.html.document_fromstring(write_html(report))
    indices = sorted(int(i) for i in page.xpath("//span[contains(concat(' ', @class, ' '), ' fig ')]/@data-i"))
    assert indices == list(range(len(metrics)))
