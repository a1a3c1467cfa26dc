"""The database keeps its data across restarts, and parallel writers never see "database is locked"."""

from concurrent.futures import ThreadPoolExecutor

from conftest import TOKEN
from simulator import create_app


def make(path):
    return create_app({"DATABASE": str(path), "CONTROL_TOKEN": TOKEN, "WTF_CSRF_ENABLED": False})


def create(client, login):
    return client.post("/_control/accounts", headers={"X-Control-Token": TOKEN}, json={
        "login": login, "password": "Quiet-Harbor-Lamp-42!", "role": "pacer",
        "first_name": "Pat", "last_name": "Moreno", "email": f"{login}@example.com"})


def test_accounts_survive_a_restart(tmp_path):
    database = tmp_path / "simulator.sqlite3"
    assert create(make(database).test_client(), "pat.viewer").status_code == 201
    restarted = make(database).test_client()
    answer = restarted.get("/_control/accounts/pat.viewer", headers={"X-Control-Token": TOKEN})
    assert answer.status_code == 200


def test_parallel_creations_of_one_login_leave_exactly_one_account(tmp_path):
    app = make(tmp_path / "simulator.sqlite3")

    def attempt(_):
        return create(app.test_client(), "same.login").status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(attempt, range(16)))
    assert statuses.count(201) == 1
    assert statuses.count(409) == 15
