"""The compiled build reads every document exactly as the pure Python modules do.

``GOVDOC_COMPILE=1`` compiles the parser and the figure scanner to C with mypyc (``setup.py``). This
test builds them into a copy of the sources, then parses every corpus document (the seeds, the wild,
held-out and HTML pages, and three damaged copies of each text) in a child process that imports the
compiled modules, and compares each Report with the one this process, running pure Python, makes.

A compiled module checks every annotated type at run time, so the test also catches an annotation
that lies (a match group that took no part is None, though typeshed calls it ``str | Any``).

The build needs a C compiler and the Python headers, and takes one to two minutes. Where either is
missing the test is skipped, unless ``GOVDOC_REQUIRE_COMPILED=1`` (CI sets it) makes that a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

import govdoc
import govdoc.parsing.blocks

from ..quality.degrade import degrade_corpus

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "quality" / "corpus"
TEXTS = {"seeds": (ROOT / "seeds", CORPUS / "devset" / "gold"),
         "wild": (CORPUS / "wild" / "docs", CORPUS / "wild" / "gold"),
         "heldout": (CORPUS / "heldout" / "docs", CORPUS / "heldout" / "gold")}
PAGES = CORPUS / "wild" / "html"

# the child: parse each file named on standard input, one JSON line per file (the Report, or the error)
CHILD = """
import json, sys
import govdoc, govdoc.parsing.blocks, govdoc.metrics.scan
compiled = [m.__file__ for m in (govdoc.parsing.blocks, govdoc.metrics.scan) if not m.__file__.endswith(".py")]
print(json.dumps({"compiled": compiled}))
for path in sys.stdin.read().splitlines():
    try:
        print(json.dumps({"path": path, "report": govdoc.read(path).model_dump(mode="json")}))
    except govdoc.GovdocError as exc:
        print(json.dumps({"path": path, "error": str(exc)}))
"""


def _build_missing() -> str | None:
    """Why the compiled build cannot be made here, or None when it can."""
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]  # what setuptools will call
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler})"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").exists():
        return "no Python headers (Python.h)"
    try:
        import mypyc  # noqa: F401
    except ImportError:
        return "mypyc is not installed (the dev extra pins it)"
    return None


@pytest.fixture(scope="module")
def compiled_sources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the sources with the parser and the figure scanner compiled in place."""
    missing = _build_missing()
    if missing is not None:
        if os.environ.get("GOVDOC_REQUIRE_COMPILED") == "1":
            pytest.fail(f"GOVDOC_REQUIRE_COMPILED=1 but the compiled build cannot be made here: {missing}")
        pytest.skip(f"the compiled build cannot be made here: {missing}")
    copy = tmp_path_factory.mktemp("compiled")
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, copy / name)
    shutil.copytree(ROOT / "src", copy / "src", ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.egg-info"))
    build = subprocess.run([sys.executable, "setup.py", "-q", "build_ext", "--inplace"], cwd=copy,
                           env={**os.environ, "GOVDOC_COMPILE": "1"}, capture_output=True, text=True, timeout=1200)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    return copy / "src"


def _inputs(into: Path) -> list[Path]:
    """Every corpus text, page and damaged copy."""
    paths = [path for docs, _ in TEXTS.values() for path in sorted(docs.glob("*.txt"))]
    paths += sorted(PAGES.glob("*.html"))
    for name, (docs, gold) in TEXTS.items():
        damaged, _ = degrade_corpus(docs, gold, into / name)
        paths += sorted(damaged.glob("*.txt"))
    return paths


def _pure(path: Path) -> dict[str, object]:
    """What this process, running the pure Python modules, makes of one file."""
    try:
        return {"path": str(path), "report": govdoc.read(path).model_dump(mode="json")}
    except govdoc.GovdocError as exc:
        return {"path": str(path), "error": str(exc)}


def test_the_compiled_build_parses_every_corpus_document_as_pure_python_does(
        compiled_sources: Path, tmp_path: Path) -> None:
    pure = govdoc.parsing.blocks.__file__
    assert pure is not None and pure.endswith(".py")  # this side runs pure Python
    paths = _inputs(tmp_path)
    assert len(paths) > 100
    child = subprocess.run([sys.executable, "-c", CHILD], input="\n".join(map(str, paths)), capture_output=True,
                           text=True, timeout=600, env={**os.environ, "PYTHONPATH": str(compiled_sources)},
                           cwd=tmp_path)
    assert child.returncode == 0, child.stderr[-3000:]
    head, *results = (json.loads(line) for line in child.stdout.splitlines())
    assert len(head["compiled"]) == 2, head  # the child ran the compiled modules
    assert len(results) == len(paths)
    differ = [result["path"] for path, result in zip(paths, results, strict=True) if result != _pure(path)]
    assert not differ, f"{len(differ)} of {len(paths)} documents read differently, first {differ[:5]}"
