"""Hypothesis strategies that generate valid Reports, for govdoc's own tests and for users' code.

>>> from hypothesis import given
>>> from govdoc.testing import reports
>>> @given(reports())
... def test_my_exporter(report): ...

``reports()`` draws any valid Report: CJK text with full-width punctuation, every numbering
family, every section kind at any depth, run-in headings, kickers, subtitles and bylines, figures
in titles, paragraphs, table cells and definitions, tables with merged header cells in sections and
in the preamble, glossaries, metadata and provenance, and now and then text that looks like the
marks of govdoc's own formats. Every format's round trip is tested on it.

``canonical_reports()`` draws the Reports an office would type and the heuristic parser reads back
from plain text; the benchmarks build their corpora from it.

hypothesis is an optional dependency: ``pip install 'govdoc[testing]'`` (importing this module
without it raises an ImportError that says so).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

try:
    from hypothesis import strategies as st
except ImportError as exc:  # hypothesis is an extra: only users of this module need it
    raise ImportError("govdoc.testing needs hypothesis, which is not installed: pip install 'govdoc[testing]'",
                      name=exc.name, path=exc.path) from exc

from .model import Cell, GlossaryTerm, LineSpan, Meta, Metric, Paragraph, Report, Section, Table
from .numbering import make_label, parse_label

# Common words of government reports: realistic text that also exercises every CJK code path.
WORDS = (
    "社区", "街道", "治理", "服务", "建设", "推进", "完善", "机制", "居民", "党建", "引领", "发展",
    "提升", "水平", "工作", "项目", "平台", "管理", "精细化", "民生", "保障", "安全", "稳定", "文明",
    "创建", "宜居", "品质", "生活", "养老", "助餐", "垃圾分类", "旧区改造", "营商环境", "企业",
    "志愿者", "网格", "数字化", "城运中心", "一网通办", "一网统管", "美丽家园", "公共空间", "自治",
    "共治", "法治", "应急", "防汛", "消防", "文化", "体育", "就业", "帮扶", "救助", "卫生", "托育",
    "绿化", "河道", "楼宇", "商户", "物业", "业委会", "居委会", "基层", "群众", "满意度", "获得感",
    "龘", "㐀", "𠀀", "Ａ", "ABC", "5G", "CT",
)
PUNCT_INNER = ("，", "、", "；", "：", "“", "”", "《", "》", "（", "）", "—", "…", "·", " ")
PUNCT_END = ("。", "！", "？", "；")
UNITS = ("家", "个", "人", "人次", "户", "处", "件", "项", "场", "平方米", "元", "美元", "%", "台", "名", "座")
KINDS = {"元": "money", "美元": "money", "%": "percent", "平方米": "area"}
FAMILIES = ("part", "chapter", "cn", "paren_cn", "arabic", "paren_arabic", "circled", "bullet", "decimal")

words = st.sampled_from(WORDS)


@st.composite
def phrases(draw: st.DrawFn, *, min_words: int = 1, max_words: int = 6) -> str:
    """A run of words with the odd inner punctuation mark, never starting or ending in a space."""
    parts = [draw(words)]
    for _ in range(draw(st.integers(min_words - 1, max_words - 1))):
        if draw(st.integers(0, 4)) == 0:
            parts.append(draw(st.sampled_from(PUNCT_INNER)))
        parts.append(draw(words))
    return "".join(parts).strip()


@st.composite
def titles(draw: st.DrawFn) -> str:
    """A heading title: short, no closing 。."""
    return draw(phrases(max_words=4)).rstrip("。") or "工作"


RANGE_SEPARATORS = ("至", "—", "-", "～", "到")


def _number(draw: st.DrawFn) -> str:
    whole = draw(st.integers(1, 99_999))
    decimals = draw(st.sampled_from(["", "", str(draw(st.integers(1, 99)))]))
    return f"{whole}.{decimals}" if decimals else str(whole)


@st.composite
def figures(draw: st.DrawFn) -> tuple[str, Decimal, str, Decimal | None]:
    """A printed figure with its value, unit and, for a range, its lower bound: ("3.45亿元", 345000000, "元",
    None), or now and then a range ("3至5万元", 50000, "元", 30000: the value is the upper bound)."""
    unit = draw(st.sampled_from(UNITS))
    printed = _number(draw)
    value = Decimal(printed)
    low: Decimal | None = None
    if draw(st.integers(0, 5)) == 0:  # a range: its lower end printed first, the scale and unit once, after both
        lower, upper = sorted((printed, _number(draw)), key=Decimal)
        printed = f"{lower}{draw(st.sampled_from(RANGE_SEPARATORS))}{upper}"
        low, value = Decimal(lower), Decimal(upper)
    scale = draw(st.sampled_from(["", "", "万", "亿"])) if unit in ("元", "人次", "平方米") else ""
    factor = {"": 1, "万": 10_000, "亿": 100_000_000}[scale]
    return f"{printed}{scale}{unit}", value * factor, unit, None if low is None else low * factor


@st.composite
def texts_with_metrics(draw: st.DrawFn, *, end: bool = True) -> tuple[str, list[Metric]]:
    """A sentence-like text and the figures placed in it, with exact offsets."""
    text = ""
    metrics: list[Metric] = []
    for _ in range(draw(st.integers(1, 4))):
        text += draw(phrases())
        if draw(st.booleans()):
            printed, value, unit, low = draw(figures())
            metrics.append(Metric(text=printed, start=len(text), end=len(text) + len(printed), value=value,
                                  value_min=low, unit=unit, kind=KINDS.get(unit, "count"),
                                  currency={"元": "CNY", "美元": "USD"}.get(unit)))
            text += printed
        text += draw(st.sampled_from(("，", "；", "、")))
    text = text[:-1] + (draw(st.sampled_from(PUNCT_END)) if end else "")
    return text, metrics


def _spans(draw: st.DrawFn) -> LineSpan | None:
    if draw(st.booleans()):
        return None
    first = draw(st.integers(1, 5000))
    return LineSpan(first=first, last=first + draw(st.integers(0, 20)))


PARAGRAPH_KINDS = ("text", "text", "text", "caption", "note", "byline", "salutation")
SECTION_KINDS = ("section", "part", "subhead", "lead", "article", "sidebar")
TRICKY = ("\\", "|", "：", "。", "{lead} ", "# ", "▲", "□", "※", "1. ", "· ", "——", "{c=2}", "一、", "第一部分",
          "附件2", "---", "\u3000", "{", "}")
"""Fragments that look like the marks of govdoc's texts: drawn into titles, terms, cells and
paragraphs now and then, so the writers' escapes are exercised."""


