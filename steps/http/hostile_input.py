"""The hostile-input rows of the sign-in, lost-password, filing and case-search forms, over HTTP."""

import re

import pytest
from pytest_bdd import given, parsers, then, when

from fixtures.hostile import hostile
from fixtures.personas import strong_password

from ..hostile_input import SOME_PASSWORD
from ..lost_password import receives_reset_email
from ..pages.http import HttpPage
from ..pages.lost_password import A_GUESS
from ..pages.sign_in import ACKNOWLEDGEMENT

LOGIN = "CM/ECF or PACER login"


@pytest.fixture
def http_page(base_url: str, sandbox):
    """The pages, read without a browser, in the scenario's sandbox."""
    page = HttpPage(base_url, headers={sandbox.header: sandbox.id})
    yield page
    page.close()


def sign_in(http_page: HttpPage, login: str, password: str, *, client_code: str = "",
            acknowledge: bool = False) -> HttpPage:
    http_page.goto("/").fill(LOGIN, login).fill("Password", password).fill("Client code", client_code)
    return http_page.check(ACKNOWLEDGEMENT, acknowledge).submit("Login")


# What a person is told, and that nothing typed became part of the page.

@then(parsers.parse('{name} is told "{message}"'))
def told(http_page: HttpPage, name, message):
    alerts = http_page.texts("alert")
    assert any(message in alert for alert in alerts), (
        f"{name} should be told {message!r} on {http_page.heading()!r}; the page's alerts: {alerts}")


@then(parsers.parse('{name} is told beside the {field} field "{message}"'))
def told_beside_field(http_page: HttpPage, name, field, message):
    assert field in http_page.labels(), (
        f"{name} should be told beside the {field} field {message!r}, but the court took the entries and went on "
        f"to {http_page.heading(level=2) or http_page.heading()!r} ({http_page.url})")
    described = http_page.description(field)
    assert message in described, (
        f"the {field} field should carry the message {message!r}; it is described as {described!r}")


@then(parsers.parse("nothing {name} typed ran as a script"))
@then(parsers.parse("none of {name}'s entries ran as a script"))
def nothing_ran(http_page: HttpPage, name):
    assert http_page.heading(), f"the court's answer to {name} should be a page with its heading: {http_page.url}"
    active = http_page.active_content()
    assert active == [], f"what {name} typed came back as something a browser would run or load: {active}"
    policy = http_page.content_security_policy()
    assert re.search(r"script-src 'self'(;|$)", policy), (
        f"the page should allow only the simulator's own scripts; its Content-Security-Policy: {policy!r}")


# The sign-in form.

@given("a visitor is on the CM/ECF sign-in page")
def open_sign_in(http_page: HttpPage):
    http_page.goto("/")


@when(parsers.parse('the visitor signs in with {entry} as the login and client code "{code}"'),
      target_fixture="typed_login")
def sign_in_with_hostile_login(http_page: HttpPage, entry, code):
    typed = hostile(entry)
    http_page.fill(LOGIN, typed).fill("Password", SOME_PASSWORD).fill("Client code", code)
    http_page.check(ACKNOWLEDGEMENT).submit("Login")
    return typed


@then(parsers.parse('the client code "{code}" is still filled in'))
def client_code_kept(http_page: HttpPage, code):
    assert http_page.value("Client code") == code, f"the client code should still read {code!r}"


@when(parsers.parse("{name} signs in with a PACER login and a client code with {entry}"))
def sign_in_with_hostile_client_code(people, http_page: HttpPage, name, entry):
    sign_in(http_page, people[name].login, people[name].password, client_code=hostile(entry))


@when(parsers.parse("{name} signs in as a filer"))
def sign_in_as_filer(people, http_page: HttpPage, name):
    sign_in(http_page, people[name].login, people[name].password, acknowledge=True)
    assert http_page.heading() == "CM/ECF main menu", f"{name} should be signed in: {http_page.heading()!r}"


@when(parsers.parse("{name} signs in with a PACER login"))
def sign_in_with_pacer(people, http_page: HttpPage, name):
    sign_in(http_page, people[name].login, people[name].password)
    assert http_page.heading() == "CM/ECF main menu", f"{name} should be signed in: {http_page.heading()!r}"


# Forgot Password and the reset link.

def request_reset(http_page: HttpPage, person, email: str) -> None:
    http_page.fill(LOGIN, person.login).fill("E-mail address on the account", email).submit("Next")
    if http_page.heading() == "Security Questions":
        # Each question shown answered as the person would, any other with a guess.
        for question in http_page.labels():
            http_page.fill(question, person.security_answers.get(question, A_GUESS))
        http_page.submit("Send reset link")


