"""Read the government web page itself: ``read_html(page) -> Report``.

The page is decoded as a browser would (:mod:`._decode`), parsed safely (:mod:`._tree`), its
article found among the page chrome (:mod:`._extract`) and turned into the parser's typed lines
(:mod:`._lines`); what the page declares in its ``<head>`` (:mod:`._meta`) goes with them to
:func:`govdoc.parsing.parse_lines`, which weighs it against what the text prints. See
``docs/html.md`` for what is read, what is dropped, and the limits.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterator
from pathlib import Path

from ...errors import FormatError, LimitError
from ...io import read_file
from ...limits import Limits, hint, resolve
from ...model import Report
from ...parsing import parse_lines
from ...parsing.source import SourceLine
from . import _tree
from ._decode import decode_html
from ._extract import analyse
from ._lines import page_lines
from ._meta import declared, page_meta
from ._sniff import sniff


@contextlib.contextmanager
def _cycles_collected_after() -> Iterator[None]:
    """Pause Python's cycle collector while a page is measured, then restore it as it was.

    Reading a page makes millions of small objects (one measure per element) that hold no cycles;
    the collector would walk all of them again and again as they pile up, which makes a large page
    slower per MB than a small one. Reference counting still frees everything as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def page_source_lines(data: bytes | str, *, source: str | None = None, max_depth: int | None = None,
                      limits: Limits | None = None) -> tuple[list[SourceLine], dict[str, str]]:
    """The typed lines of a page's article and the metadata it declares (what ``read_html`` parses).

    ``max_depth`` overrides the limit ``html.max_depth`` of ``limits`` (else of the limits in force).
    """
    depth = resolve(limits).html_max_depth if max_depth is None else max_depth
    with _cycles_collected_after():
        return _page_source_lines(data, source=source, max_depth=depth)


def _page_source_lines(data: bytes | str, *, source: str | None,
                       max_depth: int) -> tuple[list[SourceLine], dict[str, str]]:
    text = data if isinstance(data, str) else decode_html(data, source=source).text
    root = _tree.load_tree(text, source=source, max_depth=max_depth)
    meta = page_meta(root)
    body = root.find("body")
    if body is None:  # "<html></html>", or a frameset: nothing a reader sees
        return [], declared(meta, None)
    _tree.strip_invisible(body)
    layout = analyse(body, meta)
    lines = page_lines(layout)
    headline = next((line.text for line in lines if line.level == 0), None)
    return lines, declared(meta, headline)


def read_html(data: bytes | str | os.PathLike[str], *, source: str | None = None, max_bytes: int | None = None,
              max_depth: int | None = None, limits: Limits | None = None) -> Report:
    """Read a Report from a web page: its bytes, its text (a ``str`` is the markup) or a path.

    The limits ``html.max_bytes`` (64 MiB) and ``html.max_depth`` (256) are those of ``limits``,
    else those in force (:mod:`govdoc.limits`); ``max_bytes=`` and ``max_depth=`` override them for
    one call. Raises :class:`~govdoc.errors.DecodeError` for bytes that are no text,
    :class:`FormatError` for a page nested deeper than the depth limit or with no text in it,
    :class:`LimitError` beyond the size limit, and :class:`~govdoc.errors.ParseError` if no valid
    Report can be built.
    """
    chosen = resolve(limits)
    if isinstance(data, (os.PathLike, Path)):
        source = source or str(data)
        data = read_file(data, source=source, limits=chosen)
    limit = chosen.html_max_bytes if max_bytes is None else max_bytes
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))
    if size > limit:
        raise LimitError(f"page of {size} bytes exceeds the limit of {limit} bytes (html.max_bytes)", source=source,
                         hint=hint("html.max_bytes"))
    lines, fields = page_source_lines(data, source=source, max_depth=max_depth, limits=chosen)
    if not lines:
        raise FormatError("the page has no text to read (an empty page, or one its scripts fill in)",
                          source=source)
    return parse_lines(lines, source=source, declared=fields)


__all__ = ["page_source_lines", "read_html", "sniff"]