@st.composite
def tricky(draw: st.DrawFn, text: str) -> str:
    """``text`` with a fragment of :data:`TRICKY` put at its start, in the middle or at its end."""
    fragment = draw(st.sampled_from(TRICKY))
    where = draw(st.integers(0, len(text)))
    return (text[:where] + fragment + text[where:]).strip()


@st.composite
def paragraphs(draw: st.DrawFn, *, kinds: tuple[str, ...] = PARAGRAPH_KINDS) -> Paragraph:
    """A paragraph of CJK text with figures; now and then with a fragment that looks like a mark."""
    text, metrics = draw(texts_with_metrics())
    if draw(st.integers(0, 9)) == 0:
        text, metrics = draw(tricky(text)), []
    return Paragraph(text=text, kind=draw(st.sampled_from(kinds)), metrics=metrics,
                     lines=_spans(draw))


@st.composite
def headings(draw: st.DrawFn) -> tuple[str, list[Metric]]:
    """A heading title and its figures: plain words, a figure ("经济总量突破5000亿元"), or odd marks."""
    choice = draw(st.integers(0, 9))
    if choice < 6:
        return draw(titles()), []
    if choice < 9:
        text, metrics = draw(texts_with_metrics(end=False))
        return text, metrics
    title = draw(tricky(draw(titles()))).rstrip("。").strip()
    return title or "工作", []


def _cell_text(draw: st.DrawFn) -> tuple[str, list[Metric]]:
    choice = draw(st.integers(0, 9))
    if choice == 0:
        return "", []
    if choice < 4:
        return draw(words), []
    if choice < 7:
        printed, value, unit, low = draw(figures())
        if low is None and draw(st.booleans()):  # a bare number, its unit in the header: "612.4" under "年末数（万元）"
            printed = str(value)
        column = draw(st.none() | st.sampled_from(["年末数", "比上年增长%", "比重"]))
        metric = Metric(text=printed, start=0, end=len(printed), value=value, value_min=low, unit=unit,
                        kind=KINDS.get(unit, "count"), currency={"元": "CNY", "美元": "USD"}.get(unit),
                        column=column, indicator=draw(st.none() | words))
        return printed, [metric]
    if choice < 9:
        return draw(phrases(min_words=4, max_words=12)), []  # a long cell, wrapped when printed
    return draw(tricky(draw(words))), []


