"""Benchmark: write_pdf time per page, against a bare reportlab platypus document of the same text.

    python tests/benchmarks/pdf_speed.py [SEED.txt] [--repeat N]

Takes the largest seed (or the given file), parses it, and times in the same run, best of N:

* govdoc: ``govdoc.formats.pdf.to_bytes`` (CJK grid layout, kinsoku, justification, bookmarks,
  page numbers, layout note), fonts already resolved;
* baseline: the same layout items as stock ``Paragraph(wordWrap="CJK")`` flowables in the same frame with
  the same registered fonts (headings in the 黑体 face, the rest in the 仿宋 face), no bookmarks.

Runs alternate between the two and are timed in CPU time of the process (time.process_time), so the
load of a shared machine matters less. Prints seconds per page for both and the ratio (target: at most 1.5).
"""

from __future__ import annotations

import argparse
import io
import time
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import govdoc
from govdoc.fonts import FontResolver
from govdoc.formats import layout as lay
from govdoc.formats import pdf

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def baseline(report: govdoc.Report, fontset: object, style: pdf.PdfStyle) -> bytes:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    chains = fontset.chains  # type: ignore[attr-defined]
    body = ParagraphStyle("body", fontName=chains["fangsong"][0].name, fontSize=16, leading=style.leading,
                          firstLineIndent=32, wordWrap="CJK")
    head = ParagraphStyle("head", parent=body, fontName=chains["heiti"][0].name)
    title = ParagraphStyle("title", parent=body, fontName=chains["title"][0].name, fontSize=22, alignment=1,
                           firstLineIndent=0)
    flowables = []
    for item in lay.layout(report, punctuation="fullwidth"):
        st = title if isinstance(item, lay.DocTitle) else head if isinstance(item, lay.Heading) else body
        flowables.extend(Paragraph(escape(text), st) for text in lay.walk_text([item]))
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=(style.page_width, style.page_height), invariant=1)
    frame = Frame(style.margin_left, style.margin_bottom, style.frame_width, style.frame_height,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("page", [frame])])
    doc.build(flowables)
    return buffer.getvalue()


def interleaved(first: Callable[[], bytes], second: Callable[[], bytes], repeat: int
                ) -> tuple[float, bytes, float, bytes]:
    """Best time of each, running them alternately so that a change of machine load hits both."""
    times: tuple[list[float], list[float]] = ([], [])
    out = [b"", b""]
    for _ in range(repeat):
        for k, fn in enumerate((first, second)):
            start = time.process_time()
            out[k] = fn()
            times[k].append(time.process_time() - start)
    return min(times[0]), out[0], min(times[1]), out[1]


def pages(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("seed", nargs="?", type=Path, help="a raw text report (default: the largest seed)")
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    seed = args.seed or max(SEEDS.glob("*.txt"), key=lambda p: p.stat().st_size)
    report = govdoc.parse(seed.read_bytes(), source=seed.name)
    style = pdf.PdfStyle()
    text = "".join(lay.walk_text(lay.layout(report, punctuation="fullwidth"))) + "— 0123456789目录图表"
    fontset = FontResolver().resolve(text)
    pdf.to_bytes(report, fonts=fontset)  # warm up: font loading, width caches
    baseline(report, fontset, style)
    ours, data, theirs, base = interleaved(lambda: pdf.to_bytes(report, fonts=fontset),
                                           lambda: baseline(report, fontset, style), args.repeat)
    n, m = pages(data), pages(base)
    print(f"{seed.name}: {len(seed.read_bytes()) // 1024} KB of text")
    print(f"govdoc write_pdf : {n:3d} pages  {ours:.3f} s  {ours / n * 1000:.1f} ms/page")
    print(f"bare platypus    : {m:3d} pages  {theirs:.3f} s  {theirs / m * 1000:.1f} ms/page")
    print(f"ratio (per page) : {(ours / n) / (theirs / m):.2f}   ratio (whole document): {ours / theirs:.2f}  "
          f"(target <= 1.5)")


if __name__ == "__main__":
    main()
