"""Stage 4: blocks into the section tree, with metadata and glossary on the way.

The head of a document (masthead, title lines, metadata table) feeds ``Meta``. In the body each
standalone line is given a role (article headline, subhead, sidebar, caption, kicker, subtitle),
numbered headings nest by the order in which their families first appear, and lead sentences
under numbered headings ("旧区改造换档加速。") become headings of their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

from ..model import GlossaryTerm, LineSpan, Meta, Metric, Paragraph, Section, Table
from ..numbering import ANNEX_NUMBER, parse_label
from .blocks import Block
from .frame import Frame
from .frame.title import issuers_over_title, speaker, wrapped_before_last_words
from .glossary import (
    GLOSSARY_HEAD,
    NOTES_HEAD,
    Entry,
    glossary_entry,
    glossary_head,
    run_in_entries,
    spaced_entry,
    strip_markers,
)
from .headings import (
    STANDALONE_LEAD_MAX,
    Heading,
    Opener,
    accepted_leads,
    accepted_runs,
    accepted_shi,
    decimal_headings,
    first_sentence,
    labelled_candidate,
    lead_opener,
    lone_review,
    shi_candidate,
    topic_shaped,
)
from .lines import (
    CLOSING,
    COMMA,
    CONTENTS_ENTRY,
    FRAME_PARTS,
    SECTION_NUMBER_FIRST,
    SIDEBAR_HEAD,
    Labelled,
    caption_strength,
    ends_open,
    ends_sentence,
    ends_softly,
    is_doc_title,
    is_unit_note,
    law_clause,
    rule_article,
    split_label,
    unclosed,
)
from .normalise import clean_spaces, join_wrapped, unspace_letters
from .tables import TableBlock

Extractor = Callable[[str], list[Metric]]
SHI = "shi"  # the family of "一是…/二是…" openers on the stack of open sections
SUBHEAD = "subhead"  # an unnumbered subhead on the stack: the numbered headings below it are its children
_DECLARED_ANNEX = re.compile(
    rf"^(?P<label>附件(?:{ANNEX_NUMBER})?)(?:[ \u3000：:]+|(?=[《“]))(?P<title>\S.*)$")
"""A declared heading that prints an attachment's label before its title ("附件2 …", "附件《…》")."""
DECLARED = "declared:"  # a heading whose file declares its depth, on the stack as "declared:2"

_TITLE_PUNCT = re.compile(r"[，,；;：:！？!?]")
_NOTE = re.compile(r"^(?:注[：:]|（注|\(注)")
_OPENING_PARAGRAPHS = 3  # the most paragraphs a part opens with before a subhead of clauses that stands under it


@dataclass
class Parsed:
    """What the outline stage produces, before it is frozen into a Report."""

    meta: Meta
    preamble: list[Paragraph] = field(default_factory=list)
    preamble_tables: list[Table] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    glossary: list[GlossaryTerm] = field(default_factory=list)


def _span(blocks: list[Block]) -> LineSpan:
    return LineSpan(first=blocks[0].first_line, last=blocks[-1].last_line)


# ---- roles of standalone lines ------------------------------------------------------------------

@dataclass
class Role:
    """What a group of standalone lines is."""

    kind: str  # article | subhead | sidebar | glossary | caption | kicker | byline | text
    title: str = ""
    subtitle: str | None = None
    kicker: str | None = None
    blocks: list[Block] = field(default_factory=list)
    consumed: int = 1  # groups this role takes (a headline and its subtitle below a blank line: 2)


def _subtitle(lines: list[str]) -> str | None:
    """Subtitle lines without their leading dashes, joined; None when nothing is left."""
    # joined the way a line is cleaned, so that the canonical text reads back the same subtitle
    return clean_spaces(" ".join(part for line in lines if (part := line.lstrip("—－-").strip()))) or None


def _headline(lines: list[str]) -> tuple[str, str | None]:
    """The title and subtitle of a headline group; a title broken over two lines is joined."""
    title = lines[0].lstrip("—－-").strip() or lines[0]
    rest = lines[1:]
    while rest and (ends_open(title) or unclosed(title) or title.endswith("年")
                    or (title.startswith("关于") and not is_doc_title(title) and is_doc_title(rest[0]))
                    or issuers_over_title(title, rest[0]) or rest[0].startswith(_CARRIES_ON)):
        title = join_wrapped(title, rest.pop(0))
    subtitle = _subtitle(rest)
    return title, subtitle


_BODY = ("para", "byline", "salutation", "lead")


def _next_body(items: list[Block | list[Block]], index: int) -> Block | list[Block] | None:
    for position in range(index + 1, len(items)):  # no copy of the rest: a slice made parse quadratic
        item = items[position]
        if isinstance(item, Block) and (item.kind == "caption" or is_unit_note(item.text)):
            continue  # (a chart's or table's unit, "单位:万元", stands with its caption: no body)
        if isinstance(item, list) and caption_strength(" ".join(b.text for b in item)) == 2:
            continue
        return item
    return None


def _is_body(item: Block | list[Block] | None) -> bool:
    return isinstance(item, Block) and item.kind in _BODY


_CLAUSE_INSIDE = re.compile(r"[，,；;]")  # a clause break: what a caption does not hold
# a line of a list that keys each entry: a name, a colon, what it lists (two where a break joined two lines)
_ENTRY = re.compile(r"(?:[^:：，,。；;]{1,10}[:：][^:：，,。；;]+){1,2}")


def _listed_entry(text: str) -> bool:
    """Whether ``text`` is a keyed entry of a list ("拉萨市:拉萨市、当雄县"), no heading or caption."""
    return _ENTRY.fullmatch(text) is not None


def _joined(item: Block | list[Block]) -> str:
    """The text of a group or a block, its lines joined as ``_resolve`` joins a group's."""
    return clean_spaces(" ".join(unspace_letters(b.text) for b in _blocks_of(item)))


