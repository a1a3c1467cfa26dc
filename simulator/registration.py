"""PACER: the site's home, the upgraded-account guidance and registration, Manage My Account."""

import json
import re
import secrets
import sqlite3
import unicodedata
from datetime import date, datetime, timedelta

from flask import Blueprint, Response, abort, redirect, render_template, request, session, url_for
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField, SelectChoice, SelectField, StringField, TelField
from wtforms.validators import DataRequired, Length, ValidationError
from wtforms.widgets import DateInput

from . import accounts, cards, mail
from .accounts import LOGIN_MAX, PASSWORD_MAX, Account, SignInRefusal
from .court import PACER_SERVICE_CENTER_PHONE
from .db import get_db, now, parse_stamp, stamp, transaction
from .validation import PlainText, strip

bp = Blueprint("registration", __name__, url_prefix="/pacer")

# The User Type list exactly as the registration page shows it (R11).
COMMERCIAL = "OTHER COMMERCIAL ACCOUNT"
GOVERNMENT_TYPES = ("FEDERAL GOVERNMENT", "FEDERAL JUDICIARY", "STATE OR LOCAL GOVERNMENT")
INDIVIDUAL_TYPES = ("INDIVIDUAL", "STUDENT", "PLAINTIFF, DEFENDANT, OR DEBTOR IN A CASE")
USER_TYPES = (COMMERCIAL, *GOVERNMENT_TYPES, *INDIVIDUAL_TYPES)
USER_TYPE_CHOICES = [
    SelectChoice("", "Select User Type"),
    SelectChoice(COMMERCIAL),
    *(SelectChoice(kind, optgroup="Government Accounts") for kind in GOVERNMENT_TYPES),
    *(SelectChoice(kind, optgroup="Individual Accounts") for kind in INDIVIDUAL_TYPES),
]
GOVERNMENT_BOX = "Check here if this account is for a Government Account"
# As in PACER: a government account with an e-mail outside these stays private until verified.
GOVERNMENT_EMAIL_DOMAINS = (".gov", ".mil", ".us")

STATES = (
    ("AL", "Alabama"), ("AK", "Alaska"), ("AZ", "Arizona"), ("AR", "Arkansas"), ("CA", "California"),
    ("CO", "Colorado"), ("CT", "Connecticut"), ("DE", "Delaware"), ("DC", "District of Columbia"),
    ("FL", "Florida"), ("GA", "Georgia"), ("HI", "Hawaii"), ("ID", "Idaho"), ("IL", "Illinois"),
    ("IN", "Indiana"), ("IA", "Iowa"), ("KS", "Kansas"), ("KY", "Kentucky"), ("LA", "Louisiana"),
    ("ME", "Maine"), ("MD", "Maryland"), ("MA", "Massachusetts"), ("MI", "Michigan"), ("MN", "Minnesota"),
    ("MS", "Mississippi"), ("MO", "Missouri"), ("MT", "Montana"), ("NE", "Nebraska"), ("NV", "Nevada"),
    ("NH", "New Hampshire"), ("NJ", "New Jersey"), ("NM", "New Mexico"), ("NY", "New York"),
    ("NC", "North Carolina"), ("ND", "North Dakota"), ("OH", "Ohio"), ("OK", "Oklahoma"), ("OR", "Oregon"),
    ("PA", "Pennsylvania"), ("RI", "Rhode Island"), ("SC", "South Carolina"), ("SD", "South Dakota"),
    ("TN", "Tennessee"), ("TX", "Texas"), ("UT", "Utah"), ("VT", "Vermont"), ("VA", "Virginia"),
    ("WA", "Washington"), ("WV", "West Virginia"), ("WI", "Wisconsin"), ("WY", "Wyoming"),
    ("AS", "American Samoa"), ("GU", "Guam"), ("MP", "Northern Mariana Islands"), ("PR", "Puerto Rico"),
    ("VI", "U.S. Virgin Islands"),
)

# As in PACER, upgraded accounts have user names of 8 or more characters; the rest is our choice.
USERNAME_MIN, USERNAME_MAX = 8, 64
USERNAME_RULES = (f"{USERNAME_MIN} to {USERNAME_MAX} characters: letters, digits, and the signs "
                  ". - _ @ (no spaces).")
