"""A page's excerpt of its own text: the opening of the document printed above it and cut short, as sites that serve
copies of documents show a summary under the headline ("(福建省)…工作报告(全文) 政 府 工 作 报 告 …县长苏建旗 各位代表:
现在,我代表…人民政府", then the title and the whole text). The excerpt is no part of the text: read as lines, it would
give the text a second title block and run its last, cut line into the title below it.
"""

from __future__ import annotations

import dataclasses

from .lines import Line
from .normalise import unspaced

_HEAD = 20  # an excerpt stands near the top of the page
_MIN_CHARS = 20  # and prints more than a title


def drop_excerpt(lines: list[Line]) -> list[Line]:
    """The lines without an excerpt of the text near the top of the page: lines that open with a line printed again
    further down, and hold, without their spaces, what the lines from there print first, to a cut inside a line (a
    block printed twice whole, such as a page's fields as a row and as a list, is no excerpt)."""
    folded = [unspaced(line.text) for line in lines[:2 * _HEAD]]
    for start in range(min(len(lines), _HEAD)):
        again = _printed_again(folded, lines, start)
        if again is not None:
            kept = lines[:start] + lines[again:]
            kept[start] = dataclasses.replace(kept[start], gap=max(lines[start].gap, lines[again].gap))
            return kept
    return lines


def _printed_again(folded: list[str], lines: list[Line], start: int) -> int | None:
    """Where the text that the excerpt opening at line ``start`` cuts short begins again, or None: the first later
    line that opens the excerpt's first line and from which the lines print the whole excerpt and more."""
    opening = folded[start]
    if len(opening) < 4:
        return None
    for again in range(start + 1, len(folded)):
        first = folded[again]
        if len(first) < 4 or not opening.startswith(first) or (first == opening and again == start + 1):
            continue
        excerpt = "".join(folded[start:again])
        if len(excerpt) < _MIN_CHARS:
            continue
        text, k = "", again
        while len(text) < len(excerpt) and k < len(lines):
            text += folded[k] if k < len(folded) else unspaced(lines[k].text)
            k += 1
        if len(text) > len(excerpt) and text.startswith(excerpt):  # (cut inside a line: no block printed twice)
            return again
    return None


__all__ = ["drop_excerpt"]