def _resolve(items: list[Block | list[Block]], index: int, indented: bool, first: bool,
             numbered_above: bool = False) -> Role:
    """Decide the role of the standalone group ``items[index]``; ``numbered_above``: a numbered heading stands
    above it."""
    group = items[index]
    assert isinstance(group, list)
    texts = [unspace_letters(b.text) for b in group]
    joined = clean_spaces(" ".join(texts))
    if joined.endswith(("|", "｜")):
        return Role("text", blocks=group)  # a table's cell printed on a line of its own ("2 |"): no heading
    following = _next_body(items, index)
    if _listed_entry(joined) and any(_listed_entry(_joined(items[k])) for k in (index - 1, index + 1)
                                      if 0 <= k < len(items)):
        return Role("text", blocks=group)  # "拉萨市:拉萨市、当雄县" / "山南市:山南市、洛扎县": entries of a list
    if len(group) == 1 and GLOSSARY_HEAD.search(texts[0]):
        return Role("glossary", title=texts[0], blocks=group)
    if len(group) == 1 and SIDEBAR_HEAD.match(texts[0]):
        return Role("sidebar", title=texts[0], blocks=group)
    if len(group) == 1 and texts[0].startswith(_DASHES) and _CLAUSE_INSIDE.search(texts[0]):
        return Role("text", blocks=group)  # "——决胜之年,我们…达到了新高度": a lead-in of clauses, never a heading
    if len(group) == 1 and CLOSING.match(texts[0]):
        return Role("text", blocks=group)  # "特此通告" alone on its line closes the notice: it heads nothing
    if len(group) == 1 and texts[0] in FRAME_PARTS:
        return Role("subhead", title=texts[0], blocks=group)  # "引 言" over the text: a part of it, no headline
    above = items[index - 1] if index else None
    if len(group) == 1 and isinstance(above, list) and any(b.text.startswith(_DASHES) for b in above) and speaker(
            texts[0], under_subtitle=True) is not None:
        return Role("byline", blocks=group)  # "××镇人民政府镇长 ×××" under "——…在…会议上": who delivers it
    if indented:
        if group[0].gap >= 2:
            plain = [t for t in texts if not t.startswith("——")]
            if len(plain) == 2 and wrapped_before_last_words(*plain):
                plain = [join_wrapped(*plain)]  # one title over two lines, not a kicker over its title
            subtitle = " ".join(p for t in texts if t.startswith("——") and (p := t[2:].strip())) or None
            kicker = plain[0] if len(plain) > 1 else None
            return Role("article", title=plain[-1] if plain else texts[0], subtitle=subtitle, kicker=kicker,
                        blocks=group)
        return Role("subhead", title=joined, blocks=group)
    strength = caption_strength(joined)
    if strength == 2 or (strength == 1 and not _is_body(following)):
        return Role("caption", blocks=group)
    nxt = items[index + 1] if index + 1 < len(items) else None
    if (isinstance(nxt, Block) and nxt.kind == "para" and is_unit_note(nxt.text)
            and "：" not in joined and ":" not in joined):
        return Role("caption", blocks=group)  # the title of the table or chart whose unit is printed below it (not a
        # field of it, "部门:××局")
    kicker = None
    bold = [b.lines[0].doubled for b in group]
    if not bold[0] and any(bold) and not any(t.startswith(("——", "－－", "--")) for t in texts[:bold.index(True)]):
        # the fake-bold line is the main title; the plain lines above it are its kicker (引题)
        kicker, texts = clean_spaces(" ".join(texts[:bold.index(True)])), texts[bold.index(True):]
    title, subtitle = _headline(texts)
    if subtitle is None and kicker is None and GLOSSARY_HEAD.search(title):
        return Role("glossary", title=title, blocks=group)  # a glossary heading printed over two lines
    # a headline with its subtitle one blank line below, then the body
    if (subtitle is None and isinstance(nxt, list) and len(nxt) == 1 and nxt[0].gap <= 1
            and caption_strength(nxt[0].text) == 0 and _is_body(_next_body(items, index + 1))
            and not GLOSSARY_HEAD.search(nxt[0].text) and not SIDEBAR_HEAD.match(nxt[0].text)):
        return Role("article", title=title, subtitle=_subtitle([nxt[0].text]), kicker=kicker,
                    blocks=[*group, *nxt], consumed=2)
    signals = (
        any(b.lines[0].doubled for b in group),
        subtitle is not None,
        # (a short line that ends as a document's title does, below a numbered heading, is a part of the document:
        # "一、…" / its text / "预算执行情况")
        is_doc_title(title) and not (numbered_above and len(title) <= _SHORT_PART),
        first and _is_body(following),
        isinstance(following, Block) and following.kind == "byline" and following.gap <= 1,
    )
    if any(signals):
        return Role("article", title=title, subtitle=subtitle, kicker=kicker, blocks=group)
    if len(title) >= 20 and _TITLE_PUNCT.search(title) and isinstance(nxt, list) and _right_above(group, nxt):
        return Role("kicker", title=joined, blocks=group)
    if _only_text_of(above, following):
        return Role("text", blocks=group)
    if _is_body(following) or (isinstance(following, Block) and following.kind == "labelled"):
        return Role("subhead", title=joined, blocks=group)
    if len(group) == 1 and _heads_a_run(items, index):
        return Role("subhead", title=joined, blocks=group)  # "落实…情况" over "财政运行稳进提质", …, then the text
    cut_short = (_is_body(above) or (isinstance(above, Block) and above.kind in ("labelled", "table"))
                 or _CLAUSE_INSIDE.search(joined) is not None or joined.endswith("的"))
    if following is None and strength == 0 and cut_short:
        # the last words of a text cut short ("…三个方面加强镇墟建设。" / "加快绿"; below a heading, "1-5月份,全财政"
        # or "2023年全县60家规模以上工", or stopped after a "的" no heading ends with; below a table, "2025年")
        return Role("text", blocks=group)
    if nxt is not None and _listed_entry(_joined(nxt)):
        return Role("text", blocks=group)  # "拟申报以下城(县)为…" over the entries it introduces
    if strength == 0 and _CLAUSE_INSIDE.search(joined) is not None:
        return Role("text", blocks=group)  # a sentence that lost its full stop ("经市政府同意,现将…,请认真贯彻执行")
    if strength == 0 and (_among_cells(items, index) or law_clause(joined)):
        # one of a table's cells, each on a line of its own, that make no grid; the clause of a law a disclosure
        # report's table answers ("第二十条第(一)项")
        return Role("text", blocks=group)
    return Role("caption", blocks=group)


_SHORT_PART = 8  # (the longest title of a document's part that ends as a document's title: "预算执行情况")


def _only_text_of(above: Block | list[Block] | None, following: Block | list[Block] | None) -> bool:
    """Whether a line between two numbered headings that follow each other ("(四)平台建设方面" / line / "(五)监督保障
    方面") is all the first one says: a heading under it would head nothing, its next sibling right below."""
    if not (isinstance(above, Block) and isinstance(following, Block) and above.kind == following.kind == "labelled"):
        return False
    first, second = above.label, following.label
    return (first is not None and second is not None and first.family == second.family
            and first.number is not None and second.number == first.number + 1)


def _among_cells(items: list[Block | list[Block]], index: int) -> bool:
    """Whether the line alone at ``index`` stands among lines alone, three in a row at least: the cells of a table
    printed one to a line that make no grid ("信息内容" / "本年处理决定数量" / "行政许可"), which a caption, the title
    of the one thing below it, is not."""
    lone = 1
    for step in (-1, 1):
        k = index + step
        while lone < 3 and 0 <= k < len(items) and (_lone_line(items[k]) or _furniture(items[k])):
            lone += _lone_line(items[k])  # (three are enough: a long run is looked at no further)
            k += step
    return lone >= 3


def _lone_line(item: Block | list[Block]) -> bool:
    return isinstance(item, list) and len(item) == 1


def _furniture(item: Block | list[Block]) -> bool:
    return isinstance(item, Block) and item.kind == "furniture"  # (a cell "0" alone reads as a page number)


def _right_above(group: list[Block], headline: list[Block]) -> bool:
    """Whether ``group`` stands right above ``headline``, as a kicker (引题) does: one blank line between them at
    most, and no line the frame took between them (a notice's signature between its sentence and its plan's title)."""
    last, first = group[-1].lines[-1].number, headline[0].lines[0].number
    return headline[0].gap <= 1 and first - last <= 2


def _printed_label(group: list[Block]) -> Labelled | None:
    """The numbered label a subhead of one line prints ("（一）这一年，我们…，乡村振兴底蕴更加深厚", the first of its
    family where the page breaks off before the second): the heading is numbered, nested by its family."""
    if len(group) != 1:
        return None
    label = split_label(group[0].text)
    return label if label is not None and label.number is not None else None


def _stack_family(label: Labelled) -> str:
    """The family a numbered section stands for on the stack of open ones: its label's, and for a plan's section
    number its depth too ("1" and "1.1" nest, "1.1" and "2.3" are peers)."""
    if label.family != "decimal":
        return label.family
    return f"decimal{label.label.count('.') + label.label.count('．') + 1}"


_HEADINGS_OVER_TEXT = 3  # the most section numbers a text opens under ("2", "2.1", "2.1.1"); a contents lists more


def _decimal(items: list[Block | list[Block]], extract: Extractor) -> dict[int, list[Labelled]]:
    """The items that are a plan's numbered headings ("1总则", "1.1编制目的"), with the label of each of their
    lines: a paragraph block, or a standalone group whose every line is one."""
    texts: dict[tuple[int, int], str] = {}
    entries: list[tuple[tuple[int, int], str]] = []  # the run of short closed lines before the block read now
    for index, item in enumerate(items):
        for position, block in enumerate(item) if isinstance(item, list) else ((0, item),):
            # (the cheap test first: a section number opens the line)
            numbered = (block.text[:1] in SECTION_NUMBER_FIRST and not isinstance(block, TableBlock)
                        and block.kind in ("para", "standalone"))
            if numbered and block.closed and not ends_sentence(block.text) and len(block.text) <= CONTENTS_ENTRY:
                if entries and entries[0][1] == block.text:
                    entries = []  # the text, opening again where its contents opened
                entries.append(((index, position), block.text))
                continue
            if (entries and len(entries) <= _HEADINGS_OVER_TEXT and block.kind == "para"
                    and (ends_sentence(block.text) or len(block.text) > CONTENTS_ENTRY)):
                # a short paragraph closed where no sentence ends is an entry of the contents, but a few of them
                # right over the text are headings of a page whose every line is indented ("1总则", "1.1编制目的")
                texts.update(entries)
            entries = []
            if numbered:
                texts[index, position] = block.text
    found = decimal_headings(texts, extract) if texts else {}
    out: dict[int, list[Labelled]] = {}
    for index in {index for index, _ in found}:
        labels = [found.get((index, position)) for position in range(len(_blocks_of(items[index])))]
        if all(label is not None for label in labels):
            out[index] = [label for label in labels if label is not None]
    return out