USERNAME_TAKEN = "That user name is already taken. Choose another one."
USERNAME_LENGTH = f"A user name has {USERNAME_MIN} to {USERNAME_MAX} characters."
PASSWORDS_DIFFER = "The two passwords do not match. Type the same password twice."

# The most each field takes (the pages' maxlength says the same), and the formats of the short ones.
NAME_MAX, EMAIL_MAX, PHONE_MAX, STREET_MAX, CITY_MAX, AGENCY_MAX, ANSWER_MAX = 50, 254, 30, 100, 60, 120, 100
CARD_HOLDER_MAX, CARD_NUMBER_MAX, CARD_FIELD_MAX, ACTIVATION_CODE_MAX = 100, 40, 10, 40
EMAIL_FORMAT = "Enter an e-mail address such as name@example.com."
PHONE_FORMAT = "Enter a phone number with its area code, such as 202-555-0143."
POSTAL_CODE_FORMAT = "Enter a 5-digit ZIP code, or ZIP+4 such as 20001-1234."
# RFC 5322's unquoted local part and an ASCII domain: what PACER's mail can be sent to.
_EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}")

SECURITY_QUESTIONS = (
    "What is your mother's maiden name?",
    "What was the name of your first pet?",
    "In what city were you born?",
    "What was the make of your first car?",
    "What is the name of the street you grew up on?",
    "What was the mascot of your high school?",
)
QUESTION_CHOICES = [SelectChoice("", "Select a question"), *(SelectChoice(q) for q in SECURITY_QUESTIONS)]

ACTIVATION_LETTER_DAYS = (7, 10)  # business days by U.S. mail (R14)
ACTIVATION_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread on paper
NOT_ACTIVATED = "PACER User Not Activated"
ACTIVATION_CODE_FORMAT = "An activation code has 12 letters and digits, as printed in the letter."

LEGACY_LINK_REFUSED = (
    "Only an upgraded PACER account can be linked to a CM/ECF account. Your PACER account is a legacy "
    "account: it was created on or before August 11, 2014 and has not been upgraded. Upgrade it first, "
    "then link it."
)

POLICIES_FILENAME = "PACER-Policies-and-Procedures.txt"
POLICIES_TITLE = "PACER Policies and Procedures"
POLICIES = (
    ("Access fees", (
        "Access to case information and documents costs $0.10 per page, capped at $3.00 (the fee for 30 "
        "pages) per document. The cap does not apply to transcripts or to reports not tied to one case, "
        "such as search results. An audio file costs $2.40.",
        "A docket report or other HTML page is billed at one page for each 4,320 bytes.",
    )),
    ("Billing", (
        "There is no registration fee. Fees you incur are billed quarterly. If your charges in a quarter "
        "come to $30.00 or less, nothing is billed for that quarter.",
        "If you gave a credit card when you registered, the fees are charged to it quarterly.",
    )),
    ("Free access", (
        "Judicial opinions are free, as is viewing documents on public terminals at the courthouse. Parties "
        "and attorneys of record receive one free look at each document through the Notice of Electronic "
        "Filing.",
    )),
    ("Your account", (
        "Your PACER account is for your use only. Do not share your user name or password: you are "
        "responsible for every charge made with them. Attorneys who share a PACER account need an "
        "upgraded PACER account of their own to link to their CM/ECF account.",
        "An account that is not used for more than two years is deactivated.",
    )),
    ("Privacy", (
        "Filers must redact Social Security or taxpayer-identification numbers, dates of birth, names of "
        "minor children and financial account numbers from everything they file. All activities and "
        "access attempts are logged.",
    )),
    ("Help", (
        f"For assistance, contact the PACER Service Center at {PACER_SERVICE_CENTER_PHONE}.",
    )),
)

