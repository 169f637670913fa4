"""Stage 4, outline: blocks into metadata, preamble, the section tree and the glossary.

The stage is driven here with a stub figure extractor, so these tests do not depend on metrics.
"""

from __future__ import annotations

import govdoc
from govdoc.model import Metric, Section
from govdoc.parsing import _indented_layout
from govdoc.parsing.blocks import build_blocks
from govdoc.parsing.frame import read_frame
from govdoc.parsing.lines import caption_strength, split_lines
from govdoc.parsing.outline import Parsed, Role, TreeBuilder, _headline, _subtitle, build


def no_figures(text: str) -> list[Metric]:
    return []


def outline_of(text: str, source: str | None = None) -> Parsed:
    lines = split_lines(text)
    frame = read_frame(lines)  # the stage before: title block, metadata and chrome out of the body
    indented = _indented_layout(lines if frame.explicit else frame.body)
    return build(build_blocks(frame.body, indented=indented), indented=indented, extract=no_figures, source=source,
                 frame=frame)


def walk(sections: list[Section], level: int = 1) -> list[tuple[int, str, str | None, str]]:
    out: list[tuple[int, str, str | None, str]] = []
    for s in sections:
        out.append((level, s.kind, s.label, s.title))
        out.extend(walk(s.children, level + 1))
    return out


# ---- helpers -------------------------------------------------------------------------------------

def test_headline_joins_a_title_broken_after_a_year_and_splits_the_subtitle() -> None:
    assert _headline(["关于桃浦镇2023年", "社区代表意见建议办理情况的报告"]) == (
        "关于桃浦镇2023年社区代表意见建议办理情况的报告", None)
    assert _headline(["守护一方平安", "——华泾镇平安建设综述"]) == ("守护一方平安", "华泾镇平安建设综述")


def test_subtitle_drops_dashes_and_empty_parts() -> None:
    assert _subtitle(["——在七宝镇人民代表大会上"]) == "在七宝镇人民代表大会上"
    assert _subtitle(["——", "－－"]) is None
    assert _subtitle([]) is None


# ---- the tree ------------------------------------------------------------------------------------

def test_families_nest_by_first_appearance_and_a_family_closes_deeper_ones() -> None:
    parsed = outline_of("1.总体要求\n（1）指导思想\n①坚持党建引领\n（2）基本原则\n2.重点任务\n①深化改革\n")
    assert walk(parsed.sections) == [
        (1, "section", "1.", "总体要求"), (2, "section", "（1）", "指导思想"), (3, "section", "①", "坚持党建引领"),
        (2, "section", "（2）", "基本原则"), (1, "section", "2.", "重点任务"), (2, "section", "①", "深化改革")]


def test_part_labels_make_parts() -> None:
    parsed = outline_of("第一部分 工作回顾\n一、经济发展\n第二部分 工作安排\n一、深化改革\n")
    assert [s.kind for s in parsed.sections] == ["part", "part"]
    assert [c.title for s in parsed.sections for c in s.children] == ["经济发展", "深化改革"]


def test_run_in_heading_owns_its_first_paragraph() -> None:
    parsed = outline_of("一、经济发展\n（一）招商引资。全年新增注册企业215家，实现区级税收2.8亿元。\n"
                        "（二）楼宇经济。盘活闲置楼宇3幢，新增商务面积1.6万平方米。\n")
    first = parsed.sections[0].children[0]
    assert (first.title, first.run_in, [p.text for p in first.paragraphs]) == (
        "招商引资", True, ["全年新增注册企业215家，实现区级税收2.8亿元。"])
    assert first.lines is not None and first.paragraphs[0].lines == first.lines


SERIES = ("平安建设深入推进。全年化解矛盾纠纷860余件，新增智能安防小区12个，开展消防检查1500余次。\n"
          "基层治理持续加强。完成居委会换届选举18个，培育社区自治项目32项。\n")


def test_leads_only_under_numbered_sections() -> None:
    top = outline_of(SERIES)
    assert top.sections == [] and len(top.preamble) == 2
    nested = outline_of("一、社会治理\n" + SERIES)
    assert walk(nested.sections) == [(1, "section", "一、", "社会治理"), (2, "lead", None, "平安建设深入推进"),
                                     (2, "lead", None, "基层治理持续加强")]


def test_a_lone_opening_sentence_is_body_text() -> None:
    # a lead belongs to a parallel series (devset README): one short opener under a heading is body
    lone = outline_of("一、社会治理\n平安建设深入推进。全年化解矛盾纠纷860余件，新增智能安防小区12个。\n")
    assert walk(lone.sections) == [(1, "section", "一、", "社会治理")]


def test_the_sentence_that_sums_up_a_review_heads_it_alone() -> None:
    """"一年来，我们…。" standing alone above the review's paragraphs is a heading even with no other such sentence
    (wild call 1, as the gold of six held-out reports has it); the leads below it are its children."""
    text = ("一、2023年工作回顾\n一年来，我们全力以赴稳增长，经济回升的步伐迈得更沉稳。\n"
            "经济总量持续增长。全镇固定资产投资同比增长，工业总产值稳步提高。\n"
            "营商环境不断优化。新增市场主体，服务效能提升。\n")
    assert walk(outline_of(text).sections) == [
        (1, "section", "一、", "2023年工作回顾"),
        (2, "lead", None, "一年来，我们全力以赴稳增长，经济回升的步伐迈得更沉稳"),
        (3, "lead", None, "经济总量持续增长"), (3, "lead", None, "营商环境不断优化")]
    # (a numbered heading below it is its child too)
    text = ("一、2024年工作回顾\n一年来，我们笃行实干，实现了经济发展的量增质优。\n（一）全力以赴兴产业。\n"
            "全年新增企业，产业加快集聚。\n")
    assert [(level, label) for level, _, label, _ in walk(outline_of(text).sections)] == [
        (1, "一、"), (2, None), (3, "（一）")]
    # (not the sentence that announces a list, nor a long paragraph of the review, nor one of a series of them)
    for opening in ("一年来，我们主要做了以下工作：",
                    "一年来，我们坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，"
                    "全面落实上级决策部署，统筹发展和安全，推动经济社会高质量发展取得新成效。"):
        assert walk(outline_of(f"一、工作回顾\n{opening}\n全年新增企业，产业加快集聚。\n").sections) == [
            (1, "section", "一、", "工作回顾")]


def test_a_speaker_under_a_notice_s_report_is_no_heading() -> None:
    """A notice that issues its town's work report: the report's title over two lines (the town's name, then the
    year's title) is one heading, its subtitle and speaker none."""
    text = ("重庆市某某区某某镇人民政府关于印发2024年政府工作报告的通知\n各村（居）民委员会：\n"
            "2024年《政府工作报告》已经镇人民代表大会审议通过，现印发给你们，请认真贯彻实施。\n"
            "重庆市某某区某某镇人民政府\n2024年2月22日\n（此件公开发布）\n"
            "重庆市某某区某某镇人民政府\n2024年政府工作报告\n——2024年1月23日在重庆市某某区某某镇第二十届\n"
            "人民代表大会第八次会议上\n重庆市某某区某某镇人民政府镇长 邓迎春\n各位代表：\n"
            "现在，我代表某某镇人民政府向大会作工作报告，请予审议。\n一、2023年工作回顾\n刚刚过去的2023年，是开局之年。\n")
    assert [(level, label, title) for level, _, label, title in walk(outline_of(text).sections)] == [
        (1, None, "重庆市某某区某某镇人民政府2024年政府工作报告"), (2, "一、", "2023年工作回顾")]


