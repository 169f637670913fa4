"""Which paragraphs are headings, judged by the series they belong to.

A label at the start of a paragraph ("（一）", "1.", "一、") makes a *candidate*. Whether it is a
heading is decided for its whole run (（一）（二）（三）… of one family, numbered in sequence): a run
of short topic phrases is a run of headings; a run of whole sentences is a list (the clauses of a
set of rules, figure statements such as "（1）本级收入总计2926279万元。", numbered notes).

Unlabelled lead sentences ("营商环境持续优化。…") and "一是…/二是…" openers are headings only as a
parallel series under one heading: consecutive paragraphs that each open with a short topic
phrase, or lines that stand alone above their body. A lone short opening sentence, an opener with a
subject or a discourse marker ("五年来，我们…"), a "——" lead-in and a statement of fact with
figures ("全年粮食产量比上年增长2.1%。") are body text.

Everything here is pure: it looks at the texts of a document's blocks and returns decisions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TypeVar

from ..model import Metric
from ..numbering import cn_to_int, parse_label
from .lines import CLOSING, COMMA, DUTY, SECTION_NUMBER, Labelled, glued_heading, opens_discourse
from .normalise import unspace_letters

Extractor = Callable[[str], list[Metric]]
Key = TypeVar("Key", bound=Hashable)

TITLE_MAX = 60  # longest title a labelled heading may have
LEAD_MAX = 40  # longest lead sentence (a run-in opener) that counts as a heading
STANDALONE_LEAD_MAX = 60  # longest stand-alone lead line
_LIST_PUNCT = re.compile(r"[；;：:]")  # a list entry, or a "term：definition" item
_SENTENCE_END = re.compile(r"[。！？!?]")
_DASH_LEAD = ("——", "－－", "--", "―")
_SHI = re.compile(r"^(?P<n>[一二三四五六七八九十]{1,3})(?:是|要)(?![否不])")
_SECOND = re.compile(r"二(?:是|要)(?![否不])")
# openers that make a sentence a statement, not a topic phrase: a subject, a time or discourse marker
_CONNECTIVE = re.compile(
    r"^(?:同时|此外|另外|其中|总之|为此|因此|但是|然而|所以|而且|并且|如|例如|比如|以上|上述|综上|总的来看)")
_SUBJECT = re.compile(
    r"^(?:我们|我[国省市区县镇]|这|那|今年|明年|去年|当前|目前|"
    r"过去|五年来|一年来|近年来|多年来|[一二三四五六七八九十]+年来|各位|全年|年末|年初|截至|初步核算|"
    # a year before its subject or a time within it ("2025年全县…", "2025年上半年…"); a year before a topic
    # ("2020年生态保护成效突出。") dates the topic
    r"[0-9]{4}年(?:[全我本该各，,、]|[上下]半年|[底末初前中]|以来|[0-9一二三四五六七八九十]|第|[1-4]季度))"
)
# the sentence that sums up a report's review of the year or of five years, a heading where it stands alone above
# the paragraphs it sums up, even where no other such sentence follows it ("一年来，我们笃行实干，实现了经济发展的
# 量增质优。"; not "一年来，我们主要做了以下工作：")
_REVIEW = re.compile(r"^(?:一年来|这一年|过去一年|[二三四五]年来|这[二三四五]年|过去[二三四五]年)[，,]?我们"
                     r"(?!主要|着力抓|重点抓)[^：:。！？]{4,40}[。！]?$")
_TIME_CLAUSE = re.compile(r"^[^，,]{1,8}(?:年|来|以来|期间|时期|之际)[，,]")
_ENUMERATION = re.compile(
    r"^(?:首先|其次|再次|最后|第[一二三四五六七八九十]+[，,、]|注[：:]|[［\[【][0-9]{1,3}[］\]】])")
# a topic's name of a few characters and a colon, text after it on the line; a longer name when it names an account
# of something ("税收返还和转移支付执行情况:…")
_TOPIC_LABEL = re.compile(r"(?P<title>[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{5,14}情况)[：:][ \u3000]*(?=[^\s：:])")
# how the words before a colon end when they say or list rather than name a topic ("他指出:", "通知如下:")
_NOT_TOPIC_ENDS = ("指出", "强调", "表示", "认为", "说", "要求", "提出", "明确", "规定", "如下", "为", "是", "有",
                   "包括", "地址", "电话", "邮箱", "传真", "邮编", "网址", "热线")  # (nor contacts: "联系电话:…")
_RUNNING_TEXT = re.compile(r"[，,。；;]")  # (what follows the colon is sentences of text)
_NOT_TOPICS = frozenset(("其中", "注", "备注", "说明", "附", "附件", "附注", "来源", "资料来源", "数据来源", "注释"))
# a topic's name of a word or two set off by a space, its paragraph run in ("人口 年末全县常住人口94.5万人,…"), as a
# bulletin prints a bold topic word before its text; not an article's number ("第一条 为加强…") nor a speaker and his
# words ("市政府办主任 吴碧海:女士们…")
_SPACED_TOPIC = re.compile(r"(?P<title>[\u4e00-\u9fff]{2,6})[ \u3000]+(?=[\u4e00-\u9fff])")
_FIRST_CLAUSE = re.compile(r"[^，,。；;：:]*[：:]")  # (a colon before the first clause ends: a speaker's words)
_COPULA = re.compile(r"^[^“”《》]*?是")  # "2025年是…之年": a statement about its subject, not a topic
_ORDINAL_WORDS = frozenset({"part", "chapter", "jie"})  # 第二章 may well stand alone on a page
# a clause numbered with its section ("1.2.2抗旱工作…负责。"): a rule of a plan, no lead sentence
_DECIMAL_CLAUSE = re.compile(r"[0-9]{1,2}(?:[.．][0-9]{1,2}){1,3}(?![0-9.．])")


@dataclass(frozen=True)
class Heading:
    """The decision for one block: a heading of ``kind`` with its title and the run-in rest."""

    kind: str  # numbered | lead | topic (a lead of a series of short topics, which may stand at the top) | shi
    title: str
    rest: str | None
    label: Labelled | None = None  # a numbered heading's label, where its block's own is none


def first_sentence(text: str) -> tuple[str, str | None]:
    """Split "title。rest" at the first sentence end; a text without one is all title."""
    match = _SENTENCE_END.search(text)
    if match is None:
        return text.rstrip("：:；; "), None
    title = text[:match.start()]
    rest = text[match.end():].strip()
    return title, rest or None


def _length(text: str) -> int:
    return len(text) - text.count(" ")


# a number with a sign or a decimal point at the end; it starts where no digit stands before it, so a
# long run of digits is tried from its first digit only
_BARE_NUMBER_END = re.compile(r"(?<![0-9０-９.．])(?:[-－+]?[0-9０-９]+[.．][0-9０-９]+|[-－+][0-9０-９]+)\s*[%％‰]?$")


def topic_shaped(title: str, *, limit: int, commas: int) -> bool:
    """A title short and plain enough for a heading: no list punctuation, few commas, and not a row of
    a table ("食品烟酒 -0.3": a label and a bare number)."""
    return (1 <= _length(title) <= limit and _LIST_PUNCT.search(title) is None
            and len(COMMA.findall(title)) <= commas and _BARE_NUMBER_END.search(title) is None)


def _has_figure(text: str, extract: Extractor) -> bool:
    """Whether ``text`` holds a figure written with digits. A figure's text is a span of ``text``
    (``text[m.start:m.end] == m.text``), so a text without a digit has none, and is not scanned."""
    if not any(map(str.isdigit, text)):
        return False
    return any(any(ch.isdigit() for ch in metric.text) for metric in extract(text))


@dataclass
class _Candidate:
    index: int
    family: str
    number: int | None
    title: str
    rest: str | None
    votes: bool  # whether this candidate, judged alone, looks like a heading
    closed: bool = False  # the paragraph ends with a full stop (one whole sentence where ``rest`` is None)


def labelled_candidate(index: int, label: Labelled, extract: Extractor) -> _Candidate:
    """A paragraph that opens with a label, with its own vote on being a heading."""
    title, rest = _colon_topic(label.rest) or _glued_opener(label.rest) or first_sentence(label.rest)
    title = unspace_letters(title)
    item = rest is None and label.rest.rstrip().endswith(("；", ";"))  # "1、加快产业转型升级，…；": a list entry
    complete = label.rest.rstrip().endswith(("。", "！", "？"))
    # "（1）本级收入总计2926279万元。"; a bullet with its figure needs no full stop: "●全市各项贷款余额2891.8亿元"
    statement = (complete or label.number is None) and rest is None and _has_figure(title, extract)
    # a task with the departments that answer for it after it: "1.聚力建设…核心区。(牵头部门:市发改局,…)"
    item = item or (rest is not None and _DUTY_NOTE.match(rest) is not None)
    votes = (topic_shaped(title, limit=TITLE_MAX, commas=2) and not statement and not item
             and not _amount(title, extract) and _CITED.search(title) is None)
    return _Candidate(index, label.family, label.number, title, rest, votes, closed=complete)


def _glued_opener(text: str) -> tuple[str, str | None] | None:
    """(heading, text) of a labelled paragraph whose heading runs into its text's first time word (``glued_heading``);
    None for any other."""
    end = glued_heading(text)
    return None if end is None else (text[:end], text[end:])


_DUTY_NOTE = re.compile(rf"[（(]\s*{DUTY}")
# another document cited by its number or its notice of issue: "农业部 财政部《关于…的指导意见》[2011]85号", "财政部
# 农业部关于印发《中央…》": an entry of a list of the documents a plan rests on, no heading
_CITED = re.compile(r"[〔\[［(（][0-9]{4}[〕\]］)）]\s*[0-9]{1,4}\s*号|关于印发《")


def _amount(title: str, extract: Extractor) -> bool:
    """Whether ``title`` is a quantity's name and its figure and nothing else ("①税收收入42328万元。其中:…"): an entry
    of an account, where a heading's figure follows a verb ("一、经济总量突破5000亿元")."""
    if not any(map(str.isdigit, title[-4:])):
        return False  # (the cheap test first: a figure ends the title)
    figures = extract(title)
    if not figures or figures[-1].end != len(title) or figures[-1].start == 0 or figures[-1].qualifier is not None:
        return False  # ("突破5000亿元": a verb of its own)
    return figures[-1].indicator == title[:figures[-1].start]


