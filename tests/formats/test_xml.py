"""govdoc XML: exact round trips, schema validity of every output, the names module, safe reading."""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
import typing
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import govdoc
from govdoc.errors import FormatError, LimitError, SchemaError
from govdoc.formats import get_format
from govdoc.formats import xml as gx
from govdoc.formats import xml_names as n
from govdoc.formats.xml import read_xml, validate_xml, write_xml
from govdoc.model import (
    Approx,
    Change,
    GlossaryTerm,
    LineSpan,
    Meta,
    Metric,
    MetricKind,
    Paragraph,
    ParagraphKind,
    Report,
    Section,
    SectionKind,
)
from govdoc.numbering import FAMILY_NAMES, make_label
from govdoc.testing import reports

ROOT = Path(__file__).resolve().parents[2]
XSD = ROOT / "schemas" / "govdoc.xsd"
PACKAGED_XSD = ROOT / "src" / "govdoc" / "data" / "govdoc.xsd"
XMLLINT = shutil.which("xmllint")
SCHEMA = etree.XMLSchema(etree.parse(str(XSD)))
XS = "{http://www.w3.org/2001/XMLSchema}"
NS = {"g": n.NAMESPACE}


def assert_valid(data: bytes, *, xmllint: bool = True) -> None:
    """The document validates against schemas/govdoc.xsd with lxml, and with xmllint when installed."""
    document = etree.fromstring(data)
    assert SCHEMA.validate(document), str(SCHEMA.error_log)
    if xmllint:
        assert_valid_with_xmllint([data])


def assert_valid_with_xmllint(documents: list[bytes]) -> None:
    """All documents validate with one ``xmllint --schema`` run (when xmllint is installed)."""
    if not XMLLINT or not documents:
        return
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index, data in enumerate(documents):
            path = Path(folder) / f"{index}.xml"
            path.write_bytes(data)
            paths.append(str(path))
        result = subprocess.run([XMLLINT, "--noout", "--nonet", "--schema", str(XSD), *paths],
                                capture_output=True, check=False)
    assert result.returncode == 0, result.stderr.decode()[:2000]


def reformatted(data: bytes) -> bytes:
    """What ``xmllint --format`` makes of a document (the same libxml2 code, through lxml)."""
    tree = etree.fromstring(data, etree.XMLParser(remove_blank_text=True))
    return etree.tostring(tree, pretty_print=True, encoding="UTF-8", xml_declaration=True)


def written(report: Report) -> bytes:
    """write_xml, with the output checked against the schema: every test gets its XML from here."""
    data = write_xml(report)
    assert_valid(data)
    return data


def doc(body: str, *, meta: str = "") -> bytes:
    """A hand-written govdoc document around ``body`` (the content of <body>)."""
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<report xmlns="{n.NAMESPACE}" schema-version="1.0">'
            f"{meta}<body>{body}</body></report>\n").encode()


def metric(text: str, start: int, **fields: typing.Any) -> Metric:
    return Metric(text=text, start=start, end=start + len(text), **fields)


def test_xmllint_is_used_when_ci_says_so() -> None:
    """CI installs libxml2-utils; locally a missing xmllint only narrows the check to lxml."""
    if os.environ.get("CI"):
        assert XMLLINT, "CI must install xmllint (libxml2-utils) so outputs are validated twice"


# ------------------------------------------------------------------------------------- round trips


def test_round_trip_of_every_generated_report() -> None:
    outputs: list[bytes] = []

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(reports())
    def round_trip(report: Report) -> None:
        data = write_xml(report)
        assert_valid(data, xmllint=False)  # lxml here, xmllint once over all outputs below
        back = read_xml(data)
        assert back == report
        assert back.model_dump() == report.model_dump()  # provenance included: XML carries it
        assert write_xml(back) == data  # a fixed point: reading and writing again changes no byte
        assert read_xml(data.replace(b"\n", b"\r\n")).model_dump() == report.model_dump()  # CRLF files
        assert read_xml(reformatted(data)).model_dump() == report.model_dump()  # as xmllint --format
        outputs.append(data)

    round_trip()
    assert len(outputs) >= 300
    assert_valid_with_xmllint(outputs)


