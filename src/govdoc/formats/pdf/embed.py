"""govdoc's own PDFs carry their Report: an embedded JSON file and the fingerprint of the text layer.

Every PDF govdoc writes holds the Report as an attached file (``govdoc-report.json`` in the
document's ``/EmbeddedFiles``, Flate-compressed; viewers list it as an attachment), and in the same
file specification ``/GovdocFingerprint``: a hash of the characters drawn on each page. Reading
(:func:`embedded_report`) extracts the text layer, computes the same hash and returns the embedded
Report only when they agree; a PDF whose text was edited afterwards (or anyone else's PDF) gives
None, and :func:`govdoc.read_pdf` reads its text layer instead.

The fingerprint is taken over the characters of each page sorted, whitespace left out: it changes
when a character is added, removed or replaced or moves to another page, and it does not depend on
the order in which an extractor reads the lines of a page (a table's cells, a centred title).
"""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import ValidationError

from ...errors import SchemaError
from ...model import Report

ATTACHMENT = "govdoc-report.json"
"""The name of the embedded file."""
FINGERPRINT_KEY = "GovdocFingerprint"
SCHEMA_KEY = "GovdocSchema"


class StalePdfWarning(UserWarning):
    """A govdoc PDF's text no longer matches the Report it carries; its text layer is read instead."""


def fingerprint(pages: Mapping[int, Iterable[str]]) -> str:
    """The hash of the text of every page: its characters sorted, whitespace left out."""
    digest = hashlib.sha256()
    for number in sorted(pages):
        chars = sorted(ch for text in pages[number] for ch in text if not ch.isspace())
        digest.update(f"{number}\t{''.join(chars)}\n".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def attach(canvas_document: Any, report: Report, pages: Mapping[int, list[str]]) -> None:
    """Register the embedded file with a reportlab document being built; the fingerprint is taken
    when the file is written out, after every page has been drawn (``pages`` fills up meanwhile)."""
    from reportlab.pdfbase.pdfdoc import (
        PDFArray,
        PDFDictionary,
        PDFName,
        PDFObject,
        PDFStream,
        PDFString,
        PDFZCompress,
    )

    data = report.model_dump_json().encode("utf-8")
    stream = PDFStream(PDFDictionary({"Type": PDFName("EmbeddedFile"), "Subtype": PDFName("application#2Fjson"),
                                      "Params": PDFDictionary({"Size": len(data)})}), data, filters=[PDFZCompress])
    stream.__Comment__ = "govdoc Report"
    stream_ref = canvas_document.Reference(stream)

    class FileSpec(PDFObject):  # type: ignore[misc]
        """The file specification, formatted last: it carries the fingerprint of the drawn text."""

        def format(self, document: Any) -> bytes:
            spec = PDFDictionary({
                "Type": PDFName("Filespec"), "F": PDFString(ATTACHMENT), "UF": PDFString(ATTACHMENT),
                "Desc": PDFString("The govdoc Report this PDF shows (JSON)"),
                "AFRelationship": PDFName("Source"), "EF": PDFDictionary({"F": stream_ref}),
                FINGERPRINT_KEY: PDFString(fingerprint(pages)), SCHEMA_KEY: PDFString(report.schema_version),
            })
            return spec.format(document)  # type: ignore[no-any-return]

    spec_ref = canvas_document.Reference(FileSpec())
    names = PDFDictionary({"EmbeddedFiles": PDFDictionary({"Names": PDFArray([PDFString(ATTACHMENT), spec_ref])})})
    canvas_document.Catalog.Names = names
    canvas_document.Catalog.AF = PDFArray([spec_ref])


def find_attachment(document: Any) -> tuple[bytes, str] | None:
    """The embedded Report JSON and its fingerprint in a pdfminer document, or None."""
    from pdfminer.pdftypes import resolve1

    try:
        names = resolve1(resolve1(document.catalog.get("Names", {})).get("EmbeddedFiles"))
        entries = resolve1(resolve1(names).get("Names", []))
    except (AttributeError, TypeError):
        return None
    if not isinstance(entries, list):
        return None
    for index in range(0, len(entries) - 1, 2):
        name = resolve1(entries[index])
        if name not in (ATTACHMENT.encode(), ATTACHMENT):
            continue
        spec = resolve1(entries[index + 1])
        if not isinstance(spec, dict):
            return None
        stream = resolve1(resolve1(spec.get("EF", {})).get("F"))
        mark = resolve1(spec.get(FINGERPRINT_KEY))
        if stream is None or mark is None:
            return None
        value = mark.decode("ascii", "replace") if isinstance(mark, bytes) else str(mark)
        return stream.get_data(), value
    return None


def restore(data: bytes, mark: str, pages: Mapping[int, list[str]], source: str | None) -> Report | None:
    """The embedded Report when the text layer still has its fingerprint, else None with a warning."""
    if mark != fingerprint(pages):
        warnings.warn(f"{source or 'PDF'}: the text was changed after govdoc wrote it; reading the text "
                      "layer instead of the embedded Report", StalePdfWarning, stacklevel=4)
        return None
    try:
        return Report.model_validate_json(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(root)"
        raise SchemaError(f"the embedded govdoc Report is invalid: {where}: {first['msg']}", source=source) from exc


__all__ = ["ATTACHMENT", "FINGERPRINT_KEY", "SCHEMA_KEY", "StalePdfWarning", "attach", "find_attachment",
           "fingerprint", "restore"]
