"""Parse throughput on the seeds, and the cost of parsing relative to one regex pass (run on demand).

    python tests/benchmarks/parse_speed.py [--repeat N]

For each seed it prints MB/s, and for every seed the ratio of ``govdoc.parse`` to a single
``re.finditer(r"\\d+")`` pass over the same text, both measured in this run (best of N). The bar of
issue 2: parsing the 45 KB report costs at most 40 times that pass. Figures are extracted in the
same call, so this is the cost of the whole pipeline.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path

import govdoc

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
DIGITS = re.compile(r"\d+")


def best_of(repeat: int, work: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs, in seconds (the least disturbed by the rest of the machine)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    print(f"{'seed':32s} {'KB':>6s} {'parse ms':>9s} {'MB/s':>6s} {'regex ms':>9s} {'ratio':>6s}")
    for path in sorted(SEEDS.glob("*.txt")):
        data = path.read_bytes()
        text = data.decode("utf-8")
        govdoc.parse(data)  # warm up imports and compiled patterns
        parse_s = best_of(args.repeat, lambda data=data: govdoc.parse(data))  # type: ignore[misc]
        regex_s = best_of(args.repeat * 10, lambda text=text: sum(1 for _ in DIGITS.finditer(text)))  # type: ignore[misc]
        print(f"{path.name:32s} {len(data) / 1024:6.1f} {parse_s * 1000:9.2f} {len(data) / parse_s / 1e6:6.2f} "
              f"{regex_s * 1000:9.3f} {parse_s / regex_s:6.1f}x")


if __name__ == "__main__":
    main()
