"""Word round trips: govdoc's own .docx reads back exactly, from paths, streams and bytes."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import pytest
from hypothesis import given

import govdoc
from govdoc.errors import OutputError
from govdoc.formats import docx as gdocx
from govdoc.model import Report
from govdoc.testing import reports

from ..strategies import round_trip
from .helpers import sample_report

# ---- exact round trip ----------------------------------------------------------------------------


@round_trip
@given(reports())
def test_own_docx_reads_back_exactly(report: Report) -> None:
    data = gdocx.to_bytes(report)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a stale-fingerprint warning would mean the visible text drifted
        back = gdocx.from_bytes(data)
    assert back == report
    assert back.model_dump() == report.model_dump()  # provenance comes back too


def test_round_trip_with_toc_figures_and_plain_style(written: bytes) -> None:
    report = sample_report()
    assert gdocx.from_bytes(written) == report
    assert gdocx.from_bytes(gdocx.to_bytes(report, style="plain")) == report


def test_write_and_read_paths_and_streams(tmp_path: Path) -> None:
    report = sample_report()
    target = tmp_path / "r.docx"
    govdoc.write_docx(report, target)
    assert govdoc.read_docx(target) == report
    with pytest.raises(OutputError):
        govdoc.write_docx(report, target)
    govdoc.write_docx(report, target, force=True)
    stream = io.BytesIO()
    gdocx.write_docx(report, stream)
    assert gdocx.read_docx(io.BytesIO(stream.getvalue())) == report
    assert gdocx.read_docx(stream.getvalue()) == report
    assert [p.name for p in tmp_path.iterdir()] == ["r.docx"]  # no temporary files left
