"""Helpers for the rule tests: parse fresh sentences and run one rule over them."""

from __future__ import annotations

import govdoc
from govdoc.checks import Finding, check


def run(rule: str, *paragraphs: str) -> list[Finding]:
    """Parse ``paragraphs`` under one heading and return what ``rule`` finds."""
    report = govdoc.parse("一、工作情况\n" + "\n".join(paragraphs))
    return check(report, [rule])
