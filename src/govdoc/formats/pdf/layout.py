"""The CJK paragraph Flowable behind govdoc's PDF writer: grid, justification and Chinese line breaking.

reportlab's own ``Paragraph`` leaves CJK lines ragged (``TA_JUSTIFY`` only stretches spaces), lets
，；：！？” start a line and （“《 end one, and collapses U+3000. :class:`CJKBlock` breaks lines
itself over unbreakable *clusters*:

* a closing mark (``NO_START``) sticks to the cluster before it and an opening mark (``NO_END``)
  to the cluster after it, so no line starts with ，。、；：！？）】」》” or ends with （【「《“
  (push-out: the pair moves to the next line, nothing hangs into the margin);
* a run of Latin letters and digits (``12345.67``, ``GDP``) and a doubled ——/…… never split;
* spaces stay at the end of the line they follow, so joining the lines gives the text back.

On a grid of ``grid_chars`` characters a line of full-width text has exactly that many characters
(tracking = width / grid_chars - size); every line but a block's last is justified to the full
width by character spacing (``Tc``). Every line is one text object on one baseline, which is what
the reader relies on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, pairwise
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

NO_START = frozenset("，。、；：！？）】」』〕〉》”’…—·%‰℃°,.;:!?)]}％）］｝～")
"""Characters that must not start a line (行首禁则)."""
NO_END = frozenset("（【「『〔〈《“‘([{（［｛")
"""Characters that must not end a line (行尾禁则)."""

Char = tuple[str, str, float]
"""One character with the reportlab font name and the size it is drawn in."""

_widths: dict[tuple[str, str], float] = {}


def char_width(ch: str, font: str, size: float) -> float:
    """Advance width of one character in points (cached per font)."""
    key = (ch, font)
    w = _widths.get(key)
    if w is None:
        w = _widths[key] = stringWidth(ch, font, 1000.0)
    return w * size / 1000.0


def _latin(ch: str) -> bool:
    """A letter, digit or sign of a Latin run: its gaps are not widened when a line is justified."""
    return (ord(ch) < 0x2E80 and not ch.isspace()) or "０" <= ch <= "９" or ("Ａ" <= ch <= "ｚ" and ch.isalnum())


def _cluster_pattern() -> re.Pattern[str]:
    banned = re.escape("".join(sorted(NO_END | NO_START)))
    word = rf"[^\u2e80-\U0010ffff\s{banned}]|[０-９Ａ-Ｚａ-ｚ]"
    return re.compile(rf"(?:{word})(?:{word}|[.,%])*|—+|…+|.", re.S)


_CLUSTER = _cluster_pattern()
"""A Latin/digit run (``12345.67``, ``GDP``), a doubled —— or ……, or any single character."""


def cluster_bounds(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the clusters of ``text`` that a line break must not split."""
    merged: list[list[int]] = []
    carry: int | None = None
    no_start, no_end = NO_START, NO_END
    for match in _CLUSTER.finditer(text):
        a, b = match.span()
        if carry is not None:
            a, carry = carry, None
        first = text[a]
        if first in no_end and all(text[k] in no_end for k in range(a, b)):
            carry = a  # an opening mark sticks to what follows
            continue
        if merged and (first in no_start or first.isspace()):
            merged[-1][1] = b  # a closing mark or a space sticks to what precedes
        else:
            merged.append([a, b])
    if carry is not None:
        if merged:
            merged[-1][1] = len(text)
        else:
            merged.append([carry, len(text)])
    return [(a, b) for a, b in merged]


def clusters(chars: Sequence[Char]) -> list[list[Char]]:
    """Group characters into clusters that a line break must not split."""
    text = "".join(c[0] for c in chars)
    return [list(chars[a:b]) for a, b in cluster_bounds(text)]


def _natural(line: Sequence[Char], tracking: float) -> float:
    """Width of a line without trailing spaces, with tracking between characters."""
    end = len(line)
    while end > 0 and line[end - 1][0].isspace():
        end -= 1
    if end == 0:
        return 0.0
    return sum(char_width(c, f, s) for c, f, s in line[:end]) + tracking * (end - 1)


def _advances(chars: Sequence[Char], tracking: float) -> list[float]:
    cache = _widths
    out = []
    for ch, font, size in chars:
        w = cache.get((ch, font))
        if w is None:
            w = char_width(ch, font, 1000.0)
        out.append(w * size / 1000.0 + tracking)
    return out


