"""``govdoc metrics INPUT... -f csv|jsonl|parquet -o FILE``: every figure of the inputs as one table.

INPUTs may be folders and globs: a whole corpus becomes one table, with ``document`` naming each
row's file by its path relative to the folder. ``--partition`` writes Parquet as a dataset folder
with one part per document, written as each is read (see :mod:`govdoc.corpus`).
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import OutputError
from ..io import atomic_write
from . import UsageError


def register(subparsers: Any) -> None:
    """Add the ``metrics`` subcommand to the ``govdoc`` parser."""
    parser = subparsers.add_parser(
        "metrics",
        help="write every figure of the inputs as a table (CSV, JSON Lines, Parquet)",
        description="Parse each text file and write one row per figure: document, section path, "
                    "paragraph index, indicator, value, value_max, unit, kind, currency, approx, "
                    "change, text, start, end.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="files in any format govdoc reads, folders (walked) or quoted globs")
    parser.add_argument("-f", "--format", choices=("csv", "jsonl", "parquet"), default="csv",
                        help="table format (default: csv, UTF-8 with BOM for spreadsheets)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE",
                        help="where to write the table; - writes to standard output")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                        help="read documents in N processes (rows then come in completion order)")
    parser.add_argument("--partition", action="store_true",
                        help="with -f parquet: write a dataset folder with one part per document "
                             "(document=NAME/part-0.parquet), streamed")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Read the inputs, collect their figures and write the table whole (or not at all).

    A document that cannot be read is reported in one line and the others go on; the exit code
    is then 1, and nothing is written if no document could be read.
    """
    from ..corpus import DocumentRows, iter_documents, write_partitioned
    from ..metrics.table import WRITERS

    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if args.partition and (args.format != "parquet" or args.output == "-"):
        raise UsageError("--partition writes a Parquet dataset folder: use -f parquet -o FOLDER")
    if args.output != "-" and Path(args.output).exists() and not args.force:
        raise OutputError("exists already", source=args.output, hint="pass --force to overwrite it")
    failed = read = 0

    def rows(documents: Iterable[DocumentRows]) -> Iterator[dict[str, Any]]:
        nonlocal failed, read
        for doc in documents:
            if doc.error is not None:
                failed += 1
                print(f"govdoc: error: {doc.source}: {doc.error}", file=sys.stderr)
                continue
            read += 1
            yield from doc.rows

    documents = iter_documents(args.inputs, jobs=args.jobs)
    if args.partition:
        for _ in rows(write_partitioned(documents, args.output, force=args.force)):
            pass
        return 1 if failed else 0
    buffer = io.BytesIO()
    WRITERS[args.format](rows(documents), buffer)
    if not read:
        return 1
    if args.output == "-":
        sys.stdout.buffer.write(buffer.getvalue())
        sys.stdout.buffer.flush()
    else:
        atomic_write(args.output, buffer.getvalue(), force=args.force)
    return 1 if failed else 0
