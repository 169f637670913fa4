"""The cheap prefilters the parser runs before its slower checks decide exactly what those checks do."""

from __future__ import annotations

import re
from itertools import pairwise

from hypothesis import example, given, settings
from hypothesis import strategies as st

from govdoc.parsing.normalise import CJK, _undoubled_line

_CJK_CHAR = re.compile(f"[{CJK}]")


def _reference_undoubled(text: str) -> str | None:
    """``_undoubled_line`` as it was written before its one-regex prefilter: the pairwise count only."""
    if len(text) < 6:
        return None
    if sum(1 for a, b in pairwise(text[:12]) if a == b) < 2:
        return None
    out: list[str] = []
    paired = single = others = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if i + 1 < len(text) and text[i + 1] == ch:
            paired += bool(_CJK_CHAR.match(ch))
            i += 2
        else:
            single += bool(_CJK_CHAR.match(ch))
            others += not _CJK_CHAR.match(ch) and ch != " "
            i += 1
        out.append(ch)
    label_twice = len(out) >= 3 and text[0] == text[1] and text[0] in "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳（(【［"
    whole = single == others == 0 and ((paired >= 2 and len(text) - text.count(" ") >= 8) or label_twice)
    return "".join(out) if (paired >= 3 and paired >= 9 * single) or whole else None


# few characters, so that neighbours are often equal; doubled runs drawn on purpose too
_PIECES = st.one_of(st.sampled_from("稳步推进城市更新（）2 0\n\u3000a"),
                    st.sampled_from("稳步推进（2").map(lambda ch: ch * 2))


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=24).map("".join))
@example("（2）a 0稳稳步步推推进进")  # the pairs start late in the head: the prefilter must look at all 12
def test_undoubled_line_decides_as_the_plain_count_does(text: str) -> None:
    assert _undoubled_line(text) == _reference_undoubled(text)


def test_the_reference_finds_doubling() -> None:
    assert _reference_undoubled("（二二）稳稳步步推推进进城城市市更更新新") == "（二）稳步推进城市更新"
    assert _undoubled_line("（二二）稳稳步步推推进进城城市市更更新新") == "（二）稳步推进城市更新"
    assert _undoubled_line("（2）a 0稳稳步步推推进进") == "（2）a 0稳步推进"
    assert _undoubled_line("坚持以习近平新时代中国特色社会主义思想为指导") is None


# ---- maybe_marked: the first-character test in front of every "marked line" pattern -------------------------

_WORDS = ["发布机构", "索引号", "日期", "记者", "本报记者", "通讯员", "图", "文", "各位代表", "尊敬的", "附件", "附件2",
          "扫码关注", "第", "页", "本期", "相关链接", "编辑", "SHANGHAI", "COMMUNITY", "聚焦", "凉城", "社区", "建设"]
_MARKS = [*"：:|｜/ \t\u3000\n·•▲△□■—-－0123456789", "12", "2025"]
_TEXTS = st.lists(st.sampled_from(_WORDS + _MARKS), max_size=8).map("".join)


def _any_mark_test(text: str) -> bool:
    """Whether any test behind ``maybe_marked`` (in ``marked`` and ``blocks._special``) takes the line."""
    from govdoc.parsing.frame.fields import meta_line, meta_table
    from govdoc.parsing.lines import byline_of, caption_mark, is_furniture, is_salutation
    from govdoc.parsing.wraps import ANNEX

    return (meta_line(text) is not None or meta_table(text) is not None
            or byline_of(text) is not None or caption_mark(text) is not None or is_salutation(text)
            or ANNEX.match(text) is not None or is_furniture(text))


@settings(max_examples=1500, deadline=None)
@given(_TEXTS)
@example("凉城··")
@example("自 / 家 / 门 / 口")
@example("聚焦\n")
def test_maybe_marked_passes_every_line_a_mark_test_takes(text: str) -> None:
    from govdoc.parsing.wraps import maybe_marked

    assert maybe_marked(text) or not _any_mark_test(text)


def test_maybe_marked_turns_plain_text_away() -> None:
    from govdoc.parsing.wraps import maybe_marked

    assert not maybe_marked("坚持以习近平新时代中国特色社会主义思想为指导")
    assert maybe_marked("发布机构：东明路街道") and maybe_marked("▲ 居民在活动现场") and maybe_marked("聚焦")


# ---- clean_and_doubled: clean_line and is_doubled in one pass ------------------------------------------------

_LINE_PIECES = st.one_of(st.sampled_from([*"稳步推进城市（）“”《、，：2 0\u3000\u200b\t", "1.", "123456"]),
                         st.sampled_from("稳步推进（“《、，2。").map(lambda ch: ch * 2))


@settings(max_examples=1500, deadline=None)
@given(st.lists(_LINE_PIECES, max_size=20).map("".join), st.booleans())
@example("（（一一））区区域域规规划划。。立足资源", False)
@example("22002200年", False)
@example("障障", True)
def test_clean_and_doubled_is_clean_line_and_is_doubled(raw: str, after_bold: bool) -> None:
    from govdoc.parsing.normalise import clean_and_doubled, clean_line, is_doubled

    assert clean_and_doubled(raw, after_bold=after_bold) == (clean_line(raw, after_bold=after_bold),
                                                             is_doubled(raw, after_bold=after_bold))


