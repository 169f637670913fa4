"""Bytes of a web page to text, decoded as a browser would: byte-order mark, then the page's own
``<meta charset>`` or ``http-equiv`` declaration, then sniffing (UTF-8, else GB18030).

Two departures from a browser, both towards reading what the author wrote: a page declared as GBK
or GB2312 whose bytes are valid UTF-8 (a page re-saved without fixing its ``<meta>``) is read as
UTF-8, and a page declared as UTF-8 whose bytes are not (a portal template that lies) is read as
GB18030 when that decodes cleanly. Every GBK-family label is read with GB18030, its superset, as
the WHATWG Encoding Standard prescribes. Binary data (an image renamed .html) is refused.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ...errors import DecodeError
from ...parsing.normalise import CJK, CJK_PUNCT

PRESCAN_BYTES = 64 * 1024
"""How far into the page a ``<meta>`` declaration is looked for (browsers look at 1 KiB first and
reload on a later one; portals put kilobytes of script before it)."""

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))

# WHATWG labels (lower case) of the encodings Chinese pages use, and the codec that reads them.
_LABELS: dict[str, str] = {
    **dict.fromkeys(("utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"),
                    "utf-8"),
    # a <meta> that names UTF-16 was read by an ASCII-compatible scan, so it is wrong: UTF-8 (WHATWG)
    **dict.fromkeys(("utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2", "unicodefffe", "unicodefeff"),
                    "utf-8"),
    **dict.fromkeys(("gb2312", "gbk", "x-gbk", "gb_2312", "gb_2312-80", "chinese", "csgb2312", "csiso58gb231280",
                     "iso-ir-58", "gb18030", "cp936", "ms936", "windows-936", "euc-cn"), "gb18030"),
    **dict.fromkeys(("big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"), "big5hkscs"),
    **dict.fromkeys(("iso-8859-1", "latin1", "l1", "ascii", "us-ascii", "iso8859-1", "iso_8859-1", "cp1252",
                     "windows-1252", "x-cp1252", "cp819", "ibm819", "csisolatin1", "iso-ir-100"), "cp1252"),
}

SAMPLE_CHARS = 100_000
"""Characters of a page compared when its bytes read as two encodings (see ``_chinese_share``)."""

_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_CHINESE = re.compile(f"[{CJK}{CJK_PUNCT}]+")
# the other encodings of the WHATWG Encoding Standard, by their Python codec names
_WEB_CODECS = frozenset({
    "cp866", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "cp874", "euc_jp", "iso2022_jp", "shift_jis",
    "cp932", "euc_kr", "cp949", *(f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)),
    *(f"cp125{n}" for n in range(9)),
})
_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)
_META = re.compile(rb"<meta\b([^>]*)>", re.IGNORECASE)
# an attribute starts where no name character stands before it (so a long run of letters is tried
# once, not from each of its letters: linear)
_ATTRIBUTE = re.compile(rb"""(?<![\w:-])([a-zA-Z_:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_CHARSET_IN_CONTENT = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")
_MAGIC = {
    b"%PDF": "a PDF file (use read_pdf)",
    b"PK\x03\x04": "a zip archive such as .docx (use read_docx)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
}


@dataclass(frozen=True)
class Decoded:
    """The text of a page, the codec that read it, and where the choice came from."""

    text: str
    encoding: str
    how: str  # "bom" | "meta" | "sniffed"


def declared_encoding(head: bytes) -> str | None:
    """The codec named by the first ``<meta charset>`` or ``http-equiv`` Content-Type in ``head``.

    Comments are skipped (a commented-out ``<meta>`` declares nothing); an unknown label is
    looked up among Python's codecs and ignored when Python does not know it either.
    """
    head = _COMMENT.sub(b"", head[:PRESCAN_BYTES])
    for match in _META.finditer(head):
        attributes = {m.group(1).lower(): (m.group(2) or m.group(3) or m.group(4) or b"")
                      for m in _ATTRIBUTE.finditer(match.group(1))}
        label = attributes.get(b"charset")
        if label is None and attributes.get(b"http-equiv", b"").lower() == b"content-type":
            found = _CHARSET_IN_CONTENT.search(attributes.get(b"content", b""))
            label = found.group(1) if found else None
        if label:
            codec = _codec(label.decode("ascii", "replace").strip().lower())
            if codec is not None:
                return codec
    return None


def _codec(label: str) -> str | None:
    """The codec of an encoding label: a WHATWG label, or another web encoding Python knows by that name.

    Anything else is no declaration: Python's codec registry also holds codecs that are no text
    encoding of a page (base64, zlib, rot13, undefined …), which a page must not be able to pick.
    """
    if label in _LABELS:
        return _LABELS[label]
    if not label.isascii() or not label.isprintable():
        return None
    try:
        name = codecs.lookup(label).name
    except (LookupError, ValueError):
        return None
    return name if name in _WEB_CODECS else None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(data: bytes, *, source: str | None = None) -> Decoded:
    """Decode the bytes of a page (see the module docstring); DecodeError for binary data."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise DecodeError(f"this is not a web page but {what}", source=source)
    decoded = _decode(data)
    sample = decoded.text[:8192]
    if "\x00" in sample or len(_CONTROLS.findall(sample)) > max(8, len(sample) // 100):
        raise DecodeError("the data looks binary (NUL or control bytes), not a web page", source=source)
    return decoded


def _chinese_share(text: str) -> float:
    """The share of Chinese characters and punctuation among the non-ASCII characters of a sample.

    Chinese read in the right encoding scores near 1; GBK bytes that happen to be valid UTF-8 read
    as Latin, Greek or Hebrew letters and score near 0.
    """
    sample = text[:SAMPLE_CHARS]
    other = sum(len(run) for run in _NON_ASCII.findall(sample))
    return sum(len(run) for run in _CHINESE.findall(sample)) / other if other else 1.0


def _decode(data: bytes) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom):].decode(encoding, "replace"), encoding, "bom")
    declared = declared_encoding(data)
    utf8 = _strict(data, "utf-8")
    if declared not in (None, "utf-8"):
        text = _strict(data, declared)
        if utf8 is not None and not data.isascii() and (text is None or _chinese_share(utf8) > _chinese_share(text)):
            # valid UTF-8 that reads as Chinese better than the declared encoding does is UTF-8 (a
            # page re-saved without fixing its <meta>): GBK text stays valid UTF-8 a few bytes at most
            return Decoded(utf8, "utf-8", "sniffed")
        if text is not None:
            return Decoded(text, declared, "meta")
    elif utf8 is not None:
        return Decoded(utf8, "utf-8", "meta" if declared else "sniffed")
    if declared != "gb18030" and (text := _strict(data, "gb18030")) is not None:
        return Decoded(text, "gb18030", "sniffed")
    if declared is not None:
        return Decoded(data.decode(declared, "replace"), declared, "meta")
    # neither decodes cleanly (a page cut mid-character, or bytes of two encodings): read it as a
    # browser would, with U+FFFD for what cannot be read, in whichever encoding loses less
    candidates = [(data.decode(enc, "replace"), enc) for enc in ("utf-8", "gb18030")]
    text, encoding = min(candidates, key=lambda c: c[0].count("\ufffd"))
    return Decoded(text, encoding, "sniffed")


__all__ = ["PRESCAN_BYTES", "Decoded", "declared_encoding", "decode_html"]
