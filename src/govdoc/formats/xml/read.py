"""Read govdoc XML safely: size and depth bounded, no DTD or entities, schema and model validated."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from importlib import resources
from typing import Any

from lxml import etree
from pydantic import ValidationError

from ...errors import FormatError, LimitError, SchemaError
from ...limits import hint
from ...model import SCHEMA_VERSION, Report
from ...upgrade import OLDER_SCHEMAS
from . import names as n
from .names import q

_SCHEMA_RESOURCE = ("govdoc", "data/govdoc.xsd")


@dataclass(frozen=True)
class Problem:
    """One reason a document is not valid govdoc XML, with the line it was found on (when known)."""

    line: int | None
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


def parse_report(data: bytes | str, *, source: str | None, max_bytes: int, max_depth: int) -> Report:
    """A Report from govdoc XML within the given limits (see :func:`govdoc.formats.xml.read_xml`)."""
    root = _load(data, source, max_bytes, max_depth)
    problems = _schema_problems(root)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise SchemaError(f"not valid govdoc XML: {problems[0]}{more}", source=source)
    return _ReportBuilder(source).report(root)


def find_problems(data: bytes | str, *, source: str | None, max_bytes: int, max_depth: int) -> list[Problem]:
    """Every schema problem, then the first model problem (see :func:`govdoc.formats.xml.validate_xml`)."""
    root = _load(data, source, max_bytes, max_depth)
    problems = _schema_problems(root)
    if not problems:
        try:
            _ReportBuilder(source).report(root)
        except _Invalid as exc:
            problems.append(exc.problem)
    return problems


_XML_DECLARATION = re.compile(r"\A\ufeff?<\?xml[^>]*\?>")
_PROLOG_ITEM = re.compile(rb"\s*(?:<!--.*?-->|<\?.*?\?>)", re.DOTALL)
_MARKUP_DECLARATION = re.compile(rb"\s*<!")
# Byte signatures of the encodings that are not ASCII-compatible (XML 1.0, appendix F).
_WIDE_ENCODINGS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"),
                   (b"\xfe\xff", "utf-16"), (b"<\x00?\x00", "utf-16-le"), (b"\x00<\x00?", "utf-16-be"))


def _utf8(data: bytes | str, source: str | None) -> bytes:
    """The input as bytes in an ASCII-compatible encoding: str and UTF-16/32 become UTF-8."""
    if isinstance(data, bytes):
        codec = next((codec for signature, codec in _WIDE_ENCODINGS if data.startswith(signature)), None)
        if codec is None:
            return data
        try:
            data = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise FormatError(f"not valid {codec.upper()}: {exc}", source=source) from exc
    # the declaration may name another encoding: drop it, the bytes are UTF-8 now
    return _XML_DECLARATION.sub("", data, count=1).encode("utf-8", "surrogatepass")


def _has_doctype(raw: bytes) -> bool:
    """True when the prolog (before the root element) holds a DOCTYPE or other markup declaration."""
    position = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
    while match := _PROLOG_ITEM.match(raw, position):
        position = match.end()
    return _MARKUP_DECLARATION.match(raw, position) is not None


def _parser() -> etree.XMLParser:
    """A parser that loads nothing from outside and expands nothing (one per call: not thread-safe)."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=True, remove_pis=True, collect_ids=False)


def _load(data: bytes | str, source: str | None, max_bytes: int, max_depth: int) -> etree._Element:
    """Parse untrusted input safely and within the limits; return the root element."""
    if not isinstance(data, (bytes, str)):  # bytearray, memoryview, mmap
        data = bytes(data)
    size = len(data.encode("utf-8", "surrogatepass")) if isinstance(data, str) else len(data)
    if size > max_bytes:
        raise LimitError(f"the input is {size} bytes, over the limit of {max_bytes} bytes (xml.max_bytes)",
                         source=source, hint=hint("xml.max_bytes"))
    raw = _utf8(data, source)
    if _has_doctype(raw):
        raise _doctype_refused(source)
    try:
        root = etree.fromstring(raw, _parser())
    except etree.XMLSyntaxError as exc:
        if "Excessive depth" in str(exc):  # libxml2's own limit, 256 levels without huge_tree
            raise LimitError(f"elements nested too deeply for the XML parser: {exc}", source=source,
                             hint=f"govdoc XML needs at most {max_depth} levels") from exc
        raise FormatError(f"not well-formed XML: {exc}", source=source) from exc
    docinfo: Any = root.getroottree().docinfo  # lxml-stubs lack DocInfo.doctype
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        raise _doctype_refused(source)
    if _deeper_than(root, max_depth):
        raise LimitError(f"elements are nested more than {max_depth} levels deep (xml.max_depth)", source=source,
                         hint=hint("xml.max_depth"))
    return root


