"""Where the article is on the page: its headline, its text, and the page chrome around them.

One pass over the body (linear in the page) measures every element: the characters of text in it,
how many are link text, how many are prose (text with sentence punctuation: menus, labels and
footers have none), and whether it is chrome by its markup: ``<nav>``, ``<aside>``, ``<footer>``,
a class or id naming a menu, share bar, breadcrumb, related-links list, comment box, footer or
toolbar (:func:`chrome_name`), a control (a ``javascript:`` link, an ``onclick``), or a block that is
mostly links. Then:

- **the content**: from ``<body>`` down, into the child that holds most of the prose outside
  chrome, for as long as one child holds :data:`HOLD` of it. Portals wrap the article in
  containers of their own (``TRS_Editor``, ``zoom``, ``article``, ``content``, ``pages_content``…)
  and the walk ends in them without knowing their names; the names only decide a close call
  (:data:`KNOWN`). When class and id names would hide most of the page's prose (a site that calls
  its article "main-bottom"), the walk is made again without them (:data:`SWALLOWED`).
- **the headline**: the element whose text is the page's ``ArticleTitle`` or its ``<title>`` (or a
  part of the ``<title>`` set off by a separator, as in "站名 - 标题"), a heading or an element named
  "title" first; failing that, the first ``<h1>`` or element named "title"; never one in chrome or
  in the page header, nor one :data:`CLOSE_RANGE` characters of text away from the content.
- **the range** handed on: from the block that holds the headline (with a kicker above it, the
  posting-date and source lines below it) to the end of the content; the rest of the page is
  dropped. Inside the range, chrome elements are skipped when the lines are made (:mod:`._lines`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from ._meta import PageMeta
from ._tree import text_of

Element = etree._Element

HOLD = 0.75
"""Share of the text a child must hold for the content walk to go down into it."""

SWALLOWED = 0.3
"""When the content found holds less than this share of the page's prose, chrome is judged again
without class and id names."""

PROSE_ENOUGH = 100
"""Characters of prose from which the content walk weighs prose only; below it (a page of tables
and short lines) it weighs all text outside chrome."""

CLOSE_RANGE = 600
"""Most characters of text allowed between a headline and the content: further away it is not the
article's headline (a banner, an introduction of the site)."""

CELL_TEXT_MAX = 400
"""A table with a cell holding more text than this (in characters) is layout, not data."""

TITLE_MAX = 300
"""Longest headline looked for, in characters (also bounds the text kept per element while measuring)."""

TITLE_MIN = 4
"""Shortest headline found without the page naming it exactly ("统计公报", "社区的通知"); shorter texts
in an ``<h1>`` or a part of the ``<title>`` are too often a column or a site's name."""

# class and id words of page chrome (matched at the start of a word of the class or id)
_CHROME_WORDS = re.compile(
    r"(?:^|[\s_-])(?:nav|menu|share|bdshare|jiathis|fenxiang|breadcrumb|crumb|bread|position|location|weizhi|"
    r"dqwz|current-?pos|copyright|copy-?right|banquan|comment|pinglun|foot(?!note)|sidebar|side|aside|"
    r"recommend|related|relate|xgwz|xgxw|xglj|xgxx|xgzl|hot-?news|qrcode|qr-?code|erweima|ewm|toolbar|tool-?bar|"
    r"tools?(?:$|[\s_-])|banner|advert|ads?(?:$|[\s_-])|ad-?wrap|login|search|skip|topbar|top-?nav|subnav|"
    r"friend-?link|yqlj|pager|pagination|page-?turn|prev|next|shangxiapian|voice|audio|player|"
    r"zoom-?(?:bar|btn|font)|font-?size|fontsize|zihao|guanbi|close)",
    re.IGNORECASE,
)
_CHROME_TAGS = frozenset({"nav", "aside", "footer", "menu", "dialog"})
# where a site prints its own name: a headline found there is the site's, not the article's
_MASTHEAD = re.compile(r"(?:^|\s)(?:header|head|top|logo|banner|site-?name|masthead)", re.IGNORECASE)
# containers portals put the article in: a close call between two children goes to these
KNOWN = re.compile(
    r"(?:^|[\s_-])(?:trs_editor|trs_preappend|zoom|article|content|pages_content|detail|text|zw|zhengwen|"
    r"news_?content|newstext|main-?text|con-?text|contxt|view|body)",
    re.IGNORECASE,
)

