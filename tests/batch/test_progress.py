"""The progress renderer's three modes, with a fake clock and fake terminals."""

from __future__ import annotations

import io

from govdoc.batch import ConversionResult
from govdoc.progress import Progress, duration, pick_mode


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def result(name: str, status: str, message: str | None = None) -> ConversionResult:
    return ConversionResult(source=f"corpus/{name}", relative=name, status=status, message=message)  # type: ignore[arg-type]


def test_pick_mode() -> None:
    assert pick_mode(Terminal(), quiet=False) == "bar"
    assert pick_mode(io.StringIO(), quiet=False) == "lines"
    assert pick_mode(Terminal(), quiet=True) == "quiet"


def test_bar_shows_rate_eta_and_failures_above_it() -> None:
    stream, clock = Terminal(), Clock()
    progress = Progress(10, stream, "bar", clock=clock, width=80)
    assert stream.getvalue().startswith("\r\x1b[K  0% |....")  # drawn before the first result
    for i in range(4):
        clock.now += 0.5
        progress.update(result(f"d{i}.txt", "success"))
    clock.now += 0.5
    progress.update(result("bad.txt", "failure", "cannot parse"))
    line = progress.bar()
    assert line.startswith(" 50% |") and " 5/10" in line and "   2.0 docs/s" in line and "ETA  0:03" in line
    assert "failed 1" in line and len(line) <= 80
    assert "\r\x1b[KFAILED bad.txt: cannot parse\n" in stream.getvalue()
    progress.close()
    assert stream.getvalue().endswith("\n")
    assert progress.summary() == ("5 documents: 4 converted (0 with warnings), 0 up to date, 1 failed "
                                  "in 2.5 s (2.0 docs/s)")


def test_lines_and_quiet() -> None:
    stream = io.StringIO()
    progress = Progress(12, stream, "lines", clock=Clock())
    progress.update(result("a.txt", "partial", "one\ntwo"))
    progress.update(result("b.txt", "skipped"))
    assert stream.getvalue() == "[ 1/12] warning a.txt: one; two\n[ 2/12] skipped b.txt\n"
    quiet = io.StringIO()
    silent = Progress(0, quiet, "quiet", clock=Clock())
    silent.update(result("a.txt", "success"))
    silent.update(result("b.txt", "failure", "broken"))
    silent.close()
    assert quiet.getvalue() == "govdoc: error: corpus/b.txt: broken\n"


def test_skipped_documents_do_not_make_the_eta_optimistic() -> None:
    clock = Clock()
    progress = Progress(1000, Terminal(), "bar", clock=clock, width=100)
    for i in range(900):
        progress.update(result(f"s{i}.txt", "skipped"))
    clock.now += 1
    progress.update(result("new.txt", "success"))
    assert "   1.0 docs/s" in progress.bar() and "ETA  1:39" in progress.bar()


def test_duration() -> None:
    assert duration(7) == "0:07" and duration(750) == "12:30" and duration(7384) == "2:03:04"
