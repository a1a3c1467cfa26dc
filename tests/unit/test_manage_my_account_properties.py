"""Property-based checks of Manage My Account: activation, upgrade and linking answer anything with a page and
change nothing by it; the account type check leads back only to a page of this site."""

from datetime import timedelta
from urllib.parse import urlsplit

import pytest
import registration_examples
from hypothesis import assume, given
from hypothesis import strategies as st
from registration_examples import FORM_SETTINGS, NASTY, PASSWORD, assert_a_page_and_nothing_raw, errors

from simulator.accounts import create_account
from simulator.db import get_db, now

# The simulator these checks run on (registration_examples.py).
app = registration_examples.app


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
