"""Convert one seed report to govdoc JSON with the Python API, and show what the Report holds.

    python examples/convert_seed.py [OUT_DIR] [SEED.txt]

Parses the raw text (any supported encoding) with ``govdoc.parse``, writes ``OUT_DIR/<name>.json``
(default OUT_DIR: out/json) and reads it back to show that JSON round-trips exactly.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import govdoc

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", nargs="?", default="out/json", type=Path, help="output folder (default out/json)")
    parser.add_argument("seed", nargs="?", type=Path, default=sorted(SEEDS.glob("*.txt"))[0],
                        help="a raw text report (default: the first seed)")
    args = parser.parse_args()

    report = govdoc.parse(args.seed.read_bytes(), source=args.seed.name)
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / f"{args.seed.stem}.json"
    target.write_text(govdoc.write_json(report), encoding="utf-8")
    assert govdoc.read_json(target.read_text(encoding="utf-8")) == report  # exact round trip

    print(f"{target}: {report.meta.title!r}, issued by {report.meta.issuer or '?'} on {report.meta.date or '?'}")
    for level, section in report.walk():
        if level <= 2:
            print(f"{'  ' * (level - 1)}{section.label or '·'} {section.title}")
    figures = list(report.metrics())
    print(f"{len(figures)} figures, e.g.:")
    for path, metric in figures[:5]:
        where = path[-1].title if path else "(preamble)"
        print(f"  {metric.text:<12} = {metric.value} {metric.unit or ''}  [{metric.indicator or '?'}] in {where}")


if __name__ == "__main__":
    main()
