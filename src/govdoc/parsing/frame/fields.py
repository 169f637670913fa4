"""Metadata fields in any layout: "key：value" lines, several fields on one line ("索引号：…  发布机构：…"),
a key alone with its value on the next line (bullet lists, tables written one cell per line), and
tables written as text ("索引号 | 发布机构 | 东明路街道 |").

``KEYS`` maps every key a page prints to what it holds: a ``Meta`` field, one of the pseudo fields
below (weighed later), or None for the page's own furniture (view counters, font buttons, editors),
which is read so that it can be dropped.

* ``written``: the date the document was made (成文日期, 发文日期), which outranks a posting date;
* ``posted``: the date a page was published (发布时间, 时间, 刊发日期);
* ``source``: 来源 / 信息来源, a publication (××日报) or the body that wrote the text.
"""

from __future__ import annotations

import re

from ..normalise import CJK
from .issuer import body_named, is_publication

# (原标题: the title a reprint's document was first published under)
_TITLE = ("标题", "题目", "名称", "文件名称", "信息名称", "文章标题", "文件标题", "原标题")
_ISSUER = ("发布机构", "发文机关", "发布单位", "来源单位", "发文机构", "发文单位", "成文单位", "制发机关",
           "发布部门", "发文部门", "信息发布机构", "发布机关", "成文机关")
_WRITTEN = ("成文日期", "成文时间", "发文日期", "发文时间", "印发日期", "签发日期")
_POSTED = ("发布时间", "发布日期", "日期", "时间", "发表时间", "发表日期", "刊发日期", "刊发时间", "生成日期",
           "公开日期", "公开日", "公开时间", "更新时间", "出版日期", "上传时间", "上传日期", "上载日期", "发稿时间",
           "稿件日期", "发表于", "发布日时间")  # (a portal's template that runs 发布日期 and 发布时间 together)
_SOURCE = ("来源", "信息来源", "文章来源", "稿件来源", "新闻来源", "出处")
# a page's counts of its readers, whose value is a number (a widget may leave it empty)
COUNTS = ("浏览次数", "访问次数", "阅读量", "阅读次数", "点击数", "点击量", "点击次数", "浏览量", "访问量",
          "阅读人次", "浏览人次", "访问人次", "点击人次")
_IGNORED = (*COUNTS,
            "浏览", "字号", "字体", "字体大小", "文字大小", "字号大小", "关键词", "关键字", "主题词", "内容概述",
            "主题分类", "信息分类", "信息类型", "信息类别", "内容分类", "组配分类", "体裁分类", "服务对象分类",
            "所属主题", "分类", "有效性",
            "有效期至", "生效时间", "公开时限", "公开程序", "体裁", "效力状况", "文件下载",
            "生效日期", "著录日期", "著录时间", "废止时间", "废止日期", "失效时间", "失效日期", "有效期", "时效",
            "语音阅读", "版次",
            "分享", "分享到", "责任编辑", "编辑", "审核", "校对", "一审", "二审", "三审", "终审", "初审", "复审",
            "值班编辑", "责编", "编审", "签发", "记者", "摄影", "通讯员", "统筹", "监制", "视频", "图片",
            "联系人", "联系电话", "阅读", "保护视力色", "栏目", "所属栏目", "公开目录", "解读人", "公文时效",
            "是否有效", "信息有效性", "效力状态", "有效状态", "效力")
# who posted the page: a person (ignored) or a body ("信息发布人：市财政局信息公开"), then the issuer's last resort
_POSTER = ("发布人", "信息发布人", "发布者", "信息提供", "信息提供单位", "供稿单位", "部门", "解读单位", "文件解读单位",
           "解读机关", "责任部门")
# keys that also head a table's column ("部门 | 单位"): a key only with its colon ("部门:慢湾村 | 栏目:村务公开")
_COLUMN_WORDS = frozenset({"部门"})

