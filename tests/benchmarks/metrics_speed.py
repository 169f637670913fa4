"""Figure-extraction throughput on the seeds, next to jionlp and cn2an measured in the same run.

    python tests/benchmarks/metrics_speed.py            # best of 5 rounds per tool
    python tests/benchmarks/metrics_speed.py --rounds 20

Times are the process's CPU time (``time.process_time``), so that helpers and builds running on
the same machine do not skew a comparison; the ratios to the baseline are what to compare.

The seeds are community reports; the wild corpus's bulletins and budget reports
(``tests/quality/corpus/wild/docs/1[1-4]_*``), with a figure every few characters, are timed apart.

govdoc's ``extract_metrics`` is called once per paragraph (non-empty line), as the parser does.
jionlp's ``extract_money`` (money only) and cn2an's ``transform`` (numeral rewriting, no units)
run on the same lines when they are installed; they are not govdoc dependencies
(``pip install jionlp cn2an`` to compare). The ratio to one ``re.finditer(r"\\d+")`` pass over the
same text is printed too, because that is the baseline the parser's own benchmark uses.
"""

from __future__ import annotations

import argparse
import importlib
import re
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from govdoc.metrics import extract_metrics

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
WILD = Path(__file__).resolve().parents[1] / "quality" / "corpus" / "wild" / "docs"
BULLETINS = ("11_changde_tjgb_2025.txt", "12_xinyang_tjgb_2025_part.txt", "13_tangshan_ysbg_2025.txt",
             "14_weifang_ysbg_2025.txt")


def best_of(rounds: int, job: Callable[[], int]) -> tuple[float, int]:
    """The fastest of ``rounds`` runs of ``job`` in seconds of this process's CPU time (other
    processes on a shared machine do not count), and what the job counted."""
    best, count = float("inf"), 0
    for _ in range(rounds):
        start = time.process_time()
        count = job()
        best = min(best, time.process_time() - start)
    return best, count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    docs = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    lines = [line for text in docs.values() for line in text.splitlines() if line.strip()]
    size_mb = sum(len(t.encode("utf-8")) for t in docs.values()) / 1e6
    report = [line for line in docs.get("003_c9a0b06722f75ec0.txt", "").splitlines() if line.strip()]
    # statistical bulletins and budget reports: far denser in figures than the seeds
    dense = [line for name in BULLETINS if (WILD / name).exists()
             for line in (WILD / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    dense_mb = sum(len(line.encode("utf-8")) for line in dense) / 1e6

    tools: list[tuple[str, Callable[[], int]]] = [
        ("re.finditer(r'\\d+') baseline", lambda: sum(1 for line in lines for _ in re.finditer(r"\d+", line))),
        ("govdoc extract_metrics (all kinds)", lambda: sum(len(extract_metrics(line)) for line in lines)),
    ]
    try:
        jionlp = importlib.import_module("jionlp")
        tools.append(("jionlp extract_money (money only)",
                      lambda: sum(len(jionlp.ner.extract_money(line, with_parsing=False)) for line in lines)))
    except ImportError:
        print("jionlp not installed: pip install jionlp to compare")
    warnings.filterwarnings("ignore", module="cn2an")  # it warns on every numeral it cannot rewrite
    try:
        cn2an = importlib.import_module("cn2an")
        tools.append(("cn2an transform cn2an (numerals only)",
                      lambda: sum(len(cn2an.transform(line, "cn2an")) for line in lines)))
    except ImportError:
        print("cn2an not installed: pip install cn2an to compare")

    for _, job in tools:  # warm up: compile regexes, load dictionaries
        job()
    baseline = None
    print(f"{len(docs)} seeds, {len(lines)} lines, {size_mb:.3f} MB; best of {args.rounds} rounds")
    print(f"{'tool':42s} {'ms':>9s} {'MB/s':>8s} {'x baseline':>11s} {'found':>7s}")
    for name, job in tools:
        seconds, count = best_of(args.rounds, job)
        baseline = baseline or seconds
        print(f"{name:42s} {seconds * 1000:9.2f} {size_mb / seconds:8.2f} {seconds / baseline:11.1f} {count:7d}")
    if report:
        seconds, count = best_of(args.rounds, lambda: sum(len(extract_metrics(line)) for line in report))
        print(f"the 45 KB report (003), paragraph by paragraph: {seconds * 1000:.2f} ms, {count} figures")
    if dense:
        base, _ = best_of(args.rounds, lambda: sum(1 for line in dense for _ in re.finditer(r"\d+", line)))
        seconds, count = best_of(args.rounds, lambda: sum(len(extract_metrics(line)) for line in dense))
        print(f"four bulletins and budget reports ({dense_mb * 1000:.0f} KB), line by line: {seconds * 1000:.2f} ms, "
              f"{count} figures, {seconds / base:.1f} x the re.finditer baseline on the same lines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
