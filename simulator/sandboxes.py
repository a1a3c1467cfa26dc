"""Sandboxes: isolated simulator states, one SQLite file each, chosen per request by header or cookie.

A test run that shares one simulator with others (several workers, several CI machines) asks the
control API for a sandbox per scenario and names it on every request: the `X-Sandbox` header (the
control client) or the `cmecf_sandbox` cookie (the browser). The sandbox's database holds its
accounts, cases, clock and mailbox, so nothing it does reaches another. A request naming no sandbox
uses the simulator's own database, as a person exploring it does.

Everything lives in files, so every process of a multi-process server sees the same sandboxes: a
sandbox is `<folder>/<id>.sqlite3`, its last use is the file's modification time, and creating one
takes a file lock. Only with the control API: without a token there are no sandboxes.
"""

import fcntl
import os
import re
import secrets
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from flask import Flask, current_app, g, jsonify, request, session

from .db import schema_sql
from .security import error_page

HEADER = "X-Sandbox"
COOKIE = "cmecf_sandbox"
# secrets.token_urlsafe(24): 192 random bits, 32 URL-safe characters. Nothing else names a sandbox,
# so an id can never reach outside the folder.
ID_BYTES = 24
ID_FORMAT = re.compile(r"[A-Za-z0-9_-]{32}")
SUFFIX = ".sqlite3"
TEMPLATE = ".template" + SUFFIX
# A sandbox's last use is recorded at most this often (one utime per request would be wasted).
TOUCH_EVERY_SECONDS = 30


class SandboxRefused(Exception):
    def __init__(self, status: int, error: str, detail: str):
        super().__init__(detail)
        self.status, self.error, self.detail = status, error, detail


def init_app(app: Flask) -> None:
    folder = sandbox_folder(app)
    folder.mkdir(parents=True, exist_ok=True)
    build_template(folder)
    app.before_request(select_sandbox)


def sandbox_folder(app: Flask) -> Path:
    return Path(app.config["SANDBOX_DIR"] or os.path.abspath(app.config["DATABASE"]) + ".sandboxes")


def build_template(folder: Path) -> None:
    """An empty database with the current schema, which each new sandbox copies (faster than the schema's
    script). Built under a private name and renamed into place: each process may build it, none sees half."""
    building = folder / f".building-{os.getpid()}-{secrets.token_hex(4)}{SUFFIX}"
    db = sqlite3.connect(building, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode = WAL")
        db.executescript(schema_sql())
    finally:
        db.close()  # the last connection folds the write-ahead log back in: one self-contained file
    os.replace(building, folder / TEMPLATE)


def idle_seconds() -> float:
    return float(current_app.config["SANDBOX_IDLE_SECONDS"])


def limit() -> int:
    return int(current_app.config["SANDBOX_LIMIT"])


def path_of(sandbox: str) -> Path:
    if not ID_FORMAT.fullmatch(sandbox):
        raise SandboxRefused(400, "Not a sandbox id",
                             "A sandbox id is the 32 characters POST /_control/sandboxes answered.")
    return sandbox_folder(current_app) / f"{sandbox}{SUFFIX}"


def live(folder: Path) -> list[Path]:
    return [path for path in folder.glob(f"*{SUFFIX}") if ID_FORMAT.fullmatch(path.name.removesuffix(SUFFIX))]


def remove(path: Path) -> bool:
    """Delete a sandbox's database with its write-ahead log and shared-memory index; False if it had none."""
    for companion in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        companion.unlink(missing_ok=True)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def expired(path: Path, now: float) -> bool:
    try:
        return now - path.stat().st_mtime > idle_seconds()
    except FileNotFoundError:
        return False


@contextmanager
def registry_lock(folder: Path) -> Iterator[None]:
    """Serialises counting and creating sandboxes across threads and processes."""
    with open(folder / ".lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def create() -> str:
    """A new, empty sandbox; first removes those idle past their time. Refused when the bound is reached."""
    folder = sandbox_folder(current_app)
    with registry_lock(folder):
        now = time.time()
        for path in live(folder):
            if expired(path, now):
                remove(path)
        if len(live(folder)) >= limit():
            raise SandboxRefused(
                503, "Too many sandboxes",
                f"{limit()} sandboxes are live, the most this simulator keeps (SANDBOX_LIMIT, --max-sandboxes). "
                f"Delete each when its scenario ends (DELETE /_control/sandboxes/<id>); an idle one is removed "
                f"after {idle_seconds() / 60:g} minutes.")
        sandbox = secrets.token_urlsafe(ID_BYTES)
        copying = folder / f".copying-{sandbox}{SUFFIX}"
        shutil.copyfile(folder / TEMPLATE, copying)
        os.replace(copying, folder / f"{sandbox}{SUFFIX}")
    return sandbox


def delete(sandbox: str) -> bool:
    return remove(path_of(sandbox))


def usage() -> dict:
    return {"live": len(live(sandbox_folder(current_app))), "limit": limit(), "idle_seconds": idle_seconds(),
            "header": HEADER, "cookie": COOKIE}


def database_of(sandbox: str) -> str:
    """The sandbox's database file, its last use recorded; refused when it is unknown or idle past its time."""
    path = path_of(sandbox)
    now = time.time()
    try:
        last_use = path.stat().st_mtime
    except FileNotFoundError:
        raise SandboxRefused(404, "No such sandbox",
                             "This sandbox does not exist: it was deleted when its scenario ended, expired "
                             "after being idle, or never existed. Ask for a new one.") from None
    if now - last_use > idle_seconds():
        remove(path)
        raise SandboxRefused(410, "Sandbox expired",
                             f"This sandbox was idle for more than {idle_seconds() / 60:g} minutes and has "
                             "been deleted. Ask for a new one.")
    if now - last_use > TOUCH_EVERY_SECONDS:
        os.utime(path)
    return str(path)


def select_sandbox():
    """Points this request's database at the sandbox it names, if it names one."""
    sandbox = request.headers.get(HEADER) or request.cookies.get(COOKIE)
    if not sandbox:
        return None
    try:
        g.sandbox_database = database_of(sandbox)
    except SandboxRefused as refused:
        return refusal(refused)
    return None


def refusal(refused: SandboxRefused):
    """A JSON answer to the control API, a page to a browser."""
    if request.blueprint == "control":
        return jsonify(error=refused.error, detail=refused.detail), refused.status
    # A session signed in within that sandbox names an account that lives only there: the page must not
    # look it up in the simulator's own database, and the session ends with its sandbox.
    session.pop("sid", None)
    return error_page(refused.status, refused.detail)
