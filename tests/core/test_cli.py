"""The command line: ``govdoc convert``, ``show`` and ``schema`` called through ``govdoc.cli.main``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import govdoc
from govdoc.cli import main

REPORT = """\
华泾镇2024年工作总结
一、经济发展
全年完成税收收入18.6亿元，同比增长4.5%，新增企业620户。
二、民生保障
（一）养老服务。新建长者照护之家2家，新增养老床位180张。
（二）就业帮扶。帮助长期失业青年就业35人。
"""


@pytest.fixture
def report_file(tmp_path: Path) -> Path:
    path = tmp_path / "huajing.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_convert_to_json_on_stdout(report_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(report_file), "-t", "json"]) == 0
    out = capsys.readouterr().out
    assert "华泾镇2024年工作总结" in out and "\\u" not in out
    report = govdoc.read_json(out)
    assert report == govdoc.parse(REPORT)
    assert report.meta.source == "huajing.txt"


def test_convert_dash_o_dash_is_stdout(report_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(report_file), "-t", "text", "-o", "-"]) == 0
    out = capsys.readouterr().out
    assert govdoc.parse(out) == govdoc.parse(REPORT)


def test_convert_to_a_file(report_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.json"
    assert main(["convert", str(report_file), "-t", "json", "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert govdoc.read_json(target.read_bytes()) == govdoc.parse(REPORT)


def test_convert_to_several_formats_in_a_folder(report_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    assert main(["convert", str(report_file), "-t", "text,json", "-o", str(folder)]) == 0
    assert {"huajing.json", "huajing.txt"} <= {p.name for p in folder.iterdir()}
    expected = govdoc.parse(REPORT)
    assert govdoc.read_json((folder / "huajing.json").read_text(encoding="utf-8")) == expected
    assert govdoc.parse((folder / "huajing.txt").read_bytes()) == expected


def test_existing_output_is_not_overwritten_without_force(report_file: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.json"
    target.write_text("keep me", encoding="utf-8")
    assert main(["convert", str(report_file), "-t", "json", "-o", str(target)]) == 1
    assert target.read_text(encoding="utf-8") == "keep me"
    err = capsys.readouterr().err
    assert "out.json" in err and "force" in err
    assert len(err.strip().splitlines()) == 1
    assert main(["convert", str(report_file), "-t", "json", "-o", str(target), "--force"]) == 0
    assert govdoc.read_json(target.read_bytes()) == govdoc.parse(REPORT)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_batch_with_a_bad_file_goes_on(report_file: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x00\x01\x02\x03\xff\xfe" * 200)
    other = tmp_path / "other.txt"
    other.write_text(REPORT.replace("华泾镇", "七宝镇"), encoding="gb18030")
    folder = tmp_path / "out"
    code = main(["convert", str(bad), str(report_file), str(other), "-t", "json", "-o", str(folder)])
    assert code == 1
    lines = capsys.readouterr().err.splitlines()
    assert any("scan.txt" in line and "binary" in line for line in lines)
    failed = [line for line in lines if "fail" in line.lower() or "error" in line.lower()]
    assert not any("huajing.txt" in line or "other.txt" in line for line in failed)
    assert {"huajing.json", "other.json"} <= {p.name for p in folder.iterdir()}
    assert "scan.json" not in {p.name for p in folder.iterdir()}
    assert govdoc.read_json((folder / "other.json").read_bytes()).meta.title == "七宝镇2024年工作总结"


def test_a_missing_input_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(tmp_path / "nowhere.txt"), "-t", "json", "-o", str(tmp_path / "out")]) == 1
    assert "nowhere.txt" in capsys.readouterr().err


def test_debug_shows_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x00\x01\x02\x03" * 300)
    assert main(["convert", str(bad), "-t", "json", "-o", str(tmp_path / "x.json")]) == 1
    assert "Traceback" not in capsys.readouterr().err
    assert main(["--debug", "convert", str(bad), "-t", "json", "-o", str(tmp_path / "x.json")]) == 1
    err = capsys.readouterr().err
    assert "Traceback" in err and "DecodeError" in err


def test_usage_errors_exit_2(report_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["convert", str(report_file)])  # -t is required
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["no-such-command"])
    assert info.value.code == 2
    capsys.readouterr()
    assert main(["convert", str(report_file), "-t", "yaml"]) == 2
    assert "yaml" in capsys.readouterr().err


def test_show_prints_the_tree_with_counts(report_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(report_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "title: 华泾镇2024年工作总结" in lines
    assert "一、经济发展  [section] ¶1 #3" in lines
    assert "二、民生保障  [section] ¶0 #0" in lines
    assert "  （一）养老服务  [section] ¶1 #2" in lines
    assert "  （二）就业帮扶  [section] ¶1 #1" in lines
    assert lines[-1] == "4 sections, 3 paragraphs, 6 figures, 0 glossary terms"


def test_show_of_a_bad_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x00\x01\x02\x03" * 300)
    assert main(["show", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "scan.txt" in err and len(err.strip().splitlines()) == 1


def test_schema_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Report"
    assert "schema_version" in schema["properties"]


# ------------------------------------------------------------------- one meaning for -f, metrics output


def test_dash_f_is_force_in_convert_and_metrics(report_file: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["convert", str(report_file), "-t", "json"], ["metrics", str(report_file), "-t", "jsonl"]):
        target = tmp_path / f"{argv[0]}.out"
        target.write_text("keep me", encoding="utf-8")
        assert main([*argv, "-o", str(target)]) == 1
        assert target.read_text(encoding="utf-8") == "keep me"
        assert main([*argv, "-o", str(target), "-f"]) == 0
        assert target.read_text(encoding="utf-8") != "keep me"
    assert "deprecated" not in capsys.readouterr().err


def test_metrics_dash_f_format_still_works_with_a_deprecation_message(
        report_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "figures.jsonl"
    assert main(["metrics", str(report_file), "-f", "jsonl", "-o", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8").splitlines()[0])["document"] == "huajing.txt"
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "-f jsonl is deprecated" in err and "-t jsonl" in err
    # an input that happens to be called like a format is no format, and the legacy rule leaves it alone
    assert main(["convert", str(report_file), "-f", "-t", "json", "-o", str(tmp_path / "x.json")]) == 0
    assert "deprecated" not in capsys.readouterr().err


def test_metrics_on_stdout_has_no_bom_and_a_file_has_one(report_file: Path, tmp_path: Path,
                                                        capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["metrics", str(report_file), "-o", "-"]) == 0
    printed = capsysbinary.readouterr().out
    assert printed.startswith(b"document,section_path,")
    target = tmp_path / "figures.csv"
    assert main(["metrics", str(report_file), "-o", str(target)]) == 0
    assert target.read_bytes() == b"\xef\xbb\xbf" + printed  # Excel needs the BOM in a file


def test_metrics_has_a_qualifier_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "q.txt"
    source.write_text("一、经济发展\n全年税收超过18.6亿元，服务居民约3000人，新增企业620户。\n", encoding="utf-8")
    assert main(["metrics", str(source), "-o", "-"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["text"], r["approx"], r["qualifier"]) for r in rows] == [
        ("超过18.6亿元", "over", "超过"), ("约3000人", "about", "约"), ("620户", "", "")]


def test_metrics_help_says_what_it_reads(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["metrics", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    from govdoc.formats import FORMATS

    for fmt in ("raw text", "JSON", "XML", ".docx", "PDF", "qualifier", "-t {csv,jsonl,parquet}"):
        assert fmt in text
    assert all(f.title in text for f in FORMATS.values())  # every format registered, HTML when it lands


# ----------------------------------------------------------------------------------- empty inputs


@pytest.fixture
def blank_file(tmp_path: Path) -> Path:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\u3000\u3000\n\t\n", encoding="utf-8")
    return path


def test_an_empty_input_is_a_warning(blank_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "blank.json"
    assert main(["convert", str(blank_file), "-t", "json", "-o", str(target)]) == 0
    assert target.is_file()
    assert capsys.readouterr().err.splitlines() == [
        f"govdoc: warning: {blank_file}: the input has no text (it is empty or whitespace only)"]
    assert main(["show", str(blank_file)]) == 0
    captured = capsys.readouterr()
    assert "no text" in captured.err and captured.out.splitlines()[-1].startswith("0 sections")
    assert main(["metrics", str(blank_file), "-o", "-"]) == 0
    assert capsys.readouterr().err.splitlines() == [
        "govdoc: warning: blank.txt: the input has no text (it is empty or whitespace only)"]


def test_an_empty_input_fails_with_strict(blank_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "blank.json"
    assert main(["convert", str(blank_file), "-t", "json", "-o", str(target), "--strict"]) == 1
    assert not target.exists()
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith(f"govdoc: error: {blank_file}: the input has no text")
    assert "--strict" in err[0]
    assert main(["show", str(blank_file), "--strict"]) == 1
    assert capsys.readouterr().out == ""
    assert main(["metrics", str(blank_file), "-o", str(tmp_path / "f.csv"), "--strict"]) == 1
    assert not (tmp_path / "f.csv").exists()
    assert "no text" in capsys.readouterr().err


# ------------------------------------------------------------------------------------ show on folders


def test_show_takes_folders_and_goes_on_past_a_bad_file(report_file: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    folder = report_file.parent
    (folder / "y2023").mkdir()
    (folder / "y2023" / "huajing.txt").write_text(REPORT.replace("2024", "2023"), encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 truncated")
    assert main(["show", str(folder)]) == 1
    captured = capsys.readouterr()
    out = captured.out.splitlines()
    assert [line for line in out if line.startswith("==")] == ["== huajing.txt ==", "== y2023/huajing.txt =="]
    assert "title: 华泾镇2023年工作总结" in out and "title: 华泾镇2024年工作总结" in out
    assert captured.err.splitlines()[0].startswith(f"govdoc: error: {folder / 'scan.pdf'}: ")
    assert len(captured.err.splitlines()) == 1
    assert main(["show", str(folder / "*.txt")]) == 0  # a glob matching one file: its outline alone
    assert capsys.readouterr().out.startswith("title: 华泾镇2024年工作总结\n")


def test_show_of_a_missing_input_among_others(report_file: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(report_file), str(tmp_path / "nowhere.txt")]) == 1
    captured = capsys.readouterr()
    assert "== huajing.txt ==" in captured.out
    assert captured.err.strip() == f"govdoc: error: {tmp_path / 'nowhere.txt'}: no such file or folder: check the path"


def test_a_closed_pipe_ends_quietly(report_file: Path) -> None:
    import subprocess
    import sys

    command = [sys.executable, "-m", "govdoc", "show", str(report_file)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # the reader went away before a line was written
        err = proc.stderr.read()
    assert b"Traceback" not in err and b"error" not in err


def test_the_command_quiets_pdfminer_only_while_it_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import logging

    from govdoc.formats.pdf import PdfStyle, to_bytes

    path = tmp_path / "r.pdf"
    path.write_bytes(to_bytes(govdoc.parse(REPORT), style=PdfStyle(missing="replace")))
    logger = logging.getLogger("pdfminer")
    assert logger.level == logging.NOTSET
    assert main(["show", str(path)]) == 0
    assert logger.level == logging.NOTSET  # the command's setting does not outlive it
    logger.setLevel(logging.DEBUG)  # a level the user chose is kept
    try:
        assert main(["show", str(path)]) == 0
        assert logger.level == logging.DEBUG
    finally:
        logger.setLevel(logging.NOTSET)
    assert "title: 华泾镇2024年工作总结" in capsys.readouterr().out


def test_every_command_prints_a_stray_warning_as_one_line(blank_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A command that does not collect warnings itself (check) still prints them in the command's form."""
    assert main(["check", str(blank_file)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert "govdoc: warning: blank.txt: the input has no text (it is empty or whitespace only)" in err
    assert not any("EmptyInputWarning" in line for line in err)
