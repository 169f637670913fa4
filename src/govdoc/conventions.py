"""Conventions of Chinese official documents, shared by govdoc's parser and its writers.

One home for what both sides must agree on: the metadata labels of disclosure pages
(发布机构, 发布日期, …), the marks newspapers and govdoc's texts print (▲ before a caption, □ before a
byline), the printed form of a heading (a space after 第一部分, none after 一、), dates as GB/T 9704
prints them, and full-width punctuation in Chinese context.
"""

from __future__ import annotations

import datetime as dt
import re

from .numbering import parse_label

META_LABELS: tuple[tuple[str, str], ...] = (
    ("title", "标题"), ("subtitle", "副标题"), ("issuer", "发布机构"), ("date", "发布日期"),
    ("publication", "刊名"), ("issue", "期号"), ("index_number", "索引号"), ("category", "公开类别"),
    ("doc_number", "文号"), ("authors", "作者"),
)
"""Every ``Meta`` field with the label govdoc prints for it, in the order it prints them."""

META_KEYS: dict[str, str] = {
    "标题": "title", "题目": "title", "名称": "title", "副标题": "subtitle",
    "发布机构": "issuer", "发文机关": "issuer", "发布单位": "issuer", "来源单位": "issuer",
    "发布时间": "date", "发布日期": "date", "成文日期": "date", "日期": "date",
    "刊名": "publication", "期号": "issue", "索引号": "index_number",
    "公开类别": "category", "公开方式": "category", "文号": "doc_number", "发文字号": "doc_number",
    "作者": "authors",
}
"""Every metadata label a reader recognises (those govdoc prints and their common variants) → field."""

INDENT = "\u3000\u3000"
"""The first-line indent of a paragraph in plain text: two ideographic spaces."""
CAPTION_MARK = "▲"
"""Printed before a photo or table caption."""
BYLINE_MARK = "□"
"""Printed before a byline (□记者 武钢)."""
SUBTITLE_DASH = "——"
"""Printed before a subtitle (——在区第十七届人民代表大会第三次会议上)."""
SPACED_FAMILIES = frozenset({"part", "chapter", "jie", "annex", "decimal"})
"""Numbering families whose label is followed by a space before the title (第一部分 回顾, 附件2 名单, 1.1 编制目的)."""


def heading_text(label: str | None, title: str) -> str:
    """A heading as printed: the label, then the title; a space after 第一部分/第一章/第一节/附件2/1.1."""
    if label is None:
        return title
    parsed = parse_label(label)
    space = " " if parsed is not None and parsed.family in SPACED_FAMILIES else ""
    return f"{label}{space}{title}"


def subtitle_text(subtitle: str) -> str:
    """A subtitle as printed: after "——", unless it already starts with a dash."""
    return subtitle if subtitle.startswith(("—", "－", "-")) else SUBTITLE_DASH + subtitle


def format_date(date: dt.date) -> str:
    """A date as GB/T 9704 prints it: full year, no zero padding (2025年3月15日)."""
    return f"{date.year}年{date.month}月{date.day}日"


# ---- full-width punctuation in Chinese context ------------------------------------------------------

_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_CHINESE = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60\U00020000-\U0003ffff]")


def _chinese(ch: str) -> bool:
    return bool(ch) and _CHINESE.match(ch) is not None


def _neighbour(text: str, at: int, step: int) -> str:
    """The nearest character of ``text`` from ``at`` in direction ``step`` that is not a space."""
    while 0 <= at < len(text):
        if not text[at].isspace():
            return text[at]
        at += step
    return ""


def _ascii_digit(ch: str) -> bool:
    return "0" <= ch <= "9"


def fullwidth(text: str) -> str:
    """``text`` with the half-width , : ; ? ! ( ) of web copies printed full-width in Chinese context.

    A mark is in Chinese context when the nearest character before or after it (spaces skipped) is
    Chinese; a comma or colon between two digits (3,000 and 10:30) stays. A pair of parentheses is
    converted when it encloses Chinese or a bare number ("(一)", "(1)", "第(2)项"), and left alone
    around Latin text ("(GDP)"). Each character maps to one character, so offsets (figure spans) hold.
    """
    if not any(ch in _FULL for ch in text):
        return text
    out = list(text)
    opened: list[int] = []
    for at, ch in enumerate(text):
        if ch == "(":
            opened.append(at)
        elif ch == ")" and not opened:  # an unmatched ")" next to Chinese
            if _chinese(_neighbour(text, at - 1, -1)) or _chinese(_neighbour(text, at + 1, 1)):
                out[at] = "）"
        elif ch == ")":
            start = opened.pop()
            inner = text[start + 1:at]
            before = _neighbour(text, start - 1, -1)
            bare_number = inner.strip().isdigit() and not (before.isascii() and before.isalnum())
            if any(_chinese(c) for c in inner) or bare_number:
                out[start], out[at] = "（", "）"
        elif ch in ",:;?!":
            before, after = _neighbour(text, at - 1, -1), _neighbour(text, at + 1, 1)
            if (_chinese(before) or _chinese(after)) and not (_ascii_digit(before) and _ascii_digit(after)):
                out[at] = _FULL[ch]
    for start in opened:  # an unmatched "(" next to Chinese
        if _chinese(_neighbour(text, start + 1, 1)) or _chinese(_neighbour(text, start - 1, -1)):
            out[start] = "（"
    return "".join(out)


__all__ = [
    "BYLINE_MARK",
    "CAPTION_MARK",
    "INDENT",
    "META_KEYS",
    "META_LABELS",
    "SPACED_FAMILIES",
    "SUBTITLE_DASH",
    "format_date",
    "fullwidth",
    "heading_text",
    "subtitle_text",
]
