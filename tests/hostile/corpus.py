"""The adversarial corpus, built on demand: every hostile input of issue 8 as bytes.

Each builder returns the bytes of one hostile file; nothing is stored in the repository, so the
corpus is always in step with the writers it is derived from. Used by the tests in this folder,
by the atheris harnesses in ``fuzz/`` (as seeds) and by ``tests/benchmarks/hostile_speed.py``.
"""

from __future__ import annotations

import io
import struct
import unicodedata
import zipfile
from functools import cache
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

REPORT_XML_OPEN = '<report xmlns="urn:govdoc:report:1" schema-version="1.0"><meta><title>'
REPORT_XML_CLOSE = "</title></meta><body/></report>"


def seed_texts() -> list[bytes]:
    """The raw texts of the seed reports shipped with the repository."""
    return [path.read_bytes() for path in sorted(SEEDS.glob("*.txt"))]


def sample_text() -> str:
    """A small report that every reader and writer handles."""
    return ("关于2023年社区工作的报告\n\n"
            "一、经济发展\n\n"
            "　　引进企业139家，吸引内资3.45亿元，同比增长12.5%。\n\n"
            "（一）营商环境\n\n"
            "　　新增市场主体1,619户。\n\n"
            "二、民生保障\n\n"
            "　　新建养老床位300张，助餐点12个。\n")


# ------------------------------------------------------------------------------------------ XML


def billion_laughs() -> bytes:
    """The classic entity-expansion bomb: ten levels of ten references, 10⁹ "lol"s if expanded."""
    lines = ['<?xml version="1.0"?>', "<!DOCTYPE report [", '  <!ENTITY lol0 "lol">']
    for level in range(1, 10):
        refs = f"&lol{level - 1};" * 10
        lines.append(f'  <!ENTITY lol{level} "{refs}">')
    lines.append("]>")
    lines.append(f"{REPORT_XML_OPEN}&lol9;{REPORT_XML_CLOSE}")
    return "\n".join(lines).encode()


def quadratic_blowup(size: int = 50_000) -> bytes:
    """One big entity referenced many times: quadratic expansion without any nesting."""
    entity = "a" * size
    refs = "&a;" * size
    return (f'<?xml version="1.0"?>\n<!DOCTYPE report [<!ENTITY a "{entity}">]>\n'
            f"{REPORT_XML_OPEN}{refs}{REPORT_XML_CLOSE}").encode()


def xxe_file(path: str = "/etc/passwd") -> bytes:
    """An external entity that would read a local file into the title."""
    return (f'<?xml version="1.0"?>\n<!DOCTYPE report [<!ENTITY xxe SYSTEM "file://{path}">]>\n'
            f"{REPORT_XML_OPEN}&xxe;{REPORT_XML_CLOSE}").encode()


def xxe_url(url: str) -> bytes:
    """An external entity (and an external DTD) that would fetch a URL."""
    return (f'<?xml version="1.0"?>\n<!DOCTYPE report SYSTEM "{url}/dtd" [<!ENTITY xxe SYSTEM "{url}/x">]>\n'
            f"{REPORT_XML_OPEN}&xxe;{REPORT_XML_CLOSE}").encode()


def xxe_parameter_entity(url: str) -> bytes:
    """A parameter entity, the out-of-band exfiltration variant."""
    return (f'<?xml version="1.0"?>\n<!DOCTYPE report [<!ENTITY % p SYSTEM "{url}/p"> %p;]>\n'
            f"{REPORT_XML_OPEN}x{REPORT_XML_CLOSE}").encode()


def xml_deep(levels: int = 10_000) -> bytes:
    """Sections nested ``levels`` deep."""
    open_ = '<section><title>t</title>' * levels
    close = "</section>" * levels
    return (f'<report xmlns="urn:govdoc:report:1" schema-version="1.0"><meta><title>t</title></meta>'
            f"<body>{open_}{close}</body></report>").encode()


# ------------------------------------------------------------------------------------------ Word


@cache
def valid_docx() -> bytes:
    """A .docx govdoc wrote, to damage."""
    from govdoc import parse
    from govdoc.formats import docx

    return docx.to_bytes(parse(sample_text()))


