"""Accounts, passwords, sign-in rules, browser sessions and the access log."""

import math
import re
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from flask import current_app, request, session
from werkzeug.security import check_password_hash, generate_password_hash

from .court import PACER_SERVICE_CENTER_PHONE
from .db import get_db, now, parse_stamp, stamp, transaction

INVALID_CREDENTIALS = "Invalid username or password."
# As in old CM/ECF: more than five wrong passwords in a row lock a login for 5 minutes, and each
# further attempt while it is locked adds time. How much is ours to choose: 5 minutes more.
LOCKOUT_THRESHOLD = 5  # wrong passwords in a row that do not lock yet; the next one does
LOCKOUT_MINUTES = 5
LOCKOUT_EXTRA_MINUTES = 5
LOCKED = "locked after repeated failures"
REDACTION_REQUIRED = (
    "All filers must redact Social Security or taxpayer-identification numbers, dates of birth, "
    "names of minor children and financial account numbers. Tick the box to confirm that you "
    "have read the notice of redaction responsibility."
)
# As in PACER: an account unused for more than two years is deactivated. Our choices: the PACER Service
# Center reactivates it; unused means no successful sign-in since, or since it was created if never.
DEACTIVATED_AFTER_YEARS = 2
DEACTIVATED = (
    "This account has been deactivated because it has not been used for more than two years. "
    f"To reactivate it, contact the PACER Service Center at {PACER_SERVICE_CENTER_PHONE}."
)

# R04: PACER accounts created on or before this date are legacy accounts until upgraded.
UPGRADE_CUTOFF = datetime(2014, 8, 11, 23, 59, 59).date()

LOGIN_MAX = 256
PASSWORD_MAX = 128
CLIENT_CODE_MAX = 32


def hash_secret(secret: str) -> str:
    return generate_password_hash(secret, method=current_app.config["PASSWORD_HASH_METHOD"])


@cache
def dummy_hash(method: str) -> str:
    """Checked for an unknown login, so a wrong login takes as long as a wrong password."""
    return generate_password_hash(secrets.token_hex(16), method=method)


def check_secret(secret_hash: str, secret: str) -> bool:
    return check_password_hash(secret_hash, secret)


# Password rules in force at PACER since August 2025.
PASSWORD_MIN, PASSWORD_POLICY_MAX = 14, 45
PASSWORD_RULES = (
    f"{PASSWORD_MIN} to {PASSWORD_POLICY_MAX} characters, with at least one lower-case letter, "
    "one upper-case letter and one special character, and no part of your name, user name "
    "or e-mail address."
)


def password_problem(password: str, *, names: tuple[str, ...] = ()) -> str | None:
    """The first rule the password breaks, in words for the person choosing it, or None."""
    if not PASSWORD_MIN <= len(password) <= PASSWORD_POLICY_MAX:
        return f"Your password must be {PASSWORD_MIN} to {PASSWORD_POLICY_MAX} characters long."
    if not re.search(r"[a-z]", password):
        return "Your password needs at least one lower-case letter."
    if not re.search(r"[A-Z]", password):
        return "Your password needs at least one upper-case letter."
    if not re.search(r"[^A-Za-z0-9]", password):
        return "Your password needs at least one special character, such as ! or #."
    lowered = password.lower()
    for name in names:
        for part in re.split(r"[^a-z0-9]+", (name or "").lower()):
            if len(part) >= 3 and part in lowered:
                return "Your password must not contain your name, user name or e-mail address."
    return None


def client_code_problem(code: str) -> str | None:
    if len(code) > CLIENT_CODE_MAX:
        return f"A client code has at most {CLIENT_CODE_MAX} characters."
    # L14: a client code has no spaces or commas
    if re.search(r"[\s,]", code):
        return "A client code cannot contain spaces or commas."
    if any(not ch.isprintable() for ch in code):
        return "A client code can contain only letters, digits and punctuation."
    return None


