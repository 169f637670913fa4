"""Rule ``percent_groups``: shares of one whole that make up the whole must sum to 100 %.

A group is known to be complete when the text says so (分为四类 and four shares, an item named 其他,
the contributions of the three industries); its shares must then sum to 100 % within the rounding
of what was printed (25 %, 50 %, 8.22 %, 16.67 % sum to 99.89 %: a finding). A group not known to
be complete is checked only when its sum comes close to 100 % (within :data:`NEAR`), which is what
a complete split with a slip looks like; shares that sum to 98 %, 85 % or 167 % may be a partial
list or overlapping categories, and are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from .document import Document
from .finding import Finding
from .groups import find_groups
from .precision import Interval, finest, interval, total

RULE = "percent_groups"
HUNDRED = Interval.exact(Decimal(100))
NEAR = Decimal(1)
"""A group not known to be complete is read as a complete split when its shares sum to 100 ± NEAR."""


def check(document: Document) -> Iterator[Finding]:
    """Every group of two or more shares whose parts all carry a share."""
    for group in find_groups(document):
        shares = group.shares()
        if len(shares) < 2 or len(shares) != len(group.parts):
            continue
        quantum = finest([s.metric for s in shares])
        summed = total([interval(s.metric, quantum) for s in shares])
        exact = sum((s.metric.value for s in shares), Decimal(0))
        gap = summed.gap(HUNDRED)
        if gap == 0:
            continue
        if group.exhaustive is None and abs(exact - 100) > NEAR:
            continue
        sure = group.exhaustive is not None and gap / quantum > Decimal("0.5")
        severity = "error" if sure else "warning"
        listed = "+".join(s.metric.text for s in shares)
        shown = f"{exact.normalize():f}%"
        yield Finding(
            rule=RULE, severity=severity,
            message_zh=f"各部分占比之和{listed}={shown}，应为100%",
            message_en=f"the shares {listed} of one whole sum to {shown}, not 100%",
            figures=tuple(s.ref("share") for s in shares),
            expected=Decimal(100), printed=exact, expected_text="100%", printed_text=shown,
        )


__all__ = ["RULE", "check"]
