"""Which paragraphs are headings: candidates judged alone, then by the series they belong to."""

from __future__ import annotations

import pytest

import govdoc
from govdoc.metrics import extract_metrics
from govdoc.parsing.headings import (
    Opener,
    accepted_leads,
    accepted_runs,
    accepted_shi,
    decimal_headings,
    first_sentence,
    labelled_candidate,
    lead_opener,
    shi_candidate,
)
from govdoc.parsing.lines import split_label


@pytest.mark.parametrize(("text", "split"), [
    ("区域规划战略引领。立足资源禀赋，统筹推进。", ("区域规划战略引领", "立足资源禀赋，统筹推进。")),
    ("旧区改造换档加速。", ("旧区改造换档加速", None)),
    ("没有句号的标题", ("没有句号的标题", None)),
    ("预算编制原则：", ("预算编制原则", None)),
])
def test_first_sentence(text: str, split: tuple[str, str | None]) -> None:
    assert first_sentence(text) == split


def candidate(index: int, text: str):  # type: ignore[no-untyped-def]
    label = split_label(text)
    assert label is not None
    return labelled_candidate(index, label, extract_metrics)


@pytest.mark.parametrize(("text", "votes"), [
    ("（一）聚焦民生改善，群众获得感持续增强。新建长者照护之家2家。", True),  # two phrases around a comma
    ("一、经济总量突破5000亿元", True),  # a figure in a heading line
    ("（1）本级收入总计2926279万元。", False),  # a statement of a figure
    ("1、加快产业转型升级，力争新增高新技术企业20家；", False),  # one entry of a list
    ("三、县政府工作的准则是，执政为民，依法行政，实事求是，民主公开，务实清廉。", False),  # a clause of rules
])
def test_a_labelled_paragraph_votes_by_its_shape(text: str, votes: bool) -> None:
    assert candidate(0, text).votes is votes


def test_a_run_is_headings_when_most_of_it_votes_so() -> None:
    rules = [candidate(0, "一、根据有关法律法规，结合本县实际，制定本规则，请各单位认真遵照执行。"),
             candidate(1, "二、县政府工作的指导思想是，高举旗帜，坚持人民至上，全面推进依法行政。"),
             candidate(2, "三、县政府实行县长负责制。县长主持县政府全面工作。")]
    assert accepted_runs(rules) == set()
    headings = [candidate(0, "一、综合"), candidate(1, "二、农业"), candidate(2, "三、工业和建筑业")]
    assert accepted_runs(headings) == {0, 1, 2}
    # a lone "2." continues a list that started elsewhere; a lone "1." may be a heading
    assert accepted_runs([candidate(5, "2.全市生产总值按现价计算")]) == set()
    assert accepted_runs([candidate(5, "1.一般公共预算")]) == {5}


def test_two_items_one_right_after_the_other_each_a_whole_sentence_are_rules() -> None:
    # a notice's two items under its 三、: what they state, not what follows them
    items = [candidate(7, "(一)对被征收土地的农民安置主要采用发放安置补偿费、留用地安置和优先招工等方式。"),
             candidate(8, "(二)青苗补偿标准1500元/亩,特殊作物补偿标准按有关规定另行制订。")]
    assert accepted_runs(items) == set()
    # two headings closed with a full stop, each over its own text, stay headings
    headings = [candidate(7, "(一)着力加强基层社会治理体系建设。"), candidate(9, "(二)持续深化重点领域改革攻坚。")]
    assert accepted_runs(headings) == {7, 9}


def test_shi_series_start_at_one_and_need_two() -> None:
    texts = ["一是强化党建引领。全面推进。", "二是完善服务体系。新建站点。"]
    series = [c for i, t in enumerate(texts) if (c := shi_candidate(i, t, extract_metrics)) is not None]
    assert accepted_shi(series) == {0, 1}
    assert accepted_shi(series[1:]) == set()
    figures = [shi_candidate(0, "一是关于民生保障的意见6条，占25%。", extract_metrics),
               shi_candidate(1, "二是关于城市管理的意见12条，占50%。", extract_metrics)]
    assert accepted_shi([c for c in figures if c is not None]) == set()


@pytest.mark.parametrize(("text", "opens"), [
    ("平安建设深入推进。全年化解矛盾纠纷860余件，新增安防小区12个。", True),
    ("收支规模不断扩大，财政综合实力再上新台阶。全市一般公共预算收入完成630亿元。", True),
    ("完善联防机制。筑牢社区防线。做好托底保障。", False),  # one paragraph listing short sentences
    ("同时，街道新建口袋公园3处。", False),  # a discourse marker
    ("五年来，我们坚持稳中求进。全市经济总量持续增长。", False),  # a time phrase and a subject
    ("2025年是收官之年。全市上下团结奋斗。", False),  # a statement about a year
    ("——围绕加强收支管理，财政保障能力不断提升。依法组织收入。", False),  # a dash lead-in
    ("专此报告，请予审查批准。", False),  # the formula that closes a report
    ("特此通知。", False),
])
def test_lead_openers(text: str, opens: bool) -> None:
    assert (lead_opener(0, text, extract_metrics) is not None) is opens


