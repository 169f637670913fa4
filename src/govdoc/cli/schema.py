"""``govdoc schema``: print the JSON Schema of a Report (or, with --xsd, the XML schema)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..model import json_schema


def register(subparsers: Any) -> None:
    """Add the ``schema`` subcommand."""
    parser = subparsers.add_parser("schema", help="print the JSON Schema of govdoc's Report",
                                   description="Print the JSON Schema (draft 2020-12) of a serialised Report.")
    parser.add_argument("--xsd", action="store_true", help="print the XML Schema instead")
    parser.set_defaults(handler=run)


def schema_text() -> str:
    """The JSON Schema as govdoc writes it to schemas/govdoc.schema.json."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def run(args: argparse.Namespace) -> int:
    """Print the schema."""
    if args.xsd:
        from ..formats.xml import schema_bytes

        sys.stdout.write(schema_bytes().decode("utf-8"))
    else:
        sys.stdout.write(schema_text())
    return 0
