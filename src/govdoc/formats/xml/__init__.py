"""XML: govdoc's documented, schema-validated interchange format (``schemas/govdoc.xsd``).

The writer gives UTF-8, indented, deterministic bytes: the same Report always gives the same bytes.
Figures are marked up inline where they stand (``<p>引进企业<metric value="139" unit="家"
kind="count">139家</metric>，…</p>``), so a paragraph's text is the concatenation of its character
data and the reader rebuilds every offset from the markup. Indentation is added only between
elements of element-only content, never inside ``<p>``, ``<title>`` or other text. Provenance
(``lines``, ``Meta.source``) is written too, so ``read_xml(write_xml(r)).model_dump() ==
r.model_dump()``.

Reading is safe for untrusted input: no DTD is loaded, no entity is resolved, no network is used,
documents with a DOCTYPE are refused outright, and input size and nesting depth are bounded by
:data:`MAX_BYTES` and :data:`MAX_DEPTH` (module-level defaults; each call may pass its own).
Every document is validated against the schema before a Report is built from it, and the model's
own invariants (a label agrees with its number, a paragraph is one line...) are checked with the
line number of the offending element.
"""

from __future__ import annotations

from ...model import Report
from .read import Problem, find_problems, parse_report, schema, schema_bytes
from .write import write_xml

MAX_BYTES: int = 16 * 1024 * 1024
"""Largest input :func:`read_xml` accepts, in bytes (16 MiB; the largest seed report gives 72 KB).
Raise it here or per call with ``max_bytes=``; beyond it a :class:`LimitError` is raised."""

MAX_DEPTH: int = 64
"""Deepest element nesting :func:`read_xml` accepts (the root is depth 1). 64 leaves room for 60
levels of sections; a :class:`LimitError` names the limit. libxml2 itself stops at 256."""


def to_bytes(report: Report) -> bytes:
    """The XML of a Report (the format registry's writer)."""
    return write_xml(report)


def read_xml(data: bytes | str, *, source: str | None = None, max_bytes: int | None = None,
             max_depth: int | None = None) -> Report:
    """Read a Report from govdoc XML, validating it against the schema and the model.

    Raises :class:`LimitError` beyond :data:`MAX_BYTES` or :data:`MAX_DEPTH`, :class:`FormatError`
    for input that is not well-formed XML or carries a DOCTYPE, and :class:`SchemaError` (with the
    line number) for a document that is not a valid govdoc Report.
    """
    return parse_report(data, source=source, max_bytes=MAX_BYTES if max_bytes is None else max_bytes,
                        max_depth=MAX_DEPTH if max_depth is None else max_depth)


def validate_xml(data: bytes | str, *, source: str | None = None, max_bytes: int | None = None,
                 max_depth: int | None = None) -> list[Problem]:
    """Every schema problem of a document, then the first model problem; empty when it is valid.

    Input that cannot be checked at all (too large, not well-formed, with a DOCTYPE) raises as
    :func:`read_xml` does.
    """
    return find_problems(data, source=source, max_bytes=MAX_BYTES if max_bytes is None else max_bytes,
                         max_depth=MAX_DEPTH if max_depth is None else max_depth)


def from_bytes(data: bytes, *, source: str | None = None) -> Report:
    """Read a Report from XML bytes (the format registry's reader)."""
    return read_xml(data, source=source)


__all__ = ["MAX_BYTES", "MAX_DEPTH", "Problem", "from_bytes", "read_xml", "schema", "schema_bytes", "to_bytes",
           "validate_xml", "write_xml"]
