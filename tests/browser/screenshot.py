"""Make the screenshot of the review page in the docs: ``python -m tests.browser.screenshot docs/img/review-page.png``.

Seed 002 in headless Chromium, scrolled to the share that check flags, with its details open.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import govdoc
from govdoc.formats.html.write import write_html

from .cdp import Browser, find_chromium

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "002_5882736a434af4c6.txt"


def main(target: str) -> int:
    """Write the PNG to ``target``; 1 when no Chromium is found."""
    executable = find_chromium()
    if executable is None:
        print("no Chromium found: apt-get install -y chromium", file=sys.stderr)
        return 1
    report = govdoc.parse(SEED.read_bytes(), source=SEED.name)
    index = next(i for i, (_, m) in enumerate(report.metrics(bare_cells=True)) if m.text == "8.22%")
    browser = Browser(executable)
    try:
        with tempfile.TemporaryDirectory() as folder:
            page = Path(folder) / "review.html"
            page.write_bytes(write_html(report))
            browser.send("Emulation.setDeviceMetricsOverride", width=1200, height=760, deviceScaleFactor=1,
                         mobile=False)
            browser.open(page)
            x, y = browser.evaluate(f"""(() => {{ const el = document.getElementById('m-{index}');
                el.scrollIntoView({{block: 'center'}}); window.scrollBy(0, 120); const r = el.getBoundingClientRect();
                return [r.left + r.width / 2, r.top + r.height / 2]; }})()""")
            browser.hover(x, y)
            Path(target).write_bytes(browser.screenshot())
    finally:
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/img/review-page.png"))
