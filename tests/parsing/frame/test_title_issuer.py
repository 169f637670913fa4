"""frame.title and frame.issuer: the lines of a title block and who issues a document."""

from __future__ import annotations

from datetime import date

import pytest

import govdoc
from govdoc.parsing.frame.fields import fields_of
from govdoc.parsing.frame.issuer import (
    body_named,
    congress_place,
    is_junk,
    is_publication,
    masthead_named,
    qualify,
    represented,
    speaker_issuer,
    title_issuer,
    title_place,
)
from govdoc.parsing.frame.title import (
    dated_headline,
    document_title,
    drop_column_tag,
    drop_edition,
    is_annex,
    is_org_line,
    is_subtitle,
    joins,
    office_alone,
    restates,
    speaker,
    split_kicker,
    split_subtitle,
)


def test_column_tag_and_kicker() -> None:
    assert drop_column_tag("【七宝动态】七宝镇召开平安建设推进会") == "七宝镇召开平安建设推进会"
    assert drop_column_tag("【】七宝镇") == "【】七宝镇"
    assert split_kicker("区财政局局长王明在区五届人大三次会议上报告 2024年预算执行情况") == (
        "区财政局局长王明在区五届人大三次会议上报告", "区财政局", "局长", "2024年预算执行情况")
    assert split_kicker("七宝镇召开平安建设推进会") is None


@pytest.mark.parametrize("text", ["——在七宝镇第三届人民代表大会第五次会议上", "――2025年1月9日在七宝镇人民代表大会上",
                                  "在七宝镇第三届人民代表大会第五次会议上的报告", "（书面）",
                                  "2025年1月9日在七宝镇第三届人民代表大会第五次会议上",
                                  "二〇二五年一月九日在七宝镇第三届人民代表大会第五次会议上",
                                  "2025年1月9日在七宝镇第三届",
                                  # (a copy's date whose 年 and 月 were lost)
                                  "20251在城口县第十届人民代表大会第五次会议",
                                  "——2023116日在紫帽镇第十一届人民代表大会第三次会议上"])
def test_subtitles(text: str) -> None:
    assert is_subtitle(text)


def test_not_subtitles() -> None:
    assert not is_subtitle("七宝镇召开平安建设推进会") and not is_subtitle("在七宝镇召开的会议上，代表们提出建议。")
    assert not is_subtitle("2025年1月9日在七宝镇召开平安建设推进会")  # a dated sentence, no meeting's name
    assert not is_subtitle("2025年1月9日在七宝镇第三届人民代表大会上，代表们提出建议。")
    assert not is_subtitle("20251在七宝镇召开平安建设推进会")  # (digits and a sentence: no meeting's name)


def test_a_dated_meeting_subtitle_without_dashes_gives_the_date_across_its_wrap() -> None:
    text = ("七宝镇2025年政府工作报告\n2025年1月9日在七宝镇第三届\n人民代表大会第五次会议上\n镇长 王明\n各位代表：\n"
            "现在，我代表镇人民政府，向大会报告工作，请予审议。\n一、过去一年工作回顾\n"
            "一年来，全镇上下攻坚克难，各项工作取得新进展。\n")
    meta = govdoc.parse(text).meta
    assert (meta.date.isoformat() if meta.date else None) == "2025-01-09"
    assert meta.subtitle == "2025年1月9日在七宝镇第三届人民代表大会第五次会议上"


@pytest.mark.parametrize(("text", "spoken"), [
    ("镇长 王明", ("", "镇长", "王明")),
    ("江苏省省长 许昆林", ("江苏省", "省长", "许昆林")),
    ("自治区人民政府主席 王莉霞", ("自治区人民政府", "主席", "王莉霞")),
    ("州长 买买提·艾力", ("", "州长", "买买提·艾力")),
])
def test_speaker_lines(text: str, spoken: tuple[str, str, str]) -> None:
    assert speaker(text) == spoken


@pytest.mark.parametrize("text", ["强化楼宇党建 整合公共资源", "镇长王明作报告", "初心 是让老城厢焕发新活力"])
def test_not_speaker_lines(text: str) -> None:
    assert speaker(text) is None


def test_org_lines() -> None:
    assert is_org_line("闵行区统计局") and is_org_line("七宝镇人民政府办公室")
    assert is_org_line("闵行区统计局 国家统计局闵行调查队")
    assert not is_org_line("七宝镇召开平安建设推进会") and not is_org_line("区政府网站")


def test_document_titles_and_restatements() -> None:
    assert document_title("2024年预算执行情况和2025年预算（草案）")
    assert document_title("吉林省改善农村人居环境四年行动计划(2017-2020年)")  # (its years behind it)
    assert not document_title("关于改善农村人居环境(省委农办、省住建厅按职责分工负责)")
    assert document_title("七宝镇人民政府工作规则") and document_title("2024年闵行区国民经济和社会发展统计公报")
    assert not document_title("七宝镇召开平安建设推进会")
    assert restates("2025年闵行区政府工作报告", "政府工作报告")
    assert restates("2025年闵行区政府工作报告", "【要闻】2025年闵行区政府工作报告")
    assert not restates("2025年闵行区政府工作报告", "工作报告说明")
    assert is_annex("附件") and is_annex("附件3") and not is_annex("附件说明")


def test_a_title_broken_over_two_lines() -> None:
    assert joins("关于闵行区2024年预算执行情况和2025年", "预算草案的报告")
    assert joins("关于七宝镇", "2024年工作情况的报告")
    assert not joins("2025年闵行区政府工作报告", "政府工作报告")
    assert not joins("七宝镇召开平安建设推进会", "——在七宝镇人民代表大会上")
    assert joins("东阳市人民政府办公室 关于印发", "《东阳市促进残疾人就业行动实施方案》的通知")
    assert joins("某某区人民政府 转发", "《某某办法》的通知")
    assert joins("关于七宝镇2006年预算执行情况和2007年预算", "草案的报告")  # the first line already reads as a title
    assert not joins("关于七宝镇2006年预算执行情况和2007年预算", "七宝镇财政局")
    # a long title wrapped before its last words, cut mid-word ("社" / "会"); an issuing body's name is no title's start
    assert joins("宁夏回族自治区2009年国民经济和社", "会发展统计公报")
    assert not joins("宁夏回族自治区人民政府办公室", "政府工作报告")


def test_a_notice_s_title_broken_after_its_verb_keeps_the_issuer_in_the_title() -> None:
    """"××办公室 关于印发" over "《××方案》的通知" is one title, not a masthead line naming who prints it."""
    import govdoc

    text = ("东阳市人民政府办公室 关于印发\n《东阳市促进残疾人就业行动实施方案》的通知\n"
            "各镇、乡人民政府，各街道办事处：\n"
            "　　《东阳市促进残疾人就业行动实施方案》已经市政府同意，现印发给你们，请认真贯彻落实。\n"
            "东阳市人民政府办公室\n2023年3月13日\n")
    meta = govdoc.parse(text.encode()).meta
    assert meta.title == "东阳市人民政府办公室 关于印发《东阳市促进残疾人就业行动实施方案》的通知"
    assert meta.issuer == "东阳市人民政府办公室"


def test_issuers_from_speakers_and_places() -> None:
    assert speaker_issuer("", "省长") == "省人民政府"
    assert speaker_issuer("江苏省", "省长") == "江苏省人民政府"
    assert speaker_issuer("自治区人民政府", "主席") == "自治区人民政府"
    assert speaker_issuer("区财政局", "局长") == "区财政局"
    assert congress_place("——2025年1月9日在闵行区第三届人民代表大会第五次会议上") == "闵行区"
    assert title_place("2025年宁夏回族自治区政府工作报告") == "宁夏回族自治区"
    assert title_place("关于闵行区2024年预算执行情况的报告") == "闵行区"
    assert title_place("2022年上半年铁岭市经济运行情况综述") == "铁岭市"  # (after the period the year opens with)
    assert qualify("区人民政府", "闵行区") == "闵行区人民政府"
    assert qualify("自治区人民政府", "宁夏回族自治区") == "宁夏回族自治区人民政府"
    assert qualify("七宝镇人民政府", "闵行区") == "七宝镇人民政府"
    # a site printing its name over two lines at the top of the page names the body whole
    assert masthead_named("发展改革和统计局", ["济源产城融合示范区", "发展改革和统计局", "首页>统计公报"]) == (
        "济源产城融合示范区发展改革和统计局")
    assert masthead_named("发展改革和统计局", ["首页>统计公报", "发展改革和统计局"]) == "发展改革和统计局"
    assert represented("现在，我代表区人民政府，向大会报告工作") == "区人民政府"
    assert represented("代表们提出建议") is None