@dataclass(frozen=True)
class Account:
    id: int
    login: str
    role: str
    first_name: str
    last_name: str
    email: str
    created_at: str
    upgraded: bool
    activated: bool
    linked_filer_id: int | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def is_filer(self) -> bool:
        """A CM/ECF filer login."""
        return self.role == "filer"

    @property
    def filer_id(self) -> int | None:
        """The CM/ECF filer behind the account: itself, or the filer a PACER account is linked to (R17)."""
        return self.id if self.is_filer else self.linked_filer_id

    @property
    def is_filer_account(self) -> bool:
        """A CM/ECF filer login or a PACER account linked to one: it ticks the redaction acknowledgement (L16)."""
        return self.filer_id is not None

    @property
    def can_file(self) -> bool:
        return may_file(get_db(), self)

    @property
    def can_view_with_pacer(self) -> bool:
        # L08: a PACER login views filed documents and case information
        return self.role == "pacer"

    @property
    def account_type(self) -> str:
        # R04: the account type Manage My Account shows
        return "Upgraded PACER Account" if self.upgraded else "Legacy PACER Account (Upgrade)"

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "Account":
        return cls(
            id=row["id"], login=row["login"], role=row["role"], first_name=row["first_name"],
            last_name=row["last_name"], email=row["email"], created_at=row["created_at"],
            upgraded=bool(row["upgraded"]), activated=bool(row["activated"]),
            linked_filer_id=row["linked_filer_id"],
        )


def may_file(db: sqlite3.Connection, account: Account) -> bool:
    """Since March 16, 2020 (NextGen CM/ECF at the court), filing needs the CM/ECF filer login linked to an
    upgraded PACER account (L03, R17); then either login of the pair files."""
    # L03: a filer login files only when linked to an upgraded PACER account
    return account.filer_id is not None and db.execute(
        "SELECT 1 FROM accounts WHERE role = 'pacer' AND upgraded = 1 AND linked_filer_id = ?",
        (account.filer_id,)).fetchone() is not None


def years_later(moment: datetime, years: int) -> datetime:
    """The same day and time that many years on; February 29 becomes March 1 in a year without one."""
    try:
        return moment.replace(year=moment.year + years)
    except ValueError:
        return moment.replace(year=moment.year + years, month=3, day=1)


def is_deactivated(row: sqlite3.Row, moment: datetime) -> bool:
    last_used = parse_stamp(row["last_sign_in_at"] or row["created_at"])
    return moment > years_later(last_used, DEACTIVATED_AFTER_YEARS)


def find_account(db: sqlite3.Connection, login: str) -> Account | None:
    row = db.execute("SELECT * FROM accounts WHERE login = ?", (login,)).fetchone()
    return Account.from_row(row) if row else None


def account_by_id(db: sqlite3.Connection, account_id: int) -> Account | None:
    row = db.execute("SELECT * FROM accounts WHERE id = ?", (account_id,)).fetchone()
    return Account.from_row(row) if row else None


def create_account(db: sqlite3.Connection, *, login: str, password: str, role: str, first_name: str,
                   last_name: str, email: str, created_at: datetime, **details) -> int:
    """An account set up directly (the control API, the demo data). One created on an earlier day has been
    in use since, unless `last_sign_in_at` says otherwise: an account unused for two years is deactivated."""
    upgraded = details.pop("upgraded", created_at.date() > UPGRADE_CUTOFF)
    if "last_sign_in_at" not in details and created_at.date() < now(db).date():
        details["last_sign_in_at"] = stamp(now(db))
    columns = {
        "login": login, "password_hash": hash_secret(password), "role": role,
        "first_name": first_name, "last_name": last_name, "email": email,
        "created_at": stamp(created_at), "upgraded": int(bool(upgraded)), **details,
    }
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    # Column names come from this function's keywords, never from input; values are bound.
    cursor = db.execute(f"INSERT INTO accounts ({names}) VALUES ({marks})",  # noqa: S608  # nosec B608
                        tuple(columns.values()))
    return cursor.lastrowid


