"""Safe output: every file govdoc writes appears whole or not at all, and nothing is overwritten by accident.

Data goes to a temporary file in the target folder, is flushed to disk, and is renamed into place
(``os.replace`` is atomic on POSIX and Windows), so an interrupted conversion leaves either the old
file or the new one, never a half.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import BinaryIO

from .errors import GovdocError, LimitError, OutputError
from .limits import Limits, hint, resolve

PathLike = str | os.PathLike[str]


def _umask() -> int:
    """The process's umask, read without changing it where /proc allows (changing it races threads)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _umask()


def atomic_write(path: PathLike, data: bytes, *, force: bool = False, durable: bool = True) -> Path:
    """Write ``data`` to ``path`` atomically; refuse to replace an existing file unless ``force``.

    ``durable`` syncs the data to disk before the rename, so even a power cut leaves the old file or
    the new one. Without it a killed process still never leaves a partial file (the rename is atomic),
    which is what batch conversion uses: over a corpus the sync costs more than the conversion.
    """
    target = Path(path)
    if target.exists() and not force:
        raise OutputError("exists already", source=str(target), hint="pass --force (force=True) to overwrite it")
    if not target.parent.is_dir():
        raise OutputError(f"folder {target.parent} does not exist", source=str(target))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        if hasattr(os, "fchmod"):  # mkstemp makes 0600 files; outputs get the usual 0666 & ~umask
            os.fchmod(fd, 0o666 & ~_UMASK)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return target


def write_output(destination: PathLike | BinaryIO, data: bytes, *, force: bool = False) -> None:
    """Write ``data`` to a path (atomically, see :func:`atomic_write`) or to an open binary stream."""
    if isinstance(destination, (str, os.PathLike)):
        atomic_write(destination, data, force=force)
    else:
        destination.write(data)


def read_file(path: PathLike, *, source: str | None = None, limits: Limits | None = None) -> bytes:
    """The bytes of the file at ``path``; GovdocError if it cannot be read, LimitError if it is larger
    than ``input.max_file_bytes`` (of ``limits``, default: those in force), checked on its size before
    a byte is read, so that a 30 GB file given by mistake is refused instead of filling the memory.
    The file is opened for reading only."""
    name = source or str(path)
    largest = resolve(limits).input_max_file_bytes
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > largest:
                raise LimitError(f"the file has {size} bytes, more than input.max_file_bytes ({largest})",
                                 source=name, hint=hint("input.max_file_bytes"))
            data = handle.read(largest + 1)
    except OSError as exc:
        raise GovdocError(f"cannot read: {exc.strerror or exc}", source=name) from exc
    if len(data) > largest:  # a file that grew, or a device without a size
        raise LimitError(f"the file has more bytes than input.max_file_bytes ({largest})", source=name,
                         hint=hint("input.max_file_bytes"))
    return data


def read_input(source: PathLike | BinaryIO | bytes, *, limits: Limits | None = None) -> tuple[bytes, str | None]:
    """Return the bytes of a path, stream or bytes object, and a name for error messages.

    A path or a stream is read up to ``input.max_file_bytes`` (LimitError beyond it)."""
    if isinstance(source, bytes):
        return source, None
    if isinstance(source, (str, os.PathLike)):
        return read_file(source, limits=limits), str(source)
    name = getattr(source, "name", None)
    name = name if isinstance(name, str) else None  # an fd-opened file's name is its number
    largest = resolve(limits).input_max_file_bytes
    data = source.read(largest + 1)
    if len(data) > largest:
        raise LimitError(f"the stream has more bytes than input.max_file_bytes ({largest})",
                         source=name, hint=hint("input.max_file_bytes"))
    return data, name