def test_issuers_from_titles_and_junk() -> None:
    assert title_issuer("七宝镇人民政府关于印发《七宝镇工作规则》的通知") == "七宝镇人民政府"
    assert title_issuer("七宝镇人民政府工作规则") == "七宝镇人民政府"
    # a place's work report of a year names its government (as every gold with such a title does), weakest of all
    assert title_issuer("2025年七宝镇政府工作报告") == "七宝镇人民政府"
    assert title_issuer("七宝镇2010年政府工作总结及2011年工作计划") == "七宝镇人民政府"
    assert title_issuer("北京市文化和旅游局综合事务中心2023年度部门决算") == "北京市文化和旅游局综合事务中心"
    assert title_issuer("闽侯县人民政府办公室2025年政府信息公开工作年度报告") == "闽侯县人民政府办公室"
    assert title_issuer("2025年政府工作报告") is None and title_issuer("2025年全市政府工作报告") is None
    # a body's own report of its year names it first
    assert title_issuer("七宝街道2022年工作总结和2023年工作计划") == "七宝街道"
    assert title_issuer("闵行区教育局2025年部门预算公开") == "闵行区教育局"
    assert title_issuer("上海市2025年国民经济和社会发展统计公报") is None
    assert title_issuer("某某自治县统计局2021年国民经济和社会发展统计公报") == "某某自治县统计局"  # (the bureau first)
    # the year first: a standing committee's, a court's own report
    assert title_issuer("2021年七宝市人民代表大会常务委员会工作报告") == "七宝市人民代表大会常务委员会"
    assert title_issuer("2023年七宝市中级人民法院工作报告") == "七宝市中级人民法院"
    assert title_issuer("2024年全区人民法院工作报告") is None
    # a place's report on its government's information disclosure: the place's government; a bureau's: the bureau
    assert title_issuer("七宝县2022年政府信息公开工作年度报告") == "七宝县人民政府"
    assert title_issuer("七宝县财政局2022年政府信息公开工作年度报告") == "七宝县财政局"
    assert title_issuer("2022年政府信息公开工作年度报告") is None
    # a department's statement of its budget or accounts
    assert title_issuer("七宝县教育体育局部门2020年度“三公”经费决算情况说明") == "七宝县教育体育局"
    assert title_issuer("七宝县人民政府办公室2018年部门预算“三公”经费公开情况说明") == "七宝县人民政府办公室"
    assert title_issuer("七宝县2023年预算执行情况的说明") is None
    assert is_junk("区政府网站") and is_junk("闵行报") and is_junk("本网") and not is_junk("七宝镇")
    assert is_publication("闵行报") and is_publication("上海发布客户端") and not is_publication("七宝镇人民政府")


def test_a_speaker_line_that_lost_its_space_is_read_only_under_a_subtitle() -> None:
    """PDF text layers often drop the space of "省长 罗东川"; right under the subtitle it is still the speaker."""
    assert speaker("江苏省省长许昆林") is None
    assert speaker("江苏省省长许昆林", under_subtitle=True) == ("江苏省", "省长", "许昆林")
    assert speaker("镇长王明作报告", under_subtitle=True) is None


def test_an_unspaced_speaker_under_the_subtitle_is_metadata_not_a_heading() -> None:
    from govdoc import parse

    report = parse("政府工作报告\n——2026年1月20日在某某省第十四届人民代表大会第四次会议上\n省长张三\n"
                   "各位代表：\n一、过去一年工作回顾\n过去一年，全省经济平稳运行。\n二、今年工作安排\n今年要稳中求进。\n")
    assert (report.meta.title, report.meta.issuer) == ("政府工作报告", "某某省人民政府")
    assert [s.title for _, s in report.walk()] == ["过去一年工作回顾", "今年工作安排"]


def test_a_poster_field_names_a_body_or_a_person() -> None:
    assert body_named("市财政局信息公开") == "市财政局"
    assert body_named("区人民政府办公室") == "区人民政府办公室"
    assert body_named("张三") is None and body_named("本网") is None


def test_the_body_that_posted_a_budget_report_outranks_the_government_its_title_names() -> None:
    """A budget report is issued by the finance bureau that signs or posts it (devset README, issuer)."""
    from govdoc import parse

    page = ("首页 > 政府信息公开 > 财政预决算\n某某市人民政府关于某某市2025年预算执行情况和2026年预算草案的报告\n"
            "发布时间：2026-03-03  信息发布人：市财政局信息公开\n附件：报告.pdf\n")
    assert parse(page).meta.issuer == "某某市财政局"
    assert parse(page.replace("市财政局信息公开", "王五")).meta.issuer == "某某市人民政府"


def test_a_column_s_name_with_a_bar_before_a_document_s_title_is_dropped() -> None:
    assert drop_column_tag("政务服务丨七宝镇人民政府关于深化改革的实施意见") == "七宝镇人民政府关于深化改革的实施意见"
    assert drop_column_tag("国家统计局| 上海市统计局| 闵行区人民政府网") == "国家统计局| 上海市统计局| 闵行区人民政府网"
    assert drop_column_tag("七宝 | 召开平安建设推进会") == "七宝 | 召开平安建设推进会"  # (no document's title after it)


def test_a_joint_signature_and_a_date_in_brackets_under_the_title() -> None:
    notice = ("七宝镇人民政府关于印发《七宝镇换届选举工作方案》的通知\n各村党总支、村委会：\n"
              "《七宝镇换届选举工作方案》已经镇党委同意，现印发给你们，请认真贯彻执行。\n"
              "中共上海市闵行区七宝镇委员会\n上海市闵行区七宝镇人民政府\n2021年3月11日\n"
              "七宝镇换届选举工作方案\n一、前期准备\n（一）成立选举指导机构。镇设立换届选举工作指导组。\n"
              "（二）制定工作方案。各村制定换届选举工作方案。\n")
    report = govdoc.parse(notice)
    assert (report.meta.issuer, report.meta.date.isoformat() if report.meta.date else None) == (
        "上海市闵行区七宝镇人民政府", "2021-03-11")
    assert "中共上海市闵行区七宝镇委员会" not in [title for _, _, title in report.outline()]
    # a bulletin's date in brackets under its issuer outranks the e-paper's date above it
    bulletin = ("2025年04月28日\n七宝镇2024年国民经济和社会发展统计公报\n七宝镇统计站\n（2025年4月10日）\n一、综合\n"
                "全年地区生产总值100亿元。\n")
    date = govdoc.parse(bulletin).meta.date
    assert date is not None and date.isoformat() == "2025-04-10"


def test_a_subtitle_glued_behind_the_title_and_a_subtitle_with_one_hyphen_give_the_meeting_s_date() -> None:
    glued = ("关于七宝镇2025年预算执行情况和2026年预算草案的报告（摘要）"
             "——2026年2月10日在七宝镇第五届人民代表大会第六次会议上\n一、2025年预算执行情况\n全镇一般公共预算收入完成3.2亿元。\n")
    meta = govdoc.parse(glued).meta
    assert meta.title == "关于七宝镇2025年预算执行情况和2026年预算草案的报告（摘要）"
    assert meta.date is not None and meta.date.isoformat() == "2026-02-10"
    hyphen = ("2022年七宝镇政府工作报告—全文\n政府工作报告\n-2022年2月23日在七宝镇第五届人民代表大会第二次会议上\n"
              "七宝镇镇长 王明\n各位代表:\n我代表镇人民政府,向大会作政府工作报告,请予审议。\n一、2021年工作回顾\n"
              "2021年是“十四五”开局之年。\n")
    meta = govdoc.parse(hyphen).meta
    assert meta.title == "2022年七宝镇政府工作报告"
    assert meta.date is not None and meta.date.isoformat() == "2022-02-23"
    assert split_subtitle("七宝镇召开平安建设推进会——2026年2月10日在七宝镇会议上") is None  # (no document's title)
    assert drop_edition("政府工作报告（全文）") == "政府工作报告" and drop_edition("全文") == "全文"