def _doctype_refused(source: str | None) -> FormatError:
    return FormatError("DOCTYPE and entity declarations are not allowed in govdoc XML "
                       "(refused for safety: no DTD, no entities, no external resources)", source=source)


def _deeper_than(root: etree._Element, depth: int) -> bool:
    """True when some element stands deeper than ``depth`` (one XPath, evaluated in C; compiled per
    call because lxml's compiled XPath objects must not be shared between threads)."""
    return bool(root.xpath("boolean(" + "/*" * (depth + 1) + ")"))


_local = threading.local()


def _line(element: etree._Element) -> int | None:
    """The line an element starts on (lxml-stubs type ``sourceline`` loosely)."""
    line: Any = element.sourceline
    return line if isinstance(line, int) else None


def schema_bytes() -> bytes:
    """The text of ``govdoc.xsd`` as shipped in the package (``govdoc schema --xsd`` prints it)."""
    package, name = _SCHEMA_RESOURCE
    return resources.files(package).joinpath(name).read_bytes()


def schema() -> etree.XMLSchema:
    """The compiled ``govdoc.xsd`` shipped in the package (one per thread: lxml validators are not shared)."""
    compiled: etree.XMLSchema | None = getattr(_local, "schema", None)
    if compiled is None:
        compiled = etree.XMLSchema(etree.fromstring(schema_bytes(), _parser()))
        _local.schema = compiled
    return compiled


READS = frozenset({SCHEMA_VERSION, *OLDER_SCHEMAS})
"""The schema versions of the XML this govdoc reads."""

_NS_IN_MESSAGE = re.compile(re.escape("{" + n.NAMESPACE + "}"))
_PATTERN_IN_MESSAGE = re.compile(r"is not accepted by the pattern '.*'", re.DOTALL)


def _schema_problems(root: etree._Element) -> list[Problem]:
    """The schema problems of a document, root and version checked first for a plainer message."""
    if root.tag != q(n.REPORT):
        name = etree.QName(root)
        where = f"in namespace {name.namespace}" if name.namespace else "in no namespace"
        return [Problem(_line(root), f"the root element is <{name.localname}> {where}, "
                                         f"not <{n.REPORT}> in {n.NAMESPACE}: not a govdoc XML document")]
    version = root.get(n.SCHEMA_VERSION)
    if version not in READS:
        return [Problem(_line(root), f"schema-version {version!r} is not one this govdoc reads "
                                         f"({', '.join(sorted(READS))})")]
    validator = schema()
    if validator.validate(root):
        return []
    errors: Any = validator.error_log  # lxml-stubs: _ErrorLog is not iterable
    return [Problem(error.line or None, _plain(error.message)) for error in errors]


def _plain(message: str) -> str:
    message = _NS_IN_MESSAGE.sub("", message)
    return _PATTERN_IN_MESSAGE.sub("does not match the pattern of its type in govdoc.xsd", message)


class _Invalid(SchemaError):
    """A model invariant broken at one element; carries the :class:`Problem` for ``validate``."""

    def __init__(self, problem: Problem, source: str | None) -> None:
        super().__init__(f"not a valid govdoc Report: {problem}", source=source)
        self.problem = problem


_METRIC_FIELDS = {name: field for field, name in (*n.METRIC_ATTRIBUTES, *n.OLDER_METRIC_ATTRIBUTES)}
"""The Metric field of each attribute of ``<metric>``; an older schema's (``value-max``) is upgraded with the Report."""


