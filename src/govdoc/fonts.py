"""CJK fonts for PDF output, under their public name: see :mod:`govdoc.formats.pdf.fonts`.

The fonts live with the PDF writer that uses them; this module keeps ``govdoc.fonts`` as the name
users import (``from govdoc.fonts import FontResolver``).
"""

from __future__ import annotations

from .formats.pdf.fonts import (
    PACKAGED_FONTS,
    REPLACEMENT,
    ROLES,
    Face,
    FontResolver,
    FontRole,
    FontSet,
    FontSource,
    FontWarning,
    Missing,
    PackagedFont,
    SystemFont,
    base_charset,
    convert_cff,
    convert_cff_base,
    default_cache_dir,
    fc_list_fonts,
    known_font_files,
)

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