# Security questions (R12): answers are kept hashed and compared without regard to case or surrounding spaces.

def normal_answer(answer: str) -> str:
    return answer.strip().lower()


def save_security_answers(db: sqlite3.Connection, account_id: int, answers: dict[str, str]) -> None:
    db.executemany("INSERT INTO security_answers (account_id, question, answer_hash) VALUES (?, ?, ?)",
                   [(account_id, question, hash_secret(normal_answer(answer))) for question, answer in answers.items()])


def security_questions(db: sqlite3.Connection, account_id: int) -> list[sqlite3.Row]:
    """The account's questions and hashed answers, in the order they were chosen."""
    return db.execute("SELECT question, answer_hash FROM security_answers WHERE account_id = ? ORDER BY rowid",
                      (account_id,)).fetchall()


def record_access(db: sqlite3.Connection, *, login: str, event: str, outcome: str,
                  detail: str = "", client_code: str = "") -> None:
    """The access log of L02: every sign-in attempt and document access, kept for review."""
    db.execute(
        "INSERT INTO access_log (at, login, event, outcome, client_code, detail, remote_addr) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (stamp(now(db)), login[:LOGIN_MAX], event, outcome, client_code[:CLIENT_CODE_MAX], detail,
         request.remote_addr or ""),
    )


# Two locks work alike on the access log: wrong passwords lock signing in, and wrong answers on Forgot
# Password lock resetting the password (ours to choose: the same numbers, so answers cannot be guessed).
SIGN_IN = "sign-in"
RESET_REQUEST = "password-reset-request"
WRONG_GUESS = {SIGN_IN: "failed", RESET_REQUEST: "no match"}
FRESH_START = {
    # Counting starts again after a successful sign-in or password reset ...
    SIGN_IN: "outcome = 'success' AND event IN ('sign-in', 'password-reset')",
    # ... and, for Forgot Password, after a reset link was sent.
    RESET_REQUEST: "(outcome = 'success' AND event IN ('sign-in', 'password-reset')) "
                   "OR (outcome = 'sent' AND event = 'password-reset-request')",
}
LOCK_LEADS = {
    SIGN_IN: "Too many failed sign-in attempts. For your security this login is locked",
    RESET_REQUEST: "Too many failed attempts to reset the password of this user name. For your security "
                   "Forgot Password is locked for it",
}


def locked_until(db: sqlite3.Connection, login: str, moment: datetime, event: str = SIGN_IN) -> datetime | None:
    """When the lock on a login ends, or None if it is not locked.

    Worked out from the access log rather than from the account, so that a login nobody has is
    counted and locked exactly as a real one is, and the answers never tell which logins exist.
    Wrong guesses count from the last fresh start (see FRESH_START); when a lock ends, counting
    starts again.
    """
    attempts = db.execute(
        "SELECT at, outcome, detail FROM access_log WHERE login = ? COLLATE NOCASE AND event = ? "  # noqa: S608
        "AND id > (SELECT COALESCE(MAX(id), 0) FROM access_log WHERE login = ? COLLATE NOCASE "
        f"AND ({FRESH_START[event]})) ORDER BY id",  # nosec B608 - a constant of this module, no input
        (login, event, login),
    ).fetchall()
    failures, until = 0, None
    for attempt in attempts:
        at = parse_stamp(attempt["at"])
        if until and at >= until:
            failures, until = 0, None
        if until and attempt["detail"] == LOCKED:
            until += timedelta(minutes=LOCKOUT_EXTRA_MINUTES)
        elif attempt["outcome"] == WRONG_GUESS[event]:
            failures += 1
            if failures > LOCKOUT_THRESHOLD:
                until = at + timedelta(minutes=LOCKOUT_MINUTES)
    return until if until and until > moment else None