# The pages the Register menu leads to, and what each says (R06-R08).
REGISTRATION_TYPES = {
    "case-search-only": (
        "PACER - Case Search Only",
        "Search and view case information and documents filed in the federal courts, the Court of "
        "International Trade among them. Attorneys who file with the Court of International Trade "
        "register here too, then link the upgraded PACER account to their CM/ECF account.",
    ),
    "attorney-admissions": (
        "Attorney Admissions / E-File",
        "Apply for admission to practice, or for e-filing privileges, in a court that accepts them through "
        "PACER. This simulator models only PACER - Case Search Only registration: attorneys of the Court "
        "of International Trade register for PACER - Case Search Only and link their CM/ECF account.",
    ),
    "non-attorney-e-file": (
        "Non-Attorney E-File",
        "E-filing for filers who are not attorneys, in courts that offer it. This simulator models only "
        "PACER - Case Search Only registration.",
    ),
}

WIZARD_STEPS = ("account", "login", "payment", "policies")
STEP_TITLES = {
    "account": "Account Information",
    "login": "User Name, Password and Security Questions",
    "payment": "Payment Information",
    "policies": "Policies and Procedures",
    "thank-you": "Thank you for registering with the PACER Service Center",
}
DRAFT_HOURS = 24
DRAFT_SESSION_KEY = "registration_draft"
REGISTERED_SESSION_KEY = "registered_account"
LINK_SESSION_KEY = "link_filer"

DONE_MESSAGES = {
    "activated": "Case search privileges are activated. You can search for cases and view documents now.",
    "upgraded": "Your PACER account is now an Upgraded PACER Account.",
    "linked": "Your CM/ECF account is linked to this PACER account. You can now file and view with it.",
}


# The rules of each step, as plain functions.

def user_type_problem(user_type: str, government: bool) -> str | None:
    """The Government Account box must agree with the User Type chosen (R10, R11)."""
    if user_type not in USER_TYPES:
        return None
    if government and user_type not in GOVERNMENT_TYPES:
        return (f"{user_type} is not a Government Account type. If you work for the government, choose a "
                "User Type from Government Accounts; otherwise untick this box.")
    if not government and user_type in GOVERNMENT_TYPES:
        return (f"{user_type} is a Government Account type: tick this box, or choose a User Type that is not "
                "under Government Accounts.")
    return None


def government_email_unverified(email: str) -> bool:
    """As in PACER: a government account stays private until the PACER Service Center verifies it,
    unless its e-mail address is a .gov, .mil or .us one."""
    return not email.lower().endswith(GOVERNMENT_EMAIL_DOMAINS)


EARLIEST_BIRTH = date(1900, 1, 1)


def date_of_birth_problem(text: str, today: date) -> str | None:
    """As a date field sends it: YYYY-MM-DD (Python would also read week dates and other ISO forms)."""
    try:
        born = date.fromisoformat(text) if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text) else None
    except ValueError:
        born = None
    if born is None:
        return "Enter your date of birth as a date, such as 1980-04-23."
    if born >= today:
        return "Enter a date of birth in the past."
    if born < EARLIEST_BIRTH:
        return f"Enter a date of birth on or after {EARLIEST_BIRTH:%B} 1, {EARLIEST_BIRTH.year}."
    return None


def email_problem(email: str) -> str | None:
    if not _EMAIL.fullmatch(email):
        return EMAIL_FORMAT
    return None


def phone_problem(phone: str) -> str | None:
    """Digits (10 to 15 of them, as 0-9) with spaces, brackets, dots, dashes or a plus sign between."""
    if not re.fullmatch(r"[0-9 ()+.-]+", phone) or not 10 <= len(re.sub(r"[^0-9]", "", phone)) <= 15:
        return PHONE_FORMAT
    return None


def postal_code_problem(code: str) -> str | None:
    if not re.fullmatch(r"[0-9]{5}(-[0-9]{4})?", code):
        return POSTAL_CODE_FORMAT
    return None


def has_letters(text: str) -> bool:
    """A name is written in letters of some script; emoji, signs or invisible characters alone are not a name."""
    return any(unicodedata.category(ch).startswith("L") for ch in text)


def username_problem(db: sqlite3.Connection, username: str) -> str | None:
    if not USERNAME_MIN <= len(username) <= USERNAME_MAX:
        return USERNAME_LENGTH
    if not re.fullmatch(r"[A-Za-z0-9._@-]+", username):
        return "A user name can contain only letters, digits and the signs . - _ @ (no spaces)."
    if accounts.find_account(db, username):
        return USERNAME_TAKEN
    return None


