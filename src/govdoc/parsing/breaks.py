"""Line breaks a copy lost: a page's title, or a numbered heading's topic, run into the text after one space.

A portal's text pasted through some editors, or a PDF extracted without its layout, keeps one space where a line
break was: "2023年天镇县国民经济和社会发展统计公报 2023年是…", "二、农 业 全年农作物种植面积…，…". The parser
cleans such spaces away (a space between CJK text and a digit is dropped), which would run the title or the topic
into the text; ``restore_breaks`` puts those lines back first, and the table's caption such a line ends with. A
label in the middle of such a line is left where it is: the annotation rules read a line that lost its breaks as
one paragraph, and a label inside a paragraph heads nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .frame.title import document_title
from .source import SourceLine

# a space where a paragraph ended: after a full stop, a question or an exclamation mark
_AFTER_SENTENCE = re.compile(r"(?<=[。！？])[ \u3000]+(?=\S)")
# a top-level or second-level label, its short topic, a space, and its text: "一、综 合 初步核算，…" (a topic of two
# characters printed spaced out), "（二）工业 全年…"
_RUN_IN = re.compile(
    r"^(?P<head>(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
    r"(?:[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){1,3}|[^ \u3000。，；：！？,;:!?“”\"]{2,24}?))"
    r"[ \u3000]+(?P<text>\S.*)$")
# a table's caption that ends such a line after its last sentence: "…良好态势。 表1 上虞经济社会发展主要指标"
_LAST_CAPTION = re.compile(r"(?<=[。！？])[ \u3000]+(?P<caption>表[ \u3000]?[0-9０-９]{1,2}[ \u3000:：、．.]?"
                           r"[^ \u3000。，；：！？,;:!?|｜]{2,40})$")
_LABEL_STARTS = frozenset("一二三四五六七八九十（(")
_TEXT = re.compile(r"[，。；,;]")
# the first break in the text after the space: a clause's ("，") where that text is a sentence, a full stop where the
# space parted two phrases of the title and the title ends there (in a line that kept its breaks: in one that lost
# them, a space is where a break was)
_CLAUSE_END = re.compile(r"[，。；！？,;!?]")
_CLAUSE_BREAKS = "，；,;"
# (a line this long with breaks after its sentences lost them; a shorter one may print a space after a full stop)
_LONG = 120


def restore_breaks(line: SourceLine) -> tuple[SourceLine, ...]:
    """``line`` as the lines it was before a copy joined them, or as it is. Only raw text's lines (no style, no
    table) are read: a long one that lost the breaks after its sentences gives up the title it opens with and the
    table's caption it ends with, and any one its labelled heading opens gives up that heading's topic."""
    text = line.text
    if line.style is not None or line.cells is not None:
        return (line,)
    # (the cheap tests first: this runs on every line of raw text, and nearly every one is left as it is)
    lost = len(text) >= _LONG and ("\u3000" in text or " " in text) and _AFTER_SENTENCE.search(text) is not None
    if not lost and text.lstrip()[:1] not in _LABEL_STARTS:
        return (line,)
    parts, tail = [text], []
    if lost:
        title, space, rest = text.strip().partition(" ")
        if space and document_title(title):  # the title of the page before its first sentence ("…统计公报 2023年是…")
            parts = [title, rest.lstrip(" \u3000")]
        if (caption := _LAST_CAPTION.search(parts[-1])) is not None:  # "…态势。 表1 主要指标"
            parts[-1], tail = parts[-1][:caption.start()].rstrip(), [caption.group("caption")]
    parts[-1:] = _parts(parts[-1], lost=lost)
    parts += tail
    if len(parts) == 1:
        return (line,)
    return tuple(replace(line, text=part, blank_before=line.blank_before if k == 0 else 0)
                 for k, part in enumerate(parts))


_NO_LINE_OPENS = frozenset("，,、。；;：:！？!?）)》”")


def _parts(piece: str, *, lost: bool) -> list[str]:
    """A labelled heading's topic and its text as two lines ("一、综 合" / "初步核算，…"), any other piece as one.
    A space beside a digit parts nothing in a line that kept its breaks: text extracted from a PDF or typed by hand
    spaces digits from the words around them ("二、区绩效考评机构要将 2023年…", "一、2023 年重点…")."""
    piece = piece.strip()
    match = _RUN_IN.match(piece) if piece[:1] in _LABEL_STARTS else None
    if match is None:
        return [piece]
    head, text = match.group("head"), match.group("text")
    if (_TEXT.search(text) is None or len(text) < 8 or head[-1].isdigit() or (not lost and text[0].isdigit())
            or text[0] in _NO_LINE_OPENS):
        return [piece]  # (no line opens with a comma: "（一）始终坚持以进促稳 ,经济发展稳进向好。" is one)
    clause = _CLAUSE_END.search(text)
    if not lost and (clause is None or clause.group() not in _CLAUSE_BREAKS):
        return [piece]  # "（一）社区 社区。我们…": a title of two phrases a space parts, run into its text at the "。"
    return [head, text]


__all__ = ["restore_breaks"]
