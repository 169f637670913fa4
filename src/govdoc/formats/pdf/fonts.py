"""CJK fonts for PDF output: find a font for every role and every character, embeddable and checked.

Public as :mod:`govdoc.fonts`.

A PDF of a 公文 uses five font roles: ``fangsong`` (仿宋, body text and 3rd/4th-level headings),
``heiti`` (黑体, 1st-level headings), ``kaiti`` (楷体, 2nd-level headings, bylines), ``title``
(小标宋, the document title) and ``song`` (宋体, page numbers). :class:`FontResolver` fills each
role with a *chain* of faces, searched in this documented order:

1. **fonts the user names** (``fonts={"fangsong": "/path/仿宋_GB2312.ttf", ...}``; a path, a
   ``(path, ttc_index)`` pair, or a list of them). The official fonts are proprietary, so govdoc
   never ships them; name them here.
2. **fonts found on the system** through fontconfig (``fc-list :lang=zh``; without fontconfig,
   the files of :data:`KNOWN_FONT_FILES`, e.g. Windows' simfang.ttf), ranked by how well their
   family fits the role (FangSong, AR PL SungtiL GB, WenQuanYi Micro Hei, AR PL KaitiM GB, ...).
   Every other Chinese system font is appended as a per-character fallback.
3. **the free fonts installed with govdoc** (its dependency ``pylopdf-fonts-zh-cn``: Noto Serif SC
   and Noto Sans SC, OFL-1.1), so that ``pip install govdoc`` alone writes self-contained PDFs.
   These are OpenType/CFF fonts that reportlab cannot embed: once per machine, at the first PDF,
   their common characters (ASCII and GB 2312, :func:`base_charset`) are converted to TrueType
   outlines with fontTools (a message on standard error says so; it takes tens of seconds) and
   cached under ``$GOVDOC_CACHE_DIR`` (default ``$XDG_CACHE_HOME/govdoc/fonts`` or
   ``~/.cache/govdoc/fonts``); a rarer character a document needs is converted in a small subset
   of its own, also cached. A CFF font found on the system takes the same path.
4. **reportlab's built-in STSong-Light** as the last resort, with a :class:`FontWarning`: such a
   PDF does not carry its fonts, and viewers draw it with whatever Chinese font they have.

Every character is checked against the chosen face's character map. A character the first face
lacks is drawn with the next face in the chain that has it; a character no face covers raises
:class:`~govdoc.errors.FontError`, or, with ``missing="replace"``, is replaced by ``〓`` (U+3013,
the printer's mark for a missing character) with a warning. The text layer therefore never holds
an invisible glyph or ``\\x00``. Line breaks and other whitespace need no glyph.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Union

from ...errors import FontError

FontRole = Literal["song", "fangsong", "kaiti", "heiti", "title"]
ROLES: tuple[FontRole, ...] = ("song", "fangsong", "kaiti", "heiti", "title")
Missing = Literal["error", "replace"]
REPLACEMENT = "\u3013"  # 〓 geta mark: the conventional stand-in for a character the font lacks

FontSource = Union[str, "os.PathLike[str]", tuple[Union[str, "os.PathLike[str]"], int]]
"""A font file: a path, or ``(path, index)`` for one face of a .ttc collection."""

# Family-name fragments, best first, that fit each role (case-insensitive substring match).
ROLE_PREFERENCES: dict[FontRole, tuple[str, ...]] = {
    "fangsong": ("仿宋_GB2312", "仿宋", "FangSong", "FandolFang", "AR PL SungtiL GB", "AR PL UMing CN",
                 "Noto Serif CJK SC", "Noto Serif SC", "Source Han Serif"),
    "song": ("宋体", "SimSun", "NSimSun", "AR PL SungtiL GB", "AR PL UMing CN", "FandolSong",
             "Noto Serif CJK SC", "Noto Serif SC", "Source Han Serif"),
    "kaiti": ("楷体_GB2312", "楷体", "KaiTi", "AR PL KaitiM GB", "AR PL UKai CN", "LXGW WenKai", "FandolKai"),
    "heiti": ("黑体", "SimHei", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans CJK SC",
              "Noto Sans SC", "Source Han Sans", "FandolHei", "Droid Sans Fallback"),
    "title": ("方正小标宋", "小标宋", "FZXiaoBiaoSong", "FandolSong", "Noto Serif CJK SC", "Noto Serif SC",
              "AR PL SungtiL GB", "AR PL UMing CN"),
}
# When nothing fits a role, borrow the chain of a related role.
ROLE_FALLBACK: dict[FontRole, tuple[FontRole, ...]] = {
    "fangsong": ("song", "title", "kaiti", "heiti"),
    "song": ("fangsong", "title", "kaiti", "heiti"),
    "title": ("song", "fangsong", "heiti", "kaiti"),
    "kaiti": ("fangsong", "song", "title", "heiti"),
    "heiti": ("song", "fangsong", "title", "kaiti"),
}
# Families known to lack Latin letters and digits or most simplified characters: last in a chain.
POOR_COVERAGE = ("Droid Sans Fallback", "cwTeX")


@dataclass(frozen=True)
class PackagedFont:
    """A font file shipped inside a pip-installable package (looked up without importing it)."""

    package: str
    resource: str
    roles: tuple[FontRole, ...]
    index: int = 0


PACKAGED_FONTS: tuple[PackagedFont, ...] = (
    PackagedFont("pylopdf_fonts_zh_cn", "NotoSerifSC-Regular.otf", ("fangsong", "song", "title", "kaiti")),
    PackagedFont("pylopdf_fonts_zh_cn", "NotoSansSC-Regular.otf", ("heiti",)),
)
"""pip-installed fonts govdoc knows (installed with govdoc itself)."""


class FontWarning(UserWarning):
    """A PDF will not carry its fonts, or a character was replaced because no font covers it."""


@dataclass(frozen=True)
class SystemFont:
    """One face of a font file found on the system."""

    path: Path
    index: int
    family: str
    cff: bool = False


@dataclass
class Face:
    """A font registered with reportlab, its origin and the characters it covers."""

    name: str
    family: str
    origin: Literal["user", "system", "pip", "builtin"]
    path: Path | None = None
    index: int = 0
    coverage: frozenset[int] | None = None  # None: the built-in CID font (any BMP character)

    @property
    def embedded(self) -> bool:
        """True when the face is embedded in the PDF (every face but the built-in CID font)."""
        return self.origin != "builtin"

    def covers(self, ch: str) -> bool:
        """True when the face has a glyph for ``ch``."""
        code = ord(ch)
        if self.coverage is None:
            return code <= 0xFFFF and not 0xE000 <= code <= 0xF8FF and not 0xD800 <= code <= 0xDFFF
        return code in self.coverage


_lock = threading.Lock()
_registered: dict[tuple[str, int], Face] = {}


def _register_ttf(path: Path, index: int, family: str, origin: Literal["user", "system", "pip"]) -> Face:
    """Register a TrueType face with reportlab once per process and read its character map."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    key = (str(path), index)
    with _lock:
        face = _registered.get(key)
        if face is not None:
            return face
        digest = hashlib.sha1(f"{path}#{index}".encode()).hexdigest()[:10]
        name = f"govdoc-{digest}"
        try:
            font = TTFont(name, str(path), subfontIndex=index)
        except (TTFError, OSError, ValueError, KeyError, IndexError) as exc:
            raise FontError(f"cannot use font {path} (face {index}): {exc}", source=str(path)) from exc
        pdfmetrics.registerFont(font)
        coverage = frozenset(font.face.charToGlyph)
        face = Face(name=name, family=family or path.stem, origin=origin, path=path, index=index,
                    coverage=coverage)
        _registered[key] = face
        return face


