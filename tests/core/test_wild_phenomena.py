"""One test per phenomenon of documents from the wild (issue 11), each on a small input written for
it: other places, topics and figures than the corpus, so that the tests check the kind of layout."""

from __future__ import annotations

import datetime as dt

import govdoc
from govdoc import Report
from govdoc.numbering import parse_label


def outline(text: str) -> list[tuple[int, str | None, str]]:
    return govdoc.parse(text).outline()


def texts(report: Report) -> list[str]:
    return [p.text for _, p in report.paragraphs()]


BODY = "全年完成固定资产投资218亿元，同比增长6.5%，其中工业投资增长9.1%，民间投资占比提高到54%。"


def test_headings_with_commas_and_long_run_in_titles() -> None:
    report = outline("一、坚持创新驱动，加快构建具有区域特色的现代化产业体系\n" + BODY + "\n"
                     "（一）聚焦先进制造，推动传统产业向高端化、智能化、绿色化转型升级。" + BODY + "\n"
                     "（二）发展数字经济，培育壮大新兴产业集群。" + BODY + "\n"
                     "二、深化改革开放，持续增强发展动力活力\n" + BODY + "\n")
    assert [(level, label) for level, label, _ in report] == [(1, "一、"), (2, "（一）"), (2, "（二）"), (1, "二、")]
    assert report[1][2] == "聚焦先进制造，推动传统产业向高端化、智能化、绿色化转型升级"


def test_enumerated_openers_head_their_own_paragraphs() -> None:
    report = outline("一、过去一年工作回顾\n过去一年，全市上下团结奋斗，经济社会发展取得新成效。\n"
                     "一是扎实推进产业转型，工业经济稳中向好。" + BODY + "\n"
                     "园区建设加快推进。新建标准厂房12万平方米。\n招商引资成效明显。引进项目35个。\n"
                     "二是持续改善民生福祉，群众获得感不断增强。" + BODY + "\n"
                     "就业形势总体稳定。城镇新增就业1.2万人。\n社会保障持续加强。发放救助金3100万元。\n")
    assert report == [(1, "一、", "过去一年工作回顾"),
                      (2, None, "一是扎实推进产业转型，工业经济稳中向好"),
                      (3, None, "园区建设加快推进"), (3, None, "招商引资成效明显"),
                      (2, None, "二是持续改善民生福祉，群众获得感不断增强"),
                      (3, None, "就业形势总体稳定"), (3, None, "社会保障持续加强")]


def test_enumerations_inside_a_paragraph_are_body_text() -> None:
    report = govdoc.parse("一、主要工作\n今年以来，街道重点抓了三项工作：一是完善议事规则；二是规范资金使用；"
                          "三是加强监督检查。\n")
    assert report.outline() == [(1, "一、", "主要工作")]


def test_standalone_lead_lines_above_their_bodies() -> None:
    report = outline("一、发展成就\n经济实力稳步提升。\n地区生产总值达到1280亿元，增长5.6%。\n"
                     "城乡面貌持续改善，乡村振兴成效明显。\n新建改建农村公路420公里，改造危房1100户。\n"
                     "民生保障更加有力。\n民生支出占一般公共预算支出的78%。\n")
    assert report == [(1, "一、", "发展成就"), (2, None, "经济实力稳步提升"),
                      (2, None, "城乡面貌持续改善，乡村振兴成效明显"), (2, None, "民生保障更加有力")]


def test_statements_of_fact_with_figures_are_not_leads() -> None:
    report = govdoc.parse("一、农业\n全年粮食产量312.5万吨，比上年增长2.1%。其中夏粮产量140万吨。\n"
                          "全年蔬菜产量96.3万吨，增长3.4%。\n年末生猪存栏210万头，下降1.2%。\n")
    assert report.outline() == [(1, "一、", "农业")]
    assert len(texts(report)) == 3


def test_numbered_figure_statements_and_rules_clauses_are_list_items() -> None:
    budget = govdoc.parse("（一）全市预算草案\n" + BODY + "\n（二）市级预算草案\n1.一般公共预算\n"
                          "（1）本级收入总计865412万元。\n（2）本级支出总计865412万元。\n"
                          "2.政府性基金预算\n（1）本级收入总计325100万元。\n（2）本级支出总计325100万元。\n")
    assert budget.outline() == [(1, "（一）", "全市预算草案"), (1, "（二）", "市级预算草案"),
                                (2, "1.", "一般公共预算"), (2, "2.", "政府性基金预算")]
    rules = govdoc.parse("第一章 总则\n一、为规范市政府工作，根据《地方各级人民代表大会和地方各级人民政府组织法》等"
                         "法律法规，结合本市实际，制定本规则。\n"
                         "二、市政府工作的准则是，执政为民，依法行政，实事求是，民主公开，务实清廉。\n"
                         "三、市政府实行市长负责制。市长领导市政府的工作。\n")
    assert rules.outline() == [(1, "第一章", "总则")]


def test_fake_bold_on_any_text_is_undone_but_real_reduplication_stays() -> None:
    report = govdoc.parse("一一、、加加快快城城市市更更新新\n人人讲安全，个个会应急，天天向上。" + BODY + "\n")
    assert report.outline() == [(1, "一、", "加快城市更新")]
    assert texts(report)[0].startswith("人人讲安全，个个会应急，天天向上。")


