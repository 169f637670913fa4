"""Benchmark: write_pdf time per page, against a bare reportlab platypus document of the same text;
read_pdf pages per second, against one bare pdfminer.six pass over the same text layer.

    python tests/benchmarks/pdf_speed.py [SEED.txt] [--repeat N] [--read FILE.pdf ...]

Takes the largest seed (or the given file), parses it, and times in the same run, best of N:

* govdoc: ``govdoc.formats.pdf.to_bytes`` (CJK grid layout, kinsoku, justification, bookmarks,
  page numbers, layout note), fonts already resolved;
* baseline: the same layout items as stock ``Paragraph(wordWrap="CJK")`` flowables in the same frame with
  the same registered fonts (headings in the 黑体 face, the rest in the 仿宋 face), no bookmarks.

Runs alternate between the two and are timed in CPU time of the process (time.process_time), so the
load of a shared machine matters less. Prints seconds per page for both and the ratio (target: at most 1.5).

Reading, timed the same way on the PDF just written and on every ``--read`` file (a PDF from anyone
else, e.g. one LibreOffice made from a .docx):

* govdoc: ``read_pdf`` of anyone's PDF (text layer, typed lines, parser; ``use_embedded=False`` on
  govdoc's own) and, for govdoc's own, ``read_pdf`` with its attached Report (text layer for the
  fingerprint);
* baseline: pdfminer.six interpreting every page without layout analysis and collecting its
  characters, the pass the reader made before it moved to PDFium.

The ratio of read_pdf to the baseline, measured on two versions, gives their speed against each
other (issue 16: at least 4 times faster than with pdfminer). ``--against SRC`` (e.g.
``/work/main/src``, or a checkout of the version before) also times that source tree's ``read_pdf``
of anyone's PDF in a child process, alternating with this one's, in CPU time of each read, and says
whether the two give the same Report (same JSON; or the same but for the ``lines`` of provenance,
which count the PDF's text lines since the reader hands the parser typed lines).
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
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


def pdfminer_pass(data: bytes) -> int:
    """The baseline of reading: pdfminer.six interprets every page and collects its characters."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar, LTContainer
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    count = 0
    for page in PDFPage.get_pages(io.BytesIO(data)):
        interpreter.process_page(page)
        stack: list[object] = [device.get_result()]
        while stack:
            for child in stack.pop():  # type: ignore[attr-defined]
                if isinstance(child, LTChar):
                    count += 1
                elif isinstance(child, LTContainer):
                    stack.append(child)
    return count


def reading(name: str, data: bytes, repeat: int, *, own: bool) -> None:
    """Time read_pdf on ``data`` against the pdfminer pass, and print pages per second."""
    n = pages(data)
    times: dict[str, list[float]] = {"baseline": [], "foreign": [], "own": []}
    for _ in range(repeat):
        for key, work in (("baseline", lambda: pdfminer_pass(data)),
                          ("foreign", lambda: pdf.from_bytes(data, use_embedded=False)),
                          ("own", lambda: pdf.from_bytes(data))):
            if key == "own" and not own:
                continue
            start = time.process_time()
            work()
            times[key].append(time.process_time() - start)
    best = {key: min(values) for key, values in times.items() if values}
    print(f"read {name}: {n} pages")
    print(f"  pdfminer pass    : {best['baseline']:.3f} s  {n / best['baseline']:6.1f} pages/s")
    print(f"  read_pdf (text)  : {best['foreign']:.3f} s  {n / best['foreign']:6.1f} pages/s   "
          f"ratio to the pdfminer pass {best['foreign'] / best['baseline']:.3f}")
    if own:
        print(f"  read_pdf (own)   : {best['own']:.3f} s  {n / best['own']:6.1f} pages/s   "
              f"ratio to the pdfminer pass {best['own'] / best['baseline']:.3f}")


_CHILD = """
import hashlib, json, sys, time, warnings
sys.path.insert(0, sys.argv[1])
warnings.simplefilter("ignore")
from govdoc.formats import pdf

def unplaced(o):
    if isinstance(o, dict):
        return {k: unplaced(v) for k, v in o.items() if k != "lines"}
    return [unplaced(v) for v in o] if isinstance(o, list) else o

def digests(report):
    full = report.model_dump_json()
    bare = json.dumps(unplaced(json.loads(full)), ensure_ascii=False, sort_keys=True)
    return [hashlib.sha256(text.encode()).hexdigest()[:16] for text in (full, bare)]

if __name__ == "__main__":
    for path in sys.stdin:
        data = open(path.strip(), "rb").read()
        start = time.process_time()
        report = pdf.from_bytes(data, use_embedded=False)
        spent = time.process_time() - start
        print(spent, *digests(report), flush=True)
"""


def against(name: str, path: Path, src: Path, repeat: int) -> None:
    """Time read_pdf of the source tree ``src`` (a child process) and of this one, alternately."""
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(src)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdin is not None and child.stdout is not None
    data = path.read_bytes()
    theirs: list[float] = []
    ours: list[float] = []
    digests: set[tuple[str, ...]] = set()
    mine: tuple[str, ...] = ()
    scope: dict[str, object] = {"__name__": "digests"}
    exec(_CHILD.split("if __name__")[0].replace("sys.path.insert(0, sys.argv[1])", ""), scope)
    for _ in range(repeat):
        child.stdin.write(f"{path}\n")
        child.stdin.flush()
        spent, *digest = child.stdout.readline().split()
        theirs.append(float(spent))
        digests.add(tuple(digest))
        start = time.process_time()
        report = pdf.from_bytes(data, use_embedded=False)
        ours.append(time.process_time() - start)
        mine = tuple(scope["digests"](report))  # type: ignore[operator]
    child.stdin.close()
    child.wait()
    n = pages(data)
    same = "yes" if digests == {mine} else "yes, but for the line numbers of provenance" \
        if {d[1] for d in digests} == {mine[1]} else "no"
    print(f"read {name} against {src}: {n} pages")
    print(f"  theirs read_pdf  : {min(theirs):.3f} s  {n / min(theirs):6.1f} pages/s")
    print(f"  this read_pdf    : {min(ours):.3f} s  {n / min(ours):6.1f} pages/s   "
          f"{min(theirs) / min(ours):.1f} times as fast (target >= 4)   same Report: {same}")
    if same == "no":
        print("  " + json.dumps({"theirs": sorted(digests), "this": mine}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("seed", nargs="?", type=Path, help="a raw text report (default: the largest seed)")
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--read", type=Path, nargs="*", default=[], help="more PDFs to time reading on")
    parser.add_argument("--against", type=Path, help="the src folder of another version to time read_pdf against")
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
    reading(f"{seed.stem}.pdf (govdoc's)", data, args.repeat, own=True)
    for path in args.read:
        reading(path.name, path.read_bytes(), args.repeat, own=False)
    if args.against is not None:
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            own = Path(folder) / f"{seed.stem}.pdf"
            own.write_bytes(data)
            for path in [own, *args.read]:
                against(path.name, path, args.against, args.repeat)


if __name__ == "__main__":
    main()