# a topic run in with a colon after its label ("（一）主动公开方面：围绕…"): a heading of the report's, where a field
# ("时间：", "地点：") or a speaker's turn is none; the topic names an aspect
_COLON_TOPIC = re.compile(r"(?P<topic>[^，,。；;：:、\s]{2,12}(?:方面|情况))[：:]")


def _colon_topic(text: str) -> tuple[str, str | None] | None:
    """(topic, rest) of a text that opens with a topic run in with a colon, or None."""
    if "方面" not in text[:16] and "情况" not in text[:16]:  # (the cheap test first)
        return None
    match = _COLON_TOPIC.match(text)
    return None if match is None else (match.group("topic"), text[match.end():].strip() or None)


# a heading that counts the items below it, in brackets at its end: "县示范区管委会牵头工作(8项)", "（共12条）"
_COUNTED = re.compile(r"[（(]共?[0-9０-９]{1,3}[项条个件][)）]$")
_LONE_PART_MAX = 8  # the longest topic of a lone "二、…" line taken as a part's heading
_RULE_MIN = 15  # a whole-sentence item longer than this states a rule ("严禁…行为。"), not a topic ("着力加强…管理。")


def accepted_runs(candidates: Sequence[_Candidate]) -> set[int]:
    """Indices of the candidates whose run is a run of headings.

    A run is a family's candidates numbered in sequence (a number that does not follow the one
    before starts a new run); it is a run of headings when at least half of its members vote so.
    Bullets (no number) of one family form one run.
    """
    runs: list[list[_Candidate]] = []
    open_run: dict[str, list[_Candidate]] = {}
    for candidate in candidates:
        run = open_run.get(candidate.family)
        follows = run is not None and (
            candidate.number is None or (run[-1].number is not None and candidate.number == run[-1].number + 1))
        if run is not None and follows:
            run.append(candidate)
        else:
            run = [candidate]
            runs.append(run)
            open_run[candidate.family] = run
    accepted: set[int] = set()
    heads = {c.index: c for c in candidates}
    for run in runs:
        if sum(c.votes for c in run) * 2 < len(run):
            continue
        above = heads.get(run[0].index - 1)
        if (len(run) >= 2 and run[0].number == 1 and above is not None and above.family == run[0].family
                and above.number == 1 and above.index in accepted and any(c.closed for c in run)):
            continue  # "1.部门职责" over "1.贯彻落实…。" / "2.负责…。": the items of the list under that heading
        if (run[0].number == 1 and above is not None and above.index in accepted and any(c.closed for c in run)
                and _COUNTED.search(above.title) is not None):
            continue  # "一、…牵头工作(8项)" over "1.投资…。" / "2.打造…。": the heading counts the items of its list
        if (len(run) >= 2 and all(c.closed for c in run)
                and sum(c.rest is None and len(c.title) > _RULE_MIN for c in run) * 3 >= len(run) * 2
                and all(later.index == earlier.index + 1 for earlier, later in pairwise(run))):
            continue  # items closed with a full stop, one right after the other, most one whole sentence: rules (通告)
        first = run[0]
        if len(run) == 1 and first.number not in (None, 1) and first.family not in _ORDINAL_WORDS and not (
                first.family == "cn" and first.rest is None and not first.closed and first.votes
                and len(first.title) <= _LONE_PART_MAX):
            # a lone "2." is the rest of a list that started elsewhere ("注：1.…" then "2.…"); a part's short topic
            # alone on its line ("二、农业") is a part whose first the copy lost or printed otherwise ("- 综合")
            continue
        accepted.update(c.index for c in run if c.votes or len(run) > 1)
    return accepted


