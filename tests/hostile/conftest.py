"""Print how many fuzz inputs ran (the numbers the fuzz log in ``fuzz/LOG.md`` records)."""

from __future__ import annotations

from typing import Any


def pytest_terminal_summary(terminalreporter: Any) -> None:
    from .test_fuzz import RUNS

    if RUNS:
        terminalreporter.write_line(f"govdoc fuzz: {sum(RUNS.values())} inputs run")
        for name, count in sorted(RUNS.items()):
            terminalreporter.write_line(f"  {count:6d}  {name}")
