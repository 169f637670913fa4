"""``govdoc convert INPUT... -t FORMAT[,FORMAT] [-o OUT]``: read any supported input, write each format.

Every input is converted on its own: a bad file is reported in one line and the rest go on; the
exit code is 1 if any failed. Outputs are written whole or not at all and never replace an
existing file without ``--force``. ``-o -`` (or no ``-o`` for one input and a text format) writes
to standard output.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..errors import GovdocError
from ..formats import FORMATS, Format, get_format, read_any
from ..io import atomic_write
from . import UsageError


def register(subparsers: Any) -> None:
    """Add the ``convert`` subcommand."""
    parser = subparsers.add_parser(
        "convert", help="convert reports (text, .docx, .pdf, .xml, .json) to json, text, xml, docx or pdf",
        description="Convert each INPUT to every format given with -t. Inputs are recognised by content "
                    "and extension: raw text in any supported encoding, govdoc JSON or XML, .docx, .pdf.")
    parser.add_argument("inputs", nargs="+", type=Path, metavar="INPUT")
    parser.add_argument("-t", "--to", required=True, metavar="FORMAT[,FORMAT]",
                        help=f"output formats, comma-separated: {', '.join(FORMATS)}")
    parser.add_argument("-o", "--output", metavar="OUT",
                        help="output file (one input, one format), folder, or - for standard output")
    parser.add_argument("-f", "--force", action="store_true", help="overwrite existing output files")
    parser.set_defaults(handler=run)


def _formats(spec: str) -> list[Format]:
    try:
        return [get_format(name.strip()) for name in spec.split(",") if name.strip()]
    except GovdocError as exc:
        raise UsageError(str(exc)) from exc


def _targets(args: argparse.Namespace, formats: list[Format]) -> tuple[str, Path | None]:
    """Where outputs go: ("stdout", None), ("file", path) or ("dir", folder)."""
    single = len(args.inputs) == 1 and len(formats) == 1
    if args.output == "-" or (args.output is None and single and not formats[0].binary):
        if not single:
            raise UsageError("standard output takes one input converted to one format")
        if formats[0].binary:
            raise UsageError(f"{formats[0].name} is binary; write it to a file with -o FILE")
        return "stdout", None
    if args.output is None:
        raise UsageError("give an output with -o FILE or -o FOLDER")
    out = Path(args.output)
    if out.is_dir() or not single or args.output.endswith(("/", "\\")):
        out.mkdir(parents=True, exist_ok=True)
        return "dir", out
    return "file", out


def run(args: argparse.Namespace) -> int:
    """Convert every input; report failures one per line; return 1 if any input failed."""
    formats = _formats(args.to)
    mode, out = _targets(args, formats)
    failed = 0
    for path in args.inputs:
        try:
            data = path.read_bytes()
        except OSError as exc:
            print(f"govdoc: error: {path}: cannot read: {exc.strerror or exc}", file=sys.stderr)
            failed += 1
            continue
        try:
            report = read_any(data, source=path.name)
            for fmt in formats:
                payload = fmt.writer(report)
                if mode == "stdout":
                    sys.stdout.buffer.write(payload)
                    sys.stdout.flush()
                    continue
                target = out if mode == "file" else out / (path.stem + fmt.extension)  # type: ignore[operator]
                assert target is not None
                if target.resolve() == path.resolve():
                    raise GovdocError("output would replace the input", source=str(path),
                                      hint="choose another -o")
                atomic_write(target, payload, force=args.force)
        except GovdocError as exc:
            if exc.source is None:
                exc.source = str(path)
            if args.debug:
                raise
            print(f"govdoc: error: {exc}", file=sys.stderr)
            failed += 1
    return 1 if failed else 0
