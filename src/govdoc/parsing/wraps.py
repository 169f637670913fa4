"""Stage 2b: the printed column of a hard-wrapped text, and the lines its layout wrapped, joined again.

A text typeset in a column (a PDF extraction) has most of its lines of one width: the column. A line
as wide as the column (within a place) was wrapped by the layout and runs on into the next; the first
line of a paragraph is two places narrower, under its indent, whether the extraction kept the indent
or not; a line stops short of the column where the next line's first number or word did not fit. Type
may set full-width punctuation in half a place, so widths are measured both ways and the measure that
shows the column more sharply is taken.

``Columns(lines).unwrap()`` joins what the column shows to be one printed line, before the frame and
the blocks read the text: a title, a metadata row or a heading wrapped over several lines reads as it
was written. Only what the layout shows is joined; a text whose widths show no column (a web page, a
PDF extracted unevenly) is left as it is, and the block walk reads its wraps from the text.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from ..metrics import extract_metrics
from ..numbering import ANNEX_NUMBER
from .frame.chrome import is_chrome
from .frame.dates import date_only, posting_time
from .frame.fields import META_KEYS, fields_of, key_alone, meta_line, meta_table
from .frame.title import is_org_line, is_subtitle, source_behind, speaker, subtitle_goes_on
from .glossary import glossary_head
from .headings import lead_opener
from .lines import (
    ADDRESSED_ENDS,
    CONTENTS_HEAD,
    PHOTO_CREDIT_ENDS,
    Line,
    byline_of,
    caption_mark,
    ends_open,
    ends_sentence,
    ends_softly,
    is_furniture,
    is_salutation,
    opens_discourse,
    split_label,
    visible_length,
)
from .normalise import CJK, CJK_CHAR, bold_lead, doubled_throughout, join_wrapped

_MEETING_ENDS = ("会议上", "大会上")
_DASH_START = ("——", "――", "—", "―", "－－", "--", "─")
PRINT_COLUMN = 80  # no printed column is wider: lines around this long are whole paragraphs
REGULAR = 0.4  # share of the longer lines within a place of the commonest width: a typeset column
ANNEX = re.compile(rf"^附件\s*(?P<n>{ANNEX_NUMBER})?\s*[：:]?$")
"""A line that announces an attachment ("附件", "附件2："); the attachment's title follows it."""
_CLOSERS = frozenset("，。、；：！？”’）》」』】〕,.;:!?)]")  # marks that never open a line
_MARKS = re.compile("[，。、；：！？”’）》」』】〕（“‘《「『【〔]")  # full-width marks: type may compress them
# a half-width mark next to Chinese text (not inside a number, "3.45", "10:30"): an extraction that folds marks to
# half width (NFKC) prints "，" as ",", though type set it in a whole place
_HALF_MARK = re.compile(r"[,.;:!?()](?:(?<=[^\x00-\x7f][,.;:!?()])|(?=[^\x00-\x7f]))")  # (the mark first: fast)
UNBREAKABLE = re.compile(r"[0-9A-Za-z][0-9A-Za-z.,:/%‰\-]*")
"""A number or Latin word, which type never breaks across lines."""
_LEAD_TOKEN = re.compile(UNBREAKABLE.pattern + r"|[（“‘《「『【〔(\[].")
_SHORT_CJK = re.compile(f"[{CJK}]{{1,2}}")
_DISPLAY_REST = re.compile(f"[{CJK}]{{1,3}}")  # (the last word of a line of display type: "…营商环境" / "居委会")
_SENTENCE_MARK = re.compile(r"[，,。；;！？!?：:]")  # what a heading's title never holds
# what carries on a line of chrome wrapped at the column: a breadcrumb's step between two pages ("首页>…>政府信息公" /
# "开>规划计划"), or the link to the next page behind the previous one's ("上一条：…推进会" / "议召开 下一条：…")
_CHROME_GOES_ON = re.compile(r"[>＞»›]|(?:上一|下一)[篇条页]\s*[:：]")
_PREVIOUS = re.compile(r"(?:上一篇|上一条)\s*[:：]")  # a previous-and-next row runs on to the blank line below it
INNER_STOP = re.compile(r"[。；;！？!?]")  # a sentence end inside a line: text, not a title
_WORD_SPACE = re.compile(f"(?<=[{CJK}A-Za-z]) (?=[{CJK}A-Za-z])")  # a space between two words, which type sets


