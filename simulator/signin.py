"""The "CM/ECF Filer or PACER Login" page: sign-in, sign-out and the lost-password journey."""

import hashlib
import secrets
from datetime import timedelta
from urllib.parse import urlsplit

from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField, StringField
from wtforms.validators import DataRequired, EqualTo, Length, Optional, ValidationError

from . import accounts, mail
from .accounts import CLIENT_CODE_MAX, LOGIN_MAX, PASSWORD_MAX, SignInRefusal
from .db import get_db, now, parse_stamp, stamp, transaction
from .validation import PlainText, has_control_characters, strip

bp = Blueprint("signin", __name__)

RESET_LINK_MINUTES = 60
LOST_PASSWORD_SENT = (
    "If the login and e-mail address match an account, we have sent a link to reset its password "
    f"to that address. The link works once, within {RESET_LINK_MINUTES} minutes."
)

# Why the sign-in page is shown when a document sent the person here.
PROMPTS = {
    "nef": "Enter your CM/ECF filer login and password to view this document from your "
           "Notice of Electronic Filing.",
    "free-look-expired": "The \u201cfree look\u201d link for this document has expired. "
                         "Enter your PACER login and password to view the document.",
    "pacer-needed": "Viewing filed documents needs a PACER login. Enter your PACER login and password.",
}


def _client_code_rule(form, field) -> None:
    problem = accounts.client_code_problem(field.data or "")
    if problem:
        raise ValidationError(problem)


class SignInForm(FlaskForm):
    login = StringField(
        "CM/ECF or PACER login", filters=[strip],
        validators=[DataRequired("Enter your CM/ECF or PACER login."),
                    Length(max=LOGIN_MAX, message=f"A login has at most {LOGIN_MAX} characters."),
                    PlainText("A login")],
    )
    password = PasswordField(
        "Password",
        validators=[DataRequired("Enter your password."),
                    Length(max=PASSWORD_MAX, message=f"A password has at most {PASSWORD_MAX} characters.")],
    )
    client_code = StringField(
        "Client code", filters=[strip],
        validators=[Optional(), Length(max=CLIENT_CODE_MAX * 4), _client_code_rule],
    )
    acknowledged = BooleanField(
        "I understand that, if I file, I must comply with the redaction rules. I have read this notice.",
    )


def safe_next(target: str | None) -> str | None:
    """Only a path on this site, so a crafted link cannot send people elsewhere after sign-in."""
    if (not target or not target.startswith("/") or target.startswith("//") or "\\" in target
            or has_control_characters(target) or len(target) > 2048):
        return None
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc else None


@bp.route("/", methods=["GET", "POST"])
def sign_in():
    form = SignInForm()
    next_page = safe_next(request.values.get("next"))
    prompt = PROMPTS.get(request.values.get("reason", ""))
    refusal = None
    if form.validate_on_submit():
        db = get_db()
        outcome = accounts.authenticate(
            db, login=form.login.data, password=form.password.data,
            acknowledged=form.acknowledged.data, client_code=form.client_code.data or "",
        )
        if isinstance(outcome, SignInRefusal):
            refusal = outcome
            if outcome.field:
                getattr(form, outcome.field).errors = [outcome.message]
        else:
            accounts.start_session(db, outcome, form.client_code.data or "")
            return redirect(next_page or url_for("documents.main_menu"))
    status = 422 if request.method == "POST" else 200
    return render_template(
        "signin/sign_in.html", form=form, next_page=next_page, prompt=prompt,
        reason=request.values.get("reason", "") if prompt else "",
        alert=refusal.message if refusal and not refusal.field else None,
    ), status


@bp.post("/sign-out")
def sign_out():
    db = get_db()
    account = accounts.end_session(db)
    if account:
        accounts.record_access(db, login=account.login, event="sign-out", outcome="success")
    return redirect(url_for("signin.sign_in", signed_out=1))


