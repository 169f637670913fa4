"""Page numbers a page break left inside a paragraph (``wraps.skip_page_numbers``)."""

from __future__ import annotations

from govdoc.parsing.lines import clean_lines
from govdoc.parsing.source import lines_from_text
from govdoc.parsing.wraps import skip_page_numbers


def _texts(text: str) -> list[tuple[int, str]]:
    return [(line.gap, line.text) for line in skip_page_numbers(clean_lines(lines_from_text(text)))]


def test_a_page_number_between_the_halves_of_a_sentence_is_skipped_and_the_break_kept() -> None:
    for number in ("17", "— 17 —", "- 17 -", "第 8 页"):
        text = f"全年，城运中心完善社区服务，推进\n\n{number}\n\n垃圾分类，建设美丽家园。\n"
        assert _texts(text) == [(0, "全年，城运中心完善社区服务，推进"), (1, "垃圾分类，建设美丽家园。")]


def test_a_number_where_a_paragraph_ends_or_between_table_cells_is_kept() -> None:
    ended = "全年，城运中心完善社区服务。\n\n17\n\n垃圾分类，建设美丽家园。\n"
    assert (1, "17") in _texts(ended)
    cells = "地区生产总值\n\n12345\n\n第一产业增加值\n"
    assert (1, "12345") in _texts(cells)
    heading = "全年，城运中心完善社区服务，推进\n\n17\n\n一、社区治理，稳步推进\n"
    assert (1, "17") in _texts(heading)


def test_below_a_line_without_marks_a_page_number_is_skipped_where_the_number_that_did_not_fit_opens_the_rest() -> None:
    text = "居民绿化共治城运中心27860.55场、\n生活旧区改造垃圾分类公共空间\n\n— 5 —\n\n76490.9台，应急？\n"
    assert (1, "—5—") not in _texts(text)  # (cleaning takes the spaces out of "— 5 —")
    heading = "社区管理专业委员会\n\n— 5 —\n\n社区管理专业委员会抓住机遇，聚焦重点。\n"
    assert (1, "—5—") in _texts(heading)
