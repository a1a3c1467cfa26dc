"""Lost password and forgotten user name (L13), as PACER handles them: two separate ways back in, beside the
sign-in page. Forgot Password asks the user name, the e-mail address or date of birth on the account and the
security questions chosen at registration, then e-mails a link that works once, within the hour; Forgot Username
e-mails the user names on file to the address given, and to nobody else."""

import hashlib
import hmac
import secrets
from datetime import date, timedelta

from flask import Blueprint, abort, current_app, render_template, url_for
from flask_wtf import FlaskForm
from wtforms import DateField, EmailField, HiddenField, PasswordField, StringField
from wtforms.validators import DataRequired, EqualTo, Length, Optional

from . import accounts, mail
from .accounts import LOGIN_MAX, PASSWORD_MAX
from .court import PACER_SERVICE_CENTER_PHONE
from .db import get_db, now, parse_stamp, stamp, transaction
from .registration.rules import ANSWER_MAX, SECURITY_QUESTIONS
from .validation import PlainText, strip

bp = Blueprint("lost_password", __name__)

RESET_LINK_MINUTES = 60
QUESTIONS_ASKED = 2  # the two chosen at registration
EMAIL_OR_BIRTH_DATE = "Enter the e-mail address on your account, or your date of birth."
RECOVERY_REFUSED = (
    "The details you entered do not match our records. Check your user name, your e-mail address or date "
    "of birth, and your answers to the security questions, then try again."
)
NO_SECURITY_QUESTIONS = (
    "This account has no security questions on file, so its password cannot be reset online. Contact the "
    f"PACER Service Center at {PACER_SERVICE_CENTER_PHONE}."
)
RESET_LINK_SENT = (
    "We have sent a link to reset your password to the e-mail address on your account. The link works "
    f"once, within {RESET_LINK_MINUTES} minutes."
)
USERNAME_SENT = (
    "If an account has this e-mail address, we have sent its user name to that address. "
    "We send user names only by e-mail."
)


def _recovery_secret() -> bytes:
    return current_app.config["SECRET_KEY"].encode()


def decoy_questions(login: str) -> list[str]:
    """Two of the registration's questions, always the same ones for a login, for a login or e-mail
    address that matches no account: the page looks the same whether or not the user name exists."""
    digest = hmac.new(_recovery_secret(), login.lower().encode(), hashlib.sha256).digest()
    first = digest[0] % len(SECURITY_QUESTIONS)
    second = (first + 1 + digest[1] % (len(SECURITY_QUESTIONS) - 1)) % len(SECURITY_QUESTIONS)
    return [SECURITY_QUESTIONS[first], SECURITY_QUESTIONS[second]]


class ForgotPasswordForm(FlaskForm):
    login = StringField(
        "CM/ECF or PACER login", filters=[strip],
        validators=[DataRequired("Enter your login."), Length(max=LOGIN_MAX), PlainText("A login")],
    )
    email = EmailField(
        "E-mail address on the account", filters=[strip],
        validators=[Optional(), Length(max=254, message="An e-mail address has at most 254 characters."),
                    PlainText("An e-mail address")],
    )
    date_of_birth = DateField("Date of birth", validators=[Optional()])

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        if not self.email.data and not self.date_of_birth.data and not self.email.errors \
                and not self.date_of_birth.errors:
            self.email.errors = [EMAIL_OR_BIRTH_DATE]
            return False
        return valid


class SecurityAnswersForm(FlaskForm):
    # What the first page asked, carried to the second; checked again there with the answers.
    login = HiddenField(validators=[Length(max=LOGIN_MAX)])
    email = HiddenField(validators=[Length(max=254)])
    date_of_birth = HiddenField(validators=[Length(max=10)])
    answer_1 = StringField("Answer 1", filters=[strip], validators=[Length(max=ANSWER_MAX)])
    answer_2 = StringField("Answer 2", filters=[strip], validators=[Length(max=ANSWER_MAX)])


