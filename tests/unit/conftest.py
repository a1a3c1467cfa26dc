"""The simulator with a temporary database, driven by Flask's test client (no browser)."""

import pytest

from simulator import create_app

TOKEN = "unit-test-token"


@pytest.fixture
def app(tmp_path):
    return create_app({
        "DATABASE": str(tmp_path / "simulator.sqlite3"),
        "CONTROL_TOKEN": TOKEN,
        "WTF_CSRF_ENABLED": False,
        "TESTING": True,
    })


@pytest.fixture
def client(app):
    return app.test_client()


class Control:
    """The control API through the test client."""

    def __init__(self, client):
        self.client = client

    def __call__(self, method: str, path: str, **json):
        response = self.client.open(f"/_control{path}", method=method, json=json or None,
                                    headers={"X-Control-Token": TOKEN})
        assert response.status_code < 400, response.get_data(as_text=True)
        return response.get_json()


@pytest.fixture
def control(client):
    return Control(client)


FILER_PASSWORD = "Quiet-Harbor-Lamp-42!"


@pytest.fixture
def filer(control):
    control("POST", "/accounts", login="avery.filer", password=FILER_PASSWORD, role="filer",
            first_name="Avery", last_name="Lawson", email="avery@example.com")
    return "avery.filer"


@pytest.fixture
def viewer(control):
    control("POST", "/accounts", login="pat.viewer", password=FILER_PASSWORD, role="pacer",
            first_name="Pat", last_name="Moreno", email="pat@example.com")
    return "pat.viewer"


def sign_in(client, login, password=FILER_PASSWORD, acknowledged=True, client_code=""):
    data = {"login": login, "password": password, "client_code": client_code}
    if acknowledged:
        data["acknowledged"] = "y"
    return client.post("/", data=data)
