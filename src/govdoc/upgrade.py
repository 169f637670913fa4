"""Reports written by an older govdoc, brought to the current schema before they are validated.

Schema 1.0 kept a table's caption in the table (``"caption": "表1 …"``); 1.1 keeps it as a paragraph of
kind "caption" right before the table, as a figure's caption always was. Upgrading works on the plain
data a JSON or XML reader gives (dicts and lists), so an old file reads as the same document.
"""

from __future__ import annotations

from typing import Any, Final

OLDER_SCHEMAS: Final = frozenset({"1.0"})
"""The schema versions :func:`upgrade` reads."""


def upgrade(data: dict[str, Any], to: str) -> dict[str, Any]:
    """``data`` (a serialised Report of an older schema) in schema ``to``, the model's current one (which the model
    passes: this module stands below it); ``data`` is not changed."""
    report = dict(data, schema_version=to)
    report["preamble"], report["preamble_tables"] = _captions_out(data.get("preamble", []),
                                                                  data.get("preamble_tables", []))
    report["sections"] = [_section(section) for section in data.get("sections", [])]
    return report


def _section(section: Any) -> Any:
    if not isinstance(section, dict):
        return section  # (a Section object is of the current schema already)
    out = dict(section, children=[_section(child) for child in section.get("children", [])])
    out["paragraphs"], out["tables"] = _captions_out(section.get("paragraphs", []), section.get("tables", []),
                                                     first=1 if section.get("run_in") else 0)
    return out


def _captions_out(paragraphs: list[Any], tables: list[Any], first: int = 0) -> tuple[list[Any], list[Any]]:
    """The paragraphs with each table's caption put right before the table, and the tables without captions.

    ``first`` is 1 in a section whose heading runs into its first paragraph: a caption goes after that paragraph
    (which a table before it was printed after anyway)."""
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


__all__ = ["OLDER_SCHEMAS", "upgrade"]