KEYS: dict[str, str | None] = {
    **dict.fromkeys(_TITLE, "title"), "副标题": "subtitle",
    **dict.fromkeys(_ISSUER, "issuer"),
    **dict.fromkeys(_WRITTEN, "written"), **dict.fromkeys(_POSTED, "posted"),
    **dict.fromkeys(_SOURCE, "source"), **dict.fromkeys(_POSTER, "poster"),
    "刊名": "publication", "期号": "issue", "索引号": "index_number",
    "信息索引号": "index_number",
    "公开类别": "category", "公开方式": "category", "公开属性": "category", "公开范围": "category",
    "公开形式": "category", "公开类型": "category",
    "文号": "doc_number", "发文字号": "doc_number", "发文文号": "doc_number", "文件编号": "doc_number",
    "发布文号": "doc_number", "文件文号": "doc_number", "发文序号": "doc_number",
    "作者": "authors",
    **dict.fromkeys(_IGNORED),
}

# The keys govdoc's canonical text writes (formats/text.py), in its order: a block of these lines at
# the top of a document is that document's own metadata, and it is authoritative.
CANONICAL_KEYS = {"标题": "title", "副标题": "subtitle", "发布机构": "issuer", "发布日期": "date",
                  "刊名": "publication", "期号": "issue", "索引号": "index_number", "公开类别": "category",
                  "文号": "doc_number", "作者": "authors"}

# the keys a one-line "key：value" reader takes for metadata (blocks use it to mark head lines)
META_KEYS: dict[str, str] = {
    key: ("date" if field in ("written", "posted") else field)
    for key, field in KEYS.items() if field is not None and field not in ("source", "poster")
}

_ALTERNATIVES = "|".join(sorted(KEYS, key=len, reverse=True))
_META_ALTERNATIVES = "|".join(sorted(META_KEYS, key=len, reverse=True))
_META_LINE = re.compile(r"^(?P<key>" + _META_ALTERNATIVES + r")\s*[:：]\s*(?P<value>.*)$")
_CANONICAL_LINE = re.compile(r"^(?P<key>" + "|".join(CANONICAL_KEYS) + r")：(?P<value>.*)$")
# a key where a field starts: at the start (after a bullet or a bracket), or after a space, a digit,
# a bracket or a bar; a key glued to CJK text is no field start ("资金来源：" is body text)
_KEY = re.compile(
    r"(?:^|(?<=[\s0-9A-Za-z|｜【】\[\]（）()>:：,，;；•·●■◆▪*\-]))(?P<key>" + _ALTERNATIVES + r")\s*[:：]"
    # (but a posting time is a field wherever it stands: "发布机构：湖南省统计局发布时间：2026-05-15", a printed
    # page's bar whose spaces the text layer lost)
    r"|(?<=[\u4e00-\u9fff])(?P<posted>发布时间|发布日期)\s*[:：](?=\s*[0-9]{4})")
_LEAD = re.compile(r"^[\s•·●■◆▪\-*【\[（(]*")
# a page's source in brackets and its posting date, the buttons after them: "[杞县人民政府]2016-05-09字号: |"
_POSTED_AT = r"(?P<posted>[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?)"
_TAGGED_SOURCE = re.compile(r"[\[【](?P<source>[^\]】\s]{2,30})[\]】]\s*" + _POSTED_AT + r"(?![0-9])")
# a key in square brackets, its value behind it with no colon: "[ 发布机构 ]城口县财政局 [ 成文日期 ]2025-01-20"
_BRACKETED_KEY = re.compile(r"[\[【［]\s*(?P<key>" + _ALTERNATIVES + r")\s*[\]】］]\s*")
# a publication's name and its posting time, a font button after them: "齐鲁晚报 2020-01-13 05:02 大字"
_NAMED_SOURCE = re.compile(r"(?P<source>[\u4e00-\u9fff·]{2,20})\s*" + _POSTED_AT
                           + r"(?:\s*(?:大字|中字|小字|[大中小](?:\s+[大中小]){2}|打印|分享|收藏))*\s*$")
_NAMED_SOURCE_ENDS = frozenset("0123456789字小印享藏")
# a copy site's posting row: the site's name, the posting time to the second, the column ("公文搜 2021-07-27 17:14:09
# 政府报告")
_SITE_ROW = re.compile(r"(?P<site>[\u4e00-\u9fff]{2,8})\s*(?P<posted>[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})"
                       r"\s+[0-9]{1,2}:[0-9]{2}:[0-9]{2}\s*(?P<column>[\u4e00-\u9fff]{2,8})")
