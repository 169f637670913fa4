"""The cheap prefilters the parser runs before its slower checks decide exactly what those checks do."""

from __future__ import annotations

import re
from itertools import pairwise

from hypothesis import example, given, settings
from hypothesis import strategies as st

from govdoc.parsing.normalise import CJK, _undoubled_line

_CJK_CHAR = re.compile(f"[{CJK}]")


def _reference_undoubled(text: str) -> str | None:
    """``_undoubled_line`` as it was written before its one-regex prefilter: the pairwise count only."""
    if len(text) < 6:
        return None
    if sum(1 for a, b in pairwise(text[:12]) if a == b) < 2:
        return None
    out: list[str] = []
    paired = single = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if i + 1 < len(text) and text[i + 1] == ch:
            paired += bool(_CJK_CHAR.match(ch))
            i += 2
        else:
            single += bool(_CJK_CHAR.match(ch))
            i += 1
        out.append(ch)
    return "".join(out) if paired >= 3 and paired >= 9 * single else None


# few characters, so that neighbours are often equal; doubled runs drawn on purpose too
_PIECES = st.one_of(st.sampled_from("稳步推进城市更新（）2 0\n\u3000a"),
                    st.sampled_from("稳步推进（2").map(lambda ch: ch * 2))


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=24).map("".join))
@example("（2）a 0稳稳步步推推进进")  # the pairs start late in the head: the prefilter must look at all 12
def test_undoubled_line_decides_as_the_plain_count_does(text: str) -> None:
    assert _undoubled_line(text) == _reference_undoubled(text)


def test_the_reference_finds_doubling() -> None:
    assert _reference_undoubled("（二二）稳稳步步推推进进城城市市更更新新") == "（二）稳步推进城市更新"
    assert _undoubled_line("（二二）稳稳步步推推进进城城市市更更新新") == "（二）稳步推进城市更新"
    assert _undoubled_line("（2）a 0稳稳步步推推进进") == "（2）a 0稳步推进"
    assert _undoubled_line("坚持以习近平新时代中国特色社会主义思想为指导") is None
