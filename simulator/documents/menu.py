"""The CM/ECF main menu a person lands on after signing in, and the simulated mailbox."""

from flask import abort, current_app, render_template

from .. import mail
from ..db import get_db
from . import bp
from .access import signed_in_or_redirect
from .filing import FILING_NEEDS_LINK


@bp.get("/cmecf")
def main_menu():
    account = signed_in_or_redirect(reason="")
    return render_template("documents/main_menu.html", account=account, filing_needs_link=FILING_NEEDS_LINK)


@bp.get("/mailbox")
def mailbox():
    if not current_app.config["SHOW_MAILBOX"]:
        abort(404)
    return render_template("documents/mailbox.html", messages=mail.delivered(get_db()))
