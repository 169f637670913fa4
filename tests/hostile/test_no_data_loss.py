"""No data loss: kill -9 in the middle of a write leaves the old file or the new one; inputs are never
modified; nothing is overwritten without --force; the CLI says what failed in one line."""

from __future__ import annotations

import hashlib
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from govdoc.cli import main
from govdoc.errors import LimitError
from govdoc.formats import FORMATS

from . import corpus

ERROR_LINE = re.compile(r"^govdoc: error: (?P<file>[^:]+): (?P<what>.+): (?P<todo>[^:]+)$")


def _digest(path: Path) -> tuple[str, int]:
    stat = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), stat.st_mtime_ns


def _wait_for(predicate: object, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.001)
    return False


# ------------------------------------------------------------------------------------------ kill -9

_WRITER = """
import sys
from govdoc.io import atomic_write
size = int(sys.argv[2])
atomic_write(sys.argv[1], b"N" * size, force=True)
"""


def _kill_during_atomic_write(target: Path, size: int) -> None:
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(target), str(size)])
    try:
        assert _wait_for(lambda: any(p.name.endswith(".part") for p in target.parent.iterdir())
                         or proc.poll() is not None)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()


@pytest.mark.parametrize("size", [64 * 2**20, 256 * 2**20])
def test_kill_9_during_atomic_write_leaves_old_or_new(tmp_path: Path, size: int) -> None:
    target = tmp_path / "out.json"
    old = b"OLD" * 1000
    target.write_bytes(old)
    _kill_during_atomic_write(target, size)
    data = target.read_bytes()
    assert data == old or data == b"N" * size
    # a leftover temporary file may stay after SIGKILL, but it is hidden and never the target
    leftovers = [p.name for p in tmp_path.iterdir() if p != target]
    assert all(name.startswith(".out.json.") and name.endswith(".part") for name in leftovers)


