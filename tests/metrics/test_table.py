"""The metrics table: rows from a Report, CSV/JSONL writers, and the ``govdoc metrics`` command."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest

from govdoc.cli import main
from govdoc.metrics import extract_metrics
from govdoc.metrics.table import COLUMNS, metric_rows, write_csv, write_jsonl, write_parquet
from govdoc.model import GlossaryTerm, Paragraph, Report, Section

SEED = Path(__file__).resolve().parents[2] / "seeds" / "003_c9a0b06722f75ec0.txt"


def paragraph(text: str) -> Paragraph:
    return Paragraph(text=text, metrics=extract_metrics(text))


def small_report() -> Report:
    definition = "主要为1—3岁婴幼儿提供服务"
    return Report(
        preamble=[paragraph("全年投入资金3.45亿元")],
        sections=[
            Section(label="一、", number=1, title="经济发展", children=[
                Section(label="（一）", number=1, title="招商引资",
                        paragraphs=[paragraph("截至2023年11月，引进企业139家，满意率100%")]),
            ]),
            Section(title="名词解释", kind="glossary"),
        ],
        glossary=[GlossaryTerm(number=1, term="宝宝屋", definition=definition,
                               metrics=extract_metrics(definition))],
    )


def test_rows() -> None:
    rows = list(metric_rows(small_report(), "report.txt"))
    assert [r["text"] for r in rows] == ["3.45亿元", "139家", "100%", "1—3岁"]
    assert all(tuple(r) == COLUMNS for r in rows)
    money, firms, rate, age = rows
    assert (money["section_path"], money["paragraph_index"], money["value"]) == ("", 0, Decimal(345000000))
    assert firms["section_path"] == "一、经济发展 / （一）招商引资"
    assert (firms["paragraph_index"], firms["indicator"], firms["unit"]) == (1, "引进企业", "家")
    assert (rate["indicator"], rate["kind"]) == ("满意率", "percent")
    assert (age["section_path"], age["paragraph_index"]) == ("名词解释", None)
    assert (age["value_min"], age["value"]) == (Decimal(1), Decimal(3))
    assert all(r["document"] == "report.txt" for r in rows)


def test_rows_say_where_each_figure_stands() -> None:
    from govdoc.metrics import table_figures
    from govdoc.model import Cell, Table

    title = "人口增长1.2%"
    table = table_figures(Table(header=[[Cell(text="指标"), Cell(text="人数（万人）")]],
                                rows=[[Cell(text="常住人口"), Cell(text="538.6")]], position=1))
    report = Report(sections=[Section(label="一、", number=1, title=title, title_metrics=extract_metrics(title),
                                      paragraphs=[paragraph("全年引进企业139家。")], tables=[table])])
    rows = list(metric_rows(report, "r.txt"))
    assert [(r["where"], r["text"]) for r in rows] == [("heading", "1.2%"), ("paragraph", "139家"), ("cell", "538.6")]
    heading, firms = rows[0], rows[1]
    assert (heading["paragraph_index"], heading["table_index"], heading["section_path"]) == (None, None, "一、" + title)
    assert (firms["paragraph_index"], firms["table_index"]) == (0, None)
    cell = rows[-1]
    assert (cell["where"], cell["table_index"], cell["table_row"], cell["table_column"]) == ("cell", 0, 1, 1)
    assert (cell["row_label"], cell["column_label"], cell["value"], cell["unit"]) == (
        "常住人口", "人数（万人）", Decimal(5386000), "人")
    assert all(tuple(r) == COLUMNS for r in rows)


def test_csv_has_a_bom_a_header_and_exact_values() -> None:
    stream = io.BytesIO()
    write_csv(metric_rows(small_report(), "report.txt"), stream)
    data = stream.getvalue()
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(table[0]) == COLUMNS
    assert table[1][COLUMNS.index("value")] == "345000000"
    assert table[1][COLUMNS.index("currency")] == "CNY"
    assert table[1][COLUMNS.index("value_min")] == ""
    assert table[4][COLUMNS.index("value_min"):COLUMNS.index("value") + 1] == ["1", "3"]
    assert len(table) == 5


def test_jsonl_keeps_chinese_and_exact_values() -> None:
    stream = io.BytesIO()
    write_jsonl(metric_rows(small_report(), "report.txt"), stream)
    lines = stream.getvalue().decode("utf-8").splitlines()
    assert len(lines) == 4
    first = json.loads(lines[0])
    assert first["value"] == "345000000" and first["unit"] == "元"
    assert "\\u" not in lines[0]
    assert (json.loads(lines[3])["value_min"], json.loads(lines[3])["value"]) == ("1", "3")


def test_parquet_round_trip_or_clear_error() -> None:
    stream = io.BytesIO()
    try:
        import pyarrow.parquet as pq
    except ImportError:
        from govdoc.errors import GovdocError

        with pytest.raises(GovdocError, match="pyarrow"):
            write_parquet(metric_rows(small_report(), "report.txt"), stream)
        return
    write_parquet(metric_rows(small_report(), "report.txt"), stream)
    table = pq.read_table(io.BytesIO(stream.getvalue()))
    assert table.column_names == list(COLUMNS)
    assert table.column("value").to_pylist()[0] == Decimal(345000000)
    assert (table.column("value_min").to_pylist()[3], table.column("value").to_pylist()[3]) == (Decimal(1), Decimal(3))


def test_cli_writes_csv(tmp_path: Path) -> None:
    out = tmp_path / "figures.csv"
    assert main(["metrics", str(SEED), "-t", "csv", "-o", str(out)]) == 0
    table = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert len(table) > 100
    first = table[0]
    assert (first["text"], first["value"], first["unit"]) == ("139家", "139", "家")
    assert first["indicator"] == "引进企业"
    assert first["document"] == SEED.name


def test_cli_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    out = tmp_path / "figures.jsonl"
    out.write_text("keep me", encoding="utf-8")
    assert main(["metrics", str(SEED), "-f", "jsonl", "-o", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "keep me"
    assert main(["metrics", str(SEED), "-f", "jsonl", "-o", str(out), "--force"]) == 0
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["text"] == "139家"


def test_cli_to_stdout(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["metrics", str(SEED), "-f", "jsonl", "-o", "-"]) == 0
    lines = capsysbinary.readouterr().out.decode("utf-8").splitlines()
    assert json.loads(lines[0])["value"] == "139"


def test_cli_missing_input_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "figures.csv"
    assert main(["metrics", str(tmp_path / "missing.txt"), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "missing.txt" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_cli_rejects_an_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["metrics", str(SEED), "-f", "xlsx", "-o", str(tmp_path / "x")])
    assert exc.value.code == 2
