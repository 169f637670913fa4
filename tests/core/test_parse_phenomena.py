"""One test per phenomenon of issue 2 §3, each on a small input written for it (not the seeds).

The inputs use other organisations, topics and figures than the seeds, so that these tests check
that the parser reads the *kind* of layout, not the seeds' wording.
"""

from __future__ import annotations

import codecs
from decimal import Decimal

import pytest

import govdoc
from govdoc import DecodeError, GovdocError, Report, Section


def parse(text: str) -> Report:
    return govdoc.parse(text)


def outline(report: Report) -> list[tuple[int, str | None, str]]:
    return report.outline()


def texts(report: Report) -> list[str]:
    """Every paragraph text in document order."""
    return [p.text for _, p in report.paragraphs()]


def figures(report: Report) -> list[str]:
    return [m.text for _, m in report.metrics()]


def all_text(report: Report) -> str:
    parts = [s.title for _, s in report.walk()] + texts(report)
    parts += [f"{t.term}{t.definition}" for t in report.glossary]
    return "\n".join(parts)


def find(report: Report, title: str) -> Section:
    return next(s for _, s in report.walk() if s.title == title)


# ---- decoding ------------------------------------------------------------------------------------

REPORT_TEXT = "长宁区新华路街道2024年工作报告\n一、民生保障\n全年新建社区食堂3家，服务老人12万人次。\n"


