"""Print how many fuzz inputs ran (the numbers the fuzz log in ``fuzz/LOG.md`` records), also when the suite
runs in several worker processes (pytest-xdist): each worker hands its counts to the controller."""

from __future__ import annotations

import sys
from typing import Any

import pytest

_FUZZ = "tests.hostile.test_fuzz"
_KEY = "govdoc_fuzz_runs"
_FROM_WORKERS: dict[str, int] = {}


def _runs() -> dict[str, int]:
    """The fuzz inputs this process ran, by kind (none when the fuzz tests were not collected here)."""
    module = sys.modules.get(_FUZZ)
    return dict(getattr(module, "RUNS", {})) if module is not None else {}


def pytest_sessionfinish(session: pytest.Session) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:  # an xdist worker: its counts go to the controller
        workeroutput[_KEY] = _runs()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    for name, count in getattr(node, "workeroutput", {}).get(_KEY, {}).items():
        _FROM_WORKERS[name] = _FROM_WORKERS.get(name, 0) + count


def pytest_terminal_summary(terminalreporter: Any) -> None:
    runs = _FROM_WORKERS or _runs()
    if runs:
        terminalreporter.write_line(f"govdoc fuzz: {sum(runs.values())} inputs run")
        for name, count in sorted(runs.items()):
            terminalreporter.write_line(f"  {count:6d}  {name}")
