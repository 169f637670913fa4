"""Reading govdoc's own .docx: the embedded Report, and what an edit after writing does to it."""

from __future__ import annotations

import io
import zipfile

import pytest

from govdoc.errors import SchemaError
from govdoc.formats import docx as gdocx
from govdoc.formats.docx.read import StaleDocxWarning

# ---- stale embedded data -------------------------------------------------------------------------


def _edit_body(data: bytes, old: str, new: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "word/document.xml":
                assert old.encode() in blob
                blob = blob.replace(old.encode(), new.encode())
            dst.writestr(info, blob)
    return out.getvalue()


def test_edited_text_makes_the_embedded_report_stale(written: bytes) -> None:
    from govdoc.formats.docx.archive import open_document
    from govdoc.formats.docx.read import extract, restore

    edited = _edit_body(written, "经济发展</w:t>", "经济社会发展</w:t>")
    content = extract(open_document(edited, None, gdocx._limits()), None)
    with pytest.warns(StaleDocxWarning):
        assert restore(content, None) is None


def test_edited_file_is_read_from_its_visible_text(written: bytes) -> None:
    edited = _edit_body(written, "经济发展</w:t>", "经济社会发展</w:t>")
    with pytest.warns(StaleDocxWarning):
        report = gdocx.from_bytes(edited)
    assert "经济社会发展" in [s.title for _, s in report.walk()]


def test_tampered_embedded_report_is_a_schema_error(written: bytes) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(written)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if b"urn:govdoc:docx:1" in blob and info.filename.startswith("customXml/item"):
                blob = blob.replace(b'"number":1', b'"number":7', 1)
            dst.writestr(info, blob)
    with pytest.raises(SchemaError):
        gdocx.from_bytes(out.getvalue())
