"""read_frame: the frame stage alone, on documents written for these tests (none is a corpus copy)."""

from __future__ import annotations

from datetime import date

import govdoc
from govdoc.parsing.frame import Frame, read_frame
from govdoc.parsing.lines import clean_lines, split_lines
from govdoc.parsing.source import SourceLine


def frame_of(text: str, declared: dict[str, str] | None = None) -> Frame:
    return read_frame(split_lines(text), declared)


def body(frame: Frame) -> list[str]:
    return [line.text for line in frame.body]


PORTAL = """\
欢迎访问闵行区人民政府门户网站！
政务公开 | 政务服务 | 互动交流 | 走进闵行
首页
机构
新闻
公开
当前位置：首页 > 信息公开 > 统计公报
2024年闵行区国民经济和社会发展统计公报
发布机构：上海市统计局 发布时间：2025-04-02 打印本页 | 字号：大 中 小
2024年，全区上下坚持稳中求进工作总基调，经济运行总体平稳，全年实现地区生产总值3125.4亿元，比上年增长5.1%。
一、综合
全年新增就业岗位5.2万个，城镇调查失业率4.1%。
（信息来源：闵行区统计局）
扫一扫在手机打开当前页
【打印本页】【关闭窗口】
相关附件
2024年闵行区国民经济和社会发展统计公报
主办单位：闵行区人民政府 版权所有 沪ICP备12345678号
联系电话：021-64120000 地址：沪闵路6258号
"""


def test_portal_chrome_fields_and_reprint_source() -> None:
    frame = frame_of(PORTAL)
    assert frame.fields["title"] == "2024年闵行区国民经济和社会发展统计公报"
    assert frame.fields["issuer"] == "闵行区统计局"  # the reprint's source, not the site's 发布机构
    assert frame.fields["date"] == "2025-04-02"
    assert body(frame) == [
        "2024年，全区上下坚持稳中求进工作总基调，经济运行总体平稳，全年实现地区生产总值3125.4亿元，比上年增长5.1%。",
        "一、综合", "全年新增就业岗位5.2万个，城镇调查失业率4.1%。"]


REPORT = """\
下载
打印
收藏
【字号：
大
中
小
】
2025年闵行区政府工作报告
——二〇二五年一月九日在闵行区第八届人民代表大会第五次会议上来源：闵行报
时间：2025-01-15
区长 陈宇剑
各位代表：
现在，我代表区人民政府向大会报告工作，请予审议。
一、2024年工作回顾
全年实现地区生产总值3125.4亿元，增长5.1%。
编辑：王丽
"""


def test_report_title_block_meeting_date_speaker_and_glued_source() -> None:
    frame = frame_of(REPORT)
    assert (frame.fields["title"], frame.fields["date"], frame.fields["issuer"]) == (
        "2025年闵行区政府工作报告", "2025-01-09", "闵行区人民政府")
    assert frame.fields["publication"] == "闵行报"
    assert frame.fields["subtitle"] == "二〇二五年一月九日在闵行区第八届人民代表大会第五次会议上"
    assert body(frame) == ["各位代表：", "现在，我代表区人民政府向大会报告工作，请予审议。", "一、2024年工作回顾",
                           "全年实现地区生产总值3125.4亿元，增长5.1%。"]


def test_a_short_real_heading_is_never_chrome() -> None:
    frame = frame_of("七宝镇2024年工作总结\n\n一、综合\n全年实现税收收入18.6亿元，同比增长4.5%，新增企业620户。\n"
                     "二、民生\n新建社区长者食堂2家，新增养老床位120张，完成适老化改造300户。\n")
    assert body(frame)[0] == "一、综合" and "二、民生" in body(frame)


BULLETS = """\
返回顶部

七宝镇人民政府工作规则

  • 索引号:

    MB2F13658N/2025-00012
  • 发文机构:

    区政府网站
  • 发文字号:

    七府发〔2025〕3号
  • 成文日期:

    2025年03月02日 10:20
  • 发布日期:

    2025年03月05日 09:00
  • 内容概述:

七宝镇人民政府工作规则

第一章 总则

一、为规范镇政府工作，根据有关法律法规，制定本规则。
"""


def test_key_and_value_on_separate_lines_and_a_junk_issuer() -> None:
    frame = frame_of(BULLETS)
    assert frame.fields == {"title": "七宝镇人民政府工作规则", "index_number": "MB2F13658N/2025-00012",
                            "doc_number": "七府发〔2025〕3号", "date": "2025-03-02", "issuer": "七宝镇人民政府"}
    assert body(frame) == ["第一章 总则", "一、为规范镇政府工作，根据有关法律法规，制定本规则。"]


NOTICE = """\
首页 > 信息公开 > 政府文件
索引号: MB2F13658N/2025-00020 组配分类: 规范性文件
发布机构: 七宝镇人民政府办公室 发布日期: 2025-03-10
浏览次数: 121 内容概述:

七宝镇人民政府关于印发《七宝镇河道管理办法》的通知

各村民委员会、居民委员会,镇政府各部门:

  《七宝镇河道管理办法》已经镇政府常务会议通过,现予印发,请遵照执行。

七宝镇人民政府

2025年3月6日

(此件公开发布)

七宝镇河道管理办法

第一章  总  则
"""


def test_a_signature_outranks_the_posting_fields() -> None:
    frame = frame_of(NOTICE)
    assert (frame.fields["title"], frame.fields["issuer"], frame.fields["date"]) == (
        "七宝镇人民政府关于印发《七宝镇河道管理办法》的通知", "七宝镇人民政府", "2025-03-06")
    assert body(frame) == ["各村民委员会、居民委员会,镇政府各部门:",
                           "《七宝镇河道管理办法》已经镇政府常务会议通过,现予印发,请遵照执行。",
                           "七宝镇河道管理办法", "第一章 总 则"]


def test_web_article_loses_its_headline_and_column_tag() -> None:
    frame = frame_of("【七宝动态】七宝镇召开平安建设推进会\n"
                     "3月12日下午，七宝镇召开平安建设推进会，镇党政领导、各居民区书记共80余人参加会议。\n"
                     "会议部署了2025年平安建设重点任务。\n")
    assert frame.fields == {"title": "七宝镇召开平安建设推进会"}
    assert body(frame)[0].startswith("3月12日下午")


def test_newspaper_story_keeps_its_headline() -> None:
    frame = frame_of("第二版:综合版总第1024期 >2025-03-14编印\n\n七宝镇召开平安建设推进会\n"
                     "镇党政领导出席会议 各居民区书记作交流发言\n刊发日期:2025-03-14 作者:  语音阅读:\n\n"
                     "IMG_0314.jpg\n\n"
                     "   3月12日下午,七宝镇召开平安建设推进会,镇党政领导、各居民区书记共80余人参加会议。\n")
    assert body(frame)[0] == "七宝镇召开平安建设推进会" and frame.body[0].gap >= 2
    assert frame.fields["title"] == "七宝镇召开平安建设推进会"  # heading and title both
    assert frame.fields["date"] == "2025-03-14"
    assert frame.fields["subtitle"] == "镇党政领导出席会议 各居民区书记作交流发言"
    assert len(body(frame)) == 2


def test_a_printed_page_of_articles_keeps_its_headlines() -> None:
    frame = frame_of(" 06、07 综合\n华泾··\n\n华泾镇2024年工作总结\n\n"
                     "2024年，华泾镇坚持以人民为中心的发展思想，统筹推进经济发展和民生保障各项工作。\n")
    assert body(frame)[0] == "华泾镇2024年工作总结"
    assert "title" not in frame.fields


def test_govdocs_own_metadata_block_is_authoritative() -> None:
    frame = frame_of("标题：华泾镇工作总结\n发布机构：华泾镇人民政府\n发布日期：2025-01-10\n\n"
                     "\u3000\u3000当前位置：首页 > 新闻\n")
    assert frame.explicit
    assert frame.fields == {"title": "华泾镇工作总结", "issuer": "华泾镇人民政府", "date": "2025-01-10"}
    assert body(frame) == ["当前位置：首页 > 新闻"]  # nothing in a canonical text is chrome


def test_a_line_the_reader_marks_as_the_title() -> None:
    lines = clean_lines([SourceLine("七宝镇新闻", 1), SourceLine("七宝镇召开平安建设推进会", 2, level=0),
                         SourceLine("3月12日下午，七宝镇召开平安建设推进会，镇党政领导共80余人参加会议。", 3)])
    frame = read_frame(lines)
    assert frame.fields["title"] == "七宝镇召开平安建设推进会"


def test_a_kicker_above_a_marked_title_names_who_reports() -> None:
    """An e-paper page's kicker is an element of its own above the headline the reader marks."""
    lines = clean_lines([SourceLine("区财政局局长张三在区十届人大五次会议上报告", 1),
                         SourceLine("2024年预算执行情况和2025年预算（草案）", 2, level=0),
                         SourceLine("本报讯 区财政局向大会提交闵行区2024年预算执行情况的报告。", 3)])
    frame = read_frame(lines)
    assert frame.fields["title"] == "2024年预算执行情况和2025年预算（草案）"
    assert frame.fields["issuer"].endswith("区财政局")


def test_a_marked_title_is_a_document_s_title_not_a_story_s_headline() -> None:
    """A web page's <h1> over its own headings is the document's title; only newspaper signs make a story."""
    page = [SourceLine("社区社区", 1, level=0), SourceLine("第一部分社区社区", 2, level=1)]
    frame = read_frame(clean_lines(page))
    assert frame.fields["title"] == "社区社区" and body(frame) == ["第一部分社区社区"]
    plain = read_frame(clean_lines([SourceLine("社区社区", 1), SourceLine("第一部分社区社区", 2)]))
    assert body(plain) == ["社区社区", "第一部分社区社区"]  # unmarked, the same lines read as a story
    story = [SourceLine("社区社区", 1, level=0), SourceLine("本报讯 社区召开会议，部署全年工作。", 2)]
    assert body(read_frame(clean_lines(story)))[0] == "社区社区"  # a news lead keeps the headline