def test_glossary_entries_and_where_the_glossary_ends() -> None:
    parsed = outline_of("一、工作回顾\n全年新增就业岗位1860个，帮扶困难家庭215户。\n名词解释\n"
                        "1. 一网通办:群众办事只需进一扇门、办多件事。\n"
                        "2. 两网融合:生活垃圾分类网点与再生资源回收网点融合。\n")
    assert [(t.number, t.term) for t in parsed.glossary] == [(1, "一网通办"), (2, "两网融合")]
    assert walk(parsed.sections) == [(1, "section", "一、", "工作回顾"), (1, "glossary", None, "名词解释")]
    assert parsed.glossary[0].lines is not None and parsed.glossary[0].lines.first == 4


def test_a_second_glossary_heading_is_a_subhead() -> None:
    parsed = outline_of("名词解释\n1. 一网通办:群众办事只需进一扇门。\n\n"
                        "一、工作\n全年新建口袋公园3处，改造绿地1.2万平方米。\n术语解释\n")
    kinds = [kind for _, kind, _, _ in walk(parsed.sections)]
    assert kinds.count("glossary") == 1 and kinds[-1] == "subhead"


def test_sidebar_and_caption_roles() -> None:
    parsed = outline_of("\n\n守护一方平安 建设幸福家园\n\n□通讯员 赵敏\n\n"
                        "近年来，华泾镇坚持党建引领基层治理，群众安全感和满意度持续提升。\n\n"
                        "2024年华泾镇平安建设推进会现场\n\n延伸阅读\n\n华泾镇现有居民区28个，常住人口约9.6万人。\n")
    article = parsed.sections[0]
    assert (article.kind, article.byline) == ("article", "通讯员 赵敏")
    assert [(p.kind, p.text) for p in article.paragraphs][-1] == ("caption", "2024年华泾镇平安建设推进会现场")
    assert [(c.kind, c.title) for c in article.children] == [("sidebar", "延伸阅读")]


def test_a_bare_caption_mark_and_an_empty_dash_line_leave_nothing_behind() -> None:
    parsed = outline_of("标题\n——\n\n▲\n\n全年新建口袋公园3处，改造绿地1.2万平方米，完成年度目标。\n")
    assert parsed.meta.subtitle is None
    assert all(p.text for p in parsed.preamble)


def test_a_late_byline_starts_the_body_of_a_headline_still_waiting_for_it() -> None:
    # a newspaper page extracted out of order (seed 000): headline A, then article B with its text,
    # then A's byline and text
    [block] = build_blocks(split_lines("□通讯员 鲁瑛\n"), indented=False)
    tree = TreeBuilder(no_figures)
    tree.article_heading(Role("article", title="见屏不见面 线上办大事", blocks=[block]))
    tree.article_heading(Role("article", title="街道工作总结及工作计划", blocks=[block]))
    tree.paragraph("全年新增就业岗位1860个。", "text", [block])
    tree.byline("通讯员 鲁瑛", block)
    tree.paragraph("在疫情防控的特殊形势下，街道召开了社区代表会议。", "text", [block])
    first, second = tree.sections
    assert (first.title, first.byline) == ("见屏不见面 线上办大事", "通讯员 鲁瑛")
    assert [p.text for p in first.paragraphs] == ["在疫情防控的特殊形势下，街道召开了社区代表会议。"]
    assert [p.text for p in second.paragraphs] == ["全年新增就业岗位1860个。"]
    # with no headline waiting, a byline in the middle of the text stays a paragraph of it
    tree.byline("记者 武钢", block)
    assert first.paragraphs[-1].kind == "byline"


def test_an_indented_salutation_is_no_heading() -> None:
    import govdoc

    text = ("政府工作报告\n\n  ——2023年2月2日在七宝镇第十八届人民代表大会第三次会议上\n\n  镇长 王明\n\n  各位代表:\n\n"
            "  现在,我代表镇人民政府向大会报告工作,请予审议,并请列席人员提出意见。\n\n  一、2022年工作回顾\n\n"
            "  2022年,是极不平凡的一年。我们攻坚克难,各项工作取得新进展,全镇经济社会保持稳定发展。\n")
    report = govdoc.parse(text)
    assert report.outline() == [(1, "一、", "2022年工作回顾")]
    assert [p.kind for p in report.preamble][:1] == ["salutation"]


def test_the_first_of_a_family_right_below_a_heading_is_a_heading_where_the_text_breaks_off() -> None:
    import govdoc

    text = ("七宝镇人民政府关于持续深化改革的实施意见\n一、目标要求\n"
            "以新发展理念为指导，扎实推进简政放权改革，进一步优化营商环境。\n二、主要任务\n(一)优化同权事项,拓展改革覆盖面\n")
    assert govdoc.parse(text).outline() == [
        (1, "一、", "目标要求"), (1, "二、", "主要任务"), (2, "(一)", "优化同权事项,拓展改革覆盖面")]


def test_a_region_that_opens_with_its_one_lead_where_other_regions_open_series_of_them() -> None:
    import govdoc

    text = ("七宝镇2024年国民经济和社会发展统计公报\n一、综合\n国民经济。全年地区生产总值100.5亿元，比上年增长5.2%。\n"
            "常住人口。年末常住人口40.2万人，比上年减少0.3万人。\n二、农业\n粮食作物。全年粮食产量10.2万吨，比上年增长2.1%。\n"
            "经济作物。全年蔬菜产量5.1万吨，比上年增长1.3%。\n三、工业\n工业生产。全年工业增加值37.9亿元，比上年增长4.3%。\n")
    assert [title for _, _, title in govdoc.parse(text).outline()] == [
        "综合", "国民经济", "常住人口", "农业", "粮食作物", "经济作物", "工业", "工业生产"]
    # one lead alone, with no series elsewhere, stays the paragraph's opening
    alone = (text.split("三、工业\n")[0].replace("常住人口。", "").replace("经济作物。", "")
             + "三、工业\n工业生产。全年工业增加值37.9亿元。\n")
    assert "工业生产" not in [title for _, _, title in govdoc.parse(alone).outline()]


