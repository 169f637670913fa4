"""Convert a folder of reports to JSON and XML in parallel, with a status line per document.

    python examples/batch_convert.py [OUT_DIR] [INPUT ...] [--jobs N] [--cluster]

Uses ``govdoc.batch.convert_all`` on the seeds (default) or on the given files, folders and
globs, keeping their relative layout under OUT_DIR (default out/batch). Runs in a local process
pool, or with ``--cluster`` on a ``dask.distributed`` LocalCluster through the same call (the
recipe for a real cluster: pass ``Client("tcp://scheduler:8786")`` instead). A second run skips
every document whose outputs are newer than it.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from govdoc.batch import convert_all

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def run(inputs: list[str], out: Path, executor: Any) -> Counter[str]:
    statuses: Counter[str] = Counter()
    for result in convert_all(inputs, to=["json", "xml"], out_dir=out, executor=executor):
        statuses[result.status] += 1
        note = f": {result.message}" if result.message else ""
        print(f"{result.status:<8} {result.relative} ({result.seconds:.2f} s){note}")
    return statuses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", nargs="?", default="out/batch", type=Path, help="output folder")
    parser.add_argument("inputs", nargs="*", default=[str(SEEDS)], help="files, folders, globs (default: seeds/)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--cluster", action="store_true", help="run on a dask.distributed LocalCluster")
    args = parser.parse_args()

    if args.cluster:
        from distributed import Client, LocalCluster

        with LocalCluster(n_workers=args.jobs, threads_per_worker=1, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            statuses = run(args.inputs, args.out, client)
    else:
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            statuses = run(args.inputs, args.out, pool)
    print(", ".join(f"{n} {status}" for status, n in sorted(statuses.items())))
    return 1 if statuses["failure"] else 0


if __name__ == "__main__":
    sys.exit(main())