def _builtin_face() -> Face:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    with _lock:
        if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return Face(name="STSong-Light", family="STSong-Light", origin="builtin")


def _is_cff(path: Path, index: int) -> bool:
    from fontTools.ttLib import TTFont as FTFont

    try:
        font = FTFont(str(path), fontNumber=index, lazy=True)
    except Exception as exc:  # fontTools raises many kinds of errors for broken files
        raise FontError(f"cannot read font {path}: {exc}", source=str(path)) from exc
    try:
        return "CFF " in font or "CFF2" in font
    finally:
        font.close()


def fc_list_fonts(*, refresh: bool = False) -> list[SystemFont]:
    """Chinese fonts known to fontconfig (``fc-list :lang=zh``), or [] when fontconfig is absent.

    The answer is kept for the life of the process; ``refresh=True`` asks fontconfig again.
    """
    if refresh or "fonts" not in _fc_cache:
        _fc_cache["fonts"] = _fc_list()
    return list(_fc_cache["fonts"])


_fc_cache: dict[str, list[SystemFont]] = {}


def _fc_list() -> list[SystemFont]:
    exe = shutil.which("fc-list")
    if exe is None:
        return []
    try:
        out = subprocess.run([exe, ":lang=zh", "file", "index", "family", "fontformat"],
                             capture_output=True, text=True, timeout=30, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    fonts = []
    for line in sorted(out.splitlines()):
        path_part, _, rest = line.partition(": ")
        if not path_part:
            continue
        fields = dict(item.split("=", 1) for item in rest.split(":") if "=" in item)
        family = rest.split(":", 1)[0] if "=" not in rest.split(":", 1)[0] else ""
        path = Path(path_part)
        if path.suffix.lower() not in (".ttf", ".ttc", ".otf", ".otc"):
            continue
        try:
            index = int(fields.get("index", "0"))
        except ValueError:
            continue
        fmt = fields.get("fontformat", "")
        cff = fmt == "CFF" or (fmt == "" and path.suffix.lower() in (".otf", ".otc"))
        fonts.append(SystemFont(path, index, family, cff))
    return fonts


KNOWN_FONT_FILES: tuple[tuple[str, str], ...] = (
    ("C:/Windows/Fonts/simfang.ttf", "FangSong 仿宋"),
    ("C:/Windows/Fonts/simkai.ttf", "KaiTi 楷体"),
    ("C:/Windows/Fonts/simhei.ttf", "SimHei 黑体"),
    ("C:/Windows/Fonts/simsun.ttc", "SimSun 宋体"),
    ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", "AR PL SungtiL GB"),
    ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", "AR PL KaitiM GB"),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "WenQuanYi Micro Hei"),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "WenQuanYi Zen Hei"),
)
"""Font files looked for by path when fontconfig is not there (Windows, minimal containers)."""


def known_font_files() -> list[SystemFont]:
    """The :data:`KNOWN_FONT_FILES` that exist on this machine."""
    return [SystemFont(Path(path), 0, family) for path, family in KNOWN_FONT_FILES if Path(path).is_file()]


def default_cache_dir() -> Path:
    """Where converted fonts are cached: $GOVDOC_CACHE_DIR, else $XDG_CACHE_HOME/govdoc/fonts."""
    env = os.environ.get("GOVDOC_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "govdoc" / "fonts"


def _score(family: str, role: FontRole) -> int | None:
    low = family.lower()
    for rank, fragment in enumerate(ROLE_PREFERENCES[role]):
        if fragment.lower() in low:
            return rank
    return None


@dataclass
class FontSet:
    """The faces chosen for each role, in fallback order, and how characters map onto them."""

    chains: dict[FontRole, list[Face]]
    missing: Missing = "error"
    replaced: set[str] = field(default_factory=set)
    _cache: dict[tuple[str, str], Face | None] = field(default_factory=dict, repr=False, compare=False)

    @property
    def self_contained(self) -> bool:
        """True when every face is embedded (no built-in CID font is used)."""
        return all(face.embedded for chain in self.chains.values() for face in chain)

    def face_for(self, ch: str, role: FontRole) -> Face | None:
        """The first face of the role's chain that covers ``ch``."""
        key = (ch, role)
        if key in self._cache:
            return self._cache[key]
        found = next((face for face in self.chains[role] if face.covers(ch)), None)
        self._cache[key] = found
        return found

    def clean(self, text: str, role: FontRole) -> str:
        """Apply the documented substitution for characters no face covers (``missing="replace"``)."""
        if self.missing != "replace":
            return text
        return "".join(ch if ch.isspace() or self.face_for(ch, role) else REPLACEMENT for ch in text)


class FontResolver:
    """Find faces for every role: user fonts, then system fonts, then pip fonts, then STSong-Light.

    ``system`` is True (ask fontconfig), False (no system fonts) or an explicit list of
    :class:`SystemFont`; ``packaged`` lists the pip fonts to try; ``builtin=False`` forbids the
    non-embedded last resort (a :class:`FontError` instead).
    """

    def __init__(
        self,
        fonts: Mapping[str, FontSource | Sequence[FontSource]] | None = None,
        *,
        system: bool | Sequence[SystemFont] = True,
        packaged: Sequence[PackagedFont] = PACKAGED_FONTS,
        cache_dir: str | os.PathLike[str] | None = None,
        builtin: bool = True,
        missing: Missing = "error",
    ) -> None:
        self.user: dict[FontRole, list[tuple[Path, int]]] = {}
        for role, value in (fonts or {}).items():
            if role not in ROLES:
                raise FontError(f"unknown font role {role!r}", hint=f"use one of {', '.join(ROLES)}")
            items: Sequence[FontSource]
            if isinstance(value, (str, os.PathLike)) or (
                    isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], int)):
                items = [value]
            else:
                items = value
            self.user[role] = [_source(item) for item in items]
        self._system = system
        self.packaged = tuple(packaged)
        self.cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        self.builtin = builtin
        self.missing: Missing = missing

    def system_fonts(self) -> list[SystemFont]:
        """The system fonts this resolver may use."""
        if self._system is True:
            return fc_list_fonts() or known_font_files()
        if self._system is False:
            return []
        return list(self._system)

    def resolve(self, text: Iterable[str] | str = "") -> FontSet:
        """Choose the faces for every role so that every character of ``text`` is covered."""
        pieces = [text] if isinstance(text, str) else text
        chars = {ch for piece in pieces for ch in piece if not ch.isspace()}
        chains: dict[FontRole, list[Face]] = {role: [] for role in ROLES}
        for role, sources in self.user.items():
            for path, index in sources:
                chains[role].extend(self._load(path, index, "", "user", chars))
        system = self.system_fonts()
        ranked: dict[FontRole, list[SystemFont]] = {}
        for role in ROLES:
            scored = [(s, f) for f in system if (s := _score(f.family, role)) is not None]
            scored.sort(key=lambda item: (item[0], str(item[1].path), item[1].index))
            ranked[role] = [f for _, f in scored]
        for role in ROLES:
            borrowed = (ranked[other] for other in ROLE_FALLBACK[role] if ranked[other])
            picks = ranked[role] or next(borrowed, [])
            rest = [f for f in system if f not in picks]
            rest.sort(key=lambda f: (_poor(f.family), str(f.path), f.index))
            for font in [*picks, *rest]:
                if chains[role] and all(any(face.covers(ch) for face in chains[role]) for ch in chars):
                    break  # later faces are only needed for characters the chain lacks
                for face in self._load(font.path, font.index, font.family, "system", chars, font.cff):
                    if face.name not in {f.name for f in chains[role]} and (
                            not chains[role] or _adds_coverage(face, chains[role], chars)):
                        chains[role].append(face)
        for role in ROLES:
            if chains[role] and all(any(face.covers(ch) for face in chains[role]) for ch in chars):
                continue
            for packaged in self._packaged_for(role):
                found = _package_file(packaged)
                if found is None:
                    continue
                for face in self._load(found, packaged.index, "", "pip", chars):
                    if face.name not in {f.name for f in chains[role]} and (
                            not chains[role] or _adds_coverage(face, chains[role], chars)):
                        chains[role].append(face)
        for role in ROLES:  # a role with no face of its own borrows a related role's chain
            if not chains[role]:
                donor = next((chains[other] for other in ROLE_FALLBACK[role] if chains[other]), [])
                chains[role] = list(donor)
        if any(not chain for chain in chains.values()):
            if not self.builtin:
                empty = ", ".join(role for role in ROLES if not chains[role])
                raise FontError(f"no font found for the role(s) {empty}",
                                hint="reinstall govdoc (its Noto fonts), install fonts-arphic-gbsn00lp "
                                     "fonts-wqy-microhei, or name font files with fonts=")
            warnings.warn("no embeddable Chinese font found; using reportlab's STSong-Light, which is not "
                          "embedded: the PDF is not self-contained "
                          "(install Chinese fonts, or reinstall govdoc with its Noto fonts)",
                          FontWarning, stacklevel=3)
            builtin = _builtin_face()
            for role in ROLES:
                if not chains[role]:
                    chains[role].append(builtin)
        fontset = FontSet(chains, self.missing)
        self._check(fontset, chars)
        return fontset

    def _packaged_for(self, role: FontRole) -> list[PackagedFont]:
        own = [p for p in self.packaged if role in p.roles]
        return own + [p for p in self.packaged if role not in p.roles]

    def _check(self, fontset: FontSet, chars: set[str]) -> None:
        lacking = sorted({ch for ch in chars for role in ROLES if fontset.face_for(ch, role) is None})
        if not lacking:
            return
        shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in lacking[:8])
        shown += " ..." if len(lacking) > 8 else ""
        if fontset.missing == "replace":
            if any(fontset.face_for(REPLACEMENT, role) is None for role in ROLES):
                raise FontError(f"no font covers {shown}, nor the replacement mark 〓")
            fontset.replaced.update(lacking)
            warnings.warn(f"no font covers {shown}; replaced by 〓", FontWarning, stacklevel=3)
            return
        raise FontError(f"no font covers {shown}",
                        hint="name a font that has these characters with fonts=, or pass missing='replace'")

    def _load(self, path: Path, index: int, family: str, origin: Literal["user", "system", "pip"],
              chars: set[str], cff: bool | None = None) -> list[Face]:
        """The face of a font file; a PostScript-outline font as its converted common characters
        (:func:`convert_cff_base`, once per machine) and, when the text needs more of its glyphs,
        a small converted subset of those too."""
        if not path.is_file():
            raise FontError("font file not found", source=str(path))
        if cff is None or (cff is False and origin != "system"):
            cff = _is_cff(path, index)
        if not cff:
            return [_register_ttf(path, index, family, origin)]
        base = _register_ttf(convert_cff_base(path, index, self.cache_dir), 0, family or path.stem, origin)
        faces = [base]
        lacking = {ch for ch in chars if not base.covers(ch)} & _cmap_chars(path, index)
        if lacking:
            extra = convert_cff(path, index, lacking, self.cache_dir)
            faces.append(_register_ttf(extra, 0, family or path.stem, origin))
        return faces


