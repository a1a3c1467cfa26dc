"""Property-based checks of registration: any entry gets a page and never a half-made account; the rules
each form states are the rules it applies."""

import itertools
import re
import string
from datetime import date, timedelta
from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from markupsafe import escape

from fixtures.hostile import HOSTILE_INPUTS
from simulator import create_app
from simulator.accounts import PASSWORD_MAX, create_account, password_problem
from simulator.cards import card_digits, check_card, luhn_valid, parse_expiry
from simulator.db import get_db, now
from simulator.registration import rules, wizard

WIZARD = "/pacer/register/case-search-only"
PASSWORD = "Harbor-Lantern-2026!"
TODAY = date(2026, 6, 1)
GOOD = {
    "account": {
        "user_type": "INDIVIDUAL", "first_name": "Sam", "last_name": "Okafor", "date_of_birth": "1980-02-03",
        "email": "sam.okafor@example.com", "phone": "202-555-0143", "street": "1 Main Street",
        "city": "Springfield", "state": "IL", "county": "Sangamon County", "postal_code": "62701", "agency": "",
    },
    "login": {
        "username": "sam.okafor1", "password": PASSWORD, "confirm_password": PASSWORD,
        "question_1": "In what city were you born?", "answer_1": "Paris",
        "question_2": "What was the make of your first car?", "answer_2": "Volvo",
    },
    "payment": {"card_holder": "Sam Okafor", "card_number": "4111 1111 1111 1111", "card_expiry": "12/39",
                "card_security_code": "123"},
    "policies": {"acknowledged": "y"},
}
NEXT = {"account": "/login", "login": "/payment", "payment": "/policies", "policies": "/thank-you"}

# What a form may receive from anyone: any text, the named hostile inputs, and what a browser cannot send.
NASTY = st.one_of(
    st.text(max_size=120),
    st.sampled_from([*HOSTILE_INPUTS.values(), "a\r\nSet-Cookie: stolen=1", "\x00", "x" * 5000, "\u2028",
                     "\ufeff", "٢٠٢٥٥٥٠١٤٣", "0" * 19, "4111 1111 1111 1111\n"]),
)
FORM_SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def app(tmp_path):
    # Cheap scrypt: every example hashes a password and two answers.
    return create_app({"DATABASE": str(tmp_path / "simulator.sqlite3"), "WTF_CSRF_ENABLED": False,
                       "SECRET_KEY": "unit-tests", "PASSWORD_HASH_METHOD": "scrypt:4096:8:1"})


@pytest.fixture
def user_names():
    """A fresh user name for each example, so that examples never collide with each other's accounts."""
    return (f"sam.okafor{n}" for n in itertools.count(1))


def count_accounts(app) -> int:
    with app.app_context():
        return get_db().execute("SELECT COUNT(*) FROM accounts").fetchone()[0]


def errors(page: str) -> dict[str, str]:
    return dict(re.findall(r'class="error" id="([\w-]+)-error">([^<]*)<', page))


def walk_to(client, step: str, username: str) -> None:
    """Goes through the steps before this one with good entries."""
    for earlier in wizard.WIZARD_STEPS[:wizard.WIZARD_STEPS.index(step)]:
        data = {**GOOD[earlier], "username": username} if earlier == "login" else GOOD[earlier]
        response = client.post(f"{WIZARD}/{earlier}", data=data)
        assert response.status_code == 302, (earlier, errors(response.get_data(as_text=True)))


def entries(step: str) -> st.SearchStrategy[dict[str, str]]:
    """The step's good entries, each replaced or not by something nasty."""
    return st.fixed_dictionaries({name: st.one_of(st.just(value), NASTY) for name, value in GOOD[step].items()})


# The only script a page carries: the simulator's own files, never inline (the CSP allows no other).
OWN_SCRIPT = re.compile(r'<script src="/static/[\w-]+\.js" defer></script>')


def assert_a_page_and_nothing_raw(response, sent: dict[str, str]) -> str:
    """A page, not a crash; and no markup from what was sent (the simulator's pages carry no image, and no
    script but their own files)."""
    assert response.status_code in (200, 302, 422), response.status_code
    page = response.get_data(as_text=True)
    assert "Traceback" not in page
    assert not re.search(r"<(script|img)\b", OWN_SCRIPT.sub("", page), re.IGNORECASE), (
        f"markup from {sent} reached the page")
    return page