XML_CHARS = st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufffe\uffff")


TRICKY = ["<&>", "]]>", "a]]>b", "&amp;", "\"'", "𠀀𠀁𪚥", "甲\u3000\u3000乙", "a  b", "x\u00a0y", "&#x41;",
          "<![CDATA[x]]>"]


@st.composite
def lines(draw: st.DrawFn, *, title: bool = False) -> str:
    """Any single line the model accepts: markup characters, astral CJK, odd spaces inside."""
    raw = draw(st.text(XML_CHARS, min_size=1, max_size=30) | st.sampled_from(TRICKY))
    text = raw.replace("\u2028", "").replace("\u2029", "").strip()
    if title:
        text = text.rstrip("。").strip()
    return text or "甲"


@st.composite
def odd_reports(draw: st.DrawFn) -> Report:
    """Reports whose every string is drawn from all of Unicode that XML can carry."""
    text_before, figure, text_after = draw(lines()), draw(lines()), draw(lines())
    text = text_before + figure + text_after
    paragraph = Paragraph(text=text, metrics=[metric(figure, len(text_before), value=Decimal("1.5"),
                                                       unit=draw(lines()), indicator=draw(lines()),
                                                       approx="about", qualifier=draw(lines()))])
    source = draw(st.none() | st.text(st.characters(blacklist_categories=("Cs",), min_codepoint=9)
                                      .filter(gx._xml_char), max_size=20))
    meta = Meta(title=draw(lines()), issuer=draw(lines()), doc_number=draw(lines()), authors=[draw(lines())],
                source=source)
    section = Section(title=draw(lines(title=True)), kicker=draw(lines()), subtitle=draw(lines()),
                      byline=draw(lines()), kind="article", paragraphs=[paragraph])
    return Report(meta=meta, preamble=[Paragraph(text=draw(lines()), kind="salutation")], sections=[section])


def test_round_trip_of_any_characters_xml_can_carry() -> None:
    outputs: list[bytes] = []

    @settings(max_examples=300, deadline=None)
    @given(odd_reports())
    def round_trip(report: Report) -> None:
        data = write_xml(report)
        assert_valid(data, xmllint=False)
        back = read_xml(data)
        assert back == report
        assert back.model_dump() == report.model_dump()
        outputs.append(data)

    round_trip()
    assert len(outputs) >= 300
    assert_valid_with_xmllint(outputs)


def full_report() -> Report:
    """One Report that sets every field of every model at least once."""
    text = "全年引进企业139家，吸引内资约3.45亿元，增长12.5%，面积3至5万平方米。"
    metrics = [
        metric("139家", text.index("139家"), value=Decimal(139), unit="家", kind="count",
               indicator="引进企业"),
        metric("约3.45亿元", text.index("约"), value=Decimal("345000000"), unit="元", kind="money",
               currency="CNY", approx="about", qualifier="约", indicator="吸引内资"),
        metric("12.5%", text.index("12.5%"), value=Decimal("12.5"), unit="%", kind="percent",
               change="increase"),
        metric("3至5万平方米", text.index("3至5"), value=Decimal(30000), value_max=Decimal(50000),
               unit="平方米", kind="area"),
    ]
    definition = "送政策、送健康、送文体活动进企业，全年300场。"
    meta = Meta(title="东明路街道办事处2023年工作报告", subtitle="——东明路街道办事处工作报告",
                issuer="东明路街道", date=dt.date(2024, 1, 29), publication="社区晨报", issue="第42期",
                index_number="11310115MB2F13658N/2024-00012", category="主动公开",
                doc_number="浦府〔2024〕3号", authors=["记者 武钢", "通讯员 鲁瑛"], source="seeds/003.txt")
    run_in = Section(label="（一）", number=1, title="区域规划战略引领", run_in=True,
                     paragraphs=[Paragraph(text="立足资源禀赋。")])
    economy = Section(label="一、", number=1, title="经济发展", lines=LineSpan(first=8, last=12),
                      paragraphs=[Paragraph(text=text, metrics=metrics, lines=LineSpan(first=9, last=11))],
                      children=[run_in])
    glossary = Section(title="名词解释", kind="glossary", label="二、", number=2,
                       paragraphs=[Paragraph(text="本报告用语如下：", kind="note")])
    part = Section(label="第一部分", number=1, title="2023年工作回顾", kind="part",
                   lines=LineSpan(first=7, last=40), children=[economy, glossary])
    article = Section(title="家门口的服务站", kind="article", kicker="社区新闻", subtitle="记东明路街道",
                      byline="记者 武钢", paragraphs=[Paragraph(text="图为志愿者在服务站。", kind="caption"),
                                                     Paragraph(text="本报记者 武钢", kind="byline")])
    terms = [GlossaryTerm(number=1, term="三送进企业", definition=definition,
                          lines=LineSpan(first=90, last=91),
                          metrics=[metric("300场", definition.index("300"), value=Decimal(300), unit="场")]),
             GlossaryTerm(term="一网通办", definition="政务服务一网办理。")]
    salutation = Paragraph(text="各位代表：", kind="salutation", lines=LineSpan(first=5, last=5))
    return Report(meta=meta, preamble=[salutation],
                  sections=[part, article, Section(label="●", title="其他", kind="subhead")], glossary=terms)


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
    figure = root.xpath("//g:metric[@value-max]", namespaces=NS)[0]
    assert dict(figure.attrib) == {"value": "30000", "value-max": "50000", "unit": "平方米", "kind": "area"}
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
                           b'schema-version="1.0">\n  <meta>\n    <title>')
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


