"""Page chrome: what a portal, an e-paper or a news app prints around a document and that is no part of it.

Breadcrumbs, site names, menus and link lists, button rows ("收藏 打印 关闭", "【字号：大 中 小】"), share
prompts, "相关附件/相关报道", "上一篇/下一篇", editors ("责任编辑：…"), view counters, footers (主办单位,
版权所有, ICP备, 网站标识码, phone numbers), image file names, e-paper page lines ("第一版:要闻版…").

Two strengths: ``is_chrome`` lines are chrome wherever they stand (nothing in a document reads like
them); ``is_edge_chrome`` lines are chrome above the document's first paragraph or below its last
(a footer's phone numbers, a site's name, a menu row), but could be text inside a document. Menus
printed one link per line are judged as runs (``menu_item``): one short line is never chrome alone.
"""

from __future__ import annotations

import re

from ..lines import CLOSING, split_label

_LONGEST = 80  # a line longer than this is no chrome

_EPAPER_PAGE = r"第\s*[A-Za-z]?[0-9一二三四五六七八九十]+\s*版"  # "第03版", "第A06版"
EPAPER_PAGE = re.compile(_EPAPER_PAGE)
"""An e-paper's page line ("第A06版：公告 2026年05月19日"), which may carry the paper's date."""
# a document-sharing site's blurb: "《米易县2022年债务情况说明.docx》由会员分享,可在线阅读,更多相关《…》请在…上搜索。"
_SHARED_FILE_LINE = re.compile(
    r"《(?P<name>[^《》]{2,80})\.(?:docx?|pdf|wps|pptx?|xlsx?|txt)\s*》\s*由\S{0,4}(?:会员|用户|网友)\S{0,6}分享")


# a document-sharing site's notice over its preview: "说明:文章内容仅供预览,部分内容可能不全。下载后的文档,…"
_PREVIEW_NOTICE = re.compile(r"(?:说明\s*[:：]\s*)?\S{0,4}内容仅供预览")


def shared_file_name(text: str) -> str | None:
    """The name of the file a document-sharing site's blurb names (its title), or None for any other line."""
    match = _SHARED_FILE_LINE.match(text) if text[:1] == "《" else None
    return None if match is None else match.group("name").strip()