# Every step of the wizard.

@FORM_SETTINGS
@pytest.mark.parametrize("step", wizard.WIZARD_STEPS)
@given(data=st.data())
def test_every_step_answers_any_entries_with_a_page_and_never_a_half_made_account(app, user_names, step, data):
    client = app.test_client()
    username = next(user_names)
    walk_to(client, step, username)
    sent = data.draw(entries(step))
    if step == "login" and sent["username"] == GOOD["login"]["username"]:
        sent["username"] = username
    before = count_accounts(app)
    response = client.post(f"{WIZARD}/{step}", data=sent)
    page = assert_a_page_and_nothing_raw(response, sent)
    created = count_accounts(app) - before
    if response.status_code == 302:
        assert response.headers["Location"].endswith(NEXT[step])
        assert created == (1 if step == "policies" else 0)
    else:
        assert created == 0
        assert errors(page), "a refused step says beside a field what is wrong"
        assert 'role="alert"' in page
        if step != "policies":
            # The refused step is not taken as done: the next one sends the person back to it.
            assert client.get(f"{WIZARD}{NEXT[step]}").headers.get("Location", "").endswith(f"/{step}")


@FORM_SETTINGS
@given(data=st.data())
def test_back_keeps_any_entries_and_stores_no_account(app, user_names, data):
    client = app.test_client()
    walk_to(client, "login", next(user_names))
    sent = data.draw(entries("login"))
    before = count_accounts(app)
    response = client.post(f"{WIZARD}/login", data={**sent, "back": "1"})
    assert response.status_code == 302 and response.headers["Location"].endswith("/account")
    assert count_accounts(app) == before
    assert_a_page_and_nothing_raw(client.get(f"{WIZARD}/login"), sent)


@FORM_SETTINGS
@given(street=st.text(alphabet=st.sampled_from('<>&"\' abc/=\t'), min_size=1, max_size=40))
def test_a_refused_entry_is_shown_back_as_text(app, street):
    """Whatever is typed comes back in the field as the person typed it, escaped, never as markup."""
    response = app.test_client().post(f"{WIZARD}/account", data={**GOOD["account"], "street": street,
                                                                 "postal_code": "not a zip"})
    page = assert_a_page_and_nothing_raw(response, {"street": street})
    assert response.status_code == 422
    assert f'value="{escape(street.strip())}"' in page


# The bounds the pages state, in the server's words, and the same as the pages' maxlength.

BOUNDED = [
    ("account", "first_name", rules.NAME_MAX, "A name has at most 50 characters."),
    ("account", "last_name", rules.NAME_MAX, "A name has at most 50 characters."),
    ("account", "email", rules.EMAIL_MAX, "An e-mail address has at most 254 characters."),
    ("account", "phone", rules.PHONE_MAX, "A phone number has at most 30 characters."),
    ("account", "street", rules.STREET_MAX, "An address has at most 100 characters."),
    ("account", "city", rules.CITY_MAX, "A city has at most 60 characters."),
    ("account", "county", rules.COUNTY_MAX, "A county has at most 60 characters."),
    ("account", "postal_code", 10, rules.POSTAL_CODE_FORMAT),
    ("account", "agency", rules.AGENCY_MAX, "An agency has at most 120 characters."),
    ("login", "username", rules.USERNAME_MAX, rules.USERNAME_LENGTH),
    ("login", "password", PASSWORD_MAX, rules.PASSWORD_LENGTH),
    ("login", "answer_1", rules.ANSWER_MAX, "An answer has at most 100 characters."),
    ("payment", "card_holder", rules.CARD_HOLDER_MAX, "A name has at most 100 characters."),
    ("payment", "card_number", rules.CARD_NUMBER_MAX, "Enter the card number: 13 to 19 digits"),
    ("payment", "card_expiry", rules.CARD_FIELD_MAX, "Enter the expiration date as MM/YY"),
    ("payment", "card_security_code", rules.CARD_FIELD_MAX, "Enter the 3- or 4-digit security code"),
]


def maxlength(page: str, field: str) -> int | None:
    tag = re.search(rf'<input [^>]*\bid="{field}"[^>]*>', page).group(0)
    found = re.search(r'\bmaxlength="(\d+)"', tag)
    return int(found.group(1)) if found else None


