"""A DocStyle as Word styles: one paragraph style per block role, written straight into styles.xml.

Every style govdoc uses gets explicit fonts with ``w:eastAsia`` (python-docx's ``font.name`` sets
only the Latin slots, so Chinese text would fall back to the theme font), and the built-in styles
it reuses (Normal, Title, Subtitle, Heading 1..9, Caption, Footer, TOC Heading) are rebuilt, which
drops their theme font attributes (``asciiTheme``/``eastAsiaTheme``/``hAnsiTheme``/``cstheme``:
they override explicit names in Word and LibreOffice), theme colours and borders.

Body paragraphs use "govdoc Body" rather than Normal, so Normal (and the Footer based on it) keeps
no first-line indent; TYPESETTING §4.4 shows the indent leaking into the page number otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from .ooxml import element, sub_element, w
from .style import DocStyle

WordAlign = Literal["both", "center", "left", "right"]

ROLE_STYLES: dict[str, str] = {
    "masthead": "govdoc Masthead",
    "meta": "govdoc Meta",
    "title": "Title",
    "subtitle": "Subtitle",
    "author": "govdoc Author",
    "body": "govdoc Body",
    "caption": "Caption",
    "byline": "govdoc Byline",
    "salutation": "govdoc Salutation",
    "note": "govdoc Note",
    "kicker": "govdoc Kicker",
    "section_subtitle": "govdoc Section Subtitle",
    "glossary": "govdoc Glossary",
    "signature": "govdoc Signature",
    "toc_heading": "TOC Heading",
    "appendix_heading": "govdoc Appendix Heading",
    "annex_label": "govdoc Annex Label",
    "table": "govdoc Table Text",
    "table_header": "govdoc Table Header",
    "table_caption": "govdoc Table Caption",
    "table_unit": "govdoc Table Unit",
    "table_note": "govdoc Table Note",
    "figures": "govdoc Figures Table Text",
    "footer": "Footer",
}
TERM_STYLE = "govdoc Term"
FACE_STYLES: dict[str, str] = {
    "title": "govdoc Face Title", "heiti": "govdoc Face Hei", "kaiti": "govdoc Face Kai",
    "fangsong": "govdoc Face Fang", "song": "govdoc Face Song",
}
"""Character styles that set a heading in the face of its numbering family (一、 黑体, （一） 楷体)."""
THEME_ATTRS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")
MAX_HEADING = 9


def heading_style(level: int) -> str:
    """Name of the paragraph style of a level-``level`` heading (Heading 1..9)."""
    return f"Heading {min(level, MAX_HEADING)}"


@dataclass(frozen=True)
class Spec:
    """The formatting of one style, in the units of the DocStyle (points, characters)."""

    name: str
    font: str
    size: float | None
    kind: Literal["paragraph", "character"] = "paragraph"
    based_on: str | None = "Normal"
    bold: bool | None = False
    align: WordAlign | None = None
    first_chars: float = 0.0
    left_chars: float = 0.0
    right_chars: float = 0.0
    line_pt: float | None = None
    before_pt: float = 0.0
    after_pt: float = 0.0
    outline: int | None = None
    keep_next: bool = False
    tracking_pt: float = 0.0
    snap: bool = True
    """False for text off the document grid (table cells): its lines keep their own pitch."""


def specs(ds: DocStyle) -> list[Spec]:
    """Every style govdoc may use, derived from the DocStyle."""
    body, size, pitch = ds.font_body, ds.size_body_pt, ds.line_pitch
    track = ds.char_spacing_pt
    justify: WordAlign = "both" if ds.justify else "left"
    indent = ds.first_line_indent_chars
    cell_pt = round(ds.size_table_pt * 1.45, 1)  # the line pitch of table text, off the grid (as in the PDF)
    out = [
        Spec("Normal", body, size, based_on=None, align=justify, line_pt=pitch, tracking_pt=track),
        Spec(ROLE_STYLES["body"], body, size, align=justify, first_chars=indent, line_pt=pitch,
             tracking_pt=track),
        Spec(ROLE_STYLES["masthead"], ds.heading_font(1), size, align="center", line_pt=pitch),
        Spec(ROLE_STYLES["meta"], body, size, align="left", line_pt=pitch),
        Spec(ROLE_STYLES["title"], ds.font_title, ds.size_title_pt, align="center",
             line_pt=ds.title_line_pitch_pt, after_pt=pitch or size),
        Spec(ROLE_STYLES["subtitle"], ds.font_subtitle, ds.size_subtitle_pt, align="center", line_pt=pitch),
        Spec(ROLE_STYLES["author"], ds.font_subtitle, size, align="center", line_pt=pitch),
        Spec(ROLE_STYLES["caption"], body, size, align="center", line_pt=pitch),
        Spec(ROLE_STYLES["byline"], ds.font_subtitle, size, align="center", line_pt=pitch),
        Spec(ROLE_STYLES["salutation"], body, size, align="left", line_pt=pitch, tracking_pt=track),
        Spec(ROLE_STYLES["note"], body, size, align=justify, first_chars=indent, line_pt=pitch,
             tracking_pt=track),
        Spec(ROLE_STYLES["kicker"], ds.font_subtitle, size, align="center", line_pt=pitch),
        Spec(ROLE_STYLES["section_subtitle"], ds.font_subtitle, size, align="center", line_pt=pitch),
        Spec(ROLE_STYLES["glossary"], body, size, align=justify, first_chars=indent, line_pt=pitch,
             tracking_pt=track),
        Spec(ROLE_STYLES["signature"], body, size, align="right", right_chars=4, line_pt=pitch),
        Spec(ROLE_STYLES["toc_heading"], ds.heading_font(1), ds.heading_size(1), align="center",
             line_pt=pitch, outline=9, bold=ds.is_heading_bold(1)),
        Spec(ROLE_STYLES["appendix_heading"], ds.heading_font(1), ds.heading_size(1), align="left",
             line_pt=pitch, outline=0, keep_next=True, bold=ds.is_heading_bold(1)),
        Spec(ROLE_STYLES["annex_label"], ds.font_heiti, size, align="left", line_pt=pitch, keep_next=True),
        Spec(ROLE_STYLES["table"], body, ds.size_table_pt, align="left", snap=False, line_pt=cell_pt),
        Spec(ROLE_STYLES["table_header"], ds.font_heiti, ds.size_table_pt, align="center", snap=False, line_pt=cell_pt),
        Spec(ROLE_STYLES["table_caption"], ds.font_heiti, size, align="center", line_pt=pitch, keep_next=True),
        Spec(ROLE_STYLES["table_unit"], body, ds.size_table_pt, align="right", keep_next=True, snap=False,
             line_pt=cell_pt),
        Spec(ROLE_STYLES["table_note"], body, ds.size_table_pt, align="left", snap=False, line_pt=cell_pt),
        Spec(ROLE_STYLES["figures"], body, ds.size_table_pt, align="left", snap=False, line_pt=cell_pt),
        Spec(ROLE_STYLES["footer"], ds.font_page_number, ds.size_page_number_pt),
        Spec(TERM_STYLE, ds.heading_font(1), size, kind="character", based_on=None),
    ]
    out.extend(Spec(name, ds.face_font(face), None, kind="character", based_on=None, bold=None)
               for face, name in FACE_STYLES.items())
    for level in range(1, MAX_HEADING + 1):
        font, hsize, bold = ds.heading_font(level), ds.heading_size(level), ds.is_heading_bold(level)
        out.append(Spec(heading_style(level), font, hsize, bold=bold, align="left", first_chars=indent,
                        line_pt=pitch, outline=level - 1, keep_next=True,
                        tracking_pt=track if hsize == size else 0.0))
    return out


def fonts_element(east_asia: str, latin: str | None) -> Any:
    """``w:rFonts`` with every slot named explicitly and no theme attributes."""
    latin = latin or east_asia
    return element("rFonts", ascii=latin, hAnsi=latin, eastAsia=east_asia, cs=latin, hint="eastAsia")


def _twips(points: float) -> str:
    return str(round(points * 20))


def ppr_element(spec: Spec) -> Any:
    """``w:pPr`` of a style, children in schema order."""
    ppr = element("pPr")
    if spec.keep_next:
        sub_element(ppr, "keepNext")
        sub_element(ppr, "keepLines")
    sub_element(ppr, "widowControl")
    if not spec.snap:
        sub_element(ppr, "snapToGrid", val="0")
    spacing = sub_element(ppr, "spacing", before=_twips(spec.before_pt), after=_twips(spec.after_pt))
    if spec.line_pt:
        spacing.set(w("line"), _twips(spec.line_pt))
        spacing.set(w("lineRule"), "exact")
    else:
        spacing.set(w("line"), "240")
        spacing.set(w("lineRule"), "auto")
    size = spec.size or 0.0
    ind = sub_element(ppr, "ind", firstLine=_twips(spec.first_chars * size),
               firstLineChars=str(round(spec.first_chars * 100)))
    for side, chars in (("left", spec.left_chars), ("right", spec.right_chars)):
        ind.set(w(side), _twips(chars * size))
        ind.set(w(f"{side}Chars"), str(round(chars * 100)))
    if spec.align:
        sub_element(ppr, "jc", val=spec.align)
    if spec.outline is not None:
        sub_element(ppr, "outlineLvl", val=str(spec.outline))
    return ppr


def rpr_element(spec: Spec, latin: str | None) -> Any:
    """``w:rPr`` of a style, children in schema order."""
    rpr = element("rPr")
    rpr.append(fonts_element(spec.font, latin))
    if spec.bold is not None:
        for tag in ("b", "bCs"):
            sub_element(rpr, tag, val="1" if spec.bold else "0")
        for tag in ("i", "iCs"):
            sub_element(rpr, tag, val="0")
        sub_element(rpr, "color", val="000000")
    if spec.tracking_pt:
        sub_element(rpr, "spacing", val=_twips(spec.tracking_pt))
    if spec.size is not None:
        half_points = str(round(spec.size * 2))
        sub_element(rpr, "sz", val=half_points)
        sub_element(rpr, "szCs", val=half_points)
    if spec.based_on is None and spec.kind == "paragraph":
        sub_element(rpr, "lang", val="en-US", eastAsia="zh-CN", bidi="ar-SA")
    return rpr


def _style_id(name: str, taken: set[str]) -> str:
    base = "".join(ch for ch in name if ch.isalnum()) or "govdocStyle"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}{n}"
    return candidate


class StyleSheet:
    """The styles part of a document: find styles by name, rebuild or add govdoc's."""

    def __init__(self, styles_element: Any) -> None:
        self.root = styles_element
        self._by_name: dict[str, Any] = {}
        self._ids: set[str] = set()
        for style in styles_element.iter(w("style")):
            self._ids.add(style.get(w("styleId"), ""))
            name = style.find(w("name"))
            if name is not None:
                self._by_name.setdefault(name.get(w("val"), "").lower(), style)

    def find(self, name: str) -> Any | None:
        """The ``w:style`` named ``name`` (case-insensitive, as Word compares names), or None."""
        return self._by_name.get(name.lower())

    def names(self) -> list[str]:
        """The (lower-cased) names of every style in the sheet."""
        return list(self._by_name)

    def style_id(self, name: str) -> str:
        """The style ID of an existing style."""
        style = self.find(name)
        if style is None:
            raise KeyError(name)
        return str(style.get(w("styleId")))

    def apply(self, spec: Spec, latin: str | None, *, keep_existing: bool) -> None:
        """Make the style ``spec.name`` look as specified; with ``keep_existing`` only add it if absent."""
        style = self.find(spec.name)
        if style is not None and keep_existing:
            return
        if style is None:
            style_id = _style_id(spec.name, self._ids)
            self._ids.add(style_id)
            style = sub_element(self.root, "style", type=spec.kind, styleId=style_id)
            style.set(w("customStyle"), "1")
            sub_element(style, "name", val=spec.name)
            if spec.based_on and self.find(spec.based_on) is not None:
                sub_element(style, "basedOn", val=self.style_id(spec.based_on))
            sub_element(style, "qFormat")
            self._by_name[spec.name.lower()] = style
        for tag in ("pPr", "rPr"):
            old = style.find(w(tag))
            if old is not None:
                style.remove(old)
        if spec.kind == "paragraph":
            style.append(ppr_element(spec))
        style.append(rpr_element(spec, latin))

    def clean_defaults(self, ds: DocStyle) -> None:
        """Document defaults: explicit body fonts instead of theme fonts, East Asian language zh-CN."""
        rpr = self.root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        if rpr is None:
            return
        old = rpr.find(w("rFonts"))
        fonts = fonts_element(ds.font_body, ds.font_latin)
        if old is not None:
            old.addprevious(fonts)
            rpr.remove(old)
        else:
            rpr.insert(0, fonts)
        lang = rpr.find(w("lang"))
        if lang is not None:
            lang.set(w("eastAsia"), "zh-CN")
        ppr = self.root.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}")
        spacing = ppr.find(w("spacing")) if ppr is not None else None
        if spacing is not None:
            spacing.set(w("after"), "0")


def apply_styles(styles_element: Any, ds: DocStyle) -> StyleSheet:
    """Write every govdoc style into ``styles_element``; with a reference docx, only missing ones."""
    sheet = StyleSheet(styles_element)
    keep = ds.reference is not None
    if not keep:
        sheet.clean_defaults(ds)
        for fonts in styles_element.iter(w("rFonts")):  # linked "Heading 1 Char" etc. too
            for attr in THEME_ATTRS:
                fonts.attrib.pop(w(attr), None)
    for spec in specs(ds):
        sheet.apply(spec, ds.font_latin, keep_existing=keep)
    return sheet


__all__ = ["FACE_STYLES", "ROLE_STYLES", "TERM_STYLE", "Spec", "StyleSheet", "apply_styles", "fonts_element",
           "heading_style", "ppr_element", "rpr_element", "specs"]