def test_a_title_a_file_centres_over_its_text_is_a_document_s_title() -> None:
    """A web article copied into Word: the headline centred over the text, no sign of a website or a newspaper.
    It is the document's title, not a story's headline (the gold keeps a headline as a heading only on a
    newspaper page)."""
    headline = "群英街道召开2023年重点工作谋划部署会"
    text = "2月7日，群英街道召开2023年重点工作谋划部署会，街道党政班子成员参加会议。"
    centred = read_frame(clean_lines([SourceLine(headline, 1, align="center"), SourceLine(text, 2, indent=2)]))
    assert centred.fields["title"] == headline and body(centred) == [text]
    left = read_frame(clean_lines([SourceLine(headline, 1), SourceLine(text, 2, indent=2)]))
    assert body(left)[0] == headline  # set flush, the same lines read as a story
    story = read_frame(clean_lines([SourceLine(headline, 1, align="center"),
                                    SourceLine("本报讯 " + text, 2, indent=2)]))
    assert body(story)[0] == headline  # a news lead keeps the headline


def test_declared_metadata_fills_what_the_text_does_not_print() -> None:
    declared = {"title": "闵行区人民政府_政府工作报告", "date": "2025-01-20", "doc_number": "闵府〔2025〕1号"}
    frame = frame_of(REPORT, declared)
    assert frame.fields["title"] == "2025年闵行区政府工作报告"
    assert frame.fields["date"] == "2025-01-09"
    assert frame.fields["doc_number"] == "闵府〔2025〕1号"


def test_title_over_two_lines_and_printed_twice() -> None:
    frame = frame_of("七宝新闻\n关于七宝镇2024年预算执行情况和2025年\n预算草案的报告\n2025-01-20 10:30\n"
                     "关于七宝镇2024年预算执行情况和2025年预算草案的报告\n七宝镇财政所\n"
                     "一、2024年预算执行情况\n全镇一般公共预算收入30.5亿元，完成预算的100.2%。\n")
    assert frame.fields["title"] == "关于七宝镇2024年预算执行情况和2025年预算草案的报告"
    assert frame.fields["issuer"] == "七宝镇财政所" and frame.fields["date"] == "2025-01-20"
    assert body(frame)[0] == "一、2024年预算执行情况"


def test_issuer_and_date_under_the_title() -> None:
    frame = frame_of("2024年闵行区国民经济和社会发展统计公报\n时间：2025-04-09 来源： 阅读量：\n"
                     "\u3000\u3000闵行区统计局\n\u3000\u3000国家统计局闵行调查队\n\u3000\u30002025年3月28日\n"
                     "2024年，全区经济运行总体平稳，全年实现地区生产总值3125.4亿元，比上年增长5.1%。\n")
    assert frame.fields["date"] == "2025-03-28"
    assert frame.fields["issuer"] == "闵行区统计局 国家统计局闵行调查队"  # (both sign: the devset README's rule)


def test_chrome_between_paragraphs_and_glued_to_the_last_sentence() -> None:
    frame = frame_of("七宝镇2024年工作总结\n一、经济发展\n全年完成税收收入18.6亿元，同比增长4.5%。\n"
                     "责任编辑：王丽\n二、民生保障\n新建社区长者食堂2家，新增养老床位120张。（来源：闵行报）\n")
    assert body(frame) == ["一、经济发展", "全年完成税收收入18.6亿元，同比增长4.5%。", "二、民生保障",
                           "新建社区长者食堂2家，新增养老床位120张。"]
    assert frame.fields["publication"] == "闵行报"


def test_an_attachment_printed_alone_keeps_its_heading() -> None:
    frame = frame_of("附件3\n2025年七宝镇民生实事项目\n1、新建社区长者食堂2家。\n2、新增养老床位120张。\n")
    assert frame.fields == {"title": "2025年七宝镇民生实事项目"}
    assert body(frame)[:2] == ["附件3", "2025年七宝镇民生实事项目"]


def test_a_glossary_printed_alone_keeps_its_heading() -> None:
    frame = frame_of("《七宝镇政府工作报告》名词解释\n1、一网通办:群众办事只需进一扇门。\n")
    assert frame.fields == {"title": "《七宝镇政府工作报告》名词解释"}
    assert body(frame)[0] == "《七宝镇政府工作报告》名词解释"


def test_masthead_fields() -> None:
    frame = frame_of("枫林社区报\n\n本期 12 版 第 57 期\n\n2023年5月16日\n\n枫林路街道党工委、办事处联合主办\n\n"
                     "社区食堂开进老小区\n\n□记者 陈 晨\n\n近日，枫林路街道首家社区食堂正式开业，可容纳120人就餐。\n")
    assert frame.masthead
    assert frame.fields == {"publication": "枫林社区报", "issue": "第57期", "date": "2023-05-16",
                            "issuer": "枫林路街道党工委、办事处"}
    assert body(frame)[0] == "社区食堂开进老小区"
    meta = frame.meta(["社区食堂开进老小区"], ["记者 陈晨"], "fl.txt")
    assert (meta.title, meta.authors, meta.source) == ("枫林社区报", ["记者 陈晨"], "fl.txt")


def test_signature_at_the_end() -> None:
    frame = frame_of("一、经济发展\n全年完成税收收入18.6亿元，同比增长4.5%。\n\n七宝镇人民政府\n2025年1月10日\n")
    assert (frame.fields["issuer"], frame.fields["date"]) == ("七宝镇人民政府", "2025-01-10")
    assert body(frame) == ["一、经济发展", "全年完成税收收入18.6亿元，同比增长4.5%。"]


def test_a_date_alone_below_the_text_is_the_document_s_date() -> None:
    """成文日期 set below the text with no signature above it (GB/T 9704 allows the date alone)."""
    text = "一、经济发展\n全年完成税收收入18.6亿元，同比增长4.5%。\n\n　　　　　　　　2025年1月10日\n"
    frame = frame_of(text)
    assert frame.fields["date"] == "2025-01-10"
    assert body(frame) == ["一、经济发展", "全年完成税收收入18.6亿元，同比增长4.5%。"]
    posted = frame_of("发布时间：2025-01-12 09:30\n" + text + "网站标识码：3101120001\n")
    assert posted.fields["date"] == "2025-01-10"  # the date the document carries outranks the posting time
    inside = frame_of("一、经济发展\n2025年1月10日\n全年完成税收收入18.6亿元，同比增长4.5%。\n")
    assert "date" not in inside.fields  # a date line inside the text is not its date


def test_impossible_dates_are_dropped() -> None:
    assert "date" not in frame_of("索引号 | 发布机构 | 华泾镇 | |\n发布时间 | 2023-02-30 |\n一、工作\n").fields


def test_untitled_page_takes_its_first_article() -> None:
    frame = frame_of("小东门··\n\n2019年，小东门街道紧紧围绕区委、区政府的工作主线，全力以赴提升公共服务。\n")
    assert frame.meta(["见屏不见面 线上办大事"], [], None).title == "见屏不见面 线上办大事"
    assert frame.meta([], [], None).title is None


LINK_LISTS = """\
返回首页
无障碍浏览 | 适老化模式
·政策文件
·政策解读
规划信息+
国民经济发展规划
国土空间规划
专项规划和区域规划
·计划总结
七宝镇人民政府关于七宝镇2024年预算执行情况和2025年预算草案的报告
发布时间：2025-03-03     信息发布人：镇财政所
附件：七宝镇人民政府关于七宝镇2024年预算执行情况和2025年预算草案的报告.pdf
七宝镇人民政府办公室主办 版权所有 联系我们 网站地图
"""


def test_link_lists_are_menus_even_when_their_links_name_documents() -> None:
    frame = frame_of(LINK_LISTS)
    assert frame.fields == {"title": "七宝镇人民政府关于七宝镇2024年预算执行情况和2025年预算草案的报告",
                            "issuer": "七宝镇人民政府", "date": "2025-03-03"}
    assert body(frame) == []


def test_a_report_title_in_quotes_over_two_lines_and_a_bureau_reporting_for_the_government() -> None:
    frame = frame_of("《关于七宝镇2024年预算执行情况\n和2025年预算草案的报告》（摘要）\n2025年01月09日\n"
                     "镇财政所受镇人民政府委托，向镇人民代表大会提交了《关于七宝镇2024年预算执行情况和2025年预算草案的报告》。\n"
                     "一、2024年预算执行情况\n全镇一般公共预算收入30.5亿元，完成预算的100.2%。\n")
    assert frame.fields == {"title": "《关于七宝镇2024年预算执行情况和2025年预算草案的报告》（摘要）",
                            "date": "2025-01-09", "issuer": "七宝镇财政所"}


def test_a_title_repeated_with_a_footnote_mark_is_the_same_title() -> None:
    frame = frame_of("2024年闵行区国民经济和社会发展统计公报\n发布时间：2025-04-09\n"
                     "2024年闵行区国民经济和社会发展统计公报[1]\n"
                     "2024年，全区经济运行总体平稳，全年实现地区生产总值3125.4亿元，比上年增长5.1%。\n")
    assert "subtitle" not in frame.fields


def test_an_attachment_whose_title_names_a_document() -> None:
    frame = frame_of("附件2\n《七宝镇政府工作报告》名词解释\n1、一网通办:群众办事只需进一扇门。\n")
    assert frame.fields == {"title": "《七宝镇政府工作报告》名词解释"}
    assert body(frame)[:2] == ["附件2", "《七宝镇政府工作报告》名词解释"]


# A disclosure page: its site's name over two lines, share buttons in a bulleted list, keys letter-spaced to the
# width of the longest with each value on the line below, and an audit report below them.
DISCLOSURE = """\
闵行区
审计局
• 微信
• 微博
• 繁体字
首页>政府信息公开>审计报告
索 引 号：
MB2F13658N/2025-00031
发布机构：
审计局
生成日期：
2025年06月18日
文件编号: 有效性: 有效
标　　题：
关于2024年度区本级预算执行的审计报告
• 浏览量:
• 【字体:
    根据审计计划，审计局对2024年度区本级预算执行情况进行了审计。
    一、预算执行情况
    (一)一般公共预算收支执行情况
    2024年，一般公共预算收入完成3.2亿元。
"""


def test_a_disclosure_page_with_bulleted_buttons_and_letter_spaced_keys() -> None:
    report = govdoc.parse(DISCLOSURE)
    assert (report.meta.title, report.meta.issuer, report.meta.date.isoformat() if report.meta.date else None) == (
        "关于2024年度区本级预算执行的审计报告", "闵行区审计局", "2025-06-18")
    assert report.outline() == [(1, "一、", "预算执行情况"), (2, "(一)", "一般公共预算收支执行情况")]


