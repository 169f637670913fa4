"""What the API does with the inputs it is given: paths, strings that look like paths, empty text."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import govdoc
from govdoc import EmptyInputWarning, GovdocError, GovdocWarning

TEXT = "一、经济发展\n全年完成税收收入18.6亿元，同比增长4.5%。\n"


def test_parse_reads_a_path(tmp_path: Path) -> None:
    path = tmp_path / "y2023" / "report.txt"
    path.parent.mkdir()
    path.write_text(TEXT, encoding="gb18030")
    report = govdoc.parse(path)
    assert report == govdoc.parse(TEXT)
    assert report.meta.source == "report.txt"
    assert govdoc.parse(path, source="given").meta.source == "given"


def test_parse_of_a_missing_path_names_it(tmp_path: Path) -> None:
    with pytest.raises(GovdocError, match="cannot read") as info:
        govdoc.parse(tmp_path / "missing.txt")
    assert info.value.source == "missing.txt"


def test_a_one_line_string_naming_a_file_is_parsed_as_text_with_a_warning(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "report.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.warns(UserWarning, match=r"govdoc\.read") as caught:
        report = govdoc.parse("report.txt")
    assert caught[0].filename == __file__  # the warning points at the caller
    assert report.meta.title == "report.txt"  # still the text itself, as documented


@pytest.mark.parametrize("text", ["一、经济发展", "not/a/file.txt", "report.txt\n"])
def test_text_that_names_no_file_gets_no_warning(text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "report.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        govdoc.parse(text)


@pytest.mark.parametrize("data", [b"", "", " \n\t\r\n", "\u3000\u3000\n\n", b"\xef\xbb\xbf  \n", "\ufeff"])
def test_empty_input_is_a_warning_naming_the_source(data: str | bytes) -> None:
    with pytest.warns(EmptyInputWarning) as caught:
        report = govdoc.parse(data, source="blank.txt")
    assert report == govdoc.Report()
    warning = caught[0].message
    assert isinstance(warning, GovdocWarning) and warning.source == "blank.txt"
    assert str(warning) == "blank.txt: the input has no text (it is empty or whitespace only)"


def test_text_gets_no_empty_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert govdoc.parse(TEXT).sections


@pytest.fixture
def pdf_bytes() -> bytes:
    from govdoc.formats.pdf import PdfStyle, to_bytes

    return to_bytes(govdoc.parse(TEXT), style=PdfStyle(missing="replace"))


def test_reading_a_pdf_leaves_the_pdfminer_logger_as_the_user_set_it(pdf_bytes: bytes) -> None:
    import logging

    logger = logging.getLogger("pdfminer")
    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.DEBUG)
    handler.emit = records.append  # type: ignore[method-assign]
    old_level = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    try:
        assert govdoc.read(pdf_bytes).sections
        assert logger.level == logging.DEBUG
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
    assert records, "pdfminer's debug notes reached the handler the user set"
