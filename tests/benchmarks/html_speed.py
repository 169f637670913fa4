"""Reading web pages of 1, 10 and 50 MB: time must grow linearly (run on demand).

    python tests/benchmarks/html_speed.py [--sizes 1,10,50] [--kinds article,chrome,nested]

Kinds of generated page, each ``size`` MB (decimal) of markup:

``article``   a portal page whose article is the seed reports as <p> paragraphs (the ordinary case)
``chrome``    the sample article among a huge list of links and an inline script (a saved portal page)
``nested``    the seed reports in <p>s each wrapped 200 <div>s deep (deep nesting, repeated)

For each size it prints the CPU seconds of finding the article and making its lines
(``page_source_lines``) and of the whole ``read_html``, MB/s, and two ratios measured in the same
run: the time per MB against the smallest size (near 1 is linear; a quadratic reader would show
~10 and ~50), and, for ``article``, ``read_html`` against ``govdoc.parse`` of the same text as
raw text (what reading the page costs over reading its text).
"""

from __future__ import annotations

import argparse
import gc
import html
import sys
import time
from collections.abc import Callable
from pathlib import Path

import govdoc
from govdoc.formats.html.read import page_source_lines, read_html

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
MB = 10**6
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hostile import corpus  # noqa: E402


def _seed_lines() -> list[str]:
    return [line.strip() for path in sorted(SEEDS.glob("*.txt"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _fill(head: str, unit: str, tail: str, size: int) -> tuple[bytes, str]:
    """A page of ``size`` bytes: ``head``, ``unit`` repeated, ``tail``; and the text of the repeats."""
    room = size - len((head + tail).encode())
    count = max(1, room // len(unit.encode()))
    page = (head + unit * count + tail).encode()
    return page + b" " * max(0, size - len(page)), ""


def article(size: int) -> tuple[bytes, str]:
    lines = _seed_lines()
    unit = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines)
    head = ('<html><head><meta charset="utf-8"><title>报告</title></head><body><div class="nav"><a href="/">首页</a>'
            '</div><h1>报告</h1><div class="TRS_Editor">')
    page, _ = _fill(head, unit, "</div><div class='footer'>版权所有</div></body></html>", size)
    repeats = page.count(b"<p>") // len(lines)
    return page, "报告\n" + "\n".join(lines * repeats) + "\n"


def chrome(size: int) -> tuple[bytes, str]:
    return corpus.html_big_page(size), ""


def nested(size: int) -> tuple[bytes, str]:
    unit = "".join("<div>" * 200 + f"<p>{html.escape(line)}</p>" + "</div>" * 200 for line in _seed_lines()[:20])
    return _fill("<html><body>", unit, "</body></html>", size)


KINDS: dict[str, Callable[[int], tuple[bytes, str]]] = {"article": article, "chrome": chrome, "nested": nested}


def cpu(call: Callable[[], object]) -> float:
    gc.collect()
    start = time.process_time()
    call()
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,10,50", help="sizes in MB, comma-separated (default 1,10,50)")
    parser.add_argument("--kinds", default=",".join(KINDS), help=f"kinds of page (default {','.join(KINDS)})")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]
    worst = 0.0
    print(f"{'kind':8s} {'MB':>4s} {'lines s':>8s} {'read s':>8s} {'MB/s':>6s} {'ratio':>6s} {'vs text':>8s}")
    for kind in args.kinds.split(","):
        base: float | None = None
        for size in sizes:
            data, text = KINDS[kind](size * MB)
            lines = cpu(lambda data=data: page_source_lines(data))  # type: ignore[misc]
            whole = cpu(lambda data=data: read_html(data))  # type: ignore[misc]
            per_mb = whole / (len(data) / MB)
            base = per_mb if base is None else base
            worst = max(worst, per_mb / base)
            versus = f"{whole / cpu(lambda text=text: govdoc.parse(text)):8.2f}" if text else f"{'':8s}"  # type: ignore[misc]
            print(f"{kind:8s} {size:4d} {lines:8.2f} {whole:8.2f} {len(data) / MB / whole:6.2f} {per_mb / base:6.2f} "
                  f"{versus}", flush=True)
    print(f"worst ratio of time per MB to the smallest size: {worst:.2f} (1.0 is linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