def test_the_first_of_a_family_alone_on_its_line_between_paragraphs_is_a_heading() -> None:
    # a web page's text, a line to a paragraph, cut before its "二、": the "一、" line is a heading all the same
    text = ("区人大常务委员会工作报告\n各位代表:\n我受区人民代表大会常务委员会委托,向大会报告工作,请予审议。\n"
            "2023年工作回顾\n2023年,是新一届人大常委会工作的开局年。一年来,区人大常委会依法履职,注重实效。\n"
            "一、围绕中心,服务大局,讨论决定重大事项取得新进展\n"
            "根据全区经济和社会发展实际,统筹安排常委会审议议题,依法行使重大事项决定权,全年共举行常委会会议九次。\n")
    assert [(level, label, title) for level, _, label, title in walk(outline_of(text).sections)] == [
        (1, None, "2023年工作回顾"), (2, "一、", "围绕中心,服务大局,讨论决定重大事项取得新进展")]
    # a line of a paragraph the layout wrapped is no heading, however it opens
    wrapped = ("各位代表:\n我受区人民代表大会常务委员会委托,向大会报告工作,请予审议。\n"
               "一、围绕中心,服务大局,讨论决定重大事项取得新进展,根据全区经济和社会发展实际,统筹\n"
               "安排常委会审议议题,依法行使重大事项决定权,全年共举行常委会会议九次,审议议题二十\n"
               "三项。\n")
    assert walk(outline_of(wrapped).sections) == []


def test_the_cut_last_line_of_a_page_below_a_heading_is_text_not_a_caption() -> None:
    text = ("一、工业生产平稳增长\n1-5月份,全县规模以上工业增加值同比增长19.8%,居三县第1位。\n"
            "二、财政收入稳定增长\n1-5月份,全县财政\n")
    parsed = outline_of(text)
    assert [p.kind for p in parsed.sections[1].paragraphs] == ["text"]


def test_a_notice_s_items_that_are_whole_rules_are_no_headings() -> None:
    items = ["一、严禁围绕庙会活动进行摆摊设点、兜售香火、贩卖小吃等商品交易行为。",
             "二、严禁开展民俗表演、文艺演出和游戏娱乐等行为,以及任何形式的商业宣传活动。",
             "三、严禁祈福祭祀、燃放鞭炮等野外用火行为,一律不准带火种进入管制区域。",
             "四、请社会各界和广大群众积极支持、自觉遵守并相互转告和监督,筑牢全县森林安全防火墙。"]
    text = "现就有关事项通告如下:\n\n" + "\n\n".join(items) + "\n\n特此通告。\n"
    assert walk(outline_of(text).sections) == []
    topics = ["（一）着力加强预算执行管理。", "（二）着力推动高质量发展。", "（三）着力防范财政风险。"]
    labels = [label for _, _, label, _ in walk(outline_of("\n\n".join(topics) + "\n").sections)]
    assert labels == ["（一）", "（二）", "（三）"]


def test_a_chart_s_title_whose_figure_mark_a_site_dropped_is_a_caption() -> None:
    assert caption_strength("12019年-2023年伊州区生产总值及增长速度") == 2
    assert caption_strength("32023年伊州区居民消费价格月度涨跌幅度") == 2
    assert caption_strength("1发展目标") == 0


def test_a_bulletin_s_chart_title_with_no_number_is_a_caption() -> None:
    # the years it covers first, what it plots last: the endings of a statistical series
    for title in ("2017-2021年全县地区生产总值及其增长速度", "2012-2021年常住人口数及城镇化率", "2024年主要农产品产量",
                  "2023年伊州区居民消费价格月度涨跌幅度", "2017—2021年全县地区生产总值构成"):
        assert caption_strength(title) == 2, title
    # a section's title that opens with its year, or a chart title inside a sentence, is none
    for title in ("2023年预算执行情况", "2025年工作回顾", "2022年国民经济和社会发展计划执行情况",
                  "2021年,全县地区生产总值增长速度", "2026年财政重点工作任务"):
        assert caption_strength(title) == 0, title


def test_a_bulletin_s_two_character_section_name_is_a_heading_not_a_column_label() -> None:
    para = "初步核算，全年全县地区生产总值280806万元，比上年增长6.6%。"
    text = f"汾西县2021年国民经济和社会发展统计公报\n\n{para}\n\n综合\n\n{para}\n\n聚焦\n\n{para}\n"
    assert [(level, label, title) for level, _, label, title in walk(outline_of(text).sections)] == [(1, None, "综合")]


def test_a_run_of_empty_sections_whose_labels_repeat_is_no_contents() -> None:
    # drawn by Hypothesis (tests/parsing/frame/test_properties.py): two parts whose chapters restart at 第一章, the
    # later ones empty; a contents lists headings that head text where they are printed again
    para = "\u3000\u3000全年各项工作稳步推进，社区。"
    lines = ["七宝镇2000年国民经济和社会发展统计公报", para, para, "第一部分 社区社区", para, "一、社区社区", para,
             "第一章 社区社区", para, "第二章 社区社区社区", "第三章 社区社区", "第二部分 社区社区", "一、社区社区",
             "第一章 社区社区", "第二章 社区社区", "第三章 社区社区"]
    text = "\n\n".join(lines) + "\n"
    assert [(level, label) for level, _, label, _ in walk(outline_of(text).sections)] == [
        (1, "第一部分"), (2, "一、"), (3, "第一章"), (3, "第二章"), (3, "第三章"),
        (1, "第二部分"), (2, "一、"), (3, "第一章"), (3, "第二章"), (3, "第三章")]


def test_chapters_numbered_anew_under_another_part_are_no_contents_of_them() -> None:
    # drawn by Hypothesis (tests/parsing/test_damage.py): empty chapters under one part, then chapters numbered anew,
    # each over its text, under another; their titles differ, so the first are no contents listing the second
    para = "\u3000\u3000全年各项工作稳步推进，社区。"
    lines = ["七宝镇2000年国民经济和社会发展统计公报", para, "第一部分 民生助餐", para, "（1）法治、助餐", para,
             "第一章 水平 一网通办", "第二章 一网统管体育民生", "第三章 民生、营商环境", "（2）共治、党建",
             "（3）文明街道创建",
             "第一章 基层、养老", para, "第二章 营商环境共治", para, "第三章 帮扶 社区 引领", para]
    text = "\n\n".join(lines) + "\n"
    assert [(level, label) for level, _, label, _ in walk(outline_of(text).sections)] == [
        (1, "第一部分"), (2, "（1）"), (3, "第一章"), (3, "第二章"), (3, "第三章"), (2, "（2）"), (2, "（3）"),
        (3, "第一章"), (3, "第二章"), (3, "第三章")]


def test_subheads_right_under_an_empty_numbered_heading_are_its_children() -> None:
    """"一、总体情况" printed with no text, then "主动公开情况" and "依申请公开情况" each over their text: the subheads
    are the parts of 一、, and "二、" is its peer. A "（二）" after such a subhead is the subhead's peer (the subhead
    stood for the first of the series); a subhead after the last of a list of bare numbered lines is no child."""
    text = ("闽侯县人民政府办公室2025年政府信息公开工作年度报告\n本报告由总体情况、主动公开政府信息情况等部分组成。\n"
            "一、总体情况\n主动公开情况\n全年主动公开信息222条,政策解读30篇。\n依申请公开情况\n本年度共收到申请72件,已答复71件。\n"
            "二、主动公开政府信息情况\n全年制发规范性文件12件。\n")
    assert walk(outline_of(text).sections) == [
        (1, "section", "一、", "总体情况"), (2, "subhead", None, "主动公开情况"),
        (2, "subhead", None, "依申请公开情况"), (1, "section", "二、", "主动公开政府信息情况")]
    series = ("一、2022年工作总结\n抗疫情,奋力保障群众安全\n全镇划分为529个网格,抓好网格员培训。\n"
              "(二)促增收,稳步推进产业发展\n全年粮食作物播种面积32220亩。\n")
    assert [level for level, *_ in walk(outline_of(series).sections)] == [1, 2, 2]
    listed = ("2026年预算编制原则\n1. 坚持零基预算\n2. 厉行过紧日子\n3. 强化绩效导向\n2026年收支预算\n"
              "全市一般公共预算收入安排52.2亿元,增长3%。\n")
    assert (1, "subhead", None, "2026年收支预算") in walk(outline_of(listed).sections)