@when(parsers.parse("{name} follows the lost-password link on the sign-in page"))
def follow_lost_password(http_page: HttpPage, name):
    http_page.goto("/").follow("click here to reset your password")


@when(parsers.parse("{name} asks for a reset link with their login, {entry} as the e-mail address and their answers"))
def reset_with_hostile_email(people, http_page: HttpPage, name, entry):
    request_reset(http_page, people[name], hostile(entry))


@given(parsers.parse("{name} has received a password reset e-mail"), target_fixture="reset_link")
def has_reset_link(people, control, http_page: HttpPage, name):
    follow_lost_password(http_page, name)
    request_reset(http_page, people[name], people[name].email)
    return receives_reset_email(people, control, name)


def choose_twice(http_page: HttpPage, reset_link: str, new_password: str) -> None:
    http_page.goto(reset_link)
    http_page.fill("New password", new_password).fill("New password again", new_password).submit("Change password")


@when(parsers.parse("{name} follows the reset link and chooses {entry} as the new password"))
def reset_with_hostile_password(http_page: HttpPage, reset_link, name, entry):
    choose_twice(http_page, reset_link, hostile(entry))


@then("the new password is not shown back")
def new_password_not_shown(http_page: HttpPage):
    shown = {label: http_page.value(label) for label in ("New password", "New password again")}
    assert shown == {"New password": "", "New password again": ""}, f"the new password was shown back: {shown}"


@when(parsers.parse("{name} follows the reset link and chooses a new password"), target_fixture="new_password")
def choose_new_password(http_page: HttpPage, faker, reset_link, name):
    new_password = strong_password(faker)
    choose_twice(http_page, reset_link, new_password)
    done = http_page.texts("status")
    assert any("Your password has been changed" in text for text in done), f"{name}'s password should change: {done}"
    return new_password


@then(parsers.parse("{name} can sign in with the new password"))
def sign_in_with_new_password(people, http_page: HttpPage, new_password, name):
    sign_in(http_page, people[name].login, new_password, acknowledge=True)
    assert http_page.heading() == "CM/ECF main menu", f"{name} should be signed in: {http_page.heading()!r}"


# The filing form.

@when(parsers.parse("{name} files a document of {pages:d} pages in case {case} with {entry} as its title"),
      target_fixture="typed_entry")
def file_with_hostile_title(http_page: HttpPage, name, pages, case, entry):
    http_page.follow("File a document")
    http_page.select("Case", http_page.option_starting("Case", f"{case} "))
    http_page.fill("Document title", hostile(entry)).fill("Number of pages", str(pages)).submit("File document")
    return hostile(entry)


@then(parsers.parse("the filing form still shows case {case} and {pages} pages"))
def filing_entries_kept(http_page: HttpPage, case, pages):
    kept = (http_page.chosen_text("Case"), http_page.value("Number of pages"))
    assert kept[0].startswith(f"{case} ") and kept[1] == pages, f"the filing form should keep {case}, {pages}: {kept}"


@then(parsers.parse("{name} is told the document was filed under its title exactly as typed"))
def filed_as_typed(http_page: HttpPage, typed_entry, name):
    said = http_page.texts("status")
    expected = " ".join(f"\u201c{typed_entry}\u201d, was filed".split())
    assert any(expected in text for text in said), f"{name} should be told {expected!r}: {said}"


# The case search.

@when(parsers.parse("{name} searches for {entry} as the case number"), target_fixture="typed_entry")
def search_for_hostile_case(http_page: HttpPage, name, entry):
    http_page.follow("CM/ECF main menu").follow("Search for a case")
    http_page.fill("Case number", hostile(entry)).submit("Search")
    return hostile(entry)


@then(parsers.parse("{name} is told beside the {field} field that no case has that number"))
def told_no_such_case(http_page: HttpPage, typed_entry, name, field):
    told_beside_field(http_page, name, field, " ".join(f"No case {typed_entry} was found.".split()))


@then(parsers.parse("the {field} field still shows what {name} typed"))
def field_keeps_entry(http_page: HttpPage, typed_entry, field, name):
    assert http_page.value(field) == typed_entry.strip(), (
        f"the {field} field should still show {typed_entry.strip()!r}: {http_page.value(field)!r}")


@then(parsers.parse("{name} is shown no docket"))
def no_docket(http_page: HttpPage, name):
    assert http_page.heading() == "Search for a case", f"{name} should stay on the search: {http_page.heading()!r}"
    dockets = [section for section in http_page.soup.find_all("section")
               if http_page.name_of(section).startswith("Docket for ")]
    assert dockets == [], f"{name} should be shown no docket, but sees {len(dockets)}"
