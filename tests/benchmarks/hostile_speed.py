"""Parse time on 1, 10 and 50 MB of generated text: it must grow linearly (run on demand).

    python tests/benchmarks/hostile_speed.py [--sizes 1,10,50] [--kinds report,line,numerals]

Kinds of generated text, each cut to the size in MB (decimal: 10⁶ bytes, so 50 MB stays under
``parse``'s 50 MiB limit):

``report``    the seed reports repeated (headings, paragraphs, figures: the ordinary case)
``line``      one single line of figure-dense text with no line break (the 50 MB single line)
``numerals``  paragraphs of Chinese numerals, scales and units (万亿元十百千: the figure scanner's worst)

For each kind it prints seconds and MB/s per size and the ratio of the time per MB at each size to
that at the smallest: a ratio near 1 is linear; a quadratic parse would show ~10 and ~50.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

import govdoc

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
MB = 10**6


def _repeat_to(unit: bytes, size: int, *, cut_at_newline: bool) -> bytes:
    data = (unit * (size // len(unit) + 1))[:size]
    if cut_at_newline:
        data = data[: data.rfind(b"\n") + 1]
    return data.decode("utf-8", "ignore").encode("utf-8")


def report_text(size: int) -> bytes:
    """The seeds, concatenated and repeated to ``size`` bytes."""
    unit = b"\n\n".join(path.read_bytes() for path in sorted(SEEDS.glob("*.txt"))) + b"\n\n"
    return _repeat_to(unit, size, cut_at_newline=True)


def single_line(size: int) -> bytes:
    """One line of figure-dense text, ``size`` bytes, no line break."""
    unit = "引进企业139家，吸引内资3.45亿元，同比增长12.5%；新建养老床位三百张，".encode()
    return _repeat_to(unit, size, cut_at_newline=False)


def numerals(size: int) -> bytes:
    """Paragraphs of Chinese numerals with scales and units."""
    unit = ("　　全年完成投资一千二百三十四万五千元，两万亿元，三十五万人次，十亿零五百万，"
            "五千万万亿，九十九点五亿元，百分之三十，一二三四五六七八九十。\n").encode()
    return _repeat_to(unit, size, cut_at_newline=True)


KINDS: dict[str, Callable[[int], bytes]] = {"report": report_text, "line": single_line, "numerals": numerals}


def measure(data: bytes) -> float:
    """CPU seconds of one ``govdoc.parse`` of ``data``."""
    gc.collect()
    start = time.process_time()
    govdoc.parse(data)
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,10,50", help="sizes in MB, comma-separated (default 1,10,50)")
    parser.add_argument("--kinds", default=",".join(KINDS), help=f"kinds of text (default {','.join(KINDS)})")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]
    worst = 0.0
    print(f"{'kind':9s} {'MB':>4s} {'seconds':>8s} {'MB/s':>6s} {'ratio':>6s}")
    for kind in args.kinds.split(","):
        base: float | None = None
        for size in sizes:
            data = KINDS[kind](size * MB)
            seconds = measure(data)
            per_mb = seconds / (len(data) / MB)
            base = per_mb if base is None else base
            ratio = per_mb / base
            worst = max(worst, ratio)
            print(f"{kind:9s} {size:4d} {seconds:8.2f} {len(data) / MB / seconds:6.2f} {ratio:6.2f}", flush=True)
    print(f"worst ratio of time per MB to the smallest size: {worst:.2f} (1.0 is linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
