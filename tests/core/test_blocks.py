"""Stage 3b, blocks: hard-wrapped lines joined into paragraphs; headings and marked lines kept apart."""

from __future__ import annotations

import govdoc
from govdoc.parsing import _indented_layout
from govdoc.parsing.blocks import Block, build_blocks
from govdoc.parsing.lines import split_lines


def blocks(text: str) -> list[Block]:
    lines = split_lines(text)
    return build_blocks(lines, indented=_indented_layout(lines))


def kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in blocks(text)]


def test_wrapped_lines_join_into_one_paragraph() -> None:
    found = blocks("会议听取了镇政府工作报告，与会代表围绕智慧养老、\n小微企业服务等议题提出意见建议共计58条。会议\n"
                   "认为，全年更换老旧燃气管道600\n余米，改造积水点11处。\n")
    assert [(b.kind, b.text, b.first_line, b.last_line) for b in found] == [
        ("para", "会议听取了镇政府工作报告，与会代表围绕智慧养老、小微企业服务等议题提出意见建议共计58条。"
                 "会议认为，全年更换老旧燃气管道600余米，改造积水点11处。", 1, 4)]
    assert found[0].closed


def test_a_blank_line_inside_a_sentence_is_bridged() -> None:
    found = blocks("社区代表围绕城市更新、养老服务等议题提出建议，街道新增公共停车泊位\n\n"
                   "320个，为辖区居民办成了一批实事好事，居民满意度明显提升。\n")
    assert [b.kind for b in found] == ["para"]
    assert "停车泊位320个" in found[0].text


def test_a_finished_sentence_ends_the_paragraph() -> None:
    found = blocks("街道全年新建口袋公园3处，改造绿地1.2万平方米，完成年度目标。\n"
                   "社区食堂新增2家，日均服务老人600余人次，运营情况良好。\n")
    assert [b.kind for b in found] == ["para", "para"]


def test_labelled_headings_stand_alone() -> None:
    assert kinds("一、经济发展\n（一）招商引资\n全年引进企业139家，实现税收2.8亿元。\n（二）营商环境\n") == [
        ("labelled", "一、经济发展"), ("labelled", "（一）招商引资"), ("para", "全年引进企业139家，实现税收2.8亿元。"),
        ("labelled", "（二）营商环境")]


def test_label_needs_a_sequence_or_a_plain_title() -> None:
    # "(1)…:…;(2)…" inside one line has no "(2)" at a line start and no plain title: body text
    found = blocks("一、美丽家园\n(1)基础设施项目:修缮房屋立面、整理杂乱线缆;(2)惠民项目:增设休憩座椅。\n")
    assert found[1].kind == "para" and found[1].label is None


def test_marked_lines() -> None:
    assert kinds("□通讯员 鲁 敏\n各位代表：\n▲志愿者在老街开展文明劝导\n凉城··\n本期 8 版 第 42 期\n") == [
        ("byline", "通讯员 鲁敏"), ("salutation", "各位代表："), ("caption", "志愿者在老街开展文明劝导"),
        ("furniture", "凉城··"), ("furniture", "本期8版 第42期")]


def test_meta_table_rows_are_meta_blocks() -> None:
    found = blocks("江川路街道工作报告\n索引号 | 发布机构 | 江川路街道 | |\n"
                   "公开类别 | 主动公开 | 发布时间 | 2025-02-14 |\n")
    assert [b.kind for b in found] == ["standalone", "meta", "meta"]


def test_a_running_head_inside_a_paragraph_is_skipped() -> None:
    found = blocks("会议认为，过去一年全镇更换老旧燃气管道，改造积水点，新增\n桃浦··\n"
                   "公共停车泊位320个，为辖区居民办成了一批实事好事。\n")
    paragraphs = [b for b in found if b.kind == "para"]
    assert len(paragraphs) == 1 and "新增公共停车泊位320个" in paragraphs[0].text


def test_a_heading_over_two_lines_is_one_block() -> None:
    found = blocks("一、坚持稳中求进，全力推动区域经济\n高质量发展\n全年实现地区生产总值86.5亿元，同比\n增长5.2%。\n"
                   "二、坚持人民至上，持续增进民生福祉\n")
    assert [(b.kind, b.text) for b in found] == [
        ("labelled", "一、坚持稳中求进，全力推动区域经济高质量发展"),
        ("para", "全年实现地区生产总值86.5亿元，同比增长5.2%。"),
        ("labelled", "二、坚持人民至上，持续增进民生福祉")]


