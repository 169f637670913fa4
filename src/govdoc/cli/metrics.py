"""``govdoc metrics INPUT... -f csv|jsonl|parquet -o FILE``: every figure of the inputs as one table."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path
from typing import Any

from ..errors import GovdocError
from ..io import atomic_write


def register(subparsers: Any) -> None:
    """Add the ``metrics`` subcommand to the ``govdoc`` parser."""
    parser = subparsers.add_parser(
        "metrics",
        help="write every figure of the inputs as a table (CSV, JSON Lines, Parquet)",
        description="Parse each text file and write one row per figure: document, section path, "
                    "paragraph index, indicator, value, value_max, unit, kind, currency, approx, "
                    "change, text, start, end.",
    )
    parser.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="raw text files to parse")
    parser.add_argument("-f", "--format", choices=("csv", "jsonl", "parquet"), default="csv",
                        help="table format (default: csv, UTF-8 with BOM for spreadsheets)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE",
                        help="where to write the table; - writes to standard output")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Parse the inputs, collect their figures and write the table whole (or not at all)."""
    from ..metrics.table import WRITERS, metric_rows
    from ..parsing import parse

    rows: list[dict[str, Any]] = []
    for path in args.inputs:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise GovdocError(f"cannot read: {exc.strerror or exc}", source=str(path)) from exc
        report = parse(data, source=path.name)
        rows.extend(metric_rows(report, path.name))
    buffer = io.BytesIO()
    WRITERS[args.format](rows, buffer)
    if args.output == "-":
        sys.stdout.buffer.write(buffer.getvalue())
        sys.stdout.buffer.flush()
    else:
        atomic_write(args.output, buffer.getvalue(), force=args.force)
    return 0
