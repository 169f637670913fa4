"""Stage 3b: lines into blocks. Hard-wrapped lines are joined into paragraphs, also across blank
lines left by column and page breaks; headings, captions, bylines and furniture stay apart.

Two layouts are read:

* raw extraction (the usual case): whether a line continues is judged from its end (a sentence
  end closes it, a comma or digit keeps it open) and from its length against the lines around it
  (a line as long as its neighbours was wrapped by the layout);
* indented text (paragraphs start with two ideographic spaces, govdoc's canonical text among
  them): an indented line starts a paragraph, a line flush left is a heading or a marked line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from .frame.fields import meta_line, meta_table
from .frame.title import YEAR_SPAN, document_title, wrapped_before_last_words
from .glossary import glossary_entry, glossary_head
from .headings import opens_series
from .lines import (
    ATTACHMENT_KEY,
    COMMA,
    CONTENTS_ENTRY,
    CONTENTS_HEAD,
    DUTY,
    PUBLICATION_NOTE,
    SECTION_NUMBER,
    SECTION_NUMBER_FIRST,
    Labelled,
    Line,
    byline_of,
    caption_mark,
    closes_unopened,
    ends_open,
    ends_sentence,
    ends_softly,
    glued_heading,
    is_furniture,
    is_salutation,
    is_unit_note,
    opens_discourse,
    split_label,
    unclosed,
    visible_length,
)
from .normalise import CJK, CJK_CHAR, bold_lead, join_wrapped
from .wraps import (
    ANNEX,
    INNER_STOP,
    MEASURES,
    PRINT_COLUMN,
    Columns,
    flush_leads,
    maybe_marked,
    unwrap,
)

_SHORT_REST = re.compile(f"[{CJK}]{{1,3}}")  # the last characters of a wrapped heading
WINDOW = 5  # lines on each side that set the local line width
_INNER_PUNCT = re.compile(r"[，,；;。：:！？!?、]")
_INNER_SENTENCE = re.compile(r"[，,；;。！？!?]")
_CLAUSE_END = re.compile(r"[；;]")
_DASHES = ("——", "－－", "--")
_SHORT_CJK = re.compile(f"[{CJK}]{{1,2}}")
_ENUMERATION_START = re.compile(r"^(?:[一二三四五六七八九十]+是|首先|其次|再次)")


def _local_width(widths: list[float], i: int) -> float:
    """The width of the text column around line i: the second-widest line nearby (one outlier ignored)."""
    window = widths[max(0, i - WINDOW):i] + widths[i + 1:i + WINDOW + 1]
    if len(window) > 1:
        window.remove(max(window))  # (one of the longest: the second-longest is the longest of the rest)
    return max(window) if window else 0
FULL = 0.75  # a line this close to the local width was wrapped by the layout
LONG = 40  # a line this long with inner punctuation is body text, never a heading
_NOT_TOPIC = re.compile(r"[。！？!?；;：:]")  # what a heading's title does not hold
_SENTENCE_MARK = re.compile(r"[。！？!?；;]")
HEADING_MAX = 50  # longest title a heading line may have


@dataclass
class Block:
    """A unit of the page: a paragraph, a standalone line (heading, caption, title) or a marked line."""

    kind: str  # para | standalone | labelled | caption | byline | salutation | furniture | meta | annex
    lines: list[Line]
    text: str
    label: Labelled | None = None
    closed: bool = False
    captions: list[Block] = field(default_factory=list)  # captions found inside a paragraph

    @property
    def gap(self) -> int:
        """Blank lines before the block."""
        return self.lines[0].gap

    @property
    def first_line(self) -> int:
        """1-based input line where the block starts."""
        return self.lines[0].number

    @property
    def last_line(self) -> int:
        """1-based input line where the block ends."""
        line = self.lines[-1]
        return (line.wrapped[-1] if line.wrapped else line).number


def _special(line: Line, in_head: bool) -> Block | None:
    text = line.text
    if is_unit_note(text):
        return Block("para", [line], text, closed=True)  # a chart's or table's unit ("单位:亿元、%"): a note alone
    if not maybe_marked(text):
        return None
    if in_head and meta_line(text):
        return Block("meta", [line], text)
    if meta_table(text):
        return Block("meta", [line], text)
    byline = byline_of(text)
    if byline is not None:
        return Block("byline", [line], byline)
    caption = caption_mark(text)
    if caption is not None:
        return Block("caption", [line], caption, closed=True)
    if is_salutation(text):
        return Block("salutation", [line], text, closed=True)
    if ANNEX.match(text):
        return Block("annex", [line], text)
    if is_furniture(text) and not glossary_head(text):  # "注释" over the notes is no column label
        return Block("furniture", [line], text)
    return None


def _labels_of(lines: list[Line]) -> dict[int, Labelled]:
    """The label every line that has one starts with, by line index."""
    return {i: lab for i, line in enumerate(lines) if (lab := split_label(line.text)) is not None}


def _supported_labels(lines: list[Line], commas: int = 0, found: dict[int, Labelled] | None = None,
                      spaced: bool = False) -> dict[int, Labelled]:
    """Labels at line starts, each marked by whether a neighbour in its sequence exists.

    "1." is trusted as a heading label when a "2." (or a "0.") of the same family also starts a
    line; an unsupported label must carry a short, plain title to count as a heading. ``found``: the
    lines' labels (``_labels_of``), when the caller has read them already. ``spaced``: blank lines
    separate the document's blocks, so the first of a family on a line of its own, two phrases around a
    comma and no sentence end, is a heading too (a page cut before its "二、").
    """
    if found is None:
        found = _labels_of(lines)
    numbers: dict[str, set[int]] = {}
    bullets: dict[str, int] = {}
    for lab in found.values():
        if lab.number is None:
            bullets[lab.family] = bullets.get(lab.family, 0) + 1
        else:
            numbers.setdefault(lab.family, set()).add(lab.number)
    accepted: dict[int, Labelled] = {}
    for i, lab in found.items():
        if lab.number is None:
            supported = bullets[lab.family] > 1
        else:
            seen = numbers[lab.family]
            supported = (lab.number + 1) in seen or (lab.number - 1) in seen
        glued = glued_heading(lab.rest)  # (a heading run into its text's first time word: "…工作回顾过去一年,…")
        title = lab.rest.split("。")[0] if glued is None else lab.rest[:glued]
        # a short plain title; where the layout sets headings apart (flush left among indented
        # paragraphs), also two phrases around a comma ("营商环境持续改善，经济发展稳中向好")
        short = len(title) <= HEADING_MAX and not re.search(r"[；;：:]", title)
        phrased = _phrases_at_most(title, 2)  # (see below: two phrases around a comma, or three short ones)
        plain = short and _phrases_at_most(title, commas + 1)
        first = lab.number == 1 and short and phrased  # (the first of its family, with a heading's title)
        # (or the first of its family right below a heading of another, "三、主要任务" / "(一)优化同权事项,拓展…":
        # two phrases around a comma too, where the text breaks off before the second)
        first_below = (first and (above := found.get(i - 1)) is not None and above.family != lab.family
                       and "。" not in above.rest)
        first_apart = (spaced and first and lines[i].gap > 0
                       and (i + 1 == len(lines) or lines[i + 1].gap > 0) and not ends_sentence(lab.rest)
                       and not ends_softly(lab.rest))
        # (or the first of its family over a "一是" series: "（一）全力以赴兴产业、筑体系，发展基础更加牢固。" over
        # "一是…")
        over_series = first and i + 1 < len(lines) and opens_series(lines[i + 1].text)
        # (or a "（一）" opening a paragraph, its short topic run into its text, "(一)坚持项目引领,经济发展向“新”前进。
        # 聚焦…", where the page breaks off before its "（二）": the heading of a report's second level; after a
        # sentence, or after the line that announces it, "四年来,主要做了以下工作:")
        run_in_first = (first and lab.family == "paren_cn" and "。" in lab.rest and len(lab.rest) > len(title) + 1
                        and (i == 0 or lines[i].gap > 0 or ends_sentence(lines[i - 1].text)
                             or lines[i - 1].text.endswith(("：", ":"))))
        # (or such a "（一）" closed with a full stop alone on its line, below the line that announces it:
        # "一年来,我们认真做好以下几方面的主要工作:" / "(一)统筹兼顾科学防疫,筑牢防线不松懈。")
        # (or alone on the page's last line, the store's cap cutting it: "一年来的主要工作是:" / "(一)聚力发展,
        # 现代化滨海城市建设迈出坚实步")
        announced = first and _announced(lines, i, lab, title)
        under_part = spaced and first and _first_under_part(lines, i, lab, title)
        # (or such a "（一）" of two phrases on a line of its own between two paragraphs of text, no blank lines around
        # it: "去年以来,…。" / "(一)稳疫情、促发展,经济运行总体平稳" / "经济发展取得进步。…", the page cut before its
        # "（二）")
        between = (first and lab.family == "paren_cn" and title == lab.rest and not ends_softly(lab.rest)
                   and 0 < i < len(lines) - 1
                   and (ends_sentence(lines[i - 1].text) or len(lines[i - 1].text) > 3 * HEADING_MAX)
                   and "。" in lines[i + 1].text and split_label(lines[i + 1].text) is None)
        if (supported or plain or first_below or first_apart or over_series or run_in_first or announced or under_part
                or between):
            accepted[i] = lab
    return accepted


def _announced(lines: list[Line], i: int, lab: Labelled, title: str) -> bool:
    """Whether line i is a "（一）" closed with a full stop alone on its line (or cut there by the page's end), right
    below the line that announces it ("一年来,我们认真做好以下几方面的主要工作:")."""
    return (lab.family in ("paren_cn", "cn") and (lab.rest.rstrip() == f"{title}。" or (
        i == len(lines) - 1 and title == lab.rest)) and i > 0 and lines[i - 1].text.endswith(("：", ":")))


def _first_under_part(lines: list[Line], i: int, lab: Labelled, title: str) -> bool:
    """Whether line i is a "（一）" closed with a full stop alone on its line, set off by blank lines, right under a
    part's heading and the sentence that opens the part: the heading of the part's first section, the page cut before
    its "（二）" ("一、2016年工作回顾" / "换届以来,…良好开局。" / "(一)坚持经济发展,综合实力逐渐凸显。")."""
    if lab.number != 1 or lab.family != "paren_cn" or lab.rest.rstrip() != f"{title}。" or i < 2:
        return False
    part = split_label(lines[i - 2].text)
    return (lines[i].gap > 0 and (i + 1 == len(lines) or lines[i + 1].gap > 0) and ends_sentence(lines[i - 1].text)
            and part is not None and part.family == "cn" and "。" not in part.rest)


def build_blocks(lines: list[Line], *, indented: bool, columns: Columns | None = None) -> list[Block]:
    """Group clean lines into blocks (see the module docstring for the two layouts).

    ``columns`` is the column of the input lines that ``lines`` were unwrapped from (``wraps.unwrap``);
    without it, ``lines`` are taken as input lines and unwrapped here.
    """
    built = _indented_blocks(lines) if indented else _raw_blocks(lines, columns)
    return _contents(_paged_contents(_attachment_notes(_column_heads(_numbered_heads(_bracket_tails(built))))))


# the heads of a task table's columns ("序号", "目标任务", "牵头单位", "责任单位", "责任人", "完成时限")
_COLUMN_HEAD = re.compile(rf"序号|{DUTY}|责任人|完成时限|完成时间|时间节点|备注|(?:目标|工作|重点|主要|具体)任务"
                          r"|任务(?:内容|目标)|工作(?:内容|措施|目标)|具体措施")
_FEWEST_COLUMNS = 3
_COLUMN_HEAD_WIDTH = 24  # the longest a head may be, spaced out ("目  标  任  务"): no paragraph is copied to test
_CELL_KINDS = ("standalone", "furniture", "para")  # what a cell alone on its line may have been taken for


def _column_heads(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the header of a table printed one cell to a line ("序号" / "目标任务" / "牵头单位" /
    "责任单位" / "责任人") as text: three or more column heads in a row head no section."""
    k = 0
    while k < len(blocks):
        end = k
        while (end < len(blocks) and len(blocks[end].lines) == 1 and blocks[end].kind in _CELL_KINDS
               and (end == k or blocks[end].gap <= 1) and len(blocks[end].text) <= _COLUMN_HEAD_WIDTH
               and _COLUMN_HEAD.fullmatch(blocks[end].text.replace(" ", ""))):
            end += 1
        if end - k >= _FEWEST_COLUMNS:
            for j in range(k, end):
                blocks[j] = Block("para", blocks[j].lines, blocks[j].text, closed=True)
        k = max(end, k + 1)
    return blocks



_TAIL_MAX = 12  # the longest piece of a title a break may leave below it
# the edition or the status of a document, set in brackets on a line of its own under its title: "(2025年版)",
# "（试行）", "（征求意见稿）", its years "（2021—2025年）"
_EDITION_NOTE = re.compile(r"[（(](?:(?:19|20)[0-9]{2}年(?:修订|修正)?版?"
                           r"|(?:修订|修正|最新|第[一二三四五六七八九十]+)?版|试行|暂行|修订|修订稿|修正|草案|征求意见稿|送审稿|讨论稿"
                           rf"|{YEAR_SPAN})[）)]")


def _title_tail(text: str, above: str) -> bool:
    """Whether ``text``, a short line below the standalone line ``above``, ends that title: the close of a bracket
    the break took the opening of ("…政策实施方案" / "2023年)"), the document's edition ("…政策举措" / "(2025年版)"),
    or the last words that make it a document's title ("实施…纲要2016年" / "重点工作任务安排")."""
    return ((closes_unopened(text) and not closes_unopened(above)) or _EDITION_NOTE.fullmatch(text) is not None
            or wrapped_before_last_words(above, text))


def _bracket_tails(blocks: list[Block]) -> list[Block]:
    """``blocks`` with a title's tail joined back to it: a short line below a standalone line that ends that title
    (``_title_tail``) is no paragraph or heading of its own."""
    joined: list[Block] = []
    for block in blocks:
        above = joined[-1] if joined else None
        if (above is not None and above.kind == "standalone" and block.kind in ("standalone", "para")
                and len(block.lines) == 1 and block.gap <= 1 and len(block.text) <= _TAIL_MAX
                and _title_tail(block.text, above.text)):
            joined[-1] = Block("standalone", [*above.lines, *block.lines], join_wrapped(above.text, block.text))
        else:
            joined.append(block)
    return joined



# a heading numbered "1 总则" over "1.1 编制目的": furniture to the line alone ("04 专题", a newspaper's page head)
_NUMBER_HEAD = re.compile(r"^([1-9][0-9]?)[ \u3000]*[\u4e00-\u9fff]{1,8}$")


def _numbered_heads(blocks: list[Block]) -> list[Block]:
    """``blocks`` with a line taken for a page head ("1 总则") as a standalone line where the text below numbers
    its first subsection after it ("1.1 编制目的"): the heading of a document numbered 1, 1.1, 1.1.1."""
    for k, block in enumerate(blocks):
        head = _NUMBER_HEAD.match(block.text) if block.kind == "furniture" else None
        if head is not None and any(other.text.startswith(f"{head.group(1)}.1") for other in blocks[k + 1:k + 3]):
            blocks[k] = Block("standalone", block.lines, block.text)
    return blocks


# a table of contents: its heading ("目    录"), an entry's label ("第一部分", "一、", "（一）", "1.1", "1 ") and its
# leader dots and page number ("总则……3")
_ENTRY_LABEL = re.compile(
    r"^(?:第[一二三四五六七八九十百]+(?:部分|章|节)|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]"
    r"|[0-9]{1,2}(?:[.．][0-9]{1,2})*[.．、]?(?=[ \u3000]*[^0-9.．]))[ \u3000]*")
_LEADERS = " \u3000.．·…—-"
_UNIQUE_LABEL = re.compile(r"^第[一二三四五六七八九十百]+(?:部分|章)")
_NOT_ENTRIES = ("meta", "byline", "salutation", "annex")


def _entry_like(block: Block) -> bool:
    """Whether a block could be an entry of a table of contents: one short line that ends no sentence."""
    return len(block.lines) == 1 and _entry_lines(block) and not block.text.isdigit()


_SENTENCE_ENDS = ("。", "；", "：", ":", "！", "？", "!", "?")


def _entry_lines(block: Block) -> bool:
    """Whether every line of a block could be an entry of a table of contents (a layout that ran them together,
    "一、聚焦现代农业,…新作为" / "一是稳豆任务全面落实", as one block)."""
    return block.kind not in _NOT_ENTRIES and all(
        len(line.text) <= CONTENTS_ENTRY and not line.text.endswith(_SENTENCE_ENDS) for line in block.lines)


def _entry(text: str) -> tuple[str, str]:
    """An entry's label (as printed, or "") and its title, both without spaces, leader dots or page number."""
    text = text.strip()
    if text[-1:].isdigit():  # the page number, and the leader dots before it
        body = text.rstrip("0123456789")
        if len(text) - len(body) <= 3 and body.strip():
            text = body.rstrip(_LEADERS)
    label = _ENTRY_LABEL.match(text)
    head = label.group().strip() if label is not None else ""
    return head, "".join(text[label.end() if label is not None else 0:].split())


def _entry_keys(label: str, title: str) -> tuple[str, ...]:
    """What makes a heading the entry (``label``, ``title``) printed again: its title, and its label where the
    label is a part's or a chapter's, which a text prints once ("第一部分 广元市…单位概况" in the contents,
    "第一部分 广元市…概况" over the text)."""
    keys = (f"title:{title}",) if title else ()
    return (*keys, f"label:{label}") if label and _UNIQUE_LABEL.match(label) else keys


def _opens_alike(entry: str, heading: str) -> bool:
    """Whether a contents' entry title and a heading's title under the same label may be one title: either is empty,
    or both open with the same two characters ("广元市…单位概况" and "广元市…概况")."""
    return not entry or not heading or entry[:2] == heading[:2]


def _contents(blocks: list[Block]) -> list[Block]:
    """``blocks`` with a table of contents as text: the entries list headings the text prints again below
    them, so none of them is a heading (nor a caption).

    A contents is a run of short lines under "目录", or, without that heading, a run of four or more whose
    first two entries are printed again, in order, right below the run (as the text's first headings), or of six or
    more at the top of the text whose first entry is printed again a few blocks below it. Each
    block's keys are read once and found again by lookup, so a long run of short lines costs no more than
    its length.
    """
    n = len(blocks)
    like = [_entry_like(block) for block in blocks]
    if sum(like) < 3:
        return blocks
    entries = [_entry(block.text) for block in blocks]
    keys = [_entry_keys(*entry) for entry in entries]
    where: dict[str, list[int]] = {}
    for k, found in enumerate(keys):
        for key in found:
            where.setdefault(key, []).append(k)
    run_end = [n] * (n + 1)  # the first block at or after k that is no entry
    for k in range(n - 1, -1, -1):
        run_end[k] = run_end[k + 1] if like[k] else k

    labels = [entry[0] if like[k] else "" for k, entry in enumerate(entries)]

    def text_below(k: int) -> bool:
        """Whether text stands a few blocks below block k: the entries a contents lists head text where the document
        prints them again (a run of empty sections, "第二章 …" / "第三章 …" / "第二部分 …", is no contents, however
        its labels repeat; nor is a glossary's text below them theirs)."""
        for j in range(k + 1, min(n, k + 6)):
            if glossary_head(blocks[j].text):
                return False
            if blocks[j].kind in ("para", "lead"):
                return True
        return False

    def again(k: int, after: int) -> int:
        """The first block after ``after`` that prints entry k again, or n: one with the entry's title, or with its
        part's label and a title that opens as the entry's does (a contents may shorten a title; chapters numbered
        anew under other parts, "第一章 水平…" / "第一章 基层…", are other headings), and no other label ("第三章
        总则" prints no "第二部分 总则" again)."""
        found = n
        for key in keys[k]:
            positions = where[key]
            index = bisect_right(positions, after)
            while index < len(positions) and positions[index] < found:
                if key.startswith("title:") or _opens_alike(entries[k][1], entries[positions[index]][1]):
                    found = positions[index]
                    break
                index += 1
        return found if found == n or not labels[k] or not labels[found] or labels[found] == labels[k] else n

    i = 0
    while i < n:
        headed = len(blocks[i].lines) == 1 and CONTENTS_HEAD.match(blocks[i].text.strip()) is not None
        start = i + 1 if headed else i
        if start >= n or not (like[start] or (headed and _entry_lines(blocks[start]))):
            i += 1
            continue
        repeat = again(start, start)
        if like[start]:
            end = min(run_end[start + 1], repeat)
        else:
            # (under its heading, entries the layout ran together, "一、…新作为" / "一是…", count too, up to the
            # heading over the text: the line right above its first paragraph)
            end = start
            while (end + 1 < n and _entry_lines(blocks[end])
                   and (blocks[end + 1].kind != "para" or _entry_lines(blocks[end + 1]))):
                end += 1
        second = end == repeat < n and end - start >= 2 and again(start + 1, end) < min(n, end + 4)
        # (or a long run at the top of the text whose first entry is printed again a few blocks below it, under the
        # report's title and opening words, where the page is cut before the second: "一、2024年工作回顾" …
        # "2025年××县政府工作报告" / "各位代表:" / "现在,我代表…" / "一、2024年工作回顾")
        if not ((headed and end - start >= 2) or (end - start >= 4 and second and text_below(repeat))):
            end = start
            while end < n and labels[end]:
                end += 1  # (the run's labelled entries: the report's title may follow them at once)
            if headed or start > 0 or end - start < 6 or not end < repeat < min(n, end + 5):
                i += 1
                continue
        for k in range(i, end):
            blocks[k] = Block("para", blocks[k].lines, blocks[k].text, closed=True)
        i = end
    return blocks


# an entry of a contents with its page number run into it ("一、部门职责3", "第四部分 名词解释13")
_PAGED_ENTRY = re.compile(r"[\u4e00-\u9fff”）)]([0-9]{1,3})$")
_PAGE_ALONE = re.compile(r"[0-9]{1,3}")  # a page number alone on its line (ASCII digits: "④" is a digit to str)
_PAGED_MIN = 4  # how many entries of a run must end with a page number before the run is taken for a contents


def _paged_contents(blocks: list[Block]) -> list[Block]:
    """``blocks`` with a contents whose page numbers run into its entries as text ("第一部分县政府办部门概况3" /
    "一、部门职责3" / … / "第四部分 名词解释13", a page number that the line could not hold alone on the line
    below): a run of short lines, at least four of them ending with a page number right after a word, the numbers
    never falling. (With no "目录" over it and its entries' labels printed otherwise below, ``_contents`` finds
    none.)"""
    n = len(blocks)
    read = [_pages(block) for block in blocks]
    i = 0
    while i < n:
        first = read[i]
        if first is None or not first[0]:  # (a run opens with a page number)
            i += 1
            continue
        end, last, pages, attached = i, i, [], 0
        while end < n and (found := read[end]) is not None:
            numbers, run_in = found
            pages += numbers
            attached += run_in
            if numbers:
                last = end  # (the run ends with its last page number: the text's first headings may follow at once)
            end += 1
        end = last + 1
        # (page numbers run into at least four entries: a table's column of figures one cell to a line is none)
        if attached >= _PAGED_MIN and all(0 < a <= b for a, b in pairwise(pages)):
            for k in range(i, end):
                blocks[k] = Block("para", blocks[k].lines, blocks[k].text, closed=True)
        i = end
    return blocks


def _pages(block: Block) -> tuple[list[int], int] | None:
    """The page numbers a block of a contents prints (a page number alone on its line too), and how many of them run
    into an entry; None for a block that can be no part of a contents."""
    if len(block.lines) == 1:
        text = block.text
        if _PAGE_ALONE.fullmatch(text) is not None:
            return [int(text)], 0
        if not _entry_like(block):
            return None
        paged = _PAGED_ENTRY.search(text) if text[-1:] in _ASCII_DIGITS else None
        return ([int(paged.group(1))], 1) if paged is not None else ([], 0)
    if block.kind in _NOT_ENTRIES:
        return None
    pages = []
    for line in block.lines:  # (entries glued into one block: every line ends with its page number)
        text = line.text
        paged = _PAGED_ENTRY.search(text) if text[-1:] in _ASCII_DIGITS and len(text) <= 40 else None
        if paged is None:
            return None
        pages.append(int(paged.group(1)))
    return pages, len(pages)


_ASCII_DIGITS = frozenset("0123456789")


def _attachment_notes(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the items of an attachment note ("附件：1.…分配计划表" / "2.…调整情况表") or of a list of
    notes ("注：1、生产总值为初步核算数。" / "2、…") as text: a list of titles or notes, which no layout makes
    headings or captions; a note of one attachment ("附件:2023年…分解表") too, where the attachment is printed below
    under its own heading ("附件")."""
    expected = 0
    gap = 0  # the blank lines the list sets between its items (an attachment note's are glued, notes may be apart)
    last_annex = max((k for k, block in enumerate(blocks) if block.kind == "annex"), default=-1)
    for k, block in enumerate(blocks):
        if k < last_annex and block.kind == "standalone" and _ONE_ATTACHMENT.match(block.text):
            blocks[k] = Block("para", block.lines, block.text, closed=True)  # the note, its attachment printed below
            continue
        item = _LIST_ITEM.match(block.text) if expected and block.gap <= gap and len(block.lines) == 1 else None
        if item is not None and int(item.group(1)) == expected:  # ("2.2025年…" is no label to split_label: 2.2025)
            blocks[k] = Block("para", block.lines, block.text, closed=True)
            expected += 1
        else:
            note = _ATTACHMENT_NOTE.match(block.text) if block.kind == "para" else None
            expected = 0 if note is None else 2
            gap = 1 if note is not None and not note.group().startswith("附件") else 0
    return blocks


def _raw_blocks(lines: list[Line], columns: Columns | None) -> list[Block]:
    if columns is None:
        lines, columns = unwrap(lines)
    return _RawLayout(lines, columns).blocks()


class _RawLayout:
    """The per-line judgements of a raw extraction, and the walk that groups its lines into blocks."""

    def __init__(self, lines: list[Line], columns: Columns) -> None:
        self.lines = lines
        n = self.n = len(lines)
        length = self.length = [visible_length(line.text) for line in lines]
        # how full a line is, and the column around it, are judged on the input lines: a printed line
        # joined from wrapped ones by how full its last input line is
        spans = [columns.span(line) for line in lines]
        self.first_of = [first for first, _ in spans]
        last = self.last = [end for _, end in spans]
        tail = [columns.width[k] for k in last]
        width = [_local_width(columns.width, k) for k in last]
        merged = [bool(line.wrapped) for line in lines]
        # a fake-bold line is display type (a headline or caption), never a line wrapped by the layout; nor is a
        # line with a line longer than any printed column glued below it (a whole paragraph a line: a short
        # heading above one, "2026年市级预算编制指导思想", after a run of short subheads, is no wrapped line)
        unwrapped = [k + 1 < columns.n and columns.lines[k + 1].gap == 0 and columns.length[k + 1] > PRINT_COLUMN
                     for k in last]
        full = self.full = [not lines[i].doubled and not unwrapped[i]
                            and (columns.fills[k] or tail[i] >= max(10, FULL * width[i])) for i, k in enumerate(last)]
        # a line that ends with "：" or "；" ends there unless it is full (measured, in a typeset column)
        fills = [columns.fills[k] if columns.column else full[i] for i, k in enumerate(last)]
        closed = self.closed = [ends_sentence(line.text) or (ends_softly(line.text) and not fills[i])
                                for i, line in enumerate(lines)]
        # where the lines around are far longer than any printed column, each line is a paragraph
        # (a web page copied as text): only a line that plainly stops mid-sentence runs on
        wide = [width[i] > PRINT_COLUMN for i in range(n)]
        opened = self.opened = [
            not closed[i] and (
                ends_open(line.text) or unclosed(line.text)  # (inside a bracket it opened: "…（安全品质治理—河道")
                # a line joined from wrapped ones ends where its last line stops short: it runs on when that
                # line fills the column all the same (the next one is set off by a column or page break)
                or (full[i] if merged[i] else False)
                or (wide[i] and not merged[i] and length[i] >= LONG and line.text[-1].isalnum())  # cut mid-word
                or (not wide[i] and not merged[i] and (
                    bool(_INNER_SENTENCE.search(line.text[:-1]))
                    or _ENUMERATION_START.match(line.text) is not None
                    or opens_discourse(line.text)
                    or length[i] >= LONG
                    or (full[i] and not self._isolated_plain(i)))))
            for i, line in enumerate(lines)
        ]
        self.bold_rest: set[int] = set()  # lines that carry on a bold lead from the line above
        for i in range(n - 1):
            # a line in fake bold stopping mid-phrase, and below it the rest of a bold lead (in bold to its end, or
            # a bold lead going on plain): one lead printed over two lines ("进进一一步步…往往" / "心心里里走走。。"),
            # a blank line between at most (a page break)
            # (a numbered heading too, where it fills its line and the bold lead goes on right below: "第第一一部部分分
            # …美美丽丽家家" / "园园、、垃垃圾圾分分类类。。同时，…"; a shorter one is a heading over its first lead)
            nxt = lines[i + 1]
            if not lines[i].doubled:
                continue
            labelled = split_label(lines[i].text) is not None
            if (nxt.gap <= (0 if labelled else 1) and not closed[i]
                    and not ends_softly(lines[i].text)
                    and (not labelled or tail[i] >= width[i] - 1.5)
                    and split_label(nxt.text) is None  # (a new entry)
                    and not glossary_head(lines[i].text)
                    and ((nxt.doubled and ends_sentence(nxt.text) and not labelled)
                         or bold_lead(nxt.raw, after_bold=True))):
                opened[i] = True
                self.bold_rest.add(i + 1)
        for i in range(n - 1):
            # a title with its "——subtitle" right below it: the title does not run on into the subtitle
            if (lines[i + 1].text.startswith(_DASHES) and not _INNER_PUNCT.search(lines[i].text)
                    and not ends_open(lines[i].text)):
                opened[i] = False
        self.labelled = _labels_of(lines)  # every line that opens with a label (``labels``: those accepted)
        spaced = sum(1 for line in lines if line.gap) * 5 >= n  # blank lines separate this document's blocks
        labels = self.labels = _supported_labels(lines, found=self.labelled, spaced=spaced)
        for i, lab in self.labelled.items():
            # the first of a family on a line of its own (short of the column) between two paragraphs is a heading,
            # two or three phrases around commas too (a page cut before its "二、"): "（一）牢牢把握…的本质特征,
            # 思想政治引领得到新加强" over its text
            if (i not in labels and lab.number == 1 and 0 < i < n - 1 and not full[i] and closed[i - 1]
                    and length[i] <= HEADING_MAX and length[i + 1] >= LONG and lines[i + 1].gap == 0
                    and not closed[i] and not ends_softly(lab.rest) and len(COMMA.findall(lab.rest)) <= 2
                    and not _NOT_TOPIC.search(lab.rest)):
                labels[i] = lab
                opened[i] = False
        for i in range(n - 1):
            # in a document spaced with blank lines, a short line glued to body text below is its first line
            nxt = lines[i + 1]
            if (spaced and not opened[i] and not closed[i] and lines[i].gap > 0 and nxt.gap == 0
                    and not lines[i].doubled and i not in labels and i + 1 not in labels
                    and _INNER_SENTENCE.search(nxt.text) and (full[i + 1] or length[i + 1] >= LONG)):
                opened[i] = True
        self.columns = columns
        # paragraphs open indented (an indented line with a flush line glued below it that carries it on)
        printed = columns.lines
        self.indented_starts = columns.indents or any(
            printed[i].indent >= 2 and printed[i + 1].indent < 2 and printed[i + 1].gap == 0
            for i in range(len(printed) - 1))
        self._blank_separated: bool | None = None
        self.in_head = True
        self.specials: dict[int, Block | None] = {}
        # some paragraphs open flush all the same (leads, run-in headings): a flush line of text below a blank
        # line, under a short line that ends a sentence
        self.flush_opens = self.indented_starts and any(
            lines[k].gap and lines[k].indent < 2 and not full[k - 1] and ends_sentence(lines[k - 1].text)
            and INNER_STOP.search(lines[k].text) is not None and k not in labels and self.special(k) is None
            for k in range(1, n))
        self.leads = flush_leads(lines) if self.indented_starts else frozenset()

    def _isolated_plain(self, i: int) -> bool:
        """A line alone between blank lines, without inner punctuation: a title, not a wrapped line."""
        after = self.lines[i + 1].gap if i + 1 < self.n else 1
        return self.lines[i].gap > 0 and after > 0 and not _INNER_PUNCT.search(self.lines[i].text[:-1])

    def blank_separated(self) -> bool:
        """Whether blank lines separate this document's blocks: the lines that end a paragraph (a sentence
        end short of the column) stand above a blank line, and the lines that plainly start a block (a label,
        a glossary's heading, a marked line) below one. Judged once, when first asked."""
        if self._blank_separated is None:
            lines, n = self.lines, self.n
            bounds = [lines[i + 1].gap > 0 for i in range(n - 1) if self.closed[i] and not self.full[i]]
            marked = [_special(line, False) is not None for line in lines]
            bounds += [lines[i].gap > 0 for i in range(1, n)
                       if i in self.labelled or glossary_head(lines[i].text) or marked[i]]
            # and the lines above a blank line end a sentence (a text whose paragraphs end on full lines); one that
            # stops mid-sentence there is a column or page break, which says nothing about where paragraphs end
            bounds += [True for i in range(n - 1) if lines[i + 1].gap > 0 and i not in self.labels
                       and not lines[i].doubled and not marked[i] and self.closed[i]]
            self._blank_separated = (len(bounds) >= 4 and sum(bounds) >= 0.8 * len(bounds)) or (
                len(bounds) == 3 and all(bounds))
        return self._blank_separated

    def flush_on(self, k: int, start: int) -> bool:
        """Whether line k, flush left below a blank line, carries on the paragraph that opened at line ``start``
        where paragraphs open indented (and this one did), none opens flush below a blank line, and line k opens
        no lead of a series printed flush (``flush_leads``)."""
        return (self.indented_starts and not self.flush_opens and self.lines[k].indent < 2
                and self.lines[start].indent >= 2 and k not in self.leads)

    def glued_on(self, k: int) -> bool:
        """Whether line k runs on into the line right below it, though it ends a sentence or stops short of the
        column: where blank lines separate the blocks, a full line glued to the next one, or one that stops
        mid-sentence ("…治理服务体育社区" / "35138.26%，党建。"), was wrapped by the layout; so was a line of text
        that ends a sentence short of the column ("一年来，全区，社区帮扶社区。", a first line under a lost indent)."""
        line = self.lines[k]
        text_ends = _sentence_with_clauses(line.text)  # (not "…：")
        # (a colon that ends a line of text introduces what is glued below it: "…党建；安全：" / "绿化。")
        colon = line.text.endswith(("：", ":")) and _INNER_SENTENCE.search(line.text) is not None
        if not (k + 1 < self.n and (self.full[k] or text_ends or colon or not self.closed[k]) and not line.doubled
                and self.blank_separated()):
            return False
        nxt = k + 1
        return (self.lines[nxt].gap == 0 and nxt not in self.labels and not self.lines[nxt].doubled
                and self.special(nxt) is None and not (colon and opens_series(self.lines[nxt].text)))

    def heading_rest(self, j: int) -> bool:
        """Whether line j + 1 may be the rest of a heading on line j: no marked line, unless it is furniture by
        its shortness only (a heading's last character, "格格" or "化", below it) and both are in fake bold, or
        the heading fills the column."""
        marked = self.special(j + 1)
        return marked is None or (
            marked.kind == "furniture" and _SHORT_REST.fullmatch(self.lines[j + 1].text) is not None
            and ((self.lines[j].doubled and self.lines[j + 1].doubled) or self.full[j]))

    def opening(self, k: int) -> bool:
        """Whether the layout shows a paragraph opening at line k (see ``Columns.opens``)."""
        return self.columns.opens[self.first_of[k]]

    def runs_on(self, j: int) -> bool:
        """Whether line j fills the column (as measured) and stops mid-sentence: then it runs on regardless."""
        return self.columns.fills[self.last[j]] and not self.closed[j] and not ends_softly(self.lines[j].text)

    def goes_on_below(self, j: int, *, across: bool = False) -> bool:
        """Whether the line right below line j carries it on (``across`` a blank line too), or the line below a
        page number between them."""
        k = j + 1
        if k >= self.n:
            return False
        marked = self.special(k)
        if marked is not None and marked.kind == "furniture" and k + 1 < self.n:
            return self.continues(k + 1)  # a running head or page number inside the text
        return self.continues(k) and (self.lines[k].gap == 0 or (across and self.lines[k].gap <= 2))

    def special(self, k: int) -> Block | None:
        """The marked block line k is (furniture, byline, …), judged once."""
        if k not in self.specials:
            self.specials[k] = _special(self.lines[k], self.in_head)
        return self.specials[k]

    def continues(self, k: int) -> bool:
        """Whether line k can carry on a paragraph that stopped mid-sentence."""
        return (self.special(k) is None and k not in self.labels and not self.lines[k].doubled
                and (self.full[k] or self.closed[k] or self.opened[k] or self.length[k] >= LONG))

    def blocks(self) -> list[Block]:
        """Walk the lines once, emitting marked lines, labelled headings and paragraphs."""
        lines, n, labels, closed, full = self.lines, self.n, self.labels, self.closed, self.full
        blocks: list[Block] = []
        i = 0
        while i < n:
            line = lines[i]
            marked = self.special(i)
            if marked is not None:
                blocks.append(marked)
                i += 1
                continue
            self.in_head = False
            if i not in labels:
                i = self.paragraph(i, blocks)
                continue
            j, text = i, line.text
            if not closed[i] and self.length[i] <= HEADING_MAX:
                # a heading printed over two lines: a short unpunctuated line right below it, set off
                # from what follows, or below a first line that fills the column (the layout wrapped it)
                # (a bullet's line goes on below only where it fills the column: the short line under a short
                # bullet heads the bullets below it, "●一般公共预算收入增速居全省第1位" / "发展活力快速跃升" / "●…")
                while (j + 1 < n and j - i < 2 and lines[j + 1].gap == 0 and not lines[j].whole and self.heading_rest(j)
                       and (labels[i].number is not None or full[j])
                       and j + 1 not in labels and not is_unit_note(lines[j + 1].text)
                       and not closed[j + 1] and not full[j + 1]
                       and not _INNER_SENTENCE.search(lines[j + 1].text) and not ends_open(lines[j + 1].text)
                       and (j + 2 >= n or lines[j + 2].gap > 0 or j + 2 in labels or (j == i and full[i]))):
                    j += 1
                    text = join_wrapped(text, lines[j].text)
            # a run-in heading ("（一）标题。正文…") whose sentence is unfinished goes on below, and so does a
            # full line of an entry ("2. 术语：释义…")
            # (or one that stops inside a title it opened: "一、根据《…宪法》《…各级人民" / "政府组织法》…"; or a line
            # as long as body text, with its inner punctuation: "二、…指导思想是,在以…领导下,高举中国特色社")
            unfinished = (ends_open(text) or "。" in labels[i].rest or (full[j] and "：" in labels[i].rest)
                          or (self.length[j] >= LONG and _INNER_PUNCT.search(labels[i].rest) is not None)
                          or unclosed(text))
            # (a run-in heading with its text cut mid-sentence goes on across a blank line too: a break)
            run_in = "。" in labels[i].rest and not ends_softly(text)
            if closed[j] or self.length[i] > HEADING_MAX or (j == i and i + 1 in self.bold_rest) or (
                    self.opened[j] and unfinished and self.goes_on_below(j, across=run_in)):
                i = self.paragraph(i, blocks)
                continue
            label = labels[i] if j == i else split_label(text)  # one line: its label was read already
            blocks.append(Block("labelled", lines[i:j + 1], text, label=label, closed=closed[j]))
            i = j + 1
        return blocks

    def topic_between_bullets(self, i: int, k: int) -> bool:
        """Whether line k, short and plain, stands between bullet i and a bullet of its kind below: the topic of the
        bullets below it ("●…增速居全省第1位;…第2位" / "生产要素支撑有力" / "●全市各项贷款余额…"), not the end of
        bullet i."""
        label, below = self.labels.get(i), self.labels.get(k + 1)
        text = self.lines[k].text
        return (label is not None and label.number is None and below is not None and below.family == label.family
                and k not in self.labels and 4 <= self.length[k] <= HEADING_MAX and not text[:1].isdigit()
                and not ends_open(self.lines[i].text) and _INNER_PUNCT.search(text) is None and not ends_sentence(text))

    def paragraph(self, i: int, blocks: list[Block]) -> int:
        """Collect the paragraph that starts at line i into ``blocks``; return the next line index."""
        lines, n, labels = self.lines, self.n, self.labels
        members = [lines[i]]
        text = lines[i].text
        captions: list[Block] = []
        j = end = i  # the last line looked at, and the last line of the paragraph's text
        is_open = (self.opened[i] or self.glued_on(i)) and not lines[i].whole
        while True:  # (the test stands in the loop: mypyc 2.4 mis-compiles this loop with it in the while line)
            if not is_open or j + 1 >= n:
                break
            k = j + 1
            marked = self.special(k)
            if marked is not None and marked.kind == "furniture" and j + 2 < n and self.continues(k + 1):
                j = k  # a running head or page number inside a paragraph that goes on
                continue
            if glossary_head(lines[k].text) and not ends_open(text):
                break  # a glossary's heading ends the text before it
            if k not in self.bold_rest and _opens_bold(lines[k]):
                break  # a run-in lead in fake bold opens its paragraph ("社社区区。。今年以来…")
            if j == i and _section_entry(text) and _section_entry(lines[k].text):
                break  # entries of a plan's contents, one to a line, as long as each other ("1.5.1…" / "1.5.2…")
            if lines[k].gap and ends_softly(text) and not self.flush_on(k, i):
                break  # a clause that ends before a blank line ends its paragraph (but for a page break, see flush_on)
            if j == i and self.topic_between_bullets(i, k):
                break
            if (self.opening(k) and not ends_open(text) and not text.endswith("的") and not unclosed(text)
                    and not self.runs_on(end)
                    and not (end == i and self.opened[i] and opens_discourse(text))
                    and not (j == end and self.glued_on(end))):
                # the layout shows a paragraph opening there (not below a sentence's unfinished opening, nor below a
                # line that ends with 的, which joins a noun to what it qualifies: "…占预算支出的" / "比重达到52%", nor
                # glued to the line above where blank lines separate the blocks: a line two places short of the
                # column is the last of its paragraph there, "…社区城运中心。" / "社区。社区。社区，社区，社区社区。")
                break
            # one bold lead over two lines, perhaps across a page break (see above)
            bold_pair = k in self.bold_rest
            glued = ((lines[k].gap == 0 or bold_pair) and marked is None and k not in labels
                     and (not lines[k].doubled or bold_pair))
            if not glued and not self.continues(k):
                # a short line between two halves of a sentence is a caption set into the text (a glossary's
                # heading is none: the text before it has ended)
                if (marked is None and k not in labels and k + 1 < n and lines[k + 1].gap > 0
                        and self.continues(k + 1) and lines[k].gap > 0 and not glossary_head(lines[k].text)):
                    captions.append(Block("caption", [lines[k]], lines[k].text, closed=True))
                    k += 1
                else:
                    break
            members.append(lines[k])
            text = join_wrapped(text, lines[k].text)
            j = end = k
            is_open = (self.opened[k] or self.glued_on(k)) and not lines[k].whole
        # (a short line alone; not the opener of a series item the text was cut short in: "…主要抓了以下工作:" /
        # "一是决战决胜脱贫攻坚,全面脱贫胜", the item a paragraph as the series decides)
        # (nor the text's last line cut after a comma, where the page ends: "…收支平衡情况:根据决算草案汇编结果,")
        single_short = (len(members) == 1 and self.length[i] <= HEADING_MAX and not self.closed[i]
                        and not INNER_STOP.search(lines[i].text) and not _text_line(lines[i].text)
                        and not (i == n - 1 and (opens_series(lines[i].text) or lines[i].text.endswith(("，", ",")))))
        kind = "standalone" if single_short else "para"
        label = None if i not in labels else labels[i] if len(members) == 1 else split_label(text)
        blocks.append(Block(kind, members, text, label=label, closed=self.closed[end], captions=captions))
        return j + 1


def _section_entry(text: str) -> bool:
    """Whether a line is a plan's section number and a short title with no sentence or figure in it ("1.5.1市场小微
    波动(Ⅳ级)", "2 组织机构和职责"): an entry of its contents or its heading, never a line the layout wrapped into the
    next."""
    if text[:1] not in SECTION_NUMBER_FIRST or len(text) > HEADING_MAX or _INNER_SENTENCE.search(text) is not None:
        return False
    number = SECTION_NUMBER.match(text)
    if number is None:
        return False
    title = text[number.end():].lstrip()  # (no figure in it: "16岁-59岁 47 67.1" is a row of a table)
    return CJK_CHAR.match(title) is not None and not any(c.isdigit() for c in title)


# a line that introduces a list below it ("一般公共预算支出按功能科目分项情况如下：", "主要抓了以下工作：", "做好以下
# 几个方面的工作："): text, never a heading
_LEAD_IN = re.compile(r"(?:如下|(?:以下|下列)[^，,。；;：:“”《》]{0,10}|具体情况|分别是|主要是)[：:]$")
# the note of a document's attachments, first of a list ("附件：1.2025年…分配计划表"): text, never a heading; an
# attachment's own heading is "附件2" alone, or "附件2 …" with its title
_ATTACHMENT_NOTE = re.compile(r"^(?:附件|注释?|附注|说明)[：:][ \u3000]*1[.．、]")  # (and a list of notes: "注：1、…")
# who answers for a task in a plan's list of tasks ("责任单位：区发展和改革局", "牵头单位：…")
_RESPONSIBLE = re.compile(rf"^{DUTY}[：:]")
_LIST_ITEM = re.compile(r"^([0-9]{1,2})[.．、]")
_ONE_ATTACHMENT = re.compile(rf"^{ATTACHMENT_KEY}(?![0-9]{{1,2}}[.．、]|$)")  # "附件:2023年…分解表", no list
# a note in brackets on a line of its own ("（天下口碑数据库翰墨导读）", "（本报讯）"): text, never a heading
_BRACKETED_NOTE = re.compile(r"^[（(][^（）()]{4,30}[）)]$")


def _text_line(text: str) -> bool:
    """Whether a short line is text by its words, whatever it stands like: a list's lead-in, an attachment note, a
    note of how the document is published, who answers for a task, a route from place to place."""
    return (_LEAD_IN.search(text) is not None or _ATTACHMENT_NOTE.match(text) is not None
            or PUBLICATION_NOTE.match(text) is not None or _RESPONSIBLE.match(text) is not None
            or (text[:1] in "（(" and _BRACKETED_NOTE.match(text) is not None)
            or text.count("→") >= 2)  # (a route: "渔深河→射阳河→…围合区域")


def _sentence_with_clauses(text: str) -> bool:
    """Whether a line ends a sentence with a mark of running text inside it ("…，居民…65536家！"): text, where a
    heading ends so bare or not at all."""
    return ends_sentence(text) and _INNER_SENTENCE.search(text[:-1]) is not None


def _broken(text: str, nxt: Line) -> bool:
    """Whether a paragraph that stops mid-sentence goes on in the flush line of text below a blank line (a
    column or page break; paragraphs open indented, and no heading is cut off by a mid-sentence). Below a
    clause end ("…1918.96件；") it goes on in a long flush line of clauses that stops mid-sentence itself
    ("民生居委会…;…，共治、群"): no heading or lead is printed so."""
    if nxt.gap > 2 or ends_sentence(text) or split_label(nxt.text) is not None:
        return False
    if ends_softly(text):
        if "。" in nxt.text or ends_softly(nxt.text):
            return False  # (a lead sentence, or a clause of a list)
        # a clause end inside it, which no heading has ("稳定建设…机制；机制28676件;…2.72", "保障商户…共治；…场？"), or
        # long and stopping mid-sentence
        return _CLAUSE_END.search(nxt.text[:-1]) is not None or nxt.text.endswith(("！", "!", "？", "?")) or (
            visible_length(nxt.text) >= LONG and _INNER_SENTENCE.search(nxt.text) is not None
            and not ends_sentence(nxt.text))  # (or it ends with a cry or a question, which no heading or lead does)
    return _INNER_PUNCT.search(nxt.text) is not None


def _runs_on(line: Line, nxt: Line, column: float, measure: Callable[[str], float]) -> bool:
    """Whether a line that ends a sentence where it fills the column (as wide as the indented first lines
    with their indent, within a place, by ``measure``) runs on into the flush line glued below it, which
    reads as text (it has sentence punctuation) and is no heading."""
    width = measure(line.text) + (2 if line.indent >= 2 else 0)
    return (column > 0 and width >= column - 1 and _INNER_PUNCT.search(nxt.text) is not None
            and split_label(nxt.text) is None)


def _opens_bold(line: Line) -> bool:
    """Whether a line opens with a run-in lead in fake bold (its first character drawn twice, then plain)."""
    raw = line.raw.lstrip()
    return len(raw) > 3 and raw[0] == raw[1] and not line.doubled and bold_lead(raw)


def _heading_shaped(label: Labelled | None) -> bool:
    """An indented line that is still a heading: a label and a short title without sentence punctuation, two
    phrases around a comma ("一、农业生产形势稳定,农产品供应充裕"), or three short ones ("(一)科学精准,勠力同心,适应
    疫情防控新常态")."""
    return (label is not None and len(label.rest) <= 30 and not ends_sentence(label.rest)
            and not _SENTENCE_MARK.search(label.rest) and _phrases_at_most(label.rest, 2))


def _phrases_at_most(title: str, count: int) -> bool:
    """Whether a heading's ``title`` holds at most ``count`` phrases between commas; where two may stand, also three
    short parallel ones ("科学精准,勠力同心,适应疫情防控新常态"), as a topic heading strings them, or two set phrases
    before what they lead to ("冲云拨雾,迎难而上,国民经济和社会事业稳步发展")."""
    phrases = COMMA.split(title)
    if len(phrases) <= count:
        return True
    return count == 2 and len(phrases) == 3 and (
        all(len(p) <= 10 for p in phrases) or (len(phrases[0]) <= 4 and len(phrases[1]) <= 4 and len(phrases[2]) <= 16))


def _sharper(measures: Sequence[Callable[[str], float]],
             texts: list[str]) -> tuple[Callable[[str], float], list[float]]:
    """Of the ways to measure lines, the one under which ``texts`` (lines that all fill a column) are most
    nearly of one width, with their widths: the most of them of the commonest width (to half a place; a line
    stops short where a number did not fit, or hangs a mark past the edge), then the least spread (the first
    measure where none is sharper)."""
    best: tuple[tuple[int, float], Callable[[str], float], list[float]] | None = None
    for measure in measures:
        widths = [measure(text) for text in texts]
        rank = (_shared(widths)[0], -(max(widths) - min(widths))) if widths else (0, 0.0)
        if best is None or rank > best[0]:
            best = rank, measure, widths
    assert best is not None
    return best[1], best[2]


def _shared(widths: list[float]) -> tuple[int, float]:
    """How many of ``widths`` share the commonest width (to half a place), and that width (the widest of those
    tied)."""
    counts = Counter(round(width * 2) for width in widths)
    top = max(counts.values())
    return top, max(key for key, count in counts.items() if count == top) / 2


def _commonest(widths: list[float]) -> float:
    """The width most of ``widths`` share, the widest where none is shared (see ``_shared``). A line that hangs a
    mark past the edge of the column is wider than the column, and alone so."""
    count, width = _shared(widths)
    return max(widths) if count < 2 else width


# a short topic with no mark of running text and no figure but its year ("2021年预算收支情况")
_TOPIC_LINE = re.compile(r"(?:(?:19|20)[0-9]{2}年度?)?[^\s，,。；;：:！？!?、0-9０-９%％]{2,14}")


def _alone_topic(lines: list[Line], i: int) -> bool:
    """Whether indented line i is a heading all the same: a short topic set off by blank lines above and below, where
    the copy indents every line alike ("  一、…" / "" / "  2021年预算收支情况" / "" / "  1.一般公共预算。…")."""
    line = lines[i]
    return (line.gap >= 1 and i + 1 < len(lines) and lines[i + 1].gap >= 1  # (text follows: no line the store cut)
            and _TOPIC_LINE.fullmatch(line.text.strip()) is not None and not _text_line(line.text))


def _document_title_alone(lines: list[Line], i: int) -> bool:
    """Whether indented line i is the title of a document printed inside the text, set off by blank lines: the plan
    a notice issues, below its signature ("  2023年…重点工作分工方案(共计121项)" / "" / "  一、…"); the head of what
    follows, not a paragraph."""
    line = lines[i]
    return (0 < i < len(lines) - 1 and line.gap >= 1 and lines[i + 1].gap >= 1 and len(line.text) <= 40
            and not ends_sentence(line.text) and document_title(line.text))


def _indented_blocks(lines: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    in_head = True
    i = 0
    n = len(lines)
    labelled = _labels_of(lines)
    flush = [j for j, line in enumerate(lines) if line.indent < 2 or _heading_shaped(labelled.get(j))]
    accepted = {flush[k] for k in _supported_labels([lines[j] for j in flush], commas=1)}
    # (and where the copy indents every line alike, the first "（一）" of a part closed with a full stop: see
    # _first_under_part and _announced)
    part_firsts = {j for j, lab in labelled.items()
                   if len(title := lab.rest.rstrip("。")) <= HEADING_MAX and _phrases_at_most(title, 2)
                   and (_first_under_part(lines, j, lab, title) or (lab.number == 1 and _announced(
                       lines, j, lab, title)))}
    accepted |= part_firsts
    # a hard-wrapped text with indents: the first lines of wrapped paragraphs show the column under the indent
    # (measured both ways, full-width marks taking a whole place or half of one, as type may set them: the
    # measure that shows those first lines of one width is the type's)
    wrapped = [lines[j].text for j in range(n - 1)
               if lines[j].indent >= 2 and lines[j + 1].gap == 0 and lines[j + 1].indent < 2]
    measure, firsts = _sharper(MEASURES, wrapped)
    column = _commonest(firsts) + 2 if len(firsts) >= 2 else 0.0
    while i < n:
        line = lines[i]
        label = split_label(line.text) if i in accepted else None
        # (a caption or a salutation indented as the paragraphs are, "　　图1 2021-2025年地区生产总值及增速",
        # "　　各位代表:", is a marked line)
        if (line.indent >= 2 and not _heading_shaped(label) and i not in part_firsts and caption_mark(line.text) is None
                and not is_salutation(line.text) and not _alone_topic(lines, i)
                and not _document_title_alone(lines, i)):
            in_head = False
            members, text = [line], line.text
            while True:  # (the test stands in the loop, as in _RawLayout.paragraph)
                if i + 1 >= n or line.whole:
                    break
                page = _special(lines[i + 1], False)
                if (page is not None and page.kind == "furniture" and i + 2 < n and lines[i + 1].gap
                        and lines[i + 2].indent < 2 and not ends_sentence(text) and _broken(text, lines[i + 2])):
                    i += 1  # a page number inside the paragraph, which goes on below it (the number is dropped)
                    continue
                # (below a sentence end that fills the column, a page break: the flush line of text below it, with no
                # "。" that would make it a lead, carries the paragraph on: "…67794 美元?" / "" / "居民完善…;宜居?")
                # (or below a clause end that fills the column, the flush line of clauses below it, which no heading
                # or lead is: "…就业防汛绿化；" / "" / "稳定…184亿人次,文明党建，…174件；"; "…1254.21场；" / "" /
                # "平台4896.4%，建设发展：…189美元！")
                nxt_text = lines[i + 1].text
                fills = _runs_on(lines[i], lines[i + 1], column, measure)
                turned = (0 < lines[i + 1].gap <= 2 and fills
                          and "。" not in nxt_text and (
                              _INNER_SENTENCE.search(nxt_text[:-1]) is not None
                              or (ends_softly(text) and not ends_sentence(nxt_text))))
                if not (lines[i + 1].indent < 2
                        and (lines[i + 1].gap == 0 or _broken(text, lines[i + 1]) or turned)
                        and (not ends_sentence(text) or fills
                             or (lines[i + 1].gap == 0 and ends_open(lines[i + 1].text)))  # (no heading ends so)
                        and page is None):
                    break
                i += 1
                members.append(lines[i])
                text = join_wrapped(text, lines[i].text)
            blocks.append(Block("para", members, text, closed=True))
            i += 1
            continue
        # a title of one or two characters is no column label when it stands where headings stand:
        # set off by blank lines (as every block of canonical text is) or right above an indented paragraph
        short_title = _SHORT_CJK.fullmatch(line.text) is not None and (
            (line.gap >= 1 and (i + 1 == n or lines[i + 1].gap >= 1))
            or (i + 1 < n and lines[i + 1].indent >= 2 and lines[i + 1].gap <= 1))
        marked = None if short_title else _special(line, in_head)
        if marked is not None:
            blocks.append(marked)
        else:
            in_head = False
            # an article's headline group: after two blank lines, and the lines right below it
            # (a line ending with 。 is none of a group's lines: titles never end so, subtitles start with ——)
            grouped = label is None and not line.text.endswith("。") and (
                line.gap >= 2 or (line.gap == 0 and bool(blocks) and blocks[-1].kind == "standalone"))
            if grouped:
                kind, label = "standalone", None
            else:
                # (a whole sentence with clauses, "就业：帮扶…，居民…65536家！", is a lead's line too: the outline
                # keeps it as text where it has no topic's shape)
                sentence = "。" in line.text or _sentence_with_clauses(line.text)
                kind = ("labelled" if label is not None else "lead" if sentence else
                        "para" if _text_line(line.text) else "standalone")
            members, text = [line], line.text
            # a run-in heading ("第一部分 标题。正文…") whose text stops mid-sentence goes on in the flush lines of
            # text glued below it (hard-wrapped where no column was measured)
            # (or ends a clause or sentence where it fills the column: "…4906.32项；" / "营商环境商户？…"); so does a
            # numbered glossary entry ("1. 物业助餐：…公共空间866" / "户；")
            entry = glossary_entry(text)
            goes_on = (kind != "standalone" and "。" in text) or (
                entry is not None and entry.number is not None and bool(entry.definition))
            while True:  # (the test stands in the loop, as in _RawLayout.paragraph)
                if not (goes_on
                        and (not (ends_sentence(text) or ends_softly(text))
                             or (i + 1 < n and _runs_on(lines[i], lines[i + 1], column, measure)))
                        and i + 1 < n and (lines[i + 1].gap == 0 or _broken(text, lines[i + 1]))
                        and lines[i + 1].indent < 2 and not lines[i + 1].doubled
                        and split_label(lines[i + 1].text) is None and _special(lines[i + 1], False) is None):
                    break
                i += 1
                members.append(lines[i])
                text = join_wrapped(text, lines[i].text)
            label = label if len(members) == 1 or label is None else split_label(text)
            blocks.append(Block(kind, members, text, label=label, closed=ends_sentence(text)))
        i += 1
    return blocks
