"""The documentation site builds with warnings as errors (mkdocs --strict), as CI builds it."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


DOCS_TOOLS = ("mkdocs", "material", "mkdocstrings", "mkdocstrings_handlers.python")


def _missing(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is None
    except ModuleNotFoundError:  # the parent package of a dotted name is missing
        return True


@pytest.mark.skipif(any(_missing(name) for name in DOCS_TOOLS),
                    reason="the docs tools are not installed (pip install 'govdoc[docs]')")
def test_mkdocs_strict_build(tmp_path: Path) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600, env=env, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    cli = (tmp_path / "cli" / "index.html").read_text(encoding="utf-8")
    assert "usage: govdoc convert" in cli and "--partition" in cli  # generated from the parser
    assert (tmp_path / "schemas" / "govdoc.schema.json").is_file()
    assert "ConversionResult" in (tmp_path / "api" / "index.html").read_text(encoding="utf-8")
