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
from typing import IO, TYPE_CHECKING, Any

from ..errors import GovdocError

if TYPE_CHECKING:
    from .places import Figure
from ..model import Report, Section

COLUMNS = (
    "document", "section_path", "where", "paragraph_index", "table_index", "table_row", "table_column",
    "row_label", "column_label", "indicator", "value_min", "value", "unit", "kind", "currency", "approx",
    "qualifier", "change", "text", "start", "end",
)
"""The columns of a metrics table, in order (see :func:`metric_rows`)."""

INTEGER_COLUMNS = frozenset({"paragraph_index", "table_index", "table_row", "table_column", "start", "end"})
DECIMAL_COLUMNS = frozenset({"value_min", "value"})

PATH_SEPARATOR = " / "


def section_path(path: tuple[Section, ...]) -> str:
    """Labels and titles of the sections above a paragraph: "一、经济发展 / （一）招商引资"."""
    return PATH_SEPARATOR.join(_heading(s) for s in path)


def _heading(section: Section) -> str:
    label = section.label or ""
    # 第一部分 and 一是 end in a word character: keep a space so label and title stay apart
    gap = " " if label and label[-1].isalnum() else ""
    return f"{label}{gap}{section.title}"


def _row(document: str, figure: Figure) -> dict[str, Any]:
    metric = figure.metric
    return {
        "document": document, "section_path": figure.section_path, "where": figure.where,
        "paragraph_index": figure.paragraph, "table_index": figure.table, "table_row": figure.row,
        "table_column": figure.column, "row_label": figure.row_label, "column_label": figure.column_label,
        "indicator": metric.indicator, "value_min": metric.value_min, "value": metric.value,
        "unit": metric.unit, "kind": metric.kind, "currency": metric.currency, "approx": metric.approx,
        "qualifier": metric.qualifier, "change": metric.change, "text": metric.text, "start": metric.start,
        "end": metric.end,
    }


def metric_rows(report: Report, document: str) -> Iterator[dict[str, Any]]:
    """One row per figure of ``report`` (:meth:`Report.figures`), in document order; glossary
    definitions come last.

    ``where`` says where the figure stands (paragraph, heading, subtitle, caption, cell, note,
    glossary). ``paragraph_index`` counts the paragraphs of ``report.paragraphs()`` from 0 (for a
    figure in a paragraph or a caption paragraph); ``table_index`` counts ``report.tables()`` (for a
    cell or a table's note), and a cell has its ``table_row`` and ``table_column`` on the
    table's grid with the ``row_label`` and ``column_label`` printed for them. ``text``, ``start``
    and ``end`` are the figure as printed and its offsets in the text it stands in.
    """
    for figure in report.figures():
        yield _row(document, figure)


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
                          hint="pip install 'govdoc[parquet]' or choose -t csv / -t jsonl") from exc
    records = list(rows)
    scale = max((_fraction_digits(r.get(k)) for r in records for k in DECIMAL_COLUMNS), default=0)
    whole = max((_integer_digits(r.get(k)) for r in records for k in DECIMAL_COLUMNS), default=1)
    precision = whole + scale
    if precision > 38:
        raise GovdocError(f"a figure needs {precision} digits, more than a Parquet decimal column holds")
    schema = arrow_schema(pa.decimal128(precision, scale))
    columns = {name: [r.get(name) for r in records] for name in COLUMNS}
    table = pa.Table.from_pydict(columns, schema=schema)
    pq.write_table(table, stream)


def arrow_schema(number: Any) -> Any:
    """The Arrow schema of the table: whole numbers as int64, values as the decimal type ``number``."""
    import pyarrow as pa

    return pa.schema([(name, pa.int64() if name in INTEGER_COLUMNS else number if name in DECIMAL_COLUMNS
                       else pa.string()) for name in COLUMNS])


WRITERS = {"csv": write_csv, "jsonl": write_jsonl, "parquet": write_parquet}
"""Writer by format name, as the ``govdoc metrics -f`` option names them."""

__all__ = ["COLUMNS", "DECIMAL_COLUMNS", "INTEGER_COLUMNS", "WRITERS", "arrow_schema", "metric_rows", "section_path",
           "write_csv", "write_jsonl", "write_parquet"]
