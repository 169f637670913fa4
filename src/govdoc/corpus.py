"""The metrics table of a whole corpus: every figure of every document, read in parallel, streamed out.

``govdoc metrics corpus/ -o figures.csv`` uses this module: :func:`document_rows` reads one
document in a worker and returns its rows (plain dicts, never the Report), :func:`iter_documents`
runs it over files, folders and globs on any executor with the bounded streaming of
:mod:`govdoc.batch`, and :func:`write_partitioned` writes a Parquet dataset with one folder per
document (``document=<name>``, Hive style), which pandas, polars, DuckDB and Spark read as one table
with ``document`` as a partition column, and which is written one document at a time, so memory
does not grow with the corpus.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from concurrent.futures import BrokenExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .batch import TASKS_PER_WORKER, Document, iter_inputs, missing_message, strict_message
from .errors import GovdocError, OutputError
from .io import read_file
from .limits import Limits, resolve
from .streaming import RestartingPool, stream, worker_count

PARTITION_SCALE = 10
"""Fraction digits of the value columns in a partitioned dataset: one decimal type for every file."""


@dataclass(frozen=True)
class DocumentRows:
    """The rows of one document, or why it could not be read."""

    document: str
    """The name in the table's ``document`` column: the path relative to the inputs' folder or glob."""
    source: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    warnings: tuple[str, ...] = ()
    """What is worth knowing about the document (an empty input, ...), one line each."""


def document_rows(document: Document, *, strict: bool = False, limits: Limits | None = None) -> DocumentRows:
    """Read one document (any format) and return its metrics rows; errors become ``error``, never raise.

    With ``strict``, a document that issues a warning is an error and gives no rows. ``limits``
    bound the reading (default: those in force, see :mod:`govdoc.limits`).
    """
    from .batch import _describe, capture_warnings
    from .formats import read_any
    from .metrics.table import metric_rows

    try:
        data = read_file(document.path, source=document.path, limits=limits)
        report, caught = capture_warnings(lambda: read_any(data, source=Path(document.path).name, limits=limits))
        if strict and caught:
            return DocumentRows(document.relative, document.path, error=strict_message(caught))
        return DocumentRows(document.relative, document.path, list(metric_rows(report, document.relative)),
                            warnings=tuple(caught))
    except Exception as exc:  # one bad document never stops the corpus
        return DocumentRows(document.relative, document.path, error=_describe(exc))


def _missing(given: str) -> DocumentRows:
    return DocumentRows(given, given, error=missing_message(given))


def _once(found: Iterable[Document | str], strict: bool) -> Iterator[Document | DocumentRows]:
    """Each document, a failure for an input that names nothing, and a warning without rows for a
    document met a second time (a file inside a folder also given), so the table has its rows once."""
    seen: set[str] = set()  # ~100 bytes a document, as convert_all's claimed outputs
    for item in found:
        if isinstance(item, str):
            yield _missing(item)
        elif item.relative in seen:
            again = "given twice; its rows are in the table once"
            yield DocumentRows(item.relative, item.path, error=strict_message([again]) if strict else None,
                               warnings=() if strict else (again,))
        else:
            seen.add(item.relative)
            yield item


def iter_documents(inputs: Iterable[str | os.PathLike[str]], *, jobs: int = 1, executor: Any = None,
                   exclude: str | os.PathLike[str] | None = None, strict: bool = False,
                   root: str | os.PathLike[str] | None = None, limits: Limits | None = None) -> Iterator[DocumentRows]:
    """The rows of every document of ``inputs``: in input order in this process when ``jobs == 1``
    and no executor is given, else in completion order on ``executor`` (default: ``jobs`` processes).

    ``root`` names the documents by their paths relative to it (see :func:`govdoc.batch.iter_inputs`;
    the command line passes :func:`govdoc.batch.common_root`), ``strict`` fails a document that
    issues a warning (see :func:`document_rows`). ``limits`` (default: those in force here) go with
    every document, so workers in other processes read within what the caller set.
    """
    found = _once(iter_inputs(inputs, exclude=exclude, root=root), strict)
    read = functools.partial(document_rows, strict=strict, limits=resolve(limits))
    if executor is None and jobs <= 1:
        for item in found:
            yield item if isinstance(item, DocumentRows) else read(item)
        return
    own = executor is None
    if own:
        executor = RestartingPool(jobs)
    try:
        yield from stream(read, found, executor, max_in_flight=TASKS_PER_WORKER * worker_count(executor),
                          ready=lambda item: isinstance(item, DocumentRows), on_error=_lost)
    finally:
        if own:
            executor.shutdown(wait=True, cancel_futures=True)


def _lost(document: Document, exc: BaseException) -> DocumentRows:
    """A document whose worker died or failed: reported, and the others go on."""
    if isinstance(exc, BrokenExecutor):
        message = "the worker process died (a crash, or out of memory) while reading this document or one beside it"
    else:
        message = f"the worker failed: {type(exc).__name__}: {exc}"
    return DocumentRows(document.relative, document.path, error=message)


def _arrow_schema() -> Any:
    import pyarrow as pa

    from .metrics.table import arrow_schema

    full = arrow_schema(pa.decimal128(38, PARTITION_SCALE))
    return pa.schema([item for item in full if item.name != "document"])


def partition_name(document: str) -> str:
    """The folder of a document in the dataset: ``document=`` and the name, percent-encoded."""
    return "document=" + quote(document, safe="")


def write_partitioned(documents: Iterable[DocumentRows], folder: str | os.PathLike[str], *,
                      force: bool = False) -> Iterator[DocumentRows]:
    """Write each document's rows to ``folder/document=NAME/part-0.parquet``; yield each document on.

    The dataset is built in a temporary folder beside ``folder`` and renamed into place at the end,
    so a reader never sees half of it; an existing ``folder`` is replaced only with ``force``.
    Every file has the same schema (value columns as ``decimal128(38, 10)``), so the files read
    as one table. A document whose rows cannot be written comes back with ``error`` set.
    """
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise GovdocError("Parquet output needs pyarrow, which is not installed",
                          hint="pip install 'govdoc[parquet]' or choose -t csv / -t jsonl") from exc
    target = Path(folder)
    if target.exists() and not force:
        raise OutputError("exists already", source=str(target), hint="pass --force to replace it")
    target.parent.mkdir(parents=True, exist_ok=True)
    schema = _arrow_schema()
    building = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    try:
        for doc in documents:
            if doc.error is None and doc.rows:
                try:
                    columns = {name: [row.get(name) for row in doc.rows] for name in schema.names}
                    table = pa.Table.from_pydict(columns, schema=schema)
                    part = building / partition_name(doc.document)
                    part.mkdir()
                    pq.write_table(table, part / "part-0.parquet")
                except (pa.ArrowException, OSError, ValueError) as exc:
                    doc = DocumentRows(doc.document, doc.source, error=f"cannot write Parquet: {exc}")
            yield doc
        if target.exists():
            shutil.rmtree(target)
        os.replace(building, target)
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(building)


__all__ = ["PARTITION_SCALE", "DocumentRows", "document_rows", "iter_documents", "partition_name",
           "write_partitioned"]