# where a line breaks: block-level elements (also the old <center>)
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
    "table", "caption", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "xmp", "listing", "plaintext",
})
# blocks that hold one paragraph: the content walk never goes into one (a long first paragraph
# would cut off the rest)
PARAGRAPHS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre", "blockquote", "caption",
                        "figcaption", "address", "summary", "legend", "th", "hr"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

_PROSE = re.compile(r"[，。；！？、,;]")
_BR_TEXT = re.compile(r"<\s*/?\s*br\s*/?\s*>", re.IGNORECASE)
_SEPARATORS = " -_|–—·:：()（）[]【】<>《》"


def is_control(element: Element) -> bool:
    """A link or element that does something instead of going somewhere: print, close, zoom, share."""
    if element.get("onclick") is not None:
        return True
    href = element.get("href")
    return href is not None and href.lstrip()[:11].lower() == "javascript:"


def chrome_name(element: Element) -> bool:
    """True when the element's tag, class or id says it is page chrome (see the module docstring)."""
    if element.tag in _CHROME_TAGS:
        return True
    return any((value := element.get(attribute)) and _CHROME_WORDS.search(value) for attribute in ("class", "id"))


def tabular(table: Element) -> bool:
    """A ``<table>`` of data: short cells, no table inside, and either drawn as a table (header
    cells, a caption or a border) or two rows or more with two cells in a row.

    Anything else lays the page out (a one-column box, a page grid holding the article, a row of
    fields under a headline), and is read as the blocks in its cells.
    """
    if any(True for _ in table.iterdescendants("table")):
        return False
    rows = list(table.iter("tr"))
    cells = [[cell for cell in row if cell.tag in ("td", "th")] for row in rows]
    if not any(cells):
        return False
    drawn = (any(cell.tag == "th" for row in cells for cell in row) or table.find("caption") is not None
             or (table.get("border") or "0").strip() not in ("", "0"))
    return ((drawn or (len(rows) >= 2 and max(len(row) for row in cells) >= 2))
            and all(len("".join(text_of(cell).split())) <= CELL_TEXT_MAX for row in cells for cell in row))


def _names(element: Element) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def normalise(text: str) -> str:
    """Text as compared with a title field: no whitespace, no "<br>" typed into a field."""
    return "".join(_BR_TEXT.sub("", text).split())


