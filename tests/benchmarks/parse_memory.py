"""Peak resident memory of parsing one large input, as a multiple of its size (on demand).

    python tests/benchmarks/parse_memory.py [--mb 50]

The input is the wild corpus (``tests/quality/corpus/wild/docs``) concatenated and repeated up to
``--mb`` megabytes (default 50, just under the parser's 50 MiB input limit), parsed with
``govdoc.parse`` in a fresh child process so that nothing else this process holds counts. Printed:
the input size, the child's peak RSS (``ru_maxrss``), the RSS of the same child before it parses
(interpreter, govdoc and the input bytes), the parse's CPU time, and the ratio of the peak RSS to the
input size (issue 16: under 20x).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WILD = ROOT / "tests" / "quality" / "corpus" / "wild" / "docs"

CHILD = r"""
import json, resource, sys, time
import govdoc
data = open(sys.argv[1], "rb").read()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
start = time.process_time()
report = govdoc.parse(data)
cpu = time.process_time() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"before": before, "peak": peak, "cpu": cpu, "sections": len(report.sections),
                  "figures": sum(1 for _ in report.figures())}))
"""


def build_input(megabytes: float) -> bytes:
    """The wild documents, joined by blank lines and repeated until ``megabytes`` MB."""
    chunk = b"\n\n".join(path.read_bytes() for path in sorted(WILD.glob("*.txt"))) + b"\n\n"
    target = int(megabytes * 1_000_000)
    return (chunk * (target // len(chunk) + 1))[:target].rsplit(b"\n", 1)[0] + b"\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=50.0, help="input size in MB (10^6 bytes)")
    args = parser.parse_args(argv)
    data = build_input(args.mb)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.txt"
        path.write_bytes(data)
        out = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    size = len(data)
    print(f"input {size / 1e6:.1f} MB: {result['sections']} sections, {result['figures']} figures, "
          f"parse {result['cpu']:.1f} s CPU ({size / result['cpu'] / 1e6:.2f} MB/s)")
    print(f"RSS before parsing {result['before'] / 1e6:.0f} MB, peak {result['peak'] / 1e6:.0f} MB: "
          f"{result['peak'] / size:.1f}x the input (target: under 20x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
