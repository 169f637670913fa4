"""The Report model: invariants checked on construction, equality without provenance, walking."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from govdoc import SCHEMA_VERSION, Cell, GlossaryTerm, LineSpan, Meta, Metric, Paragraph, Report, Section, Table
from govdoc.numbering import make_label
from govdoc.upgrade import OLDER_SCHEMAS


def metric(text: str = "139家", start: int = 4, **kw: Any) -> Metric:
    fields: dict[str, Any] = {"text": text, "start": start, "end": start + len(text), "value": Decimal(139),
                              "unit": "家"}
    fields.update(kw)
    return Metric(**fields)


# ---- metrics --------------------------------------------------------------------------------------

def test_metric_span_matches_paragraph_text() -> None:
    paragraph = Paragraph(text="引进企业139家。", metrics=[metric()])
    assert paragraph.text[4:8] == "139家"


@pytest.mark.parametrize("start", [0, 3, 5])
def test_metric_span_elsewhere_is_rejected(start: int) -> None:
    with pytest.raises(ValidationError, match="does not match"):
        Paragraph(text="引进企业139家。", metrics=[metric(start=start)])


def test_metric_length_must_fit_its_span() -> None:
    with pytest.raises(ValidationError, match="length"):
        Metric(text="139家", start=4, end=9, value=Decimal(139), unit="家")


def test_overlapping_metrics_are_rejected() -> None:
    text = "引进企业139家。"
    with pytest.raises(ValidationError, match="overlaps"):
        Paragraph(text=text, metrics=[metric(), metric("39家", start=5)])


def test_glossary_metric_must_match_definition() -> None:
    GlossaryTerm(term="人才驿站", definition="已建成3个站点。", metrics=[
        Metric(text="3个", start=3, end=5, value=Decimal(3), unit="个")])
    with pytest.raises(ValidationError, match="definition"):
        GlossaryTerm(term="人才驿站", definition="已建成3个站点。", metrics=[
            Metric(text="3个", start=2, end=4, value=Decimal(3), unit="个")])


def test_metric_value_is_exact_and_canonical() -> None:
    m = metric(value=Decimal("3.450E+8"))
    assert m.value == Decimal("345000000")
    assert str(m.value) == "345000000"
    assert metric(value=Decimal("99.230")).value == Decimal("99.23")


def test_metric_value_must_be_finite_and_range_ordered() -> None:
    with pytest.raises(ValidationError):
        metric(value=Decimal("NaN"))

    assert metric(value=Decimal(5), value_min=Decimal(3)).value_min == 3
    assert metric(value=Decimal(5), value_min=Decimal(5)).value_min == 5  # (a range of one value: 5至5个)


def test_a_range_s_lower_bound_must_not_be_above_its_value() -> None:
    """``value`` is a range's upper bound, ``value_min`` its lower: 3至5个 is value 5, value_min 3, never the
    other way round."""
    with pytest.raises(ValidationError, match="value_min 5 is above value 3"):
        metric(value=Decimal(3), value_min=Decimal(5))
    with pytest.raises(ValidationError, match="value_min"):
        Metric.model_validate({"text": "3至5个", "start": 0, "end": 4, "value": "3", "value_min": "5", "unit": "个"})


def test_qualifier_and_approx_go_together() -> None:
    with pytest.raises(ValidationError, match="together"):
        metric(approx="over")
    assert metric(approx="over", qualifier="余").approx == "over"


# ---- labels and titles ----------------------------------------------------------------------------

@pytest.mark.parametrize(("label", "number"), [
    ("第三部分", 3), ("十二、", 12), ("（四）", 4), ("(四)", 4), ("7.", 7), ("7、", 7), ("（15）", 15),
    ("(2)", 2), ("③", 3), ("●", None), ("2", 2), ("2.3", 3), ("1．2", 2), ("3.2.1", 1), ("12.10", 10),
])
def test_label_agrees_with_number(label: str, number: int | None) -> None:
    assert Section(label=label, number=number, title="优化营商环境").number == number


@pytest.mark.parametrize(("label", "number"), [("三、", 4), ("（四）", 3), ("7.", None), ("●", 1), ("⑤", 6), ("2.3", 2),
                                              ("1.1", None)])
def test_label_disagreeing_with_number_is_rejected(label: str, number: int | None) -> None:
    with pytest.raises(ValidationError):
        Section(label=label, number=number, title="优化营商环境")


def test_unknown_label_and_number_without_label_are_rejected() -> None:
    with pytest.raises(ValidationError, match="not a known heading label"):
        Section(label="甲、", number=1, title="优化营商环境")
    for label in ("1.0", "0.1", "123", "1.1.1.1.1"):  # (a section number: parts from 1 to 99, four deep at most)
        with pytest.raises(ValidationError, match="not a known heading label"):
            Section(label=label, number=1, title="优化营商环境")
    with pytest.raises(ValidationError, match="without a label"):
        Section(number=2, title="优化营商环境")


@pytest.mark.parametrize("title", ["", "   ", "\u3000", " 开头有空格", "结尾有空格 ", "两行\n标题", "分段\u2029标题",
                                   "以句号结尾。"])
def test_bad_titles_are_rejected(title: str) -> None:
    with pytest.raises(ValidationError):
        Section(title=title)


def test_title_may_hold_inner_spaces_and_full_stops() -> None:
    assert Section(title="强化楼宇党建 整合公共资源").title == "强化楼宇党建 整合公共资源"
    assert Section(title="一是。二是").title == "一是。二是"


@pytest.mark.parametrize("text", ["", " ", "第一行\n第二行", "结尾空格 "])
def test_bad_paragraph_text_is_rejected(text: str) -> None:
    with pytest.raises(ValidationError):
        Paragraph(text=text)


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9f", "\ufffe", "\uffff", "\ud800"])
def test_xml_illegal_characters_are_rejected(char: str) -> None:
    with pytest.raises(ValidationError, match=r"U\+|single line"):
        Paragraph(text=f"社区{char}治理。")
    with pytest.raises(ValidationError):
        Meta(title=f"标题{char}")


def test_run_in_needs_a_paragraph_and_glossary_has_no_children() -> None:
    with pytest.raises(ValidationError, match="run-in"):
        Section(label="（一）", number=1, title="区域规划战略引领", run_in=True)
    with pytest.raises(ValidationError, match="glossary"):
        Section(title="名词解释", kind="glossary", children=[Section(title="子节")])


def test_glossary_needs_exactly_one_home() -> None:
    term = GlossaryTerm(number=1, term="三送进企业", definition="送政策、送健康进企业。")
    with pytest.raises(ValidationError, match="glossary"):
        Report(glossary=[term])
    with pytest.raises(ValidationError, match="at most one"):
        Report(sections=[Section(title="名词解释", kind="glossary"), Section(title="术语表", kind="glossary")])
    assert Report(sections=[Section(title="名词解释", kind="glossary")], glossary=[term]).glossary == [term]


# ---- dates, extra fields, schema version ---------------------------------------------------------

def test_dates_are_real_dates() -> None:
    assert Meta(date="2024-01-29").date == dt.date(2024, 1, 29)
    for bad in ("2023-02-29", "2024-13-01", "2024-00-10", "昨天"):
        with pytest.raises(ValidationError):
            Meta(date=bad)


@pytest.mark.parametrize("model", [Report, Meta, Section, Paragraph, GlossaryTerm, Metric, LineSpan])
def test_extra_fields_are_forbidden(model: type[Any]) -> None:
    with pytest.raises(ValidationError, match=r"[Ee]xtra"):
        model.model_validate({"level": 2})


def test_extra_fields_are_forbidden_in_nested_json() -> None:
    with pytest.raises(ValidationError, match=r"[Ee]xtra"):
        Report.model_validate({"sections": [{"title": "一", "level": 1}]})


def test_schema_version_is_present_and_fixed() -> None:
    report = Report()
    assert report.schema_version == SCHEMA_VERSION == "1.2"
    assert report.model_dump()["schema_version"] == "1.2"
    with pytest.raises(ValidationError):
        Report(schema_version="0.9")


def test_a_report_of_schema_1_0_reads_with_each_table_s_caption_a_paragraph_before_it() -> None:
    """1.0 kept a table's caption in the table; 1.1 keeps it as the caption paragraph right before the table."""
    table = {"rows": [[{"text": "甲"}]], "position": 1}
    old = {"schema_version": "1.0",
           "preamble": [{"text": "前言。"}], "preamble_tables": [dict(table, caption="表1 甲")],
           "sections": [{"title": "一", "run_in": True, "paragraphs": [{"text": "乙。"}, {"text": "丙。"}],
                         "tables": [dict(table, position=0, caption="表2 乙"), dict(table, position=2),
                                    dict(table, position=2, caption=None)],
                         "children": [{"title": "二", "tables": [dict(table, position=0, caption="表3 丙")]}]}]}
    report = Report.model_validate(old)
    assert report.schema_version == "1.2"
    assert [(p.kind, p.text) for p in report.preamble] == [("text", "前言。"), ("caption", "表1 甲")]
    assert report.preamble_tables[0].position == 2
    first = report.sections[0]
    # (a caption before the paragraph a heading runs into goes after it: that table was printed there)
    assert [p.text for p in first.paragraphs] == ["乙。", "表2 乙", "丙。"]
    assert [t.position for t in first.tables] == [2, 3, 3]
    assert [(p.kind, p.text) for p in first.children[0].paragraphs] == [("caption", "表3 丙")]
    assert [report.caption_of(t) is not None for _, t in report.tables()] == [True, True, False, False, True]
    assert old["preamble_tables"][0]["caption"] == "表1 甲"  # the input is left as it was
    assert Report.model_validate_json(report.model_dump_json()) == report
    with pytest.raises(ValidationError, match="caption"):
        Report.model_validate(dict(old, schema_version="1.1"))


