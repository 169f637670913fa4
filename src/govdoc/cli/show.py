"""``govdoc show FILE``: the outline of a report as a tree, with paragraph and figure counts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..formats import read_any
from ..io import read_file
from ..model import Report, Section


def register(subparsers: Any) -> None:
    """Add the ``show`` subcommand."""
    parser = subparsers.add_parser("show", help="print a report's outline with paragraph and figure counts",
                                   description="Print the metadata and the section tree of FILE (any input "
                                               "format) with the paragraphs and figures under each heading.")
    parser.add_argument("file", type=Path, metavar="FILE")
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
    total = sum(1 for _ in report.metrics())
    lines.append(f"{sum(1 for _ in report.walk())} sections, {sum(1 for _ in report.paragraphs())} paragraphs, "
                 f"{total} figures, {len(report.glossary)} glossary terms")
    return lines


def run(args: argparse.Namespace) -> int:
    """Print the outline of one file."""
    data = read_file(args.file)
    report = read_any(data, source=args.file.name)
    print("\n".join(outline_lines(report)))
    return 0
