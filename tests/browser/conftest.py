"""The browser the review-page tests drive: the system Chromium, headless, one per test session.

Without Chromium the tests are skipped on a developer's machine, but they fail with a clear message
when ``GOVDOC_REQUIRE_BROWSER=1`` (CI sets it, after installing Debian's ``chromium``), so a missing
browser never passes unnoticed in CI.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from .cdp import Browser, find_chromium


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    executable = find_chromium()
    if executable is None:
        if os.environ.get("GOVDOC_REQUIRE_BROWSER") == "1":
            pytest.fail("GOVDOC_REQUIRE_BROWSER=1 but no Chromium was found: install it "
                        "(apt-get install -y chromium) or set GOVDOC_CHROMIUM to its path", pytrace=False)
        pytest.skip("no Chromium on this machine (apt-get install -y chromium); CI installs it and sets "
                    "GOVDOC_REQUIRE_BROWSER=1")
    driven = Browser(executable)
    yield driven
    driven.close()
