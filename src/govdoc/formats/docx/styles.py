"""What a Word document's styles say about its paragraphs and runs, for reading them as lines.

A paragraph's look is spread over the document defaults (``w:docDefaults``), its paragraph style
and the styles that style is ``w:basedOn``, and its own properties. :class:`Styles` resolves that
chain once per style and keeps what the reader needs: the style's name (names, never style IDs,
which differ between Word locales), the heading level it gives (``Heading N`` / ``标题 N`` by name,
``Title`` / ``标题`` as the document title, else a ``w:outlineLvl``), indentation, alignment,
bold, font size and ``w:pageBreakBefore``; and for character styles, bold. Automatic list
numbering (``w:numPr`` on the paragraph or its style) is rendered through :class:`ListNumbering`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ...parsing.source import Align
from .numbering import ListNumbering
from .ooxml import W_VAL, int_value, w

SKIPPED_STYLE_PREFIXES = ("toc ", "toc heading", "govdoc appendix", "govdoc toc", "govdoc figures")
"""Paragraph styles whose paragraphs are no content: a table of contents, govdoc's own appendices."""

_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)
_TITLE_NAMES = frozenset({"title", "标题"})
_FALSE = frozenset({"0", "false", "off", "none"})
_ALIGN: dict[str, Align] = {
    "left": "left", "start": "left", "center": "center", "right": "right", "end": "right", "both": "justify",
    "distribute": "justify", "thaiDistribute": "justify", "lowKashida": "justify", "mediumKashida": "justify",
    "highKashida": "justify",
}
_IND_KEYS = ("firstLine", "firstLineChars", "hanging", "hangingChars", "left", "leftChars", "start", "startChars")
_IND_ATTRS = tuple((key, w(key)) for key in _IND_KEYS)
_STYLE, _TYPE, _STYLE_ID, _DEFAULT = w("style"), w("type"), w("styleId"), w("default")
_STYLE_NUM_PR = f"{w('pPr')}/{w('numPr')}"
DEFAULT_HALF_POINTS = 21
"""The font size (in half points) when no style gives one: 五号, 10.5 pt, Word's default for Chinese."""


def on(element: Any | None) -> bool | None:
    """The value of a toggle property such as ``w:b``: None when absent, else whether it is on."""
    if element is None:
        return None
    return (element.get(W_VAL) or "true").lower() not in _FALSE


def align_of(jc: Any | None) -> Align | None:
    """The alignment ``w:jc`` gives, in the parser's terms (``both`` and its kin are "justify")."""
    return None if jc is None else _ALIGN.get(jc.get(W_VAL) or "")


def indent_attrs(ind: Any | None) -> dict[str, str]:
    """The indentation attributes of a ``w:ind`` element, by local name."""
    if ind is None:
        return {}
    return {key: value for key, name in _IND_ATTRS if (value := ind.get(name)) is not None}


_GROUPS = (("firstLine", "firstLineChars", "hanging", "hangingChars"), ("left", "leftChars", "start", "startChars"))


def merge_indent(base: dict[str, str], own: dict[str, str]) -> dict[str, str]:
    """Indentation ``own`` sets on top of ``base``: the first-line pair (first line, hanging) and the
    left pair each come wholly from ``own`` when it sets any attribute of the pair."""
    merged = dict(base)
    for group in _GROUPS:
        if any(key in own for key in group):
            for key in group:
                merged.pop(key, None)
            merged.update({key: own[key] for key in group if key in own})
    return merged


def indent_chars(attrs: dict[str, str], half_points: int) -> float:
    """Where the first line starts, in characters of the paragraph's font: left indent plus first-line
    indent minus hanging indent. A ``…Chars`` attribute (hundredths of a character) wins over its
    twips twin, as in Word; a twip is 1/20 pt and a character as wide as the font is high."""
    twips_per_char = max(half_points, 1) * 10

    def chars(name: str) -> float:
        hundredths = int_value(attrs.get(f"{name}Chars"))
        if hundredths:
            return hundredths / 100
        twips = int_value(attrs.get(name))
        return twips / twips_per_char if twips else 0.0

    left = chars("left") or chars("start")
    return max(0.0, left + chars("firstLine") - chars("hanging"))


