"""The parser: ``parse(data) -> Report`` for raw text, ``parse_lines(lines) -> Report`` for every reader.

Readers hand the parser typed source lines (:mod:`.source`); raw text is decoded and split into them
first. Then, in small pure stages: normalise (characters within lines) → lines (what each line is)
→ blocks (hard-wrapped lines joined into paragraphs) → outline (sections, metadata, glossary) →
metrics (figures in every paragraph). Each stage is a module of its own and testable alone.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable, Mapping
from itertools import chain, pairwise
from pathlib import Path

from pydantic import ValidationError

from ..errors import EmptyInputWarning, GovdocError, LimitError, ParseError
from ..limits import Limits, hint, resolve
from ..metrics import extract_metrics, table_figures
from ..metrics.extract import extract_metrics_of
from ..model import Report
from ..numbering import BULLETS, CIRCLED
from .blocks import build_blocks
from .breaks import restore_breaks
from .decode import decode
from .excerpt import drop_excerpt
from .frame import read_frame
from .frame.fields import meta_line
from .lines import Line, clean_lines, ends_open, split_label
from .outline import build
from .plain import read_plain
from .source import SourceCell, SourceLine, lines_from_text
from .tables import place_tables, take_tables
from .wraps import unwrap

_LABEL_START = frozenset("第零〇一二三四五六七八九十百（(123456789" + CIRCLED + BULLETS + "附")


def _wrapped(lines: list[Line]) -> bool:
    """True when a flush-left line stops mid-sentence and the next flush-left line carries it on.

    Canonical text has consecutive lines only in its metadata block and in headline groups (kicker
    after two blank lines, title, "——subtitle", "□byline"), which are not taken for wrapping.
    """
    return any(
        nxt.gap == 0 and line.gap < 2 and line.indent < 2 and nxt.indent < 2 and ends_open(line.text)
        and meta_line(line.text) is None and split_label(nxt.text) is None
        and not nxt.text.startswith(("——", "□"))
        for line, nxt in pairwise(lines)
    )


def _indented_layout(lines: list[Line]) -> bool:
    """True when paragraphs are marked by indentation (two ideographic spaces), as in govdoc's own text."""
    if lines and meta_line(lines[0].text) is not None:
        # govdoc's canonical text opens with its metadata block, and a blank line separates all its
        # blocks; a web page copied with "key：value" lines on top but hard-wrapped below is raw text
        return not _wrapped(lines)
    long_lines = [line for line in lines if len(line.text) >= 12]
    plain = [line for line in long_lines if line.text[0] not in _LABEL_START or split_label(line.text) is None]
    if len(plain) >= 3:  # labelled lines (run-in headings, glossary entries) stand flush left in both layouts
        long_lines = plain
    if not long_lines:
        return False
    indented = sum(1 for line in long_lines if line.indent >= 2)
    return indented * 2 >= len(long_lines)


def parse(data: str | bytes | os.PathLike[str], *, source: str | None = None, max_bytes: int | None = None,
          limits: Limits | None = None) -> Report:
    """Parse the raw text of a report or bulletin into a validated Report.

    ``data`` is text, bytes in any supported encoding, or the path (a ``Path``) of a text file, which
    is read (``source`` then defaults to its name); ``source`` names the input in errors and in
    ``Meta.source``. A ``str`` is always the text itself: a one-line ``str`` that names an existing
    file gets a warning pointing to :func:`govdoc.read`, which reads a file of any format. Raises only
    GovdocError subclasses: DecodeError for undecodable or binary input, LimitError beyond
    ``max_bytes`` (default: ``parse.max_bytes`` of ``limits``, else of the limits in force, see
    :mod:`govdoc.limits`), ParseError if no valid Report can be built.
    """
    if isinstance(data, os.PathLike):
        from ..io import read_file

        source = source or Path(data).name
        data = read_file(data, source=source, limits=limits)
    elif isinstance(data, str) and _names_a_file(data):
        warnings.warn(f"parse() reads its argument as the text itself, and {data!r} is the name of a file: "
                      "use govdoc.read(path) to read the file (or parse(Path(path)) for a text file)",
                      UserWarning, stacklevel=2)
    # surrogatepass: a lone surrogate in str input is cleaned out later, it must not fail the size check
    size = len(data.encode("utf-8", "surrogatepass")) if isinstance(data, str) else len(data)
    if max_bytes is None:
        max_bytes = resolve(limits).parse_max_bytes
    if size > max_bytes:
        raise LimitError(f"input of {size} bytes exceeds the limit of {max_bytes} bytes (parse.max_bytes)",
                         source=source, hint=hint("parse.max_bytes"))
    text = decode(data, source=source) if isinstance(data, bytes) else data
    # --- hook: govdoc's own canonical text (formats/text) is read exactly by its strict reader ---
    from ..formats.text.read import is_canonical, read_canonical

    if is_canonical(text):
        return read_canonical(text, source=source)
    # --- end of hook ---
    return parse_lines(lines_from_text(text), source=source)


def _names_a_file(text: str) -> bool:
    """True for a short one-line string that is the path of an existing file (a likely mix-up)."""
    return 0 < len(text) <= 4096 and "\n" not in text and os.path.isfile(text)


def parse_lines(source_lines: Iterable[SourceLine], *, source: str | None = None,
                declared: Mapping[str, str] | None = None) -> Report:
    """Parse the source lines a reader made of a document into a validated Report.

    This is the parser's one entry point for every format: ``parse`` feeds it the lines of raw text,
    the Word, PDF and HTML readers the lines of their files. ``declared`` holds metadata the file
    declares outside its text (HTML ``<meta>`` tags, Word core properties, PDF info), keyed by
    ``Meta`` field name ("title", "issuer", "date" as ISO or as printed, …); the parser weighs it
    against what the text itself prints. Raises ParseError if no valid Report can be built.
    """
    try:
        source_lines = list(source_lines)
        plain = read_plain(source_lines)  # (a 繁體 page, a mirror's pinyin: read plain, reported as printed)
        if plain is not None:
            source_lines = plain[0]
        lines, tables = take_tables(clean_lines(chain.from_iterable(map(restore_breaks, source_lines))), table_figures)
        lines, columns = unwrap(drop_excerpt(lines))
        frame = read_frame(lines, declared)
        printed = lines if frame.explicit else frame.body
        indented = _indented_layout([wrapped for line in printed for wrapped in line.wrapped or (line,)])
        blocks = place_tables(build_blocks(frame.body, indented=indented, columns=columns), tables)
        place = frame.place()
        extract = extract_metrics if place is None else extract_metrics_of(place, frame.fields.get("issuer"))
        parsed = build(blocks, indented=indented, extract=extract, source=source, frame=frame)
        if plain is not None:
            parsed = plain[1].outline(parsed)
        report = Report(meta=parsed.meta, preamble=parsed.preamble, preamble_tables=parsed.preamble_tables,
                        sections=parsed.sections, glossary=parsed.glossary)
    except GovdocError:
        raise
    except ValidationError as exc:
        raise ParseError(f"the parsed document is not a valid Report: {exc.errors()[0]['msg']}",
                         source=source) from exc
    except Exception as exc:  # a parser bug must not escape raw: callers catch GovdocError only
        raise ParseError(f"cannot parse: {type(exc).__name__}: {exc}", source=source) from exc
    if not lines and not tables:
        warnings.warn(EmptyInputWarning("the input has no text (it is empty or whitespace only)", source=source),
                      stacklevel=2)
    return report


__all__ = ["SourceCell", "SourceLine", "parse", "parse_lines"]
