"""XML round trips: every generated Report, any characters XML can carry, seeds, threads."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govdoc
from govdoc.errors import SchemaError
from govdoc.formats.xml import names as n
from govdoc.formats.xml import read_xml, write_xml
from govdoc.formats.xml import write as gx_write
from govdoc.model import (
    Meta,
    Paragraph,
    Report,
    Section,
)
from govdoc.testing import reports

from ..strategies import EXAMPLES
from ..strategies import round_trip as round_trip_settings
from .helpers import (
    ROOT,
    XMLLINT,
    assert_valid,
    assert_valid_with_xmllint,
    doc,
    full_report,
    metric,
    nested,
    reformatted,
    written,
)

# ------------------------------------------------------------------------------------- round trips


def test_round_trip_of_every_generated_report() -> None:
    outputs: list[bytes] = []

    @round_trip_settings
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
    assert len(outputs) >= EXAMPLES
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
                                      .filter(gx_write._xml_char), max_size=20))
    meta = Meta(title=draw(lines()), issuer=draw(lines()), doc_number=draw(lines()), authors=[draw(lines())],
                source=source)
    section = Section(title=draw(lines(title=True)), kicker=draw(lines()), subtitle=draw(lines()),
                      byline=draw(lines()), kind="article", paragraphs=[paragraph])
    return Report(meta=meta, preamble=[Paragraph(text=draw(lines()), kind="salutation")], sections=[section])


def test_round_trip_of_any_characters_xml_can_carry() -> None:
    outputs: list[bytes] = []

    @settings(max_examples=EXAMPLES, deadline=None)
    @given(odd_reports())
    def round_trip(report: Report) -> None:
        data = write_xml(report)
        assert_valid(data, xmllint=False)
        back = read_xml(data)
        assert back == report
        assert back.model_dump() == report.model_dump()
        outputs.append(data)

    round_trip()
    assert len(outputs) >= EXAMPLES
    assert_valid_with_xmllint(outputs)


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
    section = page.split("```xml\n")[2].split("```", 1)[0]  # the table example, a section alone
    table_doc = doc(section)
    assert_valid(table_doc)
    report = read_xml(table_doc)
    table = report.sections[0].tables[0]
    assert (table.position, table.header[0][1].colspan, table.rows[0][1].metrics[0].column) == (2, 2, "城镇")
    assert report.caption_of(table) == report.sections[0].paragraphs[1]
    assert report.sections[0].title_metrics[0].text == "5000亿元"


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
                    b'<report xmlns="urn:govdoc:report:1" schema-version="1.2">\n  <meta/>\n</report>\n')
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
