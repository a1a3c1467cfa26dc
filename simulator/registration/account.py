"""Manage My Account (R04, R14, R17): the account type, activating case search, upgrading, linking to CM/ECF."""

import sqlite3

from flask import Response, abort, redirect, render_template, request, session, url_for
from flask_wtf import FlaskForm

from .. import accounts
from ..accounts import Account, SignInRefusal
from ..db import get_db, transaction
from . import bp
from .forms import ActivationForm, LinkForm, UpgradeForm
from .guidance import PACER_HELP_LINE
from .policies import POLICIES, POLICIES_TITLE
from .rules import (
    ACTIVATION_CODE_WRONG,
    GOVERNMENT_TYPES,
    LEGACY_LINK_REFUSED,
    NOT_ACTIVATED,
    normal_activation_code,
)

LINK_SESSION_KEY = "link_filer"
ALREADY_LINKED = ("That CM/ECF account is already linked to another PACER account. Contact the PACER Service "
                  f"Center at {PACER_HELP_LINE}.")

DONE_MESSAGES = {
    "activated": "Case search privileges are activated. You can search for cases and view documents now.",
    "upgraded": "Your PACER account is now an Upgraded PACER Account.",
    "linked": "Your CM/ECF account is linked to this PACER account. You can now file and view with it.",
}


def _signed_in() -> Account:
    account = accounts.current_account()
    if account is None:
        abort(redirect(url_for("signin.sign_in", next=request.path)))
    return account


def _pacer_account() -> Account:
    """The signed-in PACER account; a CM/ECF filer login is sent to sign in with a PACER account instead."""
    account = _signed_in()
    if account.role != "pacer":
        abort(Response(render_template("registration/pacer_account_needed.html", account=account), 403))
    return account


def _linked_login(db: sqlite3.Connection, account: Account) -> str | None:
    if account.linked_filer_id is None:
        return None
    return db.execute("SELECT login FROM accounts WHERE id = ?", (account.linked_filer_id,)).fetchone()["login"]


def _manage_page(db: sqlite3.Connection, account: Account, activation: ActivationForm, status: int = 200):
    row = db.execute("SELECT * FROM accounts WHERE id = ?", (account.id,)).fetchone()
    return render_template("registration/manage_account.html", account=account, details=row,
                           linked_login=_linked_login(db, account), activation=activation,
                           done=DONE_MESSAGES.get(request.args.get("done", "")),
                           not_activated=NOT_ACTIVATED, government_types=GOVERNMENT_TYPES), status


@bp.get("/account")
def manage_account():
    return _manage_page(get_db(), _pacer_account(), ActivationForm())


# Activation (R14).

def activate(db: sqlite3.Connection, account: Account, code: str) -> bool:
    """Case search privileges start once the mailed code is entered (R14)."""
    with transaction(db):
        row = db.execute("SELECT activation_code_hash FROM accounts WHERE id = ?", (account.id,)).fetchone()
        # R14: only the mailed activation code activates the account
        matches = bool(row["activation_code_hash"]) and accounts.check_secret(
            row["activation_code_hash"], normal_activation_code(code))
        if matches:
            db.execute("UPDATE accounts SET activated = 1, activation_code_hash = NULL WHERE id = ?", (account.id,))
        accounts.record_access(db, login=account.login, event="activation",
                               outcome="success" if matches else "failed")
    return matches


@bp.post("/account/activate")
def activate_case_search():
    db = get_db()
    account = _pacer_account()
    form = ActivationForm()
    if account.activated:
        return redirect(url_for(".manage_account"))
    if form.validate():
        if activate(db, account, form.code.data):
            return redirect(url_for(".manage_account", done="activated"))
        form.code.errors = [ACTIVATION_CODE_WRONG]
    return _manage_page(db, account, form, 422)


# Upgrading a legacy account (R04).

@bp.route("/account/upgrade", methods=["GET", "POST"])
def upgrade():
    db = get_db()
    account = _pacer_account()
    if account.upgraded:
        return redirect(url_for(".manage_account"))
    form = UpgradeForm()
    if form.validate_on_submit():
        with transaction(db):
            # R04: a legacy account is upgraded
            db.execute("UPDATE accounts SET upgraded = 1 WHERE id = ?", (account.id,))
            accounts.record_access(db, login=account.login, event="upgrade", outcome="success")
        return redirect(url_for(".manage_account", done="upgraded"))
    return render_template("registration/upgrade.html", form=form, account=account, policies=POLICIES,
                           policies_title=POLICIES_TITLE), 422 if form.errors else 200


# Linking an upgraded PACER account to a CM/ECF filer login (R17).

@bp.route("/account/link", methods=["GET", "POST"])
def link_account():
    db = get_db()
    account = _pacer_account()
    # R17: only an upgraded PACER account links to a CM/ECF login
    if not account.upgraded:
        return render_template("registration/link_refused.html", message=LEGACY_LINK_REFUSED), 403
    form = LinkForm()
    alert = None
    if account.linked_filer_id is None and form.validate_on_submit():
        outcome = accounts.authenticate(db, login=form.login.data, password=form.password.data,
                                        acknowledged=True, client_code="")
        # R17: linking checks the CM/ECF login's password
        if isinstance(outcome, SignInRefusal):
            alert = outcome.message
        elif not outcome.is_filer:
            alert = "That is not a CM/ECF filer login. Enter the login you use to file with the court."
        elif db.execute("SELECT 1 FROM accounts WHERE linked_filer_id = ?", (outcome.id,)).fetchone():
            alert = ALREADY_LINKED
        else:
            session[LINK_SESSION_KEY] = outcome.id
            return redirect(url_for(".confirm_link"))
    return render_template("registration/link.html", form=form, account=account, alert=alert,
                           linked_login=_linked_login(db, account)), 422 if form.errors or alert else 200


@bp.route("/account/link/confirm", methods=["GET", "POST"])
def confirm_link():
    db = get_db()
    account = _pacer_account()
    filer = accounts.account_by_id(db, session.get(LINK_SESSION_KEY, 0))
    if filer is None or not account.upgraded or account.linked_filer_id is not None:
        return redirect(url_for(".link_account"))
    form = FlaskForm()
    if form.validate_on_submit():
        try:
            with transaction(db):
                db.execute("UPDATE accounts SET linked_filer_id = ? WHERE id = ? AND linked_filer_id IS NULL",
                           (filer.id, account.id))
                accounts.record_access(db, login=account.login, event="link", outcome="success",
                                       detail=f"CM/ECF login {filer.login}")
        except sqlite3.IntegrityError:
            session.pop(LINK_SESSION_KEY, None)
            return render_template("registration/link.html", form=LinkForm(formdata=None), account=account,
                                   linked_login=None, alert=ALREADY_LINKED), 409
        session.pop(LINK_SESSION_KEY, None)
        return redirect(url_for(".manage_account", done="linked"))
    return render_template("registration/confirm_link.html", form=form, account=account, filer=filer)
