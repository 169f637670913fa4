"""frame.fields: metadata fields in any layout."""

from __future__ import annotations

import govdoc
from govdoc.formats.text.write import META_LABELS
from govdoc.parsing.frame.fields import (
    CANONICAL_KEYS,
    canonical_line,
    fields_behind,
    fields_of,
    key_alone,
    key_left_empty,
    meta_line,
    meta_table,
    split_glued,
    table_fields,
)


def test_canonical_keys_are_the_writers() -> None:
    assert {label: field for field, label in META_LABELS} == CANONICAL_KEYS


def test_meta_lines_and_tables() -> None:
    assert meta_line("发布机构：华泾镇人民政府") == ("issuer", "华泾镇人民政府")
    assert meta_line("索引号:MB2F13658N/2025-00007") == ("index_number", "MB2F13658N/2025-00007")
    assert meta_line("全年完成投资：3亿元") is None
    assert meta_table("索引号 | 发布机构 | 江川路街道 | |") == [("issuer", "江川路街道")]
    assert meta_table("公开类别 | 主动公开 | 发布时间 | 2025-02-14 |") == [
        ("category", "主动公开"), ("date", "2025-02-14")]
    assert meta_table("名称 ｜ 江川路街道工作报告") == [("title", "江川路街道工作报告")]
    assert meta_table("项目 | 金额 | 进度") is None
    assert meta_table("没有竖线的普通句子。") is None


def test_canonical_line() -> None:
    assert canonical_line("标题：华泾镇工作总结") == ("title", "华泾镇工作总结")
    assert canonical_line("发布日期：2025-01-10") == ("date", "2025-01-10")
    assert canonical_line("发布时间：2025-01-10") is None  # not a key govdoc writes
    assert canonical_line("标题: 华泾镇") is None  # govdoc writes the full-width colon


def test_several_fields_on_one_line() -> None:
    assert fields_of("发布机构：华泾镇人民政府 发布时间：2025-03-02 打印本页 | 字体大小：") == [
        ("issuer", "华泾镇人民政府"), ("posted", "2025-03-02"), (None, "")]
    assert fields_of("索引号: MB2F13658N/2025-00007 组配分类: 规范性文件") == [
        ("index_number", "MB2F13658N/2025-00007"), (None, "规范性文件")]
    assert fields_of("时间:2025-03-02 09:15来源:华泾镇") == [("posted", "2025-03-02 09:15"), ("source", "华泾镇")]
    assert fields_of("成文日期:2025-03-01访问次数: 信息来源:华泾镇人民政府办公室") == [
        ("written", "2025-03-01"), (None, ""), ("source", "华泾镇人民政府办公室")]


def test_bracketed_and_bulleted_fields() -> None:
    assert fields_of("（信息来源：七宝镇统计站）") == [("source", "七宝镇统计站")]
    assert fields_of("  • 发文字号:") == [("doc_number", "")]
    assert key_alone("  • 发文字号:") == "发文字号"
    assert key_alone("发表时间：") == "发表时间"
    assert key_alone("发表时间：2025-03-02") is None


def test_body_text_is_no_field() -> None:
    assert fields_of("资金来源：区级财政") is None  # the key must open the line
    assert fields_of("全年完成投资3亿元。") is None
    assert key_alone("来源于群众") is None


def test_table_fields_keep_furniture_keys() -> None:
    assert table_fields("浏览次数 | 590 | 文号 | 沪府〔2025〕3号") == [(None, "590"), ("doc_number", "沪府〔2025〕3号")]
    assert table_fields("项目 | 金额") is None


def test_table_fields_read_keys_as_web_pages_print_them() -> None:
    """Key cells of an HTML disclosure table: letter-spaced, with a colon (read_html keeps cells as printed)."""
    assert table_fields("索 引 号： | 000014349/2024-00012 | 发文字号: | 国办发〔2024〕1号") == [
        ("index_number", "000014349/2024-00012"), ("doc_number", "国办发〔2024〕1号")]
    # (and in square brackets, as a district portal's disclosure table prints them)
    assert table_fields("[ 索引号 ] | 115001130093083510/2024-00007 | [ 发文字号 ] | 木洞府发〔2024〕2号 |") == [
        ("index_number", "115001130093083510/2024-00007"), ("doc_number", "木洞府发〔2024〕2号")]