def test_column_tags_in_a_row_and_a_sample_essay_s_number() -> None:
    assert drop_column_tag("【负责人解读】【议题解读】:县优化营商环境办公室工作人员张明解读《行动方案》") == (
        "县优化营商环境办公室工作人员张明解读《行动方案》")
    assert drop_column_tag("第1篇 区人大常务委员会工作报告") == "区人大常务委员会工作报告"
    assert drop_column_tag("第一篇 全面建成小康社会") == "第一篇 全面建成小康社会"  # a plan's part
    assert drop_column_tag("第3篇 我们的故事") == "第3篇 我们的故事"  # no document's title follows


def test_a_standing_committee_reports_under_its_whole_name() -> None:
    text = ("——2024年12月22日在政协岳阳市第九届委员会第四次会议上的报告\n黎作凤各位委员、同志们:\n"
            "我代表政协岳阳市第九届委员会常务委员会,向大会报告工作,请予审议。\n"
            "回望2024:初心如磐担使命接续奋进谱新篇\n2024年,是人民政协成立75周年。一年来,市政协团结奋进,交出了一份成绩单。\n")
    meta = govdoc.parse(text).meta
    assert (meta.title, meta.issuer, meta.date) == (None, "政协岳阳市第九届委员会常务委员会", date(2024, 12, 22))


def test_the_file_a_document_sharing_site_shows_is_the_title() -> None:
    text = ("《米易县2022年债务情况说明.docx》由会员分享,可在线阅读,"
            "更多相关《米易县2022年债务情况说明.docx(3页珍藏版)》请在优知文库上搜索。\n1、米易县2022年债务情况说明一、2022年政府债务情况2022年米易县地方政府债务限额为301,172万元。\n")
    report = govdoc.parse(text)
    assert report.meta.title == "米易县2022年债务情况说明"
    assert not any("由会员分享" in p.text for p in report.preamble)


def test_a_sharing_site_s_page_numbers_are_no_labels() -> None:
    """The preview numbers the file's pages at their starts: no heading is numbered so, and a page that carries on the
    sentence the page before broke off joins it."""
    text = ("《政府工作报告.docx》由会员分享,可在线阅读,更多相关《政府工作报告.docx(5页珍藏版)》请在优知文库上搜索。\n"
            "1、政府工作报告一、基本情况。全乡耕地面积244316亩,有大理石、石灰石等13种金属和非金属\n"
            "2、矿。全乡行政编制共27名。下辖东\n3、北沟村等7个行政村。\n")
    report = govdoc.parse(text)
    assert [s.title for _, s in report.walk()] == []
    assert [p.text for p in report.preamble] == [
        "政府工作报告一、基本情况。全乡耕地面积244316亩,有大理石、石灰石等13种金属和非金属矿。全乡行政编制共27名。"
        "下辖东北沟村等7个行政村。"]


def test_a_sharing_site_s_first_page_printing_the_file_s_name_again_is_no_heading() -> None:
    """The file's first page opens with its name again, and a second title, before its text ("1、镇年度工作计划镇年度
    工作安排 2022年,我镇…"): the title the site's line gave, no heading of the text."""
    text = ("青禾镇年度工作计划 .docx\n"
            "《青禾镇年度工作计划 .docx》由会员分享,可在线阅读,更多相关《青禾镇年度工作计划 .docx(7页珍藏版)》"
            "请在淘文阁 - 分享文档赚钱的网站上搜索。\n"
            "1、青禾镇年度工作计划青禾镇年度工作安排 2022年,我镇要根据市委全会的部署,坚持“规划引领、项目带动、"
            "产业提升、富民强镇”的基本思路,着力在产业发展、项目引进、城镇建管等方面提质提效,全年新建项目12个。 "
            "1、突出特色,优化结构,谋划富民强镇 坚持发展是第一要务,突出重点,推动产业结构调整,探究富民强镇的途径。\n")
    report = govdoc.parse(text)
    assert report.meta.title == "青禾镇年度工作计划"
    assert report.outline() == []
    assert report.preamble[0].text.startswith("2022年,我镇要根据市委全会的部署")


def test_a_portal_s_bulleted_fields_give_the_metadata() -> None:
    text = ("当前位置: 首页 / 政民互动 / 政务访谈 / 正文\n  • 索引号 lanlingxfb/2023-0000178\n"
            "  • 发布机构 兰陵县政府办\n  • 公开目录 政务访谈\n  • 发布日期 2023-03-03\n"
            "  • 文号\n  • 公开方式 主动公开\n"
            "  • 名称 【负责人解读】:张明解读《行动方案》\n【负责人解读】:张明解读《行动方案》\n\n\n"
            "主持人:请介绍一下方案的目的是什么?\n张明:方案聚焦重点领域和关键环节。\n")
    report = govdoc.parse(text)
    assert (report.meta.title, report.meta.issuer, report.meta.date) == (
        "张明解读《行动方案》", "兰陵县政府办", date(2023, 3, 3))
    assert report.meta.index_number == "lanlingxfb/2023-0000178"
    assert report.sections == []


def test_a_notice_with_its_number_over_a_title_in_two_lines_and_a_joint_signature() -> None:
    text = ("鹤政发〔2025〕4号\n鹤岗市人民政府 鹤岗市中级人民法院印发\n关于完善“府院联动”机制的意见的通知\n"
            "各县(区)人民政府、法院,市政府各部门:\n《意见》已经市政府常务会议审议通过,现印发给你们,请认真贯彻执行。\n"
            "鹤岗市人民政府 鹤岗市中级人民法院\n2025年4月30日\n"
            "鹤岗市人民政府 鹤岗市中级人民法院\n关于完善“府院联动”机制的意见\n"
            "为深入推进全面依法治市和法治政府建设,持续深化和发展新时代“枫桥经验”,构建党委领导、人大监督、政府支持、"
            "法院主导、部门联动、社会参与的“府院联动”机制,制定本意见。\n"
            "一、指导思想\n坚持以习近平新时代中国特色社会主义思想为指导,在市委统一领导下,坚持以人民为中心,加强各方协同联动,"
            "实现行政与司法良性互动、优势互补。\n二、重点任务\n"
            "各级政府及其工作部门在作出重大行政决策,进行重大利益调整、重大项目实施等过程中,可根据工作需要邀请法院工作人员"
            "参与论证。\n")
    report = govdoc.parse(text)
    meta = report.meta
    assert (meta.title, meta.doc_number, meta.issuer, meta.date) == (
        "鹤岗市人民政府 鹤岗市中级人民法院印发关于完善“府院联动”机制的意见的通知", "鹤政发〔2025〕4号",
        "鹤岗市人民政府 鹤岗市中级人民法院", date(2025, 4, 30))
    attached = report.sections[0]
    assert attached.title == "鹤岗市人民政府 鹤岗市中级人民法院关于完善“府院联动”机制的意见"
    assert [s.label for s in attached.children] == ["一、", "二、"]


def test_a_newsletter_s_masthead_still_names_its_publisher() -> None:
    report = govdoc.parse("老西门街道办事处印发\n社区工作简报\n\n本月社区开展活动12场。\n")
    assert report.meta.issuer == "老西门街道办事处"


def test_a_statistics_bureau_and_its_survey_corps_under_the_title() -> None:
    text = ("一季度全省经济开局平稳\n\n  江西省统计局   国家统计局江西调查总队\n\n"
            "  今年以来,全省经济呈现持续恢复、总体平稳的态势。\n\n  一、农业生产形势稳定,农产品供应充裕\n\n"
            "  一季度,全省农林牧渔业总产值698.8亿元,同比增长3.3%。\n\n  二、工业生产基本平稳,新产品产量延续增势\n\n"
            "  一季度,全省规模以上工业增加值同比下降2.8%。\n")
    report = govdoc.parse(text)
    assert report.meta.issuer == "江西省统计局 国家统计局江西调查总队"
    assert [(s.label, s.title) for s in report.sections] == [
        ("一、", "农业生产形势稳定,农产品供应充裕"), ("二、", "工业生产基本平稳,新产品产量延续增势")]
    titled = "关于昌都市卡若区2022年财政预算执行情况的报告"
    assert drop_column_tag(f"(西藏自治区){titled}") == titled


