"""``govdoc metrics INPUT... -t csv|jsonl|parquet -o FILE``: every figure of the inputs as one table.

INPUTs are files of any format govdoc reads, folders and globs: a whole corpus becomes one table,
with ``document`` naming each row's file by its path relative to the inputs' common folder (so
``y2022/report.txt`` and ``y2023/report.txt`` stay apart). ``--partition`` writes Parquet as a
dataset folder with one part per document, written as each is read (see :mod:`govdoc.corpus`).

``-f`` means ``--force`` here as in every command; ``-f csv`` (the table format, as it was once
spelled) still works with a deprecation message: the format is ``-t``/``--to``.
"""

from __future__ import annotations

import argparse
import codecs
import io
import sys
from collections.abc import Iterable, Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

from ..errors import OutputError
from ..io import atomic_write
from . import UsageError, add_strict_option, warn, worker_pool

TABLE_FORMATS = ("csv", "jsonl", "parquet")


def legacy_arguments(arguments: list[str]) -> list[str]:
    """The command's arguments with ``-f FORMAT`` (how the table format was once given, before ``-f``
    meant ``--force`` in every command) turned into ``-t FORMAT``, with a deprecation message."""
    fixed = list(arguments)
    for index, (flag, value) in enumerate(pairwise(arguments)):
        if flag == "-f" and value in TABLE_FORMATS:
            print(f"govdoc: warning: -f {value} is deprecated: -f means --force in every command; "
                  f"write -t {value}", file=sys.stderr)
            fixed[index] = "-t"
    return fixed


def register(subparsers: Any) -> None:
    """Add the ``metrics`` subcommand to the ``govdoc`` parser."""
    from ..formats import input_extensions, readable
    from ..metrics.table import COLUMNS

    parser = subparsers.add_parser(
        "metrics",
        help="write every figure of the inputs as a table (CSV, JSON Lines, Parquet)",
        description=f"Read each INPUT, in any format govdoc reads ({readable()}; recognised by content), "
                    f"and write one row per figure with the columns: {', '.join(COLUMNS)}. A document is "
                    "named by its path relative to the inputs' common folder.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help=f"files, folders (walked for {' '.join(input_extensions())}) or quoted globs")
    parser.add_argument("-t", "--to", "--format", dest="format", choices=TABLE_FORMATS, default="csv",
                        help="table format (default: csv; a CSV file is UTF-8 with a BOM for spreadsheets, "
                             "CSV on standard output has none)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE",
                        help="where to write the table; - writes to standard output")
    parser.add_argument("-f", "--force", action="store_true", help="overwrite FILE if it exists")
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                        help="read documents in N processes (rows then come in completion order)")
    parser.add_argument("--partition", action="store_true",
                        help="with -t parquet: write a dataset folder with one part per document "
                             "(document=NAME/part-0.parquet), streamed")
    add_strict_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Read the inputs, collect their figures and write the table whole (or not at all).

    A document that cannot be read is reported in one line and the others go on; the exit code
    is then 1, and nothing is written if no document could be read.
    """
    from ..batch import common_root
    from ..corpus import DocumentRows, iter_documents, write_partitioned
    from ..metrics.table import WRITERS

    inputs = args.inputs
    table_format = args.format
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if args.partition and (table_format != "parquet" or args.output == "-"):
        raise UsageError("--partition writes a Parquet dataset folder: use -t parquet -o FOLDER")
    if args.output != "-" and Path(args.output).exists() and not args.force:
        raise OutputError("exists already", source=args.output, hint="pass --force to overwrite it")
    failed = read = 0

    def rows(documents: Iterable[DocumentRows]) -> Iterator[dict[str, Any]]:
        nonlocal failed, read
        for doc in documents:
            for message in doc.warnings:
                warn(doc.document, message)
            if doc.error is not None:
                failed += 1
                print(f"govdoc: error: {doc.source}: {doc.error}", file=sys.stderr)
                continue
            read += 1
            yield from doc.rows

    executor = worker_pool(args.jobs) if args.jobs > 1 else None
    documents = iter_documents(inputs, executor=executor, strict=args.strict, root=common_root(inputs),
                               limits=args.limits)
    try:
        if args.partition:
            for _ in rows(write_partitioned(documents, args.output, force=args.force)):
                pass
            return 1 if failed else 0
        buffer = io.BytesIO()
        WRITERS[table_format](rows(documents), buffer)
    finally:
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
    if not read:
        return 1
    if args.output == "-":  # a BOM helps Excel open a file; in a pipe it is a stray character
        sys.stdout.buffer.write(buffer.getvalue().removeprefix(codecs.BOM_UTF8))
        sys.stdout.buffer.flush()
    else:
        atomic_write(args.output, buffer.getvalue(), force=args.force)
    return 1 if failed else 0
