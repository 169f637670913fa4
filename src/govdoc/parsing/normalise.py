"""Stage 2: clean characters within a line. Odd spaces and invisible characters, fake-bold doubling,
and the spaces PDF extraction inserts around numbers and punctuation.

Punctuation is otherwise kept as printed: half-width "," in Chinese text stays "," (the rest of the
parser treats "," and "，" alike), so the clean text is faithful to the source.
"""

from __future__ import annotations

import re
from itertools import pairwise

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
CJK_PUNCT = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2010-\u2027\u2030-\u205e\u00b7"
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e"
_ODD_SPACE = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_CONTROL = [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), 0xFFFE, 0xFFFF]
# one str.translate pass: invisible and control characters out, odd spaces to an ASCII space
_CHARACTER_MAP: dict[int, str | None] = {
    **{ord(ch): None for ch in _INVISIBLE},
    **dict.fromkeys(_CONTROL),
    **{ord(ch): " " for ch in _ODD_SPACE},
}
# (lone surrogates spelt with chr(): a compiled build cannot hold them in a string literal)
_SURROGATES = chr(0xD800) + "-" + chr(0xDFFF)
_SURROGATE = re.compile("[" + _SURROGATES + "]")
# what the map would change (ideographic spaces apart: str.replace is far cheaper than translate) or the
# surrogate pattern would take out
_MAPPED = re.compile("[" + "".join(re.escape(chr(c)) for c in _CHARACTER_MAP if c != 0x3000) + _SURROGATES + "]")
_MULTI_SPACE = re.compile(" {2,}")

# Fake bold: PDF tools that print a bold face by drawing every glyph twice extract "22002200".
_DOUBLED_DIGITS = re.compile(r"(?<![0-9])((?:([0-9])\2){3,})(?![0-9])")
_DOUBLED_PUNCT = re.compile(r"([（）“”‘’《》〈〉【】「」『』、，：；])\1")
_SIX_DIGITS = re.compile("[0-9]{6}")  # cheap test: doubled digits need six in a row
_DOUBLED_OPEN = re.compile(r"([（“《、])\1")
# Cheap tests, one scan each: six digits in a row, or a doubled punctuation mark (captured behind it)
_PUNCT = "（）“”‘’《》〈〉【】「」『』、，：；"
_MAYBE_DOUBLED = re.compile(f"[0-9{_PUNCT}](?:(?<=[0-9])[0-9]{{5}}|(?<=([{_PUNCT}]))\\1)")
_MAYBE_DOUBLED_OPEN = re.compile("[0-9（“《、](?:(?<=[0-9])[0-9]{5}|(?<=([（“《、]))\\1)")

# A space goes when it stands next to CJK punctuation, or between CJK and a digit or ASCII punctuation.
# Each pattern starts with the space (the character before it is looked at behind the space), so the
# regex engine skips straight from one space to the next instead of trying a lookbehind everywhere.
# (?<!  ): a run of spaces is tried from its first space only, not from each (that was quadratic)
_SPACE_NEAR_PUNCT = re.compile(f" (?<!  )(?:(?<=[{CJK_PUNCT}] ) *| *(?=[{CJK_PUNCT}]))")
_SPACE_CJK_DIGIT = re.compile(
    f" (?:(?<=[{CJK}] ) *(?=[0-9.%\\-+~])|(?<=[0-9%.,\\-~+] ) *(?=[{CJK}])|(?<=[{CJK}] ) *(?=[,.;:!?()])"
    f"|(?<=[,;:!?()] ) *(?=[{CJK}0-9]))"
)
# "7 . 5" and "7. 5" are 7.5; "50 %" is 50% (the point is group 1 or 2, whichever side the space is on)
_SPACE_IN_NUMBER = re.compile(r" (?<=[0-9] ) *([.．]) *(?=[0-9])|(?<=[0-9])([.．]) +(?=[0-9])| (?=[%％‰])(?<=[0-9] )")
_LABEL_BEFORE_DIGIT = re.compile(r"^ *([1-9][0-9]{0,2}[.．]) +(?=[0-9])")
_LABEL_AT = re.compile(r" *([1-9][0-9]{0,2}[.．]) +(?=[0-9])")  # the same, anchored where matching starts


