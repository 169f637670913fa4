"""The issuer: the body that issues a document, named the way the document names it.

Where the text does not print it as a field, it follows from who speaks ("××省省长 ×××" speaks for
××省人民政府, "我代表市人民政府"), from the bureau that signs, or from the title of an official
document ("××县人民政府关于…的通知"). A bare "省人民政府" is qualified by the place the document
names for itself: the congress in its subtitle ("在青海省第十四届人民代表大会…") or its title.
Values that name a website, a newspaper or an app are no issuers.
"""

from __future__ import annotations

import re

from ..normalise import CJK

# the government a head of government speaks for; other roles head the body printed before them
_GOVERNMENT_OF = {"省长": "省", "市长": "市", "县长": "县", "区长": "区", "州长": "州", "盟长": "盟", "旗长": "旗",
                  "镇长": "镇", "乡长": "乡"}  # (an acting head's too: 代市长)
_PLACE_KIND = ("自治区", "自治州", "自治县", "省", "市", "县", "区", "州", "盟", "旗", "镇", "乡", "街道")
_PLACE = "|".join(_PLACE_KIND)
_GOVERNED_PLACE = "|".join(kind for kind in _PLACE_KIND if kind != "街道")  # (a 街道 has an office, no 人民政府)
_CONGRESS = re.compile(
    f"在(?P<place>[{CJK}]{{2,14}}?(?:{_PLACE}))(?:第[一二三四五六七八九十百]+届|[一二三四五六七八九十]+届)")
_TITLE_PLACE = re.compile(
    f"^(?:关于)?(?:[0-9]{{4}}年(?:度)?(?:上半年|下半年|前三季度|第?[一二三四]季度|[0-9]{{1,2}}[-－—~至][0-9]{{1,2}}月)?)?"
    # (a county's name may be one character: 杞县, 歙县)
    f"(?P<place>(?![全本该我各每此其])[{CJK}]县(?![城区市委])|[{CJK}]{{2,12}}?(?:{_PLACE}))")
# a place inside the one before it, printed right after it ("莆田市荔城区", "绍兴市上虞区统计局"), no body's name
_INNER_PLACE = re.compile(f"(?!人民|政府)[{CJK}]{{2,4}}?(?:自治县|区|县|市|旗|镇|乡|街道)")
# (a standing committee's whole name before its 委员会: "政协岳阳市第九届委员会常务委员会")
_REPRESENT = re.compile(
    f"我(?:谨)?代表(?P<org>[{CJK}]{{2,24}}?(?:人民政府|政府|办事处|委员会常务委员会|委员会|管委会))"
    # (or a government's work report its deputy gives: "受镇人民政府委托,我向大会作工作报告")
    f"|受(?P<entrusting>[{CJK}]{{1,20}}?(?:人民政府|政府|办事处))委托[，,]?我[{CJK}]{{0,6}}?作[{CJK}]{{0,4}}?工作报告")
_ACCOUNT = r"^[\u4e00-\u9fff]{1,4}号$"  # a platform's account of a few characters: "北京号", "百家号", "澎湃号"
_JUNK = re.compile(r"网站|网$|报$|门户|客户端|平台|APP|App|报社|电视台|广播|新闻|融媒|编辑部|"
                   rf"本网|本站|原创|综合|转载|网络|^[省市县区镇乡]政府$|{_ACCOUNT}")
_PUBLICATION = re.compile(
    rf"(?:日报|晚报|晨报|周报|时报|商报|报|客户端|APP|App|网|电视台|广播电台|新闻|融媒|杂志|周刊|月刊)$|{_ACCOUNT}")
_LEADING_ORG = re.compile(
    f"^(?P<org>[{CJK}]{{2,24}}?(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|办公室|办公厅|办事处|委员会|局|厅))"
    r"\s*(?:关于|印发|工作规则|规则|办法|决定|通知|通告|公告|意见)")


def is_junk(value: str) -> bool:
    """True for a value that names no issuing body: a website, a newspaper, an app, "本网"."""
    return not value or _JUNK.search(value) is not None


def is_publication(value: str) -> bool:
    """True for a publication's name (××日报, ××客户端, ××网), which a 来源 field may hold."""
    return bool(value) and _PUBLICATION.search(value) is not None


def congress_place(text: str) -> str | None:
    """The place whose congress a report is delivered at ("在青海省第十四届人民代表大会…" → "青海省"); none where
    the report names it by its kind alone ("在自治县第十七届人民代表大会…")."""
    match = _CONGRESS.search(text)
    return match.group("place") if match and not match.group("place").startswith("自治") else None


def title_place(title: str) -> str | None:
    """The place a title opens with ("2026年内蒙古自治区政府工作报告" → "内蒙古自治区")."""
    match = _TITLE_PLACE.match(title)
    return match.group("place") if match else None