def _recovering_account(db, login: str, email: str, date_of_birth: str) -> accounts.Account | None:
    """The account the user name names, if the e-mail address or the date of birth given is on it."""
    account = accounts.find_account(db, login)
    if account is None:
        return None
    on_file = db.execute("SELECT date_of_birth FROM accounts WHERE id = ?", (account.id,)).fetchone()[0]
    if (email and email.lower() == account.email.lower()) or (date_of_birth and date_of_birth == on_file):
        return account
    return None


def _questions_for(db, account: accounts.Account | None, login: str) -> list[str]:
    if account is None:
        return decoy_questions(login)
    return [row["question"] for row in accounts.security_questions(db, account.id)][:QUESTIONS_ASKED]


def _answers_right(db, account: accounts.Account | None, answers: list[str]) -> bool:
    """Every question asked answered right. Without an account to check them against, the answers are
    checked against a dummy, so that a wrong user name takes as long as a wrong answer."""
    on_file = accounts.security_questions(db, account.id)[:QUESTIONS_ASKED] if account else []
    if not on_file:
        dummy = accounts.dummy_hash(current_app.config["PASSWORD_HASH_METHOD"])
        for answer in answers[:QUESTIONS_ASKED]:
            accounts.check_secret(dummy, accounts.normal_answer(answer))
        return False
    checks = [accounts.check_secret(row["answer_hash"], accounts.normal_answer(answer))
              for row, answer in zip(on_file, answers, strict=False)]
    # L13: Forgot Password sends a link only for the right answers
    return all(checks)


def _forgot_password_page(form: ForgotPasswordForm, *, alert: str | None = None, status: int = 200):
    return render_template("lost_password/forgot_password.html", form=form, alert=alert), status


@bp.route("/password/lost", methods=["GET", "POST"])
def lost_password():
    """Forgot Password, first page: the user name and the e-mail address or date of birth on the account."""
    form = ForgotPasswordForm()
    if not form.validate_on_submit():
        return _forgot_password_page(form, status=422 if form.errors else 200)
    db = get_db()
    if refusal := _reset_lock_refusal(db, form.login.data):
        return _forgot_password_page(form, alert=refusal, status=429)
    birth_date = form.date_of_birth.data.isoformat() if form.date_of_birth.data else ""
    account = _recovering_account(db, form.login.data, form.email.data or "", birth_date)
    if account is not None and not accounts.security_questions(db, account.id):
        with transaction(db):
            accounts.record_access(db, login=form.login.data, event=accounts.RESET_REQUEST,
                                   outcome="refused", detail="no security questions on file")
        return _forgot_password_page(form, alert=NO_SECURITY_QUESTIONS, status=422)
    answers = SecurityAnswersForm(formdata=None, login=form.login.data, email=form.email.data or "",
                                  date_of_birth=birth_date)
    return _questions_page(answers, _questions_for(db, account, form.login.data))


def _questions_page(form: SecurityAnswersForm, questions: list[str], status: int = 200):
    fields = [form.answer_1, form.answer_2][:len(questions)]
    for answer, question in zip(fields, questions, strict=True):
        answer.label.text = question
    return render_template("lost_password/security_questions.html", form=form, fields=fields), status


@bp.post("/password/lost/answers")
def security_answers():
    """Forgot Password, second page: the security questions chosen at registration, then the reset link."""
    form = SecurityAnswersForm()
    if not form.validate_on_submit():
        abort(400)
    db = get_db()
    login = form.login.data
    first_page = ForgotPasswordForm(formdata=None, login=login, email=form.email.data,
                                    date_of_birth=_birth_date(form.date_of_birth.data))
    if refusal := _reset_lock_refusal(db, login):
        return _forgot_password_page(first_page, alert=refusal, status=429)
    account = _recovering_account(db, login, form.email.data, form.date_of_birth.data)
    right = _answers_right(db, account, [form.answer_1.data or "", form.answer_2.data or ""])
    with transaction(db):
        accounts.record_access(db, login=login, event=accounts.RESET_REQUEST, outcome="sent" if right else "no match")
        if right:
            _send_reset_link(db, account)
    if right:
        return render_template("lost_password/lost_password_sent.html", message=RESET_LINK_SENT)
    answered = now(db)
    until = accounts.locked_until(db, login, answered, accounts.RESET_REQUEST)
    alert = accounts.locked_message(until, answered, accounts.RESET_REQUEST) if until else RECOVERY_REFUSED
    return _forgot_password_page(first_page, alert=alert, status=429 if until else 422)


