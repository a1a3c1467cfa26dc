"""Unit tests of the PACER registration rules: cards, mail delivery, the wizard, activation and linking."""

import json
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from werkzeug.security import check_password_hash

from simulator import create_app
from simulator.accounts import create_account, find_account
from simulator.cards import card_digits, check_card, expired, luhn_valid, parse_expiry
from simulator.db import get_db, now, set_now
from simulator.registration import rules, wizard

PASSWORD = "Harbor-Lantern-2026!"
WIZARD = "/pacer/register/case-search-only"
ACCOUNT_INFORMATION = {
    "user_type": "INDIVIDUAL", "first_name": "Sam", "last_name": "Okafor", "date_of_birth": "1980-02-03",
    "email": "sam.okafor@example.com", "phone": "202-555-0143", "street": "1 Main Street",
    "city": "Springfield", "state": "IL", "county": "Sangamon County", "postal_code": "62701",
}
LOGIN_INFORMATION = {
    "username": "sam.okafor1", "password": PASSWORD, "confirm_password": PASSWORD,
    "question_1": "In what city were you born?", "answer_1": " Paris ",
    "question_2": "What was the make of your first car?", "answer_2": "Volvo",
}
CARD = {"card_holder": "Sam Okafor", "card_number": "4111 1111 1111 1111", "card_expiry": "12/39",
        "card_security_code": "123"}


