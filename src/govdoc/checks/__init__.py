"""Checks: figures of a report that do not add up.

>>> import govdoc
>>> report = govdoc.parse("一、意见建议\\n今年居委会共收到居民意见建议24条，分为两类。\\n"
...                       "一是民生方面2条，占总数的8.22%。\\n二是城建方面22条，占总数的91.67%。")
>>> [(f.rule, f.expected_text, f.printed_text) for f in govdoc.check(report)]
[('percent_groups', '100%', '99.89%'), ('shares', '8.33%', '8.22%')]

Each rule is a module of its own with a ``RULE`` name and a ``check(document)`` generator:

* :mod:`.shares` — a share printed next to a count and its total (2 of 24 is 8.33 %, not 8.22 %);
* :mod:`.parts` — parts under 其中 exceeding their total, totals stated as a sum that is not one;
* :mod:`.percent_groups` — shares of one whole that do not sum to 100 %;
* :mod:`.growth` — growth rates and increments against the two levels printed beside them;
* :mod:`.tables` — row and column totals, 其中 rows and share columns of tables;
* :mod:`.duplicates` — one indicator printed twice with different values.

Every comparison allows for the rounding of what was printed (:mod:`.precision`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from types import ModuleType

from ..model import Report
from .document import Document
from .finding import SEVERITIES, FigureRef, Finding, Severity, severity_rank

RULES: tuple[str, ...] = ("shares", "parts", "percent_groups", "growth", "tables", "duplicates")
"""The rules :func:`check` runs by default, in this order."""


def _rule(name: str) -> ModuleType:
    if name not in RULES:
        raise ValueError(f"unknown check rule {name!r}; the rules are {', '.join(RULES)}")
    return importlib.import_module(f"{__name__}.{name}")


def check(report: Report, rules: Iterable[str] | None = None) -> list[Finding]:
    """Run the rules (all by default) over ``report``; findings in document order.

    Raises ValueError for an unknown rule name.
    """
    modules = [_rule(name) for name in (RULES if rules is None else tuple(rules))]
    document = Document(report)
    findings: list[Finding] = []
    for module in modules:
        run: Callable[[Document], Iterator[Finding]] = module.check
        findings.extend(run(document))
    return sorted(findings, key=Finding.sort_key)


__all__ = ["RULES", "SEVERITIES", "FigureRef", "Finding", "Severity", "check", "severity_rank"]
