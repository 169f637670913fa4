"""Build the .docx of a Report: styles, page setup, footers, the layout's items, the embedded Report.

The items come from :mod:`govdoc.formats.layout`, as for every writer. Paragraphs are written as
raw WordprocessingML (one ``w:p`` per item, style by ID) instead of through python-docx's proxies,
which keeps writing within a small factor of python-docx's own ``add_paragraph``; python-docx still
provides the package, the parts and the section API. Tables are real Word tables in the official
three-line style (三线表): a heavy rule above and below, a thin one under the header rows, which
Word repeats on every page; merged cells span with ``w:gridSpan`` and ``w:vMerge``.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import uuid
from collections.abc import Iterable
from typing import Any

from docx import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.shared import Mm
from lxml import etree

from ... import __version__
from ...model import Report
from .. import layout as lay
from .ooxml import EMBED_NS, EMBED_TAG, FIGURES_TABLE_CAPTION, W_P, W_R, W_T, sub_element, w
from .read import document_styles
from .style import DocStyle
from .stylesheet import FACE_STYLES, ROLE_STYLES, TERM_STYLE, StyleSheet, apply_styles, heading_style
from .text import body_lines, fingerprint

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_DS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
_DCTERMS = "http://purl.org/dc/terms/"
_APPROX_PRINT = {"about": "约", "nearly": "近", "over": "超过", "under": "不到", "at_least": "不少于",
                 "at_most": "不超过"}
TOC_PLACEHOLDER = "右击此处并选择“更新域”以生成目录。"


def _paragraph(parent: Any, style_id: str, runs: Iterable[tuple[str, str | None]], *,
               no_list: bool = False, align: str | None = None) -> Any:
    p = etree.SubElement(parent, W_P)
    ppr = sub_element(p, "pPr")
    sub_element(ppr, "pStyle", val=style_id)
    if no_list:  # the label is in the text; a reference style's automatic numbering would repeat it
        sub_element(sub_element(ppr, "numPr"), "numId", val="0")
    if align is not None:
        sub_element(ppr, "jc", val=align)
    for text, run_style in runs:
        if not text:
            continue
        r = etree.SubElement(p, W_R)
        if run_style:
            sub_element(sub_element(r, "rPr"), "rStyle", val=run_style)
        t = etree.SubElement(r, W_T)
        t.set(_XML_SPACE, "preserve")
        t.text = text
    return p


def _field(p: Any, instruction: str, placeholder: str) -> None:
    """A complex field (PAGE, TOC) with its cached result."""
    sub_element(sub_element(p, "r"), "fldChar", fldCharType="begin")
    instr = sub_element(sub_element(p, "r"), "instrText")
    instr.set(_XML_SPACE, "preserve")
    instr.text = f" {instruction} "
    sub_element(sub_element(p, "r"), "fldChar", fldCharType="separate")
    t = sub_element(sub_element(p, "r"), "t")
    t.text = placeholder
    sub_element(sub_element(p, "r"), "fldChar", fldCharType="end")


class _Writer:
    def __init__(self, report: Report, ds: DocStyle, template: Any | None) -> None:
        self.report = report
        self.ds = ds
        self.doc: Any = template if template is not None else Document()
        if template is None:  # python-docx's template carries a thumbnail of an unrelated page
            rels = self.doc.part.package.rels
            for rel_id in [k for k, rel in rels.items() if rel.reltype == RT.THUMBNAIL]:
                rels.pop(rel_id)
            # Word 2010's copy of the styles, with the theme fonts govdoc removes from styles.xml
            rels = self.doc.part.rels
            for rel_id in [k for k, rel in rels.items() if rel.reltype.endswith("/stylesWithEffects")]:
                rels.pop(rel_id)
        self.body = self.doc.element.body
        sect_pr = self.body.find(w("sectPr"))
        self.sect_pr = sect_pr if sect_pr is not None else etree.Element(w("sectPr"))
        for child in list(self.body):
            self.body.remove(child)
        self.body.append(self.sect_pr)
        self.sheet: StyleSheet = apply_styles(self.doc.styles.element, ds)
        self.ids = {role: self.sheet.style_id(name) for role, name in ROLE_STYLES.items()}
        self.numbered: set[str] = set()  # styles a reference document numbers automatically
        if template is not None:
            styles = document_styles(self.doc, None)
            self.numbered = {sid for sid in map(self.sheet.style_id, self.sheet.names()) if styles.is_numbered(sid)}

    def style(self, name: str) -> str:
        """The style ID of a role's style."""
        return self.ids[name]

    def para(self, style_id: str, runs: Iterable[tuple[str, str | None]], *, align: str | None = None) -> Any:
        return _paragraph(self.body, style_id, runs, no_list=style_id in self.numbered, align=align)

    def write_items(self, items: list[lay.Item], *, toc: bool) -> None:
        """Every item of the layout, and the table of contents after the front matter."""
        self.body.remove(self.sect_pr)  # paragraphs are appended; sectPr goes back last in finish()
        front = 0
        while front < len(items) and isinstance(items[front], lay.FRONT):
            front += 1
        for index, item in enumerate(items):
            if toc and index == front:
                self.write_toc()
            self.write_item(item)
        if toc and front == len(items):
            self.write_toc()

    def write_item(self, item: lay.Item) -> None:
        plain: dict[type, str] = {lay.Masthead: "masthead", lay.DocSubtitle: "subtitle", lay.Author: "author",
                                  lay.Kicker: "kicker", lay.SectionSubtitle: "section_subtitle",
                                  lay.Byline: "byline", lay.Signature: "signature"}
        if isinstance(item, (lay.Masthead, lay.DocSubtitle, lay.Author, lay.Kicker, lay.SectionSubtitle,
                             lay.Byline, lay.Signature)):
            self.para(self.style(plain[type(item)]), [(item.text, None)])
        elif isinstance(item, lay.MetaRow):
            self.para(self.style("meta"), [(f"{item.key}：{item.value}", None)])
        elif isinstance(item, lay.DocTitle):
            self.para(self.style("title"), [(item.text.text, None)])
        elif isinstance(item, lay.Heading):
            self.write_heading(item)
        elif isinstance(item, lay.Para):
            role = {"text": "body", "caption": "caption", "salutation": "salutation", "note": "note"}[item.kind]
            self.para(self.style(role), [(item.text.text, None)])
        elif isinstance(item, lay.Entry):
            term_id = self.sheet.style_id(TERM_STYLE)
            self.para(self.style("glossary"), [(item.number, None), (item.term.term, term_id),
                                               (f"：{item.definition.text}", None)])
        else:
            self.write_report_table(item)

    def write_heading(self, item: lay.Heading) -> None:
        """A heading in the face of its numbering family; a run-in heading starts its paragraph."""
        face = self.sheet.style_id(FACE_STYLES[item.face])
        head = (item.text.text + item.closing, face)
        align = "center" if item.align == "center" else None
        annex = lay.annex_parts(item)
        if annex is not None:  # "附件2" on a line of its own, the title centred below it (GB/T 9704 7.3.7)
            label, title = annex
            self.para(self.style("annex_label"), [(label, None)])
            self.para(self.sheet.style_id(heading_style(item.level)), [(title + item.closing, face)], align="center")
            return
        if item.run_in is None or item.run_in_text is None:
            self.para(self.sheet.style_id(heading_style(item.level)), [head], align=align)
            return
        role = {"text": "body", "caption": "caption", "salutation": "salutation", "note": "note",
                "byline": "byline"}[item.run_in.kind]
        self.para(self.style(role), [head, (item.run_in_text.text, None)])

    def write_toc(self) -> None:
        sdt = sub_element(self.body, "sdt")
        part = sub_element(sub_element(sdt, "sdtPr"), "docPartObj")
        sub_element(part, "docPartGallery", val="Table of Contents")
        sub_element(part, "docPartUnique")
        content = sub_element(sdt, "sdtContent")
        _paragraph(content, self.ids["toc_heading"], [("目录", None)])
        levels = max((level for level, _ in self.report.walk()), default=1)
        _field(_paragraph(content, self.ids["body"], []), f'TOC \\o "1-{min(levels, 9)}" \\h \\z \\u',
               TOC_PLACEHOLDER)
        settings = self.doc.settings.element
        update = settings.find(w("updateFields"))
        if update is None:
            update = etree.Element(w("updateFields"))
            compat = settings.find(w("compat"))
            if compat is not None:
                compat.addprevious(update)
            else:
                settings.append(update)
        update.set(w("val"), "true")

    def write_figures(self) -> None:
        rows = []
        for path, metric in self.report.metrics(bare_cells=True):
            value = format(metric.value, "f")
            if metric.value_min is not None:
                value = f"{format(metric.value_min, 'f')}–{value}"
            indicator = metric.indicator or (path[-1].title if path else "")
            approx = metric.qualifier or _APPROX_PRINT.get(metric.approx or "", "")
            rows.append([indicator, value, metric.unit, approx])
        if not rows:
            return
        _paragraph(self.body, self.ids["appendix_heading"], [("附表  主要数据一览", None)])
        tbl = self.write_table([["指标", "数值", "单位", "约数"], *rows], (0.4, 0.25, 0.15, 0.2), header=True,
                               cell_style=self.ids["figures"])
        sub_element(tbl.find(w("tblPr")), "tblCaption", val=FIGURES_TABLE_CAPTION)

    def write_table(self, rows: list[list[str]], shares: tuple[float, ...], *, header: bool,
                    cell_style: str | None = None) -> Any:
        """A grid table of plain text cells, columns sized by ``shares`` of the type width."""
        tbl = sub_element(self.body, "tbl")
        tbl_pr = sub_element(tbl, "tblPr")
        if self.sheet.find("Table Grid") is not None:
            sub_element(tbl_pr, "tblStyle", val=self.sheet.style_id("Table Grid"))
        sub_element(tbl_pr, "tblW", w="5000", type="pct")
        sub_element(tbl_pr, "tblLook", val="04A0", firstRow="1" if header else "0", lastRow="0", firstColumn="1",
             lastColumn="0", noHBand="0", noVBand="1")
        width = self.ds.type_width_pt * 20
        grid = sub_element(tbl, "tblGrid")
        for share in shares:
            sub_element(grid, "gridCol", w=str(round(width * share)))
        for index, row in enumerate(rows):
            tr = sub_element(tbl, "tr")
            if header and index == 0:
                sub_element(sub_element(tr, "trPr"), "tblHeader")
            for text, share in zip(row, shares, strict=True):
                tc = sub_element(tr, "tc")
                sub_element(sub_element(tc, "tcPr"), "tcW", w=str(round(width * share)), type="dxa")
                _paragraph(tc, cell_style or self.ids["table"], [(text, None)])
        return tbl

    def write_report_table(self, item: lay.TableItem) -> None:
        """A table of the report: caption, unit line, the three-line table, notes."""
        table = item.table
        if item.caption is not None:
            self.para(self.style("table_caption"), [(item.caption.text.text, None)])
        if table.unit is not None:
            self.para(self.style("table_unit"), [(item.cell_text(table.unit), None)])
        grid = lay.table_grid(table)
        width = self.ds.type_width_pt * 20
        weights = lay.column_weights(grid)
        widths = [round(width * w / sum(weights)) for w in weights]
        tbl = sub_element(self.body, "tbl")
        tbl_pr = sub_element(tbl, "tblPr")
        sub_element(tbl_pr, "tblW", w="5000", type="pct")
        sub_element(tbl_pr, "jc", val="center")
        borders = sub_element(tbl_pr, "tblBorders")
        for side, size in (("top", "12"), ("left", None), ("bottom", "12"), ("right", None), ("insideH", None),
                           ("insideV", None)):
            if size is None:
                sub_element(borders, side, val="nil")
            else:
                sub_element(borders, side, val="single", sz=size, space="0", color="000000")
        sub_element(tbl_pr, "tblLayout", type="fixed")
        margins = sub_element(tbl_pr, "tblCellMar")
        for side, twips in (("top", "40"), ("left", "60"), ("bottom", "40"), ("right", "60")):
            sub_element(margins, side, w=twips, type="dxa")
        sub_element(tbl_pr, "tblLook", val="0000", firstRow="1" if table.header else "0", lastRow="0",
                    firstColumn="0", lastColumn="0", noHBand="1", noVBand="1")
        tbl_grid = sub_element(tbl, "tblGrid")
        for column_width in widths:
            sub_element(tbl_grid, "gridCol", w=str(column_width))
        header_rows = len(table.header)
        for row_index, row in enumerate(grid):
            tr = sub_element(tbl, "tr")
            tr_pr = sub_element(tr, "trPr")
            sub_element(tr_pr, "cantSplit")
            if row_index < header_rows:
                sub_element(tr_pr, "tblHeader")
            for placed in row:
                tc = sub_element(tr, "tc")
                tc_pr = sub_element(tc, "tcPr")
                span_width = sum(widths[placed.column:placed.column + placed.colspan])
                sub_element(tc_pr, "tcW", w=str(span_width), type="dxa")
                if placed.colspan > 1:
                    sub_element(tc_pr, "gridSpan", val=str(placed.colspan))
                if placed.vmerge is not None:
                    sub_element(tc_pr, "vMerge", **({"val": "restart"} if placed.vmerge == "restart" else {}))
                if header_rows and row_index + placed.rowspan == header_rows:  # the thin rule under the header
                    tc_borders = sub_element(tc_pr, "tcBorders")
                    sub_element(tc_borders, "bottom", val="single", sz="6", space="0", color="000000")
                sub_element(tc_pr, "vAlign", val="center")
                shown = placed.cell is not None and placed.vmerge != "continue"
                text = item.cell_text(placed.cell.text) if placed.cell is not None and shown else ""
                style = self.style("table_header" if row_index < header_rows else "table")
                align = None if row_index < header_rows or placed.column == 0 else "center"
                _paragraph(tc, style, [(text, None)], align=align)
        for note in table.notes:
            self.para(self.style("table_note"), [(item.cell_text(note), None)])

    def page_setup(self) -> None:
        ds = self.ds
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(ds.page_width_mm), Mm(ds.page_height_mm)
        section.top_margin, section.bottom_margin = Mm(ds.margin_top_mm), Mm(ds.margin_bottom_mm)
        section.left_margin, section.right_margin = Mm(ds.margin_left_mm), Mm(ds.margin_right_mm)
        section.footer_distance = Mm(ds.footer_distance_mm)
        grid = self.sect_pr.find(w("docGrid"))
        if grid is None:
            grid = sub_element(self.sect_pr, "docGrid")
        grid.attrib.clear()
        pitch = ds.line_pitch
        if ds.grid != "none" and pitch:
            grid.set(w("type"), ds.grid)
            grid.set(w("linePitch"), str(round(pitch * 20)))
            if ds.grid == "linesAndChars":  # ECMA-376: charSpace in 1/4096 pt over the body size
                grid.set(w("charSpace"), str(round(ds.char_spacing_pt * 4096)))
        else:
            grid.set(w("linePitch"), "360")
        if ds.page_number_outer:
            self.doc.settings.odd_and_even_pages_header_footer = True
            self.page_number(section.footer, "right")
            self.page_number(section.even_page_footer, "left")
        else:
            self.page_number(section.footer, "center")

    def page_number(self, footer: Any, align: str) -> None:
        """A footer paragraph "— PAGE —", one page-number character in from the outer edge."""
        p = footer.paragraphs[0]._p
        for child in list(p):
            p.remove(child)
        ppr = sub_element(p, "pPr")
        sub_element(ppr, "pStyle", val=self.ids["footer"])
        inset = str(round(self.ds.size_page_number_pt * 20))
        side = {"right": {"right": inset, "rightChars": "100"}, "left": {"left": inset, "leftChars": "100"}}
        sub_element(ppr, "ind", firstLine="0", firstLineChars="0", **side.get(align, {}))
        sub_element(ppr, "jc", val=align)
        before, _, after = self.ds.page_number_format.partition("{page}")
        if before:
            _paragraph_run(p, before)
        _field(p, "PAGE", "1")
        if after:
            _paragraph_run(p, after)

    def core_properties(self) -> None:
        meta = self.report.meta
        core = self.doc.core_properties
        core.title = meta.title or ""
        core.subject = meta.subtitle or ""
        core.author = meta.issuer or "、".join(meta.authors)
        core.keywords = "；".join(s.title for s in self.report.sections)[:255]
        core.category = meta.category or ""
        core.identifier = meta.doc_number or ""
        core.language = "zh-CN"
        core.comments = f"written by govdoc {__version__}"
        core.last_modified_by = "govdoc"
        core.revision = 1
        if meta.date is not None:
            core.created = core.modified = dt.datetime.combine(meta.date, dt.time())
        else:  # no date of the writing run: the same Report always gives the same bytes
            for tag in ("created", "modified"):
                for old in core._element.findall(f"{{{_DCTERMS}}}{tag}"):
                    core._element.remove(old)

    def embed(self) -> None:
        """Store the Report and the fingerprint of the visible text in a custom XML part."""
        lines = body_lines(self.body, document_styles(self.doc, None))
        root = etree.Element(EMBED_TAG, nsmap={"govdoc": EMBED_NS})
        root.set("schema", self.report.schema_version)
        root.set("fingerprint", fingerprint(lines))
        root.set("generator", f"govdoc {__version__}")
        root.text = self.report.model_dump_json()
        package = self.doc.part.package
        item = Part(package.next_partname("/customXml/item%d.xml"), CT.XML,
                    etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True), package)
        props_name = PackURI(str(item.partname).replace("/item", "/itemProps"))
        item_id = "{" + str(uuid.uuid5(uuid.NAMESPACE_URL, EMBED_NS + root.get("fingerprint", ""))).upper() + "}"
        props = etree.Element(f"{{{_DS_NS}}}datastoreItem", nsmap={"ds": _DS_NS})
        props.set(f"{{{_DS_NS}}}itemID", item_id)
        etree.SubElement(etree.SubElement(props, f"{{{_DS_NS}}}schemaRefs"), f"{{{_DS_NS}}}schemaRef").set(
            f"{{{_DS_NS}}}uri", EMBED_NS)
        props_part = Part(props_name, CT.OFC_CUSTOM_XML_PROPERTIES,
                          etree.tostring(props, xml_declaration=True, encoding="UTF-8", standalone=False),
                          package)
        item.relate_to(props_part, RT.CUSTOM_XML_PROPS)
        self.doc.part.relate_to(item, RT.CUSTOM_XML)

    def finish(self) -> bytes:
        self.body.append(self.sect_pr)
        self.embed()
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return _fixed_timestamps(buffer.getvalue())


