"""Weighing what a page says about a document: each finding is offered with a rank, the best rank wins.

Ranks follow the annotation rules (devset README, "Metadata in documents from the wild"): the date the
document itself carries (the meeting date in its subtitle, its signature) outranks a "发布时间" field,
which outranks a page's bare posting time; an issuer named by the reprint's "信息来源" or by the
signature outranks the site's "发布机构", which outranks what a speaker line implies.
"""

from __future__ import annotations

# dates
MEETING = 1  # "——2026年1月20日在××市第×届人民代表大会第×次会议上"
SIGNED = 2  # the date under a signature, or under the title with the issuing body
WRITTEN = 3  # 成文日期 / 发文日期
POSTED = 4  # 发布时间 / 时间 / 刊发日期, a masthead date
POSTING_TIME = 5  # a bare "2026-01-31 07:00:44", an e-paper's "2024-01-22编印"
LEAD_MEETING = 6  # "在2月6日召开的…会议上" in a report's lead, the year taken from the title
DATELINE = 6  # a news story's dateline ("海口网3月9日消息"), the year taken from the title or the lead
# issuers
REPRINT = 1  # "信息来源：××市统计局"
# SIGNED = 2: the body that signs
FIELD = 3  # 发布机构 / 发文机关, a masthead's "××联合主办"
SPEAKER = 4  # a speaker line, "我代表××人民政府"
ORG_LINE = 5  # an issuing body's name under the title (a speaker line names who delivers it: "县财政局局长 ×××")
SOURCE = 6  # "来源：群英街道" naming a body, not a publication
TITLE = 7  # the body an official document's title names first
# titles (a "名称" field, a title line: FIELD)
WHOLE_TITLE = 2  # the title line printed in full, where a field's value of it was cut short ("…的通" / "知")
# every field
DECLARED = 8  # what the file declares outside its text (HTML <meta>, Word properties)


class Evidence:
    """The best value offered so far for each field; among equal ranks the first offered stays."""

    def __init__(self) -> None:
        self._best: dict[str, tuple[int, str]] = {}

    def offer(self, field: str, value: str | None, rank: int) -> None:
        """Offer a value for a field at a rank (lower is stronger); empty values are ignored."""
        value = value.strip() if value else ""
        if not value:
            return
        held = self._best.get(field)
        if held is None or rank < held[0]:
            self._best[field] = (rank, value)

    def get(self, field: str) -> str | None:
        """The winning value of a field, or None."""
        held = self._best.get(field)
        return held[1] if held else None

    def rank(self, field: str) -> int | None:
        """The rank of the winning value of a field, or None."""
        held = self._best.get(field)
        return held[0] if held else None

    def fields(self) -> dict[str, str]:
        """Every field with its winning value."""
        return {field: value for field, (_, value) in self._best.items()}


__all__ = ["DATELINE", "DECLARED", "FIELD", "LEAD_MEETING", "MEETING", "ORG_LINE", "POSTED", "POSTING_TIME", "REPRINT",
           "SIGNED", "SOURCE", "SPEAKER", "TITLE", "WHOLE_TITLE", "WRITTEN", "Evidence"]
