"""Corpus-scale conversion: thousands of documents, any executor, one small result per document.

>>> from govdoc.batch import convert_all
>>> for result in convert_all(["corpus/"], to=["json", "xml"], out_dir="out"):  # doctest: +SKIP
...     print(result.status, result.relative, result.message or "")

How it is built, and why:

* **Inputs** (:func:`iter_inputs`) are files, folders (walked recursively, in sorted order, hidden
  entries and the output folder left out) and glob patterns (``corpus/**/*.txt``). Each document
  keeps its path relative to the folder or the glob's fixed prefix it was found under, and its
  outputs keep that layout under ``out_dir``. In folders only the extensions of the formats govdoc
  reads are taken (:data:`INPUT_EXTENSIONS`); a file named explicitly is read whatever its name, by
  its content.
* **Work** runs in an executor, through :func:`govdoc.streaming.stream`. Any
  :class:`concurrent.futures.Executor` works (the default is a local process pool that restarts
  itself when a worker dies); so does a ``dask.distributed.Client``, whose dask futures
  :mod:`govdoc.streaming` waits on with ``distributed.as_completed``. Small documents travel to a
  worker together (see :data:`CHUNK_BYTES`).
* **Memory stays bounded**: at most ``max_in_flight`` tasks (default four per worker) are
  submitted at any time, inputs are discovered lazily, and each result is yielded and forgotten.
  Workers read and write the files themselves and return a :class:`ConversionResult` (paths,
  status, message, timings, a few hundred bytes), never a Report. The only state that grows with
  the corpus is the set of output names already claimed, which catches two inputs (``a.txt`` and
  ``a.docx``) that would write the same file: about 150 bytes per document.
* **Up-to-date outputs are skipped**, like make: an output whose modification time is not older
  than its input's is kept, and a document whose every output is up to date is reported as
  ``skipped`` without being read. ``force=True`` converts everything again. Outputs are written
  atomically, so an interrupted run leaves whole files only, and the next run resumes.
"""

from __future__ import annotations

import concurrent.futures as cf
import dataclasses
import glob
import os
import threading
import time
import warnings
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar

from .errors import GovdocError, GovdocWarning
from .formats import Format, get_format, input_extensions
from .io import atomic_write, read_file
from .limits import DEFAULT as DEFAULT_LIMITS
from .limits import Limits, resolve, use
from .streaming import RestartingPool, Retry, stream, worker_count

Status = Literal["success", "partial", "failure", "skipped"]
"""``success``; ``partial``: converted with warnings; ``failure``: with the error; ``skipped``: up to date."""

INPUT_EXTENSIONS = input_extensions()
"""Extensions taken when walking a folder or expanding a glob: those of every format govdoc reads."""

TASKS_PER_WORKER = 4
"""Tasks out per worker: one running and three queued, so a worker never waits for the parent to
hand it the next document, even on a busy machine, while memory stays independent of the corpus."""

CHUNK_BYTES = 32_768
"""Small documents travel together: a task takes documents until their inputs reach this size (or
``chunk_size`` documents). Handing a task to a worker and its result back costs about a
millisecond of the parent's time, as much as converting a one-page notice; a large document, a
PDF or a long report, still travels alone."""

PathLike = str | os.PathLike[str]
T = TypeVar("T")


@dataclass(frozen=True)
class Document:
    """One input found by :func:`iter_inputs`: its path and its path relative to where it was found."""

    path: str
    relative: str


