"""Write the seed corpora the harnesses start from: ``python fuzz/make_seeds.py [FOLDER]``.

``FOLDER/parse`` gets the seed reports and the text inputs, ``FOLDER/readers`` every writer's output
and the hostile corpus, each prefixed with the byte that picks its reader in fuzz_readers.py,
``FOLDER/html`` the stored web pages of the wild set and the hostile pages.
"""

from __future__ import annotations

import sys
from pathlib import Path

from common import write_seeds


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parent / "corpus"
    raw = folder / "raw"
    count = write_seeds(raw)
    from govdoc.formats import FORMATS

    readers = sorted(FORMATS)
    (folder / "parse").mkdir(parents=True, exist_ok=True)
    (folder / "readers").mkdir(parents=True, exist_ok=True)
    (folder / "html").mkdir(parents=True, exist_ok=True)
    for path in raw.iterdir():
        data = path.read_bytes()
        if path.suffix == ".txt":
            (folder / "parse" / path.name).write_bytes(data)
        if path.suffix == ".html":
            (folder / "html" / path.name).write_bytes(data)
        extension = path.suffix.lstrip(".").replace("txt", "text")
        index = readers.index(extension) if extension in readers else 0
        (folder / "readers" / path.name).write_bytes(bytes([index]) + data)
        (folder / "readers" / f"any-{path.name}").write_bytes(b"\xff" + data)
    print(f"{count} seeds in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
