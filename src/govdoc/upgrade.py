"""Reports written by an older govdoc, brought to the current schema before they are validated.

Each schema change is one step from a version to the next, and an old Report takes every step from its
version on, so a file of schema 1.0 reads as well as one of 1.1:

* 1.0 → 1.1: 1.0 kept a table's caption in the table (``"caption": "表1 …"``); 1.1 keeps it as a paragraph
  of kind "caption" right before the table, as a figure's caption always was.
* 1.1 → 1.2: 1.1 kept a range's lower bound in ``value`` and its upper in ``value_max``; 1.2 keeps the
  upper bound in ``value`` and the lower in ``value_min``, as the annotation rules record a range ("1—3岁"
  is 3 岁), so that every figure's value is in ``value``.

Upgrading works on the plain data a JSON or XML reader gives (dicts and lists), so an old file reads as the
same document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

Step = Callable[[dict[str, Any]], dict[str, Any]]
"""One schema change: a serialised Report of one version in the next (its input is not changed)."""


def upgrade(data: dict[str, Any], to: str) -> dict[str, Any]:
    """``data`` (a serialised Report of an older schema) in schema ``to``, the model's current one (which the model
    passes: this module stands below it); ``data`` is not changed. Raises ValueError when no chain of steps leads
    from the version of ``data`` to ``to``."""
    version, report = data.get("schema_version"), data
    while version != to:
        if version not in _STEPS:
            raise ValueError(f"no upgrade leads from schema {version!r} to {to!r}")
        version, step = _STEPS[version]
        report = step(report)
    return dict(report, schema_version=to)


def _each(items: Any, change: Callable[[Any], Any]) -> Any:
    """``change`` applied to each item of the list ``items``; anything but a list is left for validation to refuse
    (an old file may be damaged: ``"sections": null``)."""
    return [change(item) for item in items] if isinstance(items, list) else items


# ---- 1.0 → 1.1: a table's caption is the caption paragraph right before the table ----------------------------


def _captions(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 1.0 → 1.1: every table's caption moved out of the table into a paragraph before it."""
    report = dict(data, sections=_each(data.get("sections", []), _section_captions))
    report["preamble"], report["preamble_tables"] = _captions_out(data.get("preamble", []),
                                                                  data.get("preamble_tables", []))
    return report


def _section_captions(section: Any) -> Any:
    if not isinstance(section, dict):
        return section  # (a Section object is of the current schema already)
    out = dict(section, children=_each(section.get("children", []), _section_captions))
    out["paragraphs"], out["tables"] = _captions_out(section.get("paragraphs", []), section.get("tables", []),
                                                     first=1 if section.get("run_in") else 0)
    return out


def _captions_out(paragraphs: list[Any], tables: list[Any], first: int = 0) -> tuple[list[Any], list[Any]]:
    """The paragraphs with each table's caption put right before the table, and the tables without captions.

    ``first`` is 1 in a section whose heading runs into its first paragraph: a caption goes after that paragraph
    (which a table before it was printed after anyway). Either not a list: both are left for validation."""
    if not isinstance(paragraphs, list) or not isinstance(tables, list):
        return paragraphs, tables
    paragraphs, placed = list(paragraphs), []
    inserted = 0
    for table in tables:
        if not isinstance(table, dict):
            placed.append(table)
            continue
        table = dict(table)
        caption = table.pop("caption", None)
        position = table.get("position", 0) + inserted
        if caption is not None:
            position = max(position, first)
            paragraphs.insert(position, {"text": caption, "kind": "caption"})
            inserted += 1
            position += 1
        placed.append(dict(table, position=position))
    return paragraphs, placed


# ---- 1.1 → 1.2: a range's value is its upper bound, value_min its lower -------------------------------------


def _ranges(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 1.1 → 1.2: every figure of a range (``value_max`` set) with the upper bound in ``value`` and the
    lower in ``value_min``, wherever a figure stands: paragraphs, heading titles, table cells, glossary entries."""
    return dict(data, preamble=_each(data.get("preamble", []), _holder_ranges),
                preamble_tables=_each(data.get("preamble_tables", []), _table_ranges),
                sections=_each(data.get("sections", []), _section_ranges),
                glossary=_each(data.get("glossary", []), _holder_ranges))


def _section_ranges(section: Any) -> Any:
    if not isinstance(section, dict):
        return section  # (a Section object is of the current schema already)
    return dict(section, title_metrics=_each(section.get("title_metrics", []), _range),
                paragraphs=_each(section.get("paragraphs", []), _holder_ranges),
                tables=_each(section.get("tables", []), _table_ranges),
                children=_each(section.get("children", []), _section_ranges))


def _table_ranges(table: Any) -> Any:
    if not isinstance(table, dict):
        return table
    return dict(table, header=_each(table.get("header", []), _row_ranges),
                rows=_each(table.get("rows", []), _row_ranges))


def _row_ranges(row: Any) -> Any:
    return _each(row, _holder_ranges)


def _holder_ranges(holder: Any) -> Any:
    """A paragraph, a table cell or a glossary entry (whatever holds ``metrics``) with its figures upgraded."""
    if not isinstance(holder, dict) or "metrics" not in holder:
        return holder
    return dict(holder, metrics=_each(holder["metrics"], _range))


def _range(metric: Any) -> Any:
    """A figure of schema 1.1 in 1.2: ``value_max`` (the upper bound) becomes ``value``, ``value`` ``value_min``.
    A figure without a value is left as it is, for validation to refuse."""
    if not isinstance(metric, dict) or "value_max" not in metric or "value" not in metric:
        return metric
    out = dict(metric)
    upper = out.pop("value_max")
    if upper is not None:
        out["value_min"], out["value"] = out["value"], upper
    return out


_STEPS: Final[dict[str, tuple[str, Step]]] = {
    "1.0": ("1.1", _captions),
    "1.1": ("1.2", _ranges),
}
"""Each older schema version: the version its step leads to, and the step."""

OLDER_SCHEMAS: Final = frozenset(_STEPS)
"""The schema versions :func:`upgrade` reads."""


__all__ = ["OLDER_SCHEMAS", "upgrade"]