def _keyed_entries(items: list[Block | list[Block]]) -> dict[int, tuple[str, str, str, list[Block]]]:
    """Glossary entries printed as fields, two of them at least: a term's key alone ("关键词："), the term on the line
    below, then the definition after its key ("名词解释：指…"); by the index of the key: key, term, definition and
    blocks."""
    found: dict[int, tuple[str, str, str, list[Block]]] = {}
    for index in range(len(items) - 2):
        item = items[index]
        if not isinstance(item, list) or item[0].text[:1] not in _TERM_KEY_FIRST:
            continue  # (the cheap test first: most items open with no key)
        key, term, definition = (_blocks_of(items[index + k]) for k in range(3))
        if len(key) != 1 or len(term) != 1 or len(definition) != 1:
            continue
        named = _TERM_KEY.fullmatch(key[0].text)
        defined = _DEFINITION_KEY.match(definition[0].text)
        if named is None or defined is None or not definition[0].text[defined.end():].strip():
            continue
        text = term[0].text
        if len(text) > _LONGEST_TERM or _TERM_KEY.fullmatch(text) or _DEFINITION_KEY.match(text):
            continue
        found[index] = (named.group("key"), term[0].text.strip(), definition[0].text[defined.end():].strip(),
                        [key[0], term[0], definition[0]])
    return found if len(found) >= 2 else {}


_TERM_KEY_FIRST = frozenset("关词名术")
_TERM_KEY = re.compile(r"(?P<key>关键词|关键字|词条|名词|术语)\s*[：:]?")
_DEFINITION_KEY = re.compile(r"(?:名词解释|释义|解释|含义)\s*[：:]\s*")
_LONGEST_TERM = 30


def _series(title: str) -> str | None:
    """The series a title numbers its document in ("××普查公报（第一号）" → "××普查公报"), or None when it numbers
    none."""
    match = _SERIES_NUMBER.search(title)
    return strip_markers(title[:match.start()]).replace(" ", "") if match is not None else None


_SERIES_NUMBER = re.compile(r"[（(]第[一二三四五六七八九十0-9]{1,3}号[）)]$")


def _blocks_of(item: Block | list[Block]) -> list[Block]:
    """The blocks of an item: a standalone group's, or the block itself."""
    return item if isinstance(item, list) else [item]


def _heads_a_run(items: list[Block | list[Block]], index: int) -> bool:
    """Whether the one-line group ``items[index]`` stands in a run of one-line groups, each worded like a
    heading (Chinese words, no caption word), that ends where the text (or a numbered heading) begins:
    a run of headings, not captions or the leftovers of page chrome ("> 要闻动态", an address)."""
    position = index
    while position < len(items):
        item = items[position]
        if not isinstance(item, list):
            return position > index + 1 and (_is_body(item) or item.kind == "labelled")
        if len(item) != 1 or _RUN_HEADING.fullmatch(item[0].text) is None or caption_strength(item[0].text) != 0:
            return False
        position += 1
    return False


_RUN_HEADING = re.compile(r"[\u4e00-\u9fff“”‘’《》、，（）0-9]{4,40}")


# ---- the tree ------------------------------------------------------------------------------------

# the family of the headings printed right below a family's ("一、" over "（一）" over "1." over "（1）")
_NESTED_FAMILIES = {"part": "cn", "chapter": "jie", "jie": "cn", "cn": "paren_cn", "paren_cn": "arabic",
                    "arabic": "paren_arabic", "paren_arabic": "circled"}


def _undashed(title: str) -> str:
    """A heading's title without the dash a page's list printed before it ("- 综合", where the source said "一、")."""
    if title[:1] in "-－" and len(title) > 2 and "\u4e00" <= title[1:].lstrip()[:1] <= "\u9fff":
        return title[1:].lstrip()
    return title


def _empty(section: Section) -> bool:
    """A numbered heading with nothing under it: an item of a list of headings printed with no text."""
    return section.label is not None and not section.paragraphs and not section.children


def _bodiless(section: Section | None) -> bool:
    """An article headline with nothing under it yet: no byline, paragraphs or subsections."""
    return (section is not None and section.kind == "article" and section.byline is None
            and not section.paragraphs and not section.children)