# A bulletin on a portal: below its text, the site's link list ("省内各市统计局", "事业单位") and its footer
LINKS_ABOVE_THE_FOOTER = """\
七宝镇2025年国民经济和社会发展统计公报
一、综合
全年地区生产总值100.5亿元，比上年增长5.2%。
二、农业
全年粮食产量10.2万吨，比上年增长2.1%。
省内各市统计局
县区政府网站
事业单位
其他网站友情链接
网站地图
七宝镇统计站主办地址：七宝镇新镇路1号
沪ICP备12345678号
网站标识码：3100000001
"""


def test_a_link_list_above_the_footer_is_chrome() -> None:
    report = govdoc.parse(LINKS_ABOVE_THE_FOOTER)
    assert [[p.text for p in section.paragraphs] for section in report.sections] == [
        ["全年地区生产总值100.5亿元，比上年增长5.2%。"], ["全年粮食产量10.2万吨，比上年增长2.1%。"]]


# A disclosure page whose 发布机构 key is left empty above the document's title, notes under 附注
EMPTY_KEY = """\
七宝镇统计站
索 引 号：
116204000139113137/2025-156110
生成日期：
2025-01-24
所属机构：
镇统计站
发布机构：
2024年七宝镇经济运行情况
信息来源：七宝融媒
发布时间：2025-01-24 11:17
根据地区生产总值统一核算结果，2024年，全镇地区生产总值70.6亿元，比上年增长5.6%。
一、农业生产形势稳定
全年全镇粮食产量10.2万吨，比上年增长2.1%。
二、工业生产较快增长
全年全镇规模以上工业增加值比上年增长16.8%。
附注：
（1）根据第五次全国经济普查结果，2023年全镇地区生产总值修订为66.16亿元。
（2）部分数据因四舍五入，存在总计与分项合计不等的情况。
"""


def test_an_empty_issuer_key_above_the_title_and_notes_under_their_heading() -> None:
    report = govdoc.parse(EMPTY_KEY)
    assert report.meta.title == "2024年七宝镇经济运行情况"
    assert report.outline() == [(1, "一、", "农业生产形势稳定"), (1, "二、", "工业生产较快增长"), (1, None, "附注")]
    assert [p.text[:3] for p in report.sections[-1].paragraphs] == ["（1）", "（2）"]


# A department's budget on a portal: the site's name over the breadcrumb, the page's title, a line of fields the
# site runs together, the document's own title (without the page's "公开"), then its table of contents
DEPARTMENT_BUDGET = """\
闵行区人民政府
您当前的位置:首页 » 闵行区教育局2025年部门预算公开 » 详情
闵行区教育局2025年部门预算公开
发布时间: 2025-03-20   来源: 区教育局   信息类型: 2025年预算    浏览量:
打印

闵行区教育局2025年部门预算

目    录

第一部分 闵行区教育局单位概况

一、基本职能及主要工作

二、部门预算单位构成

第二部分 闵行区教育局2025年部门预算情况说明

第三部分 名词解释


第一部分 闵行区教育局概况

一、基本职能及主要工作

我局是区人民政府设立的教育行政管理部门，下属独立核算机构66个。

二、部门预算单位构成

纳入2025年部门预算编制范围的单位共67个。
"""


def test_a_department_budget_page_with_its_table_of_contents() -> None:
    report = govdoc.parse(DEPARTMENT_BUDGET)
    assert (report.meta.title, report.meta.issuer, report.meta.subtitle) == (
        "闵行区教育局2025年部门预算公开", "闵行区教育局", None)
    assert report.outline() == [(1, "第一部分", "闵行区教育局概况"), (2, "一、", "基本职能及主要工作"),
                                (2, "二、", "部门预算单位构成")]


# A notice that issues a plan: the signature with its publication note between the name and a date whose 年月日
# a conversion lost, then the plan, its contents (chapter titles without their numbers), and its text numbered 1, 1.1
ISSUED_PLAN = """\
七宝镇人民政府办公室关于印发七宝镇突发环境事件应急预案的通知

各村（居）委会，镇级有关部门：

现将《七宝镇突发环境事件应急预案》印发给你们，请认真贯彻执行。

七宝镇人民政府办公室

（此件公开发布）

{ 2017 6 23

七宝镇突发环境事件应急预案

总则

1.1 编制目的

1.2 编制依据

组织体系及职责

2.1 指挥机构

2.2 成员单位

1 总则

1.1 编制目的

建立健全突发环境事件应急机制，提高应对突发环境事件的能力。

1.2 编制依据

《中华人民共和国突发事件应对法》《中华人民共和国环境保护法》。
"""


def test_a_plan_issued_by_a_notice_with_its_contents_and_numbered_sections() -> None:
    report = govdoc.parse(ISSUED_PLAN)
    assert (report.meta.issuer, report.meta.date.isoformat() if report.meta.date else None) == (
        "七宝镇人民政府办公室", "2017-06-23")
    # (the plan's sections numbered by their place, 1 / 1.1, nested by their numbers under the plan's title; the
    # contents above them, whose top numbers were lost, are text)
    assert report.outline() == [(1, None, "七宝镇突发环境事件应急预案"), (2, "1", "总则"), (3, "1.1", "编制目的"),
                                (3, "1.2", "编制依据")]
    assert not any(m for _, p in report.paragraphs() for m in p.metrics)  # "2.2成员单位" is no 2.2成


# Headings that share a title, under a paragraph that is printed twice and ends with a cry: no table of contents,
# since "第三章 社区治理" prints no "第二部分 社区治理" again and no entry of a contents ends a sentence
SHARED_TITLES = """\
2001年七宝镇政府工作报告

第一部分 社区治理

第一章 社区治理

\u3000\u3000全年各项工作稳步推进，社区！

第二部分 社区治理

第一章 社区治理

第二章 社区治理

\u3000\u3000全年各项工作稳步推进，社区！

第三章 社区治理
"""


def test_headings_sharing_a_title_are_no_table_of_contents() -> None:
    report = govdoc.parse(SHARED_TITLES)
    assert [label for _, label, _ in report.outline()] == [
        "第一部分", "第一章", "第二部分", "第一章", "第二章", "第三章"]


# A portal page printed in a narrow column: the greeting, the breadcrumb and the previous-and-next row wrapped like
# the text, each rest on a line of its own
NARROW_PAGE = """\
网站支持IPv6七宝镇人
民政府  欢迎您!

当前位置:首页>>政务公开>>镇领导信息>>领
导活动>>正文

全镇秋季重大项目建设现场推进会举行

来源:七宝镇人民政府 发布时间:2023-08-24

8月23日，全镇秋季重大项目建设现场
推进会在七宝镇工业园区举行。

镇领导王小明、李华出席活动并为重大项
目开工奠基。

据了解，本次集中开工项目总计36个，
涉及高端装备制造、现代高效农业、新能
源新材料、医养健康等众多领域，总投资
75.56亿元，年度计划投资42.1
亿元，为推动全镇综合实力进入全区第一
方阵提供了有力保障。

镇长王小明在讲话中强调，各级各部门要
为项目建设提供高效服务，确保项目早竣
工、早投产、早达效，为加快建设现代化
七宝做出新的更大贡献。

上一条:全镇1-7月份经济运行分析暨安全生产
工作推进会议召开 下一条:镇长王小明调研重点
项目建设情况

关闭
"""


def test_a_page_in_a_narrow_column_keeps_its_wrapped_chrome_out() -> None:
    report = govdoc.parse(NARROW_PAGE)
    assert (report.meta.title, str(report.meta.date)) == ("全镇秋季重大项目建设现场推进会举行", "2023-08-24")
    assert report.outline() == []
    assert [p.text[:6] for p in report.preamble] == ["8月23日，", "镇领导王小明", "据了解，本次", "镇长王小明在"]


# A page opening cut before its "二、": the first of a family on a line of its own, two phrases around a comma, is a
# heading; a report addressed to a standing committee; the last words of the text cut short are text
CUT_REPORT = """\
关于七宝镇2020年上半年预算执行情况的报告

——2020年7月30日在七宝镇第三届人民代表大会常务委员会第二十九次会议上

七宝镇人民政府

镇人大常委会:

受镇人民政府的委托，现向镇人大常委会报告上半年预算执行情况，请予审议。

上半年工作回顾

上半年，全镇财政收入稳步增长。

一、强化政治统领,着力保障党委决策部署落实

上半年，镇财政坚定不移贯彻落实党委决策部署。

加快绿
"""


def test_a_report_cut_before_its_second_heading() -> None:
    report = govdoc.parse(CUT_REPORT)
    assert report.outline() == [(1, None, "上半年工作回顾"), (2, "一、", "强化政治统领,着力保障党委决策部署落实")]
    assert [p.kind for p in report.preamble] == ["salutation", "text"]
    assert [(p.kind, p.text) for _, p in report.paragraphs()][-1] == ("text", "加快绿")


# A bulletin's PDF text layer under an aggregator's page: the page's menu, the title and a summary, then the PDF's own
# title block, the bureau and the survey team that issue it together, each on its line
JOINT_BULLETIN = """\
• WAP手机版
统计公报

七宝县2023年国民经济和社会发展统计公报

时间:2024-04-28   作者:中国县域   来源:七宝县政府网   阅读:69   评论:0
内容摘要:七宝县 2023 年国民经济和社会发展统 计 公 报七宝县统计局国家统计局七宝调查队(2024 年 4 月 8 日)2023 年是……

七宝县2023年国民经济和社会发展统计公报

七宝县 2023 年国民经济和社会发展
统 计 公 报
七宝县统计局
国家统计局七宝调查队
(2024 年 4 月 8 日)
2023 年是全面贯彻党的二十大精神的开局之年。
一、综合
全年全县地区生产总值150.5亿元，比上年增长5.1%。
（图1：2019-2023年地区生产总值及增速）
"""


def test_a_bulletin_issued_by_the_bureau_and_the_survey_team() -> None:
    report = govdoc.parse(JOINT_BULLETIN)
    assert (report.meta.title, report.meta.issuer, str(report.meta.date)) == (
        "七宝县2023年国民经济和社会发展统计公报", "七宝县统计局 国家统计局七宝调查队", "2024-04-08")
    assert report.outline() == [(1, "一、", "综合")]
    assert [p.text for _, p in report.paragraphs() if p.kind == "caption"] == ["图1：2019-2023年地区生产总值及增速"]