# a posting time that opens a page's row, its fields or the body that posted it after it: "2014-02-13 09:47:05 来源:
# 中原网", "2012-02-12 铜川市统计局"
_POSTED_FIRST = re.compile(_POSTED_AT + r"\s*(?P<rest>[^\s0-9:：].*)$")
_POSTER_NAME = re.compile(r"[\u4e00-\u9fff·]{2,20}")
_KEY_ALONE = re.compile(r"^[\s•·●■◆▪\-*【\[]*(?P<key>" + _ALTERNATIVES + r")\s*[:：]?\s*[】\]]?$")
_KEY_ALONE_FIRST = frozenset("•·●■◆▪-*【[") | frozenset(key[0] for key in KEYS)
# a key glued behind a title or subtitle: "…会议上来源：××日报", "…的通知时间：2023-01-02"
_GLUED = re.compile(
    r"(?P<key>来源|信息来源|发布时间|发布日期|时间|日期|作者|责任编辑|编辑|浏览次数|阅读量|字号)\s*[:：]")
_VALUE_END = re.compile(r"\s*(?:[|｜【]|打印|关闭|分享|收藏|$)")


# a key printed letter-spaced to fill a column of keys ("索 引 号：", "标　　题："), at the start of a line, two to five
# characters long, shortest first, with its colon or alone (a row without colons: see ``_keys_closed_up``)
_SPACED_KEYS = [re.compile(r"^(?P<lead>[\s•·●■◆▪\-*【\[]*)"
                           rf"(?P<key>(?:[\u4e00-\u9fff][ \u3000\u00a0]+){{{size}}}[\u4e00-\u9fff])(?=\s*[:：]|\s*$)")
                for size in range(1, 5)]


def _closed_up(text: str) -> str:
    """``text`` with a letter-spaced key at its start closed up ("索 引 号：…" → "索引号：…"), when the key is one
    a page prints; any other text as it is."""
    if " " not in text[:12] and "\u3000" not in text[:12] and "\u00a0" not in text[:12]:
        return text  # (the usual line: no space among its first characters, no key spaced out)
    for spaced in _SPACED_KEYS:
        match = spaced.match(text)
        if match is not None and (key := "".join(match.group("key").split())) in KEYS:
            return match.group("lead") + key + text[match.end():]
    return text


# a run of characters spaced out, not glued behind another ("发 文 日 期", "号20191202-189769分 类")
_SPACED_RUN = re.compile(r"(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff][ \u3000\u00a0]+){1,5}[\u4e00-\u9fff]")


def _keys_closed_up(text: str) -> str:
    """``text`` with every letter-spaced key of a row of fields closed up, a space on each side, wherever it stands:
    a row whose cleaning took the spaces out between a key and a value in digits ("索 引 号20191202-189769分 类
    其他" → "索引号 20191202-189769 分类 其他"), or with its value after a space ("标 题 县政府办…"); the shortest key
    first ("标 题 县…" is 标题, not 标题县)."""

    def closed(run: re.Match[str]) -> str:
        chars = run.group().split()
        for first in range(len(chars) - 1):  # (a value's last character may open the run: "29号 上 载 日 期")
            for size in range(2, len(chars) - first + 1):
                if (key := "".join(chars[first:first + size])) in KEYS:
                    return " ".join([*chars[:first], f" {key} ", *chars[first + size:]])
        return run.group()

    return _SPACED_RUN.sub(closed, text).strip()


def meta_line(text: str) -> tuple[str, str] | None:
    """A "key：value" metadata line such as "发布机构：东明路街道" as (field, value).

    The value may be empty: govdoc writes "标题：" alone for a document without metadata, so that its
    canonical text still opens with the metadata block.
    """
    if ":" not in text and "：" not in text:  # every key is followed by a colon: most lines have none
        return None
    match = _META_LINE.match(_closed_up(text))
    return (META_KEYS[match.group("key")], match.group("value").strip()) if match else None


def canonical_line(text: str) -> tuple[str, str] | None:
    """A line of govdoc's own metadata block ("标题：…", "发布日期：2024-01-29") as (field, value)."""
    match = _CANONICAL_LINE.match(text)
    return (CANONICAL_KEYS[match.group("key")], match.group("value").strip()) if match else None


