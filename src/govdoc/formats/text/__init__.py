"""govdoc's canonical text: the writer (:mod:`.write`) and the reading path (raw text goes to the parser).

``write_text(report)`` gives the clean plain text of a Report (see ``docs/text-format.md``);
:func:`from_bytes` reads text in any supported encoding with :func:`govdoc.parse`.
"""

from __future__ import annotations

from ...limits import Limits
from ...model import Report
from .write import write_text


def to_bytes(report: Report) -> bytes:
    """The canonical text as UTF-8 bytes."""
    return write_text(report).encode("utf-8")


def sniff(head: bytes) -> bool:
    """True when ``head`` (the first bytes of a file) opens govdoc's canonical text: its front matter."""
    from .read import is_canonical

    return is_canonical(head.decode("utf-8", "ignore"))


def from_bytes(data: bytes, *, source: str | None = None, limits: Limits | None = None) -> Report:
    """Parse text bytes (any supported encoding) into a Report."""
    from ...parsing import parse

    return parse(data, source=source, limits=limits)


__all__ = ["from_bytes", "sniff", "to_bytes", "write_text"]