def login_problems(db: sqlite3.Connection, *, username: str, password: str, confirm: str,
                   questions: list[tuple[str, str]], names: tuple[str, ...], kept_password: bool,
                   kept_answers: set[str]) -> dict[str, str]:
    """Step 6 (R12), by field. A password or answer accepted before may be left blank to keep it."""
    problems: dict[str, str] = {}
    problem = username_problem(db, username)
    if problem:
        problems["username"] = problem
    if password or confirm or not kept_password:
        problem = ("Choose a password." if not password
                   else accounts.password_problem(password, names=(*names, username)))
        if problem:
            problems["password"] = problem
        elif confirm != password:
            problems["confirm_password"] = PASSWORDS_DIFFER
    chosen = [question for question, _ in questions]
    for number, (question, answer) in enumerate(questions, start=1):
        if question and question in chosen[:number - 1]:
            problems[f"question_{number}"] = "Choose a different question from the one above."
        elif question and not answer and question not in kept_answers:
            problems[f"answer_{number}"] = f"Answer security question {number}."
    return problems


def normal_answer(answer: str) -> str:
    """Answers are compared without regard to case or surrounding spaces, as the control API stores them."""
    return answer.strip().lower()


def payment_decision(*, holder: str, number: str, expiry: str, security_code: str,
                     kept_card: dict | None, today: date) -> tuple[dict | None, dict[str, str]]:
    """Step 7 (R13, R14): the card to register with (None: none, wait for the letter), or the problems."""
    if not number and not security_code:
        if not holder and not expiry:
            return None, {}
        if kept_card and (holder, expiry) == (kept_card["holder"], kept_card["expiry"]):
            return kept_card, {}
        return None, {"card_number": "Enter the card number, or leave all the card details blank to register "
                                     "without a card."}
    check = cards.check_card(holder=holder, number=number, expiry=expiry, security_code=security_code,
                             today=today)
    if not check.accepted:
        return None, check.problems
    return {"holder": holder, "expiry": expiry, "last4": check.last4}, {}


def new_activation_code() -> str:
    code = "".join(secrets.choice(ACTIVATION_ALPHABET) for _ in range(12))
    return "-".join(code[i:i + 4] for i in range(0, 12, 4))


def normal_activation_code(code: str) -> str:
    return re.sub(r"[\s-]", "", code).upper()


def activation_code_problem(code: str) -> str | None:
    """Anything but 12 letters and digits is a mistyping, told as such, and never tried against the code."""
    if not re.fullmatch(r"[A-Z0-9]{12}", normal_activation_code(code)):
        return ACTIVATION_CODE_FORMAT
    return None


def activation_letter_arrives(sent: datetime, business_days: int) -> datetime:
    """U.S. mail: the same time of day, that many business days later (weekends and holidays skipped)."""
    return datetime.combine(mail.add_business_days(sent.date(), business_days), sent.timetz())


def activation_letter_window(sent: datetime) -> tuple[date, date]:
    first, last = ACTIVATION_LETTER_DAYS
    return mail.add_business_days(sent.date(), first), mail.add_business_days(sent.date(), last)


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


# Step 5: account information.

def _required(what: str) -> DataRequired:
    return DataRequired(f"Enter your {what}.")


def _at_most(limit: int, what: str) -> Length:
    return Length(max=limit, message=f"{what} has at most {limit} characters.")


class Letters:
    """Refuses a name with no letter in it, such as emoji or invisible characters alone."""

    def __init__(self, what: str):
        self.message = f"{what} needs at least one letter."

    def __call__(self, form, field) -> None:
        if field.data and not has_letters(field.data):
            raise ValidationError(self.message)


def _name_field(label: str, required: str | None, limit: int, what: str) -> StringField:
    """Free text that names something: trimmed, bounded, on one line, with at least one letter."""
    validators = [_required(required)] if required else []
    return StringField(label, filters=[strip],
                       validators=[*validators, _at_most(limit, what), PlainText(what), Letters(what)])


