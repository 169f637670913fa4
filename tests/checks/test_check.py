"""``govdoc.check``: the rules together, the Finding model, and the documents of the repository."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import govdoc
from govdoc.checks import RULES, Finding, check
from govdoc.testing import reports

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def test_check_is_public() -> None:
    assert govdoc.check is check
    assert "check" in govdoc.__all__ and "Finding" in govdoc.__all__


def test_unknown_rules_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown check rule 'nope'"):
        check(govdoc.parse("一、标题\n正文。"), ["nope"])


def test_rules_can_be_chosen() -> None:
    text = ("一、意见建议\n今年以来，居委会共收到居民意见建议24条，经汇总分为两类。\n"
            "一是关于电梯的建议2条，占总数的8.22%。\n二是关于停车的建议22条，占91.78%。")
    report = govdoc.parse(text)
    assert {f.rule for f in check(report)} == {"shares"}
    assert check(report, ["parts", "growth"]) == []


def test_seed_002_has_the_slip_of_the_issue_and_nothing_else() -> None:
    report = govdoc.parse((ROOT / "seeds" / "002_5882736a434af4c6.txt").read_bytes())
    found = check(report)
    assert [(f.rule, f.printed_text, f.expected_text) for f in found] == [
        ("percent_groups", "99.89%", "100%"), ("shares", "8.22%", "8.33%")]
    share = found[1]
    assert share.severity == "error" and share.figures[0].path == ("共建“宜居”凉城 共享品质生活",)
    context, offset = share.figures[0].context, share.figures[0].offset
    assert context[offset:offset + len("8.22%")] == "8.22%"


@pytest.mark.parametrize("path", [p for p in SEEDS if not p.name.startswith("002")], ids=lambda p: p.name)
def test_the_other_seeds_have_no_findings(path: Path) -> None:
    assert check(govdoc.parse(path.read_bytes())) == []


def test_findings_serialise_and_read_back() -> None:
    report = govdoc.parse((ROOT / "seeds" / "002_5882736a434af4c6.txt").read_bytes())
    for finding in check(report):
        assert Finding.model_validate_json(finding.model_dump_json()) == finding


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=reports())
def test_every_generated_report_can_be_checked_and_findings_point_at_its_figures(report: govdoc.Report) -> None:
    figures = [metric for _, metric in report.metrics(bare_cells=True)]
    for finding in check(report):
        assert finding.rule in RULES
        for ref in finding.figures:
            assert figures[ref.index] == ref.metric
            assert ref.context[ref.offset:ref.offset + len(ref.metric.text)] == ref.metric.text


def test_the_docstring_example_runs() -> None:
    import doctest

    import govdoc.checks

    result = doctest.testmod(govdoc.checks, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 2 and result.failed == 0
