"""govdoc convert: batch runs (layout, report.jsonl, exit codes, re-runs) and the single-file modes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import govdoc
from govdoc.cli import main


def statuses(out: Path) -> dict[str, str]:
    lines = (out / "report.jsonl").read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["relative"]: json.loads(line)["status"] for line in lines}


def test_batch_keeps_going_writes_report_and_fails(corpus: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["convert", str(corpus), "-t", "json,xml", "-o", str(out), "--jobs", "2"]) == 1
    assert statuses(out) == {"a.txt": "success", "2020/b.txt": "success", "2020/q1/c.txt": "success",
                             "2021/bad.txt": "failure"}
    assert (out / "2020" / "q1" / "c.json").is_file() and (out / "2020" / "q1" / "c.xml").is_file()
    err = capsys.readouterr().err
    assert "[4/4]" in err and "FAILED  2021/bad.txt: " in err  # plain lines: stderr is no terminal
    assert "4 documents: 3 converted (0 with warnings), 0 up to date, 1 failed" in err
    # a re-run skips what is up to date; --force converts again
    assert main(["convert", str(corpus), "-t", "json,xml", "-o", str(out), "--jobs", "1"]) == 1
    assert statuses(out)["a.txt"] == "skipped"
    assert main(["convert", str(corpus), "-t", "json", "-o", str(out), "-j", "1", "--force"]) == 1
    assert statuses(out)["a.txt"] == "success"


def test_quiet_prints_failures_only(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(corpus), "-t", "json", "-o", str(tmp_path / "out"), "-j", "1", "-q"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        f"govdoc: error: {corpus / '2021' / 'bad.txt'}: the data looks binary (NUL or control bytes), "
        "not text: pass a .txt, .docx, .pdf, .xml or .json file"]


def test_all_good_exits_zero_with_glob(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["convert", str(corpus / "2020" / "**" / "*.txt"), "-t", "text", "-o", str(out), "-q"]) == 0
    assert statuses(out) == {"b.txt": "success", "q1/c.txt": "success"}
    assert govdoc.parse((out / "q1" / "c.txt").read_bytes()) == govdoc.parse((corpus / "a.txt").read_bytes())


def test_single_file_to_stdout_and_file(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = corpus / "a.txt"
    assert main(["convert", str(source), "-t", "json"]) == 0
    printed = capsys.readouterr().out
    assert govdoc.read_json(printed.encode()) == govdoc.parse(source.read_bytes(), source="a.txt")
    assert main(["convert", str(source), "-t", "xml", "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("<?xml")
    target = tmp_path / "a.json"
    assert main(["convert", str(source), "-t", "json", "-o", str(target)]) == 0
    assert not (tmp_path / "report.jsonl").exists()
    assert main(["convert", str(source), "-t", "json", "-o", str(target)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"govdoc: error: {target}: exists already: pass --force (force=True) to overwrite it"]
    assert main(["convert", str(source), "-t", "json", "-o", str(target), "--force"]) == 0


def test_single_file_into_a_folder_is_a_batch(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert main(["convert", str(corpus / "a.txt"), "-t", "json", "-o", str(out), "-q"]) == 0
    assert (out / "a.json").is_file() and statuses(out) == {"a.txt": "success"}


@pytest.mark.parametrize(("argv", "message"), [
    (["-t", "json"], "give -o FOLDER"),
    (["-t", "json", "-o", "-"], "standard output takes one input"),
    (["-t", "yaml", "-o", "x"], "unknown format"),
    (["-t", "json", "-o", "x", "--jobs", "0"], "--jobs must be at least 1"),
    (["-t", "json", "-o", "{corpus}"], "is an input folder"),
])
def test_usage_errors(corpus: Path, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(corpus), *(a.format(corpus=corpus) for a in argv)]) == 2
    assert message in capsys.readouterr().err


def test_a_missing_single_file_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(tmp_path / "missing.txt"), "-t", "json"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "missing.txt: cannot read" in err[0]


def test_a_glob_matching_nothing_is_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "b.xml"
    assert main(["convert", str(tmp_path / "004*.txt"), "-t", "xml", "-o", str(target)]) == 1
    assert "cannot read" in capsys.readouterr().err
    assert not target.exists()


def test_a_batch_into_a_file_name_is_a_usage_error(corpus: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(corpus), "-t", "json", "-o", str(tmp_path / "all.json")]) == 2
    assert "looks like a file" in capsys.readouterr().err
    assert not (tmp_path / "all.json").exists()
    assert main(["convert", str(corpus / "a.txt"), "-t", "json", "-o", str(tmp_path / "odd.json") + "/", "-q"]) == 0
    assert (tmp_path / "odd.json" / "a.json").is_file()


def test_an_empty_format_list_is_a_usage_error(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(corpus / "a.txt"), "-t", ","]) == 2
    assert "-t needs a format" in capsys.readouterr().err


def test_binary_format_needs_a_file(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(corpus / "a.txt"), "-t", "docx"]) == 2
    assert "give an output" in capsys.readouterr().err


# ------------------------------------------------------------- the same file name in different folders


@pytest.fixture
def two_years(tmp_path: Path, corpus: Path) -> Path:
    root = tmp_path / "years"
    for year, seed in (("y2022", "a.txt"), ("y2023", "2020/b.txt")):
        (root / year).mkdir(parents=True)
        (root / year / "report.txt").write_bytes((corpus / seed).read_bytes())
    return root


def test_convert_keeps_files_of_the_same_name_apart(two_years: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(two_years)
    out = tmp_path / "out"
    assert main(["convert", "y2022/report.txt", "y2023/report.txt", "-t", "json", "-o", str(out), "-q"]) == 0
    assert statuses(out) == {"y2022/report.txt": "success", "y2023/report.txt": "success"}
    assert govdoc.read(out / "y2022" / "report.json") == govdoc.read(two_years / "y2022" / "report.txt")
    assert govdoc.read(out / "y2023" / "report.json") == govdoc.read(two_years / "y2023" / "report.txt")
    # two folders: their common folder is the root too
    again = tmp_path / "again"
    assert main(["convert", "y2022", "y2023", "-t", "json", "-o", str(again), "-q"]) == 0
    assert statuses(again) == {"y2022/report.txt": "success", "y2023/report.txt": "success"}


def test_metrics_keeps_files_of_the_same_name_apart(two_years: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(two_years)
    for argv in (["y2022/report.txt", "y2023/report.txt"], ["y2022", "y2023"], [str(two_years)],
                 [str(two_years / "y2022" / "report.txt"), str(two_years / "y2023" / "report.txt")]):
        assert main(["metrics", *argv, "-t", "jsonl", "-o", "-"]) == 0
        documents = [json.loads(line)["document"] for line in capsys.readouterr().out.splitlines()]
        assert set(documents) == {"y2022/report.txt", "y2023/report.txt"}, argv
    # one folder, or files of one folder: named relative to it, as before
    assert main(["metrics", "y2022", "-t", "jsonl", "-o", "-"]) == 0
    assert {json.loads(line)["document"] for line in capsys.readouterr().out.splitlines()} == {"report.txt"}


def test_metrics_reads_a_document_given_twice_once(two_years: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from govdoc.metrics.table import metric_rows

    argv = [str(two_years), str(two_years / "y2022" / "report.txt")]
    assert main(["metrics", *argv, "-t", "jsonl", "-o", "-"]) == 0
    captured = capsys.readouterr()
    documents = [json.loads(line)["document"] for line in captured.out.splitlines()]
    expected = len(list(metric_rows(govdoc.read(two_years / "y2022" / "report.txt"), "x")))
    assert expected and documents.count("y2022/report.txt") == expected  # its rows once, not twice
    assert documents.count("y2023/report.txt") > 0
    assert captured.err.splitlines() == [
        "govdoc: warning: y2022/report.txt: given twice; its rows are in the table once"]
    assert main(["metrics", *argv, "-t", "jsonl", "-o", "-", "--strict"]) == 1
    assert "given twice" in capsys.readouterr().err


# ------------------------------------------------------------------------------- warnings in a batch


def test_an_empty_input_in_a_batch_is_a_warning_or_with_strict_a_failure(
        corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (corpus / "2021" / "bad.txt").unlink()
    (corpus / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["convert", str(corpus), "-t", "json", "-o", str(out), "-j", "1"]) == 0
    assert statuses(out)["empty.txt"] == "partial"
    assert (out / "empty.json").is_file()
    assert "warning empty.txt: the input has no text (it is empty or whitespace only)" in capsys.readouterr().err
    strict = tmp_path / "strict"
    assert main(["convert", str(corpus), "-t", "json,xml", "-o", str(strict), "-j", "1", "--strict"]) == 1
    assert statuses(strict)["empty.txt"] == "failure" and statuses(strict)["a.txt"] == "success"
    assert not (strict / "empty.json").exists() and not (strict / "empty.xml").exists()
    assert "(a warning is an error with --strict)" in capsys.readouterr().err


# -------------------------------------------------------------- --limit holds in every worker process


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_limit_set_on_the_command_line_holds_in_workers(corpus: Path, tmp_path: Path, jobs: str,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from govdoc import limits

    before = limits.current()
    out = tmp_path / "out"
    argv = ["--limit", "input.max_file_bytes=10", "convert", str(corpus), "-t", "json", "-o", str(out), "-j", jobs]
    assert main(argv) == 1
    assert set(statuses(out).values()) == {"failure"}
    assert not list(out.rglob("*.json"))
    lines = [json.loads(line) for line in (out / "report.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all("input.max_file_bytes (10)" in line["message"] for line in lines)
    capsys.readouterr()
    # metrics refuses the same way, and the run changed nothing in this process
    assert main(["--limit", "input.max_file_bytes=10", "metrics", str(corpus), "-o", "-", "-j", jobs]) == 1
    assert capsys.readouterr().err.count("input.max_file_bytes (10)") == 4
    assert limits.current() == before
    assert main(["convert", str(corpus), "-t", "json", "-o", str(out), "-j", jobs, "-q"]) == 1  # bad.txt only
    assert list(statuses(out).values()).count("success") == 3


def test_convert_all_carries_the_limits_in_force_to_its_workers(corpus: Path, tmp_path: Path) -> None:
    from concurrent.futures import ProcessPoolExecutor

    from govdoc import limits
    from govdoc.batch import convert_all

    with limits.override({"input.max_file_bytes": 10}), ProcessPoolExecutor(2) as pool:
        results = list(convert_all([corpus], to="json", out_dir=tmp_path / "out", executor=pool))
    assert {r.status for r in results} == {"failure"}
    with ProcessPoolExecutor(2) as pool:
        results = list(convert_all([corpus], to="json", out_dir=tmp_path / "out", executor=pool,
                                   limits=limits.Limits(input_max_file_bytes=10)))
    assert {r.status for r in results} == {"failure"}


@pytest.mark.parametrize(("setting", "message"), [
    ("parse.max_bytes=oops", "could not convert"), ("nope=3", "unknown limit"), ("xml.max_depth=0", "positive"),
    ("xml.max_depth", "NAME=VALUE"), ("xml.max_depth=2.5", "whole number"),
])
def test_a_bad_limit_is_a_usage_error(corpus: Path, setting: str, message: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--limit", setting, "show", str(corpus / "a.txt")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"govdoc: usage error: --limit {setting}: ") and message in err


def test_the_page_limit_bounds_writing_in_workers_too(corpus: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    single = tmp_path / "a.pdf"
    argv = ["--limit", "pdf.max_pages=1", "convert"]
    assert main([*argv, str(corpus / "a.txt"), "-t", "pdf", "-o", str(single)]) == 1
    assert not single.exists()
    assert "more than 1 pages (pdf.max_pages)" in capsys.readouterr().err
    out = tmp_path / "out"
    assert main([*argv, str(corpus / "a.txt"), str(corpus / "2020" / "b.txt"), "-t", "pdf", "-o", str(out),
                 "-j", "2", "-q"]) == 1
    assert statuses(out) == {"a.txt": "failure", "2020/b.txt": "failure"}
    assert not list(out.rglob("*.pdf"))