_STRONG = re.compile("|".join((
    # breadcrumbs
    # (当前位置, 您的位置, 您现在的位置, 您现在所在的位置, 当前所在位置, 所在位置, 当前栏目 …)
    r"(?:(?:您|你)(?:现在|当前|目前)?(?:所在)?的?|(?:现在|当前|目前)(?:所在)?的?|所在的?)(?:位置|栏目)(?:是)?\s*[:：]",
    r"首页\s*(?:>|>>|»|＞|›|→|/|\\)",
    # the site greeting, and the top bar's date of today ("今天是:2024年05月17日 星期五")
    # (with the site's notice behind it: "欢迎访问××门户网站! 本网站已支持IPv6网络")
    # (a local-history site's too: "收藏本站 官方微博 欢迎浏览杭州党史与地方志")
    r"欢迎(?:访问|来到|光临|进入|使用|浏览).{0,30}(?:网|站|平台|系统|客户端|》|地方志|史志)[!！。]?"
    r"(?:\s*本?网站已?支持\s*IPv6\S{0,4})?$",
    r"^(?:今天是|今日|今天)\s*[:：]?\s*[0-9]{4}\s*年",
    r"本?网站已?支持\s*IPv6",  # "网站支持IPv6无锡市滨湖区人民政府 欢迎您!", "本网站已支持IPv6网络"
    # previous and next
    r"(?:上一篇|下一篇|上一条|下一条|上一页|下一页)(?:\s*[:：]|$)",
    # related-links markers on a line of their own
    r"【?\s*相关(?:附件|稿件|报道|资讯|阅读|新闻|链接|文档|文章|推荐|信息|专题|文件)\s*】?\s*(?:[:：]|>>|》》|»)?\s*$",
    # an e-paper app's notice and its name: "这已经是最后一期了哦!", "云报平台"
    r"这已经是(?:最后|第)一?[期页篇版]了|\S{0,6}云报(?:平台)?$",
    # a block of recommended items: "新闻推荐", "推荐阅读", "热点推荐", "精彩推荐"
    r"【?\s*(?:新闻推荐|推荐阅读|热点推荐|精彩推荐|热门推荐|猜你喜欢)\s*】?\s*(?:[:：]|>>|》》|»)?\s*$",
    # share prompts and QR blurbs of a web page
    r"(?:使用|请用|用)?[\"“]?(?:扫一扫|微信扫一扫|微信扫描|扫描二维码|扫码|用手机扫|手机扫描|分享到|分享至|在手机打开|打开手机)[\"”]?"
    r"[^，。；,;]{0,16}$",

    # e-paper page lines: "第一版:要闻版总第4492期", "第03版：要闻"
    _EPAPER_PAGE + r"\s*[:：]",
    # where a story goes on, or came from, on another page of the paper: "（下转07版）", "（上接A06版）"
    r"[（(]\s*(?:下转|上接|转|接)\s*第?\s*[A-Za-z]?[0-9０-９一二三四五六七八九十]+\s*版\s*[）)]$",
    # links
    r"[（(]?(?:原文地址|原文链接|网址|链接地址|本文链接)\s*[:：]\s*https?://",
    r"[》>]*\s*点击.{0,10}(?:进入|查看|阅读|浏览|下载).{0,8}$",
    # (behind the link's name: "原文链接:点击查看源文件", "政策解读链接:点击查看政策解读")
    r"[^:：，。；\s]{2,8}[:：]\s*点击.{0,10}(?:进入|查看|阅读|浏览|下载).{0,8}$",
    # comment prompts of news apps
    r"(?:留个?言|发表评论|我要评论|写评论|网友评论|点赞|在看)[^，。；,;]{0,10}$",
    # a comment box and its counts: "评论一下", "最热评论", "评论 0人参与,0条评论", "还没有评论,快来抢沙发吧!"
    r"(?:评论一下|最热评论|最新评论|热门评论|全部评论|相关评论)$|评论\s*[0-9]+人参与|还没有评论|快来抢沙发"
    r"|已有[0-9]+人参与",
    # editors, reviewers, and an editor or source in brackets
    r"(?:责任编辑|编辑|审核|校对|一审|二审|三审|终审|初审|复审|值班编辑|责编|签发|监制|审校|统筹|编审)\s*[:：]",
    r"[（(【\[]\s*(?:责任编辑|编辑|审核|来源|信息来源|稿件来源|作者)\s*[:：][^）)】\]]{0,40}[）)】\]]$",
    # a document-sharing site's notice and heading over a file's text: "版权说明:本文档由用户提供并上传,
    # 收益归属内容提供方,若内容存在侵权,请进行举报或认领", "文档简介"
    r"(?:版权说明\s*[:：]\s*)?本文档由用户提供并上传|文档简介$",
    # a reposting site's disclaimer: "免责声明:该内容来源于网友提供或网络搜集,由本站编辑整理,…"
    r"免责声明\s*[:：]",
    # a forum member's card beside the post: "TA的每日心情", "签到天数: 846 天 [LV.10]以坛为家III", "版主", "- 积分"
    r"TA的每日心情|签到天数\s*[:：]|\[LV\.[0-9]{1,2}\]",
    r"(?:-\s*)?(?:积分|帖子|主题|精华|金钱|威望|贡献|版主|超级版主|管理员|在线时间)$",
    # a line of nothing but separators and brackets
    r"[【】\[\]|｜/>＞»«×·•_=~]+$",
)))