def _row(draw: st.DrawFn, widths: list[int]) -> list[Cell]:
    cells = []
    for width in widths:
        text, metrics = _cell_text(draw)
        cells.append(Cell(text=text, colspan=width, metrics=metrics))
    return cells


def _partition(draw: st.DrawFn, columns: int) -> list[int]:
    widths: list[int] = []
    while sum(widths) < columns:
        widths.append(draw(st.integers(1, columns - sum(widths))))
    return widths


@st.composite
def tables(draw: st.DrawFn, *, max_position: int = 0) -> Table:
    """A table: unit line or not, header rows with merged cells (a first column spanning two header rows,
    groups of columns under one heading), body rows with empty cells, figures and long cells, notes; placed
    after ``0..max_position`` paragraphs (a caption paragraph among them stands right before it at times)."""
    columns = draw(st.integers(1, 5))
    header: list[list[Cell]] = []
    header_rows = draw(st.integers(0, 2))
    if header_rows == 2 and columns > 1:
        top = _row(draw, [1, *_partition(draw, columns - 1)])
        top[0] = top[0].model_copy(update={"rowspan": 2})
        header = [top, _row(draw, [1] * (columns - 1))]
    elif header_rows:
        header = [_row(draw, _partition(draw, columns))]
    rows = [_row(draw, [1] * columns) for _ in range(draw(st.integers(0 if header else 1, 4)))]
    optional: Callable[[st.SearchStrategy[Any]], st.SearchStrategy[Any]] = lambda s: st.none() | s  # noqa: E731
    return Table(
        unit=draw(optional(st.sampled_from(["单位：万元", "单位：万人", "单位：%"]))),
        header=header, rows=rows,
        notes=draw(st.lists(st.sampled_from(["注：数据为初步统计。", "资料来源：区统计局。"]), max_size=2)),
        position=draw(st.integers(0, max_position)), lines=_spans(draw),
    )


def _tables(draw: st.DrawFn, paragraph_count: int) -> list[Table]:
    if draw(st.integers(0, 3)):
        return []
    drawn = draw(st.lists(tables(max_position=paragraph_count), max_size=2))
    return sorted(drawn, key=lambda t: t.position)


def _families(draw: st.DrawFn, least: int, most: int) -> list[str]:
    """Numbering families for the depths of a tree, each once; a plan's section numbers may go on below themselves
    (1 / 1.1 / 1.1.1)."""
    families = list(draw(st.permutations(FAMILIES)))[: draw(st.integers(least, most))]
    if "decimal" in families and draw(st.booleans()):
        at = families.index("decimal")
        families[at:] = ["decimal"] * (len(families) - at)
    return families


def _label(draw: st.DrawFn, family: str, number: int | None, parent: str | None) -> str:
    """The label of ``family`` for ``number``; a plan's section number after its parent's, when that is one."""
    parsed = parse_label(parent) if parent is not None else None
    above = parent if family == "decimal" and parsed is not None and parsed.family == "decimal" else None
    return make_label(family, number, ascii_parens=draw(st.booleans()), parent=above)


@st.composite
def _section_tree(draw: st.DrawFn, depth: int, max_depth: int, families: list[str],
                  parent: str | None = None) -> list[Section]:
    family = families[depth] if depth < len(families) else None
    count = draw(st.integers(0 if depth else 1, 3))
    sections = []
    for index in range(1, count + 1):
        number = index if family not in (None, "bullet") else None
        label = _label(draw, family, number, parent) if family else None
        title, title_metrics = draw(headings())
        paras = draw(st.lists(paragraphs(), max_size=3))
        children = draw(_section_tree(depth + 1, max_depth, families, label)) if depth + 1 < max_depth else []
        optional_line: st.SearchStrategy[str | None] = st.none() | st.none() | titles()
        sections.append(Section(
            label=label, number=number, title=title, title_metrics=title_metrics,
            kind=draw(st.sampled_from(SECTION_KINDS)) if draw(st.integers(0, 2)) == 0 else (
                "section" if family else draw(st.sampled_from(["subhead", "lead", "article", "sidebar"]))),
            run_in=bool(paras) and draw(st.booleans()),
            kicker=draw(optional_line), subtitle=draw(optional_line),
            byline=draw(st.none() | st.just("记者 武钢")),
            paragraphs=paras, tables=_tables(draw, len(paras)), children=children, lines=_spans(draw),
        ))
    return sections


