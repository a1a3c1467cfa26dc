"""The PACER - Case Search Only registration wizard (R09-R16): its steps, the draft between them, the new account."""

import json
import secrets
import sqlite3
from datetime import date, timedelta

from flask import abort, redirect, render_template, request, session, url_for
from flask_wtf import FlaskForm

from .. import accounts, mail
from ..accounts import Account
from ..db import get_db, now, parse_stamp, stamp, transaction
from . import bp
from .forms import AccountInformationForm, LoginInformationForm, PaymentForm, PoliciesForm
from .guidance import PACER_HELP_LINE
from .policies import POLICIES, POLICIES_TITLE
from .rules import (
    COMMERCIAL_TYPES,
    GOVERNMENT_TYPES,
    USERNAME_RULES,
    USERNAME_TAKEN,
    activation_letter_arrives,
    activation_letter_window,
    business_tax_id,
    days_in_the_post,
    government_email_unverified,
    login_problems,
    new_activation_code,
    normal_activation_code,
    normal_answer,
    payment_decision,
    possible_duplicate,
)

WIZARD_STEPS = ("account", "login", "payment", "policies")
STEP_TITLES = {
    "account": "Account Information",
    "login": "User Name, Password and Security Questions",
    "payment": "Payment Information",
    "policies": "Policies and Procedures",
    # R16: the last screen thanks the user for registering
    "thank-you": "Thank you for registering with the PACER Service Center",
}
DRAFT_HOURS = 24
DRAFT_SESSION_KEY = "registration_draft"
REGISTERED_SESSION_KEY = "registered_account"


# The wizard's entries between steps: server-side, under a random id kept in the session.

class Draft:
    def __init__(self, draft_id: str, data: dict):
        self.id = draft_id
        self.data = data

    @classmethod
    def load(cls, db: sqlite3.Connection) -> "Draft":
        draft_id = session.get(DRAFT_SESSION_KEY)
        if draft_id:
            row = db.execute("SELECT data, created_at FROM registration_drafts WHERE id = ?", (draft_id,)).fetchone()
            if row and parse_stamp(row["created_at"]) > now(db) - timedelta(hours=DRAFT_HOURS):
                return cls(draft_id, json.loads(row["data"]))
        return cls(secrets.token_urlsafe(32), {})

    def save(self, db: sqlite3.Connection) -> None:
        moment = now(db)
        with transaction(db):
            db.execute("DELETE FROM registration_drafts WHERE created_at < ?",
                       (stamp(moment - timedelta(hours=DRAFT_HOURS)),))
            db.execute(
                "INSERT INTO registration_drafts (id, data, created_at) VALUES (?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET data = excluded.data", (self.id, json.dumps(self.data), stamp(moment)))
        session[DRAFT_SESSION_KEY] = self.id

    def discard(self, db: sqlite3.Connection) -> None:
        db.execute("DELETE FROM registration_drafts WHERE id = ?", (self.id,))
        session.pop(DRAFT_SESSION_KEY, None)

    def step(self, name: str) -> dict:
        return self.data.setdefault(name, {"entries": {}, "complete": False})

    def entries(self, name: str) -> dict:
        return self.step(name)["entries"]

    def complete(self, name: str) -> bool:
        return bool(self.data.get(name, {}).get("complete"))

    def first_open_step_before(self, name: str) -> str | None:
        return next((step for step in WIZARD_STEPS[:WIZARD_STEPS.index(name)] if not self.complete(step)), None)


def _entries(form: FlaskForm, secret: tuple[str, ...] = ()) -> dict:
    return {name: value for name, value in form.data.items() if name != "csrf_token" and name not in secret}


# What each step keeps once its entries are accepted.

def _accept_account(db: sqlite3.Connection, draft: Draft, form: AccountInformationForm) -> dict[str, str]:
    entries = _entries(form)
    draft.step("account").update(entries=entries, complete=True,
                                 possible_duplicate=possible_duplicate(db, entries))
    return {}


def _accept_login(db: sqlite3.Connection, draft: Draft, form: LoginInformationForm) -> dict[str, str]:
    step = draft.step("login")
    person = draft.entries("account")
    kept_password = bool(step.get("password_hash")) and step.get("password_for") == form.username.data
    kept_answers = set(step.get("answers", {}))
    problems = login_problems(
        db, username=form.username.data, password=form.password.data or "",
        confirm=form.confirm_password.data or "", questions=form.questions(),
        names=(person.get("first_name", ""), person.get("last_name", ""), person.get("email", "")),
        kept_password=kept_password, kept_answers=kept_answers)
    if problems:
        return problems
    if form.password.data:
        step["password_hash"] = accounts.hash_secret(form.password.data)
        step["password_for"] = form.username.data
    answers = {}
    for question, answer in form.questions():
        answers[question] = (accounts.hash_secret(normal_answer(answer)) if answer
                             else step.get("answers", {})[question])
    step.update(entries=_entries(form, LoginInformationForm.SECRETS), answers=answers, complete=True,
                username_taken=False)
    return {}