# words of button rows, tool bars and menus of web pages
BUTTONS = frozenset((
    "打印", "打印本页", "打印正文", "打印文章", "打印文本", "打印此页", "打印页面", "我要打印", "关闭", "关闭窗口",
    "关闭本页", "关闭页面",
    "收藏", "收藏本页", "收藏本站", "我要收藏", "官方微博",
    "加入收藏", "文章分享", "无障碍辅助浏览工具条", "辅助浏览", "公共资源调用站点", "点击关闭详细目录信息",
    "点击展开详细目录信息", "选择区域",
    "分享", "分享到", "下载", "全屏", "返回", "返回顶部", "返回首页", "返回列表", "顶部", "字号",
    "字体", "字体大小", "文字大小", "大", "中", "小", "大中小", "小中大", "默认", "加大", "减小", "还原", "放大",
    "缩小", "加大字体",
    "缩小字体", "默认字体", "繁體", "繁体", "简体", "繁体字", "简体字", "繁體字", "简体版", "繁体版", "繁體版",
    "支持IPv6", "IPv6", "English", "ENGLISH", "登录",
    "注册", "退出", "用户登录", "会员登录", "立即注册", "免费注册", "忘记密码", "还没有账号?", "还没有账号？", "无障碍",
    "无障碍浏览", "无障碍阅读", "进入适老模式", "适老模式",
    "适老化模式", "适老化", "进入无障碍", "长者模式", "长者专版", "长者版", "关怀版", "关怀模式", "微信", "微博",
    "新浪微博",
    "腾讯微博", "QQ", "QQ空间", "朋友圈", "复制链接", "纠错", "我要纠错", "保存", "听新闻", "听全文", "语音播报",
    "朗读",
    "搜索", "站内搜索", "一网搜", "高级搜索", "网站地图", "站点地图", "联系我们", "智能问答", "扫一扫", "手机版",
    "移动版", "WAP手机版", "WAP版", "设为首页", "加入收藏夹", "首页", "TOP", "top", "×", "|", "｜", ">", ">>", "»",
    "/", "【", "】", "EN", "En", "政务微博", "政务微信", "政务抖音", "打开", "关注", "我知道了", "知道了", "内容详情",
    "展开", "收起", "展开全文", "收起全文",  # (the toggle of a page's folded field list)
))
_TOKEN_SPLIT = re.compile(r"[\s|｜【】\[\]:：/·]+")
_SEPARATORS = r"[\s|｜【】\[\]:：/·]*"
_BUTTON_WORDS = "|".join(re.escape(b) for b in sorted(BUTTONS, key=len, reverse=True))
_BUTTON_ROW = re.compile(f"(?:{_SEPARATORS}(?:{_BUTTON_WORDS}))+{_SEPARATORS}")
# a character no button word or separator holds: a line with one is no button row (found within its first
# characters in a line of text, where the row pattern would try every button word at every place)
_NOT_BUTTON = re.compile("[^" + re.escape("".join(sorted(set("".join(BUTTONS)) | set("|｜【】[]:：/·")))) + r"\s]")
_BULLETS = "•●▪◆■ \u3000"
_BAR_SPLIT = re.compile(r"[|｜]")
_SITE = re.compile(
    r"^.{0,16}(?:网站|门户|客户端|发布平台|移动平台|官方平台|新闻网|融媒体中心|融媒|官网|官方网站|APP|App)[!！]?$")
# a column or channel name: "七宝新闻", "政务动态", "闵行发布"
_COLUMN = re.compile(r"^.{0,6}(?:新闻|要闻|动态|资讯|快讯|在线|发布|之窗|视点|头条|政务)$")
# a page's date with its weekday ("2026年05月19日 星期二"): an e-paper's or a portal's, no document's own
_DAY = re.compile(r"^(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日\s*(?:星期|周|礼拜)[一二三四五六日天]$")
# an aggregator's index of the years it holds: "统计公报年度索引: 2023 2022 2021 2020 [ 统计公报分省总索引 ]"
# (or the rest of one a column wrapped: "2012 2011 2010 [ 统计年鉴分省、行业总索引 ]")
_YEAR_INDEX = re.compile(r"[^\s，。；:：]{1,12}\s*[:：]\s*(?:[0-9]{4}\s+){3,}[0-9]{4}(?:\s*[\[【][^\]】]{0,30}[\]】])?"
                         r"|(?:[0-9]{4}\s+){3,}[\[【][^\]】]{0,30}[\]】]")
_PHONE = re.compile(r"(?:电话|热线|咨询|举报|传真|邮箱|信箱|地址|邮编)\s*[:：]\s*\S")
_PHONE_NUMBER = re.compile(r"(?:0[0-9]{2,3}-)?[0-9]{7,8}|[0-9]{3}-[0-9]{3,4}-[0-9]{4}|@[A-Za-z0-9.]+")
_SENTENCE = re.compile(r"[，。；！？]")
_MENU_STOP = re.compile(r"[，。；？]")
_DIGIT = re.compile(r"[0-9０-９]")


