"""How wide a printed line was: the measures the layout stages choose between (``wraps.MEASURES``)."""

from __future__ import annotations

from govdoc.parsing.blocks import _sharper
from govdoc.parsing.wraps import MEASURES, compressed_width, display_width, folded_width


def test_a_half_width_mark_takes_half_a_place_as_printed_and_a_whole_one_folded() -> None:
    assert display_width("社区,社区!") == 5.0
    assert folded_width("社区,社区!") == 6.0
    assert compressed_width("社区，社区！") == 5.0


def test_marks_inside_a_number_or_latin_text_are_never_folded_marks() -> None:
    for text in ("增长3.45%", "10:30开幕", "Mr. Li, OK"):
        assert folded_width(text) == display_width(text)


def test_the_measure_that_shows_the_most_lines_of_one_width_is_taken() -> None:
    # first lines set 34 places wide with whole marks, then folded by the extraction: as printed they differ by the
    # number of marks in each, folded they are of one width (bar the line a number did not fit after)
    lines = ["今年以来,我们,社区社区社区社区社区社区社区社区社区社区社区社区社区",
             "一年来,全区,社区社区社区社区社区社区社区社区社区社区社区社区社区!",
             "我们,社区社区社区社区社区社区社区社区社区社区社区社区社区社区社区社",
             "我们,社区社区社区社区社区社区社区社区社区社区社区社区社区社区"]
    measure, widths = _sharper(MEASURES, lines)
    assert measure is folded_width
    assert widths[:3] == [34.0, 34.0, 34.0]


def test_without_folded_marks_the_measure_as_printed_is_kept() -> None:
    lines = ["社区社区社区社区社区社区社区社区社区社区", "社区社区社区社区社区社区社区社区社区社区"]
    assert _sharper(MEASURES, lines)[0] is display_width
