"""Word files as LibreOffice writes them, for the reader tests: a report typed the way people type
one (a Title, headings in Heading 1/2/3 styles, run-in headings as a bold opening, body paragraphs
indented two characters, a statistical table with a header row and a merged cell), made two ways
and saved by LibreOffice as .docx:

* with python-docx and Word's built-in styles, then opened and saved again by LibreOffice;
* as a flat OpenDocument file (``.fodt``: ``text:h`` with outline levels, a ``Title`` paragraph,
  ``table:table`` with header rows), converted by LibreOffice.

``soffice`` runs headless with a profile of its own in the test's folder.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from govdoc.model import Report, Section

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

TABLE_AFTER = 2
"""The table follows the body paragraph with this index (0-based, over the whole document)."""
TABLE = (
    (("指标", 1, 2), ("2023年", 2, 1)),
    (("总量", 1, 1), ("比上年增长（%）", 1, 1)),
    (("地区生产总值（亿元）", 1, 1), ("123.45", 1, 1), ("5.2", 1, 1)),
    (("社会消费品零售总额（亿元）", 1, 1), ("67.8", 1, 1), ("6.1", 1, 1)),
)
"""The table: rows of (text, colspan, rowspan); the first two rows are its header."""
HEADER_ROWS = 2


@dataclass(frozen=True)
class Typed:
    """One paragraph of the report as typed: its text, heading level (0 title, None body) and the
    length of a bold opening (a run-in heading)."""

    text: str
    level: int | None = None
    bold: int = 0


def heading(section: Section) -> str:
    return f"{section.label or ''}{section.title}"


def typed(report: Report) -> list[Typed]:
    """The report as the paragraphs someone types: run-in headings open their first paragraph in bold."""
    out = [Typed(report.meta.title or "", 0)]
    out += [Typed(p.text) for p in report.preamble]

    def walk(section: Section, level: int) -> None:
        paragraphs = [p.text for p in section.paragraphs]
        if section.run_in:
            head = heading(section) + ("" if section.title.endswith("。") else "。")
            out.append(Typed(head + (paragraphs.pop(0) if paragraphs else ""), None, len(head)))
        else:
            out.append(Typed(heading(section), level))
        out.extend(Typed(text) for text in paragraphs)
        for child in section.children:
            walk(child, level + 1)

    for section in report.sections:
        walk(section, 1)
    return out


def _body_index(paragraphs: list[Typed]) -> int:
    """Where the table goes: after the TABLE_AFTER-th body paragraph."""
    bodies = [i for i, p in enumerate(paragraphs) if p.level is None]
    return bodies[min(TABLE_AFTER, len(bodies) - 1)] + 1


def styled_docx(report: Report) -> bytes:
    """The report as python-docx writes it with Word's built-in Title and Heading styles."""
    document = docx.Document()
    paragraphs = typed(report)
    at = _body_index(paragraphs)
    for index, para in enumerate(paragraphs):
        if index == at:
            _table(document)
        if para.level is not None:
            document.add_paragraph(para.text, style="Title" if para.level == 0 else f"Heading {para.level}")
            continue
        p = document.add_paragraph()
        if para.bold:
            p.add_run(para.text[:para.bold]).bold = True
        p.add_run(para.text[para.bold:])
        ind = OxmlElement("w:ind")
        ind.set(qn("w:firstLineChars"), "200")
        ind.set(qn("w:firstLine"), "420")  # what Word writes beside it (LibreOffice reads only this one)
        p._p.get_or_add_pPr().append(ind)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _table(document: docx.document.Document) -> None:
    table = document.add_table(rows=len(TABLE), cols=3)
    table.style = "Table Grid"
    table.cell(0, 0).merge(table.cell(1, 0))
    table.cell(0, 1).merge(table.cell(0, 2))
    for r, row in enumerate(TABLE):
        col = 0
        for text, colspan, _ in row:
            while r == 1 and col == 0:
                col += 1  # covered by the merged cell above
            table.cell(r, col).text = text
            col += colspan
    for tr in table._tbl.tr_lst[:HEADER_ROWS]:
        tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


_ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)


def flat_odt(report: Report) -> str:
    """The report as a flat OpenDocument text, the way LibreOffice Writer keeps it."""
    body: list[str] = []
    paragraphs = typed(report)
    at = _body_index(paragraphs)
    for index, para in enumerate(paragraphs):
        if index == at:
            body.append(_odf_table())
        text = escape(para.text)
        if para.level == 0:
            body.append(f'<text:p text:style-name="Title">{text}</text:p>')
        elif para.level is not None:
            body.append(f'<text:h text:style-name="Heading_20_{para.level}" text:outline-level="{para.level}">'
                        f"{text}</text:h>")
        elif para.bold:
            body.append(f'<text:p text:style-name="Body"><text:span text:style-name="Bold">'
                        f"{escape(para.text[:para.bold])}</text:span>{escape(para.text[para.bold:])}</text:p>")
        else:
            body.append(f'<text:p text:style-name="Body">{text}</text:p>')
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {_ODF} office:version="1.2" '
        'office:mimetype="application/vnd.oasis.opendocument.text">'
        f"<office:meta><dc:title>{escape(report.meta.title or '')}</dc:title></office:meta>"
        '<office:styles><style:style style:name="Body" style:family="paragraph" '
        'style:parent-style-name="Text_20_body"><style:paragraph-properties fo:text-indent="0.2917in"/>'
        '</style:style></office:styles>'
        '<office:automatic-styles><style:style style:name="Bold" style:family="text"><style:text-properties '
        'fo:font-weight="bold" style:font-weight-asian="bold"/></style:style></office:automatic-styles>'
        f"<office:body><office:text>{''.join(body)}</office:text></office:body></office:document>"
    )


def _odf_row(cells: tuple[tuple[str, int, int], ...], covered_first: bool) -> str:
    out = ["<table:table-row>"]
    if covered_first:
        out.append("<table:covered-table-cell/>")
    for text, colspan, rowspan in cells:
        span = (f' table:number-columns-spanned="{colspan}"' if colspan > 1 else "") + (
            f' table:number-rows-spanned="{rowspan}"' if rowspan > 1 else "")
        out.append(f'<table:table-cell office:value-type="string"{span}><text:p>{escape(text)}</text:p>'
                   "</table:table-cell>")
        out.extend(["<table:covered-table-cell/>"] * (colspan - 1))
    out.append("</table:table-row>")
    return "".join(out)


def _odf_table() -> str:
    rows = [_odf_row(row, covered_first=index == 1) for index, row in enumerate(TABLE)]
    return ('<table:table table:name="表1"><table:table-column table:number-columns-repeated="3"/>'
            f"<table:table-header-rows>{''.join(rows[:HEADER_ROWS])}</table:table-header-rows>"
            f"{''.join(rows[HEADER_ROWS:])}</table:table>")


def libreoffice_docx(source: Path, workdir: Path) -> bytes:
    """``source`` (.docx or .fodt) saved by LibreOffice as a Word 2007 .docx."""
    out = workdir / "saved"
    subprocess.run(
        [str(SOFFICE), "--headless", "--norestore", f"-env:UserInstallation={(workdir / 'lo').as_uri()}",
         "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=180,
    )
    return (out / (source.stem + ".docx")).read_bytes()
