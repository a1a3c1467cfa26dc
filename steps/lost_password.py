"""Steps of the lost-password journey: Forgot Password with its security questions, Forgot Username, the reset link."""

import re
from datetime import date, timedelta

from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then, when

from fixtures.personas import Persona, strong_password

from .pages.lost_password import (
    ForgotPasswordPage,
    ForgotUsernamePage,
    RecoverySentPage,
    ResetPasswordPage,
    SecurityQuestionsPage,
)
from .sign_in import main_menu_sign_out

# Forgot Password and Forgot Username (L13)


@when(parsers.parse("{name} follows the lost-password link on the sign-in page"))
def follow_lost_password(sign_in_page, name):
    sign_in_page.open().follow_lost_password()


@when(parsers.parse("{name} follows the forgotten-user-name link on the sign-in page"))
def follow_forgot_username(sign_in_page, name):
    sign_in_page.open().forgot_username_link.click()


@when(parsers.parse("{name} asks for a reset link with their login and e-mail address"))
def ask_for_reset(people, forgot_password, name):
    person = people[name]
    forgot_password.request_reset(person.login, email=person.email)


@when(parsers.parse("{name} asks for a reset link with their login and date of birth"))
def ask_for_reset_by_birth_date(people, forgot_password, name):
    person = people[name]
    forgot_password.request_reset(person.login, date_of_birth=person.date_of_birth)


@when(parsers.parse("{name} answers the security questions chosen at registration"))
def answer_security_questions(people, page: Page, name):
    questions = SecurityQuestionsPage(page)
    expect(questions.heading, f"{name} should be asked the security questions").to_be_visible()
    questions.answer(people[name].security_answers)


NOBODY = "nobody.here.at.all"


def _recovery_detail(person: Persona, text: str) -> dict[str, str]:
    """What someone types on Forgot Password, from the feature's words about the person's account."""
    day_after_birthday = (date.fromisoformat(person.date_of_birth) + timedelta(days=1)).isoformat()
    return {
        "a login nobody has": {"login": NOBODY},
        f"{person.name}'s login": {"login": person.login},
        f"{person.name}'s e-mail address": {"email": person.email},
        "another e-mail address": {"email": f"not.{person.email}"},
        "another date of birth": {"date_of_birth": day_after_birthday},
    }[text]


@when(parsers.parse("someone asks for a reset link with {login}, {address} and {answers}"))
def ask_for_reset_with(people, page: Page, login, address, answers):
    person = next(person for name, person in people.items() if f"{name}'s" in f"{login} {address} {answers}")
    details = {**_recovery_detail(person, login), **_recovery_detail(person, address)}
    typed = dict(person.security_answers)
    if answers == "a wrong answer to the second question":
        second = list(typed)[1]
        typed[second] = f"not {typed[second]}"
    questions = ForgotPasswordPage(page).request_reset(details["login"], email=details.get("email", ""),
                                                       date_of_birth=details.get("date_of_birth", ""))
    expect(questions.heading, "whatever was typed, the security questions should be asked next").to_be_visible()
    questions.answer(typed)


@when(parsers.parse("someone tries Forgot Password {times:d} times for {login} with {name}'s e-mail address "
                    "and wrong answers"))
def try_wrong_answers(people, page: Page, sign_in_page, times, login, name):
    person = people[name]
    typed_login = _recovery_detail(person, login)["login"]
    wrong = {question: f"not {answer}" for question, answer in person.security_answers.items()}
    sign_in_page.open().follow_lost_password()
    forgot = ForgotPasswordPage(page)
    for attempt in range(1, times + 1):
        questions = forgot.request_reset(typed_login, email=person.email)
        expect(questions.heading, f"at try {attempt} the security questions should be asked").to_be_visible()
        questions.answer(wrong)
        expect(forgot.alert, f"try {attempt}, with wrong answers, should be refused").to_be_visible()


@then(parsers.parse("they are told Forgot Password is locked for this user name for {minutes:d} more minutes"))
def told_reset_locked(page: Page, minutes):
    alert = ForgotPasswordPage(page).alert
    expect(alert).to_contain_text("Too many failed attempts to reset the password of this user name.")
    expect(alert).to_contain_text(f"Forgot Password is locked for it; try again in {minutes} minutes.")
    expect(alert).to_contain_text("Each attempt while it is locked adds 5 minutes.")


@when(parsers.parse("someone asks for a reset link for a login nobody has with {name}'s e-mail address"))
def ask_for_reset_unknown_login(people, page: Page, name):
    ForgotPasswordPage(page).request_reset(NOBODY, email=people[name].email)


@then("they are asked two security questions")
def asked_two_questions(page: Page):
    questions = SecurityQuestionsPage(page)
    expect(questions.heading).to_be_visible()
    expect(questions.answers).to_have_count(2)


