"""Fixtures of the PDF tests: a resolver without pip fonts, the sample report and its PDF, written once."""

from __future__ import annotations

from pathlib import Path

import pytest

from govdoc.fonts import FontResolver
from govdoc.formats import pdf
from govdoc.model import Report

from .helpers import HAVE_CJK_FONTS, sample_report


@pytest.fixture(scope="package")
def resolver() -> FontResolver:
    return FontResolver(packaged=())


@pytest.fixture(scope="package")
def report() -> Report:
    return sample_report()


@pytest.fixture(scope="package")
def pdf_bytes(report: Report, resolver: FontResolver) -> bytes:
    if not HAVE_CJK_FONTS:
        pytest.skip("no Chinese system fonts")
    return pdf.to_bytes(report, fonts=resolver)


@pytest.fixture(scope="package")
def pdf_path(pdf_bytes: bytes, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    path.write_bytes(pdf_bytes)
    return path