def test_letter_spaced_titles() -> None:
    assert outline("一、综 合\n" + BODY + "\n二、农  业\n" + BODY + "\n") == [(1, "一、", "综合"), (1, "二、", "农业")]
    # a space between two phrases of a headline is kept
    assert outline("一、强化楼宇党建 整合公共资源\n" + BODY + "\n")[0][2] == "强化楼宇党建 整合公共资源"


def test_a_label_split_over_two_lines() -> None:
    report = outline("（一）经济运行稳中向好。" + BODY + "\n（二）改革开放持续深化。" + BODY + "\n（\n"
                     "三）城乡发展更趋协调。" + BODY + "\n")
    assert [label for _, label, _ in report] == ["（一）", "（二）", "（三）"]


def test_an_attachment_with_its_title_is_a_heading_and_its_items_are_not() -> None:
    report = govdoc.parse("一、总体要求\n" + BODY + "\n二、保障措施\n" + BODY + "\n附件\n2026年市政府民生实事项目\n"
                          "1.新建改建城乡公办幼儿园12所，新增学位3600个（牵头单位：市教育局）。\n"
                          "2.新增城镇就业2.5万人以上，开展职业技能培训3万人次（牵头单位：市人社局）。\n")
    assert report.outline() == [(1, "一、", "总体要求"), (1, "二、", "保障措施"),
                                (1, "附件", "2026年市政府民生实事项目")]
    assert len(report.sections[-1].paragraphs) == 2


def test_an_attached_glossary() -> None:
    report = govdoc.parse("一、工作回顾\n" + BODY + "\n附件3\n《政府工作报告》名词解释\n"
                          "1、“两重”建设：国家重大战略实施和重点领域安全能力建设。\n2、新质生产力：创新起主导作用的先进生产力质态。\n")
    assert report.outline()[-1] == (1, "附件3", "《政府工作报告》名词解释")
    assert [t.term for t in report.glossary] == ["“两重”建设", "新质生产力"]


def test_numbered_headings_stand_under_the_unlabelled_part_line_above_them() -> None:
    report = outline("滨江市2026年政府工作报告\n——2026年1月20日在滨江市第十届人民代表大会第五次会议上\n"
                     "“十四五”时期发展成就\n" + BODY + "\n2026年重点工作\n" + BODY + "\n"
                     "一、扩大有效需求\n" + BODY + "\n二、深化改革开放\n" + BODY + "\n")
    assert report == [(1, None, "“十四五”时期发展成就"), (1, None, "2026年重点工作"),
                      (2, "一、", "扩大有效需求"), (2, "二、", "深化改革开放")]
    # a family that stood at the top before the subhead stays at the top after it
    siblings = outline("滨江市2026年政府工作报告\n一、扩大有效需求\n" + BODY + "\n二、深化改革开放\n" + BODY
                       + "\n专栏 重点项目\n" + BODY + "\n"
                       "三、保障改善民生\n" + BODY + "\n")
    assert [(level, label) for level, label, _ in siblings] == [(1, "一、"), (1, "二、"), (1, None), (1, "三、")]


def test_labels_printed_as_one_character_number_their_headings() -> None:
    assert [(label.family, label.number) for label in map(parse_label, "㈠㈩⑵⒊")] == [
        ("paren_cn", 1), ("paren_cn", 10), ("paren_arabic", 2), ("arabic", 3)]
    report = outline("关于2021年财政预算执行情况的报告\n一、2021年财政预算执行情况\n" + BODY + "\n"
                     "㈠一般公共预算预计完成情况\n1.收入预计完成情况\n" + BODY + "\n2.支出预计完成情况\n" + BODY + "\n"
                     "㈡政府性基金预算预计完成情况\n" + BODY + "\n")
    assert report == [(1, "一、", "2021年财政预算执行情况"), (2, "㈠", "一般公共预算预计完成情况"),
                      (3, "1.", "收入预计完成情况"), (3, "2.", "支出预计完成情况"),
                      (2, "㈡", "政府性基金预算预计完成情况")]


def test_a_text_cut_short_after_the_first_of_a_series_keeps_its_headings() -> None:
    opening = ("2024年是全面贯彻落实党的二十大精神的关键之年,也是深入实施“十四五”规划的攻坚之年。一年来,全乡紧盯"
               "全年工作目标,全力以赴抓项目、坚持不懈兴产业、持之以恒优环境、驰而不息转作风,实现了经济社会高质量发展,"
               "荣获全省美丽乡镇示范乡镇等荣誉称号。")
    text = ("苏家乡2025年政府工作报告\n\n一、2024年工作回顾\n\n" + opening * 3 + "\n\n"
            "(一)这一年,我们凝心聚力谋产业、促发展,乡村振兴底蕴更加深厚\n\n"
            "树牢“发展第一要务、项目第一支撑”理念,全力以赴建项目、促投资、强产业、增活力。\n\n"
            "一是项目建设稳步推进。聚焦项目建设“主战场”。总投入600余万元的乡村美丽宜居二期工程“完美收官”,总投入5000余万元"
            "的流域水生态治理项目加快推进,苏家垱小龙虾荣获第三批全国名特优新农产品名录,延伸发展具有本乡特色的"
            "大米、生态有机鱼等业务板块。精准发")
    assert outline(text) == [(1, "一、", "2024年工作回顾"),
                             (2, "(一)", "这一年,我们凝心聚力谋产业、促发展,乡村振兴底蕴更加深厚"),
                             (3, None, "一是项目建设稳步推进")]
    # a 一是 that is no last paragraph, or that holds its 二是, is the text of a list
    assert len(outline(text.removesuffix("精准发") + "\n\n" + opening)) == 2
    assert len(outline(text.replace("精准发", "二是招商引资有序开展。"))) == 2


