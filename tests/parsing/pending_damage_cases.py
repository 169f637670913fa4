"""Damaged pages the parser does not read back yet (not collected by pytest: run it by name,
``python -m pytest tests/parsing/pending_damage_cases.py``).

The damaged round trip, moved here from ``test_damage.py``: random runs still find rare pages a careful
reader recovers and the parser does not (each case found so far, once fixed, is a test in
``test_damage_cases.py``); it goes back to ``test_damage.py`` when runs come out clean.

Where runs stand (branch damage3): every case the runs found is fixed and is a test in ``test_damage_cases.py``
(the kinds listed here before, a first line full by half-width marks and a flush lead below a clause and a
break, among them); 300-example runs with ``--hypothesis-seed`` 1 to 22 and draws of 1000 examples without
shrinking with seeds 43 to 45 come out clean. One run of 500 examples with a random seed still failed once
(the case was not kept; a rerun passed), so the round trip stays here until more runs come out clean.

Since then two draws of 800 examples without shrinking (seeds 301 and 302) each found a page: a report
title wrapped after a line that already reads as a title ("…和2007年预算" / "草案的报告"; fixed, see
``frame/title.joins``), and a paragraph broken after a clause ("…50739平方米；") by a blank line whose flush
rest ("社区“志愿者…15792件。") was read as a lead (fixed: a flush lead among indented paragraphs needs a
topic's shape). A failure about once in 800 draws is still too often for a suite run of several hundred;
more runs must come out clean first.
"""

from __future__ import annotations

from hypothesis import given, settings

from .frame.strategies import Page
from .test_damage import check, damaged


@settings(max_examples=300, deadline=None)
@given(damaged())
def test_a_damaged_report_parses_back_to_its_outline_and_metadata(case: tuple[Page, str]) -> None:
    """The property test of ``test_damage.py`` on damaged pages (see its docstring)."""
    check(*case)