def test_a_mirror_s_province_tag_and_date_in_brackets_come_off_a_report_s_title() -> None:
    assert drop_column_tag("(吉林省)辽源市人民政府工作报告(2022年1月11日)") == "辽源市人民政府工作报告"
    assert drop_column_tag("(2022年1月11日)") == "(2022年1月11日)"
    text = ("导航菜单\n\n(吉林省)辽源市人民政府工作报告(2022年1月11日)\n\n"
            "  ——2022年1月11日在辽源市第九届人民代表大会第一次会议上\n\n  市长 程 宇\n\n  各位代表:\n\n"
            "  现在,我代表市政府,向大会报告工作,请予审议,并请市政协委员提出意见。\n\n  一、过去五年和2021年工作回顾\n\n"
            "  过去的五年,是辽源聚力转型发展、改革创新不断深入的五年,是民生福祉不断跃升的五年。\n")
    meta = govdoc.parse(text).meta
    assert (meta.title, meta.issuer, meta.date) == ("辽源市人民政府工作报告", "辽源市人民政府", date(2022, 1, 11))


def test_a_portal_s_headline_run_into_its_meeting_and_the_meeting_s_date_in_brackets() -> None:
    assert split_subtitle("政府工作报告(草案)在伊金霍洛镇第四届人民代表大会第三次会议上") == (
        "政府工作报告(草案)", "在伊金霍洛镇第四届人民代表大会第三次会议上")
    text = ("伊金霍洛旗人民政府欢迎您!\n\n伊金霍洛旗人民政府办公室.政务 | www.yjhl.gov.cn |\n"
            "工作报告 首页  >政务公开  >工作报告\n政府工作报告(草案)在伊金霍洛镇第四届人民代表大会第三次会议上\n\n"
            "来源:伊金霍洛镇人民政府\n\n发布时间:2023-04-22 16:44:00\n\n字号:\n\n保存\n\n"
            "  ——在伊金霍洛镇第四届人民代表大会第三次会议上\n\n  伊金霍洛镇党委副书记、政府镇长提名人选     苏利军\n\n"
            "  (2023年4月20日)\n\n  各位代表、同志们:\n\n  现在,我代表伊金霍洛镇人民政府向大会报告工作,请予审议。\n\n"
            "  一、2022年工作回顾\n\n  2022年是党的二十大胜利召开之年,也是伊金霍洛镇推进现代化建设的重要一年。\n")
    meta = govdoc.parse(text).meta
    assert (meta.title, meta.issuer, meta.date) == ("政府工作报告(草案)", "伊金霍洛镇人民政府", date(2023, 4, 20))
    assert meta.subtitle == "在伊金霍洛镇第四届人民代表大会第三次会议上"


def test_the_body_printed_over_its_report_s_title_is_part_of_it() -> None:
    text = ("突泉县人民政府\n关于2021年财政决算草案的报告\n县人大常委会:\n"
            "根据《预算法》等相关法律、法规,现将2021年度财政决算草案报告如下,请审议。\n")
    meta = govdoc.parse(text).meta
    assert (meta.title, meta.issuer) == ("突泉县人民政府关于2021年财政决算草案的报告", "突泉县人民政府")


def test_who_explains_a_policy_is_a_field_of_the_page() -> None:
    assert fields_of("文件解读单位:阜新市民政局") == [("poster", "阜新市民政局")]
    assert fields_of("解读人:张静") == [(None, "张静")]


def test_a_report_s_outline_over_its_title_is_contents_and_the_title_is_the_document_s() -> None:
    outline = ["一、2024年工作回顾", "二、2025年目标任务和重点工作", "(一)坚持生态保护第一", "(二)夯实经济发展基础",
               "(三)立足农业农村优先", "(四)加快文旅产业升级", "三、全面加强政府自身建设"]
    text = "\n".join([*outline, "2025年湟源县政府工作报告", "各位代表:",
                      "现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员和列席会议的同志提出意见。",
                      "一、2024年工作回顾",
                      "过去的一年,是感恩奋进的一年,我们扛牢责任、真抓实干,在县委坚强领导下,交出了满意答卷。"]) + "\n"
    report = govdoc.parse(text)
    assert (report.meta.title, report.meta.issuer) == ("2025年湟源县政府工作报告", "湟源县人民政府")
    assert [(s.label, s.title) for s in report.sections] == [("一、", "2024年工作回顾")]
    assert [p.text for p in report.preamble][:len(outline)] == outline


def test_a_speaker_who_holds_two_posts_speaks_for_the_government_of_the_place() -> None:
    assert speaker("伊金霍洛镇党委副书记、政府镇长提名人选     苏利军", under_subtitle=True) == (
        "伊金霍洛镇党委副书记、政府", "镇长", "苏利军")
    assert speaker_issuer("伊金霍洛镇党委副书记、政府", "镇长") == "伊金霍洛镇人民政府"
    assert speaker_issuer("", "市长") == "市人民政府"


def test_a_title_over_two_lines_chosen_by_its_second_and_a_site_s_year_tag() -> None:
    text = ("南开区2023年预算执行情况和\n2024年预算草案的报告\n2024年1月11日在南开区第十八届\n"
            "人民代表大会第五次会议上\n"
            "南开区财政局\n各位代表:\n受区人民政府委托,现将南开区2023年预算执行情况和2024年预算草案提请大会审议。\n")
    meta = govdoc.parse(text).meta
    assert (meta.title, meta.issuer, meta.date) == (
        "南开区2023年预算执行情况和2024年预算草案的报告", "南开区财政局", date(2024, 1, 11))
    assert drop_column_tag("伊州区2023年国民经济和社会发展统计公报2023") == "伊州区2023年国民经济和社会发展统计公报"
    assert drop_column_tag("2023") == "2023"


def test_a_site_s_year_and_kind_tag_comes_off_a_title_and_a_title_s_own_year_and_kind_stay() -> None:
    """A bulletin site sets its year and kind behind the title ("…数据结果公布 2020七人普"); a title that ends with a
    year and its own kind ("…人民政府2023工作总结") keeps them."""
    assert drop_column_tag("兴隆县第七次全国人口普查数据结果公布 2020七人普") == "兴隆县第七次全国人口普查数据结果公布"
    assert drop_column_tag("兴隆县第七次全国人口普查数据结果公布2020七人普") == "兴隆县第七次全国人口普查数据结果公布"
    assert drop_column_tag("七宝县七宝镇人民政府2023工作总结") == "七宝县七宝镇人民政府2023工作总结"
    assert drop_column_tag("七宝县统计公报2020年") == "七宝县统计公报2020年"
    text = ("兴隆县第七次全国人口普查数据结果公布 2020七人普\n\n选择区域:>>\n\n"
            "2020年,按照国务院第七次全国人口普查领导小组统一部署,全县上下统筹推进人普工作。\n\n一、普查工作基本情况\n\n"
            "全县常住人口271628人。\n")
    assert govdoc.parse(text).meta.title == "兴隆县第七次全国人口普查数据结果公布"


def test_a_site_s_name_and_the_channel_its_breadcrumb_names_are_no_title() -> None:
    text = ("会员登录  新用户注册 退出\n\n公文搜网 - 蓝秘书公文之家\n\n"
            "您现在的位置是: 首页 > 专题材料 > 政府报告\n\n政府报告\n\n"
            "(广东省)2020年紫金县人民政府工作报告(全文)\n\n各位代表:\n\n"
            "现在,我代表县人民政府,向大会报告工作,请予审议,并请政协委员和列席人员提出意见。\n\n一、2019年工作回顾\n\n"
            "这一年,我们在经济发展上厚植了紫金希望。全年完成地区生产总值106.6亿元,同比增长5%。\n")
    meta = govdoc.parse(text).meta
    assert (meta.title, meta.issuer) == ("2020年紫金县人民政府工作报告", "紫金县人民政府")