def _range_1_1(text: str, start: int, low: str, high: str, unit: str) -> dict[str, Any]:
    """A figure of a range as schema 1.1 wrote it: the lower bound in ``value``, the upper in ``value_max``."""
    return {"text": text, "start": start, "end": start + len(text), "value": low, "value_max": high, "unit": unit}


def _report_1_1() -> dict[str, Any]:
    """A Report of schema 1.1 (as its JSON gives it) with a range wherever a figure can stand."""
    def cell(text: str) -> dict[str, Any]:
        return {"text": text, "metrics": [_range_1_1(text, 0, "3", "5", "个")]}

    plain = {"text": "139家", "start": 0, "end": 4, "value": "139", "unit": "家"}
    table = {"header": [[cell("3至5个")]], "rows": [[cell("3至5个"), {"text": "139家", "metrics": [plain]}]]}
    return {
        "schema_version": "1.1",
        "preamble": [{"text": "新增18-34岁青年1200人。", "metrics": [_range_1_1("18-34岁", 2, "18", "34", "岁"),
                                                                 {**plain, "text": "1200人", "start": 10,
                                                                  "end": 15, "value": "1200", "unit": "人"}]}],
        "preamble_tables": [dict(table, position=1)],
        "sections": [{
            "title": "补贴3-5万元", "title_metrics": [_range_1_1("3-5万元", 2, "30000", "50000", "元")],
            "paragraphs": [{"text": "3至5个。", "metrics": [_range_1_1("3至5个", 0, "3", "5", "个")]}],
            "tables": [dict(table, position=1)],
            "children": [{"title": "二", "paragraphs": [
                {"text": "增幅10%—15%。", "metrics": [_range_1_1("10%—15%", 2, "10", "15", "%")]}]}],
        }, {"title": "名词解释", "kind": "glossary"}],
        "glossary": [{"term": "托育点", "definition": "为1—3岁幼儿提供照护。",
                      "metrics": [_range_1_1("1—3岁", 1, "1", "3", "岁")]}],
    }


