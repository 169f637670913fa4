"""JSON: Reports survive serialisation exactly, and govdoc's writer keeps Chinese as Chinese."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import find, given, settings

import govdoc
from govdoc import FormatError, Report, SchemaError
from govdoc.formats.json import read_json, write_json
from govdoc.testing import reports

from .strategies import round_trip

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "schemas" / "govdoc.schema.json").read_text())
SAMPLE = "江川路街道工作报告\n一、民生保障\n全年投入资金3.45亿元，完成适老化改造120户，满意率99.23%。\n"


@round_trip
@given(reports())
def test_json_round_trips(report: Report) -> None:
    # pydantic's own JSON
    assert Report.model_validate_json(report.model_dump_json()) == report
    # govdoc's writer: Chinese unescaped, provenance (lines, source) kept
    text = write_json(report)
    back = read_json(text)
    assert back == report
    assert back.model_dump() == report.model_dump()
    assert "\\u" not in text
    # the JSON Schema the CLI prints describes it (tables and title figures included)
    assert set(json.loads(text)) <= set(SCHEMA["properties"])


def test_json_keeps_chinese_unescaped() -> None:
    text = write_json(govdoc.parse(SAMPLE))
    assert "民生保障" in text and "亿元" in text
    assert "\\u" not in text


def test_values_are_exact_decimal_strings() -> None:
    data = json.loads(write_json(govdoc.parse(SAMPLE)))
    values = [m["value"] for m in data["sections"][0]["paragraphs"][0]["metrics"]]
    assert values == ["345000000", "120", "99.23"]
    assert read_json(json.dumps(data)).sections[0].paragraphs[0].metrics[2].value == Decimal("99.23")


def test_json_carries_schema_version_and_provenance() -> None:
    data = json.loads(write_json(govdoc.parse(SAMPLE, source="jiangchuan.txt")))
    assert data["schema_version"] == "1.2"
    assert data["meta"]["source"] == "jiangchuan.txt"
    assert data["sections"][0]["lines"] == {"first": 2, "last": 2}


def test_json_of_schema_1_0_reads_with_a_table_s_caption_as_a_paragraph() -> None:
    table = {"caption": "表1 人口", "rows": [[{"text": "甲"}]]}
    old = json.dumps({"schema_version": "1.0", "preamble_tables": [table]})
    report = read_json(old.encode("utf-8"))
    assert [(p.kind, p.text) for p in report.preamble] == [("caption", "表1 人口")]
    assert report.caption_of(report.preamble_tables[0]) == report.preamble[0]
    assert json.loads(write_json(report))["schema_version"] == "1.2"


RANGE_1_1 = {"text": "18-34岁", "start": 2, "end": 8, "value": "18", "value_max": "34", "unit": "岁", "kind": "age"}
"""A range as schema 1.1 (and 1.0) wrote it: the lower bound in ``value``, the upper in ``value_max``."""


@pytest.mark.parametrize("version", ["1.1", "1.0"])
def test_json_of_schema_1_1_reads_with_a_range_s_upper_bound_as_its_value(version: str) -> None:
    cell = {"text": "3至5个", "metrics": [{"text": "3至5个", "start": 0, "end": 4, "value": "3", "value_max": "5",
                                          "unit": "个"}]}
    old = json.dumps({"schema_version": version,
                      "preamble": [{"text": "新增18-34岁青年。", "metrics": [RANGE_1_1]}],
                      "sections": [{"title": "一", "tables": [{"rows": [[cell]]}]}]}, ensure_ascii=False)
    report = read_json(old.encode("utf-8"))
    assert [(m.text, m.value_min, m.value) for _, m in report.metrics()] == [
        ("18-34岁", Decimal(18), Decimal(34)), ("3至5个", Decimal(3), Decimal(5))]
    data = json.loads(write_json(report))
    assert data["schema_version"] == "1.2"
    figure = data["preamble"][0]["metrics"][0]
    assert (figure["value_min"], figure["value"]) == ("18", "34") and "value_max" not in figure
    assert read_json(write_json(report)) == report


def test_json_of_schema_1_2_with_value_max_is_a_schema_error() -> None:
    """1.2 has no value_max: a file that says 1.2 is not read as 1.1 would be."""
    new = json.dumps({"schema_version": "1.2", "preamble": [{"text": "新增18-34岁青年。", "metrics": [RANGE_1_1]}]},
                     ensure_ascii=False)
    with pytest.raises(SchemaError, match=r"preamble\.0\.metrics\.0\.value_max"):
        read_json(new)


def test_the_round_trip_strategy_draws_ranges() -> None:
    """``govdoc.testing.reports()`` draws ranges (``value_min`` set) among its figures, so every format's round
    trip carries them."""
    ranged = find(reports(), lambda r: any(m.value_min is not None for _, m in r.metrics()),
                  settings=settings(database=None, max_examples=1000))
    figure = next(m for _, m in ranged.metrics() if m.value_min is not None)
    assert figure.value_min is not None and figure.value_min <= figure.value
    assert read_json(write_json(ranged)) == ranged


def test_damaged_json_of_an_older_schema_is_a_schema_error() -> None:
    """What the upgrade of an old file cannot read is left for validation: a SchemaError, never a TypeError."""
    for data in ('{"schema_version": "1.0", "sections": null}',
                 '{"schema_version": "1.1", "sections": [{"title": "一", "children": 3}]}',
                 '{"schema_version": "1.1", "glossary": [{"term": "甲", "metrics": {}}]}'):
        with pytest.raises(SchemaError, match=r"^old\.json: not a govdoc Report"):
            read_json(data, source="old.json")


def test_exports_are_the_json_functions() -> None:
    assert govdoc.write_json is write_json and govdoc.read_json is read_json
    report = govdoc.parse(SAMPLE)
    assert govdoc.read_json(govdoc.write_json(report).encode("utf-8")) == report


def test_compact_json() -> None:
    text = write_json(govdoc.parse(SAMPLE), indent=None)
    assert text.count("\n") == 1 and text.endswith("\n")


@pytest.mark.parametrize("data", ["", "{", "[1, 2", b"\xff\xfe\x00"])
def test_broken_json_is_a_format_error(data: str | bytes) -> None:
    with pytest.raises(FormatError):
        read_json(data, source="bad.json")


@pytest.mark.parametrize(("data", "where"), [
    ('{"schema_version": "1.0", "colour": "red"}', "colour"),
    ('{"schema_version": "9.9"}', "schema_version"),
    ('{"sections": [{"title": ""}]}', "sections.0.title"),
    ('{"meta": {"date": "2023-02-29"}}', "meta.date"),
    ('[]', "root"),
])
def test_json_that_is_no_report_is_a_schema_error(data: str, where: str) -> None:
    with pytest.raises(SchemaError, match=where) as info:
        read_json(data, source="bad.json")
    assert str(info.value).startswith("bad.json: ")
