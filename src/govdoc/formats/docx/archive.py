"""Open a .docx safely: the zip archive and the OOXML package are checked before anything is parsed.

Safety first, before python-docx or lxml sees a byte: the archive is checked as a zip (declared
sizes, compression ratio, member count, member names, encryption) and the package as OOXML
(content types, main document part present). XML members are unpacked in bounded chunks; images,
fonts and embedded files are never unpacked. The XML parser never resolves entities or fetches
anything from the network.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from dataclasses import dataclass
from typing import Any

from docx import Document
from lxml import etree

from ...errors import FormatError, GovdocError, LimitError
from ...limits import hint

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
# what zipfile raises for damaged archives (bad headers, unknown versions or methods, bad data)
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError)
_RATIO_FLOOR = 1 << 20  # members smaller than this are never called a zip bomb
_CHUNK = 1 << 20  # bytes inflated at a time


@dataclass(frozen=True)
class ArchiveLimits:
    """Bounds on a .docx before it is opened (the ``docx.*`` limits of :mod:`govdoc.limits`)."""

    max_file_bytes: int
    max_uncompressed_bytes: int
    max_member_bytes: int
    max_compression_ratio: float
    max_members: int


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, remove_comments=True)


def parse_xml(data: bytes, source: str | None, what: str) -> Any:
    """Parse an XML part without entity expansion or network access."""
    try:
        return etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise FormatError(f"{what} is not well-formed XML: {exc}", source=source) from exc


def _unsafe_name(name: str) -> bool:
    if not name or "\x00" in name or "\\" in name or name.startswith("/"):
        return True
    if len(name) > 1 and name[1] == ":":
        return True
    return ".." in name.split("/")


def _unpack(archive: zipfile.ZipFile, info: zipfile.ZipInfo, source: str | None, limits: ArchiveLimits) -> bytes:
    """A member's bytes, read in bounded chunks: zipfile's own ``read()`` inflates a whole member in
    one call before cutting it to the declared size, so a member whose header understates its size
    would take as much memory as it inflates to."""
    chunks, size = [], 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                size += len(chunk)
                if size > limits.max_member_bytes:
                    raise LimitError(f"the member {info.filename!r} unpacks to more than docx.max_member_bytes "
                                     f"({limits.max_member_bytes})", source=source, hint=hint("docx.max_member_bytes"))
                chunks.append(chunk)
    except _ZIP_ERRORS as exc:
        raise FormatError(f"damaged zip archive: {exc}", source=source) from exc
    return b"".join(chunks)


def _dangling_made_external(name: str, blob: bytes, members: set[str], source: str | None) -> bytes:
    """The relationships part ``name`` with every internal target that names no member marked external.

    LibreOffice saves a web page's ``href="#"`` as an internal hyperlink to nothing; Word opens such a
    file, python-docx would look for the missing part and fail. Marked external, the link is kept as
    what it is, an address, and the document reads.
    """
    if b"Target" not in blob:
        return blob
    rels = parse_xml(blob, source, name)
    base = posixpath.dirname(posixpath.dirname(name))  # word/_rels/document.xml.rels → word
    changed = False
    for rel in rels:
        target = rel.get("Target")
        if target is None or rel.get("TargetMode") == "External":
            continue
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
        if part.lower() not in members:
            rel.set("TargetMode", "External")
            changed = True
    return etree.tostring(rels, xml_declaration=True, encoding="UTF-8", standalone=True) if changed else blob


def check_archive(data: bytes, source: str | None, limits: ArchiveLimits) -> bytes:
    """Refuse what is not a .docx or would be dangerous to unpack, with a message that says which;
    return the package again, its XML members unpacked (bounded, CRC-checked) and stored uncompressed
    and the others (images, fonts, embedded files: govdoc reads none of them) emptied, so that
    python-docx never inflates anything itself."""
    if len(data) > limits.max_file_bytes:
        raise LimitError(f"the file has {len(data)} bytes, more than docx.max_file_bytes "
                         f"({limits.max_file_bytes})", source=source, hint=hint("docx.max_file_bytes"))
    if data.startswith(_OLE_MAGIC):
        raise FormatError("this is a legacy .doc or a password-protected Word file, not a .docx",
                          source=source, hint="save it in Word as .docx (2007 or later) without a password")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS as exc:
        raise FormatError("not a .docx file: it is not a zip archive", source=source) from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_members:
            raise LimitError(f"the archive has {len(infos)} members, more than docx.max_members "
                             f"({limits.max_members})", source=source, hint=hint("docx.max_members"))
        total = 0
        seen: set[str] = set()
        for info in infos:
            name = info.filename
            if _unsafe_name(name) or posixpath.normpath(name) != name.rstrip("/"):
                raise FormatError(f"unsafe member name {name!r} in the archive (absolute path or '..')",
                                  source=source)
            if name.lower() in seen:
                raise FormatError(f"the member {name!r} appears twice in the archive", source=source)
            seen.add(name.lower())
            if info.flag_bits & 0x1:
                raise FormatError(f"the member {name!r} is encrypted", source=source)
            if info.file_size > limits.max_member_bytes:
                raise LimitError(f"the member {name!r} unpacks to {info.file_size} bytes, more than "
                                 f"docx.max_member_bytes ({limits.max_member_bytes})", source=source,
                                 hint=hint("docx.max_member_bytes"))
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > _RATIO_FLOOR and ratio > limits.max_compression_ratio:
                raise LimitError(f"the member {name!r} is compressed {ratio:.0f}:1, more than "
                                 f"docx.max_ratio ({limits.max_compression_ratio:g}:1): a zip bomb?",
                                 source=source, hint=hint("docx.max_ratio"))
            total += info.file_size
        if total > limits.max_uncompressed_bytes:
            raise LimitError(f"the archive unpacks to {total} bytes, more than docx.max_uncompressed "
                             f"({limits.max_uncompressed_bytes})", source=source, hint=hint("docx.max_uncompressed"))
        if "[content_types].xml" not in seen:
            raise FormatError("not a .docx file: the zip has no [Content_Types].xml", source=source)
        if "_rels/.rels" not in seen:
            raise FormatError("not a .docx file: the zip has no _rels/.rels", source=source)
        # XML parts are what govdoc reads; images, fonts and embedded files are kept as empty parts
        members = {info.filename: _unpack(archive, info, source, limits)
                   if info.filename.lower().endswith((".xml", ".rels")) else b""
                   for info in infos if not info.filename.endswith("/")}
    rels = parse_xml(next(blob for name, blob in members.items() if name.lower() == "_rels/.rels"), source,
                     "_rels/.rels")
    targets = [rel.get("Target", "") for rel in rels
               if rel.get("Type") in (_OFFICE_DOCUMENT, _STRICT_OFFICE_DOCUMENT)]
    if not targets:
        raise FormatError("not a .docx file: no main document is declared in _rels/.rels", source=source)
    target = targets[0].lstrip("/")
    if target.lower() not in seen:
        raise FormatError(f"the main document part {target} is missing from the archive", source=source)
    for name in [name for name in members if name.lower().endswith(".rels")]:
        members[name] = _dangling_made_external(name, members[name], seen, source)
    repacked = io.BytesIO()
    with zipfile.ZipFile(repacked, "w", zipfile.ZIP_STORED) as stored:
        for name, blob in members.items():
            stored.writestr(name, blob)
    return repacked.getvalue()


def open_document(data: bytes, source: str | None, limits: ArchiveLimits) -> Any:
    """A python-docx Document from checked bytes; every failure becomes a FormatError."""
    package = check_archive(data, source, limits)
    try:
        return Document(io.BytesIO(package))
    except GovdocError:
        raise
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors, its own errors
        raise FormatError(f"not a readable Word document: {exc}", source=source) from exc


__all__ = ["ArchiveLimits", "check_archive", "open_document", "parse_xml"]
