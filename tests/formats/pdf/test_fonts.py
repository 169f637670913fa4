"""PDF fonts: embedded and subset, user fonts first, the pip-only CFF path, fallbacks and errors."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from govdoc.errors import FontError
from govdoc.fonts import FontResolver, FontWarning, PackagedFont, SystemFont, fc_list_fonts
from govdoc.formats import pdf
from govdoc.model import Paragraph, Report

from .helpers import elements, make_cff_font, needs_fonts, needs_poppler, pdffonts, printed, squash

# --------------------------------------------------------------------------------- fonts (pdffonts)



@needs_poppler
def test_fonts_are_embedded_subset_and_unicode_mapped(pdf_path: Path) -> None:
    rows = pdffonts(pdf_path)
    assert rows
    for row in rows:
        assert (row["emb"], row["sub"], row["uni"]) == ("yes", "yes", "yes"), row
    assert not any("Helvetica" in row["name"] for row in rows)


@needs_poppler
@needs_fonts
def test_user_named_font_comes_first(tmp_path: Path, report: Report) -> None:
    kai = next((f for f in fc_list_fonts() if "KaitiM" in f.family), None)
    if kai is None:
        pytest.skip("fonts-arphic-gkai00mp is not installed")
    path = tmp_path / "r.pdf"
    pdf.write_pdf(report, path, fonts=FontResolver({"heiti": str(kai.path)}, packaged=()))
    names = {row["name"].split("+")[-1] for row in pdffonts(path)}
    assert not any("WenQuanYi" in name for name in names)  # the 黑体 role now uses the named 楷体 file


# -------------------------------------------------------------------------------------- font paths



@needs_poppler
def test_pip_only_path_converts_cff_and_caches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str], report: Report) -> None:
    package = tmp_path / "site" / "fake_cjk_fonts"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    make_cff_font(package / "FakeSerifSC-Regular.otf", "".join(elements(report)) + "目录图表")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    cache = tmp_path / "cache"
    packaged = [PackagedFont("fake_cjk_fonts", "FakeSerifSC-Regular.otf", ("fangsong", "song", "title"))]
    resolver = FontResolver(system=False, packaged=packaged, cache_dir=cache)
    with warnings.catch_warnings():
        warnings.simplefilter("error", FontWarning)  # the pip path is self-contained: no warning
        data = pdf.to_bytes(report, fonts=resolver)
    assert "preparing the PDF font FakeSerifSC-Regular once" in capsys.readouterr().err
    cached = sorted(cache.glob("*.ttf"))
    assert cached  # the common characters, and a small subset for any others the document has
    stamps = [p.stat().st_mtime_ns for p in cached]
    path = tmp_path / "r.pdf"
    path.write_bytes(data)
    rows = pdffonts(path)
    assert rows and all((r["emb"], r["sub"], r["uni"]) == ("yes", "yes", "yes") for r in rows)
    assert all("Govdoc" in r["name"] for r in rows)  # the converted font's unique PostScript name
    assert squash(pdf.pdf_text(data)) == printed(report)
    pdf.to_bytes(report, fonts=resolver)
    assert [p.stat().st_mtime_ns for p in sorted(cache.glob("*.ttf"))] == stamps  # reused, not converted again
    assert capsys.readouterr().err == ""  # and nothing announced the second time


@needs_poppler
def test_without_system_fonts_the_installed_noto_fonts_embed_everything(tmp_path: Path, report: Report) -> None:
    """A machine with nothing but ``pip install govdoc``: no system font, no warning, every font embedded
    (the conversion is cached in the user's cache folder, so it is paid once per machine)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        data = pdf.to_bytes(report, fonts=FontResolver(system=False))
    path = tmp_path / "r.pdf"
    path.write_bytes(data)
    rows = pdffonts(path)
    assert rows and all((r["emb"], r["uni"]) == ("yes", "yes") for r in rows)
    assert all("NotoS" in r["name"] for r in rows)
    assert squash(pdf.pdf_text(data)) == printed(report)
    assert pdf.read_pdf(data) == report


def test_last_resort_is_stsong_light_with_a_warning(report: Report, tmp_path: Path) -> None:
    resolver = FontResolver(system=False, packaged=(), cache_dir=tmp_path)
    with pytest.warns(FontWarning, match="not self-contained"):
        data = pdf.to_bytes(report, fonts=resolver)
    assert b"STSong-Light" in data
    assert squash(pdf.pdf_text(data)) == printed(report)
    with pytest.raises(FontError):
        FontResolver(system=False, packaged=(), builtin=False).resolve("国")


@needs_fonts
def test_character_no_font_covers() -> None:
    report = Report(preamble=[Paragraph(text="古籍𠀀字")])
    with pytest.raises(FontError, match=re.escape("U+20000")):
        pdf.to_bytes(report, fonts=FontResolver(packaged=()))
    with pytest.warns(FontWarning, match="replaced"):
        data = pdf.to_bytes(report, fonts=FontResolver(packaged=(), missing="replace"))
    assert squash(pdf.pdf_text(data)) == printed(report).replace("𠀀", "〓")
    assert pdf.read_pdf(data) == report  # the embedded Report keeps the character


def test_fallback_per_character(tmp_path: Path) -> None:
    system = [f for f in fc_list_fonts() if "SungtiL" in f.family or "Micro Hei" in f.family]
    if len({f.path for f in system}) < 2:
        pytest.skip("needs AR PL SungtiL GB and WenQuanYi Micro Hei")
    fontset = FontResolver(system=[f for f in system if f.index == 0], packaged=()).resolve("龘国")
    body = fontset.chains["fangsong"]
    assert "SungtiL" in body[0].family and fontset.face_for("龘", "fangsong") is body[1]


def test_unknown_role_and_missing_file() -> None:
    with pytest.raises(FontError):
        FontResolver({"bold": "x.ttf"})
    with pytest.raises(FontError):
        FontResolver({"heiti": "/nonexistent/font.ttf"}, system=[SystemFont(Path("/x"), 0, "x")]).resolve("国")


def test_known_font_files_without_fontconfig(monkeypatch: pytest.MonkeyPatch) -> None:
    import govdoc.formats.pdf.fonts as fonts

    monkeypatch.setitem(fonts._fc_cache, "fonts", [])
    assert FontResolver().system_fonts() == fonts.known_font_files()


@needs_fonts
def test_style_missing_replace_applies_to_a_given_resolver() -> None:
    report = Report(preamble=[Paragraph(text="古籍𠀀字")])
    with pytest.warns(FontWarning):
        data = pdf.to_bytes(report, fonts=FontResolver(packaged=()), style=pdf.PdfStyle(missing="replace"))
    assert "古籍〓字" in pdf.pdf_text(data)