def test_kill_9_during_convert_leaves_old_or_new(tmp_path: Path) -> None:
    source = tmp_path / "big.txt"
    source.write_bytes(corpus.sample_text().encode("utf-8") * 2000)
    target = tmp_path / "big.json"
    old = b'{"old": true}'
    before = _digest(source)
    outcomes = set()
    for delay in (0.05, 0.3, 0.8, 1.5, 3.0):
        target.write_bytes(old)
        proc = subprocess.Popen([sys.executable, "-m", "govdoc", "convert", str(source), "-t", "json",
                                 "-o", str(target), "--force"], stderr=subprocess.DEVNULL)
        time.sleep(delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        data = target.read_bytes()
        if data == old:
            outcomes.add("old")
        else:  # it finished: the new file is whole and valid
            assert FORMATS["json"].reader(data).sections
            outcomes.add("new")
    assert outcomes  # each run left one of the two
    assert _digest(source) == before


# ------------------------------------------------------------------------------------------ inputs


def test_inputs_are_never_modified(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inputs = {
        "good.txt": corpus.sample_text().encode("utf-8"),
        "bomb.docx": corpus.docx_zip_bomb(4 * 2**20),
        "traversal.docx": corpus.docx_path_traversal(),
        "laughs.xml": corpus.billion_laughs(),
        "cut.pdf": corpus.truncated_pdf(),
        "junk.txt": corpus.binary_junk(),
        "good.docx": corpus.valid_docx(),
    }
    paths = []
    for name, data in inputs.items():
        path = tmp_path / name
        path.write_bytes(data)
        path.chmod(0o444)
        paths.append(path)
    before = {path: _digest(path) for path in paths}
    for path in paths:
        for fmt in ("json", "xml", "docx"):
            main(["convert", str(path), "-t", fmt, "-o", str(tmp_path / f"{path.name}.{fmt}")])
    main(["convert", str(tmp_path), "-t", "text", "-o", str(tmp_path / "batch"), "-j", "1", "-q"])
    capsys.readouterr()
    assert {path: _digest(path) for path in paths} == before


def test_existing_output_is_kept_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "a.txt"
    source.write_text(corpus.sample_text(), encoding="utf-8")
    target = tmp_path / "a.json"
    target.write_bytes(b"precious")
    assert main(["convert", str(source), "-t", "json", "-o", str(target)]) == 1
    assert target.read_bytes() == b"precious"
    assert "--force" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------ CLI errors


@pytest.mark.parametrize("name,build", [
    ("cut.pdf", corpus.truncated_pdf), ("locked.pdf", corpus.encrypted_pdf), ("bomb.docx", corpus.docx_zip_bomb),
    ("laughs.xml", corpus.billion_laughs), ("junk.txt", corpus.binary_junk), ("mixed.txt", corpus.mixed_encodings),
    ("traversal.docx", corpus.docx_path_traversal),
])
def test_cli_error_is_one_line_file_what_todo(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str,
                                               build: object) -> None:
    path = tmp_path / name
    path.write_bytes(build())  # type: ignore[operator]
    assert main(["convert", str(path), "-t", "json", "-o", str(tmp_path / "out.json")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1, err
    match = ERROR_LINE.match(err[0].replace(str(path), name))
    assert match is not None, err[0]
    assert match["file"] == name and match["what"] and match["todo"]
    assert "Traceback" not in err[0]
    assert not (tmp_path / "out.json").exists()


def test_cli_debug_shows_the_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cut.pdf"
    path.write_bytes(corpus.truncated_pdf())
    assert main(["--debug", "convert", str(path), "-t", "json", "-o", str(tmp_path / "o.json")]) == 1
    err = capsys.readouterr().err
    assert "Traceback" in err and err.rstrip().splitlines()[-1].startswith("govdoc: error: ")


def test_cli_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(corpus.sample_text(), encoding="utf-8")
    assert main(["convert", str(path), "-t", "nope"]) == 2
    with pytest.raises(SystemExit) as info:
        main(["convert", str(path), "--no-such-option"])
    assert info.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_cli_missing_input_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.txt"
    code = main(["convert", str(missing), "-t", "json", "-o", str(tmp_path / "o.json")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code in (1, 2) and len(err) <= 2 and all("Traceback" not in line for line in err)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Found by the corpus: the CLI read any file whole before any limit applied (30 GB: out of memory)."""
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:  # sparse: no disk space used
        handle.truncate(30 * 2**30)
    assert main(["convert", str(huge), "-t", "json", "-o", str(tmp_path / "o.json")]) == 1
    err = capsys.readouterr().err.strip()
    assert "input.max_file_bytes" in err and err.count("\n") == 0
    assert main(["show", str(huge)]) == 1
    assert "input.max_file_bytes" in capsys.readouterr().err
    from govdoc import limits, read_docx

    with limits.override({"input.max_file_bytes": 10}), pytest.raises(LimitError):
        read_docx(huge)


def test_a_batch_over_the_hostile_corpus_fails_each_cleanly(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    import json

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, build in corpus.HOSTILE.items():
        if name not in ("nested_numbering.txt", "zip_bomb.docx"):
            (inbox / name).write_bytes(build())  # type: ignore[operator]
    (inbox / "good.txt").write_text(corpus.sample_text(), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["convert", str(inbox), "-t", "json", "-o", str(out), "-j", "1", "-q"]) == 1
    capsys.readouterr()
    lines = [json.loads(line) for line in (out / "report.jsonl").read_text(encoding="utf-8").splitlines()]
    by_name = {Path(line["source"]).name: line for line in lines}
    assert by_name["good.txt"]["status"] == "success"
    assert by_name["utf16_no_bom.txt"]["status"] == "success"
    for name, line in by_name.items():
        assert "internal error" not in (line.get("message") or ""), (name, line)
    assert sum(line["status"] == "failure" for line in lines) >= 10