# An emergency plan's page: its source tag and date on one line, then its text from "1总则" over "1.1编制目的" (no
# subtitle of the title), its principles numbered with their section (1.2.1), one sentence each: rules, no leads
PLAN_PAGE = """\
七宝县抗旱应急预案

[七宝县人民政府]2016-05-09字号: |

1总则

1.1编制目的

做好旱灾突发事件防范与处置工作,保证抗旱救灾工作高效有序进行。

1.2工作原则

1.2.1抗旱工作认真落实以行政首长负责制为核心的各项抗旱责任制,统一指挥,统一调度,分级分部门负责。

1.2.2坚持依法抗旱,实行公众参与,干群结合承担防旱抗旱的攻坚任务。

1.2.3坚持抗旱统筹,合理利用水资源,促进人与自然和谐相处。

1.3编制依据

依据《中华人民共和国抗旱条例》编制本预案。
"""


def test_a_plan_s_numbered_rules_are_no_lead_sentences() -> None:
    report = govdoc.parse(PLAN_PAGE)
    assert (report.meta.title, report.meta.issuer, str(report.meta.date)) == (
        "七宝县抗旱应急预案", "七宝县人民政府", "2016-05-09")
    assert report.outline() == [
        (1, "1", "总则"), (2, "1.1", "编制目的"), (2, "1.2", "工作原则"), (2, "1.3", "编制依据")]
    [(_, overview)] = [(path, section) for path, section in report.walk() if section.label == "1"]
    assert (overview.number, overview.children[1].number) == (1, 2)


# The same kind of plan where every line is indented (a county's portal): each line is a paragraph closed where
# it ends, its sections' headings as much as the entries of its contents; the headings are the few over the text
INDENTED_PLAN = """\
七宝县突发公共卫生事件应急预案

  目录
  1  总则
  1.1  编制目的
  1.2  编制依据
  2  组织体系
  2.1  应急指挥机构
  2.2  日常管理机构
  1  总则
  1.1  编制目的
  指导和规范全县突发公共卫生事件的应急处置工作,有效预防、控制和消除突发公共卫生事件及其危害,保障公众身心健康。依法做好各项防范工作。
  1.2  编制依据
  依据《中华人民共和国传染病防治法》《突发公共卫生事件应急条例》等法律法规,结合我县实际,制定本预案。本预案由县卫生健康局负责解释。
  2  组织体系
  2.1  应急指挥机构
  县人民政府在县委的统一领导下,负责对全县突发公共卫生事件应急处置工作的统一领导和指挥。指挥部办公室设在县卫生健康局。
  2.2  日常管理机构
  县卫生健康局是全县突发公共卫生事件应急处置工作的日常管理机构,负责组织协调各项应急处置工作。各乡镇卫生院负责本辖区的工作。
"""


def test_an_indented_plan_s_headings_over_its_text_and_not_its_contents() -> None:
    report = govdoc.parse(INDENTED_PLAN)
    assert report.outline() == [
        (1, "1", "总则"), (2, "1.1", "编制目的"), (2, "1.2", "编制依据"), (1, "2", "组织体系"),
        (2, "2.1", "应急指挥机构"), (2, "2.2", "日常管理机构")]


# A bulletin's last page: its notes, numbered after "注：", each a paragraph of its own
BULLETIN_NOTES = """\
七宝市2011年国民经济和社会发展统计公报

全年城镇居民最低生活保障标准为310元/人月，农村为1600元/人年。

注：1、生产总值为初步核算数，已经省统计局评估。

2、生产总值按现价计算，增长速度按可比价格计算。

3、因国家统计口径调整，工业、投资及商贸有关数据、增长速度与2010年实际数据相比有所变化。
"""


def test_a_bulletin_s_numbered_notes_are_text() -> None:
    report = govdoc.parse(BULLETIN_NOTES)
    assert report.outline() == []
    assert [m.unit for _, p in report.paragraphs() for m in p.metrics] == ["元/人月", "元/人年"]


# A budget report that opens with its table of contents: the parts, and the tables of part two, listed
CONTENTS_FIRST = """\
目录
第一部分 报告
第二部分 预算表格
一、2022年全县一般公共预算收支执行情况表
二、2022年县级一般公共预算收支执行情况表
第三部分 情况说明
一、2023年三公经费预算情况说明
第一部分 报告
各位代表:
受县人民政府委托，现将2022年预算执行情况和2023年预算草案提请审议。
一、2022年财政预算执行情况
2022年，全县财政工作坚持稳中求进总基调。
"""


def test_a_table_of_contents_that_opens_the_text_is_text() -> None:
    report = govdoc.parse(CONTENTS_FIRST)
    assert report.outline() == [(1, "第一部分", "报告"), (2, "一、", "2022年财政预算执行情况")]
    assert [p.text for p in report.preamble][:3] == ["目录", "第一部分 报告", "第二部分 预算表格"]


# The same kind of report with its title block printed inside its first part, under the contents
TITLE_BLOCK_IN_PART = """\
目录
第一部分 报告
第二部分 附表
第一部分 报告
关于平安县2023年预算执行情况和2024年预算草案的报告
——2024年1月9日在平安县第五届人民代表大会
第三次会议上
平安县财政局
各位代表:
受县人民政府委托，现将2023年预算执行情况和2024年预算草案提请审议。
一、2023年预算执行情况
全县一般公共预算收入完成5.2亿元，增长3.1%。
"""


def test_a_title_block_inside_the_first_part_is_the_document_s() -> None:
    report = govdoc.parse(TITLE_BLOCK_IN_PART)
    meta = report.meta
    assert meta.title == "关于平安县2023年预算执行情况和2024年预算草案的报告"
    assert meta.subtitle == "2024年1月9日在平安县第五届人民代表大会第三次会议上"
    assert (meta.issuer, meta.date) == ("平安县财政局", date(2024, 1, 9))
    assert report.outline() == [(1, "第一部分", "报告"), (2, "一、", "2023年预算执行情况")]


def test_a_title_block_inside_the_first_part_with_its_title_over_two_lines() -> None:
    text = TITLE_BLOCK_IN_PART.replace("关于平安县2023年预算执行情况和2024年预算草案的报告\n",
                                       "关于平安县2023年预算执行情况和\n2024年预算草案的报告\n")
    meta = govdoc.parse(text).meta
    assert (meta.title, meta.issuer) == ("关于平安县2023年预算执行情况和2024年预算草案的报告", "平安县财政局")


# A county's accounts published as one page: the page's title over the contents, then the report's own title block
# inside its first part, with the speaker and the date under it instead of a meeting subtitle
ACCOUNTS_PAGE = """\
2021年平安县政府决算公开
目 录
第一部分 决算报告
第二部分 决算报表
1、一般公共预算收入决算表
2、一般公共预算支出决算表
第三部分 相关说明
第一部分 决算报告
关于2021年财政决算草案
县财政局局长 王一
(2022年7月29日)
县人大常委会:
我受县人民政府委托，向会议报告我县2021年财政决算草案，请予审查。
一、2021年财政决算情况
2021年，全县一般公共预算收入完成112853万元，同比增长21.41%。
"""


def test_a_report_s_speaker_and_date_under_the_page_s_title_and_contents() -> None:
    report = govdoc.parse(ACCOUNTS_PAGE)
    meta = report.meta
    assert (meta.title, meta.issuer, meta.date) == ("2021年平安县政府决算公开", "平安县财政局", date(2022, 7, 29))
    assert report.outline() == [(1, "第一部分", "决算报告"), (2, "一、", "2021年财政决算情况")]


def test_a_title_block_inside_the_first_part_with_the_speaker_under_the_title() -> None:
    meta = govdoc.parse(ACCOUNTS_PAGE.partition("\n")[2]).meta  # (no page title over the contents)
    assert (meta.title, meta.issuer, meta.date) == ("关于2021年财政决算草案", "县财政局", date(2022, 7, 29))


def test_a_title_with_its_subtitle_quoted_below_a_sentence_stays_in_the_text() -> None:
    text = TITLE_BLOCK_IN_PART.replace("第二部分 附表\n", "第二部分 附表\n本册收录报告和附表。\n")
    report = govdoc.parse(text)
    assert report.meta.issuer != "平安县财政局"
    assert any(p.text.startswith("关于平安县") for _, p in report.paragraphs()) or any(
        s.title.startswith("关于平安县") for _, s in report.walk())


# A township's work report: the speaker's name alone under the meeting subtitle
NAME_UNDER_SUBTITLE = """\
政府工作报告
——在七宝乡第三届人民代表大会第一次会议上
王小明
各位代表:
现在，我代表七宝乡人民政府向大会作工作报告，请予以审议。
一、前五年工作回顾
全乡招商引资2亿元，增长150%。
"""


def test_a_name_alone_under_the_meeting_subtitle_is_the_speaker() -> None:
    report = govdoc.parse(NAME_UNDER_SUBTITLE)
    assert report.outline() == [(1, "一、", "前五年工作回顾")]


def test_a_procurator_general_speaks_for_the_procuratorate() -> None:
    report = govdoc.parse("——2020年1月5日在七宝市第十七届人民代表大会第五次会议上\n七宝市人民检察院检察长 王小明\n"
                          "各位代表:\n现在，我代表市人民检察院向大会报告工作。\n一、主要工作\n全年起诉198人。\n")
    assert report.meta.issuer == "七宝市人民检察院"


# A disclosure page: the channel's name over the report's title, which names who and when in front of it; a notice's
# addressees on a line ending with a colon; its publication note where no signature took it
CHANNEL_OVER_TITLE = """\
政府信息公开工作年度报告

七宝镇教育局2024年政府信息公开工作年度报告

来源:镇教育局 发布时间:2025-01-14 10:19 浏览次数: 字体: [ ] 打印

各村（居）委会(社区)，镇级各部门，各直属学校（含民办）:

现将有关情况报告如下。

2024327

(此件主动公开)

一、总体情况

全年新增主动公开政府信息72条。
"""


def test_a_channel_name_over_the_title_addressees_and_a_publication_note() -> None:
    report = govdoc.parse(CHANNEL_OVER_TITLE)
    assert report.meta.title == "七宝镇教育局2024年政府信息公开工作年度报告"
    assert report.outline() == [(1, "一、", "总体情况")]
    assert not [p for _, p in report.paragraphs() if p.kind == "caption"]
    assert [p.kind for p in report.preamble][:1] == ["salutation"]


# A county's work report: its title letter-spaced, the meeting in brackets under it
BRACKETED_MEETING = """\
政 府 工 作 报 告

（2023年2月23日在自治县十届人大二次会议上）

七宝自治县人民政府县长 王小明

各位代表：

现在，我代表自治县人民政府向大会报告工作。

一、2022年工作回顾

全县地区生产总值增长5.2%。
"""


