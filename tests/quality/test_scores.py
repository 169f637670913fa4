"""The scorer on every corpus, with floors: the guard against regressions in parsing quality.

Each corpus is scored by ``score.py`` (the project's scorer, run as a separate process so that it sees
govdoc exactly as a user does) and every score must reach its floor.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
SEEDS = HERE.parents[1] / "seeds"

# floors per corpus; "meta" is the mean of the title, issuer and date accuracies
FLOORS: dict[str, dict[str, float]] = {
    "devset": {"headings": 0.98, "tree": 0.98, "metrics": 0.98, "glossary": 0.98, "meta": 0.98},
    "wild": {"headings": 0.76, "tree": 0.21, "metrics": 0.95, "meta": 0.06},
}
SOURCES = {
    "devset": (SEEDS, CORPUS / "devset" / "gold"),
    "wild": (CORPUS / "wild" / "docs", CORPUS / "wild" / "gold"),
}


def score(docs: Path, gold: Path, tmp_path: Path) -> dict[str, float]:
    """Run the scorer on one corpus and return its F1 scores and mean metadata accuracy."""
    out = tmp_path / "scores.json"
    result = subprocess.run(
        [sys.executable, str(HERE / "score.py"), "--docs", str(docs), "--gold", str(gold), "--json", str(out)],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    figures = json.loads(out.read_text(encoding="utf-8"))["figures"]
    scores = {name: value["f1"] for name, value in figures.items() if isinstance(value, dict)}
    meta = [value for name, value in figures.items() if name.startswith("meta.")]
    scores["meta"] = sum(meta) / len(meta)
    return scores


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_scores_reach_their_floors(corpus: str, tmp_path: Path) -> None:
    docs, gold = SOURCES[corpus]
    scores = score(docs, gold, tmp_path)
    below = {name: (round(scores.get(name, 0.0), 4), floor) for name, floor in FLOORS[corpus].items()
             if scores.get(name, 0.0) < floor}
    assert not below, f"{corpus}: scores below their floors (score, floor): {below}"