def _rezip(base: bytes, extra: dict[str, bytes], *, level: int = 6) -> bytes:
    """``base`` with the members of ``extra`` added (deflated)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        for name, data in extra.items():
            dst.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=level)
    return out.getvalue()


def docx_zip_bomb(unpacked: int = 64 * 2**20) -> bytes:
    """A .docx with a member of ``unpacked`` zero bytes (compressed about 1000:1)."""
    return _rezip(valid_docx(), {"word/media/bomb.bin": bytes(unpacked)}, level=9)


def docx_lying_sizes() -> bytes:
    """A .docx whose central directory claims its document is a few bytes: the real data is larger."""
    data = bytearray(valid_docx())
    target = b"word/document.xml"
    position = 0
    while (position := data.find(b"PK\x01\x02", position)) >= 0:  # central directory entries
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        name = bytes(data[position + 46: position + 46 + name_length])
        if name == target:
            struct.pack_into("<I", data, position + 24, 10)  # uncompressed size: 10 bytes
        position += 4
    return bytes(data)


def docx_path_traversal() -> bytes:
    """A .docx with a member named ``../../evil.txt`` (and one absolute path)."""
    return _rezip(valid_docx(), {"../../evil.txt": b"owned", "/tmp/evil.txt": b"owned"})


# ------------------------------------------------------------------------------------------ PDF


@cache
def valid_pdf() -> bytes:
    """A PDF govdoc wrote (or, without CJK fonts, a small PDF of Latin text from pypdf)."""
    from govdoc import parse
    from govdoc.errors import FontError
    from govdoc.formats import pdf

    try:
        return pdf.to_bytes(parse(sample_text()))
    except FontError:  # pragma: no cover - a machine without CJK fonts
        from pypdf import PdfWriter

        writer = PdfWriter()
        writer.add_blank_page(width=595, height=842)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()


def truncated_pdf() -> bytes:
    """The first half of a PDF."""
    data = valid_pdf()
    return data[: len(data) // 2]


def truncated_pdf_with_eof() -> bytes:
    """The first half of a PDF with an ``%%EOF`` marker glued on, past the cheap check."""
    return truncated_pdf() + b"\n%%EOF\n"


def encrypted_pdf(user_password: str = "secret") -> bytes:
    """A PDF encrypted with pypdf (AES-128 needs no extra package; RC4 is the fallback)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(valid_pdf())))
    try:
        writer.encrypt(user_password, "owner", algorithm="AES-128")
    except Exception:  # pragma: no cover - no AES backend installed
        writer.encrypt(user_password, "owner")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# ------------------------------------------------------------------------------------------ text


def utf16_without_bom() -> bytes:
    """The sample report in UTF-16-LE with no byte-order mark."""
    return sample_text().encode("utf-16-le")


def mixed_encodings() -> bytes:
    """Half the report in UTF-8, half in GB18030: no single encoding decodes it as written."""
    text = sample_text()
    half = len(text) // 2
    return text[:half].encode("utf-8") + text[half:].encode("gb18030")


def nul_bytes() -> bytes:
    """The report with NUL bytes scattered through it."""
    return sample_text().encode("utf-8").replace("，".encode(), b"\x00")


def nul_late() -> bytes:
    """A long report with one NUL far past the binary sniffing window."""
    return (sample_text() * 100 + "尾\x00声\n").encode("utf-8")


