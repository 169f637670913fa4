"""govdoc's page reader against trafilatura on the stored pages of the wild set (run on demand).

    pip install trafilatura lxml_html_clean   # not a govdoc dependency: only this comparison uses it
    python tests/formats/html/compare_extractors.py

Both extractors feed the same parser: govdoc's reader its typed lines and declared fields,
trafilatura its extracted text (tables included) as raw text, with the title and date of its
metadata as ``declared``. Printed for each:

- the project's scorer on the three annotated pages (headings, tree, title / issuer / date);
- on all seven pages (the four of ``html/unannotated`` too): whether the article's title is found,
  the share of the article's lines kept (the gold headings, and the paragraphs of the text version
  that are article text), and the chrome lines let through (lines of known page chrome: menus,
  share rows, footers, editor lines, counters).
"""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import govdoc
from govdoc.formats.html.read import page_source_lines
from govdoc.model import Report
from govdoc.parsing import parse_lines
from govdoc.parsing.source import lines_from_text

HERE = Path(__file__).resolve().parent
QUALITY = HERE.parents[1] / "quality"
WILD = QUALITY / "corpus" / "wild"
PAGES = sorted((WILD / "html").glob("*.html")) + sorted((WILD / "html" / "unannotated").glob("*.html"))
TITLES = {  # the article's own title as the page prints it (for the unannotated pages: read off the page)
    "baoding_2025_budget_report": "保定市人民政府关于保定市2025年预算执行情况和2026年预算草案的报告",
    "changzhou_2025_budget_report": "2025年预算情况和2026年预算草案",
    "xinxiang_2025_budget_report": "《关于新乡市2025年预算执行情况和2026年预算草案的报告》（摘要）",
    "yiyang_2025_statistical_bulletin": "益阳市2025年国民经济和社会发展统计公报",
}
# page chrome of these pages: a short line holding one of these words is not article text
_CHROME_WORDS = re.compile(r"扫一扫|在手机打开|分享|相关阅读|相关附件|相关资讯|主办单位|承办单位|版权所有|ICP备|"
                           r"公网安备|网站标识码|^编辑[:：]|^[一二三]审[:：]|留个言|听新闻|官方移动发布平台|^新派$|首页|"
                           r"无障碍|打印|字体|字号|关闭|访问次数|阅读量|^\|$|English|登录|注册|搜索|热门评论")


_FOOTER = re.compile(r"电话|邮箱|地址：|举报")  # the contact lines of a site's footer


class _Chrome:
    @staticmethod
    def search(line: str) -> bool:
        return len(line) <= 40 and _CHROME_WORDS.search(line) is not None


CHROME = _Chrome()


def trafilatura_report(data: bytes) -> tuple[Report, list[str]]:
    """trafilatura's text and metadata, read by govdoc's parser."""
    import trafilatura

    text = trafilatura.extract(data, include_tables=True, include_comments=False) or ""
    meta = trafilatura.extract_metadata(data)
    declared = {key: value for key, value in (("title", meta.title if meta else None),
                                              ("date", meta.date if meta else None)) if value}
    return parse_lines(lines_from_text(text), declared=declared), [line for line in text.splitlines() if line.strip()]


def govdoc_report(data: bytes) -> tuple[Report, list[str]]:
    lines, _ = page_source_lines(data)
    return govdoc.read_html(data), [line.text for line in lines]


EXTRACTORS: dict[str, Callable[[bytes], tuple[Report, list[str]]]] = {"govdoc": govdoc_report,
                                                                       "trafilatura": trafilatura_report}


def scores(name: str) -> str:
    """The scorer's summary line on the annotated pages, read with the given extractor."""
    sys.path.insert(0, str(QUALITY))
    import score  # the project's scorer, as given

    setattr(govdoc, "read_cmp", lambda data: EXTRACTORS[name](data)[0])  # noqa: B010
    with tempfile.TemporaryDirectory() as folder:
        for page in sorted((WILD / "html").glob("*.html")):
            shutil.copy(page, Path(folder) / (page.stem + ".cmp"))
        out = io.StringIO()
        argv = sys.argv
        sys.argv = ["score.py", "--docs", folder, "--gold", str(WILD / "gold")]
        try:
            with contextlib.redirect_stdout(out):
                score.main()
        finally:
            sys.argv = argv
    return out.getvalue().strip().splitlines()[-1]


def article_lines(page: Path) -> list[str]:
    """What must come back: the gold headings, and the paragraphs of the text version that are no chrome."""
    gold = WILD / "gold" / f"{page.stem}.json"
    wanted: list[str] = []
    if gold.exists():
        import json

        data = json.loads(gold.read_text(encoding="utf-8"))
        wanted += [(h.get("label") or "") + h["title"] for h in data.get("headings", [])]
        text = (WILD / "docs" / f"{page.stem}.txt").read_text(encoding="utf-8")
        wanted += [line.strip() for line in text.splitlines()
                   if len(line.strip()) >= 40 and not _CHROME_WORDS.search(line) and not _FOOTER.search(line)]
    return wanted


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def main() -> int:
    for name in EXTRACTORS:
        print(f"{name:12s} {scores(name)}")
    print()
    print(f"{'page':36s} {'extractor':12s} {'title':6s} {'kept':>9s} {'chrome':>7s}")
    for page in PAGES:
        data = page.read_bytes()
        wanted = article_lines(page)
        title = TITLES.get(page.stem)
        if title is None:
            import json

            title = json.loads((WILD / "gold" / f"{page.stem}.json").read_text(encoding="utf-8"))["title"]
        for name, extract in EXTRACTORS.items():
            report, lines = extract(data)
            joined = squeeze("".join(lines))
            kept = sum(1 for line in wanted if squeeze(line) in joined)
            chrome = [line for line in lines if CHROME.search(line)]
            found = "yes" if squeeze(report.meta.title or "") == squeeze(title) else "no"
            print(f"{page.stem:36s} {name:12s} {found:6s} {f'{kept}/{len(wanted)}':>9s} {len(chrome):7d}"
                  + (f"   e.g. {chrome[0][:30]}" if chrome else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
