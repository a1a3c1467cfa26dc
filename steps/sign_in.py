"""Steps of the sign-in journey: the page's notices, filer and viewer sign-in, client codes, lock-out, the court's
clock, the main menu and filing."""

import re
from datetime import UTC, datetime, timedelta

from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then, when

from .pages.menu import MainMenuPage
from .pages.sign_in import LOGIN, CmecfInformationPage, SignInPage

WRONG_PASSWORD = "Not-The-Right-Password-1!"  # noqa: S105 - deliberately wrong


# Opening the page and signing in, which every journey starts from.

IT_IS = parsers.re(r"it is (?P<hour>noon|\d{1,2} [ap]\.m\.) on (?P<day>[A-Z][a-z]+ \d{1,2}, \d{4})")


@given(IT_IS)
@when(IT_IS)
def it_is(control, hour, day):
    """The court's clock (UTC) set to an hour of a day: "noon" or "11 p.m." on "February 29, 2024"."""
    hour = "12 pm" if hour == "noon" else hour.replace(".", "")
    control.set_clock(datetime.strptime(f"{day} {hour}", "%B %d, %Y %I %p").replace(tzinfo=UTC).isoformat())


@when("a visitor opens the CM/ECF sign-in page")
@given("a visitor is on the CM/ECF sign-in page")
def open_sign_in(sign_in_page):
    sign_in_page.open()


@when(parsers.parse("{name} opens the CM/ECF sign-in page"))
def person_opens_sign_in(sign_in_page, name):
    sign_in_page.open()


@when(parsers.parse("{name} signs in as a filer"))
def sign_in_as_filer(people, sign_in_page, name):
    sign_in_page.open().sign_in_as_filer(people[name])


@when(parsers.parse("{name} signs in with a PACER login"))
def sign_in_with_pacer(people, sign_in_page, name):
    sign_in_page.open().sign_in_with_pacer(people[name])


@then(parsers.parse("{name} sees the CM/ECF main menu"))
def sees_main_menu(main_menu, name):
    main_menu.expect_shown()


# The page itself.


@then(parsers.parse('the page is titled "{title}"'))
def page_titled(page: Page, sign_in_page: SignInPage, title):
    expect(page).to_have_title(re.compile(re.escape(title)))
    expect(sign_in_page.heading).to_have_text(title)


@then(parsers.parse("the page names the {court}"))
def page_names_court(page: Page, court):
    expect(page.get_by_role("banner")).to_contain_text(court)


@then(parsers.parse('the visitor is warned "{warning}"'))
def warned(sign_in_page, warning):
    expect(sign_in_page.restricted_notice).to_contain_text(warning)


@then(parsers.parse('the section "{heading}" says "{text}"'))
def section_says(sign_in_page, heading, text):
    expect(sign_in_page.section(heading)).to_contain_text(text)


@then(parsers.parse('the page about CM/ECF says "{text}"'))
def cmecf_page_says(page: Page, text):
    information = CmecfInformationPage(page)
    expect(information.heading).to_have_text("About CM/ECF")
    expect(information.content).to_contain_text(text)


@then(parsers.parse('the visitor reads "{text}"'))
def reads(page: Page, text):
    expect(page.get_by_text(text, exact=False).first).to_be_visible()


@when(parsers.parse("{name} signs in with a wrong password"))
def wrong_password(people, sign_in_page, name):
    sign_in_page.open().sign_in(people[name].login, WRONG_PASSWORD, acknowledge=True)


@when(parsers.parse("{name} signs in with a wrong password {times:d} times"))
def wrong_password_repeatedly(people, sign_in_page, name, times):
    for _ in range(times):
        wrong_password(people, sign_in_page, name)
        expect(sign_in_page.alert).to_be_visible()


@then(parsers.re(r"(?P<name>\w+) (?:is|are) told the login is locked for (?P<minutes>\d+) more minutes"))
def told_locked(sign_in_page, name, minutes):
    expect(sign_in_page.alert).to_contain_text("Too many failed sign-in attempts.")
    expect(sign_in_page.alert).to_contain_text(f"try again in {minutes} minutes.")


@when(parsers.parse('{name} signs in with client code "{code}" without ticking the redaction acknowledgement'))
def sign_in_without_acknowledgement(people, sign_in_page, name, code):
    person = people[name]
    sign_in_page.open().sign_in(person.login, person.password, client_code=code, acknowledge=False)


@when(parsers.parse('{name} signs in with a PACER login and client code "{code}"'))
def sign_in_with_client_code(people, sign_in_page, name, code):
    sign_in_page.open().sign_in_with_pacer(people[name], client_code=code)


@then(parsers.parse('{name} is told beside the redaction acknowledgement "{message}"'))
def told_beside_acknowledgement(sign_in_page, name, message):
    expect(sign_in_page.acknowledgement).to_have_accessible_description(re.compile(re.escape(message)))


