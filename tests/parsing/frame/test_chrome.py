"""frame.chrome: portal, e-paper and news-app furniture, judged per line and per run."""

from __future__ import annotations

import pytest

from govdoc.parsing.frame.chrome import is_chrome, is_edge_chrome, is_related_marker, menu_item, strip_trailing


@pytest.mark.parametrize("text", [
    "当前位置：首页 > 信息公开 > 政府文件", "您的位置:", "首页 >> 统计数据 >> 统计公报",
    "欢迎访问七宝镇人民政府门户网站!", "【字号：大 中 小】", "收藏 打印 关闭", "加大字体 缩小字体",
    "进入适老模式 无障碍阅读", "返回顶部", "微信扫一扫：分享", "分享到微信", "相关附件>>", "相关稿件：",
    "相关报道", "上一篇：七宝镇召开平安建设推进会", "下一篇", "责任编辑：陈晨", "编辑:王丽 赵敏", "二审:李强",
    "（责任编辑：陈晨）", "版权所有：七宝镇人民政府 沪ICP备12345678号", "网站标识码：3100000001",
    "主办单位：七宝镇人民政府", "IMG_20250102_001.jpg", "第03版：要闻", "第一版:要闻版总第5120期 >2025-01-02编印",
    "（原文地址：https://example.gov.cn/a.html）", "https://example.gov.cn/a.html", "》》点击进入专题《《",
    "留个言再走呗...", "】", "|", "×", "• 微信", "• 繁体字", "● 打印本页", "• 【打印文本】",
    "第A06版：公告 2026年05月19日",
    "• 第A01版：本期导读", "（下转07版）", "(上接A06版)", "淮北市统计局主办地址：安徽省淮北市人民中路196号",
    "其他网站友情链接", "【TOP】【打印页面】【关闭页面】", "主办:中共七宝镇委员会 七宝镇人民政府 承办:七宝镇融媒体中心",
    "今天是:2024年05月17日 星期五     欢迎光临四川省自贡市大安区《大安》",
    "• WAP手机版", "您现在所在的位置 : 首页 > 政务公开 > 发展规划", "您当前所在位置：首页 > 市统计局",
    "【我要打印】", "无障碍浏览 长者专版", "评论一下", "评论 0人参与,0条评论", "还没有评论,快来抢沙发吧!", "最热评论",
    "已有0人参与,点击查看更多精彩评论", "新闻推荐", "推荐阅读：", "【精彩推荐】", "云报平台", "这已经是最后一期了哦!",
    "我知道了", "内容详情", "欢迎访问福州市人民检察院门户网站! 本网站已支持IPv6网络", "本网站已支持IPv6网络",
    "| 简体版|繁体版|智能问答 支持IPv6",
    "民政府 欢迎您!",  # (a greeting whose site name a wrap cut: "网站支持IPv6无锡市滨湖区人" / "民政府 欢迎您!")
    "议召开 下一条:侯素云查看全县重点项目建设情况",  # (the next page's link behind the wrapped rest of the previous's)
    "无障碍辅助浏览工具条", "我要收藏", "文章分享", "公共资源调用站点", "文档简介", "点击关闭详细目录信息",
    "选择区域:>>", "听全文", "原文链接:点击查看源文件", "政策解读链接:点击查看政策解读",
    "版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领",
])
def test_chrome(text: str) -> None:
    assert is_chrome(text)


@pytest.mark.parametrize("text", [
    "一、综合", "聚焦民生，提升服务水平", "扫描二维码即可预约，方便快捷。", "编辑出版社区报12期。", "2025年工作回顾",
    "强化楼宇党建 整合公共资源", "打印机采购项目已完成招标。", "七宝镇2024年政府工作报告", "中", "关于相关报道的说明",
    "首页设计获奖", "资金来源：区级财政", "位置：七宝镇中心路", "全部评论员文章已刊发。", "还没有完成的项目要抓紧。",
    "新闻推荐工作取得成效。", "这已经是我县第三次获奖。",
    "• 加强微信公众号建设", "● 繁体字书法展", "群众说：欢迎您常来。",
])
def test_not_chrome(text: str) -> None:
    assert not is_chrome(text)


@pytest.mark.parametrize("text", [
    "官方移动发布平台", "七宝镇人民政府门户网站", "国家统计局| 上海市统计局| 闵行区人民政府网",
    "政府网 | 统计局 | 调查总队 | 政务邮箱", "联系电话：021-64190000 传真：021-64190001",
    "地址：七宝镇新镇路1号 邮箱：qibao@example.gov.cn", "2026年05月19日 星期二", "5月19日 周二",
    "统计公报年度索引: 2023 2022 2021 2020 2019 [ 统计公报分省总索引 ]", "年鉴索引：2015 2014 2013 2012",
    "2012 2011 2010 [ 统计年鉴分省、行业总索引 ]",
])
def test_edge_chrome(text: str) -> None:
    assert is_edge_chrome(text)


@pytest.mark.parametrize("text", [
    "七宝镇召开平安建设推进会", "一、综合", "项目 | 金额", "咨询电话：021-64190000。",
    "全年新建口袋公园3处，改造绿地1.2万平方米。", "2026年5月19日", "2019 2020 2021 2022 2023",
    "比较年份：2019 2020 2021", "时间：2021 2022 2023 2024年全县粮食产量分别增长2%、3%、4%和5%。",
])
def test_not_edge_chrome(text: str) -> None:
    assert not is_edge_chrome(text)


def test_menu_items_are_short_and_plain() -> None:
    assert all(menu_item(t) for t in ("首页", "政务公开", "互动", ">", "小"))
    assert not any(menu_item(t) for t in ("一、综合", "2025年", "政府工作报告", "聚焦民生，", "综合治理成效"))


def test_related_marker() -> None:
    assert is_related_marker("相关阅读") and is_related_marker("【相关报道】：")
    assert not is_related_marker("相关报道指出，全年增长5%。")


def test_a_source_glued_behind_the_last_sentence() -> None:
    assert strip_trailing("全年新增岗位1860个。（来源：闵行报）") == ("全年新增岗位1860个。", "（来源：闵行报）")
    assert strip_trailing("全年增长5%。责任编辑：陈晨") == ("全年增长5%。", "责任编辑：陈晨")
    assert strip_trailing("资金来源：区级财政。") is None
    assert strip_trailing("全年新增就业岗位1860个。") is None