def _reset_lock_refusal(db, login: str) -> str | None:
    """The lock message, if wrong answers have locked Forgot Password for this user name (known or not).
    The attempt is logged, and adds time to the lock, as a locked sign-in does."""
    moment = now(db)
    with transaction(db):
        if not accounts.locked_until(db, login, moment, accounts.RESET_REQUEST):
            return None
        accounts.record_access(db, login=login, event=accounts.RESET_REQUEST, outcome="refused",
                               detail=accounts.LOCKED)
    until = accounts.locked_until(db, login, moment, accounts.RESET_REQUEST)
    return accounts.locked_message(until, moment, accounts.RESET_REQUEST)


def _birth_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _send_reset_link(db, account: accounts.Account) -> None:
    token = secrets.token_urlsafe(32)
    moment = now(db)
    db.execute(
        "INSERT INTO password_resets (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
        (_token_hash(token), account.id, stamp(moment), stamp(moment + timedelta(minutes=RESET_LINK_MINUTES))),
    )
    mail.send_email(
        db, to=account.email, subject="Reset your CM/ECF or PACER password",
        body=f"Someone asked to reset the password of login {account.login}. To choose a new password, follow "
             f"this link within {RESET_LINK_MINUTES} minutes. It works once. If you did not ask, ignore this "
             "e-mail; your password stays as it is.",
        link=url_for("lost_password.reset_password", token=token),
    )


class ForgotUsernameForm(FlaskForm):
    email = EmailField(
        "E-mail address on the account", filters=[strip],
        validators=[DataRequired("Enter the e-mail address on your account."),
                    Length(max=254, message="An e-mail address has at most 254 characters."),
                    PlainText("An e-mail address")],
    )


@bp.route("/username/forgotten", methods=["GET", "POST"])
def forgot_username():
    """Forgot Username: the user names on file for an e-mail address go to that address, and to nobody else."""
    form = ForgotUsernameForm()
    if not form.validate_on_submit():
        return render_template("lost_password/forgot_username.html", form=form), 422 if form.errors else 200
    db = get_db()
    logins = [row["login"] for row in db.execute(
        "SELECT login FROM accounts WHERE lower(email) = lower(?) ORDER BY login", (form.email.data,))]
    with transaction(db):
        # L13: Forgot Username mails the user names to the e-mail on file
        if logins:
            mail.send_email(
                db, to=form.email.data, subject="Your CM/ECF or PACER user name",
                body=(f"Someone asked for the user names of the accounts with this e-mail address: "
                      f"{', '.join(logins)}. If you did not ask, ignore this e-mail."))
        accounts.record_access(db, login="", event="username-request", outcome="sent" if logins else "no match",
                               detail=f"{len(logins)} user name(s)")
    return render_template("lost_password/lost_password_sent.html", message=USERNAME_SENT)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


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
    # L13: a reset link works once, and only until it expires
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
        return render_template("lost_password/reset_expired.html"), 410
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
                    return render_template("lost_password/reset_expired.html"), 410
                db.execute("UPDATE password_resets SET used_at = ? WHERE id = ?", (stamp(now(db)), reset["id"]))
                db.execute("UPDATE accounts SET password_hash = ? WHERE id = ?",
                           (accounts.hash_secret(form.password.data), account.id))
                db.execute("UPDATE sessions SET ended_at = ? WHERE account_id = ? AND ended_at IS NULL",
                           (stamp(now(db)), account.id))
                accounts.record_access(db, login=account.login, event="password-reset", outcome="success")
            return render_template("lost_password/reset_done.html")
    return render_template("lost_password/reset_password.html", form=form, account=account,
                           rules=accounts.PASSWORD_RULES), 422 if form.errors else 200
