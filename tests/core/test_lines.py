"""Stage 3a, lines: what a single line is, judged on its own."""

from __future__ import annotations

import pytest

from govdoc.parsing.lines import (
    byline_of,
    caption_mark,
    caption_strength,
    ends_open,
    ends_sentence,
    ends_softly,
    is_doc_title,
    is_furniture,
    is_salutation,
    issue_of,
    issuer_of,
    looks_like_subtitle,
    publication_of,
    split_label,
    split_lines,
    unclosed,
)


def test_split_lines_keeps_numbers_gaps_and_cleans() -> None:
    lines = split_lines("标题\r\n\r\n\u3000\u3000拆除违法建筑 31 处，\r  \n\n继续推进。\n")
    assert [(line.number, line.gap, line.text) for line in lines] == [
        (1, 0, "标题"), (3, 1, "拆除违法建筑31处，"), (6, 2, "继续推进。")]
    assert lines[1].indent == 4
    assert lines[1].raw.startswith("\u3000")


def test_split_lines_marks_fake_bold() -> None:
    [line] = split_lines("22002244年社区代表会议举行")
    assert line.doubled and line.text == "2024年社区代表会议举行"


@pytest.mark.parametrize(("text", "sentence", "soft", "open_"), [
    ("全年完成投资3亿元。", True, False, False),
    ("他说：“一定办好。”", True, False, False),
    ("真的吗？", True, False, False),
    ("主要完成了以下工作：", False, True, False),
    ("整治违法建筑；", False, True, False),
    ("深入推进，", False, False, True),
    ("更换店招店牌400", False, False, True),
    ("以及（", False, False, True),
    ("旧区改造", False, False, False),
])
def test_line_ends(text: str, sentence: bool, soft: bool, open_: bool) -> None:
    assert (ends_sentence(text), ends_softly(text), ends_open(text)) == (sentence, soft, open_)


@pytest.mark.parametrize(("text", "label", "family", "number", "rest"), [
    ("第二部分 2025年工作安排", "第二部分", "part", 2, "2025年工作安排"),
    ("十一、加强自身建设", "十一、", "cn", 11, "加强自身建设"),
    ("（三）区域规划战略引领。立足资源禀赋", "（三）", "paren_cn", 3, "区域规划战略引领。立足资源禀赋"),
    ("(三)区域规划", "(三)", "paren_cn", 3, "区域规划"),
    ("2.改善人居环境", "2.", "arabic", 2, "改善人居环境"),
    ("2、改善人居环境", "2、", "arabic", 2, "改善人居环境"),
    ("2．改善人居环境", "2．", "arabic", 2, "改善人居环境"),
    ("（12）提升道路品质", "（12）", "paren_arabic", 12, "提升道路品质"),
    ("(4)提升道路品质", "(4)", "paren_arabic", 4, "提升道路品质"),
    ("④推广绿色种养", "④", "circled", 4, "推广绿色种养"),
    ("● 河道长效管护", "●", "bullet", None, "河道长效管护"),
    ("2. 15分钟生活圈", "2.", "arabic", 2, "15分钟生活圈"),
])
def test_split_label(text: str, label: str, family: str, number: int | None, rest: str) -> None:
    found = split_label(text)
    assert found is not None
    assert (found.label, found.family, found.number, found.rest) == (label, family, number, rest)


@pytest.mark.parametrize("text", [
    "1.5亿元专项资金已拨付",  # a decimal, not a label
    "2023年工作回顾",
    "一是完善议事规则",
    "十分重要",
    "一、",  # a label without a title
    "第一时间响应",
    "（注）",
    "0.5个百分点",
])
def test_not_a_label(text: str) -> None:
    assert split_label(text) is None


@pytest.mark.parametrize("text", [
    "04、05 专题", "12、13 要闻", "8", "枫林··", "虹桥•••", "— 3 —", "第 2 页", "扫描二维码", "扫码关注",
    "关注“枫林发布”", "SHANGHAI COMMUNITY NEWS", "FENGLIN WEEKLY", "本期 12 版 第 57 期", "下期出版:9月9日",
    "第 3 版", "自 / 家 / 门 / 口", "聚焦", "责任编辑：王芳",
])
def test_furniture(text: str) -> None:
    assert is_furniture(text)