@then(parsers.parse('{name}\'s login and client code "{code}" are still filled in, but not the password'))
def entries_kept(people, sign_in_page, name, code):
    expect(sign_in_page.login).to_have_value(people[name].login)
    expect(sign_in_page.client_code).to_have_value(code)
    expect(sign_in_page.password).to_have_value("")


@then(parsers.parse("the access log shows for {name} {entries}"))
def access_log_shows(people, control, name, entries):
    wanted = re.findall(r"an? (failed|successful|refused) sign-in", entries)
    outcome = {"failed": "failed", "successful": "success", "refused": "refused"}
    logged = [e["outcome"] for e in control.access_log(people[name].login) if e["event"] == "sign-in"]
    assert logged == [outcome[w] for w in wanted], (
        f"the access log should show {entries} for {name}, but it shows sign-ins: {logged}")


@then(parsers.parse("{name} is offered the filing menu"))
def offered_filing(main_menu, name):
    expect(main_menu.file_a_document).to_be_visible()


@then(parsers.parse("{name} is not offered the filing menu"))
def not_offered_filing(main_menu, name):
    main_menu.expect_shown()
    expect(main_menu.file_a_document).to_have_count(0)


@then(parsers.parse("{name} is told under Filing that filing needs the CM/ECF filer login linked to an upgraded "
                    "PACER account"))
def told_filing_needs_link(main_menu, name):
    expect(main_menu.filing_section).to_contain_text(
        "Since March 16, 2020, filing with the Court of International Trade needs your CM/ECF filer login linked "
        "to an upgraded PACER account.")


@when(parsers.parse("{name} signs in with the linked PACER account without ticking the redaction acknowledgement"))
def sign_in_linked_without_acknowledgement(pacer_accounts, sign_in_page, name):
    sign_in_page.open().sign_in_with_pacer(pacer_accounts[name])


@when(parsers.parse("{name} signs in with the linked PACER account as a filer"))
def sign_in_linked_as_filer(pacer_accounts, sign_in_page, name):
    sign_in_page.open().sign_in_as_filer(pacer_accounts[name])


@then(parsers.parse("{name} can search for cases"))
def can_search(main_menu, name):
    expect(main_menu.search_for_a_case).to_be_visible()


def _credential(people, text: str, part: str) -> str:
    if text.startswith("an unknown"):
        return "nobody.here" if part == "login" else WRONG_PASSWORD
    if text.startswith("a wrong"):
        return WRONG_PASSWORD
    owner = text.split("'s ")[0]
    return getattr(people[owner], part)


@when(parsers.re(r"someone signs in with (?P<login>.+?) and (?P<password>.+?)(?: (?P<times>\d+) times)?$"),
      target_fixture="typed_login")
def someone_signs_in(people, sign_in_page, login, password, times):
    typed = _credential(people, login, "login")
    for _ in range(int(times or 1)):
        sign_in_page.open().sign_in(typed, _credential(people, password, "password"), acknowledge=True)
        expect(sign_in_page.alert).to_be_visible()
    return typed


@then(parsers.parse('they are told "{message}"'))
def they_are_told(sign_in_page, message):
    expect(sign_in_page.alert).to_have_text(message)


@then("the sign-in page still shows the login they typed")
def login_kept(sign_in_page, typed_login):
    expect(sign_in_page.login).to_have_value(typed_login)
    expect(sign_in_page.password).to_have_value("")


@when(parsers.parse("{minutes:d} minutes pass"))
def minutes_pass(control, minutes):
    control.advance_clock(minutes=minutes)


@when(parsers.re(r"(?P<years>\d+) years?(?: (?P<day>less|and) a day)? pass(?:es)?"))
def years_pass(control, years, day):
    """Calendar years on the simulated clock (February 29 gives March 1), a day more or less."""
    moment = datetime.fromisoformat(control.now())
    try:
        later = moment.replace(year=moment.year + int(years))
    except ValueError:
        later = moment.replace(year=moment.year + int(years), month=3, day=1)
    later += {"less": -timedelta(days=1), "and": timedelta(days=1), None: timedelta()}[day]
    control.set_clock(later.isoformat())


@then(parsers.parse("{name} is told the account was deactivated and to contact the PACER Service Center at {phone}"))
def told_deactivated(sign_in_page, name, phone):
    expect(sign_in_page.alert).to_have_text(
        "This account has been deactivated because it has not been used for more than two years. "
        f"To reactivate it, contact the PACER Service Center at {phone}.")


@when(parsers.parse('the visitor types a login, a password and client code "{code}" and ticks the redaction '
                    "acknowledgement"))
def type_into_form(sign_in_page, code):
    sign_in_page.fill(login="someone.somewhere", password=WRONG_PASSWORD, client_code=code, acknowledge=True)


