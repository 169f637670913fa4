"""govdoc.limits: one frozen Limits value, passed with the work; the limits in force by context."""

from __future__ import annotations

import pickle
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govdoc
from govdoc import GovdocError, LimitError, limits
from govdoc.io import read_file, read_input
from govdoc.limits import LIMITS, Limits

TEXT = "一、经济发展\n全年完成税收收入18.6亿元。\n"


def test_every_limit_is_a_field_with_its_documented_default() -> None:
    values = Limits().as_dict()
    assert list(values) == list(LIMITS)
    assert values["input.max_file_bytes"] == 512 * 2**20 and values["pdf.max_pages"] == 5000
    for name, limit in LIMITS.items():
        assert getattr(Limits(), limit.field) == limit.default == values[name]
        assert f"--limit {name}=N" in limit.how_to_raise


@given(name=st.sampled_from(sorted(LIMITS)), value=st.integers(1, 2**40))
def test_replace_by_name_and_back_through_pickle(name: str, value: int) -> None:
    changed = Limits().replace({name: value})
    assert changed.get(name) == value
    assert all(changed.get(other) == Limits().get(other) for other in LIMITS if other != name)
    assert pickle.loads(pickle.dumps(changed)) == changed  # what a task carries to a worker process


@pytest.mark.parametrize(("name", "value", "message"), [
    ("xml.max_depth", 0, "must be positive"), ("xml.max_depth", -3, "must be positive"),
    ("xml.max_depth", 1.5, "whole number"), ("pdf.max_pages", True, "whole number"),
    ("docx.max_ratio", "500", "must be a number"), ("nope.max", 1, "unknown limit"),
])
def test_bad_values_and_names_are_refused(name: str, value: object, message: str) -> None:
    with pytest.raises(GovdocError, match=message):
        Limits().replace({name: value})  # type: ignore[dict-item]


def test_a_fractional_ratio_is_fine_and_limits_are_frozen() -> None:
    assert Limits(docx_max_ratio=12.5).get("docx.max_ratio") == 12.5
    with pytest.raises(FrozenInstanceError):
        Limits().xml_max_depth = 3  # type: ignore[misc]


def test_use_and_override_are_scoped_and_nest() -> None:
    assert limits.active() == Limits()
    with limits.use(Limits(xml_max_depth=7)) as outer:
        assert limits.get("xml.max_depth") == 7 and limits.active() is outer
        with limits.override({"pdf.max_pages": 3}):
            assert limits.get("xml.max_depth") == 7 and limits.get("pdf.max_pages") == 3
        assert limits.get("pdf.max_pages") == 5000
    assert limits.active() == Limits()
    assert limits.current() == Limits().as_dict()


def test_a_with_block_in_one_thread_is_not_seen_by_another() -> None:
    inside = threading.Event()
    leave = threading.Event()

    def hold() -> None:
        with limits.override({"xml.max_depth": 5}):
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    try:
        assert inside.wait(10)
        assert limits.get("xml.max_depth") == 64
        with ThreadPoolExecutor(1) as pool:
            assert pool.submit(limits.get, "xml.max_depth").result() == 64
    finally:
        leave.set()
        thread.join()


def test_set_limit_changes_the_process_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "_process_default", limits.DEFAULT)  # restored after the test
    limits.set_limit("parse.max_bytes", 10)
    assert limits.get("parse.max_bytes") == 10
    with ThreadPoolExecutor(1) as pool:  # unlike a with block, every thread sees it
        assert pool.submit(limits.get, "parse.max_bytes").result() == 10
    with pytest.raises(LimitError, match=r"parse\.max_bytes"):
        govdoc.parse(TEXT)
    with limits.use(Limits()):
        assert govdoc.parse(TEXT).sections


def test_read_file_and_read_input_take_limits(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(TEXT, encoding="utf-8")
    small = Limits(input_max_file_bytes=10)
    with pytest.raises(LimitError, match=r"input\.max_file_bytes") as info:
        read_file(path, limits=small)
    assert info.value.source == str(path) and "--limit input.max_file_bytes=N" in (info.value.hint or "")
    assert read_file(path) == path.read_bytes()
    with limits.use(small), pytest.raises(LimitError):
        read_file(path)
    with path.open("rb") as stream, pytest.raises(LimitError, match="stream"):
        read_input(stream, limits=small)
    with limits.use(small), pytest.raises(LimitError):
        govdoc.read(path)
    with pytest.raises(LimitError):
        govdoc.parse(path, limits=small)


def test_parse_takes_limits() -> None:
    with pytest.raises(LimitError, match=r"limit of 10 bytes \(parse\.max_bytes\)"):
        govdoc.parse(TEXT, limits=Limits(parse_max_bytes=10))
    assert govdoc.parse(TEXT, max_bytes=10_000, limits=Limits(parse_max_bytes=10)).sections  # max_bytes wins


def test_the_pdf_page_limit_bounds_writing(tmp_path: Path) -> None:
    from govdoc.formats.pdf import PdfStyle, to_bytes, write_pdf

    report = govdoc.parse("一、经济发展\n" + "全年完成税收收入18.6亿元，同比增长4.5%。" * 200 + "\n")
    style = PdfStyle(missing="replace")
    assert to_bytes(report, style=style)
    with pytest.raises(LimitError, match=r"more than 1 pages \(pdf\.max_pages\)"):
        to_bytes(report, style=style, limits=Limits(pdf_max_pages=1))
    with limits.override({"pdf.max_pages": 1}), pytest.raises(LimitError):
        write_pdf(report, tmp_path / "r.pdf", style=style)
    assert not (tmp_path / "r.pdf").exists()
    with limits.override({"pdf.max_pages": 1}):  # a style's own bound is the document's
        assert to_bytes(report, style=PdfStyle(missing="replace", max_pages=100))