def single_line(size: int) -> bytes:
    """One line of ``size`` bytes of report-like UTF-8 text without a line break."""
    unit = "引进企业139家，吸引内资3.45亿元，同比增长12.5%；".encode()
    return (unit * (size // len(unit) + 1))[:size].decode("utf-8", "ignore").encode("utf-8")


def nested_numbering(levels: int = 10_000) -> bytes:
    """10,000 headings, each numbered one level deeper than the last, cycling through every
    numbering family (第一部分, 第一章, 一、, （一）, 1., （1）, ①, ●) with a line of body under each."""
    families = ("第{cn}部分 ", "第{cn}章 ", "{cn}、", "（{cn}）", "{n}. ", "（{n}）", "{circled}", "● ")
    cn = "一二三四五六七八九十"
    circled = "①②③④⑤⑥⑦⑧⑨⑩"
    lines = ["多层编号的报告", ""]
    for i in range(levels):
        label = families[i % len(families)].format(cn=cn[(i // 8) % 10], n=(i // 8) % 10 + 1,
                                                   circled=circled[(i // 8) % 10])
        lines += [f"{label}第{i}层工作", f"　　第{i}层的正文内容完成任务{i}项。", ""]
    return "\n".join(lines).encode("utf-8")


def dotted_numbering(levels: int = 2_000) -> bytes:
    """Headings numbered 1, 1.1, 1.1.1, … up to ``levels`` parts (a very long single label last)."""
    return "\n".join(".".join(["1"] * k) + " 标题" for k in range(1, levels + 1)).encode("utf-8")


def every_category(per_category: int = 8) -> dict[str, str]:
    """Some characters of every Unicode general category (Cc, Cf, Cn, Co, Cs, Ll, …, Zs), by category."""
    found: dict[str, list[str]] = {}
    for code in range(0x110000):
        found.setdefault(unicodedata.category(chr(code)), []).append(chr(code))
    return {cat: "".join(chars[:: max(1, len(chars) // per_category)][:per_category])
            for cat, chars in sorted(found.items())}


def title_with(chars: str) -> str:
    """A report whose title, heading and body hold ``chars``."""
    return (f"关于{chars}的报告\n\n一、总体{chars}情况\n\n"
            f"　　今年{chars}完成任务100项。\n")


def binary_junk(size: int = 4096) -> bytes:
    """Deterministic pseudo-random bytes (a renamed image or executable)."""
    state = 0x2545F491
    out = bytearray()
    while len(out) < size:
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        out += state.to_bytes(8, "little")
    return bytes(out[:size])


# ------------------------------------------------------------------------------------------ HTML


def sample_page(body_extra: str = "", *, charset: str = "utf-8") -> str:
    """A small portal page holding the sample report (headline, paragraphs), with ``body_extra`` at the end."""
    paragraphs = "".join(f"<p>{line.strip()}</p>" for line in sample_text().splitlines()[1:] if line.strip())
    return (f'<html><head><meta charset="{charset}"><title>关于2023年社区工作的报告</title></head><body>'
            f'<div class="nav"><a href="/">首页</a><a href="/a">新闻</a></div><h1>关于2023年社区工作的报告</h1>'
            f'<div class="TRS_Editor">{paragraphs}</div>{body_extra}</body></html>')


def html_deep(levels: int = 10_000) -> bytes:
    """10,000 nested ``<div>`` around a sentence."""
    return ("<html><body>" + "<div>" * levels + "深处的一句话。" + "</div>" * levels + "</body></html>").encode()


def html_huge_attributes(size: int = 2**20) -> bytes:
    """The sample page with attributes of ``size`` bytes each (class, style, href, title) and one
    element with 10,000 attributes."""
    junk = "a" * size
    extra = (f'<p class="{junk}" style="{junk}" title="{junk}">长属性的段落。</p><a href="{junk}">{junk[:50]}</a>'
             + "<p " + " ".join(f"x{i}='{i}'" for i in range(10_000)) + ">万个属性的段落。</p>")
    return sample_page(extra).encode()


def html_broken_encoding() -> bytes:
    """A page declared GB2312 whose body is half UTF-8, half GBK, with a character cut in half."""
    page = sample_page(charset="gb2312")
    half = len(page) // 2
    return page[:half].encode("utf-8") + page[half:].encode("gb18030") + "尾".encode()[:2]


def html_declared_utf16() -> bytes:
    """A page whose <meta> claims UTF-16 while its bytes are UTF-8 (browsers read it as UTF-8)."""
    return sample_page(charset="utf-16").encode()


def html_big_page(size: int) -> bytes:
    """A page of ``size`` bytes: the sample article among chrome (a long list of links) and a large
    inline script (four fifths of the page), the kind a portal page becomes when saved with its widgets."""
    head = sample_page().encode()
    script = b"<script>var data = '" + b"x" * (size * 4 // 5) + b"';</script>"
    unit = '<div class="item"><a href="/news/1.html">新闻标题</a></div>'.encode()
    links = b'<div class="list">' + unit * max(0, (size - len(head) - len(script)) // len(unit)) + b"</div>"
    page = head.replace(b"</body>", script + links + b"</body>")
    return page + b" " * (size - len(page))


HOSTILE: dict[str, object] = {
    "billion_laughs.xml": billion_laughs,
    "quadratic_blowup.xml": quadratic_blowup,
    "xxe_file.xml": xxe_file,
    "xml_deep.xml": xml_deep,
    "zip_bomb.docx": docx_zip_bomb,
    "lying_sizes.docx": docx_lying_sizes,
    "path_traversal.docx": docx_path_traversal,
    "truncated.pdf": truncated_pdf,
    "truncated_eof.pdf": truncated_pdf_with_eof,
    "encrypted.pdf": encrypted_pdf,
    "utf16_no_bom.txt": utf16_without_bom,
    "mixed_encodings.txt": mixed_encodings,
    "nul_bytes.txt": nul_bytes,
    "binary_junk.txt": binary_junk,
    "nested_numbering.txt": nested_numbering,
    "deep.html": html_deep,
    "huge_attributes.html": html_huge_attributes,
    "broken_encoding.html": html_broken_encoding,
    "declared_utf16.html": html_declared_utf16,
}
"""File name → builder of the small hostile files (the big ones are built where they are used)."""


def docx_with_document(xml: bytes) -> bytes:
    """A .docx whose ``word/document.xml`` is replaced by ``xml``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(valid_docx())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, xml if info.filename == "word/document.xml" else src.read(info))
    return out.getvalue()


def _document_with_doctype(entities: str, body_text: str) -> bytes:
    data = valid_docx()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        document = archive.read("word/document.xml").decode("utf-8")
    declaration_end = document.index("?>") + 2 if document.startswith("<?xml") else 0
    first_text = document.index("<w:t", declaration_end)
    first_text = document.index(">", first_text) + 1
    doctype = f"<!DOCTYPE w:document [{entities}]>"
    return (document[:declaration_end] + doctype + document[declaration_end:first_text] + body_text
            + document[first_text:]).encode("utf-8")


def docx_billion_laughs() -> bytes:
    """A .docx whose document.xml carries the billion laughs."""
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">' for level in range(1, 10))
    return docx_with_document(_document_with_doctype(entities, "&lol9;"))


def docx_xxe(url: str) -> bytes:
    """A .docx whose document.xml pulls an external entity (a file:// path or an http:// URL)."""
    return docx_with_document(_document_with_doctype(f'<!ENTITY xxe SYSTEM "{url}">', "&xxe;"))
