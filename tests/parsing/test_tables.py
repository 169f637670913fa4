"""Tables in the parser: rows given as cells by a reader, and tables printed as text."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

import govdoc
from govdoc.model import Cell, LineSpan, Report, Section, Table
from govdoc.parsing import SourceCell, SourceLine, parse_lines

BODY = "全年居民消费价格上涨0.2%，其中城市上涨0.3%，农村上涨0.1%。"


def cells(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row] for row in (*table.header, *table.rows)]


def caption_text(report: Report, table: Table) -> str | None:
    caption = report.caption_of(table)
    return caption.text if caption is not None else None


def test_a_tab_separated_table_with_caption_unit_and_notes() -> None:
    report = govdoc.parse("一、人口\n" + BODY + "\n表1 年末常住人口数及其构成\n单位：万人\n"
                          "指标\t年末数\t比重（%）\n全市常住人口\t612.4\t100.0\n其中：城镇\t430.1\t70.2\n"
                          "注：本表为初步统计数。\n二、农业\n" + BODY + "\n")
    assert report.outline() == [(1, "一、", "人口"), (1, "二、", "农业")]
    [(path, table)] = report.tables()
    assert [s.title for s in path] == ["人口"]
    assert (caption_text(report, table), table.unit, table.notes, table.position) == (
        "表1 年末常住人口数及其构成", "单位：万人", ["注：本表为初步统计数。"], 2)
    assert [p.kind for p in report.sections[0].paragraphs] == ["text", "caption"]
    caption = report.sections[0].paragraphs[1]
    assert (caption.lines, table.lines) == (LineSpan(first=3, last=3), LineSpan(first=4, last=8))
    assert cells(table) == [["指标", "年末数", "比重（%）"], ["全市常住人口", "612.4", "100.0"],
                            ["其中：城镇", "430.1", "70.2"]]
    assert len(table.header) == 1
    first = table.rows[0][1].metrics[0]
    assert (first.value, first.unit, first.indicator, first.column) == (
        Decimal("6124000"), "人", "常住人口", "年末数")


def test_rows_of_a_price_table_never_become_headings() -> None:
    text = ("一、综合\n" + BODY + "\n二、价格\n" + BODY + "\n表2 居民消费价格比上年涨跌幅度\n"
            "指标\t全市\t城市\n一、食品烟酒\t-0.3\t-0.2\n二、衣着\t1.2\t1.1\n三、居住\t0.1\t0.2\n"
            "三、工业\n" + BODY + "\n")
    report = govdoc.parse(text)
    assert report.outline() == [(1, "一、", "综合"), (1, "二、", "价格"), (1, "三、", "工业")]
    [(_, table)] = report.tables()
    assert [row[0].text for row in table.rows] == ["一、食品烟酒", "二、衣着", "三、居住"]


def test_columns_aligned_with_spaces_and_pipes() -> None:
    spaced = govdoc.parse("一、财政\n" + BODY + "\n项目      预算数      执行数\n一般公共预算收入    630.5    631.2\n"
                          "政府性基金收入    413.1    414.0\n国有资本经营收入    36.5    38.0\n")
    [(_, table)] = spaced.tables()
    assert cells(table)[1] == ["一般公共预算收入", "630.5", "631.2"]
    piped = govdoc.parse("一、财政\n" + BODY + "\n项目 | 预算数 | 执行数\n一般公共预算收入 | 630.5 | 631.2\n"
                         "政府性基金收入 | 413.1 | 414.0\n")
    [(_, table)] = piped.tables()
    assert cells(table) == [["项目", "预算数", "执行数"], ["一般公共预算收入", "630.5", "631.2"],
                            ["政府性基金收入", "413.1", "414.0"]]


def test_a_letter_spaced_title_is_no_table() -> None:
    report = govdoc.parse("第一章  总  则\n一、为规范工作，根据有关法律法规，结合本市实际，制定本规则。\n")
    assert list(report.tables()) == []


def test_rows_a_reader_gives_as_cells_keep_their_merged_cells() -> None:
    lines = [SourceLine(text="一、人口", origin=1),
             SourceLine(text=BODY, origin=2),
             SourceLine(text="指标 年末数", origin=3,
                        cells=(SourceCell("指标", rowspan=2), SourceCell("年末数", colspan=2)), table=1, header=True),
             SourceLine(text="万人 比重", origin=4, cells=(SourceCell("万人"), SourceCell("比重（%）")), table=1,
                        header=True),
             SourceLine(text="全市常住人口 612.4 100.0", origin=5,
                        cells=(SourceCell("全市常住人口"), SourceCell("612.4"), SourceCell("100.0")), table=1),
             SourceLine(text=BODY, origin=6)]
    report = parse_lines(lines)
    [(_, table)] = report.tables()
    assert [(c.text, c.rowspan, c.colspan) for c in table.header[0]] == [("指标", 2, 1), ("年末数", 1, 2)]
    assert cells(table)[2] == ["全市常住人口", "612.4", "100.0"]
    assert len(report.sections[0].paragraphs) == 2



def test_a_metadata_grid_given_as_cells_is_read_into_the_meta() -> None:
    rows = (("索引号", "11310115MB2F13658N/2024-00012", "发布机构", "东明路街道"),
            ("公开类别", "主动公开", "发布时间", "2024-01-29"))
    lines = [SourceLine(text=" | ".join(row), origin=k + 1, cells=tuple(SourceCell(c) for c in row), table=1)
             for k, row in enumerate(rows)]
    report = parse_lines([*lines, SourceLine(text="一、总体情况", origin=3), SourceLine(text=BODY, origin=4)])
    assert report.meta.index_number == "11310115MB2F13658N/2024-00012"
    assert report.meta.category == "主动公开"
    assert list(report.tables()) == []

LABELS = st.sampled_from(["全市常住人口", "城镇", "乡村", "一般公共预算收入", "税收收入", "粮食产量", "规上工业增加值"])
VALUES = st.decimals(min_value=Decimal("0.1"), max_value=Decimal("99999"), places=1).map(str)


@st.composite
def text_tables(draw: st.DrawFn) -> Table:
    """Tables a text can carry: one header row of words, body rows of a label and figures."""
    width = draw(st.integers(2, 4))
    header = [Cell(text=t) for t in ["指标", *draw(st.lists(st.sampled_from(["年末数", "本年数", "比上年增长（%）",
                                                                           "比重（%）", "预算数"]),
                                                          min_size=width - 1, max_size=width - 1))]]
    rows = [[Cell(text=draw(LABELS)), *[Cell(text=draw(VALUES)) for _ in range(width - 1)]]
            for _ in range(draw(st.integers(1, 5)))]
    unit = draw(st.none() | st.sampled_from(["单位：万元", "单位：万人"]))
    return Table(unit=unit, header=[header], rows=rows)


@settings(max_examples=80, deadline=None)
@given(text_tables(), st.none() | st.just("表1 主要指标完成情况"))
def test_a_table_written_as_plain_text_reads_back(table: Table, caption: str | None) -> None:
    paragraphs = [govdoc.Paragraph(text=BODY)]
    if caption is not None:
        paragraphs.append(govdoc.Paragraph(text=caption, kind="caption"))
    report = Report(sections=[Section(label="一、", number=1, title="主要指标", kind="section",
                                      paragraphs=paragraphs, tables=[table.model_copy(
                                          update={"position": len(paragraphs)})])])
    back = govdoc.parse(govdoc.write_text(report, style="plain"))
    [(_, read)] = back.tables()
    assert (caption_text(back, read), read.unit) == (caption, table.unit)
    assert cells(read) == cells(table)


def test_a_header_over_the_figures_columns_leaves_the_labels_column_blank() -> None:
    """"| 绝对数(亿元) | 比上年增长(%) |" over "地区生产总值 | 617.50 | 5.2 |": the header's leading bar stands for the
    labels' column, so each figure takes its own column's unit (617.50 亿元, not %)."""
    report = govdoc.parse("七宝市2019年统计公报\n一、综合\n全市实现生产总值617.50亿元。\n表1 2019年七宝市生产总值\n"
                          "| 绝对数(亿元) | 比上年增长(%) |\n地区生产总值 | 617.50 | 5.2 |\n第一产业 | 37.11 | 2.6 |\n"
                          "第二产业 | 339.85 | 4.5 |\n")
    [(_, table)] = list(report.tables())
    assert [cell.text for cell in table.header[0]] == ["", "绝对数(亿元)", "比上年增长(%)"]
    assert [[(m.value, m.unit) for m in cell.metrics] for cell in table.rows[0][1:]] == [
        [(Decimal("61750000000"), "元")], [(Decimal("5.2"), "%")]]


# a budget statement's table pasted from a portal: single spaces between the cells, a caption that ends with 表, a unit
# line behind the department's name, two header lines (the last column's head spans two), a row with empty cells
SINGLE_SPACED = """\
平安县财政局2023年部门预算说明
全局2023年“三公”经费预算为12.6万元。
平安县财政局2023年度“三公”经费预算情况表
部门:平安县财政局       单位:万元
项目 本年预算数 上年预算数 本年比上年增减情况
增减额 增减幅度
合计 12.6 14.0 -1.4 -10%
1.因公出国(境)费{blank}
2.公务接待费 2.6 4.0 -1.4 -35.00%
3.公务用车运行费 10 10 0 0.00%
备注:
一、“三公”经费按规定编制。
二、公务接待费减少是因为厉行节约。
""".format(blank=" " * 8)


def test_a_table_whose_cells_single_spaces_split() -> None:
    report = govdoc.parse(SINGLE_SPACED)
    [(_, table)] = report.tables()
    assert (caption_text(report, table), table.unit) == ("平安县财政局2023年度“三公”经费预算情况表",
                                                         "部门:平安县财政局 单位:万元")
    assert [[cell.text for cell in row] for row in table.header] == [
        ["项目", "本年预算数", "上年预算数", "本年比上年增减情况"], ["", "", "", "增减额", "增减幅度"]]
    assert table.header[0][-1].colspan == 2
    assert cells(table)[2:] == [["合计", "12.6", "14.0", "-1.4", "-10%"], ["1.因公出国(境)费", "", "", "", ""],
                                ["2.公务接待费", "2.6", "4.0", "-1.4", "-35.00%"],
                                ["3.公务用车运行费", "10", "10", "0", "0.00%"]]
    assert table.notes == []  # ("备注:" alone heads the notes below it)
    assert report.outline() == [(1, None, "备注")]
    assert [p.text for _, p in report.paragraphs()][-2:] == [
        "一、“三公”经费按规定编制。", "二、公务接待费减少是因为厉行节约。"]


def test_sentences_that_end_with_figures_are_no_table() -> None:
    text = "平安县2023年统计公报\n全县生产总值 增长 5.9 %\n全县财政收入 增长 3.1 %\n一、综合\n" + BODY + "\n"
    assert list(govdoc.parse(text).tables()) == []
    prose = "一、综合\n全县地区生产总值达到 120.5 亿元，比上年增长 5.9 %。\n全县财政收入 3.1 亿元，增长 2.2 %。\n"
    assert list(govdoc.parse(prose).tables()) == []


def test_a_table_printed_one_cell_to_a_line_each_closed_by_a_bar() -> None:
    rows = ["农产品名称 |", "总产量(万吨) |", "比上年±% |", "粮食 |", "61.84 |", "0.74 |", "油料 |", "0.69 |",
            "-3.3 |"]
    table_lines = "\n".join(rows)
    report = govdoc.parse(f"一、综合\n{BODY}\n二、农业\n{BODY}\n表1:主要农产品产量\n{table_lines}\n{BODY}\n")
    [(path, table)] = report.tables()
    assert ([s.title for s in path], caption_text(report, table)) == (["农业"], "表1:主要农产品产量")
    assert cells(table) == [
        ["农产品名称", "总产量(万吨)", "比上年±%"], ["粮食", "61.84", "0.74"], ["油料", "0.69", "-3.3"]]
    assert [p.kind for p in report.sections[1].paragraphs] == ["text", "caption", "text"]
    # (cells that make no grid of one width are no table: here a row without its second figure)
    broken = govdoc.parse("一、农业\n" + BODY + "\n" + "\n".join(rows[:-1]) + "\n" + BODY + "\n")
    assert list(broken.tables()) == []


def test_a_two_column_table_printed_one_cell_to_a_line_under_its_caption() -> None:
    cells_text = "\n\n".join(["上年同期=100", "居民消费价格总指数", "101.8", "一、食品烟酒", "105.7", "    粮    食",
                               "100.7", "二、衣着", "99.6"])
    report = govdoc.parse(f"一、综合\n{BODY}\n\n表1  居民消费价格指数\n\n{cells_text}\n\n二、农业\n{BODY}\n")
    assert report.outline() == [(1, "一、", "综合"), (1, "二、", "农业")]
    [(_, table)] = report.tables()
    assert caption_text(report, table) == "表1 居民消费价格指数"
    assert cells(table) == [["", "上年同期=100"], ["居民消费价格总指数", "101.8"], ["一、食品烟酒", "105.7"],
                            ["粮 食", "100.7"], ["二、衣着", "99.6"]]
    # (without the caption above them, four rows of a label and its figure are a table still, with no caption)
    bare = govdoc.parse(f"一、综合\n{BODY}\n\n{cells_text}\n")
    assert bare.outline() == [(1, "一、", "综合")]
    [(_, table)] = bare.tables()
    assert caption_text(bare, table) is None and len(table.rows) == 4


def test_a_table_copied_from_a_page_one_cell_to_a_line_with_blank_lines_between() -> None:
    """A browser's copy of a bulletin's table: its title two blank lines above, a header with nothing over the
    labels, figures with their units, a label that reads as a figure (60岁及以上) and a group's label."""
    cells_text = "\n\n".join(["2023年", "较上年增长(%)", "粮食总产量", "162817吨", "0.5", "其中:谷物", "97658吨",
                               "-9.7", "按品种分", "豆类", "26084吨", "49.1", "60岁及以上", "4.78", "10.66"])
    report = govdoc.parse(f"一、综合\n\n{BODY}\n\n二、农业\n\n{BODY}\n\n主要产品产量\n\n\n{cells_text}\n\n\n"
                          f"三、工业\n\n{BODY}\n")
    assert report.outline() == [(1, "一、", "综合"), (1, "二、", "农业"), (1, "三、", "工业")]
    [(path, table)] = report.tables()
    assert ([s.title for s in path], caption_text(report, table)) == (["农业"], "主要产品产量")
    assert cells(table) == [["", "2023年", "较上年增长(%)"], ["粮食总产量", "162817吨", "0.5"],
                            ["其中:谷物", "97658吨", "-9.7"], ["按品种分"], ["豆类", "26084吨", "49.1"],
                            ["60岁及以上", "4.78", "10.66"]]
    assert [p.kind for p in report.sections[1].paragraphs] == ["text", "caption"]