def opens_series(text: str) -> bool:
    """Whether a line opens with "一是" / "二要", the opener of an item of a parallel series."""
    return _SHI.match(text) is not None


def shi_candidate(index: int, text: str, extract: Extractor) -> _Candidate | None:
    """A paragraph that opens "一是…" / "二要…", the numbered openers of a parallel series."""
    match = _SHI.match(text)
    if match is None:
        return None
    number = cn_to_int(match.group("n"))
    if number is None:
        return None
    title, rest = first_sentence(text)
    votes = topic_shaped(title, limit=TITLE_MAX, commas=2) and not _has_figure(title, extract)
    return _Candidate(index, "shi", number, title, rest, votes, closed=rest is None and text.rstrip().endswith("。"))


def accepted_shi(candidates: Sequence[_Candidate], last: int = -1) -> set[int]:
    """Runs of "一是, 二是, …" paragraphs that start at 一 and have at least two members.

    ``candidates`` are those of one region (the paragraphs under one heading): a series that runs on
    from one heading into the next is no series. A topic-shaped "一是" that is the document's ``last``
    paragraph, no "二是" inside it, is a series the document was cut short in (a page copied in part), if a clause of
    it at least is whole ("一是决战决胜脱贫攻坚,全面脱贫胜"); one cut inside its first clause ("一是招商") may be
    anything.
    """
    accepted: set[int] = set()
    run: list[_Candidate] = []

    def close() -> None:
        if len(run) >= 2 and run[0].number == 1 and sum(c.votes for c in run) * 2 >= len(run):
            accepted.update(c.index for c in run)
        elif (len(run) == 1 and run[0].index == last and run[0].number == 1 and run[0].votes
              and (run[0].rest is not None or run[0].closed or COMMA.search(run[0].title) is not None)
              and not _SECOND.search(run[0].rest or "")):
            accepted.add(run[0].index)

    for candidate in candidates:
        if run and candidate.number == (run[-1].number or 0) + 1:
            run.append(candidate)
        else:
            close()
            run = [candidate]
    close()
    return accepted


