"""The adversarial corpus of issue 8: each hostile file gets a clear GovdocError (or reads fine), fast,
without touching the network or the file system, and the limits say how to raise them."""

from __future__ import annotations

import io
import os
import socket
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from govdoc import cli, limits, parse
from govdoc.errors import DecodeError, FormatError, GovdocError, LimitError
from govdoc.formats import FORMATS, read_any
from govdoc.formats import docx as docx_format
from govdoc.formats import json as json_format
from govdoc.formats import xml as xml_format
from govdoc.parsing.normalise import clean_spaces

from . import corpus


@pytest.fixture
def listener() -> Iterator[tuple[socket.socket, str]]:
    """A TCP socket listening on the loopback: any connection to it proves a fetch was attempted."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.setblocking(False)
    try:
        yield server, f"http://127.0.0.1:{server.getsockname()[1]}"
    finally:
        server.close()


def assert_no_connection(server: socket.socket) -> None:
    with pytest.raises(BlockingIOError):
        server.accept()


# ------------------------------------------------------------------------------------------ XML


@pytest.mark.parametrize("build", [corpus.billion_laughs, corpus.quadratic_blowup, corpus.xxe_file],
                         ids=["billion_laughs", "quadratic_blowup", "xxe_file"])
def test_xml_entities_are_refused_before_expansion(build: Callable[[], bytes]) -> None:
    data = build()
    for read in (xml_format.read_xml, xml_format.validate_xml,
                 lambda d, source=None: read_any(d, source=source or "x.xml")):
        with pytest.raises(FormatError, match="DOCTYPE") as info:
            read(data, source="hostile.xml")
        assert "root:" not in str(info.value)  # nothing of /etc/passwd leaks into a message


def test_xxe_url_makes_no_connection(listener: tuple[socket.socket, str]) -> None:
    server, url = listener
    for data in (corpus.xxe_url(url), corpus.xxe_parameter_entity(url), corpus.xxe_url("http://127.0.0.1:9")):
        with pytest.raises(FormatError, match="DOCTYPE"):
            xml_format.read_xml(data, source="xxe.xml")
    assert_no_connection(server)


def test_xml_nesting_is_a_limit_error_naming_how_to_raise_it() -> None:
    with pytest.raises(LimitError, match="levels") as info:
        read_any(corpus.xml_deep(), source="deep.xml")
    assert info.value.hint
    with pytest.raises(LimitError, match=r"xml\.max_depth"):
        xml_format.read_xml(corpus.xml_deep(100))


def test_xml_size_limit_through_limits_module() -> None:
    data = xml_format.to_bytes(parse(corpus.sample_text()))
    with limits.override({"xml.max_bytes": len(data) - 1}), pytest.raises(LimitError, match="max_bytes"):
        xml_format.read_xml(data)
    assert xml_format.read_xml(data).meta.title


# ------------------------------------------------------------------------------------------ Word


def test_docx_zip_bomb_is_refused_from_the_directory() -> None:
    with pytest.raises(LimitError, match=r"docx\.max_ratio") as info:
        read_any(corpus.docx_zip_bomb(), source="bomb.docx")
    assert "zip bomb" in str(info.value)


def test_docx_member_size_limit() -> None:
    with limits.override({"docx.max_member_bytes": 2**20}), pytest.raises(LimitError, match=r"docx\.max_member_bytes"):
        docx_format.from_bytes(corpus.docx_zip_bomb(4 * 2**20))


def test_docx_lying_sizes_are_caught() -> None:
    with pytest.raises(FormatError):
        read_any(corpus.docx_lying_sizes(), source="lying.docx")


def test_docx_path_traversal_is_refused_and_writes_nothing(tmp_path: os.PathLike[str]) -> None:
    before = set(os.listdir(tmp_path))
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        with pytest.raises(FormatError, match="unsafe member name"):
            read_any(corpus.docx_path_traversal(), source="traversal.docx")
    finally:
        os.chdir(cwd)
    assert set(os.listdir(tmp_path)) == before


def test_docx_billion_laughs_is_refused() -> None:
    with pytest.raises(FormatError):
        docx_format.from_bytes(corpus.docx_billion_laughs())


@pytest.mark.parametrize("use_embedded", [True, False])
def test_docx_xxe_reads_no_file_and_makes_no_connection(listener: tuple[socket.socket, str],
                                                       use_embedded: bool) -> None:
    server, url = listener
    for target in ("file:///etc/passwd", f"{url}/x", "http://127.0.0.1:9/x"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                report = docx_format.from_bytes(corpus.docx_xxe(target), use_embedded=use_embedded)
            except GovdocError:
                continue
        assert "root:" not in report.model_dump_json()
    assert_no_connection(server)


# ------------------------------------------------------------------------------------------ PDF


@pytest.mark.parametrize("build", [corpus.truncated_pdf, corpus.truncated_pdf_with_eof],
                         ids=["truncated", "truncated_with_eof"])
def test_truncated_pdf_is_a_format_error(build: Callable[[], bytes]) -> None:
    with pytest.raises(FormatError):
        read_any(build(), source="cut.pdf")


def test_encrypted_pdf_says_to_decrypt() -> None:
    with pytest.raises(FormatError, match="encrypted") as info:
        read_any(corpus.encrypted_pdf(), source="locked.pdf")
    assert info.value.hint and "decrypt" in info.value.hint


def test_pdf_page_limit() -> None:
    from govdoc.formats import pdf

    with pytest.raises(LimitError, match="pages"):
        pdf.from_bytes(corpus.valid_pdf(), max_pages=0)


# ------------------------------------------------------------------------------------------ text


def test_utf16_without_bom_reads_as_utf8_does() -> None:
    assert parse(corpus.utf16_without_bom()) == parse(corpus.sample_text())


def test_mixed_encodings_fail_cleanly() -> None:
    with pytest.raises(DecodeError) as info:
        parse(corpus.mixed_encodings(), source="mixed.txt")
    assert info.value.hint and info.value.source == "mixed.txt"


@pytest.mark.parametrize("build", [corpus.nul_bytes, corpus.binary_junk], ids=["nul", "junk"])
def test_binary_is_refused(build: Callable[[], bytes]) -> None:
    with pytest.raises(DecodeError):
        read_any(build(), source="junk.txt")


def test_a_late_nul_is_dropped_not_fatal() -> None:
    report = parse(corpus.nul_late())
    assert "\x00" not in report.model_dump_json()


def test_50_mb_single_line_hits_the_size_limit_first() -> None:
    data = corpus.single_line(50 * 2**20 + 64)
    with pytest.raises(LimitError, match="max_bytes"):
        parse(data)
    with pytest.raises(LimitError, match="max_bytes"):
        parse(data.decode("utf-8"))


def test_long_single_line_parses() -> None:
    report = parse(corpus.single_line(2**20))
    assert sum(len(p.metrics) for _, p in report.paragraphs()) > 5_000


def test_10000_nested_numbering_levels() -> None:
    report = parse(corpus.nested_numbering())
    depth, stack = 0, [(s, 1) for s in report.sections]
    while stack:
        section, level = stack.pop()
        depth = max(depth, level)
        stack.extend((child, level + 1) for child in section.children)
    assert 1 < depth <= 8  # as deep as there are numbering families, never 10,000
    for fmt in ("json", "xml"):
        FORMATS[fmt].reader(FORMATS[fmt].writer(report))


def test_dotted_numbering_with_a_2000_part_label() -> None:
    assert parse(corpus.dotted_numbering(300)).meta is not None


@pytest.mark.parametrize("category", sorted(corpus.every_category()))
def test_every_unicode_category_in_titles(category: str) -> None:
    chars = corpus.every_category()[category]
    try:
        report = parse(corpus.title_with(chars), source=f"{category}.txt")
    except GovdocError:
        return
    for fmt in FORMATS.values():
        try:
            data = fmt.writer(report)
            fmt.reader(data, source=f"{category}{fmt.extension}")
        except GovdocError:
            pass


# ------------------------------------------------------------------------------------------ regressions


def test_regression_list_labels_do_not_recurse() -> None:
    """Found by the corpus: "1. 1. 1. …" recursed once per label (RecursionError past ~1000)."""
    assert clean_spaces("1. " * 5000 + "1").startswith("1. 1. ")
    parse("1. " * 20_000 + "1")


def test_regression_run_of_wan_is_linear() -> None:
    """Found by the regex worst cases: NUMBER_RE's 百分之 prefix ran to the end of a run of 万 at
    every numeral (quadratic: 100,000 万 took minutes). Hang detector only: counts, no timing."""
    from govdoc.metrics.scan import NUMBER_RE

    text = "万" * 100_000
    assert NUMBER_RE.match(text).end() <= 64  # type: ignore[union-attr]


def test_regression_json_nested_10000_deep() -> None:
    """Found by the corpus: json.loads raised RecursionError out of read_json."""
    deep = '{"meta": {"title": "x"}, "sections": [' + '{"title": "t", "children": [' * 10_000
    deep += "]}" * 10_000 + "]}"
    with pytest.raises(FormatError, match="nested too deeply"):
        json_format.read_json(deep)


# ------------------------------------------------------------------------------------------ limits


def test_every_limit_is_documented_and_readable() -> None:
    values = limits.current()
    assert set(values) == set(limits.LIMITS)
    assert all(value > 0 for value in values.values())
    for name in limits.LIMITS:
        assert f"``{name}``" in (limits.__doc__ or "")


def test_limits_override_restores() -> None:
    before = limits.get("docx.max_members")
    with limits.override({"docx.max_members": 3}):
        assert limits.get("docx.max_members") == 3
        with pytest.raises(LimitError, match=r"docx\.max_members \(3\)"):
            docx_format.from_bytes(corpus.valid_docx())
    assert limits.get("docx.max_members") == before


def test_limits_refuse_unknown_and_non_positive() -> None:
    with pytest.raises(GovdocError, match="unknown limit"):
        limits.get("nope")
    with pytest.raises(GovdocError, match="positive"):
        limits.set_limit("xml.max_depth", 0)


def test_parse_and_pdf_limits_set_by_name_apply_to_calls() -> None:
    with limits.override({"parse.max_bytes": 10}), pytest.raises(LimitError, match="limit of 10 bytes"):
        parse("一、标题\n正文内容很长很长。")
    assert parse("一、标题\n正文内容很长很长。").sections
    with limits.override({"pdf.max_pages": 1}):
        assert limits.get("pdf.max_pages") == 1
    assert limits.get("pdf.max_pages") == 5000


def test_cli_limit_option(tmp_path: Path) -> None:
    source = tmp_path / "r.txt"
    source.write_text("一、标题\n正文内容很长很长。", encoding="utf-8")
    before = limits.get("parse.max_bytes")
    try:
        assert cli.main(["--limit", "parse.max_bytes=8", "convert", str(source), "-t", "json",
                         "-o", str(tmp_path / "r.json")]) == 1
        assert not (tmp_path / "r.json").exists()
        assert cli.main(["--limit", "parse.max_bytes=oops", "show", str(source)]) == 2
    finally:
        limits.set_limit("parse.max_bytes", before)


def test_a_stream_input_is_accepted() -> None:
    assert docx_format.read_docx(io.BytesIO(corpus.valid_docx())).sections


def test_regression_next_body_does_not_copy_the_rest() -> None:
    """Found by hostile_speed.py: outline._next_body sliced the rest of the block list at every
    standalone line, so parse grew quadratically with the number of blocks. 200,000 lookups over a
    200,000-item list finish at once when indexed; sliced, they copy 20 billion references."""
    from govdoc.parsing.blocks import Block
    from govdoc.parsing.outline import _next_body

    block = Block("para", [], "正文。")
    items: list[Block | list[Block]] = [block] * 200_000
    assert all(_next_body(items, index) is block for index in range(len(items) - 1))