def test_a_line_ending_mid_sentence_is_no_second_heading_line() -> None:
    found = blocks("二、小空间，大能级，民生服务彰显凉城温度\n一、宜居东明人民社区建设全面推进,经济社会发展进中提质\n"
                   "进一步建设充满激情、富于创造、\n2019年，小东门街道以习近平新时代中国特色社会主义思想为指导，深入学习\n")
    assert [(b.kind, b.text) for b in found][:2] == [
        ("labelled", "二、小空间，大能级，民生服务彰显凉城温度"),
        ("labelled", "一、宜居东明人民社区建设全面推进,经济社会发展进中提质")]


def test_a_lone_label_with_a_sentence_title_is_not_trusted() -> None:
    # "一、" without a "二、" and with a comma in its title: no evidence that it is a heading
    found = blocks("一、坚持稳中求进，全力推动区域经济高质量发展\n")
    assert found[0].label is None


def test_a_title_does_not_run_into_its_dash_subtitle() -> None:
    found = blocks("七宝镇人民政府2024年工作总结\n——在七宝镇第三届人民代表大会第四次会议上\n\n一、经济发展\n")
    assert [b.text for b in found][:2] == ["七宝镇人民政府2024年工作总结", "——在七宝镇第三届人民代表大会第四次会议上"]


def test_blocks_cover_their_lines() -> None:
    text = "标题\n\n一、经济发展\n全年引进企业139家，\n实现税收2.8亿元。\n"
    found = blocks(text)
    assert [(b.first_line, b.last_line, b.gap) for b in found] == [(1, 1, 0), (3, 3, 1), (4, 5, 0)]


# ---- the indented layout (govdoc's canonical text and indented sources) --------------------------

INDENTED = """\
标题：华泾镇工作总结

一、经济发展

\u3000\u3000全年引进企业139家，
实现税收2.8亿元。

城市更新提速增效。

\u3000\u3000完成旧住房修缮12万平方米。
"""


def test_indented_layout_is_detected() -> None:
    assert _indented_layout(split_lines(INDENTED))
    assert not _indented_layout(split_lines("一、经济发展\n全年引进企业139家，实现税收2.8亿元，同比增长4.5%。\n"))
    assert _indented_layout(split_lines("\u3000\u3000全年引进企业139家，实现税收2.8亿元。\n"
                                        "\u3000\u3000新增就业岗位1860个。\n"))


def test_a_key_value_head_over_hard_wrapped_text_is_raw_layout() -> None:
    wrapped = "标题：徐家汇街道工作总结\n发布机构：徐家汇\n\n一、经济发展\n全年实现税收12.3亿元，\n新增企业410户。\n"
    assert not _indented_layout(split_lines(wrapped))
    assert _indented_layout(split_lines(wrapped.replace("亿元，\n", "亿元，新增企业410户。\n\n\u3000\u3000")))


def test_canonical_headline_groups_are_not_wrapping() -> None:
    # a kicker or title may end with 、 in canonical text; the line below it is the group's next line
    canonical = "标题：社区报\n\n\n加强社会化、\n——环境更加安全有序\n□记者 武钢\n\n\u3000\u3000旧区改造换档加速。\n"
    assert _indented_layout(split_lines(canonical))


def test_indented_paragraphs_headings_and_leads() -> None:
    assert kinds(INDENTED) == [
        ("meta", "标题：华泾镇工作总结"),
        ("labelled", "一、经济发展"),
        ("para", "全年引进企业139家，实现税收2.8亿元。"),
        ("lead", "城市更新提速增效。"),
        ("para", "完成旧住房修缮12万平方米。"),
    ]


def test_a_sentence_is_never_a_line_of_a_headline_group() -> None:
    found = blocks("标题：徐家汇街道2024年工作总结\n龙华镇人民政府2024年工作报告\n"
                   "(一)办好民生实事。完成老旧住房改造12万平方米,新增养老床位300张。\n")
    assert [b.kind for b in found] == ["meta", "standalone", "labelled"]
    found = blocks("标题：徐家汇街道2024年工作总结\n\n\n1.2公里。\n")
    assert [b.kind for b in found] == ["meta", "lead"]


def test_short_title_in_canonical_text_is_a_heading_not_a_column_label() -> None:
    found = blocks("标题：社区报\n\n\n党建\n\n\u3000\u3000全年新建党群服务站18个。\n")
    assert [(b.kind, b.text) for b in found][1] == ("standalone", "党建")