def test_a_bulletin_whose_copy_printed_its_first_part_with_a_dash() -> None:
    """"- 综合" where the page's list turned "一、" into a dash, topics run in below it, then "二、农业" alone: the dash
    is no part of the title, and the lone "二、" is a part's heading beside the subhead (it stood for "一、")."""
    text = ("2023年某区国民经济和社会发展统计公报\n全区经济持续恢复,各项工作取得积极成效。\n- 综合\n"
            "国民经济。初步测算,全年实现地区生产总值600.1亿元,比上年增长4.3%。\n"
            "人口。年末户籍人口36.6万人。\n劳动就业。全年城镇新增就业人数2598人。\n二、农业\n"
            "农林牧渔业。全年完成农林牧渔业总产值14.6亿元。\n农业生产。全区粮食作物播种面积39.4万亩。\n")
    assert [(level, label, title) for level, _, label, title in walk(outline_of(text).sections)] == [
        (1, None, "综合"), (2, None, "国民经济"), (2, None, "人口"), (2, None, "劳动就业"), (1, "二、", "农业"),
        (2, None, "农林牧渔业"), (2, None, "农业生产")]


def test_a_story_s_sentences_and_an_interview_s_turns_are_no_topics_at_the_top() -> None:
    """Topics of a few words head their text at the top of a page; a story's opening sentences and an interview's
    speakers ("主持人:", "张明:") do not, though each opens a paragraph."""
    story = ("1月12日上午,安次区第八届人民代表大会第四次会议在廊坊宾馆隆重开幕。大会应到代表190名。\n"
             "安次区人民政府区长薛振泽代表区政府作工作报告。报告回顾了过去一年的工作。\n")
    interview = ("主持人:现在在我们现场的是县营商环境办公室工作人员张明同志。\n"
                 "张明:今年是全市的营商环境建设年,我们出台了方案。\n"
                 "主持人:行动方案的主要内容是什么?\n张明:方案包括五个方面,一是优化政务服务。\n")
    assert walk(outline_of(story).sections) == [] and walk(outline_of(interview).sections) == []


def test_a_topic_alone_between_blank_lines_is_a_heading_where_every_line_is_indented_alike() -> None:
    """A copy that indents every line alike, its headings too: "2021年预算收支情况" alone between blank lines heads
    the items below it; a line that states a figure, and the text's last line (cut by the store), do not."""
    text = ("  一、2021年度县本级预算执行审计情况\n\n  2021年预算收支情况\n\n"
            "  1.一般公共预算。县本级一般公共预算收入29,264万元,完成调整预算的100.05%。\n\n"
            "  2.政府性基金预算。政府性基金收入30,075万元,完成调整预算的101.2%。\n\n"
            "  上述区域面积合计247.36万平方米\n\n  二、审计发现的主要问题\n\n  部分项目资金未及时拨付。\n\n"
            "  现代服务\n")
    titles = [(level, title) for level, _, _, title in walk(outline_of(text).sections)]
    assert titles[:2] == [(1, "2021年度县本级预算执行审计情况"), (2, "2021年预算收支情况")]
    assert all(title not in ("上述区域面积合计247.36万平方米", "现代服务") for _, title in titles)


def test_a_plan_s_title_with_its_years_heads_it_and_a_topic_that_introduces_stands_under_its_section() -> None:
    """A notice's plan, every line indented: the plan's title with its years in brackets behind it heads the plan;
    "基本原则:", which introduces the items below it, stands under the section open above it, whatever text
    stands between."""
    text = ("  各市(州)人民政府:\n\n  现将《行动计划》印发给你们,请认真贯彻执行。\n\n"
            "  吉林省改善农村人居环境四年行动计划(2017-2020年)\n\n  为改善农村人居环境,特制定本计划。\n\n"
            "  一、总体要求\n\n  以全面建成小康社会为统领,确保实现目标。\n\n  基本原则:\n\n"
            "  ———坚持突出重点,统筹安排。着力解决农村居民出行问题。\n\n  二、主要任务\n\n  推进村庄整治。\n")
    titles = [(level, title) for level, _, _, title in walk(outline_of(text).sections)]
    assert titles == [(1, "吉林省改善农村人居环境四年行动计划(2017-2020年)"), (2, "总体要求"), (3, "基本原则"),
                      (2, "主要任务")]


def test_the_first_lead_of_a_series_the_text_was_cut_short_after() -> None:
    """A page copied in part ends inside the first paragraph of a series of leads: the lead heads it, numbered
    where it is; not below a sentence that opens entries ("…如下:"), nor in a text that ends whole."""
    head = ("2025年肃州区政府工作报告\n\n各位代表:\n\n现在,我代表区人民政府,向大会报告工作,请予审议。\n\n"
            "2024年工作回顾\n\n"
            "2024年是实现规划目标任务的关键一年。一年来,我们坚持稳中求进,推动各项工作取得新业绩,较好完成了目标任务。\n\n")
    cut = head + "经济发展质效实现新跨越。统筹推进稳经济存量政策发力见效,推动经济稳中向"
    assert outline(cut) == [(1, None, "2024年工作回顾"), (2, None, "经济发展质效实现新跨越")]
    numbered = cut.replace("经济发展质效", "(一)经济发展质效")
    assert outline(numbered)[1:] == [(2, "(一)", "经济发展质效实现新跨越")]
    whole = cut + "。"
    entries = cut.replace("较好完成了目标任务。", "各个机构职能如下:")
    for text in (whole, entries):
        assert outline(text) == [(1, None, "2024年工作回顾")]


def outline(text: str) -> list[tuple[int, str | None, str]]:
    """The headings of a parsed text: depth, label and title."""
    found: list[tuple[int, str | None, str]] = []

    def visit(sections: list[Section], level: int) -> None:
        for section in sections:
            found.append((level, section.label, section.title or ""))
            visit(section.children, level + 1)

    visit(govdoc.parse(text).sections, 1)
    return found


def test_a_text_cut_short_in_the_first_item_of_a_series() -> None:
    """"一是…" alone on the text's last line, cut short by the store: the first item of the series."""
    text = ("2020年遵义市人民政府工作报告\n\n各位代表:\n\n2019年工作回顾\n\n"
            "过去一年,我们坚持稳中求进工作总基调。全市经济社会发展总体平稳、稳中有进。\n\n"
            "一年来,我们围绕战略定位,综合实力不断提升;我们全力打好“三大攻坚战”,脱贫攻坚取得根本性胜利。\n\n"
            "我们抓具体抓深入,攻重点克难点,主要抓了以下工作:\n\n一是决战决胜脱贫攻坚,全面脱贫胜")
    assert outline(text) == [(1, None, "2019年工作回顾"), (2, None, "一是决战决胜脱贫攻坚,全面脱贫胜")]


