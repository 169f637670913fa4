"""``govdoc show INPUT...``: the outline of each report as a tree, with paragraph and figure counts.

INPUTs are files of any format govdoc reads, folders and globs, as for the other commands. One
document prints its outline alone; several print one after the other, each under a ``== NAME ==``
line (its path relative to the inputs' common folder). A document that cannot be read is one line
on standard error and the others go on; the exit code is then 1.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path
from typing import Any

from ..errors import GovdocError
from ..formats import input_extensions, read_any, readable
from ..io import read_file
from ..model import Report, Section
from . import EXIT_FAILED, EXIT_OK, add_strict_option, report_error, warn


def register(subparsers: Any) -> None:
    """Add the ``show`` subcommand."""
    parser = subparsers.add_parser("show", help="print a report's outline with paragraph and figure counts",
                                   description=f"Print the metadata and the section tree of each INPUT "
                                               f"({readable()}) with the paragraphs and figures under each "
                                               f"heading.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help=f"files, folders (walked for {' '.join(input_extensions())}) or quoted globs")
    add_strict_option(parser)
    parser.set_defaults(handler=run)


def _counts(section: Section) -> tuple[int, int]:
    return len(section.paragraphs), sum(len(p.metrics) for p in section.paragraphs)


def outline_lines(report: Report) -> list[str]:
    """The printable outline: metadata lines, then one line per section indented by level."""
    meta = report.meta
    lines = [f"{name}: {value}" for name, value in (
        ("title", meta.title), ("issuer", meta.issuer), ("date", meta.date), ("publication", meta.publication),
        ("issue", meta.issue)) if value]
    preamble_metrics = sum(len(p.metrics) for p in report.preamble)
    if report.preamble:
        lines.append(f"(preamble)  ¶{len(report.preamble)} #{preamble_metrics}")
    for level, section in report.walk():
        paragraphs, metrics = _counts(section)
        if section.kind == "glossary":
            metrics += sum(len(t.metrics) for t in report.glossary)
            extra = f" terms {len(report.glossary)}"
        else:
            extra = ""
        label = section.label or ""
        lines.append(f"{'  ' * (level - 1)}{label}{section.title}  [{section.kind}] ¶{paragraphs} #{metrics}{extra}")
    total = sum(1 for _ in report.metrics(bare_cells=True))
    lines.append(f"{sum(1 for _ in report.walk())} sections, {sum(1 for _ in report.paragraphs())} paragraphs, "
                 f"{total} figures, {len(report.glossary)} glossary terms")
    return lines


def _read(path: Path, args: argparse.Namespace) -> Report:
    """The Report of one file; its warnings printed, or raised with ``--strict``."""
    from ..batch import capture_warnings, strict_message

    try:
        data = read_file(path, limits=args.limits)
        report, caught = capture_warnings(lambda: read_any(data, source=path.name, limits=args.limits))
        if caught and args.strict:
            raise GovdocError(strict_message(caught), hint="fix the input, or leave out --strict")
    except GovdocError as exc:
        if exc.source in (None, path.name):  # the path as given tells y2022/report.txt from y2023/…
            exc.source = str(path)
        raise
    for message in caught:
        warn(str(path), message)
    return report


def run(args: argparse.Namespace) -> int:
    """Print the outline of every document; 1 if any could not be read."""
    from ..batch import common_root, iter_inputs, missing_message

    found = iter_inputs(args.inputs, root=common_root(args.inputs))
    first = list(itertools.islice(found, 2))
    if len(first) == 1 and not isinstance(first[0], str):  # one document: its outline alone, as ever
        print("\n".join(outline_lines(_read(Path(first[0].path), args))))
        return EXIT_OK
    documents = itertools.chain(first, found)
    failed = 0
    shown = 0
    for document in documents:
        try:
            if isinstance(document, str):
                raise GovdocError(missing_message(document), source=document, hint="check the path")
            lines = outline_lines(_read(Path(document.path), args))
        except GovdocError as exc:
            failed += 1
            sys.stdout.flush()  # keep the error after the outlines printed before it
            report_error(exc, debug=args.debug)
            continue
        print(("\n" if shown else "") + f"== {document.relative} ==")
        print("\n".join(lines))
        shown += 1
    return EXIT_FAILED if failed else EXIT_OK