def _poor(family: str) -> bool:
    return any(fragment.lower() in family.lower() for fragment in POOR_COVERAGE)


def _adds_coverage(face: Face, chain: list[Face], chars: set[str]) -> bool:
    return any(face.covers(ch) and not any(f.covers(ch) for f in chain) for ch in chars)


def _source(item: FontSource) -> tuple[Path, int]:
    if isinstance(item, tuple):
        return Path(item[0]), int(item[1])
    return Path(item), 0


def _package_file(packaged: PackagedFont) -> Path | None:
    try:
        spec = importlib.util.find_spec(packaged.package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        candidate = Path(location) / packaged.resource
        if candidate.is_file():
            return candidate
    return None


CONVERTER_VERSION = "2"


def base_charset() -> frozenset[str]:
    """The characters a converted font always carries: ASCII, the 6,763 hanzi and the symbols of
    GB 2312 (what government documents use), CJK punctuation and full-width forms."""
    chars = {chr(c) for c in range(0x20, 0x7F)}
    chars.update(chr(c) for c in (*range(0x3000, 0x3040), *range(0xFF01, 0xFF5F), *range(0x2010, 0x2060)))
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes((high, low)).decode("gb2312"))
    return frozenset(chars)


_cmaps: dict[tuple[str, int], frozenset[str]] = {}