@pytest.mark.parametrize(("step", "field", "limit", "message"), BOUNDED, ids=[f for _, f, _, _ in BOUNDED])
def test_one_character_over_a_bound_is_refused_in_words_and_the_page_states_the_same_bound(
        app, user_names, step, field, limit, message):
    client = app.test_client()
    walk_to(client, step, next(user_names))
    assert maxlength(client.get(f"{WIZARD}/{step}").get_data(as_text=True), field) == limit
    response = client.post(f"{WIZARD}/{step}", data={**GOOD[step], field: "a" * (limit + 1)})
    assert response.status_code == 422
    assert errors(response.get_data(as_text=True))[field].startswith(message)


def test_the_date_of_birth_is_refused_in_words_however_long(app):
    response = app.test_client().post(f"{WIZARD}/account", data={**GOOD["account"], "date_of_birth": "9" * 5000})
    assert errors(response.get_data(as_text=True))["date_of_birth"].startswith("Enter your date of birth as a date")


# Each rule agrees with the words that state it.

USER_NAME_ALPHABET = string.ascii_letters + string.digits + "._@-" + " <>'\t\u0645\u00e9\U0001f469"


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(USER_NAME_ALPHABET), max_size=70))
def test_a_user_name_is_accepted_exactly_when_it_follows_the_stated_rule(app, username):
    stated = (f"{rules.USERNAME_MIN} to {rules.USERNAME_MAX} characters: letters, digits, "
              "and the signs . - _ @ (no spaces).")
    assert stated == rules.USERNAME_RULES
    follows = (8 <= len(username) <= 64
               and all(c in string.ascii_letters + string.digits + "._@-" for c in username))
    with app.app_context():
        assert (rules.username_problem(get_db(), username) is None) == follows


def test_a_user_name_is_taken_whatever_its_case(app):
    with app.test_request_context("/"):
        db = get_db()
        create_account(db, login="Taken.Name1", password=PASSWORD, role="pacer", first_name="Pat",
                       last_name="Moreno", email="pat@example.com", created_at=now(db))
        assert rules.username_problem(db, "taken.NAME1") == rules.USERNAME_TAKEN


NAMES = st.lists(st.text(alphabet=string.ascii_letters + ".@-", min_size=1, max_size=12), min_size=1, max_size=3)


@given(password=st.text(max_size=50), names=NAMES)
def test_an_accepted_password_contains_no_part_of_the_names_it_was_checked_against(password, names):
    if password_problem(password, names=tuple(names)) is None:
        parts = [p for name in names for p in re.split(r"[^a-z0-9]+", name.lower()) if len(p) >= 3]
        assert not any(part in password.lower() for part in parts)


@given(st.one_of(st.emails(), st.text(max_size=40), st.sampled_from(list(HOSTILE_INPUTS.values()))))
def test_an_accepted_email_address_is_one_plain_ascii_address(email):
    if rules.email_problem(email) is None:
        local, _, domain = email.partition("@")
        assert local and "@" not in domain and email.isascii() and email.isprintable()
        assert not any(c in email for c in ' <>()[]\\,;:"')
        assert re.search(r"\.[A-Za-z]{2,}$", domain)


@given(st.text(alphabet=st.sampled_from("0123456789 ()+.-x\t\n\u0662"), max_size=25))
def test_a_phone_number_is_accepted_exactly_when_it_has_10_to_15_digits_and_only_separators(phone):
    digits = sum(c in string.digits for c in phone)
    follows = 10 <= digits <= 15 and all(c in string.digits + " ()+.-" for c in phone)
    assert (rules.phone_problem(phone) is None) == follows


@given(st.text(alphabet=st.sampled_from("0123456789-\u0661 "), max_size=11))
def test_a_zip_code_is_five_digits_or_zip_plus_four(code):
    follows = bool(re.fullmatch(r"[0-9]{5}", code) or re.fullmatch(r"[0-9]{5}-[0-9]{4}", code))
    assert (rules.postal_code_problem(code) is None) == follows


@given(st.dates(min_value=date(1850, 1, 1), max_value=date(2100, 1, 1)))
def test_a_date_of_birth_is_accepted_from_1900_until_yesterday(born):
    accepted = rules.date_of_birth_problem(born.isoformat(), TODAY) is None
    assert accepted == (date(1900, 1, 1) <= born < TODAY)


@given(st.text(max_size=20))
def test_a_date_of_birth_is_only_ever_read_as_yyyy_mm_dd(text):
    if rules.date_of_birth_problem(text, TODAY) is None:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", text, re.ASCII)


