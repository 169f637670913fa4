"""Whatever the parser makes of raw text, its canonical text reads back to the same Report.

The raw inputs are random mixtures of the seeds' lines: wrapped fragments, headings, furniture,
captions, bylines and metadata in orders no real document has, which is what the parser's
line-joining and heading rules must survive.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govdoc
from govdoc.formats.text.read import with_parser_figures

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_LINES = [line for path in sorted(SEEDS.glob("*.txt")) for line in path.read_text(encoding="utf-8").split("\n")]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(SEED_LINES), min_size=1, max_size=40))
def test_canonical_text_of_any_parse_reads_back(lines: list[str]) -> None:
    report = govdoc.parse("\n".join(lines))
    text = govdoc.write_text(report)
    again = govdoc.parse(text)
    assert again == with_parser_figures(report)  # the canonical text finds figures in titles too
    assert govdoc.write_text(again) == text