@pytest.fixture
def app(tmp_path):
    return create_app({"DATABASE": str(tmp_path / "simulator.sqlite3"), "WTF_CSRF_ENABLED": False,
                       "SECRET_KEY": "unit-tests", "TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def db(app):
    with app.test_request_context("/"):
        yield get_db()


def errors(response) -> list[str]:
    return re.findall(r'class="error" id="([\w-]+)-error">([^<]*)<', response.get_data(as_text=True))


def register(client, *, card: dict | None = None, **account_information) -> None:
    """Walks the wizard with good entries, changing the account information as given."""
    steps = [("account", {**ACCOUNT_INFORMATION, **account_information}), ("login", LOGIN_INFORMATION),
             ("payment", card or {}), ("policies", {"acknowledged": "y"})]
    for step, data in steps:
        response = client.post(f"{WIZARD}/{step}", data=data)
        assert response.status_code == 302, (step, errors(response))


def account_row(app, login: str):
    with app.app_context():
        return get_db().execute("SELECT * FROM accounts WHERE login = ?", (login,)).fetchone()


# Cards, as a processor checks them.

@pytest.mark.parametrize(("number", "valid"), [
    ("4111111111111111", True), ("4111111111111112", False), ("378282246310005", True),
    ("5555555555554444", True), ("5555555555554445", False), ("4222222222222", True),
])
def test_luhn_checksum(number, valid):
    assert luhn_valid(number) is valid


@pytest.mark.parametrize(("typed", "digits"), [
    ("4111 1111 1111 1111", "4111111111111111"), ("4111-1111-1111-1111", "4111111111111111"),
    ("4111", None), ("4111 1111 1111 111a", None), ("4" * 20, None), ("٤١١١١١١١١١١١١١١١", None), ("", None),
])
def test_card_digits(typed, digits):
    assert card_digits(typed) == digits


@pytest.mark.parametrize(("typed", "parsed"), [
    ("04/29", (4, 2029)), ("4/2029", (4, 2029)), ("12 / 30", (12, 2030)), ("13/29", None), ("00/29", None),
    ("0429", None), ("", None),
])
def test_parse_expiry(typed, parsed):
    assert parse_expiry(typed) == parsed


def test_a_card_is_good_through_the_last_day_of_its_month():
    assert not expired(2, 2028, date(2028, 2, 29))
    assert expired(2, 2028, date(2028, 3, 1))


def test_check_card_declines_a_bad_checksum_and_an_expired_card():
    check = check_card(holder="Sam", number="4111111111111112", expiry="01/20", security_code="123",
                       today=date(2026, 6, 1))
    assert not check.accepted
    assert check.problems["card_number"].startswith("The card was declined")
    assert check.problems["card_expiry"].startswith("The card was declined: it expired at the end of 01/2020")


def test_check_card_accepts_a_good_card_and_keeps_only_the_last_four_digits():
    check = check_card(holder="Sam", number="4111 1111 1111 1111", expiry="12/39", security_code="123",
                       today=date(2026, 6, 1))
    assert check.accepted and check.last4 == "1111"


def test_payment_without_any_card_details_means_no_card():
    assert rules.payment_decision(holder="", number="", expiry="", security_code="", kept_card=None,
                                         today=date(2026, 6, 1)) == (None, {})


def test_payment_with_half_the_card_details_asks_for_the_rest():
    card, problems = rules.payment_decision(holder="Sam", number="", expiry="", security_code="",
                                                   kept_card=None, today=date(2026, 6, 1))
    assert card is None and "card_number" in problems


# The activation letter by U.S. mail.

def test_the_letter_skips_weekends_and_federal_holidays():
    # Friday, January 16, 2026; Monday the 19th is Martin Luther King, Jr. Day.
    sent = datetime(2026, 1, 16, 15, 0, tzinfo=UTC)
    assert rules.activation_letter_arrives(sent, 7) == datetime(2026, 1, 28, 15, 0, tzinfo=UTC)
    assert rules.activation_letter_arrives(sent, 10) == datetime(2026, 2, 2, 15, 0, tzinfo=UTC)
    assert rules.activation_letter_window(sent) == (date(2026, 1, 28), date(2026, 2, 2))


def test_thanksgiving_and_christmas_do_not_count():
    sent = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)  # the day before Thanksgiving
    assert rules.activation_letter_window(sent) == (date(2026, 12, 7), date(2026, 12, 10))
    sent = datetime(2026, 12, 22, 9, 0, tzinfo=UTC)  # Christmas is a Friday; New Year's Day too
    assert rules.activation_letter_window(sent)[0] == date(2027, 1, 4)


def test_a_new_years_day_on_a_saturday_is_observed_on_the_friday_before_in_the_year_before():
    # January 1, 2028 is a Saturday: Friday, December 31, 2027 is the holiday (and Friday the 24th
    # is Christmas's). A calendar kept year by year counted December 31 as a business day.
    sent = datetime(2027, 12, 21, 9, 0, tzinfo=UTC)
    assert rules.activation_letter_window(sent) == (date(2028, 1, 3), date(2028, 1, 6))


def test_juneteenth_is_a_federal_holiday_from_2021_only():
    assert rules.activation_letter_arrives(datetime(2020, 6, 18, 9, 0, tzinfo=UTC), 1).date() == date(2020, 6, 19)
    assert rules.activation_letter_arrives(datetime(2021, 6, 17, 9, 0, tzinfo=UTC), 1).date() == date(2021, 6, 21)


# The rules of the steps.

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


# The wizard end to end, through the test client.

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


# Manage My Account: activation, upgrade, linking.

def sign_in(client, login: str, acknowledged: bool = False) -> None:
    response = client.post("/", data={"login": login, "password": PASSWORD, "acknowledged": "y" * acknowledged})
    assert response.status_code == 302


def test_the_mailed_code_activates_case_search_and_a_wrong_one_does_not(app, client):
    register(client)
    with app.app_context():
        code = get_db().execute("SELECT code FROM mailbox").fetchone()["code"]
    sign_in(client, "sam.okafor1")
    response = client.post("/pacer/account/activate", data={"code": "ABCD-EFGH-JKLM"})
    assert response.status_code == 422 and "not right" in response.get_data(as_text=True)
    assert account_row(app, "sam.okafor1")["activated"] == 0
    response = client.post("/pacer/account/activate", data={"code": code.lower().replace("-", " ")})
    assert response.headers["Location"].endswith("done=activated")
    assert account_row(app, "sam.okafor1")["activated"] == 1


def make_accounts(app, *, legacy: bool):
    with app.test_request_context("/"):
        db = get_db()
        create_account(db, login="avery.filer", password=PASSWORD, role="filer", first_name="Avery",
                       last_name="Lawson", email="avery@example.com", created_at=now(db))
        create_account(db, login="avery.pacer", password=PASSWORD, role="pacer", first_name="Avery",
                       last_name="Lawson", email="avery@example.com",
                       created_at=datetime(2013, 3, 4, tzinfo=UTC) if legacy else now(db))


def test_manage_my_account_shows_the_account_type(app, client):
    make_accounts(app, legacy=True)
    sign_in(client, "avery.pacer")
    assert "Legacy PACER Account (Upgrade)" in client.get("/pacer/account").get_data(as_text=True)


def test_a_legacy_account_cannot_link_until_upgraded(app, client):
    make_accounts(app, legacy=True)
    sign_in(client, "avery.pacer")
    refused = client.post("/pacer/account/link", data={"login": "avery.filer", "password": PASSWORD})
    assert refused.status_code == 403 and rules.LEGACY_LINK_REFUSED in refused.get_data(as_text=True)
    assert client.post("/pacer/account/upgrade", data={}).status_code == 422
    assert client.post("/pacer/account/upgrade", data={"acknowledged": "y"}).status_code == 302
    assert account_row(app, "avery.pacer")["upgraded"] == 1


def test_linking_needs_the_right_password_and_a_confirmation(app, client):
    make_accounts(app, legacy=False)
    sign_in(client, "avery.pacer")
    wrong = client.post("/pacer/account/link", data={"login": "avery.filer", "password": "Wrong-Password-2026!"})
    assert wrong.status_code == 422 and "Invalid username or password." in wrong.get_data(as_text=True)
    right = client.post("/pacer/account/link", data={"login": "avery.filer", "password": PASSWORD})
    assert right.headers["Location"].endswith("/pacer/account/link/confirm")
    assert account_row(app, "avery.pacer")["linked_filer_id"] is None
    assert client.post("/pacer/account/link/confirm").headers["Location"].endswith("done=linked")
    with app.app_context():
        assert find_account(get_db(), "avery.pacer").can_file


def test_a_pacer_login_is_not_a_cmecf_account_to_link(app, client):
    make_accounts(app, legacy=False)
    with app.test_request_context("/"):
        create_account(get_db(), login="other.pacer", password=PASSWORD, role="pacer", first_name="O",
                       last_name="P", email="o@example.com", created_at=now())
    sign_in(client, "avery.pacer")
    response = client.post("/pacer/account/link", data={"login": "other.pacer", "password": PASSWORD})
    assert "not a CM/ECF filer login" in response.get_data(as_text=True)


def test_manage_my_account_asks_a_filer_to_sign_in_with_pacer(app, client):
    make_accounts(app, legacy=False)
    sign_in(client, "avery.filer", acknowledged=True)
    assert client.get("/pacer/account").status_code == 403


def test_manage_my_account_asks_to_sign_in_first(client):
    assert client.get("/pacer/account").headers["Location"] == "/?next=/pacer/account"
