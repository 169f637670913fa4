"""Lines whose file declares their heading depth (Word heading styles and outline levels, HTML <h1>–<h6>)."""

from __future__ import annotations

from govdoc.parsing import parse_lines
from govdoc.parsing.source import SourceLine


def lines(spec: list[tuple[str, int | None]]) -> list[SourceLine]:
    return [SourceLine(text=text, origin=number, level=level, style=f"Heading {level}" if level else "Normal")
            for number, (text, level) in enumerate(spec, start=1)]


def test_a_declared_heading_is_a_heading_at_its_depth_whatever_its_wording() -> None:
    report = parse_lines(lines([
        ("某某区2025年工作总结", 0), ("一、主要工作", 1), ("（一）经济运行", 2), ("全年地区生产总值增长5%。", None),
        ("营商环境", 3), ("营商环境持续优化，新增企业100家。", None), ("二、存在问题", 1), ("问题依然不少。", None),
        ("下一步打算", 1), ("1.加强监管", None), ("要加强监管。", None), ("2.优化服务", None), ("要优化服务。", None),
    ]), source="declared")
    assert report.meta.title == "某某区2025年工作总结"
    assert [(level, s.label, s.title) for level, s in report.walk()] == [
        (1, "一、", "主要工作"), (2, "（一）", "经济运行"), (3, None, "营商环境"), (1, "二、", "存在问题"),
        (1, None, "下一步打算"), (2, "1.", "加强监管"), (2, "2.", "优化服务"),
    ]
    assert [p.text for p in report.sections[0].children[0].children[0].paragraphs] == [
        "营商环境持续优化，新增企业100家。"]


def test_declared_headings_never_merge_with_their_neighbours() -> None:
    """Two short heading lines one under the other are two headings, not a title over two lines."""
    report = parse_lines(lines([
        ("工作报告", 0), ("总体情况", 1), ("主要做法", 2), ("我们做了很多工作。", None), ("名词解释", 1),
        ("1.网格化：指把社区划成网格管理。", None),
    ]), source="declared")
    assert [(level, s.title) for level, s in report.walk()] == [(1, "总体情况"), (2, "主要做法"), (1, "名词解释")]
    assert [(t.term, t.definition) for t in report.glossary] == [("网格化", "指把社区划成网格管理。")]


def test_a_declared_heading_that_repeats_the_title_stays() -> None:
    report = parse_lines(lines([("社区工作", 0), ("社区工作", 1), ("今年社区工作平稳。", None)]), source="declared")
    assert report.meta.title == "社区工作"
    assert [(level, s.title) for level, s in report.walk()] == [(1, "社区工作")]


def test_under_a_declared_glossary_heading_unnumbered_entries_are_terms() -> None:
    report = parse_lines(lines([
        ("工作报告", 0), ("总体情况", 1), ("我们做了很多工作。", None), ("名词解释", 1),
        ("网格化：指把社区划成网格管理。", None), ("一网通办：指政务服务一个入口办理。", None),
    ]), source="declared")
    assert [(t.number, t.term) for t in report.glossary] == [(None, "网格化"), (None, "一网通办")]


def test_a_run_in_heading_in_body_text_continues_a_declared_series_as_its_sibling() -> None:
    """Word files set a title-only "（一）" in a heading style and a run-in "（二）标题。正文" as body text:
    "（二）" is the sibling of "（一）", not a heading below the leads of "（一）"; a "（一）" that starts
    a list again, or a number that does not follow, still nests below."""
    report = parse_lines(lines([
        ("工作报告", 0), ("三、重点工作", 1), ("（一）建设现代化产业体系", 2),
        ("一要加快发展。全年新增企业100家。", None), ("二要优化服务。办理事项1000件。", None),
        ("（二）推进创新驱动。一要加大投入。全年投入10亿元。", None),
        ("（三）深化改革攻坚。一要深化改革。改革事项20项。", None), ("四、自身建设", 1), ("（一）加强作风建设", 2),
        ("（五）继续开展学习。全年学习30次。", None),
    ]), source="declared")
    tree = [(level, s.label, s.title) for level, s in report.walk() if s.label is not None]
    assert tree[:6] == [(1, "三、", "重点工作"), (2, "（一）", "建设现代化产业体系"), (2, "（二）", "推进创新驱动"),
                        (2, "（三）", "深化改革攻坚"), (1, "四、", "自身建设"), (2, "（一）", "加强作风建设")]
    assert (2, "（五）", "继续开展学习") not in tree


def test_a_declared_heading_that_prints_an_attachment_label_is_the_attachment() -> None:
    for printed, label, title in [("附件2 2026年民生实事项目", "附件2", "2026年民生实事项目"),
                                  ("附件 《政府工作报告》名词解释", "附件", "《政府工作报告》名词解释"),
                                  ("附件3：重点项目清单", "附件3", "重点项目清单")]:
        report = parse_lines(lines([("工作报告", 0), ("一、总体情况", 1), ("我们做了很多工作。", None), (printed, 1),
                                    ("1.第一个项目。", None)]), source="declared")
        assert (label, title) in [(s.label, s.title) for s in report.sections], printed
    report = parse_lines(lines([("工作报告", 0), ("附件材料清单", 1), ("1.第一份材料。", None)]), source="declared")
    assert [(s.label, s.title) for s in report.sections] == [(None, "附件材料清单")]
