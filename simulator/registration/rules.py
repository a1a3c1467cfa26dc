"""The registration rules as plain functions: user type, tax ID, e-mail, phone, dates, user name, password, card,
code."""

import re
import secrets
import sqlite3
import unicodedata
from datetime import date, datetime

from stdnum.exceptions import InvalidComponent, ValidationError
from stdnum.us import ein

from .. import accounts, cards, mail

# R11: the User Type list exactly as the registration page shows it
COMMERCIAL = "OTHER COMMERCIAL ACCOUNT"
GOVERNMENT_TYPES = ("FEDERAL GOVERNMENT", "FEDERAL JUDICIARY", "STATE OR LOCAL GOVERNMENT")
INDIVIDUAL_TYPES = ("INDIVIDUAL", "STUDENT", "PLAINTIFF, DEFENDANT, OR DEBTOR IN A CASE")
USER_TYPES = (COMMERCIAL, *GOVERNMENT_TYPES, *INDIVIDUAL_TYPES)
# As in PACER, a commercial account gives a business tax ID; the list's one commercial type is this one.
COMMERCIAL_TYPES = (COMMERCIAL,)
GOVERNMENT_BOX = "Check here if this account is for a Government Account"
# As in PACER: a government account with an e-mail outside these stays private until verified.
GOVERNMENT_EMAIL_DOMAINS = (".gov", ".mil", ".us")
# Our choice: the business tax ID is checked as the IRS issues an Employer Identification Number.
TAX_ID_MISSING = "Enter your business tax ID: the EIN the IRS gave your business, such as 12-3456789."
TAX_ID_FORMAT = "Enter the business tax ID as an EIN of 9 digits, such as 12-3456789."
TAX_ID_PREFIX = ("That EIN does not begin with a prefix the IRS assigns. Check it against the IRS letter that "
                 "gave it, and type it again.")
COUNTY_MISSING = "Enter your county."

# As in PACER, upgraded accounts have user names of 8 or more characters; the rest is our choice.
USERNAME_MIN, USERNAME_MAX = 8, 64
USERNAME_RULES = (f"{USERNAME_MIN} to {USERNAME_MAX} characters: letters, digits, and the signs "
                  ". - _ @ (no spaces).")
USERNAME_TAKEN = "That user name is already taken. Choose another one."
USERNAME_LENGTH = f"A user name has {USERNAME_MIN} to {USERNAME_MAX} characters."
PASSWORDS_DIFFER = "The two passwords do not match. Type the same password twice."
PASSWORD_LENGTH = f"Your password must be {accounts.PASSWORD_MIN} to {accounts.PASSWORD_POLICY_MAX} characters long."

# The most each field takes (the pages' maxlength says the same), and the formats of the short ones.
NAME_MAX, EMAIL_MAX, PHONE_MAX, STREET_MAX, CITY_MAX, AGENCY_MAX, ANSWER_MAX = 50, 254, 30, 100, 60, 120, 100
COUNTY_MAX, TAX_ID_MAX = 60, 10
CARD_HOLDER_MAX, CARD_NUMBER_MAX, CARD_FIELD_MAX, ACTIVATION_CODE_MAX = 100, 40, 10, 40
EMAIL_FORMAT = "Enter an e-mail address such as name@example.com."
PHONE_FORMAT = "Enter a phone number with its area code, such as 202-555-0143."
POSTAL_CODE_FORMAT = "Enter a 5-digit ZIP code, or ZIP+4 such as 20001-1234."
# RFC 5322's unquoted local part and an ASCII domain: what PACER's mail can be sent to.
_EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}")
EARLIEST_BIRTH = date(1900, 1, 1)

SECURITY_QUESTIONS = (
    "What is your mother's maiden name?",
    "What was the name of your first pet?",
    "In what city were you born?",
    "What was the make of your first car?",
    "What is the name of the street you grew up on?",
    "What was the mascot of your high school?",
)