@st.composite
def glossary_terms(draw: st.DrawFn, number: int | None) -> GlossaryTerm:
    """One glossary entry with a numbered (or unnumbered) term and a definition with figures."""
    definition, metrics = draw(texts_with_metrics())
    term = draw(titles())
    if draw(st.integers(0, 5)) == 0:
        term = draw(tricky(term))
    return GlossaryTerm(number=number, term=term, definition=definition, metrics=metrics,
                        lines=_spans(draw))


@st.composite
def metas(draw: st.DrawFn) -> Meta:
    """Document metadata with any subset of fields set."""
    optional: Callable[[st.SearchStrategy[Any]], st.SearchStrategy[Any]] = lambda s: st.none() | s  # noqa: E731
    return Meta(
        title=draw(optional(titles())),
        subtitle=draw(optional(titles())),
        issuer=draw(optional(st.sampled_from(["东明路街道", "老西门街道党工委、办事处", "凉城新村街道办事处"]))),
        date=draw(optional(st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31)))),
        publication=draw(optional(st.just("社区晨报"))),
        issue=draw(optional(st.integers(1, 999).map(lambda n: f"第{n}期"))),
        index_number=draw(optional(st.just("11310115MB2F13658N/2024-00012"))),
        category=draw(optional(st.just("主动公开"))),
        doc_number=draw(optional(st.just("浦东明〔2024〕3号"))),
        authors=draw(st.lists(st.sampled_from(["记者 武钢", "通讯员 鲁瑛", "甲；乙"]), max_size=2, unique=True)),
        source=draw(optional(st.just("report.txt"))),
    )


@st.composite
def reports(draw: st.DrawFn, *, max_depth: int = 3) -> Report:
    """Any valid Report: every numbering family in any order and every section kind at any depth,
    run-in headings into paragraphs of every kind, kickers, subtitles and bylines, figures in titles,
    paragraphs, table cells and definitions, tables (merged header cells, empty, long and figure
    cells) in sections and in the preamble, a glossary, metadata and provenance."""
    families = _families(draw, 0, max_depth)
    sections = draw(_section_tree(0, max_depth, families))
    numbered = draw(st.booleans())
    glossary = [draw(glossary_terms(n if numbered else None)) for n in range(1, draw(st.integers(0, 3)) + 1)]
    if bool(glossary) or draw(st.booleans()):
        paras = draw(st.lists(paragraphs(), max_size=1))
        glossary_section = Section(title=draw(st.sampled_from(["名词解释", "《工作报告》名词解释"])), kind="glossary",
                                   paragraphs=paras, tables=_tables(draw, len(paras)))
        sections.insert(draw(st.integers(0, len(sections))), glossary_section)
    preamble = draw(st.lists(paragraphs(), max_size=2))
    return Report(meta=draw(metas()), preamble=preamble, preamble_tables=_tables(draw, len(preamble)),
                  sections=sections, glossary=glossary)


__all__ = ["glossary_terms", "headings", "metas", "paragraphs", "phrases", "reports", "tables", "texts_with_metrics",
           "titles", "tricky"]


# ---- canonical reports: what the text round trip is tested on -------------------------------------

TITLE_WORDS = tuple(w for w in WORDS if not w[0].isdigit() and not w.isascii())
SALUTATIONS = ("各位代表：", "各位代表、同志们：", "尊敬的各位来宾：")
BYLINES = ("记者 武钢", "通讯员 鲁瑛", "记者 张小明 李华")
SIDEBARS = ("延伸阅读", "背景资料", "知识链接")


def _clean(text: str) -> str:
    from .parsing.normalise import clean_line

    previous = None
    while previous != text:
        previous, text = text, clean_line(text)
    return text


@st.composite
def canonical_titles(draw: st.DrawFn) -> str:
    """A heading title the canonical text can carry: plain words, no sentence punctuation."""
    parts = [draw(st.sampled_from(TITLE_WORDS)) for _ in range(draw(st.integers(2, 4)))]
    separator = draw(st.sampled_from(["", "", " ", "、"]))
    return _clean(separator.join(parts))


@st.composite
def canonical_paragraphs(
    draw: st.DrawFn, *, kinds: tuple[str, ...] = ("text", "text", "text", "caption", "note")
) -> Paragraph:
    """A paragraph whose figures are the ones govdoc's extractor finds in it."""
    from .metrics import extract_metrics

    kind = draw(st.sampled_from(kinds))
    if kind == "salutation":
        text = draw(st.sampled_from(SALUTATIONS))
    elif kind == "byline":
        text = draw(st.sampled_from(BYLINES))
    else:
        text = _clean(draw(texts_with_metrics())[0])
        if kind == "note":
            text = "注：" + text
        elif text.startswith("注"):
            text = "据悉" + text
    return Paragraph(text=text, kind=kind, metrics=extract_metrics(text))