class Measure:
    """Characters of text (whitespace not counted) in an element and its descendants.

    ``clean`` and ``prose`` leave out links and chrome; ``clean_all`` and ``prose_all`` leave out
    links and the chrome found without class and id names (controls and link lists). The ``free_``
    counts leave out chrome inside the element: they judge whether the element is itself a link
    list (a container is not one for holding a menu beside a short article).
    """

    __slots__ = ("chars", "clean", "clean_all", "free_chars", "free_link_chars", "free_links", "link_chars", "links",
                 "order", "prose", "prose_all", "text")

    def __init__(self, links: int = 0, order: int = 0) -> None:
        self.chars = self.link_chars = self.clean = self.prose = self.clean_all = self.prose_all = 0
        self.free_chars = self.free_link_chars = 0
        self.links = self.free_links = links
        self.order = order
        self.text: str | None = ""  # the element's text without whitespace, while at most TITLE_MAX

    def add(self, text: str | None, in_link: bool) -> None:
        """Count a text node of the element (its text, or a child's tail)."""
        if not text:
            return
        squeezed = "".join(text.split())
        if not squeezed:
            return
        size = len(squeezed)
        if in_link:
            self.link_chars += size
            self.free_link_chars += size
        else:
            self.chars += size
            self.free_chars += size
            self.clean += size
            self.clean_all += size
            if _PROSE.search(squeezed):
                self.prose += size
                self.prose_all += size
        self.join(squeezed)

    def join(self, text: str | None) -> None:
        """Append to the element's short text (which is dropped once it grows beyond TITLE_MAX)."""
        if self.text is not None and text is not None and len(self.text) + len(text) <= TITLE_MAX:
            self.text += text
        else:
            self.text = None

    def take(self, child: Measure, *, chrome: bool) -> None:
        """Add a finished child's counts (a chrome child's only to the totals)."""
        self.chars += child.chars
        self.link_chars += child.link_chars
        self.links += child.links
        self.clean += child.clean
        self.prose += child.prose
        self.clean_all += child.clean_all
        self.prose_all += child.prose_all
        if not chrome:
            self.free_chars += child.free_chars
            self.free_link_chars += child.free_link_chars
            self.free_links += child.free_links
        self.join(child.text)

    def link_list(self) -> bool:
        """Mostly links, not counting chrome inside: a menu or a list of related articles."""
        return self.free_links >= 2 and self.free_link_chars >= 0.6 * (self.free_chars + self.free_link_chars)


@dataclass
class _Candidate:
    element: Element
    rank: int  # 0: matches ArticleTitle, 1: matches <title>, 2: fallback (<h1> or named "title")
    kind: int  # 0: heading, 1: named "title", 2: other
    order: int


@dataclass
class Layout:
    """What :func:`analyse` found: the range of the page to read and what inside it to skip."""

    body: Element
    content: Element
    title: Element | None
    start: Element  # the first element of the range (the block holding the headline, or the content)
    measures: dict[Element, Measure] = field(default_factory=dict)
    chrome: set[Element] = field(default_factory=set)
    keep: set[Element] = field(default_factory=set)  # ancestors of title and content: never skipped


@dataclass
class _Scan:
    """The result of the pass: measures of elements with children, chrome, headline candidates."""

    measures: dict[Element, Measure] = field(default_factory=dict)
    named: set[Element] = field(default_factory=set)  # chrome by tag, class or id
    structural: set[Element] = field(default_factory=set)  # controls and link lists
    candidates: list[_Candidate] = field(default_factory=list)


def _scan(body: Element, meta: PageMeta) -> _Scan:
    """The one pass over the body (see the module docstring)."""
    scan = _Scan()
    exact = {normalise(meta.article_title): 0} if meta.article_title else {}
    page_title = normalise(meta.title)
    if page_title:
        exact.setdefault(page_title, 1)
    site = normalise(meta.site)
    stack: list[Measure] = []
    in_link = order = 0
    for event, element in etree.iterwalk(body, events=("start", "end")):
        tag = element.tag
        if not isinstance(tag, str):
            continue
        link = tag == "a" and element.get("href") is not None
        if event == "start":
            order += 1
            in_link += link
            stack.append(Measure(int(link), order))
            stack[-1].add(element.text, in_link > 0)
            continue
        done = stack.pop()
        in_link -= link
        structural = is_control(element) or (tag in BLOCKS and tag != "body" and done.link_list())
        named = not structural and chrome_name(element)
        if structural:
            scan.structural.add(element)
            done.clean = done.prose = done.clean_all = done.prose_all = 0
        elif named:
            scan.named.add(element)
            done.clean = done.prose = 0
        if len(element):
            scan.measures[element] = done
        text = done.text
        if text and not done.link_chars and not structural and text != site:
            rank = exact.get(text)
            if rank is None and len(text) >= TITLE_MIN and text in page_title and _part_of(text, page_title):
                rank = 1
            titled = "title" in _names(element).lower()
            if rank is None and (tag == "h1" or titled) and TITLE_MIN <= len(text) <= 200:
                rank = 2
            if rank is not None:
                scan.candidates.append(_Candidate(element, rank, 0 if tag in HEADINGS else 1 if titled else 2,
                                                  done.order))
        if stack:
            parent = stack[-1]
            parent.take(done, chrome=structural or named)
            parent.add(element.tail, in_link > 0)
    return scan