# R14: without a card, the activation letter arrives in 7-10 business days
ACTIVATION_LETTER_DAYS = (7, 10)  # business days by U.S. mail
ACTIVATION_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread on paper
NOT_ACTIVATED = "PACER User Not Activated"
ACTIVATION_CODE_FORMAT = "An activation code has 12 letters and digits, as printed in the letter."
ACTIVATION_CODE_WRONG = "That activation code is not right. Check it against the letter and try again."

LEGACY_LINK_REFUSED = (
    "Only an upgraded PACER account can be linked to a CM/ECF account. Your PACER account is a legacy "
    "account: it was created on or before August 11, 2014 and has not been upgraded. Upgrade it first, "
    "then link it."
)


# Step 5: account information (R09-R11).

def user_type_problem(user_type: str, government: bool) -> str | None:
    """Our choice: the Government Account box must agree with the User Type chosen (R10, R11)."""
    if user_type not in USER_TYPES:
        return None
    # R10: the Government Account box must agree with the User Type
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


def business_tax_id_problem(user_type: str, tax_id: str) -> str | None:
    """A commercial account's business tax ID: an EIN, NN-NNNNNNN, with a prefix the IRS assigns."""
    if user_type not in COMMERCIAL_TYPES:
        return None
    if not tax_id:
        return TAX_ID_MISSING
    try:
        ein.validate(tax_id)
    except InvalidComponent:
        return TAX_ID_PREFIX
    except ValidationError:
        return TAX_ID_FORMAT
    return None


def business_tax_id(tax_id: str) -> str | None:
    """The EIN as the IRS writes it (NN-NNNNNNN). The form drops one given for another User Type than a
    commercial one, so only a commercial account has one to keep."""
    return ein.format(ein.compact(tax_id)) if tax_id else None


def county_problem(state: str, county: str) -> str | None:
    """Our choice: the County, asked once a State is chosen, is then required."""
    if state and not county:
        return COUNTY_MISSING
    return None


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


def possible_duplicate(db: sqlite3.Connection, details: dict) -> bool:
    """As in PACER: two of name, date of birth and e-mail match an existing account."""
    row = db.execute(
        "SELECT 1 FROM accounts WHERE role = 'pacer' AND "
        "((lower(first_name) = lower(?) AND lower(last_name) = lower(?)) "
        " + (date_of_birth IS NOT NULL AND date_of_birth = ?) + (lower(email) = lower(?))) >= 2 LIMIT 1",
        (details["first_name"], details["last_name"], details["date_of_birth"], details["email"]),
    ).fetchone()
    return row is not None


# Step 6: user name, password and security questions (R12).

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
                   # R12: the password rules, the person's names and user name among them
                   else accounts.password_problem(password, names=(*names, username)))
        if problem:
            problems["password"] = problem
        elif confirm != password:
            problems["confirm_password"] = PASSWORDS_DIFFER
    chosen = [question for question, _ in questions]
    for number, (question, answer) in enumerate(questions, start=1):
        # R12: each security question chosen once
        if question and question in chosen[:number - 1]:
            problems[f"question_{number}"] = "Choose a different question from the one above."
        elif question and not answer and question not in kept_answers:
            problems[f"answer_{number}"] = f"Answer security question {number}."
    return problems


def normal_answer(answer: str) -> str:
    """Answers are compared without regard to case or surrounding spaces, as the control API stores them."""
    return answer.strip().lower()


# Step 7: payment (R13, R14).

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


# The activation code and the letter that brings it (R14).

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


def days_in_the_post() -> int:
    """How many business days this letter takes: one of 7 to 10, as the post office decides."""
    first, last = ACTIVATION_LETTER_DAYS
    return secrets.choice(range(first, last + 1))


def activation_letter_arrives(sent: datetime, business_days: int) -> datetime:
    """U.S. mail: the same time of day, that many business days later (weekends and holidays skipped)."""
    return datetime.combine(mail.add_business_days(sent.date(), business_days), sent.timetz())


def activation_letter_window(sent: datetime) -> tuple[date, date]:
    first, last = ACTIVATION_LETTER_DAYS
    return mail.add_business_days(sent.date(), first), mail.add_business_days(sent.date(), last)
