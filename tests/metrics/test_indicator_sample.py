"""Indicator and change accuracy on the development sample (tests/metrics/data), with floors."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from govdoc.metrics import extract_metrics

DATA = Path(__file__).resolve().parent / "data"
WILD = Path(__file__).resolve().parents[1] / "quality" / "corpus" / "wild" / "docs"
SAMPLES = {
    "14_weifang_ysbg_2025": WILD / "14_weifang_ysbg_2025.txt",
    "yiyang_2025_bulletin": DATA / "yiyang_2025_bulletin.txt",
}
FLOORS = {"found": 1.0, "indicator": 0.95, "change": 0.99}
"""Per document: the share of gold figures found, and of found figures whose indicator / change
agrees (indicator 0.963 and 0.989, change 1.000 for both when the rules were written)."""
_QUALIFIERS = ("约", "超过", "超", "余", "以上", "多", "近", "突破")


def _key(text: str) -> str:
    for word in _QUALIFIERS:
        text = text.replace(word, "")
    return "".join(text.split())


def _gold(name: str) -> list[tuple[str, str | None, str | None]]:
    rows = [line.split("\t") for line in (DATA / f"{name}.tsv").read_text(encoding="utf-8").splitlines() if line]
    return [(text, None if indicator == "-" else indicator, None if change == "-" else change)
            for text, indicator, change in rows]


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_indicators_and_changes_on_the_development_sample(name: str) -> None:
    gold = _gold(name)
    found = [(m.text, m.indicator, m.change) for line in SAMPLES[name].read_text(encoding="utf-8").splitlines()
             for m in extract_metrics(line)]
    matcher = difflib.SequenceMatcher(a=[_key(g[0]) for g in gold], b=[_key(f[0]) for f in found], autojunk=False)
    pairs = [(gold[b.a + k], found[b.b + k]) for b in matcher.get_matching_blocks() for k in range(b.size)]
    scores = {"found": len(pairs) / len(gold),
              "indicator": sum(g[1] == f[1] for g, f in pairs) / len(pairs),
              "change": sum(g[2] == f[2] for g, f in pairs) / len(pairs)}
    wrong = [(g, f) for g, f in pairs if g[1:] != f[1:]]
    below = {k: round(v, 3) for k, v in scores.items() if v < FLOORS[k]}
    assert not below, f"{name}: {below}; disagreements (gold, found): {wrong[:20]}"