def meta_table(text: str) -> list[tuple[str, str]] | None:
    """A row of a web disclosure table "索引号 | 发布机构 | 东明路街道 | |" as (field, value) pairs."""
    if "|" not in text and "｜" not in text:
        return None
    cells = [c.strip() for c in re.split(r"[|｜]", text)]
    if not any(c in META_KEYS for c in cells):
        return None
    pairs = []
    for index, cell in enumerate(cells):
        if cell in META_KEYS and index + 1 < len(cells):
            value = cells[index + 1]
            if value and value not in META_KEYS:
                pairs.append((META_KEYS[cell], value))
    return pairs


def table_fields(text: str) -> list[tuple[str | None, str]] | None:
    """A row of a metadata table written as text, with every known key (furniture keys too) read.

    A key cell may be letter-spaced, end with a colon or stand in square brackets, as web pages print them
    ("索 引 号：", "[ 发文字号 ]"); in a row framed by bars a cell may hold its key and its value
    ("| 标 题:关于…的报告 | |").
    """
    if "|" not in text and "｜" not in text:
        return None
    cells = [c.strip() for c in re.split(r"[|｜]", text)]
    keys = ["".join(c.split()).rstrip("：:").strip("[]［］【】").rstrip("：:") for c in cells]
    inline = [_key_in_cell(cell) for cell in cells] if text.lstrip()[:1] in "|｜" else [None] * len(cells)
    pairs: list[tuple[str | None, str]] = []
    for index, key in enumerate(keys):
        if key in KEYS and key not in _COLUMN_WORDS:
            follows = index + 1 < len(cells) and keys[index + 1] not in KEYS and inline[index + 1] is None
            pairs.append((KEYS[key], cells[index + 1] if follows else ""))
        elif (pair := inline[index]) is not None:
            pairs.append(pair)
    return pairs or None


# a cell that holds its key and its value ("索 引 号:111423LL00100/2026-00649", "成文日期:2026年01月06日")
_KEY_IN_CELL = re.compile(r"(?P<key>[^:：]{2,12})[:：](?P<value>.*)")


def _key_in_cell(cell: str) -> tuple[str | None, str] | None:
    """The field of a cell that prints its key and its value, or None."""
    match = _KEY_IN_CELL.match(cell)
    if match is None or (key := "".join(match.group("key").split())) not in KEYS or key in _COLUMN_WORDS:
        return None
    return KEYS[key], match.group("value").strip()


def _value(raw: str) -> str:
    """A field's value without what follows it on a page's field row (buttons, bars, brackets)."""
    # (a row of cells too: "索引号: | X | 发布机构: | Y |")
    value = raw.strip().lstrip("|｜").strip().strip("）)】]").strip()
    end = _VALUE_END.search(value)
    return value[:end.start()].strip() if end else value


def fields_of(text: str) -> list[tuple[str | None, str]] | None:
    """The fields of a line made of "key：value" pairs ("发布机构：X 发布时间：2026-05-15 打印本页"), or None.

    The line must start with a key (after a bullet or an opening bracket: "（来源：青海日报）"); each
    value runs to the next key. Pairs are (field, value), field None for a page's furniture keys.
    """
    if text[:1] in "[【" and (tagged := _TAGGED_SOURCE.match(text)) is not None:
        return [("source", tagged.group("source")), ("posted", tagged.group("posted"))]
    if text[:1] in "[【［" and (bracketed := _BRACKETED_KEY.match(text)) is not None and (
            KEYS[bracketed.group("key")] is not None or len(_BRACKETED_KEY.findall(text)) >= 2):
        text = _BRACKETED_KEY.sub(lambda key: key.group("key") + "：", text)  # (read as the keys with their colons;
        # not a furniture key alone: "[图片]2016年新建公园")
    if text[-1:] in _NAMED_SOURCE_ENDS and (named := _NAMED_SOURCE.match(text)) is not None and is_publication(
            named.group("source")):
        return [("source", named.group("source")), ("posted", named.group("posted"))]
    if text[:1] in _BULLET_MARKS and (bulleted := _bulleted_field(text)) is not None:
        return [bulleted]
    if text[:1].isdigit() and (posted := _posted_first(text)) is not None:
        return posted
    if ":" not in text and "：" not in text:  # every key is followed by a colon, but in a pasted table's row
        return _spaced_fields(text)
    if (row := _SITE_ROW.fullmatch(text)) is not None:  # (a posting time holds a colon too)
        return [(None, row.group("site")), ("posted", row.group("posted")), (None, row.group("column"))]
    text = _closed_up(text)
    start = _LEAD.match(text)
    position = start.end() if start else 0
    if _KEY.match(text, position) is None:  # the cheap test first: most lines open with no key
        return None
    keys = list(_KEY.finditer(text, position))
    pairs: list[tuple[str | None, str]] = []
    for index, key in enumerate(keys):
        end = keys[index + 1].start() if index + 1 < len(keys) else len(text)
        pairs.append((KEYS[key.group("key") or key.group("posted")], _value(text[key.end():end])))
    return pairs