@pytest.mark.parametrize("data", [
    REPORT_TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + REPORT_TEXT.encode("utf-8"),
    REPORT_TEXT.encode("gb18030"),
    REPORT_TEXT.encode("gbk"),
    REPORT_TEXT.encode("utf-16"),
    REPORT_TEXT.encode("utf-16-le"),
    REPORT_TEXT.encode("utf-16-be"),
], ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16-bom", "utf16le-nobom", "utf16be-nobom"])
def test_every_encoding_gives_the_same_report(data: bytes) -> None:
    report = govdoc.parse(data)
    assert report == parse(REPORT_TEXT)
    assert outline(report) == [(1, "一、", "民生保障")]
    assert figures(report) == ["3家", "12万人次"]


def test_binary_input_is_a_clear_error() -> None:
    with pytest.raises(DecodeError, match=r"binary|not text") as info:
        govdoc.parse(bytes(range(32)) * 40, source="upload.txt")
    assert "upload.txt" in str(info.value)


# ---- line breaks ---------------------------------------------------------------------------------

COLUMN = """\
桃浦··

22002233年桃浦镇社区代表大会召开

会议听取了镇政府工作报告，与会代表围绕智慧养老、
小微企业服务等议题提出意见建议共计 58 条。会议
认为，过去一年全镇更换老旧燃气管道 600
余米，改造积水点 11 处，新增公共停车泊位

320 个，为辖区居民办成了一批实事好事。

镇党委副书记、镇长刘洋（（左二））在会上讲话

关于桃浦镇 22002233年
社区代表意见、、建议办理情况的报告

今年共收到代表意见建议 46 件，已全部办结，办结率 100%。
"""


def test_hard_line_breaks_and_a_blank_line_mid_sentence_are_joined() -> None:
    report = parse(COLUMN)
    first = report.sections[0].paragraphs[0].text
    assert first == ("会议听取了镇政府工作报告，与会代表围绕智慧养老、小微企业服务等议题提出意见建议共计58条。"
                     "会议认为，过去一年全镇更换老旧燃气管道600余米，改造积水点11处，新增公共停车泊位320个，"
                     "为辖区居民办成了一批实事好事。")


def test_a_number_split_from_its_unit_is_one_figure() -> None:
    report = parse(COLUMN)
    found = {m.text: m for _, m in report.metrics()}
    assert found["600余米"].value == 600 and found["600余米"].approx == "over"
    assert found["320个"].value == 320


def test_a_headline_over_two_lines_is_one_title() -> None:
    report = parse(COLUMN)
    titles = [s.title for s in report.sections]
    assert titles == ["2023年桃浦镇社区代表大会召开", "关于桃浦镇2023年社区代表意见、建议办理情况的报告"]
    assert report.sections[1].paragraphs[0].text.startswith("今年共收到")


def test_a_numbered_heading_over_two_lines_is_one_title() -> None:
    report = parse("梅陇镇2024年政府工作报告\n\n"
                   "一、坚持稳中求进，全力推动区域经济\n高质量发展\n"
                   "全年实现地区生产总值86.5亿元，同比\n增长5.2%；完成固定资产投资21亿元，\n"
                   "新增市场主体1320户，经济运行总体平稳。\n"
                   "二、坚持人民至上，持续增进民生福祉\n")
    assert outline(report) == [(1, "一、", "坚持稳中求进，全力推动区域经济高质量发展"),
                               (1, "二、", "坚持人民至上，持续增进民生福祉")]
    assert figures(report) == ["86.5亿元", "5.2%", "21亿元", "1320户"]


def test_a_run_in_sentence_wrapped_onto_the_next_line() -> None:
    report = parse("一、民生保障\n（一）养老服务。新建社区长者食堂4家，日均服务老人\n1200人次。\n")
    section = find(report, "养老服务")
    assert section.run_in and section.children == []
    assert [p.text for p in section.paragraphs] == ["新建社区长者食堂4家，日均服务老人1200人次。"]


# ---- fake bold -----------------------------------------------------------------------------------

def test_fake_bold_is_undone_in_headlines_and_captions() -> None:
    report = parse(COLUMN)
    assert report.meta.title == "2023年桃浦镇社区代表大会召开"
    captions = [p.text for _, p in report.paragraphs() if p.kind == "caption"]
    assert captions == ["镇党委副书记、镇长刘洋（左二）在会上讲话"]
    assert "22002233" not in all_text(report) and "、、" not in all_text(report)


def test_fake_bold_years_and_quotes() -> None:
    report = parse("\n\n共建““美丽””古美 22001199年回眸\n\n"
                   "这一年，古美路街道完成旧住房修缮12万平方米，新增绿地3.5公顷，居民满意度持续提升。\n")
    assert report.sections[0].title == "共建“美丽”古美2019年回眸"


def test_genuine_repeats_survive() -> None:
    report = parse("一、志愿服务\n"
                   "志愿者常常走访独居老人，做到人人有人管、天天有人问，全年服务2000户家庭、1100名老人。\n")
    text = texts(report)[0]
    assert "常常" in text and "人人" in text and "天天" in text
    assert figures(report) == ["2000户", "1100名"]


# ---- spaces from PDF extraction ------------------------------------------------------------------

def test_spaces_around_numbers_go_and_the_figure_is_read() -> None:
    report = parse("一、城市管理\n全年拆除违法建筑 31 处，约 2.6 万平方米，整治群租 128 户。\n")
    assert texts(report) == ["全年拆除违法建筑31处，约2.6万平方米，整治群租128户。"]
    assert figures(report) == ["31处", "约2.6万平方米", "128户"]
    assert next(m for _, m in report.metrics()).value == 31


def test_spaces_inside_a_name_in_a_byline_go() -> None:
    report = parse(COLUMN.replace("桃浦··\n", "桃浦··\n\n□记者 陈 晨\n"))
    assert report.meta.authors == ["记者 陈晨"]


def test_a_space_between_headline_phrases_stays() -> None:
    report = parse("\n\n织密平安防护网 守护万家灯火\n\n"
                   "今年以来，华泾镇组建联勤联动队伍12支，全年化解矛盾纠纷860余件，群众安全感持续提升。\n")
    assert report.sections[0].title == "织密平安防护网 守护万家灯火"


# ---- furniture, mastheads, captions, bylines, salutations ----------------------------------------

NEWSPAPER = """\
 12、13 要闻
枫林··

枫林社区报

本期 12 版 第 57 期

2023年5月16日

FENGLIN WEEKLY

社区食堂开进老小区 居民吃上放心饭

□记者 陈 晨

近日，枫林路街道首家社区食堂在永嘉新村正式开业，可同时容纳
120人就餐，每天供应早中晚三餐，首月接待居民超过
3000人次。

街道相关负责人介绍，食堂由闲置仓库改建而成，总面积约
450平方米，投入改造资金
85万元。

食堂开业现场

河道整治还居民一片清水

□通讯员 王丽

今年以来，街道对辖区内3条河道开展综合整治，累计清淤
2600余立方米，新建护岸
1.2公里。

扫描二维码
关注“枫林发布”
"""


def test_page_furniture_and_masthead_are_not_content() -> None:
    report = parse(NEWSPAPER)
    content = all_text(report)
    for furniture in ("12、13", "要闻", "枫林··", "本期", "FENGLIN", "二维码", "枫林发布"):
        assert furniture not in content
    assert "12" not in figures(report) and "57" not in "".join(figures(report))


def test_masthead_feeds_meta() -> None:
    meta = parse(NEWSPAPER).meta
    assert meta.publication == "枫林社区报"
    assert meta.issue == "第57期"
    assert str(meta.date) == "2023-05-16"
    assert meta.authors == ["记者 陈晨", "通讯员 王丽"]


def test_several_articles_on_one_page() -> None:
    report = parse(NEWSPAPER)
    assert [(s.kind, s.title, s.byline) for s in report.sections] == [
        ("article", "社区食堂开进老小区 居民吃上放心饭", "记者 陈晨"),
        ("article", "河道整治还居民一片清水", "通讯员 王丽"),
    ]
    first = report.sections[0]
    assert [p.kind for p in first.paragraphs] == ["text", "text", "caption"]
    assert first.paragraphs[2].text == "食堂开业现场"
    assert figures(report) == ["120人", "超过3000人次", "约450平方米", "85万元", "3条", "2600余立方米", "1.2公里"]


def test_headline_with_its_subtitle_below_a_blank_line() -> None:
    report = parse(NEWSPAPER.replace("扫描二维码", "守护一方平安 建设幸福家园\n\n华泾镇召开2024年平安建设推进会\n\n"
                                     "3月12日下午，华泾镇召开平安建设推进会，镇党政领导、各居民区书记共80余人参加会议。\n\n"
                                     "扫描二维码"))
    article = report.sections[-1]
    assert (article.kind, article.title, article.subtitle) == (
        "article", "守护一方平安 建设幸福家园", "华泾镇召开2024年平安建设推进会")
    assert [title for _, _, title in outline(report)][-1] == "守护一方平安 建设幸福家园"
    assert article.paragraphs[0].text.startswith("3月12日下午")


def test_long_kicker_above_a_headline() -> None:
    report = parse("\n\n推动“宜居七宝、品质生活”建设迈上新台阶，让七宝居民生活更有品质更加幸福\n"
                   "22002244年七宝镇社区代表会议举行\n\n"
                   "日前，七宝镇2024年社区代表会议在镇社区事务受理服务中心举行，参加会议的社区代表等120余人。\n")
    [article] = report.sections
    assert article.title == "2024年七宝镇社区代表会议举行"
    assert article.kicker == "推动“宜居七宝、品质生活”建设迈上新台阶，让七宝居民生活更有品质更加幸福"


def test_a_byline_below_the_text_is_a_byline_paragraph() -> None:
    report = parse(NEWSPAPER.replace("新建护岸\n1.2公里。\n", "新建护岸\n1.2公里。\n\n□通讯员 鲁 敏\n"))
    assert report.sections[1].byline == "通讯员 王丽"
    assert [(p.kind, p.text) for p in report.sections[1].paragraphs][-1] == ("byline", "通讯员 鲁敏")
    assert "通讯员 鲁敏" in report.meta.authors


def test_photo_captions() -> None:
    report = parse("\n\n初心如磐 守护老城厢\n\n"
                   "近年来，豫园街道始终把基层党建工作摆在突出位置，将党的建设贯穿于社区治理的全过程。\n\n"
                   "▲志愿者在老街开展文明劝导\n\n"
                   "2024年豫园街道党建联建工作推进会现场\n\n"
                   "街道党工委书记王建国（（右三））为新建党群服务站揭牌\n\n"
                   "如今，街道已建成党群服务站18个，覆盖全部居民区，累计服务群众超过5万人次。\n")
    captions = [p.text for _, p in report.paragraphs() if p.kind == "caption"]
    assert captions == ["志愿者在老街开展文明劝导", "2024年豫园街道党建联建工作推进会现场",
                        "街道党工委书记王建国（右三）为新建党群服务站揭牌"]
    assert figures(report) == ["18个", "超过5万人次"]  # captions carry no figures here


def test_salutation() -> None:
    report = parse("龙华镇人民政府2024年工作报告\n\n各位代表：\n\n现在，我代表镇人民政府向大会报告工作，请予审议。\n\n"
                   "一、产业发展稳中有进\n全年新引进科技型企业86家，实现税收收入1.5亿元，同比增长7.2%。\n")
    assert [(p.kind, p.text) for p in report.preamble] == [
        ("salutation", "各位代表："), ("text", "现在，我代表镇人民政府向大会报告工作，请予审议。")]
    assert outline(report) == [(1, "一、", "产业发展稳中有进")]


# ---- the web metadata table ----------------------------------------------------------------------

DISCLOSURE = """\
江川路街道办事处2024年工作报告
索引号 | 发布机构 | 江川路街道 | |
公开类别 | 主动公开 | 发布时间 | 2025-02-14 |
凝心聚力谋发展 砥砺奋进开新局
——江川路街道办事处工作报告
第一部分 2024年工作回顾
过去一年,街道经济社会发展总体平稳,较好完成了全年目标任务。
一年来,我们主要做了以下工作:
一、营商环境持续改善,经济发展稳中向好
(一)招商引资提质增效。全年新增注册企业215家,实现区级税收2.8亿元。强化企业服务,走访重点企业130余家。
(二)楼宇经济加快发展。盘活闲置楼宇3幢,新增商务面积1.6万平方米。
二、民生福祉不断增进,社会事业全面发展
(一)养老服务扩容提质。新建综合为老服务中心1家,完成适老化改造120户。
第二部分 2025年工作安排
一、聚焦高质量发展
(一)优化产业布局。全力推进园区转型升级,1.5亿元专项资金将用于园区改造。
《江川路街道办事处工作报告》名词解释
1. 一网通办:群众办事只需进一扇门、办多件事。
2. 15分钟生活圈:步行15分钟范围内配备基本服务功能。
3. 为老服务中心:为老年人提供日间照料、助餐等服务的综合设施,每个街道至少1个。
"""


def test_web_metadata_table_feeds_meta() -> None:
    meta = parse(DISCLOSURE).meta
    assert meta.title == "江川路街道办事处2024年工作报告"
    assert meta.issuer == "江川路街道"
    assert str(meta.date) == "2025-02-14"
    assert meta.category == "主动公开"
    assert meta.index_number is None  # printed empty
    assert meta.subtitle is not None and "江川路街道办事处工作报告" in meta.subtitle


def test_metadata_table_rows_are_not_content() -> None:
    content = all_text(parse(DISCLOSURE))
    assert "索引号" not in content and "发布时间" not in content and "2025-02-14" not in content


def test_metadata_table_with_an_index_number() -> None:
    meta = parse("索引号 | MB2F13658N/2025-00007 | 发布机构 | 华泾镇人民政府 |\n"
                 "公开类别 | 主动公开 | 发布时间 | 2025-03-02 |\n"
                 "一、工作回顾\n全年新增就业岗位1860个，帮扶困难家庭215户。\n").meta
    assert (meta.index_number, meta.issuer, str(meta.date)) == (
        "MB2F13658N/2025-00007", "华泾镇人民政府", "2025-03-02")


# ---- a long report: parts, sections, run-in headings, glossary -----------------------------------

def test_single_long_report_outline() -> None:
    assert outline(parse(DISCLOSURE)) == [
        (1, "第一部分", "2024年工作回顾"),
        (2, "一、", "营商环境持续改善,经济发展稳中向好"),
        (3, "(一)", "招商引资提质增效"),
        (3, "(二)", "楼宇经济加快发展"),
        (2, "二、", "民生福祉不断增进,社会事业全面发展"),
        (3, "(一)", "养老服务扩容提质"),
        (1, "第二部分", "2025年工作安排"),
        (2, "一、", "聚焦高质量发展"),
        (3, "(一)", "优化产业布局"),
        (1, None, "《江川路街道办事处工作报告》名词解释"),
    ]


def test_parts_and_glossary_kinds() -> None:
    report = parse(DISCLOSURE)
    assert [s.kind for s in report.sections] == ["part", "part", "glossary"]
    assert [p.text for p in report.sections[0].paragraphs] == [
        "过去一年,街道经济社会发展总体平稳,较好完成了全年目标任务。", "一年来,我们主要做了以下工作:"]


def test_run_in_heading() -> None:
    section = find(parse(DISCLOSURE), "招商引资提质增效")
    assert section.run_in
    assert section.label == "(一)" and section.number == 1
    assert section.paragraphs[0].text == "全年新增注册企业215家,实现区级税收2.8亿元。强化企业服务,走访重点企业130余家。"
    assert [m.text for m in section.paragraphs[0].metrics] == ["215家", "2.8亿元", "130余家"]


def test_run_in_heading_with_two_phrases() -> None:
    report = parse("一、过去一年的主要工作\n"
                   "（一）聚焦高质量发展，经济实力稳步提升。全年完成税收收入18.6亿元，同比增长4.5%。\n"
                   "（二）聚焦民生改善，群众获得感持续增强。新建长者照护之家2家，新增养老床位180张。\n"
                   "二、今年的工作安排\n")
    assert outline(report) == [(1, "一、", "过去一年的主要工作"), (2, "（一）", "聚焦高质量发展，经济实力稳步提升"),
                               (2, "（二）", "聚焦民生改善，群众获得感持续增强"), (1, "二、", "今年的工作安排")]
    section = find(report, "聚焦民生改善，群众获得感持续增强")
    assert section.run_in and section.paragraphs[0].text == "新建长者照护之家2家，新增养老床位180张。"


def test_glossary_with_numbered_entries() -> None:
    report = parse(DISCLOSURE)
    assert [(t.number, t.term, t.definition) for t in report.glossary] == [
        (1, "一网通办", "群众办事只需进一扇门、办多件事。"),
        (2, "15分钟生活圈", "步行15分钟范围内配备基本服务功能。"),
        (3, "为老服务中心", "为老年人提供日间照料、助餐等服务的综合设施,每个街道至少1个。"),
    ]
    assert [m.text for m in report.glossary[1].metrics] == ["15分钟"]
    paths = {m.text: path for path, m in report.metrics()}
    assert paths["15分钟"][0].kind == "glossary"


def test_numbers_are_not_taken_for_headings() -> None:
    report = parse(DISCLOSURE)
    assert all(not title.startswith(("1.5", "5亿元")) for _, _, title in outline(report))
    assert "1.5亿元" in figures(report)


# ---- numbering families --------------------------------------------------------------------------

def test_every_numbering_family_nests_by_first_appearance() -> None:
    report = parse("石湖荡镇2024年重点工作安排\n"
                   "一、推进乡村振兴\n1.发展现代农业\n"
                   "（1）稳定粮食生产。全年粮食播种面积稳定在2.3万亩以上。\n"
                   "（2）壮大特色产业。培育家庭农场15家。\n"
                   "①扩大优质稻米种植\n②推广绿色种养模式\n"
                   "2.改善人居环境\n●农村生活污水治理\n●河道长效管护\n"
                   "二、推进城镇更新\n1.完善基础设施\n（1）提升道路品质。改造镇区道路4.5公里。\n")
    assert outline(report) == [
        (1, "一、", "推进乡村振兴"),
        (2, "1.", "发展现代农业"),
        (3, "（1）", "稳定粮食生产"),
        (3, "（2）", "壮大特色产业"),
        (4, "①", "扩大优质稻米种植"),
        (4, "②", "推广绿色种养模式"),
        (2, "2.", "改善人居环境"),
        (3, "●", "农村生活污水治理"),
        (3, "●", "河道长效管护"),
        (1, "二、", "推进城镇更新"),
        (2, "1.", "完善基础设施"),
        (3, "（1）", "提升道路品质"),
    ]
    assert [s.number for _, s in report.walk()][:7] == [1, 1, 1, 2, 1, 2, 2]


@pytest.mark.parametrize(("first", "second"), [("(一)", "（二）"), ("1、", "2、"), ("(1)", "（2）"), ("1.", "2．")])
def test_family_variants_are_one_family(first: str, second: str) -> None:
    report = parse(f"一、总体要求\n{first}强化党建引领\n{second}完善服务体系\n二、保障措施\n")
    assert [level for level, _, _ in outline(report)] == [1, 2, 2, 1]
    assert [label for _, label, _ in outline(report)][1:3] == [first, second]


def test_an_order_other_than_the_usual_is_kept() -> None:
    # families rank by first appearance in this document, not by a fixed order
    report = parse("（一）总体要求\n1.强化党建引领\n2.完善服务体系\n（二）保障措施\n1.加强组织领导\n")
    assert outline(report) == [(1, "（一）", "总体要求"), (2, "1.", "强化党建引领"), (2, "2.", "完善服务体系"),
                               (1, "（二）", "保障措施"), (2, "1.", "加强组织领导")]


# ---- inline enumerations -------------------------------------------------------------------------

ENUMERATIONS = """\
一、推进城镇更新
（1）提升道路品质。改造镇区道路4.5公里。
（2）完善公共设施。新建公厕6座。
二、推进美丽家园建设
各居民区结合实际,主要完成了以下工程:
(1)基础设施项目:修缮房屋立面、整理杂乱线缆;(2)惠民项目:增设休憩座椅、加装楼道扶手;(3)文化项目:打造弄堂文化墙。
一是完善议事规则,二是规范资金使用,三是加强工程监管。
1.5亿元财政资金已全部拨付到位,重点用于老旧小区综合改造和雨污混接整治。
"""


def test_inline_enumerations_are_body_text() -> None:
    report = parse(ENUMERATIONS)
    assert outline(report) == [(1, "一、", "推进城镇更新"), (2, "（1）", "提升道路品质"), (2, "（2）", "完善公共设施"),
                               (1, "二、", "推进美丽家园建设")]
    assert [p.text[:8] for p in report.sections[1].paragraphs] == [
        "各居民区结合实际", "(1)基础设施项", "一是完善议事规则", "1.5亿元财政资"]
    assert "1.5亿元" in figures(report)


def test_a_numbered_list_of_sentences_is_body_text() -> None:
    report = parse("新泾镇“十四五”规划实施情况报告\n第一章 总体情况\n第一节 规划目标完成情况\n"
                   "“十四五”以来，新泾镇主要指标完成情况良好，地区生产总值年均增长6.2%。\n"
                   "第二章 下一步工作\n第一节 重点任务\n"
                   "1、加快产业转型升级，力争新增高新技术企业20家，培育专精特新企业8家；\n"
                   "2、持续改善人居环境，完成老旧小区综合改造35万平方米；\n"
                   "3、提升公共服务水平，新建社区卫生服务站2个。\n")
    assert outline(report) == [(1, "第一章", "总体情况"), (2, "第一节", "规划目标完成情况"),
                               (1, "第二章", "下一步工作"), (2, "第一节", "重点任务")]
    assert [p.text[:2] for p in report.sections[1].children[0].paragraphs] == ["1、", "2、", "3、"]
    assert figures(report) == ["6.2%", "20家", "8家", "35万平方米", "2个"]


# ---- unnumbered subheads and lead sentences ------------------------------------------------------

SUBHEADS = """\
 06、07 综合
华泾··

华泾镇2023年工作总结及2024年工作计划

2023年，华泾镇坚持以人民为中心的发展思想，
紧扣“产城融合、宜居宜业”的发展定位，统筹
推进经济发展、城市更新和民生保障各项工作，
全年各项目标任务顺利完成。

一、重点工作取得突破
城市更新提速增效。
产业转型步伐加快。
“两网融合”全面铺开。

二、社会治理水平持续提升
平安建设深入推进。全年化解矛盾纠纷
860余件；新增智能安防小区12个；开展
消防安全检查1500余次。
社区自治更加活跃。建设“睦邻客堂间”
28处，培育自治项目46个，居民参与率
明显提升。

社区发展专业委员会

2023年，社区发展专业委员会围绕镇域
中心工作，组织委员开展专题调研6次，
形成调研报告4篇，为镇党委决策提供参考。
"""


def test_lead_sentences_on_their_own_line_are_headings() -> None:
    report = parse(SUBHEADS)
    assert outline(report) == [
        (1, None, "华泾镇2023年工作总结及2024年工作计划"),
        (2, "一、", "重点工作取得突破"),
        (3, None, "城市更新提速增效"),
        (3, None, "产业转型步伐加快"),
        (3, None, "“两网融合”全面铺开"),
        (2, "二、", "社会治理水平持续提升"),
        (3, None, "平安建设深入推进"),
        (3, None, "社区自治更加活跃"),
        (2, None, "社区发展专业委员会"),
    ]
    lead = find(report, "平安建设深入推进")
    assert lead.kind == "lead" and lead.run_in
    assert lead.paragraphs[0].text == "全年化解矛盾纠纷860余件；新增智能安防小区12个；开展消防安全检查1500余次。"
    assert find(report, "城市更新提速增效").paragraphs == []


def test_unnumbered_subhead_of_a_committee() -> None:
    section = find(parse(SUBHEADS), "社区发展专业委员会")
    assert section.kind == "subhead" and section.label is None
    assert [m.text for m in section.paragraphs[0].metrics] == ["6次", "4篇"]


def test_unnumbered_subheads_in_a_single_article() -> None:
    report = parse("\n\n守护一方平安 建设幸福家园\n\n□通讯员 赵敏\n\n"
                   "近年来,华泾镇坚持党建引领基层治理,将平安建设融入社区治理的各方面和全过程,群众安全感和满意度持续提升。\n\n"
                   "织密平安防护网 筑牢安全底线\n\n"
                   "镇综治中心整合公安、城管、市场监管等力量,组建联勤联动队伍12支,全年化解矛盾纠纷860余件。\n\n"
                   "凝聚群防群治力量\n\n"
                   "依托居民区党组织,发动志愿者1500余名参与巡逻守护,形成人人参与、人人尽责的良好局面。\n\n"
                   "延伸阅读\n\n华泾镇现有居民区28个,常住人口约9.6万人。\n")
    assert outline(report) == [(1, None, "守护一方平安 建设幸福家园"), (2, None, "织密平安防护网 筑牢安全底线"),
                               (2, None, "凝聚群防群治力量"), (2, None, "延伸阅读")]
    assert [s.kind for s in report.sections[0].children] == ["subhead", "subhead", "sidebar"]
    assert report.sections[0].byline == "通讯员 赵敏"


def test_a_parallel_list_of_sentences_is_one_paragraph() -> None:
    report = parse("一、疫情防控\n完善联防机制。筑牢社区防线。做好托底保障。落实物资储备。\n")
    assert outline(report) == [(1, "一、", "疫情防控")]
    assert texts(report) == ["完善联防机制。筑牢社区防线。做好托底保障。落实物资储备。"]


# ---- metadata ------------------------------------------------------------------------------------

def test_report_title_subtitle_and_signature() -> None:
    report = parse("七宝镇人民政府2024年工作总结\n——在七宝镇第三届人民代表大会第四次会议上\n\n"
                   "一、经济发展\n全年完成税收收入18.6亿元，同比增长4.5%，新增企业620户。\n\n"
                   "七宝镇人民政府\n2025年1月10日\n")
    meta = report.meta
    assert meta.title == "七宝镇人民政府2024年工作总结"
    assert meta.subtitle == "在七宝镇第三届人民代表大会第四次会议上"
    assert meta.issuer == "七宝镇人民政府"
    assert str(meta.date) == "2025-01-10"
    assert outline(report) == [(1, "一、", "经济发展")]
    assert "2025年1月10日" not in all_text(report)


def test_key_value_metadata_above_hard_wrapped_text() -> None:
    report = parse("标题：徐家汇街道2024年工作总结\n发布机构：徐家汇街道办事处\n发布日期：2025-01-20\n\n"
                   "一、经济发展\n全年实现税收收入12.3亿元，同比增长3.1%，\n新增企业410户，完成招商引资目标。街道\n"
                   "持续优化营商环境，走访重点企业130余家。\n二、民生保障\n新建社区长者食堂2家，日均服务老人900人\n"
                   "次，新增养老床位120张。\n")
    assert (report.meta.title, report.meta.issuer, str(report.meta.date)) == (
        "徐家汇街道2024年工作总结", "徐家汇街道办事处", "2025-01-20")
    assert outline(report) == [(1, "一、", "经济发展"), (1, "二、", "民生保障")]
    assert texts(report)[1] == "新建社区长者食堂2家，日均服务老人900人次，新增养老床位120张。"
    assert "900人次" in figures(report)


def test_masthead_publisher_line_feeds_issuer() -> None:
    meta = parse(NEWSPAPER.replace("FENGLIN WEEKLY\n", "FENGLIN WEEKLY\n\n枫林路街道党工委、办事处联合主办\n")).meta
    assert meta.issuer == "枫林路街道党工委、办事处"


def test_source_is_provenance() -> None:
    report = govdoc.parse(NEWSPAPER, source="fenglin-57.txt")
    assert report.meta.source == "fenglin-57.txt"
    assert report == parse(NEWSPAPER)


def test_sections_and_paragraphs_record_their_input_lines() -> None:
    report = parse(COLUMN)
    lines = COLUMN.split("\n")
    first = report.sections[0]
    assert first.lines is not None and lines[first.lines.first - 1] == "22002233年桃浦镇社区代表大会召开"
    paragraph = first.paragraphs[0]
    assert paragraph.lines is not None and (paragraph.lines.first, paragraph.lines.last) == (5, 10)
    second = report.sections[1]
    assert second.lines is not None and (second.lines.first, second.lines.last) == (14, 15)


# ---- robustness ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", "\n\n\n", "   ", "\u3000\u3000", "一、", "●", "名词解释", "1. 术语：",
                                  "各位代表：", "□记者", "——", "。。。", "（（（（", "22002200", "索引号 | | |"])