def _bounds(report: Report) -> list[tuple[str, Decimal | None, Decimal]]:
    return [(m.text, m.value_min, m.value) for _, m in report.metrics()]


UPGRADED_BOUNDS = [
    ("18-34岁", Decimal(18), Decimal(34)), ("1200人", None, Decimal(1200)),
    ("3至5个", Decimal(3), Decimal(5)), ("3至5个", Decimal(3), Decimal(5)), ("139家", None, Decimal(139)),
    ("3-5万元", Decimal(30000), Decimal(50000)), ("3至5个", Decimal(3), Decimal(5)),
    ("3至5个", Decimal(3), Decimal(5)), ("3至5个", Decimal(3), Decimal(5)), ("139家", None, Decimal(139)),
    ("10%—15%", Decimal(10), Decimal(15)), ("1—3岁", Decimal(1), Decimal(3)),
]
"""What :func:`_report_1_1` holds in schema 1.2, in document order: (text, value_min, value)."""


def test_a_report_of_schema_1_1_reads_with_each_range_s_upper_bound_its_value() -> None:
    """1.1 kept a range's lower bound in ``value`` and its upper in ``value_max``; 1.2 keeps the upper in ``value``
    and the lower in ``value_min``, in paragraphs, titles, table cells (header and body) and the glossary."""
    old = _report_1_1()
    report = Report.model_validate(old)
    assert report.schema_version == SCHEMA_VERSION == "1.2"
    assert _bounds(report) == UPGRADED_BOUNDS
    assert old["preamble"][0]["metrics"][0] == _range_1_1("18-34岁", 2, "18", "34", "岁")  # the input is left as it was
    assert Report.model_validate_json(report.model_dump_json()) == report
    assert "value_max" not in report.model_dump_json()
    # (the Word and PDF readers validate the JSON of the Report they embed)
    assert Report.model_validate_json(json.dumps(old, ensure_ascii=False)) == report
    with pytest.raises(ValidationError, match="value_max"):  # (1.2 has no value_max: the version says which)
        Report.model_validate(dict(old, schema_version="1.2"))


