"""Hypothesis fuzzing: arbitrary and mutated bytes into ``parse`` and into every reader.

The one property: only GovdocError subclasses escape, and no GovdocError hides a crash (the
parser's last-resort ``ParseError("cannot parse: IndexError: …")`` counts as a crash here).
Inputs are arbitrary bytes, the seed reports mutated, and the output of every writer mutated
(flipped, deleted, inserted, duplicated bytes, truncation; inside the zip members for .docx) and
fed to every reader. ``GOVDOC_FUZZ_EXAMPLES`` raises the number of examples for a longer run.
"""

from __future__ import annotations

import io
import os
import warnings
import zipfile
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govdoc import parse
from govdoc.errors import GovdocError, ParseError
from govdoc.formats import FORMATS, read_any
from govdoc.model import Report

from . import corpus

EXAMPLES = int(os.environ.get("GOVDOC_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
READERS = sorted(FORMATS)

RUNS: dict[str, int] = {}
"""Inputs run per test, printed at the end of the session by ``conftest.py`` (the fuzz log)."""


def _count(name: str) -> None:
    RUNS[name] = RUNS.get(name, 0) + 1


def check(call: object, *args: object, **kwargs: object) -> Report | None:
    """Call a reader; a Report or a GovdocError that is not a wrapped crash pass, anything else fails."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = call(*args, **kwargs)  # type: ignore[operator]
    except ParseError as exc:
        assert not exc.message.startswith("cannot parse:"), f"a crash wrapped as ParseError: {exc}"
        return None
    except GovdocError:
        return None
    assert isinstance(result, Report)
    return result


@st.composite
def mutated(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` with a few byte-level mutations."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["flip", "delete", "insert", "duplicate", "truncate", "splice"]))
        if not out:
            out += draw(st.binary(min_size=1, max_size=16))
            continue
        at = draw(st.integers(0, len(out) - 1))
        if op == "flip":
            out[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "delete":
            del out[at: at + draw(st.integers(1, 64))]
        elif op == "insert":
            out[at:at] = draw(st.binary(min_size=1, max_size=32))
        elif op == "duplicate":
            piece = out[at: at + draw(st.integers(1, 256))]
            out[at:at] = piece * draw(st.integers(1, 8))
        elif op == "truncate":
            del out[at:]
        else:  # a token that matters to some format
            token = draw(st.sampled_from([b"<!DOCTYPE x [<!ENTITY a 'b'>]>", b"&a;", b"\x00", b"\xff\xfe",
                                          b"%%EOF", b"PK\x03\x04", b"\r\n", "一、".encode(), "（一）".encode(),
                                          b'{"sections": [', b"]}", b"</section>", b"<section>"]))
            out[at:at] = token
    return bytes(out)


@cache
def writer_outputs() -> dict[str, bytes]:
    """The output of every writer for the sample report (PDF only when fonts are there)."""
    report = parse(corpus.sample_text())
    out: dict[str, bytes] = {}
    for name, fmt in FORMATS.items():
        try:
            out[name] = fmt.writer(report)
        except GovdocError:  # pragma: no cover - no CJK font for PDF
            continue
    return out


def mutate_docx_member(data: bytes, member_data: bytes, name: str) -> bytes:
    """The .docx ``data`` with member ``name`` replaced by ``member_data``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, member_data if info.filename == name else src.read(info))
    return out.getvalue()


# ------------------------------------------------------------------------------------------ parse


@FUZZ
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_into_parse(data: bytes) -> None:
    _count("bytes → parse")
    check(parse, data, source="fuzz.txt")


@FUZZ
@given(st.text(max_size=2048))
def test_arbitrary_text_into_parse(text: str) -> None:
    _count("text → parse")
    check(parse, text, source="fuzz.txt")


@FUZZ
@given(st.data())
def test_mutated_seeds_into_parse(data: st.DataObject) -> None:
    _count("mutated seed → parse")
    seed = data.draw(st.sampled_from(corpus.seed_texts()))
    check(parse, data.draw(mutated(seed)), source="seed.txt")


@FUZZ
@given(st.lists(st.sampled_from(["一、", "（一）", "1.", "（1）", "①", "第一章", "第一部分", "●", "　　", "\n",
                                 "名词解释", "注：", "万", "亿元", "%", "1,619", "3.45", "十", "。", "发布日期：",
                                 "2023年", "字", " ", "\t", "—", "▲", "□", "\u2028", "\ufeff"]), max_size=300))
def test_token_soup_into_parse(tokens: list[str]) -> None:
    _count("token soup → parse")
    check(parse, "".join(tokens), source="soup.txt")


# ------------------------------------------------------------------------------------------ readers


@FUZZ
@given(st.data())
def test_mutated_writer_outputs_into_every_reader(data: st.DataObject) -> None:
    outputs = writer_outputs()
    written = data.draw(st.sampled_from(sorted(outputs)))
    reader = data.draw(st.sampled_from(READERS))
    _count(f"mutated {written} → {reader}")
    blob = data.draw(mutated(outputs[written]))
    check(FORMATS[reader].reader, blob, source=f"fuzz{FORMATS[reader].extension}")
    check(read_any, blob, source=f"fuzz{FORMATS[written].extension}")


@FUZZ
@given(st.data())
def test_mutated_docx_members(data: st.DataObject) -> None:
    docx = writer_outputs()["docx"]
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        names = sorted(archive.namelist())
        name = data.draw(st.sampled_from(names))
        member = archive.read(name)
    _count("mutated docx member → docx")
    use_embedded = data.draw(st.booleans())
    blob = mutate_docx_member(docx, data.draw(mutated(member)), name)
    check(FORMATS["docx"].load().from_bytes, blob, source="fuzz.docx", use_embedded=use_embedded)


@FUZZ
@given(st.binary(max_size=2048), st.sampled_from(READERS))
def test_arbitrary_bytes_into_every_reader(blob: bytes, reader: str) -> None:
    _count(f"bytes → {reader}")
    check(FORMATS[reader].reader, blob, source=f"fuzz{FORMATS[reader].extension}")


@pytest.mark.parametrize("written", ["text", "json", "xml", "docx", "pdf"])
@pytest.mark.parametrize("reader", READERS)
def test_every_writer_output_into_every_reader_unmutated(written: str, reader: str) -> None:
    outputs = writer_outputs()
    if written not in outputs:
        pytest.skip(f"{written} could not be written here")
    report = check(FORMATS[reader].reader, outputs[written], source=f"x{FORMATS[written].extension}")
    if reader == written:
        assert report is not None