def _accept_payment(db: sqlite3.Connection, draft: Draft, form: PaymentForm) -> dict[str, str]:
    step = draft.step("payment")
    card, problems = payment_decision(
        holder=form.card_holder.data or "", number=form.card_number.data or "",
        expiry=form.card_expiry.data or "", security_code=form.card_security_code.data or "",
        kept_card=step.get("card"), today=now(db).date())
    if not problems:
        step.update(entries=_entries(form, PaymentForm.SECRETS), card=card, complete=True)
    return problems


# Step 8 accepted: the account is created.

class UserNameTaken(Exception):
    """Someone else registered the user name after this registration's step 6 accepted it."""


def register_account(db: sqlite3.Connection, draft: Draft, letter_days: int) -> int:
    """Creates the upgraded PACER account the wizard collected; without a card, mails the activation code."""
    details = draft.entries("account")
    login = draft.step("login")
    card = draft.step("payment").get("card")
    username = login["entries"]["username"]
    government_type = details["user_type"] in GOVERNMENT_TYPES
    government = government_type and not government_email_unverified(details["email"])
    moment = now(db)
    code = None if card else new_activation_code()
    # Hashed before the write lock is taken: parallel registrations wait for each other only briefly.
    code_hash = accounts.hash_secret(normal_activation_code(code)) if code else None
    try:
        with transaction(db):
            # The write lock is held from here: of parallel registrations of one user name, the first
            # creates the account and the others find it. The UNIQUE login is the last line of defence.
            if accounts.find_account(db, username):
                raise UserNameTaken(username)
            account_id = db.execute(
                "INSERT INTO accounts (login, password_hash, role, first_name, last_name, email, created_at, "
                "upgraded, activated, activation_code_hash, user_type, government, agency, date_of_birth, "
                "phone, street, city, state, postal_code, card_last4, county, tax_id) "
                "VALUES (?, ?, 'pacer', ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (username, login["password_hash"], details["first_name"], details["last_name"], details["email"],
                 # R13: a card gives instant access; no registration fee is charged
                 stamp(moment), int(card is not None), code_hash, details["user_type"], int(government),
                 details["agency"] if government_type else None, details["date_of_birth"], details["phone"],
                 details["street"], details["city"], details["state"], details["postal_code"],
                 card["last4"] if card else None, details.get("county") or None,
                 business_tax_id(details.get("tax_id") or "")),
            ).lastrowid
            db.executemany("INSERT INTO security_answers (account_id, question, answer_hash) VALUES (?, ?, ?)",
                           [(account_id, q, h) for q, h in login["answers"].items()])
            if code:
                mail.send_letter(
                    db, to=details["email"], subject="Your PACER activation code",
                    body=(f"Dear {details['first_name']} {details['last_name']}, thank you for registering for "
                          f"PACER with the user name {username}. Mailed to {details['street']}, "
                          f"{details['city']}, {details['state']} {details['postal_code']}. To activate case "
                          "search privileges, sign in to PACER, open Manage My Account and choose Activate "
                          "Case Search Privileges, then enter the activation code below. For help, contact "
                          f"the PACER Service Center at {PACER_HELP_LINE}."),
                    code=code, deliver_at=activation_letter_arrives(moment, letter_days))
            accounts.record_access(db, login=username, event="registration", outcome="success",
                                   detail=f"{details['user_type']}; {'card' if card else 'activation letter'}")
            draft.discard(db)
    except sqlite3.IntegrityError as clash:
        raise UserNameTaken(username) from clash
    return account_id


def _registered_by(db: sqlite3.Connection, draft: Draft, username: str) -> int | None:
    """The account this very draft created, recognised by its salted password hash, if any."""
    row = db.execute("SELECT id, password_hash FROM accounts WHERE login = ?", (username,)).fetchone()
    return row["id"] if row and row["password_hash"] == draft.step("login").get("password_hash") else None


@bp.app_template_filter("long_date")
def long_date(day: date) -> str:
    return f"{day:%A, %B} {day.day}, {day.year}"


# Views. Each step page has Next and Back; both keep what was typed.

def _step_page(step: str, form: FlaskForm, status: int = 200, **context):
    return render_template(f"registration/step_{step}.html", form=form, step=step, steps=WIZARD_STEPS,
                           titles=STEP_TITLES, **context), status