@when("the visitor presses Reset")
def press_reset(sign_in_page):
    sign_in_page.reset_button.click()


@then("the sign-in form is empty again, ready for Login")
def form_empty(sign_in_page):
    for field in (sign_in_page.login, sign_in_page.password, sign_in_page.client_code):
        expect(field).to_have_value("")
    expect(sign_in_page.acknowledgement).not_to_be_checked()
    expect(sign_in_page.login_button).to_be_enabled()


@when(parsers.parse("the visitor signs in leaving the {field} field empty"))
def sign_in_leaving_empty(sign_in_page, field):
    values = {LOGIN: "someone.somewhere", "Password": "Some-Password-123!"}
    values[field] = ""
    sign_in_page.sign_in(values[LOGIN], values["Password"])


@then("the sign-in form has an optional client code field of up to 32 characters")
def client_code_field(sign_in_page):
    expect(sign_in_page.client_code).to_be_editable()
    expect(sign_in_page.client_code).to_have_accessible_description(re.compile("Optional: up to 32 characters"))


@then("the notice of redaction responsibility requires filers to redact", target_fixture="notice")
def redaction_notice_lists(sign_in_page, datatable):
    notice = sign_in_page.redaction_notice
    wanted = [what for (what,) in datatable[1:]]
    expect(notice, f"the notice should name, in this order: {'; '.join(wanted)}").to_contain_text(
        re.compile(".*".join(map(re.escape, wanted)), re.DOTALL))
    return notice


@then(parsers.parse('the notice cites "{rule}" and applies to "{scope}"'))
def notice_cites(notice, rule, scope):
    expect(notice).to_contain_text(rule)
    expect(notice).to_contain_text(scope)


@when("the visitor follows the link to register online")
def follow_register(sign_in_page):
    sign_in_page.register_link.click()


@then("the visitor is on the page for registering a PACER account")
def on_registration_page(page: Page):
    expect(page.get_by_role("heading", level=1)).to_contain_text("Register for a PACER Account")


@then(parsers.parse("the notice says the amendments were approved on {first} and {second}"))
def amendments_approved(sign_in_page, first, second):
    expect(sign_in_page.amendments_notice).to_contain_text(
        f"On {first} and {second}, the United States Court of International Trade approved amendments")


@then(parsers.parse("the notice says they take effect on {date}"))
def amendments_effective(sign_in_page, date):
    expect(sign_in_page.amendments_notice).to_contain_text(f"will become effective on {date}")


@then("the notice lists the amended rules in order")
def amended_rules_listed(sign_in_page, datatable):
    expect(sign_in_page.amended_rules).to_have_text(
        [re.compile(rf"^Rule {re.escape(number)}\. ") for (number,) in datatable[1:]])


@then(parsers.parse('rule {number} mentions "{text}"'))
def rule_mentions(sign_in_page, number, text):
    expect(sign_in_page.amended_rules.filter(has_text=f"Rule {number}.")).to_contain_text(text)


@when("the visitor follows the link to the copy of the amendments")
def follow_amendments(sign_in_page):
    sign_in_page.amendments_link.click()


@then(parsers.parse("the visitor sees the amendments to the Rules of the Court, effective {date}"))
def sees_amendments(page: Page, date):
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Amendments to the Rules of the United States Court of International Trade")
    expect(page.get_by_role("main")).to_contain_text(f"take effect on {date}")


@when("the visitor follows the link for more information about CM/ECF")
def follow_cmecf_information(sign_in_page):
    sign_in_page.cmecf_information_link.click()


@when(parsers.parse("{name} signs out"))
def signs_out(sign_in_page, name):
    main_menu_sign_out(sign_in_page)


def main_menu_sign_out(sign_in_page: SignInPage) -> None:
    MainMenuPage(sign_in_page.page).sign_out()
    expect(sign_in_page.status).to_have_text("You have signed out.")


# Filing, which the main menu offers a filer.

@when(parsers.parse("{name} opens the filing page by its address"))
def open_filing_page(filing_page, name):
    filing_page.open()


@when(parsers.parse('{name} files "{title}" of {pages:d} pages in case {case}'))
def files_document(filing_page, name, title, pages, case):
    filing_page.file_document(case, title, pages)


@then(parsers.parse("{name} is told the document was filed and {count:d} attorneys of record were notified"))
def told_filed(filing_page, name, count):
    filing_page.expect_filed(f"A Notice of Electronic Filing was sent to {count} attorneys of record.")


@then(parsers.parse('{name} receives a Notice of Electronic Filing for "{title}" with a free-look link'))
def receives_nef(people, control, name, title):
    notices = [m for m in control.mailbox(people[name].email) if title in m["body"]]
    assert notices, f"{name} should have an NEF for {title!r} at {people[name].email}"
    assert notices[0]["link"].startswith("/nef/"), f"the NEF should carry a free-look link: {notices[0]}"
