"""Sign-in rules: credentials, redaction acknowledgement, client code, lockout, sessions, resets."""

import re

import pytest

from conftest import FILER_PASSWORD, sign_in
from simulator import accounts
from simulator.accounts import password_problem


def test_the_sign_in_page_is_the_root_and_carries_the_court_and_title(client):
    page = client.get("/").get_data(as_text=True)
    assert "<h1>CM/ECF Filer or PACER Login</h1>" in page
    assert "United States Court of International Trade" in page
    assert "All activities and access attempts are logged." in page


def test_a_filer_signs_in_and_lands_on_the_main_menu(client, filer):
    response = sign_in(client, filer)
    assert response.status_code == 302
    assert response.headers["Location"] == "/cmecf"
    assert "File a document" in client.get("/cmecf").get_data(as_text=True)


def test_a_filer_who_does_not_acknowledge_is_refused_and_keeps_entries(client, filer):
    response = sign_in(client, filer, acknowledged=False, client_code="ACME-1")
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "All filers must redact" in page
    assert 'value="avery.filer"' in page and 'value="ACME-1"' in page
    assert FILER_PASSWORD not in page


def test_a_viewer_needs_no_acknowledgement(client, viewer):
    assert sign_in(client, viewer, acknowledged=False).status_code == 302


@pytest.mark.parametrize("login,password", [("avery.filer", "Wrong-Password-1!"), ("nobody", FILER_PASSWORD)])
def test_wrong_credentials_get_one_generic_message(client, filer, login, password):
    page = sign_in(client, login, password).get_data(as_text=True)
    assert "Invalid username or password." in page


def alert(response) -> str:
    return re.search(r'role="alert">([^<]*)<', response.get_data(as_text=True)).group(1)


def fail(client, login, times=1):
    return [sign_in(client, login, "Wrong-Password-1!") for _ in range(times)][-1]


def test_five_failures_do_not_lock_the_login(client, filer):
    assert alert(fail(client, filer, 5)) == "Invalid username or password."
    assert sign_in(client, filer).status_code == 302


def test_the_sixth_failure_locks_the_login_for_five_minutes(client, control, filer):
    assert "locked; try again in 5 minutes" in alert(fail(client, filer, 6))
    control("POST", "/clock", minutes=4)
    assert "Too many failed sign-in attempts" in alert(sign_in(client, filer))
    control("POST", "/clock", minutes=6)
    assert sign_in(client, filer).status_code == 302


def test_each_attempt_while_locked_adds_five_minutes(client, control, filer):
    fail(client, filer, 6)
    control("POST", "/clock", minutes=4)
    assert "try again in 6 minutes" in alert(sign_in(client, filer))
    assert "try again in 11 minutes" in alert(sign_in(client, filer))
    control("POST", "/clock", minutes=11)
    assert sign_in(client, filer).status_code == 302


def test_counting_starts_again_after_a_success_or_when_a_lock_ends(client, control, filer):
    fail(client, filer, 5)
    sign_in(client, filer)
    assert alert(fail(client, filer, 5)) == "Invalid username or password."
    assert "locked" in alert(fail(client, filer))
    control("POST", "/clock", minutes=5)
    assert alert(fail(client, filer, 5)) == "Invalid username or password."


def test_a_login_nobody_has_is_answered_and_locked_exactly_like_a_real_one(client, control, filer):
    for times in (1, 4, 1):
        assert alert(fail(client, "nobody.here", times)) == alert(fail(client, filer, times))
    control("POST", "/clock", minutes=2)
    assert alert(sign_in(client, "nobody.here")) == alert(sign_in(client, filer))


def test_a_login_nobody_has_costs_one_password_check_like_a_real_one(client, filer, monkeypatch):
    checks = []
    original = accounts.check_secret
    monkeypatch.setattr(accounts, "check_secret", lambda *args: checks.append(1) or original(*args))
    fail(client, filer)
    fail(client, "nobody.here")
    assert checks == [1, 1]


