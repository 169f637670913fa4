"""What a figure counts (its indicator) and whether it is a change, read from the words before it."""

from __future__ import annotations

from ..model import Change, Metric
from .scan import Candidate


def indicator_of(text: str, cand: Candidate, previous: Metric | None) -> str | None:
    """The phrase that names what was counted; placeholder."""
    return None


def change_of(text: str, cand: Candidate) -> Change | None:
    """increase/decrease/flat for growth figures; placeholder."""
    return None
