"""What a page declares about itself in its ``<head>``: the ``<title>`` and the ``<meta>`` fields
Chinese portals publish (the national government-website specification's ``ArticleTitle``,
``PubDate``, ``ContentSource``, ``ColumnName``, ``SiteName``, ``Keywords``, ``Description``).

None of it is taken on trust: the reader uses the titles to find the headline printed in the page,
and hands the parser only what a Report's ``Meta`` can hold, as fallbacks (see :func:`declared`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from ...parsing.normalise import CJK
from ._tree import text_of

# <meta name> (lower case) of each field, most specific first
_NAMES = {
    "article_title": ("articletitle", "og:title", "title"),
    "posted": ("pubdate", "publishdate", "firstpublishedtime", "article:published_time", "publish_date", "pdate"),
    "content_source": ("contentsource", "source"),
    "column": ("columnname",),
    "site": ("sitename", "og:site_name"),
    "keywords": ("keywords",),
    "description": ("description", "og:description"),
}
_DATE = re.compile(r"([12][0-9]{3})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})")
_SPACE = re.compile(r"\s+")
_TAG_TEXT = re.compile(r"<\s*/?\s*br\s*/?\s*>", re.IGNORECASE)  # "<br>" typed into a title field
# a publication, not an issuer: newspapers, sites, broadcasters, apps ("来源：××日报" names no issuer)
_PUBLICATION = re.compile(f"(?:[{CJK}]报|报社|杂志|网|新闻|电视台|广播|客户端|融媒体中心|频道|微信公众号|APP)$",
                          re.IGNORECASE)
# a body that can issue a document (a government, a bureau, an office, a committee, a sub-district),
# not "本站" (this site)
_BODY = re.compile(f"^(?!本)[{CJK}]+(?:政府|委员会|人大|政协|局|厅|委|办公室|办|部|署|院|中心|街道|总?队|所|站|公司)$")


# elements a page prints its date in, by their id or class ("paperShowDate", "publishDateTime", "pubtime")
_DATED = etree.XPath(
    "//*[contains(translate(@id, 'DATETIM', 'datetim'), 'date')"
    " or contains(translate(@id, 'DATETIM', 'datetim'), 'time')"
    " or contains(translate(@class, 'DATETIM', 'datetim'), 'date')"
    " or contains(translate(@class, 'DATETIM', 'datetim'), 'time')]")
_DATE_ALONE = re.compile(r"^[12][0-9]{3}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}日?"
                         r"(?:\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?(?:\s*(?:星期|周)[一二三四五六日天])?$")


@dataclass(frozen=True)
class PageMeta:
    """The page's own fields, stripped of whitespace; empty strings where the page says nothing."""

    title: str = ""
    article_title: str = ""
    posted: str = ""
    content_source: str = ""
    column: str = ""
    site: str = ""
    keywords: str = ""
    description: str = ""


def clean_field(text: str) -> str:
    """A field's text on one line: ``<br>`` typed into it and runs of whitespace become one space."""
    return _SPACE.sub(" ", _TAG_TEXT.sub("", text)).strip()


def page_meta(root: etree._Element) -> PageMeta:
    """Read the ``<title>`` and ``<meta name=… content=…>`` fields of the page (the first of each wins); where no
    ``<meta>`` gives the posting date, the first element whose id or class names a date or time and that holds a
    date alone ("<span id="paperShowDate">2026年05月19日</span>")."""
    found: dict[str, str] = {}
    wanted = {name: field for field, names in _NAMES.items() for name in names}
    title = ""
    for element in root.iter("title", "meta"):
        if element.tag == "title":
            if not title:
                title = clean_field(text_of(element))
            continue
        name = (element.get("name") or element.get("property") or "").strip().lower()
        field = wanted.get(name)
        content = clean_field(element.get("content") or "")
        if field is not None and content and field not in found:
            found[field] = content
    if "posted" not in found:  # no <meta> gives the date: the element the page shows its date in, if any
        dated = _DATED(root)
        for node in dated if isinstance(dated, list) else ():
            if not isinstance(node, etree._Element):
                continue
            text = clean_field(text_of(node))
            if len(text) <= 30 and _DATE_ALONE.match(text):
                found["posted"] = text
                break
    return PageMeta(title=title, **found)


def iso_date(text: str) -> str | None:
    """The first date in a field ("2026-05-15 14:41", "2026年5月15日") as ISO, or None."""
    match = _DATE.search(text)
    if match is None:
        return None
    year, month, day = (int(group) for group in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def declared(meta: PageMeta, headline: str | None) -> dict[str, str]:
    """The metadata to hand the parser as ``declared``, keyed by ``Meta`` field.

    - ``title``: the headline found in the page, else ``ArticleTitle``, else the ``<title>`` without
      the site's name; the title printed in the text still wins (the parser weighs them).
    - ``date``: the posting time (``PubDate``), the fallback when the document prints no date.
    - ``issuer`` or ``publication``: ``ContentSource`` when it names a body other than the site
      itself, or a publication. The site's own name is left out: on a reprint the site is not the
      issuer, and the page's visible "发布机构" line stays in the text for the parser to weigh.
    """
    out: dict[str, str] = {}
    title = headline or meta.article_title or _title_without_site(meta)
    if title:
        out["title"] = title
    if meta.posted and (day := iso_date(meta.posted)) is not None:
        out["date"] = day
    source = meta.content_source
    if source and source != meta.site and len(source) <= 40:
        if _PUBLICATION.search(source):
            out["publication"] = source
        elif _BODY.search(source):
            out["issuer"] = source
    return out


# between a <title>'s parts: bars and underscores, a double hyphen, a dash with a space beside it
# ("湖南省统计局 - 公报", "公报_常州市人大", "新乡日报--《…》"); "2024-2025" is no separator
_SEPARATOR = re.compile(r"[_|]+|--+|(?<=\s)[-–—·]+|(?<![-–—·])[-–—·]+(?=\s)")


def _title_without_site(meta: PageMeta) -> str:
    """The ``<title>`` with the site's name cut off ("湖南省统计局 - 常德市…公报" → "常德市…公报")."""
    parts = [part.strip() for part in _SEPARATOR.split(meta.title)]
    parts = [part for part in parts if part and part != meta.site and part != meta.column]
    return max(parts, key=len) if parts else ""


__all__ = ["PageMeta", "clean_field", "declared", "iso_date", "page_meta"]