def break_lines(chars: Sequence[Char], width: float, first_indent: float, tracking: float,
                advances: list[float] | None = None) -> list[list[Char]]:
    """Greedy line breaking over clusters; a cluster wider than a line is split by characters.

    ``advances`` (each character's width plus tracking) may be given when already computed."""
    text = "".join(c[0] for c in chars)
    if advances is None:
        advances = _advances(chars, tracking)
    prefix = [0.0, *accumulate(advances)]
    ends: list[int] = []  # end index of every line
    start = 0
    used = 0.0
    avail = width - first_indent
    bounds = cluster_bounds(text)
    for a, b in bounds:
        w = prefix[b] - prefix[a]
        trailing = 0.0
        if text[b - 1].isspace():
            k = b
            while k > a and text[k - 1].isspace():
                k -= 1
            trailing = prefix[b] - prefix[k]
        if a > start and used + w - trailing > avail + 1e-6:
            ends.append(a)
            start, used, avail = a, 0.0, width
        if a == start and w - trailing > avail + 1e-6 and b - a > 1:
            for i in range(a, b):  # too long for any line: break inside it
                if i > start and used + advances[i] > avail + 1e-6 and not text[i].isspace():
                    ends.append(i)
                    start, used, avail = i, 0.0, width
                used += advances[i]
            continue
        used += w
    ends.append(len(chars))
    _no_lone_last_character(text, ends, bounds)
    lines, previous = [], 0
    for end in ends:
        if end > previous:
            lines.append(list(chars[previous:end]))
        previous = end
    return lines


def _no_lone_last_character(text: str, ends: list[int], bounds: list[tuple[int, int]]) -> None:
    """Avoid a last line of one character (孤字, closing punctuation not counted): the previous
    line's last cluster moves down too."""
    if len(ends) < 2:
        return
    last = "".join(ch for ch in text[ends[-2]:] if not ch.isspace() and ch not in NO_START)
    if len(last) > 1:
        return
    line_start = ends[-3] if len(ends) > 2 else 0
    cut = next((a for a, b in reversed(bounds) if b == ends[-2]), None)
    if cut is not None and cut > line_start and text[line_start:cut].strip():
        ends[-2] = cut


def balanced_lines(chars: Sequence[Char], width: float, tracking: float, count: int) -> list[list[Char]]:
    """Break into ``count`` lines of about equal width (GB/T 9704 7.3.1: a title's lines are balanced)."""
    low, high = 0.0, width
    advances = _advances(chars, tracking)
    best = break_lines(chars, width, 0.0, tracking, advances)
    for _ in range(20):
        mid = (low + high) / 2
        lines = break_lines(chars, mid, 0.0, tracking, advances)
        if len(lines) <= count and all(_natural(line, tracking) <= mid + 1e-6 for line in lines):
            best, high = lines, mid
        else:
            low = mid
    return best


@dataclass
class TextLog:
    """The text drawn on every page, as the writer draws it: what the fingerprint of a govdoc PDF's
    text layer is computed from (see :mod:`govdoc.formats.pdf.embed`)."""

    pages: dict[int, list[str]] = field(default_factory=dict)

    def add(self, page: int, text: str) -> None:
        """Note ``text`` as drawn on ``page``."""
        self.pages.setdefault(page, []).append(text)