@pytest.mark.parametrize("text", [
    "全年完成投资3亿元。", "旧区改造换档加速。", "社区管理专业委员会", "强化楼宇党建 整合公共资源", "各位代表：",
    "2024年工作安排", "5G基站建设提速",
])
def test_not_furniture(text: str) -> None:
    assert not is_furniture(text)


def test_issue() -> None:
    assert issue_of("本期 12 版 第 57 期") == "第57期"
    assert issue_of("第 8 版") is None


def test_masthead_names() -> None:
    assert publication_of("枫林社区报") == "枫林社区报"
    assert publication_of("徐汇晚报") == "徐汇晚报"
    assert publication_of("全年完成投资3亿元，形成报告") is None
    assert issuer_of("枫林路街道党工委、办事处联合主办") == "枫林路街道党工委、办事处"
    assert issuer_of("华泾镇人民政府编印") == "华泾镇人民政府"
    assert issuer_of("社区治理") is None


@pytest.mark.parametrize(("text", "byline"), [
    ("□记者 武 钢", "记者 武钢"),
    ("□记者 陈 晨", "记者 陈晨"),
    ("□通讯员 鲁瑛", "通讯员 鲁瑛"),
    ("□通讯员 赵敏 王丽", "通讯员 赵敏 王丽"),
    ("■本报记者 欧阳晓明", "本报记者 欧阳晓明"),
    ("文/李华", "文/李华"),
    ("摄影：张伟", "摄影：张伟"),
])
def test_bylines(text: str, byline: str) -> None:
    assert byline_of(text) == byline


@pytest.mark.parametrize("text", [
    "文化活动丰富多彩", "记者从街道获悉，全年新建公园3座。", "图书馆 开放", "通讯员队伍不断壮大，",
])
def test_not_bylines(text: str) -> None:
    assert byline_of(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("各位代表：", True), ("各位代表、同志们：", True), ("尊敬的各位来宾：", True), ("同志们:", True),
    ("各位代表提出了意见建议。", False), ("主要工作如下：", False),
])
def test_salutations(text: str, expected: bool) -> None:
    assert is_salutation(text) is expected


def test_captions() -> None:
    assert caption_mark("▲社区民警开展防诈骗宣传") == "社区民警开展防诈骗宣传"
    assert caption_mark("社区民警开展防诈骗宣传") is None
    assert caption_strength("镇长刘洋（左二）在会上讲话") == 2
    assert caption_strength("2019年区域化党建联建工作推进会议现场") == 2
    assert caption_strength("图为志愿者在小区巡逻") == 2
    assert caption_strength("街道党工委书记王建国为居民代表颁发证书") == 1
    assert caption_strength("强化楼宇党建 整合公共资源") == 0


def test_titles_and_subtitles() -> None:
    assert is_doc_title("华泾镇2024年工作总结")
    assert is_doc_title("关于社区代表意见建议办理情况的报告")
    assert not is_doc_title("守护一方平安 建设幸福家园")
    assert looks_like_subtitle("——华泾镇人民政府工作报告")
    assert looks_like_subtitle("在华泾镇第三届人民代表大会上的工作报告")
    assert not looks_like_subtitle("华泾镇召开平安建设推进会")


def test_a_line_that_stops_inside_a_bracket_or_quote_it_opened_is_unclosed() -> None:
    assert unclosed("一、根据《中华人民共和国宪法》《中华人民共和国地方各级人民")
    assert unclosed("推进“一网通办")
    assert not unclosed("（三)一体推进教育科技人才发展")  # a parenthesis closed half-width (marks swapped)
    assert not unclosed("根据《宪法》，制定本规则。")


def test_a_salutation_to_a_standing_committee() -> None:
    from govdoc.parsing.lines import is_salutation

    assert is_salutation("主任、各位副主任、秘书长、各位委员：")
    assert not is_salutation("主任、副主任分别作了讲话。")
