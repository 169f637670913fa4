"""What a page declares in its <head>, and which of it the parser is handed as fallbacks."""

from __future__ import annotations

import pytest
from lxml import etree

from govdoc.formats.html._meta import PageMeta, declared, iso_date, page_meta


def meta_of(head: str) -> PageMeta:
    return page_meta(etree.fromstring(f"<html><head>{head}</head><body><p>x</p></body></html>", etree.HTMLParser()))


def test_portal_fields_are_read_first_one_winning() -> None:
    meta = meta_of("""
        <meta name="SiteName" content="湖南省统计局"/><meta name="ColumnName" content="常德市">
        <meta name="ArticleTitle" content="常德市2025年国民经济和社会发展统计公报">
        <meta name="Pubdate" content="2026-05-15 14:41"><meta name="PubDate" content="2026-05-18 14:42:50"/>
        <meta name="ContentSource" content="湖南省统计局 "><meta name="Keywords" content="统计,公报">
        <meta name="Description" content="常德市2025年…">
        <title>湖南省统计局 -
            常德市2025年国民经济和社会发展统计公报
        </title>""")
    assert meta == PageMeta(title="湖南省统计局 - 常德市2025年国民经济和社会发展统计公报",
                            article_title="常德市2025年国民经济和社会发展统计公报", posted="2026-05-15 14:41",
                            content_source="湖南省统计局", column="常德市", site="湖南省统计局", keywords="统计,公报",
                            description="常德市2025年…")


def test_a_br_typed_into_the_title_is_no_text() -> None:
    assert meta_of("<title>新乡日报--《关于预算执行情况<br>和预算草案的报告》</title>").title == \
        "新乡日报--《关于预算执行情况和预算草案的报告》"


@pytest.mark.parametrize(("text", "iso"), [
    ("2026-05-15 14:41", "2026-05-15"), ("2026/5/8", "2026-05-08"), ("2026年1月14日", "2026-01-14"),
    ("发布于 2024.03.01", "2024-03-01"), ("2026-13-01", None), ("昨天", None),
])
def test_iso_date(text: str, iso: str | None) -> None:
    assert iso_date(text) == iso


def test_declared_prefers_the_headline_then_article_title_then_the_title_without_the_site() -> None:
    meta = PageMeta(title="湖南省统计局 - 公报", article_title="常德市公报", site="湖南省统计局")
    assert declared(meta, "印在页面上的标题")["title"] == "印在页面上的标题"
    assert declared(meta, None)["title"] == "常德市公报"
    assert declared(PageMeta(title="湖南省统计局 - 常德市公报", site="湖南省统计局"), None)["title"] == "常德市公报"
    assert declared(PageMeta(title="关于2025年预算的报告_常州市人大", site="常州市人大"), None)["title"] == \
        "关于2025年预算的报告"
    assert "title" not in declared(PageMeta(), None)


def test_the_posting_time_is_declared_as_the_fallback_date() -> None:
    assert declared(PageMeta(posted="2026-05-15 14:41"), None)["date"] == "2026-05-15"
    assert "date" not in declared(PageMeta(posted="不详"), None)


@pytest.mark.parametrize(("source", "site", "expected"), [
    ("常德市统计局", "湖南省统计局", {"issuer": "常德市统计局"}),  # a reprint names its issuer
    ("湖南省统计局", "湖南省统计局", {}),  # the site itself: its visible 发布机构 line decides
    ("人民日报", "中国政府网", {"publication": "人民日报"}),  # a publication is no issuer
    ("新华网", "中国政府网", {"publication": "新华网"}),
    ("本站", "中国政府网", {}),  # neither
])
def test_content_source_is_an_issuer_only_when_it_names_another_body(source: str, site: str,
                                                                     expected: dict[str, str]) -> None:
    fields = declared(PageMeta(content_source=source, site=site), None)
    assert {k: v for k, v in fields.items() if k in ("issuer", "publication")} == expected


def test_declared_keys_are_meta_fields() -> None:
    from govdoc.model import Meta

    fields = declared(PageMeta(title="标题", posted="2026-01-01", content_source="某某市财政局", keywords="k",
                               description="d", column="c", site="s"), None)
    assert set(fields) <= set(Meta.model_fields)


def test_without_a_date_in_its_head_a_page_s_date_element_gives_the_posting_date() -> None:
    page = ('<html><head><title>公告</title></head><body><div class="head">'
            '<span id="paperHeadTitle">第A06版：公告</span>'
            '<span class="font12 fr" id="paperShowDate">2026年05月19日</span></div>'
            '<div class="updatetime">更新于昨天</div><p>正文。</p></body></html>')
    assert page_meta(etree.fromstring(page, etree.HTMLParser())).posted == "2026年05月19日"
    # a <meta> date wins, and an element whose text is more than a date gives none
    assert meta_of('<meta name="PubDate" content="2026-05-18 14:42">').posted == "2026-05-18 14:42"
    other = '<html><head></head><body><div class="time">发布时间：2026年05月19日 来源：本站</div></body></html>'
    assert page_meta(etree.fromstring(other, etree.HTMLParser())).posted == ""
