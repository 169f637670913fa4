"""Benchmark: convert a synthetic corpus with 1 and 2 workers; peak memory of a small and a large corpus.

Run on demand (not collected by pytest)::

    .venv/bin/python tests/benchmarks/corpus.py [--docs 2000] [--small 500] [--formats json,xml]

The corpus is built in a temporary folder from the seeds and from Reports drawn from
``govdoc.testing.canonical_reports()`` written with ``govdoc.write_text``, spread over nested
folders as a district's ten years of reports would be. Printed:

* documents per second with 1 and 2 worker processes (``convert_all`` with its default process
  pool, ``force=True``), and the speed-up of 2 over 1 (target: at least 1.7x on 2 cores);
* peak memory while converting the small and the large corpus with 2 workers: the Python
  allocations of the parent (tracemalloc), which is what would grow if results were kept, and the
  resident memory of the parent plus its worker processes (sampled with psutil every 10 ms, when
  psutil is installed). Target: the large corpus within 20% of the small one.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path

from hypothesis import HealthCheck, given, settings

import govdoc
from govdoc.batch import convert_all
from govdoc.testing import canonical_reports

ROOT = Path(__file__).resolve().parents[2]


def sample_texts(generated: int) -> list[bytes]:
    """The seeds and ``generated`` canonical texts of Reports drawn by hypothesis (deterministic)."""
    texts = [p.read_bytes() for p in sorted((ROOT / "seeds").glob("*.txt"))]
    drawn: list[bytes] = []

    @settings(max_examples=generated, database=None, derandomize=True, deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(canonical_reports())
    def collect(report: govdoc.Report) -> None:
        if len(drawn) < generated:
            drawn.append(govdoc.write_text(report).encode("utf-8"))

    collect()
    return texts + drawn


def build_corpus(folder: Path, count: int, texts: list[bytes]) -> Path:
    """``count`` documents under ``folder``/year/office/, cycling through ``texts``."""
    for i in range(count):
        sub = folder / f"{2015 + i % 10}" / f"office{i % 7:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"report{i:05d}.txt").write_bytes(texts[i % len(texts)])
    return folder


class TreeMemory:
    """Peak resident memory of this process and its descendants, sampled in a thread."""

    def __init__(self, interval: float = 0.01) -> None:
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        try:
            import psutil
        except ImportError:
            self.psutil = None
        else:
            self.psutil = psutil

    def __enter__(self) -> TreeMemory:
        if self.psutil is not None:
            self._thread = threading.Thread(target=self._sample, daemon=True)
            self._thread.start()
        return self

    def _sample(self) -> None:
        assert self.psutil is not None
        me = self.psutil.Process()
        while not self._stop.is_set():
            total = 0
            for process in [me, *me.children(recursive=True)]:
                with contextlib.suppress(self.psutil.Error):
                    total += process.memory_info().rss
            self.peak = max(self.peak, total)
            self._stop.wait(self.interval)

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()


def convert(corpus: Path, out: Path, formats: str, jobs: int) -> tuple[float, int, int, float, float, float]:
    """Convert the corpus; return the seconds taken, documents converted and failed, the parent's CPU
    seconds, and the workers' wall and CPU seconds spent in conversions (summed over documents)."""
    start = time.perf_counter()
    cpu = time.process_time()
    done = failed = 0
    busy = worked = 0.0
    for result in convert_all([corpus], to=formats, out_dir=out, jobs=jobs, force=True):
        done += 1
        failed += result.status == "failure"
        busy += result.seconds
        worked += result.cpu_seconds
    return time.perf_counter() - start, done, failed, time.process_time() - cpu, busy, worked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents in the large corpus")
    parser.add_argument("--small", type=int, default=500, help="documents in the small corpus")
    parser.add_argument("--generated", type=int, default=200, help="distinct generated documents")
    parser.add_argument("--formats", default="json,xml")
    parser.add_argument("--repeat", type=int, default=2, help="rounds of 1 and 2 workers (best counts)")
    args = parser.parse_args(argv)

    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, formats {args.formats}, "
          f"load average {os.getloadavg()[0]:.1f} (other work on the machine skews the speed-up)")
    texts = sample_texts(args.generated)
    print(f"{len(texts)} distinct documents ({sum(map(len, texts)) / len(texts) / 1024:.1f} KiB on average)")
    with tempfile.TemporaryDirectory(prefix="govdoc-bench-") as tmp:
        base = Path(tmp)
        large = build_corpus(base / "large", args.docs, texts)
        small = build_corpus(base / "small", args.small, texts)

        rates: dict[int, float] = {}
        cpu_per_doc: dict[int, float] = {}
        parent_cpu_per_doc = 0.0
        for round_ in range(args.repeat):  # alternate 1 and 2 workers; keep the best of each
            for jobs in (1, 2):
                seconds, done, failed, parent_cpu, busy, worked = convert(large, base / f"out{jobs}", args.formats,
                                                                          jobs)
                rates[jobs] = max(rates.get(jobs, 0.0), done / seconds)
                print(f"round {round_ + 1}, {jobs} worker{'s' if jobs > 1 else ' '}: {done} documents in "
                      f"{seconds:6.1f} s = {done / seconds:6.1f} docs/s ({failed} failed); parent CPU "
                      f"{parent_cpu:.1f} s, workers busy {busy / seconds / jobs:.0%}, "
                      f"{busy / done * 1000:.1f} ms a document ({worked / done * 1000:.1f} ms of CPU)", flush=True)
                cpu_per_doc[jobs] = min(cpu_per_doc.get(jobs, 1e9), worked / done)
                parent_cpu_per_doc = max(parent_cpu_per_doc, parent_cpu / done)
        print(f"best: 1 worker {rates[1]:.1f} docs/s, 2 workers {rates[2]:.1f} docs/s")
        print(f"speed-up of 2 workers over 1: {rates[2] / rates[1]:.2f}x (target >= 1.7x)")
        one, two, parent = cpu_per_doc[1], max(cpu_per_doc[1], cpu_per_doc[2]), parent_cpu_per_doc
        print(f"CPU per document: {cpu_per_doc[1] * 1000:.1f} ms in 1 worker, {cpu_per_doc[2] * 1000:.1f} ms in "
              f"each of 2, {parent * 1000:.2f} ms in the parent; on 2 idle cores 2 workers and the parent would "
              f"share them: estimated speed-up 2 x {one * 1000:.1f} / ({two * 1000:.1f} + {parent * 1000:.2f}) = "
              f"{2 * one / (two + parent):.2f}x")

        peaks = {}
        for name, corpus in (("small", small), ("large", large)):
            tracemalloc.start()
            with TreeMemory() as tree:
                _, done, *_ = convert(corpus, base / f"mem-{name}", args.formats, 2)
            _, python_peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            peaks[name] = (python_peak, tree.peak)
            rss = f", parent + workers RSS {tree.peak / 2**20:.1f} MiB" if tree.peak else ""
            print(f"{done:5d} documents, 2 workers: parent Python peak {python_peak / 2**20:.2f} MiB{rss}")
        ratio = peaks["large"][0] / peaks["small"][0]
        line = f"memory large/small: parent Python {ratio:.2f}x"
        if peaks["small"][1]:
            line += f", RSS {peaks['large'][1] / peaks['small'][1]:.2f}x"
        print(line + " (target within 1.20x)")
    print(f"load average at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
