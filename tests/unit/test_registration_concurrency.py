"""Parallel registrations of one user name: exactly one account, and everyone else told the name is taken."""

import http.cookiejar
import re
import threading
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from simulator import create_app
from simulator.db import get_db
from simulator.registration import rules
from simulator.registration.wizard import WIZARD_STEPS
from simulator.server import BackgroundServer

WIZARD = "/pacer/register/case-search-only"
PASSWORD = "Harbor-Lantern-2026!"
PEOPLE = 8


def steps_for(person: int, username: str) -> list[tuple[str, dict]]:
    """Different people (names, e-mail addresses) who all chose one user name, without a card."""
    return [
        ("account", {"user_type": "INDIVIDUAL", "first_name": f"Sam{chr(65 + person)}", "last_name": "Okafor",
                     "date_of_birth": f"19{60 + person}-02-03", "email": f"sam{person}@example.com",
                     "phone": "202-555-0143", "street": "1 Main Street", "city": "Springfield", "state": "IL",
                     "county": "Sangamon County", "postal_code": "62701"}),
        ("login", {"username": username, "password": PASSWORD, "confirm_password": PASSWORD,
                   "question_1": "In what city were you born?", "answer_1": "Paris",
                   "question_2": "What was the make of your first car?", "answer_2": "Volvo"}),
        ("payment", {}),
    ]


@pytest.fixture
def app(tmp_path):
    return create_app({"DATABASE": str(tmp_path / "simulator.sqlite3"), "WTF_CSRF_ENABLED": False,
                       "SECRET_KEY": "unit-tests", "PASSWORD_HASH_METHOD": "scrypt:4096:8:1"})


class ClientWizard:
    """One person's browser, as a Flask test client of the shared app."""

    def __init__(self, app, base: str):
        self.client = app.test_client()

    def post(self, path: str, data: dict) -> tuple[int, str]:
        response = self.client.post(path, data=data)
        return response.status_code, response.headers.get("Location", "")

    def page(self, path: str) -> str:
        return self.client.get(path).get_data(as_text=True)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class HttpWizard:
    """One person's browser, over real HTTP to the simulator on waitress, with its own cookies."""

    def __init__(self, app, base: str):
        self.base = base
        cookies = urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        self.opener = urllib.request.build_opener(cookies, _NoRedirects)

    def _open(self, path: str, data: dict | None = None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        try:
            return self.opener.open(self.base + path, data=body, timeout=60)
        except urllib.error.HTTPError as answer:  # 3xx and 4xx arrive as errors without redirect handling
            return answer

    def post(self, path: str, data: dict) -> tuple[int, str]:
        with self._open(path, data) as response:
            return response.status, response.headers.get("Location", "")

    def page(self, path: str) -> str:
        with self._open(path) as response:
            return response.read().decode()


@pytest.fixture(params=["test clients", "real HTTP"])
def wizards(request, app):
    """PEOPLE independent browsers on one simulator."""
    if request.param == "test clients":
        yield [ClientWizard(app, "") for _ in range(PEOPLE)]
        return
    with BackgroundServer(app, threads=PEOPLE) as server:
        yield [HttpWizard(app, server.url) for _ in range(PEOPLE)]


def race(wizards, chosen: list[str]) -> list[tuple[int, str]]:
    """Each person completes steps 5 to 7 with their user name, then all submit the policies at one moment."""
    start = threading.Barrier(len(wizards))

    def register(person: int) -> tuple[int, str]:
        wizard = wizards[person]
        for step, data in steps_for(person, chosen[person]):
            status, location = wizard.post(f"{WIZARD}/{step}", data)
            following = WIZARD_STEPS[WIZARD_STEPS.index(step) + 1]
            assert (status, location.rsplit("/", 1)[-1]) == (302, following), (person, step, status, location)
        start.wait(timeout=60)
        return wizard.post(f"{WIZARD}/policies", {"acknowledged": "y"})

    with ThreadPoolExecutor(max_workers=len(wizards)) as pool:
        return list(pool.map(register, range(len(wizards))))


@pytest.mark.parametrize("chosen", [["sam.okafor1"] * PEOPLE,
                                    ["sam.okafor1" if n % 2 else "SAM.Okafor1" for n in range(PEOPLE)]],
                         ids=["the same user name", "one user name in different cases"])
def test_parallel_registrations_of_one_user_name_make_exactly_one_account(app, wizards, chosen):
    outcomes = race(wizards, chosen)
    thanked = [n for n, (_, location) in enumerate(outcomes) if location.endswith("/thank-you")]
    sent_back = [n for n, (_, location) in enumerate(outcomes) if location.endswith("/login")]
    assert (len(thanked), len(sent_back)) == (1, PEOPLE - 1), outcomes
    for n in sent_back:
        page = wizards[n].page(f"{WIZARD}/login")
        assert re.search(r'id="username-error">' + re.escape(rules.USERNAME_TAKEN), page), page
    winner = chosen[thanked[0]]
    with app.app_context():
        db = get_db()
        accounts = db.execute("SELECT id, login, email FROM accounts").fetchall()
        assert [(row["login"], row["email"]) for row in accounts] == [(winner, f"sam{thanked[0]}@example.com")]
        # Nothing half-made: the one account has its two answers and its letter, and nothing else was written.
        assert [row[0] for row in db.execute("SELECT account_id FROM security_answers")] == [accounts[0]["id"]] * 2
        assert db.execute("SELECT COUNT(*) FROM mailbox WHERE kind = 'letter'").fetchone()[0] == 1
        assert db.execute("SELECT COUNT(*) FROM access_log WHERE event = 'registration'").fetchone()[0] == 1
        # The people sent back keep their drafts, to choose another name; the one thanked has none left.
        assert db.execute("SELECT COUNT(*) FROM registration_drafts").fetchone()[0] == PEOPLE - 1


def test_a_second_click_on_submit_thanks_the_person_instead_of_calling_the_name_taken(app):
    """The second request of a double click loaded the draft before the first one created the account."""
    wizard = ClientWizard(app, "")
    for step, data in steps_for(0, "double.clicker"):
        wizard.post(f"{WIZARD}/{step}", data)
    with app.app_context():
        (draft_row,) = get_db().execute("SELECT * FROM registration_drafts").fetchall()
    with wizard.client.session_transaction() as session:
        cookie_before = dict(session)
    assert wizard.post(f"{WIZARD}/policies", {"acknowledged": "y"})[1].endswith("/thank-you")
    # The second request carries the cookie and finds the draft as they were before the first answer.
    with app.app_context():
        get_db().execute("INSERT INTO registration_drafts VALUES (?, ?, ?)", tuple(draft_row))
    with wizard.client.session_transaction() as session:
        session.clear()
        session.update(cookie_before)
    status, location = wizard.post(f"{WIZARD}/policies", {"acknowledged": "y"})
    assert (status, location.rsplit("/", 1)[-1]) == (302, "thank-you")
    with app.app_context():
        assert get_db().execute("SELECT COUNT(*) FROM accounts WHERE login = 'double.clicker'").fetchone()[0] == 1
