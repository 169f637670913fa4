"""``govdoc validate FILE...``: check govdoc XML (or JSON) files, one line per problem with its line number.

Folders are searched for ``*.xml`` files.

Output is ``FILE:LINE: message`` per problem (like a compiler, so editors can jump to it) and
``FILE: valid`` per good file unless ``--quiet``. Every file is checked even when one fails; the
exit code is 1 when any file is invalid or unreadable.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..errors import GovdocError


def register(subparsers: Any) -> None:
    """Add the ``validate`` subcommand to the ``govdoc`` parser."""
    parser = subparsers.add_parser(
        "validate",
        help="check govdoc XML files against schemas/govdoc.xsd and the model",
        description="Validate govdoc XML files against the schema (every problem, with its line number) "
                    "and the model's invariants. Files ending in .json are read as govdoc JSON.",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE",
                        help="govdoc XML (or .json) files, or folders (searched for *.xml)")
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing for valid files")
    parser.set_defaults(handler=run)


def problems_of(path: Path) -> list[str]:
    """The problems of one file as printable lines (``FILE:LINE: message``); empty when it is valid."""
    from ..formats.json import read_json
    from ..formats.xml import validate_xml

    name = str(path)
    if path.is_dir():  # only a folder without any *.xml file gets here
        return [f"{name}: no *.xml file in this folder"]
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [f"{name}: cannot read: {exc.strerror or exc}"]
    try:
        if path.suffix.lower() == ".json":
            read_json(data)
            return []
        return [f"{name}:{p.line}: {p.message}" if p.line else f"{name}: {p.message}"
                for p in validate_xml(data)]
    except GovdocError as exc:
        return [f"{name}: {exc.message}" + (f" ({exc.hint})" if exc.hint else "")]


def expand(paths: list[Path]) -> list[Path]:
    """Files as given; folders replaced by the ``*.xml`` files under them, in sorted order."""
    files: list[Path] = []
    for path in paths:
        found = sorted(path.rglob("*.xml")) if path.is_dir() else []
        files.extend(found or [path])
    return files


def run(args: argparse.Namespace) -> int:
    """Validate every file; print its problems; exit 1 when any file is invalid."""
    invalid = 0
    files = expand(args.files)
    for path in files:
        problems = problems_of(path)
        for line in problems:
            print(line)
        if problems:
            invalid += 1
        elif not args.quiet:
            print(f"{path}: valid")
    if invalid and len(files) > 1:
        print(f"govdoc validate: {invalid} of {len(files)} files invalid", file=sys.stderr)
    sys.stdout.flush()
    return 1 if invalid else 0
