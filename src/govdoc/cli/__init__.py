"""The ``govdoc`` command: one module per subcommand, errors as one line, tracebacks only with --debug.

Exit codes: 0 success, 1 a document failed (the message names the file and the problem),
2 a usage error (bad option, unknown format).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import re
import sys
import traceback
import warnings
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from ..errors import (
    DecodeError,
    FontError,
    FormatError,
    GovdocError,
    LimitError,
    OutputError,
    ParseError,
    SchemaError,
)
from ..limits import Limits, active, use

# Each module defines ``register(subparsers)``, which adds its parser and sets ``run`` as the default
# ``handler``: a function of the parsed arguments that returns the exit code.
SUBCOMMANDS = ("convert", "show", "schema", "validate", "metrics", "check")

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
    parser.add_argument("--limit", action="append", default=[], metavar="NAME=VALUE",
                        help="raise or lower an input limit for this run, in every worker process too, "
                             "e.g. docx.max_ratio=500 (names in govdoc.limits; repeatable)")
    parser.set_defaults(limits=None)  # main() replaces it with the Limits of this run
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


# What to do about an error that carries no hint of its own, by class (most specific first).
_DEFAULT_HINTS: tuple[tuple[type[GovdocError], str], ...] = (
    (SchemaError, "run `govdoc validate FILE` to see every problem"),
    (DecodeError, "save the file as UTF-8 text"),
    (FormatError, "check that the file is complete and of the format its name says, or export it again"),
    (LimitError, "raise the limit if the file is trusted (see govdoc.limits)"),
    (ParseError, "check that the file is the text of a report; run with --debug for details"),
    (FontError, "install a CJK font (see govdoc.fonts)"),
    (OutputError, "choose another output or pass --force"),
    (GovdocError, "run with --debug for details"),
)


_BREAKS = re.compile(r"[\r\n\t\v\f\x85\u2028\u2029]+")


def one_line(exc: GovdocError) -> str:
    """``FILE: what went wrong: what to do`` on one line (a class default when the error has no hint)."""
    hint = exc.hint or next(text for cls, text in _DEFAULT_HINTS if isinstance(exc, cls))
    parts = [exc.source] if exc.source else []
    parts += [exc.message, hint]
    return ": ".join(_BREAKS.sub(" ", part) for part in parts)


def _number(text: str) -> int | float:
    """A limit's value as written on the command line: ``10``, ``1e6``, ``2.5``."""
    try:
        return int(text)
    except ValueError:
        value = float(text)
        return int(value) if value.is_integer() else value


def limits_from(settings: Sequence[str]) -> Limits:
    """The limits in force with the ``NAME=VALUE`` settings of ``--limit`` applied; UsageError if one
    is malformed, unknown or not positive. Handlers pass this value on with the work."""
    values: dict[str, int | float] = {}
    for setting in settings:
        name, equals, value = setting.partition("=")
        try:
            if not equals:
                raise ValueError("write it as NAME=VALUE")
            values[name.strip()] = _number(value.strip())
            active().replace({name.strip(): values[name.strip()]})  # check each one alone
        except (ValueError, GovdocError) as exc:
            raise UsageError(f"--limit {setting}: {exc}") from exc
    return active().replace(values)


@contextlib.contextmanager
def quiet_pdfminer() -> Iterator[None]:
    """Keep pdfminer's notes about damage it repairs off the terminal (the ``pdfminer`` logger at
    ERROR) while the command runs, unless a level was set for it; restored afterwards."""
    logger = logging.getLogger("pdfminer")
    unset = logger.level == logging.NOTSET
    if unset:
        logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        if unset:
            logger.setLevel(logging.NOTSET)


@contextlib.contextmanager
def one_line_warnings() -> Iterator[None]:
    """While the command runs, a warning no handler took in hand prints as ``govdoc: warning: ...``,
    one line, like every other message of the command (not Python's file:line: Category: form)."""
    def show(message: Warning | str, category: type[Warning], filename: str, lineno: int,
             file: TextIO | None = None, line: str | None = None) -> None:
        print(f"govdoc: warning: {_BREAKS.sub(' ', str(message))}", file=file or sys.stderr)

    with warnings.catch_warnings():
        warnings.showwarning = show
        yield


def start_worker() -> None:
    """Initialise a worker process of the command (a fresh process knows nothing of the parent's
    logging): pdfminer's notes stay quiet there too."""
    logger = logging.getLogger("pdfminer")
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.ERROR)


def worker_pool(jobs: int | None) -> Any:
    """The process pool of a command run with ``--jobs``: govdoc's restarting pool, its workers
    initialised by :func:`start_worker`."""
    from ..streaming import RestartingPool

    return RestartingPool(jobs or os.cpu_count() or 1, initializer=start_worker)


def add_strict_option(parser: argparse.ArgumentParser) -> None:
    """``--strict``: a warning about a document (an empty input, ...) fails it, like an error."""
    parser.add_argument("--strict", action="store_true",
                        help="fail a document that gets a warning (an empty or whitespace-only input, ...)")


def warn(source: str, message: str) -> None:
    """Print ``govdoc: warning: SOURCE: message`` on standard error, one line."""
    print(f"govdoc: warning: {_BREAKS.sub(' ', f'{source}: {message}')}", file=sys.stderr)


def report_error(exc: GovdocError, *, debug: bool) -> None:
    """Print a failure as one line on standard error (after its traceback with ``--debug``)."""
    if debug:
        traceback.print_exception(exc)
    print(f"govdoc: error: {one_line(exc)}", file=sys.stderr)


def _legacy_arguments(argv: list[str]) -> list[str]:
    """``argv`` with old spellings updated by the command's module (its ``legacy_arguments``, if any)."""
    index = 0
    while index < len(argv) and argv[index].startswith("-"):  # the options before the command
        index += 2 if argv[index] == "--limit" else 1
    if index >= len(argv) or argv[index] not in SUBCOMMANDS:
        return argv
    module = importlib.import_module(f"{__name__}.{argv[index]}")
    update = getattr(module, "legacy_arguments", None)
    return argv if update is None else [*argv[: index + 1], *update(argv[index + 1:])]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code instead of raising."""
    parser = build_parser()
    args = parser.parse_args(_legacy_arguments(list(sys.argv[1:] if argv is None else argv)))
    try:
        args.limits = limits_from(args.limit)
        with use(args.limits), quiet_pdfminer(), one_line_warnings():  # handlers pass args.limits on too
            code: int = args.handler(args)
        return code
    except UsageError as exc:
        print(f"govdoc: usage error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except GovdocError as exc:
        report_error(exc, debug=args.debug)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("govdoc: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `govdoc show corpus/ | head`: the reader has all it wants
        with contextlib.suppress(OSError, ValueError):  # and Python's last flush must not complain again
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
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
