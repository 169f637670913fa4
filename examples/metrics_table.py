"""Every figure of the seed reports as one table, analysed with pandas (and charted with matplotlib).

    python examples/metrics_table.py [OUT_DIR]

Writes ``OUT_DIR/figures.csv`` (default OUT_DIR: out/metrics) with ``govdoc metrics``' table
writer, loads it with pandas keeping the values exact (``decimal.Decimal``), prints the money
figures by document and the largest ones, and, when matplotlib is installed, draws
``OUT_DIR/figures-by-kind.png``: how many figures of each kind each report holds.
"""

from __future__ import annotations

import argparse
import io
from decimal import Decimal
from pathlib import Path

import pandas as pd

import govdoc
from govdoc.metrics.table import metric_rows, write_csv

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", nargs="?", default="out/metrics", type=Path, help="output folder")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    # 1. the table: the same as `govdoc metrics seeds/ -o figures.csv`
    rows = (row for seed in sorted(SEEDS.glob("*.txt"))
            for row in metric_rows(govdoc.parse(seed.read_bytes(), source=seed.name), seed.name))
    buffer = io.BytesIO()
    write_csv(rows, buffer)
    table_path = args.out / "figures.csv"
    table_path.write_bytes(buffer.getvalue())

    # 2. pandas: read values as exact decimals (not floats), short document names
    df = pd.read_csv(table_path, encoding="utf-8-sig", dtype={"value": str, "value_min": str},
                     keep_default_na=False)
    df["value"] = df["value"].map(Decimal)
    df["doc"] = df["document"].str[:3]
    print(f"{len(df)} figures in {df['document'].nunique()} documents ({table_path})")

    money = df[(df["kind"] == "money") & (df["unit"] == "元")]
    total = money.groupby("doc")["value"].agg(["count", "sum"])
    print("\nmoney figures (元) by document:\n" + total.to_string())
    largest = money.sort_values("value", ascending=False).head(5)
    print("\nthe five largest:\n" + largest[["doc", "indicator", "text", "value"]].to_string(index=False))

    # 3. a chart: figures of each kind per document
    counts = df.pivot_table(index="doc", columns="kind", values="text", aggfunc="count", fill_value=0)
    print("\nfigures by kind:\n" + counts.to_string())
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed: no chart")
        return
    axes = counts.plot.bar(stacked=True, figsize=(6.4, 3.6), rot=0, colormap="tab20")
    axes.set_xlabel("seed report")
    axes.set_ylabel("figures")
    axes.set_title("Figures in each report, by kind")
    axes.legend(title="kind", fontsize="small", ncols=2)
    plt.tight_layout()
    chart = args.out / "figures-by-kind.png"
    plt.savefig(chart, dpi=80)
    print(f"\nchart: {chart}")


if __name__ == "__main__":
    main()