def _cmap_chars(path: Path, index: int) -> frozenset[str]:
    """The characters a font file has a glyph for (read once per process)."""
    key = (str(path), index)
    if key not in _cmaps:
        from fontTools.ttLib import TTFont as FTFont

        try:
            font = FTFont(str(path), fontNumber=index, lazy=True)
        except Exception as exc:  # fontTools raises many kinds of errors for broken files
            raise FontError(f"cannot read font {path}: {exc}", source=str(path)) from exc
        try:
            _cmaps[key] = frozenset(chr(code) for code in font.getBestCmap())
        finally:
            font.close()
    return _cmaps[key]


def _cached(path: Path, index: int, what: str, cache_dir: Path) -> tuple[Path, str]:
    stat = path.stat()
    digest = hashlib.sha256(
        f"{CONVERTER_VERSION}\0{path.resolve()}\0{index}\0{stat.st_size}\0{stat.st_mtime_ns}\0{what}".encode()
    ).hexdigest()[:20]
    return cache_dir / f"{digest}.ttf", digest


def _store(target: Path, data: bytes, cache_dir: Path, path: Path) -> None:
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".font.", suffix=".part", dir=cache_dir)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise FontError(f"cannot cache the converted font in {cache_dir}: {exc}", source=str(path)) from exc