@dataclass(frozen=True)
class StyleInfo:
    """A paragraph style as the reader sees it, resolved through ``w:basedOn`` and the document defaults.

    ``level`` is the heading level the style gives (0 for the document title, None for body text);
    ``skipped`` marks a table of contents or govdoc appendix style; ``indent`` holds the ``w:ind``
    attributes by local name; ``size`` is in half points.
    """

    name: str = ""
    level: int | None = None
    skipped: bool = False
    indent: dict[str, str] = field(default_factory=dict)
    align: Align | None = None
    bold: bool = False
    size: int = DEFAULT_HALF_POINTS
    page_break_before: bool = False


@dataclass(frozen=True)
class _Raw:
    """One ``w:style`` element as written, before inheritance."""

    name: str
    based_on: str | None
    outline: int | None
    indent: dict[str, str]
    align: Align | None
    bold: bool | None
    size: int | None
    page_break_before: bool | None


def _raw_style(style: Any) -> _Raw:
    name_el = style.find(w("name"))
    based = style.find(w("basedOn"))
    ppr = style.find(w("pPr"))
    rpr = style.find(w("rPr"))
    outline = ppr.find(w("outlineLvl")) if ppr is not None else None
    sz = rpr.find(w("sz")) if rpr is not None else None
    return _Raw(
        name=(name_el.get(W_VAL, "") if name_el is not None else "").strip(),
        based_on=based.get(W_VAL) if based is not None else None,
        outline=int_value(outline.get(W_VAL)) if outline is not None else None,
        indent=indent_attrs(ppr.find(w("ind")) if ppr is not None else None),
        align=align_of(ppr.find(w("jc")) if ppr is not None else None),
        bold=on(rpr.find(w("b")) if rpr is not None else None),
        size=int_value(sz.get(W_VAL)) if sz is not None else None,
        page_break_before=on(ppr.find(w("pageBreakBefore")) if ppr is not None else None),
    )


