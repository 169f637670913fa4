"""Shared by the Word tests: a sample report using every block kind, and readers of the written XML."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from decimal import Decimal
from typing import Any

from lxml import etree

from govdoc.model import GlossaryTerm, Meta, Metric, Paragraph, Report, Section

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W,
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
}
THEME_ATTRS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


def q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def sample_report() -> Report:
    """A small report using every block kind: meta, preamble, sections, run-in, article, glossary."""
    text = "全年引进企业139家，吸引内资3.45亿元。"
    a, b = text.index("139家"), text.index("3.45亿元")
    metrics = [
        Metric(text="139家", start=a, end=a + 4, value=Decimal(139), unit="家", indicator="引进企业"),
        Metric(text="3.45亿元", start=b, end=b + 6, value=Decimal(345000000), unit="元", kind="money",
               currency="CNY"),
    ]
    return Report(
        meta=Meta(title="东明路街道2023年工作报告", subtitle="东明路街道办事处",
                  issuer="东明路街道办事处",
                  date=dt.date(2024, 1, 29), doc_number="浦东明〔2024〕3号", category="主动公开",
                  index_number="11310115MB2F13658N/2024-00012", authors=["记者 武钢"]),
        preamble=[Paragraph(text="各居委会、各科室：", kind="salutation"),
                  Paragraph(text="现将2023年工作报告印发给你们。")],
        sections=[
            Section(label="一、", number=1, title="经济发展",
                    paragraphs=[Paragraph(text=text, metrics=metrics)],
                    children=[
                        Section(label="（一）", number=1, title="区域规划战略引领", run_in=True,
                                paragraphs=[Paragraph(text="立足资源禀赋，统筹推进建设布局。")],
                                children=[Section(label="1.", number=1, title="工业",
                                                  paragraphs=[Paragraph(text="规模以上工业稳步增长。")],
                                                  children=[Section(
                                                      label="（1）", number=1, title="制造业",
                                                      paragraphs=[Paragraph(text="制造业回暖。")])])]),
                        Section(label="（二）", number=2, title="营商环境", paragraphs=[
                            Paragraph(text="表1 主要指标", kind="caption"),
                            Paragraph(text="注：数据为初步统计。", kind="note")]),
                    ]),
            Section(label="二、", number=2, title="社区报道", kind="article", kicker="聚焦民生",
                    subtitle="养老服务见实效", byline="记者 武钢",
                    paragraphs=[Paragraph(text="社区食堂开业。")]),
            Section(title="名词解释", kind="glossary"),
        ],
        glossary=[GlossaryTerm(number=1, term="三送进企业", definition="送政策、送健康、送文体活动进企业。")],
    )


def parts(data: bytes) -> dict[str, Any]:
    """The XML parts of a .docx, parsed."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: etree.fromstring(archive.read(name)) for name in archive.namelist()
                if name.endswith(".xml") or name.endswith(".rels")}


def style(styles: Any, name: str) -> Any:
    for element in styles.iter(q("w:style")):
        if element.find(q("w:name")).get(q("w:val")).lower() == name.lower():
            return element
    raise AssertionError(f"no style {name!r}")


def style_by_id(styles: Any, style_id: str) -> Any:
    return next(s for s in styles.iter(q("w:style")) if s.get(q("w:styleId")) == style_id)


def attr(element: Any, path: str, name: str) -> str | None:
    found = element.find(path, NS)
    return None if found is None else found.get(q(f"w:{name}"))
FOREIGN = [
    ("title", "关于2023年工作情况的报告"),
    (1, "一、总体情况"),
    (None, "今年以来，街道坚持稳中求进，引进企业139家。"),
    (2, "（一）经济发展"),
    (None, "全年吸引内资3.45亿元，比上年增长5.2%。"),
    (2, "（二）社会治理"),
    (None, "完成旧区改造项目12个，惠及居民3000余户。"),
    (1, "二、下一步打算"),
    (None, "继续做好各项工作，推动社区治理再上新台阶。"),
]
