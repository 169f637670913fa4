"""Stage 1: bytes to text. UTF-8 (with or without BOM), UTF-16/32 with BOM, UTF-16 without BOM, GB18030.

Binary data (images, zip files, executables renamed .txt) is refused with a DecodeError instead of
being turned into mojibake.
"""

from __future__ import annotations

import codecs
import re

from ..errors import DecodeError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = {
    b"%PDF": "a PDF file (use read_pdf or `govdoc convert`, which detects it)",
    b"PK\x03\x04": "a zip archive such as .docx (use read_docx)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
}


def _utf16_without_bom(data: bytes) -> str | None:
    """Guess UTF-16 from the NUL bytes that ASCII characters leave in every other position."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    for nuls, encoding in ((odd_nuls, "utf-16-le"), (even_nuls, "utf-16-be")):
        if nuls > half * 0.3 and (even_nuls if encoding == "utf-16-le" else odd_nuls) == 0:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    # Chinese text with little ASCII leaves few NULs: take the byte order in which the characters
    # are overwhelmingly Chinese, punctuation and printable ASCII (GB18030 bytes read as UTF-16 are not)
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        head = text[:2048]
        if len(_PLAUSIBLE.findall(head)) >= 0.9 * len(head):
            return text
    return None


_PLAUSIBLE = re.compile("[\u4e00-\u9fff\u3000-\u303f\uff01-\uff65\u2010-\u2027\u00b7\x20-\x7e\n\r\t]")


_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    controls = len(_CONTROLS.findall(sample))
    return "\x00" in sample or controls > max(8, len(sample) // 100)


def decode(data: bytes, *, source: str | None = None) -> str:
    """Decode input bytes to text, or raise DecodeError naming what the bytes look like instead."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise DecodeError(f"this is not text but {what}", source=source)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {encoding} after its byte-order mark at byte {exc.start}",
                                  source=source) from exc
            break
    else:
        text = _decode_unmarked(data, source)
    if _looks_binary(text):
        raise DecodeError("the data looks binary (NUL or control bytes), not text", source=source,
                          hint="pass a .txt, .docx, .pdf, .xml or .json file")
    return text


def _decode_unmarked(data: bytes, source: str | None) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"not UTF-8, UTF-16 or GB18030 text (undecodable byte at offset {exc.start})", source=source,
            hint="convert the file to UTF-8") from exc