def test_the_first_of_a_family_over_a_series_of_yishi_is_a_heading() -> None:
    text = ("滨江县政府工作报告\n" + BODY * 4 + "\n(一)全力以赴兴产业、筑体系,发展基础更加牢固。\n"
            "一是现代农业硕果累累。严格落实耕地保护和粮食安全党政同责,新增耕地6098亩,粮食种植面积稳定在12万亩以上。\n")
    assert outline(text) == [(1, "(一)", "全力以赴兴产业、筑体系,发展基础更加牢固"),
                             (2, None, "一是现代农业硕果累累")]


def test_keyed_entries_of_a_list_are_text_and_so_is_the_line_over_them() -> None:
    entries = ["拉萨市:拉萨市、当雄县", "日喀则市:日喀则市、亚东县", "那曲市:那曲市", "阿里地区:日土县"]
    report = govdoc.parse("关于拟申报名单的公示\n\n" + BODY + "\n\n拟申报以下城(县)为全国双拥模范城(县)\n\n"
                          + "\n\n".join(entries) + "\n\n公示时间为2025年2月24日—2025年2月28日。\n")
    paragraphs = [paragraph for _, paragraph in report.paragraphs()]
    assert {p.kind for p in paragraphs} == {"text"}
    assert [p.text for p in paragraphs][-6:] == ["拟申报以下城(县)为全国双拥模范城(县)", *entries,
                                                 "公示时间为2025年2月24日—2025年2月28日。"]


def test_the_last_words_of_a_text_cut_short_under_a_heading_are_text() -> None:
    report = govdoc.parse("滨江县2023年国民经济和社会发展统计公报\n\n一、农业\n\n" + BODY * 3
                          + "\n\n二、工业和建筑业\n\n2023年全县60家规模以上工\n")
    assert report.outline() == [(1, "一、", "农业"), (1, "二、", "工业和建筑业")]
    assert [(p.kind, p.text) for p in report.sections[-1].paragraphs] == [("text", "2023年全县60家规模以上工")]


def test_a_first_paren_heading_run_into_its_text_is_a_heading_where_the_page_breaks_off_before_its_second() -> None:
    text = ("一、2024年工作回顾\n\n" + BODY + "\n\n一年来,我们主要做了以下工作。\n\n"
            "(一)坚持项目引领,经济发展向“新”前进。聚焦重点项目,提供全方位要素保障,持续推进开发建设。\n\n"
            "保障项目征拆。完成环新英湾旅游公路项目征地工作,涉及的250.99亩土地已全部顺利签约。\n\n"
            "发展乡村文旅。发挥特色旅游资源优势,推动滨海旅游度假区项目建设落地。\n")
    assert outline(text) == [(1, "一、", "2024年工作回顾"), (2, "(一)", "坚持项目引领,经济发展向“新”前进"),
                             (3, None, "保障项目征拆"), (3, None, "发展乡村文旅")]
    # (a "（一）" a line break set at the start of a line inside a paragraph is none)
    inside = "二、主要做法\n(一)组织有力,压实责任。市人民政府高度重视建议和提案办理工作。\n"
    assert outline(BODY + "现将办理情况总结如下:" + inside) == []


def test_a_notice_s_sentence_that_lost_its_full_stop_is_text_not_a_kicker_of_the_plan_below_its_signature() -> None:
    text = ("东宁市人民政府办公室关于印发东宁市干旱灾害应急预案的通知\n\n各镇人民政府,市政府各有关直属单位:\n\n"
            "经市政府同意,现将东宁市干旱灾害应急预案》现印发给你们,请认真贯彻执行\n\n\n\n"
            "东宁市人民政府办公室\n\n2018年5月25日\n\n\n\n\n\n东宁市干旱灾害应急预案\n\n1 总则\n\n1.1 编制目的\n\n"
            + BODY + "\n\n1.2 编制依据\n\n" + BODY + "\n")
    report = govdoc.parse(text)
    assert [(p.kind, p.text[:6]) for p in report.preamble][:2] == [
        ("salutation", "各镇人民政府"), ("text", "经市政府同意")]
    assert not any("经市政府同意" in (s.kicker or s.title) for _, s in report.walk())
    assert [entry[1:] for entry in report.outline()][-3:] == [("1", "总则"), ("1.1", "编制目的"), ("1.2", "编制依据")]