@given(st.text(max_size=30))
def test_a_name_needs_a_letter(text):
    assert rules.has_letters(text) == any(c.isalpha() for c in text)


# Cards, as the payment step states its rules.

def check_digit(body: str) -> str:
    return next(d for d in string.digits if luhn_valid(body + d))


CARD_BODIES = st.text(alphabet=string.digits, min_size=12, max_size=18)


@given(CARD_BODIES)
def test_every_number_has_exactly_one_check_digit(body):
    assert sum(luhn_valid(body + d) for d in string.digits) == 1


@given(CARD_BODIES, st.data())
def test_a_single_mistyped_digit_always_fails_the_checksum(body, data):
    number = body + check_digit(body)
    position = data.draw(st.integers(0, len(number) - 1))
    wrong = data.draw(st.sampled_from([d for d in string.digits if d != number[position]]))
    assert not luhn_valid(number[:position] + wrong + number[position + 1:])


@given(st.text(alphabet=st.sampled_from("0123456789 -\t\u0661a"), max_size=25))
def test_a_card_number_is_13_to_19_digits_with_spaces_or_dashes_between(typed):
    digits = typed.replace(" ", "").replace("-", "")
    follows = 13 <= len(digits) <= 19 and all(c in string.digits for c in digits)
    assert (card_digits(typed) is not None) == follows


@given(st.integers(1, 12), st.integers(2000, 2099), st.booleans())
def test_an_expiry_reads_as_mm_yy_or_mm_yyyy(month, year, short):
    typed = f"{month:02d}/{year % 100:02d}" if short else f"{month}/{year}"
    assert parse_expiry(typed) == (month, year)


@given(st.text(max_size=8))
def test_an_expiry_is_a_month_from_1_to_12(typed):
    parsed = parse_expiry(typed)
    if parsed is not None:
        assert 1 <= parsed[0] <= 12 and typed.strip()[0] in string.digits


@given(body=CARD_BODIES, months_ahead=st.integers(0, 120), code=st.from_regex(r"\A[0-9]{3,4}\Z"),
       holder=st.text(min_size=1, max_size=30).filter(str.strip))
def test_a_card_with_a_good_number_that_has_not_expired_is_accepted(body, months_ahead, code, holder):
    month_index = TODAY.month - 1 + months_ahead
    expiry = f"{month_index % 12 + 1:02d}/{(TODAY.year + month_index // 12) % 100:02d}"
    check = check_card(holder=holder, number=body + check_digit(body), expiry=expiry, security_code=code,
                       today=TODAY)
    assert check.accepted and check.last4 == (body + check_digit(body))[-4:]


@given(months_back=st.integers(1, 120))
def test_a_card_is_declined_from_the_month_after_its_expiry(months_back):
    month_index = TODAY.year * 12 + TODAY.month - 1 - months_back
    expiry = f"{month_index % 12 + 1:02d}/{month_index // 12 % 100:02d}"
    check = check_card(holder="Sam", number="4111111111111111", expiry=expiry, security_code="123", today=TODAY)
    assert check.problems["card_expiry"].startswith("The card was declined")


@given(st.text(max_size=6))
def test_a_security_code_is_three_or_four_digits(code):
    check = check_card(holder="Sam", number="4111111111111111", expiry="12/39", security_code=code, today=TODAY)
    assert ("card_security_code" not in check.problems) == bool(re.fullmatch(r"[0-9]{3,4}", code.strip()))


@FORM_SETTINGS
@given(body=CARD_BODIES, expiry=st.sampled_from(["12/39", "01/20", "13/40", ""]))
def test_a_card_number_is_never_shown_back(app, user_names, body, expiry):
    client = app.test_client()
    walk_to(client, "payment", next(user_names))
    number = body + str((int(check_digit(body)) + 1) % 10)  # fails the checksum: the card is declined
    response = client.post(f"{WIZARD}/payment", data={**GOOD["payment"], "card_number": number,
                                                      "card_expiry": expiry})
    assert response.status_code == 422
    assert number not in response.get_data(as_text=True)


# Activation codes.