def display_width(text: str) -> float:
    """The place a line takes in a printed column: one for a full-width character, half for a half-width
    one (Latin letters, digits, ASCII marks, a space between words); a space next to a number or a mark
    takes none (extractors put those in where type has none)."""
    half = len(text.encode("ascii", "ignore"))
    spaces = text.count(" ")
    if spaces:
        spaces -= len(_WORD_SPACE.findall(text))
    return len(text) - half + (half - spaces) / 2


def compressed_width(text: str, width: float | None = None) -> float:
    """The place a line takes where type sets its full-width marks in half a place (``display_width``, or
    ``width`` where it is known, less half a place for each)."""
    return (display_width(text) if width is None else width) - len(_MARKS.findall(text)) / 2


def folded_width(text: str, width: float | None = None) -> float:
    """The place a line took in type where its marks were set full width and the extraction folded them to half
    width (``display_width``, or ``width`` where it is known, plus half a place for each half-width mark next to
    Chinese text)."""
    return (display_width(text) if width is None else width) + len(_HALF_MARK.findall(text)) / 2


MEASURES = (display_width, compressed_width, folded_width)
"""The ways type may have set a line's marks: as printed, compressed to half a place, folded to half width by the
extraction after type set them whole (the first that fits best is taken)."""


def _column(widths: list[float], cut: list[bool]) -> tuple[float, float]:
    """The commonest width of the longer lines (in half places, rounded) and the share of them within one
    place of it; 0 when too few of those stop mid-sentence for a column that wraps text (lines of one
    width that all end a sentence are a list, not a column)."""
    rounded = [(round(width * 2), cut[i]) for i, width in enumerate(widths) if width >= 8]
    if len(rounded) < 8:
        return 0.0, 0.0
    common = Counter(width for width, _ in rounded).most_common(1)[0][0]
    near = [mid for width, mid in rounded if abs(width - common) <= 2]
    wrapped = sum(near)
    if wrapped < 10 or wrapped * 3 < len(near):
        return 0.0, 0.0
    return common / 2, len(near) / len(rounded)


def _lead_width(text: str) -> float:
    """The width of what opens a line and cannot be cut from it: a number or Latin word, or an opening
    bracket with the character it opens (a line stops short when that did not fit at the end of the last).
    A line that is nothing but a number (a date, a time, a file name) opens with nothing that wrapped."""
    match = _LEAD_TOKEN.match(text)
    if match is None:
        # a character with a closing mark after it, which type never sets at the start of a line, moves down with
        # it ("设。"): the two take a place and a half at least (the mark set in half a place)
        return 1.5 if text[1:2] and text[1] in _CLOSERS else 1.0
    return display_width(match.group()) if match.end() < len(text) and text[match.end()] != " " else 0.0


