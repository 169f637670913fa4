"""What a file's own properties declare about the document (Word core properties, PDF document
information), as the ``declared`` metadata :func:`govdoc.parsing.parse_lines` weighs below what the
text prints.

None of it is taken on trust: editors fill these fields with user names ("Administrator"),
template titles ("Word Document") and the dates files were saved. Only what can be a Report's
``Meta`` goes through: a title with a Chinese character (without the "Microsoft Word - " prefix and
the file extension print drivers add), an author that names a body able to issue a document
(a government, a bureau, an office, a sub-district) as the issuer, and a date.
"""

from __future__ import annotations

import datetime as dt
import re

from ..parsing.normalise import CJK

_BODY = re.compile(f"^(?!本)[{CJK}]{{2,}}(?:政府|委员会|人大|政协|局|厅|委|办公室|办公厅|办事处|办|部|署|院|中心|街道|"
                   f"总?队|所|站|公司|党组|党委|党工委)$")
_WORD_PREFIX = re.compile(r"^(?:Microsoft Word|WPS文字|WPS)\s*-\s*", re.IGNORECASE)
_EXTENSION = re.compile(r"\.(?:docx?|wps|dotx?|pdf)$", re.IGNORECASE)
_HAS_CJK = re.compile(f"[{CJK}]")


def declared_fields(title: str | None, author: str | None, date: dt.date | None) -> dict[str, str]:
    """The ``declared`` metadata of a file's title, author and date (see the module docstring)."""
    out: dict[str, str] = {}
    cleaned = _EXTENSION.sub("", _WORD_PREFIX.sub("", (title or "").strip())).strip()
    if _HAS_CJK.search(cleaned):
        out["title"] = cleaned
    author = (author or "").strip()
    if _BODY.match(author):
        out["issuer"] = author
    if date is not None:
        out["date"] = date.isoformat()
    return out


__all__ = ["declared_fields"]
