"""The review page writer: deterministic, self-contained, escaping everything, every figure once."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings

import govdoc
from govdoc.cli import main
from govdoc.formats import get_format
from govdoc.formats.html.write import write_html
from govdoc.model import Cell, GlossaryTerm, Meta, Metric, Paragraph, Report, Section, Table
from govdoc.testing import reports

ROOT = Path(__file__).resolve().parents[3]
SEED = ROOT / "seeds" / "002_5882736a434af4c6.txt"
HOSTILE = '</script><img src=x onerror="alert(1)"><script>alert(2)</script>&amp;<!--'


def tree(page: bytes) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(page)


def figures(page: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return page.xpath("//span[contains(concat(' ', @class, ' '), ' fig ')]")  # type: ignore[no-any-return]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=reports())
def test_every_report_renders_with_every_figure_once(report: Report) -> None:
    page = tree(write_html(report))
    spans = figures(page)
    metrics = [metric for _, metric in report.metrics(bare_cells=True)]
    shown = sorted((int(s.get("data-i")), s.text_content(), s.get("data-kind")) for s in spans)
    assert shown == [(index, m.text, m.kind) for index, m in enumerate(metrics)]
    paragraphs = {p.text_content() for p in page.xpath("//main//p")}
    captions = {c.text_content() for c in page.xpath("//main//table/caption")}  # (a table's caption paragraph)
    for _, paragraph in report.paragraphs():
        assert paragraph.text in paragraphs or (paragraph.kind == "caption" and paragraph.text in captions)
    assert len(captions) <= sum(1 for _, p in report.paragraphs() if p.kind == "caption")
    assert len(page.xpath("//script")) == 1


def test_the_bytes_are_deterministic() -> None:
    report = govdoc.parse(SEED.read_bytes(), source=SEED.name)
    first = write_html(report)
    assert first == write_html(report) == write_html(govdoc.parse(SEED.read_bytes(), source=SEED.name))
    assert first.startswith(b"<!DOCTYPE html>\n<html lang=\"zh-CN\">")


def test_the_page_is_self_contained() -> None:
    page = write_html(govdoc.parse(SEED.read_bytes()))
    document = tree(page)
    assert document.xpath("//link") == [] and document.xpath("//script[@src]") == [] and document.xpath("//img") == []
    assert b"http://" not in page and b"https://" not in page
    assert document.xpath("//style") and document.xpath("//meta[@name='viewport']")


def test_findings_are_listed_and_marked_in_place() -> None:
    document = tree(write_html(govdoc.parse(SEED.read_bytes())))
    items = document.xpath("//section[@id='findings']//li[contains(@class, 'finding')]")
    assert [item.get("class") for item in items] == ["finding sev-error", "finding sev-error"]
    assert "8.33%" in items[1].text_content()
    flagged = [s for s in figures(document) if "flag" in s.get("class").split()]
    assert sorted(s.text_content() for s in flagged) == sorted(["25%", "50%", "8.22%", "16.67%", "2条", "24条"])
    share = next(s for s in flagged if s.text_content() == "8.22%")
    assert share.get("data-findings") == "f-0 f-1" and "flag-error" in share.get("class")
    assert [a.get("href") for a in share.getparent().xpath("a[@class='fmark']")] == ["#f-0", "#f-1"]
    part = next(s for s in flagged if s.text_content() == "2条")
    total = next(s for s in flagged if s.text_content() == "24条")
    assert items[1].xpath(".//a/@href") == [f"#{s.get('id')}" for s in (share, part, total)]


def test_hostile_text_is_escaped_everywhere() -> None:
    text = f"正文{HOSTILE}共3个。"
    at = text.index("3个")
    metric = Metric(text="3个", start=at, end=at + 2, value=3, unit="个", indicator=HOSTILE)
    report = Report(
        meta=Meta(title=f"标题{HOSTILE}", issuer=HOSTILE, source=f"x{HOSTILE}.txt"),
        sections=[
            Section(label="一、", number=1, title=f"章节{HOSTILE}",
                    paragraphs=[Paragraph(text=text, metrics=[metric]), Paragraph(text=HOSTILE, kind="caption")],
                    tables=[Table(header=[[Cell(text=HOSTILE)]], rows=[[Cell(text=HOSTILE)]],
                                  notes=[HOSTILE], position=2)]),
            Section(title="名词解释", kind="glossary"),
        ],
        glossary=[GlossaryTerm(number=1, term=HOSTILE, definition=f"释义{HOSTILE}")],
    )
    page = write_html(report)
    document = tree(page)
    assert len(document.xpath("//script")) == 1 and document.xpath("//img") == []
    assert page.count(b"<script") == 1 and b"<img" not in page and b"<!--" not in page
    assert document.xpath("//h1")[0].text_content() == f"标题{HOSTILE}"
    assert document.xpath("//section[contains(@class, 'sec')]/p")[0].text_content() == text
    assert figures(document)[0].get("data-indicator") == HOSTILE
    assert document.xpath("//table/caption")[0].text_content() == HOSTILE
    assert document.xpath("//dl[@class='glossary']/dt")[0].text_content() == f"1. {HOSTILE}"
    assert HOSTILE in document.xpath("//title")[0].text_content()


def test_tables_are_tables_with_their_figures() -> None:
    value = Metric(text="612.4", start=0, end=5, value=Decimal("6124000"), unit="人", indicator="常住人口")
    table = Table(unit="单位：万人",
                  header=[[Cell(text="指标", rowspan=2), Cell(text="年末数", colspan=2)],
                          [Cell(text="2024"), Cell(text="2025")]],
                  rows=[[Cell(text="常住人口"), Cell(text="610.0"), Cell(text="612.4", metrics=[value])]],
                  notes=["注：初步统计数。"], position=2)
    report = Report(sections=[Section(label="一、", number=1, title="人口",
                                      paragraphs=[Paragraph(text="人口稳定。"),
                                                  Paragraph(text="表1 年末常住人口", kind="caption")],
                                      tables=[table])])
    document = tree(write_html(report))
    grid = document.xpath("//table")[0]
    assert grid.xpath("caption")[0].text == "表1 年末常住人口"
    assert [(th.text_content(), th.get("rowspan"), th.get("colspan")) for th in grid.xpath("thead/tr[1]/th")] == [
        ("指标", "2", None), ("年末数", None, "2")]
    assert [td.text_content() for td in grid.xpath("tbody/tr/td")] == ["常住人口", "610.0", "612.4"]
    assert figures(document)[0].getparent().tag == "td" and figures(document)[0].get("data-value") == "6,124,000"
    assert document.xpath("//p[@class='unit']")[0].text == "单位：万人"
    body = document.xpath("//section[@id='s-1']/*")
    assert [e.tag for e in body] == ["h2", "p", "div"]  # the table after the paragraph it follows


def test_the_outline_links_every_heading() -> None:
    report = govdoc.parse(SEED.read_bytes())
    document = tree(write_html(report))
    links = document.xpath("//nav//a/@href")
    sections = [s for _, s in report.walk()]
    assert links == ["#findings", *[f"#s-{n}" for n in range(1, len(sections) + 1)]]
    for number, section in enumerate(sections, 1):
        heading = document.xpath(f"//section[@id='s-{number}']/*[starts-with(name(), 'h') and name() != 'hr']")
        assert heading[0].text_content() == f"{section.label or ''}{section.title}"


def test_the_format_and_the_command_line_write_it(tmp_path: Path) -> None:
    report = govdoc.parse(SEED.read_bytes(), source=SEED.name)
    assert get_format("html").writer(report) == write_html(report)
    target = tmp_path / "review.html"
    assert main(["convert", str(SEED), "-t", "html", "-o", str(target)]) == 0
    assert target.read_bytes() == write_html(report)


def test_a_range_carries_its_lower_bound_and_is_shown_low_to_high() -> None:
    """A range's value is its upper bound (data-value) and value_min its lower (data-min); shown "low – high"."""
    text = "补贴3-5万元。"
    ranged = Metric(text="3-5万元", start=2, end=7, value=Decimal(50000), value_min=Decimal(30000), unit="元",
                    kind="money", currency="CNY")
    single = Metric(text="5万元", start=0, end=3, value=Decimal(50000), unit="元", kind="money", currency="CNY")
    report = Report(sections=[Section(title="补贴", paragraphs=[Paragraph(text=text, metrics=[ranged]),
                                                              Paragraph(text="5万元。", metrics=[single])])])
    first, second = figures(tree(write_html(report)))
    assert (first.get("data-value"), first.get("data-min"), first.get("data-max")) == ("50,000", "30,000", None)
    assert first.get("title").startswith("30,000 – 50,000 元 · ")
    assert (second.get("data-value"), second.get("data-min")) == ("50,000", None)
    assert second.get("title").startswith("50,000 元 · ")


def test_one_metric_object_used_twice_is_two_figures() -> None:
    shared = Metric(text="3个", start=2, end=4, value=3, unit="个")
    report = Report(sections=[Section(title="社区", paragraphs=[Paragraph(text="新建3个。", metrics=[shared]),
                                                              Paragraph(text="改建3个。", metrics=[shared])])])
    spans = figures(tree(write_html(report)))
    assert [s.get("data-i") for s in spans] == ["0", "1"]


def test_reading_html_is_a_clean_error_without_the_page_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    """The writer may land before the reader: reading then fails as a FormatError, not a crash."""
    import importlib

    import govdoc.formats.html as package

    real = importlib.import_module

    def without_reader(name: str, package_name: str | None = None) -> object:
        if name == "govdoc.formats.html.read":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return real(name, package_name)

    monkeypatch.setattr(package.importlib, "import_module", without_reader)
    with pytest.raises(govdoc.FormatError, match="reading HTML pages is not available"):
        package.from_bytes(b"<html></html>", source="page.html")