def test_glossary_entries_run_into_one_paragraph_under_notes() -> None:
    """"备注：" over "一、…“三公”经费包括…。(1)因公出国(境)费,指…。(2)…,指…。(3)…,指…。" and a second part: the three
    entries, the words before them and the part after them as text (nothing lost)."""
    text = ("七宝县人民政府办公室2018年部门预算“三公”经费公开情况说明\n\n“三公”经费预算为16.4万元。\n\n备注:\n"
            "一、按照有关规定,“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费。(1)因公出国(境)费,指单位"
            "工作人员公务出国(境)的住宿费、旅费等支出。(2)公务用车购置及运行费,指单位公务用车购置费及租用费等支出。"
            "(3)公务接待费,指单位按规定开支的各类公务接待(含外宾接待)支出。\n二、“三公”经费增减变化原因说明:实行厉行节约。\n")
    report = govdoc.parse(text)
    assert [(t.number, t.term, t.definition[:6]) for t in report.glossary] == [
        (1, "因公出国(境)费", "指单位工作人"), (2, "公务用车购置及运行费", "指单位公务用"),
        (3, "公务接待费", "指单位按规定")]
    texts = [paragraph.text for *_, paragraph in report.paragraphs()]
    assert any(t.startswith("一、按照有关规定") and t.endswith("公务接待费。") for t in texts)
    assert any("实行厉行节约" in t for t in texts)


def test_a_contents_with_its_page_numbers_run_into_its_lines_and_a_list_under_the_heading_it_numbers() -> None:
    """No "目录" over it, its entries' labels printed otherwise below ("一、部门职责3" / … / "1.部门职责"), its page
    numbers glued to the entries or alone below them: a contents, as text; "1.贯彻…。" / "2.负责…。" right under
    "1.部门职责" are the items of its list, not headings."""
    text = ("七宝县人民政府办公室2019年度部门决算公开情况的说明\n\n第一部分七宝县政府办部门概况3\n\n一、部门职责3\n\n"
            "二、机构设置3\n\n第二部分 部门决算批复3\n\n一、收入支出决算批复3\n\n二、收入决算批复3\n\n"
            "三、政府性基金预算财政拨款“三公”经费支出决算情况说明\n\n8\n\n第三部分 名词解释13\n\n\n"
            "第一部分七宝县政府办部门概况\n\n1.部门职责\n\n1.贯彻落实党和国家的方针政策、法律法规,执行县委县政府决策部署。\n\n"
            "2.负责县政府会议的准备工作,协助县政府领导同志组织实施会议决定事项。\n\n3.协助县政府领导同志组织起\n")
    report = govdoc.parse(text)
    assert [entry[1:] for entry in report.outline()] == [("第一部分", "七宝县政府办部门概况"), ("1.", "部门职责")]
    texts = [paragraph.text for *_, paragraph in report.paragraphs()]
    assert "一、部门职责3" in texts and "8" in texts  # (nothing lost)
    # (a table's column of figures one cell to a line is no contents: its numbers are no page numbers run in)
    assert outline("一、总体情况\n" + BODY + "\n指标\n0\n0\n0\n0\n0\n二、主要做法\n" + BODY + "\n") == [
        (1, "一、", "总体情况"), (1, "二、", "主要做法")]


def test_a_table_one_cell_to_a_line_with_a_bar_alone_between_two_cells() -> None:
    rows = [("户籍人口", "43.92", "100"), ("#城镇", "12.51", "28.48"), ("乡村", "31.41", "71.52"),
            ("#男性", "22.75", "51.80")]
    cells = ["指标名称", "人口数(万人)", "比重(%)", *[cell for row in rows for cell in row]]
    text = ("一、综合\n全县户籍人口43.92万人。\n表1 2023年末户籍人口数及构成\n|\n" + "\n|\n".join(cells) + "\n|\n"
            "全年全县城镇新增就业人员2013人。\n")
    report = govdoc.parse(text)
    tables = [table for *_, table in report.tables()]
    assert len(tables) == 1 and [[c.text for c in row] for row in tables[0].rows] == [list(row) for row in rows]
    assert [entry[1:] for entry in report.outline()] == [("一、", "综合")]


def test_an_office_s_short_name_in_its_field_is_its_whole_name_where_the_title_prints_it() -> None:
    text = ("发文机关: 七宝县政府办 发文日期: 2020年10月09日\n"
            "名  称: 七宝县人民政府办公室2019年度部门决算公开情况的说明\n\n"
            "一、部门职责\n" + BODY + "\n")
    assert govdoc.parse(text).meta.issuer == "七宝县人民政府办公室"
    text = "发布机构: 七宝县政府办\n标题: 七宝县深化改革实施方案政策解读\n\n一、背景\n" + BODY + "\n"
    assert govdoc.parse(text).meta.issuer == "七宝县政府办"  # (as printed, where the title names no office)


def test_a_heading_that_counts_its_items_in_brackets_heads_a_list_not_headings() -> None:
    """"一、…牵头工作(3项)" over "1.投资…。" / "2.打造…。": the items of a task list, counted by their heading."""
    text = ("一、总体要求\n" + BODY + "\n二、县示范区管委会牵头工作(3项)\n1.投资3000万元建设循环水养殖基地。\n"
            "2.打造食用菌酵素生产基地。\n3.建设3个劳动密集型产业园。推动30条生产线投产。\n")
    assert outline(text) == [(1, "一、", "总体要求"), (1, "二、", "县示范区管委会牵头工作(3项)")]
    # (a heading without the count keeps its numbered lead sentences as headings)
    text = "一、总体要求\n" + BODY + "\n二、重点任务\n1.加快产业发展。" + BODY + "\n2.深化改革开放。" + BODY + "\n"
    assert outline(text) == [
        (1, "一、", "总体要求"), (1, "二、", "重点任务"), (2, "1.", "加快产业发展"), (2, "2.", "深化改革开放")]