def _part_of(text: str, title: str) -> bool:
    """True when ``text`` is a part of the page title set off by separators ("站名-标题_栏目")."""
    start = title.find(text)
    end = start + len(text)
    before = title[start - 1] if start > 0 else " "
    after = title[end] if end < len(title) else " "
    return before in _SEPARATORS and after in _SEPARATORS


class _Weigher:
    """The text of an element that counts for the content walk, with or without class and id names."""

    def __init__(self, scan: _Scan, *, by_name: bool) -> None:
        self.measures = scan.measures
        self.by_name = by_name
        self.chrome = scan.named | scan.structural if by_name else scan.structural
        self.prose = False  # whether prose alone counts: decided on the body by ``content``

    def weigh(self, element: Element, *, prose: bool | None = None) -> int:
        if element in self.chrome:
            return 0
        use_prose = self.prose if prose is None else prose
        measure = self.measures.get(element)
        if measure is not None:
            if self.by_name:
                return measure.prose if use_prose else measure.clean
            return measure.prose_all if use_prose else measure.clean_all
        if element.tag == "a" and element.get("href") is not None:
            return 0
        text = "".join((element.text or "").split())
        return len(text) if not use_prose or _PROSE.search(text) else 0

    def content(self, body: Element) -> Element:
        """The walk down from ``body`` (see the module docstring)."""
        self.prose = self.weigh(body, prose=True) >= PROSE_ENOUGH
        node = body
        while True:
            total = self.weigh(node)
            kids = [(child, self.weigh(child)) for child in node
                    if isinstance(child.tag, str) and child not in self.chrome]
            if not kids or total == 0:
                return node
            kids.sort(key=lambda kid: kid[1], reverse=True)
            best, held = kids[0]
            if (len(kids) > 1 and kids[1][1] >= 0.9 * held and KNOWN.search(_names(kids[1][0]))
                    and not KNOWN.search(_names(best))):
                best, held = kids[1]
            if held < HOLD * total or best.tag in PARAGRAPHS or (best.tag == "table" and tabular(best)):
                return node
            if not any(child.tag in BLOCKS for child in best):
                # one block of inline text (a <div> of text and <br>): the content, unless it is a mere
                # part of its parent's text, as a first paragraph set in a <div> of its own would be
                return best if held >= 0.95 * total else node
            node = best


def _ancestors(element: Element) -> list[Element]:
    """The element and every ancestor, innermost first."""
    chain = [element]
    parent = element.getparent()
    while parent is not None:
        chain.append(parent)
        parent = parent.getparent()
    return chain


def _branches(chain: list[Element], other: list[Element]) -> tuple[Element, Element, Element] | None:
    """The common ancestor of two chains and the child of it on each side; None if one holds the other."""
    members = set(chain)
    common = next((element for element in other if element in members), None)
    if common is None or common is chain[0] or common is other[0]:
        return None
    return common, chain[chain.index(common) - 1], other[other.index(common) - 1]


