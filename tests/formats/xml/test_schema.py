"""govdoc.xsd agrees with the names module and the model, and compiles with xmllint."""

from __future__ import annotations

import os
import subprocess
import typing

import pytest
from lxml import etree

from govdoc.formats import xml as gx
from govdoc.formats.xml import names as n
from govdoc.model import (
    Approx,
    Change,
    MetricKind,
    ParagraphKind,
    Report,
    Section,
    SectionKind,
)

from .helpers import PACKAGED_XSD, ROOT, SCHEMA, XMLLINT, XS, XSD, doc, full_report, written


def test_xmllint_is_used_when_ci_says_so() -> None:
    """CI installs libxml2-utils; locally a missing xmllint only narrows the check to lxml."""
    if os.environ.get("CI"):
        assert XMLLINT, "CI must install xmllint (libxml2-utils) so outputs are validated twice"

# ------------------------------------------------------------------------------- schema consistency


def xsd() -> etree._Element:
    return etree.parse(str(XSD)).getroot()


def test_packaged_schema_is_the_hand_written_one() -> None:
    assert PACKAGED_XSD.read_bytes() == XSD.read_bytes(), "copy schemas/govdoc.xsd to src/govdoc/data/"
    assert gx.schema_bytes() == XSD.read_bytes()


def test_namespace_is_defined_once_and_the_schema_agrees() -> None:
    root = xsd()
    assert root.get("targetNamespace") == n.NAMESPACE
    assert root.get("version") == Report.model_fields["schema_version"].default
    versions = root.xpath("//xs:attribute[@name='schema-version']//xs:enumeration/@value", namespaces={"xs": XS[1:-1]})
    assert set(versions) == gx.read.READS == {Report.model_fields["schema_version"].default, "1.1", "1.0"}
    for module in ("__init__.py", "read.py", "write.py"):
        source = (ROOT / "src" / "govdoc" / "formats" / "xml" / module).read_text()
        assert n.NAMESPACE not in source, module  # the writer and reader take it from xml/names.py


def test_schema_declares_exactly_the_names_of_the_names_module() -> None:
    root = xsd()
    elements = {e.get("name") for e in root.iter(f"{XS}element") if e.get("name")}
    attributes = {a.get("name") for a in root.iter(f"{XS}attribute") if a.get("name")}
    assert elements == set(n.ELEMENTS)
    assert attributes == set(n.ATTRIBUTES)


def enumeration(name: str) -> set[str]:
    node = xsd().find(f"{XS}simpleType[@name='{name}']")
    return {e.get("value") for e in node.iter(f"{XS}enumeration")}


@pytest.mark.parametrize(("xsd_type", "literal", "excluded"), [
    ("MetricKind", MetricKind, set()), ("Approx", Approx, set()), ("Change", Change, set()),
    ("ParagraphKind", ParagraphKind, set()), ("SectionKind", SectionKind, {"glossary"}),
])
def test_schema_enumerations_match_the_model(xsd_type: str, literal: typing.Any, excluded: set[str]) -> None:
    assert enumeration(xsd_type) == set(typing.get_args(literal)) - excluded


def test_schema_is_documented() -> None:
    """Every named top-level declaration of the schema carries xs:annotation/xs:documentation."""
    undocumented = [f"{node.tag.split('}')[1]} {node.get('name')}" for node in xsd()
                    if node.get("name") and node.find(f"{XS}annotation/{XS}documentation") is None]
    assert undocumented == []


@pytest.mark.parametrize("char", [chr(c) for c in range(0x110000) if chr(c).isspace() and not chr(c) < " "
                                  and not 0x7F <= c <= 0x9F])
def test_schema_line_type_agrees_with_the_model_on_whitespace(char: str) -> None:
    for text in (f"{char}甲", f"甲{char}", f"甲{char}乙"):
        try:
            Section(title="甲", kicker=text)
            model_ok = True
        except ValueError:
            model_ok = False
        data = doc(f"<section><kicker>{text}</kicker><title>甲</title></section>")
        assert SCHEMA.validate(etree.fromstring(data)) == model_ok, (hex(ord(char)), text)


def test_schema_compiles_with_xmllint() -> None:
    if not XMLLINT:
        pytest.skip("xmllint is not installed (apt-get install libxml2-utils)")
    data = written(full_report())
    result = subprocess.run([XMLLINT, "--noout", "--schema", str(XSD), "-"], input=data, capture_output=True,
                            check=False)
    assert result.returncode == 0 and b"validates" in result.stderr
