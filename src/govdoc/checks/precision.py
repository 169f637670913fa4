"""Rounding-aware arithmetic: a printed figure stands for every value that rounds to it.

"8.22%" stands for any share in [8.215, 8.225]; "4770.9亿元" for any amount within 0.05亿元 of
it; "24条" for exactly 24. The checks compute what a figure should be from other printed figures
as an :class:`Interval` (every value the inputs allow) and call a figure wrong only when no value
in that interval rounds to what was printed: 8.22 against 2/24 = 8.33 is a finding, 8.3 is not.

Everything here works on the printed text of a figure (``Metric.text``) and its scaled value, never
on the internals of :mod:`govdoc.metrics`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from ..model import Metric

_DIGITS = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_NUMBER = re.compile(r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?")
_INEXACT_KINDS = frozenset({"percent", "percentage_point", "ratio"})


@dataclass(frozen=True)
class Interval:
    """A closed interval of values ``[lo, hi]``: what a printed figure, or arithmetic on several, allows."""

    lo: Decimal
    hi: Decimal

    @classmethod
    def exact(cls, value: Decimal) -> Interval:
        """The interval holding ``value`` alone."""
        return cls(value, value)

    @classmethod
    def around(cls, value: Decimal, half_width: Decimal) -> Interval:
        """``[value - half_width, value + half_width]``."""
        return cls(value - half_width, value + half_width)

    @property
    def mid(self) -> Decimal:
        """The middle of the interval: the best single value to show."""
        return (self.lo + self.hi) / 2

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __mul__(self, other: Interval) -> Interval:
        products = (self.lo * other.lo, self.lo * other.hi, self.hi * other.lo, self.hi * other.hi)
        return Interval(min(products), max(products))

    def __truediv__(self, other: Interval) -> Interval:
        if other.lo <= 0 <= other.hi:
            raise ZeroDivisionError("the divisor interval contains zero")
        return self * Interval(1 / other.hi, 1 / other.lo)

    def scale(self, factor: Decimal) -> Interval:
        """The interval multiplied by a constant."""
        return self * Interval.exact(factor)

    def gap(self, other: Interval) -> Decimal:
        """How far apart two intervals are (0 when they overlap)."""
        return max(Decimal(0), other.lo - self.hi, self.lo - other.hi)


def total(intervals: list[Interval]) -> Interval:
    """The sum of intervals (the empty sum is exactly 0)."""
    result = Interval.exact(Decimal(0))
    for interval in intervals:
        result = result + interval
    return result


@dataclass(frozen=True)
class Printed:
    """How a figure was printed: the number as written, its decimals and scale, and the last digit's worth.

    ``quantum`` is the value of one unit in the last printed digit after scaling ("4770.9亿元":
    0.1亿 = 10,000,000); ``exact`` is True for whole counts and amounts printed at their unit
    ("24条", "45683元"), which are not rounded at all.
    """

    number: Decimal
    decimals: int
    scale: Decimal
    quantum: Decimal
    exact: bool
    span: tuple[int, int] | None
    """Where the number is in ``Metric.text``; None for numbers written in Chinese numerals."""


def printed(metric: Metric) -> Printed:
    """Read how ``metric`` was printed from its text and value: from the number ``value`` was read from, the
    first of the text, or a range's last (its upper bound: "3-5万元" is printed at the 5 of 50000)."""
    if metric.value_min is None:
        found = _NUMBER.search(metric.text)
    else:
        found = next(reversed(list(_NUMBER.finditer(metric.text))), None)
    if found is None:  # 二十四条, 四类: Chinese numerals are whole numbers
        return Printed(metric.value, 0, Decimal(1), Decimal(1), True, None)
    plain = found.group().translate(_DIGITS).replace(",", "")
    number = Decimal(plain)
    decimals = len(plain.partition(".")[2])
    scale = abs(metric.value) / number if number else Decimal(1)
    quantum = scale.scaleb(-decimals)
    exact = decimals == 0 and scale == 1 and metric.kind not in _INEXACT_KINDS
    return Printed(number, decimals, scale, quantum, exact, found.span())


def interval(metric: Metric, quantum: Decimal | None = None) -> Interval:
    """Every value that ``metric`` as printed can stand for (``quantum`` overrides the printed one,
    for a list that prints 25% among shares with two decimals)."""
    form = printed(metric)
    if quantum is None:
        if form.exact:
            return Interval.exact(metric.value)
        quantum = form.quantum
    return Interval.around(metric.value, quantum / 2)


def quantum_of(metric: Metric) -> Decimal:
    """The worth of the last printed digit of ``metric`` (1 for an exact whole number)."""
    return printed(metric).quantum


def finest(metrics: list[Metric]) -> Decimal:
    """The smallest quantum among ``metrics``: a list printed with two decimals means its whole
    numbers ("25%") are exact to two decimals too."""
    return min(quantum_of(metric) for metric in metrics)


def render(metric: Metric, value: Decimal, quantum: Decimal | None = None) -> str:
    """``value`` (after scaling, like ``Metric.value``) written the way ``metric`` was printed:
    render(8.22%, 8.333…) is "8.33%", render(4770.9亿元, 477100000000) is "4771.0亿元"."""
    form = printed(metric)
    if form.span is None or not form.scale:
        return f"{_plain(value)}{metric.unit}"
    step = (quantum if quantum is not None else form.quantum) / form.scale
    number = (value / form.scale).quantize(step.normalize() if step < 1 else Decimal(1), rounding=ROUND_HALF_UP)
    start, end = form.span
    sign_at = start - 1 if start and metric.text[start - 1] in "-−－" else start
    return metric.text[:sign_at] + _plain(number) + metric.text[end:]


def _plain(value: Decimal) -> str:
    return format(value, "f")


@dataclass(frozen=True)
class Verdict:
    """How far a printed figure is from what the arithmetic allows, in units of its last digit."""

    gap: Decimal
    """Distance between what the figure can stand for and what is expected, divided by the quantum."""
    expected: Interval

    @property
    def consistent(self) -> bool:
        """True when some expected value rounds to the printed figure."""
        return self.gap == 0

    @property
    def severity(self) -> str:
        """``warning`` when truncating instead of rounding could explain the gap, else ``error``."""
        return "warning" if self.gap <= Decimal("0.5") else "error"


def judge(metric: Metric, expected: Interval, quantum: Decimal | None = None) -> Verdict:
    """Compare the printed ``metric`` with the interval the arithmetic expects."""
    allowed = interval(metric, quantum)
    unit = quantum if quantum is not None else quantum_of(metric)
    return Verdict(allowed.gap(expected) / unit, expected)


__all__ = ["Interval", "Printed", "Verdict", "finest", "interval", "judge", "printed", "quantum_of", "render",
           "total"]
