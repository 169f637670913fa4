"""schemas/govdoc.schema.json is generated from the models; it must match what `govdoc schema` prints."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govdoc.cli import main
from govdoc.model import SCHEMA_VERSION, json_schema

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "schemas" / "govdoc.schema.json"


def test_committed_schema_is_current(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    printed = capsys.readouterr().out
    committed = SCHEMA_FILE.read_text(encoding="utf-8")
    assert committed == printed, (
        "schemas/govdoc.schema.json is stale: run `govdoc schema > schemas/govdoc.schema.json` and commit it")


def test_schema_describes_a_report() -> None:
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA_VERSION in schema["$id"]
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION
    assert schema["additionalProperties"] is False
    assert {"Meta", "Section", "Paragraph", "Metric", "GlossaryTerm", "LineSpan"} <= set(schema["$defs"])
    for definition in schema["$defs"].values():
        if definition.get("type") == "object":
            assert definition["additionalProperties"] is False


def test_schema_keeps_chinese_and_exact_numbers() -> None:
    text = SCHEMA_FILE.read_text(encoding="utf-8")
    assert "\\u" not in text and "名词解释" in text
    value = json.loads(text)["$defs"]["Metric"]["properties"]["value"]
    assert value["type"] == "string" and "pattern" in value