# the characters a marked line can open with: a metadata key, a byline's mark or role word, ▲, a form of
# address, 附件, and what furniture opens with (a digit, a dash, 第, a QR blurb, a capital, 本期, 相关…)
_MARK_FIRST = frozenset(key[0] for key in META_KEYS) | frozenset(
    "□■◇◆○本特见实记通撰文图表摄作供编▲△各尊亲同女代附0123456789—-－ 第扫长识二关下相打分责审校主委"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ[%％‰（(")


def maybe_marked(text: str) -> bool:
    """False for a line no test of ``marked`` can take (most lines of text), told by its first character
    and a few ``in`` tests: the tests are patterns anchored at the start, but for metadata tables ("|"),
    spaced-out furniture ("自 / 家 / 门"), column labels (one or two characters) and leader dots ("··")."""
    first = text[:1]
    return (first in _MARK_FIRST or first.isspace() or len(text) <= 2 or "|" in text or "｜" in text
            or "/" in text or "\n" in text or text.endswith(("·", "•", *PHOTO_CREDIT_ENDS, *ADDRESSED_ENDS)))


def marked(text: str) -> str | None:
    """What kind of line stands apart from the text around it, by its own words: "meta" (a metadata row),
    "byline", "caption" (▲…, "图1 …"), "salutation", "annex" (附件2) or "furniture" (page furniture); None for text."""
    if not maybe_marked(text):
        return None
    if meta_line(text) or meta_table(text):
        return "meta"
    if byline_of(text) is not None:
        return "byline"
    if caption_mark(text) is not None:
        return "caption"
    if is_salutation(text):
        return "salutation"
    if ANNEX.match(text):
        return "annex"
    if is_furniture(text):
        return "furniture"
    return None


def flush_leads(lines: list[Line]) -> frozenset[int]:
    """The flush lines below a blank line that open with a lead sentence, a short topic phrase ending a
    sentence with the paragraph going on after it ("创建治理。今年以来，…"), where at least two do (a series).
    Leads open flush where paragraphs open indented: the clause above one ("…街道；") ended its paragraph,
    where with another line below the same blank line it could be a page break."""
    found = frozenset(
        i for i, line in enumerate(lines)
        if i and line.gap and line.indent < 2 and split_label(line.text) is None and marked(line.text) is None
        and (opener := lead_opener(i, line.text, extract_metrics)) is not None and opener.rest is not None
        and not opener.figures)
    return found if len(found) >= 2 else frozenset()


def _apart(line: Line) -> bool:
    """A line never joined to another: one the file marks (a heading level, a table row), a table row
    written as text (cells split by "|" or tabs), which has a stage of its own, or the heading of a table of
    contents ("目 录" under a title that fills the column)."""
    source = line.source
    return ((source is not None and (source.level is not None or source.cells is not None))
            or "|" in line.text or "｜" in line.text or "\t" in line.raw
            or (len(line.text) <= 12 and CONTENTS_HEAD.match(line.text) is not None))


def _is_date(text: str) -> bool:
    """A date or a posting time alone ("2026年1月22日", "2026-01-22 11:38"), tested cheaply first: this runs
    on every line."""
    return (text[-1:].isdigit() or text.endswith(("日", "）", ")"))) and (
        date_only(text) is not None or posting_time(text) is not None)


class Columns:
    """The column of a text's lines and what each line is to it (see the module docstring)."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        n = self.n = len(lines)
        self.at = {line.number: i for i, line in enumerate(lines)}
        texts = [line.text for line in lines]
        self.length = [len(text) - text.count(" ") for text in texts]  # (visible_length)
        # (the three of ``MEASURES``, each line's display width worked out once)
        whole = [display_width(text) for text in texts]
        measured = [whole, [compressed_width(text, width) for width, text in zip(whole, texts, strict=True)],
                    [folded_width(text, width) for width, text in zip(whole, texts, strict=True)]]
        # a line cut by the layout stops mid-sentence and the next line carries it on right below (not a line over
        # one that opens with a label: the entries of a list or a table of contents, "1、…决算表" / "2、…")
        stops = self.stops = [ends_sentence(text) or ends_softly(text) for text in texts]
        cut = [i + 1 < n and lines[i + 1].gap == 0 and not stops[i] and split_label(texts[i + 1]) is None
               for i in range(n)]
        # the column under each way of measuring (see ``MEASURES``): the one that shows the most lines of one width
        width, column, share = measured[0], *_column(measured[0], cut)
        for widths in measured[1:]:
            column_m, share_m = _column(widths, cut)
            if share_m > share:
                width, column, share = widths, column_m, share_m
        self.width = width
        self.column = column = column if share >= REGULAR and 12 <= column <= PRINT_COLUMN else 0.0
        regular = column > 0
        self.full = [regular and width[i] >= column - 1 for i in range(n)]
        # a line also fills the column when the next line's first number or word did not fit on it (the next line
        # below a column or page break too, where the line stops mid-sentence: "…垃圾分类发展" / "" / "4993.67%，…")
        self.fills = [self.full[i] or (
            regular and i + 1 < n and (lines[i + 1].gap == 0 or (lines[i + 1].gap <= 2 and not stops[i]))
            and width[i] >= column - 4 and width[i] + _lead_width(lines[i + 1].text) > column - 0.5) for i in range(n)]
        # the first line of a paragraph under an indent of two places fills the column too (dropped, the indent shows
        # only as that width), or, indented, stops where what opens the next line would not have fitted (half a place
        # short: a space by a number may have taken one)
        self.first = [regular and width[i] < column - 1 and (column - 2.5 <= width[i] or (
            lines[i].indent >= 2 and column - 4 <= width[i] and i + 1 < n and lines[i + 1].gap == 0
            and width[i] + 2 + _lead_width(lines[i + 1].text) > column - 0.5)) for i in range(n)]
        # paragraphs start indented when indented lines are followed by flush lines that carry them on
        self.indents = sum(1 for i in range(n - 1) if lines[i].indent >= 2 and lines[i + 1].indent < 2
                           and lines[i + 1].gap == 0 and (self.fills[i] or self.first[i])) >= 2
        # but some paragraphs open flush all the same (series of leads, paragraphs under them): a flush line of
        # text below a blank line, under a short line that ends a paragraph
        self.flush_opens = self.indents and any(
            lines[i].gap and lines[i].indent < 2 and not self.full[i - 1] and ends_sentence(lines[i - 1].text)
            and INNER_STOP.search(lines[i].text) is not None and split_label(lines[i].text) is None
            and marked(lines[i].text) is None for i in range(1, n))
        self.leads = flush_leads(lines) if self.indents else frozenset()
        # where the layout shows a paragraph opening: an indent, or a line as wide as the column under an
        # indent with a full line below it (a blank line between them is a page break, unless what stands below it
        # carries no paragraph on, a numbered heading or a lead in bold: then the line is a paragraph's last,
        # "…25108.25场！", "…楼宇绿化业委会;" above "群群众众一一网网通通办办。。今年以来,…")
        # (where paragraphs open indented, a flush line as wide as one under an indent is the end of a paragraph)
        self.opens = [lines[i].indent >= 2 if self.indents else (
            self.first[i] and i + 1 < n and self.fills[i + 1]
            and (lines[i + 1].gap == 0 or not (split_label(lines[i + 1].text) is not None or lines[i + 1].doubled
                                                or bold_lead(lines[i + 1].raw)))) for i in range(n)]
        # what ``wraps`` asks of a line on its own, filled in as it is first asked
        self._fields_at: dict[int, list[tuple[str | None, str]] | None] = {}
        self._date_at: list[bool | None] = [None] * n
        self.apart = [_apart(line) for line in lines]
        self._whole = [line.whole for line in lines]  # (a Word paragraph, never joined: see ``Line.whole``)
        self._chrome_at: list[bool | None] = [None] * n

    def span(self, line: Line) -> tuple[int, int]:
        """The indices of the first and the last input line of a printed line (a line of ``unwrap``)."""
        first = self.at[line.number]
        return first, (self.at[line.wrapped[-1].number] if line.wrapped else first)

    def _fields(self, i: int) -> list[tuple[str | None, str]] | None:
        """``fields_of`` of line i, computed once: a line is tested as the one that runs on and as the next."""
        if i not in self._fields_at:
            self._fields_at[i] = fields_of(self.lines[i].text)
        return self._fields_at[i]

    def _date(self, i: int) -> bool:
        """``_is_date`` of line i, computed once."""
        found = self._date_at[i]
        if found is None:
            found = self._date_at[i] = _is_date(self.lines[i].text)
        return found

    def _chrome(self, i: int) -> bool:
        """``is_chrome`` of line i, computed once."""
        found = self._chrome_at[i]
        if found is None:
            found = self._chrome_at[i] = is_chrome(self.lines[i].text)
        return found

    def _whole_row(self, i: int) -> bool:
        """``_whole_row`` of line i, from the fields and the date test computed once."""
        if self._date(i):
            return True
        text = self.lines[i].text
        if not (text[-1:].isdigit() or text.endswith(("日", "）", ")"))):
            pairs = self._fields(i)
            return pairs is not None and bool(pairs) and is_org_line(pairs[-1][1])
        pairs = self._fields(i)
        if not pairs:
            return False
        value = pairs[-1][1]
        # (a code ends its row: "索引号:MB2F13658N/2025-00012" above a line with Chinese text in it, the title)
        code = (CJK_CHAR.search(value) is None and i + 1 < self.n
                and CJK_CHAR.search(self.lines[i + 1].text) is not None)
        return date_only(value) is not None or posting_time(value) is not None or is_org_line(value) or code

    def wraps(self, i: int, start: int) -> bool:
        """Whether line i runs on into line i + 1 by the evidence of the layout: it fills the column (or the
        column under an indent, when it starts a paragraph), or it stops at a comma, and the next line
        starts nothing of its own (an indent, a label, a marked line, bold type). ``start`` is the first line
        of the printed line it belongs to (a paragraph that opened flush goes on across no page break below a
        sentence end: a flush line there opens a paragraph of its own).

        Every test below can only say no, so they run cheapest first; what a line is on its own is
        computed once (``stops``, ``apart``, ``_fields``, ``_date``, ``_chrome``), as each line is tested twice.
        """
        line, nxt = self.lines[i], self.lines[i + 1]
        # bold type runs on into bold type, or into the bold lead of a run-in heading that goes on plain;
        # a blank line or two between is a column or page break (the next line's indent or width tells a
        # paragraph that opens after a blank line)
        if nxt.gap > 2:
            return False
        text = line.text
        if self._chrome(start):  # a line of page chrome is whole but for a breadcrumb or a previous-and-next row
            return nxt.gap == 0 and INNER_STOP.search(nxt.text) is None and (  # wrapped (``_CHROME_GOES_ON``)
                (_CHROME_GOES_ON.search(nxt.text) is not None and not self._chrome(i + 1))
                or _PREVIOUS.match(self.lines[start].text) is not None)
        full = self.fills[i] or (start == i and self.first[i])
        if not (full or (ends_open(text) and self.width[i] >= 8)):
            return False
        if self.apart[i] or self.apart[i + 1]:
            return False
        if nxt.doubled != line.doubled:
            # display type (fake bold) runs on only into display type, into the bold lead of a run-in heading
            # that goes on plain, or, when only its digits or marks were doubled, into the line right below
            bold, nxt_bold = doubled_throughout(line.raw), doubled_throughout(nxt.raw)
            if bold and nxt.gap and split_label(line.text) is not None:
                return False  # a numbered heading in bold ends at a blank line, whatever bold lead follows
            # (a lead in bold that fills the line to its sentence end runs on into its plain text glued below:
            # "发发展展、、…改改造造。。" / "一年来，全区，…")
            lead_on = (bold and nxt.gap == 0 and not nxt_bold and self.full[i] and ends_sentence(text)
                       and split_label(nxt.text) is None)
            if not ((bold and bold_lead(nxt.raw, after_bold=True)) or (nxt.gap == 0 and not bold and not nxt_bold)
                    or lead_on):
                return False
        elif not line.doubled and bold_lead(nxt.raw):
            return False  # plain text never runs on into the bold lead of a run-in heading ("物物业业。。今年以来…")
        stops = self.stops[i]
        # across a blank line a line runs on where a column or page break cut the text: mid-sentence, or
        # with the next line flush below indents; a metadata field never does
        if nxt.gap and ((stops and not (self.full[i] and self.indents and not self.flush_opens and nxt.indent < 2
                                        and not self.opened_flush(start) and i + 1 not in self.leads))
                        or self._fields(i) is not None):
            return False
        if nxt.gap and stops and (_SENTENCE_MARK.search(nxt.text[:-1]) is None or glossary_head(nxt.text)):
            return False  # below a sentence end and a blank line, a line without sentence marks is a heading
        if nxt.gap and (label := split_label(text)) is not None and _SENTENCE_MARK.search(label.rest) is None:
            return False  # a numbered heading set apart ("第三章 社区社区美丽家园社区"), however wide
        if (nxt.gap and _SENTENCE_MARK.search(text) is None and not ends_open(text)
                and (self.opens[i + 1] or opens_discourse(nxt.text))):
            return False  # so is a title or heading with no sentence mark in it, above a paragraph's start
        if nxt.gap and not self.full[i] and (i + 2 >= self.n or self.lines[i + 2].gap):
            return False  # a line under an indent, and a line set apart below: neither runs on
        # (a full line that ends a clause runs on into a line whose shortness the number or word that did not fit
        # on it explains as well as an indent: "…平台水平精细化;" / "企业文明·生活管理!文化ABC物业" / "46786.86台")
        clause_on = self.full[i] and ends_softly(text) and self.fills[i + 1] and not self.full[i + 1]
        # (nor where this line is itself a paragraph's first line under a lost indent and stops mid-sentence, with a
        # sentence mark in it: "近期，财政部增加下达…新增专项" / "债务限额352亿元，…", a line whose half-width
        # digits make it look short enough to open a paragraph too)
        first_on = (self.first[i] and not stops and not ends_softly(text) and nxt.gap == 0
                    and _SENTENCE_MARK.search(text) is not None and split_label(text) is None)
        if (self.opens[i + 1] and not ends_open(text) and (stops or not self.fills[i] or self.indents) and not clause_on
                and not first_on):
            # the next line opens a paragraph (this one is a heading, or a paragraph's end); where paragraphs open
            # indented, an indented line opens one below a full line too ("七宝镇2010年…统计公报" as wide as the column)
            return False
        # a sentence that ends where the line ends: the paragraph goes on only if the next line is not the
        # first of a paragraph (it is flush below indents, or as wide as the column)
        if stops and not (full and (self.indents or self.fills[i + 1])):
            return False
        if self._whole_row(i):
            return False  # a date, a posting time or a dated field ends its line ("发布日期：2017/05/15")
        if i > 0 and key_alone(self.lines[i - 1].text) is not None:
            return False  # the value of a key printed alone above it ("• 索引号:" / "MB2F13658N/2025-00012")
        if self._chrome(i) or self._chrome(i + 1):
            return False  # a line of page chrome is whole, and so is the line above one ("网站标识码：…")
        if split_label(nxt.text) is not None and not ends_open(text):
            return False
        if self._fields(i + 1) is not None or self._date(i + 1):
            return False  # a metadata field or a date opens a line of its own ("发文日期：…", "2026-01-22 11:38")
        if is_subtitle(nxt.text) or speaker(nxt.text) is not None:
            return False  # so do a title's subtitle ("——在…会议上") and its speaker ("七宝镇镇长 陈晨")
        if i + 2 < self.n and self._date(i + 2) and is_org_line(nxt.text):
            return False  # and a signature: an issuing body's name with the date below it
        kind = marked(nxt.text)
        # the last character or two of a wrapped line, which alone would read as a column label ("聚焦")
        return kind is None or (kind == "furniture" and full and not ends_sentence(text)
                                and _SHORT_CJK.fullmatch(nxt.text) is not None)

    def opened_flush(self, start: int) -> bool:
        """Whether the printed line that starts at line ``start`` opens a paragraph flush left: it is flush, and
        no page number stands right above it (below one, a flush line carries on the paragraph before)."""
        return self.lines[start].indent < 2 and not (start > 0 and marked(self.lines[start - 1].text) == "furniture")

    def display_rest(self, i: int) -> bool:
        """Whether line i + 1 is the last word of line i in display type (fake bold), wrapped, three characters at
        most ("…统计公公" / "报报", "…营营商商环环境境" / "居居委委会会"): the column needs no measuring for that."""
        line, nxt = self.lines[i], self.lines[i + 1]
        return (line.doubled and nxt.doubled and nxt.gap == 0 and visible_length(line.text) >= 8
                and not _apart(line) and doubled_throughout(line.raw) and _DISPLAY_REST.fullmatch(nxt.text) is not None
                and not (ends_sentence(line.text) or ends_softly(line.text)))

    def subtitle_ends(self, i: int, j: int) -> bool:
        """Whether line j ends the meeting subtitle that line i opens ("——…在…" / "…会议上"): nothing runs on."""
        # (a clean line has no trailing line break, so "$" of the pattern is its end: the ending is tested)
        return self.lines[j].text.endswith(_MEETING_ENDS) and is_subtitle(self.lines[i].text)

    def subtitle_rest(self, text: str, j: int) -> bool:
        """Whether line j + 1 is the rest of a subtitle wrapped before its end (``text``: the subtitle so far),
        "——…在…第十四届" / "人民代表大会…会议上", or of the source glued behind it ("来源：上海发布" / "客户端"), a
        blank line between at most ("…会议上来" / "" / "源:闵行报": a break)."""
        nxt = self.lines[j + 1]
        return nxt.gap <= 1 and text.startswith(_DASH_START) and subtitle_goes_on(text, nxt.text)

    def unwrap(self) -> list[Line]:
        """The printed lines: the input lines, with those the layout wrapped joined into one line that keeps
        them in ``wrapped`` (its number is its first line's). In a text with no column only display type
        wrapped before its last characters is joined."""
        out: list[Line] = []
        lines, n = self.lines, self.n
        i = 0
        while i < n:
            j = i
            text = lines[i].text
            while j + 1 < n and self._goes_on(i, j, text):
                j += 1
                text = join_wrapped(text, lines[j].text)
            if j == i:
                out.append(lines[i])
            else:
                # a bold lead wrapped over lines is a paragraph, not a display line
                out.append(dataclasses.replace(lines[i], text=text, doubled=lines[j].doubled,
                                               wrapped=tuple(lines[i:j + 1])))
            i = j + 1
        return out

    def _goes_on(self, i: int, j: int, text: str) -> bool:
        """Whether the printed line that opens at line i (``text`` so far, to line j) goes on into line j + 1."""
        if self._whole[j] or self._whole[j + 1] or self.subtitle_ends(i, j):
            return False
        line = self.lines[j]
        dashed = text.startswith(_DASH_START)  # ("－" and "－…" joined open with "－－")
        if (dashed and self.subtitle_rest(text, j)) or (line.doubled and self.display_rest(j)):
            return True
        # (a subtitle ending with the source glued behind it goes on only into the rest of the source)
        return self.column > 0 and not (dashed and source_behind(text)) and self.wraps(j, i)


_PAGE_NUMBER = re.compile(r"[—\-－]*\s*(?:第\s*)?[0-9]{1,4}\s*(?:页\s*)?[—\-－]*")  # (one way to match a space)
_TEXT_MARK = re.compile(r"[，,；;、：:。！？!?]")  # a mark of running text (a table cell or a heading has none)


def skip_page_numbers(lines: list[Line]) -> list[Line]:
    """The lines without the page numbers a page break left inside a paragraph: a number ("17", "— 17 —",
    "第 8 页") set apart by blank lines, between a line of text that stops mid-sentence and a flush line of text
    that carries it on (the line above has marks of text, or the line below opens with the number that did not fit
    on it). The line below keeps the break (a blank line before it), which ``wraps`` weighs; a number between lines
    without marks of text (the cells of a table written line by line, a short line above a break) is kept."""
    n = len(lines)
    skipped = [k for k in range(1, n - 1) if lines[k].gap and lines[k + 1].gap and len(lines[k].text) <= 9
               and _PAGE_NUMBER.fullmatch(lines[k].text) is not None
               and not (ends_sentence(lines[k - 1].text) or ends_softly(lines[k - 1].text))
               and (_TEXT_MARK.search(lines[k - 1].text) is not None
                    or UNBREAKABLE.match(lines[k + 1].text) is not None)
               and _TEXT_MARK.search(lines[k + 1].text) is not None
               and lines[k + 1].indent < 2 and split_label(lines[k + 1].text) is None]
    if not skipped:
        return lines
    out = list(lines)
    for k in reversed(skipped):
        out[k + 1] = dataclasses.replace(out[k + 1], gap=max(out[k].gap, out[k + 1].gap))
        del out[k]
    return out


def unwrap(lines: list[Line]) -> tuple[list[Line], Columns]:
    """The printed lines of a text (see ``Columns.unwrap``) and its column, page numbers inside paragraphs
    skipped (``skip_page_numbers``)."""
    columns = Columns(skip_page_numbers(lines))
    return columns.unwrap(), columns


__all__ = ["ANNEX", "INNER_STOP", "MEASURES", "PRINT_COLUMN", "Columns", "compressed_width", "display_width",
           "flush_leads", "folded_width", "marked", "maybe_marked", "skip_page_numbers", "unwrap"]