# ----------------------------------------------------------------------------- reading other inputs


def test_reads_str_other_encodings_comments_and_cdata() -> None:
    report = full_report()
    data = written(report)
    assert read_xml(data.decode()) == report
    assert read_xml(bytearray(data)) == report  # type: ignore[arg-type]  # bytes-like objects too
    assert read_xml(memoryview(data)) == report  # type: ignore[arg-type]
    for codec in ("utf-16", "utf-16-le", "utf-32", "gb18030"):
        encoded = data.decode().replace('encoding="UTF-8"', f'encoding="{codec.upper()}"').encode(codec)
        assert read_xml(encoded) == report, codec
    hand = doc('<section><title>标<!-- 注释 -->题&#x41;&#65;&lt;</title>'
               '<p>甲<?pi x?>乙<![CDATA[<丙>&]]></p></section>')
    back = read_xml(hand)
    assert back.sections[0].title == "标题AA<"
    assert back.sections[0].paragraphs[0].text == "甲乙<丙>&"


def test_attribute_defaults_and_lexical_variants_are_read() -> None:
    data = doc('<section label="一、" number=" 01 " run-in=" 1 "><title>甲</title>'
               '<p>共<metric value=" 5.0 " unit="家">5家</metric></p></section>',
               meta="<meta><date> 2024-01-29 </date></meta>")
    report = read_xml(data)
    section = report.sections[0]
    assert (section.number, section.run_in, section.kind) == (1, True, "section")
    assert section.paragraphs[0].kind == "text"
    assert section.paragraphs[0].metrics[0].kind == "count"
    assert section.paragraphs[0].metrics[0].value == Decimal(5)
    assert report.meta.date == dt.date(2024, 1, 29)


def test_format_registry_and_package_exports() -> None:
    report = full_report()
    fmt = get_format("xml")
    assert fmt.load() is gx
    data = fmt.writer(report)
    assert_valid(data)
    assert fmt.reader(data, source="x.xml") == report
    assert govdoc.write_xml is write_xml and govdoc.read_xml is read_xml


# ------------------------------------------------------------------------------------ invalid input