def test_a_forum_post_s_profile_is_chrome_and_its_thread_title_s_province_tag_no_part_of_the_title() -> None:
    text = ("设为首页收藏本站\n查看: 62|回复: 0\n\n[内蒙古] 2024年七宝旗政府工作报告\n\n[复制链接]\n"
            "  • TA的每日心情\n    开心\n    5 天前\n  • 签到天数: 723 天\n\n    [LV.9]以坛为家II\n\n"
            "    1万\n\n    主题\n\n    1万\n\n    帖子\n\n"
            "    14万\n\n    积分\n\n    版主\n\n    Rank: 7Rank: 7\n\n    积分\n    145904\n"
            "    发表于 2024-4-24 11:26:26 | 显示全部楼层 |阅读模式\n    2024年七宝旗政府工作报告\n"
            "    2024年1月12日在七宝旗第十三届人民代表大会第三次会议上\n    七宝旗人民政府副旗长  张三\n    各位代表:\n"
            "    现在,我代表旗人民政府向大会报告工作,请予审议。\n    一、2023年工作回顾\n"
            "    2023年,全旗地区生产总值增长6.5%。\n")
    report = govdoc.parse(text)
    assert (report.meta.title, report.meta.date) == ("2024年七宝旗政府工作报告", dt.date(2024, 1, 12))
    assert [entry[1:] for entry in report.outline()] == [("一、", "2023年工作回顾")]
    assert [m.text for *_, m in report.metrics()] == ["6.5%"]  # (not the profile's "5 天", "723 天")


def test_a_heading_run_into_its_text_s_first_time_word_and_a_meeting_line_without_its_dashes() -> None:
    """A copy that lost the breaks after its headings: "一、2018年工作回顾过去一年,…", "(一)…提档升级一年来,我们…"."""
    text = ("2018年七宝镇政府工作报告\n发布日期:2025年07月27日\n"
            "2019年2月26日在七宝镇第三届人民代表大会第四次会议上镇长丁峰各位代表:现在,我代表镇人民政府向大会报告工作。\n"
            "一、2018年工作回顾过去一年,在县委的坚强领导下,我们完成了各项目标任务。2018年,我们重点抓好以下几个方面的工作:\n"
            "(一)调结构、促转型,经济发展提档升级一年来,我们牢固树立新发展理念,经济发展提质增效。\n")
    report = govdoc.parse(text)
    assert report.meta.date == dt.date(2019, 2, 26)  # (the meeting's, over the page's 发布日期)
    assert [entry[1:] for entry in report.outline()] == [
        ("一、", "2018年工作回顾"), ("(一)", "调结构、促转型,经济发展提档升级")]
    texts = [paragraph.text for *_, paragraph in report.paragraphs()]
    assert texts[-2].startswith("过去一年,") and texts[-1].startswith("一年来,")  # (nothing lost)
    # (a sentence's start is no heading: "回顾过去一年," keeps its words together)
    assert outline("一、回顾过去一年,我们完成了各项目标任务。\n" + BODY + "\n") == []


def test_a_question_headline_a_download_line_a_posted_at_field_and_a_route_line() -> None:
    """A page that opens with its question ("…区域有哪些?"); a file to download behind its button; a "发表于:" field; a
    route from place to place under a heading ("渔深河→射阳河→…围合区域")."""
    text = ("2023年七宝县禁燃烟花爆竹区域有哪些?\n七宝县禁燃烟花爆竹规定:\n一、禁燃区域:\n"
            "渔深河→射阳河→大沙河→城西路北延→省道329围合区域\n文物保护单位、车站码头、铁路沿线附近\n二、禁燃时间:\n"
            "除夕(18时至20时)可以安全燃放少量烟花爆竹,其他时间段禁止燃放。\n")
    report = govdoc.parse(text)
    assert report.meta.title == "2023年七宝县禁燃烟花爆竹区域有哪些?"
    assert [entry[1:] for entry in report.outline()] == [("一、", "禁燃区域"), ("二、", "禁燃时间")]
    assert outline("为什么要禁燃?因为污染空气。\n" + BODY + "\n") == []  # (a question with its answer is text)
    text = ("2021年七宝市水资源公报\n[水资源论证 - 水资源公报]\n发表于:2022-07-26 21:14:45\n收藏\n"
            "2021年,七宝市年降水量1114.8mm,比多年均值多8.7%。\n附件\n2021年七宝市水资源公报.pdf 【下载附件】\n")
    report = govdoc.parse(text)
    assert report.meta.date == dt.date(2022, 7, 26) and report.outline() == []
    assert [(m.indicator, m.change) for *_, m in report.metrics()] == [
        ("年降水量", None), ("年降水量", "increase")]  # (the place the bulletin is of is no part of a name)


def test_a_standing_committee_s_report_names_its_issuer_in_its_title() -> None:
    text = ("七宝省人民代表大会常务委员会工作报告(2021年)\n2021-02-03 10:00  来源:新华日报\n\n"
            "——2021年1月28日在七宝省第十三届人民代表大会第四次会议上\n\n各位代表:\n\n"
            "受主任委托,我代表省人大常委会向大会报告工作,请予审议。\n")
    assert govdoc.parse(text).meta.issuer == "七宝省人民代表大会常务委员会"