def test_a_meeting_subtitle_in_brackets_dates_the_report() -> None:
    report = govdoc.parse(BRACKETED_MEETING)
    assert report.meta.date is not None and report.meta.date.isoformat() == "2023-02-23"
    assert report.outline() == [(1, "一、", "2022年工作回顾")]


# A town's report on its county's portal: the page's fields give the posting date, the meeting's date stands under the
# speaker below the subtitle that names the meeting without its date
DATE_UNDER_SPEAKER = """\
政府工作报告(2024年)

索 引 号:dyx032-/2025-0110001 发文机构:七宝镇 发布日期:2025年01月10日 标  题:政府工作报告(2024年)

政府工作报告

——在七宝镇第十四届人民代表大会第七次会议上

镇长王 鹏

2025年1月3日

各位代表:

现在,我代表镇人民政府,向大会报告工作。

一、各项工作取得了新进展新成效

全镇招商引资2亿元，增长150%。
"""


def test_a_date_right_under_the_speaker_below_the_meeting_subtitle_is_the_meeting_s() -> None:
    report = govdoc.parse(DATE_UNDER_SPEAKER)
    assert report.meta.date is not None and report.meta.date.isoformat() == "2025-01-03"
    assert report.outline() == [(1, "一、", "各项工作取得了新进展新成效")]


def test_the_body_and_name_under_the_meeting_subtitle_is_the_speaker_and_the_body_the_issuer() -> None:
    report = govdoc.parse("关于七宝县2022年县级财政预算执行情况和2023年县级财政预算草案的报告\n"
                          "——2023年1月19日在县十八届人民代表大会第三次会议上\n七宝县财政局 王冬龙\n各位代表:\n"
                          "受县人民政府委托,我向大会报告预算执行情况。\n一、2022年县级财政预算执行情况\n全县完成财政总收入166157万元。\n")
    assert (report.meta.issuer, report.outline()) == ("七宝县财政局", [(1, "一、", "2022年县级财政预算执行情况")])


# A city's notice on its portal: provisions, the closing formula, the signature, then the site's login box
NOTICE_WITH_LOGIN_BOX = """\
关于启动土地征收的通告
现就有关事项通告如下：
一、征收土地的位置
启动征收地块共3宗，总面积为11.343亩。
二、其他事项
本通告公示期为5个工作日。自发布之日起，任何单位和个人不得抢栽、抢种、抢建。
特此通告。
七宝市人民政府
2021年1月11日
用户登录
还没有账号?
立即注册
"""


def test_a_closing_formula_and_a_login_box_are_no_headings() -> None:
    report = govdoc.parse(NOTICE_WITH_LOGIN_BOX)
    assert report.outline() == [(1, "一、", "征收土地的位置"), (1, "二、", "其他事项")]
    assert report.meta.date is not None and report.meta.date.isoformat() == "2021-01-11"


# A 街道's summary on a district portal: the site's greeting over the breadcrumb, the disclosure table pasted without
# colons, the title printed again above the text
GREETING_AND_PASTED_TABLE = """\
网站支持IPv6七宝区人民政府  欢迎您!

首页>七宝街道>政府信息公开>规划计划

七宝街道2022年上半年工作总结

发布时间:2022-08-18 15:34 [ ]

信息索引号 014028901/2022-05909 生成日期 2022-08-18 公开日期 2022-08-18
文件编号 公开时限 长期公开 发布机构 七宝区七宝街道办事处
内容概述 七宝街道2022年上半年工作总结

七宝街道2022年上半年工作总结

今年以来，七宝街道坚持稳中求进，确保经济社会平稳发展。

(一)经济运行态势良好

主要经济指标保持平稳。

(二)项目引建加速推进

招商引资成效显著。
"""


def test_a_site_greeting_and_a_disclosure_table_pasted_without_colons() -> None:
    report = govdoc.parse(GREETING_AND_PASTED_TABLE)
    assert (report.meta.title, report.meta.issuer) == ("七宝街道2022年上半年工作总结", "七宝区七宝街道办事处")
    assert report.meta.date is not None and report.meta.date.isoformat() == "2022-08-18"
    assert report.outline() == [(1, "(一)", "经济运行态势良好"), (1, "(二)", "项目引建加速推进")]


# A plan's targets, each with the units that answer for it
RESPONSIBLE_UNITS = """\
七宝区2023年主要目标任务责任分解方案

一、主要预期目标

(一)地区生产总值增长7%以上

责任单位:区发展和改革局

(二)规上工业增加值增长12%以上

责任单位:区科技和经信局
"""


def test_who_answers_for_a_task_is_no_heading() -> None:
    report = govdoc.parse(RESPONSIBLE_UNITS)
    assert report.outline() == [(1, "一、", "主要预期目标"), (2, "(一)", "地区生产总值增长7%以上"),
                                (2, "(二)", "规上工业增加值增长12%以上")]


# A story on a portal: two slogans over the line that reports the event, a deck of two lines below it
STORY_HEADLINE_GROUP = """\
全力以赴拼发展 干字当头开新局
在新起点上奋力谱写高质量发展新篇章
区十三届人大五次会议隆重开幕
王小明、李小红等出席会议
张三作政府工作报告 李四主持
1月31日上午，区第十三届人民代表大会第五次会议在区行政会议中心开幕。
会议应到代表181人，实到代表162名，符合法定人数。
"""


def test_the_line_that_reports_the_event_is_a_story_s_title() -> None:
    assert govdoc.parse(STORY_HEADLINE_GROUP).meta.title == "区十三届人大五次会议隆重开幕"


# A portal's page: breadcrumb, the title, the page's fields as a bulleted list, then the title block again, the
# title over two lines
PORTAL_REPORT = """\
您现在所在的位置 : 首页 > 政务公开 > 规划计划及解读
分享到:
关于平安县2023年国民经济和社会发展计划执行情况的报告
  • 2024-03-09 10:23
  • 来源: 平安县发改局
  • 【字体:

关于平安县2023年国民经济和社会发展计划

执行情况的报告

——2024年3月1日在平安县第五届人民代表大会第三次会议上

各位代表:

受县人民政府委托，现将计划执行情况提请审查。

一、2023年计划执行情况

全县地区生产总值增长5.9%。
"""


def test_a_portal_s_bulleted_fields_and_the_title_printed_again_over_two_lines() -> None:
    report = govdoc.parse(PORTAL_REPORT)
    meta = report.meta
    assert meta.title == "关于平安县2023年国民经济和社会发展计划执行情况的报告"
    assert meta.subtitle == "2024年3月1日在平安县第五届人民代表大会第三次会议上"
    assert meta.date == date(2024, 3, 1)
    assert report.outline() == [(1, "一、", "2023年计划执行情况")]
    assert report.preamble[0].kind == "salutation"


def test_a_bulleted_body_name_and_posting_time_under_the_title_are_fields() -> None:
    text = ("无障碍浏览 长者专版\n\n平安县财政局2023年部门预算说明\n\n  • 平安县财政局\n  • 2023-02-15 15:21\n"
            "平安县财政局严格按照规定编制部门预算。\n2023年部门预算收入3.2万元。\n")
    meta = govdoc.parse(text).meta
    assert (meta.title, meta.issuer, meta.date) == ("平安县财政局2023年部门预算说明", "平安县财政局", date(2023, 2, 15))


def test_a_key_alone_under_a_menu_keeps_its_value() -> None:
    text = ("首页\n新闻中心\n政务公开\n工作动态\n您当前所在位置：首页 > 统计公报\n索引号：\n003083542/202607-00001\n"
            "发布机构：\n市统计局\n名称：\n平安县2023年统计公报解读\n"
            "根据《统计法》规定，县统计局发布统计公报。\n全县地区生产总值增长5.9%。\n")
    meta = govdoc.parse(text).meta
    assert meta.index_number == "003083542/202607-00001"
    assert meta.title == "平安县2023年统计公报解读"


def test_a_census_bulletin_s_title_loses_its_note_mark_and_its_cosigners_are_one_issuer() -> None:
    text = ("平安县第七次全国人口普查公报[1](第一号)\n——平安县人口情况\n平安县统计局\n"
            "平安县第七次全国人口普查领导小组办公室\n"
            "2021年7月22日\n根据第七次全国人口普查结果，现将全县人口基本情况公布如下：\n一、全县常住人口\n"
            "全县常住人口[2]为295744人。\n二、全县户别人口\n全县共有家庭户104717户。\n")
    meta = govdoc.parse(text).meta
    assert meta.title == "平安县第七次全国人口普查公报(第一号)"
    assert meta.issuer == "平安县统计局 平安县第七次全国人口普查领导小组办公室"
    assert meta.date == date(2021, 7, 22)


def test_a_portal_s_buttons_joined_by_a_dot_are_chrome_above_a_title_over_two_lines() -> None:
    text = ("• EN\n  • 扫一扫\n    打开 · 手机版\n  • 扫一扫\n    关注 · 政务微博\n\n您当前的位置:首页 > 政务公开\n\n"
            "关于2020年度县级预算执行和其他财政收支的\n审计工作报告\n—2021年9月2日在平安县第十二届\n"
            "人民代表大会常务委员会第三十九次会议上\n平安县审计局局长 王明\n\n"
            "我受县人民政府委托，向县人大常委会报告审计情况，请审议。\n")
    meta = govdoc.parse(text).meta
    assert meta.title == "关于2020年度县级预算执行和其他财政收支的审计工作报告"
    assert (meta.issuer, meta.date) == ("平安县审计局", date(2021, 9, 2))


# Two bulletins of a census's numbered series on one page, the first with its notes
CENSUS_SERIES = """\
平安县第七次全国人口普查公报(第一号)
——平安县人口情况
平安县统计局
2021年7月22日
根据第七次全国人口普查结果，现将全县人口基本情况公布如下：
一、全县常住人口
全县常住人口为295744人。
二、全县户别人口
全县共有家庭户104717户。
注释:
[1]本公报中数据均为初步汇总数据。
平安县第七次全国人口普查公报(第二号)
——人口性别构成情况
平安县统计局
2021年7月22日
全县常住人口中，男性人口为151230人。
"""