INVALID = [
    ('<section><p>无标题</p></section>', 1, "title"),
    ('<section kind="chapter"><title>甲</title></section>', 1, "kind"),
    ('<section><title>甲</title><p kind="poem">乙</p></section>', 1, "poem"),
    ('<section><title>甲。</title></section>', 1, "pattern"),
    ('<section><title> 甲</title></section>', 1, "pattern"),
    ('<section label="一、" number="0"><title>甲</title></section>', 1, "number"),
    ('<section label="甲"><title>甲</title></section>', 1, "label"),
    ('<section><title>甲</title><p>共<metric unit="家">5家</metric></p></section>', 1, "value"),
    ('<section><title>甲</title><p>共<metric value="5e3" unit="家">5家</metric></p></section>', 1,
     "value"),
    ('<section><title>甲</title><p>共<metric value="5" unit="家" approx="roughly">5家</metric></p>'
     '</section>', 1, "approx"),
    ('<section><title>甲</title><p lines="0-3">乙</p></section>', 1, "lines"),
    ('<section><title>甲</title><p><metric value="5" unit="家"></metric></p></section>', 1, "metric"),
    ('<section><title>甲</title>\n<unknown/></section>', 2, "unknown"),
    ('<section><title>甲</title><p>乙</p><section><title>丙</title></section><p>丁</p></section>', 1, "p"),
    ('<section><title>甲</title>stray text</section>', 1, "Character content"),
    ('<entry><term>甲</term><definition>乙</definition></entry>', 1, "entry"),
]


@pytest.mark.parametrize(("body", "line", "word"), INVALID)
def test_schema_invalid_documents_are_refused_with_line_numbers(body: str, line: int, word: str) -> None:
    data = doc("\n" + body)  # the body starts on line 3 of the document
    with pytest.raises(SchemaError) as caught:
        read_xml(data, source="bad.xml")
    message = str(caught.value)
    assert message.startswith("bad.xml: not valid govdoc XML: line ")
    assert f"line {line + 2}:" in message
    assert word in message
    problems = validate_xml(data)
    assert problems and problems[0].line == line + 2


MODEL_INVALID = [
    ('<section label="一、" number="2"><title>甲</title></section>', "stands for 1, not 2"),
    ('<section label="一、"><title>甲</title></section>', "stands for 1, not None"),
    ('<section run-in="true"><title>甲</title></section>', "run-in heading needs the paragraph"),
    ('<section><title>甲</title><p> 乙</p></section>', "whitespace"),
    ('<section><title>甲</title><p>乙\n丙</p></section>', "text: "),
    ('<section><title>甲</title><p>乙<metric value="5" unit="家" approx="about">5家</metric></p></section>',
     "approx and qualifier"),
    ('<section><title>甲</title><p lines="5-3">乙</p></section>', "ends (3) before it starts (5)"),
    ('<glossary><title>名词解释</title></glossary><glossary><title>又一个</title></glossary>',
     "at most one glossary section (the first is on line 3)"),
]


@pytest.mark.parametrize(("body", "words"), MODEL_INVALID)
def test_model_invariants_are_refused_with_line_numbers(body: str, words: str) -> None:
    data = doc("\n" + body)
    with pytest.raises(SchemaError, match=r"line 3: <\w+>: .*" + re.escape(words)):
        read_xml(data)
    assert [p.line for p in validate_xml(data)] == [3]


def test_wrong_root_namespace_or_version_is_named() -> None:
    with pytest.raises(SchemaError, match=r"root element is <report> in no namespace"):
        read_xml(b'<report schema-version="1.0"/>')
    with pytest.raises(SchemaError, match=r"root element is <html>"):
        read_xml(b'<html xmlns="http://www.w3.org/1999/xhtml"/>')
    with pytest.raises(SchemaError, match=r"schema-version '2.0' is not one this govdoc reads \(1.0\)"):
        read_xml(f'<report xmlns="{n.NAMESPACE}" schema-version="2.0"/>'.encode())


def test_validate_reports_every_schema_problem() -> None:
    data = doc('\n<section kind="x"><title>甲</title></section>\n<section><p>乙</p></section>')
    problems = validate_xml(data)
    assert [p.line for p in problems] == [3, 4]
    assert "kind" in problems[0].message and "'section'" in problems[0].message  # no {namespace} noise
    assert "{urn:" not in str(problems[1])


@pytest.mark.parametrize("data", [b"", b"<report", b"not xml", b"<a></b>", "<report>\ud800</report>",
                                  b"<depth></x>", b"\xff\xfe<\x00r\x00", b"<p>\xe4\xb8</p>",
                                  b"<report>&undeclared;</report>"])
def test_malformed_xml_is_a_format_error(data: bytes | str) -> None:
    with pytest.raises(FormatError) as caught:
        read_xml(data, source="broken.xml")
    assert not isinstance(caught.value, SchemaError)
    assert str(caught.value).startswith("broken.xml: not well-formed XML")