def test_a_numbered_title_over_cells_one_to_a_line_is_the_caption_and_a_cut_row_ends_the_table() -> None:
    cells_text = "\n\n".join(["1 2021年年末常住人口数及构成", "年末数(万人)", "比重(%)", "常住人口", "44.84", "100.0",
                               "#城镇", "18.65", "41.59", "乡村", "26.19", "58.41", "#0-15", "11."])
    report = govdoc.parse(f"一、人口\n\n{BODY}\n\n\n{cells_text}\n")
    [(_, table)] = report.tables()
    assert caption_text(report, table) == "1 2021年年末常住人口数及构成"
    assert cells(table)[0] == ["", "年末数(万人)", "比重(%)"] and cells(table)[-1] == ["#0-15", "11."]


def test_short_lines_that_make_no_grid_are_no_table() -> None:
    """A label over its figure twice is no table; nor are cells whose bare numbers stand where labels should
    (a 序号 column read as figures); they stay lines of text."""
    pairs = "\n\n".join(["电话", "12345", "邮编", "719400"])
    numbered = "\n\n".join(["序号", "单位", "条数", "1", "县政府办", "48", "2", "县公安局", "79", "3", "县司法局",
                             "17"])
    for lines in (pairs, numbered):
        assert list(govdoc.parse(f"一、综合\n\n{BODY}\n\n{lines}\n\n二、农业\n\n{BODY}\n").tables()) == []


