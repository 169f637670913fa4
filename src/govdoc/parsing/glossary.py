"""Glossaries and notes: their headings (名词解释, 名词注释, 注释, 注：…) and their entries in every
common layout ("1.term：definition", "1、term:", "（1）term：", "［14］term：", "term：definition").

Footnote markers ("［21］", "[2]") belong to neither a term nor a heading title: :func:`strip_markers`
takes them out of both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEAD_WORDS = ("名词解释", "名词解析", "名词释义", "名词注释", "名词注解", "术语解释", "术语表", "词语解释", "释义",
               "注释", "注解", "名詞解釋", "名詞註釋", "名詞注釋", "註釋", "注釋", "術語解釋",
               # (a release's notes on its figures: "主要指标解释及说明", "统计指标解释")
               "指标解释", "指标解释及说明", "指標解釋")
_NOTES_WORDS = "(?:注|附注|备注)"
NOTES_HEAD = re.compile(f"^{_NOTES_WORDS}[：:]?$")
"""The heading of a document's notes, not of a glossary ("备注："): whatever numbers its items, they are notes."""
GLOSSARY_HEAD = re.compile("(?:" + "|".join(_HEAD_WORDS) + f")[：:]?$|^{_NOTES_WORDS}[：:]$"
                           # (the notes a report prints on its own terms: "《政府工作报告》有关说明")
                           r"|^《[^》]{2,20}报告》(?:有关|相关)说明$")
"""A heading that opens a glossary or the notes of a document (the whole line, or its end)."""
# what such a line ends with: a cheap test before the pattern, which is tried at every place of a line
_HEAD_ENDS = (*_HEAD_WORDS, *(word + colon for word in _HEAD_WORDS for colon in "：:"), "注：", "注:", "有关说明",
              "相关说明")


def glossary_head(text: str) -> bool:
    """Whether ``GLOSSARY_HEAD`` is found in ``text``: its ending is tested first (the pattern ends at the
    end of the text, or before a line break there)."""
    end = text[:-1] if text.endswith("\n") else text
    return end.endswith(_HEAD_ENDS) and GLOSSARY_HEAD.search(text) is not None

_NUMBER = r"(?:(?P<n>[1-9][0-9]{0,2})[.．、]|[（(](?P<p>[1-9][0-9]{0,2})[）)]|[［\[【](?P<b>[1-9][0-9]{0,2})[］\]】])"
_ENTRY = re.compile(
    rf"^(?:{_NUMBER}\s*)?(?P<term>[^:：。，,；;！？]{{1,60}}?)\s*[:：]\s*(?P<def>.*)$"
)
# a numbered entry whose term a space, or the word that opens its definition, ends: "(3) 规模以上工业企业 指年主营…",
# "(1) 国内(地区)生产总值简称GDP,…" (read only inside a glossary: elsewhere such a line is a numbered item)
_SPACED_ENTRY = re.compile(
    rf"^{_NUMBER}\s*(?P<term>[^\s:：。，,；;！？、]{{2,24}}?)"
    r"(?:[ \u3000]+|(?=(?:是指|指(?![数标导])|简称|也称|亦称|又称)))(?P<def>[^\s].*)$"
)
_MARKER = re.compile(r"[［\[] ?[0-9]{1,3} ?[］\]]")


@dataclass(frozen=True)
class Entry:
    """One glossary entry as printed: its number (None when unnumbered), term and definition.

    The definition is empty when it is printed on the lines below the term ("1.河长制：" then the text).
    """

    number: int | None
    term: str
    definition: str


def glossary_entry(text: str) -> Entry | None:
    """Read a glossary line such as "1. 三送进企业:送政策…" or "［14］河长制：" as an Entry, else None."""
    match = _ENTRY.match(text)
    if match is None:
        return None
    term = strip_markers(match.group("term").strip())
    if not term:
        return None
    return Entry(_entry_number(match), term, match.group("def").strip())


def spaced_entry(text: str) -> Entry | None:
    """Read a numbered glossary line with no colon, its term ended by a space or by the word its definition opens
    with ("(3) 规模以上工业企业 指年主营业务收入2000万及以上的工业企业。"), as an Entry; else None."""
    match = _SPACED_ENTRY.match(text)
    if match is None:
        return None
    return Entry(_entry_number(match), strip_markers(match.group("term")), match.group("def").strip())


# an entry run into a paragraph with others, its definition opened by 指: "(1)因公出国(境)费,指单位工作人员…。(2)…"
_RUN_IN_ENTRY = re.compile(r"[（(](?P<p>[1-9])[）)]"
                           r"(?P<term>[^，,。；;：:（()）]{2,20}(?:[（(][^（()）]{1,6}[）)][^，,。；;：:（()）]{0,10})?)"
                           r"[，,：:]\s*(?=是?指)")


def run_in_entries(text: str) -> tuple[str, list[Entry], str] | None:
    """The entries a paragraph runs in one after another, numbered from (1) ("…包括因公出国(境)费、…。(1)因公出国(境)费,
    指…支出。(2)公务用车购置及运行费,指…。"), the words before the first and those after the last one's sentence;
    None for fewer than two."""
    if "指" not in text:
        return None
    found = list(_RUN_IN_ENTRY.finditer(text))
    if len(found) < 2 or [int(m.group("p")) for m in found] != list(range(1, len(found) + 1)):
        return None
    entries = []
    rest = ""
    for match, after in zip(found, [*found[1:], None], strict=True):
        end = after.start() if after is not None else len(text)
        if after is None and 0 <= (stop := text.find("。", match.end())) < end - 1:
            end, rest = stop + 1, text[stop + 1:].strip()  # (the last one's sentence ends it)
        definition = text[match.end():end].strip()
        if not definition:
            return None
        entries.append(Entry(int(match.group("p")), match.group("term").strip(), definition))
    return text[:found[0].start()].strip(), entries, rest


def _entry_number(match: re.Match[str]) -> int | None:
    """The number an entry's match read in any of ``_NUMBER``'s forms ("1.", "（1）", "［1］"), None for none."""
    raw: str | None = match.group("n") or match.group("p") or match.group("b")
    return int(raw) if raw else None


def strip_markers(text: str) -> str:
    """Text without footnote markers: "地区生产总值［2］" → "地区生产总值"."""
    return _MARKER.sub("", text) if "[" in text or "［" in text else text


__all__ = ["GLOSSARY_HEAD", "NOTES_HEAD", "Entry", "glossary_entry", "glossary_head", "run_in_entries", "spaced_entry",
           "strip_markers"]