def test_degenerate_inputs_parse_or_fail_cleanly(text: str) -> None:
    try:
        report = govdoc.parse(text)
    except GovdocError:
        return
    assert isinstance(report, Report)


def test_parse_is_deterministic() -> None:
    assert parse(NEWSPAPER).model_dump() == parse(NEWSPAPER).model_dump()


def test_metric_values_are_scaled() -> None:
    found = {m.text: m for _, m in parse(DISCLOSURE).metrics()}
    assert found["2.8亿元"].value == Decimal("280000000") and found["2.8亿元"].unit == "元"
    assert found["1.6万平方米"].value == Decimal("16000")


# A budget report's text layer as a PDF extraction tool wrote it: hard-wrapped lines, a page marker, a page
# number, digits with spaces around them, a title over two lines that names its issuer first
PDF_TEXT = """\

[PAGE 1]
七宝镇人民政府关于 2022 年镇级财政
第二次预算调整方案的报告
――2022 年 9 月 28 日在七宝镇第十三届人民代表大会第四次会议上
七宝镇财政所所长 王明
各位代表：
根据预算法及区财政局相关文件规定，我镇编制了 2022 年
镇级财政第二次预算调整方案，现将方案报告如下：
一、区财政局下达我镇 2022 年新增债务限额情况
近期，区财政局增加下达我镇 2022 年地方政府新增专项
债务限额 352 万元，包括：一是社区改造 235 万元，其中，
100 万元定向用于老旧小区，其余 135 万元按统一要求进
行分配。
- 1 -
[PAGE 2]
二、新增债务限额分配安排情况
具体分配结果见附件。
附件：1.2022年新增债券额度分配方案
2.2022年镇级政府性基金预算支出表
"""