def test_a_report_of_schema_1_0_takes_every_step_to_the_current_schema() -> None:
    """1.0 → 1.1 (a table's caption becomes the paragraph before it) and then 1.1 → 1.2 (ranges)."""
    old = _report_1_1()
    old["schema_version"] = "1.0"
    old["preamble_tables"][0]["caption"] = "表1 甲"
    report = Report.model_validate(old)
    assert report.schema_version == "1.2"
    assert _bounds(report) == UPGRADED_BOUNDS
    assert [(p.kind, p.text) for p in report.preamble][1:] == [("caption", "表1 甲")]
    assert report.caption_of(report.preamble_tables[0]) == report.preamble[1]


DAMAGED: list[dict[str, Any]] = [
    {"sections": None}, {"glossary": 3}, {"preamble": None}, {"preamble_tables": "x"},
    {"sections": [{"title": "一", "children": 3}]}, {"sections": [{"title": "一", "paragraphs": None}]},
    {"sections": [{"title": "一", "tables": [{"rows": [None]}]}]},
    {"sections": [{"title": "一", "title_metrics": {"value_max": "3"}}]},
    {"glossary": [{"term": "甲", "definition": "乙", "metrics": [None]}]},
    {"preamble": [{"text": "3至5个", "metrics": [{"text": "3至5个", "start": 0, "end": 4, "value_max": "5",
                                                 "unit": "个"}]}]},
]
"""Old Reports whose lists are not lists, or hold what no model is made of (a range without its ``value``)."""


def test_a_damaged_old_report_is_refused_by_validation() -> None:
    """The upgrade leaves what it cannot read as it is, for validation to refuse with a ValidationError (not a
    TypeError from the upgrade), whichever steps it takes."""
    for version in sorted(OLDER_SCHEMAS):
        for damage in DAMAGED:
            with pytest.raises(ValidationError):
                Report.model_validate({"schema_version": version, **damage})


def test_line_span_is_ordered_and_positive() -> None:
    assert LineSpan(first=3, last=3).last == 3
    with pytest.raises(ValidationError):
        LineSpan(first=4, last=3)
    with pytest.raises(ValidationError):
        LineSpan(first=0, last=3)


def test_assignment_is_validated() -> None:
    section = Section(title="优化营商环境")
    with pytest.raises(ValidationError):
        section.title = "以句号结尾。"


# ---- equality and provenance ---------------------------------------------------------------------