def opener(index: int, rest: str | None = "正文。", figures: bool = False) -> Opener:
    return Opener(index, "标题", rest, figures)


def test_run_in_leads_count_as_a_series_of_two_or_more() -> None:
    assert accepted_leads([opener(1), opener(2)], body=set()) == {1, 2}
    assert accepted_leads([opener(1), opener(3)], body={2}) == set()  # a body paragraph between them
    assert accepted_leads([opener(1, figures=True), opener(2, figures=True)], body=set()) == set()
    assert accepted_leads([opener(1), opener(2), opener(3, figures=True)], body=set()) == {1, 2, 3}


def test_a_sentence_of_clauses_alone_above_run_in_leads_introduces_them() -> None:
    # "（八）优化公共服务供给…" / "坚持民生为大，努力为群众多办实事。" / "促进高质量充分就业。…" / "…": the sentence
    # alone is the section's opening, the run-in leads below it are its headings
    intro = Opener(1, "坚持民生为大，努力为群众多办实事", None, False)
    assert accepted_leads([intro, opener(2), opener(3)], body=set()) == {2, 3}
    # a short topic line alone above them is one of the series; so is a sentence of clauses among run-in leads
    assert accepted_leads([opener(1, rest=None), opener(2), opener(3)], body=set()) == {1, 2, 3}
    assert accepted_leads([opener(1), Opener(2, intro.title, None, False), opener(3)], body=set()) == {1, 2, 3}


def test_standalone_leads_alternating_with_their_bodies() -> None:
    # lead, body, lead, body: the paragraph under each lead is its body, even if it opens briefly
    openers = [opener(1, rest=None), opener(2), opener(3, rest=None), opener(5, rest=None)]
    assert accepted_leads(openers, body={4, 6}) == {1, 3, 5}


def test_a_plan_s_sections_numbered_by_their_place() -> None:
    lines = ["1总则", "1.1编制目的", "为做好防汛工作，制定本预案。", "1.2 工作原则", "2组织体系", "2.1指挥机构",
             "3.2 预警", "5.6 亿元"]
    found = decimal_headings(dict(enumerate(lines)), extract_metrics)
    assert {i: (h.label, h.family, h.number, h.rest) for i, h in found.items()} == {
        0: ("1", "decimal", 1, "总则"), 1: ("1.1", "decimal", 1, "编制目的"), 3: ("1.2", "decimal", 2, "工作原则"),
        4: ("2", "decimal", 2, "组织体系"), 5: ("2.1", "decimal", 1, "指挥机构")}
    # ("3.2" has neither its parent nor a sibling printed; "5.6 亿元" is a figure)


def test_one_section_number_alone_numbers_no_plan() -> None:
    assert decimal_headings({0: "1总则", 1: "1.1编制目的", 2: "全年完成投资5亿元。"}, extract_metrics) == {}
    assert decimal_headings({0: "2022年工作回顾", 1: "2.5倍", 2: "3.6万人"}, extract_metrics) == {}


def test_paragraphs_numbered_without_a_mark_after_the_number_are_run_in_headings() -> None:
    paragraphs = ["1全面推进乡村振兴项目落地。持续开展乡村振兴项目。", "2聚焦产业主线，稳住经济基本盘。打造产业特色。"]
    found = decimal_headings(dict(enumerate(paragraphs)), extract_metrics)
    assert {i: (h.label, h.number, h.rest[:6]) for i, h in found.items()} == {
        0: ("1", 1, "全面推进乡村"), 1: ("2", 2, "聚焦产业主线")}
    # (one alone, a run that does not start at 1, and numbers that count or date are none)
    assert decimal_headings({0: paragraphs[0]}, extract_metrics) == {}
    assert decimal_headings({0: paragraphs[1], 1: "3强化保障措施。加强组织领导。"}, extract_metrics) == {}
    months = ["1月份全县工业增加值增长5%。", "2月份全县工业增加值增长6%。"]
    assert decimal_headings(dict(enumerate(months)), extract_metrics) == {}


def test_a_topic_run_in_with_a_colon_after_its_label() -> None:
    topic = candidate(3, "(一)主动公开方面:围绕新修订的条例,全年主动公开政府信息17249条。")
    assert (topic.title, topic.votes) == ("主动公开方面", True)
    assert topic.rest == "围绕新修订的条例,全年主动公开政府信息17249条。"
    assert candidate(3, "(一)时间:2023年5月8日上午。").title != "时间"  # (a field is no topic)