def test_a_page_s_column_name_over_its_headline_and_a_place_as_the_posting_body() -> None:
    text = ("政府信息公开\n\n东青镇积极推进改土建园工作\n\n"
            "发布机构:苍溪县东青镇人民政府 发布时间: 2020-11-09 字体: [ ]\n\n"
            "今年来,东青镇以环嘉陵江特色产业带建设为契机,积极推进改土建园工作,为群众致富增收起到积极的推动作用。\n")
    assert govdoc.parse(text).meta.title == "东青镇积极推进改土建园工作"
    report = ("沙沟镇2021年政府工作报告\n文 号: | 发布机构: | 沂水县沙沟镇 | 发布日期: | 2021-02-27 | |\n"
              "——2021年2月27日在沙沟镇第十六届人民代表大会第六次会议上\n沙沟镇镇长 刘彦成\n各位代表:\n"
              "现在,我代表镇政府向大会报告工作,请予审议,并请列席人员提出意见。\n")
    assert govdoc.parse(report).meta.issuer == "沙沟镇人民政府"  # (a place alone names no body)


def test_a_site_s_notice_over_a_title_printed_twice_is_no_part_of_the_document() -> None:
    text = ("@所有人,接通知:相关内容不让发布到网站了,这类内容请到会员群里下载。加入我们\n×\n\n"
            "区教育局2022年工作汇报材料\n\n|\n\n区教育局2022年工作汇报材料\n\n\n2022年,区教育系统在区委区政府的坚强领导下,努力办好人民满意的教育。\n\n"
            "一、守牢红色根脉,在党对教育工作的领导上有新加强\n\n(一)高位引领明方向。坚持教育优先发展,全年新评名特优教师65人。\n")
    report = govdoc.parse(text)
    assert report.meta.title == "区教育局2022年工作汇报材料"
    assert [label for _, label, _ in report.outline()] == ["一、", "(一)"]
    assert all("@所有人" not in paragraph.text for paragraph in report.preamble)


def test_a_congress_named_by_its_kind_alone_names_no_place() -> None:
    text = ("三江侗族自治县2022年财政预算执行情况和2023年财政预算(草案)的报告\n\n"
            "2023年1月8日在自治县第十七届人民代表大会第三次会议上\n\n县财政局局长  陈远熙\n\n各位代表:\n\n"
            "受自治县人民政府委托,向大会报告我县2022年财政预算执行情况,请予审议。\n\n一、关于2022年财政预算执行情况\n\n"
            "一般公共财政收入19617万元。\n")
    assert govdoc.parse(text).meta.issuer == "三江侗族自治县财政局"


def test_a_footer_printed_twice_below_the_text_is_no_title_printed_twice() -> None:
    # drawn by Hypothesis (tests/parsing/frame/test_properties.py) on a clean CI run: the footer's fields below the
    # one paragraph, printed twice, took the paragraph for a site's notice over a title
    text = ("七宝镇召开平安建设推进会\n时间：2001-01-01 10:13 来源：闵行报\n\u3000\u3000全年各项工作稳步推进，社区。\n"
            "联系电话：021-64120000 地址：七宝镇政府路1号\n联系电话：021-64120000 地址：七宝镇政府路1号\n")
    report = govdoc.parse(text)
    assert report.meta.title == "七宝镇召开平安建设推进会"
    assert [paragraph.text for paragraph in report.preamble] == ["全年各项工作稳步推进，社区。"]
    # nor is a heading printed twice below a titled page's first paragraph
    text = ("七宝镇召开平安建设推进会\n\n全年各项工作稳步推进，社区。\n\n工作回顾\n\n工作回顾\n\n"
            "全年新增就业岗位1200个，社区服务更加完善。\n")
    report = govdoc.parse(text)
    kept = [paragraph.text for paragraph in report.preamble]
    kept += [paragraph.text for _, section in report.walk() for paragraph in section.paragraphs]
    assert "全年各项工作稳步推进，社区。" in kept


def test_a_headline_with_its_breadcrumb_behind_it_and_a_posting_time_with_the_page_s_fields() -> None:
    text = ("(宿迁市)七宝县2023年国民经济和社会发展统计公报 您所在的位置:网站首页 江苏省县人均 "
            "(宿迁市)七宝县2023年国民经济和社会发展统计公报\n\n"
            "(宿迁市)七宝县2023年国民经济和社会发展统计公报\n\n2024-07-13 01:26| 来源: 网络整理| 查看: 265\n\n"
            "七宝县统计局  国家统计局七宝调查队\n\n2023年,全县上下经济社会保持稳中向好态势。\n\n一、综 合\n\n"
            "初步核算,全县地区生产总值600亿元。\n")
    meta = govdoc.parse(text).meta
    assert (meta.title, meta.date) == ("七宝县2023年国民经济和社会发展统计公报", date(2024, 7, 13))


def test_a_department_s_disclosure_report_names_its_issuer_in_its_title() -> None:
    assert title_issuer("西藏自治区审计厅2025年政务信息公开工作开展年度报告") == "西藏自治区审计厅"
    assert title_issuer("七宝县教育和体育局2024年政府信息公开工作年度报告") == "七宝县教育和体育局"


def test_a_summary_with_no_title_is_issued_by_the_body_its_first_sentence_names() -> None:
    text = ("2022年,七宝街道在区委、区政府的正确领导下,结合辖区特点,积极主动开展各项工作,成效明显。"
            "现将具体工作情况汇报如下。\n"
            "一、尽职履责,全面完成各项工作任务\n(一)疫情防控工作常态推进\n全年集中隔离435人。\n")
    assert govdoc.parse(text).meta.issuer == "七宝街道"
    # (a bulletin's first sentence names the whole area, no body)
    bulletin = "2023年,全县上下经济社会保持稳中向好态势。\n一、综合\n全县地区生产总值600亿元。\n"
    assert govdoc.parse(bulletin).meta.issuer is None


def test_a_title_over_three_lines_with_the_place_s_other_name_in_brackets() -> None:
    """"2023年哈尔滨市松北区" / "(哈尔滨新区江北一体发展区)" / "国民经济和社会发展统计公报": one title, its year and
    place over the rest, the bureau and the date below it."""
    report = govdoc.parse("2023年哈尔滨市松北区\n(哈尔滨新区江北一体发展区)\n国民经济和社会发展统计公报\n"
                          "哈尔滨市松北区统计局\n2024年7月6日\n2023年,全区上下扎实推进高质量发展,各项工作取得积极成效。\n")
    assert (report.meta.title, report.meta.issuer, report.meta.date) == (
        "2023年哈尔滨市松北区(哈尔滨新区江北一体发展区)国民经济和社会发展统计公报", "哈尔滨市松北区统计局",
        date(2024, 7, 6))


def test_a_province_s_short_name_in_brackets_before_a_title_is_a_site_s_tag() -> None:
    text = ("(黑龙江)2016年七宝市七宝区人民政府工作报告(全文)\n\n(2016年1月14日在七宝区第十五届人大第六次会议上)\n\n"
            "各位代表:\n\n现在,我代表区政府向大会作工作报告,请予审议。\n\n一、2015年工作回顾\n\n全区生产总值增长5%。\n")
    assert govdoc.parse(text).meta.title == "2016年七宝市七宝区人民政府工作报告"
    # (a bracket that holds no province's name stays: "(七宝)" is part of the title)
    assert govdoc.parse("(七宝)关于印发七宝县城市管理办法的通知\n\n各乡镇:\n\n现印发给你们。\n").meta.title == (
        "(七宝)关于印发七宝县城市管理办法的通知")


def test_a_reprint_s_original_title_is_the_title() -> None:
    text = ("书法家某某书:深呼吸绿色版图\n点睛推特七宝州全域深呼吸好空气。\n(天下口碑数据库翰墨导读)\n"
            "原标题:全年优良天数361天起 七宝州2020年环境空气质量成绩单来了\n"
            "2020年七宝州环境空气质量持续向好。七宝市优良天数为362天,优良天数比例为98.9%。\n")
    report = govdoc.parse(text)
    assert report.meta.title == "全年优良天数361天起 七宝州2020年环境空气质量成绩单来了"
    assert [s.title for _, s in report.walk()] == []  # (a note in brackets on its own line is no heading)
    assert all("原标题" not in paragraph.text for *_, paragraph in report.paragraphs())


