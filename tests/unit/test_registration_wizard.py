"""PACER registration's wizard end to end, through the test client: what is mailed and stored, drafts, going
back and on, refused steps, autofill and the printable policies."""

import json
import re
from datetime import datetime, timedelta

import pytest
import registration_walk
from registration_walk import (
    ACCOUNT_INFORMATION,
    CARD,
    LOGIN_INFORMATION,
    PASSWORD,
    WIZARD,
    account_row,
    errors,
    register,
)
from werkzeug.security import check_password_hash

from simulator.accounts import create_account
from simulator.db import get_db, now, set_now
from simulator.registration import rules, wizard

# The simulator these tests run on (registration_walk.py).
app, client = registration_walk.app, registration_walk.client


def test_registering_without_a_card_mails_an_activation_code_and_stores_only_hashes(app, client):
    register(client)
    row = account_row(app, "sam.okafor1")
    assert row["password_hash"] != PASSWORD and check_password_hash(row["password_hash"], PASSWORD)
    assert (row["upgraded"], row["activated"], row["card_last4"]) == (1, 0, None)
    with app.app_context():
        db = get_db()
        answers = dict(db.execute("SELECT question, answer_hash FROM security_answers WHERE account_id = ?",
                                  (row["id"],)).fetchall())
        assert check_password_hash(answers["In what city were you born?"], "paris")
        letter = db.execute("SELECT * FROM mailbox WHERE recipient = ?", (row["email"],)).fetchone()
        assert letter["kind"] == "letter" and check_password_hash(
            row["activation_code_hash"], letter["code"].replace("-", ""))
        first, last = rules.activation_letter_window(datetime.fromisoformat(letter["sent_at"]))
        assert first <= datetime.fromisoformat(letter["deliver_at"]).date() <= last
        assert db.execute("SELECT COUNT(*) FROM registration_drafts").fetchone()[0] == 0
    thanks = client.get(f"{WIZARD}/thank-you").get_data(as_text=True)
    assert "Thank you for registering with the PACER Service Center" in thanks
    assert "7-10 business days" in thanks


@pytest.mark.parametrize(("email", "government"), [
    ("gale@cbp.example.gov", 1), ("gale@navy.example.mil", 1), ("gale@courts.state.ny.us", 1),
    ("gale@gmail.example.com", 0),
])
def test_a_government_account_outside_gov_mil_us_stays_private_until_verified(app, client, email, government):
    register(client, card=CARD, user_type="FEDERAL GOVERNMENT", government="y", agency="CBP", email=email)
    row = account_row(app, "sam.okafor1")
    assert (row["user_type"], row["government"], row["agency"]) == ("FEDERAL GOVERNMENT", government, "CBP")
    thanks = " ".join(client.get(f"{WIZARD}/thank-you").get_data(as_text=True).split())
    assert ("stays a private account until the PACER Service Center verifies" in thanks) == (government == 0)


def test_registering_with_a_card_activates_at_once_and_mails_nothing(app, client):
    register(client, card=CARD)
    row = account_row(app, "sam.okafor1")
    assert (row["activated"], row["card_last4"], row["activation_code_hash"]) == (1, "1111", None)
    with app.app_context():
        assert get_db().execute("SELECT COUNT(*) FROM mailbox").fetchone()[0] == 0
        assert get_db().execute("SELECT COUNT(*) FROM charges").fetchone()[0] == 0


def test_the_draft_never_holds_the_password_or_answers_in_clear(app, client):
    client.post(f"{WIZARD}/account", data=ACCOUNT_INFORMATION)
    client.post(f"{WIZARD}/login", data=LOGIN_INFORMATION)
    client.post(f"{WIZARD}/payment", data=CARD)
    with app.app_context():
        (data,) = get_db().execute("SELECT data FROM registration_drafts").fetchone()
    for secret in (PASSWORD, "Paris", "paris", "Volvo", "4111"):
        assert secret not in data
    payment = json.loads(data)["payment"]
    assert payment["card"]["last4"] == "1111"
    assert set(payment["entries"]) == {"card_holder", "card_expiry"}


def test_a_later_step_sends_the_user_back_to_the_first_open_one(client):
    assert client.get(f"{WIZARD}/policies").headers["Location"].endswith("/account")
    client.post(f"{WIZARD}/account", data=ACCOUNT_INFORMATION)
    assert client.get(f"{WIZARD}/policies").headers["Location"].endswith("/login")


def test_a_refused_step_keeps_the_other_entries(client):
    response = client.post(f"{WIZARD}/account", data={**ACCOUNT_INFORMATION, "government": "y"})
    assert response.status_code == 422
    assert [field for field, _ in errors(response)] == ["government"]
    page = response.get_data(as_text=True)
    assert 'value="sam.okafor@example.com"' in page and '<option selected value="IL">' in page


def test_a_refused_login_step_never_shows_the_password_or_answers_again_and_says_so(client):
    client.post(f"{WIZARD}/account", data=ACCOUNT_INFORMATION)
    response = client.post(f"{WIZARD}/login", data={**LOGIN_INFORMATION, "username": "short"})
    assert [field for field, _ in errors(response)] == ["username"]
    page = response.get_data(as_text=True)
    for secret in (PASSWORD, "Paris", "Volvo"):
        assert secret not in page
    assert page.count("the answer you typed is not shown again: type it again") == 2
    assert "the password you typed is not shown again" in page
    assert '<option selected value="In what city were you born?">' in page


