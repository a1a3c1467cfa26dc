"""The SQLite connection per request, the schema, and the simulated clock."""

import sqlite3
from datetime import UTC, datetime, timedelta
from importlib import resources
from urllib.parse import quote

import click
from flask import Flask, current_app, g

TABLES_IN_DELETE_ORDER = (
    "registration_drafts", "password_resets", "charges", "access_log", "mailbox", "nefs",
    "documents", "attorneys_of_record", "cases", "sessions", "security_answers", "accounts",
)


def connect(path: str, *, existing: bool = False) -> sqlite3.Connection:
    """A connection to `path`; with `existing`, one that never creates the file (a sandbox deleted meanwhile)."""
    # WAL and a busy timeout let parallel requests (and parallel workers on one file) write
    # without "database is locked".
    target = f"file:{quote(path)}?mode=rw" if existing else path
    db = sqlite3.connect(target, timeout=10, detect_types=0, isolation_level=None, uri=existing)
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA busy_timeout = 10000")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = NORMAL")
    return db


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        # A request naming a sandbox (simulator/sandboxes.py) works in that sandbox's own file.
        sandbox = g.get("sandbox_database")
        g.db = connect(sandbox, existing=True) if sandbox else connect(current_app.config["DATABASE"])
    return g.db


def close_db(_error: BaseException | None = None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def schema_sql() -> str:
    return resources.files("simulator").joinpath("schema.sql").read_text(encoding="utf-8")


def init_db(path: str) -> None:
    """Create the schema if the file has none yet; an existing database keeps its data."""
    db = connect(path)
    try:
        has_schema = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'accounts'").fetchone()
        if not has_schema:
            db.executescript(schema_sql())
    finally:
        db.close()


def reset_db(db: sqlite3.Connection) -> None:
    """Empty every table and put the clock back to real time."""
    with transaction(db):
        for table in TABLES_IN_DELETE_ORDER:
            db.execute(f"DELETE FROM {table}")  # noqa: S608  # nosec B608 - names from the constant above
        db.execute("UPDATE clock SET offset_seconds = 0")


class transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on error; takes the write lock up front."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type, exc, tb) -> None:
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")


# The simulated clock: real UTC time plus an offset that the control API moves.

def now(db: sqlite3.Connection | None = None) -> datetime:
    db = db or get_db()
    offset = db.execute("SELECT offset_seconds FROM clock WHERE id = 1").fetchone()[0]
    return datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=offset)


def advance(db: sqlite3.Connection, step: timedelta) -> datetime:
    db.execute("UPDATE clock SET offset_seconds = offset_seconds + ?", (round(step.total_seconds()),))
    return now(db)


def set_now(db: sqlite3.Connection, moment: datetime) -> datetime:
    offset = int((moment - datetime.now(UTC)).total_seconds())
    db.execute("UPDATE clock SET offset_seconds = ?", (offset,))
    return now(db)


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def parse_stamp(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def init_app(app: Flask) -> None:
    app.teardown_appcontext(close_db)
    init_db(app.config["DATABASE"])

    @app.cli.command("reset-db")
    def reset_db_command() -> None:
        """Empty every table of the configured database."""
        reset_db(get_db())
        click.echo("Emptied the database.")