# a site's greeting, whatever the site's name opens with ("…人民政府 欢迎您!"): tested by its ending first
_GREETING_ENDINGS = ("欢迎您", "欢迎你", "欢迎您!", "欢迎您！", "欢迎你!", "欢迎你！", "欢迎您。")
_GREETING = re.compile(r".{0,30}(?:欢迎您|欢迎你)[!！。]?")

# the link to the next page behind the wrapped rest of the previous one's ("议召开 下一条:侯素云查看…")
_NEXT_LINK = re.compile(r"\s(?:下一篇|下一条)\s*[:：]\s*\S")

# footers: searched, not matched
_FOOTER = re.compile(r"版权所有|Copyright|©|ICP备|ICP证|公网安备|网站标识码|网站识别码|主办单位\s*[:：]"
                     r"|主办地址|友情链接|^主办\s*[:：]|承办单位\s*[:：]|技术支持\s*[:：]|建议使用.{0,20}浏览|最佳浏览"
                     # (a site's name and address ending a line: "××旗人民政府办公室.政务 | www.yjhl.gov.cn |")
                     r"|(?:^|[\s|｜])www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\s*[|｜]?\s*$")


# an image's file name, a linked file ("附件：….pdf"), a bare link: tested by their ending first
_FILE_ENDINGS = (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".JPG", ".JPEG", ".PNG", ".GIF", ".pdf", ".PDF",
                 ".doc", ".docx", ".DOC", ".DOCX", ".xls", ".xlsx", ".XLS", ".XLSX", ".wps", ".ofd", ".zip", ".rar")
_FILE = re.compile(r"(?:附件\s*[0-9]*\s*[:：]\s*)?[^\s，。]{1,80}$")
_LINK = re.compile(r"https?://\S+$")
# a file to download, its button behind it: "2021年扬州市水资源公报.pdf 【下载附件】"
_DOWNLOAD = re.compile(r"\.(?:pdf|PDF|docx?|DOCX?|xlsx?|XLSX?|wps|zip|rar|ofd)\s*[【\[]?\s*"
                       r"(?:下载附件|附件下载|点击下载|下载)\s*[】\]]?$")
# the characters a line of chrome can open with (the patterns above and the buttons): a line that opens
# with any other is tested no further, which spares the long text of a document every pattern
_OPENERS = frozenset("当您你所首欢今上下相【扫微用使请手分在打第（(原网链本》>＞点留发我写评最热全还已新推精猜这云版文"
                     "责编审校一二三终初复值签监统[]】|｜/»«×·•_=~TA-积帖主金威贡超管")
_FIRST = _OPENERS | frozenset(b[0] for b in BUTTONS) | frozenset(" |｜【】[]:：/") | frozenset(_BULLETS)


_ARROW = r">>|>|»|＞|›|→"  # what stands between a breadcrumb's places
_CRUMB_SEPARATOR = re.compile(_ARROW + r"|/|\\")


# a breadcrumb with no 首页 or 位置 in it: three places or more, each a short name, the arrows between them
# ("江西招商网> 资讯中心> 江西政府工作报告> …>正文"); "/" is no arrow here (dates and edition lines use it)
_CRUMB_PLACE = r"[^\s>»＞›→，。；,;:：]{2,16}"
_CRUMB_TRAIL = re.compile(rf"{_CRUMB_PLACE}(?:\s*(?:{_ARROW})\s*{_CRUMB_PLACE}){{2,}}\s*[>»＞›]?")
# the paper, date and page a story was printed on, as a copy site prints them over it ("闽南日报/2025 年/2 月/5 日/第
# 002 版要闻")
# (one class, one quantifier, between each two parts: no two runs of spaces stand side by side to backtrack over)
_EDITION_LINE = re.compile(r"[^\s，。；,;/]{0,12}[\s/]*[0-9]{4}[\s/]*年[\s/]*[0-9]{1,2}[\s/]*月[\s/]*[0-9]{1,2}[\s/]*日"
                           r"[\s/]*" + _EPAPER_PAGE + r"\S{0,8}")
# a document-selling site's advertisement: "更多写作资料+ 微信: 【会员享300g最新资料/每天稳定更新】"
_SELLING = re.compile(r"(?:更多|海量|精品|免费)\S{0,4}(?:写作|范文|文档|公文)?资料.{0,40}(?:微信|QQ|会员)|会员享")