def _unformatted(text: str | None) -> str:
    """Character data of running text, without indentation a formatter added around ``<metric>``s.

    govdoc never writes whitespace-only runs with a line break inside ``<p>``: a paragraph is one
    line. Tools such as ``xmllint --format`` add them where a paragraph holds only figures; they
    are dropped so that such output reads back to the same Report. Any other text is kept exactly.
    """
    if not text or (text.isspace() and "\n" in text):
        return ""
    return text


class _ReportBuilder:
    """Turns a schema-valid tree into plain data, validated into a Report in one pydantic pass.

    Every dict handed to pydantic is remembered with the element it came from, so a model error
    (whose ``loc`` is a path through that data) is reported with the line of the element.
    """

    def __init__(self, source: str | None) -> None:
        self.source = source
        self.elements: dict[int, etree._Element] = {}
        self.glossary: list[dict[str, Any]] = []
        self.glossary_element: etree._Element | None = None

    def fail(self, element: etree._Element, message: str) -> _Invalid:
        problem = Problem(_line(element), f"<{etree.QName(element).localname}>: {message}")
        return _Invalid(problem, self.source)

    def record(self, element: etree._Element, fields: dict[str, Any]) -> dict[str, Any]:
        self.elements[id(fields)] = element
        return fields

    def explain(self, data: dict[str, Any], exc: ValidationError) -> _Invalid:
        """The first model error, located at the innermost element its ``loc`` passes through."""
        first = exc.errors()[0]
        loc = first["loc"]
        node: Any = data
        element = self.elements[id(data)]
        consumed = 0
        for index, key in enumerate(loc):
            try:
                node = node[key]
            except (KeyError, IndexError, TypeError):
                break
            if isinstance(node, dict) and id(node) in self.elements:
                element, consumed = self.elements[id(node)], index + 1
        where = ".".join(str(part) for part in loc[consumed:])
        message = first["msg"].removeprefix("Value error, ")
        return self.fail(element, f"{where}: {message}" if where else message)

    def report(self, root: etree._Element) -> Report:
        data = self.record(root, {"schema_version": root.get(n.SCHEMA_VERSION)})
        for child in root:
            if child.tag == q(n.META):
                data["meta"] = self.meta(child)
            elif child.tag == q(n.PREAMBLE):
                data["preamble"], data["preamble_tables"] = self.body(child)
            else:
                data["sections"] = [self.section(s) for s in child]
        data["glossary"] = self.glossary
        try:
            return Report.model_validate(data)
        except ValidationError as exc:
            raise self.explain(data, exc) from exc

    def meta(self, element: etree._Element) -> dict[str, Any]:
        names = {q(name): field for field, name in n.META_ELEMENTS}
        authors: list[str] = []
        fields: dict[str, Any] = self.record(element, {"authors": authors})
        for child in element:
            text = child.text or ""
            if child.tag == q(n.AUTHOR):
                authors.append(text)
            elif child.tag == q(n.SOURCE):
                fields["source"] = text
            else:
                fields[names[child.tag]] = text.strip() if child.tag == q(n.DATE) else text
        return fields

    def lines(self, element: etree._Element) -> dict[str, int] | None:
        value = element.get(n.LINES)
        if value is None:
            return None
        first, last = value.split("-")
        return {"first": self.integer(element, first), "last": self.integer(element, last)}

    def integer(self, element: etree._Element, text: str) -> int:
        try:
            return int(text)
        except ValueError as exc:  # beyond Python's int() digit limit
            raise self.fail(element, f"the number {text[:20]}… is too long") from exc

    def running_text(self, element: etree._Element) -> tuple[str, list[dict[str, Any]]]:
        """The text of a ``<p>`` or ``<definition>`` and its metrics, offsets taken from the markup."""
        parts = [_unformatted(element.text)]
        position = len(parts[0])
        metrics: list[dict[str, Any]] = []
        for child in element:
            text = child.text or ""
            fields: dict[str, Any] = {_METRIC_FIELDS[str(name)]: value for name, value in child.items()}
            fields.update(text=text, start=position, end=position + len(text))
            metrics.append(self.record(child, fields))
            tail = _unformatted(child.tail)
            parts += (text, tail)
            position += len(text) + len(tail)
        return "".join(parts), metrics

    def paragraph(self, element: etree._Element) -> dict[str, Any]:
        text, metrics = self.running_text(element)
        return self.record(element, {"text": text, "kind": element.get(n.KIND, "text"), "metrics": metrics,
                                     "lines": self.lines(element)})

    def body(self, element: etree._Element) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The paragraphs and tables among the children, each table placed after the paragraphs before it."""
        paragraphs: list[dict[str, Any]] = []
        tables: list[dict[str, Any]] = []
        for child in element:
            if child.tag == q(n.P):
                paragraphs.append(self.paragraph(child))
            elif child.tag == q(n.TABLE):
                caption = child.find(q(n.CAPTION))
                if caption is not None:  # (schema 1.0 wrote a table's caption in the table)
                    paragraphs.append(self.record(caption, {"text": caption.text, "kind": "caption"}))
                tables.append(self.table(child, len(paragraphs)))
        return paragraphs, tables

    def table(self, element: etree._Element, position: int) -> dict[str, Any]:
        fields = self.record(element, {"header": [], "rows": [], "notes": [], "position": position,
                                       "lines": self.lines(element)})
        for child in element:
            if child.tag == q(n.CAPTION):
                continue  # (the caption paragraph before the table: see body)
            if child.tag == q(n.UNIT):
                fields["unit"] = child.text
            elif child.tag == q(n.NOTE):
                fields["notes"].append(child.text)
            else:
                rows = fields["header" if child.tag == q(n.THEAD) else "rows"]
                rows.extend([self.cell(td) for td in tr] for tr in child)
        return fields

    def cell(self, element: etree._Element) -> dict[str, Any]:
        text, metrics = self.running_text(element)
        return self.record(element, {"text": text, "metrics": metrics,
                                     "colspan": self.integer(element, element.get(n.COLSPAN, "1")),
                                     "rowspan": self.integer(element, element.get(n.ROWSPAN, "1"))})

    def section(self, element: etree._Element) -> dict[str, Any]:
        glossary = element.tag == q(n.GLOSSARY)
        if glossary:
            if self.glossary_element is not None:
                raise self.fail(element, f"a report has at most one glossary section "
                                         f"(the first is on line {_line(self.glossary_element)})")
            self.glossary_element = element
        texts = {q(name): field for field, name in n.SECTION_TEXT_ELEMENTS}
        children: list[dict[str, Any]] = []
        number = element.get(n.NUMBER)
        paragraphs, tables = self.body(element)
        fields = self.record(element, {
            "label": element.get(n.LABEL),
            "number": None if number is None else self.integer(element, number),
            "kind": "glossary" if glossary else element.get(n.KIND, "section"),
            "run_in": element.get(n.RUN_IN, "false").strip() in ("true", "1"),
            "paragraphs": paragraphs, "tables": tables, "children": children, "lines": self.lines(element),
        })
        for child in element:
            if child.tag == q(n.TITLE):
                fields["title"], fields["title_metrics"] = self.running_text(child)
            elif child.tag in texts:
                fields[texts[child.tag]] = child.text
            elif child.tag == q(n.ENTRY):
                self.glossary.append(self.entry(child))
            elif child.tag in (q(n.SECTION), q(n.GLOSSARY)):
                children.append(self.section(child))
        return fields

    def entry(self, element: etree._Element) -> dict[str, Any]:
        term, definition = element[0], element[1]
        text, metrics = self.running_text(definition)
        number = element.get(n.NUMBER)
        return self.record(element, {
            "term": term.text, "definition": text, "metrics": metrics, "lines": self.lines(element),
            "number": None if number is None else self.integer(element, number),
        })


__all__ = ["Problem", "find_problems", "parse_report", "schema", "schema_bytes"]
