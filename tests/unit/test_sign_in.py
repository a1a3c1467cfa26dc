"""Sign-in rules: credentials, redaction acknowledgement, client code, lockout, deactivation, sessions and the
password rules. A forgotten password or user name is `test_lost_password.py`."""

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


def test_the_form_has_login_and_reset_buttons(client):
    page = client.get("/").get_data(as_text=True)
    assert '<button type="submit">Login</button>' in page
    assert '<button type="reset" class="secondary">Reset</button>' in page


def test_each_page_prints_the_service_center_number_as_its_source_page_does(client):
    assert "(800) 676-6856" in client.get("/").get_data(as_text=True)
    pacer_page = client.get("/pacer/register-for-cit").get_data(as_text=True)
    assert "800-676-6856" in pacer_page and "(800) 676-6856" not in pacer_page


def test_a_filer_signs_in_and_lands_on_the_main_menu(client, filer):
    response = sign_in(client, filer)
    assert response.status_code == 302
    assert response.headers["Location"] == "/cmecf"
    assert "CM/ECF main menu" in client.get("/cmecf").get_data(as_text=True)


def test_a_pacer_account_linked_to_a_filer_must_acknowledge(client, control, filer):
    control("POST", "/accounts", login="avery.pacer", password=FILER_PASSWORD, role="pacer", first_name="Avery",
            last_name="Lawson", email="avery@example.com", linked_filer=filer)
    assert "All filers must redact" in sign_in(client, "avery.pacer", acknowledged=False).get_data(as_text=True)
    assert sign_in(client, "avery.pacer").status_code == 302


@pytest.mark.parametrize("unused,deactivated", [
    ({"days": 365 * 2}, False), ({"days": 365 * 2 + 2}, True)])
def test_an_account_unused_for_more_than_two_years_is_deactivated(client, control, filer, unused, deactivated):
    control("POST", "/clock", **unused)
    response = sign_in(client, filer)
    assert (accounts.DEACTIVATED in response.get_data(as_text=True)) is deactivated
    assert (response.status_code == 302) is not deactivated


def test_the_two_years_count_from_the_last_sign_in(client, control, filer):
    sign_in(client, filer)
    client.post("/sign-out")
    control("POST", "/clock", days=400)
    assert sign_in(client, filer).status_code == 302
    control("POST", "/clock", days=700)
    assert sign_in(client, filer).status_code == 302


def test_deactivation_is_told_only_to_someone_with_the_right_password(client, control, filer):
    control("POST", "/clock", days=800)
    assert alert(sign_in(client, filer, "Wrong-Password-1!")) == "Invalid username or password."
    assert "(800) 676-6856" in alert(sign_in(client, filer))


def test_an_account_arranged_in_the_past_is_in_use_unless_told_otherwise(client, control):
    control("POST", "/accounts", login="lee.legacy", password=FILER_PASSWORD, role="pacer", first_name="Lee",
            last_name="Okafor", email="lee@example.com", created_at="2013-03-04T15:00:00+00:00")
    assert sign_in(client, "lee.legacy").status_code == 302


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