class AccountInformationForm(FlaskForm):
    SECRETS = ()

    user_type = SelectField("User Type", choices=USER_TYPE_CHOICES,
                            validators=[DataRequired("Choose a User Type.")],
                            invalid_choice_message="Choose a User Type from the list.")
    government = BooleanField(GOVERNMENT_BOX)
    first_name = _name_field("First name", "first name", NAME_MAX, "A name")
    last_name = _name_field("Last name", "last name", NAME_MAX, "A name")
    date_of_birth = StringField("Date of birth", filters=[strip], widget=DateInput(),
                                validators=[_required("date of birth")])
    email = EmailField("E-mail address", filters=[strip],
                       validators=[_required("e-mail address"), _at_most(EMAIL_MAX, "An e-mail address"),
                                   PlainText("An e-mail address")])
    phone = TelField("Phone number", filters=[strip],
                     validators=[_required("phone number"), _at_most(PHONE_MAX, "A phone number"),
                                 PlainText("A phone number")])
    street = StringField("Street address", filters=[strip],
                         validators=[_required("street address"), _at_most(STREET_MAX, "An address"),
                                     PlainText("An address")])
    city = _name_field("City", "city", CITY_MAX, "A city")
    state = SelectField("State", choices=[SelectChoice("", "Select a state"),
                                          *(SelectChoice(code, name) for code, name in STATES)],
                        validators=[DataRequired("Choose your state.")],
                        invalid_choice_message="Choose your state from the list.")
    postal_code = StringField("ZIP code", filters=[strip], validators=[_required("ZIP code"),
                                                                       Length(max=10, message=POSTAL_CODE_FORMAT)])
    agency = _name_field("Government agency", None, AGENCY_MAX, "An agency")

    def validate_government(self, field) -> None:
        problem = user_type_problem(self.user_type.data, field.data)
        if problem:
            raise ValidationError(problem)

    def validate_date_of_birth(self, field) -> None:
        problem = date_of_birth_problem(field.data, now().date())
        if problem:
            raise ValidationError(problem)

    def validate_email(self, field) -> None:
        problem = email_problem(field.data)
        if problem:
            raise ValidationError(problem)

    def validate_phone(self, field) -> None:
        problem = phone_problem(field.data)
        if problem:
            raise ValidationError(problem)

    def validate_postal_code(self, field) -> None:
        problem = postal_code_problem(field.data)
        if problem:
            raise ValidationError(problem)

    def validate_agency(self, field) -> None:
        if self.user_type.data in GOVERNMENT_TYPES and not field.data:
            raise ValidationError("Enter the government agency you work for.")


def _accept_account(db: sqlite3.Connection, draft: Draft, form: AccountInformationForm) -> dict[str, str]:
    entries = _entries(form)
    draft.step("account").update(entries=entries, complete=True,
                                 possible_duplicate=possible_duplicate(db, entries))
    return {}


def possible_duplicate(db: sqlite3.Connection, details: dict) -> bool:
    """As in PACER: two of name, date of birth and e-mail match an existing account."""
    row = db.execute(
        "SELECT 1 FROM accounts WHERE role = 'pacer' AND "
        "((lower(first_name) = lower(?) AND lower(last_name) = lower(?)) "
        " + (date_of_birth IS NOT NULL AND date_of_birth = ?) + (lower(email) = lower(?))) >= 2 LIMIT 1",
        (details["first_name"], details["last_name"], details["date_of_birth"], details["email"]),
    ).fetchone()
    return row is not None


# Step 6: user name, password and security questions.

PASSWORD_LENGTH = f"Your password must be {accounts.PASSWORD_MIN} to {accounts.PASSWORD_POLICY_MAX} characters long."


def _question_field(number: int) -> SelectField:
    return SelectField(f"Security question {number}", choices=QUESTION_CHOICES,
                       validators=[DataRequired("Choose a security question.")],
                       invalid_choice_message="Choose a security question from the list.")


def _answer_field(number: int) -> StringField:
    return StringField(f"Answer to security question {number}", filters=[strip],
                       validators=[_at_most(ANSWER_MAX, "An answer"), PlainText("An answer")])


