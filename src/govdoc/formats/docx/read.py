"""Turn an opened .docx into a Report: govdoc's own files exactly, any other through the parser.

govdoc's own files carry the Report as JSON in a custom XML part (``customXml/itemN.xml``, root
``{urn:govdoc:docx:1}report``) with the fingerprint of the visible text (:func:`fingerprint`).
When the body still has that fingerprint the embedded Report is returned; when an editor changed
the text or the heading levels, the embedded data is stale: a :class:`StaleDocxWarning` is issued
and the visible content is parsed like any other Word file.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from pydantic import ValidationError

from ...errors import FormatError, GovdocError, SchemaError
from ...model import Report
from .archive import parse_xml
from .numbering import ListNumbering
from .ooxml import EMBED_NS, EMBED_TAG
from .text import Styles, WordLine, body_lines, fingerprint, lines_to_text, note_lines


class StaleDocxWarning(UserWarning):
    """A govdoc .docx was edited after it was written; its visible text was parsed instead."""


def _related_element(document: Any, reltype: str, source: str | None) -> Any | None:
    for rel in document.part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            part = rel.target_part
            element = getattr(part, "element", None)
            return element if element is not None else parse_xml(part.blob, source, str(part.partname))
    return None


def _embedded(document: Any, source: str | None) -> Any | None:
    for rel in document.part.rels.values():
        if rel.reltype != RT.CUSTOM_XML or rel.is_external:
            continue
        blob = rel.target_part.blob
        if EMBED_NS.encode() not in blob:
            continue
        root = parse_xml(blob, source, str(rel.target_part.partname))
        if root.tag == EMBED_TAG:
            return root
    return None


def document_styles(document: Any, source: str | None) -> Styles:
    """The paragraph styles and automatic lists of an opened document, for reading its text."""
    numbering = _related_element(document, RT.NUMBERING, source)
    return Styles(document.styles.element, ListNumbering(numbering) if numbering is not None else None)


@dataclass
class Content:
    """What a .docx offers for reading: the body lines, footnote lines and the embedded Report."""

    lines: list[WordLine]
    notes: list[WordLine]
    embedded: Any | None

    def text(self) -> str:
        """Raw text for the parser: body lines, then footnotes and endnotes."""
        return lines_to_text([*self.lines, *self.notes])


def extract(document: Any, source: str | None) -> Content:
    """The lines, notes and embedded data of an opened document."""
    try:
        styles = document_styles(document, source)
        lines = list(body_lines(document.element.body, styles))
        notes = [*note_lines(_related_element(document, RT.FOOTNOTES, source), styles, "注"),
                 *note_lines(_related_element(document, RT.ENDNOTES, source), styles, "尾注")]
        embedded = _embedded(document, source)
    except GovdocError:
        raise
    except Exception as exc:  # a structurally odd package: missing parts, wrong element types
        raise FormatError(f"cannot read the Word document: {exc}", source=source) from exc
    return Content(lines, notes, embedded)


def restore(content: Content, source: str | None) -> Report | None:
    """The embedded Report if it still matches the visible text, else None (with a warning)."""
    root = content.embedded
    if root is None:
        return None
    if root.get("fingerprint") != fingerprint(content.lines):
        warnings.warn(f"{source or 'document'}: the text was edited after govdoc wrote it; reading "
                      "the visible text instead of the embedded Report", StaleDocxWarning, stacklevel=4)
        return None
    try:
        return Report.model_validate_json(root.text or "")
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(root)"
        raise SchemaError(f"the embedded govdoc Report is invalid: {where}: {first['msg']}",
                          source=source) from exc


__all__ = ["Content", "StaleDocxWarning", "document_styles", "extract", "restore"]