class TreeBuilder:
    """Builds the section tree event by event: headings open sections, paragraphs fill the open one."""

    def __init__(self, extract: Extractor) -> None:
        self.extract = extract
        self.preamble: list[Paragraph] = []
        self.preamble_tables: list[Table] = []
        self.sections: list[Section] = []
        self.article: Section | None = None
        self.stack: list[tuple[str, Section]] = []  # open numbered sections: (family, section)
        self.current: Section | None = None
        self.glossary_section: Section | None = None
        self.glossary: list[GlossaryTerm] = []
        self.bylines: list[str] = []
        self.articles: list[Section] = []
        self.waiting_term: tuple[Entry, Block] | None = None
        self.top_families: set[str] = set()  # families of numbered sections placed at the top
        self.parent_subhead: Section | None = None  # the top unnumbered subhead: its children's parent
        self.declared_glossary = False  # the glossary's heading is one the file declares
        self.keyed_glossary = False  # the glossary's entries are key-value groups ("关键词：" / term / "名词解释：…")

    # containers
    def _top(self) -> list[Section]:
        return self.article.children if self.article is not None else self.sections

    def _open(self, section: Section, into: list[Section]) -> Section:
        into.append(section)
        self.current = section
        return section

    def section(self, **fields: Any) -> Section:
        """A new section with the figures of its title."""
        return Section(**fields, title_metrics=self.extract(fields["title"]))

    def make_paragraph(self, text: str, kind: str, blocks: list[Block]) -> Paragraph:
        """A paragraph with its figures; text that opens with 注： is a note."""
        if _NOTE.match(text) and kind == "text":
            kind = "note"
        return Paragraph(text=text, kind=kind, metrics=self.extract(text), lines=_span(blocks))

    def paragraph(self, text: str, kind: str, blocks: list[Block]) -> None:
        """Add a paragraph to the section that is open, or to the preamble."""
        paragraph = self.make_paragraph(text, kind, blocks)
        (self.current.paragraphs if self.current is not None else self.preamble).append(paragraph)

    def table(self, table: Table) -> None:
        """Add a table to the section that is open (or the preamble), after its paragraphs so far."""
        self.close_term()
        if self.current is None:
            self.preamble_tables.append(table.model_copy(update={"position": len(self.preamble)}))
        else:
            self.current.tables.append(table.model_copy(update={"position": len(self.current.paragraphs)}))

    def article_heading(self, role: Role) -> None:
        """Open a top-level article (a headline on a page of several articles)."""
        section = self.section(title=role.title, kind="article", kicker=role.kicker, subtitle=role.subtitle,
                          lines=_span(role.blocks))
        self.sections.append(section)
        self.article = self.current = section
        self.articles.append(section)
        self.stack = []
        self.top_families = set()
        self.parent_subhead = None
        self.glossary_section = None

    def unwrap_lone_article(self) -> None:
        """A page whose one article, the whole of its sections, gives the document its title, is headed as a
        document is and stands below text of the page (a reprint's notice under a news lead, a notice's attached plan
        under its covering text, a report under its contents): the headline is the title, no heading, so the
        article's text joins the preamble and its sections are the document's."""
        if (len(self.articles) != 1 or len(self.sections) != 1 or self.sections[0] is not self.articles[0]
                or not self.preamble):
            return  # (a page that opens with its headline is an article's: a newspaper's, "华泾镇2023年工作总结…")
        article = self.articles[0]
        if (article.kicker is not None or article.subtitle is not None or article.byline is not None
                or not is_doc_title(article.title)):
            return  # (a story's headline stays one: "回望2024:初心如磐担使命…")
        self.preamble = [*self.preamble, *article.paragraphs]
        self.preamble_tables = [*self.preamble_tables, *article.tables]
        self.sections = list(article.children)
        self.articles = []

    def next_of_series(self, first: str, subtitle: str | None, role: Role) -> None:
        """Open the next document of a numbered series printed on the same page ("…普查公报（第二号）" below
        "…（第一号）", whose title the frame took): each is an article, and the first holds all that stood before."""
        if not self.articles:
            opening = self.section(title=first, kind="article", subtitle=subtitle, paragraphs=self.preamble,
                                   tables=self.preamble_tables, children=self.sections)
            self.sections, self.preamble, self.preamble_tables = [opening], [], []
            self.articles.append(opening)
        self.article_heading(Role("article", title=strip_markers(role.title), subtitle=role.subtitle,
                                  kicker=role.kicker, blocks=role.blocks))

    def unnumbered(self, role: Role, *, child: bool = False, over: Labelled | None = None) -> None:
        """Open a subhead, sidebar or glossary section under the article (or at top level); with
        ``child``, under the subhead that stands above it (see ``_nesting``); ``over``: the label of the numbered
        heading printed right below it, if one is."""
        kind = role.kind
        if kind == "glossary" and any(s.kind == "glossary" for s in self.sections):
            kind = "subhead"  # a report has one glossary; a second glossary heading is an ordinary subhead
        if kind == "subhead" and self._couplet(role):
            return
        into = self.sections if kind == "glossary" else self._top()
        # (a subhead of clauses may sum up the part whose opening paragraph it follows: "一年来，我们…，…")
        start = role.blocks[0].first_line if role.blocks and COMMA.search(role.title) else None
        host = self._host(kind, child, introduces=role.title.endswith(("：", ":")), over=over, start=start)
        if host is not None:
            into = host.children
        elif child and kind == "subhead" and self.parent_subhead is not None:
            into = self.parent_subhead.children
        title = _undashed(strip_markers(role.title.rstrip("。：:")))
        section = self.section(title=title, kind=kind, subtitle=role.subtitle, kicker=role.kicker,
                               lines=_span(role.blocks))
        if into is not (self.parent_subhead.children if self.parent_subhead is not None else None):
            self.parent_subhead = section if kind == "subhead" else None
        self._open(section, into)
        # the numbered headings that follow a subhead stand under it: a part line ("2025年工作回顾")
        # or the title of an attached plan heads the numbered sections printed below it
        if host is not None:  # the numbered sections stay open: the next of their series closes the subhead
            while self.stack[-1][1] is not host:
                self.stack.pop()
            self.stack.append((SUBHEAD, section))
        else:  # (a preface or an epilogue heads no numbered part: they are its peers)
            self.stack = [(SUBHEAD, section)] if kind == "subhead" and title not in FRAME_PARTS else []
        self.glossary_section = section if kind == "glossary" else None
        if kind == "glossary":
            self.article = None

    def _couplet(self, role: Role) -> bool:
        """Join a subhead to the one right above it when the two are the halves of a couplet, each on a line of
        its own ("党建引领聚合力" / "" / "强化责任显担当"): as long as each other, short and bare, one blank line and
        nothing else between them. True when joined."""
        above = self.current
        title = role.title
        if (above is None or above.kind != "subhead" or above.paragraphs or above.children or above.tables
                or above.lines is None or not role.blocks or len(title) != len(above.title)
                or not _COUPLET_HALF.fullmatch(title) or not _COUPLET_HALF.fullmatch(above.title)
                or role.blocks[0].gap == 0 or role.blocks[0].first_line - above.lines.last > 2):
            # (lines right under each other are a list of headings: "财政运行稳进提质" / "经济支撑坚实有力" / …)
            return False
        above.title = f"{above.title} {title}"
        above.lines = LineSpan(first=above.lines.first, last=role.blocks[-1].last_line)
        return True

    def _host(self, kind: str, child: bool, *, introduces: bool = False,
              over: Labelled | None = None, start: int | None = None) -> Section | None:
        """The numbered section an unnumbered subhead stands under: the one whose heading it follows with
        nothing between ("一、总体情况" / "主动公开情况") or only its opening paragraph ("一、2018年工作回顾" / its
        paragraph / "一年来，我们…"), or whose first subhead, so placed, it follows; the one open wherever a subhead
        that ``introduces`` what follows stands ("基本原则:" over its "———坚持…"), or heads the first of a new
        series ``over`` it ("一、…" / its text / "预算执行情况" / "1.…"). ``start``: the subhead's first line, where it
        may follow an opening paragraph."""
        if kind != "subhead" or child or not self.stack:
            return None
        family, last = self.stack[-1]
        if family != SUBHEAD and (introduces or (
                over is not None and over.number == 1 and not last.children
                and _stack_family(over) not in {open_family for open_family, _ in self.stack})):
            return last
        if family != SUBHEAD:
            if self.current is not last or last.children or not self._opening_only(last, over, start):
                return None
            # (not the last of a list of headings printed with no text: "4. 服务重大战略" / "5. 统筹发展与安全"; the
            # open section is the last of its peers, nothing having opened since)
            peers = self.stack[-2][1].children if len(self.stack) > 1 else self._top()
            return None if len(peers) > 1 and _empty(peers[-2]) else last
        # (a subhead on the stack above a numbered section is one placed under it)
        return self.stack[-2][1] if len(self.stack) > 1 else None

    @staticmethod
    def _opening_only(section: Section, over: Labelled | None, start: int | None) -> bool:
        """Whether a subhead starting on line ``start`` follows ``section``'s heading with at most its opening
        paragraphs between (``_OPENING_PARAGRAPHS``), the last right above it (no signature the frame took between
        them), and heads no new series ``over`` it (an attached plan's title over its own "一、")."""
        if not section.paragraphs:
            return True
        if len(section.paragraphs) > _OPENING_PARAGRAPHS or (over is not None and over.number == 1) or start is None:
            return False
        span = section.paragraphs[-1].lines
        return span is not None and start - span.last <= 2

    def annex(self, label: str, title: str, blocks: list[Block]) -> None:
        """Open an attachment ("附件2" and its title) at the top of the document; an attached
        glossary (附件2 《政府工作报告》名词解释) is the glossary section."""
        parsed = parse_label(label)
        number = parsed.number if parsed is not None else None
        glossary = GLOSSARY_HEAD.search(title) is not None and not any(s.kind == "glossary" for s in self.sections)
        section = self.section(label=label, number=number, title=strip_markers(title.rstrip("。")),
                          kind="glossary" if glossary else "part", lines=_span(blocks))
        self.article = None
        self._open(section, self.sections)
        self.stack = [] if glossary else [("annex", section)]
        self.glossary_section = section if glossary else None

    def numbered(self, block: Block, title: str, run_in: str | None, *, label: Labelled | None = None) -> None:
        """Open a numbered section, nesting it by its family's place among the open ones (a plan's section
        numbers by their depth: "1.2" under "1"); ``label`` when the block's own is none."""
        label = label or block.label
        assert label is not None
        family = _stack_family(label)
        families = [family for family, _ in self.stack]
        declared_sibling = self._declared_sibling(label)
        if family in families:
            del self.stack[families.index(family):]
        elif declared_sibling is not None:
            del self.stack[declared_sibling:]  # "（二）" in body text after a declared "（一）" heading: its sibling
        elif families[-1:] == [SUBHEAD] and len(families) > 1 and self._subhead_peer(label, families[-2]):
            self.stack.pop()
        elif families == [SUBHEAD] and label.number is not None and label.number > 1 and not self.top_families:
            self.stack = []  # "二、农业" as the first numbered heading, under a subhead: the subhead stood for "一、"
        elif families[:1] == [SUBHEAD] and family in self.top_families:
            self.stack = []  # "三、" after a subhead, when "一、" stood above it at the top, is their sibling
        parent = self.stack[-1][1].children if self.stack else self._top()
        if not self.stack:
            self.top_families.add(family)
        kind = "part" if label.family in ("part", "chapter", "jie") else "section"
        first = [self.make_paragraph(run_in, "text", [block])] if run_in is not None else []
        section = self.section(label=label.label, number=label.number, title=strip_markers(title), kind=kind,
                          run_in=bool(first),
                          paragraphs=first, lines=_span([block]))
        self._open(section, parent)
        self.stack.append((family, section))
        self.glossary_section = None

    @staticmethod
    def _subhead_peer(label: Labelled, host: str) -> bool:
        """Whether a numbered heading after a subhead placed under a numbered section of family ``host`` is the
        subhead's peer: the second of its series ("（二）": the subhead stood for the first), or of the family
        printed right below the section's ("一、" over "（一）"); else it is the subhead's child ("1.")."""
        if label.number is not None and label.number > 1:
            return True
        return _NESTED_FAMILIES.get(host) == label.family

    def _declared_sibling(self, label: Labelled) -> int | None:
        """The place on the stack of the declared heading whose label ``label`` continues ("（一）" declared
        a heading by its file, "（二）" printed as a run-in heading in its body text), if any."""
        for position in range(len(self.stack) - 1, -1, -1):
            family, section = self.stack[position]
            if family.startswith(DECLARED) and section.label is not None and section.number is not None:
                declared = parse_label(section.label)
                if declared is not None and declared.family == label.family:
                    return position if label.number == section.number + 1 else None
        return None

    def declared(self, level: int, block: Block) -> None:
        """Open a heading at the depth its file declares: under the nearest open declared heading of a
        lesser depth (or at the top); undeclared numbered headings below it nest under it."""
        self.close_term()
        keep = 0
        for position, (family, _) in enumerate(self.stack):
            if family.startswith(DECLARED) and int(family[len(DECLARED):]) < level:
                keep = position + 1
        del self.stack[keep:]
        parent = self.stack[-1][1].children if self.stack else self._top()
        label = block.label
        annex = _DECLARED_ANNEX.match(block.text) if label is None and level == 1 else None
        if annex is not None:  # "附件2 2026年民生实事" as one heading line: the attachment and its title
            self.annex(annex.group("label"), annex.group("title"), [block])
            return
        title = strip_markers((label.rest if label is not None else block.text).rstrip("。：:")) or block.text
        if label is None:
            kind = "glossary" if GLOSSARY_HEAD.search(title) and self.glossary_section is None and not any(
                s.kind == "glossary" for s in self.sections) else "subhead"
        else:
            kind = "part" if label.family in ("part", "chapter", "jie") else "section"
        section = self.section(label=label.label if label else None, number=label.number if label else None,
                               title=title, kind=kind, lines=_span([block]))
        if kind == "glossary":
            self._open(section, self.sections)
            self.stack, self.glossary_section, self.article = [], section, None
            self.declared_glossary = True  # the file says so: its "term：definition" lines are entries
            return
        self._open(section, parent)
        self.stack.append((f"{DECLARED}{level}", section))
        self.glossary_section = None
        self.parent_subhead = None

    def lead(self, title: str, rest: str | None, block: Block) -> None:
        """Open a lead-sentence heading under the innermost numbered section (or "一是" opener); with none open, at
        the top (a release's topics, "工业。1-12月,…" / "投资。…", with no part above them)."""
        first = [self.make_paragraph(rest, "text", [block])] if rest is not None else []
        section = self.section(title=strip_markers(title), kind="lead", run_in=bool(first), paragraphs=first,
                          lines=_span([block]))
        self._open(section, self.stack[-1][1].children if self.stack else self._top())

    def enumerated(self, title: str, rest: str | None, block: Block) -> None:
        """Open a "一是…" heading under the innermost numbered section; the leads below it are its children."""
        while self.stack and self.stack[-1][0] == SHI:
            self.stack.pop()
        into = self.stack[-1][1].children if self.stack else self._top()
        first = [self.make_paragraph(rest, "text", [block])] if rest is not None else []
        section = self.section(title=strip_markers(title), kind="lead", run_in=bool(first), paragraphs=first,
                          lines=_span([block]))
        self._open(section, into)
        self.stack.append((SHI, section))

    def byline(self, text: str, block: Block) -> None:
        """A byline right under a headline belongs to the article; elsewhere it is a paragraph.

        On a newspaper page the extraction may put a headline far from its body (000: a headline,
        then another article, then "通讯员 鲁瑛" and the first article's text). A byline met after
        other text, while an earlier headline still has no body, starts that article's body.
        """
        self.bylines.append(text)
        current = self.current
        if _bodiless(current):
            assert current is not None
            current.byline = text
            return
        waiting = next((article for article in self.articles if _bodiless(article)), None)
        if waiting is not None:
            waiting.byline = text
            self.article = self.current = waiting
            self.stack = []
            self.glossary_section = None
            return
        self.paragraph(text, "byline", [block])

    def keyed_term(self, key: str, term: str, definition: str, blocks: list[Block]) -> None:
        """An entry printed as fields ("关键词：" over the term, "名词解释：" before the definition); the first opens
        the glossary under the key's name, and the text between entries stays in it as paragraphs."""
        if not self.keyed_glossary:
            self.unnumbered(Role("glossary", title=key, blocks=blocks[:1]))
            self.keyed_glossary = True
        self.glossary.append(self._term(None, term, definition, blocks))

    def glossary_part(self, block: Block, title: str) -> bool:
        """A numbered heading right under the glossary's heading that names the glossary again ("主要指标解释及说明" /
        "1、主要指标解释"): the heading above becomes a subhead that holds it, and the glossary stands under it (a
        glossary has entries, never subsections). False where the glossary has begun."""
        outer = self.glossary_section
        if outer is None or block.label is None or self.glossary or outer.paragraphs or outer.children:
            return False
        outer.kind = "subhead"
        inner = self.section(label=block.label.label, number=block.label.number, title=strip_markers(title),
                             kind="glossary", lines=_span([block]))
        self._open(inner, outer.children)
        self.glossary_section = inner
        return True

    def glossary_term(self, entry: Entry, block: Block) -> None:
        """Add a glossary entry under the glossary section; a term printed without its definition
        ("1.河长制：") waits for the definition on the lines below."""
        self.close_term()
        if not entry.definition:
            self.waiting_term = (entry, block)
            return
        self.glossary.append(self._term(entry.number, entry.term, entry.definition, [block]))

    def rest_of_definition(self, entry: Entry, block: Block) -> bool:
        """Whether an unnumbered "term：definition" line is the rest of the numbered entry above it, cut mid-sentence
        or at a clause's end ("；") with the line glued below ("…居委会民生、营" / "商环境体育：水平？", "…街道；" /
        "获得感：保障45095名。"), or across a blank line (a column or page break) where it stopped mid-sentence
        ("…文明；营" / "" / "商环境：公共空间…"): the entries of a numbered glossary are numbered."""
        if entry.number is not None or not self.glossary or self.glossary[-1].number is None:
            return False
        last = self.glossary[-1].definition
        return (self.waiting_term is None and (block.gap == 0 or (block.gap <= 2 and not ends_softly(last)))
                and not (ends_sentence(last) or last.endswith(("：", ":"))))

    def term_cut_by_a_break(self, first: Block, rest: Block) -> bool:
        """Take a numbered line that is no entry, and the unnumbered "…：definition" line below it, as one entry
        whose term a break cut mid-word ("1. 数字化、救助、居委" / "" / "会：商户体育平台65536个。"), if the two
        make the next entry of the glossary."""
        if (rest.gap > 2 or glossary_entry(first.text) is not None or ends_sentence(first.text)
                or ends_softly(first.text)):
            return False
        below = glossary_entry(rest.text)
        if below is None or below.number is not None or not below.definition:
            return False
        entry = glossary_entry(join_wrapped(first.text, rest.text))
        if entry is None or entry.number is None or (
                self.glossary and entry.number != (self.glossary[-1].number or 0) + 1):
            return False
        self.close_term()
        self.glossary.append(self._term(entry.number, entry.term, entry.definition, [first, rest]))
        return True

    def definition_goes_on(self, text: str, block: Block) -> bool:
        """Take a paragraph as the (rest of the) definition of the glossary term before it, if it is one.

        It is when the term still waits for its definition, or when the definition before it stopped
        mid-sentence (a definition broken over several lines).
        """
        if self.waiting_term is not None:
            entry, first = self.waiting_term
            self.waiting_term = None
            self.glossary.append(self._term(entry.number, entry.term, text, [first, block]))
            return True
        if self.glossary and not ends_sentence(self.glossary[-1].definition):
            last = self.glossary.pop()
            definition = join_wrapped(last.definition, text)
            first_line = last.lines.first if last.lines is not None else block.first_line
            self.glossary.append(GlossaryTerm(number=last.number, term=last.term, definition=definition,
                                              metrics=self.extract(definition),
                                              lines=LineSpan(first=first_line, last=block.last_line)))
            return True
        return False

    def close_term(self) -> None:
        """A term that never got its definition is printed as it stood: a paragraph."""
        if self.waiting_term is not None:
            _, block = self.waiting_term
            self.waiting_term = None
            self.paragraph(block.text, "text", [block])

    def _term(self, number: int | None, term: str, definition: str, blocks: list[Block]) -> GlossaryTerm:
        return GlossaryTerm(number=number, term=term, definition=definition, metrics=self.extract(definition),
                            lines=_span(blocks))


