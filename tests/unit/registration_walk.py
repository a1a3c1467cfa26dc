"""PACER registration's wizard walked with good entries, over a simulator of its own (no control API, CSRF off):
the fixtures `app`, `client` and `db` and the entries for test_registration_*.py, test_cards.py and
test_manage_my_account.py."""

import re

import pytest

from simulator import create_app
from simulator.db import get_db

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


def sign_in(client, login: str, acknowledged: bool = False) -> None:
    response = client.post("/", data={"login": login, "password": PASSWORD, "acknowledged": "y" * acknowledged})
    assert response.status_code == 302
