"""The ``govdoc`` command: one module per subcommand, errors as one line, tracebacks only with --debug.

Exit codes: 0 success, 1 a document failed (the message names the file and the problem),
2 a usage error (bad option, unknown format).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from collections.abc import Sequence

from ..errors import GovdocError

# Each module defines ``register(subparsers)``, which adds its parser and sets ``run`` as the default
# ``handler``: a function of the parsed arguments that returns the exit code.
SUBCOMMANDS = ("convert", "show", "schema", "validate", "metrics")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(GovdocError):
    """A command line that cannot be carried out as given (exit code 2)."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="govdoc",
        description="Turn Chinese government reports into structured data and typeset documents.",
    )
    parser.add_argument("--debug", action="store_true", help="show a traceback when something fails")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in SUBCOMMANDS:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:  # a subcommand whose module has not landed yet
            if exc.name != f"{__name__}.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


def _version() -> str:
    from .. import __version__

    return __version__


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code instead of raising."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.handler(args)
        return code
    except UsageError as exc:
        print(f"govdoc: usage error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except GovdocError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"govdoc: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("govdoc: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug in govdoc: still one line unless --debug
        if args.debug:
            traceback.print_exc()
        else:
            print(f"govdoc: internal error: {type(exc).__name__}: {exc} (run with --debug for a traceback)",
                  file=sys.stderr)
        return EXIT_FAILED


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
