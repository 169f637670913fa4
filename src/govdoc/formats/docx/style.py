"""The look of a written document as one frozen object: page, margins, fonts, sizes, indent, grid.

``DocStyle`` is format-neutral on purpose (millimetres and points, font *names* per role), so the
PDF writer can read the same object; the Word writer turns it into styles.xml and the section
properties. Two presets ship: :data:`GBT9704` (党政机关公文格式, GB/T 9704-2012) and :data:`PLAIN`.

Font names are what Word looks up on the reader's machine. The official fonts (方正小标宋简体,
仿宋_GB2312, 楷体_GB2312, 黑体) are proprietary and never shipped; pass the names you have with
``dataclasses.replace(GBT9704, font_body="仿宋", ...)``.

``reference`` names a .docx whose styles and page setup are used instead (pandoc's reference-doc
idea): govdoc keeps every style the reference defines and adds only those it lacks, built from the
other fields.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, replace
from typing import Literal

from ...errors import GovdocError

PT_PER_MM = 72 / 25.4

Grid = Literal["lines", "linesAndChars", "none"]


@dataclass(frozen=True)
class DocStyle:
    """Page geometry and typography of a written document, shared by the Word and PDF writers."""

    name: str = "gbt9704"
    # page and type area
    page_width_mm: float = 210.0
    page_height_mm: float = 297.0
    margin_top_mm: float = 37.0
    margin_bottom_mm: float = 35.0
    margin_left_mm: float = 28.0
    margin_right_mm: float = 26.0
    # fonts per role; ``font_latin`` (digits and Latin letters) defaults to the role's own font
    font_title: str = "方正小标宋简体"
    font_subtitle: str = "楷体_GB2312"
    font_body: str = "仿宋_GB2312"
    font_headings: tuple[str, ...] = ("黑体", "楷体_GB2312", "仿宋_GB2312", "仿宋_GB2312")
    """Fonts of the Heading 1..N paragraph styles (what a heading typed in Word gets); headings
    govdoc writes are set in the face of their numbering family (:meth:`face_font`)."""
    font_heiti: str = "黑体"
    font_kaiti: str = "楷体_GB2312"
    font_page_number: str = "宋体"
    font_latin: str | None = None
    # sizes in points (字号: 2号 = 22, 3号 = 16, 4号 = 14, 小四 = 12)
    size_title_pt: float = 22.0
    size_subtitle_pt: float = 16.0
    size_body_pt: float = 16.0
    size_headings_pt: tuple[float, ...] = (16.0,)
    size_page_number_pt: float = 14.0
    size_table_pt: float = 12.0
    heading_bold: tuple[bool, ...] = (False,)
    # paragraphs: first-line indent in characters, fixed line pitch, characters per line
    first_line_indent_chars: float = 2.0
    line_pitch_pt: float | None = None
    """Fixed line pitch; None derives it from ``lines_per_page`` (225 mm / 22 = 28.95 pt)."""
    lines_per_page: int | None = 22
    chars_per_line: int | None = 28
    """Body characters per full line; the writer tightens character spacing to fit them."""
    title_line_pitch_pt: float = 35.0
    justify: bool = True
    grid: Grid = "lines"
    """Word's document grid. ``linesAndChars`` is Word's 22×28 grid but LibreOffice 7.4 renders it
    at 14 characters per line (TYPESETTING §4.3), so the default snaps lines only."""
    # page numbers: "— 1 —", odd pages right and even pages left, one character in from the edge
    page_number_format: str = "— {page} —"
    page_number_outer: bool = True
    """True: odd pages right, even pages left (GB/T 9704 §7.5). False: centred on every page."""
    footer_distance_mm: float = 22.7
    """Footer distance from the page edge; 22.7 mm puts the number 7 mm below the type area."""
    reference: str | None = None
    """A .docx whose styles, page setup, headers and footers are used instead of the above."""
    punctuation: Literal["fullwidth", "as-is"] = "fullwidth"
    """``fullwidth`` prints half-width , : ; ( ) ? ! in Chinese context full-width (GB/T 9704);
    ``as-is`` prints the text as it is. The Report is not changed either way."""

    @property
    def type_width_pt(self) -> float:
        """Width of the type area (版心) in points."""
        return (self.page_width_mm - self.margin_left_mm - self.margin_right_mm) * PT_PER_MM

    @property
    def type_height_pt(self) -> float:
        """Height of the type area in points."""
        return (self.page_height_mm - self.margin_top_mm - self.margin_bottom_mm) * PT_PER_MM

    @property
    def line_pitch(self) -> float | None:
        """The body line pitch in points, rounded down to a twip so 22 lines really fit."""
        if self.line_pitch_pt is not None:
            return self.line_pitch_pt
        if not self.lines_per_page:
            return None
        return math.floor(self.type_height_pt / self.lines_per_page * 20) / 20

    @property
    def char_spacing_pt(self) -> float:
        """Extra spacing per body character so that ``chars_per_line`` characters fill a line.

        Rounded down to Word's unit (1/20 pt): 156 mm / 28 − 16 pt = −0.207 → −0.25 pt, so 28
        characters fit and a 29th does not.
        """
        if not self.chars_per_line:
            return 0.0
        return math.floor((self.type_width_pt / self.chars_per_line - self.size_body_pt) * 20) / 20

    def face_font(self, face: str) -> str:
        """The font of a typeface role of the layout: 小标宋 title, 黑体, 楷体, 仿宋 (the body), 宋体."""
        return {"title": self.font_title, "heiti": self.font_heiti, "kaiti": self.font_kaiti,
                "song": self.font_page_number}.get(face, self.font_body)

    def heading_font(self, level: int) -> str:
        """Font of a level-``level`` heading (1-based); the last entry covers deeper levels."""
        return self.font_headings[min(level, len(self.font_headings)) - 1]

    def heading_size(self, level: int) -> float:
        """Size in points of a level-``level`` heading."""
        return self.size_headings_pt[min(level, len(self.size_headings_pt)) - 1]

    def is_heading_bold(self, level: int) -> bool:
        """Whether a level-``level`` heading is bold (GB/T 9704 itself specifies no bold)."""
        return self.heading_bold[min(level, len(self.heading_bold)) - 1]

    def with_reference(self, path: str | os.PathLike[str]) -> DocStyle:
        """This style with a reference .docx whose own styles take precedence."""
        return replace(self, reference=os.fspath(path))


GBT9704 = DocStyle()
"""党政机关公文格式 (GB/T 9704-2012): A4, margins 37/35/28/26 mm, 2号小标宋 title, 3号仿宋 body."""

PLAIN = DocStyle(
    name="plain",
    margin_top_mm=25.4,
    margin_bottom_mm=25.4,
    margin_left_mm=25.4,
    margin_right_mm=25.4,
    font_title="黑体",
    font_subtitle="宋体",
    font_body="宋体",
    font_headings=("黑体", "黑体", "宋体"),
    font_kaiti="黑体",
    size_title_pt=18.0,
    size_subtitle_pt=14.0,
    size_body_pt=12.0,
    size_headings_pt=(15.0, 14.0, 12.0),
    size_page_number_pt=10.5,
    size_table_pt=10.5,
    heading_bold=(True,),
    line_pitch_pt=20.0,
    lines_per_page=None,
    chars_per_line=None,
    title_line_pitch_pt=28.0,
    grid="none",
    page_number_format="{page}",
    page_number_outer=False,
    footer_distance_mm=12.7,
    punctuation="as-is",
)
"""A neutral document: 宋体 12 pt body, 黑体 headings in bold, 2.54 cm margins, centred page numbers."""

PRESETS: dict[str, DocStyle] = {"gbt9704": GBT9704, "plain": PLAIN}


def resolve_style(style: DocStyle | str | os.PathLike[str]) -> DocStyle:
    """A DocStyle from an object, a preset name (``gbt9704``, ``plain``) or a reference .docx path."""
    if isinstance(style, DocStyle):
        return style
    name = os.fspath(style)
    if name.lower() in PRESETS:
        return PRESETS[name.lower()]
    if name.lower().endswith(".docx"):
        return GBT9704.with_reference(name)
    raise GovdocError(f"unknown style {name!r}",
                      hint=f"use {', '.join(PRESETS)}, a DocStyle or a reference .docx")


__all__ = ["GBT9704", "PLAIN", "PRESETS", "DocStyle", "resolve_style"]
