"""Build govdoc; with ``GOVDOC_COMPILE=1``, compile its parser to C with mypyc first.

The project's metadata is in ``pyproject.toml``; this file only adds the compiled modules. A plain
``pip install .`` builds pure Python, as before. The compiled build parses the same documents into the
same Reports about 1.45 times faster (``tests/benchmarks/parse_speed.py``); it needs a C compiler, the
Python headers, and in the build environment the pinned mypy of the ``dev`` extra and pydantic (whose mypy
plugin the configuration names), so it is built without build isolation::

    python -m pip install "mypy==2.4.1" setuptools wheel pydantic
    GOVDOC_COMPILE=1 python -m pip install --no-build-isolation .

``tests/parsing/test_compiled.py`` builds it and checks that it reads every corpus document exactly as
the pure Python modules do.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import Extension, setup

HERE = Path(__file__).resolve().parent
# the parser, the figure scanner and the heading numbers they read: where parsing spends its time, and
# plain typed Python that mypyc compiles as it stands (the pydantic model and the format readers and
# writers stay Python)
COMPILED = ("src/govdoc/parsing", "src/govdoc/metrics", "src/govdoc/numbering.py")
# the parser's entry points stay Python, so that help() and inspect show their signatures and a warning
# they give points at the caller's line
INTERPRETED = ("src/govdoc/parsing/__init__.py",)


def compiled_modules() -> list[Extension]:
    """The mypyc extensions when ``GOVDOC_COMPILE=1`` is set, else none (a pure Python build)."""
    if os.environ.get("GOVDOC_COMPILE", "") != "1":
        return []
    from mypyc.build import mypycify  # only the compiled build needs mypy

    sources = sorted(source for name in COMPILED for source in _python_files(name) if source not in INTERPRETED)
    # (the modules they import are read for their types, not checked: that is mypy's job in the tests, and
    # it would need every library's stubs in the build environment)
    # (one C file per module: the compiler takes two thirds of the time it takes over one file of them all, and the
    # compiled parser runs as fast)
    return mypycify([f"--config-file={HERE / 'pyproject.toml'}", "--follow-imports=silent", *sources], opt_level="3",
                    multi_file=True)


def _python_files(name: str) -> list[str]:
    """The Python files of a package folder, or the one module ``name`` is, relative to this folder."""
    path = HERE / name
    return [str(file.relative_to(HERE)) for file in path.rglob("*.py")] if path.is_dir() else [name]


setup(ext_modules=compiled_modules())