_COUPLET_HALF = re.compile(r"[\u4e00-\u9fff]{5,10}")  # a half of a couplet heading: five to ten characters, bare
# "资料来源：", "注释：" heading what follows (not a lead-in to what follows: "文件详情如下:")
_LABEL_LINE = re.compile(r"^[^，,。；;！？!?、：:0-9]{2,8}(?<!如下)[：:]$")


def _standalone(block: Block) -> bool:
    """A block that stands alone as a line that may head what follows: a standalone line, or a short
    label line ending with a colon ("资料来源：", "注释：")."""
    if block.kind == "standalone":
        return True
    return (block.kind == "para" and block.label is None and len(block.lines) == 1
            and (_LABEL_LINE.match(block.text) is not None or GLOSSARY_HEAD.fullmatch(block.text) is not None))


def declared_level(block: Block) -> int | None:
    """The heading depth the file declares for a one-line block (a Word heading style or outline
    level, an HTML ``<h2>``), or None: such a line is a heading at that depth, whatever its wording."""
    source = block.lines[0].source
    if source is None or source.level is None or source.level < 1 or len(block.lines) != 1:
        return None
    if block.kind not in ("para", "standalone", "labelled", "lead"):
        return None
    return source.level


def _group(blocks: list[Block], *, separate: bool) -> list[Block | list[Block]]:
    """Gather standalone blocks that follow each other without a blank line into groups (a headline
    with its kicker and subtitle, a title over two lines).

    With ``separate`` (a layout that marks paragraphs by indentation, or prints each paragraph on a
    line of its own) a line only joins the one above when it plainly continues it (the line above
    stops mid-phrase) or is its subtitle ("——…"); otherwise consecutive lines are headings of their own.
    """
    items: list[Block | list[Block]] = []
    for block in blocks:
        previous = items[-1] if items else None
        if declared_level(block) is not None:
            items.append(block)  # a declared heading stands alone, never grouped with its neighbours
        elif _standalone(block):
            joins = isinstance(previous, list) and ((block.gap == 0 and (
                not separate or ends_open(previous[-1].text) or block.text.startswith(_DASHES)
                or issuers_over_title(previous[-1].text, block.text)
                or wrapped_before_last_words(previous[-1].text, block.text)))
                # (a name in 《》 broken over lines, a blank line between: "…落实《关于打好…" / "" / "…措施》实施方案")
                or (block.gap == 1 and unclosed("".join(line.text for line in previous)))
                # (a line that opens with a conjunction carries on the one above, a blank line between or not:
                # "《政府工作报告》2022年重点工作" / "" / "及民生实事项目任务分解方案")
                or (block.gap <= 1 and block.text.startswith(_CARRIES_ON) and not ends_sentence(previous[-1].text)))
            if joins:
                assert isinstance(previous, list)
                previous.append(block)
            else:
                items.append([block])
        else:
            items.append(block)
    return items