def convert_cff_base(path: Path, index: int, cache_dir: Path) -> Path:
    """The common characters of a PostScript-outline font (:func:`base_charset`) as TrueType,
    converted once and cached: the first PDF on a machine without Chinese system fonts takes this
    step (tens of seconds, announced on standard error), later ones find the file in the cache."""
    target, digest = _cached(path, index, "base", cache_dir)
    if target.is_file():
        return target
    sys.stderr.write(f"govdoc: preparing the PDF font {path.stem} once for this machine (this takes a "
                     f"while; it is cached in {cache_dir})\n")
    sys.stderr.flush()
    _store(target, _cff_to_glyf(path, index, "".join(sorted(base_charset())), f"Govdoc{digest[:10]}"),
           cache_dir, path)
    return target


def convert_cff(path: Path, index: int, chars: Iterable[str], cache_dir: Path) -> Path:
    """``chars`` of a PostScript-outline (CFF) font as a small TrueType font, cached.

    reportlab embeds only TrueType outlines, so glyphs are drawn into quadratic outlines with
    fontTools. The result carries a unique PostScript name (``Govdoc<hash>-<name>``) so reportlab
    never confuses two subsets of one font; it is cached by source file, size, mtime and characters.
    """
    keep = "".join(sorted(set(chars) | {REPLACEMENT}))
    target, digest = _cached(path, index, keep, cache_dir)
    if not target.is_file():
        _store(target, _cff_to_glyf(path, index, keep, f"Govdoc{digest[:10]}"), cache_dir, path)
    return target


