import datetime as dt

from kg.dates import find_dates

ISSUE = dt.date(2025, 3, 12)


def dates(text, issue=ISSUE):
    return [(text[d.start:d.end], d.date.isoformat()) for d in find_dates(text, issue)]


def test_printed_dates_resolve_against_the_issue():
    assert dates("9月18日上午，12月30日，3月10日至11日，2024年5月1日") == [
        ("9月18日上午", "2024-09-18"),  # months ahead of the issue: last year's
        ("12月30日", "2024-12-30"), ("3月10日至11日", "2025-03-10"), ("2024年5月1日", "2024-05-01")]


def test_a_day_alone_and_days_named_from_the_issue():
    assert dates("10日下午，昨天上午，前天") == [("10日下午", "2025-03-10"), ("昨天上午", "2025-03-11"),
                                             ("前天", "2025-03-10")]
    assert dates("28日", dt.date(2025, 3, 2)) == [("28日", "2025-02-28")]  # a day ahead: the month before


def test_a_day_of_this_month_or_the_month_before():
    assert dates("本月10日，上月28日上午") == [("本月10日", "2025-03-10"), ("上月28日上午", "2025-02-28")]
    assert dates("上月15日", dt.date(2025, 1, 5)) == [("上月15日", "2024-12-15")]
    assert dates("上个月31日") == []  # February has no 31st


def test_a_day_named_from_the_issue_with_its_date_in_brackets_is_that_date():
    """今天下午（3月11日）: a web report printed the day after it was written; the bracket's date is the day."""
    assert dates("今天下午（3月11日），昨天(3月10日)，今天") == [
        ("3月11日", "2025-03-11"), ("3月10日", "2025-03-10"), ("今天", "2025-03-12")]


def test_a_day_named_from_a_wires_dateline_is_named_from_the_day_it_was_filed():
    """浙江在线06月28日讯 昨日上午: the day before the report was filed (was the day before the issue), and the
    dateline's own date is marked as one."""
    found = find_dates("浙江在线03月08日讯 昨日上午，某某集中开工。", ISSUE)
    assert [(d.date.isoformat(), d.dateline) for d in found] == [("2025-03-08", True), ("2025-03-07", False)]


def test_a_span_of_days_with_the_first_days_mark_left_out_starts_on_its_first_day():
    """3月19—20日, 3月19-20日, 3月19、20日: the first day (the 20th was read, the 19th's 日 being left out)."""
    issue = dt.date(2025, 3, 22)
    for text in ("3月19—20日，调研组赴某镇开展蹲点调研。", "3月19-20日，调研组来到某村。", "3月19、20日，调研组来到某村。"):
        (d,) = find_dates(text, issue)
        assert (d.date, d.start) == (dt.date(2025, 3, 19), 0)
