"""Steps of the hostile-input checks: what is typed is refused politely and never runs."""

import re

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd import parsers, then, when

from fixtures.hostile import hostile

from .pages.documents import CaseSearchPage, FilingPage
from .pages.lost_password import ForgotPasswordPage, ResetPasswordPage

SOME_PASSWORD = "Some-Password-Typed-1!"  # noqa: S105 - a guess typed by a visitor


@pytest.fixture
def dialogs(page: Page) -> list[str]:
    """Every alert, confirm or prompt the page opens: a script that ran would open one."""
    opened: list[str] = []

    def record(dialog) -> None:
        opened.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", record)
    return opened


@when(parsers.parse('the visitor signs in with {entry} as the login and client code "{code}"'),
      target_fixture="typed_login")
def sign_in_with_hostile_login(sign_in_page, dialogs, entry, code):
    typed = hostile(entry)
    sign_in_page.sign_in(typed, SOME_PASSWORD, client_code=code, acknowledge=True)
    return typed


@then(parsers.parse('the client code "{code}" is still filled in'))
def client_code_kept(sign_in_page, code):
    expect(sign_in_page.client_code).to_have_value(code)


@then(parsers.parse("nothing {name} typed ran as a script"))
def nothing_ran(page: Page, dialogs, name):
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    # The simulator's pages carry no image, and no script but their own files: any other came from what was typed.
    expect(page.locator("script:not([src^='/static/'])")).to_have_count(0)
    expect(page.locator("img")).to_have_count(0)
    assert dialogs == [], f"a script ran and opened dialogs: {dialogs}"


@then("the login field shows the script as typed")
def login_shows_typed(sign_in_page):
    expect(sign_in_page.login).to_have_value(hostile("a script"))


@then("the access log records the failed sign-in under that text")
def access_log_under_text(control, typed_login):
    logged = [e for e in control.access_log(typed_login) if e["event"] == "sign-in"]
    assert [e["outcome"] for e in logged] == ["failed"], f"expected one failed sign-in under {typed_login!r}: {logged}"


@when(parsers.parse("{name} signs in with a PACER login and a client code with {entry}"))
def sign_in_with_hostile_client_code(people, sign_in_page, name, entry):
    sign_in_page.open().sign_in_with_pacer(people[name], client_code=hostile(entry))


@when(parsers.parse("{name} asks for a reset link with their login, {entry} as the e-mail address and their answers"))
def reset_with_hostile_email(people, page: Page, dialogs, name, entry):
    person = people[name]
    ForgotPasswordPage(page).request_reset(person.login, email=hostile(entry)).answer_if_asked(person.security_answers)


@when(parsers.parse("{name} follows the reset link and chooses {entry} as the new password"))
def reset_with_hostile_password(page: Page, dialogs, reset_link, name, entry):
    page.goto(reset_link)
    ResetPasswordPage(page).choose_twice(hostile(entry))


@then("the new password is not shown back")
def new_password_not_shown(page: Page):
    reset = ResetPasswordPage(page)
    expect(reset.password).to_have_value("")
    expect(reset.confirm).to_have_value("")


@when(parsers.parse("{name} files a document of {pages:d} pages in case {case} with {entry} as its title"),
      target_fixture="typed_entry")
def file_with_hostile_title(page: Page, dialogs, name, pages, case, entry):
    FilingPage(page).file_document(case, hostile(entry), pages)
    return hostile(entry)


@then(parsers.parse("the filing form still shows case {case} and {pages} pages"))
def filing_entries_kept(page: Page, case, pages):
    filing = FilingPage(page)
    expect(filing.chosen_case).to_have_text(re.compile(f"^{re.escape(case)} "))
    expect(filing.pages).to_have_value(pages)


@then(parsers.parse("{name} is told the document was filed under its title exactly as typed"))
def filed_as_typed(page: Page, typed_entry, name):
    expect(FilingPage(page).confirmation).to_contain_text(f"\u201c{typed_entry}\u201d, was filed")


@when(parsers.parse("{name} searches for {entry} as the case number"), target_fixture="typed_entry")
def search_for_hostile_case(page: Page, dialogs, name, entry):
    search = CaseSearchPage(page)
    search.search_for_a_case()
    search.search_for(hostile(entry))
    return hostile(entry)


@then(parsers.parse("{name} is told beside the {field} field that no case has that number"))
def told_no_such_case(page: Page, typed_entry, name, field):
    expect(page.get_by_label(field, exact=True)).to_have_accessible_description(f"No case {typed_entry} was found.")


@then(parsers.parse("the {field} field still shows what {name} typed"))
def field_keeps_entry(page: Page, typed_entry, field, name):
    expect(page.get_by_label(field, exact=True)).to_have_value(typed_entry.strip())


@then(parsers.parse("{name} is shown no docket"))
def no_docket(page: Page, name):
    search = CaseSearchPage(page)
    expect(search.heading).to_have_text("Search for a case")
    expect(search.dockets).to_have_count(0)
