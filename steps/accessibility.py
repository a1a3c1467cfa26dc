"""Steps of the accessibility checks: audits of every page, and journeys by keyboard alone."""

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then, when

from .common import introduce
from .pages.accessibility import audit, describe, tab_to
from .pages.menu import MainMenuPage
from .pages.tour import TOUR_CASE, Tour, visit


@pytest.fixture
def tour_cast(people, control, faker):
    filer = introduce(people, control, faker, "Avery", "attorney")
    viewer = introduce(people, control, faker, "Pat", "viewer")
    outsider = introduce(people, control, faker, "Dana", "attorney")
    control.create_case(TOUR_CASE, "Acme Imports, Inc. v. United States", attorneys_of_record=[filer.login])
    control.create_document(TOUR_CASE, 1, "Complaint", pages=12)
    control.create_document(TOUR_CASE, 2, "Confidential record", pages=4, restricted=True)
    free_look_url = control.send_nef(TOUR_CASE, 2, filer.login)
    return filer, viewer, outsider, free_look_url


@given("the people and the case of the accessibility tour are on file", target_fixture="tour")
def tour_on_file(page: Page, tour_cast):
    return Tour(page, *tour_cast)


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
