"""atheris harness: any bytes into ``govdoc.parse``; only GovdocError may come out (and no wrapped crash).

    python fuzz/fuzz_parse.py fuzz/corpus/parse -max_total_time=600

See fuzz/README.md.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["govdoc"]):
    from govdoc import parse

from common import check


def test_one_input(data: bytes) -> None:
    """One fuzz input: as bytes, and (when it decodes) as text."""
    check(parse, data, source="fuzz.txt")
    if len(data) % 2 == 0:  # half the inputs also as str, through the str path
        check(parse, data.decode("utf-8", "surrogateescape"), source="fuzz.txt")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