_DASHES = ("——", "－－", "--", "―")
_CARRIES_ON = ("及", "以及", "暨", "、")  # no heading opens with these


def _one_paragraph_a_line(blocks: list[Block]) -> bool:
    """Whether the text prints each paragraph on a line of its own (a web page copied as text): on one input
    line, not on one printed line joined from lines the layout wrapped."""
    paragraphs = [b for b in blocks if b.kind == "para"]
    if len(paragraphs) < 3:
        return False
    single = sum(1 for b in paragraphs if len(b.lines) == 1 and not b.lines[0].wrapped)
    return single * 5 >= len(paragraphs) * 4


def _subhead(role: Role, group: list[Block], separate: bool) -> Role:
    """What a headline the outline found below the document's title is: a subhead. A second group it
    took as its subtitle is a heading of its own where each paragraph is a line of its own
    ("2025年预算执行情况" over "一般公共预算"), else the rest of a heading wrapped over a blank line
    ("…主要目标和2026年重" / "点工作")."""
    if role.consumed == 1:
        return Role("subhead", title=role.title, subtitle=role.subtitle, kicker=role.kicker, blocks=role.blocks)
    if separate:
        return Role("subhead", title=role.title, kicker=role.kicker, blocks=group)
    title = join_wrapped(role.title, role.subtitle) if role.subtitle else role.title
    return Role("subhead", title=title, kicker=role.kicker, blocks=role.blocks, consumed=role.consumed)


def _roles(items: list[Block | list[Block]], indented: bool, titled: bool, separate: bool) -> dict[int, Role]:
    """The role of every standalone group, decided in document order as the tree is built."""
    roles: dict[int, Role] = {}
    first = not titled  # a document whose title the frame took has no headline left in its body
    numbered_above = False
    skip = 0
    for index, item in enumerate(items):
        if skip:
            skip -= 1
            continue
        if isinstance(item, list):
            role = _resolve(items, index, indented, first, numbered_above)
            if titled and role.kind in ("article", "kicker"):
                role = _subhead(role, item, separate)
            roles[index] = role
            skip = role.consumed - 1
            first = False
        elif item.kind != "furniture":
            first = False
            numbered_above = numbered_above or (item.kind == "labelled" and item.label is not None
                                                and item.label.number is not None)
    return roles


def _parallel(texts: list[str]) -> bool:
    """Titles of one shape: as long as each other, give or take two characters."""
    lengths = [len(t) for t in texts]
    return max(lengths) - min(lengths) <= 2


def _nesting(items: list[Block | list[Block]], headings: AbstractSet[int], roles: dict[int, Role]) -> set[int]:
    """The unnumbered subheads that stand under the subhead above them rather than beside it.

    Unnumbered subheads get their levels from how they are printed. A subhead printed right above
    another heading heads what follows: it is a parent. A run of subheads with nothing between them
    is a parent and its children ("落实市人大决议情况" over "财政运行稳进提质", "经济支撑坚实有力", …);
    when the run's last line breaks the shape of the parallel children before it, it is the parent's
    peer. A subhead printed after text stands beside the last subhead placed: under the parent if
    that one was a child, at the top otherwise.
    """
    events: list[tuple[str, int]] = []  # (kind, index): "u" unnumbered subhead, "h" other heading, "b" body
    for index, item in enumerate(items):
        if isinstance(item, list):
            role = roles.get(index)
            if role is None:
                continue
            kind = {"subhead": "u", "article": "h", "sidebar": "h", "glossary": "h", "numbered": "h"}.get(
                role.kind, "b")
            events.append((kind, index))
        elif item.kind in ("furniture", "meta"):
            continue
        elif index in headings or item.kind == "annex" or declared_level(item) is not None:
            events.append(("h", index))
        else:
            events.append(("b", index))
    children: set[int] = set()
    last_child = False
    position = 0
    while position < len(events):
        kind, index = events[position]
        if kind != "u":
            if kind == "h":
                last_child = False
            position += 1
            continue
        run = [index]
        while position + len(run) < len(events) and events[position + len(run)][0] == "u":
            run.append(events[position + len(run)][1])
        before = events[position - 1][0] if position else None
        if len(run) == 1:
            after = events[position + 1][0] if position + 1 < len(events) else None
            if before == "b" and last_child and after != "h":
                children.add(index)
        else:
            members = run[1:]
            titles = [roles[i].title for i in members]
            if len(members) >= 3 and _parallel(titles[:-1]) and not _parallel(titles):
                children.update(members[:-1])  # the last line breaks the children's shape: a peer
                last_child = False
            else:
                children.update(members)
                last_child = True
        position += len(run)
    return children


