"""Turn an opened .docx into a Report: govdoc's own files exactly, any other through the parser.

Any .docx gives the parser typed lines (:mod:`.text`: the body, then footnotes and endnotes) and
what its core properties declare (:func:`declared`: title, author when it names a body, date of
creation), which the parser weighs below what the text prints.

govdoc's own files carry the Report as JSON in a custom XML part (``customXml/itemN.xml``, root
``{urn:govdoc:docx:1}report``) with the fingerprint of the visible text (:func:`fingerprint`).
When the body still has that fingerprint the embedded Report is returned; when an editor changed
the text or the heading levels, the embedded data is stale: a :class:`StaleDocxWarning` is issued
and the visible content is parsed like any other Word file.
"""

from __future__ import annotations

import datetime as dt
import warnings
from dataclasses import dataclass, field, replace
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from pydantic import ValidationError

from ...errors import FormatError, GovdocError, SchemaError
from ...model import Report
from ...parsing.lines import ends_sentence, split_label
from ...parsing.source import SourceLine
from ..properties import declared_fields
from .archive import parse_xml
from .numbering import ListNumbering
from .ooxml import EMBED_NS, EMBED_TAG
from .styles import Styles
from .text import BodyReader, fingerprint


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


# python-docx's own template stamps every file made from it whose creation date is not set: that date (to the
# second) is the template's, not the document's
_TEMPLATE_CREATED = dt.datetime(2013, 12, 23, 23, 15, tzinfo=dt.timezone.utc)


def declared(document: Any) -> dict[str, str]:
    """What the core properties declare, keyed by ``Meta`` field: the title, the author as issuer
    when it names a body, the creation date (see :mod:`govdoc.formats.properties`; not a template's
    stamp). A package without core properties declares nothing (python-docx would make up defaults)."""
    package = document.part.package
    if not any(rel.reltype == RT.CORE_PROPERTIES and not rel.is_external for rel in package.rels.values()):
        return {}
    try:
        core = document.core_properties
        created = core.created
        return declared_fields(core.title, core.author,
                               created.date() if created is not None and created != _TEMPLATE_CREATED else None)
    except Exception:  # damaged core properties declare nothing; the body is still read
        return {}


@dataclass
class Content:
    """What a .docx offers for reading: the body lines, footnote and endnote lines, the embedded
    Report (if govdoc wrote the file) and the metadata the core properties declare."""

    lines: list[SourceLine]
    notes: list[SourceLine]
    embedded: Any | None
    declared: dict[str, str] = field(default_factory=dict)

    def source_lines(self) -> list[SourceLine]:
        """Every line for the parser: the body, then footnotes and endnotes."""
        return [*self.lines, *self.notes]


def heading_as_title(lines: list[SourceLine]) -> list[SourceLine]:
    """``lines`` with the heading that is the document's title given level 0, the headings below it ranked again.

    Word files written by hand, and web pages saved as Word, set the title in ``Heading 1`` (a page's
    ``<h1>``) rather than in ``Title``: the first heading at the top level, unnumbered, with no sentence
    of the text above it and no other unnumbered heading at its level, is the title. The headings under
    it then rank from 1, as the sections of a file with a ``Title`` do; a heading above it is a page's
    navigation ("省直单位" over a menu), not a section, and is read as a plain line.
    """
    if any(line.level == 0 for line in lines):
        return lines
    declared = [i for i, line in enumerate(lines) if line.level]
    if not declared:
        return lines
    top = min(lines[i].level or 0 for i in declared)
    first = next(i for i in declared if lines[i].level == top)
    below = [i for i in declared if i > first]
    if split_label(lines[first].text.strip()) is not None:
        return lines
    if any(lines[i].level == top and split_label(lines[i].text.strip()) is None for i in below):
        return lines  # unnumbered headings of one rank: sections, the first among them
    if any(ends_sentence(line.text.strip()) for line in lines[:first]):
        return lines  # the text starts above it: a section heading
    ranks = {level: rank + 1 for rank, level in enumerate(sorted({lines[i].level or 0 for i in below}))}
    titled = list(lines)
    for i in declared:
        titled[i] = replace(lines[i], level=0 if i == first else ranks[lines[i].level or 0] if i > first else None)
    return titled


def extract(document: Any, source: str | None) -> Content:
    """The lines, notes, embedded data and declared metadata of an opened document."""
    try:
        reader = BodyReader(document_styles(document, source))
        lines = reader.body(document.element.body)
        notes = [*reader.notes(_related_element(document, RT.FOOTNOTES, source), "注"),
                 *reader.notes(_related_element(document, RT.ENDNOTES, source), "尾注")]
        embedded = _embedded(document, source)
        properties = declared(document)
    except GovdocError:
        raise
    except Exception as exc:  # a structurally odd package: missing parts, wrong element types
        raise FormatError(f"cannot read the Word document: {exc}", source=source) from exc
    return Content(lines, notes, embedded, properties)


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


__all__ = ["Content", "StaleDocxWarning", "declared", "document_styles", "extract", "heading_as_title", "restore"]
