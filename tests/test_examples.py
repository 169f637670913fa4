"""Every script in examples/ runs (in a temporary folder) and leaves the outputs it promises.

A script is run with no arguments from an empty working folder, so its default output folder
(``out/...``) lands there. Scripts listed in EXPECTED are checked further; any other script must
at least exit 0, so a new example is covered the moment it is added.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import govdoc

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SEED_COUNT = len(list((EXAMPLES.parent / "seeds").glob("*.txt")))


def _convert_seed(out: Path, stdout: str) -> None:
    files = list((out / "json").glob("*.json"))
    assert len(files) == 1
    report = govdoc.read_json(files[0].read_bytes())
    assert report.sections and "figures, e.g.:" in stdout


def _metrics_table(out: Path, stdout: str) -> None:
    table = (out / "metrics" / "figures.csv").read_bytes()
    assert table.startswith(b"\xef\xbb\xbfdocument,section_path,")
    assert "money figures" in stdout
    if importlib.util.find_spec("matplotlib") is not None:
        assert (out / "metrics" / "figures-by-kind.png").read_bytes().startswith(b"\x89PNG")


def _batch_convert(out: Path, stdout: str) -> None:
    for suffix, reader in ((".json", govdoc.read_json), (".xml", govdoc.read_xml)):
        files = sorted((out / "batch").glob(f"*{suffix}"))
        assert len(files) == SEED_COUNT
        reader(files[0].read_bytes())
    assert f"{SEED_COUNT} success" in stdout


def _make_docx(out: Path, stdout: str) -> None:
    files = list((out / "docx").glob("*.docx"))
    assert len(files) == SEED_COUNT and all(f.read_bytes().startswith(b"PK") for f in files)


def _make_pdf(out: Path, stdout: str) -> None:
    files = list((out / "pdf").glob("*.pdf"))
    assert len(files) == SEED_COUNT and all(f.read_bytes().startswith(b"%PDF") for f in files)


def _xml_query(out: Path, stdout: str) -> None:
    files = list((out / "xml").glob("*.xml"))
    assert files and all(f.read_bytes().startswith(b"<?xml") for f in files)


EXPECTED: dict[str, Callable[[Path, str], None]] = {
    "convert_seed.py": _convert_seed,
    "metrics_table.py": _metrics_table,
    "batch_convert.py": _batch_convert,
    "make_docx.py": _make_docx,
    "make_pdf.py": _make_pdf,
    "xml_query.py": _xml_query,
}
REQUIRES = {"metrics_table.py": "pandas"}


def run(script: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(script), *args], cwd=cwd, capture_output=True, text=True,
                          timeout=600, check=False)


@pytest.mark.parametrize("script", sorted(EXAMPLES.glob("*.py")), ids=lambda p: p.name)
def test_example_runs(script: Path, tmp_path: Path) -> None:
    needed = REQUIRES.get(script.name)
    if needed is not None and importlib.util.find_spec(needed) is None:
        pytest.skip(f"{script.name} needs {needed}, which is not installed")
    done = run(script, tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    check = EXPECTED.get(script.name)
    if check is not None:
        check(tmp_path / "out", done.stdout)


def test_batch_example_skips_on_a_second_run_and_runs_on_a_cluster(tmp_path: Path) -> None:
    script = EXAMPLES / "batch_convert.py"
    assert run(script, tmp_path).returncode == 0
    again = run(script, tmp_path, "--jobs", "1")
    assert again.returncode == 0 and f"{SEED_COUNT} skipped" in again.stdout
    if importlib.util.find_spec("distributed") is None:
        pytest.skip("dask.distributed is not installed (pip install 'govdoc[cluster]')")
    cluster = run(script, tmp_path, "cluster-out", "--cluster", "--jobs", "1")
    assert cluster.returncode == 0, cluster.stderr[-2000:]
    assert len(list((tmp_path / "cluster-out").glob("*.json"))) == SEED_COUNT
    json.loads((tmp_path / "cluster-out" / sorted(p.name for p in (tmp_path / "cluster-out").glob("*.json"))[0])
               .read_text(encoding="utf-8"))
