"""Is this a web page? A cheap look at the first bytes, for format detection without a file name."""

from __future__ import annotations

import codecs
import re

_PAGE = re.compile(
    rb"^(?:\s|<!--.*?-->|<\?xml[^>]*\?>)*"  # whitespace, comments, an XHTML page's XML declaration
    rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|h[1-6]|script|style|link|center|font|br)[\s/>]",
    re.IGNORECASE | re.DOTALL,
)
_BOMS = ((codecs.BOM_UTF8, None), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def sniff(head: bytes) -> bool:
    """True when the first bytes of a file are a web page: a doctype, ``<html>``, ``<head>``, ``<meta>``, …

    A byte-order mark, whitespace, comments (saved pages start with ``<!-- saved from url=… -->``)
    and an XML declaration may come first. Looks at 4 KiB at most, in linear time.
    """
    head = head[:4096]
    for bom, codec in _BOMS:
        if head.startswith(bom):
            head = head[len(bom):]
            if codec is not None:
                head = head[: len(head) // 2 * 2].decode(codec, "ignore").encode("ascii", "ignore")
            break
    return _PAGE.match(head) is not None


__all__ = ["sniff"]