@dataclass(frozen=True)
class ConversionResult:
    """What happened to one document: small and picklable, so workers can send it back cheaply."""

    source: str
    """The input path as found (or the input argument, when it named nothing)."""
    relative: str
    """The input's path relative to the folder or glob it came from; outputs keep this layout."""
    status: Status
    outputs: tuple[str, ...] = ()
    """Every output path of the document (written now, or kept because up to date)."""
    message: str | None = None
    """The error for a failure; the warnings, one per line, for a partial conversion."""
    warnings: tuple[str, ...] = ()
    read_seconds: float = 0.0
    """Time to read and parse the input into a Report."""
    write_seconds: dict[str, float] = field(default_factory=dict)
    """Time to render and write each format, by format name."""
    seconds: float = 0.0
    """Wall time of the whole task in the worker."""
    cpu_seconds: float = 0.0
    """CPU time of the task in the worker (much less than ``seconds`` when the machine is busy)."""
    input_bytes: int = 0

    @property
    def ok(self) -> bool:
        """True unless the document failed."""
        return self.status != "failure"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (one line of ``report.jsonl``)."""
        record = dataclasses.asdict(self)
        record["outputs"] = list(self.outputs)
        record["warnings"] = list(self.warnings)
        return record


@dataclass(frozen=True)
class _Task:
    """What a worker needs to convert one document: paths and format names only."""

    source: str
    relative: str
    targets: tuple[tuple[str, str], ...]  # (format name, output path) to write
    outputs: tuple[str, ...]  # every output of the document, written or up to date
    durable: bool = False  # fsync each output (see convert_all)
    strict: bool = False  # a warning fails the document (see convert_all)
    limits: Limits = DEFAULT_LIMITS  # what the caller set: the worker reads and writes within them
    attempt: int = 0  # 1 when tried again after its worker died
    size: int = 0  # input bytes, to group small documents into one task


# ----------------------------------------------------------------------------------------- inputs

def _is_glob(text: str) -> bool:
    return glob.has_magic(text)


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _glob_root(pattern: str) -> Path:
    """The longest leading part of a glob pattern without wildcards: relative paths start there."""
    parts: list[str] = []
    for part in Path(pattern).parts:
        if _is_glob(part):
            break
        parts.append(part)
    return Path(*parts) if parts else Path(".")


def _inside(path: Path, folder: Path | None) -> bool:
    if folder is None:
        return False
    try:
        path.resolve().relative_to(folder)
    except ValueError:
        return False
    return True


def iter_inputs(inputs: Iterable[PathLike], *, exclude: PathLike | None = None,
                root: PathLike | None = None) -> Iterator[Document | str]:
    """Every document named by ``inputs`` (files, folders, globs), lazily, in a stable order.

    A document's ``relative`` path is taken from ``root`` when it lies under it (the command line
    passes :func:`common_root` of its inputs, so that ``y2022/report.txt`` and ``y2023/report.txt``
    stay apart), else from the folder or the glob's fixed prefix it was found under; a file named
    itself is then just its name. An input that names nothing (a missing file, a glob that matches
    no file) is yielded as its own string, so that the caller can report it as a failure and carry
    on. ``exclude`` (the output folder) is left out of the folders it lies in, so a re-run never
    converts its own outputs; a folder that lies in ``exclude`` itself is walked whole.
    """
    excluded = Path(exclude).resolve() if exclude is not None else None
    base = Path(os.path.abspath(root)) if root is not None else None
    for given in inputs:
        text = os.fspath(given)
        path = Path(text)
        if path.is_file():
            yield Document(text, _relative(path, base) or path.name)
        elif path.is_dir():
            found = False
            root_path = path.resolve()
            inner = (excluded if excluded is not None and excluded != root_path and _inside(excluded, root_path)
                     else None)
            for document in _walk(path, inner):
                found = True
                relative = _relative(Path(document.path), base)
                yield Document(document.path, relative) if relative else document
            if not found:
                yield text
        elif _is_glob(text):
            prefix = _glob_root(text)
            found = False
            for match in sorted(glob.iglob(text, recursive=True)):
                candidate = Path(match)
                if (not candidate.is_file() or candidate.suffix.lower() not in INPUT_EXTENSIONS
                        or _inside(candidate, excluded)):
                    continue
                found = True
                yield Document(match, _relative(candidate, base) or candidate.relative_to(prefix).as_posix())
            if not found:
                yield text
        else:
            yield text


def _relative(path: Path, base: Path | None) -> str | None:
    """``path`` relative to ``base`` (both taken as absolute, symbolic links kept), or None."""
    if base is None:
        return None
    try:
        return Path(os.path.abspath(path)).relative_to(base).as_posix()
    except ValueError:
        return None


def common_root(inputs: Iterable[PathLike]) -> str | None:
    """The deepest folder that holds every input: the parent of a file, a folder itself, the fixed
    prefix of a glob (inputs that name nothing are left out); None when there is no input or no
    common folder (two drives). Documents named relative to it are told apart: ``y2022/report.txt``
    and ``y2023/report.txt``, not ``report.txt`` twice."""
    roots: list[str] = []
    for given in inputs:
        text = os.fspath(given)
        path = Path(text)
        if path.is_file():
            roots.append(os.path.abspath(path.parent))
        elif path.is_dir():
            roots.append(os.path.abspath(path))
        elif _is_glob(text):
            roots.append(os.path.abspath(_glob_root(text)))
    try:
        return os.path.commonpath(roots) if roots else None
    except ValueError:  # paths on different drives
        return None


def _walk(folder: Path, excluded: Path | None) -> Iterator[Document]:
    for root, dirs, files in os.walk(folder):
        here = Path(root)
        dirs[:] = sorted(d for d in dirs if not _hidden(d) and not _inside(here / d, excluded))
        for name in sorted(files):
            candidate = here / name
            if _hidden(name) or candidate.suffix.lower() not in INPUT_EXTENSIONS:
                continue
            yield Document(str(candidate), candidate.relative_to(folder).as_posix())


def missing_message(given: str) -> str:
    """Why an input that :func:`iter_inputs` yielded as a string named no document."""
    if _is_glob(given):
        return "no files match"
    if Path(given).is_dir():
        return f"folder holds no {', '.join(INPUT_EXTENSIONS)} file"
    return "no such file or folder"


def count_inputs(inputs: Iterable[PathLike], *, exclude: PathLike | None = None) -> int:
    """How many documents (and unmatched inputs) :func:`iter_inputs` yields: the total for a progress bar."""
    return sum(1 for _ in iter_inputs(inputs, exclude=exclude))


# ------------------------------------------------------------------------------------- the worker

# Before Python 3.14's context-aware warnings, ``warnings.catch_warnings`` changes process-wide
# state: two threads recording warnings at once would steal each other's. Conversions that run in
# threads of one process therefore take turns; processes (the default) run in parallel.
_WARNINGS_LOCK = threading.Lock()


def capture_warnings(fn: Callable[[], T]) -> tuple[T, list[str]]:
    """Run ``fn`` and return its value with every warning it issued, as one line of text each.

    The text of a :class:`~govdoc.errors.GovdocWarning` leaves its source out: whoever shows the
    warning names the document already.
    """
    with _WARNINGS_LOCK, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value = fn()
    return value, [warning_text(w.message) for w in caught]


def warning_text(warning: Warning | str) -> str:
    """A warning as one line, without the source a :class:`~govdoc.errors.GovdocWarning` carries."""
    text = warning.message if isinstance(warning, GovdocWarning) else str(warning)
    return " ".join(text.split("\n"))


def strict_message(caught: Sequence[str]) -> str:
    """The failure of a document whose warnings ``--strict`` (``strict=True``) makes errors."""
    return f"{'; '.join(caught)} (a warning is an error with --strict)"


def convert_file(task: _Task) -> ConversionResult:
    """Convert one document in a worker: read it, render every target, then write each atomically, so
    a document that fails leaves no new output; report what happened; never raises."""
    from .formats import read_any

    start = time.perf_counter()
    cpu = time.process_time()  # per process: exact in a process pool, shared by threads otherwise
    written: list[str] = []
    size = 0
    read_seconds = 0.0
    timings: dict[str, float] = {}
    try:
        data = read_file(task.source, limits=task.limits)  # a file beyond input.max_file_bytes is refused unread
        size = len(data)
        name = Path(task.source).name

        def render() -> list[tuple[str, str, bytes]]:
            nonlocal read_seconds
            report = read_any(data, source=name, limits=task.limits)
            read_seconds = time.perf_counter() - start
            rendered = []
            for format_name, target in task.targets:
                began = time.perf_counter()
                rendered.append((format_name, target, get_format(format_name).writer(report)))
                timings[format_name] = time.perf_counter() - began
            return rendered

        with use(task.limits):  # what is not handed the limits (a writer's page bound) finds them here
            rendered, caught = capture_warnings(render)
        if task.strict and caught:
            raise GovdocError(strict_message(caught))
        for format_name, target, payload in rendered:
            began = time.perf_counter()
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            _write(Path(target), payload, durable=task.durable)
            written.append(target)
            timings[format_name] += time.perf_counter() - began
    except Exception as exc:  # one bad document never stops the corpus
        return ConversionResult(task.source, task.relative, "failure", tuple(written), _describe(exc),
                                read_seconds=read_seconds, write_seconds=timings,
                                seconds=time.perf_counter() - start, cpu_seconds=time.process_time() - cpu,
                                input_bytes=size)
    return ConversionResult(task.source, task.relative, "partial" if caught else "success", task.outputs,
                            "\n".join(caught) or None, warnings=tuple(caught),
                            read_seconds=read_seconds, write_seconds=timings,
                            seconds=time.perf_counter() - start, cpu_seconds=time.process_time() - cpu,
                            input_bytes=size)


def _write(target: Path, data: bytes, *, durable: bool) -> None:
    """Write whole or not at all (:func:`govdoc.io.atomic_write`); fsync'ed only if ``durable``.

    Over a corpus the sync is most of a small document's time and, disks being shared, it does not
    get faster with more workers, so a batch renames without syncing by default: an interrupted or
    killed run still leaves whole files only. What a power cut may leave (an empty file) is not taken
    as up to date on the next run.
    """
    atomic_write(target, data, force=True, durable=durable)


def _describe(exc: BaseException) -> str:
    """One line naming the problem; the source is the result's own field, so it is not repeated."""
    if isinstance(exc, GovdocError):
        parts = [exc.message] + ([exc.hint] if exc.hint else [])
        return ": ".join(parts)
    if isinstance(exc, OSError):
        return f"cannot read or write: {exc.strerror or exc}"
    return f"internal error: {type(exc).__name__}: {exc}"


