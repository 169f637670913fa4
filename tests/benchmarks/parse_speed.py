"""Parse throughput per document class, as a ratio to one regex pass measured in the same run (on demand).

    python tests/benchmarks/parse_speed.py [--repeat N] [--docs]

The documents are the seeds (``seeds/``), the wild corpus (``tests/quality/corpus/wild/docs``) and
the held-out corpus (``tests/quality/corpus/heldout/docs``), put in classes by their names:

* seed: the five seeds (community reports and newspapers);
* work report: the province 政府工作报告 (``*_zfgzbg_*``);
* bulletin: the statistical bulletins (``*_tjgb_*``), with a figure every few characters;
* budget report: the 预算报告 (``*_ysbg_*``);
* page copy: the short web pages 31–38 of the wild set;
* degraded: every seed and wild document as a PDF extraction hands it over, made by the ``damage``
  generator (``tests/quality/degrade.py``); the class is skipped, with a note, where that module is
  not there.

For each class it prints the input size, the parse time, MB/s, and the ratio of ``govdoc.parse``
to one ``re.finditer(r"\\d+")`` pass over the same text (the baseline of issue 16: at most 15x
over the seeds and the wild corpus together, no class above 25x, bulletins at 4 MB/s or more).
Times are this process's CPU time (``time.process_time``), so other work on a shared machine does
not count, and each is the fastest of ``--repeat`` rounds; the parse and its baseline are measured
in the same run, document by document, so the ratios compare across machines. The first line says which
build of govdoc is measured: pure Python, or the parser compiled by mypyc (``GOVDOC_COMPILE=1``, see
``setup.py``); to compare the two, run it once with each installed.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import govdoc
import govdoc.parsing.blocks

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
QUALITY = ROOT / "tests" / "quality"
WILD = QUALITY / "corpus" / "wild" / "docs"
HELDOUT = QUALITY / "corpus" / "heldout" / "docs"
DIGITS = re.compile(r"\d+")
CLASSES = ("seed", "work report", "bulletin", "budget report", "page copy", "degraded")


@dataclass(frozen=True)
class Doc:
    """One input: its class, its name, its bytes, and whether it is in the whole-corpus ratio."""

    kind: str
    name: str
    data: bytes
    corpus: bool  # the seeds and the wild set (the whole corpus); held-out and degraded are apart


def kind_of(path: Path) -> str:
    """The class of a corpus document, from its name."""
    name = path.name
    if path.parent == SEEDS:
        return "seed"
    if "_zfgzbg_" in name:
        return "work report"
    if "_tjgb_" in name:
        return "bulletin"
    if "_ysbg_" in name:
        return "budget report"
    return "page copy"


def _degrader() -> Callable[[str, int], str] | None:
    """``degrade(text, seed)`` of the damage generator, or None where it is not in this checkout."""
    path = QUALITY / "degrade.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("govdoc_bench_degrade", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    degrade: Callable[[str, int], str] = module.degrade
    return degrade


def documents() -> tuple[list[Doc], str | None]:
    """Every benchmark input, and a note when the degraded class could not be made."""
    docs: list[Doc] = []
    for folder, corpus in ((SEEDS, True), (WILD, True), (HELDOUT, False)):
        for path in sorted(folder.glob("*.txt")):
            docs.append(Doc(kind_of(path), path.name, path.read_bytes(), corpus))
    degrade = _degrader()
    if degrade is None:
        return docs, "degraded: skipped, tests/quality/degrade.py (the damage generator) is not in this checkout"
    originals = [doc for doc in docs if doc.corpus]
    for i, doc in enumerate(originals):
        text = degrade(doc.data.decode("utf-8"), 1000 + i)
        docs.append(Doc("degraded", doc.name, text.encode("utf-8"), False))
    return docs, None


def cpu_seconds(work: Callable[[], object], repeat: int, minimum: float = 0.002) -> float:
    """CPU seconds of one call of ``work``: the fastest of ``repeat`` rounds, each a batch of calls
    long enough (``minimum`` seconds) for the clock's resolution not to matter."""
    start = time.process_time()
    work()
    once = max(time.process_time() - start, 1e-7)
    batch = max(1, int(minimum / once))
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for _ in range(batch):
            work()
        best = min(best, (time.process_time() - start) / batch)
    return best


@dataclass
class Timing:
    """The summed sizes and times of a set of documents."""

    size: int = 0
    parse: float = 0.0
    regex: float = 0.0

    def add(self, size: int, parse: float, regex: float) -> None:
        self.size += size
        self.parse += parse
        self.regex += regex

    def row(self, label: str) -> str:
        ratio = self.parse / self.regex if self.regex else float("nan")
        return (f"{label:34s} {self.size / 1024:8.1f} {self.parse * 1000:10.2f} {self.size / self.parse / 1e6:7.2f} "
                f"{self.regex * 1000:9.3f} {ratio:7.1f}x")


def measure(docs: list[Doc], repeat: int) -> dict[str, tuple[Doc, float, float]]:
    """Parse and regex CPU seconds of every document, keyed by class and name."""
    timings: dict[str, tuple[Doc, float, float]] = {}
    for doc in docs:
        text = doc.data.decode("utf-8")
        govdoc.parse(doc.data)  # warm up: imports and compiled patterns are not what is measured
        parse_s = cpu_seconds(lambda data=doc.data: govdoc.parse(data), repeat)  # type: ignore[misc]
        regex_s = cpu_seconds(lambda text=text: sum(1 for _ in DIGITS.finditer(text)), repeat)  # type: ignore[misc]
        timings[f"{doc.kind}/{doc.name}"] = (doc, parse_s, regex_s)
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="rounds per document; the fastest counts")
    parser.add_argument("--docs", action="store_true", help="print every document, not only the classes")
    args = parser.parse_args(argv)
    docs, note = documents()
    compiled = not str(govdoc.parsing.blocks.__file__).endswith(".py")  # a C extension under GOVDOC_COMPILE=1
    build = "compiled (mypyc)" if compiled else "pure Python"
    print(f"govdoc {govdoc.__version__}, {build}, from {Path(govdoc.__file__ or '').parent}")
    timings = measure(docs, args.repeat)
    header = f"{'':34s} {'KB':>8s} {'parse ms':>10s} {'MB/s':>7s} {'regex ms':>9s} {'ratio':>8s}"
    if args.docs:
        print(header)
        for key, (doc, parse_s, regex_s) in timings.items():
            print(Timing(len(doc.data), parse_s, regex_s).row(key[:34]))
        print()
    classes = {kind: Timing() for kind in CLASSES}
    whole, held = Timing(), Timing()
    for doc, parse_s, regex_s in timings.values():
        classes[doc.kind].add(len(doc.data), parse_s, regex_s)
        if doc.corpus:
            whole.add(len(doc.data), parse_s, regex_s)
        elif doc.kind != "degraded":
            held.add(len(doc.data), parse_s, regex_s)
    print(header)
    for kind, timing in classes.items():
        if timing.size:
            print(timing.row(kind))
    if note:
        print(note)
    print(whole.row("whole corpus (seeds + wild)"))
    print(held.row("held-out (not in the whole corpus)"))
    worst = max((t.parse / t.regex, kind) for kind, t in classes.items() if t.size)
    bulletin = classes["bulletin"]
    print(f"targets: whole corpus <= 15x ({whole.parse / whole.regex:.1f}x), no class above 25x "
          f"(worst {worst[1]}: {worst[0]:.1f}x), bulletins >= 4 MB/s ({bulletin.size / bulletin.parse / 1e6:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