def test_a_pdf_text_layer_with_page_markers_and_a_title_that_names_its_issuer_first() -> None:
    report = govdoc.parse(PDF_TEXT)
    assert report.meta.title == "七宝镇人民政府关于2022年镇级财政第二次预算调整方案的报告"
    assert report.meta.issuer == "七宝镇财政所"  # (the speaker, 财政所所长, reports for it)
    assert [title for _, _, title in report.outline()] == [
        "区财政局下达我镇2022年新增债务限额情况", "新增债务限额分配安排情况"]
    paragraphs = [p.text for section in report.sections for p in section.paragraphs]
    opening = "近期，区财政局增加下达我镇2022年地方政府新增专项债务限额352万元"
    assert any(text.startswith(opening) for text in paragraphs)
    # (a list label glued to a year is no figure of 2.2022 years)
    assert not [m for _, m in report.metrics() if m.unit == "年"]


def test_a_letter_spaced_text_is_read_closed_up() -> None:
    text = ("关  于  七  宝  镇  2025  年  预  算  执  行  情  况\n与  2026  年  预  算  草  案  的  报  告\n"
            "——2026年  1月  19日在七宝镇第十八届人民代表大会第五次会议上\n七  宝  镇  财  政  所\n"
            "各  位  代  表  ：\n一  、  2025年  预  算  执  行  情  况\n"
            "2025年  ，  全  镇  一  般  公  共  预  算  收  入  完  成  3.2  亿  元  。\n")
    report = govdoc.parse(text)
    assert report.meta.title == "关于七宝镇2025年预算执行情况与2026年预算草案的报告"
    assert report.meta.issuer == "七宝镇财政所"
    assert report.outline() == [(1, "一、", "2025年预算执行情况")]
    assert [(m.text, float(m.value)) for _, m in report.metrics()] == [("3.2亿元", 320000000.0)]


