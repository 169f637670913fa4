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
the limits ``xml.max_bytes`` (16 MiB) and ``xml.max_depth`` (64 levels) of :mod:`govdoc.limits`
(``limits=``, or those in force; ``max_bytes=`` and ``max_depth=`` override them for one call).
Every document is validated against the schema before a Report is built from it, and the model's
own invariants (a label agrees with its number, a paragraph is one line...) are checked with the
line number of the offending element.
"""

from __future__ import annotations

from ...limits import Limits, resolve
from ...model import Report
from .read import Problem, find_problems, parse_report, schema, schema_bytes
from .write import write_xml


def to_bytes(report: Report) -> bytes:
    """The XML of a Report (the format registry's writer)."""
    return write_xml(report)


def read_xml(data: bytes | str, *, source: str | None = None, max_bytes: int | None = None,
             max_depth: int | None = None, limits: Limits | None = None) -> Report:
    """Read a Report from govdoc XML, validating it against the schema and the model.

    Raises :class:`LimitError` beyond ``xml.max_bytes`` or ``xml.max_depth`` (of ``limits``, else of
    the limits in force; ``max_bytes``/``max_depth`` override them), :class:`FormatError` for input
    that is not well-formed XML or carries a DOCTYPE, and :class:`SchemaError` (with the line
    number) for a document that is not a valid govdoc Report.
    """
    chosen = resolve(limits)
    return parse_report(data, source=source, max_bytes=chosen.xml_max_bytes if max_bytes is None else max_bytes,
                        max_depth=chosen.xml_max_depth if max_depth is None else max_depth)


def validate_xml(data: bytes | str, *, source: str | None = None, max_bytes: int | None = None,
                 max_depth: int | None = None, limits: Limits | None = None) -> list[Problem]:
    """Every schema problem of a document, then the first model problem; empty when it is valid.

    Input that cannot be checked at all (too large, not well-formed, with a DOCTYPE) raises as
    :func:`read_xml` does.
    """
    chosen = resolve(limits)
    return find_problems(data, source=source, max_bytes=chosen.xml_max_bytes if max_bytes is None else max_bytes,
                         max_depth=chosen.xml_max_depth if max_depth is None else max_depth)


def from_bytes(data: bytes, *, source: str | None = None, limits: Limits | None = None) -> Report:
    """Read a Report from XML bytes (the format registry's reader)."""
    return read_xml(data, source=source, limits=limits)


__all__ = ["Problem", "from_bytes", "read_xml", "schema", "schema_bytes", "to_bytes",
           "validate_xml", "write_xml"]
