"""``govdoc convert INPUT... -t FORMAT[,FORMAT] [-o OUT] [--jobs N] [--force] [--quiet]``.

One file to one format is converted in this process: to standard output (``-o -``, or no ``-o``
for a text format) or to ``-o FILE``, which is never replaced without ``--force``.

Anything more (folders, globs, several inputs or formats, ``-o FOLDER``) is a batch run on
:func:`govdoc.batch.convert_all`: documents are converted in ``--jobs`` worker processes, keep
their paths relative to the inputs' common folder under OUT (``y2022/report.txt`` and
``y2023/report.txt`` stay apart), and each gets a line in ``OUT/report.jsonl`` (status, outputs,
message, warnings, timings). A bad file is reported and the rest go on; the exit code is 1 if any failed.
Outputs newer than their input are kept (``skipped``) unless ``--force``, so a re-run after an
interruption resumes where it stopped. Progress goes to standard error: a bar with rate and ETA on
a terminal, one line per document otherwise, failures only with ``--quiet``. A warning (an empty
input, ...) is printed and the document converted; ``--strict`` fails it instead.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
from concurrent.futures import Executor, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from ..errors import GovdocError
from ..formats import FORMATS, Format, get_format, input_extensions, read_any, readable
from ..io import atomic_write, read_file
from . import UsageError, add_strict_option, warn, worker_pool


def register(subparsers: Any) -> None:
    """Add the ``convert`` subcommand."""
    parser = subparsers.add_parser(
        "convert", help=f"convert reports (any format govdoc reads) to {', '.join(FORMATS)}",
        description=f"Convert each INPUT to every format given with -t. Inputs are recognised by content "
                    f"(the extension only breaks ties): {readable()}. Outputs keep the inputs' paths "
                    f"relative to their common folder.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help=f"files, folders (walked for {' '.join(input_extensions())}) or quoted globs")
    parser.add_argument("-t", "--to", required=True, metavar="FORMAT[,FORMAT]",
                        help=f"output formats, comma-separated: {', '.join(FORMATS)}")
    parser.add_argument("-o", "--output", metavar="OUT",
                        help="output file (one input, one format), folder, or - for standard output")
    parser.add_argument("-f", "--force", action="store_true",
                        help="overwrite existing output files (in a batch: convert even up-to-date ones)")
    parser.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                        help="worker processes for a batch (default: one per core)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress or summary; failures only")
    add_strict_option(parser)
    parser.set_defaults(handler=run)


def _formats(spec: str) -> list[Format]:
    try:
        formats = [get_format(name.strip()) for name in spec.split(",") if name.strip()]
    except GovdocError as exc:
        raise UsageError(str(exc)) from exc
    if not formats:
        raise UsageError(f"-t needs a format: {', '.join(FORMATS)}")
    return formats


def _single(args: argparse.Namespace, formats: list[Format]) -> bool:
    """One file (not a folder or glob) to one format, not into a folder: converted here, as before
    batches existed; a missing file is then a one-line error."""
    given = args.inputs[0]
    if len(args.inputs) != 1 or len(formats) != 1 or Path(given).is_dir():
        return False
    if glob.has_magic(given) and not Path(given).exists() and next(glob.iglob(given, recursive=True), None):
        return False  # a glob that matches: a batch; one that matches nothing reads as a missing file
    out = args.output
    return out is None or out == "-" or not (Path(out).is_dir() or out.endswith(("/", "\\")))


def run(args: argparse.Namespace) -> int:
    """Convert one file here, or a corpus as a batch; return 1 if any document failed."""
    formats = _formats(args.to)
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if _single(args, formats):
        return _run_single(args, formats[0], Path(args.inputs[0]))
    if args.output is None or args.output == "-":
        raise UsageError("standard output takes one input converted to one format; give -o FOLDER")
    out = Path(args.output)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} is a file; a batch writes into a folder")
    if not out.exists() and out.suffix.lower() in {f.extension for f in FORMATS.values()} \
            and not args.output.endswith(("/", "\\")):
        raise UsageError(f"{out} looks like a file, and a batch writes into a folder: give a folder "
                         f"(add a / to use this name), or one input and one format")
    if any(Path(given).is_dir() and Path(given).resolve() == out.resolve() for given in args.inputs):
        raise UsageError(f"{out} is an input folder; write the outputs to another folder")
    return _run_batch(args, formats, out)


def _run_single(args: argparse.Namespace, fmt: Format, path: Path) -> int:
    from ..batch import capture_warnings, strict_message

    to_stdout = args.output == "-" or (args.output is None and not fmt.binary)
    if to_stdout and fmt.binary:
        raise UsageError(f"{fmt.name} is binary; write it to a file with -o FILE")
    if args.output is None and not to_stdout:
        raise UsageError("give an output with -o FILE or -o FOLDER")
    data = read_file(path, limits=args.limits)  # refuses a file beyond input.max_file_bytes before reading it
    try:
        report, caught = capture_warnings(lambda: read_any(data, source=path.name, limits=args.limits))
        payload, rendering = capture_warnings(lambda: fmt.writer(report))
        caught += rendering
        if caught and args.strict:
            raise GovdocError(strict_message(caught), hint="fix the input, or leave out --strict")
        for message in caught:
            warn(str(path), message)
        if to_stdout:
            sys.stdout.buffer.write(payload)
            sys.stdout.flush()
            return 0
        target = Path(args.output)
        if target.resolve() == path.resolve():
            raise GovdocError("output would replace the input", hint="choose another -o")
        atomic_write(target, payload, force=args.force)
    except GovdocError as exc:
        if exc.source in (None, path.name):  # the path as given tells y2022/report.txt from y2023/…
            exc.source = str(path)
        raise
    return 0


def _run_batch(args: argparse.Namespace, formats: list[Format], out: Path) -> int:
    from ..batch import common_root, convert_all, count_inputs
    from ..progress import Progress, pick_mode

    out.mkdir(parents=True, exist_ok=True)
    executor: Executor = ThreadPoolExecutor(max_workers=1) if args.jobs == 1 else worker_pool(args.jobs)
    mode = pick_mode(sys.stderr, quiet=args.quiet)
    total = count_inputs(args.inputs, exclude=out) if mode == "bar" or mode == "lines" else 0
    progress = Progress(total, sys.stderr, mode)
    report_path = out / REPORT_NAME
    try:
        with report_path.open("w", encoding="utf-8") as report:
            results = convert_all(args.inputs, to=formats, out_dir=out, executor=executor,
                                  force=args.force, strict=args.strict, root=common_root(args.inputs),
                                  limits=args.limits)
            try:
                for result in results:
                    report.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
                    report.flush()
                    progress.update(result)
            finally:
                results.close()
                progress.close()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
    if mode != "quiet":
        print(f"{progress.summary()}; report: {report_path}", file=sys.stderr)
    return 1 if progress.counts["failure"] else 0


REPORT_NAME = "report.jsonl"
"""The file in OUT with one JSON line per document of the last batch run."""
