"""Steps of the hostile-input checks: what is typed is refused politely and never runs."""

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd import parsers, then, when

from fixtures.hostile import hostile

from .pages.lost_password import LostPasswordPage

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


@then("nothing the visitor typed ran as a script")
def nothing_ran(page: Page, dialogs):
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    # The simulator's pages carry no script and no image, so any here came from what was typed.
    expect(page.locator("script")).to_have_count(0)
    expect(page.locator("img")).to_have_count(0)
    assert dialogs == [], f"a script ran and opened dialogs: {dialogs}"


@then("the login field shows the script tag as typed")
def login_shows_typed(sign_in_page):
    expect(sign_in_page.login).to_have_value(hostile("a script tag"))


@then("the access log records the failed sign-in under that text")
def access_log_under_text(control, typed_login):
    logged = [e for e in control.access_log(typed_login) if e["event"] == "sign-in"]
    assert [e["outcome"] for e in logged] == ["failed"], f"expected one failed sign-in under {typed_login!r}: {logged}"


@when(parsers.parse("{name} signs in with a PACER login and a client code with {entry}"))
def sign_in_with_hostile_client_code(people, sign_in_page, name, entry):
    sign_in_page.open().sign_in_with_pacer(people[name], client_code=hostile(entry))


@when(parsers.parse("{name} asks for a reset link with their login and {entry} as the e-mail address"))
def reset_with_hostile_email(people, page: Page, name, entry):
    LostPasswordPage(page).request_reset(people[name].login, hostile(entry))
