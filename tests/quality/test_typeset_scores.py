"""The wild corpus typeset in GB/T 9704 by govdoc's own writers, read back from what the page shows.

A government office's Word file or PDF looks like what ``write_docx`` and ``write_pdf`` make: a
centred title over several lines, headings in 黑体/楷体 indented like the body, run-in headings
inside body paragraphs, an attachment's label on a line of its own, justified text. Each wild
document is parsed from its text, written as .docx and as PDF, and read back *without* the Report
govdoc embeds (``use_embedded=False``), as any other file would be. The outline (level, label and
title, half- and full-width forms folded: the writers print official full-width punctuation) and
the title, issuer and date must come back as the text gave them, above the floors below.

Known differences (why the floors are not 1.000): from Word, a news story's short one-sentence
paragraphs under its declared headline read back as leads (31); from PDF, two web articles, whose page
shows no sign of a website once typeset, read back as stories with their headline as a heading (36, 37).
"""

from __future__ import annotations

import unicodedata
import warnings
from collections.abc import Callable

import pytest

import govdoc
from govdoc.formats import docx as gdocx
from govdoc.formats import pdf as gpdf
from govdoc.model import Report

from .test_scores import CORPUS

READERS: dict[str, Callable[[Report], Report]] = {
    "docx": lambda report: gdocx.from_bytes(gdocx.to_bytes(report), use_embedded=False),
    "pdf": lambda report: gpdf.from_bytes(gpdf.to_bytes(report), use_embedded=False),
}
FLOORS = {"docx": {"tree": 0.99, "meta": 0.99}, "pdf": {"tree": 0.99, "meta": 0.97}}


def _folded(text: object) -> str | None:
    return None if text is None else unicodedata.normalize("NFKC", str(text)).replace(" ", "")


def _outline(report: Report) -> list[tuple[int, str | None]]:
    return [(level, _folded((section.label or "") + section.title)) for level, section in report.walk()]


def typeset_scores(kind: str) -> dict[str, float]:
    """Tree F1 and the share of title, issuer and date read back, over the wild documents."""
    found = expected = predicted = meta = 0
    documents = sorted((CORPUS / "wild" / "docs").glob("*.txt"))
    for path in documents:
        report = govdoc.parse(path.read_bytes(), source=path.name)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a missing font face is not what is measured here
            back = READERS[kind](report)
        gold, got = _outline(report), _outline(back)
        expected, predicted = expected + len(gold), predicted + len(got)
        for entry in gold:
            if entry in got:
                got.remove(entry)
                found += 1
        meta += sum(_folded(getattr(back.meta, key)) == _folded(getattr(report.meta, key))
                    for key in ("title", "issuer", "date"))
    precision, recall = found / max(predicted, 1), found / max(expected, 1)
    tree = 2 * precision * recall / (precision + recall) if found else 0.0
    return {"tree": tree, "meta": meta / (3 * len(documents))}


@pytest.mark.parametrize("kind", sorted(READERS))
def test_the_wild_set_typeset_by_govdoc_reads_back_from_its_pages(kind: str) -> None:
    scores = typeset_scores(kind)
    below = {name: (round(scores[name], 4), floor) for name, floor in FLOORS[kind].items() if scores[name] < floor}
    assert not below, f"wild typeset as {kind}, read from the page: scores below their floors (score, floor): {below}"

