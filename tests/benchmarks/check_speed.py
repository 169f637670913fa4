"""Speed of ``govdoc.check`` and of the review page, as ratios against parsing measured in the same run.

    python tests/benchmarks/check_speed.py

* on the seeds and the wild corpus: check time and review-page time over parse time;
* growth: documents built to stress the rules (one long paragraph of figures under 其中, a long list
  under 共计, a long table), at 1x and 8x their size; the ratio of time per figure at 8x over 1x
  stays near 1 when the rules are linear.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import govdoc
from govdoc.formats.html.write import write_html
from govdoc.model import Cell, Metric, Paragraph, Report, Section, Table

ROOT = Path(__file__).resolve().parents[2]


def best(fn: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def corpus() -> None:
    files = [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((ROOT / "tests/quality/corpus/wild/docs").glob("*.txt"))]
    data = [path.read_bytes() for path in files]
    reports = [govdoc.parse(d) for d in data]
    parse = best(lambda: [govdoc.parse(d) for d in data])
    check = best(lambda: [govdoc.check(r) for r in reports])
    page = best(lambda: [write_html(r) for r in reports])
    print(f"corpus ({len(files)} documents, {sum(len(list(r.metrics())) for r in reports)} figures): "
          f"parse {parse:.3f} s; check / parse = {check / parse:.2f}; review page / parse = {page / parse:.2f}")


def long_paragraph(n: int) -> Report:
    items = "，".join(f"第{i}类项目{i % 7 + 1}个，占{i % 9}%" for i in range(n))
    text = f"全市项目合计{10 * n}个，其中{items}。"
    return govdoc.parse("一、项目\n" + text)


def enumeration(n: int) -> Report:
    items = "、".join(f"{i % 9 + 1}个" for i in range(n))
    return govdoc.parse(f"一、项目\n全市共有项目{10 * n}个，其中各类项目分别提高{items}。")


def long_list(n: int) -> Report:
    lines = [f"今年以来，居委会通过走访共收到居民意见建议{3 * n}条，经汇总分为{n}类。"]
    lines += [f"——关于第{i}项工作的意见建议3条，占{100 / n:.2f}%。" for i in range(n)]
    return govdoc.parse("一、意见建议\n" + "\n".join(lines))


def long_table(n: int) -> Report:
    def cell(value: int) -> Cell:
        text = str(value)
        return Cell(text=text, metrics=[Metric(text=text, start=0, end=len(text), value=value, unit="人")])

    rows = [[Cell(text="合计"), cell(3 * n), cell(n), cell(2 * n)]]
    rows += [[Cell(text=f"第{i}组"), cell(3), cell(1), cell(2)] for i in range(n)]
    table = Table(header=[[Cell(text="组别"), Cell(text="合计"), Cell(text="男"), Cell(text="女")]], rows=rows)
    return Report(sections=[Section(title="人口", paragraphs=[Paragraph(text="见下表。")],
                                    tables=[table.model_copy(update={"position": 1})])])


def one_line(n: int) -> Report:
    unit = "引进企业139家，吸引内资3.45亿元，同比增长12.5%；"
    return govdoc.parse("一、发展\n" + unit * n)


def growth() -> None:
    for name, build, base in (("long paragraph", long_paragraph, 400), ("long list", long_list, 300),
                              ("long table", long_table, 400), ("enumeration with 、", enumeration, 2000)):
        per_figure = []
        for n in (base, base * 8):
            report = build(n)
            figures = len(list(report.metrics()))
            per_figure.append(best(lambda report=report: govdoc.check(report), repeat=2) / figures)
        print(f"{name}: check time per figure at 8x / 1x = {per_figure[1] / per_figure[0]:.2f} "
              f"({per_figure[0] * 1e6:.0f} µs per figure at 1x)")
    per_figure = []
    for n in (1000, 8000):
        report = one_line(n)
        figures = len(list(report.metrics()))
        per_figure.append(best(lambda report=report: write_html(report), repeat=2) / figures)
    print(f"one paragraph of many figures: review page time per figure at 8x / 1x = "
          f"{per_figure[1] / per_figure[0]:.2f} ({per_figure[0] * 1e6:.0f} µs per figure at 1x)")


if __name__ == "__main__":
    corpus()
    growth()
    sys.exit(0)