CJK_CHAR = re.compile(f"[{CJK}]")  # one Chinese character
_LABEL_MARKS = frozenset("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳（(【［")  # what opens a heading's label, never doubled in text
_EQUAL_NEIGHBOURS = re.compile(r"(.)\1", re.S)
# a heading's number drawn twice with its mark ("22..", "三三、、"): text never doubles a label's mark
_DOUBLED_NUMBER = re.compile(r"(?:([0-9一二三四五六七八九十])\1)+([.．、])\2")


_STOPS = frozenset("。：:！？；;")


def _doubled_run(text: str) -> tuple[int, int, int, int]:
    """The run of doubled characters that opens ``text`` (a space in it is drawn once): where it ends, how
    many pairs it holds, and where its last doubled stop ("。。") ends with the pairs up to there."""
    i = pairs = stop = stop_pairs = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == " ":
            i += 1
        elif i + 1 < n and text[i + 1] == ch:
            pairs += 1
            i += 2
            if ch in _STOPS:
                stop, stop_pairs = i, pairs
        else:
            break
    return i, pairs, stop, stop_pairs


def _bold_lead(text: str, after_bold: bool) -> int:
    """The length of a fake-bold lead that opens a line of plain text, or 0.

    A run-in heading set in bold ("（（一一））区区域域规规划划。。立足资源…") has its lead drawn twice: a run
    of pairs up to a doubled stop ("。。", never seen in real text; plain text after it may open with a
    real reduplication, "紧紧围绕"), or four pairs and more ending at a stop. Right below a line drawn
    twice throughout, the lead that carries it on may be shorter.
    """
    end, pairs, stop, stop_pairs = _doubled_run(text)
    if end >= len(text) or pairs == 0:
        return 0
    if stop and stop_pairs >= (1 if after_bold else 2):
        return stop
    if text[end] in _STOPS and pairs >= (1 if after_bold else 2 if text[end] in "：:" else 4):
        return end  # (a topic's name in bold before its plain colon, "价价格格:全年…", is two pairs at least)
    return 0


def _undoubled_line(text: str, after_bold: bool = False) -> str | None:
    """The line with every character drawn once, when fake bold drew (nearly) all of it twice.

    "（二二）稳稳步步推推进进城城市市更更新新" → "（二）稳步推进城市更新". Characters are paired greedily;
    the line counts as doubled when at least three pairs are found and nine in ten of its Chinese
    characters stand in pairs, so real reduplication inside ordinary text (常常, 人人, 天天向上) is kept.
    Right below a doubled line (``after_bold``), a line drawn twice throughout is the rest of it, however
    short ("障障" under "（（一一））坚坚持持…屏屏"). A bold lead is undone too (see ``_bold_lead``).
    """
    if len(text) < (2 if after_bold else 6):
        return None
    if _EQUAL_NEIGHBOURS.search(text, 0, 12) is None:  # cheaper still: most lines have no pair at all
        return None
    head = text[:12]
    if sum(1 for a, b in pairwise(head) if a == b) < (1 if after_bold else 2):  # cheap: doubling shows at once
        return None
    out: list[str] = []
    paired = single = 0
    others = 0  # characters other than Chinese ones, and spaces, left single ("②②ＡＡ楼楼宇宇" has none)
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if i + 1 < n and text[i + 1] == ch:
            out.append(ch)
            if CJK_CHAR.match(ch):
                paired += 1
            i += 2
        else:
            out.append(ch)
            if CJK_CHAR.match(ch):
                single += 1
            elif ch != " ":
                others += 1
            i += 1
    # a short heading drawn twice throughout, its label and letters too: "②②ＡＡ楼楼宇宇" is "②Ａ楼宇"; so is a
    # shorter one that opens with a label drawn twice, which real text never doubles ("②②㐀㐀ＡＡ", "22..ＡＡ龘龘")
    whole = single == others == 0 and (
        (paired >= 2 and len(text) - text.count(" ") >= 8)
        or (len(out) >= 3 and ((text[0] == text[1] and text[0] in _LABEL_MARKS)
                               or _DOUBLED_NUMBER.match(text) is not None)))
    if (paired >= 3 and paired >= 9 * single) or whole or (after_bold and paired >= 1 and single == 0):
        return "".join(out)
    lead = _bold_lead(text, after_bold)
    if lead:
        return _undoubled_run(text[:lead]) + text[lead:]
    return None