# ---- key_alone and is_subtitle: one first-character test before their patterns -------------------------------

@settings(max_examples=1000, deadline=None)
@given(_TEXTS)
@example("• 索引号:")
@example("【发布机构】")
@example(" 日期")
def test_key_alone_decides_as_its_pattern_does(text: str) -> None:
    from govdoc.parsing.frame.fields import _KEY_ALONE, key_alone

    match = _KEY_ALONE.match(text)
    assert key_alone(text) == (match.group("key") if match else None)


_SUBTITLE_WORDS = ["——", "—", "―", "－－", "--", "─", "在", "（", "(", "书面", "）", ")", "市十六届人大", "会议上的",
                   "讲话", "报告", "-", " "]
_SUBTITLE_TEXTS = st.lists(st.sampled_from(_SUBTITLE_WORDS), max_size=6).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_SUBTITLE_TEXTS)
@example("在全区经济工作会议上的讲话")
@example("（书面）")
def test_is_subtitle_decides_as_its_three_patterns_do(text: str) -> None:
    from govdoc.parsing.frame.title import _DASHES, _SPEECH, _WRITTEN_NOTE, is_subtitle

    assert is_subtitle(text) == (text.startswith(_DASHES) or bool(_SPEECH.match(text))
                                 or bool(_WRITTEN_NOTE.match(text)))


# ---- is_button_row: a character no button holds rules a line out before the row pattern ----------------------

def _reference_button_row(text: str) -> bool:
    """``is_button_row`` without its character test: the row pattern, then every token a button word."""
    from govdoc.parsing.frame.chrome import _BUTTON_ROW, _TOKEN_SPLIT, BUTTONS

    if len(text) > 40 or _BUTTON_ROW.fullmatch(text) is None:
        return False
    tokens = [t for t in _TOKEN_SPLIT.split(text) if t]
    return bool(tokens) and all(t in BUTTONS for t in tokens) and (len(tokens) > 1 or len(tokens[0]) > 1)


_BUTTON_TEXTS = st.lists(st.sampled_from(["打印", "关闭", "收藏", "大", "中", "小", "字号", "English", "QQ", "【", "】",
                                          "|", " ", "：", "/", "\t", "国", "家", "x", "1"]), max_size=8).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_BUTTON_TEXTS)
@example("【字号：大 中 小】")
@example("收藏 打印 关闭")
def test_is_button_row_decides_as_its_pattern_does(text: str) -> None:
    from govdoc.parsing.frame.chrome import is_button_row

    assert is_button_row(text) == _reference_button_row(text)


# ---- glossary_head: the ending tested before GLOSSARY_HEAD is searched for -----------------------------------

_GLOSSARY_WORDS = ["名词解释", "术语表", "注释", "注", "释义", "附件", "：", ":", "\n", " ", "一", "表"]
_GLOSSARY_TEXTS = st.lists(st.sampled_from(_GLOSSARY_WORDS), max_size=6).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_GLOSSARY_TEXTS)
@example("注：")
@example("注:\n")
@example("附件2 名词解释：\n")
def test_glossary_head_decides_as_the_pattern_does(text: str) -> None:
    from govdoc.parsing.glossary import GLOSSARY_HEAD, glossary_head

    assert glossary_head(text) == (GLOSSARY_HEAD.search(text) is not None)


def test_every_character_the_cleaning_maps_is_unprintable() -> None:
    """clean_and_doubled skips the mapping search on a printable line: no mapped character may be printable."""
    from govdoc.parsing.normalise import _CHARACTER_MAP

    for code in [*_CHARACTER_MAP, 0x3000, 0xD800, 0xDBFF, 0xDC00, 0xDFFF]:
        assert not chr(code).isprintable(), hex(code)


# ---- same_title_as: the title folded once, short lines not folded ---------------------------------------------

_TITLE_WORDS = ["【安贞政事】", "政府", "工作", "报告", " ", "[1]", "［2］", "〔3〕", "2025年", "公报", "【", "】"]
_TITLE_TEXTS = st.lists(st.sampled_from(_TITLE_WORDS), max_size=6).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_TITLE_TEXTS, _TITLE_TEXTS)
@example("2025年政府工作报告", "2025年 政府工作报告[1]")
@example("【安贞政事】工作报告", "工作报告")
def test_same_title_as_decides_as_same_title(title: str, text: str) -> None:
    from govdoc.parsing.frame.title import same_title, same_title_as

    assert same_title_as(title)(text) == same_title(title, text)


# ---- is_furniture: the leader dots tested by the line's ending, not by a ".*" alternative ---------------------

@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from([*"·•凉城 \n1第页/", "聚焦", "SHANGHAI"]), max_size=8).map("".join))
@example("凉城··")
@example("凉城··\n")
@example("凉\n城··")
def test_is_furniture_decides_as_all_its_patterns_in_one(text: str) -> None:
    from govdoc.parsing.lines import _FURNITURE, is_furniture

    every = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in _FURNITURE))
    assert is_furniture(text) == (every.match(text) is not None)