# ------------------------------------------------------------------------------------------- safety

ROOT_OPEN = f'<report xmlns="{n.NAMESPACE}" schema-version="1.0"><preamble><p>'
ROOT_CLOSE = "</p></preamble></report>"


def billion_laughs() -> str:
    entities = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    return f'<?xml version="1.0"?>\n<!DOCTYPE report [{"".join(entities)}]>\n{ROOT_OPEN}&lol9;{ROOT_CLOSE}'


def quadratic_blowup() -> str:
    return f'<!DOCTYPE report [<!ENTITY a "{"x" * 50_000}">]>{ROOT_OPEN}{"&a;" * 50_000}{ROOT_CLOSE}'


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("TOP-SECRET-CONTENT")
    return path


def xxe_file(secret: Path) -> str:
    return f'<!DOCTYPE report [<!ENTITY x SYSTEM "{secret.as_uri()}">]>{ROOT_OPEN}&x;{ROOT_CLOSE}'


def xxe_url() -> str:
    return f'<!DOCTYPE report [<!ENTITY x SYSTEM "http://127.0.0.1:9/x.txt">]>{ROOT_OPEN}&x;{ROOT_CLOSE}'


def hostile_inputs(secret: Path) -> dict[str, str]:
    return {
        "billion laughs": billion_laughs(),
        "quadratic blowup": quadratic_blowup(),
        "xxe file": xxe_file(secret),
        "xxe url": xxe_url(),
        "parameter entity":
            f'<!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]>{ROOT_OPEN}x{ROOT_CLOSE}',
        "external dtd": f'<!DOCTYPE report SYSTEM "{secret.as_uri()}">{ROOT_OPEN}x{ROOT_CLOSE}',
        "hidden after a comment": f"<!-- <a> --><?pi <b?>\n{billion_laughs().split(chr(10), 1)[1]}",
    }


@pytest.mark.parametrize("name", ["billion laughs", "quadratic blowup", "xxe file", "xxe url",
                                  "parameter entity", "external dtd", "hidden after a comment"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "str"])
def test_hostile_inputs_are_refused(name: str, encoding: str, secret: Path) -> None:
    text = hostile_inputs(secret)[name]
    data: bytes | str = text if encoding == "str" else text.encode(encoding)
    with pytest.raises(FormatError, match="DOCTYPE and entity declarations are not allowed") as caught:
        read_xml(data, source="hostile.xml")
    assert "TOP-SECRET" not in str(caught.value)
    with pytest.raises(FormatError, match="DOCTYPE"):
        validate_xml(data)