def own_place(text: str) -> str | None:
    """The place a title or a body's name opens with, followed down to the innermost place printed after it
    ("关于莆田市荔城区2022年…" → "荔城区", "绍兴市上虞区统计局" → "上虞区"): the area the document is of."""
    match = _TITLE_PLACE.match(text)
    if match is None:
        return None
    place, end = match.group("place"), match.end()
    while (inner := _INNER_PLACE.match(text, end)) is not None:
        place, end = inner.group(), inner.end()
    return place


def qualify(org: str, place: str | None) -> str:
    """"省人民政府" of 青海省 → "青海省人民政府"; a body already named with its place is left as it is."""
    if place is None or not org:
        return org
    for kind in sorted(_PLACE_KIND, key=len, reverse=True):
        if org.startswith(kind) and place.endswith(kind):
            return place + org[len(kind):]
    return org


def by_level_alone(org: str) -> bool:
    """Whether a body is named by its level, its place left out ("区教育局", "市政府办公室(法制办…)")."""
    return org.startswith(_PLACE_KIND)


def named_whole(org: str, title: str) -> str:
    """A body still named by its level alone ("来源: 区教育局") under a title that names it whole
    ("广元市利州区教育局2025年部门预算公开"): that whole name; any other as it is."""
    if not by_level_alone(org):
        return org
    named = title_issuer(title)
    return named if named is not None and len(named) > len(org) and named.endswith(org) else org


_PLACE_LINE = re.compile(f"^[{CJK}]{{2,14}}(?:{_PLACE})$")
_MASTHEAD = 8  # the lines of a page's masthead, where a site prints its name


def is_place(name: str) -> bool:
    """Whether ``name`` is a place's name and nothing else ("沂水县沙沟镇"), no body's ("沙沟镇人民政府")."""
    return _PLACE_LINE.match(name.strip()) is not None


def masthead_named(org: str, lines: list[str]) -> str:
    """A body named without its place ("发展改革和统计局") whose site prints its whole name over two lines at the
    top of the page ("济源产城融合示范区" / "发展改革和统计局"): the whole name; any other as it is."""
    for index in range(1, min(len(lines), _MASTHEAD)):
        if lines[index].strip() == org and _PLACE_LINE.match(lines[index - 1].strip()):
            return lines[index - 1].strip() + org
    return org


def speaker_issuer(org: str, role: str) -> str:
    """The body a speaker speaks for: a head of government (or a deputy head) speaks for the people's government."""
    role = role.removeprefix("常务").removeprefix("代理").removeprefix("代").removeprefix("副")
    if "、" in org:  # posts held together, the government's last ("××镇党委副书记、政府镇长"): its place, its post
        head, _, post = org.rpartition("、")
        body = _PARTY_POST.match(head)
        if body is not None and not post:  # ("××区财政局党组书记、局长": the bureau's party post, then its head)
            org = body.group("body")
        else:
            place = _LEADING_PLACE.match(head)
            org = (place.group() if place else "") + ("" if post in ("政府", "人民政府") else post)
    if role in _GOVERNMENT_OF:
        level = _GOVERNMENT_OF[role]
        if org.endswith(("人民政府", "政府")):
            return org
        return f"{org or level}人民政府" if not org or org.endswith(_PLACE_KIND) else f"{org}{level}人民政府"
    if role == "主席" and org.endswith("人民政府"):
        return org
    if role in ("局长", "厅长") and org and not org.endswith(role[0]):
        return org + role[0]  # ("牧野区财政局长 杨鹏飞": the head of 牧野区财政局, its 局 run into the role)
    return org or ""


_LEADING_PLACE = re.compile(f"^[{CJK}]{{2,14}}?(?:{_PLACE})")
_PARTY_POST = re.compile(f"^(?P<body>[{CJK}]{{2,20}}?(?:局|厅|委员会|委))党(?:组|委)(?:副)?书记$")
_ENTRUSTED = re.compile(f"(?P<org>[{CJK}]{{2,16}}?(?:局|厅|所|委员会|办公室|办公厅|办事处))受[{CJK}]{{0,10}}委托")
_REPORT_PLACE = re.compile(f"《关于(?P<place>[{CJK}]{{2,10}}?(?:{_PLACE}))")


def entrusted(text: str) -> str | None:
    """The body that reports on another's behalf: "市财政局受市人民政府委托，…提交…报告" → "市财政局"."""
    if "委托" not in text:
        return None
    match = _ENTRUSTED.search(text)
    return match.group("org") if match else None


def report_place(text: str) -> str | None:
    """The place a cited report names: "提交了《关于常州市2025年预算…的报告》" → "常州市"."""
    match = _REPORT_PLACE.search(text)
    return match.group("place") if match else None


