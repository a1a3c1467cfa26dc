"""Property-based checks of registration's rules: each rule agrees with the words that state it (user names,
passwords, e-mail addresses, phone numbers, ZIP codes, dates of birth, names, activation codes)."""

import re
import string
from datetime import date

import registration_examples
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from registration_examples import PASSWORD, TODAY

from fixtures.hostile import HOSTILE_INPUTS
from simulator.accounts import create_account, password_problem
from simulator.db import get_db, now
from simulator.registration import rules

# The simulator these checks run on (registration_examples.py).
app = registration_examples.app


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
