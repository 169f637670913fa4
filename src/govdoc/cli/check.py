"""``govdoc check INPUT... [--json] [--fail-on SEVERITY] [--rules RULE,...] [--lang en|zh]``.

Reads every input (files, folders walked for .txt .docx .pdf .xml .json, quoted globs), runs
:func:`govdoc.check` on it and prints each finding: a line with the file, the section, the
severity, the rule and the message, then the sentence of each figure involved with the figure
marked 【like this】. ``--json`` prints one JSON object per finding instead (JSON Lines, with the
file under ``"file"``). The exit code is 1 when a finding reaches the ``--fail-on`` severity
(``error`` by default; ``never`` to always exit 0 on readable inputs) or an input cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from ..checks.finding import FigureRef, Finding
from ..errors import GovdocError
from . import UsageError

FAIL_ON = ("info", "warning", "error", "never")


def register(subparsers: Any) -> None:
    """Add the ``check`` subcommand."""
    parser = subparsers.add_parser(
        "check", help="find figures that do not add up (shares, totals, growth rates, tables, duplicates)",
        description="Check the arithmetic of each INPUT's figures: shares against counts and totals, parts "
                    "against totals, shares of one whole against 100%%, growth rates against levels, table "
                    "totals, and one indicator printed with two values. Comparisons allow for the rounding "
                    "of what was printed.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="files in any format govdoc reads, folders (walked) or quoted globs")
    parser.add_argument("--json", action="store_true", help="one JSON object per finding (JSON Lines)")
    parser.add_argument("--fail-on", choices=FAIL_ON, default="error",
                        help="exit with 1 when a finding is at least this severe (default: error)")
    parser.add_argument("--rules", metavar="RULE[,RULE]",
                        help="run only these rules: shares, parts, percent_groups, growth, tables, duplicates")
    parser.add_argument("--lang", choices=("en", "zh"), default="en", help="language of the messages")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Check every input; print findings; exit 1 on a finding at --fail-on or an unreadable input."""
    from ..batch import iter_inputs, missing_message
    from ..checks import RULES, check, severity_rank
    from ..formats import read_any
    from ..io import read_file

    rules = _rules(args.rules, RULES)
    threshold = None if args.fail_on == "never" else severity_rank(args.fail_on)
    failed = documents = 0
    counts = {"error": 0, "warning": 0, "info": 0}
    failing = False
    for item in iter_inputs(args.inputs):
        if isinstance(item, str):
            failed += 1
            print(f"govdoc: error: {item}: {missing_message(item)}", file=sys.stderr)
            continue
        try:
            report = read_any(read_file(item.path), source=Path(item.path).name)
        except GovdocError as exc:
            failed += 1
            print(f"govdoc: error: {item.path}: {exc.message}", file=sys.stderr)
            continue
        documents += 1
        for finding in check(report, rules):
            counts[finding.severity] += 1
            failing = failing or (threshold is not None and severity_rank(finding.severity) >= threshold)
            if args.json:
                record = {"file": item.path, **finding.model_dump(mode="json")}
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                write_finding(sys.stdout, item.path, finding, lang=args.lang)
    sys.stdout.flush()
    total = sum(counts.values())
    print(f"{total} finding{'s' if total != 1 else ''} ({counts['error']} error, {counts['warning']} warning, "
          f"{counts['info']} info) in {documents} document{'s' if documents != 1 else ''}"
          + (f"; {failed} could not be read" if failed else ""), file=sys.stderr)
    return 1 if failing or failed else 0


def _rules(spec: str | None, known: tuple[str, ...]) -> tuple[str, ...] | None:
    if spec is None:
        return None
    rules = tuple(name.strip() for name in spec.split(",") if name.strip())
    unknown = [name for name in rules if name not in known]
    if unknown or not rules:
        raise UsageError(f"--rules: unknown rule {', '.join(unknown) or '(none given)'}; "
                         f"choose from {', '.join(known)}")
    return rules


def mark(context: str, spans: list[tuple[int, str]]) -> str:
    """The sentence with each figure ``(offset, text)`` marked 【like this】 (a figure not found at its
    offset is left unmarked)."""
    for offset, text in sorted(set(spans), reverse=True):
        if offset >= 0 and context[offset:offset + len(text)] == text:
            context = f"{context[:offset]}【{text}】{context[offset + len(text):]}"
    return context


def write_finding(out: TextIO, name: str, finding: Finding, *, lang: str = "en") -> None:
    """A finding as readable lines: where and what on the first, then the sentence of each figure
    involved with the figures marked (one line per sentence)."""
    subject = finding.subject
    section = " / ".join(subject.path) or "(before the first heading)"
    message = finding.message_zh if lang == "zh" else finding.message_en
    values = ""
    if finding.expected_text is not None and finding.printed_text is not None:
        values = f" [expected {finding.expected_text}, printed {finding.printed_text}]"
    out.write(f"{name}: {section}: {finding.severity} {finding.rule}: {message}{values}\n")
    sentences: dict[str, list[FigureRef]] = {}
    for ref in finding.figures:
        sentences.setdefault(ref.context, []).append(ref)
    for context, refs in sentences.items():
        roles = "+".join(dict.fromkeys(ref.role for ref in refs))
        out.write(f"    {roles}: {mark(context, [(ref.offset, ref.metric.text) for ref in refs])}\n")
