"""The rules of the registration steps: user type and government box, tax ID, county, user names, the login
step's password and answers, possible duplicates."""

import re

import pytest
import registration_walk
from registration_walk import ACCOUNT_INFORMATION, CARD, PASSWORD, WIZARD, account_row, errors, register, sign_in

from simulator.accounts import create_account
from simulator.db import now
from simulator.registration import rules

# The simulator these tests run on (registration_walk.py).
app, client, db = registration_walk.app, registration_walk.client, registration_walk.db


@pytest.mark.parametrize(("user_type", "government", "agrees"), [
    ("FEDERAL GOVERNMENT", True, True), ("FEDERAL JUDICIARY", True, True),
    ("STATE OR LOCAL GOVERNMENT", True, True), ("OTHER COMMERCIAL ACCOUNT", False, True),
    ("INDIVIDUAL", False, True), ("STUDENT", False, True),
    ("PLAINTIFF, DEFENDANT, OR DEBTOR IN A CASE", False, True),
    ("FEDERAL GOVERNMENT", False, False), ("INDIVIDUAL", True, False), ("OTHER COMMERCIAL ACCOUNT", True, False),
])
def test_the_government_box_must_agree_with_the_user_type(user_type, government, agrees):
    assert (rules.user_type_problem(user_type, government) is None) is agrees


@pytest.mark.parametrize(("user_type", "tax_id", "problem"), [
    ("OTHER COMMERCIAL ACCOUNT", "12-3456789", None), ("OTHER COMMERCIAL ACCOUNT", "123456789", None),
    ("OTHER COMMERCIAL ACCOUNT", "", rules.TAX_ID_MISSING),
    ("OTHER COMMERCIAL ACCOUNT", "12-345678", rules.TAX_ID_FORMAT),
    ("OTHER COMMERCIAL ACCOUNT", "AB-CDEFGHI", rules.TAX_ID_FORMAT),
    ("OTHER COMMERCIAL ACCOUNT", "\u0661\u0662-3456789", rules.TAX_ID_FORMAT),
    ("OTHER COMMERCIAL ACCOUNT", "07-3456789", rules.TAX_ID_PREFIX),
    ("OTHER COMMERCIAL ACCOUNT", "00-3456789", rules.TAX_ID_PREFIX),
    ("INDIVIDUAL", "", None), ("FEDERAL GOVERNMENT", "not an EIN", None),
])
def test_a_commercial_account_gives_a_business_tax_id_an_ein_with_an_assigned_prefix(user_type, tax_id, problem):
    assert rules.business_tax_id_problem(user_type, tax_id) == problem


@pytest.mark.parametrize(("state", "county", "problem"), [
    ("IL", "Sangamon County", None), ("IL", "", rules.COUNTY_MISSING), ("", "", None),
])
def test_the_county_is_required_once_a_state_is_chosen(state, county, problem):
    assert rules.county_problem(state, county) == problem


def test_the_county_and_a_commercial_accounts_tax_id_are_kept_with_the_account(app, client):
    register(client, card=CARD, user_type="OTHER COMMERCIAL ACCOUNT", tax_id="123456789", county="Sangamon County")
    row = account_row(app, "sam.okafor1")
    assert (row["county"], row["tax_id"]) == ("Sangamon County", "12-3456789")
    sign_in(client, "sam.okafor1")
    page = " ".join(client.get("/pacer/account").get_data(as_text=True).split())
    assert "<td>Sangamon County</td>" in page and "<td>ending in 6789</td>" in page and "3456789" not in page


def test_another_user_types_tax_id_is_neither_checked_nor_kept(app, client):
    register(client, card=CARD, user_type="INDIVIDUAL", tax_id="not an EIN \t")
    assert account_row(app, "sam.okafor1")["tax_id"] is None


def test_a_refused_tax_id_or_county_is_said_beside_it_and_keeps_the_other_entries(client):
    response = client.post(f"{WIZARD}/account", data={**ACCOUNT_INFORMATION, "user_type": "OTHER COMMERCIAL ACCOUNT",
                                                      "tax_id": "07-1234567", "county": ""})
    assert errors(response) == [("tax_id", rules.TAX_ID_PREFIX), ("county", rules.COUNTY_MISSING)]
    page = response.get_data(as_text=True)
    assert 'value="07-1234567"' in page and 'value="sam.okafor@example.com"' in page


