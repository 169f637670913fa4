"""Word: a Report as a GB/T 9704-style .docx, and any .docx read back as a Report.

Writing (:func:`write_docx`) produces a real Word document: Heading 1..9 styles with outline levels
(navigation pane, TOC field), East Asian fonts that apply (``w:eastAsia`` on every style, theme
fonts removed), page numbers "— 1 —" outside the type area, odd pages right and even pages left,
core properties (title, issuer as author, subject, date, keywords). The look is one
:class:`DocStyle` (presets :data:`GBT9704` and :data:`PLAIN`, or a reference .docx).

Reading (:func:`read_docx`): govdoc's own files come back exactly, from the Report embedded in a
custom XML part, as long as the visible text still matches it; any other file (or an edited one)
is read as typed lines (:mod:`.text`: each paragraph with its style, heading level, indentation,
bold, alignment and page; each table row with its cells; footnotes appended as ``注1：…``) that
:func:`govdoc.parsing.parse_lines` turns into a Report, with the title, author and creation date
of the core properties declared beside them.

Input limits, checked on the zip directory before anything is unpacked; raise them for trusted
files by assigning to the module attributes:

``MAX_FILE_BYTES``           size of the .docx itself (100 MiB)
``MAX_UNCOMPRESSED_BYTES``   sum of the declared unpacked sizes (500 MiB)
``MAX_MEMBER_BYTES``         unpacked size of one member (200 MiB)
``MAX_COMPRESSION_RATIO``    unpacked/packed ratio of a member above 1 MiB (200:1; Word XML is ~10:1)
``MAX_MEMBERS``              number of members (10,000)
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, BinaryIO

from ...errors import GovdocError, LimitError
from ...io import PathLike, read_input, write_output
from ...limits import Limits, hint, resolve
from ...model import Report
from .archive import ArchiveLimits, open_document
from .read import StaleDocxWarning, extract, heading_as_title, restore
from .style import GBT9704, PLAIN, DocStyle, resolve_style
from .write import build

StyleArg = DocStyle | str | os.PathLike[str]


def _limits(limits: Limits | None = None) -> ArchiveLimits:
    """The archive checks of ``limits`` (default: those in force, see :mod:`govdoc.limits`)."""
    chosen = resolve(limits)
    return ArchiveLimits(chosen.docx_max_file_bytes, chosen.docx_max_uncompressed, chosen.docx_max_member_bytes,
                         chosen.docx_max_ratio, chosen.docx_max_members)


def _open_reference(ds: DocStyle) -> Any | None:
    """The reference document of ``ds``, opened with the same checks as any input."""
    if ds.reference is None:
        return None
    data, name = read_input(ds.reference)
    return open_document(data, name, _limits())


def to_bytes(report: Report, *, style: StyleArg = GBT9704, toc: bool = False, figures: bool = False) -> bytes:
    """The .docx of ``report`` as bytes.

    ``style`` is a :class:`DocStyle`, a preset name (``"gbt9704"``, ``"plain"``) or the path of a
    reference .docx whose styles and page setup are used. ``toc`` adds a table of contents field
    after the title (Word fills it in when the document is opened); ``figures`` adds an appendix
    table of every figure (indicator, value, unit, qualifier).
    """
    ds = resolve_style(style)
    return build(report, ds, template=_open_reference(ds), toc=toc, figures=figures)


def write_docx(report: Report, path_or_stream: PathLike | BinaryIO, *, style: StyleArg = GBT9704,
               toc: bool = False, figures: bool = False, force: bool = False) -> None:
    """Write ``report`` as .docx to a path (atomically; no overwriting unless ``force``) or a stream.

    Raises OutputError when the file exists without ``force`` or its folder is missing, FormatError
    for a reference .docx (``style=``) that cannot be read.
    """
    write_output(path_or_stream, to_bytes(report, style=style, toc=toc, figures=figures), force=force)


def from_bytes(data: bytes, *, source: str | None = None, use_embedded: bool = True,
               limits: Limits | None = None) -> Report:
    """Read a Report from .docx bytes (see :func:`read_docx`)."""
    document = open_document(data, source, _limits(limits))
    content = extract(document, source)
    embedded = restore(content, source) if use_embedded else None
    if embedded is not None:
        return embedded
    from ...parsing import parse_lines
    from ..typeset import for_parser, within_limit

    lines = within_limit(heading_as_title(content.source_lines()), source=source, limits=limits)
    parsed: Report = parse_lines(for_parser(lines), source=source, declared=content.declared)
    return parsed


def read_docx(path_or_stream_or_bytes: PathLike | BinaryIO | bytes, *, source: str | None = None,
              use_embedded: bool = True, limits: Limits | None = None) -> Report:
    """Read a .docx: govdoc's own exactly, any other as typed lines through the parser.

    ``use_embedded=False`` ignores the Report govdoc embeds and parses the visible text, as for a
    file from anyone else. Raises FormatError for a file that is not a readable .docx and
    LimitError for one beyond the ``docx.*`` limits of ``limits`` (default: those in force).
    """
    chosen = resolve(limits)
    if isinstance(path_or_stream_or_bytes, (str, os.PathLike)):
        path = Path(path_or_stream_or_bytes)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise GovdocError(f"cannot read: {exc.strerror or exc}", source=source or str(path)) from exc
        if size > chosen.docx_max_file_bytes:
            raise LimitError(f"the file has {size} bytes, more than docx.max_file_bytes "
                             f"({chosen.docx_max_file_bytes})", source=source or str(path),
                             hint=hint("docx.max_file_bytes"))
    data, name = read_input(path_or_stream_or_bytes, limits=chosen)
    return from_bytes(data, source=source or name, use_embedded=use_embedded, limits=chosen)


__all__ = [
    "GBT9704",
    "PLAIN",
    "DocStyle",
    "StaleDocxWarning",
    "from_bytes",
    "read_docx",
    "to_bytes",
    "write_docx",
]
