"""The simulated mailbox: e-mails arrive at once, letters by U.S. mail on the simulated clock."""

import sqlite3
from datetime import date, datetime, timedelta

from .db import now, stamp


def send_email(db: sqlite3.Connection, *, to: str, subject: str, body: str, link: str | None = None) -> None:
    moment = stamp(now(db))
    db.execute(
        "INSERT INTO mailbox (recipient, kind, subject, body, link, sent_at, deliver_at) "
        "VALUES (?, 'email', ?, ?, ?, ?, ?)", (to, subject, body, link, moment, moment),
    )


def send_letter(db: sqlite3.Connection, *, to: str, subject: str, body: str, code: str,
                deliver_at: datetime) -> None:
    db.execute(
        "INSERT INTO mailbox (recipient, kind, subject, body, code, sent_at, deliver_at) "
        "VALUES (?, 'letter', ?, ?, ?, ?, ?)", (to, subject, body, code, stamp(now(db)), stamp(deliver_at)),
    )


def delivered(db: sqlite3.Connection, recipient: str | None = None) -> list[dict]:
    """What has arrived by now on the simulated clock, newest first."""
    query = "SELECT * FROM mailbox WHERE deliver_at <= ?"
    params: list = [stamp(now(db))]
    if recipient:
        query += " AND recipient = ?"
        params.append(recipient)
    return [dict(row) for row in db.execute(query + " ORDER BY id DESC", params)]


# Business days for mail delivery: weekends and federal holidays do not count.

def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _last_weekday(year: int, month: int, weekday: int) -> date:
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _observed(day: date) -> date:
    if day.weekday() == 5:
        return day - timedelta(days=1)
    if day.weekday() == 6:
        return day + timedelta(days=1)
    return day


def federal_holidays(year: int) -> set[date]:
    """The eleven federal holidays (5 U.S.C. 6103), on the days they are observed."""
    monday, thursday = 0, 3
    return {
        _observed(date(year, 1, 1)),
        _nth_weekday(year, 1, monday, 3),          # Birthday of Martin Luther King, Jr.
        _nth_weekday(year, 2, monday, 3),          # Washington's Birthday
        _last_weekday(year, 5, monday),            # Memorial Day
        _observed(date(year, 6, 19)),              # Juneteenth
        _observed(date(year, 7, 4)),
        _nth_weekday(year, 9, monday, 1),          # Labor Day
        _nth_weekday(year, 10, monday, 2),         # Columbus Day
        _observed(date(year, 11, 11)),
        _nth_weekday(year, 11, thursday, 4),       # Thanksgiving Day
        _observed(date(year, 12, 25)),
    }


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in federal_holidays(day.year)


def add_business_days(start: date, days: int) -> date:
    day = start
    while days > 0:
        day += timedelta(days=1)
        if is_business_day(day):
            days -= 1
    return day
