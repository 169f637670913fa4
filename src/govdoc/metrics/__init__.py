"""Figures in Chinese text: numbers with their unit, scale, qualifier, indicator and position."""

from __future__ import annotations

from ..model import Metric


def extract_metrics(text: str) -> list[Metric]:
    """Find every figure in ``text`` (one paragraph) and return them in order of position.

    Placeholder until the extractor lands; returns no figures.
    """
    return []


__all__ = ["extract_metrics"]
