"""Figures in Chinese text: numbers with their unit, scale, qualifier, indicator and position.

>>> from govdoc.metrics import extract_metrics
>>> [(m.text, m.value, m.unit) for m in extract_metrics("引进企业139家，吸引内资3.45亿元")]
[('139家', Decimal('139'), '家'), ('3.45亿元', Decimal('345000000'), '元')]
"""

from __future__ import annotations

from .cells import table_figures
from .extract import extract_metrics
from .find import find_numbers
from .numbers import read_number
from .places import Figure, figures

__all__ = ["Figure", "extract_metrics", "figures", "find_numbers", "read_number", "table_figures"]