def test_doctype_is_refused_even_past_the_prolog_scan(secret: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the byte-level scan, the parsed document's DTD is still found and refused, unexpanded."""
    monkeypatch.setattr(gx, "_has_doctype", lambda raw: False)
    for name, text in hostile_inputs(secret).items():
        with pytest.raises(FormatError) as caught:
            read_xml(text.encode())
        assert "TOP-SECRET" not in str(caught.value), name


def test_the_parser_is_configured_safely() -> None:
    parser = gx._parser()
    # lxml exposes no getters; an entity reference must stay unresolved and no DTD be loaded
    tree = etree.fromstring(b'<!DOCTYPE a [<!ENTITY e "expanded">]><a>&e;</a>', parser)
    assert "expanded" not in (tree.text or "")
    assert etree.tostring(tree) == b"<a>&e;</a>"


def test_xinclude_is_not_processed(secret: Path) -> None:
    data = doc(f'<section xmlns:xi="http://www.w3.org/2001/XInclude"><title>甲</title>'
               f'<xi:include href="{secret.as_uri()}" parse="text"/></section>')
    with pytest.raises(SchemaError) as caught:
        read_xml(data)
    assert "TOP-SECRET" not in str(caught.value)


def test_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    data = written(full_report())
    limit = rf"the input is {len(data)} bytes, over the limit of 1000 bytes.*MAX_BYTES"
    with pytest.raises(LimitError, match=limit):
        read_xml(data, max_bytes=1000)
    monkeypatch.setattr(gx, "MAX_BYTES", len(data) - 1)
    with pytest.raises(LimitError, match="over the limit"):
        read_xml(data)
    with pytest.raises(LimitError, match="over the limit"):
        validate_xml(data)
    assert read_xml(data, max_bytes=len(data)) == full_report()


def nested(depth: int) -> Report:
    section = Section(title="底")
    for _ in range(depth - 1):
        section = Section(title="层", children=[section])
    return Report(sections=[section])


def test_depth_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    report = nested(20)  # report/body + 20 sections + title = 23 levels
    data = written(report)
    assert read_xml(data) == report
    assert read_xml(data, max_depth=23) == report
    with pytest.raises(LimitError, match=r"nested more than 22 levels deep.*MAX_DEPTH"):
        read_xml(data, max_depth=22)
    monkeypatch.setattr(gx, "MAX_DEPTH", 10)
    with pytest.raises(LimitError, match="more than 10 levels"):
        read_xml(data)


def test_depth_beyond_libxml2_is_a_limit_error() -> None:
    body = "<section><title>甲</title>" * 300 + "</section>" * 300
    with pytest.raises(LimitError):
        read_xml(doc(body), max_depth=1000)


# ------------------------------------------------------------------------------- schema consistency


def xsd() -> etree._Element:
    return etree.parse(str(XSD)).getroot()


def test_packaged_schema_is_the_hand_written_one() -> None:
    assert PACKAGED_XSD.read_bytes() == XSD.read_bytes(), "copy schemas/govdoc.xsd to src/govdoc/data/"
    assert gx.schema_bytes() == XSD.read_bytes()


def test_namespace_is_defined_once_and_the_schema_agrees() -> None:
    root = xsd()
    assert root.get("targetNamespace") == n.NAMESPACE
    assert root.get("version") == Report.model_fields["schema_version"].default
    fixed = root.xpath("//xs:attribute[@name='schema-version']/@fixed", namespaces={"xs": XS[1:-1]})
    assert fixed == [Report.model_fields["schema_version"].default]
    source = (ROOT / "src" / "govdoc" / "formats" / "xml.py").read_text()
    assert n.NAMESPACE not in source  # the writer and reader take it from xml_names


def test_schema_declares_exactly_the_names_of_xml_names() -> None:
    root = xsd()
    elements = {e.get("name") for e in root.iter(f"{XS}element") if e.get("name")}
    attributes = {a.get("name") for a in root.iter(f"{XS}attribute") if a.get("name")}
    assert elements == set(n.ELEMENTS)
    assert attributes == set(n.ATTRIBUTES)


def enumeration(name: str) -> set[str]:
    node = xsd().find(f"{XS}simpleType[@name='{name}']")
    return {e.get("value") for e in node.iter(f"{XS}enumeration")}


@pytest.mark.parametrize(("xsd_type", "literal", "excluded"), [
    ("MetricKind", MetricKind, set()), ("Approx", Approx, set()), ("Change", Change, set()),
    ("ParagraphKind", ParagraphKind, set()), ("SectionKind", SectionKind, {"glossary"}),
])
def test_schema_enumerations_match_the_model(xsd_type: str, literal: typing.Any, excluded: set[str]) -> None:
    assert enumeration(xsd_type) == set(typing.get_args(literal)) - excluded


def test_schema_is_documented() -> None:
    """Every named top-level declaration of the schema carries xs:annotation/xs:documentation."""
    undocumented = [f"{node.tag.split('}')[1]} {node.get('name')}" for node in xsd()
                    if node.get("name") and node.find(f"{XS}annotation/{XS}documentation") is None]
    assert undocumented == []


@pytest.mark.parametrize("char", [chr(c) for c in range(0x110000) if chr(c).isspace() and not chr(c) < " "
                                  and not 0x7F <= c <= 0x9F])
def test_schema_line_type_agrees_with_the_model_on_whitespace(char: str) -> None:
    for text in (f"{char}甲", f"甲{char}", f"甲{char}乙"):
        try:
            Section(title=text)
            model_ok = True
        except ValueError:
            model_ok = False
        data = doc(f"<section><title>{text}</title></section>")
        assert SCHEMA.validate(etree.fromstring(data)) == model_ok, (hex(ord(char)), text)


def test_schema_compiles_with_xmllint() -> None:
    if not XMLLINT:
        pytest.skip("xmllint is not installed (apt-get install libxml2-utils)")
    data = written(full_report())
    result = subprocess.run([XMLLINT, "--noout", "--schema", str(XSD), "-"], input=data, capture_output=True,
                            check=False)
    assert result.returncode == 0 and b"validates" in result.stderr


# -------------------------------------------------------------------------------- govdoc validate


def test_cli_validate_reports_problems_with_line_numbers(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    from govdoc.cli import main

    good = tmp_path / "good.xml"
    good.write_bytes(written(full_report()))
    bad = tmp_path / "bad.xml"
    bad.write_bytes(doc('\n<section kind="x"><title>甲</title></section>\n<section><p>乙</p></section>'))
    model = tmp_path / "model.xml"
    model.write_bytes(doc('\n\n<section label="一、" number="2"><title>甲</title></section>'))
    hostile = tmp_path / "hostile.xml"
    hostile.write_text(billion_laughs())
    missing = tmp_path / "missing.xml"

    assert main(["validate", str(good)]) == 0
    assert capsys.readouterr().out == f"{good}: valid\n"

    assert main(["validate", "-q", str(good), str(bad), str(model), str(hostile), str(missing)]) == 1
    captured = capsys.readouterr()
    out = captured.out.splitlines()
    assert out[0].startswith(f"{bad}:3: Element 'section', attribute 'kind': ")
    assert out[1].startswith(f"{bad}:4: Element 'p': This element is not expected")
    assert out[2] == f"{model}:4: <section>: label '一、' stands for 1, not 2"
    assert out[3].startswith(f"{hostile}: DOCTYPE and entity declarations are not allowed")
    assert out[4].startswith(f"{missing}: cannot read")
    assert len(out) == 5
    assert "4 of 5 files invalid" in captured.err


def test_cli_validate_walks_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from govdoc.cli import main

    (tmp_path / "sub").mkdir()
    (tmp_path / "a.xml").write_bytes(written(full_report()))
    (tmp_path / "sub" / "b.xml").write_bytes(doc("<section/>"))
    (tmp_path / "notes.txt").write_text("not checked")
    assert main(["validate", str(tmp_path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{tmp_path / 'a.xml'}: valid"
    assert out[1].startswith(f"{tmp_path / 'sub' / 'b.xml'}:2: Element 'section'")
    assert len(out) == 2
    (tmp_path / "empty").mkdir()
    assert main(["validate", str(tmp_path / "empty")]) == 1
    assert capsys.readouterr().out == f"{tmp_path / 'empty'}: no *.xml file in this folder\n"


def test_cli_validate_reads_json_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from govdoc.cli import main
    from govdoc.formats.json import write_json

    path = tmp_path / "r.json"
    path.write_text(write_json(full_report()), encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    path.write_text("{}", encoding="utf-8")  # an empty object is a valid (empty) Report
    assert main(["validate", str(path)]) == 0
    path.write_text('{"sections": 5}', encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    assert "not a govdoc Report: sections" in capsys.readouterr().out


# ------------------------------------------------------------------------- seeds and the example

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
def test_parsed_seeds_round_trip(seed: Path) -> None:
    report = govdoc.parse(seed.read_bytes(), source=seed.name)
    data = written(report)
    back = read_xml(data, source=seed.name)
    assert back.model_dump() == report.model_dump()
    assert back.meta.source == seed.name


def test_example_converts_the_seeds_and_queries_them(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, str(ROOT / "examples" / "xml_query.py"), "--out", str(tmp_path)],
                            capture_output=True, text=True, check=False, cwd=tmp_path, timeout=300)
    assert result.returncode == 0, result.stderr
    produced = sorted(tmp_path.glob("*.xml"))
    assert [p.stem for p in produced] == [p.stem for p in SEEDS]
    for path in produced:
        assert_valid(path.read_bytes())
    out = result.stdout
    assert "1. money figures over 1亿元" in out
    # the seed 003 reports 吸引内资3.45亿元: it is over 1亿元 and must be found, with its heading
    assert "3.45亿元 (345000000 元)" in out
    big = [line for line in out.split("2. figures by kind")[0].splitlines() if "元)" in line]
    values = [Decimal(line.split("(")[1].split(" ")[0]) for line in big]
    assert values and all(v > 100_000_000 for v in values)
    assert "2. figures by kind" in out and "3. outline (two levels)" in out


def test_schema_location_hints_are_ignored() -> None:
    data = written(full_report()).replace(
        b'schema-version="1.0">',
        b'schema-version="1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        b'xsi:schemaLocation="urn:govdoc:report:1 http://127.0.0.1:9/evil.xsd" '
        b'xsi:noNamespaceSchemaLocation="file:///nonexistent/evil.xsd">', 1)
    assert read_xml(data) == full_report()


def test_the_documented_example_is_what_the_writer_writes() -> None:
    page = (ROOT / "docs" / "xml.md").read_text(encoding="utf-8")
    example = page.split("```xml\n", 1)[1].split("```", 1)[0].encode()
    assert_valid(example)
    assert write_xml(read_xml(example)) == example


def test_reading_and_writing_in_threads() -> None:
    """Batch conversion may use threads: the schema and parsers are per thread, results identical."""
    from concurrent.futures import ThreadPoolExecutor

    documents = [written(nested(depth)) for depth in range(1, 9)] + [written(full_report())]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda data: write_xml(read_xml(data)), documents * 8))
    assert results == documents * 8


def test_an_empty_report_round_trips() -> None:
    data = written(Report())
    assert data == (b'<?xml version="1.0" encoding="UTF-8"?>\n'
                    b'<report xmlns="urn:govdoc:report:1" schema-version="1.0">\n  <meta/>\n</report>\n')
    assert read_xml(data) == Report()
    assert read_xml(f'<report xmlns="{n.NAMESPACE}" schema-version="1.0"/>') == Report()


def test_reformatted_documents_read_back() -> None:
    """Formatters indent a paragraph made only of figures; that whitespace is not taken for text."""
    text = "139家5个"
    only_figures = Paragraph(text=text, metrics=[metric("139家", 0, value=Decimal(139), unit="家"),
                                                 metric("5个", 4, value=Decimal(5), unit="个")])
    report = Report(preamble=[only_figures], sections=full_report().sections, glossary=full_report().glossary)
    data = written(report)
    formatted = reformatted(data)
    assert b"<p>\n      <metric" in formatted
    assert read_xml(formatted).model_dump() == report.model_dump()
    if XMLLINT:
        result = subprocess.run([XMLLINT, "--format", "-"], input=data, capture_output=True, check=True)
        assert read_xml(result.stdout).model_dump() == report.model_dump()
    # text that is not pure indentation stays exactly as written, and is refused if it breaks a line
    with pytest.raises(SchemaError, match="line 3: <p>: text: "):
        read_xml(doc("", meta='<meta/><preamble>\n<p>\n甲</p></preamble>').replace(b"<body></body>", b""))


@functools.cache
def valid_document() -> bytes:
    return written(full_report())


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    """A valid document with a random slice replaced by random bytes or by a piece of markup."""
    data = valid_document()
    start = draw(st.integers(0, len(data)))
    end = draw(st.integers(start, min(len(data), start + 40)))
    patch = draw(st.binary(max_size=12) | st.sampled_from(
        [b"", b"<", b"&", b"]]>", b"<!DOCTYPE x>", b"<metric value=\"1\" unit=\"x\">1</metric>", b"\xe4\xb8",
         b"<p>", b"</section>", b' kind="x"', b"\x00", b"&#0;", b"&#x110000;", "\u3000".encode()]))
    return data[:start] + patch + data[end:]


@settings(max_examples=300, deadline=None)
@given(damaged())
def test_damaged_documents_raise_only_govdoc_errors(data: bytes) -> None:
    """Whatever the damage, read_xml returns a valid Report or raises a GovdocError, never anything else;
    validate_xml agrees with it."""
    try:
        problems = validate_xml(data)
    except govdoc.GovdocError:
        problems = None
    try:
        report = read_xml(data)
    except govdoc.GovdocError:
        assert problems != []
        return
    assert problems == []
    assert read_xml(write_xml(report)) == report
