"""The scorer on every corpus, with floors: the guard against regressions in parsing quality.

Each corpus is scored by ``score.py`` (the project's scorer, run as a separate process so that it sees
govdoc exactly as a user does) and every score must reach its floor. The degraded corpora are the wild
documents and the seeds with PDF-style damage (``degrade.py``: three damaged copies of each, built here
into a temporary folder, never committed). The flush corpora are the same texts with every line's
indentation taken off, as text copied from a portal often comes: paragraphs and headings are told apart
by their wording and their place alone.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .degrade import degrade_corpus

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
SEEDS = HERE.parents[1] / "seeds"

# floors per corpus; "meta" is the mean of the title, issuer and date accuracies
FLOORS: dict[str, dict[str, float]] = {
    "devset": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "glossary": 0.99, "meta": 0.99},
    "wild": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "glossary": 0.99, "meta": 0.99},
    "indicators": {"metrics": 0.99, "indicator": 0.99, "change": 0.99},
    # annotated blind after the parser had been tuned on the wild set (first run: headings 0.513,
    # tree 0.308, meta 0.889, indicator 0.633); no longer blind since, see corpus/heldout/SOURCES.md
    "heldout": {"headings": 0.93, "tree": 0.93, "metrics": 0.99, "meta": 0.99, "indicator": 0.96},
    "wild-html": {"headings": 0.99, "tree": 0.99, "meta": 0.99},  # the pages of wild 11, 13, 14 read by read_html
    "degraded": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "glossary": 0.99, "meta": 0.99},
    "degraded seeds": {"headings": 0.99, "tree": 0.94, "metrics": 0.99, "glossary": 0.99, "meta": 0.99},
    "degraded heldout": {"headings": 0.93, "tree": 0.93, "metrics": 0.99, "meta": 0.96},
    "flush": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "glossary": 0.99, "meta": 0.99},
    "flush heldout": {"headings": 0.93, "tree": 0.93, "metrics": 0.99, "meta": 0.99},
    # annotated blind by two annotators (first run: headings 0.939, tree 0.877, meta 0.619, indicator 0.866,
    # captions 0.000); no longer blind since, see corpus/heldout2/README.md
    "heldout2": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99, "indicator": 0.97,
                 "captions": 0.99},
    "heldout2-html": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99, "captions": 0.99},
    "degraded heldout2": {"headings": 0.98, "tree": 0.98, "metrics": 0.99, "meta": 0.99, "captions": 0.77},
    "flush heldout2": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99, "captions": 0.99},
    # annotated blind after set 2 had been used (first run: headings 0.927, tree 0.855, meta 0.867, indicator
    # 0.789); no longer blind since, see corpus/heldout3/README.md
    "heldout3": {"headings": 0.99, "tree": 0.99, "metrics": 0.98, "meta": 0.99, "indicator": 0.92, "change": 0.98},
    "degraded heldout3": {"headings": 0.99, "tree": 0.98, "metrics": 0.98, "meta": 0.95},
    "flush heldout3": {"headings": 0.99, "tree": 0.99, "metrics": 0.98, "meta": 0.99},
    # annotated blind after sets 2 and 3 had been used, three of them PDF text layers (first run: headings 0.679,
    # tree 0.453, meta 0.778); no longer blind since, see corpus/heldout4/README.md
    # (a bound before a noun is now part of the name after it, "60岁以上老人全程接种率", as the annotators of sets 9,
    # 29, 33 and 35 name 16 figures; this set's annotator leaves it out of one, which another fix made up for)
    "heldout4": {"headings": 0.87, "tree": 0.82, "metrics": 0.91, "meta": 0.94, "glossary": 0.99, "indicator": 0.85},
    # (tree 0.67 -> 0.66: in one damaged copy of 62 a heading's broken-off tail is read as a subhead, and a subhead
    # right under an empty numbered heading is now its child, so the "（一）" below it, no longer under that tail,
    # is one level deeper than the gold's)
    "degraded heldout4": {"headings": 0.71, "tree": 0.66, "metrics": 0.91, "meta": 0.94},
    "flush heldout4": {"headings": 0.87, "tree": 0.82, "metrics": 0.91, "meta": 0.94},
    # annotated blind after sets 2-4 had been used (first run: headings 0.943, tree 0.736, meta 0.600); no longer
    # blind since, see corpus/heldout5/README.md
    "heldout5": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99, "indicator": 0.96},
    "heldout5-html": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.88, "indicator": 0.96},
    "degraded heldout5": {"headings": 0.98, "tree": 0.98, "metrics": 0.99, "meta": 0.88},
    "flush heldout5": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99},
    # annotated blind after sets 2-5 had been used (first run: headings 0.562, tree 0.438, metrics 0.971, meta
    # 0.644); no longer blind since, see corpus/heldout6/README.md
    "heldout6": {"headings": 0.92, "tree": 0.92, "metrics": 0.99, "meta": 0.99, "indicator": 0.90},
    "degraded heldout6": {"headings": 0.85, "tree": 0.85, "metrics": 0.99, "meta": 0.98},
    "flush heldout6": {"headings": 0.92, "tree": 0.92, "metrics": 0.99, "meta": 0.99},
    # annotated blind after sets 2-6 had been used (first run: headings 0.933, tree 0.889, metrics 1.000, meta
    # 0.783); no longer blind since, see corpus/heldout7/README.md
    "heldout7": {"headings": 0.97, "tree": 0.88, "metrics": 0.99, "meta": 0.93, "indicator": 0.90},
    "degraded heldout7": {"headings": 0.95, "tree": 0.85, "metrics": 0.99, "meta": 0.93},
    "flush heldout7": {"headings": 0.97, "tree": 0.88, "metrics": 0.99, "meta": 0.93},
    # annotated blind after sets 2-7 had been used (first run: headings 0.923, tree 0.923, metrics 0.971, meta
    # 0.933, indicator 0.742); no longer blind since, see corpus/heldout8/README.md
    # (metrics 0.971 -> 0.964 when the two figures that share 103's unit were read: the annotator writes that unit
    # as printed, 百分點, and govdoc names units in simplified characters, so both count as misses)
    "heldout8": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99, "indicator": 0.93, "change": 0.99},
    "degraded heldout8": {"headings": 0.93, "tree": 0.93, "metrics": 0.99, "meta": 0.99},
    "flush heldout8": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99},
    # annotated blind after sets 2-8 had been used (first run: headings 0.905, tree 0.476, metrics 0.953, meta
    # 0.700, indicator 0.784); no longer blind since, see corpus/heldout9/README.md
    "heldout9": {"headings": 0.97, "tree": 0.97, "metrics": 0.99, "meta": 0.93, "indicator": 0.84},
    "degraded heldout9": {"headings": 0.91, "tree": 0.75, "metrics": 0.99, "meta": 0.91},
    "flush heldout9": {"headings": 0.97, "tree": 0.97, "metrics": 0.99, "meta": 0.93},
    # annotated blind after sets 2-9 had been used (first run: headings 0.941, tree 0.882, metrics 0.982, meta
    # 0.933, indicator 0.444); no longer blind since, see corpus/heldout10/README.md
    "heldout10": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99, "indicator": 0.74},
    "degraded heldout10": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99},
    "flush heldout10": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99},
    # annotated blind after sets 2-10 had been used (first run: headings 0.947, tree 0.684, metrics 0.960, meta
    # 0.917, indicator 0.528); no longer blind since, see corpus/heldout11/README.md
    "heldout11": {"headings": 0.97, "tree": 0.97, "metrics": 0.97, "meta": 0.91, "indicator": 0.75},
    "degraded heldout11": {"headings": 0.96, "tree": 0.83, "metrics": 0.97, "meta": 0.91},
    "flush heldout11": {"headings": 0.97, "tree": 0.97, "metrics": 0.97, "meta": 0.91},
    # annotated blind after sets 2-11 had been used (first run: headings 0.750, tree 0.583, metrics 0.989, meta
    # 0.556, indicator 0.816); no longer blind since, see corpus/heldout12/README.md
    "heldout12": {"headings": 0.95, "tree": 0.95, "metrics": 0.99, "meta": 0.83, "indicator": 0.86},
    "degraded heldout12": {"headings": 0.96, "tree": 0.77, "metrics": 0.99, "meta": 0.75},
    "flush heldout12": {"headings": 0.95, "tree": 0.95, "metrics": 0.99, "meta": 0.83},
    # annotated blind after sets 2-12 had been used (first run: headings 0.375, tree 0.125, metrics 0.946, meta
    # 0.267, indicator 0.736); no longer blind since, see corpus/heldout13/README.md (tree 0.609 -> 0.583 when 137's
    # "一是调优调强组织领导体系" became the heading the gold has, one level above the gold's, for the transcript's
    # "实录内容" heading the parser does not find)
    "heldout13": {"headings": 0.83, "tree": 0.58, "metrics": 0.98, "meta": 0.68, "glossary": 0.99, "indicator": 0.90},
    "degraded heldout13": {"headings": 0.81, "tree": 0.56, "metrics": 0.98, "meta": 0.68, "glossary": 0.99},
    "flush heldout13": {"headings": 0.83, "tree": 0.58, "metrics": 0.98, "meta": 0.68, "glossary": 0.99},
    # annotated blind after sets 2-13 had been used (first run: headings 0.732, tree 0.488, metrics 0.964, meta
    # 0.383, indicator 0.679); no longer blind since, see corpus/heldout14/README.md (metrics 0.964 -> 0.922 when 142's
    # table was read: its cells' figures, in the unit its unit line names, are figures the annotator leaves out)
    "heldout14": {"headings": 0.99, "tree": 0.99, "metrics": 0.98, "meta": 0.93, "indicator": 0.89},
    "degraded heldout14": {"headings": 0.84, "tree": 0.84, "metrics": 0.96, "meta": 0.90},
    "flush heldout14": {"headings": 0.99, "tree": 0.99, "metrics": 0.98, "meta": 0.93},
    # annotated blind after sets 2-14 had been used (first run: headings 0.759, tree 0.621, metrics 0.984, meta
    # 0.800, indicator 0.865); no longer blind since, see corpus/heldout15/README.md
    "heldout15": {"headings": 0.96, "tree": 0.81, "metrics": 0.99, "meta": 0.99, "indicator": 0.96},
    "degraded heldout15": {"headings": 0.96, "tree": 0.91, "metrics": 0.99, "meta": 0.95},
    "flush heldout15": {"headings": 0.96, "tree": 0.81, "metrics": 0.99, "meta": 0.99},
    # annotated blind after sets 2-15 had been used (first run: headings 0.538, tree 0.385, metrics 0.988, meta
    # 0.667, indicator 0.825); no longer blind since, see corpus/heldout16/README.md (metrics 0.988 -> 0.930 when
    # 154's table, one cell to a line, was read: its cells' bare numbers, in the units its header names, are figures
    # the annotator leaves out; back to 0.99 since report.metrics() leaves them out too)
    "heldout16": {"headings": 0.88, "tree": 0.88, "metrics": 0.99, "meta": 0.91, "indicator": 0.87},
    "degraded heldout16": {"headings": 0.88, "tree": 0.88, "metrics": 0.99, "meta": 0.89},
    "flush heldout16": {"headings": 0.88, "tree": 0.88, "metrics": 0.99, "meta": 0.91},
    # annotated blind after sets 2-16 had been used (first run: headings 0.718, tree 0.513, metrics 1.000, meta
    # 0.889, indicator 0.847); no longer blind since, see corpus/heldout17/README.md
    "heldout17": {"headings": 0.84, "tree": 0.78, "metrics": 0.99, "meta": 0.94, "indicator": 0.88},
    "degraded heldout17": {"headings": 0.85, "tree": 0.75, "metrics": 0.99, "meta": 0.94},
    "flush heldout17": {"headings": 0.84, "tree": 0.78, "metrics": 0.99, "meta": 0.94},
    # annotated blind after sets 2-17 had been used (first run: headings 0.941, tree 0.941, metrics 0.902, glossary
    # 0.000, meta 0.822, indicator 0.661); no longer blind since, see corpus/heldout18/README.md
    "heldout18": {"headings": 0.99, "tree": 0.99, "metrics": 0.97, "meta": 0.82, "glossary": 0.99, "indicator": 0.73},
    "degraded heldout18": {"headings": 0.99, "tree": 0.99, "metrics": 0.97, "meta": 0.82, "glossary": 0.93},
    "flush heldout18": {"headings": 0.99, "tree": 0.99, "metrics": 0.97, "meta": 0.82, "glossary": 0.99},
    # annotated blind after sets 2-18 had been used (first run: headings 0.714, tree 0.571, metrics 0.976, meta
    # 0.639, indicator 0.774); no longer blind since, see corpus/heldout19/README.md
    "heldout19": {"headings": 0.92, "tree": 0.92, "metrics": 0.97, "meta": 0.88, "indicator": 0.88},
    "degraded heldout19": {"headings": 0.80, "tree": 0.80, "metrics": 0.97, "meta": 0.85},
    "flush heldout19": {"headings": 0.92, "tree": 0.92, "metrics": 0.97, "meta": 0.88},
    # annotated blind after sets 2-19 had been used (first run: headings 0.880, tree 0.800, metrics 1.000, meta 0.756,
    # indicator 0.619); no longer blind since, see corpus/heldout20/README.md
    "heldout20": {"headings": 0.92, "tree": 0.92, "metrics": 0.99, "meta": 0.99, "indicator": 0.77},
    "degraded heldout20": {"headings": 0.96, "tree": 0.96, "metrics": 0.99, "meta": 0.99},
    "flush heldout20": {"headings": 0.92, "tree": 0.92, "metrics": 0.99, "meta": 0.99},
    # annotated blind after sets 2-20 had been used (first run: headings 0.720, tree 0.720, metrics 1.000, meta 0.417,
    # indicator 0.641); no longer blind since, see corpus/heldout21/README.md
    "heldout21": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.91, "indicator": 0.81},
    "degraded heldout21": {"headings": 0.98, "tree": 0.98, "metrics": 0.99, "meta": 0.84},
    "flush heldout21": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.91},
    # annotated blind after sets 2-21 had been used (first run: headings 0.828, tree 0.552, metrics 0.996, meta 0.711,
    # indicator 0.812); no longer blind since, see corpus/heldout22/README.md
    "heldout22": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99, "indicator": 0.89},
    "degraded heldout22": {"headings": 0.98, "tree": 0.89, "metrics": 0.99, "meta": 0.99},
    "flush heldout22": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99},
    # annotated blind after sets 2-22 had been used (first run: headings 0.952, tree 0.952, metrics 0.960, meta 0.550,
    # indicator 0.892); no longer blind since, see corpus/heldout23/README.md
    "heldout23": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.94, "indicator": 0.92},
    "degraded heldout23": {"headings": 0.92, "tree": 0.92, "metrics": 0.99, "meta": 0.90},
    "flush heldout23": {"headings": 0.97, "tree": 0.97, "metrics": 0.99, "meta": 0.94},
    # annotated blind after sets 2-23 had been used (first run: headings 0.476, tree 0.476, metrics 0.947, meta 0.722,
    # indicator 0.812); no longer blind since, see corpus/heldout24/README.md
    "heldout24": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99, "indicator": 0.90},
    "degraded heldout24": {"headings": 0.96, "tree": 0.96, "metrics": 0.99, "meta": 0.97},
    "flush heldout24": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99},
    # annotated blind after sets 2-24 had been used (first run: headings 0.762, tree 0.762, metrics 0.972, meta 0.533,
    # indicator 0.829); no longer blind since, see corpus/heldout25/README.md
    # (indicator 0.90 -> 0.88: "2000万元以上大项目100个" is now named with its bound, as other sets' annotators
    # name such figures)
    "heldout25": {"headings": 0.99, "tree": 0.99, "metrics": 0.97, "meta": 0.99, "indicator": 0.88},
    "degraded heldout25": {"headings": 0.95, "tree": 0.95, "metrics": 0.97, "meta": 0.95},
    "flush heldout25": {"headings": 0.99, "tree": 0.99, "metrics": 0.97, "meta": 0.99},
    # annotated blind after sets 2-25 had been used (first run: headings 0.941, tree 0.941, metrics 0.853, meta 0.722,
    # indicator 0.823); no longer blind since, see corpus/heldout26/README.md
    "heldout26": {"headings": 0.99, "tree": 0.99, "metrics": 0.98, "meta": 0.91, "indicator": 0.95},
    # degraded 26 and 27 lowered from 0.97 and 0.96 (216, 220: pages with pinyin behind their characters, read plain
    # since eb7004b): a copy hard-wrapped at the printed width has lines of uneven width once the readings are out, and
    # one wrap is misread
    "degraded heldout26": {"headings": 0.96, "tree": 0.96, "metrics": 0.98, "meta": 0.87},
    "flush heldout26": {"headings": 0.99, "tree": 0.99, "metrics": 0.98, "meta": 0.91},
    # annotated blind after sets 2-26 had been used (first run: headings 1.000, tree 0.857, metrics 0.931, meta 0.533,
    # indicator 0.842); no longer blind since, see corpus/heldout27/README.md
    "heldout27": {"headings": 0.99, "tree": 0.99, "metrics": 0.97, "meta": 0.85, "indicator": 0.98},
    # (lowered from 0.96 with degraded heldout26, for the reason given there)
    "degraded heldout27": {"headings": 0.93, "tree": 0.93, "metrics": 0.97, "meta": 0.85},
    "flush heldout27": {"headings": 0.99, "tree": 0.99, "metrics": 0.97, "meta": 0.85},
    # annotated blind after sets 2-27 had been used (first run: headings 0.714, tree 0.571, metrics 0.901, meta 1.000,
    # indicator 0.794); see corpus/heldout28/README.md
    "heldout28": {"headings": 0.95, "tree": 0.95, "metrics": 0.99, "meta": 0.99, "indicator": 0.84},
    "degraded heldout28": {"headings": 0.87, "tree": 0.87, "metrics": 0.99, "meta": 0.99},
    "flush heldout28": {"headings": 0.95, "tree": 0.95, "metrics": 0.99, "meta": 0.99},
    # annotated blind after sets 2-28 had been used (first run: headings 0.960, tree 0.960, metrics 0.987, meta 0.722,
    # indicator 0.735); see corpus/heldout29/README.md
    "heldout29": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.8, "indicator": 0.95},
    "degraded heldout29": {"headings": 0.89, "tree": 0.89, "metrics": 0.99, "meta": 0.72},
    "flush heldout29": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.8},
    # annotated blind after sets 2-29 had been used (first run: headings 0.941, tree 0.941, metrics 0.993, meta 0.889,
    # indicator 0.755); see corpus/heldout30/README.md
    "heldout30": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.94, "indicator": 0.87},
    "degraded heldout30": {"headings": 0.98, "tree": 0.98, "metrics": 0.98, "meta": 0.92},
    "flush heldout30": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.94},
    # annotated blind after sets 2-30 had been used (first run at ba9240b: headings 0.783, tree 0.435, metrics 0.977,
    # meta 0.917, indicator 0.929); see corpus/heldout31/README.md
    "heldout31": {"headings": 0.99, "tree": 0.99, "metrics": 0.97, "meta": 0.91, "indicator": 0.92},
    "degraded heldout31": {"headings": 0.98, "tree": 0.96, "metrics": 0.97, "meta": 0.91},
    "flush heldout31": {"headings": 0.99, "tree": 0.99, "metrics": 0.97, "meta": 0.91},
    # annotated blind after sets 2-31 had been used (first run at 2216f49: headings 0.828, tree 0.759, metrics 0.959,
    # meta 0.867, indicator 0.830); see corpus/heldout32/README.md
    "heldout32": {"headings": 0.88, "tree": 0.88, "metrics": 0.96, "meta": 0.99, "indicator": 0.95, "captions": 0.99},
    "degraded heldout32": {"headings": 0.89, "tree": 0.71, "metrics": 0.96, "meta": 0.95},
    "flush heldout32": {"headings": 0.92, "tree": 0.85, "metrics": 0.96, "meta": 0.99},
    # annotated blind after sets 2-32 had been used (first run at c4c857b: headings 0.786, tree 0.714, metrics 0.973,
    # meta 0.600, indicator 0.782); see corpus/heldout33/README.md. indicator 0.86 -> 0.85 with schema 1.2: the
    # range 90-144m2 (259) is found now that its value is its upper bound, and is scored with an indicator
    # (住宅价格上涨) where the gold names none, as its neighbour 144m2以上 already was
    "heldout33": {"headings": 0.96, "tree": 0.96, "metrics": 0.98, "meta": 0.86, "indicator": 0.90},
    "degraded heldout33": {"headings": 0.95, "tree": 0.95, "metrics": 0.98, "meta": 0.79},
    "flush heldout33": {"headings": 0.96, "tree": 0.96, "metrics": 0.98, "meta": 0.86},
    # annotated blind after sets 2-33 had been used (first run at 42b6114: headings 0.919, tree 0.432, metrics 0.981,
    # meta 0.944, indicator 0.709); see corpus/heldout34/README.md
    "heldout34": {"headings": 0.97, "tree": 0.97, "metrics": 0.99, "meta": 0.99, "indicator": 0.93},
    "degraded heldout34": {"headings": 0.92, "tree": 0.92, "metrics": 0.99, "meta": 0.92},
    "flush heldout34": {"headings": 0.94, "tree": 0.94, "metrics": 0.99, "meta": 0.99},
    # annotated blind after sets 2-34 had been used (first run at da45b3b: headings 0.741, tree 0.667, metrics 0.982,
    # meta 0.867, indicator 0.811); see corpus/heldout35/README.md
    "heldout35": {"headings": 0.92, "tree": 0.92, "metrics": 0.99, "meta": 0.99, "indicator": 0.96},
    "degraded heldout35": {"headings": 0.93, "tree": 0.72, "metrics": 0.99, "meta": 0.99},
    "flush heldout35": {"headings": 0.96, "tree": 0.96, "metrics": 0.99, "meta": 0.99},
    # annotated blind after sets 2-35 had been used (first run at bb19806: headings 0.839, tree 0.839, metrics 1.000,
    # meta 0.917, indicator 0.881, captions 0.108); see corpus/heldout36/README.md
    "heldout36": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99, "indicator": 0.95, "captions": 0.99},
    "degraded heldout36": {"headings": 0.87, "tree": 0.81, "metrics": 0.99, "meta": 0.95, "captions": 0.73},
    "flush heldout36": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99, "captions": 0.99},
    # annotated blind after sets 2-36 had been used (first run at 1ed5639: headings 0.900, tree 0.733, metrics 0.986,
    # meta 0.583, indicator 0.885, captions 0.571); see corpus/heldout37/README.md
    "heldout37": {"headings": 0.94, "tree": 0.91, "metrics": 0.99, "meta": 0.99, "indicator": 0.93, "captions": 0.99},
    "degraded heldout37": {"headings": 0.96, "tree": 0.96, "metrics": 0.99, "meta": 0.82, "captions": 0.99},
    "flush heldout37": {"headings": 0.94, "tree": 0.91, "metrics": 0.99, "meta": 0.99, "captions": 0.99},
    # annotated blind after sets 2-37 had been used (first run at 5496aa0: headings 1.000, tree 0.895, metrics 0.990,
    # meta 0.933, indicator 0.778); see corpus/heldout38/README.md
    # (38's 289 and 41's 305 keep the verb in 主动公开政府信息, which seven later golds drop: 0.85 and 0.86 before)
    "heldout38": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99, "indicator": 0.84},
    # (tree 0.87 → 0.86 at 6792fce: a lead of 286 found now stands one level up, its "(一)" lost by the degrading)
    "degraded heldout38": {"headings": 0.91, "tree": 0.91, "metrics": 0.98, "meta": 0.97},
    "flush heldout38": {"headings": 0.97, "tree": 0.97, "metrics": 0.99, "meta": 0.99},
    # annotated blind after sets 2-38 had been used (first run at b8743b4: headings 0.794, tree 0.794, metrics 1.000,
    # meta 0.822, glossary 0.000, indicator 0.938); see corpus/heldout39/README.md
    "heldout39": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99, "glossary": 0.99, "indicator": 0.94,
                  "captions": 0.99},
    "degraded heldout39": {"headings": 0.98, "tree": 0.98, "metrics": 0.99, "meta": 0.95, "glossary": 0.99,
                           "captions": 0.99},
    "flush heldout39": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99, "glossary": 0.99,
                        "captions": 0.99},
    # annotated blind after sets 2-39 had been used (first run at b5288e1: headings 0.824, tree 0.471, metrics 1.000,
    # meta 0.767, indicator 0.670); see corpus/heldout40/README.md
    "heldout40": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.91, "indicator": 0.69},
    "degraded heldout40": {"headings": 0.87, "tree": 0.80, "metrics": 0.99, "meta": 0.83},
    "flush heldout40": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.91},
    # annotated blind after sets 2-40 had been used (first run at 45c1d34: headings 1.000, tree 1.000, metrics 0.993,
    # meta 0.683, indicator 0.869); see corpus/heldout41/README.md
    # (indicator 0.87 → 0.86: 306's "分别比全国、自治区和全市高4.2、4.3和3.2个百分点" gives two more figures, which the
    # gold names by the rate compared, 增速, and govdoc by the quantity, 地区生产总值)
    "heldout41": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.93, "indicator": 0.85},
    "degraded heldout41": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.87},
    "flush heldout41": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.93},
    # annotated blind after sets 2-41 had been used (first run at e81c37b: headings 0.878, tree 0.732, metrics 0.977,
    # meta 0.694, indicator 0.815); see corpus/heldout42/README.md
    "heldout42": {"headings": 0.92, "tree": 0.92, "metrics": 0.98, "meta": 0.99, "indicator": 0.84},
    "degraded heldout42": {"headings": 0.88, "tree": 0.88, "metrics": 0.98, "meta": 0.83},
    "flush heldout42": {"headings": 0.92, "tree": 0.92, "metrics": 0.98, "meta": 0.99},
    # annotated blind after sets 2-42 had been used (first run at 7feab5d: headings 0.417, tree 0.375, metrics 0.963,
    # meta 0.878, indicator 0.677); see corpus/heldout43/README.md
    "heldout43": {"headings": 0.95, "tree": 0.95, "metrics": 0.98, "meta": 0.94, "indicator": 0.72},
    "degraded heldout43": {"headings": 0.90, "tree": 0.90, "metrics": 0.98, "meta": 0.84},
    "flush heldout43": {"headings": 0.99, "tree": 0.99, "metrics": 0.98, "meta": 0.94},
    # annotated blind after sets 2-43 had been used (first run at 5e5c3b6: headings 0.867, tree 0.867, metrics 1.000,
    # meta 0.806, indicator 0.871); see corpus/heldout44/README.md
    "heldout44": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.88, "indicator": 0.90},
    "degraded heldout44": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.88},
    "flush heldout44": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.88},
    # annotated blind after sets 2-44 had been used (first run at f9a4987: headings 0.750, tree 0.688, metrics 0.992,
    # meta 0.744, indicator 0.774); see corpus/heldout45/README.md
    "heldout45": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99, "indicator": 0.83},
    "degraded heldout45": {"headings": 0.90, "tree": 0.85, "metrics": 0.99, "meta": 0.97},
    "flush heldout45": {"headings": 0.96, "tree": 0.89, "metrics": 0.99, "meta": 0.99},
    # annotated blind after sets 2-45 had been used (first run at abbf7fa: headings 0.909, tree 0.909, metrics 0.933,
    # meta 0.739, indicator 0.948); see corpus/heldout46/README.md
    "heldout46": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99, "indicator": 0.95},
    "degraded heldout46": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99},
    "flush heldout46": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99},
    # annotated blind after sets 2-46 had been used (first run at 23043f9: headings 0.842, tree 0.842, metrics 0.988,
    # meta 0.933, indicator 0.813); see corpus/heldout47/README.md
    "heldout47": {"headings": 0.94, "tree": 0.94, "metrics": 0.99, "meta": 0.93, "indicator": 0.86},
    "degraded heldout47": {"headings": 0.92, "tree": 0.88, "metrics": 0.99, "meta": 0.89},
    "flush heldout47": {"headings": 0.94, "tree": 0.94, "metrics": 0.99, "meta": 0.93},
    # annotated blind after sets 2-47 had been used (first run at a108f13: headings 0.800, tree 0.600, metrics 0.991,
    # meta 0.917, indicator 0.856); see corpus/heldout48/README.md
    "heldout48": {"headings": 0.83, "tree": 0.83, "metrics": 0.99, "meta": 0.99, "indicator": 0.88},
    "degraded heldout48": {"headings": 0.82, "tree": 0.75, "metrics": 0.98, "meta": 0.99},
    "flush heldout48": {"headings": 0.96, "tree": 0.88, "metrics": 0.99, "meta": 0.99},
    # annotated blind after sets 2-47 had been used (first run at a108f13: headings 0.783, tree 0.783, metrics 0.996,
    # meta 0.689, indicator 0.802); see corpus/heldout49/README.md
    "heldout49": {"headings": 0.96, "tree": 0.96, "metrics": 0.99, "meta": 0.93, "indicator": 0.87},
    "degraded heldout49": {"headings": 0.84, "tree": 0.84, "metrics": 0.99, "meta": 0.91},
    "flush heldout49": {"headings": 0.96, "tree": 0.96, "metrics": 0.99, "meta": 0.93},
    # annotated blind after sets 2-49 had been used (first run at 1d52b89: headings 0.947, tree 0.842, metrics 0.989,
    # meta 0.944, indicator 0.791); see corpus/heldout50/README.md
    "heldout50": {"headings": 0.99, "tree": 0.99, "metrics": 0.98, "meta": 0.99, "indicator": 0.81},
    "degraded heldout50": {"headings": 0.99, "tree": 0.99, "metrics": 0.98, "meta": 0.96},
    "flush heldout50": {"headings": 0.99, "tree": 0.99, "metrics": 0.98, "meta": 0.99},
    # annotated blind after sets 2-49 had been used (first run at 1d52b89: headings 0.857, tree 0.857, metrics 0.894,
    # meta 0.889, indicator 0.702); see corpus/heldout51/README.md
    "heldout51": {"headings": 0.89, "tree": 0.89, "metrics": 0.99, "meta": 0.94, "indicator": 0.88},
    "degraded heldout51": {"headings": 0.88, "tree": 0.88, "metrics": 0.97, "meta": 0.94},
    "flush heldout51": {"headings": 0.89, "tree": 0.89, "metrics": 0.99, "meta": 0.94},
    # annotated blind after sets 2-51 had been used (first run at 04afb2b: headings 0.696, tree 0.522, metrics 0.974,
    # meta 0.678, indicator 0.800); see corpus/heldout52/README.md
    "heldout52": {"headings": 0.8, "tree": 0.80, "metrics": 0.97, "meta": 0.81, "indicator": 0.89},
    "degraded heldout52": {"headings": 0.71, "tree": 0.71, "metrics": 0.97, "meta": 0.77},
    "flush heldout52": {"headings": 0.8, "tree": 0.80, "metrics": 0.97, "meta": 0.81},
    # annotated blind after sets 2-51 had been used (first run at 04afb2b: headings 0.909, tree 0.909, metrics 0.993,
    # meta 0.933, indicator 0.697); see corpus/heldout53/README.md
    "heldout53": {"headings": 0.93, "tree": 0.93, "metrics": 0.99, "meta": 0.99, "indicator": 0.82},
    "degraded heldout53": {"headings": 0.92, "tree": 0.92, "metrics": 0.99, "meta": 0.99},
    "flush heldout53": {"headings": 0.93, "tree": 0.93, "metrics": 0.99, "meta": 0.99},
    # annotated blind after sets 2-53 had been used (first run at c115f47: headings 0.704, tree 0.444, metrics 0.989,
    # meta 0.733, indicator 0.813); see corpus/heldout54/README.md
    "heldout54": {"headings": 0.71, "tree": 0.64, "metrics": 0.98, "meta": 0.93, "indicator": 0.86},
    "degraded heldout54": {"headings": 0.74, "tree": 0.67, "metrics": 0.98, "meta": 0.93},
    "flush heldout54": {"headings": 0.71, "tree": 0.64, "metrics": 0.98, "meta": 0.93},
    # annotated blind after sets 2-53 had been used (first run at c115f47: headings 0.952, tree 0.952, metrics 0.887,
    # meta 0.578, indicator 0.855); see corpus/heldout55/README.md
    "heldout55": {"headings": 0.99, "tree": 0.99, "metrics": 0.93, "meta": 0.94, "indicator": 0.86},
    "degraded heldout55": {"headings": 0.85, "tree": 0.85, "metrics": 0.93, "meta": 0.75},
    "flush heldout55": {"headings": 0.99, "tree": 0.99, "metrics": 0.93, "meta": 0.94},
    # annotated blind after sets 2-55 had been used (first run at 46ba4d4: headings 0.894, tree 0.808, metrics 1.000,
    # meta 0.933, indicator 0.755); see corpus/heldout56/README.md
    "heldout56": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99, "indicator": 0.86},
    "degraded heldout56": {"headings": 0.97, "tree": 0.97, "metrics": 0.99, "meta": 0.99},
    "flush heldout56": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99},
    # annotated blind after sets 2-55 had been used (first run at 46ba4d4: headings 0.789, tree 0.632, metrics 0.970,
    # meta 0.861, indicator 0.855); see corpus/heldout57/README.md
    "heldout57": {"headings": 0.87, "tree": 0.87, "metrics": 0.99, "meta": 0.91, "indicator": 0.87},
    "degraded heldout57": {"headings": 0.82, "tree": 0.78, "metrics": 0.99, "meta": 0.87},
    "flush heldout57": {"headings": 0.87, "tree": 0.87, "metrics": 0.99, "meta": 0.91},
    # annotated blind after sets 2-57 had been used (first run at 1171756: headings 0.849, tree 0.606, metrics 0.992,
    # meta 0.633, indicator 0.903); see corpus/heldout58/README.md
    "heldout58": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99, "indicator": 0.93},
    "degraded heldout58": {"headings": 0.95, "tree": 0.89, "metrics": 0.99, "meta": 0.99},
    "flush heldout58": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99},
    # annotated blind after sets 2-57 had been used (first run at 1171756: headings 0.839, tree 0.387, metrics 0.983,
    # meta 0.917, indicator 0.937); see corpus/heldout59/README.md
    "heldout59": {"headings": 0.94, "tree": 0.69, "metrics": 0.98, "meta": 0.99, "indicator": 0.93},
    "degraded heldout59": {"headings": 0.95, "tree": 0.59, "metrics": 0.98, "meta": 0.94},
    "flush heldout59": {"headings": 0.94, "tree": 0.69, "metrics": 0.98, "meta": 0.99},
    # annotated blind after sets 2-59 had been used (first run at 1c2c9f4: headings 0.839, tree 0.710, metrics 0.995,
    # meta 0.933, indicator 0.794); see corpus/heldout60/README.md
    "heldout60": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99, "indicator": 0.85},
    "degraded heldout60": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.94},
    "flush heldout60": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99},
    # annotated blind after sets 2-59 had been used (first run at 1c2c9f4: headings 0.955, tree 0.818, metrics 0.992,
    # meta 0.833, indicator 0.866); see corpus/heldout61/README.md
    "heldout61": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99, "indicator": 0.86},
    "degraded heldout61": {"headings": 0.94, "tree": 0.77, "metrics": 0.99, "meta": 0.87},
    "flush heldout61": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99},
    # annotated blind after sets 2-61 had been used (first run at 0fa32a2: headings 0.894, tree 0.723, metrics 0.989,
    # meta 0.833, indicator 0.828); see corpus/heldout62/README.md
    "heldout62": {"headings": 0.95, "tree": 0.95, "metrics": 0.98, "meta": 0.99, "indicator": 0.83},
    "degraded heldout62": {"headings": 0.87, "tree": 0.74, "metrics": 0.98, "meta": 0.90},
    "flush heldout62": {"headings": 0.95, "tree": 0.95, "metrics": 0.98, "meta": 0.99},
    # annotated blind after sets 2-61 had been used (first run at 0fa32a2: headings 0.727, tree 0.485, metrics 0.992,
    # meta 0.750, indicator 0.861); see corpus/heldout63/README.md
    "heldout63": {"headings": 0.84, "tree": 0.84, "metrics": 0.99, "meta": 0.83, "indicator": 0.86},
    "degraded heldout63": {"headings": 0.84, "tree": 0.84, "metrics": 0.99, "meta": 0.83},
    "flush heldout63": {"headings": 0.84, "tree": 0.84, "metrics": 0.99, "meta": 0.83},
    # annotated blind after sets 2-63 had been used (first run at dc31854: headings 0.436, tree 0.436, metrics 0.996,
    # meta 0.867, indicator 0.899); see corpus/heldout64/README.md
    "heldout64": {"headings": 0.97, "tree": 0.97, "metrics": 0.99, "meta": 0.99, "indicator": 0.90},
    "degraded heldout64": {"headings": 0.94, "tree": 0.86, "metrics": 0.99, "meta": 0.97},
    "flush heldout64": {"headings": 0.97, "tree": 0.97, "metrics": 0.99, "meta": 0.99},
    # annotated blind after sets 2-63 had been used (first run at dc31854: headings 0.578, tree 0.400, metrics 0.973,
    # meta 0.850, indicator 0.733); see corpus/heldout65/README.md
    "heldout65": {"headings": 0.81, "tree": 0.81, "metrics": 0.97, "meta": 0.91, "indicator": 0.80},
    "degraded heldout65": {"headings": 0.72, "tree": 0.67, "metrics": 0.97, "meta": 0.89},
    "flush heldout65": {"headings": 0.81, "tree": 0.81, "metrics": 0.97, "meta": 0.91},
    # annotated blind after sets 2-65 had been used (first run at 250d58e: headings 0.857, tree 0.743, metrics 0.995,
    # meta 0.656, indicator 0.852); see corpus/heldout66/README.md
    "heldout66": {"headings": 0.94, "tree": 0.94, "metrics": 0.99, "meta": 0.91, "indicator": 0.85},
    "degraded heldout66": {"headings": 0.98, "tree": 0.96, "metrics": 0.99, "meta": 0.78},
    "flush heldout66": {"headings": 0.94, "tree": 0.94, "metrics": 0.99, "meta": 0.91},
    # annotated blind at the same time as set 66 (first run at 250d58e: headings 0.774, tree 0.581, metrics 1.000,
    # meta 0.867, indicator 0.809); see corpus/heldout67/README.md
    "heldout67": {"headings": 0.96, "tree": 0.96, "metrics": 0.99, "meta": 0.99, "indicator": 0.80},
    "degraded heldout67": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99},
    "flush heldout67": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99},
    # annotated blind, sets 68 and 69 at the same time (first runs at ccb69b4: 68 headings 0.849, tree 0.485,
    # metrics 1.000, meta 0.933, indicator 0.915; 69 headings 0.696, tree 0.696, metrics 0.989, meta 1.000, indicator
    # 0.747); see corpus/heldout68/README.md and corpus/heldout69/README.md
    "heldout68": {"headings": 0.96, "tree": 0.96, "metrics": 0.99, "meta": 0.99, "indicator": 0.92},
    "degraded heldout68": {"headings": 0.91, "tree": 0.91, "metrics": 0.99, "meta": 0.93},
    "flush heldout68": {"headings": 0.96, "tree": 0.96, "metrics": 0.99, "meta": 0.99},
    "heldout69": {"headings": 0.78, "tree": 0.78, "metrics": 0.98, "meta": 0.99, "indicator": 0.74},
    "degraded heldout69": {"headings": 0.77, "tree": 0.77, "metrics": 0.98, "meta": 0.95},
    "flush heldout69": {"headings": 0.78, "tree": 0.78, "metrics": 0.98, "meta": 0.99},
    # annotated blind, sets 70 and 71 at the same time (first runs at 97e4ec6: 70 headings 0.842, tree 0.842,
    # metrics 0.983, meta 0.633, indicator 0.690; 71 headings 0.947, tree 0.947, metrics 1.000, meta 0.861, indicator
    # 0.747); see corpus/heldout70/README.md and corpus/heldout71/README.md
    "heldout70": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.93, "indicator": 0.89},
    "degraded heldout70": {"headings": 0.94, "tree": 0.94, "metrics": 0.99, "meta": 0.77},
    "flush heldout70": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.93},
    "heldout71": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.91, "indicator": 0.90},
    "degraded heldout71": {"headings": 0.98, "tree": 0.98, "metrics": 0.99, "meta": 0.83},
    "flush heldout71": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.91},
    # annotated blind, sets 72 and 73 at the same time (first runs at 3d6c4cc: 72 headings 0.700, tree 0.400,
    # metrics 0.977, meta 0.700, indicator 0.862; 73 headings 1.000, tree 1.000, metrics 0.992, meta 0.933, indicator
    # 0.873); see corpus/heldout72/README.md and corpus/heldout73/README.md
    "heldout72": {"headings": 0.84, "tree": 0.73, "metrics": 0.99, "meta": 0.99, "indicator": 0.97},
    "degraded heldout72": {"headings": 0.73, "tree": 0.61, "metrics": 0.99, "meta": 0.90},
    "flush heldout72": {"headings": 0.84, "tree": 0.73, "metrics": 0.99, "meta": 0.99},
    "heldout73": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99, "indicator": 0.91},
    "degraded heldout73": {"headings": 0.95, "tree": 0.95, "metrics": 0.99, "meta": 0.99},
    "flush heldout73": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99},
    # annotated blind, sets 74 and 75 at the same time (first runs at 47ebaf1: 74 headings 0.686, tree 0.686,
    # metrics 1.000, meta 0.822, indicator 0.730; 75 headings 0.464, tree 0.357, metrics 1.000, meta 0.583, indicator
    # 0.886); see corpus/heldout74/README.md and corpus/heldout75/README.md
    "heldout74": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99, "indicator": 0.72},
    "degraded heldout74": {"headings": 0.91, "tree": 0.91, "metrics": 0.99, "meta": 0.88},
    "flush heldout74": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.99},
    "heldout75": {"headings": 0.90, "tree": 0.70, "metrics": 0.99, "meta": 0.88, "indicator": 0.88},
    "degraded heldout75": {"headings": 0.90, "tree": 0.75, "metrics": 0.99, "meta": 0.86},
    "flush heldout75": {"headings": 0.90, "tree": 0.70, "metrics": 0.99, "meta": 0.88},
    # annotated blind, sets 76 and 77 at the same time (first runs at 390ccd8: 76 headings 0.842, tree 0.474,
    # metrics 1.000, meta 0.867, indicator 0.895; 77 headings 0.903, tree 0.710, metrics 1.000, meta 0.794, indicator
    # 0.852); see corpus/heldout76/README.md and corpus/heldout77/README.md
    "heldout76": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.93, "indicator": 0.89},
    "degraded heldout76": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.91},
    "flush heldout76": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.93},
    "heldout77": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.93, "indicator": 0.96},
    "degraded heldout77": {"headings": 0.98, "tree": 0.98, "metrics": 0.99, "meta": 0.93},
    "flush heldout77": {"headings": 0.99, "tree": 0.99, "metrics": 0.99, "meta": 0.93},
    # annotated blind, sets 78 and 79 at the same time (first runs at 0fa4b12: 78 headings 0.973, tree 0.919,
    # metrics 0.970, meta 0.806, indicator 0.701; 79 headings 0.581, tree 0.484, metrics 0.993, meta 0.700, indicator
    # 0.858); see corpus/heldout78/README.md and corpus/heldout79/README.md
    "heldout78": {"headings": 0.99, "tree": 0.99, "metrics": 0.97, "meta": 0.94, "indicator": 0.72},
    "degraded heldout78": {"headings": 0.99, "tree": 0.96, "metrics": 0.97, "meta": 0.85},
    "flush heldout78": {"headings": 0.99, "tree": 0.99, "metrics": 0.97, "meta": 0.94},
    "heldout79": {"headings": 0.92, "tree": 0.60, "metrics": 0.99, "meta": 0.75, "indicator": 0.91},
    "degraded heldout79": {"headings": 0.87, "tree": 0.64, "metrics": 0.99, "meta": 0.77},
    "flush heldout79": {"headings": 0.92, "tree": 0.60, "metrics": 0.99, "meta": 0.75},
}
SOURCES = {
    "devset": (SEEDS, CORPUS / "devset" / "gold"),
    "wild": (CORPUS / "wild" / "docs", CORPUS / "wild" / "gold"),
    "indicators": (CORPUS / "wild" / "docs", CORPUS / "indicators"),
    "heldout": (CORPUS / "heldout" / "docs", CORPUS / "heldout" / "gold"),
    "wild-html": (CORPUS / "wild" / "html", CORPUS / "wild" / "gold"),
    "degraded": (CORPUS / "wild" / "docs", CORPUS / "wild" / "gold"),
    "degraded seeds": (SEEDS, CORPUS / "devset" / "gold"),
    "degraded heldout": (CORPUS / "heldout" / "docs", CORPUS / "heldout" / "gold"),
    "flush": (CORPUS / "wild" / "docs", CORPUS / "wild" / "gold"),
    "flush heldout": (CORPUS / "heldout" / "docs", CORPUS / "heldout" / "gold"),
    "heldout2": (CORPUS / "heldout2" / "docs", CORPUS / "heldout2" / "gold"),
    "heldout2-html": (CORPUS / "heldout2" / "html", CORPUS / "heldout2" / "gold"),
    "degraded heldout2": (CORPUS / "heldout2" / "docs", CORPUS / "heldout2" / "gold"),
    "flush heldout2": (CORPUS / "heldout2" / "docs", CORPUS / "heldout2" / "gold"),
    "heldout3": (CORPUS / "heldout3" / "docs", CORPUS / "heldout3" / "gold"),
    "degraded heldout3": (CORPUS / "heldout3" / "docs", CORPUS / "heldout3" / "gold"),
    "flush heldout3": (CORPUS / "heldout3" / "docs", CORPUS / "heldout3" / "gold"),
    "heldout4": (CORPUS / "heldout4" / "docs", CORPUS / "heldout4" / "gold"),
    "degraded heldout4": (CORPUS / "heldout4" / "docs", CORPUS / "heldout4" / "gold"),
    "flush heldout4": (CORPUS / "heldout4" / "docs", CORPUS / "heldout4" / "gold"),
    "heldout5": (CORPUS / "heldout5" / "docs", CORPUS / "heldout5" / "gold"),
    "heldout5-html": (CORPUS / "heldout5" / "html", CORPUS / "heldout5" / "gold"),
    "degraded heldout5": (CORPUS / "heldout5" / "docs", CORPUS / "heldout5" / "gold"),
    "flush heldout5": (CORPUS / "heldout5" / "docs", CORPUS / "heldout5" / "gold"),
    "heldout6": (CORPUS / "heldout6" / "docs", CORPUS / "heldout6" / "gold"),
    "degraded heldout6": (CORPUS / "heldout6" / "docs", CORPUS / "heldout6" / "gold"),
    "flush heldout6": (CORPUS / "heldout6" / "docs", CORPUS / "heldout6" / "gold"),
    "heldout7": (CORPUS / "heldout7" / "docs", CORPUS / "heldout7" / "gold"),
    "degraded heldout7": (CORPUS / "heldout7" / "docs", CORPUS / "heldout7" / "gold"),
    "flush heldout7": (CORPUS / "heldout7" / "docs", CORPUS / "heldout7" / "gold"),
    "heldout8": (CORPUS / "heldout8" / "docs", CORPUS / "heldout8" / "gold"),
    "degraded heldout8": (CORPUS / "heldout8" / "docs", CORPUS / "heldout8" / "gold"),
    "flush heldout8": (CORPUS / "heldout8" / "docs", CORPUS / "heldout8" / "gold"),
    "heldout9": (CORPUS / "heldout9" / "docs", CORPUS / "heldout9" / "gold"),
    "degraded heldout9": (CORPUS / "heldout9" / "docs", CORPUS / "heldout9" / "gold"),
    "flush heldout9": (CORPUS / "heldout9" / "docs", CORPUS / "heldout9" / "gold"),
    "heldout10": (CORPUS / "heldout10" / "docs", CORPUS / "heldout10" / "gold"),
    "degraded heldout10": (CORPUS / "heldout10" / "docs", CORPUS / "heldout10" / "gold"),
    "flush heldout10": (CORPUS / "heldout10" / "docs", CORPUS / "heldout10" / "gold"),
    "heldout11": (CORPUS / "heldout11" / "docs", CORPUS / "heldout11" / "gold"),
    "degraded heldout11": (CORPUS / "heldout11" / "docs", CORPUS / "heldout11" / "gold"),
    "flush heldout11": (CORPUS / "heldout11" / "docs", CORPUS / "heldout11" / "gold"),
    "heldout12": (CORPUS / "heldout12" / "docs", CORPUS / "heldout12" / "gold"),
    "degraded heldout12": (CORPUS / "heldout12" / "docs", CORPUS / "heldout12" / "gold"),
    "flush heldout12": (CORPUS / "heldout12" / "docs", CORPUS / "heldout12" / "gold"),
    "heldout13": (CORPUS / "heldout13" / "docs", CORPUS / "heldout13" / "gold"),
    "degraded heldout13": (CORPUS / "heldout13" / "docs", CORPUS / "heldout13" / "gold"),
    "flush heldout13": (CORPUS / "heldout13" / "docs", CORPUS / "heldout13" / "gold"),
    "heldout14": (CORPUS / "heldout14" / "docs", CORPUS / "heldout14" / "gold"),
    "degraded heldout14": (CORPUS / "heldout14" / "docs", CORPUS / "heldout14" / "gold"),
    "flush heldout14": (CORPUS / "heldout14" / "docs", CORPUS / "heldout14" / "gold"),
    "heldout15": (CORPUS / "heldout15" / "docs", CORPUS / "heldout15" / "gold"),
    "degraded heldout15": (CORPUS / "heldout15" / "docs", CORPUS / "heldout15" / "gold"),
    "flush heldout15": (CORPUS / "heldout15" / "docs", CORPUS / "heldout15" / "gold"),
    "heldout16": (CORPUS / "heldout16" / "docs", CORPUS / "heldout16" / "gold"),
    "degraded heldout16": (CORPUS / "heldout16" / "docs", CORPUS / "heldout16" / "gold"),
    "flush heldout16": (CORPUS / "heldout16" / "docs", CORPUS / "heldout16" / "gold"),
    "heldout17": (CORPUS / "heldout17" / "docs", CORPUS / "heldout17" / "gold"),
    "degraded heldout17": (CORPUS / "heldout17" / "docs", CORPUS / "heldout17" / "gold"),
    "flush heldout17": (CORPUS / "heldout17" / "docs", CORPUS / "heldout17" / "gold"),
    "heldout18": (CORPUS / "heldout18" / "docs", CORPUS / "heldout18" / "gold"),
    "degraded heldout18": (CORPUS / "heldout18" / "docs", CORPUS / "heldout18" / "gold"),
    "flush heldout18": (CORPUS / "heldout18" / "docs", CORPUS / "heldout18" / "gold"),
    "heldout19": (CORPUS / "heldout19" / "docs", CORPUS / "heldout19" / "gold"),
    "degraded heldout19": (CORPUS / "heldout19" / "docs", CORPUS / "heldout19" / "gold"),
    "flush heldout19": (CORPUS / "heldout19" / "docs", CORPUS / "heldout19" / "gold"),
    "heldout20": (CORPUS / "heldout20" / "docs", CORPUS / "heldout20" / "gold"),
    "degraded heldout20": (CORPUS / "heldout20" / "docs", CORPUS / "heldout20" / "gold"),
    "flush heldout20": (CORPUS / "heldout20" / "docs", CORPUS / "heldout20" / "gold"),
    "heldout21": (CORPUS / "heldout21" / "docs", CORPUS / "heldout21" / "gold"),
    "degraded heldout21": (CORPUS / "heldout21" / "docs", CORPUS / "heldout21" / "gold"),
    "flush heldout21": (CORPUS / "heldout21" / "docs", CORPUS / "heldout21" / "gold"),
    "heldout22": (CORPUS / "heldout22" / "docs", CORPUS / "heldout22" / "gold"),
    "degraded heldout22": (CORPUS / "heldout22" / "docs", CORPUS / "heldout22" / "gold"),
    "flush heldout22": (CORPUS / "heldout22" / "docs", CORPUS / "heldout22" / "gold"),
    "heldout23": (CORPUS / "heldout23" / "docs", CORPUS / "heldout23" / "gold"),
    "degraded heldout23": (CORPUS / "heldout23" / "docs", CORPUS / "heldout23" / "gold"),
    "flush heldout23": (CORPUS / "heldout23" / "docs", CORPUS / "heldout23" / "gold"),
    "heldout24": (CORPUS / "heldout24" / "docs", CORPUS / "heldout24" / "gold"),
    "degraded heldout24": (CORPUS / "heldout24" / "docs", CORPUS / "heldout24" / "gold"),
    "flush heldout24": (CORPUS / "heldout24" / "docs", CORPUS / "heldout24" / "gold"),
    "heldout25": (CORPUS / "heldout25" / "docs", CORPUS / "heldout25" / "gold"),
    "degraded heldout25": (CORPUS / "heldout25" / "docs", CORPUS / "heldout25" / "gold"),
    "flush heldout25": (CORPUS / "heldout25" / "docs", CORPUS / "heldout25" / "gold"),
    "heldout26": (CORPUS / "heldout26" / "docs", CORPUS / "heldout26" / "gold"),
    "degraded heldout26": (CORPUS / "heldout26" / "docs", CORPUS / "heldout26" / "gold"),
    "flush heldout26": (CORPUS / "heldout26" / "docs", CORPUS / "heldout26" / "gold"),
    "heldout27": (CORPUS / "heldout27" / "docs", CORPUS / "heldout27" / "gold"),
    "degraded heldout27": (CORPUS / "heldout27" / "docs", CORPUS / "heldout27" / "gold"),
    "flush heldout27": (CORPUS / "heldout27" / "docs", CORPUS / "heldout27" / "gold"),
    "heldout28": (CORPUS / "heldout28" / "docs", CORPUS / "heldout28" / "gold"),
    "degraded heldout28": (CORPUS / "heldout28" / "docs", CORPUS / "heldout28" / "gold"),
    "flush heldout28": (CORPUS / "heldout28" / "docs", CORPUS / "heldout28" / "gold"),
    **{f"{kind}heldout{n}": (CORPUS / f"heldout{n}" / "docs", CORPUS / f"heldout{n}" / "gold")
       for n in range(29, 80)  # (sets 29–79, each with its degraded and flush copies)
       for kind in ("", "degraded ", "flush ")},
}
# the held-out pages whose text is the whole page (41's text is the first 25 lines of its bulletin's page)
WHOLE_PAGES = ("46_huaibei_tjgbjd_2025", "47_kelamayi_tjgb_2025_part", "48_huangshi_ysbg_2025")


def figures_gold(indicators: Path, into: Path) -> Path:
    """The wild gold of the documents whose figures were annotated with indicators, with those figures.

    The indicator annotation lists every figure of its documents (text, value, unit, approx,
    indicator, change); the rest of each gold file (title, headings…) comes from the wild gold.
    """
    into.mkdir()
    for path in sorted(indicators.glob("*.json")):
        gold = json.loads((CORPUS / "wild" / "gold" / path.name).read_text(encoding="utf-8"))
        gold["metrics"] = json.loads(path.read_text(encoding="utf-8"))["metrics"]
        (into / path.name).write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return into


def flush_corpus(docs: Path, into: Path) -> Path:
    """The documents with the indentation of every line taken off (full-width, half-width spaces, tabs)."""
    into.mkdir()
    for path in sorted(docs.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        (into / path.name).write_text("\n".join(line.lstrip("\u3000 \t") for line in lines) + "\n", encoding="utf-8")
    return into


def whole_pages(pages: Path, into: Path) -> Path:
    """The stored pages of held-out set 2 whose text is the whole page (``WHOLE_PAGES``), alone in a folder."""
    into.mkdir()
    for name in WHOLE_PAGES:
        (into / f"{name}.html").write_bytes((pages / f"{name}.html").read_bytes())
    return into


def score(docs: Path, gold: Path, tmp_path: Path) -> dict[str, float]:
    """Run the scorer on one corpus and return its F1 scores and mean metadata accuracy."""
    out = tmp_path / "scores.json"
    result = subprocess.run(
        [sys.executable, str(HERE / "score.py"), "--docs", str(docs), "--gold", str(gold), "--json", str(out)],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    figures = json.loads(out.read_text(encoding="utf-8"))["figures"]
    scores = {name: value["f1"] if isinstance(value, dict) else value for name, value in figures.items()}
    meta = [value for name, value in figures.items() if name.startswith("meta.")]
    if meta:
        scores["meta"] = sum(meta) / len(meta)
    return scores


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_scores_reach_their_floors(corpus: str, tmp_path: Path) -> None:
    docs, gold = SOURCES[corpus]
    if corpus == "indicators":
        gold = figures_gold(gold, tmp_path / "gold")
    if corpus.startswith("degraded"):
        docs, gold = degrade_corpus(docs, gold, tmp_path / "degraded")
    if corpus.startswith("flush"):
        docs = flush_corpus(docs, tmp_path / "flush")
    if corpus == "heldout2-html":
        docs = whole_pages(docs, tmp_path / "pages")
    scores = score(docs, gold, tmp_path)
    below = {name: (round(scores.get(name, 0.0), 4), floor) for name, floor in FLOORS[corpus].items()
             if scores.get(name, 0.0) < floor}
    assert not below, f"{corpus}: scores below their floors (score, floor): {below}"
