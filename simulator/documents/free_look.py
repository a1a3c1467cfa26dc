"""Notices of Electronic Filing and the free look each one gives (L04-L07)."""

import secrets
import sqlite3
from datetime import datetime, timedelta

from flask import abort, redirect, render_template, url_for

from .. import accounts, mail
from ..accounts import Account
from ..db import get_db, now, parse_stamp, stamp, transaction
from . import bp
from .access import refuse, sign_in_redirect
from .records import document_by_id, may_view

# L07: a free look expires 15 days after its NEF
FREE_LOOK_DAYS = 15


def free_look_state(nef: sqlite3.Row, moment: datetime) -> str:
    """'unused', 'used' (first view taken, by anyone) or 'expired' (15 days after sending)."""
    if nef["used_at"]:
        return "used"
    if moment >= parse_stamp(nef["sent_at"]) + timedelta(days=FREE_LOOK_DAYS):
        return "expired"
    return "unused"


def send_nefs(db: sqlite3.Connection, document_id: int) -> list[str]:
    """A Notice of Electronic Filing to every attorney of record, each with its own free look."""
    document = document_by_id(db, document_id)
    recipients = db.execute(
        "SELECT a.* FROM attorneys_of_record r JOIN accounts a ON a.id = r.account_id WHERE r.case_id = ?",
        (document["case_id"],),
    ).fetchall()
    return [send_nef(db, document, Account.from_row(r)) for r in recipients]


def send_nef(db: sqlite3.Connection, document: sqlite3.Row, recipient: Account) -> str:
    token = secrets.token_urlsafe(24)
    db.execute("INSERT INTO nefs (token, document_id, recipient_id, sent_at) VALUES (?, ?, ?, ?)",
               (token, document["id"], recipient.id, stamp(now(db))))
    link = url_for("documents.free_look", token=token)
    mail.send_email(
        db, to=recipient.email,
        subject=f"Activity in Case {document['case_number']} {document['case_title']}",
        body=(f"Notice of Electronic Filing. The following transaction was entered in case "
              f"{document['case_number']}: document {document['number']}, {document['title']}. "
              f"This link gives one free look at the document within {FREE_LOOK_DAYS} days."),
        link=link,
    )
    return link


@bp.get("/nef/<token>")
def free_look(token: str):
    db = get_db()
    nef = db.execute("SELECT * FROM nefs WHERE token = ?", (token[:64],)).fetchone()
    if nef is None:
        abort(404)
    document = document_by_id(db, nef["document_id"])
    paid_view = url_for("documents.document", case_id=document["case_id"], number=document["number"])
    account = accounts.current_account()
    if account is None:
        # L04: an NEF link opened without signing in prompts for a CM/ECF login
        return sign_in_redirect("nef")
    state = free_look_state(nef, now(db))
    if state != "unused" or not account.is_filer_account:
        if account.can_view_with_pacer:
            return redirect(paid_view)
        # L07: the login prompt again: the free look is gone and only a PACER login may view
        accounts.record_access(db, login=account.login, event="free look", outcome=state,
                               detail=f"{document['case_number']} #{document['number']}")
        return redirect(url_for("signin.sign_in", next=paid_view, reason="free-look-expired"))
    if not may_view(db, account, document):
        return refuse(db, account, document, "not an attorney of record")
    with transaction(db):
        # L07: the first view uses up the free look; a second finds it claimed
        claimed = db.execute("UPDATE nefs SET used_at = ?, used_by = ? WHERE id = ? AND used_at IS NULL",
                             (stamp(now(db)), account.id, nef["id"])).rowcount
        if not claimed:
            return redirect(url_for("signin.sign_in", next=paid_view, reason="free-look-expired"))
        accounts.record_access(db, login=account.login, event="document", outcome="free look",
                               detail=f"{document['case_number']} #{document['number']}",
                               client_code=accounts.current_client_code())
    return render_template("documents/document.html", document=document, free_look=True, receipt=None)