def test_a_sentence_that_announces_the_work_below_is_no_subhead() -> None:
    """"我们围绕年初目标，主要抓了以下工作：" above the numbered items it announces: a sentence of text (with a
    subject, it says what follows), not a subhead beside the items; so too "…做好以下几个方面的工作："."""
    for opening in ("我们围绕年初目标，主要抓了以下工作：", "为此，我们将集中力量做好以下几个方面的工作：",
                    "一年来，我们主要做了以下六个方面工作："):
        text = (f"某某镇2023年工作总结\n\n一、主要工作\n{opening}\n"
                "（一）抓产业发展。全年完成固定资产投资1.2亿元，增长8%。\n"
                "（二）抓民生保障。新增就业300人。\n二、下一步打算\n继续努力。\n")
        assert outline(text) == [(1, "一、", "主要工作"), (2, "（一）", "抓产业发展"), (2, "（二）", "抓民生保障"),
                                 (1, "二、", "下一步打算")], opening


def test_a_plan_s_title_broken_inside_its_book_title_marks_is_one_heading() -> None:
    """A title line that opens 《 and does not close it goes on on the next line, over the blank lines a page copied
    double-spaced puts between its lines ("…落实《关于打好…" / "" / "…若干政策" / "" / "措施》实施方案")."""
    text = ("某某市人民政府办公室关于印发《实施方案》的通知\n\n各县市区人民政府,市直机关各单位:\n\n"
            "现将《实施方案》印发给你们,请认真组织实施。\n\n某某市人民政府办公室\n\n2023年3月15日\n\n"
            "某某市贯彻落实《关于打好经济增长主动仗\n\n实现经济运行整体好转的若干政策\n\n措施》实施方案\n\n"
            "为全面贯彻经济工作会议精神,制定本方案。\n\n一、促进消费恢复升级\n\n1.加大促消费活动力度。全年发放消费券3000万元。\n")
    plan = "某某市贯彻落实《关于打好经济增长主动仗实现经济运行整体好转的若干政策措施》实施方案"
    outline = [(level, title) for level, _, title in govdoc.parse(text).outline()]
    assert outline[:2] == [(1, plan), (2, "促进消费恢复升级")]


def test_a_part_s_title_of_two_set_phrases_and_what_they_lead_to_is_a_heading_on_an_indented_page() -> None:
    """A report's first part, alone on its line between blank lines and indented as its paragraphs are, titled with two
    four-character phrases before its topic, is a heading though the page breaks off before its "二、"."""
    text = ("各位代表:\n\n    受人民政府委托,我向大会报告计划执行情况,请予审议。\n\n"
            "    一、冲云拨雾,迎难而上,国民经济和社会事业稳步发展\n\n"
            "    在旗委的坚强领导下,全旗上下万众一心。全旗地区生产总值完成78亿元,同比增长7%。\n\n"
            "    (一)经济运行持续向好,产业发展支撑有力\n\n    全旗农作物播种面积365.15万亩。\n")
    outline = [(level, label, title) for level, label, title in govdoc.parse(text).outline()]
    assert outline == [(1, "一、", "冲云拨雾,迎难而上,国民经济和社会事业稳步发展"),
                       (2, "(一)", "经济运行持续向好,产业发展支撑有力")]
    # (a sentence of three clauses in that place is text: its phrases are not set ones)
    sentence = text.replace("冲云拨雾,迎难而上,", "我们坚持稳中求进的工作总基调,全面贯彻新发展理念,")
    assert [title for _, _, title in govdoc.parse(sentence).outline()] == ["经济运行持续向好,产业发展支撑有力"]


def test_a_line_between_two_numbered_headings_in_sequence_is_the_first_one_s_text() -> None:
    """A line with no full stop between "(四)平台建设方面" and "(五)监督保障方面" is all that (四) says, not a heading
    under it that would head nothing."""
    text = ("一、总体情况\n\n(一)主动公开方面\n\n全年主动公开政府信息87条。\n\n(二)平台建设方面\n\n"
            "办事处发布的政务信息统一在管委会官网中按流程进行公开\n\n(三)监督保障方面\n\n"
            "办事处加强对政府信息公开工作的监督。\n\n二、主动公开政府信息情况\n\n全年主动公开文件12件。\n")
    outline = [title for _, _, title in govdoc.parse(text).outline()]
    assert outline == ["总体情况", "主动公开方面", "平台建设方面", "监督保障方面", "主动公开政府信息情况"]


def test_a_part_s_one_lead_is_a_heading_where_another_part_opens_a_series_of_them() -> None:
    """A bulletin's part that opens with one short lead ("国民经济稳定增长。…") heads its text with it where another
    part opens a series of leads of that shape; in a text with no such series it is a sentence."""
    one = "一、综合\n\n国民经济稳定增长。全年地区生产总值80.67亿元,增长5.5%。\n\n全年财政总收入31亿元,增长53.4%。\n\n"
    two = ("二、农业\n\n种植业平稳发展。全年粮食播种面积96095亩。\n\n畜牧业生产高开低走。年末生猪存栏1.48万头。\n\n"
           "三、工业\n\n全年规模以上工业增加值增长8.1%。\n")
    assert [title for _, _, title in govdoc.parse(one + two).outline()][:2] == ["综合", "国民经济稳定增长"]
    alone = two.replace("种植业平稳发展。", "").replace("畜牧业生产高开低走。", "")
    assert "国民经济稳定增长" not in [title for _, _, title in govdoc.parse(one + alone).outline()]


def test_a_short_line_ending_as_a_title_below_a_numbered_part_heads_its_series() -> None:
    """"预算执行情况" below "一、…" and its text, over "1.…": a part of the document (it ends as a title does, but a
    numbered part stands above it), and the first of the new series below it stands under it, all under "一、"."""
    text = ("一、2024年预算执行情况及工作完成情况\n2024年,在区委的坚强领导下,全区财政运行平稳。\n预算执行情况\n"
            "1.一般公共预算执行情况\n(1)本级一般公共预算收入情况。本级一般公共预算收入完成56794万元,同比增长7.29%。\n"
            "(2)上级转移支付收入情况。上级转移支付收入139512万元。\n")
    report = govdoc.parse(text)
    assert report.meta.title is None
    assert [(level, title) for level, _, title in report.outline()] == [
        (1, "2024年预算执行情况及工作完成情况"), (2, "预算执行情况"), (3, "一般公共预算执行情况"),
        (4, "本级一般公共预算收入情况"), (4, "上级转移支付收入情况")]


def test_a_sentence_of_clauses_over_one_run_in_lead_introduces_it() -> None:
    """Under "一、…", a sentence of clauses alone on its line, then one run-in lead ("突出工业主体地位。…") where
    the page is cut: the sentence introduces the series, and the lead heads its text."""
    text = ("一、加快转型升级,提升产业竞争力\n\n"
            "坚持调优调强,推进产业高端化、集群化、绿色化发展,加快构筑现代产业高地。\n\n"
            "突出工业主体地位。投资200亿元,实施工业项目“155”工程。改造提升传统产业。\n\n二、扩大有效投资\n\n"
            "全年固定资产投资增长10%。\n")
    assert [title for _, _, title in govdoc.parse(text).outline()] == [
        "加快转型升级,提升产业竞争力", "突出工业主体地位", "扩大有效投资"]


