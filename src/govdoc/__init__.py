"""govdoc: Chinese government reports and bulletins as validated structured data.

>>> import govdoc
>>> report = govdoc.parse("一、经济发展\\n引进企业139家，吸引内资3.45亿元。")
>>> [(m.value, m.unit) for _, m in report.metrics()]
[(Decimal('139'), '家'), (Decimal('345000000'), '元')]

One model (:class:`Report`), a parser from raw text (:func:`parse`), a reader and a writer for
each format (text, JSON, XML, Word, PDF), and :func:`read`, which reads a file of any of them.
Format modules load on first use, so ``import govdoc`` stays fast and a format's dependencies
matter only when that format is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import (
    DecodeError,
    EmptyInputWarning,
    FontError,
    FormatError,
    GovdocError,
    GovdocWarning,
    LimitError,
    OutputError,
    ParseError,
    SchemaError,
)
from .model import SCHEMA_VERSION, Cell, GlossaryTerm, LineSpan, Meta, Metric, Paragraph, Report, Section, Table

if TYPE_CHECKING:
    from .batch import ConversionResult, convert_all
    from .checks import Finding, check
    from .formats import read
    from .formats.docx import read_docx, write_docx
    from .formats.html.read import read_html
    from .formats.json import read_json, write_json
    from .formats.pdf import read_pdf, write_pdf
    from .formats.text import write_text
    from .formats.xml import read_xml, write_xml
    from .limits import Limits
    from .metrics import extract_metrics
    from .parsing import parse

__version__ = "0.1.0"

_LAZY = {
    "parse": "govdoc.parsing",
    "read": "govdoc.formats",
    "Limits": "govdoc.limits",
    "convert_all": "govdoc.batch",
    "ConversionResult": "govdoc.batch",
    "check": "govdoc.checks",
    "Finding": "govdoc.checks",
    "extract_metrics": "govdoc.metrics",
    "write_text": "govdoc.formats.text",
    "read_json": "govdoc.formats.json",
    "write_json": "govdoc.formats.json",
    "read_xml": "govdoc.formats.xml",
    "write_xml": "govdoc.formats.xml",
    "read_docx": "govdoc.formats.docx",
    "write_docx": "govdoc.formats.docx",
    "read_html": "govdoc.formats.html.read",
    "read_pdf": "govdoc.formats.pdf",
    "write_pdf": "govdoc.formats.pdf",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'govdoc' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "SCHEMA_VERSION",
    "Cell",
    "ConversionResult",
    "DecodeError",
    "EmptyInputWarning",
    "Finding",
    "FontError",
    "FormatError",
    "GlossaryTerm",
    "GovdocError",
    "GovdocWarning",
    "LimitError",
    "Limits",
    "LineSpan",
    "Meta",
    "Metric",
    "OutputError",
    "Paragraph",
    "ParseError",
    "Report",
    "SchemaError",
    "Section",
    "Table",
    "__version__",
    "check",
    "convert_all",
    "extract_metrics",
    "parse",
    "read",
    "read_docx",
    "read_html",
    "read_json",
    "read_pdf",
    "read_xml",
    "write_docx",
    "write_json",
    "write_pdf",
    "write_text",
    "write_xml",
]