class LoginInformationForm(FlaskForm):
    username = StringField("User name", filters=[strip],
                           validators=[DataRequired("Choose a user name."),
                                       Length(max=USERNAME_MAX, message=USERNAME_LENGTH)])
    password = PasswordField("Password", validators=[Length(max=PASSWORD_MAX, message=PASSWORD_LENGTH)])
    confirm_password = PasswordField("Confirm password",
                                     validators=[Length(max=PASSWORD_MAX, message=PASSWORDS_DIFFER)])
    question_1 = _question_field(1)
    answer_1 = _answer_field(1)
    question_2 = _question_field(2)
    answer_2 = _answer_field(2)

    SECRETS = ("password", "confirm_password", "answer_1", "answer_2")

    def questions(self) -> list[tuple[str, str]]:
        return [(self.question_1.data or "", self.answer_1.data or ""),
                (self.question_2.data or "", self.answer_2.data or "")]


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


# Step 7: payment.

class PaymentForm(FlaskForm):
    card_holder = _name_field("Name on card", None, CARD_HOLDER_MAX, "A name")
    card_number = StringField("Card number", filters=[strip],
                              validators=[Length(max=CARD_NUMBER_MAX, message=cards.NUMBER_FORMAT)])
    card_expiry = StringField("Expiration date", filters=[strip],
                              validators=[Length(max=CARD_FIELD_MAX, message=cards.EXPIRY_FORMAT)])
    card_security_code = PasswordField("Security code",
                                       validators=[Length(max=CARD_FIELD_MAX, message=cards.SECURITY_CODE_FORMAT)])

    SECRETS = ("card_number", "card_security_code")


def _accept_payment(db: sqlite3.Connection, draft: Draft, form: PaymentForm) -> dict[str, str]:
    step = draft.step("payment")
    card, problems = payment_decision(
        holder=form.card_holder.data or "", number=form.card_number.data or "",
        expiry=form.card_expiry.data or "", security_code=form.card_security_code.data or "",
        kept_card=step.get("card"), today=now(db).date())
    if not problems:
        step.update(entries=_entries(form, PaymentForm.SECRETS), card=card, complete=True)
    return problems


# Step 8: policies and procedures; then the account is created.

def _policies_acknowledgement() -> BooleanField:
    return BooleanField(
        "Check here to acknowledge you have read and understand the policies and procedures listed above.",
        validators=[DataRequired("Tick the box to acknowledge that you have read and understand the policies "
                                 "and procedures.")])


class PoliciesForm(FlaskForm):
    acknowledged = _policies_acknowledgement()


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
                "phone, street, city, state, postal_code, card_last4) "
                "VALUES (?, ?, 'pacer', ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (username, login["password_hash"], details["first_name"], details["last_name"], details["email"],
                 stamp(moment), int(card is not None), code_hash, details["user_type"], int(government),
                 details["agency"] if government_type else None, details["date_of_birth"], details["phone"],
                 details["street"], details["city"], details["state"], details["postal_code"],
                 card["last4"] if card else None),
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
                          f"the PACER Service Center at {PACER_SERVICE_CENTER_PHONE}."),
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


# Views: the PACER site and the way to the registration form (R05-R08).

@bp.get("/")
def pacer_home():
    return render_template("registration/pacer_home.html")


@bp.get("/register-for-cit")
def guidance():
    return render_template("registration/guidance.html")


@bp.get("/account-type")
def account_type_instructions():
    return render_template("registration/account_type.html")


@bp.get("/register")
def register():
    return render_template("registration/register.html")


@bp.get("/register/start", defaults={"kind": None})
@bp.get("/register/start/<kind>")
def registration_types(kind: str | None):
    if kind is not None and kind not in REGISTRATION_TYPES:
        abort(404)
    return render_template("registration/registration_types.html", types=REGISTRATION_TYPES, kind=kind)


@bp.get("/policies-and-procedures.txt")
def policies_download():
    lines = [POLICIES_TITLE, "=" * len(POLICIES_TITLE), ""]
    for heading, paragraphs in POLICIES:
        lines += [heading, "-" * len(heading), *(f"{p}\n" for p in paragraphs)]
    return Response("\n".join(lines), mimetype="text/plain",
                    headers={"Content-Disposition": f'attachment; filename="{POLICIES_FILENAME}"'})


