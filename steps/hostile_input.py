"""Steps of the hostile-input checks on the sign-in, lost-password, filing and case-search forms: what is typed is
refused politely and never runs (in the browsers, and over HTTP for the `@http` examples)."""

from playwright.sync_api import expect
from pytest_bdd import parsers, then, when

from fixtures.hostile import hostile
from steps.pages.http.page import normalized

SOME_PASSWORD = "Some-Password-Typed-1!"  # noqa: S105 - a guess typed by a visitor


# The sign-in form.

@when(parsers.parse('the visitor signs in with {entry} as the login and client code "{code}"'),
      target_fixture="typed_login")
def sign_in_with_hostile_login(sign_in_page, entry, code):
    typed = hostile(entry)
    sign_in_page.sign_in(typed, SOME_PASSWORD, client_code=code, acknowledge=True)
    return typed


@then(parsers.parse('the client code "{code}" is still filled in'))
def client_code_kept(form, code):
    form.expect_entries({"Client code": code}, "the visitor's client code")


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


# Forgot Password and the reset link.

@when(parsers.parse("{name} asks for a reset link with their login, {entry} as the e-mail address and their answers"))
def reset_with_hostile_email(people, forgot_password, name, entry):
    person = people[name]
    forgot_password.request_reset(person.login, email=hostile(entry)).answer_if_asked(person.security_answers)


@when(parsers.parse("{name} follows the reset link and chooses {entry} as the new password"))
def reset_with_hostile_password(reset_password, reset_link, name, entry):
    reset_password.open(reset_link).choose_twice(hostile(entry))


@then("the new password is not shown back")
def new_password_not_shown(form):
    form.expect_entries({"New password": "", "New password again": ""}, "the new password, not shown back")


# The filing form.

@when(parsers.parse("{name} files a document of {pages:d} pages in case {case} with {entry} as its title"),
      target_fixture="typed_entry")
def file_with_hostile_title(filing_page, name, pages, case, entry):
    filing_page.file_document(case, hostile(entry), pages)
    return hostile(entry)


@then(parsers.parse("the filing form still shows case {case} and {pages} pages"))
def filing_entries_kept(filing_page, case, pages):
    filing_page.expect_entries_kept(case, pages)


@then(parsers.parse("{name} is told the document was filed under its title exactly as typed"))
def filed_as_typed(filing_page, typed_entry, name):
    filing_page.expect_filed(normalized(f"\u201c{typed_entry}\u201d, was filed"))


# The case search.

@when(parsers.parse("{name} searches for {entry} as the case number"), target_fixture="typed_entry")
def search_for_hostile_case(case_search, name, entry):
    case_search.search_for_a_case()
    case_search.search_for(hostile(entry))
    return hostile(entry)


@then(parsers.parse("{name} is told beside the {field} field that no case has that number"))
def told_no_such_case(form, typed_entry, name, field):
    form.expect_message_beside(field, f"No case {typed_entry} was found.", whole=True)


@then(parsers.parse("the {field} field still shows what {name} typed"))
def field_keeps_entry(form, typed_entry, field, name):
    form.expect_entries({field: typed_entry.strip()}, f"what {name} typed")


@then(parsers.parse("{name} is shown no docket"))
def no_docket(case_search, name):
    case_search.expect_no_docket()
