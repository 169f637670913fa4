"""Safe reading of untrusted XML: no DTD, entities, XInclude or network; size and depth limits."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from govdoc import limits
from govdoc.errors import FormatError, LimitError, SchemaError
from govdoc.formats.xml import read as gx_read
from govdoc.formats.xml import read_xml, validate_xml
from govdoc.limits import Limits

from .helpers import ROOT_CLOSE, ROOT_OPEN, billion_laughs, doc, full_report, nested, written

# ------------------------------------------------------------------------------------------- safety

def quadratic_blowup() -> str:
    return f'<!DOCTYPE report [<!ENTITY a "{"x" * 50_000}">]>{ROOT_OPEN}{"&a;" * 50_000}{ROOT_CLOSE}'


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("TOP-SECRET-CONTENT")
    return path


def xxe_file(secret: Path) -> str:
    return f'<!DOCTYPE report [<!ENTITY x SYSTEM "{secret.as_uri()}">]>{ROOT_OPEN}&x;{ROOT_CLOSE}'


def xxe_url() -> str:
    return f'<!DOCTYPE report [<!ENTITY x SYSTEM "http://127.0.0.1:9/x.txt">]>{ROOT_OPEN}&x;{ROOT_CLOSE}'


def hostile_inputs(secret: Path) -> dict[str, str]:
    return {
        "billion laughs": billion_laughs(),
        "quadratic blowup": quadratic_blowup(),
        "xxe file": xxe_file(secret),
        "xxe url": xxe_url(),
        "parameter entity":
            f'<!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]>{ROOT_OPEN}x{ROOT_CLOSE}',
        "external dtd": f'<!DOCTYPE report SYSTEM "{secret.as_uri()}">{ROOT_OPEN}x{ROOT_CLOSE}',
        "hidden after a comment": f"<!-- <a> --><?pi <b?>\n{billion_laughs().split(chr(10), 1)[1]}",
    }


@pytest.mark.parametrize("name", ["billion laughs", "quadratic blowup", "xxe file", "xxe url",
                                  "parameter entity", "external dtd", "hidden after a comment"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "str"])
def test_hostile_inputs_are_refused(name: str, encoding: str, secret: Path) -> None:
    text = hostile_inputs(secret)[name]
    data: bytes | str = text if encoding == "str" else text.encode(encoding)
    with pytest.raises(FormatError, match="DOCTYPE and entity declarations are not allowed") as caught:
        read_xml(data, source="hostile.xml")
    assert "TOP-SECRET" not in str(caught.value)
    with pytest.raises(FormatError, match="DOCTYPE"):
        validate_xml(data)


def test_doctype_is_refused_even_past_the_prolog_scan(secret: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the byte-level scan, the parsed document's DTD is still found and refused, unexpanded."""
    monkeypatch.setattr(gx_read, "_has_doctype", lambda raw: False)
    for name, text in hostile_inputs(secret).items():
        with pytest.raises(FormatError) as caught:
            read_xml(text.encode())
        assert "TOP-SECRET" not in str(caught.value), name


def test_the_parser_is_configured_safely() -> None:
    parser = gx_read._parser()
    # lxml exposes no getters; an entity reference must stay unresolved and no DTD be loaded
    tree = etree.fromstring(b'<!DOCTYPE a [<!ENTITY e "expanded">]><a>&e;</a>', parser)
    assert "expanded" not in (tree.text or "")
    assert etree.tostring(tree) == b"<a>&e;</a>"


def test_xinclude_is_not_processed(secret: Path) -> None:
    data = doc(f'<section xmlns:xi="http://www.w3.org/2001/XInclude"><title>甲</title>'
               f'<xi:include href="{secret.as_uri()}" parse="text"/></section>')
    with pytest.raises(SchemaError) as caught:
        read_xml(data)
    assert "TOP-SECRET" not in str(caught.value)


def test_size_limit() -> None:
    data = written(full_report())
    limit = rf"the input is {len(data)} bytes, over the limit of 1000 bytes \(xml\.max_bytes\).*--limit xml\.max_bytes"
    with pytest.raises(LimitError, match=limit):
        read_xml(data, max_bytes=1000)
    smaller = Limits(xml_max_bytes=len(data) - 1)
    with pytest.raises(LimitError, match="over the limit"):
        read_xml(data, limits=smaller)
    with limits.use(smaller), pytest.raises(LimitError, match="over the limit"):
        validate_xml(data)
    assert read_xml(data, max_bytes=len(data)) == full_report()


def test_depth_limit() -> None:
    report = nested(20)  # report/body + 20 sections + title = 23 levels
    data = written(report)
    assert read_xml(data) == report
    assert read_xml(data, max_depth=23) == report
    with pytest.raises(LimitError, match=r"nested more than 22 levels deep \(xml\.max_depth\)"):
        read_xml(data, max_depth=22)
    with limits.override({"xml.max_depth": 10}), pytest.raises(LimitError, match="more than 10 levels"):
        read_xml(data)
    assert read_xml(data, limits=Limits(xml_max_depth=10), max_depth=23) == report  # the call's own wins


def test_depth_beyond_libxml2_is_a_limit_error() -> None:
    body = "<section><title>甲</title>" * 300 + "</section>" * 300
    with pytest.raises(LimitError):
        read_xml(doc(body), max_depth=1000)
