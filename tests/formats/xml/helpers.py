"""Shared by the XML tests: the schema, validation of every output (lxml and xmllint), builders."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
import typing
from decimal import Decimal
from pathlib import Path

from lxml import etree

from govdoc.formats.xml import names as n
from govdoc.formats.xml import write_xml
from govdoc.model import (
    GlossaryTerm,
    LineSpan,
    Meta,
    Metric,
    Paragraph,
    Report,
    Section,
)

ROOT = Path(__file__).resolve().parents[3]
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


def doc(body: str, *, meta: str = "", version: str = "1.0") -> bytes:
    """A hand-written govdoc document of schema ``version`` around ``body`` (the content of <body>)."""
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<report xmlns="{n.NAMESPACE}" schema-version="{version}">'
            f"{meta}<body>{body}</body></report>\n").encode()


def metric(text: str, start: int, **fields: typing.Any) -> Metric:
    return Metric(text=text, start=start, end=start + len(text), **fields)


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
        metric("3至5万平方米", text.index("3至5"), value=Decimal(50000), value_min=Decimal(30000),
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


ROOT_OPEN = f'<report xmlns="{n.NAMESPACE}" schema-version="1.0"><preamble><p>'
ROOT_CLOSE = "</p></preamble></report>"


def billion_laughs() -> str:
    entities = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    return f'<?xml version="1.0"?>\n<!DOCTYPE report [{"".join(entities)}]>\n{ROOT_OPEN}&lol9;{ROOT_CLOSE}'


def nested(depth: int) -> Report:
    section = Section(title="底")
    for _ in range(depth - 1):
        section = Section(title="层", children=[section])
    return Report(sections=[section])
