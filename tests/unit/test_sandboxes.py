"""Sandboxes: each scenario's own state in a shared simulator, named by header or cookie, never seen by another."""

import os
import time

import pytest

from conftest import FILER_PASSWORD, TOKEN, sign_in
from simulator import create_app
from simulator.sandboxes import COOKIE, HEADER

CONTROL = {"X-Control-Token": TOKEN}


def new_sandbox(client) -> str:
    response = client.post("/_control/sandboxes", headers=CONTROL)
    assert response.status_code == 201, response.get_data(as_text=True)
    answer = response.get_json()
    assert answer["header"] == HEADER and answer["cookie"] == COOKIE
    return answer["id"]


def call(client, sandbox: str | None, method: str, path: str, **fields):
    headers = CONTROL | ({HEADER: sandbox} if sandbox else {})
    if method == "GET":
        return client.get(f"/_control{path}", query_string=fields, headers=headers)
    return client.open(f"/_control{path}", method=method, json=fields or None, headers=headers)


def arrange_everything(client, sandbox: str) -> None:
    """An account, a case with a document, an NEF in the mailbox and a clock a year on, all in `sandbox`."""
    assert call(client, sandbox, "POST", "/accounts", login="avery.filer", password=FILER_PASSWORD, role="filer",
                first_name="Avery", last_name="Lawson", email="avery@example.com").status_code == 201
    assert call(client, sandbox, "POST", "/cases", number="1:24-cv-00031", title="Harbor v. United States",
                attorneys_of_record=["avery.filer"]).status_code == 201
    assert call(client, sandbox, "POST", "/documents", case="1:24-cv-00031", number=1, title="Summons").status_code \
        == 201
    assert call(client, sandbox, "POST", "/nefs", case="1:24-cv-00031", document=1,
                recipient="avery.filer").status_code == 201
    assert call(client, sandbox, "POST", "/clock", days=365).status_code == 200


def test_a_second_sandbox_sees_none_of_the_firsts_accounts_clock_or_mail(client):
    first, second = new_sandbox(client), new_sandbox(client)
    assert first != second
    arrange_everything(client, first)

    assert call(client, first, "GET", "/accounts/avery.filer").status_code == 200
    assert call(client, first, "GET", "/mailbox", to="avery@example.com").get_json()["messages"]
    assert call(client, second, "GET", "/accounts/avery.filer").status_code == 404
    assert call(client, second, "GET", "/mailbox").get_json()["messages"] == []
    first_now = call(client, first, "GET", "/clock").get_json()["now"]
    second_now = call(client, second, "GET", "/clock").get_json()["now"]
    assert first_now[:4] != second_now[:4], (first_now, second_now)
    # Nor does the simulator's own database, which a request naming no sandbox uses.
    assert call(client, None, "GET", "/accounts/avery.filer").status_code == 404
    assert call(client, None, "GET", "/mailbox").get_json()["messages"] == []


def test_a_second_sandbox_cannot_change_the_firsts_data(client):
    first, second = new_sandbox(client), new_sandbox(client)
    arrange_everything(client, first)
    assert call(client, second, "POST", "/reset").status_code == 200
    assert call(client, second, "POST", "/clock", days=-700).status_code == 200
    assert call(client, first, "GET", "/accounts/avery.filer").status_code == 200
    assert call(client, first, "GET", "/nefs", recipient="avery.filer").get_json()["nefs"]


def test_the_browsers_cookie_names_the_sandbox_for_pages(client):
    sandbox = new_sandbox(client)
    assert call(client, sandbox, "POST", "/accounts", login="avery.filer", password=FILER_PASSWORD, role="filer",
                first_name="Avery", last_name="Lawson", email="avery@example.com").status_code == 201
    assert sign_in(client, "avery.filer").status_code == 422  # refused: the simulator's own database has no Avery
    client.set_cookie(COOKIE, sandbox)
    assert sign_in(client, "avery.filer").status_code == 302
    log = call(client, sandbox, "GET", "/access-log", login="avery.filer").get_json()["entries"]
    assert [entry["outcome"] for entry in log][-1] == "success"


