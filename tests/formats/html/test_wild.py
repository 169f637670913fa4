"""The stored pages of the wild set: the article comes back whole, its headline marked, the chrome gone.

The three annotated pages (11, 13, 14) are checked against their gold headings; all seven against
the chrome the SOURCES notes list for them (menus, breadcrumbs, share rows, QR boxes, related
lists, footers). Scores are guarded by ``tests/quality/test_scores.py`` ("wild-html").
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from govdoc.formats.html.read import page_source_lines

WILD = Path(__file__).resolve().parents[2] / "quality" / "corpus" / "wild"
PAGES = sorted((WILD / "html").rglob("*.html"))
HEADLINES = {
    "11_changde_tjgb_2025": "常德市2025年国民经济和社会发展统计公报",
    "13_tangshan_ysbg_2025": "2025年预算执行情况和2026年预算（草案）",
    "14_weifang_ysbg_2025": "关于潍坊市2025年预算执行情况和2026年预算草案的报告（摘要）",
    "baoding_2025_budget_report": "保定市人民政府关于保定市2025年预算执行情况和2026年预算草案的报告",
    "changzhou_2025_budget_report": "2025年预算情况和2026年预算草案",
    "xinxiang_2025_budget_report": "《关于新乡市2025年预算执行情况和2026年预算草案的报告》（摘要）",
    "yiyang_2025_statistical_bulletin": "益阳市2025年国民经济和社会发展统计公报",
}
# chrome these pages print in markup the reader can judge (the editor lines at the end of 14's
# article sit inside its content element: the parser's frame stage drops them, as for text)
CHROME = re.compile(r"扫一扫|在手机打开|分享|相关阅读|相关附件|相关资讯|主办单位|承办单位|版权所有|ICP备|公网安备|"
                    r"网站标识码|留个言|听新闻|官方移动发布平台|^新派$|首页|无障碍|打印|字体|字号|关闭|访问次数|阅读量|"
                    r"English|登录|注册|搜索|热门评论|机构职能|动态要闻|政务公开|返回|^\|$|^3$|\.jpg|\.png")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("(", "（").replace(")", "）").replace(",", "，").replace(":", "：")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_the_headline_is_marked_and_declared(page: Path) -> None:
    lines, fields = page_source_lines(page.read_bytes(), source=page.name)
    assert [line.text for line in lines if line.level == 0] == [HEADLINES[page.stem]]
    assert fields["title"] == HEADLINES[page.stem]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_no_chrome_comes_through(page: Path) -> None:
    lines, _ = page_source_lines(page.read_bytes(), source=page.name)
    assert [line.text for line in lines if len(line.text) <= 40 and CHROME.search(line.text)] == []


@pytest.mark.parametrize("page", [p for p in PAGES if (WILD / "gold" / f"{p.stem}.json").exists()],
                         ids=lambda p: p.stem)
def test_every_gold_heading_is_a_line_of_its_own_start(page: Path) -> None:
    gold = json.loads((WILD / "gold" / f"{page.stem}.json").read_text(encoding="utf-8"))
    lines, _ = page_source_lines(page.read_bytes(), source=page.name)
    starts = [squeeze(line.text) for line in lines]
    for heading in gold["headings"]:
        wanted = squeeze((heading.get("label") or "") + heading["title"])
        assert any(start.startswith(wanted) for start in starts), wanted


def test_a_reprint_s_source_line_stays_and_the_site_is_not_declared_its_issuer() -> None:
    page = WILD / "html" / "11_changde_tjgb_2025.html"
    lines, fields = page_source_lines(page.read_bytes())
    texts = [line.text for line in lines]
    assert "（信息来源：常德市统计局）" in texts  # the issuer, for the parser
    assert "issuer" not in fields  # ContentSource is the reposting site itself
    assert fields["date"] == "2026-05-15"  # the posting time, a fallback only
    assert texts[1] == "发布机构：湖南省统计局 发布时间：2026-05-15"  # the frame, weighed by the parser


def test_structure_the_markup_knows_travels_with_the_lines() -> None:
    lines, _ = page_source_lines((WILD / "html" / "14_weifang_ysbg_2025.html").read_bytes())
    by_text = {line.text.strip("\u3000"): line for line in lines}
    assert by_text["一、2025年预算执行情况"].bold
    assert by_text["——2026年1月14日在潍坊市第十八届人民代表大会第六次会议上"].align == "center"
    assert by_text["编辑:韩佳 张兴红"].align == "right"
    lines, _ = page_source_lines((WILD / "html" / "13_tangshan_ysbg_2025.html").read_bytes())
    assert [line.text for line in lines[:2]] == ["市财政局局长周凤松在市十六届人大七次会议上报告",
                                                 "2025年预算执行情况和2026年预算（草案）"]  # kicker, headline
