"""atheris harness: any bytes into every reader (text, JSON, XML, .docx, PDF) and into ``read_any``.

The first byte picks the reader; the rest is the file. Only GovdocError may come out.

    python fuzz/fuzz_readers.py fuzz/corpus/readers -max_total_time=600

See fuzz/README.md.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["govdoc"]):
    import govdoc.parsing  # noqa: F401  (instrumented too: the text, .docx and PDF readers end in parse)
    from govdoc.formats import FORMATS, read_any

    for _format in FORMATS.values():  # format modules load lazily: load them here, instrumented
        _format.load()

from common import check

READERS = sorted(FORMATS)


def test_one_input(data: bytes) -> None:
    """One fuzz input: a reader chosen by the first byte, then ``read_any``."""
    if not data:
        return
    choice, blob = data[0], data[1:]
    if choice < len(READERS) * 32:
        name = READERS[choice % len(READERS)]
        check(FORMATS[name].reader, blob, source=f"fuzz{FORMATS[name].extension}")
    else:
        check(read_any, blob, source="fuzz")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
