"""A small corpus of seeds in nested folders, with one bad file, for the batch tests."""

from __future__ import annotations

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SMALL = ("001_0317f058d2fbd96f.txt", "004_36a598fa6b92491c.txt")  # the quick ones


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """corpus/{a.txt, 2020/b.txt, 2020/q1/c.txt, 2021/bad.txt (binary)}."""
    root = tmp_path / "corpus"
    (root / "2020" / "q1").mkdir(parents=True)
    (root / "2021").mkdir()
    (root / "a.txt").write_bytes((SEEDS / SMALL[0]).read_bytes())
    (root / "2020" / "b.txt").write_bytes((SEEDS / SMALL[1]).read_bytes())
    (root / "2020" / "q1" / "c.txt").write_bytes((SEEDS / SMALL[0]).read_bytes())
    (root / "2021" / "bad.txt").write_bytes(b"\x00\x01\x02 not text")
    (root / ".hidden.txt").write_bytes(b"never read")
    (root / "notes.md").write_text("not an input")
    return root