def locked_message(until: datetime, moment: datetime, event: str = SIGN_IN) -> str:
    minutes = max(1, math.ceil((until - moment).total_seconds() / 60))
    return (f"{LOCK_LEADS[event]}; try again in {minutes} minute{'s' * (minutes != 1)}. "
            f"Each attempt while it is locked adds {LOCKOUT_EXTRA_MINUTES} minutes.")


@dataclass(frozen=True)
class SignInRefusal:
    field: str | None  # the form field the message belongs beside; None for the form as a whole
    message: str


def authenticate(db: sqlite3.Connection, *, login: str, password: str, acknowledged: bool,
                 client_code: str) -> Account | SignInRefusal:
    """Check one sign-in attempt and log it; the account, or why it was refused.

    A login nobody has gets the same answers, the same lock and about the same time (a dummy
    password check) as a real one with a wrong password.
    """
    moment = now(db)
    with transaction(db):
        if locked_until(db, login, moment):
            record_access(db, login=login, event="sign-in", outcome="refused", detail=LOCKED,
                          client_code=client_code)
            return SignInRefusal(None, locked_message(locked_until(db, login, moment), moment))
        row = db.execute("SELECT * FROM accounts WHERE login = ?", (login,)).fetchone()
        secret_hash = row["password_hash"] if row else dummy_hash(current_app.config["PASSWORD_HASH_METHOD"])
        if not check_secret(secret_hash, password) or row is None:
            # L02: a failed sign-in is logged, as every attempt is
            record_access(db, login=login, event="sign-in", outcome="failed",
                          detail="invalid credentials", client_code=client_code)
            answered = now(db)  # the password check takes time; the lock runs from the failure's own entry
            until = locked_until(db, login, answered)
            return SignInRefusal(None, locked_message(until, answered) if until else INVALID_CREDENTIALS)
        account = Account.from_row(row)
        if is_deactivated(row, moment):
            record_access(db, login=login, event="sign-in", outcome="refused",
                          detail="deactivated: unused for more than two years", client_code=client_code)
            return SignInRefusal(None, DEACTIVATED)
        # L16: a filer signs in only with the redaction acknowledgement ticked; a viewer is not asked
        if account.is_filer_account and not acknowledged:
            record_access(db, login=login, event="sign-in", outcome="refused",
                          detail="redaction notice not acknowledged", client_code=client_code)
            return SignInRefusal("acknowledged", REDACTION_REQUIRED)
        db.execute("UPDATE accounts SET last_sign_in_at = ? WHERE id = ?", (stamp(moment), account.id))
        record_access(db, login=account.login, event="sign-in", outcome="success",
                      detail=account.role, client_code=client_code)
        return account


# Browser sessions: the cookie carries only a random id; the row says who and whether it ended.

def start_session(db: sqlite3.Connection, account: Account, client_code: str) -> None:
    session.clear()
    session_id = secrets.token_urlsafe(32)
    db.execute("INSERT INTO sessions (id, account_id, client_code, created_at) VALUES (?, ?, ?, ?)",
               (session_id, account.id, client_code, stamp(now(db))))
    session["sid"] = session_id


def end_session(db: sqlite3.Connection) -> Account | None:
    account = current_account()
    if "sid" in session:
        db.execute("UPDATE sessions SET ended_at = ? WHERE id = ?", (stamp(now(db)), session["sid"]))
    session.clear()
    return account


def _current_session_row() -> sqlite3.Row | None:
    session_id = session.get("sid")
    if not session_id:
        return None
    return get_db().execute(
        "SELECT s.client_code, a.* FROM sessions s JOIN accounts a ON a.id = s.account_id "
        "WHERE s.id = ? AND s.ended_at IS NULL", (session_id,),
    ).fetchone()


def current_account() -> Account | None:
    row = _current_session_row()
    return Account.from_row(row) if row else None


def current_client_code() -> str:
    row = _current_session_row()
    return row["client_code"] if row else ""