class LostPasswordForm(FlaskForm):
    login = StringField(
        "CM/ECF or PACER login", filters=[strip],
        validators=[DataRequired("Enter your login."), Length(max=LOGIN_MAX), PlainText("A login")],
    )
    email = EmailField(
        "E-mail address on the account", filters=[strip],
        validators=[DataRequired("Enter the e-mail address on your account."),
                    Length(max=254, message="An e-mail address has at most 254 characters."),
                    PlainText("An e-mail address")],
    )


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@bp.route("/password/lost", methods=["GET", "POST"])
def lost_password():
    form = LostPasswordForm()
    if form.validate_on_submit():
        db = get_db()
        account = accounts.find_account(db, form.login.data)
        matched = account is not None and account.email.lower() == form.email.data.lower()
        with transaction(db):
            accounts.record_access(db, login=form.login.data, event="password-reset-request",
                                   outcome="sent" if matched else "no match")
            if matched:
                token = secrets.token_urlsafe(32)
                moment = now(db)
                db.execute(
                    "INSERT INTO password_resets (token_hash, account_id, created_at, expires_at) "
                    "VALUES (?, ?, ?, ?)",
                    (_token_hash(token), account.id, stamp(moment),
                     stamp(moment + timedelta(minutes=RESET_LINK_MINUTES))),
                )
                link = url_for("signin.reset_password", token=token)
                mail.send_email(
                    db, to=account.email, subject="Reset your CM/ECF or PACER password",
                    body=f"Someone asked to reset the password of login {account.login}. To choose a new "
                         f"password, follow this link within {RESET_LINK_MINUTES} minutes. It works "
                         "once. If you did not ask, ignore this e-mail; your password stays as it is.",
                    link=link,
                )
        return render_template("signin/lost_password_sent.html", message=LOST_PASSWORD_SENT)
    return render_template("signin/lost_password.html", form=form), 422 if form.errors else 200


class ResetPasswordForm(FlaskForm):
    password = PasswordField(
        "New password",
        validators=[DataRequired("Choose a new password."), Length(max=PASSWORD_MAX)],
    )
    confirm = PasswordField(
        "New password again",
        validators=[DataRequired("Type the new password again."),
                    EqualTo("password", "The two passwords do not match.")],
    )


def _usable_reset(db, token: str):
    row = db.execute("SELECT * FROM password_resets WHERE token_hash = ?", (_token_hash(token),)).fetchone()
    if row is None or row["used_at"] or parse_stamp(row["expires_at"]) <= now(db):
        return None
    return row


@bp.route("/password/reset/<token>", methods=["GET", "POST"])
def reset_password(token: str):
    if len(token) > 100:
        abort(404)
    db = get_db()
    reset = _usable_reset(db, token)
    if reset is None:
        return render_template("signin/reset_expired.html"), 410
    account = accounts.account_by_id(db, reset["account_id"])
    form = ResetPasswordForm()
    if form.validate_on_submit():
        problem = accounts.password_problem(
            form.password.data, names=(account.first_name, account.last_name, account.login, account.email))
        if problem:
            form.password.errors = [problem]
        else:
            with transaction(db):
                if _usable_reset(db, token) is None:
                    return render_template("signin/reset_expired.html"), 410
                db.execute("UPDATE password_resets SET used_at = ? WHERE id = ?", (stamp(now(db)), reset["id"]))
                db.execute("UPDATE accounts SET password_hash = ? WHERE id = ?",
                           (accounts.hash_secret(form.password.data), account.id))
                db.execute("UPDATE sessions SET ended_at = ? WHERE account_id = ? AND ended_at IS NULL",
                           (stamp(now(db)), account.id))
                accounts.record_access(db, login=account.login, event="password-reset", outcome="success")
            return render_template("signin/reset_done.html")
    return render_template("signin/reset_password.html", form=form, account=account,
                           rules=accounts.PASSWORD_RULES), 422 if form.errors else 200


@bp.app_context_processor
def signed_in_account() -> dict:
    return {"signed_in": accounts.current_account()}
