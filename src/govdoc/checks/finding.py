"""What a check reports: a :class:`Finding` with the figures it concerns, each a :class:`FigureRef`.

A finding is data, not prose: the rule that made it, how sure it is (``severity``), one message in
Chinese and one in English, the figures involved (each with its metric, section path and the
sentence it stands in), and the value the arithmetic expects next to the value the document printed.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..model import Metric, Number

Severity = Literal["info", "warning", "error"]
"""``error``: the printed figures cannot all be right, whatever the rounding; ``warning``: they
disagree by little more than rounding, or the rule read the text with some doubt; ``info``: worth a
look, not a contradiction."""

SEVERITIES: tuple[Severity, ...] = ("info", "warning", "error")
"""The severities from the least to the most serious."""

Where = Literal["title", "paragraph", "cell", "glossary"]
"""The kind of text a figure stands in: a heading title, a paragraph, a table cell, a glossary definition."""


def severity_rank(severity: Severity) -> int:
    """The position of ``severity`` in :data:`SEVERITIES` (0 for ``info``), for ``--fail-on``."""
    return SEVERITIES.index(severity)


class FigureRef(BaseModel):
    """One figure a finding concerns, with what is needed to show it in place.

    ``index`` is the figure's position in ``report.metrics(bare_cells=True)`` (so a writer can mark it), ``path``
    the headings above it as printed ("一、经济发展"), ``context`` the sentence it stands in (a table
    cell: the row as "label | cell | cell"), and ``offset`` where the figure's text starts in ``context``
    (-1 when the context does not contain it). ``role`` says what the figure is in the check:
    total, part, share, level, previous, growth, increment, duplicate, cell.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    index: int = Field(ge=0, description="position of the figure in report.metrics(bare_cells=True)")
    metric: Metric
    role: str
    where: Where = "paragraph"
    path: tuple[str, ...] = ()
    context: str = ""
    offset: int = -1


class Finding(BaseModel):
    """A place where the printed figures of a document do not add up.

    ``expected`` and ``printed`` are values in the figure's unit after scaling (like ``Metric.value``);
    ``expected_text`` and ``printed_text`` show them as the document prints the figure ("8.33%",
    "4771.0亿元"). A finding about figures that disagree with each other, not with arithmetic, has no
    expected value.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule: str = Field(description="the module that made it: shares, parts, percent_groups, growth, tables, duplicates")
    severity: Severity
    message_zh: str
    message_en: str
    figures: tuple[FigureRef, ...] = Field(min_length=1)
    expected: Number | None = None
    printed: Number | None = None
    expected_text: str | None = None
    printed_text: str | None = None

    @property
    def subject(self) -> FigureRef:
        """The figure the finding is about: the first one whose role is the checked one, else the first."""
        return self.figures[0]

    def sort_key(self) -> tuple[int, int, str]:
        """Document order of the subject figure, the most serious first, then the rule."""
        return self.subject.index, -severity_rank(self.severity), self.rule


__all__ = ["SEVERITIES", "FigureRef", "Finding", "Severity", "Where", "severity_rank"]