def test_a_password_reset_lifts_the_lock(client, control, filer):
    fail(client, filer, 6)
    client.post("/password/lost", data={"login": filer, "email": "avery@example.com"})
    new = "Bright-Meadow-Stone-77#"
    client.post(reset_link(control, "avery@example.com"), data={"password": new, "confirm": new})
    assert sign_in(client, filer, new).status_code == 302


def test_every_attempt_is_in_the_access_log(client, control, filer):
    sign_in(client, filer, "Wrong-Password-1!")
    sign_in(client, filer, acknowledged=False)
    sign_in(client, filer)
    outcomes = [e["outcome"] for e in control("GET", "/access-log?login=avery.filer")["entries"]]
    assert outcomes == ["failed", "refused", "success"]


@pytest.mark.parametrize("code,message", [
    ("ACME 1", "cannot contain spaces or commas"),
    ("ACME,1", "cannot contain spaces or commas"),
    ("X" * 33, "at most 32 characters"),
])
def test_a_bad_client_code_is_refused_beside_its_field(client, viewer, code, message):
    page = sign_in(client, viewer, client_code=code).get_data(as_text=True)
    assert re.search(rf'id="client_code-error">[^<]*{message}', page)


def test_sign_out_ends_the_session_on_the_server(client, filer):
    sign_in(client, filer)
    with client.session_transaction() as session:
        stolen = dict(session)
    client.post("/sign-out")
    with client.session_transaction() as session:
        session.update(stolen)
    assert client.get("/cmecf").status_code == 302


def test_signing_in_issues_a_new_session_identifier(client, filer):
    sign_in(client, filer)
    with client.session_transaction() as session:
        first = session["sid"]
    client.post("/sign-out")
    sign_in(client, filer)
    with client.session_transaction() as session:
        assert session["sid"] != first


def test_after_sign_in_only_local_pages_are_followed(client, filer):
    response = client.post("/?next=//evil.example/", data={
        "login": filer, "password": FILER_PASSWORD, "acknowledged": "y", "next": "//evil.example/"})
    assert response.headers["Location"] == "/cmecf"


def reset_link(control, email):
    messages = control("GET", f"/mailbox?to={email}")["messages"]
    return next(m["link"] for m in messages if "Reset" in m["subject"])


def test_a_password_reset_link_works_once(client, control, filer):
    client.post("/password/lost", data={"login": filer, "email": "avery@example.com"})
    link = reset_link(control, "avery@example.com")
    new = "Bright-Meadow-Stone-77#"
    assert "Password changed" in client.post(link, data={"password": new, "confirm": new}).get_data(as_text=True)
    assert client.get(link).status_code == 410
    assert sign_in(client, filer, new).status_code == 302
    assert sign_in(client, filer, FILER_PASSWORD).status_code == 422


def test_a_password_reset_link_expires_after_an_hour(client, control, filer):
    client.post("/password/lost", data={"login": filer, "email": "avery@example.com"})
    link = reset_link(control, "avery@example.com")
    control("POST", "/clock", minutes=61)
    assert client.get(link).status_code == 410


def test_a_reset_request_for_a_wrong_address_sends_nothing_and_answers_the_same(client, control, filer):
    answer = client.post("/password/lost", data={"login": filer, "email": "other@example.com"})
    assert "If the login and e-mail address match an account" in answer.get_data(as_text=True)
    assert control("GET", "/mailbox?to=avery@example.com")["messages"] == []


@pytest.mark.parametrize("password,problem", [
    ("Short-1!", "14 to 45 characters"),
    ("a" * 46 + "A!", "14 to 45 characters"),
    ("no-capitals-here-42!", "upper-case"),
    ("NO-LOWER-CASE-42!", "lower-case"),
    ("NoSpecialCharacter42", "special character"),
    ("Avery-Was-Here-2026!", "must not contain your name"),
])
def test_the_password_rules(password, problem):
    assert problem in password_problem(password, names=("Avery", "Lawson", "avery.filer"))


def test_a_strong_password_passes():
    assert password_problem("Quiet-Harbor-Lamp-42!", names=("Avery", "Lawson")) is None
