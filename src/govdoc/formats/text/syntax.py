"""The marks of govdoc's canonical text, shared by its writer and its strict reader.

See ``docs/text-format.md``. Everything here is pure: the front matter, the heading line
(``#`` per level, an optional ``{tag}``, label and title), the escapes that keep a title, a glossary
term or a table cell apart from what follows it, and the label rule both sides apply.
"""

from __future__ import annotations

import re
from typing import get_args

from ...conventions import SPACED_FAMILIES
from ...model import ParagraphKind, SectionKind
from ...numbering import parse_label

FENCE = "---"
"""Opens and closes the front matter."""
VERSION_KEY = "govdoc"
"""The first key of the front matter; its value is the format version."""
VERSION = "1.0"
SIGNATURE = f"{FENCE}\n{VERSION_KEY}: "
"""How every canonical text starts; :func:`govdoc.parse` reads such text with the strict reader."""

PARAGRAPH = "\u3000\u3000"
CAPTION = "▲"
UNIT = "△"
BYLINE = "□"
NOTE = "※"
SUBTITLE = "——"
LITERAL = "\\"
"""At the start of a body line: the rest of the line is a salutation, whatever it looks like."""
UNNUMBERED_ENTRY = "· "
RULE = "|---|"
"""Between the header rows and the body rows of a table."""
BEFORE_RUN_IN = "{before-run-in}"
"""First line of a table placed before the paragraph its section's run-in heading runs into."""

SECTION_KINDS: frozenset[str] = frozenset(get_args(SectionKind))
RUN_IN_KINDS: frozenset[str] = frozenset(get_args(ParagraphKind)) - {"text"}
NO_LABEL = "nolabel"
TAG_WORDS = SECTION_KINDS | RUN_IN_KINDS | {NO_LABEL}

HEADING_LINE = re.compile(r"(#+) (.+)")
TAG = re.compile(r"\{([a-z-]+(?: [a-z-]+)*)\} ")
NUMBERED_ENTRY = re.compile(r"([1-9][0-9]*)\. (.+)")
SPAN = re.compile(r"\{(?:c=([1-9][0-9]*))? ?(?:r=([1-9][0-9]*))?\}(?: (.*))?")
RESERVED_STARTS = ("#", "\u3000", CAPTION, UNIT, BYLINE, NOTE, "|", LITERAL, UNNUMBERED_ENTRY, "{")


def escape(text: str, specials: str) -> str:
    """``text`` with a backslash before every backslash and every character of ``specials``."""
    if LITERAL not in text and not any(ch in text for ch in specials):
        return text
    return "".join(LITERAL + ch if ch == LITERAL or ch in specials else ch for ch in text)


def split_unescaped(text: str, separator: str) -> list[str]:
    """Split at every ``separator`` not preceded by a backslash; the escapes stay in the pieces."""
    pieces, current, at = [], [], 0
    while at < len(text):
        ch = text[at]
        if ch == LITERAL and at + 1 < len(text):
            current.append(text[at:at + 2])
            at += 2
            continue
        if ch == separator:
            pieces.append("".join(current))
            current = []
        else:
            current.append(ch)
        at += 1
    pieces.append("".join(current))
    return pieces


def unescape(text: str) -> str:
    """Drop the backslash of every escape (``\\x`` → ``x``)."""
    if LITERAL not in text:
        return text
    out, at = [], 0
    while at < len(text):
        if text[at] == LITERAL and at + 1 < len(text):
            at += 1
        out.append(text[at])
        at += 1
    return "".join(out)


def split_label(head: str) -> tuple[str | None, str]:
    """The label at the start of a heading and the rest: the prefix that is a label of a family that prints a space
    after it, followed by that space (第一部分 标题, 1.1 标题), else the shortest prefix that is a label of a known
    family (一、标题, 1.标题), with a title left after it. One space after any label is skipped (titles never start
    with a space)."""
    space = head.find(" ", 1, 13)
    if space > 0 and head[space + 1:] and not head[space + 1:].startswith(" "):
        parsed = parse_label(head[:space])
        if parsed is not None and parsed.family in SPACED_FAMILIES:
            return head[:space], head[space + 1:]
    for length in range(1, min(len(head), 12) + 1):
        label = head[:length]
        parsed = parse_label(label)
        if parsed is None:
            continue
        rest = head[length:]
        if rest.startswith(" "):
            rest = rest[1:]
        elif parsed.family in SPACED_FAMILIES:
            continue
        if rest:
            return label, rest
    return None, head


def default_kind(label: str | None) -> str:
    """The kind a heading has when its line names none: part for 第一部分/第一章/第一节, section for
    other numbered headings, subhead for unnumbered ones."""
    if label is None:
        return "subhead"
    parsed = parse_label(label)
    return "part" if parsed is not None and parsed.family in ("part", "chapter", "jie") else "section"


__all__ = [
    "BEFORE_RUN_IN",
    "BYLINE",
    "CAPTION",
    "FENCE",
    "HEADING_LINE",
    "LITERAL",
    "NOTE",
    "NO_LABEL",
    "NUMBERED_ENTRY",
    "PARAGRAPH",
    "RESERVED_STARTS",
    "RULE",
    "RUN_IN_KINDS",
    "SECTION_KINDS",
    "SIGNATURE",
    "SPAN",
    "SUBTITLE",
    "TAG",
    "TAG_WORDS",
    "UNIT",
    "UNNUMBERED_ENTRY",
    "VERSION",
    "VERSION_KEY",
    "default_kind",
    "escape",
    "split_label",
    "split_unescaped",
    "unescape",
]