def test_numbered_tasks_with_the_departments_that_answer_for_them_are_items_not_headings() -> None:
    text = ("一、目标定位\n1.聚力建设都市圈核心区。(牵头部门:市发改局,配合部门:市级相关部门)\n"
            "2.争创产业聚焦转型先行区。(牵头部门:市招商局,配合部门:市发改局、工信局)\n"
            "3.争创改革高效集成先行区。(牵头部门:市委改革办)\n二、重点任务\n" + BODY + "\n")
    assert outline(text) == [(1, "一、", "目标定位"), (1, "二、", "重点任务")]


def test_counts_in_traditional_characters() -> None:
    metrics = govdoc.parse("全年生豬出欄7.0萬頭,增長4.3%;牛出欄5699頭,新建項目12項。\n").metrics()
    assert [(m.text, m.unit) for *_, m in metrics] == [
        ("7.0萬頭", "頭"), ("4.3%", "%"), ("5699頭", "頭"), ("12項", "項")]


def test_a_breadcrumb_with_no_home_and_a_copy_site_s_lines_are_chrome() -> None:
    text = ("七宝招商网> 资讯中心> 七宝政府工作报告> 青禾县政府工作报告>正文\n\n2017年青禾乡政府工作报告\n\n"
            "2017-02-18 00:00\n\n　　政 府 工 作 报 告\n\n　　——2017年2月20日在青禾乡第十九届人大二次会议上\n\n"
            "　　各位代表:\n\n　　现在,我代表乡人民政府,向大会报告工作,请予审议。\n")
    assert govdoc.parse(text).meta.title == "2017年青禾乡政府工作报告"
    text = ("正文复制\n\n\n更多写作资料+ 微信: 【会员享300g最新资料/每天稳定更新】\n"
            "七宝日报/2025 年/2 月/5 日/第 002 版要闻\n政府工作报告\n"
            "——2025 年 1 月 7 日在七宝市第十七届人民代表大会第五次会议上\n七宝市人民政府市长 王明\n各位代表:\n"
            "现在,我代表七宝市人民政府,向大会报告政府工作,请予审议。\n一、2024 年工作回顾\n" + BODY + "\n")
    report = govdoc.parse(text)
    assert (report.meta.title, report.meta.date) == ("政府工作报告", dt.date(2025, 1, 7))


def test_a_headline_under_a_portal_s_shorter_one_names_the_office_in_front() -> None:
    text = ("政府信息公开\n\n2022年度工作总结\n\n来源: 青禾街道办事处 发布时间: 2022-12-08 13:53 浏览次数: 1\n\n"
            "青禾街道2022年度工作总结\n\n青禾街道办事处\n\n2022年11月14日\n\n"
            "今年来,青禾街道在区委区政府正确领导下,较好的完成了各项工作任务。\n\n"
            "一、2022年工作开展情况\n\n" + BODY + "\n")
    assert govdoc.parse(text).meta.title == "青禾街道2022年度工作总结"


def test_a_row_of_spaced_fields_with_a_short_posting_key() -> None:
    text = ("规范性文件\n\n关于印发《青禾区草原保护实施方案》的通知\n\n"
            "索 引 号 010600106/2023-00071 发布机构 青禾区政府办公室 公开日 2023-07-04\n"
            "文  号 青区财农〔2023〕45号 主题分类 生态保护 失效日期\n著录日期 生效日期\n\n"
            "各乡镇人民政府:\n\n现将《青禾区草原保护实施方案》印发给你们,请认真贯彻执行。\n")
    meta = govdoc.parse(text).meta
    assert (meta.issuer, meta.date) == ("青禾区政府办公室", dt.date(2023, 7, 4))


def test_a_title_s_tail_below_a_break_that_lost_its_opening_bracket() -> None:
    text = ("关于印发《青禾区实施草原生态保护补助奖励政策实施方案(2023年)》的通知\n\n各乡镇人民政府:\n\n"
            "现将方案印发给你们,请认真贯彻执行。\n\n\n\n青禾区实施草原生态保护补助奖励政策实施方案\n\n"
            "2023年)\n\n一、重要意义与实施原则\n\n(一)重要意义\n\n" + BODY + "\n")
    assert outline(text) == [(1, None, "青禾区实施草原生态保护补助奖励政策实施方案2023年)"),
                             (2, "一、", "重要意义与实施原则"), (3, "(一)", "重要意义")]


def test_long_topics_of_an_account_named_with_a_colon_are_a_series() -> None:
    text = ("一、2024年区级财政决算情况\n(一)一般公共预算收支决算情况\n"
            "收入完成情况:全区地方一般公共预算收入完成59830万元。\n"
            "支出完成情况:全年一般公共预算支出完成127237万元,同比增支894万元。\n"
            "税收返还和转移支付执行情况:全区争取转移支付资金53507万元,同比减少1800万元。\n"
            "一般公共预算收支平衡情况:根据决算草案汇编结果,\n")
    assert [title for level, _, title in outline(text) if level == 3] == [
        "收入完成情况", "支出完成情况", "税收返还和转移支付执行情况", "一般公共预算收支平衡情况"]


