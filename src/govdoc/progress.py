"""Progress of a batch for people: a one-line bar on a terminal, plain lines in a log, or silence.

A tiny renderer rather than tqdm or rich: govdoc needs three modes (a bar with rate and ETA, one
line per document when standard error is not a terminal, nothing but failures with ``--quiet``),
failure lines printed above the bar, and a summary; that is under a hundred lines, and keeps
the command free of another runtime dependency whose non-terminal output (carriage returns in
CI logs) would need working around anyway.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from typing import Literal, TextIO

from .batch import ConversionResult

Mode = Literal["bar", "lines", "quiet"]

LABELS = {"success": "ok", "partial": "warning", "failure": "FAILED", "skipped": "skipped"}


def pick_mode(stream: TextIO, *, quiet: bool) -> Mode:
    """``quiet`` if asked, a bar on a terminal, plain lines otherwise."""
    if quiet:
        return "quiet"
    isatty = getattr(stream, "isatty", None)
    return "bar" if callable(isatty) and isatty() else "lines"


def duration(seconds: float) -> str:
    """``0:07``, ``12:30``, ``2:03:04``."""
    whole = int(seconds + 0.5)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """Counts results and shows them in the chosen mode; :meth:`summary` says how the run went."""

    def __init__(self, total: int, stream: TextIO, mode: Mode, *,
                 clock: Callable[[], float] = time.monotonic, width: int | None = None) -> None:
        self.total = total
        self.stream = stream
        self.mode = mode
        self.clock = clock
        self.width = width
        self.started = clock()
        self.counts = {"success": 0, "partial": 0, "failure": 0, "skipped": 0}
        self._drawn = 0.0
        if mode == "bar":  # at once: the first result may take a while (workers start, imports)
            self._draw(force=True)

    @property
    def done(self) -> int:
        """Documents finished so far, whatever their status."""
        return sum(self.counts.values())

    def rate(self) -> float:
        """Documents read per second since the start; skipped ones do not count, or a resumed run,
        which skips thousands in its first second, would promise to end at once."""
        elapsed = self.clock() - self.started
        return (self.done - self.counts["skipped"]) / elapsed if elapsed > 0 else 0.0

    def update(self, result: ConversionResult) -> None:
        """Count one result and show it."""
        self.counts[result.status] += 1
        if self.mode == "lines":
            width = len(str(self.total))
            line = f"[{self.done:>{width}}/{self.total}] {LABELS[result.status]:<7} {result.relative}"
            if result.message:
                line += ": " + result.message.replace("\n", "; ")
            self._write(line + "\n")
        elif result.status in ("failure", "partial") and self.mode == "bar":
            self._write(f"\r\x1b[K{LABELS[result.status]} {result.relative}: "
                        f"{(result.message or '').replace(chr(10), '; ')}\n")
            self._draw(force=True)
        elif result.status == "failure":  # quiet: failures only
            self._write(f"govdoc: error: {result.source}: {result.message}\n")
        elif self.mode == "bar":
            self._draw()

    def bar(self) -> str:
        """The bar line: percentage, bar, count, rate, ETA and failures so far."""
        rate = self.rate()
        share = self.done / self.total if self.total else 1.0
        left = max(self.total - self.done, 0)
        eta = duration(left / rate) if rate > 0 else "?"
        width = len(str(self.total))  # fixed-width fields keep the bar from jittering
        tail = f" {self.done:>{width}}/{self.total}  {rate:6.1f} docs/s  ETA {eta:>5}"
        if self.counts["failure"]:
            tail += f"  failed {self.counts['failure']}"
        columns = self.width or shutil.get_terminal_size((80, 24)).columns
        room = max(columns - len(tail) - 8, 10)
        filled = int(room * share)
        return f"{share:4.0%} |{'#' * filled}{'.' * (room - filled)}|{tail}"

    def _draw(self, *, force: bool = False) -> None:
        now = self.clock()
        if force or now - self._drawn >= 0.1 or self.done == self.total:
            self._drawn = now
            self._write("\r\x1b[K" + self.bar())

    def _write(self, text: str) -> None:
        self.stream.write(text)
        self.stream.flush()

    def close(self) -> None:
        """End the bar's line."""
        if self.mode == "bar":
            self._draw(force=True)
            self._write("\n")

    def summary(self) -> str:
        """One line: how many documents converted, with warnings, skipped and failed, and how fast."""
        c = self.counts
        elapsed = self.clock() - self.started
        converted = c["success"] + c["partial"]
        return (f"{self.done} documents: {converted} converted ({c['partial']} with warnings), "
                f"{c['skipped']} up to date, {c['failure']} failed in {elapsed:.1f} s "
                f"({self.rate():.1f} docs/s)")


__all__ = ["LABELS", "Mode", "Progress", "duration", "pick_mode"]
