"""Every regular expression in govdoc and the worst-case inputs for it (a hang detector, not a timer).

``patterns()`` imports every module of the package and collects the compiled ``re.Pattern`` objects
at module level. ``worst_inputs(pattern, n)`` builds long runs of the characters the pattern
repeats (each one alone, all of them cycled, and each one after a run of the others), because
catastrophic backtracking and quadratic scanning show on exactly such runs.

Run as a script (``python regex_worst.py SIZE [NAME...]``) it feeds every pattern (or the named
ones) its worst cases with ``finditer`` (how scanners use a pattern over a whole text) and
``fullmatch`` (how validators use one), printing ``start NAME`` before and ``done NAME`` after each,
so that the test that runs it under a hard timeout can say which pattern hung.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

try:  # Python 3.11+
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]

import govdoc

_CATEGORY_SAMPLES = {
    "CATEGORY_DIGIT": "1",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "字",
    "CATEGORY_WORD": "a",
    "CATEGORY_NOT_WORD": "，",
}
_ALWAYS = "1 \u3000字a，。、.\n"  # digits, spaces, CJK, punctuation: every pattern gets these runs too


def patterns() -> dict[str, re.Pattern[Any]]:
    """Every module-level compiled pattern of govdoc, by ``module.NAME``."""
    found: dict[str, re.Pattern[Any]] = {}
    for info in pkgutil.walk_packages(govdoc.__path__, "govdoc."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and value.pattern not in {p.pattern for p in found.values()}:
                found[f"{info.name}.{name}"] = value
    return found


def _chars(tree: Any, out: set[str], repeated: bool) -> None:
    """Collect the characters a parsed pattern matches (those under a repeat, or all of them)."""
    for op, arg in tree:
        name = str(op)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            _chars(arg[2], out, True)
        elif name in ("SUBPATTERN", "ATOMIC_GROUP"):
            _chars(arg[-1], out, repeated)
        elif name == "BRANCH":
            for branch in arg[1]:
                _chars(branch, out, repeated)
        elif name in ("ASSERT", "ASSERT_NOT"):
            _chars(arg[1], out, repeated)
        elif name == "LITERAL":
            out.add(chr(arg))
        elif name == "IN":
            for item_op, item in arg:
                item_name = str(item_op)
                if item_name == "LITERAL":
                    out.add(chr(item))
                elif item_name == "RANGE":
                    low, high = item
                    out.update({chr(low), chr((low + high) // 2), chr(high)})
                elif item_name == "CATEGORY":
                    out.add(_CATEGORY_SAMPLES.get(str(item), "a"))
        elif name == "NOT_LITERAL":
            out.add("字" if arg != ord("字") else "a")
        elif name == "ANY":
            out.add("字")
        elif name == "GROUPREF_EXISTS":
            _chars(arg[1], out, repeated)
            if arg[2] is not None:
                _chars(arg[2], out, repeated)


def pattern_chars(pattern: re.Pattern[Any]) -> str:
    """The characters of ``pattern`` (as text, whatever the pattern's type), sorted."""
    source = pattern.pattern.decode("latin-1") if isinstance(pattern.pattern, bytes) else pattern.pattern
    out: set[str] = set()
    _chars(sre_parse.parse(source, pattern.flags & ~re.UNICODE if isinstance(pattern.pattern, bytes)
                           else pattern.flags), out, False)
    if isinstance(pattern.pattern, bytes):
        out = {ch for ch in out if ord(ch) < 256}
    return "".join(sorted(out))


MAX_RUNS = 40
"""Characters given a run of their own per pattern (spread over the pattern's alphabet), to keep
the whole check within seconds for patterns with large character classes."""


def _spread(chars: str, most: int) -> str:
    """At most ``most`` characters of ``chars``, evenly spread (deterministic)."""
    if len(chars) <= most:
        return chars
    step = len(chars) / most
    return "".join(chars[int(i * step)] for i in range(most))


def worst_inputs(pattern: re.Pattern[Any], n: int) -> Iterator[tuple[str, Any]]:
    """(description, input of about ``n`` characters) pairs: runs of each character, cycled, mixed."""
    chars = pattern_chars(pattern)
    always = _ALWAYS if isinstance(pattern.pattern, str) else "1 a.\n<!-?>"
    alphabet = "".join(sorted(set(chars) | set(always)))

    def cast(text: str) -> Any:
        return text.encode("latin-1", "replace") if isinstance(pattern.pattern, bytes) else text

    for ch in _spread(alphabet, MAX_RUNS):
        yield f"run of {ch!r}", cast(ch * n)
    if chars:
        cycle = chars * (n // len(chars) + 1)
        yield "all characters cycled", cast(cycle[:n])
        for ch in _spread(chars, MAX_RUNS // 4):  # one character, then a long run of the rest
            rest = chars.replace(ch, "") or ch
            yield f"{ch!r} then the rest", cast(ch + (rest * (n // len(rest) + 1))[:n])


_SCANS = re.compile(r"\.(?:finditer|findall|sub|subn|split|search)\(")


def scanned(name: str) -> bool:
    """True when the pattern ``module.NAME`` is run over whole texts (finditer, sub, search, ...)
    somewhere in govdoc, rather than only matched at given positions."""
    attribute = name.rsplit(".", 1)[1]
    root = Path(govdoc.__file__).parent
    call = re.compile(rf"\b{re.escape(attribute)}\.(?:finditer|findall|sub|subn|split|search)\(")
    return any(call.search(path.read_text(encoding="utf-8")) for path in root.rglob("*.py"))


BOUNDED: dict[str, int] = {
    # read_number() refuses text longer than MAX_NUMERAL (64) characters before this fullmatch
    "govdoc.metrics.numbers._MONEY": 64,
}
"""Patterns only ever applied to text of bounded length, with that bound (the input size used)."""


def exercise(name: str, pattern: re.Pattern[Any], n: int) -> int:
    """Run ``pattern`` on each worst-case input as govdoc uses it: finditer over the whole input for a
    pattern that scans texts, match for one matched at a position, and fullmatch; return the matches."""
    n = min(n, BOUNDED.get(name, n))
    scan = scanned(name)
    count = 0
    for _, text in worst_inputs(pattern, n):
        if scan:
            count += sum(1 for _ in pattern.finditer(text))
        else:
            count += pattern.match(text) is not None
        count += pattern.fullmatch(text) is not None
    return count


def main(argv: list[str]) -> int:
    """``regex_worst.py SIZE [NAME...]``: exercise the named patterns (all by default)."""
    size = int(argv[0])
    wanted = set(argv[1:])
    for name, pattern in patterns().items():
        if wanted and name not in wanted:
            continue
        print(f"start {name}", flush=True)
        exercise(name, pattern, size)
        print(f"done {name}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
