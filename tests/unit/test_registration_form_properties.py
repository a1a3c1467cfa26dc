"""Property-based checks of the registration wizard's forms: any entry gets a page and never a half-made
account, a refused entry is shown back as text, and the bounds the pages state are the bounds applied."""

import re

import pytest
import registration_examples
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import escape
from registration_examples import (
    FORM_SETTINGS,
    GOOD,
    NEXT,
    WIZARD,
    assert_a_page_and_nothing_raw,
    count_accounts,
    entries,
    errors,
    walk_to,
)

from simulator.accounts import PASSWORD_MAX
from simulator.registration import rules, wizard

# The simulator these checks run on, and a fresh user name for each example (registration_examples.py).
app, user_names = registration_examples.app, registration_examples.user_names


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