def test_a_disclosure_report_is_issued_by_the_place_whose_work_its_lead_says_it_reports() -> None:
    text = ("本报告根据《中华人民共和国政府信息公开条例》要求,结合2023年七宝区政府信息公开工作实际编制。"
            "本报告电子版可在七宝区人民政府门户网站上查阅或下载。\n一、总体情况\n全年主动公开信息1317条。\n")
    assert govdoc.parse(text).meta.issuer == "七宝区人民政府"
    text = "本报告由七宝县人民政府办公室编制,内容包括总体情况等六部分。\n一、总体情况\n全年主动公开信息1317条。\n"
    assert govdoc.parse(text).meta.issuer == "七宝县人民政府办公室"


def test_a_page_s_headline_over_the_report_s_own_title_and_its_meeting_line() -> None:
    """A portal's headline names the package it posts ("…2025年度政府预算公开"); the report's own title stands below it,
    its meeting line right under it: that is the title, and the meeting line its subtitle."""
    text = ("城口县2025年度政府预算公开\n\n城口县2024年财政预算执行情况和2025年财政预算草案的报告\n\n"
            "20251在城口县第十届人民代表大会第五次会议\n\n各位代表:\n\n受县人民政府委托,现将报告提请大会审查。\n\n"
            "一、2024年预算执行情况\n\n全县一般公共预算收入完成5.2亿元。")
    meta = govdoc.parse(text).meta
    assert meta.title == "城口县2024年财政预算执行情况和2025年财政预算草案的报告"
    assert meta.subtitle == "20251在城口县第十届人民代表大会第五次会议"
    # (a title over two lines is one title: its second line is no title of its own)
    two = ("广东省人民政府关于2022年省级财政\n第二次预算调整方案的报告\n"
           "——2022年7月26日在广东省第十三届人民代表大会常务委员会第四十四次会议上\n\n主任、各位副主任:\n\n现将预算调整方案报告如下。")
    assert govdoc.parse(two).meta.title == "广东省人民政府关于2022年省级财政第二次预算调整方案的报告"


def test_a_speaker_s_line_wrapped_under_the_page_s_fields_is_no_heading() -> None:
    """Below a page's fields, the title block's last line may be the text's first heading; the first piece of a
    speaker's line that a layout wrapped ("紫金县人民" / "政府代县长 邓红卫") is none."""
    text = ("2020年紫金县人民政府工作报告\n公文搜 2021-07-27 17:49:42 政府报告\n"
            "2020年6月18日在紫金县第十六届人民代表大会第五次会议上\n紫金县人民\n政府代县长 邓红卫\n各位代表:\n"
            "现在,我代表县人民政府向大会报告工作。\n一、2019年工作回顾\n过去一年,全县完成地区生产总值106.6亿元。\n")
    report = govdoc.parse(text)
    assert [s.title for _, s in report.walk()] == ["2019年工作回顾"]


def test_a_government_s_office_named_short_issues_its_own_report() -> None:
    assert title_issuer("鞍山市铁西区政府办公室2025年政府信息公开工作年度报告") == "鞍山市铁西区政府办公室"
    assert title_issuer("城关区教育局办公室2024年工作总结") == "城关区教育局办公室"
    lead = ("根据《中华人民共和国政府信息公开条例》规定,现公布鞍山市铁西区政府办公室2025年政府信息公开工作年度报告。\n"
            "一、总体情况\n2025年,区政府办公室深入贯彻落实《条例》。\n")
    assert govdoc.parse(lead).meta.issuer == "鞍山市铁西区政府办公室"


def test_who_issues_a_report_a_government_s_office_posts() -> None:
    """A portal's 发布机构 is the government's office that posts the page; the finance bureau printed under a budget
    report's title signs it. An acting head (代旗长) speaks for the government, and a government's term (第十届) is
    no part of its name."""
    budget = ("[ 发布机构 ] 某某区政府办公室 [ 有效性 ]\n[ 成文日期 ] 2023-02-15 [ 发布日期 ] 2023-02-15\n\n"
              "关于某某区2022年预算执行情况和2023年预算草案的报告\n\n重庆市某某区财政局\n\n各位代表:\n\n"
              "受区人民政府委托,现将预算执行情况报告如下。\n\n一、2022年财政工作情况\n\n"
              "全区一般公共预算收入完成12亿元。\n")
    assert govdoc.parse(budget).meta.issuer == "重庆市某某区财政局"
    report = ("政府工作报告\n\n  ——在某某旗第十六届人民代表大会第一次会议上\n\n  某某旗人民政府代旗长 周某某\n\n"
              "各位代表:\n\n  现在,我代表旗人民政府向大会报告工作。\n\n  一、过去四年工作回顾\n\n  全旗平稳。\n")
    assert govdoc.parse(report).meta.issuer == "某某旗人民政府"
    town = ("政府工作报告\n\n——在某某镇第十二届人民代表大会第三次会议上的报告\n\n各位代表:\n\n"
            "现在,我代表某某镇第十届人民政府向大会报告政府工作,请予审议。\n\n一、2022年工作回顾\n\n全镇经济平稳增长。\n")
    assert govdoc.parse(town).meta.issuer == "某某镇人民政府"


def test_a_notice_s_title_printed_again_over_three_lines_is_no_subtitle() -> None:
    """The document's own title block repeats the page's headline under the issuing body, wrapped over as many
    lines as the column needs: every line of it is the title again, none of it a subtitle."""
    notice = ("某某市人民政府办公室关于印发《某某市贯彻落实〈关于打好经济增长主动仗的若干政策措施〉实施方案》的通知\n\n"
              "某政办发〔2023〕9号\n\n某某市人民政府办公室\n\n关于印发《某某市贯彻落实〈关于打好\n\n"
              "经济增长主动仗的若干政策\n\n措施〉实施方案》的通知\n\n各县市区人民政府,市直机关各单位:\n\n"
              "经市人民政府同意,现将《实施方案》印发给你们,请认真组织实施。\n\n某某市人民政府办公室\n\n2023年3月15日\n")
    meta = govdoc.parse(notice).meta
    assert (meta.title, meta.subtitle) == (
        "某某市人民政府办公室关于印发《某某市贯彻落实〈关于打好经济增长主动仗的若干政策措施〉实施方案》的通知", None)


def test_a_copy_site_s_headline_with_its_province_and_date_outranks_the_bare_title_below_it() -> None:
    """A copy site's headline "(山东省)××县人民政府工作报告(2025年1月16日)" is a document's title once its province and
    date are off, and it names the place, where the report's own line under it says only "政府工作报告"."""
    page = ("导航菜单\n\n(某某省)某某县人民政府工作报告(2025年1月16日)\n\n  政府工作报告\n\n"
            "  ——2025年1月16日在某某县第十九届\n\n  人民代表大会第四次会议上\n\n  某某县县长 王某某\n\n  各位代表:\n\n"
            "  现在,我代表县人民政府向大会报告工作,请予审议。\n\n  一、2024年工作回顾\n\n  全县生产总值增长5.2%。\n")
    assert govdoc.parse(page).meta.title == "某某县人民政府工作报告"


def test_a_speaker_s_office_whose_name_the_page_lost_is_no_heading() -> None:
    """Under a report's meeting subtitle, the speaker's office with no name behind it ("××市代市长") is the speaker's
    line, not the first heading; the office still says who reports."""
    page = ("二〇〇三年政府工作报告\n\n(2003年3月3日在某某市第十二届人民代表大会第一次会议上)\n\n某某市代市长\n\n \n\n"
            "各位代表:\n\n现在,我代表市人民政府向大会报告工作,请予以审议。\n\n一、过去五年的工作\n\n"
            "过去五年,全市生产总值年均增长12%。\n\n二、今年的工作\n\n今年全市生产总值增长10%。\n")
    report = govdoc.parse(page)
    assert [title for _, _, title in report.outline()] == ["过去五年的工作", "今年的工作"]
    assert report.meta.issuer == "某某市人民政府"
    assert office_alone("某某市代市长") == ("某某市", "代市长") and office_alone("某某市代市长 王某") is None