@given(parsers.parse("{name} has received a password reset e-mail"), target_fixture="reset_link")
def has_reset_link(people, control, sign_in_page, forgot_password, name):
    person = people[name]
    sign_in_page.open().follow_lost_password()
    forgot_password.request_reset(person.login, email=person.email).answer(person.security_answers)
    return receives_reset_email(people, control, name)


@then(parsers.parse("{name} is told that a reset link was sent to the e-mail address on the account"))
def told_link_sent(page: Page, name):
    expect(RecoverySentPage(page).confirmation).to_have_text(
        "We have sent a link to reset your password to the e-mail address on your account. "
        "The link works once, within 60 minutes.")


@then(parsers.parse("{name} receives a password reset e-mail"), target_fixture="reset_link")
def receives_reset_email(people, control, name):
    messages = [m for m in control.mailbox(people[name].email) if "Reset your" in m["subject"]]
    assert messages, f"{name} should have a password reset e-mail at {people[name].email}, but has none"
    return messages[0]["link"]


@then(parsers.parse("no e-mail is sent to {name}"))
def no_email(people, control, name):
    messages = control.mailbox(people[name].email)
    assert messages == [], f"{name} should have no e-mail, but has: {[m['subject'] for m in messages]}"


@when(parsers.parse("{name} asks for the user name with the e-mail address on the account"),
      target_fixture="address_asked")
def ask_for_user_name(people, page: Page, name):
    ForgotUsernamePage(page).request_user_name(people[name].email)
    return people[name].email


@when("someone asks for the user name with an e-mail address no account has", target_fixture="address_asked")
def ask_for_user_name_unknown(page: Page, faker):
    address = f"nobody.{faker.lexify('????????')}@example.com"
    ForgotUsernamePage(page).request_user_name(address)
    return address


@then("they are told that the user name was sent if an account has that address")
def told_user_name_sent(page: Page):
    expect(RecoverySentPage(page).confirmation).to_have_text(
        "If an account has this e-mail address, we have sent its user name to that address. "
        "We send user names only by e-mail.")


@then(parsers.parse("{name} receives an e-mail giving {owner}'s user name"))
def receives_user_name(people, control, name, owner):
    messages = [m for m in control.mailbox(people[name].email) if m["subject"] == "Your CM/ECF or PACER user name"]
    assert messages and people[owner].login in messages[0]["body"], (
        f"{name} should have an e-mail giving the user name {people[owner].login}: {messages}")


@then("nothing is sent to that address")
def nothing_sent(control, address_asked):
    messages = control.mailbox(address_asked)
    assert messages == [], f"nothing should be sent to {address_asked}, but: {[m['subject'] for m in messages]}"


@when(parsers.parse("{name} follows the reset link and chooses a new password"), target_fixture="new_password")
def choose_new_password(reset_password, faker, reset_link, name):
    new_password = strong_password(faker)
    reset_password.open(reset_link).choose_twice(new_password)
    reset_password.expect_changed()
    return new_password


@when(parsers.parse('{name} follows the reset link and chooses the new password "{password}"'))
def choose_given_password(reset_password, reset_link, name, password):
    reset_password.open(reset_link).choose_twice(password)


@when(parsers.parse("{name} follows the reset link again"))
@when(parsers.parse("{name} follows the reset link"))
def follow_reset_link(reset_password, reset_link, name):
    reset_password.open(reset_link)


@then(parsers.parse("{name} is asked to choose a new password"))
def asked_for_new_password(page: Page, name):
    reset = ResetPasswordPage(page)
    expect(reset.heading).to_be_visible()
    expect(reset.password).to_be_editable()


@then("the link no longer works")
def link_no_longer_works(page: Page):
    expect(ResetPasswordPage(page).expired).to_have_text(
        "This password reset link has expired or has already been used.")


@then(parsers.parse("{name} can sign in with the new password"))
def sign_in_with_new_password(people, sign_in_page, main_menu, new_password, name):
    sign_in_page.open().sign_in_as_filer(people[name], password=new_password)
    main_menu.expect_shown()


@then(parsers.parse("{name}'s old password no longer works"))
def old_password_fails(people, sign_in_page, name):
    main_menu_sign_out(sign_in_page)
    sign_in_page.open().sign_in(people[name].login, people[name].password, acknowledge=True)
    expect(sign_in_page.alert).to_have_text("Invalid username or password.")


@then(parsers.parse('{name} is told the new password breaks the rules: "{message}"'))
def new_password_refused(page: Page, name, message):
    expect(ResetPasswordPage(page).password).to_have_accessible_description(re.compile(re.escape(message)))