def _undoubled_run(text: str) -> str:
    """A run of doubled characters drawn once (a space in it was drawn once)."""
    out: list[str] = []
    i = 0
    while i < len(text):
        out.append(text[i])
        i += 1 if text[i] == " " else 2
    return "".join(out)


def _bold_digits(text: str, run: re.Match[str]) -> bool:
    """Whether a run of doubled digits was drawn twice (fake bold), not printed so ("554400万元" is a sum): the
    characters beside it are drawn twice too ("22002233年年", "（（112233））"), or it is a year ("22002233年",
    "（22002233—"), eight digits no sum is printed as."""
    once = run.group(1)[::2]
    after, before = text[run.end():run.end() + 2], text[max(0, run.start() - 2):run.start()]
    if (len(after) == 2 and after[0] == after[1]) or (len(before) == 2 and before[0] == before[1]):
        return True
    return len(once) == 4 and once[:2] in ("19", "20")


def _undoubled_digits(text: str) -> str:
    """``text`` with every run of digits drawn twice drawn once (see ``_bold_digits``)."""
    return _DOUBLED_DIGITS.sub(lambda m: m.group(1)[::2] if _bold_digits(text, m) else m.group(0), text)


def undouble(text: str, *, after_bold: bool = False) -> str:
    """Undo fake-bold doubling: "22002200年" → "2020年", "（（中））" → "（中）", "、、" → "、", a line
    drawn twice throughout ("稳稳步步推推进进" → "稳步推进") and a bold lead ("区区域域。。立足" → "区域。立足").

    Only runs of at least three doubled digits are undone, and only beside other doubled characters or as a
    year, so genuine numbers such as 1100, 2000 or 554400 stay, and only punctuation that is never doubled in
    real text; characters such as 常常 are kept.
    ``after_bold``: the line before was drawn twice throughout (see ``_undoubled_line``).
    """
    whole = _undoubled_line(text, after_bold)
    if whole is not None:
        return whole
    if _MAYBE_DOUBLED.search(text) is None:
        return text
    if _SIX_DIGITS.search(text) is not None:
        text = _undoubled_digits(text)
    return _DOUBLED_PUNCT.sub(r"\1", text)


def is_doubled(raw: str, *, after_bold: bool = False) -> bool:
    """True when a line shows fake-bold doubling throughout (a sign of display type such as a headline);
    a line with a bold lead only is body text."""
    text = raw.strip()
    whole = _undoubled_line(text, after_bold)
    if whole is not None:
        return _bold_lead(text, after_bold) == 0
    if _MAYBE_DOUBLED_OPEN.search(raw) is None:
        return False
    if _SIX_DIGITS.search(raw) is not None and any(_bold_digits(raw, m) for m in _DOUBLED_DIGITS.finditer(raw)):
        return True
    return _DOUBLED_OPEN.search(raw) is not None and not bold_lead(raw)


def doubled_throughout(raw: str) -> bool:
    """True when fake bold drew a whole line twice (not only its digits, not only a lead); a short line is
    judged so when every character of it stands in a pair."""
    text = raw.strip()
    if _undoubled_line(text) is not None:
        return _bold_lead(text, False) == 0
    end, pairs, _, _ = _doubled_run(text)
    return pairs >= 1 and end >= len(text)


def bold_lead(raw: str, *, after_bold: bool = False) -> bool:
    """True when a line opens with a fake-bold lead and goes on in plain type (a bold run-in heading)."""
    text = raw.strip()
    return _bold_lead(text, after_bold) > 0


# one piece of a letter-spaced line: a character with a mark on either side at most, or a number with its unit
_SPACED_PIECE = re.compile(f"[{CJK_PUNCT}]?[{CJK}][{CJK_PUNCT}]?|[{CJK_PUNCT}]|[0-9]+(?:[.．][0-9]+)?[{CJK}%％]?")
_SPACED_MIN = 4  # the fewest pieces a letter-spaced line has


def _letter_spaced(pieces: list[str]) -> bool:
    """Whether a line's pieces between spaces are those of a line that sets a space after every character, as
    some PDF extractions do ("济  南  市  财  政  局", "一  、  2025年  全  市  …"): three single Chinese characters at
    least, and no piece longer than a character with its mark or a number with its unit."""
    return (len(pieces) >= _SPACED_MIN and sum(1 for piece in pieces if len(piece) == 1 and piece >= "\u3400") >= 3
            and all(_SPACED_PIECE.fullmatch(piece) is not None for piece in pieces))


