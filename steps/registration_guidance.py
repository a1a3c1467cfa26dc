"""Steps of the court's guidance (R01-R08): who registers, the way to the form, the account type, upgrading."""

from playwright.sync_api import Page, expect
from pytest_bdd import parsers, then, when

from .pages.pacer_site import PacerSite

# The guidance and the way to the form (R01-R08).


@when("a visitor reads the registration guidance")
def read_guidance(guidance):
    guidance.open()


@then("the guidance is for new PACER users, new attorneys and attorneys with shared PACER accounts")
def guidance_audience(guidance):
    expect(guidance.heading).to_have_text("New PACER Users, New Attorneys & Attorneys with Shared PACER "
                                          "Accounts: Register for a PACER Account")


@then(parsers.parse('the guidance says "{text}"'))
def guidance_says(guidance, text):
    expect(guidance.introduction).to_contain_text(text)


@then(parsers.parse('the guidance\'s help reads "{text}"'))
def guidance_help_reads(guidance, text):
    expect(guidance.help).to_contain_text(text)


@then("the guidance offers instructions to determine what type of PACER account one has")
def guidance_offers_account_type(guidance):
    expect(guidance.account_type_instructions).to_be_visible()


@when(parsers.parse("{name} goes to www.pacer.gov from the guidance"))
def go_to_pacer(guidance, name):
    guidance.open()
    PacerSite(guidance.page).select_link("www.pacer.gov")


@when(parsers.parse("{name} selects Register from the main menu bar, then clicks Start"))
def register_then_start(page: Page, name):
    PacerSite(page).select_from_main_menu("Register")
    PacerSite(page).select_link("Start")


@when(parsers.parse('{name} selects "{item}" from the left panel'))
def select_from_left_panel(page: Page, name, item):
    PacerSite(page).select_from_left_panel(item)


@when(parsers.parse('{name} selects the link "{link}"'))
def select_link(page: Page, name, link):
    PacerSite(page).select_link(link)


@then(parsers.parse('{name} sees the "{title}" form'))
def sees_form(registration_form, name, title):
    expect(registration_form.heading).to_have_text(title)
    expect(registration_form.user_type).to_be_visible()


# Manage My Account: account type and upgrade (R04).

@when(parsers.parse("{name} follows the instructions to determine the account type"))
def determine_account_type(people, guidance, sign_in_page, name):
    guidance.open().check_account_type()
    sign_in_page.sign_in_with_pacer(people[name])


@then(parsers.parse('{name} sees the Account Type "{account_type}"'))
def sees_account_type(manage_account, name, account_type):
    manage_account.expect_detail("Account Type", account_type)


@then(parsers.parse("{name} is told the account must be upgraded to view documents on the court's CM/ECF"))
def told_to_upgrade(manage_account, name):
    expect(manage_account.alert).to_contain_text("You need an upgraded PACER account to view documents")
    expect(manage_account.upgrade_link).to_be_visible()


@when(parsers.parse("{name} upgrades the PACER account"))
def upgrade(manage_account, name):
    manage_account.open().upgrade()


@when(parsers.parse("{name} tries to upgrade the PACER account without ticking the acknowledgement"))
def upgrade_unacknowledged(manage_account, name):
    manage_account.open().upgrade(acknowledge=False)
