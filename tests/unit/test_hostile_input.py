"""Property-based checks: whatever arrives in a form, the simulator answers with a page, never a crash."""

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import sign_in
from simulator.accounts import client_code_problem, password_problem
from simulator.validation import has_control_characters

NASTY = st.one_of(
    st.text(max_size=300),
    st.sampled_from([
        "<script>alert(1)</script>", "' OR '1'='1' --", "\x00", "a\r\nSet-Cookie: x=1", "\u202eevil",
        "👩\u200d⚖️", "محامي", " " * 20, "%00", "{{7*7}}", "../../etc/passwd",
    ]),
)
FORM_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FORM_SETTINGS
@given(login=NASTY, password=NASTY, client_code=NASTY)
def test_sign_in_answers_every_input_with_a_page(client, login, password, client_code):
    response = sign_in(client, login, password, client_code=client_code)
    assert response.status_code in (302, 422)
    page = response.get_data(as_text=True)
    assert "Traceback" not in page
    if "<script>" in login:
        assert "<script>alert(1)</script>" not in page


@FORM_SETTINGS
@given(login=NASTY, email=NASTY)
def test_lost_password_answers_every_input_with_a_page(client, login, email):
    response = client.post("/password/lost", data={"login": login, "email": email})
    assert response.status_code in (200, 422)


@given(st.text(max_size=60))
def test_a_client_code_is_accepted_only_when_short_and_free_of_spaces_and_commas(code):
    acceptable = len(code) <= 32 and not any(ch.isspace() or ch == "," for ch in code) and code.isprintable()
    assert (client_code_problem(code) is None) == acceptable


@given(st.text(max_size=80))
def test_an_accepted_password_meets_every_rule(password):
    if password_problem(password) is None:
        assert 14 <= len(password) <= 45
        assert any(c.islower() and c in string.ascii_lowercase for c in password)
        assert any(c in string.ascii_uppercase for c in password)
        assert any(not (c.isascii() and c.isalnum()) for c in password)


@given(st.text(alphabet=st.characters(categories=["Cc"]), min_size=1, max_size=5), st.text(max_size=10))
def test_control_characters_are_always_noticed(controls, text):
    assert has_control_characters(text + controls)