_DOS_DATE_1980 = (1 << 5) | 1  # 1980-01-01 in the zip format's DOS date encoding; the time is 0


def _fixed_timestamps(data: bytes) -> bytes:
    """The package with every member dated 1980-01-01 and readable by all (python-docx stamps the
    time of writing and mode 0600), so equal Reports give byte-equal files. The headers are patched
    in place: nothing is compressed twice."""
    out = bytearray(data)
    end = out.rfind(b"PK\x05\x06")  # end of central directory (python-docx writes no comment)
    count, _, start = struct.unpack_from("<HII", out, end + 10)
    at = start
    for _ in range(count):
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", out, at + 28)
        local = struct.unpack_from("<I", out, at + 42)[0]
        struct.pack_into("<HH", out, at + 12, 0, _DOS_DATE_1980)  # central directory entry
        struct.pack_into("<I", out, at + 38, 0o644 << 16)
        struct.pack_into("<HH", out, local + 10, 0, _DOS_DATE_1980)  # local file header
        at += 46 + name_len + extra_len + comment_len
    return bytes(out)


def _paragraph_run(p: Any, text: str) -> None:
    t = sub_element(sub_element(p, "r"), "t")
    t.set(_XML_SPACE, "preserve")
    t.text = text


def build(report: Report, ds: DocStyle, *, template: Any | None = None, toc: bool = False,
          figures: bool = False) -> bytes:
    """The .docx bytes of ``report`` in the style ``ds``; ``template`` is the opened reference document."""
    writer = _Writer(report, ds, template)
    if ds.reference is None:
        writer.page_setup()
        settings = writer.doc.settings.element
        lang = settings.find(w("themeFontLang"))
        if lang is not None:
            lang.set(w("eastAsia"), "zh-CN")
    writer.write_items(lay.layout(report, punctuation=ds.punctuation), toc=toc)
    if figures:
        writer.write_figures()
    writer.core_properties()
    return writer.finish()


__all__ = ["TOC_PLACEHOLDER", "build"]
