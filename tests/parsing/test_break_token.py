"""A site's line-break token: some sites that serve copies of documents put a token of their own where each line
broke ("…会议上vzT", "…第十六届IAh   人民代表大会…"); govdoc takes it for the line break it stands for."""

from __future__ import annotations

import re
import string
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import govdoc
from govdoc.parsing.source import break_token

ROOT = Path(__file__).resolve().parents[2]
# the raw texts of the seeds, the wild set and the held-out sets
DOCUMENTS = sorted([*(ROOT / "seeds").glob("*.txt"), *(ROOT / "tests" / "quality" / "corpus").glob("*/docs/*.txt")])

# where a token can stand: after Chinese text or a mark (the lines that end otherwise keep no token)
_AFTER_CHINESE = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef:;,.!?)]$")
# (letters of both cases, perhaps with a digit among them: "vzT", "2Iu")
tokens = st.text(alphabet=string.ascii_letters + string.digits, min_size=3, max_size=3).filter(
    lambda token: not token.isupper() and not token.islower() and not token.isdigit())


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(DOCUMENTS), tokens)
def test_a_document_whose_lines_end_with_a_site_s_token_parses_as_without_it(path: Path, token: str) -> None:
    """Any corpus document with a token of mixed case after each line that ends in Chinese text parses to the same
    Report as without it (where fewer than four lines take it, it is no site's token, and none is put)."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    if sum(1 for line in lines if _AFTER_CHINESE.search(line)) < 4 or break_token(text) is not None:
        return  # (a document whose site put a token of its own already: one token a page)
    marked = "\n".join(line + token if _AFTER_CHINESE.search(line) else line for line in lines)
    assert govdoc.parse(marked, source=path.name) == govdoc.parse(text, source=path.name)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(DOCUMENTS), tokens)
def test_a_token_alone_on_a_line_stands_for_a_blank_line(path: Path, token: str) -> None:
    """The same with the token alone on each blank line too (the site marked an empty line's break): the Report is the
    one of the text without any token."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    if sum(1 for line in lines if _AFTER_CHINESE.search(line)) < 4 or break_token(text) is not None:
        return
    marked = "\n".join(line + token if _AFTER_CHINESE.search(line) else token if not line.strip() else line
                       for line in lines)
    assert govdoc.parse(marked, source=path.name) == govdoc.parse(text, source=path.name)


def test_a_token_between_the_lines_of_one_physical_line_breaks_it() -> None:
    """A site that ran the lines into one, the token and spaces where each broke: the lines come back."""
    one = ("政府工作报告IAh   2020年6月18日在紫金县第十六届人民代表大会第五次会议上IAh   县长 邓红卫IAh   "
           "各位代表:IAh   现在,我代表县人民政府,向大会报告工作,请予审议。IAh   一、2019年工作回顾IAh   "
           "全年地区生产总值增长5.2%。")
    report = govdoc.parse(one)
    assert report.meta.issuer == "紫金县人民政府" and report.meta.date is not None
    assert [s.title for _, s in report.walk()] == ["2019年工作回顾"]


def test_abbreviations_and_words_are_no_token() -> None:
    """Letters in capitals or in small letters are words ("GDP", "km"); a token must stand four times."""
    assert break_token("全市GDP\n增长GDP\n人均GDP\n总量GDP\n") is None
    assert break_token("全长km\n宽度km\n深度km\n高度km\n") is None
    assert break_token("第一行vzT\n第二行vzT\n第三行vzT\n") is None
    assert break_token("第一行vzT\n第二行vzT\n第三行vzT\n第四行vzT\n") is not None
    assert break_token("数量500\n金额500\n面积500\n人数500\n") is None  # (a figure is no token)
    assert break_token("全长5km\n宽度5km\n深度5km\n高度5km\n") is None


def test_a_token_with_a_digit_in_it_is_a_site_s_token_too() -> None:
    """"2Iu" after each paragraph ("…提出意见。2Iu", "过去一年工作回顾2Iu"): the heading it ends is a heading again."""
    text = ("2019年松溪县人民政府工作报告\n松溪县人民政府县长苏建旗2Iu\n各位代表:2Iu\n"
            "现在,我代表县人民政府向大会作报告,请予审议。2Iu\n"
            "过去一年工作回顾2Iu\n一年来,全县经济社会保持平稳健康发展。2Iu\n")
    assert break_token(text) is not None
    report = govdoc.parse(text)
    assert [s.title for _, s in report.walk()] == ["过去一年工作回顾"]
    assert "2Iu" not in govdoc.write_json(report)
