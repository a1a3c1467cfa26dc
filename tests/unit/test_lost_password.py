"""Lost password and forgotten user name (L13): Forgot Password's two pages, the reset link it e-mails, its lock,
and Forgot Username."""

import re

import pytest

from conftest import FILER_PASSWORD, sign_in

ANSWERS = {"What was the name of your first pet?": "Biscuit", "In what city were you born?": "Tucson"}


@pytest.fixture
def answering_filer(control):
    control("POST", "/accounts", login="avery.filer", password=FILER_PASSWORD, role="filer", first_name="Avery",
            last_name="Lawson", email="avery@example.com", date_of_birth="1980-05-17", security_answers=ANSWERS)
    return "avery.filer"


TYPED = {"What was the name of your first pet?": "  BISCUIT ", "In what city were you born?": "tucson"}


def ask_for_reset(client, *, login="avery.filer", email="avery@example.com", date_of_birth="", answers=None):
    """Both pages of Forgot Password; each question shown is answered as `answers` says, by default rightly."""
    questions = client.post("/password/lost", data={"login": login, "email": email, "date_of_birth": date_of_birth})
    page = questions.get_data(as_text=True).replace("&#39;", "'")
    hidden = dict(re.findall(r'name="(login|email|date_of_birth)" type="hidden" value="([^"]*)"', page))
    asked = dict(re.findall(r'<label for="(answer_\d)">([^<]*)</label>', page))
    given = {field: (answers or TYPED).get(question, "a guess") for field, question in asked.items()}
    return questions, client.post("/password/lost/answers", data={**hidden, **given})


def reset_link(client, control, email="avery@example.com"):
    ask_for_reset(client)
    messages = control("GET", f"/mailbox?to={email}")["messages"]
    return next(m["link"] for m in messages if "Reset" in m["subject"])


def test_forgot_password_asks_the_questions_chosen_at_registration(client, answering_filer):
    questions, sent = ask_for_reset(client)
    assert all(question.replace("'", "&#39;") in questions.get_data(as_text=True) for question in ANSWERS)
    assert "We have sent a link" in sent.get_data(as_text=True)


def test_the_date_of_birth_can_stand_in_for_the_email_address(client, control, answering_filer):
    _, sent = ask_for_reset(client, email="", date_of_birth="1980-05-17")
    assert "We have sent a link" in sent.get_data(as_text=True)
    assert len(control("GET", "/mailbox?to=avery@example.com")["messages"]) == 1


@pytest.mark.parametrize("details", [
    {"answers": {**TYPED, "In what city were you born?": "Boston"}}, {"email": "other@example.com"},
    {"login": "nobody.here"},
    {"email": "", "date_of_birth": "1981-05-17"}])
def test_any_wrong_detail_gets_one_refusal_that_names_no_part(client, control, answering_filer, details):
    questions, refused = ask_for_reset(client, **details)
    assert questions.status_code == 200 and refused.status_code == 422
    assert "The details you entered do not match our records." in refused.get_data(as_text=True)
    assert control("GET", "/mailbox?to=avery@example.com")["messages"] == []


def test_a_login_nobody_has_is_asked_two_questions_the_same_each_time(client, answering_filer):
    pages = [client.post("/password/lost", data={"login": "nobody.here", "email": "x@example.com"})
             for _ in range(2)]
    labels = [re.findall(r'<label for="answer_\d">([^<]*)</label>', page.get_data(as_text=True)) for page in pages]
    assert len(labels[0]) == 2 and labels[0] == labels[1] and labels[0][0] != labels[0][1]


def test_an_account_without_security_questions_is_sent_to_the_service_center(client, control, filer):
    page = client.post("/password/lost", data={"login": filer, "email": "avery@example.com"})
    assert page.status_code == 422 and "Contact the PACER Service Center at (800) 676-6856" in page.get_data(
        as_text=True)
    assert control("GET", "/mailbox?to=avery@example.com")["messages"] == []


def test_forgot_username_sends_the_user_names_to_the_address_and_answers_the_same_either_way(
        client, control, filer, viewer):
    control("POST", "/accounts", login="avery.pacer", password=FILER_PASSWORD, role="pacer", first_name="Avery",
            last_name="Lawson", email="AVERY@example.com")
    known = client.post("/username/forgotten", data={"email": "avery@example.com"}).get_data(as_text=True)
    unknown = client.post("/username/forgotten", data={"email": "nobody@example.com"}).get_data(as_text=True)
    assert known == unknown
    (message,) = control("GET", "/mailbox?to=avery@example.com")["messages"]
    assert "avery.filer, avery.pacer" in message["body"] and viewer not in message["body"]
    assert control("GET", "/mailbox?to=nobody@example.com")["messages"] == []


WRONG = {question: "not it" for question in ANSWERS}


def test_wrong_answers_lock_forgot_password_even_for_the_questions_page_already_open(
        client, control, answering_filer):
    questions = client.post("/password/lost", data={"login": answering_filer, "email": "avery@example.com"})
    for _ in range(6):
        _, refused = ask_for_reset(client, answers=WRONG)
    assert refused.status_code == 429 and "Forgot Password is locked for it" in refused.get_data(as_text=True)
    # The right answers, from the questions page opened before the lock, are refused too.
    page = questions.get_data(as_text=True).replace("&#39;", "'")
    hidden = dict(re.findall(r'name="(login|email|date_of_birth)" type="hidden" value="([^"]*)"', page))
    asked = dict(re.findall(r'<label for="(answer_\d)">([^<]*)</label>', page))
    late = client.post("/password/lost/answers", data={**hidden, **{f: TYPED[q] for f, q in asked.items()}})
    assert late.status_code == 429 and "try again in 10 minutes" in late.get_data(as_text=True)
    assert control("GET", "/mailbox?to=avery@example.com")["messages"] == []
    control("POST", "/clock", minutes=10)
    _, sent = ask_for_reset(client)
    assert "We have sent a link" in sent.get_data(as_text=True)


def test_wrong_answers_do_not_lock_signing_in(client, control, answering_filer):
    for _ in range(6):
        ask_for_reset(client, answers=WRONG)
    assert sign_in(client, answering_filer, FILER_PASSWORD).status_code == 302


def test_a_password_reset_link_works_once(client, control, answering_filer):
    link = reset_link(client, control)
    new = "Bright-Meadow-Stone-77#"
    assert "Password changed" in client.post(link, data={"password": new, "confirm": new}).get_data(as_text=True)
    assert client.get(link).status_code == 410
    assert sign_in(client, answering_filer, new).status_code == 302
    assert sign_in(client, answering_filer, FILER_PASSWORD).status_code == 422


def test_a_password_reset_link_expires_after_an_hour(client, control, answering_filer):
    link = reset_link(client, control)
    control("POST", "/clock", minutes=61)
    assert client.get(link).status_code == 410


def test_a_password_reset_lifts_the_lock(client, control, answering_filer):
    for _ in range(6):
        sign_in(client, answering_filer, "Wrong-Password-1!")
    new = "Bright-Meadow-Stone-77#"
    client.post(reset_link(client, control), data={"password": new, "confirm": new})
    assert sign_in(client, answering_filer, new).status_code == 302
