"""govdoc metrics over a corpus: folders and globs, one table, per-document failures, Parquet partitions."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest

import govdoc
from govdoc.cli import main
from govdoc.corpus import iter_documents, partition_name, write_partitioned


def test_one_csv_for_a_folder(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "figures.csv"
    assert main(["metrics", str(corpus), "-o", str(out)]) == 1  # 2021/bad.txt fails, the rest go on
    assert "2021/bad.txt" in capsys.readouterr().err
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert {r["document"] for r in rows} == {"a.txt", "2020/b.txt", "2020/q1/c.txt"}
    expected = [m.value for _, m in govdoc.parse((corpus / "a.txt").read_bytes()).metrics()]
    assert [Decimal(r["value"]) for r in rows if r["document"] == "a.txt"][: len(expected)] == expected


def test_parallel_jsonl_from_a_glob(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "figures.jsonl"
    assert main(["metrics", str(corpus / "2020" / "**" / "*.txt"), "-t", "jsonl", "-o", str(out), "-j", "2"]) == 0
    sequential = tmp_path / "sequential.jsonl"
    assert main(["metrics", str(corpus / "2020" / "**" / "*.txt"), "-t", "jsonl", "-o", str(sequential)]) == 0
    assert sorted(out.read_text("utf-8").splitlines()) == sorted(sequential.read_text("utf-8").splitlines())


def test_partitioned_parquet_reads_as_one_table(corpus: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed")
    out = tmp_path / "figures"
    assert main(["metrics", str(corpus), "-t", "parquet", "--partition", "-o", str(out), "-j", "2"]) == 1
    assert sorted(p.name for p in out.iterdir()) == sorted(
        partition_name(d) for d in ("a.txt", "2020/b.txt", "2020/q1/c.txt"))
    table = pq.read_table(out).to_pylist()
    assert {r["document"] for r in table} == {"a.txt", "2020/b.txt", "2020/q1/c.txt"}
    first = [r for r in table if r["document"] == "a.txt"]
    expected = [m.value for _, m in govdoc.parse((corpus / "a.txt").read_bytes()).metrics()]
    assert [r["value"] for r in first][: len(expected)] == expected
    # not replaced without --force; replaced whole with it
    assert main(["metrics", str(corpus / "a.txt"), "-t", "parquet", "--partition", "-o", str(out)]) == 1
    assert main(["metrics", str(corpus / "a.txt"), "-t", "parquet", "--partition", "-o", str(out), "--force"]) == 0
    assert [p.name for p in out.iterdir()] == [partition_name("a.txt")]
    assert not list(tmp_path.glob(".figures.*"))


def test_partition_needs_parquet_and_a_folder(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["metrics", str(corpus), "--partition", "-o", str(tmp_path / "x")]) == 2
    assert "--partition" in capsys.readouterr().err


def test_iter_documents_reports_missing_inputs(corpus: Path, tmp_path: Path) -> None:
    docs = list(iter_documents([corpus / "a.txt", tmp_path / "nothing"]))
    assert docs[0].error is None and docs[0].rows
    assert docs[1].error == "no such file or folder"


def test_write_partitioned_turns_unwritable_rows_into_errors(tmp_path: Path, corpus: Path) -> None:
    pytest.importorskip("pyarrow")
    good, = iter_documents([corpus / "a.txt"])
    row = dict(good.rows[0], value=Decimal("1.00000000000000000001"))  # more fraction digits than the schema
    bad = type(good)("odd.txt", "odd.txt", [row])
    results = list(write_partitioned([good, bad], tmp_path / "ds"))
    assert results[0].error is None
    assert results[1].error is not None and results[1].error.startswith("cannot write Parquet")
