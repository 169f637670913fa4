"""govdoc validate: schema problems with line numbers, folders, JSON too."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import billion_laughs, doc, full_report, written

# -------------------------------------------------------------------------------- govdoc validate


def test_cli_validate_reports_problems_with_line_numbers(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    from govdoc.cli import main

    good = tmp_path / "good.xml"
    good.write_bytes(written(full_report()))
    bad = tmp_path / "bad.xml"
    bad.write_bytes(doc('\n<section kind="x"><title>甲</title></section>\n<section><p>乙</p></section>'))
    model = tmp_path / "model.xml"
    model.write_bytes(doc('\n\n<section label="一、" number="2"><title>甲</title></section>'))
    hostile = tmp_path / "hostile.xml"
    hostile.write_text(billion_laughs())
    missing = tmp_path / "missing.xml"

    assert main(["validate", str(good)]) == 0
    assert capsys.readouterr().out == f"{good}: valid\n"

    assert main(["validate", "-q", str(good), str(bad), str(model), str(hostile), str(missing)]) == 1
    captured = capsys.readouterr()
    out = captured.out.splitlines()
    assert out[0].startswith(f"{bad}:3: Element 'section', attribute 'kind': ")
    assert out[1].startswith(f"{bad}:4: Element 'p': This element is not expected")
    assert out[2] == f"{model}:4: <section>: label '一、' stands for 1, not 2"
    assert out[3].startswith(f"{hostile}: DOCTYPE and entity declarations are not allowed")
    assert out[4].startswith(f"{missing}: cannot read")
    assert len(out) == 5
    assert "4 of 5 files invalid" in captured.err


def test_cli_validate_walks_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from govdoc.cli import main

    (tmp_path / "sub").mkdir()
    (tmp_path / "a.xml").write_bytes(written(full_report()))
    (tmp_path / "sub" / "b.xml").write_bytes(doc("<section/>"))
    (tmp_path / "notes.txt").write_text("not checked")
    assert main(["validate", str(tmp_path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{tmp_path / 'a.xml'}: valid"
    assert out[1].startswith(f"{tmp_path / 'sub' / 'b.xml'}:2: Element 'section'")
    assert len(out) == 2
    (tmp_path / "empty").mkdir()
    assert main(["validate", str(tmp_path / "empty")]) == 1
    assert capsys.readouterr().out == f"{tmp_path / 'empty'}: no *.xml file in this folder\n"


def test_cli_validate_reads_json_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from govdoc.cli import main
    from govdoc.formats.json import write_json

    path = tmp_path / "r.json"
    path.write_text(write_json(full_report()), encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    path.write_text("{}", encoding="utf-8")  # an empty object is a valid (empty) Report
    assert main(["validate", str(path)]) == 0
    path.write_text('{"sections": 5}', encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    assert "not a govdoc Report: sections" in capsys.readouterr().out