def test_the_first_of_a_series_announced_by_the_line_above_is_a_heading_though_closed() -> None:
    """"(一)…。" alone on its line, closed with a full stop, below "…以下几方面的主要工作:" where the page is cut before
    its "(二)": a heading, the leads below it its children."""
    text = ("2020年是极不平凡的一年。街道办事处在区委、区政府的坚强领导下,圆满完成了全年各项目标任务。\n\n \n\n"
            "一年来,我们认真做好以下几方面的主要工作:\n\n(一)统筹兼顾科学防疫,筑牢防线不松懈。\n\n"
            "共同抗疫有条不紊。面对疫情防控形势变化,街道积极应对,第一时间成立领导小组。\n\n"
            "排摸封闭齐抓共举。开展地毯式排摸,完成来沪返沪人员登记共10558人。\n")
    assert [(level, title) for level, _, title in govdoc.parse(text).outline()] == [
        (1, "统筹兼顾科学防疫,筑牢防线不松懈"), (2, "共同抗疫有条不紊"), (2, "排摸封闭齐抓共举")]
    unannounced = text.replace("一年来,我们认真做好以下几方面的主要工作:", "一年来,我们认真做好了各方面的主要工作。")
    assert "统筹兼顾科学防疫,筑牢防线不松懈" not in [title for _, _, title in govdoc.parse(unannounced).outline()]


def test_the_paragraphs_of_rules_set_out_in_articles_are_no_leads() -> None:
    """Rules in articles ("第二条 本办法适用于…。") under their chapters: the paragraphs of an article, short
    sentences alone on their lines, are not lead sentences."""
    text = ("某某区农村财务会计管理办法\n\n第一章 总则\n\n第一条 为加强农村财务管理和会计管理,制定本办法。\n\n"
            "第二条 本办法适用于我区行政村和农村集体经济组织。\n\n"
            "村民委员会改制为居民委员会后,仍按农村管理模式保留的集体经济组织适用本办法。\n\n"
            "村(社)依法设立的非从事产品生产、商品贸易的企业,适用本办法。\n\n第二章 民主管理\n\n"
            "第三条 村(社)必须按照民主管理的要求,建立健全各项管理制度。\n")
    assert [title for _, _, title in govdoc.parse(text).outline()] == ["总则", "民主管理"]


def test_a_preface_is_a_part_beside_the_numbered_ones_and_no_title() -> None:
    """A page that opens with "引 言" over its text: the preface is the first part, its peers the numbered ones below
    it, and the document has no title."""
    text = ("引 言\n本报告根据《中华人民共和国政府信息公开条例》编制。\n"
            "本报告中所列数据的统计期限自2015年1月1日至2015年12月31日止。\n一、概述\n"
            "2015年,全区共有信息公开专职人员6名,兼职人员223名。\n二、主动公开政府信息情况\n全年主动公开信息1200条。\n")
    report = govdoc.parse(text)
    assert report.meta.title is None
    assert [(level, title) for level, _, title in report.outline()] == [(1, "引言"), (1, "概述"),
                                                                        (1, "主动公开政府信息情况")]


def test_a_subhead_after_a_part_s_opening_paragraph_stands_under_the_part() -> None:
    """A report's part opens with a paragraph, then a subhead sums up the year over its leads: the subhead is the
    part's child. A plan attached below the signature, its title over its own "一、", stands beside the parts."""
    text = ("一、2018年工作回顾\n2018年，在县委、县政府和镇党委的正确领导下，在镇人大的监督和社会各界的支持下，"
            "全镇上下认真学习贯彻党的十九大精神，紧紧围绕“打造生态魏庄，共建美丽家园”核心目标，团结一心谋发展，"
            "攻坚克难求突破，较好地完成了年初确定的目标任务，持续保持经济平稳健康发展、社会和谐的良好态势。\n"
            "一年来，我们以稳定发展为要务，推动经济继续保持健康发展\n"
            "经济持续稳健发展。据统计，2018年全镇财政收入466.43万元，较去年增长24.7%，超额完成县政府下达目标任务；"
            "争取1700万元水利“最后一公里”项目资金，开工建设涉及9个村的农田水利治理工程。\n"
            "现代农业量效齐增。以强化基础设施、加快土地流转、优化产业结构为重点，充分利用现有资源与城郊区位优势，"
            "大力实施特色农业提升工程，全面完成植树造林1100亩。\n"
            "二、2019年工作安排\n全镇将紧扣发展目标，扎实做好各项工作。\n")
    assert [(level, title) for level, _, title in govdoc.parse(text).outline()] == [
        (1, "2018年工作回顾"), (2, "一年来，我们以稳定发展为要务，推动经济继续保持健康发展"),
        (3, "经济持续稳健发展"), (3, "现代农业量效齐增"), (1, "2019年工作安排")]
    notice = ("一、提高政治站位\n各部门要把落实重点工作作为重要任务。\n\n"
              "二、强化沟通协作\n各部门要建立定期会商机制。\n\n北京市大兴区人民政府办公室\n\n2023年3月3日\n\n2023年区政府工作报告重点工作分工方案\n\n"
              "一、主要预期目标\n地区生产总值增长6%左右。\n")
    assert [(level, title) for level, _, title in govdoc.parse(notice).outline()] == [
        (1, "提高政治站位"), (1, "强化沟通协作"), (1, "2023年区政府工作报告重点工作分工方案"), (2, "主要预期目标")]


def test_a_subhead_after_a_part_s_opening_paragraphs_stands_under_the_part() -> None:
    """A part that opens with two paragraphs (the year in a sentence, then its figures) before a subhead of clauses
    over its leads: the subhead is still the part's child."""
    text = ("一、2020年和“十三五”工作回顾\n2020年是极不平凡的一年。面对突如其来的疫情和繁重艰巨的“六稳”“六保”任务,"
            "在区委的坚强领导下,区政府全面贯彻落实党的十九大、十九届四中、五中全会精神,坚定信心、迎难而上,"
            "统筹推进疫情防控和经济社会发展,全区上下团结一心,经济社会发展取得新成效。\n"
            "预计2020年,地区生产总值同比增长3%;固定资产投资同比增长5%;社会消费品零售总额下降6%。\n"
            "疫情发生以来,我们坚持科学防治、精准施策,疫情防控取得重大成果\n"
            "我们始终把人民群众生命安全放在第一位,全面打响疫情防控人民战争,体现了宁夏第一区的抗疫担当。"
            "我们第一时间成立指挥部,以战时体系应对战时状况,及时调度会商,强化专班管控,实行闭环管理。\n"
            "二、2021年工作安排\n全区将紧扣发展目标,扎实做好各项工作。\n")
    assert [(level, title) for level, _, title in govdoc.parse(text).outline()] == [
        (1, "2020年和“十三五”工作回顾"), (2, "疫情发生以来,我们坚持科学防治、精准施策,疫情防控取得重大成果"),
        (1, "2021年工作安排")]


