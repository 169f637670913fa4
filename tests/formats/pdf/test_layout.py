"""CJK line breaking: kinsoku, justification that leaves figures alone, lone last characters."""

from __future__ import annotations

import io
import itertools

from govdoc.fonts import FontResolver
from govdoc.formats.pdf.layout import NO_END, NO_START, break_lines, char_width

from .helpers import MM, needs_fonts


def test_kinsoku_pushes_pairs_to_the_next_line() -> None:
    font = "Helvetica"
    chars = [(ch, font, 10.0) for ch in "A" * 9 + "B，C"]
    lines = break_lines(chars, 100.0, 0.0, 0.0)  # 10 characters of about 6-7 pt fit... width 100
    for line in lines[1:]:
        assert line[0][0] not in NO_START
    opener = [(ch, font, 10.0) for ch in "国" * 0 + "x" * 15 + "（y）"]
    for line in break_lines(opener, 80.0, 0.0, 0.0)[:-1]:
        assert line[-1][0] not in NO_END


def test_justification_leaves_figures_unspaced(pdf_bytes: bytes) -> None:
    """Justified lines widen the gaps next to CJK characters only: 12345.67 keeps its natural spacing."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTTextContainer

    tracking = 156 * MM / 28 - 16
    checked = 0
    for page in extract_pages(io.BytesIO(pdf_bytes)):
        for box in page:
            if not isinstance(box, LTTextContainer):
                continue
            for line in box:
                chars = [c for c in line if isinstance(c, LTChar)]
                text = "".join(c.get_text() for c in chars)
                at = text.find("12345.67")
                if at < 0 or abs(chars[-1].x1 - 184 * MM) > 0.2:
                    continue  # only justified lines (ending at the right edge)
                run = chars[at:at + 8]
                for a, b in itertools.pairwise(run):
                    assert abs(b.x0 - a.x1 - tracking) < 0.05, text
                checked += 1
    assert checked


@needs_fonts
def test_no_lone_character_on_a_last_line() -> None:
    face = FontResolver(packaged=()).resolve("国").chains["fangsong"][0].name
    chars = [("国", face, 16.0)] * 29
    lines = break_lines(chars, 28 * 16.0, 0.0, 0.0)
    assert [len(line) for line in lines] == [27, 2]
    assert [len(line) for line in break_lines(chars[:28], 28 * 16.0, 0.0, 0.0)] == [28]
    with_stop = [*chars, ("。", face, 16.0)]  # "国。" alone is a lone character too
    assert [len(line) for line in break_lines(with_stop, 28 * 16.0, 0.0, 0.0)] == [27, 3]


@needs_fonts
def test_run_longer_than_a_line_is_broken(resolver: FontResolver) -> None:
    face = resolver.resolve("a").chains["fangsong"][0].name
    chars = [(ch, face, 16.0) for ch in "见https://example.gov.cn/" + "a" * 120 + "。"]
    lines = break_lines(chars, 442.0, 32.0, 0.0)
    assert "".join(c[0] for line in lines for c in line) == "".join(c[0] for c in chars)
    for number, line in enumerate(lines):
        width = sum(char_width(*c) for c in line)
        assert width <= 442.0 - (32.0 if number == 0 else 0.0) + 1e-6