def build(blocks: list[Block], *, indented: bool, extract: Extractor, source: str | None,
          frame: Frame | None = None) -> Parsed:
    """Turn the body's blocks into preamble, sections and glossary; ``frame`` (the frame stage's metadata)
    and the outline together make the Meta."""
    frame = frame or Frame(body=[])
    separate = indented or _one_paragraph_a_line(blocks)
    items = _group(blocks, separate=separate)
    plan = plan_headings(items, indented, extract)
    roles = _roles(items, indented, frame.titled, separate)
    decimal = _decimal(items, extract)
    for index in decimal:
        if isinstance(items[index], list):
            roles[index] = Role("numbered", blocks=_blocks_of(items[index]))
    children = _nesting(items, plan.keys() | decimal.keys(), roles)
    keyed = _keyed_entries(items)
    tree = TreeBuilder(extract)
    framed = frame.fields.get("title")  # (the title the frame took, which a series of documents numbers)
    series = _series(framed) if framed is not None else None
    pending_kicker: str | None = None
    skip = 0
    for index, item in enumerate(items):
        if skip:
            skip -= 1
            continue
        if (tree.glossary_section is not None and (first := _single(item)) is not None and index + 1 < len(items)
                and (rest := _single(items[index + 1])) is not None and tree.term_cut_by_a_break(first, rest)):
            skip = 1
            continue
        if isinstance(item, list) and tree.glossary_section is not None and len(item) == 1:
            entry = glossary_entry(item[0].text)
            # "资料来源：" alone is a heading; a term alone waits for its definition only when numbered
            if (entry is not None and (entry.definition or entry.number is not None)
                    and not tree.rest_of_definition(entry, item[0])):
                tree.glossary_term(entry, item[0])
                continue
            if tree.definition_goes_on(item[0].text, item[0]):
                continue
        if index in keyed:  # "关键词：" / "“瞪羚”企业" / "名词解释：指…"
            key, term, definition, blocks = keyed[index]
            tree.keyed_term(key, term, definition, blocks)
            skip = 2
            continue
        if index in decimal:  # "1总则", "1.1编制目的": numbered by their place in the plan
            for block, label in zip(_blocks_of(item), decimal[index], strict=True):
                tree.numbered(block, *first_sentence(label.rest), label=label)  # (run in: "1全面推进…。持续…")
            continue
        if isinstance(item, list):
            role = roles[index]
            skip = role.consumed - 1
            if (series is not None and role.kind in ("subhead", "article") and _series(role.title) == series
                    and strip_markers(role.title) != framed):
                tree.next_of_series(frame.fields["title"], frame.fields.get("subtitle"), role)  # "…（第二号）"
                continue
            if role.kind == "kicker":
                pending_kicker = role.title
                continue
            if role.kind == "article":
                if pending_kicker and role.kicker is None:
                    role.kicker = pending_kicker
                tree.article_heading(role)
            elif role.kind == "subhead" and (printed := _printed_label(role.blocks)) is not None:
                tree.numbered(role.blocks[0], printed.rest.rstrip("。"), None, label=printed)  # a lone "（一）…" line
            elif role.kind in ("subhead", "sidebar", "glossary"):
                tree.unnumbered(role, child=index in children, over=_numbered_below(items, index, plan))
            elif role.kind == "caption":
                for block in role.blocks:
                    if caption := block.text.lstrip("▲△ "):  # a bare ▲ is only a mark
                        tree.paragraph(caption, "caption", [block])
            elif role.kind == "byline":
                tree.byline(role.blocks[0].text, role.blocks[0])
            elif role.kind == "text":
                for block in role.blocks:
                    tree.paragraph(block.text, "text", [block])
            if pending_kicker and role.kind != "article":
                tree.paragraph(pending_kicker, "text", role.blocks)
            pending_kicker = None
            continue
        if item.kind == "annex" and (title := _annex_title(items, index)) is not None:
            text, blocks = title
            tree.annex(_annex_label(item.text), text, [item, *blocks])
            skip = 1
            continue
        if isinstance(item, TableBlock):
            if item.caption is not None:
                tree.paragraph(item.caption.text, "caption", [item.caption])
            tree.table(item.table)
            continue
        level = declared_level(item)
        if level is not None:
            tree.declared(level, item)
            continue
        block = item
        if pending_kicker:
            tree.paragraph(pending_kicker, "text", [block])
            pending_kicker = None
        _body_block(tree, block, plan.get(index))
    tree.close_term()
    titles = [a.title for a in tree.articles]
    if frame.headline_titles():
        tree.unwrap_lone_article()
    return Parsed(meta=frame.meta(titles, tree.bylines, source), preamble=tree.preamble,
                  preamble_tables=tree.preamble_tables, sections=tree.sections, glossary=tree.glossary)


def _numbered_below(items: list[Block | list[Block]], index: int, plan: dict[int, Heading]) -> Labelled | None:
    """The label of the numbered heading printed right below the item at ``index``, if the next item is one."""
    below = items[index + 1] if index + 1 < len(items) else None
    heading = plan.get(index + 1)
    if isinstance(below, list) or below is None or heading is None or heading.kind != "numbered":
        return None
    return heading.label or below.label


def plan_headings(items: list[Block | list[Block]], indented: bool, extract: Extractor) -> dict[int, Heading]:
    """Decide which paragraph blocks are headings: labelled runs, then "一是" runs and lead series
    within the regions the labelled headings (and standalone subheads) mark out."""
    labelled = [labelled_candidate(index, item.label, extract) for index, item in enumerate(items)
                if isinstance(item, Block) and item.kind in _PARAGRAPHS and item.label is not None]
    decisions: dict[int, Heading] = {}
    numbered = accepted_runs(labelled)
    if labelled and labelled[-1].index == len(items) - 1 and not labelled[-1].closed:
        # the text's last line, cut by the page's end, opens a paragraph as the last of its family above did
        # ("(6)调入资金11635万元,其中:…" / "2.支出决算情况" / … / "(1)本级支出513219万元,比报告")
        kin = next((c for c in reversed(labelled[:-1]) if c.family == labelled[-1].family), None)
        if kin is not None and kin.index not in numbered:
            numbered.discard(labelled[-1].index)
    for candidate in labelled:
        if candidate.index in numbered and (title := candidate.title.rstrip("。：:")):  # ("●。" has no title)
            decisions[candidate.index] = Heading("numbered", title, candidate.rest)
    for region in _regions(items, decisions):
        shi = [c for index in region if (c := shi_candidate(index, _text(items[index]), extract)) is not None]
        for index in accepted_shi(shi, last=len(items) - 1):
            decisions[index] = Heading("shi", *first_sentence(_text(items[index])))
    # where indentation marks the paragraphs and headings stand flush left, an indented paragraph
    # is never a heading: the layout has said so
    marked = indented and any(isinstance(item, Block) and item.kind in ("labelled", "lead") and item.lines[0].indent < 2
                              for item in items)
    series = 0  # regions whose paragraphs open with a series of leads
    lone: list[Opener] = []  # the one lead a region opens with, where it has no series
    for region in _regions(items, decisions):
        openers: list[Opener] = []
        body: set[int] = set()
        rules = any(rule_article(_text(items[index])) for index in region)  # (a part of rules, in articles)
        listing = False  # below a sentence that announces a list ("…具体包括:"): its "政府网站:…" items are no leads
        for index in region:
            item = items[index]
            assert isinstance(item, Block)
            colon_item = _COLON_ITEM.match(item.text) is not None
            announced = index - 1 in region and _text(items[index - 1]).endswith(_ANNOUNCING)
            listing = (listing and colon_item) or announced
            if rules or (listing and colon_item):
                body.add(index)
            elif (item.kind == "lead" and indented
                    and topic_shaped((lead := first_sentence(item.text))[0], limit=STANDALONE_LEAD_MAX, commas=3)
                    and not extract(lead[0])):
                # a flush-left sentence among indented paragraphs: the layout says it is a lead (if it has
                # a topic's shape: "…50246场；基层…15792件。" is the rest of a paragraph a break cut off, and so is
                # "宜居业委会数字化水平128台？公共空间…" below a blank line: a topic counts nothing)
                decisions[index] = Heading("lead", *lead)
            elif marked or (opener := lead_opener(index, item.text, extract)) is None:
                body.add(index)
            else:
                openers.append(opener)
        found = {opener.index: opener for opener in openers}
        accepted = accepted_leads(openers, body)
        # a series of topics of a word each with its text run in ("工业。1-12月,…" / "投资。…"): leads that head
        # the text even with no part open above them (a story's run of sentences is no such series)
        # (not topics named with a colon: an interview's "主持人:" and "张明:" are turns)
        topics = len(accepted) >= 2 and all(
            found[i].rest is not None and not found[i].figures and not found[i].colon
            and len(found[i].title) <= _TOP_TOPIC_MAX for i in accepted)
        for index in accepted:
            decisions[index] = Heading("topic" if topics else "lead", found[index].title, found[index].rest)
        review = lone_review(openers)
        if review is not None and _under_review(items, decisions, region[0]):
            decisions[review.index] = Heading("shi", review.title, None)
            accepted.add(review.index)
        series += bool(accepted)
        if not accepted and openers and openers[0].index == region[0]:
            lone.append(openers[0])
        elif not accepted and openers and _cut_in_series(items, openers[-1], body):
            cut = items[openers[-1].index]
            assert isinstance(cut, Block)
            label = cut.label or split_label(cut.text)
            if label is not None:  # ("(一)经济运行总体平稳。…": the first of its numbered series)
                candidate = labelled_candidate(openers[-1].index, label, extract)
                decisions[candidate.index] = Heading("numbered", candidate.title, candidate.rest, label)
            else:
                decisions[openers[-1].index] = Heading("lead", openers[-1].title, openers[-1].rest)
    # a region that opens with the one lead it has ("三、工业" / "工业生产。全年…"), in a text where another region
    # opens a series of leads of the same shape: a topic of a few words, no figure
    if series >= 1:
        for opener in lone:
            if opener.rest is not None and not opener.figures and len(opener.title) <= _LONE_LEAD_MAX:
                decisions[opener.index] = Heading("lead", opener.title, opener.rest)
    return decisions


