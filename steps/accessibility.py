"""Steps of the accessibility checks: audits of every page, and journeys by keyboard alone."""

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then, when

from fixtures.personas import build_persona, build_registrant, card_failing_checksum, registering_again

from .common import introduce
from .pages.accessibility import audit, describe, tab_to
from .pages.menu import MainMenuPage
from .pages.tour import TOUR_CASE, Tour, visit
from .registration import AwaitingActivation


@pytest.fixture
def tour_cast(people, control, faker) -> dict:
    filer = introduce(people, control, faker, "Avery", "attorney")
    viewer = introduce(people, control, faker, "Pat", "viewer")
    outsider = introduce(people, control, faker, "Dana", "attorney")
    legacy = introduce(people, control, faker, "Lee", "legacy viewer")
    awaiting_activation = AwaitingActivation(**vars(build_persona(faker, "Kim", "viewer")))
    control.create_account(awaiting_activation)
    control.create_case(TOUR_CASE, "Acme Imports, Inc. v. United States", attorneys_of_record=[filer.login])
    control.create_document(TOUR_CASE, 1, "Complaint", pages=12)
    control.create_document(TOUR_CASE, 2, "Confidential record", pages=4, restricted=True)
    registrant = build_registrant(faker, "Sam")
    return {
        "filer": filer, "viewer": viewer, "outsider": outsider,
        "free_look_url": control.send_nef(TOUR_CASE, 2, filer.login),
        "registrant": registrant, "returning": registering_again(faker, viewer),
        "declined_card": card_failing_checksum(faker, registrant.full_name),
        "legacy": legacy, "awaiting_activation": awaiting_activation,
    }


@given("the people and the case of the accessibility tour are on file", target_fixture="tour")
def tour_on_file(page: Page, tour_cast):
    return Tour(page, **tour_cast)


@when(parsers.parse("a person reaches {stop}"))
def reach(tour, stop):
    visit(tour, stop)


@then("the page has no serious or critical accessibility problems")
def no_accessibility_problems(page: Page):
    violations = audit(page)
    assert not violations, f"{page.url} has accessibility problems:\n{describe(violations)}"


@when(parsers.parse("{name} signs in as a filer using only the keyboard"))
def sign_in_by_keyboard(people, sign_in_page, page: Page, name):
    person = people[name]
    sign_in_page.open()
    tab_to(page, sign_in_page.login)
    page.keyboard.type(person.login)
    tab_to(page, sign_in_page.password)
    page.keyboard.type(person.password)
    tab_to(page, sign_in_page.acknowledgement)
    page.keyboard.press("Space")
    tab_to(page, sign_in_page.login_button)
    with page.expect_navigation():
        page.keyboard.press("Enter")


@then(parsers.parse("{name} reaches the main menu and can sign out using only the keyboard"))
def sign_out_by_keyboard(main_menu: MainMenuPage, page: Page, sign_in_page, name):
    expect(main_menu.heading).to_be_visible()
    sign_out = page.get_by_role("button", name="Sign out")
    tab_to(page, sign_out)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(sign_in_page.status).to_have_text("You have signed out.")


@when("a keyboard user presses Tab once on the sign-in page")
def first_tab(sign_in_page, page: Page):
    sign_in_page.open()
    page.keyboard.press("Tab")


@then("the first thing focused is a link to skip to the main content")
def skip_link_first(page: Page):
    expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()


@when(parsers.parse("{name} fills in the account information using only the keyboard"))
def account_information_by_keyboard(people, registration_form, name):
    registration_form.open().complete_account_information_by_keyboard(people[name])


@when(parsers.parse("{name} chooses a user name, password and security questions using only the keyboard"))
def login_by_keyboard(people, registration_form, name):
    registration_form.choose_login_by_keyboard(people[name])


@when(parsers.parse("{name} goes past the payment step without a card using only the keyboard"))
def past_payment_by_keyboard(registration_form, name):
    registration_form.go_on_by_keyboard()


@when(parsers.parse("{name} acknowledges the policies and procedures and submits using only the keyboard"))
def policies_by_keyboard(registration_form, name):
    registration_form.submit_policies_by_keyboard()


@when(parsers.parse("{name} links the CM/ECF filer login to the PACER account using only the keyboard"))
def link_by_keyboard(people, manage_account, link_page, name):
    manage_account.open().follow_link_utility_by_keyboard()
    link_page.link_by_keyboard(people[name].login, people[name].password)