def _previous(step: str) -> str:
    index = WIZARD_STEPS.index(step)
    if index == 0:
        return url_for(".registration_types", kind="case-search-only")
    return url_for(".wizard_step", step=WIZARD_STEPS[index - 1])


@bp.route("/register/case-search-only/<step>", methods=["GET", "POST"])
def wizard_step(step: str):
    if step not in WIZARD_STEPS:
        abort(404)
    db = get_db()
    draft = Draft.load(db)
    missing = draft.first_open_step_before(step)
    # R09: the form's steps open only in order
    if missing:
        return redirect(url_for(".wizard_step", step=missing))
    return {"account": _account_step, "login": _login_step, "payment": _payment_step,
            "policies": _policies_step}[step](db, draft)


def _going_back() -> bool:
    return request.method == "POST" and "back" in request.form


def _step(db: sqlite3.Connection, draft: Draft, step: str, form_class: type[FlaskForm], accept, context=None):
    """One step of the wizard: Next accepts the entries or shows what is wrong beside each field; Back
    keeps the entries, accepted or not (never the secrets), and goes to the previous page."""
    state = draft.step(step)
    posted = request.method == "POST"
    # R09: a step opened again shows what was entered
    form = form_class() if posted else form_class(data=state["entries"])
    if posted:
        problems = accept(db, draft, form) if form.validate() else {}
        for name, message in problems.items():
            getattr(form, name).errors = [message]
        if not form.errors or _going_back():
            if form.errors:
                state.update(entries=_entries(form, form_class.SECRETS), complete=False)
            draft.save(db)
            following = WIZARD_STEPS[WIZARD_STEPS.index(step) + 1]
            return redirect(_previous(step) if _going_back() else url_for(".wizard_step", step=following))
    extra = context(draft, form) if context else {}
    return _step_page(step, form, 422 if form.errors else 200, **extra)


def _account_step(db: sqlite3.Connection, draft: Draft):
    return _step(db, draft, "account", AccountInformationForm, _accept_account,
                 lambda draft, form: {"commercial_types": COMMERCIAL_TYPES})


def _login_context(draft: Draft, form: LoginInformationForm) -> dict:
    state = draft.step("login")
    if request.method == "GET" and state.get("username_taken"):
        form.username.errors = [USERNAME_TAKEN]
    return {"rules": accounts.PASSWORD_RULES, "username_rules": USERNAME_RULES,
            "kept_password": bool(state.get("password_hash")), "kept_answers": set(state.get("answers", {})),
            "possible_duplicate": draft.step("account").get("possible_duplicate")}


def _login_step(db: sqlite3.Connection, draft: Draft):
    return _step(db, draft, "login", LoginInformationForm, _accept_login, _login_context)


def _payment_step(db: sqlite3.Connection, draft: Draft):
    return _step(db, draft, "payment", PaymentForm, _accept_payment,
                 lambda draft, form: {"kept_card": draft.step("payment").get("card")})


def _policies_step(db: sqlite3.Connection, draft: Draft):
    form = PoliciesForm()
    if _going_back():
        return redirect(_previous("policies"))
    if form.validate_on_submit():
        try:
            account_id = register_account(db, draft, days_in_the_post())
        except UserNameTaken as taken:
            mine = _registered_by(db, draft, str(taken))
            if mine is not None:
                # A second click on Submit, sent before the first answer came back: the account is
                # this registration's own, so the person is thanked, not told the name is taken.
                session[REGISTERED_SESSION_KEY] = mine
                return redirect(url_for(".thank_you"))
            draft.step("login").update(complete=False, username_taken=True)
            draft.save(db)
            return redirect(url_for(".wizard_step", step="login"))
        session[REGISTERED_SESSION_KEY] = account_id
        return redirect(url_for(".thank_you"))
    return _step_page("policies", form, 422 if form.errors else 200, policies=POLICIES,
                      policies_title=POLICIES_TITLE)


@bp.get("/register/case-search-only/thank-you")
def thank_you():
    db = get_db()
    account_id = session.get(REGISTERED_SESSION_KEY)
    row = db.execute("SELECT * FROM accounts WHERE id = ?", (account_id,)).fetchone() if account_id else None
    # R16: the thank-you page only after a registration
    if row is None:
        return redirect(url_for(".wizard_step", step="account"))
    created = parse_stamp(row["created_at"])
    return render_template(
        "registration/thank_you.html", account=Account.from_row(row), details=row, steps=WIZARD_STEPS,
        step="thank-you", titles=STEP_TITLES, letter_window=activation_letter_window(created),
        unverified_government=row["user_type"] in GOVERNMENT_TYPES and not row["government"])
