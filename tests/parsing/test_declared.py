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