def test_a_topic_s_name_and_a_colon_opening_a_paragraph_is_a_lead() -> None:
    found = lead_opener(1, "农业:全年实现农业增加值13.51亿元,增长6.26%。", extract_metrics)
    assert found is not None and (found.title, found.rest, found.figures) == (
        "农业", "全年实现农业增加值13.51亿元,增长6.26%。", False)
    # (not a speaker's words, a note, a page's contacts, nor a colon with no text of sentences after it)
    for text in ("总书记指出:要坚持稳中求进,以进促稳。", "其中:城镇人口增加,乡村人口减少。",
                 "地址:长沙市五一大道351号,邮编410011。", "联系电话:0731-82212567", "邮箱:a@b.cn,传真:1。"):
        assert lead_opener(1, text, extract_metrics) is None, text


def test_topics_named_with_a_colon_in_a_bulletin_s_sections_are_its_second_level() -> None:
    import govdoc
    text = ("2022年统计公报\n\n一、综合\n\n全县地区生产总值113.9亿元。\n\n二、农业\n\n"
            "农业:全年实现农业增加值13.51亿元,增长6.26%。\n\n畜牧业:年末,全县大牲畜存栏4.36万头,增长1.45%。\n")
    report = govdoc.parse(text)
    assert [(depth, s.label, s.title) for depth, s in report.walk()] == [
        (1, "一、", "综合"), (1, "二、", "农业"), (2, None, "农业"), (2, None, "畜牧业")]


def test_topics_named_with_a_colon_head_their_paragraphs_with_text_between() -> None:
    """"经济总量:…", "财政收支:…", a second paragraph of 财政收支, then "投资:…": the topics are one series."""
    body = "全区完成公共财政预算支出106.9亿元,比上年下降3.6%。其中,一般公共服务支出13.7亿元。"
    text = ("一、综合经济\n\n经济总量:初步核算,全区实现地区生产总值251亿元,比上年增长0.2%。\n\n"
            "财政收支:全区完成公共财政预算收入32.1亿元,比上年下降4.7%。\n\n" + body + "\n\n"
            "投资:全区完成全社会固定资产投资比上年增长11.7%。城镇投资比上年增长11.2%。\n")
    assert govdoc.parse(text).outline() == [(1, "一、", "综合经济"), (2, None, "经济总量"), (2, None, "财政收支"),
                                            (2, None, "投资")]
    # (two topics with text between them are no series of their own: "电话:" is none and one more is needed)
    two = text.split("\n\n投资")[0] + "\n"
    assert govdoc.parse(two).outline()[1:] == [(2, None, "经济总量"), (2, None, "财政收支")]


def test_a_first_run_in_paren_heading_after_the_line_that_announces_it() -> None:
    """"四年来,主要做了以下工作:" then "(一)强化民生保障,…。…" where the page breaks off before its "(二)"."""
    text = ("一、工作回顾\n2008年本届政府组成以来,市政府和全市人民一道,改革开放和现代化建设取得可喜成就。\n"
            "四年来,主要做了以下工作:\n(一)强化民生保障,公共服务水平不断提高。财政民生投入占预算支出的\n"
            "比重达到52%, 年均增长29%。\n")
    assert govdoc.parse(text).outline() == [(1, "一、", "工作回顾"), (2, "(一)", "强化民生保障,公共服务水平不断提高")]


def test_entries_of_an_account_are_no_headings() -> None:
    """"①税收收入42328万元。其中:…" and "②非税收入49311万元。…" name a quantity and its figure: entries of an account;
    a heading's figure follows a verb ("一、经济总量突破5000亿元")."""
    text = ("一、2022年县级财政预算执行情况\n(一)一般公共预算执行情况\n"
            "1.收入预算执行情况:2022年全县完成财政总收入166157万元,同比增幅32.14%。具体分项情况为:\n"
            "①税收收入42328万元。其中:增值税22515万元,企业所得税4531万元。\n"
            "②非税收入49311万元。其中:行政事业性收费收入36217万元,罚没收入9560万元。\n"
            "2.支出预算执行情况:2022年一般公共预算支出完成290450万元。\n")
    assert [label for _, label, _ in govdoc.parse(text).outline()] == ["一、", "(一)", "1.", "2."]
    labels = [split_label("一、经济总量突破5000亿元"), split_label("①税收收入42328万元。其中:增值税22515万元。")]
    assert [labelled_candidate(0, label, extract_metrics).votes for label in labels if label] == [True, False]