def test_a_line_that_ends_with_de_goes_on_below_though_it_stops_short_of_the_column() -> None:
    """A report wrapped at 37 characters: the run-in heading's line stops short ("…占预算支出的"), as a paragraph's
    last line would, but 的 joins a noun to what it qualifies and never ends a sentence."""
    text = "一、工作回顾\n" + "\n".join([
        "2008年本届政府组成以来,在省委、省政府和市委的坚强领导下,市政府和",
        "全市人民一道,突出科学发展主题,克服国际金融危机不利影响,抓住山东半岛",
        "蓝色经济区建设战略机遇,加快转变经济发展方式,保持经济平稳较快发展,促",
        "进社会和谐稳定,改革开放和现代化建设取得可喜成就。",
        "——稳增长、提质量取得新成效。全市生产总值由2007年的1375.5亿元提高",
        "到2011年的2111亿元, 年均增长12%;地方财政收入达到136.4亿元,年均增长",
        "13.6%;税收占地方财政收入的比重提高4.35个百分点,经济发展的质量效益进",
        "一步提升。",
        "——转方式、 调结构取得新突破。三次产业比重由9.3∶58.2∶32.5调整为",
        "8.1∶54∶37.9;新口径高新技术产业产值比重达到33.6%,高于全省6.3个百分",
        "点;万元生产总值能耗降低19.9%,主要污染物排放量继续下降,转型升级步伐",
        "进一步加快。",
        "——惠民生、 促和谐取得新进步。城镇居民人均可支配收入达到2.5万元,",
        "农民人均纯收入达到1.2万元, 年均分别增长11.6%和12.4%;居民消费价格涨",
        "幅低于全国1.1个百分点,人民生活进一步改善。",
        "四年来,主要做了以下工作:",
        "(一)强化民生保障,公共服务水平不断提高。财政民生投入占预算支出的",
        "比重达到52%, 年均增长29%。扶持4127人创业,转移农村劳动力8.6万人,新",
        "增城镇就业20.6万人, 城镇登记失业率控制在1.6%以内。实施新型农村和城镇",
        "居民养老保险制度,城乡居民适龄人口养老保险参保率达到97.2%。城镇职工医",
        "保、 城镇居民医保和新农合的最高支付限额分别提高66.7%、30%和166.7%。",
    ]) + "\n"
    report = govdoc.parse(text)
    [(_, section)] = [(level, s) for level, s in report.walk() if s.label == "(一)"]
    assert section.paragraphs[0].text.startswith("财政民生投入占预算支出的比重达到52%")


def test_empty_sections_over_a_glossary_are_no_table_of_contents() -> None:
    """Parts whose chapters repeat a title and print no text, then a glossary: the glossary's text is not the text
    the chapters head, so the run of chapters is headings, not a contents printed before them (the property test
    of printed reports found it)."""
    text = ("七宝镇2000年国民经济和社会发展统计公报\n\n各位代表：\n\n\u3000\u3000我们，社区。社区100家，社区。\n\n"
            "第一部分 社区社区\n\n第一章 社区社区社区社区\n\n第二章 社区社区社区\n\n第三章 社区社区\n\n"
            "第二部分 社区社区\n\n第一章 社区社区社区社区\n\n第二章 社区社区\n\n名词解释\n\n1. 社区社区：社区。\n")
    assert [label for _, label, _ in govdoc.parse(text).outline()] == [
        "第一部分", "第一章", "第二章", "第三章", "第二部分", "第一章", "第二章", None]


def test_an_indented_heading_of_three_short_parallel_phrases() -> None:
    """Where a copy indents every line alike, a labelled line of three short phrases between commas and no sentence
    end is a heading ("(一)科学精准,勠力同心,适应疫情防控新常态"); three phrases, one of them a long clause, are a
    paragraph's."""
    text = ("    一、2022年工作回顾\n\n    一年来,工作取得新的成效。\n\n"
            "    (一)科学精准,勠力同心,适应疫情防控新常态\n\n"
            "    慎终如始,全面防控。面对疫情考验,组建16个防控工作专班。")
    assert ("labelled", "(一)科学精准,勠力同心,适应疫情防控新常态") in kinds(text)
    long = text.replace("科学精准,勠力同心,适应疫情防控新常态", "全镇坚持科学精准防控施策,勠力同心,适应新常态")
    assert ("para", "(一)全镇坚持科学精准防控施策,勠力同心,适应新常态") in kinds(long)


def test_an_indented_document_title_alone_heads_what_follows() -> None:
    """A notice's plan printed below it, every line indented alike: the plan's title, set off by blank lines, heads the
    plan; a sentence that names a document is still a paragraph."""
    text = ("  各镇人民政府:\n\n  现将分工方案印发给你们,请认真贯彻落实。\n\n"
            "  北京市大兴区人民政府办公室\n\n  2023年3月3日\n\n"
            "  2023年区政府工作报告重点工作分工方案(共计121项)\n\n  一、全区经济社会发展主要预期目标\n\n"
            "  地区生产总值比上年增长4.5%以上。\n")
    assert ("standalone", "2023年区政府工作报告重点工作分工方案(共计121项)") in kinds(text)
    sentence = text.replace("2023年区政府工作报告重点工作分工方案(共计121项)", "请各单位认真执行分工方案。")
    assert ("para", "请各单位认真执行分工方案。") in kinds(sentence)
