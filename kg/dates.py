"""Resolve printed dates (9月18日上午, 9月15日至16日, 本月10日, 昨天) against the issue date."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

DATE_RE = re.compile(
    r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12]\d|0?[1-9])"
    # a span of days: 9月15日至16日; 3月19—20日, 3月19、20日 (the first day's 日 left out)
    r"(?:[日号](?:(?:至|到|—|-|~|～)(?:(?P<m2>1[0-2]|0?[1-9])月)?(?P<d2>3[01]|[12]\d|0?[1-9])[日号])?"
    r"|(?:至|到|—|-|~|～|、)(?P<d3>3[01]|[12]\d|0?[1-9])[日号])"
    r"(?P<part>上午|下午|晚上|晚间|早上|中午|凌晨|晚)?")
# 26日上午 with no month: the issue's month (or the month before, for a day ahead of the issue)
DAY_RE = re.compile(r"(?<![\d月年第])(?P<d>3[01]|[12]\d|0?[1-9])日(?P<part>上午|下午|晚上|晚间|早上|中午|凌晨|晚)?")
# 本月10日, 上月28日: a day of the issue's month, or of the month before
MONTH_DAY_RE = re.compile(r"(?P<rel>本月|当月|上月|上个月)(?P<d>3[01]|[12]\d|0?[1-9])[日号]"
                          r"(?P<part>上午|下午|晚上|晚间|早上|中午|凌晨|晚)?")
RELATIVE_RE = re.compile(r"(?P<rel>昨天|昨日|前天|今天|今日|当天|当日|同日|同天)(?P<part>上午|下午|晚上|早上|中午|晚)?")
_REL_DAYS = {"昨天": -1, "昨日": -1, "前天": -2, "今天": 0, "今日": 0}
# A report may name a day a little after the issue (a meeting 'tomorrow'); further
# ahead than this, the date belongs to the previous year (a January page on December).
FUTURE_TOLERANCE = dt.timedelta(days=7)


@dataclass(frozen=True)
class DateMention:
    date: dt.date
    start: int
    end: int
    part: str | None  # 上午 / 下午 ... (which half of the day)
    relative: bool = False
    dateline: bool = False  # 浙江在线06月28日讯, 中新网衢州10月30日电: the day the report was filed


def resolve(month: int, day: int, issue: dt.date, year: int | None = None) -> dt.date | None:
    """The calendar date of 'month/day' as printed in an issue of ``issue``'s date."""
    try:
        if year:
            return dt.date(year, month, day)
        cand = dt.date(issue.year, month, day)
        if cand > issue + FUTURE_TOLERANCE:
            cand = dt.date(issue.year - 1, month, day)
        return cand
    except ValueError:
        return None


def resolve_day(day: int, issue: dt.date) -> dt.date | None:
    """A day of the month printed alone, in an issue of ``issue``'s date."""
    year, month = issue.year, issue.month
    for _ in range(2):
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            cand = None
        if cand and cand <= issue + dt.timedelta(days=1):  # a bare day is never far ahead
            return cand
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def find_dates(text: str, issue: dt.date | None, anchor: dt.date | None = None) -> list[DateMention]:
    """Every resolvable date in ``text``, in order. ``anchor`` resolves 当天/同日."""
    out: list[DateMention] = []
    if issue is None:
        return out
    filed = issue  # 昨天 is the day before the report was filed: its dateline's day, else the issue's
    for m in DATE_RE.finditer(text):
        d = resolve(int(m["m"]), int(m["d"]), issue, int(m["y"]) if m["y"] else None)
        if d:
            wire = not m["part"] and not (m["d2"] or m["d3"]) and text.startswith(("讯", "电"), m.end())
            out.append(DateMention(d, m.start(), m.end(), m["part"], dateline=wire))
            if wire and m.start() < 40:
                filed = d
    for m in MONTH_DAY_RE.finditer(text):
        year, month = issue.year, issue.month
        if m["rel"] in ("上月", "上个月"):
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        try:
            out.append(DateMention(dt.date(year, month, int(m["d"])), m.start(), m.end(), m["part"]))
        except ValueError:
            pass
    taken = [(x.start, x.end) for x in out]
    for m in DAY_RE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        d = resolve_day(int(m["d"]), issue)
        if d:
            out.append(DateMention(d, m.start(), m.end(), m["part"]))
    explicit = {x.start for x in out}
    for m in RELATIVE_RE.finditer(text):
        if text[m.end():m.end() + 1] in ("（", "(") and m.end() + 1 in explicit:
            continue  # 今天下午（12月26日）: the date printed after it in brackets is the day
        rel = m["rel"]
        if rel in _REL_DAYS:
            d = filed + dt.timedelta(days=_REL_DAYS[rel])
        else:
            prior = [x for x in out if x.start < m.start()]
            d = prior[-1].date if prior else anchor
        if d:
            out.append(DateMention(d, m.start(), m.end(), m["part"], relative=True))
    return sorted(out, key=lambda x: x.start)


def parse_iso(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        return None


MASTHEAD_RE = re.compile(r"((?:19|20)\d{2})年(1[0-2]|0?[1-9])月(3[01]|[12]\d|0?[1-9])日\s*(?:星期|周)")
FILENAME_RE = re.compile(r"((?:19|20)\d{2})-(\d{2})-(\d{2})")


def _ymd(m: re.Match | None) -> dt.date | None:
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def date_from_filename(name: str) -> dt.date | None:
    return _ymd(FILENAME_RE.search(name))


def date_from_masthead(text: str) -> dt.date | None:
    """The issue date printed in a masthead (``2021年9月19日 星期日``)."""
    return _ymd(MASTHEAD_RE.search(text[:2000]))