def _posted_first(text: str) -> list[tuple[str | None, str]] | None:
    """The fields of a row that opens with its posting time: the fields after it, or the name of the body or the
    publication that posted it ("2012-02-12 铜川市统计局"); None for any other line that opens with a date."""
    match = _POSTED_FIRST.match(text)
    if match is None:
        return None
    posted: list[tuple[str | None, str]] = [("posted", match.group("posted"))]
    rest = match.group("rest")
    if _POSTER_NAME.fullmatch(rest) is not None and (is_publication(rest) or body_named(rest) == rest):
        return [*posted, ("source", rest)]
    after = fields_of(rest)
    return None if after is None else [*posted, *after]


def _spaced_fields(text: str) -> list[tuple[str | None, str]] | None:
    """The fields of a disclosure table's row pasted as text, keys and values split by spaces and no colon
    ("信息索引号 014028901/2022-05909 生成日期 2022-08-18 公开日期 2022-08-18"), or None: the line opens with a key and
    holds at least two of them, each a word of its own."""
    if text[:1] not in _KEY_ALONE_FIRST or "|" in text or "｜" in text:
        return None  # (a row split by bars is a table's: see table_fields)
    if " " not in text and "\u3000" not in text:
        return _run_together(text)
    text = _keys_closed_up(text)
    words = text.split()
    if words[0] not in KEYS or sum(word in KEYS for word in words) < 2:
        return _run_together(text)
    pairs: list[tuple[str | None, str]] = []
    for word in words:
        key = word if word in KEYS else _glued_key(word)
        if key != word and key is not None:  # (a wrap lost the space before a key: "长期公开发布机构")
            field, value = pairs[-1]
            pairs[-1] = (field, f"{value} {word[:-len(key)]}".strip())
        if key is not None:
            pairs.append((KEYS[key], ""))
        else:
            field, value = pairs[-1]
            pairs[-1] = (field, f"{value} {word}".strip())
    return pairs


_BULLET_MARKS = "•·●■◆▪"
# a page's list of fields, a bullet to each, its key and value split by a space or by nothing before a digit or a
# bracket, or left empty: "• 发布机构 兰陵县政府办", "•发布日期2023-03-03", "•名称【…】…", "•文号" (not "•时间紧")
_BULLETED = re.compile(
    f"[{_BULLET_MARKS}]" + r"\s*(?P<key>" + _ALTERNATIVES + r")(?:(?:\s+|(?=[0-9【\[《“]))(?P<value>\S.*))?\s*$")


# a field's shape, whether or not the reader knows its key: a short key and a colon, perhaps after a bullet
_FIELD_SHAPE = re.compile(f"[{_BULLET_MARKS}]?" + r"[ \u3000]*[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{1,7}[:：]")


def shaped_as_field(text: str) -> re.Match[str] | None:
    """The key and colon ``text`` opens with if it is shaped as a page's field ("• 统一编号:", "文件状态:"), whatever
    the key; None for any other line."""
    return _FIELD_SHAPE.match(text)


def _bulleted_field(text: str) -> tuple[str | None, str] | None:
    """The field of a bulleted item of a page's field list ("• 索引号 lanlingxfb/2023-0000178"), or None."""
    match = _BULLETED.match(text)
    return None if match is None else (KEYS[match.group("key")], _value(match.group("value") or ""))


