"""The review page in a real browser: it loads from disk without errors, highlights every figure of
``report.metrics(bare_cells=True)``, shows a figure's details on hover and on keyboard focus, follows outline
links, filters figures, reads on a phone and prints without its controls."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import govdoc
from govdoc.formats.html.write import write_html
from govdoc.model import Metric, Paragraph, Report, Section

from .cdp import Browser, png_colours

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "002_5882736a434af4c6.txt"
DOCUMENTS = [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((ROOT / "tests/quality/corpus/wild/docs").glob("*.txt"))]


def page(tmp_path: Path, report: Report, name: str = "review.html") -> Path:
    target = tmp_path / name
    target.write_bytes(write_html(report))
    return target


@pytest.fixture
def seed_page(browser: Browser, tmp_path: Path) -> Iterator[Report]:
    report = govdoc.parse(SEED.read_bytes())
    browser.open(page(tmp_path, report))
    yield report
    assert browser.errors() == []


def centre(browser: Browser, selector: str) -> tuple[float, float]:
    """Scroll the element into view and return its centre in viewport coordinates."""
    box = browser.evaluate(f"""(() => {{ const el = document.querySelector({json.dumps(selector)});
        el.scrollIntoView({{block: "center"}}); const r = el.getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2]; }})()""")
    return box[0], box[1]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_every_document_loads_without_errors_and_marks_every_figure(browser: Browser, tmp_path: Path,
                                                                    path: Path) -> None:
    report = govdoc.parse(path.read_bytes(), source=path.name)
    browser.open(page(tmp_path, report))
    assert browser.errors() == []
    shown = browser.evaluate("Array.from(document.querySelectorAll('span.fig'), "
                             "s => [Number(s.dataset.i), s.textContent])")
    assert sorted(shown) == [[index, metric.text] for index, (_, metric) in enumerate(report.metrics(bare_cells=True))]
    findings = browser.evaluate("document.querySelectorAll('#findings li.finding').length")
    assert findings == len(govdoc.check(report))
    assert browser.evaluate("document.getElementById('filter-count').textContent") == str(len(shown))


def test_hovering_a_figure_shows_its_details_and_its_finding(browser: Browser, seed_page: Report) -> None:
    figures = [metric for _, metric in seed_page.metrics(bare_cells=True)]
    index = next(i for i, m in enumerate(figures) if m.text == "8.22%")
    browser.hover(*centre(browser, f"#m-{index}"))
    assert browser.evaluate("document.getElementById('tip').hidden") is False
    text = browser.evaluate("document.getElementById('tip').innerText")
    assert "8.22 %" in text and "百分比 percent" in text and f"指标 indicator\n{figures[index].indicator}" in text
    assert "应为8.33%" in text
    browser.hover(5, 5)
    assert browser.evaluate("document.getElementById('tip').hidden") is True


def test_the_keyboard_reaches_a_figure_and_opens_its_details(browser: Browser, seed_page: Report) -> None:
    browser.evaluate("document.activeElement.blur(); window.scrollTo(0, 0)")
    for _ in range(80):
        browser.key("Tab", "Tab", 9)
        if browser.evaluate("document.activeElement.classList.contains('fig')"):
            break
    else:
        pytest.fail("80 presses of Tab never reached a figure")
    index = browser.evaluate("Number(document.activeElement.dataset.i)")
    metric = [m for _, m in seed_page.metrics(bare_cells=True)][index]
    assert browser.evaluate("document.getElementById('tip').hidden") is False
    assert browser.evaluate("document.activeElement.getAttribute('aria-describedby')") == "tip"
    assert metric.unit in browser.evaluate("document.getElementById('tip').innerText")
    browser.key("Escape", "Escape", 27)
    assert browser.evaluate("document.getElementById('tip').hidden") is True


def test_an_outline_link_brings_its_section_to_the_top(browser: Browser, seed_page: Report) -> None:
    browser.evaluate("window.scrollTo(0, 0)")
    browser.click(*centre(browser, "nav.outline a[href='#s-5']"))
    assert browser.evaluate("location.hash") == "#s-5"
    top = browser.evaluate("document.getElementById('s-5').getBoundingClientRect().top")
    assert -2 < top < 40
    title = [s for _, s in seed_page.walk()][4]
    assert title.title in browser.evaluate("document.querySelector('#s-5 > h2, #s-5 > h3').textContent")


def test_the_filter_keeps_one_kind_or_one_indicator(browser: Browser, seed_page: Report) -> None:
    figures = [metric for _, metric in seed_page.metrics(bare_cells=True)]
    browser.evaluate("""(() => { const s = document.getElementById('filter-kind'); s.value = 'percent';
        s.dispatchEvent(new Event('change')); })()""")
    percents = sum(m.kind == "percent" for m in figures)
    assert browser.evaluate("document.querySelectorAll('.fig.match').length") == percents
    assert browser.evaluate("document.getElementById('filter-count').textContent") == f"{percents} / {len(figures)}"
    browser.evaluate("document.getElementById('filter-reset').click()")
    indicator = next(m.indicator for m in figures if m.indicator)
    browser.evaluate(f"""(() => {{ const i = document.getElementById('filter-indicator');
        i.value = {json.dumps(indicator)}; i.dispatchEvent(new Event('input')); }})()""")
    expected = sum(indicator in (m.indicator or "") for m in figures)
    assert browser.evaluate("document.querySelectorAll('.fig.match').length") == expected
    browser.evaluate("document.getElementById('filter-flagged').click()")
    flagged = browser.evaluate("Array.from(document.querySelectorAll('.fig.match'), s => s.textContent)")
    assert set(flagged) <= {"25%", "50%", "8.22%", "16.67%", "2条", "24条"}
    browser.evaluate("document.getElementById('filter-reset').click()")
    assert browser.evaluate("document.querySelectorAll('.fig.match').length") == 0


def test_a_screenshot_is_not_blank(browser: Browser, seed_page: Report) -> None:
    browser.evaluate("window.scrollTo(0, 0)")
    shot = browser.screenshot()
    assert png_colours(shot) >= 16


def test_a_phone_reads_it_in_one_column(browser: Browser, tmp_path: Path) -> None:
    report = govdoc.parse(SEED.read_bytes())
    browser.send("Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=2, mobile=True)
    try:
        browser.open(page(tmp_path, report))
        assert browser.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
        nav, main = browser.evaluate("""[document.querySelector('nav.outline').getBoundingClientRect().width,
            document.querySelector('main').getBoundingClientRect().width]""")
        assert abs(nav - main) < 2  # stacked, not side by side
        assert browser.errors() == []
    finally:
        browser.send("Emulation.clearDeviceMetricsOverride")


def test_printing_drops_the_controls(browser: Browser, seed_page: Report) -> None:
    browser.send("Emulation.setEmulatedMedia", media="print")
    try:
        hidden = browser.evaluate("""['nav.outline', 'form.tools', '#tip'].map(
            s => getComputedStyle(document.querySelector(s)).display)""")
        assert hidden == ["none", "none", "none"]
        assert browser.evaluate("getComputedStyle(document.querySelector('#findings')).display") != "none"
    finally:
        browser.send("Emulation.setEmulatedMedia", media="")


HOSTILE = '</script><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'


def test_hostile_text_stays_text(browser: Browser, tmp_path: Path) -> None:
    text = f"正文{HOSTILE}共3个。"
    figure = Metric(text="3个", start=text.index("3个"), end=text.index("3个") + 2, value=3, unit="个",
                    indicator=HOSTILE)
    report = Report(meta=govdoc.Meta(title=f"标题{HOSTILE}", source=f"x{HOSTILE}.txt"),
                    sections=[Section(title=f"章节{HOSTILE}", paragraphs=[Paragraph(text=text, metrics=[figure])])])
    browser.open(page(tmp_path, report))
    assert browser.errors() == []
    assert browser.evaluate("window.__pwned === undefined")
    assert browser.evaluate("document.querySelectorAll('img').length") == 0
    assert browser.evaluate("document.querySelector('h1').textContent") == f"标题{HOSTILE}"
    assert browser.evaluate("document.querySelector('section.sec p').textContent") == text
    assert browser.evaluate("document.querySelector('.fig').dataset.indicator") == HOSTILE


CONTRAST = """(() => {
  const lum = c => { const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => {
      v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const background = el => { for (; el; el = el.parentElement) { const c = getComputedStyle(el).backgroundColor;
      const parts = c.match(/[\\d.]+/g); if (parts && (parts.length < 4 || Number(parts[3]) > 0)) return c; }
    return "rgb(255, 255, 255)"; };
  const seen = {};
  for (const el of document.querySelectorAll(SELECTORS)) {
    const key = el.tagName + "." + el.className;
    if (key in seen || !el.textContent.trim()) continue;
    const a = lum(getComputedStyle(el).color), b = lum(background(el));
    seen[key] = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }
  return seen;
})()"""


def test_text_contrast_meets_wcag_aa(browser: Browser, seed_page: Report) -> None:
    selectors = ("p, h1, h2, h3, .fig, .sev, a, .meta dt, .meta dd, .summary, .finding-values, .fmark, "
                 "label, caption, th, td, dt, dd, footer")
    browser.hover(*centre(browser, ".fig.flag"))  # the details box is measured too
    ratios = browser.evaluate(CONTRAST.replace("SELECTORS", json.dumps(selectors + ", #tip dt, #tip dd, #tip p")))
    assert len(ratios) >= 10
    low = {element: round(ratio, 2) for element, ratio in ratios.items() if ratio < 4.5}
    assert low == {}


def test_enter_in_the_filter_does_not_leave_the_page(browser: Browser, seed_page: Report) -> None:
    browser.evaluate("document.getElementById('filter-indicator').focus()")
    browser.key("Enter", "Enter", 13, "\r")
    browser.evaluate("new Promise(done => setTimeout(done, 200))")  # time for a navigation to start
    assert browser.evaluate("location.search") == ""
    assert browser.evaluate("document.activeElement.id") == "filter-indicator"