def represented(text: str) -> str | None:
    """The government a report speaks for: "现在，我代表省人民政府向大会报告工作" → "省人民政府", "受镇人民政府委托,我向
    大会作工作报告" → "镇人民政府"."""
    if "代表" not in text and "委托" not in text:
        return None
    match = _REPRESENT.search(text)
    return _TERM.sub("", match.group("org") or match.group("entrusting")) if match else None


# the term of a government in its name ("我代表金华镇第十届人民政府"): no part of the body's name
_TERM = re.compile(r"第[一二三四五六七八九十]{1,3}届(?=人民政府|政府)")


_BODY = re.compile(
    f"^[{CJK}]{{0,20}}?(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|办事处|委员会|管委会|局|厅)")


def body_named(value: str) -> str | None:
    """The body a "信息发布人" field names ("市财政局信息公开" → "市财政局"); None for a person's name."""
    match = _BODY.match(value.strip())
    if match is None or is_junk(match.group()):
        return None
    return match.group()


# a body's own report of its year: "昌硕街道2022年工作总结和2023年工作计划", "××区教育局2025年部门预算"
_OWN_REPORT = re.compile(
    f"^(?P<org>[{CJK}]{{2,16}}?(?:街道办事处|街道|人民政府办公室|人民政府|政府办公室|政府|办事处|办公室|委员会|局|厅|中心))"
    f"(?:部门|单位)?"
    f"[0-9]{{4}}年(?:度)?"
    f"[{CJK}]{{0,6}}?(?:工作总结|工作计划|工作要点|工作报告|工作情况|部门预算|部门决算|单位预算|单位决算"
    f"|(?:政府|政务)信息公开工作(?:开展)?年度报告|国民经济和社会发展统计公报|统计公报)"
    # (a department's statement of its accounts: "××局部门2020年度“三公”经费决算情况说明")
    f"|^(?P<accounts>[{CJK}]{{2,24}}?(?:局|委员会|办公室|中心))(?:部门|单位)?[0-9]{{4}}年(?:度)?"
    f"[^，。；]{{0,16}}?(?:预算|决算)[^，。；]{{0,12}}?(?:说明|公开)$"
    # (or the year first: "2021年余姚市人民代表大会常务委员会工作报告")
    f"|^[0-9]{{4}}年(?:度)?(?P<dated>(?![全本我])[{CJK}]{{2,20}}?(?:常务委员会|人民法院|人民检察院|街道办事处))"
    f"(?:工作报告|工作总结|(?:政府|政务)信息公开(?:工作)?年度报告)$"
    # (and a department's accounts: "2023年广东省财政厅一般公共预算财政拨款“三公”经费支出决算情况说明")
    f"|^[0-9]{{4}}年(?:度)?(?P<dated_accounts>(?![全本我])[{CJK}]{{2,24}}?(?:局|厅|委员会|办公室|中心))"
    f"(?:部门|单位)?[^，。；]{{0,24}}?(?:预算|决算)[^，。；]{{0,12}}?(?:说明|公开)$"
    # (or no year but perhaps in brackets behind: "江苏省人民代表大会常务委员会工作报告(2021年)")
    f"|^(?P<body>(?![全本我])[{CJK}]{{2,20}}?(?:人民代表大会常务委员会|人民法院|人民检察院))工作报告"
    f"(?:[（(][0-9]{{4}}年[)）])?$")


# a place's report on its government's information disclosure, or on its government's work of a year ("宗加镇2010年
# 政府工作总结及2011年工作计划"): the place's government issues it
_GOVERNMENT_REPORT = re.compile(f"^(?P<place>[{CJK}]{{2,12}}?(?:{_GOVERNED_PLACE}))[0-9]{{4}}年(?:度)?"
                                f"(?:政府信息公开(?:工作)?年度报告$|政府工作(?:总结|报告))"
                                # (or the year first: "2026年宁夏回族自治区政府工作报告")
                                f"|^[0-9]{{4}}年(?:度)?(?P<dated>[{CJK}]{{2,12}}?(?:{_GOVERNED_PLACE}))"
                                f"政府工作(?:总结|报告)")


def title_issuer(title: str) -> str | None:
    """The issuer an official document's title names first ("××县人民政府关于…的通知", "××县人民政府工作规则",
    "××街道2022年工作总结")."""
    match = _LEADING_ORG.match(title)
    if match is not None:
        return match.group("org")
    match = _OWN_REPORT.match(title)
    if match is not None:
        return (match.group("org") or match.group("dated") or match.group("accounts") or match.group("dated_accounts")
                or match.group("body"))
    government = _GOVERNMENT_REPORT.match(title)
    return None if government is None else f"{government.group('place') or government.group('dated')}人民政府"


__all__ = ["body_named", "by_level_alone", "congress_place", "entrusted", "is_junk", "is_place", "is_publication",
           "masthead_named", "named_whole", "own_place", "qualify", "report_place", "represented", "speaker_issuer",
           "title_issuer", "title_place"]
