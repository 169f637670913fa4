"""restore_breaks: the title and the labelled heading's topic a copy ran into the text after one space."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import govdoc
from govdoc.parsing.breaks import restore_breaks
from govdoc.parsing.source import SourceLine
from govdoc.testing import phrases

# (a paragraph of a bulletin whose page lost its line breaks: each sentence ends "。 " and the next runs on)
SENTENCES = ("全年全县地区生产总值245.61亿元，比上年增长8.7%。 其中，第一产业增加值46.84亿元，增长7.8%；"
             "第二产业增加值69.61亿元，增长7.7%。 非公有制经济增加值134.39亿元，增长10.0%。 年末全县常住人口"
             "70.14万人，其中城镇人口35.16万人，乡村人口34.98万人，常住人口城镇化率为50.13%。")


def texts(line: str, **fields: object) -> list[str]:
    return [part.text for part in restore_breaks(SourceLine(line, 1, **fields))]  # type: ignore[arg-type]


def test_a_labelled_topic_parted_from_its_text_by_a_space_is_a_heading() -> None:
    assert texts("一、指导思想 坚持以人民为中心，推进各项工作落实。") == [
        "一、指导思想", "坚持以人民为中心，推进各项工作落实。"]
    assert texts("（二）工业 全年规模以上工业增加值增长5%，增速加快。") == [
        "（二）工业", "全年规模以上工业增加值增长5%，增速加快。"]
    # (a topic of two characters printed spaced out stays one topic)
    assert texts("一、综 合 初步核算，全年地区生产总值100亿元。") == [
        "一、综 合", "初步核算，全年地区生产总值100亿元。"]
    report = govdoc.parse("关于印发实施方案的通知\n一、指导思想 坚持以人民为中心，推进各项工作落实。\n"
                          "二、工作目标 到2025年，建成示范村10个。\n")
    assert report.outline() == [(1, "一、", "指导思想"), (1, "二、", "工作目标")]


def test_what_is_no_topic_and_its_text_stays_one_line() -> None:
    for line in ("一、食品 0.4",  # a row of a table written as text
                 "二、农 业 全年农作物种植面积7",  # no sentence after it: the page was cut
                 "二、区绩效考评机构要将 2023年区《政府工作报告》确定的重要目标任务纳入考核。",  # a space before digits
                 "一、2023 年重点工作任务完成情况。",  # a space after them
                 "一、 坚持以人民为中心，推进各项工作落实。",  # the space after the label
                 "（一）社区 社区。我们，社区服务不断完善。",  # a title of two phrases, run into its text at the "。"
                 "报告共分三个部分：一、2023年工作回顾。二、2024年工作安排。"):  # labels inside a paragraph
        assert texts(line) == [line]


def test_a_page_that_lost_its_breaks_gives_up_its_title_and_no_label_inside_it() -> None:
    line = "2021年某某县国民经济和社会发展统计公报 " + SENTENCES + " 二、农业 全年粮食产量10万吨，增长2%。"
    assert texts(line) == ["2021年某某县国民经济和社会发展统计公报", line.partition(" ")[2]]
    report = govdoc.parse(line + "\n")
    assert report.meta.title == "2021年某某县国民经济和社会发展统计公报"
    assert report.outline() == []  # (二、 stands inside the paragraph the copy made: the rules count no heading)
    # (and the caption of the table below it that ends it)
    assert texts(SENTENCES + " 表1 主要经济指标") == [SENTENCES, "表1 主要经济指标"]
    assert [p.text for p in govdoc.parse(SENTENCES + " 表1 主要经济指标\n").preamble if p.kind == "caption"] == [
        "表1主要经济指标"]
    # (a line that opens with its heading gives up the topic; a space before digits parts it in such a line)
    line = "一、2025年工作回顾 2025年是规划收官之年。 " + SENTENCES
    assert texts(line) == ["一、2025年工作回顾", line.partition(" ")[2]]


def test_a_short_line_and_the_lines_of_a_styled_file_are_left_as_they_are() -> None:
    # (a short line may print a space after a full stop: an e-paper's column "…三级防控体系。 二是多方参与快反应。")
    assert texts("级防控体系。 二是多方参与快反应。 街道在第一时") == ["级防控体系。 二是多方参与快反应。 街道在第一时"]
    for fields in ({"style": "p"}, {"style": "Normal"}):
        assert texts("一、指导思想 坚持以人民为中心，推进各项工作落实。", **fields) == [
            "一、指导思想 坚持以人民为中心，推进各项工作落实。"]


@given(st.lists(phrases(), min_size=1, max_size=8), st.sampled_from(["", "一、", "（二）", "三、"]),
       st.sampled_from([" ", "\u3000", "。 ", "，"]))
def test_nothing_is_lost_but_the_space_where_a_line_is_parted(words: list[str], label: str, space: str) -> None:
    line = label + space.join(words) + "。"
    parts = texts(line)
    assert "".join(parts) in (line, line.replace(" ", "", 1), line.replace("\u3000", "", 1))
    assert all(part and part == part.strip() for part in parts) or parts == [line]


def test_a_meeting_subtitle_run_into_the_first_lines_dates_the_report() -> None:
    text = ("龚正市长在上海市第十六届人民代表大会第四次会议的政府工作报告\n"
            "政府工作报告 ——2026年2月3日在上海市第十六届人民代表大会第四次会议上 上海市市长 龚正 各位代表： "
            "现在，我代表上海市人民政府，向大会报告工作，请予审议。\n")
    assert govdoc.parse(text).meta.date is not None
    assert govdoc.parse(text).meta.date.isoformat() == "2026-02-03"
    # (a date in the text's sentences is no subtitle's)
    text = ("某某区政府工作报告\n各位代表：现在，我代表区人民政府，向大会报告工作。2025年3月1日在区委全会上，"
            "我们提出了目标。\n")
    assert govdoc.parse(text).meta.date is None
