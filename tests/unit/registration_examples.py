"""What the property checks of registration send (good entries, and anything a form may receive), and a
simulator of their own with cheap hashing: the fixtures `app` and `user_names` for the *_properties.py tests."""

import itertools
import re
from datetime import date

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from fixtures.hostile import HOSTILE_INPUTS
from simulator import create_app
from simulator.db import get_db
from simulator.registration import wizard

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