def test_a_refused_card_never_shows_its_number_or_security_code_again(client):
    client.post(f"{WIZARD}/account", data=ACCOUNT_INFORMATION)
    client.post(f"{WIZARD}/login", data=LOGIN_INFORMATION)
    response = client.post(f"{WIZARD}/payment", data={**CARD, "card_expiry": "01/20", "card_security_code": "9876"})
    assert [field for field, _ in errors(response)] == ["card_expiry"]
    page = response.get_data(as_text=True)
    assert "4111" not in page and "9876" not in page and 'value="Sam Okafor"' in page


@pytest.mark.parametrize("step", ["account", "payment"])
def test_every_field_asks_the_browser_for_a_fitting_autofill(client, step):
    """Tokens the HTML standard allows on a one-line text field, and none on a password field."""
    client.post(f"{WIZARD}/account", data=ACCOUNT_INFORMATION)
    client.post(f"{WIZARD}/login", data=LOGIN_INFORMATION)
    page = client.get(f"{WIZARD}/{step}").get_data(as_text=True)
    fields = re.findall(r"<input [^>]*>", page)
    assert not any('type="password"' in tag for tag in fields)
    tokens = {token for tag in fields for token in re.findall(r'autocomplete="([^"]+)"', tag)}
    assert "street-address" not in tokens  # a multi-line token: the street is one line
    assert tokens <= {"given-name", "family-name", "bday", "email", "tel", "address-line1", "address-level2",
                      "postal-code", "cc-name", "cc-number", "cc-exp", "cc-csc", "off"}


def test_back_keeps_entries_even_when_they_are_not_yet_valid(client):
    client.post(f"{WIZARD}/account", data=ACCOUNT_INFORMATION)
    response = client.post(f"{WIZARD}/login", data={"username": "sam.okafor1", "back": "1"})
    assert response.headers["Location"].endswith("/account")
    page = client.get(f"{WIZARD}/login").get_data(as_text=True)
    assert 'value="sam.okafor1"' in page


def test_going_back_and_on_keeps_the_accepted_password(app, client):
    client.post(f"{WIZARD}/account", data=ACCOUNT_INFORMATION)
    client.post(f"{WIZARD}/login", data={**LOGIN_INFORMATION, "back": "1"})
    client.post(f"{WIZARD}/account", data=ACCOUNT_INFORMATION)
    response = client.post(f"{WIZARD}/login", data={**LOGIN_INFORMATION, "password": "", "confirm_password": "",
                                                    "answer_1": "", "answer_2": ""})
    assert response.headers["Location"].endswith("/payment"), errors(response)


def test_a_user_name_taken_meanwhile_sends_the_user_back_to_step_six(app, client):
    client.post(f"{WIZARD}/account", data=ACCOUNT_INFORMATION)
    client.post(f"{WIZARD}/login", data=LOGIN_INFORMATION)
    client.post(f"{WIZARD}/payment", data={})
    with app.test_request_context("/"):
        create_account(get_db(), login="SAM.OKAFOR1", password=PASSWORD, role="pacer", first_name="Other",
                       last_name="Person", email="other@example.com", created_at=now())
    response = client.post(f"{WIZARD}/policies", data={"acknowledged": "y"})
    assert response.headers["Location"].endswith("/login")
    assert ("username", rules.USERNAME_TAKEN) in errors(client.get(f"{WIZARD}/login"))


def test_an_old_draft_is_forgotten(app, client):
    client.post(f"{WIZARD}/account", data=ACCOUNT_INFORMATION)
    with app.app_context():
        set_now(get_db(), now(get_db()) + timedelta(hours=wizard.DRAFT_HOURS + 1))
    assert client.get(f"{WIZARD}/login").headers["Location"].endswith("/account")


@pytest.mark.parametrize("changes", [
    {"user_type": "HACKER"}, {"date_of_birth": "not a date"}, {"date_of_birth": "2999-01-01"},
    {"first_name": "x" * 5000}, {"email": "no-at-sign"}, {"state": "ZZ"}, {"phone": "call me"},
    {"first_name": "Sam\x00"}, {"postal_code": "ABCDE"},
])
def test_bad_account_information_is_a_message_never_a_server_error(client, changes):
    response = client.post(f"{WIZARD}/account", data={**ACCOUNT_INFORMATION, **changes})
    assert response.status_code == 422
    assert [field for field, _ in errors(response)] == list(changes)


@pytest.mark.parametrize("changes", [
    {"question_1": "What is your favourite colour?"}, {"username": "x" * 5000}, {"password": "p" * 5000},
])
def test_bad_login_information_is_a_message_never_a_server_error(client, changes):
    client.post(f"{WIZARD}/account", data=ACCOUNT_INFORMATION)
    assert client.post(f"{WIZARD}/login", data={**LOGIN_INFORMATION, **changes}).status_code == 422


def test_the_printable_policies_are_a_file_download(client):
    response = client.get("/pacer/policies-and-procedures.txt")
    assert response.headers["Content-Disposition"] == 'attachment; filename="PACER-Policies-and-Procedures.txt"'
    assert "There is no registration fee" in response.get_data(as_text=True)
