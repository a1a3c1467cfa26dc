"""The test-control API exists only with a token, and answers only to it."""

from simulator import create_app


def test_without_a_token_configured_the_control_api_does_not_exist(tmp_path):
    client = create_app({"DATABASE": str(tmp_path / "db.sqlite3")}).test_client()
    assert client.post("/_control/reset").status_code == 404


def test_a_wrong_or_missing_token_is_refused(client):
    assert client.post("/_control/reset").status_code == 401
    assert client.post("/_control/reset", headers={"X-Control-Token": "guess"}).status_code == 401


def test_the_clock_moves_forward(control):
    before = control("GET", "/clock")["now"]
    after = control("POST", "/clock", days=15)["now"]
    assert after > before


def test_reset_empties_the_state(control, filer):
    control("POST", "/reset")
    response = control.client.get(f"/_control/accounts/{filer}", headers={"X-Control-Token": "unit-test-token"})
    assert response.status_code == 404