def test_a_table_row_framed_by_bars_whose_cells_hold_key_and_value() -> None:
    """A disclosure table copied as text, each cell "key:value" between bars: its title is the document's title, not
    the row above it; a row that does not open with a bar keeps its dated first cell (a posting line)."""
    assert table_fields("| 标 题:关于2025年市本级预算调整方案(草案)的报告 | |") == [
        ("title", "关于2025年市本级预算调整方案(草案)的报告")]
    assert table_fields("| 发文字号: | 成文日期:2026年01月06日 |") == [
        ("doc_number", ""), ("written", "2026年01月06日")]
    assert table_fields("2024-07-13 01:26| 来源: 网络整理| 查看: 265") is None
    text = ("首页 > 政府信息公开 > 财政信息\n| 索 引 号:111423LL00100/2026-00649 | |\n"
            "| 发文字号: | 成文日期:2026年01月06日 |\n| 标 题:关于2025年市本级预算调整方案(草案)的报告 | |\n"
            "| 主题分类: | 发布日期:2026年01月06日 |\n"
            "——2025年12月22日在某某市第四届人民代表大会常务委员会第三十二次会议上\n某某市财政局局长 某某某\n"
            "主任、各位副主任、秘书长、各位委员:\n一、2025年预算执行情况\n全市一般公共预算收入完成247.83亿元。\n")
    assert govdoc.parse(text).meta.title == "关于2025年市本级预算调整方案(草案)的报告"

def test_fields_glued_behind_a_subtitle() -> None:
    assert split_glued("——在七宝镇第三届人民代表大会第五次会议上来源：闵行报") == (
        "——在七宝镇第三届人民代表大会第五次会议上", [("source", "闵行报")])
    assert split_glued("七宝镇召开平安建设推进会") is None
    assert split_glued("来源：闵行报") is None  # a field line is read as one, not split


def test_a_letter_spaced_key_is_read_closed_up() -> None:
    # portals space a key out to the width of the longest in its column: "索 引 号：", "标　　题："
    assert key_alone("标\u3000\u3000题：") == "标题"
    assert key_alone("• 索 引 号:") == "索引号"
    assert fields_of("索 引 号：005692712/2023-00137") == [("index_number", "005692712/2023-00137")]
    assert meta_line("发 布 机 构：济源市统计局") == ("issuer", "济源市统计局")
    assert key_alone("今 天 好：") is None  # spaced words that are no key stay text
    assert meta_line("我 们 的 家：美丽") is None


def test_keys_of_disclosure_pages() -> None:
    assert fields_of("文件编号: 有效性: 有效") == [("doc_number", ""), (None, "有效")]
    assert meta_line("公开范围：面向全社会") == ("category", "面向全社会")
    assert meta_line("发布机关：东湖区审计局") == ("issuer", "东湖区审计局")
    assert key_alone("内容分类：") == "内容分类" and fields_of("有效期至：2030-01-01") == [(None, "2030-01-01")]


def test_a_posting_time_glued_to_the_field_before_it_is_a_field() -> None:
    """A printed page's bar whose spaces the text layer lost: "…统计局发布时间：2026-05-15"; but a key glued to
    words is text where no date follows ("项目发布时间：待定")."""
    assert fields_of("发布机构：湖南省统计局发布时间：2026-05-15打印本页") == [
        ("issuer", "湖南省统计局"), ("posted", "2026-05-15")]
    assert fields_of("项目发布时间：待定") is None


def test_a_disclosure_table_row_pasted_without_colons() -> None:
    """A row of a 信息公开 table pasted as text, keys and values split by spaces; but not a line of words, nor a
    row split by bars (a table's, see table_fields)."""
    assert fields_of("信息索引号 014028901/2022-05909 生成日期 2022-08-18 公开日期 2022-08-18") == [
        ("index_number", "014028901/2022-05909"), ("posted", "2022-08-18"), ("posted", "2022-08-18")]
    assert fields_of("文件编号 公开时限 长期公开 发布机构 无锡市滨湖区蠡园街道办事处")[-1] == (
        "issuer", "无锡市滨湖区蠡园街道办事处")
    assert fields_of("来源 人民日报") is None
    assert fields_of("索引号 | | 发布机构 | 七宝镇 | |") is None


def test_a_pasted_row_whose_wrap_lost_the_space_before_a_key() -> None:
    """A row wrapped at a column loses the space where it was cut: a key of four characters or more glued behind a
    value is still a key ("长期公开" + "发布机构")."""
    assert fields_of("文件编号 公开时限 长期公开发布机构 无锡市滨湖区蠡园街道办事处") == [
        ("doc_number", ""), (None, "长期公开"), ("issuer", "无锡市滨湖区蠡园街道办事处")]