# where a breadcrumb starts after a headline on the same line ("…统计公报 您所在的位置:网站首页 …")
_CRUMB_AFTER = re.compile(r"(?:(?:您|你)(?:现在|当前|目前)?(?:所在)?的?|当前(?:所在)?的?)位置(?:是)?[ \t\u3000]*[:：]")


def before_crumb(text: str) -> str | None:
    """The headline a page printed before its breadcrumb on one line ("泗洪县…统计公报 您所在的位置:网站首页 > …" →
    "泗洪县…统计公报"), or None where no breadcrumb follows a headline after a space."""
    crumb = _CRUMB_AFTER.search(text) if "位置" in text else None
    if crumb is None or not text[:crumb.start()][-1:].isspace():
        return None
    return text[:crumb.start()].rstrip() or None


def last_crumb(text: str) -> str | None:
    """The last place a breadcrumb names ("您现在的位置是: 首页 > 专题材料 > 政府报告" → "政府报告"): the page's
    channel, whose name a page may print again over the title; None for a line that is no breadcrumb."""
    if "首页" not in text and "位置" not in text:
        return None
    parts = [part for part in _CRUMB_SEPARATOR.split(text) if part.strip()]
    last = parts[-1].strip() if len(parts) >= 2 else ""
    return last if 2 <= len(last) <= 12 and last != "正文" else None


def is_chrome(text: str, *, footers: bool = True) -> bool:
    """True for a line that is page chrome wherever it stands (see the module docstring); ``footers``
    False skips the search for footer words (inside a long text, where they do not occur)."""
    if not text:
        return False
    if text[0] == "《" and _SHARED_FILE_LINE.match(text) is not None:
        return True  # (a blurb as long as its file's name)
    if "仅供预览" in text and _PREVIEW_NOTICE.match(text) is not None:
        return True
    if len(text) > _LONGEST:
        return False
    if text[0] in _FIRST and (_STRONG.match(text.lstrip(_BULLETS)) is not None or is_button_row(text)
                              or _strong_after_buttons(text)):
        return True  # (a line of a bulleted list too: "• 第A01版：本期导读")
    if text.endswith(_FILE_ENDINGS) and _FILE.match(text) is not None:
        return True
    if "下载" in text and _DOWNLOAD.search(text) is not None:
        return True
    if text.endswith(_GREETING_ENDINGS) and _GREETING.fullmatch(text) is not None:
        return True
    if "下一" in text and _NEXT_LINK.search(text) is not None:
        return True
    if text[0] == "h" and _LINK.match(text) is not None:
        return True
    if "版" in text and _EDITION_LINE.fullmatch(text) is not None:
        return True
    if ("资料" in text or "会员" in text) and _SELLING.search(text) is not None:
        return True
    if (">" in text or "»" in text or "＞" in text or "›" in text) and _CRUMB_TRAIL.fullmatch(text) is not None:
        return True
    return footers and _FOOTER.search(text) is not None


def _strong_after_buttons(text: str) -> bool:
    """A few buttons, then chrome of another kind on the same line ("收藏本站 官方微博 欢迎浏览杭州党史与地方志")."""
    if _NOT_BUTTON.search(text, 0, 2) is not None:
        return False  # (a line of text: its first two characters are no button's, found before the row is tried)
    buttons = _BUTTON_ROW.match(text)
    return (buttons is not None and 0 < buttons.end() < len(text) and text[buttons.end() - 1].isspace()
            and _STRONG.match(text, buttons.end()) is not None)


def is_button_row(text: str) -> bool:
    """True for a row of web-page buttons ("收藏 打印 关闭", "【字号：大 中 小】", "进入适老模式 无障碍阅读"),
    or one button of a bulleted list ("• 微信").

    A lone word is a button row only when it is a word of two or more characters that no document
    prints alone ("打印本页"); the single characters 大/中/小 count inside runs (``menu_item``).
    """
    text = text.lstrip(_BULLETS)  # (a button in a bulleted list of them: "• 微信")
    if len(text) > 40 or _NOT_BUTTON.search(text) is not None or _BUTTON_ROW.fullmatch(text) is None:
        return False
    tokens = [t for t in _TOKEN_SPLIT.split(text) if t]
    if not tokens or not all(t in BUTTONS for t in tokens):
        return False
    return len(tokens) > 1 or len(tokens[0]) > 1


