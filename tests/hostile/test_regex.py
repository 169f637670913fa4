"""No regular expression of govdoc backtracks catastrophically or scans quadratically.

Every module-level pattern gets its worst cases (long runs of the characters it repeats: digits,
spaces, CJK, each punctuation mark; see ``regex_worst.py``) in a subprocess with a hard timeout
per pattern. This is a hang detector, not a performance assertion: nothing is timed but the
deadline after which the subprocess is killed and the pattern that was running is named. A
quadratic pattern needs about 10¹⁰ steps on 100,000 characters (minutes), a linear one a fraction
of a second. The same is done for ``parse`` on runs of the characters the parser and the figure
scanner care about, which also catches a pattern that is only quadratic through how it is called.
"""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from . import regex_worst

SIZE = 100_000
"""Characters per worst-case input."""
PER_PATTERN_TIMEOUT = 20.0
"""Seconds a single pattern may run on all its worst cases before it is declared hung."""
HERE = Path(__file__).resolve().parent

PARSE_RUN = 30_000
PARSE_CHARS = ("万亿元十百千一二两零〇%．.,，、。：；（）《》“”—…·1 \u3000字①●第章部分条款项年月日个家人次"
               "约近超过余多来至到-~/半▲□\t")


def _run_with_deadline(command: list[str], timeout: float) -> tuple[int, str | None, list[str]]:
    """Run ``command``, which prints ``start X`` / ``done X`` lines; kill it when one ``X`` runs longer
    than ``timeout`` seconds. Return the exit code, the item that hung (or None) and the lines."""
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            cwd=HERE, encoding="utf-8")
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    seen: list[str] = []
    running: str | None = None
    while True:
        try:
            line = lines.get(timeout=timeout)
        except queue.Empty:
            proc.kill()
            proc.wait()
            return -9, running or "(before the first pattern)", seen
        if line is None:
            break
        seen.append(line)
        if line.startswith("start "):
            running = line[6:]
        elif line.startswith("done "):
            running = None
    return proc.wait(), None, seen


def test_patterns_are_collected() -> None:
    names = regex_worst.patterns()
    assert len(names) > 50
    assert "govdoc.metrics.scan.NUMBER_RE" in names and "govdoc.parsing.normalise._SPACE_NEAR_PUNCT" in names
    assert regex_worst.scanned("govdoc.parsing.normalise._SPACE_NEAR_PUNCT")  # used with .sub


def test_worst_inputs_hold_the_repeated_characters() -> None:
    from govdoc.metrics.numbers import CHINESE_RE

    runs = {text[0] for _, text in regex_worst.worst_inputs(CHINESE_RE, 10)}
    assert {"万", "十", " ", "\u3000", "1"} <= runs


def test_no_pattern_hangs_on_its_worst_case() -> None:
    every = sorted(regex_worst.patterns())
    parts = [every[0::2], every[1::2]]  # two subprocesses at once: one per core
    with ThreadPoolExecutor(max_workers=len(parts)) as pool:
        results = list(pool.map(lambda names: _run_with_deadline(
            [sys.executable, "regex_worst.py", str(SIZE), *names], PER_PATTERN_TIMEOUT), parts))
    for names, (code, hung, lines) in zip(parts, results, strict=True):
        assert hung is None, f"{hung} did not finish its worst cases within {PER_PATTERN_TIMEOUT:.0f} s"
        assert code == 0, "\n".join(lines[-20:])
        assert sum(line.startswith("done ") for line in lines) == len(names)


_PARSE_RUNS = """
import sys
from govdoc import parse
from govdoc.errors import GovdocError
size = int(sys.argv[1])
for ch in sys.argv[2]:
    print(f"start {ch!r}", flush=True)
    try:
        parse(ch * size)
    except GovdocError:
        pass
    print(f"done {ch!r}", flush=True)
"""


def test_parse_does_not_hang_on_runs_of_one_character() -> None:
    code, hung, lines = _run_with_deadline([sys.executable, "-c", _PARSE_RUNS, str(PARSE_RUN), PARSE_CHARS],
                                           PER_PATTERN_TIMEOUT)
    assert hung is None, f"parse of {PARSE_RUN} × {hung} did not finish within {PER_PATTERN_TIMEOUT:.0f} s"
    assert code == 0, "\n".join(lines[-20:])


def test_the_hang_detector_names_what_hung() -> None:
    script = "import time; print('start slow', flush=True); time.sleep(30)"
    code, hung, _ = _run_with_deadline([sys.executable, "-c", script], 1.0)
    assert (code, hung) == (-9, "slow")
