"""Manage My Account: activation by the mailed code, the account type, upgrade and linking a CM/ECF filer login."""

from datetime import UTC, datetime

import registration_walk
from registration_walk import PASSWORD, account_row, register, sign_in

from simulator.accounts import create_account, find_account
from simulator.db import get_db, now
from simulator.registration import rules

# The simulator these tests run on (registration_walk.py).
app, client = registration_walk.app, registration_walk.client


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
