"""Fixtures of the Word tests: the sample report written once, and its XML parts."""

from __future__ import annotations

from typing import Any

import pytest

from govdoc.formats import docx as gdocx

from .helpers import parts, sample_report


@pytest.fixture(scope="package")
def written() -> bytes:
    return gdocx.to_bytes(sample_report(), toc=True, figures=True)


@pytest.fixture(scope="package")
def xml(written: bytes) -> dict[str, Any]:
    return parts(written)