def _report(first_line: int, source: str | None) -> Report:
    span = LineSpan(first=first_line, last=first_line + 1)
    return Report(
        meta=Meta(title="年度报告", source=source),
        sections=[Section(label="一、", number=1, title="工作回顾", lines=span,
                          paragraphs=[Paragraph(text="全年完成投资3亿元。", lines=span)])],
    )


def test_equality_ignores_provenance() -> None:
    a, b = _report(3, "a.txt"), _report(40, None)
    assert a == b
    assert a.model_dump() != b.model_dump()
    assert a.model_dump()["meta"]["source"] == "a.txt"
    assert a.model_dump()["sections"][0]["lines"] == {"first": 3, "last": 4}


def test_equality_sees_content() -> None:
    a = _report(3, None)
    b = _report(3, None)
    b.sections[0].paragraphs[0] = Paragraph(text="全年完成投资4亿元。")
    assert a != b
    assert Paragraph(text="同样。") != Section(title="同样")


# ---- walking the tree ----------------------------------------------------------------------------

def _tree() -> Report:
    leaf = Section(label="（一）", number=1, title="招商引资", paragraphs=[
        Paragraph(text="引进企业139家。", metrics=[metric()])])
    return Report(
        preamble=[Paragraph(text="各位代表：", kind="salutation")],
        sections=[
            Section(label="第一部分", number=1, title="工作回顾", kind="part", children=[
                Section(label="一、", number=1, title="经济发展", children=[leaf]),
                Section(label="二、", number=2, title="民生保障"),
            ]),
            Section(label="第二部分", number=2, title="工作安排", kind="part"),
        ],
    )


def test_walk_levels_follow_depth() -> None:
    assert [(level, s.title) for level, s in _tree().walk()] == [
        (1, "工作回顾"), (2, "经济发展"), (3, "招商引资"), (2, "民生保障"), (1, "工作安排")]
    assert _tree().outline()[2] == (3, "（一）", "招商引资")


def test_metrics_yield_section_paths() -> None:
    [(path, found)] = list(_tree().metrics())
    assert [s.title for s in path] == ["工作回顾", "经济发展", "招商引资"]
    assert found.text == "139家"


def test_a_table_s_bare_numbers_are_its_data_not_the_text_s_figures() -> None:
    """The annotation rules count a cell that prints its unit ("5.2%") and not a bare number ("612.4" under
    "年末数（万人）"); metrics() yields what they count, and the bare cells too only when asked."""
    from govdoc.metrics import table_figures

    table = table_figures(Table(header=[[Cell(text="指标"), Cell(text="年末数（万人）"), Cell(text="增长")]],
                                rows=[[Cell(text="常住人口"), Cell(text="612.4"), Cell(text="5.2%")]]))
    report = Report(sections=[Section(title="人口", tables=[table])])
    assert [m.text for _, m in report.metrics()] == ["5.2%"]
    assert [m.text for _, m in report.metrics(bare_cells=True)] == ["612.4", "5.2%"]
    assert [f.metric.text for f in report.figures()] == ["612.4", "5.2%"]


def test_paragraphs_yield_preamble_then_sections() -> None:
    items = [(tuple(s.title for s in path), p.text) for path, p in _tree().paragraphs()]
    assert items == [((), "各位代表："), (("工作回顾", "经济发展", "招商引资"), "引进企业139家。")]


def test_glossary_metrics_have_the_glossary_path() -> None:
    term = GlossaryTerm(number=1, term="托育点", definition="为1—3岁幼儿提供照护。", metrics=[
        Metric(text="1—3岁", start=1, end=5, value=Decimal(3), value_min=Decimal(1), unit="岁", kind="age")])
    report = Report(sections=[Section(title="名词解释", kind="glossary")], glossary=[term])
    [(path, found)] = list(report.metrics())
    assert [s.kind for s in path] == ["glossary"] and (found.value_min, found.value) == (1, 3)


def test_a_plan_s_section_number_is_made_after_its_parent_s() -> None:
    assert (make_label("decimal", 2), make_label("decimal", 3, parent="1.2")) == ("2", "1.2.3")
    with pytest.raises(ValueError, match="no section number"):
        make_label("decimal", 1, parent="1.1.1.1")