def _cff_to_glyf(path: Path, index: int, keep: str, prefix: str) -> bytes:
    """A new TrueType font with the glyphs of ``keep``: outlines converted to quadratic curves,
    metrics, character map and names taken over; fsType 0 (the fonts govdoc converts are OFL)."""
    import io

    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont as FTFont

    try:
        source = FTFont(str(path), fontNumber=index, lazy=True)
        cmap = source.getBestCmap()
        glyph_set = source.getGlyphSet()
        hmtx = source["hmtx"]
        order = [".notdef"]
        mapping: dict[int, str] = {}
        for code in sorted({ord(ch) for ch in keep}):
            name = cmap.get(code)
            if name is None:
                continue
            mapping[code] = name
            if name not in order:
                order.append(name)
        glyphs = {}
        for name in order:
            pen = TTGlyphPen(None)
            glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
            glyphs[name] = pen.glyph()
        builder = FontBuilder(source["head"].unitsPerEm, isTTF=True)
        builder.setupGlyphOrder(order)
        builder.setupCharacterMap(mapping)
        builder.setupGlyf(glyphs)
        glyf = builder.font["glyf"]
        builder.setupHorizontalMetrics({n: (hmtx[n][0], getattr(glyf[n], "xMin", 0)) for n in order})
        hhea, os2 = source["hhea"], source["OS/2"]
        builder.setupHorizontalHeader(ascent=hhea.ascent, descent=hhea.descent, lineGap=hhea.lineGap)
        family = source["name"].getDebugName(1) or path.stem
        builder.setupNameTable({"familyName": family, "styleName": "Regular",
                                "psName": f"{prefix}-{source['name'].getDebugName(6) or path.stem}"[:63]})
        builder.setupOS2(sTypoAscender=os2.sTypoAscender, sTypoDescender=os2.sTypoDescender,
                         sTypoLineGap=os2.sTypoLineGap, usWinAscent=os2.usWinAscent, usWinDescent=os2.usWinDescent,
                         fsType=0, achVendID=os2.achVendID, ulUnicodeRange1=os2.ulUnicodeRange1,
                         ulUnicodeRange2=os2.ulUnicodeRange2, ulCodePageRange1=os2.ulCodePageRange1)
        builder.setupPost()
        out = io.BytesIO()
        builder.save(out)
        source.close()
        return out.getvalue()
    except FontError:
        raise
    except Exception as exc:  # fontTools raises many kinds of errors for unusual fonts
        raise FontError(f"cannot convert the PostScript-outline font: {exc}", source=str(path)) from exc


__all__ = [
    "PACKAGED_FONTS",
    "REPLACEMENT",
    "ROLES",
    "Face",
    "FontResolver",
    "FontRole",
    "FontSet",
    "FontSource",
    "FontWarning",
    "Missing",
    "PackagedFont",
    "SystemFont",
    "base_charset",
    "convert_cff",
    "convert_cff_base",
    "default_cache_dir",
    "fc_list_fonts",
    "known_font_files",
]