class CJKBlock(Flowable):  # type: ignore[misc]
    """A block of CJK text set line by line: grid tracking, justification, kinsoku, mixed fonts."""

    def __init__(self, chars: Sequence[Char], *, leading: float, first_indent_chars: float = 0.0,
                 align: str = "justify", grid_chars: int | None = None, log: TextLog | None = None,
                 space_after: float = 0.0, keep_with_next: bool = False,
                 on_draw: Callable[[Any], None] | None = None) -> None:
        super().__init__()
        self.chars = list(chars)
        self.leading = leading
        self.first_indent_chars = first_indent_chars
        self.align = align
        self.grid_chars = grid_chars
        self.log = log
        self.space_after = space_after
        self.keepWithNext = keep_with_next
        self.on_draw = on_draw
        self.lines: list[list[Char]] = []
        self.advs: list[list[float]] = []  # per line: each character's advance plus tracking
        self.ends_block = True  # False for the first part of a block split across pages
        self.starts_block = True
        self._aw = -1.0
        self.tracking = 0.0
        self.first_indent = 0.0

    def _layout(self, aw: float) -> None:
        if aw == self._aw:
            return
        self._aw = aw
        size = self.chars[0][2] if self.chars else 16.0
        pitch = aw / self.grid_chars if self.grid_chars else size
        self.tracking = pitch - size if self.grid_chars else 0.0
        self.first_indent = self.first_indent_chars * pitch if self.starts_block else 0.0
        advances = _advances(self.chars, self.tracking)
        self.lines = break_lines(self.chars, aw, self.first_indent, self.tracking, advances)
        if self.align == "center" and len(self.lines) > 1:
            self.lines = balanced_lines(self.chars, aw, self.tracking, len(self.lines))
        self.advs, at = [], 0
        for line in self.lines:
            self.advs.append(advances[at:at + len(line)])
            at += len(line)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._layout(aw)
        self.width = aw
        self.height = len(self.lines) * self.leading + (self.space_after if self.ends_block else 0.0)
        return aw, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        self._layout(aw)
        k = int((ah + 1e-6) // self.leading)
        if k <= 0 or k >= len(self.lines):
            return []
        head = self._part(self.lines[:k], self.advs[:k], aw, starts=self.starts_block, ends=False)
        tail = self._part(self.lines[k:], self.advs[k:], aw, starts=False, ends=self.ends_block)
        return [head, tail]

    def _part(self, lines: list[list[Char]], advs: list[list[float]], aw: float, *, starts: bool,
              ends: bool) -> CJKBlock:
        part = CJKBlock([c for line in lines for c in line], leading=self.leading,
                        first_indent_chars=self.first_indent_chars, align=self.align,
                        grid_chars=self.grid_chars, log=self.log, space_after=self.space_after,
                        on_draw=self.on_draw if starts else None)
        part.starts_block, part.ends_block = starts, ends
        part.lines, part.advs, part._aw = lines, advs, aw
        part.tracking, part.first_indent = self.tracking, self.first_indent if starts else 0.0
        return part

    def draw(self) -> None:
        canv = self.canv
        if self.on_draw is not None and self.starts_block:
            self.on_draw(canv)
        y_top = self.height
        last = len(self.lines) - 1
        for i, line in enumerate(self.lines):
            size = max(s for _, _, s in line) if line else 16.0
            y = y_top - (i + 1) * self.leading + (self.leading - size) * 0.5 + size * 0.12
            x0 = self.first_indent if i == 0 else 0.0
            advs = self.advs[i]
            visible = len(line)
            while visible > 0 and line[visible - 1][0].isspace():
                visible -= 1
            natural = sum(advs[:visible]) - self.tracking if visible else 0.0
            spacing = self.tracking
            final = i == last and self.ends_block
            if self.align == "justify" and not final and visible > 1:
                if self._draw_justified(line, advs, visible, x0, y, natural):
                    self._log(line)
                    continue
                spacing += (self._aw - x0 - natural) / (visible - 1)
            elif self.align == "center":
                x0 = (self._aw - natural) / 2.0
            elif self.align == "right":
                x0 = self._aw - natural
            text = canv.beginText(x0, y)
            text.setCharSpace(spacing)
            run: list[str] = []
            current: tuple[str, float] | None = None
            for ch, font, sz in line:
                if current is not None and (font, sz) != current:
                    text.setFont(*current)
                    text.textOut("".join(run))
                    run = []
                current = (font, sz)
                run.append(ch)
            if run and current is not None:
                text.setFont(*current)
                text.textOut("".join(run))
            canv.drawText(text)
            self._log(line)

    def _log(self, line: list[Char]) -> None:
        if self.log is not None:
            self.log.add(self.canv.getPageNumber(), "".join(c[0] for c in line))

    def _draw_justified(self, line: list[Char], advs: list[float], visible: int, x0: float, y: float,
                        natural: float) -> bool:
        """Justify by widening only the gaps next to a CJK character, so 12345.67 and GDP keep their
        natural spacing; False when the line has no such gap (then every gap is widened)."""
        flags = [_latin(c[0]) for c in line[:visible]]
        gaps = [not (a and b) for a, b in pairwise(flags)]
        stretchable = sum(gaps)
        if stretchable == len(gaps) or stretchable == 0:
            return False  # all gaps alike: one run with character spacing does it
        extra = (self._aw - x0 - natural) / stretchable
        tracking = self.tracking
        gaps.extend([False] * (len(line) - len(gaps)))
        text = self.canv.beginText(x0, y)
        x = origin = x0
        spacing: float | None = None
        face: tuple[str, float] | None = None
        start, n = 0, len(line)
        while start < n:
            end = start + 1
            kind = gaps[start] if start < n - 1 else False
            while end < n and line[end][1:] == line[start][1:] and gaps[end - 1] == kind:
                end += 1
            if x != origin:
                text.moveCursor(x - origin, 0)
                origin = x
            wanted = tracking + (extra if kind and end - start > 1 else 0.0)
            if wanted != spacing:
                text.setCharSpace(wanted)
                spacing = wanted
            if line[start][1:] != face:
                face = (line[start][1], line[start][2])
                text.setFont(*face)
            text.textOut("".join(c[0] for c in line[start:end]))
            for k in range(start, end):
                x += advs[k] + (extra if gaps[k] else 0.0)
            start = end
        self.canv.drawText(text)
        return True


__all__ = ["NO_END", "NO_START", "CJKBlock", "Char", "TextLog", "balanced_lines", "break_lines",
           "char_width", "cluster_bounds", "clusters"]
