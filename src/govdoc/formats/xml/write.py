"""Write a Report as govdoc XML: UTF-8, indented, deterministic, figures marked up inline."""

from __future__ import annotations

from decimal import Decimal

from lxml import etree

from ...errors import FormatError
from ...model import Cell, GlossaryTerm, LineSpan, Meta, Metric, Paragraph, Report, Section, Table
from . import names as n
from .names import q

INDENT = "  "

# Mixed content: text with inline <metric>s, where every character counts and no indentation goes.
_RUNNING_TEXT = frozenset({q(n.P), q(n.DEFINITION), q(n.TITLE), q(n.TD)})


def write_xml(report: Report) -> bytes:
    """Serialise a Report as govdoc XML: UTF-8, indented, deterministic, schema-valid.

    Raises FormatError only for a Report built without validation that holds what XML cannot carry.
    """
    source = report.meta.source
    if source is not None:
        bad = next((ch for ch in source if not _xml_char(ch)), None)
        if bad is not None:
            raise FormatError(f"Meta.source contains U+{ord(bad):04X}, which XML 1.0 cannot carry")
    root = etree.Element(q(n.REPORT), {n.SCHEMA_VERSION: str(report.schema_version)},
                         nsmap={None: n.NAMESPACE})  # type: ignore[dict-item]  # None is the default namespace
    _write_meta(root, report.meta)
    if report.preamble or report.preamble_tables:
        preamble = etree.SubElement(root, q(n.PREAMBLE))
        _write_body(preamble, report.preamble, report.preamble_tables)
    if report.sections:
        body = etree.SubElement(root, q(n.BODY))
        for section in report.sections:
            _write_section(body, section, report)
    _indent(root, 0)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, encoding="UTF-8") + b"\n"


def _xml_char(ch: str) -> bool:
    """True for characters XML 1.0 can carry (its ``Char`` production)."""
    c = ord(ch)
    return c in (0x9, 0xA, 0xD) or 0x20 <= c <= 0xD7FF or 0xE000 <= c <= 0xFFFD or 0x10000 <= c <= 0x10FFFF


def _text_child(parent: etree._Element, name: str, text: str) -> None:
    etree.SubElement(parent, q(name)).text = text


def _write_meta(root: etree._Element, meta: Meta) -> None:
    element = etree.SubElement(root, q(n.META))
    for field, name in n.META_ELEMENTS:
        value = getattr(meta, field)
        if value is not None:
            _text_child(element, name, value if isinstance(value, str) else value.isoformat())
    for author in meta.authors:
        _text_child(element, n.AUTHOR, author)
    if meta.source is not None:
        _text_child(element, n.SOURCE, meta.source)


def _lines(span: LineSpan | None, attrib: dict[str, str]) -> dict[str, str]:
    if span is not None:
        attrib[n.LINES] = f"{span.first}-{span.last}"
    return attrib


def _write_running_text(element: etree._Element, text: str, metrics: list[Metric]) -> None:
    """Put ``text`` into ``element`` with each metric as an inline ``<metric>`` where it stands."""
    position = 0
    previous: etree._Element | None = None
    for metric in metrics:
        before = text[position:metric.start]
        if previous is None:
            element.text = before
        else:
            previous.tail = before
        previous = etree.SubElement(element, q(n.METRIC), _metric_attributes(metric))
        previous.text = metric.text
        position = metric.end
    if previous is None:
        element.text = text
    else:
        previous.tail = text[position:]


def _metric_attributes(metric: Metric) -> dict[str, str]:
    attrib: dict[str, str] = {}
    for field, name in n.METRIC_ATTRIBUTES:
        value = getattr(metric, field)
        if value is not None:
            attrib[name] = format(value, "f") if isinstance(value, Decimal) else value
    return attrib


def _write_paragraph(parent: etree._Element, paragraph: Paragraph) -> None:
    attrib: dict[str, str] = {n.KIND: paragraph.kind} if paragraph.kind != "text" else {}
    element = etree.SubElement(parent, q(n.P), _lines(paragraph.lines, attrib))
    _write_running_text(element, paragraph.text, paragraph.metrics)


def _write_body(parent: etree._Element, paragraphs: list[Paragraph], tables: list[Table]) -> None:
    """Paragraphs with each table after as many paragraphs as its position says."""
    waiting = iter(tables)
    table = next(waiting, None)
    for index, paragraph in enumerate(paragraphs):
        while table is not None and table.position <= index:
            _write_table(parent, table)
            table = next(waiting, None)
        _write_paragraph(parent, paragraph)
    while table is not None:
        _write_table(parent, table)
        table = next(waiting, None)


def _write_cell(parent: etree._Element, cell: Cell) -> None:
    attrib = {}
    if cell.colspan > 1:
        attrib[n.COLSPAN] = str(cell.colspan)
    if cell.rowspan > 1:
        attrib[n.ROWSPAN] = str(cell.rowspan)
    _write_running_text(etree.SubElement(parent, q(n.TD), attrib), cell.text, cell.metrics)


def _write_table(parent: etree._Element, table: Table) -> None:
    element = etree.SubElement(parent, q(n.TABLE), _lines(table.lines, {}))
    if table.unit is not None:
        _text_child(element, n.UNIT, table.unit)
    for name, rows in ((n.THEAD, table.header), (n.TBODY, table.rows)):
        if rows:
            group = etree.SubElement(element, q(name))
            for row in rows:
                tr = etree.SubElement(group, q(n.TR))
                for cell in row:
                    _write_cell(tr, cell)
    for note in table.notes:
        _text_child(element, n.NOTE, note)


def _write_section(parent: etree._Element, section: Section, report: Report) -> None:
    glossary = section.kind == "glossary"
    attrib: dict[str, str] = {}
    if not glossary and section.kind != "section":
        attrib[n.KIND] = section.kind
    if section.label is not None:
        attrib[n.LABEL] = section.label
    if section.number is not None:
        attrib[n.NUMBER] = str(section.number)
    if section.run_in:
        attrib[n.RUN_IN] = "true"
    tag = q(n.GLOSSARY if glossary else n.SECTION)
    element = etree.SubElement(parent, tag, _lines(section.lines, attrib))
    for field, name in n.SECTION_TEXT_ELEMENTS:
        value = getattr(section, field)
        if field == "title":
            _write_running_text(etree.SubElement(element, q(name)), value, section.title_metrics)
        elif value is not None:
            _text_child(element, name, value)
    _write_body(element, section.paragraphs, section.tables)
    if glossary:
        for term in report.glossary:
            _write_entry(element, term)
    for child in section.children:
        _write_section(element, child, report)


def _write_entry(parent: etree._Element, term: GlossaryTerm) -> None:
    attrib = {n.NUMBER: str(term.number)} if term.number is not None else {}
    element = etree.SubElement(parent, q(n.ENTRY), _lines(term.lines, attrib))
    _text_child(element, n.TERM, term.term)
    _write_running_text(etree.SubElement(element, q(n.DEFINITION)), term.definition, term.metrics)


def _indent(element: etree._Element, level: int) -> None:
    """Indent the children of element-only content; text elements are left exactly as they are."""
    if len(element) == 0 or element.tag in _RUNNING_TEXT:
        return
    inner = "\n" + INDENT * (level + 1)
    element.text = inner
    child = None
    for child in element:
        child.tail = inner
        _indent(child, level + 1)
    if child is not None:
        child.tail = "\n" + INDENT * level


__all__ = ["write_xml"]
