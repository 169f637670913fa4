"""The figures of a Report as a table: one row per figure, written as CSV, JSON Lines or Parquet.

Values stay exact: CSV and JSON Lines carry them as decimal strings ("345000000", "99.23"),
Parquet as a ``decimal128`` column with as many fraction digits as the figures need. The CSV is
UTF-8 with a byte-order mark, so Excel opens the Chinese text correctly without an import dialog.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import IO, Any

from ..errors import GovdocError
from ..model import Metric, Report, Section

COLUMNS = (
    "document", "section_path", "paragraph_index", "indicator", "value", "value_max", "unit", "kind",
    "currency", "approx", "qualifier", "change", "text", "start", "end",
)
"""The columns of a metrics table, in order."""

PATH_SEPARATOR = " / "


def section_path(path: tuple[Section, ...]) -> str:
    """Labels and titles of the sections above a paragraph: "一、经济发展 / （一）招商引资"."""
    return PATH_SEPARATOR.join(_heading(s) for s in path)


def _heading(section: Section) -> str:
    label = section.label or ""
    # 第一部分 and 一是 end in a word character: keep a space so label and title stay apart
    gap = " " if label and label[-1].isalnum() else ""
    return f"{label}{gap}{section.title}"


def _row(document: str, path: str, index: int | None, metric: Metric) -> dict[str, Any]:
    return {
        "document": document, "section_path": path, "paragraph_index": index,
        "indicator": metric.indicator, "value": metric.value, "value_max": metric.value_max,
        "unit": metric.unit, "kind": metric.kind, "currency": metric.currency, "approx": metric.approx,
        "qualifier": metric.qualifier, "change": metric.change, "text": metric.text, "start": metric.start,
        "end": metric.end,
    }


def metric_rows(report: Report, document: str) -> Iterator[dict[str, Any]]:
    """One row per figure of ``report``, in document order; glossary definitions come last.

    ``paragraph_index`` counts the paragraphs of ``report.paragraphs()`` from 0; it is None for a
    figure in a glossary definition, whose ``section_path`` names the glossary section.
    """
    for index, (path, paragraph) in enumerate(report.paragraphs()):
        label = section_path(path)
        for metric in paragraph.metrics:
            yield _row(document, label, index, metric)
    glossary = tuple(s for _, s in report.walk() if s.kind == "glossary")[:1]
    label = section_path(glossary)
    for term in report.glossary:
        for metric in term.metrics:
            yield _row(document, label, None, metric)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def write_csv(rows: Iterable[dict[str, Any]], stream: IO[bytes]) -> None:
    """Write ``rows`` as CSV (UTF-8 with BOM, header first, empty cells for None) to a binary stream."""
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_cell(row.get(name)) for name in COLUMNS])
    stream.write(text.getvalue().encode("utf-8-sig"))


def write_jsonl(rows: Iterable[dict[str, Any]], stream: IO[bytes]) -> None:
    """Write ``rows`` as JSON Lines (UTF-8, Chinese kept as is, exact values as strings)."""
    for row in rows:
        record = {name: (format(v, "f") if isinstance(v, Decimal) else v) for name, v in
                  ((name, row.get(name)) for name in COLUMNS)}
        stream.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")


def _fraction_digits(value: Decimal | None) -> int:
    if value is None:
        return 0
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _integer_digits(value: Decimal | None) -> int:
    if value is None:
        return 1
    _sign, digits, exponent = value.as_tuple()
    return max(len(digits) + exponent, 1) if isinstance(exponent, int) else 1


def write_parquet(rows: Iterable[dict[str, Any]], stream: IO[bytes]) -> None:
    """Write ``rows`` as a Parquet table; needs pyarrow (``pip install govdoc[parquet]``)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise GovdocError("Parquet output needs pyarrow, which is not installed",
                          hint="pip install 'govdoc[parquet]' or choose -f csv / -f jsonl") from exc
    records = list(rows)
    scale = max((_fraction_digits(r.get(k)) for r in records for k in ("value", "value_max")), default=0)
    whole = max((_integer_digits(r.get(k)) for r in records for k in ("value", "value_max")), default=1)
    precision = whole + scale
    if precision > 38:
        raise GovdocError(f"a figure needs {precision} digits, more than a Parquet decimal column holds")
    number = pa.decimal128(precision, scale)
    schema = pa.schema([
        ("document", pa.string()), ("section_path", pa.string()), ("paragraph_index", pa.int64()),
        ("indicator", pa.string()), ("value", number), ("value_max", number), ("unit", pa.string()),
        ("kind", pa.string()), ("currency", pa.string()), ("approx", pa.string()), ("qualifier", pa.string()),
        ("change", pa.string()), ("text", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
    ])
    columns = {name: [r.get(name) for r in records] for name in COLUMNS}
    table = pa.Table.from_pydict(columns, schema=schema)
    pq.write_table(table, stream)


WRITERS = {"csv": write_csv, "jsonl": write_jsonl, "parquet": write_parquet}
"""Writer by format name, as the ``govdoc metrics -f`` option names them."""

__all__ = ["COLUMNS", "WRITERS", "metric_rows", "section_path", "write_csv", "write_jsonl", "write_parquet"]
