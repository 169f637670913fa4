"""Every element and attribute name of govdoc's XML format, shared by the writer and the reader.

Nothing else in govdoc spells an XML name: the writer (:mod:`govdoc.formats.xml.write`), its reader (:mod:`.read`) and
the tests take them from here, and ``schemas/govdoc.xsd`` declares exactly these (a test checks
both directions). Elements live in :data:`NAMESPACE`; attributes are unqualified.
"""

from __future__ import annotations

from typing import Final

NAMESPACE: Final = "urn:govdoc:report:1"
"""The namespace of every govdoc element. The trailing ``1`` is the major schema version."""

# --- elements -------------------------------------------------------------------------------------
REPORT: Final = "report"
META: Final = "meta"
PREAMBLE: Final = "preamble"
BODY: Final = "body"
SECTION: Final = "section"
GLOSSARY: Final = "glossary"  # the section of kind "glossary": it alone holds the glossary entries
KICKER: Final = "kicker"
TITLE: Final = "title"
SUBTITLE: Final = "subtitle"
BYLINE: Final = "byline"
P: Final = "p"
METRIC: Final = "metric"
ENTRY: Final = "entry"
TERM: Final = "term"
DEFINITION: Final = "definition"
DATE: Final = "date"
AUTHOR: Final = "author"
SOURCE: Final = "source"
TABLE: Final = "table"
CAPTION: Final = "caption"
UNIT: Final = "unit"
THEAD: Final = "thead"
TBODY: Final = "tbody"
TR: Final = "tr"
TD: Final = "td"
NOTE: Final = "note"

# --- attributes -----------------------------------------------------------------------------------
SCHEMA_VERSION: Final = "schema-version"
LABEL: Final = "label"
NUMBER: Final = "number"
KIND: Final = "kind"
RUN_IN: Final = "run-in"
LINES: Final = "lines"
COLSPAN: Final = "colspan"
ROWSPAN: Final = "rowspan"

# --- model field -> XML name tables (order is the order written) --------------------------------
META_ELEMENTS: Final[tuple[tuple[str, str], ...]] = (
    ("title", TITLE),
    ("subtitle", SUBTITLE),
    ("issuer", "issuer"),
    ("date", DATE),
    ("publication", "publication"),
    ("issue", "issue"),
    ("index_number", "index-number"),
    ("category", "category"),
    ("doc_number", "doc-number"),
)
"""``Meta`` fields written as one element each, in this order; ``authors`` and ``source`` follow."""

METRIC_ATTRIBUTES: Final[tuple[tuple[str, str], ...]] = (
    ("value", "value"),
    ("value_min", "value-min"),
    ("unit", "unit"),
    ("kind", KIND),
    ("currency", "currency"),
    ("approx", "approx"),
    ("qualifier", "qualifier"),
    ("indicator", "indicator"),
    ("change", "change"),
    ("column", "column"),
)
"""``Metric`` fields written as attributes of ``<metric>``, in this order (``None`` is left out).
``text`` is the element's content and ``start``/``end`` follow from where it stands."""

OLDER_METRIC_ATTRIBUTES: Final[tuple[tuple[str, str], ...]] = (
    ("value_max", "value-max"),
)
"""``Metric`` fields of an older schema, read from its documents (and upgraded with the rest) but never written:
schema 1.1 and 1.0 wrote a range's upper bound as ``value-max`` and its lower as ``value``."""

SECTION_TEXT_ELEMENTS: Final[tuple[tuple[str, str], ...]] = (
    ("kicker", KICKER),
    ("title", TITLE),
    ("subtitle", SUBTITLE),
    ("byline", BYLINE),
)
"""``Section`` fields written as child elements before the paragraphs, in this order."""

ELEMENTS: Final[frozenset[str]] = frozenset(
    {REPORT, META, PREAMBLE, BODY, SECTION, GLOSSARY, KICKER, TITLE, SUBTITLE, BYLINE, P, METRIC, ENTRY,
     TERM, DEFINITION, DATE, AUTHOR, SOURCE, TABLE, CAPTION, UNIT, THEAD, TBODY, TR, TD, NOTE}
    | {name for _, name in META_ELEMENTS}
)
"""Every element name of the format."""

ATTRIBUTES: Final[frozenset[str]] = frozenset(
    {SCHEMA_VERSION, LABEL, NUMBER, KIND, RUN_IN, LINES, COLSPAN, ROWSPAN}
    | {name for _, name in (*METRIC_ATTRIBUTES, *OLDER_METRIC_ATTRIBUTES)}
)
"""Every attribute name of the format."""


def q(name: str) -> str:
    """The qualified (Clark) name of a govdoc element: ``{urn:govdoc:report:1}p``."""
    return f"{{{NAMESPACE}}}{name}"


__all__ = [
    "ATTRIBUTES",
    "AUTHOR",
    "BODY",
    "BYLINE",
    "CAPTION",
    "COLSPAN",
    "DATE",
    "DEFINITION",
    "ELEMENTS",
    "ENTRY",
    "GLOSSARY",
    "KICKER",
    "KIND",
    "LABEL",
    "LINES",
    "META",
    "META_ELEMENTS",
    "METRIC",
    "METRIC_ATTRIBUTES",
    "NAMESPACE",
    "NOTE",
    "NUMBER",
    "OLDER_METRIC_ATTRIBUTES",
    "PREAMBLE",
    "REPORT",
    "ROWSPAN",
    "RUN_IN",
    "SCHEMA_VERSION",
    "SECTION",
    "SECTION_TEXT_ELEMENTS",
    "SOURCE",
    "SUBTITLE",
    "TABLE",
    "TBODY",
    "TD",
    "TERM",
    "THEAD",
    "TITLE",
    "TR",
    "UNIT",
    "P",
    "q",
]