def test_a_source_in_brackets_and_the_posting_date() -> None:
    """A page's source tag and date on one line, the size buttons after them ("[杞县人民政府]2016-05-09字号: |")."""
    assert fields_of("[七宝镇人民政府]2016-05-09字号: |") == [("source", "七宝镇人民政府"), ("posted", "2016-05-09")]
    assert fields_of("【七宝镇】2016-05-09 10:22") == [("source", "七宝镇"), ("posted", "2016-05-09 10:22")]
    assert fields_of("[图片]2016年新建公园") is None


def test_a_publication_and_its_posting_time_on_one_line_are_fields() -> None:
    """A newspaper's name and the time it posted the item, a font button after them ("齐鲁晚报 2020-01-13 05:02 大字"),
    also with the spaces the normaliser took out; a body that is no publication is no source line."""
    assert fields_of("青州日报 2021-03-04 05:02 大字") == [("source", "青州日报"), ("posted", "2021-03-04 05:02")]
    assert fields_of("青州晚报2021-03-04 05:02大字") == [("source", "青州晚报"), ("posted", "2021-03-04 05:02")]
    assert fields_of("青州新闻网 2021-03-04 大 中 小") == [("source", "青州新闻网"), ("posted", "2021-03-04")]
    assert fields_of("青州市人民政府 2021-03-04") is None
    assert fields_of("青州日报 2021-03-04 报道了全市工作") is None


def test_a_page_s_bulleted_list_of_fields_without_colons() -> None:
    assert fields_of("•索引号 lanlingxfb/2023-0000178") == [("index_number", "lanlingxfb/2023-0000178")]
    assert fields_of("  • 发布机构 兰陵县政府办".strip()) == [("issuer", "兰陵县政府办")]
    assert fields_of("•发布日期2023-03-03") == [("posted", "2023-03-03")]
    assert fields_of("•文号") == [("doc_number", "")]
    assert key_alone("•文号") == "文号"
    assert fields_of("•时间紧任务重，全镇干部连续作战") is None  # a bulleted sentence that opens with a key's word


def test_a_row_of_fields_split_by_bars_with_the_department_first() -> None:
    row = "部门:慢湾村 | 栏目:村务公开 | 来源:慢湾村 | 作者:李艳红 | 日期:2022-09-19 15:57:56 | 阅读: 233"
    assert fields_of(row) == [("poster", "慢湾村"), (None, "村务公开"), ("source", "慢湾村"), ("authors", "李艳红"),
                              ("posted", "2022-09-19 15:57:56"), (None, "233")]
    assert table_fields("部门 | 单位 | 金额") is None  # a table's header, not fields
    source = "发布日期:2021-06-25 15:30   作者:统计局信息员    来源:固镇县统计局    阅读: 次   字体:[  ]   保护视力色:"
    assert ("source", "固镇县统计局") in (fields_of(source) or [])


def test_a_field_row_whose_spaces_cleaning_took_out() -> None:
    assert fields_of("成文日期2023-01-18发布日期2023-01-18") == [("written", "2023-01-18"), ("posted", "2023-01-18")]
    assert fields_of("索引号 bgs01/2023-00011发文字号") == [("index_number", "bgs01/2023-00011"), ("doc_number", "")]
    titled = "县政府办2022年度政府信息公开工作年度报告"
    assert fields_of(f"标 题 {titled}") == [("title", titled)]
    assert fields_of("发布机构 县政府办公室 公文时效 有效") == [("issuer", "县政府办公室"), (None, "有效")]
    assert fields_of("标题党的危害") is None and fields_of("时间 紧任务重") is None
    assert fields_of("发布机构 无锡市滨湖区蠡园街道") is None  # (an issuer's name a wrap may have cut)


def test_a_row_of_cells_each_key_with_its_colon() -> None:
    assert fields_of("索引号: | bxmzzzxrmzf-2024-00787 | 发布机构: | 本溪满族自治县人民政府 |") == [
        ("index_number", "bxmzzzxrmzf-2024-00787"), ("issuer", "本溪满族自治县人民政府")]


def test_a_row_of_letter_spaced_keys_with_values_glued_to_them() -> None:
    # the spaces between a key and a value in digits went in cleaning; the row's later keys are spaced out too
    assert fields_of("索 引 号20191202-189769分 类 其他;市人民政府办公室;") == [
        ("index_number", "20191202-189769"), (None, "其他;市人民政府办公室;")]
    assert fields_of("发 布 机 构 市人民政府办公室 发 文 日 期2019-11-29") == [
        ("issuer", "市人民政府办公室"), ("written", "2019-11-29")]
    assert fields_of("文 号 齐政办发〔2019〕29号 上 载 日 期2019-12-02") == [
        ("doc_number", "齐政办发〔2019〕29号"), ("posted", "2019-12-02")]
    assert fields_of("市 长 程 宇") is None  # (no key: a name spaced out)


