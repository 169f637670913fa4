"""Text of a web page to a safe element tree, with everything a reader never sees taken out.

lxml's HTML parser reads the page with no network access (nothing is fetched: no DTD, no
stylesheet, no frame), no entity expansion beyond HTML's own character references, comments and
processing instructions dropped. Its ``huge_tree`` mode is on so that a long article in one text
node is read whole; nesting is then bounded here instead (:data:`MAX_DEPTH`), so that 10,000 nested
``<div>`` give a one-line :class:`~govdoc.errors.FormatError`, not a tree libxml2 cut short in
silence. Scripts, styles, forms' controls, embedded objects and hidden elements are removed before
anything reads the text: scripts never run, and nothing hidden reaches the Report.
"""

from __future__ import annotations

import re

from lxml import etree

from ...errors import FormatError
from ...limits import hint

MAX_DEPTH = 256
"""Deepest element nesting :func:`load_tree` reads when not told (real pages stay under 60; libxml2's
own default is 256); :func:`~govdoc.formats.html.read.read_html` applies the limit ``html.max_depth``."""

# never shown as text: code, styling, embedded objects, form controls, and media players
INVISIBLE = ("script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
             "applet", "svg", "math", "canvas", "audio", "video", "source", "track", "map", "button", "input",
             "select", "option", "optgroup", "textarea", "datalist", "head", "title", "meta", "link", "base")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_HIDDEN_CLASSES = frozenset({"hide", "hidden", "hiddenbox", "invisible", "d-none", "sr-only", "visually-hidden"})


def load_tree(text: str, *, source: str | None = None, max_depth: int | None = None) -> etree._Element:
    """Parse the text of a page into the root ``<html>`` element; FormatError if it nests too deeply.

    ``max_depth`` defaults to :data:`MAX_DEPTH` (read at each call). An empty page gives a tree with
    an empty body.
    """
    limit = MAX_DEPTH if max_depth is None else max_depth
    parser = etree.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True,
                              huge_tree=True, recover=True)
    data = text.encode("utf-8", "replace")  # a lone surrogate in str input becomes "?", not an error
    try:
        root = etree.fromstring(data, parser) if data.strip() else None
    except etree.XMLSyntaxError:  # "Document is empty": nothing but whitespace and comments
        root = None
    if root is None:
        return etree.fromstring(b"<html><body></body></html>", etree.HTMLParser())
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        raise _too_deep(limit, source)
    depth = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth > limit:
            raise _too_deep(limit, source)
    return root


def _too_deep(limit: int, source: str | None) -> FormatError:
    return FormatError(f"the page nests elements more than {limit} deep (html.max_depth; not a page a browser shows)",
                       source=source, hint=hint("html.max_depth"))


def strip_invisible(body: etree._Element) -> None:
    """Remove from ``body`` every element a reader does not see: code, controls, hidden elements.

    An element's tail text (what follows its end tag) is kept: it belongs to the parent.
    """
    etree.strip_elements(body, *INVISIBLE, with_tail=False)
    hidden = [element for element in body.iter() if isinstance(element.tag, str) and _hidden(element)]
    for element in hidden:
        drop(element)


def text_of(element: etree._Element) -> str:
    """All the text inside an element (not its tail)."""
    return "".join(str(piece) for piece in element.itertext())


def drop(element: etree._Element) -> None:
    """Remove an element and what it holds, keeping its tail text where it stood."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _hidden(element: etree._Element) -> bool:
    attributes = element.attrib
    if "hidden" in attributes or attributes.get("aria-hidden") == "true":
        return True
    style = attributes.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    classes = attributes.get("class")
    return classes is not None and not _HIDDEN_CLASSES.isdisjoint(classes.lower().split())


__all__ = ["INVISIBLE", "MAX_DEPTH", "drop", "load_tree", "strip_invisible", "text_of"]