def test_the_bulletins_of_a_numbered_series_on_one_page_are_articles() -> None:
    report = govdoc.parse(CENSUS_SERIES)
    assert (report.meta.title, report.meta.issuer) == ("平安县第七次全国人口普查公报(第一号)", "平安县统计局")
    assert [(level, title) for level, _, title in report.outline()] == [
        (1, "平安县第七次全国人口普查公报(第一号)"), (2, "全县常住人口"), (2, "全县户别人口"), (2, "注释"),
        (1, "平安县第七次全国人口普查公报(第二号)")]
    first, second = report.sections
    assert (first.kind, first.subtitle, first.paragraphs[0].text[:6]) == ("article", "平安县人口情况", "根据第七次全")
    assert (second.kind, second.subtitle) == ("article", "人口性别构成情况")
    assert govdoc.parse(govdoc.write_text(report)) == report


def test_items_numbered_without_a_mark_run_into_their_paragraphs() -> None:
    text = ("平安镇2023年工作要点\n\n一、主要目标\n\n    财政收入年均增长10%以上。\n\n二、重点任务\n\n"
            "    1全面推进乡村振兴项目落地。持续开展乡村振兴项目，改善村居环境。\n\n"
            "    2聚焦产业主线，稳住经济基本盘。打造产业特色，做优做强主导产业。\n")
    report = govdoc.parse(text)
    assert report.outline() == [(1, "一、", "主要目标"), (1, "二、", "重点任务"), (2, "1", "全面推进乡村振兴项目落地"),
                                (2, "2", "聚焦产业主线，稳住经济基本盘")]
    item = report.sections[1].children[0]
    assert item.run_in and item.paragraphs[0].text == "持续开展乡村振兴项目，改善村居环境。"


def test_a_committee_s_chair_and_a_deputy_head_are_speakers_of_a_title_block() -> None:
    text = ("关于检查《中华人民共和国水法》实施情况的报告\n"
            "——2025年6月25日在平安市第九届人民代表大会常务委员会第十九次会议上\n"
            "平安市人大农业与农村委员会主任委员王功勋\n主任、各位副主任、秘书长、各位委员:\n"
            "市人大常委会成立执法检查组，现将检查情况报告如下：\n一、主要做法和成效\n近年来，全市节水型社会建设成效明显。\n")
    report = govdoc.parse(text)
    assert report.meta.issuer == "平安市人大农业与农村委员会"
    assert report.outline() == [(1, "一、", "主要做法和成效")]
    deputy = text.replace("平安市人大农业与农村委员会主任委员王功勋", "平安市常务副市长 王明")
    assert govdoc.parse(deputy).meta.issuer == "平安市人民政府"


def test_a_title_in_traditional_characters_names_a_document() -> None:
    report = govdoc.parse("2023年第三季度社會保險參保情況\n\n——企業職工基本養老保險。全市參保人數為45萬人。\n")
    assert report.meta.title == "2023年第三季度社會保險參保情況"
    assert report.outline() == []


def test_a_notice_s_title_over_a_blank_line_and_its_number_below_it() -> None:
    text = ("名  称: 关于印发平安县农村集体经济组织“三资”管理暂行规定的通知\n\n平安县人民政府办公室\n\n"
            "关于印发平安县农村集体经济\n\n组织“三资”管理暂行规定的通知\n\n平府办规〔2020〕47号\n\n"
            "各乡镇人民政府，县政府直属机关:\n\n  《平安县农村集体经济组织“三资”管理暂行规定》已经县政府"
            "常务会议研究通过，现印发给你们。\n")
    meta = govdoc.parse(text).meta
    assert meta.title == "关于印发平安县农村集体经济组织“三资”管理暂行规定的通知"
    assert (meta.subtitle, meta.doc_number) == (None, "平府办规〔2020〕47号")


def test_an_e_paper_s_page_line_dates_the_page_inside_a_run_of_links() -> None:
    text = ("新浪 微信 登录 | 注册\n• 第A01版：本期导读\n• 第A02版：城市新闻\n• 第A06版：公告\n"
            "第A06版：公告 2026年05月19日\n平安市2025年国民经济和社会发展统计公报\n平安市统计局\n"
            "2025年，全市经济运行稳中有进。\n一、综合\n全年地区生产总值1303.96亿元。\n")
    meta = govdoc.parse(text).meta
    assert (meta.title, meta.date) == ("平安市2025年国民经济和社会发展统计公报", date(2026, 5, 19))


def test_a_title_printed_whole_below_its_pieces() -> None:
    text = ("关于平\n安市\n2025\n年预算执行情\n况和\n2026\n年预算草案的\n报告\n2026-01-22 11:38\n"
            "关于平安市2025年预算执行情况和2026年预算草案的报告\n——2026年1月14日在平安市第十八届人民代表大会第六次会议上\n"
            "平安市财政局\n一、2025年预算执行情况\n全市一般公共预算收入630.5亿元，完成预算的100.1%。\n")
    assert govdoc.parse(text).meta.title == "关于平安市2025年预算执行情况和2026年预算草案的报告"


def test_a_news_row_with_the_posting_time_first_dates_the_page_and_names_who_posted_it() -> None:
    text = ("首页 > 新闻中心\n平安市2011年国民经济和社会发展统计公报(3)\n\n2012-02-12 平安市统计局\n\n"
            "社会保障能力不断增强。全市参保人数达到29.09万人。\n")
    meta = govdoc.parse(text).meta
    assert (meta.issuer, meta.date, meta.subtitle) == ("平安市统计局", date(2012, 2, 12), None)


def test_a_reader_count_over_the_title_is_no_title() -> None:
    text = ("当前位置:首页 > 政府信息公开 > 规划计划\n阅读人次: 字体:   ]\n\n"
            "【解读】平安镇2023年度国民经济与社会发展计划解读\n\n"
            "发表时间:2023-06-26 15:51 信息来源:平安镇人民政府 责任编辑:平安镇 阅读人次: 字体:   ]\n\n一、政策背景\n\n"
            "    2023年是全面贯彻落实党的二十大精神的开局之年。\n")
    meta = govdoc.parse(text).meta
    assert (meta.title, meta.date) == ("平安镇2023年度国民经济与社会发展计划解读", date(2023, 6, 26))


def test_a_news_dateline_dates_the_story_with_the_year_it_prints() -> None:
    """A dateline ("海口网3月9日消息") leaves its year out: the title's year, or the year the lead prints most."""
    story = ("平安区第七届人民代表大会第三次会议开幕\n平安网3月9日消息(记者 王明)9日上午,平安区第七届人民代表大会"
             "第三次会议举行。\n《报告》指出,2016年是成果丰硕的一年。2017年,平安区将坚持稳中求进。2017年是实施规划的重要一年。\n")
    assert govdoc.parse(story).meta.date == date(2017, 3, 9)
    tagged = ("2020年第6次县政府常务会召开\n【全媒体记者 王明】4月7日,县长主持召开2020年第6次县政府常务会议。\n"
              "会议传达学习了3月27日中央政治局会议精神。\n")
    assert govdoc.parse(tagged).meta.date == date(2020, 4, 7)
    # a story that merely opens with a day carries no dateline: its year is left unsaid (wild set, 36)
    plain = ("平安街道召开2023年度社区建设大会\n2月20日上午,平安街道召开2023年度社区建设大会,部署2023年度重点任务。\n")
    assert govdoc.parse(plain).meta.date is None
    posted = story.replace("\n平安网", "\n发布时间：2017-03-10\n平安网")
    assert govdoc.parse(posted).meta.date == date(2017, 3, 10)  # a date printed in full outranks a dateline's


def test_a_bureau_head_who_delivers_a_budget_report_names_its_issuer_over_the_body_under_the_title() -> None:
    text = ("关于2021年县级财政决算(草案)的报告\n\n平安县人民政府\n\n关于2021年县级财政决算(草案)的报告\n\n"
            "——2022年10月30日在平安县第十九届人民代表大会常务委员会第五次会议上\n\n平安县财政局局长   王明\n\n"
            "主任、副主任、各位委员:\n\n受县人民政府委托,现将2021年财政决算(草案)报告如下,请予审议。\n\n"
            "一、2021年全县财政收支决算情况\n\n2021年,全县地方一般公共预算收入完成3002万元。\n")
    meta = govdoc.parse(text).meta
    assert (meta.issuer, meta.date) == ("平安县财政局", date(2022, 10, 30))


def test_a_sharing_site_s_preview_notice_is_chrome_and_a_township_s_work_summary_names_its_government() -> None:
    text = ("平安镇2010年政府工作总结及2011年工作计划\n\n更新时间:2024-01-14 08:06:01 阅读量: 教育文库 文档下载\n\n"
            "说明:文章内容仅供预览,部分内容可能不全。下载后的文档,内容与下面显示的完全一致。下载之前请确认下面内容是否您想要的,"
            "是否完整无缺。\n\n平安镇2010年政府工作总结及\n\n2011年工作计划\n\n今年以来,我镇经济社会发展势头良好。\n\n"
            "一、基本情况\n\n平安镇下设14个行政村。\n")
    report = govdoc.parse(text)
    assert (report.meta.title, report.meta.issuer) == ("平安镇2010年政府工作总结及2011年工作计划", "平安镇人民政府")
    assert report.outline() == [(1, "一、", "基本情况")]


def test_a_lead_that_publishes_a_body_s_own_report_names_the_body() -> None:
    text = ("根据《中华人民共和国政府信息公开条例》规定,现公布平安市农业农村局2024年政府信息公开工作年度报告。"
            "本报告由总体情况等六部分组成。\n一、总体情况\n2024年我局公开文件38件。\n")
    assert govdoc.parse(text).meta.issuer == "平安市农业农村局"
    spoken = text.replace("现公布", "我们学习了")
    assert govdoc.parse(spoken).meta.issuer is None


def test_a_lead_that_names_the_report_it_compiles_in_book_marks_gives_its_title() -> None:
    """"现编制《钦北区林业局2023年政府信息公开工作年度报告》" on a page that prints no title line: the name in 《》
    is the report's title, and its body the issuer; a title line above wins."""
    lead = ("根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,"
            "现编制《平安区林业局2023年政府信息公开工作年度报告》。本报告由总体情况等部分组成。\n一、总体情况\n2023年我局主动公开信息252条。\n")
    report = govdoc.parse(lead)
    assert (report.meta.title, report.meta.issuer) == ("平安区林业局2023年政府信息公开工作年度报告", "平安区林业局")
    titled = govdoc.parse("平安区林业局2023年度信息公开报告\n\n" + lead)
    assert titled.meta.title == "平安区林业局2023年度信息公开报告"


BARE_KEYS = """\
政府信息公开
索引号
0152888952/202300442
文  号
来 源
塔城镇
公开日期
2023-12-19
2021年政府工作报告
发布时间:2023-12-19 09:33     浏览次数:8954
字体:[ ]
打印

政府工作报告

塔城镇人民政府镇长   赵志忠

各位代表:

现在,我代表塔城镇人民政府向大会报告工作,请予审议。
"""


