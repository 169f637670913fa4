"""Word writing speed against bare python-docx, both measured in this run (run on demand).

    python tests/benchmarks/docx_speed.py [--repeat N] [--scale K]

Writes the largest seed (``--scale K`` repeats its sections K times for a bigger document) with
``govdoc.write_docx`` into memory, and adds the same paragraphs (headings with ``add_heading``,
the rest with ``add_paragraph``) to a bare ``docx.Document()`` and saves it. Best of N for each;
the bar of issue 5 is a ratio of at most 1.5. It also times reading the file back (embedded
Report plus the fingerprint check) and reading it as a foreign file (typed lines + parse), against
a baseline measured in the same run: python-docx opening the file and reading the text of every
paragraph and table cell (the least any reader of a foreign file does).
"""

from __future__ import annotations

import argparse
import io
import time
from collections.abc import Callable
from pathlib import Path

import docx

import govdoc
from govdoc.formats import docx as gdocx
from govdoc.formats import layout as lay
from govdoc.model import Report


def best_of(repeat: int, work: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs, in seconds (the least disturbed by the rest of the machine)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def bare_python_docx(report: Report) -> bytes:
    """The same paragraphs through python-docx's own API, no styling: the baseline."""
    document = docx.Document()
    for item in lay.layout(report):
        for text in lay.walk_text([item]):
            if isinstance(item, lay.Heading) and item.run_in is None:  # a run-in heading starts a paragraph
                document.add_heading(text, level=min(item.level, 9))
            else:
                document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--scale", type=int, default=1)
    args = parser.parse_args()
    seed = max(SEEDS.glob("*.txt"), key=lambda p: p.stat().st_size)
    report = govdoc.parse(seed.read_bytes(), source=seed.name)
    if args.scale > 1:
        body = [s for s in report.sections if s.kind != "glossary"]
        report = report.model_copy(update={"sections": body * args.scale, "glossary": []})
    blocks = len(lay.layout(report))
    data = gdocx.to_bytes(report)
    ours = best_of(args.repeat, lambda: gdocx.to_bytes(report))
    bare = best_of(args.repeat, lambda: bare_python_docx(report))
    read_own = best_of(args.repeat, lambda: gdocx.from_bytes(data))
    read_foreign = best_of(args.repeat, lambda: gdocx.from_bytes(data, use_embedded=False))
    print(f"{seed.name} ×{args.scale}: {blocks} paragraphs, {len(data) / 1024:.0f} KB .docx")
    print(f"write_docx          {ours * 1000:8.1f} ms")
    print(f"bare python-docx    {bare * 1000:8.1f} ms")
    print(f"ratio               {ours / bare:8.2f}   (bar: <= 1.5)")
    print(f"read_docx (own)     {read_own * 1000:8.1f} ms")
    print(f"read_docx (foreign) {read_foreign * 1000:8.1f} ms   (typed lines + parse)")
    bare_read = best_of(args.repeat, lambda: bare_python_docx_text(data))
    print(f"bare python-docx    {bare_read * 1000:8.1f} ms   (open, every paragraph's and cell's text)")
    print(f"ratio (foreign)     {read_foreign / bare_read:8.2f}")


def bare_python_docx_text(data: bytes) -> list[str]:
    """The baseline of reading: python-docx's own API for the text of every paragraph and cell."""
    document = docx.Document(io.BytesIO(data))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts.extend(cell.text for row in table.rows for cell in row.cells)
    return texts


if __name__ == "__main__":
    main()