def clean_spaces(text: str) -> str:
    """Remove the spaces extraction puts around numbers and punctuation, and those a letter-spaced line sets after
    every character; keep spaces between phrases.

    A list label at the start keeps its space before a number: "2. 15分钟生活圈" is entry 2, not 2.15.
    """
    if text.count(" ") >= _SPACED_MIN - 1 and _letter_spaced(pieces := text.split()):
        text = "".join(pieces)
    labels: list[str] = []
    position = 0
    while (label := _LABEL_AT.match(text, position)) is not None:  # a loop: "1. 1. 1. …" must not recurse
        labels.append(f"{label.group(1)} ")
        position = label.end()
    if labels:
        return "".join(labels) + clean_spaces(text[position:])  # the rest starts with a digit, no label
    text = _MULTI_SPACE.sub(" ", text)
    text = _SPACE_NEAR_PUNCT.sub("", text)
    text = _SPACE_CJK_DIGIT.sub("", text)
    return _SPACE_IN_NUMBER.sub(lambda m: m.group(1) or m.group(2) or "", text)


def clean_line(raw: str, *, after_bold: bool = False) -> str:
    """Clean one line: invisible and control characters out, odd spaces to ASCII, fake bold undone
    (``after_bold``: the line before was drawn twice throughout, see ``undouble``)."""
    text = raw.replace("\u3000", " ") if "\u3000" in raw else raw
    if _MAPPED.search(text) is not None:
        text = text.translate(_CHARACTER_MAP)
        if not text.isascii():
            text = _SURROGATE.sub("", text)
    # spaces at either end go in the end, and no cleaning rule looks across them: strip them first
    text = undouble(text.strip(), after_bold=after_bold).strip()
    return (clean_spaces(text) if " " in text else text).strip()


def clean_and_doubled(raw: str, *, after_bold: bool = False) -> tuple[str, bool]:
    """``clean_line(raw)`` and ``is_doubled(raw)`` at once: for a line with nothing to map (most lines) both
    look at the same stripped text, so the doubled-line test and the pair search run once, not twice."""
    text = raw.strip()  # (an ideographic space at either end goes with the strip, as it does in clean_line)
    # every character the map changes is a control, format or space character, which isprintable (one C
    # loop) rejects: a printable line (most lines) needs no search
    if not raw.isprintable() and ("\u3000" in text or _MAPPED.search(raw) is not None):
        return clean_line(raw, after_bold=after_bold), is_doubled(raw, after_bold=after_bold)
    whole = _undoubled_line(text, after_bold)
    if whole is not None:
        doubled = _bold_lead(text, after_bold) == 0
        text = whole.strip()
    elif _MAYBE_DOUBLED.search(text) is None:
        # nothing doubled: and _MAYBE_DOUBLED_OPEN, which looks for fewer marks, finds nothing either
        doubled = False
    else:
        doubled = is_doubled(raw, after_bold=after_bold)
        if _SIX_DIGITS.search(text) is not None:
            text = _undoubled_digits(text)
        text = _DOUBLED_PUNCT.sub(r"\1", text).strip()
    return (clean_spaces(text) if " " in text else text).strip(), doubled


def unspace_letters(title: str) -> str:
    """Join a letter-spaced title: "综 合" → "综合", "总  则" → "总则"; "初心 是让…" keeps its space.

    Display titles are often set with a space between every character; when every piece between
    spaces is a single character, the spaces are layout, not words.
    """
    if " " not in title:
        return title
    pieces = title.split()
    return "".join(pieces) if len(pieces) >= 2 and all(len(piece) == 1 for piece in pieces) else title


def join_wrapped(left: str, right: str) -> str:
    """Join a hard-wrapped line to its continuation: no space, except between two Latin words."""
    if left and right and left[-1].isascii() and left[-1].isalpha() and right[0].isascii() and right[0].isalpha():
        return f"{left} {right}"
    label = _LABEL_BEFORE_DIGIT.match(right)
    if label is not None:  # not a list label after all but the rest of a number: "占\n8. 22%"
        right = label.group(1) + right[label.end():]
    return left + right  # both halves are clean lines; nothing at the seam needs cleaning


def unspaced(text: str) -> str:
    """``text`` without any spaces, to compare two copies of one text that were broken or spaced differently."""
    return "".join(text.split())