class Styles:
    """The paragraph and character styles of a document by style ID, and its automatic lists.

    Styles are read when first asked for: a document defines hundreds and uses a few."""

    def __init__(self, styles_element: Any | None, numbering: ListNumbering | None = None) -> None:
        self._paragraph: dict[str, Any] = {}  # style elements by ID
        self._character: dict[str, Any] = {}
        self._raws: dict[str, _Raw] = {}
        self._resolved: dict[str, StyleInfo] = {}
        self._char_bold: dict[str, bool | None] = {}
        self._num_prs: dict[str, Any | None] = {}
        self.numbering = numbering
        self._default = ""  # the style of paragraphs without w:pStyle (w:default="1", usually Normal)
        self._defaults = _Raw("", None, None, {}, None, None, None, None)
        if styles_element is None:
            return
        defaults = styles_element.find(w("docDefaults"))
        if defaults is not None:
            ppr = defaults.find(f"{w('pPrDefault')}/{w('pPr')}")
            rpr = defaults.find(f"{w('rPrDefault')}/{w('rPr')}")
            sz = rpr.find(w("sz")) if rpr is not None else None
            self._defaults = _Raw("", None, None, indent_attrs(ppr.find(w("ind")) if ppr is not None else None),
                                  align_of(ppr.find(w("jc")) if ppr is not None else None),
                                  on(rpr.find(w("b")) if rpr is not None else None),
                                  int_value(sz.get(W_VAL)) if sz is not None else None, None)
        for style in styles_element.iter(_STYLE):
            kind = style.get(_TYPE)
            if kind == "paragraph":
                style_id = style.get(_STYLE_ID, "")
                self._paragraph.setdefault(style_id, style)
                if not self._default and style.get(_DEFAULT) in ("1", "true", "on"):
                    self._default = style_id
            elif kind == "character":
                self._character.setdefault(style.get(_STYLE_ID, ""), style)

    def _raw(self, style_id: str) -> _Raw | None:
        raw = self._raws.get(style_id)
        if raw is None and style_id in self._paragraph:
            raw = self._raws[style_id] = _raw_style(self._paragraph[style_id])
        return raw

    # ---- automatic numbering ------------------------------------------------------------------

    def _style_num_pr(self, style_id: str | None) -> Any | None:
        start = style_id or self._default
        if start not in self._num_prs:
            found, key, depth = None, start, 0
            while (raw := self._raw(key)) is not None and depth < 20:
                found = self._paragraph[key].find(_STYLE_NUM_PR)
                if found is not None:
                    break
                key, depth = raw.based_on or "", depth + 1
            self._num_prs[start] = found
        return self._num_prs[start]

    def is_numbered(self, style_id: str) -> bool:
        """Whether paragraphs of this style get a label from an automatic list."""
        num_id = _child_val(self._style_num_pr(style_id), "numId")
        return bool(num_id) and num_id != "0"

    def list_label(self, num_pr: Any | None, style_id: str | None) -> str:
        """The label Word draws before a paragraph (its own ``w:numPr``, or its style's) in an
        automatically numbered list, else ""."""
        if self.numbering is None:
            return ""
        style_pr = self._style_num_pr(style_id)
        num_id = _child_val(num_pr, "numId") or _child_val(style_pr, "numId")
        if not num_id or num_id == "0":
            return ""
        ilvl = int_value(_child_val(num_pr, "ilvl") or _child_val(style_pr, "ilvl")) or 0
        return self.numbering.label(num_id, ilvl)

    # ---- paragraph styles ---------------------------------------------------------------------

    def info(self, style_id: str | None) -> StyleInfo:
        """The meaning of the paragraph style ``style_id`` (the default style when None or unknown)."""
        key = style_id if style_id in self._paragraph else self._default
        if key not in self._resolved:
            self._resolved[key] = self._resolve(key, depth=0)
        return self._resolved[key]

    def _resolve(self, style_id: str, depth: int) -> StyleInfo:
        raw = self._raw(style_id)
        if raw is None or depth > 20:
            return self._base()
        parent = self._resolve(raw.based_on, depth + 1) if raw.based_on else self._base()
        lowered = raw.name.lower()
        match = _HEADING_NAME.match(lowered)
        if match:
            level: int | None = int(match.group(1))
        elif lowered in _TITLE_NAMES:
            level = 0
        elif raw.outline is not None:
            level = raw.outline + 1 if 0 <= raw.outline <= 8 else None
        else:  # an outline level is inherited, the title is not (a style based on Title is no title)
            level = parent.level if parent.level else None
        return StyleInfo(
            name=raw.name,
            level=level,
            skipped=lowered.startswith(SKIPPED_STYLE_PREFIXES) or parent.skipped,
            indent=merge_indent(parent.indent, raw.indent),
            align=raw.align or parent.align,
            bold=parent.bold if raw.bold is None else raw.bold,
            size=raw.size or parent.size,
            page_break_before=parent.page_break_before if raw.page_break_before is None else raw.page_break_before,
        )

    def _base(self) -> StyleInfo:
        """What the document defaults give a paragraph before any style applies."""
        defaults = self._defaults
        return StyleInfo(indent=defaults.indent, align=defaults.align, bold=bool(defaults.bold),
                         size=defaults.size or DEFAULT_HALF_POINTS)

    # ---- character styles ---------------------------------------------------------------------

    def char_bold(self, style_id: str) -> bool | None:
        """Whether the character style ``style_id`` sets bold (None when it says nothing)."""
        if style_id not in self._char_bold:
            value, key, depth = None, style_id, 0
            while key in self._character and depth < 20:
                style = self._character[key]
                rpr = style.find(w("rPr"))
                bold = on(rpr.find(w("b")) if rpr is not None else None)
                if bold is not None:
                    value = bold
                    break
                based = style.find(w("basedOn"))
                key, depth = (based.get(W_VAL) if based is not None else None) or "", depth + 1
            self._char_bold[style_id] = value
        return self._char_bold[style_id]


def _child_val(element: Any | None, tag: str) -> str | None:
    child = element.find(w(tag)) if element is not None else None
    return None if child is None else child.get(W_VAL)


__all__ = ["DEFAULT_HALF_POINTS", "SKIPPED_STYLE_PREFIXES", "StyleInfo", "Styles", "align_of", "indent_attrs",
           "indent_chars", "merge_indent", "on"]