def test_a_row_that_opens_with_its_posting_time() -> None:
    """A news page prints its posting time first, then its fields or the body that posted it."""
    assert fields_of("2014-02-13 09:47:05 来源: 中原网--郑州日报") == [
        ("posted", "2014-02-13 09:47:05"), ("source", "中原网--郑州日报")]
    assert fields_of("2014-02-13 09:47:05来源:中原网") == [("posted", "2014-02-13 09:47:05"), ("source", "中原网")]
    assert fields_of("2012-02-12 铜川市统计局") == [("posted", "2012-02-12"), ("source", "铜川市统计局")]
    assert fields_of("2012-02-12 全市召开统计工作会议") is None  # (a sentence, no body's name)
    assert fields_of("2023-03-09 10:23") is None  # (a bare posting time: see dates.posting_time)


def test_a_page_s_reader_count_is_furniture() -> None:
    assert fields_of("阅读人次: 字体:   ]") == [(None, ""), (None, "")]
    assert fields_of("浏览人次：1024") == [(None, "1024")]


def test_keys_in_square_brackets_with_their_values_behind_them() -> None:
    """A portal's row of fields, each key in square brackets and no colon ("[ 发布机构 ]城口县财政局")."""
    row = ("[ 索引号 ]11500229750082850H/2025-00004 [ 发文字号 ] [ 发布机构 ]城口县财政局 [ 主题分类 ]财政 "
           "[ 成文日期 ]2025-01-20 [ 发布日期 ]2025-01-20")
    assert fields_of(row) == [("index_number", "11500229750082850H/2025-00004"), ("doc_number", ""),
                              ("issuer", "城口县财政局"), (None, "财政"), ("written", "2025-01-20"),
                              ("posted", "2025-01-20")]
    assert fields_of("[ 2025年工作要点 ]") is None  # (a bracket that holds no key)


def test_a_copy_site_s_posting_row() -> None:
    """The site's name, the posting time to the second and the column: the row dates the posting."""
    assert fields_of("公文搜 2021-07-27 17:14:09 政府报告") == [
        (None, "公文搜"), ("posted", "2021-07-27"), (None, "政府报告")]
    assert fields_of("公文搜2021-07-27 17:14:09政府报告") == [  # (as cleaning leaves it)
        (None, "公文搜"), ("posted", "2021-07-27"), (None, "政府报告")]
    assert fields_of("截至2021-07-27全市新增就业") is None  # (a date in a sentence: no time, no row)


def test_a_folded_field_list_with_its_toggle() -> None:
    """A portal's bulleted field list, folded behind "展开": every field is read, and the toggle is a button."""
    from govdoc.parsing.frame.chrome import is_button_row

    assert fields_of("• 发文序号:京兴政办发〔2023〕1 号") == [("doc_number", "京兴政办发〔2023〕1 号")]
    assert fields_of("• 公开类型:主动公开") == [("category", "主动公开")]
    assert fields_of("• 信息有效性:有效") == [(None, "有效")]
    assert is_button_row("展开") and is_button_row("收起")


def test_fields_printed_behind_a_value() -> None:
    """A field list's title, with the next keys behind it on its line after a dash or a space: the title alone."""
    assert fields_behind("乐东黎族自治县2023年政府信息公开工作年度报告-文 号:发布日期:2024-02-06 17:24") == (
        "乐东黎族自治县2023年政府信息公开工作年度报告", [("doc_number", ""), ("posted", "2024-02-06 17:24")])
    assert fields_behind("吉林省改善农村人居环境四年行动计划(2017-2020年)") == (
        "吉林省改善农村人居环境四年行动计划(2017-2020年)", [])  # (a dash in a title holds no field)


def test_the_last_key_of_a_row_left_empty() -> None:
    """A row of fields whose last key has its value on the next line, in brackets too; a widget is no key."""
    assert key_left_empty("索引号:") == "索引号"
    assert key_left_empty("发布时间: 2025-03-20 来源:") == "来源"
    assert key_left_empty("[ 发布日期 ]2025-01-20 [ 体裁分类 ]") == "体裁分类"
    assert key_left_empty("发布时间:2025-02-25浏览次数:【字体:") is None  # (the font-size widget, not closed)