def test_a_lead_in_of_clauses_behind_a_dash_on_a_line_of_its_own_heads_nothing() -> None:
    """"——决胜之年,我们在高质量发展上达到了新高度" on its own line over a long paragraph: a lead-in behind a dash, as
    the wild set's "——这五年…" are, never a heading, though nothing closes it."""
    text = ("2020年工作及“十三五”时期发展回顾\n\n"
            "一年来,大塘埠镇在县委、县政府的坚强领导下,在镇人大的有力监督下,牢牢依靠广大干部群众,不忘初心、牢记使命,"
            "拼搏奋进,经受住了疫情带来的严峻考验,经济社会发展继续保持良好势头。\n\n"
            "——决胜之年,我们在高质量发展上达到了新高度\n\n"
            "始终将产业发展摆在首位,实现全镇一二三产业融合高质量发展。突出工业强镇,坚持围绕一园一区一带思路,重点抓好"
            "大唐工业园、大塘工业小区和经济带建设,服务投资120亿元的信丰电厂建设,持续做好了粤工电缆、美智伟、六一节能、"
            "银龙轨道等企业的服务工作,成功推动银龙轨道、六一节能等2家企业申报入规,推进银龙轨道、建安混凝土等2家公司纳税"
            "突破1000万元,推进智慧能源综合利用产业园项目立项规划,大力打造能源小镇。\n")
    assert [title for _, _, title in govdoc.parse(text).outline()] == ["2020年工作及“十三五”时期发展回顾"]


def test_a_notice_reprinted_under_a_news_lead_is_titled_by_its_own_title() -> None:
    """A news site's lead ("日前，…印发…的通知。" / "文件详情如下:") over the notice it reprints: the lead-in is
    text, the notice's title is the document's and no heading, and the sections below it are the document's."""
    text = ("日前,金华市婺城区人民政府印发关于推动经济高质量发展若干政策举措(2025年版)的通知。\n"
            "文件指出,全年新增光伏装机5万千瓦以上,新增公共充电设施260根以上。\n文件详情如下:\n"
            "金华市婺城区人民政府关于印发关于推动经济高质量发展若干政策举措(2025年版)的通知\n"
            "各乡镇人民政府、街道办事处,区直属有关单位:\n"
            "《关于推动经济高质量发展若干政策举措(2025年版)》已经区政府同意,现印发给你们,请认真贯彻执行。\n"
            "金华市婺城区人民政府\n2025年4月1日\n"
            "一、强化科技创新\n加快培育发展新质生产力。2025年,力争全社会研发投入强度达到2.95%。\n"
            "二、扩大有效投资\n全年完成固定资产投资增长8%。\n")
    report = govdoc.parse(text)
    assert report.meta.title == "金华市婺城区人民政府关于印发关于推动经济高质量发展若干政策举措(2025年版)的通知"
    assert [(level, title) for level, _, title in report.outline()] == [(1, "强化科技创新"), (1, "扩大有效投资")]
    assert "文件详情如下:" in [p.text for p in report.preamble]


def test_an_edition_in_brackets_on_the_line_under_a_heading_ends_that_heading() -> None:
    """"关于…若干政策举措" / "(2025年版)": the edition set on a line of its own under the measures' title is the end of
    that title, not a paragraph of its own; "（试行）" under a plan's title likewise."""
    text = ("青山区人民政府关于印发若干政策举措的通知\n各乡镇人民政府、街道办事处:\n"
            "现将《若干政策举措》印发给你们,请认真贯彻执行。\n青山区人民政府\n2025年4月1日\n"
            "关于推动经济高质量发展若干政策举措\n(2025年版)\n"
            "为全面落实区委经济工作会议决策部署,特制定以下政策举措。\n"
            "一、强化科技创新\n2025年,力争全社会研发投入强度达到2.95%。\n"
            "二、扩大有效投资\n全年完成固定资产投资增长8%。\n\n"
            "青山区老旧小区改造实施办法\n（试行）\n第一条为规范老旧小区改造工作,制定本办法。\n")
    report = govdoc.parse(text)
    assert [title for level, _, title in report.outline() if level == 1] == [
        "关于推动经济高质量发展若干政策举措(2025年版)", "青山区老旧小区改造实施办法（试行）"]
    assert not any(p.text in ("(2025年版)", "（试行）") for _, p in report.paragraphs())


def test_a_plan_title_wrapped_after_its_year_is_one_heading() -> None:
    """An attached plan's title broken after its year, a blank line between ("实施珠三角规划纲要2016年" /
    "重点工作任务安排"): the last words make it a document's title, so the two lines are one heading."""
    text = ("肇庆市人民政府办公室关于印发《实施珠三角规划纲要2016年重点工作任务安排》的通知\n"
            "各县(市、区)人民政府,市政府有关部门:\n"
            "《实施珠三角规划纲要2016年重点工作任务安排》已经市人民政府同意,现印发给你们,请认真组织实施。\n"
            "肇庆市人民政府办公室\n2016年6月20日\n\n实施珠三角规划纲要2016年\n\n重点工作任务安排\n\n"
            "2016年是“十三五”开局之年。\n一、全力以赴稳增长\n全市地区生产总值增长8%。\n"
            "二、加快转型升级\n高新技术产业增加值增长12%。\n")
    assert [(level, title) for level, _, title in govdoc.parse(text).outline()] == [
        (1, "实施珠三角规划纲要2016年重点工作任务安排"), (2, "全力以赴稳增长"), (2, "加快转型升级")]


def test_the_halves_of_a_couplet_heading_on_lines_of_their_own_are_one_heading() -> None:
    """"党建引领聚合力" / "强化责任显担当": two bare halves as long as each other, nothing between them, head the
    leads below as one subhead; a platform's account ("来源: 北京号") names no issuer."""
    text = ("探索超大型社区治理融合发展,打造回天城市更新最大同心圆\n2024-01-02 17:43 来源:  北京号\n关注\n\n"
            "2023年是学习贯彻党的二十大精神的开局之年,也是实施“十四五”规划承上启下的关键一年。\n\n"
            "党建引领聚合力\n\n强化责任显担当\n\n"
            "强化思想引领,坚定不移推进政治建设。回龙观街道坚持把政治建设摆在首位,开展集中学习35次。\n\n"
            "强化能力提升,坚定不移推进干部队伍建设。街道组织轮训党员干部700余人次。\n\n"
            "民生服务暖人心\n\n"
            "强化兜底保障,坚定不移推进民生建设。全年发放救助资金120万元。\n\n"
            "强化就业服务,坚定不移推进稳岗扩岗。全年新增就业岗位800个。\n")
    report = govdoc.parse(text)
    assert report.meta.issuer is None
    assert [(level, title) for level, _, title in report.outline()] == [
        (1, "党建引领聚合力 强化责任显担当"), (2, "强化思想引领,坚定不移推进政治建设"),
        (2, "强化能力提升,坚定不移推进干部队伍建设"), (1, "民生服务暖人心"),
        (2, "强化兜底保障,坚定不移推进民生建设"), (2, "强化就业服务,坚定不移推进稳岗扩岗")]
    # lines right under each other are a list of headings, no couplet
    listed = ("社会保险基金预算\n　　全市2025年社会保险基金收入预算171.9亿元，支出预算165.2亿元。\n"
              "落实市人大决议和主要财政工作情况\n财政运行稳进提质\n经济支撑坚实有力\n民生保障兜实兜牢\n"
              "2026年市级预算编制指导思想\n　　坚持稳中求进工作总基调，全市一般公共预算收入增长5%。\n")
    assert [title for _, _, title in govdoc.parse(listed).outline()][1:4] == [
        "财政运行稳进提质", "经济支撑坚实有力", "民生保障兜实兜牢"]


