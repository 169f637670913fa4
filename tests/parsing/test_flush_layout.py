"""Text with no indentation at all (a portal page copied as text): headings are told from paragraphs by
their wording and their place, and none of their words is lost."""

from __future__ import annotations

import govdoc


def test_a_part_line_over_a_subhead_and_a_run_of_subheads_keep_their_levels() -> None:
    """A subhead printed right above another heading heads it; a run of short subheads with nothing
    between them is a parent and its children, also where nothing is indented."""
    text = "\n".join([
        "关于某某市2025年预算执行情况的报告",
        "2025年是“十四五”规划收官之年，全市财政运行总体平稳，各项工作取得新成效。",
        "2025年全市预算执行情况",
        "一般公共预算",
        "全市一般公共预算收入完成234.7亿元，支出完成481亿元。",
        "政府性基金预算",
        "全市政府性基金收入完成38.6亿元，支出完成175.4亿元。",
        "落实市人大决议和主要财政工作情况",
        "财政运行稳进提质",
        "经济支撑坚实有力",
        "民生保障兜实兜牢",
        "债务安全守稳筑牢",
        "一年来，我们坚持稳中求进，财政收支保持平稳，重点支出得到保障，风险总体可控。",
    ])
    report = govdoc.parse(text.encode())
    assert report.meta.title == "关于某某市2025年预算执行情况的报告"
    assert report.outline() == [
        (1, None, "2025年全市预算执行情况"), (2, None, "一般公共预算"), (2, None, "政府性基金预算"),
        (1, None, "落实市人大决议和主要财政工作情况"), (2, None, "财政运行稳进提质"), (2, None, "经济支撑坚实有力"),
        (2, None, "民生保障兜实兜牢"), (2, None, "债务安全守稳筑牢"),
    ]


def test_a_heading_wrapped_over_a_blank_line_stays_one_heading() -> None:
    """In hard-wrapped text a heading cut by the column and a blank line ("…和2026年重" / "点工作") is one
    heading; its tail is neither dropped nor a heading of its own."""
    body = ["“十五五”时期是内蒙古高质量发展、", "加快闯新路的关键时期。习近平总书记",
            "和党中央对内蒙古工作高度重视、殷切", "关怀，重大战略给予内蒙古多重政策支", "持。"]
    text = "\n".join([
        "2026年内蒙古自治区政府工作报告", "", "　　各位代表：", "", "　　现在，我代表自治区人民政府，向大",
        "会报告政府工作，请予审议，并请自治区", "政协委员提出意见。", "",
        "　　“十五五”时期主要目标和2026年重", "", "点工作", "", "　　" + body[0], *body[1:], "",
    ])
    report = govdoc.parse(text.encode())
    titles = [title for _, _, title in report.outline()]
    assert titles == ["“十五五”时期主要目标和2026年重点工作"]


def test_a_notes_heading_of_two_characters_is_no_column_label() -> None:
    """"注释" over a bulletin's notes is a heading (a glossary's), not page furniture to drop like "聚焦"."""
    body = "全年粮食产量比上年增长2.1%，生猪出栏389.60万头，比上年增长3.2%，运行总体平稳。"
    text = "\n".join(["2025年某某市国民经济和社会发展统计公报", "一、综合", body, "二、农业", body,
                      "注释", "[1]本公报数据均为年度初步统计数。", "[2]地区生产总值按现价计算。"])
    report = govdoc.parse(text.encode())
    assert report.outline() == [(1, "一、", "综合"), (1, "二、", "农业"), (1, None, "注释")]
    assert [paragraph.text for paragraph in report.sections[-1].paragraphs] == [
        "[1]本公报数据均为年度初步统计数。", "[2]地区生产总值按现价计算。"]


def test_a_short_heading_after_a_run_of_subheads_stays_apart_from_the_paragraph_below() -> None:
    """A short heading without punctuation after a run of short subheads, right above a paragraph printed
    whole on one line (far longer than any printed column): nothing was wrapped there, so the heading is
    not the paragraph's first line, however long it is beside the subheads around it."""
    paragraph = ("坚持以新时代中国特色社会主义思想为指导，全面贯彻落实中央和省委各项决策部署，坚持稳中求进工作总基调，"
                 "完整准确全面贯彻新发展理念，加力实施更加积极的财政政策，统筹财政资源，优化支出结构，"
                 "兜牢基层“三保”底线，为全市经济社会高质量发展提供坚实财力保障。")
    revenue = ("各级人代会批准的2025年全市一般公共预算收入预算250.3亿元，实际完成252.6亿元，为预算的100.9%，"
               "增长3.2%；全市一般公共预算支出预算481.4亿元，实际完成476.2亿元，为预算的98.9%，增长2.1%。")
    text = "\n".join([
        "关于某某市2025年预算执行情况的报告",
        "2025年是“十四五”规划收官之年，也是“十五五”规划谋篇布局之年，全市财政部门坚持稳中求进工作总基调，"
        "积极应对各种风险挑战，全市财政运行总体平稳，各项工作取得新成效。",
        "2025年全市预算执行情况",
        "一般公共预算",
        revenue,
        "政府性基金预算",
        revenue.replace("一般公共", "政府性基金"),
        "落实市人大决议和主要财政工作情况",
        "财政运行稳进提质",
        "经济支撑坚实有力",
        "民生保障兜实兜牢",
        "债务安全守稳筑牢",
        "2026年市级预算编制指导思想",
        paragraph,
        "2026年市级预算编制原则",
        "1.坚持零基预算 破除支出固化格局",
        "2.厉行过紧日子 严控一般性支出",
    ])
    report = govdoc.parse(text.encode())
    assert report.outline() == [
        (1, None, "2025年全市预算执行情况"), (2, None, "一般公共预算"), (2, None, "政府性基金预算"),
        (1, None, "落实市人大决议和主要财政工作情况"), (2, None, "财政运行稳进提质"), (2, None, "经济支撑坚实有力"),
        (2, None, "民生保障兜实兜牢"), (2, None, "债务安全守稳筑牢"), (1, None, "2026年市级预算编制指导思想"),
        (1, None, "2026年市级预算编制原则"), (2, "1.", "坚持零基预算 破除支出固化格局"),
        (2, "2.", "厉行过紧日子 严控一般性支出"),
    ]
    section = next(section for _, section in report.walk() if section.title == "2026年市级预算编制指导思想")
    assert [paragraph.text for paragraph in section.paragraphs] == [paragraph]