def test_a_headline_with_its_posting_date_behind_it_is_the_title_and_dates_the_page() -> None:
    """"…工作总结 2021-04-02" as a page's headline (the clean line loses the space): the title without the date, and
    the date the page's; the title printed again below it is no subtitle."""
    assert dated_headline("某某街道办事处工作总结2021-04-02") == ("某某街道办事处工作总结", "2021-04-02")
    assert dated_headline("某某街道办事处工作总结 2021-04-02 10:30") == ("某某街道办事处工作总结", "2021-04-02 10:30")
    assert dated_headline("全年新增就业人数2021-04") is None and dated_headline("某某街道2021-04-02") is None
    page = ("2020年某某区某某街道办事处工作总结 2021-04-02\n\n \n\n2020年某某区某某街道办事处工作总结\n\n \n\n"
            "2020年是极不平凡的一年。街道办事处在区委、区政府的坚强领导下,圆满完成了全年各项目标任务。\n\n"
            "一、抓好疫情防控\n\n全年完成来沪返沪人员登记共10558人。\n\n二、抓好经济发展\n\n全年税收增长5%。\n")
    meta = govdoc.parse(page).meta
    assert (meta.title, meta.subtitle, meta.date) == ("2020年某某区某某街道办事处工作总结", None, date(2021, 4, 2))


def test_a_date_alone_under_the_text_s_last_sentence_dates_the_notice() -> None:
    """A notice's date alone on its line under its last sentence, its issuer's name lost, and its attachment below:
    the date the notice was written, no heading of the attachment."""
    page = ("市人民政府办公室关于分解落实《政府工作报告》的通知\n各区、镇、办事处,市政府各部门:\n"
            "现将《政府工作报告》确定的重点工作分解落实如下,请认真贯彻执行。\n2017年1月13日\n"
            "《政府工作报告》重点工作责任分解\n一、加快转型升级,提升产业竞争力\n全年规模以上工业增加值增长9%。\n"
            "二、扩大有效投资\n全年固定资产投资增长10%。\n")
    report = govdoc.parse(page)
    assert report.meta.date == date(2017, 1, 13)
    assert "2017年1月13日" not in [title for _, _, title in report.outline()]


def test_a_box_of_a_page_s_fields_and_its_label_are_no_title_nor_text() -> None:
    """A portal's box of fields over a notice ("基本信息" over "• 统一编号: …", "• 文  号: …", …), and its "听全文"
    button: none of it is the title, which is the notice's own line below."""
    page = ("听全文\n基本信息\n  • 统一编号: HD0120180001\n  • 文  号: 某府办规〔2018〕1号\n"
            "  • 实施日期: 2018年04月16日\n  • 发布机关: 某某区人民政府办公室\n  • 文件状态:\n\n"
            "某某区人民政府办公室关于印发某某区农村财务会计管理办法的通知\n\n  • 分享到\n\n"
            "各镇(街)政府(办事处),区农林局、财政局:\n\n《某某区农村财务会计管理办法》业经区政府同意,现印发给你们,"
            "请遵照执行。\n\n某某区人民政府办公室\n\n2018年4月12日\n")
    meta = govdoc.parse(page).meta
    assert meta.title == "某某区人民政府办公室关于印发某某区农村财务会计管理办法的通知"
    assert (meta.doc_number, meta.date) == ("某府办规〔2018〕1号", date(2018, 4, 12))


def test_a_speaker_over_the_page_s_fields_is_no_label_of_their_box() -> None:
    """A short line over two lines shaped as fields is the label of the page's box of fields; the speaker's line
    under a meeting's subtitle is not, whatever follows it (a hypothesis example found it)."""
    text = ("关于七宝镇2000年预算执行情况和2001年预算草案的报告\n"
            "——2001年1月1日在七宝镇第十四届人民代表大会第三次会议上\n"
            "镇长 王明\n来源：闵行报\n成文日期：2001-01-01\n\n\u3000\u3000全年各项工作稳步推进。\n")
    meta = govdoc.parse(text).meta
    assert (meta.issuer, meta.date) == ("七宝镇人民政府", date(2001, 1, 1))
    boxed = ("基本信息\n索引号：0152-2023-00001\n发布机构：七宝镇人民政府\n七宝镇2023年工作总结\n\n"
             "\u3000\u3000全年各项工作稳步推进。\n")
    assert govdoc.parse(boxed).meta.title == "七宝镇2023年工作总结"


def test_a_headline_run_into_its_meeting_in_brackets_and_its_speaker() -> None:
    """A local-history site runs the title block into one line under its own buttons and greeting: the title, the
    meeting in brackets (its date the document's) and the speaker (who names the issuer), none of them the title."""
    text = ("收藏本站 官方微博 欢迎浏览杭州党史与地方志\n\n"
            "政府工作报告 (2019年1月21日在杭州市第十三届人民代表大会第四次会议上) 杭州市人民政府市长 徐立毅\n\n"
            "发布时间:2021-08-07 点击率:\n\n各位代表:\n\n现在,我代表市人民政府向大会报告工作,请予审议。\n\n"
            "一、2018年工作回顾\n\n2018年全市生产总值增长6.7%。\n")
    meta = govdoc.parse(text).meta
    assert (meta.title, meta.issuer, meta.date) == ("政府工作报告", "杭州市人民政府", date(2019, 1, 21))
    assert meta.subtitle == "(2019年1月21日在杭州市第十三届人民代表大会第四次会议上)"
    dashed = govdoc.parse("政府工作报告—2021年7月29日在围场满族蒙古族自治县第八届人民代表大会第一次会议上"
                          "自治县人民政府代理县长 孙立良\n\n各位代表:\n\n"
                          "现在,我代表自治县人民政府向大会报告工作。\n").meta
    assert dashed.subtitle == "2021年7月29日在围场满族蒙古族自治县第八届人民代表大会第一次会议上"
    meeting = "(2019年1月21日在杭州市第十三届人民代表大会第四次会议上)"
    assert split_subtitle(f"政府工作报告 {meeting} 杭州市人民政府市长 徐立毅") == (
        "政府工作报告", f"{meeting} 杭州市人民政府市长 徐立毅")
    assert split_subtitle(f"政府工作报告 {meeting} 请予审议") is None


def test_a_title_that_opens_with_its_year_names_the_office_or_department_behind_it() -> None:
    """"2018年××街道办事处政府信息公开年度报告" and "2023年××厅…“三公”经费支出决算情况说明" name who issues them."""
    assert title_issuer("2018年广州市海珠区昌岗街道办事处政府信息公开年度报告") == "广州市海珠区昌岗街道办事处"
    assert title_issuer("2023年广东省财政厅一般公共预算财政拨款“三公”经费支出决算情况说明") == "广东省财政厅"
    assert title_issuer("2023年全省一般公共预算财政拨款“三公”经费支出决算情况说明") is None


def test_a_posting_office_named_by_its_level_alone_yields_to_the_speaker() -> None:
    """A portal's 发布机构 "市政府办公室(法制办、应急办、研究室)" names its body less surely than the mayor's line under
    the meeting's subtitle, who speaks for the city's government."""
    text = ("政府工作报告\n索引号:   002564141/2012-00041 发文时间:   2012-04-29\n"
            "文件编号:   发布机构:   市政府办公室(法制办、应急办、研究室)\n2012年政府工作报告\n\n"
            "——2012年4月21日在湖州市第七届人民代表大会第一次会议上\n湖州市市长 马 以\n\n各位代表:\n\n"
            "    现在,我代表市人民政府向大会作工作报告,请予审议。\n")
    assert govdoc.parse(text).meta.issuer == "湖州市人民政府"


def test_a_meeting_s_subtitle_under_a_count_left_empty_is_no_value_of_it() -> None:
    """"阅读次数:" left empty on the posting line takes no value from the line below when that line is the meeting's
    subtitle: the subtitle and the speaker under it are read (the speaker's government the issuer)."""
    text = ("首页 > 重要发布 > 代表大会文件\n政府工作报告\n发布时间:2019-01-28 18:06    打印     阅读次数:\n\n"
            "——2019年1月23日在武汉市武昌区第十五届人民代表大会\n\n第四次会议上\n\n \n\n"
            "武昌区人民政府区长  余 松\n\n \n\n"
            "各位代表:\n\n现在,我代表区人民政府向大会报告工作,请予审议。\n")
    meta = govdoc.parse(text).meta
    assert (meta.issuer, meta.date) == ("武昌区人民政府", date(2019, 1, 23))
    assert meta.subtitle == "2019年1月23日在武汉市武昌区第十五届人民代表大会第四次会议上"