def test_a_disclosure_report_s_tables_one_cell_to_a_line_each_under_the_clause_it_answers() -> None:
    """A 政府信息公开年度报告's table, copied one cell to a line: parts under the clauses of the law they answer
    ("第二十条第(一)项"), each with its header; a part of one row makes no table, and no line of them is a caption."""
    cells_text = "\n\n".join([
        "第二十条第(一)项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件", "规章", "0", "1", "0",
        "行政规范性文件", "1", "0", "2", "第二十条第(五)项", "信息内容", "本年处理决定数量", "行政许可", "0",
        "第二十条第(六)项", "信息内容", "本年处理决定数量", "行政处罚", "0", "行政强制", "0",
        "第二十条第(八)项", "信息内容", "本年收费金额(单位:万元)", "行政事业性收费", "0"])
    report = govdoc.parse(f"一、总体情况\n\n{BODY}\n\n二、主动公开政府信息情况\n\n{cells_text}\n\n三、其他\n\n{BODY}\n")
    assert report.outline() == [(1, "一、", "总体情况"), (1, "二、", "主动公开政府信息情况"), (1, "三、", "其他")]
    assert [cells(table) for _, table in report.tables()] == [
        [["信息内容", "本年制发件数", "本年废止件数", "现行有效件"], ["规章", "0", "1", "0"],
         ["行政规范性文件", "1", "0", "2"]],
        [["信息内容", "本年处理决定数量"], ["行政处罚", "0"], ["行政强制", "0"]]]
    assert [p.text for _, p in report.paragraphs() if p.kind == "caption"] == []
