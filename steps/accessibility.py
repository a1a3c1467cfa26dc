"""Steps of the accessibility checks: audits of every page, and journeys by keyboard alone."""

from dataclasses import dataclass

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page, expect
from pytest_bdd import parsers, then, when

from fixtures.personas import card_failing_checksum, registering_again

from .free_look import free_look_link
from .pages.accessibility import audit, describe, tab_to
from .pages.menu import MainMenuPage
from .pages.tour import Tour, visit


@pytest.fixture
def tour(page: Page, control, people, docket, faker) -> Tour:
    """The tour's roles, as the Background introduces each person."""
    viewer, registrant = people["Pat"], people["Sam"]
    return Tour(page, control, filer=people["Avery"], outsider=people["Dana"], viewer=viewer, legacy=people["Lee"],
                awaiting_activation=people["Kim"], registrant=registrant,
                returning=registering_again(faker, viewer),
                declined_card=card_failing_checksum(faker, registrant.full_name),
                free_look_url=free_look_link(docket, "Avery"))


@dataclass
class Stop:
    """A row of the tour: the page, its heading, and what it says (in an alert or status, or beside a field)."""

    page: str
    heading: str
    says: str = ""
    field: str = ""
    beside: str = ""

    @classmethod
    def rows(cls, datatable: list[list[str]]) -> list["Stop"]:
        header, *rows = datatable
        stops = []
        for row in rows:
            cells = dict(zip(header, row, strict=True))
            field, _, beside = cells.get("beside the field", "").partition(": ")
            stops.append(cls(cells["page"], cells["heading"], cells.get("it says", ""), field, beside))
        return stops


@when("a person goes through these pages, each audited as it is reached:", target_fixture="tour_findings")
def go_through(tour: Tour, page: Page, form, sandbox, base_url, record_audit, datatable) -> list[str]:
    """Each page afresh (signed out), checked to be the page meant, then audited; what is wrong with one page
    is noted and the tour goes on, so that one run audits every page."""
    findings = []
    for stop in Stop.rows(datatable):
        # Signed out: no cookie but the one that keeps the scenario in its sandbox.
        page.context.clear_cookies()
        page.context.add_cookies([sandbox.cookie_for(base_url)])
        try:
            visit(tour, stop.page)
            expect(page.get_by_role("heading", name=stop.heading, exact=True)).to_be_visible()
            if stop.says:
                expect(page.get_by_role("alert").or_(page.get_by_role("status")).filter(has_text=stop.says),
                       f"the page should say {stop.says!r}").to_be_visible()
            if stop.field:
                form.expect_message_beside(stop.field, stop.beside)
        except (AssertionError, PlaywrightError) as failure:
            findings.append(f"{stop.page} was not reached as listed ({page.url}): {str(failure).splitlines()[0]}")
            continue
        found = audit(page)
        record_audit(stop.page, found.findings(), page.content())
        if found.violations:
            findings.append(f"{stop.page} ({page.url}) fails WCAG 2.1 A or AA:\n{describe(found.violations)}")
    return findings


@then("each page is headed, and says, as listed, and none has a WCAG 2.1 A or AA violation of any impact")
def every_page_meets_wcag(tour_findings):
    assert not tour_findings, f"{len(tour_findings)} page(s) of the tour failed:\n\n" + "\n\n".join(tour_findings)


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
