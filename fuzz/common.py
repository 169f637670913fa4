"""Shared by the atheris harnesses: the crash rule and the seed corpus."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.hostile.corpus builds the seeds


class Crash(Exception):
    """A GovdocError that hides a crash: the parser's last-resort ParseError("cannot parse: ...")."""


def check(call: object, *args: object, **kwargs: object) -> None:
    """Call a reader; GovdocError is an answer, a wrapped crash or any other exception is a finding."""
    import warnings

    from govdoc.errors import GovdocError, ParseError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            call(*args, **kwargs)  # type: ignore[operator]
    except ParseError as exc:
        if exc.message.startswith("cannot parse:"):
            raise Crash(str(exc)) from exc
    except GovdocError:
        pass


def write_seeds(folder: Path) -> int:
    """Write the seed corpus (seed reports, every writer's output, the hostile corpus) to ``folder``."""
    from tests.hostile import corpus

    from govdoc import parse
    from govdoc.errors import GovdocError
    from govdoc.formats import FORMATS

    folder.mkdir(parents=True, exist_ok=True)
    seeds: dict[str, bytes] = {}
    for index, text in enumerate(corpus.seed_texts()):
        seeds[f"seed{index}.txt"] = text
    report = parse(corpus.sample_text())
    for name, fmt in FORMATS.items():
        try:
            seeds[f"sample.{name}"] = fmt.writer(report)
        except GovdocError:
            continue
    for name, build in corpus.HOSTILE.items():
        if name != "nested_numbering.txt":
            seeds[name] = build()  # type: ignore[operator]
    for page in sorted((ROOT / "tests" / "quality" / "corpus" / "wild" / "html").rglob("*.html")):
        seeds[page.name] = page.read_bytes()  # the stored pages of the wild set
    seeds["sample_page.html"] = corpus.sample_page().encode()
    for name, data in seeds.items():
        (folder / name).write_bytes(data)
    return len(seeds)
