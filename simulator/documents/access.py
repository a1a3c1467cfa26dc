"""Who reaches which page: signed in; a PACER login, activated and upgraded; an attorney of record."""

import sqlite3

from flask import abort, make_response, redirect, render_template, request, url_for

from .. import accounts
from ..accounts import Account

# L06: the refusal, in the court's words
NO_PERMISSION = "You do not have permission to view this document"
NOT_ACTIVATED = "PACER User Not Activated"
UPGRADE_NEEDED = "An upgraded PACER account is needed to view documents on this court's CM/ECF system."


def sign_in_redirect(reason: str):
    return redirect(url_for("signin.sign_in", next=request.full_path.rstrip("?"), reason=reason))


def signed_in_or_redirect(reason: str = "pacer-needed") -> Account:
    account = accounts.current_account()
    if account is None:
        abort(sign_in_redirect(reason))
    return account


def pacer_viewer() -> Account:
    account = signed_in_or_redirect()
    if not account.can_view_with_pacer:
        abort(sign_in_redirect("pacer-needed"))
    if not account.activated:
        abort(make_response(render_template("documents/not_activated.html", message=NOT_ACTIVATED), 403))
    if not account.upgraded:
        # R02: the Court of International Trade's NextGen CM/ECF accepts only upgraded PACER accounts.
        abort(make_response(render_template("documents/upgrade_needed.html", message=UPGRADE_NEEDED), 403))
    return account


def refuse(db: sqlite3.Connection, account: Account, document: sqlite3.Row, why: str):
    accounts.record_access(db, login=account.login, event="document", outcome="denied",
                           detail=f"{document['case_number']} #{document['number']}: {why}",
                           client_code=accounts.current_client_code())
    return render_template("documents/no_permission.html", message=NO_PERMISSION, document=document), 403