def test_a_deleted_sandbox_is_gone_for_good(client):
    sandbox = new_sandbox(client)
    arrange_everything(client, sandbox)
    assert call(client, None, "DELETE", f"/sandboxes/{sandbox}").status_code == 200
    gone = call(client, sandbox, "GET", "/accounts/avery.filer")
    assert gone.status_code == 404 and gone.get_json()["error"] == "No such sandbox"
    assert call(client, None, "DELETE", f"/sandboxes/{sandbox}").status_code == 404
    client.set_cookie(COOKIE, sandbox)
    page = client.get("/")
    assert page.status_code == 404 and b"This sandbox does not exist" in page.data


@pytest.mark.parametrize("bad", ["../simulator", "..%2F..%2Fetc", "a" * 31, "a" * 33, "a" * 31 + ".", "a" * 31 + "/",
                                 ".template" + "a" * 23])
def test_anything_but_a_sandbox_id_is_refused(client, bad):
    answer = call(client, bad, "GET", "/clock")
    assert answer.status_code == 400 and answer.get_json()["error"] == "Not a sandbox id"


def test_the_number_of_live_sandboxes_is_bounded(tmp_path):
    app = create_app({"DATABASE": str(tmp_path / "bounded.sqlite3"), "CONTROL_TOKEN": TOKEN, "SANDBOX_LIMIT": 2})
    client = app.test_client()
    first, _second = new_sandbox(client), new_sandbox(client)
    refused = client.post("/_control/sandboxes", headers=CONTROL)
    assert refused.status_code == 503 and refused.headers["Retry-After"]
    assert refused.get_json()["error"] == "Too many sandboxes"
    assert "2 sandboxes are live, the most this simulator keeps" in refused.get_json()["detail"]
    assert client.get("/_control/sandboxes", headers=CONTROL).get_json()["live"] == 2
    call(client, None, "DELETE", f"/sandboxes/{first}")
    new_sandbox(client)


def age(app, sandbox: str, seconds: float) -> None:
    path = tmp_sandbox_path(app, sandbox)
    past = time.time() - seconds
    os.utime(path, (past, past))


def tmp_sandbox_path(app, sandbox: str) -> str:
    return f"{app.config['DATABASE']}.sandboxes/{sandbox}.sqlite3"


def test_an_idle_sandbox_expires_and_is_swept_when_another_is_made(tmp_path):
    app = create_app({"DATABASE": str(tmp_path / "idle.sqlite3"), "CONTROL_TOKEN": TOKEN, "SANDBOX_LIMIT": 1,
                      "SANDBOX_IDLE_SECONDS": 60})
    client = app.test_client()
    used = new_sandbox(client)
    age(app, used, 59)
    assert call(client, used, "GET", "/clock").status_code == 200  # still within its idle time, and touched
    age(app, used, 61)
    expired = call(client, used, "GET", "/clock")
    assert expired.status_code == 410 and expired.get_json()["error"] == "Sandbox expired"
    idle = new_sandbox(client)
    age(app, idle, 61)
    new_sandbox(client)  # the bound is 1: the idle one was swept to make room
    assert not os.path.exists(tmp_sandbox_path(app, idle))


def test_a_used_sandbox_records_its_last_use(tmp_path):
    app = create_app({"DATABASE": str(tmp_path / "used.sqlite3"), "CONTROL_TOKEN": TOKEN})
    client = app.test_client()
    sandbox = new_sandbox(client)
    age(app, sandbox, 120)
    call(client, sandbox, "GET", "/clock")
    assert time.time() - os.path.getmtime(tmp_sandbox_path(app, sandbox)) < 10


def test_without_the_control_api_there_are_no_sandboxes(tmp_path):
    app = create_app({"DATABASE": str(tmp_path / "public.sqlite3")})
    client = app.test_client()
    assert client.post("/_control/sandboxes").status_code == 404
    client.set_cookie(COOKIE, "a" * 32)
    assert client.get("/").status_code == 200