def test_a_first_paren_heading_closed_with_a_full_stop_where_the_page_breaks_off() -> None:
    # (under a part's heading and its opening sentence, every line indented alike, over a series of leads)
    text = ("　　各位代表:\n\n　　现在,我代表乡人民政府,向大会报告工作,请予审议。\n\n　　一、2016年工作回顾\n\n"
            "　　换届以来,全乡上下真抓实干,实现良好开局。\n\n　　(一)坚持经济发展,综合实力逐渐凸显。\n\n"
            "　　主攻工业成效明显。全年共征用土地339亩。\n\n　　争资争项效果显著。争取项目资金3200万元。\n\n"
            "　　公路建设稳步推进。完成道路建设12公里。\n")
    assert outline(text)[:2] == [(1, "一、", "2016年工作回顾"), (2, "(一)", "坚持经济发展,综合实力逐渐凸显")]
    # (below the line that announces it, the store's cap cutting it)
    text = ("一、2024年工作回顾\n2024年是极具里程碑意义的一年。一年来的主要工作是:\n"
            "(一)聚力发展,现代化滨海城市建设迈出坚实步\n")
    assert outline(text) == [(1, "一、", "2024年工作回顾"), (2, "(一)", "聚力发展,现代化滨海城市建设迈出坚实步")]


def test_a_document_number_in_front_of_the_title_and_the_title_again_under_the_masthead() -> None:
    text = ("筑府办函〔2020〕78号市人民政府办公厅关于印发七宝市气象灾害应急预案的通知\n\n七宝市人民政府办公厅\n\n"
            "——————————\n\n筑府办函〔2020〕78号\n\n市人民政府办公厅关于印发\n\n七宝市气象灾害应急预案的通知\n\n\n"
            "各区、市、县人民政府,市政府有关工作部门:\n\n《七宝市气象灾害应急预案》已经市政府研究同意,现印发给你们,请抓好贯彻执行。\n\n"
            "一、总则\n\n" + BODY + "\n")
    report = govdoc.parse(text)
    assert report.meta.title == "市人民政府办公厅关于印发七宝市气象灾害应急预案的通知"
    assert report.outline() == [(1, "一、", "总则")]


def test_a_first_paren_heading_of_two_phrases_between_paragraphs_with_no_blank_lines() -> None:
    text = ("政府工作报告\n各位代表:\n现在,我代表镇人民政府,向大会报告工作,请予审议。\n2022年工作回顾\n"
            "去年以来,面对新冠肺炎疫情多轮冲击和经济社会发展多重压力,在区委、区政府和镇党委的坚强领导下,在镇人大主席团的"
            "监督支持下,全镇上下坚持以习近平新时代中国特色社会主义思想为指导,认真学习党的二十大精神,坚决落实各项决策部署,"
            "全面贯彻自治区党委、政府各项决策部署,统筹疫情防控和经济社会发展,统筹发展和安全,扎实做好稳增长、促改革、"
            "调结构、惠民生、防风险、保稳定各项工作,全镇\n"
            "(一)稳疫情、促发展,经济运行总体平稳\n经济发展取得进步。全年完成投资26.5亿元。\n")
    assert (2, "(一)", "稳疫情、促发展,经济运行总体平稳") in outline(text)


def test_items_named_with_a_colon_below_a_line_that_announces_them_are_no_leads() -> None:
    # (a year's report opens with what it is written under, a long paragraph: the copy's lines are paragraphs)
    text = ("为深入贯彻落实《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》),积极响"
            "应国家关于政府信息公开的号召,提升政府工作的透明度和公信力,青禾镇人民政府特此编制2024年度政"
            "府信息公开工作年度报告。本次年度报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请"
            "情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六个部分"
            "组成。所列数据统计时限为2024年1月1日至2024年12月31日。报告电子版可在七宝市人民政"
            "府网(www.qibao.gov.cn)政府信息公开专栏下载,欢迎社会各界进行监督和提出意见。公众如"
            "需进一步咨询了解相关信息,请与青禾镇人民政府联系(地址:七宝市青禾镇青禾村;电话:0435—4"
            "650003;邮编:135016)。\n"
            "一、总体情况\n全年信息公开工作紧紧围绕市委、市政府决策部署。\n(一)主动公开情况\n1、公开渠道与数量\n"
            "截至2024年12月31日,镇政府通过多种渠道累计主动公开政府信息424条,具体包括:\n"
            "政府网站:发布信息42条,涵盖政府职能、发展规划。\n微信公众号:发布信息212条,及时推送镇内新闻。\n"
            "公告栏与宣传册:在镇内公共场所设置公告栏,定期更新政府信息;同时,制作并发放宣传册,方便群众了解政府工作。\n"
            "2、公开内容\n政策文件:及时公开上级政府下发的政策文件及本镇制定的规范性文件。\n工作动")
    assert outline(text) == [(1, "一、", "总体情况"), (2, "(一)", "主动公开情况"), (3, "1、", "公开渠道与数量"),
                             (3, "2、", "公开内容")]