def is_related_marker(text: str) -> bool:
    """True for "相关附件>>", "相关报道：" and the like: below it, a web page lists links."""
    return len(text) <= 16 and "相关" in text and _STRONG.match(text) is not None and not _DIGIT.search(text)


def is_weekday_date(text: str) -> bool:
    """True for a date printed with its weekday and nothing else ("2019年12月3日星期二"): a page's date, an e-paper's
    issue or a portal's clock, not a document's signature."""
    return len(text) <= 24 and _DAY.match(text) is not None


def is_edge_chrome(text: str) -> bool:
    """True for a line that is chrome above a document's first paragraph or below its last one.

    Site names ("××人民政府门户网站", "官方移动发布平台"), menu rows ("国家统计局| 河南省统计局| …"),
    a page's date with its weekday ("2026年05月19日 星期二"), an aggregator's index of years ("统计公报年度索引: 2023
    2022 2021 …"), and footer lines with phone numbers, addresses and mail boxes.
    """
    if len(text) > 200:
        return False
    if is_weekday_date(text) or (len(text) <= 24 and (_SITE.match(text) or _COLUMN.match(text))):
        return True
    if _menu_row(text) or _YEAR_INDEX.fullmatch(text) is not None:
        return True
    return (_PHONE.search(text) is not None and _PHONE_NUMBER.search(text) is not None
            and not text.endswith("。"))


def _menu_row(text: str) -> bool:
    """A row of links: three or more short items split by bars or spaces, no sentence among them."""
    if _MENU_STOP.search(text):
        return False
    parts = [p for p in (part.strip() for part in _BAR_SPLIT.split(text)) if p]
    items = [t.strip("！!") for p in parts for t in p.split()]
    if _DIGIT.search(text):
        return False
    if len(parts) >= 2 and len(items) == 2:  # two links split by a bar
        return all(3 <= len(t) <= 10 for t in items)
    return len(items) >= 3 and all(0 < len(t) <= 10 for t in items) and not _couplet(parts, items)


def _couplet(parts: list[str], items: list[str]) -> bool:
    """Whether a line of three spaced items is a headline: a place, then a couplet of two phrases as long as each
    other, seven words or more ("李市镇 踔厉奋发创佳绩 蹄疾步稳再出发"), no bar between them."""
    return (len(parts) == 1 and len(items) == 3 and len(items[1]) == len(items[2]) >= _COUPLET_MIN
            and all(_CJK_ONLY.fullmatch(t) for t in items))


_COUPLET_MIN = 7
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def menu_item(text: str) -> bool:
    """A line that could be one link of a menu printed a link per line: at most four characters, no
    digit, no label, or nothing but separators; a link marked "·" or "+" (a menu that unfolds) may be
    longer. Only a run of three or more is a menu."""
    if text in BUTTONS:
        return True
    if text.startswith("·") or text.endswith("+"):
        link = text.strip("·+ ")
        return 0 < len(link) <= 14 and not _SENTENCE.search(link)
    compact = text.replace(" ", "")
    if len(compact) > 4 or _DIGIT.search(compact) or _SENTENCE.search(compact):
        return False
    return split_label(compact) is None and CLOSING.match(compact) is None  # ("特此通告" closes a notice)


_TRAILING = re.compile(
    r"(?<=[。！？!?”’）)])\s*[（(【\[]?\s*(?:责任编辑|编辑|来源|信息来源|稿件来源|文章来源|作者|审核)\s*[:：]"
    r"[^。！？，,]{1,30}?[）)】\]]?\s*$"
)


def strip_trailing(text: str) -> tuple[str, str] | None:
    """A paragraph with a source or editor glued behind its last sentence, as (paragraph, the glued part)."""
    if "：" not in text[-40:] and ":" not in text[-40:]:
        return None
    match = _TRAILING.search(text)
    if match is None:
        return None
    return text[:match.start()].rstrip(), text[match.start():].strip()


__all__ = ["BUTTONS", "EPAPER_PAGE", "before_crumb", "is_button_row", "is_chrome", "is_edge_chrome",
           "is_related_marker", "is_weekday_date", "last_crumb", "menu_item", "shared_file_name", "strip_trailing"]