def test_a_disclosure_page_s_fields_printed_one_key_or_value_to_a_line_without_colons() -> None:
    """A page's field table copied cell by cell: each key bare on its line, its value on the next, a key left
    empty ("文  号") above the next key; a key is no byline ("文  号" reads like a two-character name)."""
    frame = frame_of(BARE_KEYS)
    assert frame.fields["index_number"] == "0152888952/202300442"
    assert frame.fields["title"] == "2021年政府工作报告"
    assert frame.fields["issuer"] == "塔城镇人民政府"
    assert frame.fields["date"] == "2023-12-19"
    assert body(frame) == ["各位代表:", "现在,我代表塔城镇人民政府向大会报告工作,请予审议。"]


HEADLINE_WITH_MEETING = """\
政府工作报告 ——2026年1月27日在张掖市甘州区第十九届 人民代表大会第五次会议上
| 索引号 | 620702001/2026-00010 | 发文字号 | |
| 关键词 | 发布机构 | 政府办 | |
| 公开形式 | 责任部门 | ||
| 生成日期 | 2026-02-04 09:30:48 | 是否有效 | 是 |
政 府 工 作 报 告
——2026年1月27日在张掖市甘州区第十九届
人民代表大会第五次会议上
甘州区人民政府代理区长 张勇
各位代表:
现在,我代表区人民政府,向大会报告工作,请予审议。
"""


def test_a_headline_with_its_meeting_after_a_space_and_an_acting_head_s_government_over_a_bare_office() -> None:
    """The page's headline runs the meeting in after a space; the title block prints it again wrapped elsewhere
    (one subtitle, not two); an acting head (代理区长) speaks for the government, which a 发布机构 printed without its
    place ("政府办") does not outrank; an empty 责任部门 is no category."""
    frame = frame_of(HEADLINE_WITH_MEETING)
    assert frame.fields["title"] == "政府工作报告"
    assert frame.fields["subtitle"] == "2026年1月27日在张掖市甘州区第十九届人民代表大会第五次会议上"
    assert frame.fields["issuer"] == "甘州区人民政府"
    assert frame.fields["date"] == "2026-01-27"
    assert "category" not in frame.fields
    placed = frame_of(HEADLINE_WITH_MEETING.replace("| 政府办 |", "| 甘州区人民政府办公室 |"))
    assert placed.fields["issuer"] == "甘州区人民政府办公室"  # (a 发布机构 with its place outranks a speaker line)


def test_a_title_in_the_first_cell_of_a_layout_row_is_read_without_the_empty_cells() -> None:
    text = ("索引号: | 002590358/2022-77135 | 公开方式: | 主动公开 |\n发布单位: | 绍兴市某某区统计局 |\n"
            "2013年某某区国民经济和社会发展统计公报 | |||||||||||\n2013年是开局之年，全区经济稳中有进。\n")
    assert govdoc.parse(text).meta.title == "2013年某某区国民经济和社会发展统计公报"


def test_a_report_copied_from_its_salutation_is_issued_by_the_body_its_speaker_represents() -> None:
    """A work report whose title was not copied opens at "各位代表:"; "我代表区人民政府向大会报告工作" below it names
    the issuer, as it does under a title."""
    text = ("各位代表:\n现在,我代表区人民政府向大会报告工作,请予审议。\n一、2025年工作回顾\n"
            "过去一年,全区地区生产总值增长5.2%。\n")
    assert frame_of(text).fields.get("issuer") == "区人民政府"
    assert "issuer" not in frame_of(text.replace("各位代表:\n", "")).fields  # (no address, no report: nothing read)


def test_a_source_that_names_only_the_place_gives_way_to_the_body_the_title_names() -> None:
    """"来源:闽侯县" names the county, not a body; the title names the county's office that reports
    ("闽侯县人民政府办公室2025年政府信息公开工作年度报告"): that office issues it. A street office is its place."""
    text = ("闽侯县人民政府办公室2025年政府信息公开工作年度报告\n发布时间:2026-01-13 09:10 | 来源:闽侯县\n"
            "根据《中华人民共和国政府信息公开条例》要求,编制本报告。\n一、总体情况\n全年主动公开信息222条。\n")
    assert govdoc.parse(text).meta.issuer == "闽侯县人民政府办公室"
    street = text.replace("闽侯县人民政府办公室2025年政府信息公开", "东明路街道2025年政府信息公开").replace(
        "来源:闽侯县", "来源:东明路街道")
    assert govdoc.parse(street).meta.issuer == "东明路街道"


def test_a_part_heading_below_the_page_s_fields_is_the_text_s_not_the_title_s() -> None:
    """"2017工作回顾" under the title and the page's fields ("时间:… 作者: 新闻来源:"): the first part of the report,
    which heads what follows, not a subtitle; the site's greeting with its IPv6 notice is no title."""
    text = ("  欢迎访问福州市人民检察院门户网站! 本网站已支持IPv6网络\n当前位置:首页>>本院概况>>工作报告\n"
            "2017年福州市人民检察院工作报告\n时间:2018-07-12  作者:  新闻来源:\n\n2017工作回顾\n\n"
            "2017年,全市检察机关忠实履行宪法法律赋予的职责,共受理提请批捕9605人。\n\n"
            "一、立足检察职能,主动服务新福州建设大局\n\n坚决贯彻市委重大决策,主动为经济社会发展营造良好法治环境。\n")
    report = govdoc.parse(text)
    assert (report.meta.title, report.meta.subtitle) == ("2017年福州市人民检察院工作报告", None)
    assert [(depth, s.title) for depth, s in report.walk()] == [
        (1, "2017工作回顾"), (2, "立足检察职能,主动服务新福州建设大局")]


def test_an_empty_number_field_above_the_title_and_a_number_printed_behind_it() -> None:
    """"文件编号:" left empty at the end of the fields, the title on the next line: the title is no document number
    (it has no digit); a number printed in brackets behind a title ("…的通知(岳办发〔2017〕2号)") is the number."""
    fielded = govdoc.parse("索引号: 001008004005089/2025-129378 发布机构: 凤鸣街道\n组配分类: 政府工作报告 文件编号:\n"
                           "凤鸣街道办事处工作报告\n(2025年1月14日在凤鸣街道第二届居民议事会第四次会议上)\n各位议事员、同志们:\n"
                           "现在,我代表凤鸣街道办事处向大会作工作报告,请予审议。\n")
    assert (fielded.meta.title, fielded.meta.doc_number) == ("凤鸣街道办事处工作报告", None)
    numbered = govdoc.parse("岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)\n"
                            "各县市区人民政府,市直各单位:\n现将《关于全面推进政务公开工作的实施意见》印发给你们,请认真贯彻执行。\n")
    assert (numbered.meta.title, numbered.meta.doc_number) == (
        "岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知", "岳办发〔2017〕2号")


def test_a_time_left_empty_takes_no_title_line_for_its_value() -> None:
    """"更新时间:" left empty over a title printed over two lines (the body, then the rest): the title is whole."""
    body = ("三亚市海棠区人民政府\n2015年政府信息公开工作年度报告\n根据《条例》的规定,编制本报告。\n"
            "一、主动公开政府信息情况\n")
    report = govdoc.parse("更新时间:\n" + body + "全年主动公开政府信息23条。\n")
    assert report.meta.title == "三亚市海棠区人民政府2015年政府信息公开工作年度报告"
    assert report.meta.issuer == "三亚市海棠区人民政府"


def test_a_title_field_with_keys_behind_it() -> None:
    """A field list prints the title with its next keys glued behind ("…年度报告 - 文 号:发布日期: …")."""
    text = ("- 发文机关:乐东县政府办公室 成文日期:2024-02-06 17:24\n标 题:\n"
            "乐东黎族自治县2023年政府信息公开工作年度报告 - 文 号:发布日期: 2024-02-06 17:24\n"
            "乐东黎族自治县2023年政府信息公开工作年度报告\n依据条例,编制本报告。\n一、总体情况\n全年主动公开政府信息12149条。\n")
    assert govdoc.parse(text).meta.title == "乐东黎族自治县2023年政府信息公开工作年度报告"


def test_a_source_that_names_a_body_by_its_level() -> None:
    """"来源: 区教育局" under a title that names the body whole: the whole name."""
    text = ("广元市利州区教育局2025年部门预算公开\n发布时间: 2025-03-20   来源: 区教育局   信息类型: 2025年预算\n"
            "一、基本职能\n教育局负责全区教育工作。\n")
    assert govdoc.parse(text).meta.issuer == "广元市利州区教育局"


def test_a_headline_that_runs_in_its_meeting_its_speaker_or_its_body_and_an_edition_note() -> None:
    """A site's one-line headline: the title, one dash, the dated meeting and the speaker ("政府工作报告—2021年7月29日
    在…会议上自治县人民政府代理县长 孙立良"); a subtitle with the reporting body behind it ("——…会议上
    平安省发展和改革委员会"); a mirror's edition note behind a title ("(2023年更新)")."""
    report = govdoc.parse("政府工作报告—2021年7月29日在平安县第八届人民代表大会第一次会议上县人民政府代理县长 李平\n"
                          "2021-08-16 17:31浏览次数:\n\n各位代表:\n\n现在,我代表县人民政府向大会报告工作。\n")
    assert (report.meta.title, str(report.meta.date)) == ("政府工作报告", "2021-07-29")
    # (the speaker names the issuer, as the body does below, and is no part of the meeting)
    assert (report.meta.subtitle, report.meta.issuer) == (
        "2021年7月29日在平安县第八届人民代表大会第一次会议上", "平安县人民政府")
    report = govdoc.parse("关于平安省2019年计划执行情况的报告\n\n——2020年1月16日在平安省第六届人民代表大会第三次会议上 "
                          "平安省发展和改革委员会\n\n各位代表:\n\n受省政府委托,现在向大会报告。\n")
    assert (report.meta.issuer, str(report.meta.date)) == ("平安省发展和改革委员会", "2020-01-16")
    assert report.meta.subtitle == "2020年1月16日在平安省第六届人民代表大会第三次会议上"
    report = govdoc.parse("2022年平安县国民经济和社会发展统计公报(2023年更新)\n\n全县地区生产总值增长5.2%。\n")
    assert report.meta.title == "2022年平安县国民经济和社会发展统计公报"


