"""The public API: every exported name resolves, ``parse``'s signature, and parse's error contract."""

from __future__ import annotations

import inspect
import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import govdoc
from govdoc import GovdocError, LimitError, Report


@pytest.mark.parametrize("name", govdoc.__all__)
def test_every_exported_name_resolves(name: str) -> None:
    assert getattr(govdoc, name) is not None
    assert name in dir(govdoc)


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute"):
        _ = govdoc.no_such_thing


def test_errors_share_one_base() -> None:
    for name in ("DecodeError", "ParseError", "FormatError", "SchemaError", "LimitError", "FontError", "OutputError"):
        assert issubclass(getattr(govdoc, name), GovdocError)
    assert issubclass(govdoc.SchemaError, govdoc.FormatError)


def test_parse_signature() -> None:
    signature = inspect.signature(govdoc.parse)
    params = signature.parameters
    assert list(params)[:2] == ["data", "source"]
    assert params["data"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert params["source"].kind is inspect.Parameter.KEYWORD_ONLY
    assert params["source"].default is None
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in list(params.values())[1:])
    hints = inspect.get_annotations(govdoc.parse, eval_str=True)
    assert hints["data"] == str | bytes | os.PathLike[str]
    assert hints["return"] is Report


def test_parse_accepts_text_and_bytes() -> None:
    text = "一、城市更新\n全年完成旧住房修缮12万平方米，惠及居民3200户。\n"
    assert govdoc.parse(text) == govdoc.parse(text.encode("utf-8"))
    with pytest.raises(TypeError):
        govdoc.parse("一、城市更新", "source.txt")  # type: ignore[call-arg]


def test_parse_limits_its_input() -> None:
    with pytest.raises(LimitError, match="limit"):
        govdoc.parse("社区" * 100, max_bytes=50)


def test_version() -> None:
    assert isinstance(govdoc.__version__, str) and govdoc.__version__.count(".") >= 1


# ---- parse raises only GovdocError -----------------------------------------------------------------

_FRAGMENTS = st.sampled_from([
    "一、", "（一）", "(二)", "1.", "2、", "（3）", "④", "●", "第一部分", "名词解释", "延伸阅读", "各位代表：",
    "□记者 ", "22002200年", "（（中））", "、、", "““", "”", "。", "，", "：", "|", "索引号 | 发布机构 | ",
    "发布时间：2024-02-30", "2024年13月40日", "——", "▲", "本期 8 版 第 42 期", "04、05 专题", "凉城··",
    "SHANGHAI NEWS", "1.5亿元", "400", "余块", "3.45亿元", "99.23%", "１２％", "约", "社区治理", "旧区改造换档加速",
    "\n", "\n", "\n\n", " ", "\u3000\u3000", "\t", "\r", "\x0c", "\x00", "\ufeff", "\u200b", "\ud800", "\ufffe",
    "\U00020000",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_FRAGMENTS, max_size=40).map("".join))
@example("●。\n●一、")  # (a bulleted full stop, a run of two bullets: a heading with no title once "。" goes)
def test_report_like_text_always_gives_a_report(text: str) -> None:
    # str input cannot fail to decode, so any error here would be a parser bug (even as ParseError)
    assert isinstance(govdoc.parse(text), Report)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_always_gives_a_report(text: str) -> None:
    assert isinstance(govdoc.parse(text), Report)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600))
def test_parse_of_arbitrary_bytes_raises_only_govdoc_errors(data: bytes) -> None:
    try:
        report = govdoc.parse(data)
    except GovdocError:
        return
    assert isinstance(report, Report)
