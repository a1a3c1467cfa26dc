"""The "CM/ECF Filer or PACER Login" page: sign-in and sign-out. A lost password or forgotten user name is
`lost_password.py`."""

from urllib.parse import urlsplit

from flask import Blueprint, redirect, render_template, request, url_for
from flask_wtf import FlaskForm
from wtforms import BooleanField, PasswordField, StringField
from wtforms.validators import DataRequired, Length, Optional, ValidationError

from . import accounts
from .accounts import CLIENT_CODE_MAX, LOGIN_MAX, PASSWORD_MAX, SignInRefusal
from .db import get_db
from .validation import PlainText, has_control_characters, strip

bp = Blueprint("signin", __name__)

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
            # L05: after signing in, on to the document the link named
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


@bp.app_context_processor
def signed_in_account() -> dict:
    return {"signed_in": accounts.current_account()}
