"""The scanner's one-match reading of the usual Arabic figure gives what the step-by-step reading gives.

``scan._quick`` reads "139家", "3.45亿元", "30余家", "5.5%以上" from one match of ``scan._QUICK`` and
declines (None) wherever something else may be part of the figure; ``scan._arabic_at`` is the
reading it stands in for. These tests draw text dense in the pieces both readings look at (digits,
scales, 余/多/来, units that begin with a scale character or 个, suffix qualifiers, signs, currency
words, temperature scales, spaces) and check the two agree wherever the quick one answers.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import example, given, settings
from hypothesis import strategies as st

from govdoc.metrics import scan
from govdoc.metrics.money import CURRENCY_CODES
from govdoc.metrics.numbers import CN_NUMERAL_CHARS, SCALES
from govdoc.metrics.scan import (
    _QUICK,
    _SUFFIX_CHARS,
    _arabic_at,
    _candidate_at,
    _cut_fullwidth_comma,
    _quick,
    _quick_chinese,
)
from govdoc.metrics.units import UNIT_INITIALS
from govdoc.model import _canonical_decimal

_PIECES = st.one_of(
    st.sampled_from(list("0123456789０５.．,，")),
    st.sampled_from(list("万亿千百十萬億兆佰仟拾余多来个個半以上下左右及之一二两三五九十廿零〇壹贰叁")),
    st.sampled_from([
        "家", "元", "%", "％", "人次", "千米", "千瓦", "千瓦时", "百分点", "个百分点", "個百分點", "个月", "个多月",
        "小时", "吨", "度", "点", "点建议",
        "项", "批", "次", "期", "种", "大", "类", "岁", "倍", "成", "折", "两", "km", "kg", "k", "m²", "t", "年",
        "块", "美元", "美分", "人民币", "港币",
        "以上", "以下", "左右", "及以上", "上下", "（含）", "/平方米", "/套", "（套）", "至", "-", "—", "~",
        "约", "近", "超过", "负", "零下", "-", "摄氏", "华氏", "￥", "$", "第", "，", "。", " ", "\u3000", "\n",
    ]),
)
_TEXTS = st.lists(_PIECES, max_size=16).map("".join)


def _both(text: str) -> list[tuple[object, object]]:
    """(quick, step by step) for every numeral of ``text`` a quick reading answers: each Arabic
    numeral, and each Chinese numeral of one character."""
    pairs: list[tuple[object, object]] = []
    for at in range(len(text)):
        if text[at] in "0123456789０１２３４５６７８９":
            m = _QUICK.match(text, at)
            quick = _quick(text, at, m) if m is not None else None
            if quick is None:
                continue
            ar = scan._AR_RE.match(text, at)
            assert ar is not None
            pairs.append((quick, _arabic_at(text, at, _cut_fullwidth_comma(text, at, ar.group()))))
        elif text[at] in CN_NUMERAL_CHARS:
            numeral = scan.NUMBER_RE.match(text, at)
            if numeral is None or numeral.end() != at + 1 or numeral.group("cn") is None:
                continue
            quick = _quick_chinese(text, at)
            if quick is not None:
                pairs.append((quick, _candidate_at(text, numeral)))
    return pairs


@settings(max_examples=1500, deadline=None)
@given(_TEXTS)
@example("引进企业139家，吸引内资3.45亿元")
@example("30余家以上，1.2万余人，约5.5%左右，负3个百分点，摄氏20度，美元3亿元")
@example("3千米3万千瓦3个月3个 百分点3个亿")
@example("一个，两项以上，三年，约五成，零下五度，两个亿，三个多月，一个 百分点，五个百分点，两万元，十九大")
def test_quick_reads_as_the_step_by_step_reading(text: str) -> None:
    for quick, slow in _both(text):
        assert isinstance(quick, scan.Candidate) and isinstance(slow, scan.Candidate)
        assert replace(quick, canonical=False) == slow  # the mark is the quick reading's own
        assert repr(quick.value) == repr(slow.value)  # the same exponent too (3.45亿 is 345000000.00)


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
@example("139家，5.5%，5.50%，5.0%，0.5%，00.5%，1.2万人，30亿亿元，12345678901亿元，负0元")
def test_a_value_marked_canonical_is_stored_as_it_is(text: str) -> None:
    for quick, _ in _both(text):
        assert isinstance(quick, scan.Candidate)
        if quick.canonical:
            assert repr(_canonical_decimal(quick.value)) == repr(quick.value)


def test_quick_answers_the_usual_figures() -> None:
    """The quick reading is taken for the usual shapes (else it would stand in for nothing)."""
    for text in ("139家", "3.45亿元", "30余家", "1.2万余人", "5.5%以上", "3个", "2个百分点", "12千瓦"):
        m = _QUICK.match(text, 0)
        assert m is not None and _quick(text, 0, m) is not None, text
    for text in ("一个", "两项", "三年", "五成以上"):
        assert _quick_chinese(text, 0) is not None, text


def test_no_unit_starts_where_a_shorter_numeral_would_end() -> None:
    """``_QUICK`` may try a shorter numeral than ``_AR_RE`` reads when what follows fails; what then
    follows it (a digit, a comma, a point) must start no unit, scale or 余/多/来."""
    assert not (UNIT_INITIALS | set(SCALES) | set("余多来")) & set("0123456789０１２３４５６７８９,，.．")


def test_suffix_qualifiers_start_with_nothing_else_the_tail_reads() -> None:
    """``_quick`` reads a suffix qualifier right after the unit: no other part of a tail (a range, a
    per-unit, 角/分, a currency name, （含）) may start with the same character."""
    others = scan._PER_CHARS | scan._ALTERNATIVE_CHARS | scan._RANGE_AFTER_UNIT_CHARS | scan._INCLUSIVE_CHARS
    assert not _SUFFIX_CHARS & (others | scan._WS_CHARS)
    assert not _SUFFIX_CHARS & (set("0123456789０１２３４５６７８９半又整钱") | {w[0] for w in CURRENCY_CODES})