def test_a_page_s_fields_with_its_source_make_the_title_a_document_s_not_a_story_s_headline() -> None:
    text = ("七宝镇2022年工作总结及2023年工作思路\n发布日期:2023-01-12 17:22 信息来源:七宝镇\n"
            "今年以来,七宝镇在区委、区政府的坚强领导下,团结依靠广大党员群众,扎实推进各项工作,着力打造美好家园。\n"
            "一、2022年工作成效\n1.从严从紧抓好安全生产。全年开展安全检查120次,排查隐患300余处,整改率100%。\n"
            "2.稳扎稳打抓好经济发展。今年1-11月,全镇实现财政总收入18.35亿元,同比增长28.69%。\n"
            "3.破题破局抓好社区建设。全镇专题召开社区建设动员会,积极探索小区资金监管新机制。\n"
            "4.全力以赴抓好样板创建。完成219间宿舍改造,新增停车泊位350个。\n")
    report = govdoc.parse(text)
    assert report.meta.title == "七宝镇2022年工作总结及2023年工作思路"
    assert report.outline()[0] == (1, "一、", "2022年工作成效")


def test_a_chart_s_unit_left_alone_on_its_line_is_no_heading() -> None:
    text = ("七宝镇2023年国民经济和社会发展\n统计公报\n2023年是全面贯彻落实党的二十大精神的开局之年。\n一、综合\n"
            "初步核算,2023年全镇实现地区生产总值151.99亿元,按可比价格计算,比上年增长6.5%。\n亿元\n%\n%\n"
            "年末全镇下辖7个村,常住人口12.3万人。\n万人\n年末实有市场主体5662户,同比增长10.9%。\n")
    assert [title for _, _, title in govdoc.parse(text).outline()] == ["综合"]


