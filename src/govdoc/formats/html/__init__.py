"""HTML: read the government web page itself (``read``), write a self-contained review page (``write``).

The two directions live in modules of their own and load on first use; this package only joins
them into the ``html`` format of the registry.
"""

from __future__ import annotations

import importlib

from ...errors import FormatError
from ...model import Report
from ._sniff import sniff


def from_bytes(data: bytes, *, source: str | None = None) -> Report:
    """Read a Report from the bytes of an HTML page (FormatError until the page reader is installed)."""
    try:
        read = importlib.import_module(f"{__name__}.read")
    except ModuleNotFoundError as exc:  # the writer may land before the reader
        if exc.name != f"{__name__}.read":
            raise
        raise FormatError("reading HTML pages is not available in this version of govdoc", source=source) from exc
    report: Report = read.read_html(data, source=source)
    return report


def to_bytes(report: Report) -> bytes:
    """Write a Report as one self-contained HTML review page."""
    write = importlib.import_module(f"{__name__}.write")
    page: bytes = write.write_html(report)
    return page


__all__ = ["from_bytes", "sniff", "to_bytes"]