@dataclass(frozen=True)
class Opener:
    """A paragraph's opening sentence that may be a lead: its item index, title, run-in rest, figures."""

    index: int
    title: str
    rest: str | None
    figures: bool
    colon: bool = False  # a topic's name and a colon ("投资:全区完成…")


def _numbered_clause(text: str) -> bool:
    """A clause numbered with its section ("1.2.1抗旱工作…负责。"): a rule of a plan, no lead sentence."""
    section = SECTION_NUMBER.match(text) if text[:1].isdigit() else None
    return section is not None and section.group("sub") is not None


def _spaced_topic(text: str) -> re.Match[str] | None:
    """The topic's name ``text`` opens with, set off by a space (``_SPACED_TOPIC``); None for an article's number or a
    speaker's name before his words."""
    topic = _SPACED_TOPIC.match(text)
    if topic is None or topic.group("title").startswith("第") or _FIRST_CLAUSE.match(text, topic.end()) is not None:
        return None
    return topic


def _topic_label(text: str) -> re.Match[str] | None:
    """The topic's name and colon (or space) ``text`` opens with, sentences of text after them; None for a speaker's
    words, a note, a page's contacts and any other text."""
    topic = _TOPIC_LABEL.match(text) or _spaced_topic(text)
    if topic is None or topic.group("title").endswith(_NOT_TOPIC_ENDS) or topic.group("title") in _NOT_TOPICS:
        return None
    return topic if _RUNNING_TEXT.search(text, topic.end()) is not None and "@" not in text else None