def test_a_heading_over_a_blank_line_goes_on_in_the_line_that_opens_with_a_conjunction() -> None:
    """A page that sets a blank line under every line: "…重点工作" / "" / "及民生实事项目任务分解方案" is one
    heading, no heading opens with 及."""
    text = ("七宝市人民政府办公室关于分解落实2022年重点工作的通知\n\n"
            "各镇人民政府,市政府各部门:\n\n"
            "经市政府同意,现将2022年重点工作任务及民生实事项目进行责任分解并印发给你们,请认真抓好贯彻落实。\n\n"
            "2021年11月22日\n\n"
            "《政府工作报告》2022年重点工作\n\n"
            "及民生实事项目任务分解方案\n\n"
            "一、2022年主要预期目标\n\n"
            "(一)主要经济指标。\n\n"
            "1.地区生产总值增长10%左右。(牵头单位:市发改局;责任单位:市统计局,各镇人民政府)\n\n"
            "2.规模以上工业增加值增长15%。(牵头单位:市科经局;责任单位:市统计局,各镇人民政府)\n\n"
            "(二)活力后劲指标。\n\n"
            "3.固定资产投资增长20%以上。(牵头单位:市发改局;责任单位:市统计局,各镇人民政府)\n")
    outline = govdoc.parse(text).outline()
    assert [title for _, _, title in outline][:2] == [
        "《政府工作报告》2022年重点工作及民生实事项目任务分解方案", "2022年主要预期目标"]


