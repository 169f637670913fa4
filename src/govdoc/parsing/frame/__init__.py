"""Stage 3b: the frame of a document — its title block, its metadata and the page chrome around it.

Runs on clean lines, before blocks and outline, so that each can be tested alone: ``read_frame(lines)``
returns the metadata the frame prints (title, subtitle, issuer, date, publication, issue, index
number, category, document number, authors) and the body lines with page chrome removed and, for a
document, its title block taken out (a report's title is metadata, not a heading).

Modules, one job each: ``chrome`` (portal, e-paper and app furniture), ``fields`` (metadata fields in
any layout), ``dates`` (dates in every printed form), ``title`` (the lines of a title block),
``issuer`` (who issues a document), ``evidence`` (weighing competing findings), ``reader`` (the walk).
"""

from __future__ import annotations

from .reader import Frame, read_frame

__all__ = ["Frame", "read_frame"]