_ANNOUNCING = ("包括：", "包括:", "如下：", "如下:")
_COLON_ITEM = re.compile(r"[\u4e00-\u9fff]{2,10}[：:]")  # an item named with a colon ("微信公众号:发布信息212条")
_LONE_LEAD_MAX = 8  # the longest lead taken alone in its region
# the longest topic of a series that heads its text with no part above it: a topic's word ("工业", "用电量"), where a
# lead under a part may be a clause ("平安建设深入推进")
_TOP_TOPIC_MAX = 5
_CUT_LEAD_MAX = 12  # the longest lead of a series the text was cut short in after its first


def _cut_in_series(items: list[Block | list[Block]], opener: Opener, body: set[int]) -> bool:
    """Whether ``opener`` leads the text's last paragraph, cut short mid-sentence (a page copied in part), right
    below a paragraph of text: the first of a series of leads the cut left alone ("…目标任务。" / "经济发展质效实现
    新跨越。统筹推进…,推动经济稳中向")."""
    last, above = items[-1], items[opener.index - 1] if opener.index else None
    return (opener.index == len(items) - 1 and opener.index - 1 in body and isinstance(last, Block)
            and isinstance(above, Block) and above.text.endswith("。")  # (not entries a colon opens: "…如下:")
            and opener.rest is not None and not opener.figures and len(opener.title) <= _CUT_LEAD_MAX
            and not ends_sentence(last.text) and not ends_softly(last.text))


_PARAGRAPHS = ("para", "labelled", "lead", "standalone")


def _text(item: Block | list[Block]) -> str:
    assert isinstance(item, Block)
    return item.text


def _under_review(items: list[Block | list[Block]], headings: dict[int, Heading], start: int) -> bool:
    """Whether the heading above the paragraphs from ``start`` names a review of the past ("一、2023年工作回顾"): where
    the sentence that sums up the year heads what follows, not a closing sentence under another heading."""
    for index in range(start - 1, -1, -1):
        item = items[index]
        if index in headings or isinstance(item, list) or item.kind == "labelled":
            return "回顾" in _joined(item)
    return False


def _regions(items: list[Block | list[Block]], headings: dict[int, Heading]) -> list[list[int]]:
    """The unlabelled paragraph blocks between one heading (or standalone group) and the next."""
    regions: list[list[int]] = [[]]
    for index, item in enumerate(items):
        if index in headings or isinstance(item, list) or declared_level(item) is not None:
            regions.append([])
        elif item.kind in ("para", "lead") and item.label is None:
            regions[-1].append(index)
    return [region for region in regions if region]


def _annex_label(text: str) -> str:
    """"附件2：" → "附件2": the label as the model holds it."""
    return text.rstrip("：: ").replace(" ", "")


def _annex_title(items: list[Block | list[Block]], index: int) -> tuple[str, list[Block]] | None:
    """The title printed below an attachment line: the next standalone line(s) or a short line."""
    following = items[index + 1] if index + 1 < len(items) else None
    if isinstance(following, list):
        return clean_spaces(" ".join(unspace_letters(b.text) for b in following)), following
    if (isinstance(following, Block) and following.kind in ("para", "standalone") and following.label is None
            and len(following.text) <= 60 and not _SENTENCE_INSIDE.search(following.text.rstrip("。"))):
        return following.text, [following]
    return None


_SENTENCE_INSIDE = re.compile(r"[。！？；;]")


# the labels of notes ("注：" over "1.本公报数据为初步统计结果。…"): under a glossary's or notes' heading they number
# entries, never headings
_NOTE_FAMILIES = frozenset({"arabic", "paren_arabic", "circled"})


def _body_block(tree: TreeBuilder, block: Block, heading: Heading | None) -> None:
    kind = block.kind
    if kind == "annex":
        tree.paragraph(block.text, "text", [block])  # an attachment line with no title below it
        return
    if kind in ("furniture", "meta"):
        return
    if kind == "byline":
        tree.byline(block.text, block)
        return
    if kind in ("caption", "salutation"):
        tree.paragraph(block.text, kind, [block])
        return
    if tree.glossary_section is not None and not tree.keyed_glossary:  # a glossary has entries, never subsections
        if (heading is not None and heading.kind == "numbered" and glossary_head(heading.title)
                and tree.glossary_part(block, heading.title)):
            return
        if (run_in := run_in_entries(block.text)) is not None:  # entries run into one paragraph
            preface, entries, rest = run_in
            tree.close_term()
            if preface:
                tree.paragraph(preface, "text", [block])
            for run_in_entry in entries:
                tree.glossary_term(run_in_entry, block)
            if rest:
                tree.paragraph(rest, "text", [block])
            return
        entry = glossary_entry(block.text) or (spaced_entry(block.text) if block.label is not None else None)
        if (entry is not None and entry.number is None and block.label is not None and tree.glossary
                and tree.glossary[-1].number is not None):
            entry = None  # ("二、…原因说明：…" below entries numbered (1), (2): a part of the text, no entry)
        # (a numbered entry opens the glossary with its first number, or goes on one below: "6.资料来源：…" after
        # five notes that were no entries is a sixth note)
        taken = kind != "para" or (entry is not None and entry.number == 1)
        if entry is not None and not tree.rest_of_definition(entry, block) and (
                taken or tree.glossary or tree.declared_glossary):
            tree.glossary_term(entry, block)
            return
        if tree.definition_goes_on(block.text, block):
            return
    tree.close_term()
    if heading is not None and heading.kind == "numbered" and not (
            tree.glossary_section is not None and block.label is not None and (
                block.label.family in _NOTE_FAMILIES or NOTES_HEAD.match(tree.glossary_section.title))):
        tree.numbered(block, heading.title, heading.rest, label=heading.label)
        return
    if heading is not None and heading.kind == "shi":
        tree.enumerated(heading.title, heading.rest, block)
        _captions(tree, block)
        return
    if heading is not None and (tree.stack or (heading.kind == "topic" and tree.glossary_section is None)):
        tree.lead(heading.title, heading.rest, block)
        _captions(tree, block)
        return
    tree.paragraph(block.text, "text", [block])
    _captions(tree, block)


def _single(item: Block | list[Block]) -> Block | None:
    """The one block of a body block or of a group of one line; None for a table or a longer group."""
    if isinstance(item, list):
        return item[0] if len(item) == 1 else None
    return None if isinstance(item, TableBlock) else item


def _captions(tree: TreeBuilder, block: Block) -> None:
    """The captions found set into a paragraph's lines, after it."""
    for caption in block.captions:
        tree.paragraph(caption.text, "caption", [caption])