def test_an_indented_report_s_first_numbered_heading_below_the_line_that_announces_it() -> None:
    """Every line indented alike: "一年来的主要工作和成效有:" / "(一)全力以赴稳增长,经济建设提质增效。" is the heading
    of the part's first section, its leads below it."""
    text = ("    一、2023年工作回顾\n\n"
            "    过去一年,我们坚持以习近平新时代中国特色社会主义思想为指导,聚焦项目攻坚,"
            "聚力产业富民,集中力量解决了一批难事。\n\n"
            "    一年来的主要工作和成效有:\n\n"
            "    (一)全力以赴稳增长,经济建设提质增效。\n\n"
            "    经济指标稳中有进。全年实现规上工业产值1.41亿元,同比增速1.5%;社会消费品零售总额920万元。\n\n"
            "    重点项目顺利实施。始终把项目建设摆在经济发展的突出位置,全镇全年重点项目7个。\n\n"
            "    招商引资成效显著。成功引进项目5个,总投资3.2亿元,其中亿元以上项目1个。\n")
    assert govdoc.parse(text).outline()[:2] == [
        (1, "一、", "2023年工作回顾"), (2, "(一)", "全力以赴稳增长,经济建设提质增效")]


def test_the_text_s_last_line_cut_by_the_page_opens_a_paragraph_as_its_kin_above_did() -> None:
    """"(1)本级支出513219万元,比报告" is where the page's end cut a paragraph, as the "(1)" … "(3)" above it are
    paragraphs: no heading."""
    text = ("一、2020年财政收支决算情况\n"
            "1.收入决算情况\n"
            "2020年,全县一般公共预算收入完成575344万元,比上年增长3.2%,完成预算的101.5%。\n"
            "(1)本级收入49508万元,比报告数49500万元增加8万元,比2019年决算数下降24.8%。\n"
            "(2)转移性收入433370万元,其中:返还性收入6978万元,一般性转移支付收入381517万元。\n"
            "(3)地方政府一般债券转贷收入74103万元,与报告数一致。\n"
            "2.支出决算情况\n"
            "2020年,全县一般公共预算支出完成565352万元,比报告数567118万元减少1766万元,下降0.3%。\n"
            "(1)本级支出513219万元,比报告")
    assert [label for _, label, _ in govdoc.parse(text).outline()] == ["一、", "1.", "2."]


