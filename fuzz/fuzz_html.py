"""atheris harness: any bytes into ``govdoc.read_html`` (and, for half the inputs, the same as str).

Only GovdocError may come out: no lxml exception, no RecursionError, no wrapped crash.

    python fuzz/fuzz_html.py fuzz/corpus/html -max_total_time=600 -max_len=262144 -timeout=30

See fuzz/README.md.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["govdoc"]):
    import govdoc.parsing  # noqa: F401  (instrumented too: the page's lines end in parse_lines)
    from govdoc.formats.html import from_bytes, sniff
    from govdoc.formats.html.read import read_html

from common import check


def test_one_input(data: bytes) -> None:
    """One fuzz input: as the bytes of a page, through the format's reader, and (half of them) as text."""
    sniff(data)
    check(read_html, data, source="fuzz.html")
    check(from_bytes, data, source="fuzz.html")
    if len(data) % 2 == 0:
        check(read_html, data.decode("utf-8", "surrogateescape"), source="fuzz.html")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
