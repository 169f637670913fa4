"""``extract_metrics``: scan a paragraph for candidates, drop the non-figures, describe the rest."""

from __future__ import annotations

import re

from ..model import Metric
from .context import change_of, indicator_of
from .qualifiers import APPROX
from .rules import select
from .scan import Candidate, scan

_BREAKS = "\x85"  # NEL is a C1 control, which a Metric cannot carry; other line breaks stay in the span
_BREAK_RE = re.compile(f"[{_BREAKS}]")
_STRIP = " \t\u3000\r\n\u2028\u2029\x85"


def _single_line(text: str, cand: Candidate) -> tuple[int, int]:
    """The span of ``cand`` without surrounding whitespace, for text that was not cleaned.

    A figure split by a line break keeps it: "400\\n余块" is one span. Only a NEL (U+0085), which
    no Metric can carry, cuts the span to the line holding the number (value and unit stay whole).
    """
    start, end = cand.start, cand.end
    if _BREAK_RE.search(text, start, end) is None:
        while text[start] in _STRIP:
            start += 1
        while text[end - 1] in _STRIP:
            end -= 1
        return start, end
    for i in range(cand.num_start - 1, start - 1, -1):
        if text[i] in _BREAKS:
            start = i + 1
            break
    for i in range(cand.num_start, end):
        if text[i] in _BREAKS:
            end = i
            break
    while text[start] in _STRIP:
        start += 1
    while text[end - 1] in _STRIP:
        end -= 1
    return start, end


def _metric(text: str, cand: Candidate, previous: Metric | None) -> Metric:
    start, end = _single_line(text, cand)
    approx = APPROX.get(cand.qualifier) if cand.qualifier else None
    qualifier = cand.qualifier if approx is not None else None
    return Metric(
        text=text[start:end], start=start, end=end, value=cand.value, value_max=cand.value_max,
        unit=cand.unit.name, kind=cand.unit.kind, currency=cand.unit.currency,
        approx=approx, qualifier=qualifier,
        indicator=indicator_of(text, cand, previous), change=change_of(text, cand),
    )


# Spaces other than the ASCII space, the tab and U+3000 that web pages and PDF text put between a
# number and its unit or inside a sentence ("1846\u00a0万吨", "增长\u2002\u20024.1%"): read as spaces.
_OTHER_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
_OTHER_SPACE_RE = re.compile(f"[{_OTHER_SPACES}]")
_AS_SPACES = str.maketrans(_OTHER_SPACES, " " * len(_OTHER_SPACES))


def extract_metrics(text: str) -> list[Metric]:
    """Find every figure in ``text`` (one paragraph) and return them in order of position.

    Pure and deterministic; offsets index into ``text`` (``text[m.start:m.end] == m.text``).
    Raises nothing for any str: text without figures gives an empty list.
    """
    # one character for one: offsets stay valid, and the spans are cut from the text as given
    read = text.translate(_AS_SPACES) if _OTHER_SPACE_RE.search(text) else text
    metrics: list[Metric] = []
    previous: Metric | None = None
    for cand in select(read, scan(read)):
        metric = _metric(read, cand, previous)
        if read is not text:
            metric = metric.model_copy(update={"text": text[metric.start:metric.end]})
        metrics.append(metric)
        previous = metric
    return metrics


__all__ = ["extract_metrics"]
