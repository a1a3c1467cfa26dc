"""Protections every page has: headers, cookies, CSRF, bounded requests, friendly errors."""

import pytest

from simulator import create_app


@pytest.fixture
def guarded(tmp_path):
    return create_app({"DATABASE": str(tmp_path / "db.sqlite3")}).test_client()


def test_security_headers(client):
    headers = client.get("/").headers
    policy = dict(directive.strip().split(" ", 1) for directive in headers["Content-Security-Policy"].split(";"))
    assert policy["script-src"] == "'self'", "no inline script, no other origin"
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"


def test_a_form_without_its_csrf_token_gets_a_friendly_page(guarded):
    response = guarded.post("/", data={"login": "x", "password": "y"})
    assert response.status_code == 400
    assert "This form has expired or did not come from this site" in response.get_data(as_text=True)


def test_an_oversized_request_is_refused_politely(guarded):
    response = guarded.post("/", data={"login": "x" * 100_000})
    assert response.status_code == 413
    assert "What you sent is too large" in response.get_data(as_text=True)


def test_the_session_cookie_is_httponly_and_samesite(client, filer):
    from conftest import sign_in

    response = sign_in(client, filer)
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie


def test_the_session_cookie_is_secure_over_https(client, filer):
    from conftest import FILER_PASSWORD

    response = client.post("/", base_url="https://localhost", data={
        "login": filer, "password": FILER_PASSWORD, "acknowledged": "y"})
    assert "Secure" in response.headers["Set-Cookie"]


def test_an_unknown_page_is_a_friendly_404(client):
    response = client.get("/no/such/page")
    assert response.status_code == 404 and "Page not found" in response.get_data(as_text=True)


def test_user_input_is_escaped(client):
    page = client.post("/", data={"login": "<script>alert(1)</script>", "password": "x"}).get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page


def test_the_session_cookie_signer_is_made_once_per_key_and_a_new_key_still_signs_anew(tmp_path):
    app = create_app({"DATABASE": str(tmp_path / "db.sqlite3"), "SECRET_KEY": "first"})
    client = app.test_client()
    client.get("/")
    signer = app.session_interface.get_signing_serializer(app)
    assert signer is app.session_interface.get_signing_serializer(app)
    signed_with_first = client.get_cookie("cmecf_session").value
    assert signer.loads(signed_with_first)["csrf_token"]
    app.secret_key = "second"
    rotated = app.session_interface.get_signing_serializer(app)
    assert rotated is not signer
    fresh = app.test_client()
    fresh.get("/")
    assert rotated.loads(fresh.get_cookie("cmecf_session").value)["csrf_token"]
