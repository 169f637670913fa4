"""read_html: its inputs, its errors, and finding a page by its content (sniff, read_any, the CLI)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

import govdoc
from govdoc.cli import main
from govdoc.errors import DecodeError, FormatError, LimitError
from govdoc.formats import FORMATS, detect_format, read_any
from govdoc.formats.html import sniff
from govdoc.formats.html.read import page_source_lines

PAGE = ('<!DOCTYPE html><html><head><meta charset="gbk"><title>某某区人民政府 - 关于2023年社区工作的报告</title>'
        '<meta name="PubDate" content="2024-01-30 10:00"></head><body><div class="nav"><a href="/">首页</a>'
        '<a href="/a">政务公开</a></div><h1>关于2023年社区工作的报告</h1><div class="TRS_Editor">'
        "<p>一、经济发展</p><p>　　引进企业139家，吸引内资3.45亿元，同比增长12.5%。</p>"
        "<p>二、民生保障</p><p>　　新建养老床位300张，助餐点12个。</p></div>"
        '<div class="footer">版权所有：某某区人民政府</div></body></html>')


def check(report: govdoc.Report) -> None:
    """What the reader alone decides (the outline is the parser's: see pending_on_parser.py)."""
    assert report.meta.title == "关于2023年社区工作的报告"
    assert [(m.value, m.unit) for _, m in report.metrics()] == [(139, "家"), (345000000, "元"), (Decimal("12.5"), "%"),
                                                                  (300, "张"), (12, "个")]
    assert not any("首页" in text or "版权" in text for text in texts(report))


def texts(report: govdoc.Report) -> list[str]:
    return [s.title for _, s in report.walk()] + [p.text for _, p in report.paragraphs()]


def test_bytes_str_and_path_read_alike(tmp_path: Path) -> None:
    data = PAGE.encode("gbk")
    path = tmp_path / "page.html"
    path.write_bytes(data)
    reports = [govdoc.read_html(given) for given in (data, PAGE, path)]
    for report in reports:
        check(report)
    assert reports[0] == reports[1] == reports[2]
    assert reports[2].meta.source == str(path)
    assert govdoc.read_html(data, source="p.html").meta.source == "p.html"


def test_the_page_s_title_and_posting_time_are_declared() -> None:
    _, fields = page_source_lines(PAGE)
    assert fields == {"title": "关于2023年社区工作的报告", "date": "2024-01-30"}


@pytest.mark.parametrize("page", ["", "<html></html>", "<html><body><script>render()</script></body></html>",
                                  "<frameset><frame src='a.html'></frameset>"])
def test_a_page_without_text_is_a_format_error(page: str) -> None:
    with pytest.raises(FormatError, match="no text"):
        govdoc.read_html(page, source="empty.html")


def test_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(LimitError) as caught:
        govdoc.read_html(PAGE, source="big.html", max_bytes=10)
    assert str(caught.value).startswith("big.html: ")
    path = tmp_path / "image.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(DecodeError) as decoded:
        govdoc.read_html(path)
    assert str(decoded.value).startswith(str(path))


@pytest.mark.parametrize("head", [
    b"<!DOCTYPE html><html>", b"<!doctype HTML>", b"\xef\xbb\xbf<html lang='zh'>", b"  \r\n<HTML>",
    b"<!-- saved from url=(0054)http://www.example.gov.cn/ -->\r\n<html>", b"<head><meta charset=gbk>",
    b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x.dtd"><html>',
    "<html><body>".encode("utf-16-le").join([b"\xff\xfe", b""]), b"<meta http-equiv='Content-Type'>",
    b"<div class='x'>", b"<p>text</p>", b"<table><tr>",
])
def test_sniff_knows_a_page(head: bytes) -> None:
    assert sniff(head)


@pytest.mark.parametrize("head", [
    b"", b"\xe5\x85\xb3\xe4\xba\x8e<html>", b"hello <html>", b'<?xml version="1.0"?><report xmlns="urn:govdoc">',
    b'{"meta": {}}', b"%PDF-1.7", b"PK\x03\x04", b"<!-- a comment that never ends", b"<htmlx>", b"<paragraph>",
    "一、经济发展\n引进企业139家。".encode(),
])
def test_sniff_knows_what_is_no_page(head: bytes) -> None:
    assert not sniff(head)


def test_the_headline_is_the_title_and_no_heading() -> None:
    report = govdoc.read_html(PAGE)
    assert [(s.label, s.title) for s in report.sections] == [("一、", "经济发展"), ("二、", "民生保障")]


def test_a_printed_date_wins_over_the_posting_time() -> None:
    dated = PAGE.replace("<p>一、经济发展</p>", "<p>2024年1月29日</p><p>一、经济发展</p>")
    assert govdoc.read_html(dated).meta.date.isoformat() == "2024-01-29"  # type: ignore[union-attr]


def test_read_any_finds_a_page_without_its_extension() -> None:
    data = PAGE.encode("gbk")
    assert detect_format(data, None) is FORMATS["html"]
    assert detect_format(data, "download") is FORMATS["html"]
    check(read_any(data, source="download"))


def test_the_cli_converts_a_page(tmp_path: Path) -> None:
    page = tmp_path / "page"  # no extension: found by its content
    page.write_bytes(PAGE.encode("gbk"))
    out = tmp_path / "page.json"
    assert main(["convert", str(page), "-t", "json", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["meta"]["title"] == "关于2023年社区工作的报告"