def test_the_title_of_a_plan_numbered_1_and_1_1_heads_it_and_a_last_line_cut_after_de_is_text() -> None:
    # (an 应急预案 is a document's title as a 方案 is; the page stops mid-sentence after "的", which no caption does)
    text = ("七宝市人民政府办公厅关于印发七宝市气象灾害应急预案的通知\n\n各区、市、县人民政府,市政府有关工作部门:\n\n"
            "《七宝市气象灾害应急预案》已经市政府研究同意,现印发给你们,请抓好贯彻执行。\n\n(此件公开发布)\n\n"
            "七宝市气象灾害应急预案\n\n1总则\n\n1.1编制目的\n\n" + BODY + "\n\n1.2适用范围\n\n"
            "本预案适用于发生在我市行政区域内暴雨、干旱、凝冻、大雾等气象灾害的")
    report = govdoc.parse(text)
    assert outline(text) == [(1, None, "七宝市气象灾害应急预案"), (2, "1", "总则"), (3, "1.1", "编制目的"),
                             (3, "1.2", "适用范围")]
    assert not [p for _, s in report.walk() for p in s.paragraphs if p.kind == "caption"]


def test_a_plan_s_contents_one_entry_to_a_line_under_a_garbled_heading_is_no_heading() -> None:
    # ("目? 录": the space the store lost; entries as long as each other that the layout would run together)
    entries = ("1 总则\n1.1编制目的\n1.2编制依据\n1.5市场异常分类\n1.5.1市场小微波动(Ⅳ级)\n1.5.2市场轻度异常波动(Ⅲ级)\n"
               "2 组织机构和职责\n2.1市应急指挥部\n2.2市应急指挥部办公室\n2.3市应急指挥部工作小组\n")
    text = ("七宝市生活必需品市场供应应急预案\n目? 录\n" + entries + "1 总则\n1.1编制目的\n" + BODY + "\n1.2编制依据\n"
            + BODY + "\n")
    expected = [("1", "总则"), ("1.1", "编制目的"), ("1.2", "编制依据")]
    assert [entry[1:] for entry in govdoc.parse(text).outline()] == expected


def test_a_selling_site_s_outline_under_its_heading_is_no_heading_and_the_report_s_title_follows_it() -> None:
    text = ("目录/提纲:……\n一、聚焦现代农业,展现稳产保供新作为\n一是稳豆任务全面落实\n二是大垄规模广泛实施\n"
            "二、聚焦黑土保护,夯实粮食安全生产根基\n一是强化黑土保护利用\n二是强化化肥减量增效\n……\n"
            "七宝县2023年农业农村工作开展情况汇报\n" + BODY + "\n一、聚焦现代农业,展现稳产保供新作为\n"
            "一是稳豆任务全面落实。" + BODY + "\n")
    report = govdoc.parse(text)
    assert report.meta.title == "七宝县2023年农业农村工作开展情况汇报"
    titles = [title for _, _, title in report.outline()]
    assert titles[-2:] == ["聚焦现代农业,展现稳产保供新作为", "一是稳豆任务全面落实"]


def test_a_widget_s_count_glued_to_the_title_and_a_forum_member_s_card_are_no_part_of_the_title() -> None:
    notice = ("市政府办公室关于印发七宝市生活必需品市场供应应急预案的通知0\n政策\n发布部门:市人民政府办公室\n\n"
              "各县区:\n经市政府同意,现将预案印发给你们,请认真贯彻执行。\n")
    assert govdoc.parse(notice).meta.title == "市政府办公室关于印发七宝市生活必需品市场供应应急预案的通知"
    forum = ("TA的每日心情 | 奋斗 3 天前 |\n---|\n签到天数: 846 天 [LV.10]以坛为家III\n版主\n- 积分\n- 172323\n|\n"
             "2023年七宝市国民经济和社会发展统计公报\n" + BODY + "\n")
    report = govdoc.parse(forum)
    assert report.meta.title == "2023年七宝市国民经济和社会发展统计公报"
    assert "846天" not in [metric.text for _, metric in report.metrics()]


def test_a_plan_s_title_wrapped_before_its_last_words_in_an_indented_layout_is_one_heading() -> None:
    text = ("各市人民政府:\n  《2024年省〈政府工作报告〉重点工作分工方案》已经省政府审议通过,现印发给你们,"
            "请认真贯彻。\n\n\n2024年省《政府工作报告》重点工作\n分工方案\n  \n\n  " + BODY
            + "\n  一、今年全省经济社会发展的主要预期目标\n  " + BODY + "\n  二、主要任务\n  " + BODY + "\n")
    assert outline(text)[0] == (1, None, "2024年省《政府工作报告》重点工作分工方案")


def test_a_unit_line_is_neither_a_heading_nor_part_of_one_and_makes_the_line_above_it_a_caption() -> None:
    text = ("七宝区2024年一般公共预算“三公”经费预算\n一、2024年一般公共预算“三公”经费支出预算表\n单位:万元\n"
            "“三公”经费合计\n因公出国(境)费\n328.7\n10\n二、2024年一般公共预算“三公”经费支出预算情况说明\n"
            + BODY + "\n图1 “十二五”期间地区生产总值及增速\n单位:亿元、%\n二〇二四年七宝区地区生产总值\n"
            "单位:元、%\n" + BODY + "\n")
    report = govdoc.parse(text)
    assert [title for _, _, title in report.outline()] == ["2024年一般公共预算“三公”经费支出预算表",
                                                           "2024年一般公共预算“三公”经费支出预算情况说明"]
    captions = [p.text for _, s in report.walk() for p in s.paragraphs if p.kind == "caption"]
    assert captions == ["图1“十二五”期间地区生产总值及增速", "二〇二四年七宝区地区生产总值"]
