"""The stored portal pages as a reader keeps them: printed to PDF by a browser, scored through ``read_pdf``.

Headless Chromium opens each stored page (offline: the site's style sheets and scripts do not load, so the
page prints as its bare HTML does, menus and all) and prints it to PDF, as "Save as PDF" does; the scorer then
reads the PDFs as a user's files, and every score must reach its floor. Skipped without Chromium on a
developer's machine; CI installs it and sets ``GOVDOC_REQUIRE_BROWSER=1``, which makes its absence a failure.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from ..browser.cdp import find_chromium
from .test_office_scores import below_floors
from .test_scores import CORPUS, WHOLE_PAGES, score

PRINTED_PAGE_FLOORS: dict[str, dict[str, float]] = {
    "wild": {"headings": 0.99, "tree": 0.99, "meta": 0.99},
    # 47's table captions lose the space between label and title ("表12025年…")
    "heldout2": {"headings": 0.97, "tree": 0.97, "metrics": 0.99, "meta": 0.99},
    # 72's lines run past the page's right edge without its style sheet (two subheads and figures are cut off);
    # 71's issuer is printed only in the page's header. (Chromium 156 lays 73's list of attachments out a line to an
    # item, and one of them reads as a numbered heading: 0.966 with the parser of this change and of the one before.)
    "heldout5": {"headings": 0.96, "tree": 0.96, "metrics": 0.99, "meta": 0.77},
}


def print_pages(pages: list[Path], into: Path) -> Path:
    """Each page printed to PDF by headless Chromium, in ``into``."""
    executable = find_chromium()
    if executable is None:
        if os.environ.get("GOVDOC_REQUIRE_BROWSER") == "1":
            pytest.fail("GOVDOC_REQUIRE_BROWSER=1 but no Chromium was found", pytrace=False)
        pytest.skip("no Chromium on this machine (apt-get install -y chromium)")
    into.mkdir()
    for page in pages:
        subprocess.run([executable, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={into / '.profile'}", f"--print-to-pdf={into / (page.stem + '.pdf')}",
                        page.resolve().as_uri()], check=True, capture_output=True, timeout=120)
    assert len(list(into.glob("*.pdf"))) == len(pages), "Chromium printed too few pages"
    return into


@pytest.mark.parametrize("corpus", sorted(PRINTED_PAGE_FLOORS))
def test_web_pages_printed_to_pdf_score_above_their_floors(corpus: str, tmp_path: Path) -> None:
    root = CORPUS / corpus
    pages = sorted((root / "html").glob("*.html"))
    if corpus == "heldout2":
        pages = [page for page in pages if page.stem in WHOLE_PAGES]
    printed = print_pages(pages, tmp_path / "pdf")
    below = below_floors(score(printed, root / "gold", tmp_path), PRINTED_PAGE_FLOORS[corpus])
    assert not below, f"{corpus} pages printed to PDF: scores below their floors (score, floor): {below}"
