"""The PDF writer's page and type settings (GB/T 9704-2012 defaults), shared by its modules."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from .fonts import FontRole, Missing

MM = 72.0 / 25.4
MAX_PAGES = 5000
"""Default page limit for reading with :func:`~govdoc.formats.pdf.read.extract` called directly; the
readers and the writer take theirs from the ``pdf.max_pages`` limit (see :mod:`govdoc.limits`)."""


@dataclass(frozen=True)
class PdfStyle:
    """Page and type settings of the PDF writer (GB/T 9704-2012 defaults; lengths in points)."""

    page_width: float = 210 * MM
    page_height: float = 297 * MM
    margin_top: float = 37 * MM
    margin_bottom: float = 35 * MM
    margin_left: float = 28 * MM
    margin_right: float = 26 * MM
    body_size: float = 16.0
    title_size: float = 22.0
    article_title_size: float = 18.0
    chars_per_line: int = 28
    lines_per_page: int = 22
    first_line_chars: float = 2.0
    body_role: FontRole = "fangsong"
    title_role: FontRole = "title"
    byline_role: FontRole = "kaiti"
    caption_role: FontRole = "heiti"
    page_number_role: FontRole = "song"
    page_number_size: float = 14.0
    page_number_gap: float = 7 * MM
    page_number_format: str = "— {page} —"
    page_number_outer: bool = True
    """True: odd pages right, even pages left, one character in (GB/T 9704 7.5); False: centred."""
    justify: bool = True
    toc: bool = False
    toc_depth: int = 2
    figures: bool = False
    max_pages: int | None = None
    """At most this many pages are written; None: the ``pdf.max_pages`` limit (see :mod:`govdoc.limits`)."""
    missing: Missing = "error"
    lang: str = "zh-CN"
    keywords: tuple[str, ...] = field(default_factory=tuple)
    table_size: float = 12.0
    """Size of the text in table cells, unit lines and table notes (小四)."""
    punctuation: Literal["fullwidth", "as-is"] = "fullwidth"
    """``fullwidth`` prints half-width , : ; ( ) ? ! in Chinese context full-width (GB/T 9704);
    ``as-is`` prints the text as it is. The Report is not changed either way."""

    @classmethod
    def from_style(cls, other: object, **changes: Any) -> PdfStyle:
        """A PdfStyle from any style object with the generic fields of the Word writer's ``DocStyle``
        (``margin_top_mm``, ``size_body_pt``, ``chars_per_line``, ...), so one style drives both."""
        names = {"page_width_mm": "page_width", "page_height_mm": "page_height", "margin_top_mm": "margin_top",
                 "margin_bottom_mm": "margin_bottom", "margin_left_mm": "margin_left",
                 "margin_right_mm": "margin_right"}
        values: dict[str, Any] = {}
        for source, target in names.items():
            if isinstance(getattr(other, source, None), (int, float)):
                values[target] = getattr(other, source) * MM
        plain = {"size_title_pt": "title_size", "size_body_pt": "body_size", "size_page_number_pt":
                 "page_number_size", "first_line_indent_chars": "first_line_chars", "lines_per_page":
                 "lines_per_page", "chars_per_line": "chars_per_line", "justify": "justify",
                 "page_number_format": "page_number_format", "page_number_outer": "page_number_outer",
                 "size_table_pt": "table_size", "punctuation": "punctuation"}
        for source, target in plain.items():
            value = getattr(other, source, None)
            if value is not None:
                values[target] = value
        values.update(changes)
        return cls(**values)

    @property
    def frame_width(self) -> float:
        """Width of the type area (版心)."""
        return self.page_width - self.margin_left - self.margin_right

    @property
    def frame_height(self) -> float:
        """Height of the type area (版心)."""
        return self.page_height - self.margin_top - self.margin_bottom

    @property
    def leading(self) -> float:
        """Line pitch of the grid: type-area height / lines per page (28.99 pt by default)."""
        return self.frame_height / self.lines_per_page


__all__ = ["MAX_PAGES", "MM", "PdfStyle"]
