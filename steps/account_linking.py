"""Steps of linking an upgraded PACER account to a CM/ECF filer login (R17)."""

from playwright.sync_api import Page, expect
from pytest_bdd import parsers, then, when

from .pages.registration import open_from_main_menu
from .sign_in import WRONG_PASSWORD


@when(parsers.parse("{name} signs in with the PACER account"))
def sign_in_with_own_pacer_account(pacer_accounts, sign_in_page, name):
    sign_in_page.open().sign_in_with_pacer(pacer_accounts[name])


@when(parsers.parse("{name} links the CM/ECF filer login to the PACER account"))
def link(people, manage_account, link_page, name):
    manage_account.open().follow_link_utility()
    link_page.enter(people[name].login, people[name].password)
    link_page.confirm()


@when(parsers.parse("{name} tries to link the CM/ECF filer login to the PACER account"))
def try_to_link(manage_account, name):
    manage_account.open().follow_link_utility()


@when(parsers.parse("{name} tries to link the CM/ECF filer login with a wrong password"))
def link_with_wrong_password(people, manage_account, link_page, name):
    manage_account.open().follow_link_utility()
    link_page.enter(people[name].login, WRONG_PASSWORD)


@when(parsers.parse("{name} tries to link {other}'s PACER login as the CM/ECF filer login"))
def link_another_pacer_login(people, manage_account, link_page, name, other):
    manage_account.open().follow_link_utility()
    link_page.enter(people[other].login, people[other].password)


@then(parsers.parse("{name}'s PACER account is linked to the CM/ECF filer login"))
def linked(people, manage_account, name):
    expect(manage_account.status).to_contain_text("Your CM/ECF account is linked to this PACER account.")
    expect(manage_account.detail("Linked CM/ECF account")).to_have_text(people[name].login)


@then(parsers.parse("{name}'s PACER account is not linked"))
def not_linked(pacer_accounts, control, name):
    linked_to = control.account(pacer_accounts[name].login)["linked_filer"]
    assert linked_to is None, f"{name}'s PACER account should not be linked, but is linked to {linked_to}"


@then(parsers.parse("{name} can open the filing page"))
def can_open_filing(page: Page, name):
    open_from_main_menu(page, "File a document")
    expect(page.get_by_role("heading", level=1)).to_have_text("File a document")


@when(parsers.parse("{name} opens the link utility by its address"))
def open_link_utility_directly(link_page, name):
    link_page.open()


@when(parsers.parse("{name} opens the link confirmation by its address, without entering a CM/ECF login first"))
def open_confirmation_directly(link_page, name):
    link_page.open_confirmation()


@then(parsers.parse("{name} is asked for the CM/ECF login and password"))
def asked_for_filer_login(link_page, name):
    expect(link_page.heading).to_have_text("Link a CM/ECF account to my PACER account")
    expect(link_page.login).to_be_editable()
    expect(link_page.password).to_be_editable()


@then(parsers.parse("the access log shows no link for {name}"))
def no_link_logged(pacer_accounts, control, name):
    links = [entry for entry in control.access_log(pacer_accounts[name].login) if entry["event"] == "link"]
    assert links == [], f"nothing should have been linked for {name}, but the access log shows {links}"