def test_a_topic_word_set_off_by_a_space_heads_its_paragraph() -> None:
    """A bulletin prints a topic's word before its paragraph, a space between ("人口 年末全县常住人口…"): a series of
    them under a part are leads, and the word is no part of the figures' names. An article's number ("第一条 为…")
    and a speaker ("办公室主任 吴碧海:女士们…") are none."""
    text = ("2023年青禾县国民经济和社会发展统计公报\n"
            "一、综合\n"
            "人口 年末全县常住人口94.5万人,比上年末减少0.4万人,其中城镇人口42.1万人,乡村人口52.4万人。\n"
            "国民经济 根据地区生产总值统一核算结果,全县地区生产总值466.14亿元,按可比价格计算,比上年增长6.1%。\n"
            "全年民营经济增加值309.7亿元,比上年增长6.8%;民营经济占地区生产总值的比重为66.4%。\n")
    report = govdoc.parse(text)
    assert [(level, title) for level, _, title in report.outline()] == [(1, "综合"), (2, "人口"), (2, "国民经济")]
    assert [m.indicator for _, m in report.metrics()][:2] == ["常住人口", "常住人口"]
    articles = ("青禾县农村财务管理办法\n"
                "第一条 为加强农村财务管理和会计管理,促进农村基层党风廉政建设,保持农村和谐稳定,制定本办法。\n"
                "第二条 本办法适用于本县行政村和依法设立的农村集体经济组织,各村应当建立健全财务管理制度。\n")
    assert [title for _, _, title in govdoc.parse(articles).outline()] == []
    speakers = ("青禾县新闻发布会\n"
                "办公室主任 吴碧海:女士们、先生们、媒体朋友们,大家好,今天向大家通报全县疫情防控工作的情况。\n"
                "卫健局局长 李明:全县累计接种疫苗52万剂次,接种率达到92%,下面我介绍一下接种工作的安排。\n")
    assert [title for _, _, title in govdoc.parse(speakers).outline()] == []


def test_a_first_is_cut_inside_its_first_sentence_heads_nothing() -> None:
    """A page cut right after "一是招商" leaves a 一是 whose sentence may be anything: no heading, where a 一是 whose
    first sentence is whole ("一是项目建设稳步推进。…") still opens a series the cut left alone."""
    head = ("青禾镇政府工作报告\n一、2014年经济社会总体发展情况\n"
            "2014年,在区委、区政府的坚强领导下,全镇经济和社会各项事业保持快速、健康发展势头,各项工作取得新成效。\n"
            "1、大力抓好招商引资、项目建设和工业经济运行工作,保持全镇经济平稳发展。\n")
    cut = govdoc.parse(head + "一是招商\n")
    assert [title for _, _, title in cut.outline()][-1] == (
        "大力抓好招商引资、项目建设和工业经济运行工作,保持全镇经济平稳发展")
    whole = govdoc.parse(head + "一是项目建设稳步推进。全年总投入600余万元的美丽宜居工程完美收官,总投入5000余万元的\n")
    assert [title for _, _, title in whole.outline()][-1] == "一是项目建设稳步推进"


def test_a_list_of_the_documents_a_plan_rests_on_heads_nothing() -> None:
    """Under "编制依据", "一、农业部 财政部《关于…的指导意见》[2011]85号" / "二、财政部 农业部关于印发《…》的通知" cite
    other documents by their numbers and their notices of issue: entries of a list, no headings."""
    text = ("青禾州2018年草原生态保护补助奖励实施方案\n第一章 概述\n第一节 概要\n"
            "全州实施禁牧面积1180万亩,草畜平衡奖励面积2398.8万亩,补奖资金合计20511万元,以一卡通形式发放到户。\n"
            "第二节 编制依据\n"
            "一、农业部 财政部《关于2011年草原生态保护补助奖励机制政策实施的指导意见》[2011]85号\n"
            "二、财政部 农业部关于印发《中央财政草原生态保护补助奖励资金管理暂行办法》的通知\n")
    assert [(level, label, title) for level, label, title in govdoc.parse(text).outline()] == [
        (1, "第一章", "概述"), (2, "第一节", "概要"), (2, "第二节", "编制依据")]


def test_a_topic_dated_by_its_year_leads_its_paragraph() -> None:
    """"2020年生态保护成效突出。…" dates its topic: with a second such lead below it, a series of leads. A year
    before its subject or a time inside it ("2020年全县…", "2020年上半年…") opens a statement, no lead."""
    head = ("沙雅县2020年国民经济和社会发展统计公报\n一、综合\n"
            "初步核算,全年实现地方生产总值858828万元,按可比价计算,比上年增长7.5%。\n")
    leads = govdoc.parse(head + "2020年生态保护成效突出。全县植树造林总面积37.2万亩,森林覆盖率7.14%。\n"
                                "2020年城镇综合承载能力显著提升。城镇供水普及率、污水处理率分别达100%、96.9%。\n")
    assert [(level, title) for level, _, title in leads.outline()] == [
        (1, "综合"), (2, "2020年生态保护成效突出"), (2, "2020年城镇综合承载能力显著提升")]
    statements = govdoc.parse(head + "2020年全县经济运行平稳向好。全县植树造林总面积37.2万亩,森林覆盖率7.14%。\n"
                                     "2020年上半年工业生产较快恢复。规模以上工业增加值增长6.2%,增速比一季度加快。\n")
    assert [title for _, _, title in statements.outline()] == ["综合"]


def test_a_closing_formula_alone_on_its_line_heads_nothing() -> None:
    """"特此通告" alone above the signature closes the notice: it stays in the text, no heading and no menu link;
    the party committee and the government that sign it are its issuers."""
    text = ("杂多县人民政府关于禁止外来人员进入县域内非法采集虫草的通告\n\n"
            "根据有关规定和要求,按照虫草采集“属地管理”原则,2022年,杂多县将继续禁止本县以外人员到县域内采集虫草,"
            "现将有关事宜通告如下:\n\n"
            "一切以虫草采集为由招揽县外民工赴杂多县采集虫草的均属欺诈行为,一经举报查实将严肃处理。\n\n"
            "特此通告\n\n中共杂多县委 杂多县人民政府\n\n2022年4月16日\n\n"
            "免责声明:该内容来源于网友提供或网络搜集,由本站编辑整理,如涉及版权问题,请联系本站管理员予以更改或删除。\n\n"
            "更多阅读\n")
    report = govdoc.parse(text)
    assert report.outline() == []
    assert (report.meta.issuer, str(report.meta.date)) == ("中共杂多县委 杂多县人民政府", "2022-04-16")
    assert [p.text for p in report.preamble][-1] == "特此通告"
