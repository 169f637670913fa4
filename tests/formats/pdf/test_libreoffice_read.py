"""A PDF LibreOffice made, closer to what users bring than govdoc's own: its text layer reads like
the text layer of the PDF govdoc writes of the same report.

Runs when ``soffice`` is installed (CI installs libreoffice-writer-nogui); skipped otherwise.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from govdoc.formats import docx as gdocx
from govdoc.formats import pdf
from govdoc.formats.pdf.read import extract
from govdoc.model import Report

from .helpers import needs_fonts

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [needs_fonts, pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")]


@pytest.fixture(scope="module")
def libreoffice_pdf(report: Report, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    workdir = tmp_path_factory.mktemp("lo")
    source = workdir / "report.docx"
    gdocx.write_docx(report, source)
    subprocess.run([str(SOFFICE), "--headless", "--norestore", f"-env:UserInstallation={(workdir / 'lo').as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(workdir), str(source)],
                   check=True, capture_output=True, timeout=180)
    return (workdir / "report.pdf").read_bytes()


def test_page_numbers_go_and_the_text_is_govdoc_s_own(libreoffice_pdf: bytes, pdf_bytes: bytes) -> None:
    theirs = extract(libreoffice_pdf).source_lines()
    ours = extract(pdf_bytes).source_lines()
    assert not any(pdf.PAGE_NUMBER.match(line.text) for line in theirs)
    assert len({line.page for line in theirs}) > 2
    assert "".join("".join(line.text.split()) for line in theirs) == "".join("".join(line.text.split())
                                                                           for line in ours)
    paragraphs = {line.text for line in ours if len(line.text) > 100}  # long blocks: whole paragraphs
    assert paragraphs and paragraphs <= {line.text for line in theirs}


def test_it_reads_as_govdoc_s_pdf_read_from_its_text_layer(libreoffice_pdf: bytes, pdf_bytes: bytes,
                                                             report: Report) -> None:
    back = pdf.read_pdf(libreoffice_pdf, source=Path("report.pdf").name)
    assert back == pdf.read_pdf(pdf_bytes, use_embedded=False)
    assert back.meta.title == report.meta.title  # a title LibreOffice wrapped, joined again
