"""JSON: the Report as pydantic serialises it, UTF-8 with Chinese kept as Chinese (no \\uXXXX)."""

from __future__ import annotations

import json as _json
from typing import Any

from pydantic import ValidationError

from ..errors import FormatError, SchemaError
from ..model import Report


def write_json(report: Report, *, indent: int | None = 2) -> str:
    """Serialise a Report as JSON text; Chinese characters are written as themselves. Raises nothing."""
    data = report.model_dump(mode="json")
    return _json.dumps(data, ensure_ascii=False, indent=indent) + "\n"


def read_json(data: str | bytes, *, source: str | None = None) -> Report:
    """Read a Report from JSON written by :func:`write_json` (or any JSON that validates).

    Raises FormatError for bytes that are not JSON (or nest too deeply to read) and SchemaError for
    JSON that is not a valid Report.
    """
    try:
        raw: Any = _json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise FormatError(f"not valid JSON: {exc}", source=source) from exc
    except RecursionError as exc:  # thousands of nested arrays: no govdoc Report nests like that
        raise FormatError("JSON nested too deeply to read (not a govdoc Report)", source=source) from exc
    try:
        return Report.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(root)"
        raise SchemaError(f"not a govdoc Report: {where}: {first['msg']} ({exc.error_count()} errors)",
                          source=source) from exc


def to_bytes(report: Report) -> bytes:
    """The JSON of a Report as UTF-8 bytes."""
    return write_json(report).encode("utf-8")


def from_bytes(data: bytes, *, source: str | None = None) -> Report:
    """Read a Report from JSON bytes."""
    return read_json(data, source=source)


__all__ = ["from_bytes", "read_json", "to_bytes", "write_json"]