# a key of such a row where cleaning took the spaces out between CJK and digits: at the start, or after a space, a
# digit or a letter, and before one ("成文日期2023-01-18发布日期2023-01-18", "索引号 bgs01/2023-00011发文字号")
_KEY_AT = re.compile(r"(?:^|(?<=[\s0-9A-Za-z]))(?P<key>" + _ALTERNATIVES + r")(?=[\s0-9A-Za-z]|$)")
# the keys a row may print alone with their value after a space ("标 题 县政府办2022年度…"): none a word of text
# (not an issuer's: a wrap may cut its name, "发布机构 ××街道" / "办事处")
_OWN_LINE_KEYS = frozenset((*_TITLE, "索引号", "信息索引号"))


def _run_together(text: str) -> list[tuple[str | None, str]] | None:
    """The fields of a row whose keys stand against their values, or a key alone on its line with its value after
    a space; None for any other line."""
    keys = list(_KEY_AT.finditer(text))
    if not keys or keys[0].start() != 0:
        return None
    if len(keys) == 1 and not (keys[0].group("key") in _OWN_LINE_KEYS and text[keys[0].end():keys[0].end() + 1]
                               in (" ", "\u3000")):
        return None
    ends = [k.start() for k in keys[1:]] + [len(text)]
    return [(KEYS[k.group("key")], text[k.end():end].strip()) for k, end in zip(keys, ends, strict=True)]


def _glued_key(word: str) -> str | None:
    """The key of four characters or more that ends ``word`` behind a value (``"2022-05909生成日期"``), or None."""
    return next((word[-size:] for size in (6, 5, 4) if len(word) > size and word[-size:] in KEYS), None)


def key_alone(text: str) -> str | None:
    """The key of a line that holds a key and nothing else ("• 索引号:", "发表时间：", "标　　题："), whose value
    follows."""
    first = text[:1]
    if first not in _KEY_ALONE_FIRST and not first.isspace():  # (what the pattern can open with, tested first)
        return None
    match = _KEY_ALONE.match(_closed_up(text))
    return match.group("key") if match else None


def key_left_empty(text: str) -> str | None:
    """The key a line of fields ends with, its value left for the line below: the line's only key ("索引号："), or
    its last ("… 发文字号：", "…2025-01-20 [ 体裁分类 ]")."""
    if (alone := key_alone(text)) is not None:
        return alone
    bracket = max(text.rfind("["), text.rfind("【"), text.rfind("［"))
    if bracket > 0 and text.endswith(("]", "】", "］")):  # (a key in brackets; not a widget's "【字体:")
        return key_alone(text[bracket:])
    words = text.split()
    return key_alone(words[-1]) if words else None


_ANY_CJK = re.compile(f"[{CJK}]")


def split_glued(text: str) -> tuple[str, list[tuple[str | None, str]]] | None:
    """A line with fields glued behind its text ("…会议上来源：××日报") as (the text, its fields), or None."""
    for match in _GLUED.finditer(text):
        if match.start() == 0:
            continue
        head, tail = text[:match.start()].rstrip(), text[match.start():]
        found = fields_of(tail)
        if head and found is not None and len(tail) <= 40 and _ANY_CJK.search(head):
            return head, found
    return None


_BEFORE_FIELDS = re.compile(r"\s*[-–—|｜]\s*|\s+")


def fields_behind(text: str) -> tuple[str, list[tuple[str | None, str]]]:
    """A value with the fields a page printed behind it on its line, after a space ("…年度报告 - 文 号:发布日期:
    2024-02-06"), as (the value, those fields); the value alone and no fields where none follow."""
    for match in _BEFORE_FIELDS.finditer(text):
        if match.start() > 0 and (found := fields_of(text[match.end():])) is not None:
            return text[:match.start()], found
    return text, []


__all__ = ["CANONICAL_KEYS", "COUNTS", "KEYS", "META_KEYS", "canonical_line", "fields_behind", "fields_of", "key_alone",
           "key_left_empty", "meta_line", "meta_table", "shaped_as_field", "split_glued", "table_fields"]