def lead_opener(index: int, text: str, extract: Extractor) -> Opener | None:
    """The lead sentence a paragraph opens with, if its shape allows one (the series decides)."""
    if _REVIEW.match(text) is not None:  # "一年来，我们…。" alone: the review's sum (a statement of figures is none)
        title = first_sentence(text)[0]
        return None if _has_figure(title, extract) else Opener(index, title, None, False)
    if (text.startswith(_DASH_LEAD) or _ENUMERATION.match(text) or _CONNECTIVE.match(text) or opens_discourse(text)
            or CLOSING.match(text) or _numbered_clause(text)):
        return None  # (a subject or a discourse marker and a comma, "今年以来，我们，…。", opens a sentence of text)
    topic = _topic_label(text)
    if topic is not None:  # a topic's name and a colon, its paragraph run in ("农业:全年实现…"): a lead, if a series
        return Opener(index, topic.group("title"), text[topic.end():].strip(), False, colon=True)
    title, rest = first_sentence(text)
    statement = _SUBJECT.match(title) is not None or _TIME_CLAUSE.match(title) is not None
    if rest is None:
        # the whole paragraph is one sentence: a stand-alone line, if it ends like a sentence
        if not text.rstrip().endswith(("。", "！", "？")) and _SENTENCE_END.search(text) is None:
            return None
        if not topic_shaped(title, limit=STANDALONE_LEAD_MAX, commas=3):
            return None
        if statement and _has_figure(title, extract):
            return None  # a statement of figures about its subject or time ("截至年底，全镇，…15398家…。")
    else:
        if not topic_shaped(title, limit=LEAD_MAX, commas=1):
            return None
        if statement or _COPULA.match(title):
            return None
        sentences = [s for s in re.split("[。！？!?]", rest) if s]
        if len(sentences) >= 2 and all(_length(s) <= 25 and not COMMA.search(s) and not _LIST_PUNCT.search(s)
                                       for s in sentences):
            return None  # "建立完善工作机制。切实筑牢社区防线。…": one paragraph listing short sentences
    return Opener(index, title, rest, _has_figure(title, extract))


def _standalone(openers: Sequence[Opener]) -> list[Opener]:
    """The openers that are a paragraph's whole sentence, with no figure: lines that stand alone above their body."""
    return [o for o in openers if o.rest is None and not o.figures]


def lone_review(openers: Sequence[Opener]) -> Opener | None:
    """The sentence that sums up a review ("一年来，我们笃行实干，实现了经济发展的量增质优。"), where it is the one
    stand-alone opener of its region: a heading even with no series, and the leads below it are its children (as
    under "一是…"); None where the region has none, or a series of them ("这五年，我们…" six times: leads)."""
    standalone = _standalone(openers)
    if len(standalone) == 1 and _REVIEW.match(standalone[0].title) is not None:
        return standalone[0]
    return None


def accepted_leads(openers: Sequence[Opener], body: set[int]) -> set[int]:
    """Indices of lead openers that form a parallel series.

    ``openers`` are the possible leads among the paragraphs of one region (the paragraphs under one
    heading), in order; ``body`` the indices of the region's other paragraphs. Stand-alone lines
    (the sentence alone, its body below) count when at least two of them head the region's
    paragraphs; when they alternate with their bodies, the paragraph below each is its body, even
    if it opens with a short sentence. Otherwise openers count when at least two follow each other
    with no body paragraph between them. A series is made of topic phrases: most of its openers are
    without figures ("继续办好10件惠民实事" may join a series; a bulletin's figure statements are none).
    """
    standalone = _standalone(openers)
    accepted: set[int] = set()
    if len(standalone) >= 2:
        accepted.update(o.index for o in standalone)
        lines = {o.index for o in standalone}
        paragraphs = body | {o.index for o in openers}
        followed = sum(1 for i in lines if i + 1 in paragraphs and i + 1 not in lines)
        if followed >= 2 and followed * 2 >= len(lines):  # each stand-alone line above its own body paragraph
            bodies = {o.index + 1 for o in standalone}
            body = body | bodies
            openers = [o for o in openers if o.index not in bodies]
    run: list[Opener] = []

    def close() -> None:
        single = False
        if len(run) >= 2 and run[0].rest is None and COMMA.search(run[0].title) and all(
                o.rest is not None for o in run[1:]):
            # a sentence of clauses alone above run-in leads introduces them ("坚持民生为大，…。"); above one lead
            # (a page cut after it), both with no figure, it says a series opens there all the same
            single = len(run) == 2 and not run[0].figures and not run[1].figures
            del run[0]
        plain = sum(1 for o in run if not o.figures)
        if single or (plain >= 2 and plain * 2 >= len(run)):
            accepted.update(o.index for o in run)

    for opener in openers:
        if run and not any(i in body for i in range(run[-1].index + 1, opener.index)):
            run.append(opener)
        else:
            close()
            run = [opener]
    close()
    # topics named with a colon ("经济总量:…", "财政收支:…") head the region's paragraphs as a series, the paragraphs
    # of text after one of them aside ("投资:…" after the second paragraph of "财政收支")
    topics = [o.index for o in openers if o.colon]
    if len(topics) >= 3 and sum(i in accepted for i in topics) >= 2:
        accepted.update(topics)
    return accepted


