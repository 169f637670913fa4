"""Where the article is on the page: its headline, its text, and the page chrome around them.

One pass over the body (linear in the page) measures every element: the characters of text in it,
how many of them are link text, and whether it is chrome by its markup (``<nav>``, ``<aside>``,
``<footer>``, a class or id naming a menu, share bar, breadcrumb, related-links list, comment box,
footer or toolbar, or a block that is mostly links). Then:

- **the content**: from ``<body>`` down, into the child that holds most of the text that is not
  chrome, for as long as one child holds :data:`HOLD` of it. Portals wrap the article in
  containers of their own (``TRS_Editor``, ``zoom``, ``article``, ``content``, ``pages_content``…)
  and this walk ends in them without knowing their names; the names only decide a close call
  (:data:`KNOWN`).
- **the headline**: the element whose text is the page's ``ArticleTitle`` or its ``<title>`` (or a
  part of the ``<title>`` set off by a separator, as in "站名 - 标题"), a heading or an element named
  "title" first; failing that, the first ``<h1>`` or element named "title" right above the content.
- **the range** handed on: from the block that holds the headline (with a kicker above it, the
  posting-date and source lines below it) to the end of the content; the rest of the page is
  dropped. Inside it, chrome elements are skipped when the lines are made (:mod:`._lines`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree, html

from ._meta import PageMeta

HOLD = 0.75
"""Share of the text a child must hold for the content walk to go down into it."""

SWALLOWED = 0.3
"""When the content found holds less than this share of the page's prose (text with sentence
punctuation, outside links), chrome is judged again without class and id names (a site that
names its article "main-bottom")."""

PROSE_ENOUGH = 100
"""Characters of prose from which the content walk weighs prose only (menus, footers and labels
have no sentence punctuation); below it, a page of tables and short lines is weighed by all text."""

CLOSE_RANGE = 600
"""Most characters of text allowed between a headline and the content: further away it is a site
banner (a page whose ``<title>`` is the site's name), not the article's headline."""

TITLE_MAX = 300
"""Longest headline looked for, in characters (also bounds the text kept per element while measuring)."""

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
    r"news_?content|newstext|main-?text|con-?text|conTxt|view|body)",
    re.IGNORECASE,
)

# where a line breaks: block-level elements (also the old <center>, <font> being inline)
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

_SPACE = re.compile(r"\s+")
_PROSE = re.compile(r"[，。；！？、,;]")  # text with these is sentences, not a menu, a label or a footer
_BR_TEXT = re.compile(r"<\s*/?\s*br\s*/?\s*>", re.IGNORECASE)
_SEPARATORS = " -_|–—·:：()（）[]【】<>《》"


def is_control(element: html.HtmlElement) -> bool:
    """A link or element that does something instead of going somewhere: print, close, zoom, share."""
    href = element.get("href")
    return element.get("onclick") is not None or (href is not None and href.strip().lower().startswith("javascript"))


def chrome_name(element: html.HtmlElement) -> bool:
    """True when the element's tag, class or id says it is page chrome (see the module docstring)."""
    if element.tag in _CHROME_TAGS:
        return True
    for attribute in ("class", "id"):
        value = element.get(attribute)
        if value and _CHROME_WORDS.search(value):
            return True
    return False


def normalise(text: str) -> str:
    """Text as compared with a title field: no whitespace, no "<br>" typed into a field."""
    return _SPACE.sub("", _BR_TEXT.sub("", text))


@dataclass
class Measure:
    """Characters of text (whitespace not counted) in an element and its descendants."""

    chars: int = 0  # outside links
    link_chars: int = 0
    links: int = 0
    clean: int = 0  # outside links and chrome
    prose: int = 0  # of those, in text with sentence punctuation: what the content walk weighs


@dataclass
class Layout:
    """What :func:`analyse` found: the range of the page to read and what inside it to skip."""

    body: html.HtmlElement
    content: html.HtmlElement
    title: html.HtmlElement | None
    start: html.HtmlElement  # the first element of the range (the block holding the headline, or the content)
    measures: dict[html.HtmlElement, Measure] = field(default_factory=dict)
    chrome: set[html.HtmlElement] = field(default_factory=set)
    keep: set[html.HtmlElement] = field(default_factory=set)  # ancestors of title and content: never skipped


@dataclass
class _Candidate:
    element: html.HtmlElement
    rank: int  # 0: matches ArticleTitle, 1: matches <title>, 2: fallback (<h1> or named "title")
    kind: int  # 0: heading, 1: named "title", 2: other
    order: int


class _Open:
    """The measure of an element while its descendants are being read, and its text while short."""

    __slots__ = ("chars", "clean", "link_chars", "links", "order", "prose", "text")

    def __init__(self, links: int, order: int) -> None:
        self.chars = self.link_chars = self.clean = self.prose = 0
        self.links = links
        self.order = order
        self.text: str | None = ""

    def add(self, text: str | None, in_link: bool) -> None:
        if not text:
            return
        squeezed = normalise(text)
        if not squeezed:
            return
        if in_link:
            self.link_chars += len(squeezed)
        else:
            self.chars += len(squeezed)
            self.clean += len(squeezed)
            if _PROSE.search(squeezed):
                self.prose += len(squeezed)
        self.join(squeezed)

    def join(self, text: str | None) -> None:
        if self.text is not None and text is not None and len(self.text) + len(text) <= TITLE_MAX:
            self.text += text
        else:
            self.text = None


class _Measurer:
    """The one pass over the body: measures, chrome marks and headline candidates."""

    def __init__(self, meta: PageMeta, *, by_name: bool = True) -> None:
        self.by_name = by_name
        self.measures: dict[html.HtmlElement, Measure] = {}
        self.chrome: set[html.HtmlElement] = set()
        self.candidates: list[_Candidate] = []
        self.exact = {normalise(meta.article_title): 0} if meta.article_title else {}
        page_title = normalise(meta.title)
        if page_title:
            self.exact.setdefault(page_title, 1)
        self.page_title = page_title
        self.site = normalise(meta.site)

    def run(self, body: html.HtmlElement) -> Measure:
        """Measure every element under ``body``; return the body's measure."""
        stack: list[_Open] = []
        in_link = order = 0
        measure = Measure()
        for event, element in etree.iterwalk(body, events=("start", "end")):
            if not isinstance(element.tag, str):
                continue
            link = element.tag == "a" and element.get("href") is not None
            if event == "start":
                order += 1
                in_link += link
                stack.append(_Open(int(link), order))
                stack[-1].add(element.text, in_link > 0)
                continue
            done = stack.pop()
            in_link -= link
            measure = Measure(done.chars, done.link_chars, done.links, done.clean, done.prose)
            chrome = ((self.by_name and chrome_name(element)) or is_control(element)
                      or self._link_list(element, measure))
            if chrome:
                self.chrome.add(element)
                measure.clean = measure.prose = 0
            if len(element):
                self.measures[element] = measure
            if done.text is not None and not done.link_chars and not chrome:
                self._candidate(element, done.text, done.order)
            if stack:
                parent = stack[-1]
                parent.chars += measure.chars
                parent.link_chars += measure.link_chars
                parent.links += measure.links
                parent.clean += measure.clean
                parent.prose += measure.prose
                parent.join(done.text)
                parent.add(element.tail, in_link > 0)
        return measure

    @staticmethod
    def _link_list(element: html.HtmlElement, measure: Measure) -> bool:
        """A block that is mostly links (a menu, a list of related articles), not a paragraph with a link."""
        if element.tag not in BLOCKS or element.tag == "body":
            return False
        return measure.links >= 2 and measure.link_chars >= 0.6 * (measure.chars + measure.link_chars)

    def _candidate(self, element: html.HtmlElement, text: str, order: int) -> None:
        if len(text) < 4 or text == self.site:
            return
        tag = element.tag
        named = any("title" in (element.get(a) or "").lower() for a in ("class", "id"))
        kind = 0 if tag in HEADINGS else 1 if named else 2
        rank = self.exact.get(text)
        if rank is None and self.page_title and len(text) >= 6 and _part_of(text, self.page_title):
            rank = 1
        if rank is None and (tag == "h1" or named) and 6 <= len(text) <= 200:
            rank = 2
        if rank is not None:
            self.candidates.append(_Candidate(element, rank, kind, order))


def _part_of(text: str, title: str) -> bool:
    """True when ``text`` is a part of the page title set off by separators ("站名-标题_栏目")."""
    start = title.find(text)
    if start < 0:
        return False
    end = start + len(text)
    before = title[start - 1] if start else " "
    after = title[end] if end < len(title) else " "
    return before in _SEPARATORS and after in _SEPARATORS


def _children(element: html.HtmlElement) -> list[html.HtmlElement]:
    return [child for child in element if isinstance(child.tag, str)]


def _weight(element: html.HtmlElement, measures: dict[html.HtmlElement, Measure], chrome: set[html.HtmlElement],
            *, prose: bool) -> int:
    """The text of an element that counts for the content walk: prose only, or all text outside chrome."""
    if element in chrome:
        return 0
    measure = measures.get(element)
    if measure is not None:
        return measure.prose if prose else measure.clean
    if element.tag == "a" and element.get("href") is not None:
        return 0
    text = normalise(element.text or "")
    return len(text) if not prose or _PROSE.search(text) else 0


def _clean_chars(element: html.HtmlElement, measures: dict[html.HtmlElement, Measure],
                 chrome: set[html.HtmlElement]) -> int:
    return _weight(element, measures, chrome, prose=False)


def _find_content(body: html.HtmlElement, measures: dict[html.HtmlElement, Measure],
                  chrome: set[html.HtmlElement]) -> html.HtmlElement:
    # prose decides where there is enough of it; a page of tables and short lines goes by all its text
    prose = _weight(body, measures, chrome, prose=True) >= PROSE_ENOUGH
    node = body
    while True:
        total = _weight(node, measures, chrome, prose=prose)
        kids = [(child, _weight(child, measures, chrome, prose=prose)) for child in _children(node)
                if child not in chrome]
        if not kids or total == 0:
            return node
        kids.sort(key=lambda kid: kid[1], reverse=True)
        best, held = kids[0]
        if len(kids) > 1 and kids[1][1] >= 0.9 * held and KNOWN.search(_names(kids[1][0])) \
                and not KNOWN.search(_names(best)):
            best, held = kids[1]
        if held < HOLD * total or best.tag in PARAGRAPHS:
            return node
        if not any(child.tag in BLOCKS for child in _children(best)):
            # one block of inline text (a <div> of text and <br>): the content, unless it is a mere
            # part of its parent's text, as a first paragraph set in a <div> of its own would be
            return best if held >= 0.95 * total else node
        node = best


def _names(element: html.HtmlElement) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def _ancestors(element: html.HtmlElement) -> list[html.HtmlElement]:
    """The element and every ancestor, innermost first."""
    chain = [element]
    parent = element.getparent()
    while parent is not None:
        chain.append(parent)
        parent = parent.getparent()
    return chain


def analyse(body: html.HtmlElement, meta: PageMeta) -> Layout:
    """Find the article's content, headline and range in ``body`` (see the module docstring)."""
    measurer = _Measurer(meta)
    measurer.run(body)
    content = _find_content(body, measurer.measures, measurer.chrome)
    unnamed = _Measurer(meta, by_name=False)
    unnamed.run(body)
    if _weight(content, measurer.measures, measurer.chrome, prose=True) < SWALLOWED * _weight(
            body, unnamed.measures, unnamed.chrome, prose=True):
        # most of the page's prose sits in elements whose names say chrome: the names lie here
        measurer = unnamed
        content = _find_content(body, measurer.measures, measurer.chrome)
    measures, chrome = measurer.measures, measurer.chrome
    content_chain = _ancestors(content)
    title = _choose_title(measurer.candidates, content, content_chain, measures, chrome, body)
    start = content
    if title is not None and title not in content_chain and content not in _ancestors(title)[1:]:
        title_chain = _ancestors(title)
        chain_set = set(content_chain)
        common = next(element for element in title_chain if element in chain_set)
        start = title_chain[title_chain.index(common) - 1]  # the block under the common ancestor holding the title
    elif title is not None and content in _ancestors(title):
        start = content
    keep = set(content_chain)
    if title is not None:
        keep.update(_ancestors(title))
    return Layout(body=body, content=content, title=title, start=start, measures=measures, chrome=chrome, keep=keep)


def _choose_title(candidates: list[_Candidate], content: html.HtmlElement, content_chain: list[html.HtmlElement],
                  measures: dict[html.HtmlElement, Measure], chrome: set[html.HtmlElement],
                  body: html.HtmlElement) -> html.HtmlElement | None:
    """The headline: the best candidate above or inside the content (see the module docstring)."""
    inside_or_before = []
    for candidate in candidates:
        chain = _ancestors(candidate.element)
        if any(element in chrome or _MASTHEAD.search(_names(element)) for element in chain):
            continue  # a title in a breadcrumb, a related list, a share box or the page header is not the headline
        if content in chain or _before(candidate.element, content, chain, content_chain):
            inside_or_before.append((candidate, chain))
    if not inside_or_before:
        return None
    # the outermost element of those with the same text is the headline (<div class=title><h1>…)
    best_rank = min(candidate.rank for candidate, _ in inside_or_before)
    chosen = [(c, chain) for c, chain in inside_or_before if c.rank == best_rank]
    chosen.sort(key=lambda pair: (pair[0].kind, pair[0].order))
    candidate, chain = chosen[0]
    if _distance(candidate.element, content, chain, content_chain, measures, chrome) > CLOSE_RANGE:
        return None
    return candidate.element


def _before(element: html.HtmlElement, content: html.HtmlElement, chain: list[html.HtmlElement],
            content_chain: list[html.HtmlElement]) -> bool:
    """True when ``element`` (not inside the content) comes before the content in document order."""
    chain_set = set(chain)
    common = next((e for e in content_chain if e in chain_set), None)
    if common is None or common is element:
        return False
    a = chain[chain.index(common) - 1]
    b = content_chain[content_chain.index(common) - 1]
    return bool(common.index(a) < common.index(b))


def _distance(element: html.HtmlElement, content: html.HtmlElement, chain: list[html.HtmlElement],
              content_chain: list[html.HtmlElement], measures: dict[html.HtmlElement, Measure],
              chrome: set[html.HtmlElement]) -> int:
    """Characters of non-chrome text between a headline and the content (0 when inside it)."""
    if content in chain:
        return 0
    chain_set = set(chain)
    common = next(e for e in content_chain if e in chain_set)
    a = chain[chain.index(common) - 1]
    b = content_chain[content_chain.index(common) - 1]
    kids = _children(common)
    between = kids[kids.index(a) + 1:kids.index(b)]
    return sum(_clean_chars(kid, measures, chrome) for kid in between)


__all__ = ["BLOCKS", "CLOSE_RANGE", "HEADINGS", "HOLD", "KNOWN", "PARAGRAPHS", "PROSE_ENOUGH", "SWALLOWED", "TITLE_MAX",
           "Layout", "Measure", "analyse", "chrome_name", "is_control", "normalise"]
