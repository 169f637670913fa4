"""The figures the extractor builds without validation equal their validated copies.

``extract_metrics`` builds its Metrics with ``govdoc.model.trusted`` (no second validation on the
parser's hot path). These tests are the guarantee that this skips nothing: every figure of every
corpus document, every figure the extractor finds in generated and arbitrary text, and every parsed
Report are exactly (values as JSON, so 1.0 and 1 differ) what validating them again gives.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govdoc
from govdoc.metrics import extract_metrics
from govdoc.model import LineSpan, Metric, Report, trusted, trusted_maker
from govdoc.testing import canonical_reports, texts_with_metrics

ROOT = Path(__file__).resolve().parents[2]
CORPUS = sorted(
    path
    for folder in (ROOT / "seeds", ROOT / "tests/quality/corpus/wild/docs", ROOT / "tests/quality/corpus/heldout/docs")
    for path in folder.glob("*.txt")
)
FIGURE_CHARS = "0123456789.,，%万亿元个家约近超余多以上下增长下降比上年百分之一二三两十 　\n年月号第"
"""Digits, numerals, units, qualifiers and change words: text dense in figures and near-figures."""


def _dump(model: Metric | Report) -> str:
    return json.dumps(model.model_dump(mode="json"), ensure_ascii=False, sort_keys=True)


def _assert_validated(metrics: list[Metric]) -> None:
    for metric in metrics:
        assert type(metric) is Metric
        copy = Metric.model_validate(metric.model_dump())
        assert copy == metric
        assert _dump(copy) == _dump(metric)


def test_corpus_is_there() -> None:
    assert len(CORPUS) >= 20  # and with figures, or the check below would prove nothing
    assert sum(1 for path in CORPUS for figure in govdoc.parse(path.read_bytes()).figures()) > 1000


@pytest.mark.parametrize("path", CORPUS, ids=lambda path: path.name)
def test_corpus_reports_equal_their_validated_copies(path: Path) -> None:
    report = govdoc.parse(path.read_bytes(), source=path.name)
    _assert_validated([figure.metric for figure in report.figures()])
    copy = Report.model_validate(report.model_dump())
    assert copy == report
    assert _dump(copy) == _dump(report)


@settings(max_examples=60, deadline=None)
@given(texts_with_metrics())
def test_generated_figures_equal_their_validated_copies(drawn: tuple[str, list[Metric]]) -> None:
    _assert_validated(extract_metrics(drawn[0]))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(FIGURE_CHARS), max_size=40))
def test_figures_of_any_text_equal_their_validated_copies(text: str) -> None:
    _assert_validated(extract_metrics(text))


@settings(max_examples=15, deadline=None)
@given(canonical_reports(max_depth=2))
def test_parsed_generated_reports_equal_their_validated_copies(report: Report) -> None:
    parsed = govdoc.parse(govdoc.write_text(report))
    _assert_validated([figure.metric for figure in parsed.figures()])
    assert _dump(Report.model_validate(parsed.model_dump())) == _dump(parsed)


def test_trusted_builds_what_model_construct_builds() -> None:
    values = {"first": 3, "last": 7}
    built = trusted(LineSpan, dict(values))
    assert built == LineSpan(**values)
    assert built.__getstate__() == LineSpan.model_construct(**values).__getstate__()
    assert built.model_dump() == values


def test_trusted_maker_builds_what_trusted_builds() -> None:
    values = {"first": 3, "last": 7}
    built = trusted_maker(LineSpan)(dict(values))
    assert built.__getstate__() == trusted(LineSpan, dict(values)).__getstate__()
    assert built.model_fields_set is trusted(LineSpan, dict(values)).model_fields_set
    assert built == LineSpan(**values)


def test_trusted_instances_share_the_set_of_fields_but_nothing_else() -> None:
    first, second = extract_metrics("引进企业139家，吸引内资3.45亿元。")
    assert first.model_fields_set == set(Metric.model_fields) == second.model_fields_set
    assert first.model_fields_set is second.model_fields_set  # one set for all: half a Metric's memory
    first.indicator = "企业"
    first.value = Decimal("140")
    assert first.model_fields_set == set(Metric.model_fields)
    assert (second.indicator, second.value) == ("吸引内资", Decimal("345000000"))
    assert first.model_copy(update={"unit": "个"}).model_fields_set == set(Metric.model_fields)
    assert Metric.model_validate(first.model_dump()) == first
    partial = trusted(LineSpan, {"first": 2})
    assert partial.model_fields_set == {"first"}
