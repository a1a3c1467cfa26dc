"""The simulated mailbox: e-mails arrive at once, letters by U.S. mail on the simulated clock."""

import sqlite3
from datetime import date, datetime, timedelta
from functools import cache

import holidays

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

@cache
def federal_holidays(year: int) -> frozenset[date]:
    """The federal holidays (5 U.S.C. 6103) of a year, on the days they are observed, as the `holidays`
    package keeps them: Juneteenth from 2021, and a New Year's Day that falls on a Saturday observed
    on the Friday before, in the year before."""
    observed = holidays.country_holidays("US", years=(year - 1, year, year + 1), observed=True)
    return frozenset(day for day in observed if day.year == year)


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in federal_holidays(day.year)


def add_business_days(start: date, days: int) -> date:
    day = start
    while days > 0:
        day += timedelta(days=1)
        if is_business_day(day):
            days -= 1
    return day
