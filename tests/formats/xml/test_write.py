"""The XML writer: every field, figures inline, markup of each element, deterministic bytes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from lxml import etree

from govdoc.errors import FormatError
from govdoc.formats.xml import names as n
from govdoc.formats.xml import read_xml, write_xml
from govdoc.model import (
    Meta,
    Paragraph,
    Report,
    Section,
)
from govdoc.numbering import FAMILY_NAMES, make_label

from .helpers import NS, full_report, metric, written


def test_every_field_round_trips() -> None:
    report = full_report()
    back = read_xml(written(report))
    assert back.model_dump() == report.model_dump()


def test_figures_are_inline_where_they_stand() -> None:
    text = "全年引进企业139家，吸引内资3.45亿元。"
    report = Report(sections=[Section(label="一、", number=1, title="经济", paragraphs=[Paragraph(
        text=text, metrics=[metric("139家", 6, value=Decimal(139), unit="家"),
                            metric("3.45亿元", 15, value=Decimal("345000000"), unit="元", kind="money",
                                   currency="CNY")])])])
    data = written(report).decode()
    assert ('<p>全年引进企业<metric value="139" unit="家" kind="count">139家</metric>，吸引内资'
            '<metric value="345000000" unit="元" kind="money" currency="CNY">3.45亿元</metric>。</p>') in data
    # XPath sees the paragraph text whole
    root = etree.fromstring(data.encode())
    assert root.xpath("string(//g:p)", namespaces=NS) == text


def test_every_metric_field_is_an_attribute() -> None:
    data = written(full_report())
    root = etree.fromstring(data)
    figure = root.xpath("//g:metric[@value-min]", namespaces=NS)[0]
    assert dict(figure.attrib) == {"value": "50000", "value-min": "30000", "unit": "平方米", "kind": "area"}
    assert root.xpath("//g:metric[@value-max]", namespaces=NS) == []  # (schema 1.1's, read but never written)
    money = root.xpath("//g:metric[@currency]", namespaces=NS)[0]
    assert dict(money.attrib) == {"value": "345000000", "unit": "元", "kind": "money", "currency": "CNY",
                                  "approx": "about", "qualifier": "约", "indicator": "吸引内资"}
    assert money.text == "约3.45亿元"


def test_glossary_entries_stand_in_the_glossary_section() -> None:
    root = etree.fromstring(written(full_report()))
    glossary = root.xpath("//g:glossary", namespaces=NS)
    assert len(glossary) == 1 and glossary[0].get("label") == "二、"
    terms = [e.findtext(f"{{{n.NAMESPACE}}}term") for e in glossary[0].iterfind(f"{{{n.NAMESPACE}}}entry")]
    assert terms == ["三送进企业", "一网通办"]
    definition = root.xpath("string(//g:entry[1]/g:definition)", namespaces=NS)
    assert definition == "送政策、送健康、送文体活动进企业，全年300场。"


def test_articles_captions_bylines_and_meta_have_their_markup() -> None:
    root = etree.fromstring(written(full_report()))
    article = root.xpath("//g:section[@kind='article']", namespaces=NS)[0]
    assert [etree.QName(child).localname for child in article] == [
        "kicker", "title", "subtitle", "byline", "p", "p"]
    assert [p.get("kind") for p in article.iterfind(f"{{{n.NAMESPACE}}}p")] == ["caption", "byline"]
    meta = root.find(f"{{{n.NAMESPACE}}}meta")
    assert [etree.QName(child).localname for child in meta] == [
        "title", "subtitle", "issuer", "date", "publication", "issue", "index-number", "category",
        "doc-number", "author", "author", "source"]
    assert meta.findtext(f"{{{n.NAMESPACE}}}date") == "2024-01-29"
    assert root.xpath("//g:section[@label='一、']/@lines", namespaces=NS) == ["8-12"]


def test_output_is_pretty_deterministic_utf8_with_namespace_and_version() -> None:
    report = full_report()
    data = written(report)
    assert data == write_xml(full_report())
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<report xmlns="urn:govdoc:report:1" '
                           b'schema-version="1.2">\n  <meta>\n    <title>')
    assert "东明路".encode() in data  # Chinese as itself, no character references
    assert b"&#" not in data
    assert data.endswith(b"</report>\n")
    root = etree.fromstring(data)
    assert root.tag == f"{{{n.NAMESPACE}}}report" and root.get("schema-version") == report.schema_version


def test_no_indentation_is_added_inside_text() -> None:
    """A paragraph made only of figures has element children and no text: it must not be indented."""
    text = "139家5个"
    report = Report(preamble=[Paragraph(text=text, metrics=[metric("139家", 0, value=Decimal(139), unit="家"),
                                                             metric("5个", 4, value=Decimal(5), unit="个")])])
    data = written(report)
    assert (b'<p><metric value="139" unit="\xe5\xae\xb6" kind="count">139\xe5\xae\xb6</metric>'
            b'<metric value="5" unit="\xe4\xb8\xaa" kind="count">5\xe4\xb8\xaa</metric></p>') in data
    assert read_xml(data) == report


@pytest.mark.parametrize("text", ["a<b&c>d", "x]]>y", "𠀀𠀁龘", "甲\u3000\u3000乙  丙\u00a0丁",
                                  "“引号”‘单’\"'", "&amp;lt;", "\u200b甲\u200b", "a\ufeffb", "\u202e甲",
                                  "a\ufdd0b", "a\U0001fffeb", "a\U0010fffdb", "a\ue000b"])
def test_characters_survive(text: str) -> None:
    report = Report(meta=Meta(title=text, authors=[text], source=f" {text}\t\r\n"),
                    sections=[Section(title=text, byline=text, paragraphs=[Paragraph(text=text)])])
    back = read_xml(written(report))
    assert back.model_dump() == report.model_dump()


def test_source_with_characters_xml_cannot_carry_is_refused_clearly() -> None:
    with pytest.raises(ValueError, match=r"U\+0001, which XML 1.0 cannot carry"):
        Meta(source="bad\x01name.txt")
    # a Report built without validation is still refused by the writer, with the field named
    report = Report(meta=Meta.model_construct(source="bad\x01name.txt"))
    with pytest.raises(FormatError, match=r"Meta.source contains U\+0001"):
        write_xml(report)


def test_the_model_forbids_what_xml_cannot_carry() -> None:
    for bad in ("a\x00b", "a\x1bb", "a\ud800b", "a\uffffb", "a\x9fb"):
        with pytest.raises(ValueError, match="XML cannot carry"):
            Paragraph(text=bad)
    with pytest.raises(ValueError):
        Paragraph(text="a\x85b")  # NEL: a C1 control and a line break


def test_labels_of_every_family_validate() -> None:
    sections = []
    for family in FAMILY_NAMES:
        numbers = [None] if family == "bullet" else range(1, 21)
        for number in numbers:
            for ascii_parens in (False, True):
                label = make_label(family, number, ascii_parens=ascii_parens)
                sections.append(Section(label=label, number=number, title="标题"))
    sections += [Section(label=label, number=1, title="标题") for label in ("1、", "1．", "(一)")]
    report = Report(sections=sections)
    assert read_xml(written(report)) == report


def test_tables_title_figures_and_columns_are_marked_up() -> None:
    from govdoc.model import Cell, Table

    cell = metric("612.4万人", 0, value=Decimal("6124000"), unit="人", column="年末数", indicator="全市常住人口")
    table = Table(unit="单位：万人",
                  header=[[Cell(text="指标", rowspan=2), Cell(text="年末数", colspan=2)], [Cell(), Cell(text="乙")]],
                  rows=[[Cell(text="全市常住人口"), Cell(text="612.4万人", metrics=[cell])]], notes=["注：初步。"],
                  position=1)
    title = metric("5000亿元", 4, value=Decimal("500000000000"), unit="元", kind="money")
    report = Report(sections=[Section(title="经济总量5000亿元", title_metrics=[title],
                                      paragraphs=[Paragraph(text="甲。"), Paragraph(text="乙。")], tables=[table])],
                    preamble_tables=[Table(rows=[[Cell(text="丙")]])])
    data = written(report)
    root = etree.fromstring(data)
    assert root.find("g:preamble/g:table/g:tbody/g:tr/g:td", NS).text == "丙"
    section = root.find("g:body/g:section", NS)
    assert [etree.QName(c).localname for c in section] == ["title", "p", "table", "p"]
    title_element = section.find("g:title", NS)
    assert title_element.text == "经济总量" and title_element[0].get("unit") == "元"
    tds = section.findall("g:table/g:thead/g:tr/g:td", NS)
    assert [(td.get("colspan"), td.get("rowspan"), td.text) for td in tds] == [
        (None, "2", "指标"), ("2", None, "年末数"), (None, None, None), (None, None, "乙")]
    figure = section.find("g:table/g:tbody/g:tr/g:td/g:metric", NS)
    assert (figure.text, figure.get("column"), figure.get("indicator")) == ("612.4万人", "年末数", "全市常住人口")
    assert [e.text for e in section.findall("g:table/g:note", NS)] == ["注：初步。"]
    assert read_xml(data) == report