def test_a_portal_masthead_over_its_clock_is_neither_title_heading_nor_date() -> None:
    """A portal's first line names its government and the next is its clock ("平安县人民政府" / "2019年12月3日星期二"),
    over a bureau's report that prints no title: no title, no heading, no date from the page's top; the issuer is
    the bureau the opening names. Under a document's own title such a date stays the page's date."""
    text = ("平安县人民政府\n2019年12月3日星期二\n"
            "根据《中华人民共和国政府信息公开条例》第五十条规定,现公布平安县文化和旅游局2025年政府信息公开工作年度报告。"
            "本报告涵盖2025年1月1日至12月31日期间的政府信息公开工作情况。\n"
            "一、总体情况\n(一)主动公开提质增效\n全年主动公开各类政府信息40条,均通过法定渠道规范发布,切实保障公众知情权。\n"
            "(二)政府信息管理持续加强\n完善信息公开保密审查机制,将保密审查嵌入公文流转各环节,从源头防范泄密风险。\n")
    report = govdoc.parse(text)
    assert (report.meta.title, report.meta.date, report.meta.issuer) == (None, None, "平安县文化和旅游局")
    assert [title for _, _, title in report.outline()] == ["总体情况", "主动公开提质增效", "政府信息管理持续加强"]
    dated = govdoc.parse("平安日报\n2026年05月19日 星期二\n平安县召开平安建设推进会\n"
                         "全县新建口袋公园3处,改造绿地1.2万平方米。\n")
    assert str(dated.meta.date) == "2026-05-19"


def test_a_notice_with_its_fields_a_key_to_a_line_and_a_date_under_its_attachment_note() -> None:
    """A portal's fields printed a key to a line and its value below, one key the metadata ignores among them
    ("效力状态" / "有效"); the notice's date alone under its note of the attachment ("附件:…分解表" / "2023年1月30日"),
    no name above it (a seal): the date the notice was written, before the posting date; the note is text, the
    attachment below heads its part; the attached table's header, a cell to a line, heads nothing."""
    text = ("平安县人民政府关于分解落实2023年县政府工作目标任务的通知\n\n索引号\n011437144/2023-06550\n发文字号\n"
            "平政发〔2023〕5号\n发布日期\n2023年02月13日 10:53:20\n效力状态\n有效\n\n各乡镇人民政府,县政府各部门:\n\n"
            "现将2023年县政府工作目标任务分解如下,请结合实际,认真抓好落实。各责任单位要按照“一把手”负总责的要求,"
            "细化工作措施,确保各项目标任务按期完成。\n\n附件:2023年县政府工作目标任务落实责任分解表\n\n2023年1月30日\n\n"
            "附件\n\n2023年县政府工作目标任务落实责任分解表\n\n序号\n\n目  标  任  务\n\n牵头单位\n\n责任单位\n\n"
            "责任人\n\n一、主要经济社会发展指标、发改、财政等工作目标(牵头领导:张三、李四)\n\n1\n\n★地区生产总值增长15%。\n\n"
            "县发改局\n")
    report = govdoc.parse(text)
    assert str(report.meta.date) == "2023-01-30"
    assert report.meta.index_number == "011437144/2023-06550"
    outline = [(label, title) for _, label, title in report.outline()]
    assert outline[0] == ("附件", "2023年县政府工作目标任务落实责任分解表")
    assert not any("效力" in title or "责任" in title or title.startswith("附件") for _, title in outline[1:])


def test_a_count_left_empty_over_the_first_heading_takes_no_value() -> None:
    """"访问量:" left empty by the page, then the report's first part ("2020年工作及“十三五”时期发展回顾"): a count's
    value is a number, so the line is the text's first heading, not the count's value."""
    text = ("平安镇2021年政府工作报告——2020年工作及“十三五”时期发展回顾和2021工作计划\n\n访问量:\n\n"
            "2020年工作及“十三五”时期发展回顾\n\n"
            "一年来,在县委、县政府的坚强领导下,在镇人大的有力监督下,全镇上下团结一心、攻坚克难,经济社会发展取得新成效,"
            "圆满完成了年初确定的各项目标任务。\n\n——决胜之年,我们在高质量发展上达到了新高度\n\n"
            "始终将产业发展摆在首位,实现全镇一二三产业融合高质量发展。突出工业强镇,重点抓好工业园、工业小区和经济带建设,"
            "服务投资120亿元的电厂建设,持续做好了电缆、电子等企业的服务,全年完成固定资产投资3.2亿元,增长12%")
    report = govdoc.parse(text)
    assert [title for _, _, title in report.outline()] == ["2020年工作及“十三五”时期发展回顾"]


def test_a_copy_that_opens_with_a_menu_s_links_and_a_share_prompt_has_no_title() -> None:
    """Two links of a portal's menu and its share prompt over a report with no title: no title, no heading, and the
    prompt is no text."""
    text = ("行政法规\n行政规范性文件\n用微信扫描二维码分享至好友和朋友圈\n"
            "根据《中华人民共和国政府信息公开条例》要求,编制本年度报告。如对本报告有任何疑问,请与七宝县水利局办公室联系。\n"
            "一、总体情况\n(一)主动公开。2023年,共发布重点领域信息499条。\n(二)依申请公开。2023年,未收到政府信息公开申请。\n")
    report = govdoc.parse(text)
    assert (report.meta.title, report.meta.issuer) == (None, "七宝县水利局")
    assert report.outline() == [(1, "一、", "总体情况"), (2, "(一)", "主动公开"), (2, "(二)", "依申请公开")]
    assert not any("二维码" in p.text for _, p in report.paragraphs())


def test_a_portal_s_posting_date_under_a_key_that_runs_two_together() -> None:
    """"发布日时间: 2024-01-30" (one portal's 发布日期 and 发布时间 run together) is the posting date; "著录时间 :" left
    empty takes nothing."""
    text = ("索引号: 8019/20240130-00001 公开目录: 2023年\n发布机构: 七宝县卫生健康局 发布日时间: 2024-01-30\n"
            "名称: 七宝县卫生健康局2023年政府信息公开工作年度报告\n生效日期: 著录时间 :\n\n"
            "七宝县卫生健康局2023年政府信息公开工作年度报告\n\n"
            "根据《中华人民共和国政府信息公开条例》规定,现公布本局2023年政府信息公开工作年度报告。\n")
    meta = govdoc.parse(text).meta
    assert (meta.title, meta.issuer, meta.date) == (
        "七宝县卫生健康局2023年政府信息公开工作年度报告", "七宝县卫生健康局", date(2024, 1, 30))


def test_a_town_s_report_given_for_its_government_by_another_speaker() -> None:
    """"受镇人民政府委托,我向大会作工作报告": the report is the town government's, whose place the meeting names."""
    text = ("政府工作报告\n――在七宝镇第十届人民代表大会第一次会议上\n王小明\n(2016年11月24日)\n各位代表:\n"
            "现在,受镇人民政府委托,我向大会作工作报告,请予审议,并请各位特邀代表和列席人员提出意见。\n"
            "一、过去五年工作回顾\n过去的五年,在市委、市政府和镇党委的坚强领导下,全镇经济社会发展取得显著成绩。\n")
    meta = govdoc.parse(text).meta
    assert (meta.title, meta.issuer, meta.date) == ("政府工作报告", "七宝镇人民政府", date(2016, 11, 24))


def test_a_summary_with_no_title_is_issued_by_the_body_its_first_sentence_names() -> None:
    """"2021年县交通运输局承担…": the body the year's summary speaks of, with no comma after the year."""
    text = ("2021年县交通运输局承担县政府工作报告确定重点工作事项共11项,均已按照要求完成任务。\n"
            "全年新建、改建农村公路111.682公里;新能源纯电动公交车充电桩已建设60套;承担的10个重点项目有序推进。")
    assert govdoc.parse(text).meta.issuer == "县交通运输局"


def test_a_copy_site_s_headline_over_the_report_s_own_title_and_a_bureau_s_head_as_speaker() -> None:
    """"(河南省)…的报告" over "关于…的报告": the report's own title; "牧野区财政局长 杨鹏飞" speaks for 牧野区财政局."""
    text = ("(河南省)七宝市牧野区2022年预算执行情况和2023年预算草案的报告\n"
            "关于七宝市牧野区2022年预算执行情况和2023年预算草案的报告\n"
            "——2023年3月6日在牧野区第十四届人民代表大会第三次会议上\n"
            "牧野区财政局长 杨鹏飞\n各位代表:\n"
            "受区政府委托,现将2022年预算执行情况和2023年预算草案提请会议审议,并请各位代表提出意见。\n"
            "一、2022年财政预算执行情况\n2022年,全区一般公共预算收入完成105286万元,同比增长13.7%。\n")
    meta = govdoc.parse(text).meta
    assert (meta.title, meta.issuer, meta.date) == (
        "关于七宝市牧野区2022年预算执行情况和2023年预算草案的报告", "牧野区财政局", date(2023, 3, 6))
    # (the bureau's party post before its head's: "××区财政局党组书记、局长")
    text = text.replace("牧野区财政局长 杨鹏飞", "牧野区财政局党组书记、局长 杨鹏飞")
    assert govdoc.parse(text).meta.issuer == "牧野区财政局"


def test_a_paper_s_feature_with_a_couplet_headline_its_page_and_its_date_run_into_the_writer() -> None:
    """"李市镇 踔厉奋发创佳绩 蹄疾步稳再出发" is a headline's couplet, no menu; "版次:38" is a paper's page, so the
    headline is the story's; the date run into the writer's name is the paper's."""
    text = ("七宝镇 踔厉奋发创佳绩 蹄疾步稳再出发\n\n版次:38    作者:苏盛宇2023年02月01日\n\n"
            "砥砺奋斗,笃行不怠。2022年,七宝镇坚持以党的建设为引领,团结带领广大党员干部群众迎难而上、克难攻坚。\n\n"
            "党旗指引奋斗路 携手奋进促和谐\n\n"
            "2022年,面对反复肆虐的新冠疫情,七宝镇坚决贯彻落实区委、区政府工作安排,全力以赴战疫情。\n")
    report = govdoc.parse(text)
    assert (report.meta.title, report.meta.date) == ("七宝镇 踔厉奋发创佳绩 蹄疾步稳再出发", date(2023, 2, 1))
    assert report.outline() == [
        (1, None, "七宝镇 踔厉奋发创佳绩 蹄疾步稳再出发"), (2, None, "党旗指引奋斗路 携手奋进促和谐")]