def test_without_script_the_county_and_tax_id_are_shown_and_the_script_is_a_file(client):
    page = client.get(f"{WIZARD}/account").get_data(as_text=True)
    for field in ("county", "tax_id"):
        part = re.search(rf'<div data-shown-with="[^"]*"[^>]*>\s*<div class="field">\s*<label for="{field}"', page)
        assert part and " hidden" not in part.group(0), field
    assert '<script src="/static/registration.js" defer></script>' in page
    assert "<script>" not in page


def test_manage_my_account_says_a_government_account_stays_private_until_verified(app, client):
    register(client, card=CARD, user_type="FEDERAL GOVERNMENT", government="y", agency="CBP",
              email="gale@gmail.example.com")
    sign_in(client, "sam.okafor1")
    page = " ".join(client.get("/pacer/account").get_data(as_text=True).split())
    assert "<td>Not yet verified</td>" in page
    assert "stays a private account until the PACER Service Center verifies" in page


def test_user_names_are_unique_whatever_the_case(db):
    create_account(db, login="taken.name1", password=PASSWORD, role="pacer", first_name="Pat",
                   last_name="Moreno", email="pat@example.com", created_at=now(db))
    assert rules.username_problem(db, "TAKEN.NAME1") == rules.USERNAME_TAKEN
    assert rules.username_problem(db, "short") == "A user name has 8 to 64 characters."
    assert "only letters" in rules.username_problem(db, "has spaces in it")
    assert rules.username_problem(db, "free.name1") is None


def login_problems(db, **changes):
    arguments = dict(username="sam.okafor1", password=PASSWORD, confirm=PASSWORD,
                     questions=[("In what city were you born?", "Paris"), ("What was the make of your first car?",
                                                                            "Volvo")],
                     names=("Sam", "", "Okafor", "sam@example.com"), kept_password=False, kept_answers=set())
    return rules.login_problems(db, **{**arguments, **changes})


def test_step_six_accepts_good_entries(db):
    assert login_problems(db) == {}


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"password": "Short-1!", "confirm": "Short-1!"}, "password", "14 to 45 characters"),
    ({"password": "Okafor-Lantern-2026!", "confirm": "Okafor-Lantern-2026!"}, "password", "must not contain"),
    ({"password": "Sam.Okafor1-Lantern!", "confirm": "Sam.Okafor1-Lantern!"}, "password", "must not contain"),
    ({"confirm": "Something-Else-2026!"}, "confirm_password", "do not match"),
    ({"password": "", "confirm": ""}, "password", "Choose a password."),
    ({"questions": [("In what city were you born?", "Paris"), ("In what city were you born?", "Rome")]},
     "question_2", "different question"),
    ({"questions": [("In what city were you born?", ""), ("What was the make of your first car?", "Volvo")]},
     "answer_1", "Answer security question 1."),
])
def test_step_six_refuses(db, changes, field, message):
    assert message in login_problems(db, **changes)[field]


def test_a_password_or_answer_accepted_before_may_be_left_blank(db):
    assert login_problems(db, password="", confirm="", kept_password=True,
                          questions=[("In what city were you born?", ""), ("What was the make of your first car?",
                                                                           "Volvo")],
                          kept_answers={"In what city were you born?"}) == {}


def test_a_possible_duplicate_needs_two_matching_details(db):
    create_account(db, login="pat.viewer1", password=PASSWORD, role="pacer", first_name="Pat", last_name="Moreno",
                   email="pat@example.com", created_at=now(db), date_of_birth="1970-01-01")
    same = {"first_name": "pat", "last_name": "MORENO", "date_of_birth": "1999-09-09", "email": "PAT@example.com"}
    assert rules.possible_duplicate(db, same)
    assert not rules.possible_duplicate(db, {**same, "email": "other@example.com"})