def test_a_heading_run_into_its_text_s_year_and_the_body_that_speaks() -> None:
    """"(一)主动公开2023年我局主动公开政府信息72条,…": the heading ends where the year and "我局" open the text."""
    text = ("一、总体情况\n"
            "2023年,七宝县卫生健康局按照县委、县政府关于推进政府信息公开工作的部署,认真做好政府信息公开工作。\n"
            "(一)主动公开2023年我局主动公开政府信息72条,其中政策解读2条,财政预算决算公开26条。\n"
            "(二)依申请公开。2023年我局未收到政府信息公开申请,无依申请公开事项。\n"
            "(三)政府信息管理。建立健全信息公开保密审查制度,严格执行发布审核流程。\n")
    assert [title for _, _, title in govdoc.parse(text).outline()] == [
        "总体情况", "主动公开", "依申请公开", "政府信息管理"]


def test_a_paper_s_summary_in_bullets_under_topic_lines() -> None:
    """A paper's summary of a plan report: "（一）…" with a space before its comma is one line; the bullets that state
    figures are no headings, and a short line between two bullets is the topic of those below it."""
    text = ("2月18日,在七宝市第五届人民代表大会第四次会议上,市发展和改革委员会向大会提交了计划执行情况的报告。\n"
            "(一)始终坚持以进促稳 ,经济发展稳进向好。\n"
            "政策措施加力显效\n"
            "●全市地区生产总值3635.62亿元,总量实现了全省第4的历史性突破,增速居全省第2位\n"
            "●一般公共预算收入增速居全省第1位\n"
            "发展活力快速跃升\n"
            "●全市新设经营主体29.8万户,增速居全省第1位;总量99.5万户,居全省第3位;新增“四上”企业908家;"
            "快递业务总量增速居全省第1位;邮政业务总量增速居全省第2位\n"
            "生产要素支撑有力\n"
            "●全市各项贷款余额2891.8亿元,增速居全省第2位\n"
            "●全社会用电量突破200亿元大关\n"
            "(二)持续强化创新驱动,第一动力日益增强。\n"
            "创新平台加快建设\n"
            "●七宝智慧岛入驻双创载体、创新企业400余家\n"
            "●新增国家级众创空间1个,新申报省级工程技术研究中心2家\n")
    outline = govdoc.parse(text).outline()
    assert [(label, title) for _, label, title in outline] == [
        ("(一)", "始终坚持以进促稳,经济发展稳进向好"), (None, "政策措施加力显效"), (None, "发展活力快速跃升"),
        (None, "生产要素支撑有力"), ("(二)", "持续强化创新驱动,第一动力日益增强"), (None, "创新平台加快建设")]