# ------------------------------------------------------------------------------------ convert_all

def _formats(to: str | Format | Sequence[str | Format]) -> list[Format]:
    if isinstance(to, (str, Format)):
        to = [to] if isinstance(to, Format) else [t for t in to.split(",") if t.strip()]
    formats = [t if isinstance(t, Format) else get_format(t.strip()) for t in to]
    if not formats:
        raise GovdocError("no output format given", hint="e.g. to='json' or to=['json', 'xml']")
    return formats


def _stat(path: str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


def _up_to_date(output: os.stat_result | None, source_mtime: int) -> bool:
    """An output is up to date when it is not older than its input and not empty."""
    return output is not None and output.st_mtime_ns >= source_mtime and output.st_size > 0


def _plan(items: Iterator[Document | str], formats: list[Format], out_dir: Path,
          force: bool, durable: bool, strict: bool, limits: Limits) -> Iterator[_Task | ConversionResult]:
    """Turn each input into a task for a worker, or directly into a result (skipped or failed)."""
    claimed: dict[str, str] = {}  # output stem -> the input that writes it: ~150 bytes a document
    for item in items:
        if isinstance(item, str):
            yield ConversionResult(source=item, relative=item, status="failure", message=missing_message(item))
            continue
        stem = Path(item.relative).with_suffix("").as_posix()  # "2020.05/a.b.txt" -> "2020.05/a.b"
        outputs = tuple(str(out_dir / f"{stem}{f.extension}") for f in formats)
        clash = claimed.get(stem)
        if clash is not None:
            yield ConversionResult(source=item.path, relative=item.relative, status="failure",
                                   message=f"same output as {clash}; rename one of them")
            continue
        try:
            stat = os.stat(item.path)
        except OSError as exc:
            yield ConversionResult(source=item.path, relative=item.relative, status="failure",
                                   message=f"cannot read: {exc.strerror or exc}")
            continue
        existing = [_stat(o) for o in outputs]  # one stat per output: a corpus has many
        if any(o is not None and (o.st_dev, o.st_ino) == (stat.st_dev, stat.st_ino) for o in existing):
            yield ConversionResult(source=item.path, relative=item.relative, status="failure",
                                   message="output would replace the input; choose another output folder")
            continue
        claimed[stem] = item.path
        targets = tuple((f.name, o) for f, o, old in zip(formats, outputs, existing, strict=True)
                        if force or not _up_to_date(old, stat.st_mtime_ns))
        if not targets:
            yield ConversionResult(source=item.path, relative=item.relative, status="skipped",
                                   outputs=outputs, input_bytes=stat.st_size)
            continue
        yield _Task(item.path, item.relative, targets, outputs, durable, strict, limits, size=stat.st_size)


def convert_all(
    inputs: Iterable[PathLike],
    *,
    to: str | Format | Sequence[str | Format],
    out_dir: PathLike,
    executor: Any = None,
    force: bool = False,
    jobs: int | None = None,
    max_in_flight: int | None = None,
    durable: bool = False,
    chunk_size: int = 16,
    strict: bool = False,
    root: PathLike | None = None,
    limits: Limits | None = None,
) -> Generator[ConversionResult, None, None]:
    """Convert every document of ``inputs`` to each format of ``to`` under ``out_dir``; yield one result each.

    ``inputs``: files, folders and glob patterns (see :func:`iter_inputs`). ``to``: format names
    (``"json,xml"`` or ``["json", "xml"]``). ``executor``: a ``concurrent.futures.Executor`` or a
    ``dask.distributed.Client``; by default a local process pool of ``jobs`` workers (all cores),
    shut down when the generator finishes or is closed. ``max_in_flight`` bounds the tasks submitted
    at once (default: :data:`TASKS_PER_WORKER` per worker). Results come in completion order; skipped and unreadable
    inputs are reported at once, without a worker. Nothing is raised for a bad document: its result
    has ``status == "failure"`` and the error in ``message``. Outputs are replaced atomically;
    ``durable=True`` also syncs each one to disk (slower, see :func:`_write`). Up to ``chunk_size``
    small documents go to a worker as one task (see :data:`CHUNK_BYTES`); 1 sends each alone.
    ``strict=True`` fails a document that issues a warning (an empty input, a stale .docx, a font
    fallback), writing none of its outputs. ``root`` names the outputs after the inputs' paths
    relative to it (see :func:`iter_inputs`; the command line passes :func:`common_root`).
    ``limits`` (default: those in force here) go with every task, so workers in other processes
    read and write within what the caller set (see :mod:`govdoc.limits`).
    """
    formats = _formats(to)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    own = executor is None
    if own:
        executor = RestartingPool(jobs or os.cpu_count() or 1)
    bound = max_in_flight or TASKS_PER_WORKER * worker_count(executor)
    planned = _plan(iter_inputs(inputs, exclude=out, root=root), formats, out, force, durable, strict,
                    resolve(limits))
    try:
        for done in stream(convert_files, _chunks(planned, max(chunk_size, 1)), executor, max_in_flight=bound,
                           ready=lambda step: isinstance(step, ConversionResult), on_error=_lost):
            if isinstance(done, ConversionResult):
                yield done
            else:
                yield from done
    finally:
        if own:
            executor.shutdown(wait=True, cancel_futures=True)


def convert_files(chunk: tuple[_Task, ...]) -> list[ConversionResult]:
    """Convert the documents of one task, one after the other (see :func:`convert_file`)."""
    return [convert_file(task) for task in chunk]


def _chunks(planned: Iterable[_Task | ConversionResult],
            chunk_size: int) -> Iterator[tuple[_Task, ...] | ConversionResult]:
    """Group consecutive tasks into chunks of at most ``chunk_size`` documents and about CHUNK_BYTES;
    results decided without a worker pass straight through."""
    chunk: list[_Task] = []
    size = 0
    for step in planned:
        if isinstance(step, ConversionResult):
            yield step
            continue
        chunk.append(step)
        size += step.size
        if len(chunk) >= chunk_size or size >= CHUNK_BYTES:
            yield tuple(chunk)
            chunk, size = [], 0
    if chunk:
        yield tuple(chunk)


def _lost(chunk: tuple[_Task, ...], exc: BaseException) -> list[ConversionResult] | Retry:
    """A task whose worker died (a crash, the memory killer) is tried again, each document alone,
    once; then it is reported.

    When a worker process dies, every task out at that moment fails with it, not only the one
    that killed it; the second try tells them apart, mostly: the culprit fails again, and so may a
    document that was out with it both times.
    """
    if isinstance(exc, cf.BrokenExecutor) and (len(chunk) > 1 or chunk[0].attempt == 0):
        return Retry(tuple((dataclasses.replace(task, attempt=1),) for task in chunk))
    if isinstance(exc, cf.BrokenExecutor):
        message = ("the worker process died (a crash, or out of memory) while converting this document "
                   "or one beside it, twice")
    else:
        message = f"the worker failed: {type(exc).__name__}: {exc}"
    return [ConversionResult(task.source, task.relative, "failure", message=message) for task in chunk]


__all__ = [
    "CHUNK_BYTES",
    "INPUT_EXTENSIONS",
    "TASKS_PER_WORKER",
    "ConversionResult",
    "Document",
    "RestartingPool",
    "Retry",
    "Status",
    "capture_warnings",
    "common_root",
    "convert_all",
    "convert_file",
    "convert_files",
    "count_inputs",
    "iter_inputs",
    "missing_message",
    "stream",
    "strict_message",
    "warning_text",
    "worker_count",
]
