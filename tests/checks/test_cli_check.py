"""``govdoc check``: readable findings, JSON Lines, exit codes, folders."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from govdoc.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "002_5882736a434af4c6.txt"


def test_the_seed_slip_is_printed_with_the_figure_marked(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SEED)]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    share = next(line for line in lines if " shares: " in line)
    assert share.startswith(f"{SEED}: 共建“宜居”凉城 共享品质生活: error shares: ")
    assert "[expected 8.33%, printed 8.22%]" in share
    assert "    share+part: 三是关于平安社区建设及加强社区精神文明建设方面的意见、建议【2条】，占总数的【8.22%】。" \
        in lines
    assert "    total: 2020年，20名社区代表以书面形式提交的意见、建议共计【24条】。" in lines
    assert "2 findings (2 error, 0 warning, 0 info) in 1 document" in err


def test_messages_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(SEED), "--lang", "zh", "--rules", "shares"])
    assert "2条占24条应为8.33%，文中为8.22%" in capsys.readouterr().out


def test_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SEED), "--json"]) == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["rule"], r["printed_text"]) for r in records] == [("percent_groups", "99.89%"), ("shares", "8.22%")]
    assert records[1]["file"] == str(SEED)
    assert records[1]["figures"][0]["metric"]["text"] == "8.22%" and records[1]["expected"].startswith("8.33")


def test_fail_on(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SEED), "--fail-on", "never"]) == 0
    clean = ROOT / "seeds" / "001_0317f058d2fbd96f.txt"
    assert main(["check", str(clean), "--fail-on", "info"]) == 0
    capsys.readouterr()


def test_folders_are_walked_and_bad_inputs_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(SEED, tmp_path / "a.txt")
    (tmp_path / "sub").mkdir()
    shutil.copy(ROOT / "seeds" / "001_0317f058d2fbd96f.txt", tmp_path / "sub" / "b.txt")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not a zip")
    assert main(["check", str(tmp_path), str(tmp_path / "missing.txt"), "--fail-on", "never"]) == 1
    out, err = capsys.readouterr()
    assert out.count(f"{tmp_path / 'a.txt'}: ") == 2
    assert f"govdoc: error: {tmp_path / 'broken.docx'}: " in err
    assert f"govdoc: error: {tmp_path / 'missing.txt'}: no such file or folder" in err
    assert "in 2 documents; 2 could not be read" in err


def test_unknown_rules_are_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SEED), "--rules", "shares,nope"]) == 2
    assert "unknown rule nope" in capsys.readouterr().err