@given(st.data())
def test_an_activation_code_is_read_however_it_is_spaced_or_cased(data):
    code = rules.new_activation_code()
    assert re.fullmatch(r"[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}", code)
    separators = data.draw(st.lists(st.sampled_from(["", " ", "-", "  "]), min_size=3, max_size=3))
    groups = code.lower().split("-") if data.draw(st.booleans()) else code.split("-")
    typed = separators[0] + groups[0] + separators[1] + groups[1] + separators[2] + groups[2]
    assert rules.normal_activation_code(typed) == code.replace("-", "")
    assert rules.activation_code_problem(typed) is None


@given(st.text(max_size=40))
def test_an_activation_code_that_is_not_12_letters_and_digits_is_a_mistyping(typed):
    if rules.activation_code_problem(typed) is None:
        assert len(re.findall(r"[A-Za-z0-9]", typed)) == 12


# Manage My Account: activation, upgrade and linking answer anything with a page and change nothing by it.

@pytest.fixture
def signed_in_pacer(app):
    """A client signed in to a PACER account that waits for its code, beside a CM/ECF filer login."""
    with app.test_request_context("/"):
        db = get_db()
        create_account(db, login="avery.filer", password=PASSWORD, role="filer", first_name="Avery",
                       last_name="Lawson", email="avery@example.com", created_at=now(db))
        create_account(db, login="avery.pacer", password=PASSWORD, role="pacer", first_name="Avery",
                       last_name="Lawson", email="avery@example.com", created_at=now(db) - timedelta(days=1),
                       activated=0, activation_code_hash=None)
    client = app.test_client()
    assert client.post("/", data={"login": "avery.pacer", "password": PASSWORD}).status_code == 302
    return client


def pacer_row(app):
    with app.app_context():
        return dict(get_db().execute("SELECT activated, upgraded, linked_filer_id FROM accounts "
                                     "WHERE login = 'avery.pacer'").fetchone())


def sign_in_returning_to(app, target: str):
    return app.test_client().post("/", data={"login": "avery.pacer", "password": PASSWORD, "next": target})


@FORM_SETTINGS
@given(target=st.one_of(NASTY, st.sampled_from([
    "/pacer/account", "//evil.example/", "https://evil.example/", "/\t/evil.example", "/\\evil.example",
    "javascript:alert(1)", "%2F%2Fevil.example"])))
def test_the_account_type_check_leads_back_only_to_a_page_of_this_site(app, signed_in_pacer, target):
    """The check asks to sign in first, then returns to the page it came from: never to another site."""
    assume("\r" not in target and "\n" not in target)  # see the test below
    response = sign_in_returning_to(app, target)
    assert response.status_code == 302
    location = urlsplit(response.headers["Location"])
    assert not location.scheme and not location.netloc and location.path.startswith("/")


def test_a_line_break_in_the_page_to_return_to_is_ignored_not_a_server_error(app, signed_in_pacer):
    response = sign_in_returning_to(app, "/pacer/account\r\nSet-Cookie: stolen=1")
    assert response.status_code == 302
    assert response.headers["Location"] == "/cmecf"


@FORM_SETTINGS
@given(code=NASTY)
def test_any_activation_code_gets_a_message_and_activates_nothing_it_should_not(app, signed_in_pacer, code):
    response = signed_in_pacer.post("/pacer/account/activate", data={"code": code})
    page = assert_a_page_and_nothing_raw(response, {"code": code})
    assert response.status_code == 422 and "code" in errors(page)
    assert pacer_row(app)["activated"] == 0


@FORM_SETTINGS
@given(login=NASTY, password=NASTY)
def test_any_link_attempt_without_the_filer_password_links_nothing(app, signed_in_pacer, login, password):
    assume(password != PASSWORD)
    response = signed_in_pacer.post("/pacer/account/link", data={"login": login, "password": password})
    assert_a_page_and_nothing_raw(response, {"login": login})
    assert response.status_code == 422
    assert pacer_row(app)["linked_filer_id"] is None


@FORM_SETTINGS
@given(acknowledged=NASTY)
def test_an_upgrade_needs_the_box_ticked_and_answers_anything_with_a_page(app, signed_in_pacer, acknowledged):
    with app.app_context():
        get_db().execute("UPDATE accounts SET upgraded = 0 WHERE login = 'avery.pacer'")
    response = signed_in_pacer.post("/pacer/account/upgrade", data={"acknowledged": acknowledged})
    assert_a_page_and_nothing_raw(response, {"acknowledged": acknowledged})
    # A browser sends the box's value only when it is ticked; any value but "false" counts as ticked.
    assert pacer_row(app)["upgraded"] == int(acknowledged not in ("", "false"))
