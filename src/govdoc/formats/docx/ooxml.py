"""WordprocessingML names and element helpers shared by govdoc's Word reader and writer.

The ``w:`` namespace, Clark names of the elements govdoc reads and writes, small constructors for
new elements, and the names of govdoc's own custom XML part (the embedded Report).
"""

from __future__ import annotations

from typing import Any

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def w(tag: str) -> str:
    """Clark name of a WordprocessingML tag: ``w("p")`` → ``{…/main}p``."""
    return f"{{{W_NS}}}{tag}"


def element(tag: str, **attrs: str) -> Any:
    """A new ``w:`` element with ``w:`` attributes: ``element("jc", val="center")``."""
    new = etree.Element(w(tag))
    for key, value in attrs.items():
        new.set(w(key), value)
    return new


def sub_element(parent: Any, tag: str, **attrs: str) -> Any:
    """Append a new ``w:`` element with ``w:`` attributes to ``parent`` and return it."""
    new = etree.SubElement(parent, w(tag))
    for key, value in attrs.items():
        new.set(w(key), value)
    return new


W_P, W_R, W_T, W_TBL, W_TR, W_TC, W_SDT = (w(t) for t in ("p", "r", "t", "tbl", "tr", "tc", "sdt"))
W_VAL = w("val")

# govdoc's own files embed the Report in a custom XML part with this root element
EMBED_NS = "urn:govdoc:docx:1"
EMBED_TAG = f"{{{EMBED_NS}}}report"
# the caption govdoc writes on its figure appendix table, so readers can leave it out
FIGURES_TABLE_CAPTION = "govdoc figures"


def int_value(value: str | None, default: int | None = None) -> int | None:
    """An integer attribute value, or ``default`` when it is absent or not a number."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


__all__ = [
    "EMBED_NS",
    "EMBED_TAG",
    "FIGURES_TABLE_CAPTION",
    "MC_NS",
    "W_NS",
    "W_P",
    "W_R",
    "W_SDT",
    "W_T",
    "W_TBL",
    "W_TC",
    "W_TR",
    "W_VAL",
    "element",
    "int_value",
    "sub_element",
    "w",
]
