"""Reading XML: encodings and lexical variants, invalid documents with line numbers, damage."""

from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govdoc
from govdoc.errors import FormatError, SchemaError
from govdoc.formats import get_format
from govdoc.formats import xml as gx
from govdoc.formats.xml import names as n
from govdoc.formats.xml import read_xml, validate_xml, write_xml

from .helpers import assert_valid, doc, full_report, written

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
    ('<section><title>甲。</title></section>', "title: a title is stored without its closing 。"),
    ('<section><title> 甲</title></section>', "title: must not be empty or start or end with whitespace"),
    ('<section><title>甲</title><table><tbody><tr><td> 乙</td></tr></tbody></table></section>', "whitespace"),
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
    with pytest.raises(SchemaError, match=r"schema-version '2.0' is not one this govdoc reads \(1.0, 1.1, 1.2\)"):
        read_xml(f'<report xmlns="{n.NAMESPACE}" schema-version="2.0"/>'.encode())


def test_a_table_s_caption_as_schema_1_0_wrote_it_is_the_caption_paragraph_before_the_table() -> None:
    table = "<table><caption>表1 人口</caption><tbody><tr><td>甲</td></tr></tbody></table>"
    old = read_xml(f'<report xmlns="{n.NAMESPACE}" schema-version="1.0"><body><section><title>一</title>'
                   f'<p>乙。</p>{table}<p>丙。</p></section></body></report>'.encode())
    section = old.sections[0]
    assert old.schema_version == "1.2"
    assert [(p.kind, p.text) for p in section.paragraphs] == [
        ("text", "乙。"), ("caption", "表1 人口"), ("text", "丙。")]
    assert section.tables[0].position == 2 and old.caption_of(section.tables[0]) == section.paragraphs[1]
    assert read_xml(write_xml(old)) == old


RANGES_1_1 = (
    '<section><title>补贴<metric value="30000" value-max="50000" unit="元" kind="money" currency="CNY">3-5万元'
    '</metric></title><p>新增<metric value="18" value-max="34" unit="岁" kind="age">18-34岁</metric>青年'
    '<metric value="1200" unit="人">1200人</metric>。</p>'
    '<table><tbody><tr><td><metric value="3" value-max="5" unit="个">3至5个</metric></td></tr></tbody></table>'
    '</section><glossary><title>名词解释</title><entry><term>托育点</term><definition>为'
    '<metric value="1" value-max="3" unit="岁" kind="age">1—3岁</metric>幼儿提供照护。</definition></entry></glossary>'
)
"""Ranges as schema 1.1 wrote them (``value`` the lower bound, ``value-max`` the upper) in a title, a paragraph,
a table cell and a glossary definition."""


@pytest.mark.parametrize("version", ["1.1", "1.0"])
def test_a_range_as_schema_1_1_wrote_it_reads_with_its_upper_bound_as_value(version: str) -> None:
    old = read_xml(doc(RANGES_1_1, version=version))
    assert old.schema_version == "1.2"
    assert [(m.text, m.value_min, m.value) for _, m in old.metrics()] == [
        ("3-5万元", Decimal(30000), Decimal(50000)), ("18-34岁", Decimal(18), Decimal(34)),
        ("1200人", None, Decimal(1200)), ("3至5个", Decimal(3), Decimal(5)), ("1—3岁", Decimal(1), Decimal(3))]
    again = write_xml(old)
    assert b"value-max" not in again and b'value="34" value-min="18"' in again
    assert read_xml(again) == old


def test_value_max_in_a_document_of_schema_1_2_is_refused_with_its_line() -> None:
    """1.2 writes a range as value and value-min; a value-max there is not read as 1.1's would be."""
    data = doc('\n<section><title>甲</title>\n<p><metric value="3" value-max="5" unit="个">3至5个</metric></p>'
               "</section>", version="1.2")
    with pytest.raises(SchemaError, match=r"line 4: <metric>: value_max: "):
        read_xml(data)


def test_a_lower_bound_above_the_value_is_refused_with_its_line() -> None:
    data = doc('\n<section><title>甲</title>\n<p><metric value="3" value-min="5" unit="个">3至5个</metric></p>'
               "</section>", version="1.2")
    with pytest.raises(SchemaError, match=r"line 4: <metric>: value_min 5 is above value 3"):
        read_xml(data)
    assert [p.line for p in validate_xml(data)] == [4]


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