# a heading numbered by its section's place in a plan or a standard: "1总则", "1.1 编制目的", "3.2.1 预警级别"
_DECIMAL_HEADING = re.compile(r"(?P<label>[1-9][0-9]?(?:[.．][1-9][0-9]?){0,3})(?![0-9.．%％])[ \u3000]*"
                              r"(?P<title>[\u4e00-\u9fff“《][^。；;！？!?，,：:]{1,30})")


def decimal_headings(texts: Mapping[Key, str], extract: Extractor) -> dict[Key, Labelled]:
    """The lines of ``texts`` (by any key) that are headings numbered 1 / 1.1 / 1.1.1, with their labels.

    A document numbers its sections so when two such lines at least are numbered below a top number; a top number
    alone ("1总则") counts when a section under it follows ("1.1编制目的"), a deeper one when its parent or a
    sibling is printed too; a line that opens with a figure ("2.5亿元") is none.
    """
    found: dict[Key, tuple[str, str]] = {}
    for index, text in texts.items():
        if text[:1] in "123456789" and (match := _DECIMAL_HEADING.fullmatch(text)) is not None:
            found[index] = (match.group("label"), match.group("title").strip())
    paths = {index: label.replace("．", ".") for index, (label, _) in found.items()}
    if sum(1 for path in paths.values() if "." in path) < 2:
        return _bare_items(texts, extract)
    printed = set(paths.values())
    parents = Counter(path.rpartition(".")[0] for path in printed if "." in path)
    headings: dict[Key, Labelled] = {}
    for index, (label, title) in found.items():
        path = paths[index]
        parent = path.rpartition(".")[0]
        if "." not in path:
            placed = any(other.startswith(f"{path}.") for other in printed)
        else:
            placed = parent in printed or parents[parent] >= 2
        parsed = parse_label(label)
        if not placed or parsed is None or any(m.start == 0 for m in extract(texts[index])):
            continue
        headings[index] = Labelled(label, parsed.family, parsed.number, title)
    return headings or _bare_items(texts, extract)


def _bare_items(texts: Mapping[Key, str], extract: Extractor) -> dict[Key, Labelled]:
    """Paragraphs numbered 1, 2, 3 … with no mark after the number, each opening with a short sentence that names
    its topic ("1全面推进乡村振兴项目落地。持续开展…", "2聚焦…"): run-in headings whose dot was lost. Two at least,
    in a row from 1; a number that counts or dates (1月份, 2个) is none."""
    items: list[tuple[Key, int, str]] = []
    for key, text in texts.items():
        match = _BARE_ITEM.match(text) if text[:1] in "123456789" else None
        if match is None or any(m.start == 0 for m in extract(text)):
            continue
        title, _ = first_sentence(match.group("rest"))
        if topic_shaped(title, limit=LEAD_MAX, commas=1):
            items.append((key, int(match.group("n")), match.group("rest")))
    run = [item for position, item in enumerate(items) if item[1] == position + 1]
    if len(run) < 2 or len(run) != len(items):
        return {}
    return {key: Labelled(str(number), "decimal", number, rest) for key, number, rest in run}


_BARE_ITEM = re.compile(r"(?P<n>[1-9])(?![0-9.．、,，:：)）%％])"
                        # (not a number that counts or dates)
                        r"(?!月|日|年|号|时|点|季度|周|天|个|名|人|家|项|次|万|亿|千|百|十)"
                        r"(?P<rest>[\u4e00-\u9fff“《][^\n]+)")


__all__ = [
    "Heading",
    "Opener",
    "accepted_leads",
    "accepted_runs",
    "accepted_shi",
    "decimal_headings",
    "first_sentence",
    "labelled_candidate",
    "lead_opener",
    "lone_review",
    "opens_series",
    "shi_candidate",
    "topic_shaped",
]