# Views: the wizard (R09-R16). Each step page has Next and Back; both keep what was typed.

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
                 lambda draft, form: {"government_types": GOVERNMENT_TYPES})


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
            account_id = register_account(db, draft, secrets.choice(range(ACTIVATION_LETTER_DAYS[0],
                                                                           ACTIVATION_LETTER_DAYS[1] + 1)))
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
    if row is None:
        return redirect(url_for(".wizard_step", step="account"))
    created = parse_stamp(row["created_at"])
    return render_template(
        "registration/thank_you.html", account=Account.from_row(row), details=row, steps=WIZARD_STEPS,
        step="thank-you", titles=STEP_TITLES, letter_window=activation_letter_window(created),
        unverified_government=row["user_type"] in GOVERNMENT_TYPES and not row["government"])


# Views: Manage My Account - account type, activation, upgrade, and linking (R04, R14, R17).

class ActivationForm(FlaskForm):
    code = StringField("Activation code", filters=[strip],
                       validators=[DataRequired("Enter the activation code from the letter we mailed to you."),
                                   Length(max=ACTIVATION_CODE_MAX, message=ACTIVATION_CODE_FORMAT)])

    def validate_code(self, field) -> None:
        problem = activation_code_problem(field.data)
        if problem:
            raise ValidationError(problem)


class UpgradeForm(FlaskForm):
    acknowledged = _policies_acknowledgement()


class LinkForm(FlaskForm):
    login = StringField("CM/ECF login", filters=[strip],
                        validators=[DataRequired("Enter your CM/ECF filer login."),
                                    _at_most(LOGIN_MAX, "A login"), PlainText("A login")])
    password = PasswordField("CM/ECF password", validators=[DataRequired("Enter your CM/ECF password."),
                                                            _at_most(PASSWORD_MAX, "A password")])


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
                           not_activated=NOT_ACTIVATED), status


@bp.get("/account")
def manage_account():
    return _manage_page(get_db(), _pacer_account(), ActivationForm())


def activate(db: sqlite3.Connection, account: Account, code: str) -> bool:
    """Case search privileges start once the mailed code is entered (R14)."""
    with transaction(db):
        row = db.execute("SELECT activation_code_hash FROM accounts WHERE id = ?", (account.id,)).fetchone()
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
        form.code.errors = ["That activation code is not right. Check it against the letter and try again."]
    return _manage_page(db, account, form, 422)


@bp.route("/account/upgrade", methods=["GET", "POST"])
def upgrade():
    db = get_db()
    account = _pacer_account()
    if account.upgraded:
        return redirect(url_for(".manage_account"))
    form = UpgradeForm()
    if form.validate_on_submit():
        with transaction(db):
            db.execute("UPDATE accounts SET upgraded = 1 WHERE id = ?", (account.id,))
            accounts.record_access(db, login=account.login, event="upgrade", outcome="success")
        return redirect(url_for(".manage_account", done="upgraded"))
    return render_template("registration/upgrade.html", form=form, account=account, policies=POLICIES,
                           policies_title=POLICIES_TITLE), 422 if form.errors else 200


@bp.route("/account/link", methods=["GET", "POST"])
def link_account():
    db = get_db()
    account = _pacer_account()
    if not account.upgraded:
        return render_template("registration/link_refused.html", message=LEGACY_LINK_REFUSED), 403
    form = LinkForm()
    alert = None
    if account.linked_filer_id is None and form.validate_on_submit():
        outcome = accounts.authenticate(db, login=form.login.data, password=form.password.data,
                                        acknowledged=True, client_code="")
        if isinstance(outcome, SignInRefusal):
            alert = outcome.message
        elif not outcome.is_filer:
            alert = "That is not a CM/ECF filer login. Enter the login you use to file with the court."
        elif db.execute("SELECT 1 FROM accounts WHERE linked_filer_id = ?", (outcome.id,)).fetchone():
            alert = ("That CM/ECF account is already linked to another PACER account. Contact the PACER Service "
                     f"Center at {PACER_SERVICE_CENTER_PHONE}.")
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
                                   linked_login=None, alert="That CM/ECF account is already linked to another "
                                   f"PACER account. Contact the PACER Service Center at "
                                   f"{PACER_SERVICE_CENTER_PHONE}."), 409
        session.pop(LINK_SESSION_KEY, None)
        return redirect(url_for(".manage_account", done="linked"))
    return render_template("registration/confirm_link.html", form=form, account=account, filer=filer)