@st.composite
def _numbered(draw: st.DrawFn, families: list[str], depth: int, parent: str | None = None) -> list[Section]:
    family = families[depth]
    sections = []
    for index in range(1, draw(st.integers(1, 3)) + 1):
        number = None if family == "bullet" else index
        label = _label(draw, family, number, parent)
        paras = draw(st.lists(canonical_paragraphs(), max_size=2))
        run_in = bool(paras) and paras[0].kind == "text" and draw(st.booleans())
        children: list[Section] = []
        if depth + 1 < len(families) and draw(st.booleans()):
            children = draw(_numbered(families, depth + 1, label))
        elif draw(st.integers(0, 2)) == 0:
            for _ in range(draw(st.integers(1, 3))):
                lead_paras = draw(st.lists(canonical_paragraphs(kinds=("text", "text", "caption")), max_size=2))
                lead_run_in = bool(lead_paras) and lead_paras[0].kind == "text" and draw(st.booleans())
                children.append(Section(title=draw(canonical_titles()), kind="lead", run_in=lead_run_in,
                                        paragraphs=lead_paras))
        sections.append(Section(
            label=label, number=number,
            title=draw(canonical_titles()), kind="part" if family in ("part", "chapter") else "section",
            run_in=run_in, paragraphs=paras, children=children))
    return sections


@st.composite
def _article_children(draw: st.DrawFn, families: list[str]) -> list[Section]:
    children: list[Section] = []
    if bool(families) and draw(st.booleans()):
        children.extend(draw(_numbered(families, 0)))
    for _ in range(draw(st.integers(0, 2))):
        kind = draw(st.sampled_from(["subhead", "subhead", "sidebar"]))
        title = draw(st.sampled_from(SIDEBARS)) if kind == "sidebar" else draw(canonical_titles())
        children.append(Section(title=title, kind=kind,
                                paragraphs=draw(st.lists(canonical_paragraphs(), min_size=1, max_size=2))))
    return children


@st.composite
def canonical_reports(draw: st.DrawFn, *, max_depth: int = 3) -> Report:
    """A Report whose canonical text ``parse`` reads back exactly: ``parse(write_text(r)) == r``.

    The constraints are those of the canonical text format (docs/text-format.md): a title in the
    metadata; figures are what the extractor finds; headings carry no sentence punctuation; leads
    sit under numbered sections that have no numbered children; subheads and sidebars sit under an
    article or at the top and have no children; the glossary section comes last.
    """
    families = _families(draw, 1, max_depth)
    meta = draw(metas()).model_copy(update={
        "title": draw(canonical_titles()), "subtitle": draw(st.none() | canonical_titles()), "source": None})
    preamble = draw(st.lists(canonical_paragraphs(kinds=("text", "text", "byline", "salutation", "caption")),
                             max_size=2))
    if draw(st.booleans()):
        sections = []
        for _ in range(draw(st.integers(1, 3))):
            subtitle = draw(st.none() | canonical_titles())
            kicker = draw(st.none() | canonical_titles())
            paras = draw(st.lists(canonical_paragraphs(kinds=("text", "text", "caption", "salutation")), max_size=2))
            sections.append(Section(title=draw(canonical_titles()), kind="article", kicker=kicker, subtitle=subtitle,
                                    byline=draw(st.none() | st.sampled_from(BYLINES)), paragraphs=paras,
                                    children=draw(_article_children(families))))
    else:
        sections = draw(_numbered(families, 0))
    glossary: list[GlossaryTerm] = []
    if draw(st.booleans()):
        from .metrics import extract_metrics

        numbered = draw(st.booleans())
        for n in range(1, draw(st.integers(1, 4)) + 1):
            definition = _clean(draw(texts_with_metrics())[0])
            glossary.append(GlossaryTerm(number=n if numbered else None, term=draw(canonical_titles()),
                                         definition=definition, metrics=extract_metrics(definition)))
        title = draw(st.sampled_from(["名词解释", "《工作报告》名词解释"]))
        sections.append(Section(title=title, kind="glossary",
                                paragraphs=draw(st.lists(canonical_paragraphs(kinds=("text",)), max_size=1))))
    return Report(meta=meta, preamble=preamble, sections=sections, glossary=glossary)


__all__ += ["canonical_paragraphs", "canonical_reports", "canonical_titles"]