def _choose_title(scan: _Scan, weigher: _Weigher, content: Element, content_chain: list[Element]) -> Element | None:
    """The headline: the best candidate inside or above the content (see the module docstring)."""
    eligible: list[tuple[_Candidate, list[Element]]] = []
    for candidate in scan.candidates:
        chain = _ancestors(candidate.element)
        if any(element in weigher.chrome or _MASTHEAD.search(_names(element)) for element in chain):
            continue  # a title in a breadcrumb, a related list, a share box or the page header
        if content in chain:
            eligible.append((candidate, chain))
            continue
        branches = _branches(chain, content_chain)
        if branches is None:
            continue
        common, mine, theirs = branches
        kids = list(common)
        first, last = kids.index(mine), kids.index(theirs)
        if first < last and sum(weigher.weigh(kid, prose=False) for kid in kids[first + 1:last]) <= CLOSE_RANGE:
            eligible.append((candidate, chain))
    if not eligible:
        return None
    best_rank = min(candidate.rank for candidate, _ in eligible)
    best = min((candidate for candidate, _ in eligible if candidate.rank == best_rank),
               key=lambda candidate: (candidate.kind, candidate.order))
    return best.element


FIELDS_MAX = 1200
"""Most characters of text a block of metadata fields above the headline may hold."""

# the field names of a disclosure page's metadata table (索引号 / 发布机构 / 成文日期 …)
_FIELD_NAMES = re.compile(r"索\s*引\s*号|发\s*文\s*机\s*关|发\s*布\s*机\s*构|成\s*文\s*日\s*期|发\s*布\s*日\s*期|"
                          r"发\s*文\s*字\s*号|文\s*号|主\s*题\s*分\s*类|组\s*配\s*分\s*类|公\s*开\s*方\s*式|"
                          r"公\s*开\s*范\s*围|发\s*文\s*日\s*期|有\s*效\s*性|信\s*息\s*来\s*源")


def _fields_above(start: Element, body: Element, scan: _Scan, chrome: set[Element]) -> Element:
    """The block of metadata fields printed above the headline (索引号, 发文机关, 成文日期 …), if any.

    Disclosure pages set it as a table before the headline's block, or before a block holding it;
    the range to read then starts there. Looked for among the few blocks right before ``start`` and
    before its ancestors, up to four levels up.
    """
    node = start
    for _ in range(4):
        parent = node.getparent()
        if node is body or parent is None:
            break
        sibling = node.getprevious()
        for _ in range(3):
            if sibling is None:
                break
            if isinstance(sibling.tag, str) and sibling not in chrome:
                measure = scan.measures.get(sibling)
                size = measure.chars + measure.link_chars if measure is not None else len(sibling.text or "")
                if size and size <= FIELDS_MAX:
                    if len(set(_FIELD_NAMES.findall("".join(text_of(sibling).split())))) >= 2:
                        return sibling
                    break  # the nearest block with text decides
            sibling = sibling.getprevious()
        node = parent
    return start


def analyse(body: Element, meta: PageMeta) -> Layout:
    """Find the article's content, headline and range in ``body`` (see the module docstring)."""
    scan = _scan(body, meta)
    weigher = _Weigher(scan, by_name=True)
    content = weigher.content(body)
    unnamed = _Weigher(scan, by_name=False)
    if weigher.weigh(content, prose=True) < SWALLOWED * unnamed.weigh(body, prose=True):
        weigher = unnamed  # most of the page's prose sits in elements whose names say chrome: they lie
        content = weigher.content(body)
    content_chain = _ancestors(content)
    title = _choose_title(scan, weigher, content, content_chain)
    start = content
    keep = set(content_chain)
    if title is not None:
        title_chain = _ancestors(title)
        keep.update(title_chain)
        branches = _branches(title_chain, content_chain)
        if branches is not None:
            start = branches[1]  # the block under the common ancestor that holds the headline
    start = _fields_above(start, body, scan, weigher.chrome)
    return Layout(body=body, content=content, title=title, start=start, measures=scan.measures,
                  chrome=weigher.chrome, keep=keep)


__all__ = ["BLOCKS", "CELL_TEXT_MAX", "CLOSE_RANGE", "FIELDS_MAX", "HEADINGS", "HOLD", "KNOWN", "PARAGRAPHS",
           "PROSE_ENOUGH", "SWALLOWED", "TITLE_MAX", "Element", "Layout", "Measure", "analyse", "chrome_name",
           "is_control", "normalise", "tabular"]