def test_the_body_a_report_names_for_questions_is_its_issuer() -> None:
    """A disclosure report's opening names whom to ask about it ("请与龙潭区林业畜牧局办公室联系"): that body, the
    office answering for it taken off, and a government by its whole name ("东城区政府信息公开办公室")."""
    opening = ("本报告根据《中华人民共和国政府信息公开条例》的要求编制,由概述、主动公开政府信息情况等六部分组成。"
               "如对本报告有任何疑问,请与{}联系(地址:遵义西路65号,电话:3034492)。\n一、概述\n"
               "全年主动公开政府信息126条,其中通过门户网站公开98条。\n")
    assert govdoc.parse(opening.format("龙潭区林业畜牧局办公室")).meta.issuer == "龙潭区林业畜牧局"
    assert govdoc.parse(opening.format("东城区政府信息公开办公室")).meta.issuer == "东城区人民政府"
    assert govdoc.parse(opening.format("兴华镇人民政府")).meta.issuer == "兴华镇人民政府"
    # (whom a notice asks readers to call is no issuer of a report)
    notice = ("关于开展全民健身活动的通知\n各村:\n为丰富群众文化生活,定于5月举办全民健身活动,请与镇文化站联系报名。\n")
    assert govdoc.parse(notice).meta.issuer != "镇文化站"


def test_a_paper_s_dateline_with_its_site_and_reporter_and_who_gave_the_report() -> None:
    """"滨州日报/滨州网讯(记者报道)1月15日,…": a dateline, its year the latest of those its paragraph prints most
    (a report on 2023's budget and 2024's draft is given in 2024); the bureau whose head gave the report issues it."""
    text = ("滨州日报/滨州网讯(记者报道)1月15日,在滨州市第十二届人民代表大会第三次会议上,滨州市财政局局长胡云江作了"
            "关于滨州市2023年预算执行情况和2024年预算草案的报告。\n"
            "2023年,全市一般公共预算总收入637.58亿元,其中当年收入292.14亿元,完成预算的101.7%。\n"
            "2023年,市级一般公共预算总收入338.16亿元,完成预算的132.4%。\n")
    meta = govdoc.parse(text).meta
    assert (meta.issuer, meta.date) == ("滨州市财政局", date(2024, 1, 15))


def test_a_report_printed_under_the_notice_that_issues_it() -> None:
    """A portal prints the government's notice (addressees, a sentence, its signature) over the report it issues,
    the notice's own title not copied: the report's title block below is the title, its meeting's date the date
    (not the notice's), and the spaced title and the speaker line ("县 长 周永根") are no headings."""
    text = ("各乡镇人民政府,县政府各部门、直属机构,县属各国有企业:\n"
            "《政府工作报告》已经县十八届人民代表大会第五次会议审议通过,现印发给你们,请结合实际,认真抓好落实。\n"
            "中宁县人民政府\n2026年2月9日\n(此件公开发布)\n"
            "政 府 工 作 报 告\n——2026年1月14日在中宁县第十八届人民代表大会\n第五次会议上\n县 长 周永根\n"
            "各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。\n"
            "2025年和“十四五”工作回顾\n"
            "刚刚过去的2025年,县人民政府坚持以习近平新时代中国特色社会主义思想为指导,全县经济社会发展企稳向好。\n"
            "一、经济运行量质齐升,投资消费稳健增长\n"
            "主要指标稳中有进。全年完成地区生产总值181.8亿元,同比增长7%;固定资产投资同比增长11.1%。\n"
            "发展动能更加强劲。扎实开展“五比”活动,全方位保障135个重点项目建设,超额完成开(复)工目标。\n")
    report = govdoc.parse(text)
    assert (report.meta.title, report.meta.issuer, str(report.meta.date)) == (
        "政府工作报告", "中宁县人民政府", "2026-01-14")
    assert [(level, title) for level, _, title in report.outline()] == [
        (1, "2025年和“十四五”工作回顾"), (2, "经济运行量质齐升,投资消费稳健增长"), (3, "主要指标稳中有进"),
        (3, "发展动能更加强劲")]


def test_the_body_a_report_says_compiled_it_is_its_issuer() -> None:
    """"本年度报告…由城中区人民政府办公室综合…编制而成" names who issues it, before whom to ask; a town's office for
    questions ("党政办公室") is taken off as any answering office is."""
    compiled = ("本年度报告是根据《中华人民共和国政府信息公开条例》要求,由城中区人民政府办公室综合区政府各镇办、"
                "各部门的工作情况编制而成。如对本年度报告有任何疑问,请联系城中区人民政府办公室(电话:8246024)。\n"
                "一、总体情况\n2021年城中区政务公开工作在区委区政府的正确领导下,各项工作顺利推进。\n")
    assert govdoc.parse(compiled).meta.issuer == "城中区人民政府办公室"
    asked = ("2023年度,富文镇根据政府信息与政务公开工作的有关决策部署和要求,稳步有序推动政务公开工作的开展。"
             "现将全年政府信息公开年度报告编制如下,若对报告有任何疑问,请与富文镇人民政府党政办公室联系"
             "(电话:0898-63896323)。\n一、总体情况\n全年主动公开政府信息共10条。\n")
    assert govdoc.parse(asked).meta.issuer == "富文镇人民政府"


def test_a_portal_s_bulleted_values_without_keys_and_a_notice_s_number_before_the_title() -> None:
    """A portal lists a document's fields one to a bullet with their keys lost ("• 005252696/2020-00021", "• 财政,审计",
    dates, the body): no text and no heading. The notice's number glued before the title ("2019年第43号(总第221号)
    郑州市关于…的报告") is no part of it; the report's subtitle and speaker give its date and issuer."""
    text = ("• 005252696/2020-00021\n  • 郑州市审计局\n  • 财政,审计\n  • 2019-12-26\n  • 2019-12-31\n"
            "2019年第43号(总第221号)郑州市关于2018年度市级预算执行和其他财政收支的审计工作报告\n\n"
            "(二〇一九年十二月三十日公告)\n\n"
            "——2019年12月26日在郑州市第十五届人民代表大会常务委员会第十一次会议上\n\n"
            "郑州市审计局局长  刘啸峰\n\n主任、各位副主任、秘书长、各位委员:\n\n"
            "我受市人民政府委托,现就2018年度市级预算执行和其他财政收支的审计情况,报告如下:\n\n"
            "2018年,全市上下在市委、市政府的正确领导下,全面贯彻落实各项决策部署,经济运行总体平稳。\n")
    report = govdoc.parse(text)
    assert (report.meta.title, report.meta.issuer, str(report.meta.date)) == (
        "郑州市关于2018年度市级预算执行和其他财政收支的审计工作报告", "郑州市审计局", "2019-12-26")
    assert report.outline() == []


def test_a_table_of_contents_under_the_title_is_no_part_of_it() -> None:
    """"目 录" under a page's title, the contents' entries below it with no page numbers, one under the other: the
    title stays whole, the entries head nothing, and the text's headings below are read as printed (a line over one
    that opens with a label is no column the layout wrapped)."""
    entries = "".join(f"{n}、{name}决算表\n" for n, name in enumerate(
        ["一般公共预算收入", "一般公共预算支出", "一般公共预算本级支出", "政府性基金预算收入", "政府性基金预算支出",
         "国有资本经营收入", "国有资本经营支出", "社会保险基金收支", "社会保险基金收入", "社会保险基金支出"], 1))
    text = ("2021年华容县政府决算公开\n目 录\n第一部分 决算报告\n第二部分 决算报表\n" + entries + "第三部分 相关说明\n"
            "第一部分 决算报告\n县人大常委会:\n"
            "我受县人民政府委托,向会议报告我县2021年财政决算草案和2022年上半年财政预算执行情况,请予审查。\n"
            "一、2021年财政决算情况\n(一)2021年一般公共预算收支概况\n"
            "2021年,全县一般公共预算收入完成112853万元,占年计划100500万元的112.29%,同比增长21.41%。\n")
    report = govdoc.parse(text)
    assert report.meta.title == "2021年华容县政府决算公开"
    assert [(level, label, title) for level, label, title in report.outline()] == [
        (1, "第一部分", "决算报告"), (2, "一、", "2021年财政决算情况"), (3, "(一)", "2021年一般公共预算收支概况")]
