"""Steps of viewing filed documents: NEF free looks, attorneys of record, fees, client codes."""

import re

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then, when

from .pages.documents import BillingPage, CaseSearchPage, DocketReportPage, DocumentPage, FilingPage

FREE_LOOK_EXPIRED = "The \u201cfree look\u201d link for this document has expired."


class Docket(dict):
    """Cases on file in the scenario, by number, and each recipient's free-look links."""

    def __init__(self):
        super().__init__()
        self.free_looks: dict[tuple[str, str, int], str] = {}


@pytest.fixture
def docket() -> Docket:
    return Docket()


@pytest.fixture
def document_page(page: Page) -> DocumentPage:
    return DocumentPage(page)


def ensure_case(control, faker, docket: Docket, number: str, title: str | None = None) -> None:
    if number not in docket:
        title = title or f"{faker.company()} v. United States"
        control.create_case(number, title, attorneys_of_record=[])
        docket[number] = title


@given(parsers.parse('case {number} "{title}" is on file'))
def case_on_file(control, faker, docket, number, title):
    ensure_case(control, faker, docket, number, title)


@given(parsers.parse("{name} is an attorney of record in case {number}"))
def attorney_of_record(people, control, faker, docket, name, number):
    ensure_case(control, faker, docket, number)
    control.add_attorney_of_record(number, people[name].login)


@given(parsers.re(r'document (?P<number>\d+) "(?P<title>[^"]+)" of (?P<pages>\d+) pages is filed in case '
                  r"(?P<case>\S+?)(?P<restricted>, restricted to attorneys of record)?"
                  r"(?P<opinion>, a judicial opinion)?$"))
def document_filed(control, faker, docket, number, title, pages, case, restricted, opinion):
    ensure_case(control, faker, docket, case)
    control.create_document(case, int(number), title, pages=int(pages), restricted=bool(restricted),
                            opinion=bool(opinion))


@given(parsers.parse("case {case} has {entries:d} docket entries"))
def docket_entries(control, faker, docket, case, entries):
    ensure_case(control, faker, docket, case)
    control.create_documents([{"case": case, "number": number, "title": f"Exhibit {number}"}
                              for number in range(1, entries + 1)])


@given(parsers.parse('{count:d} cases with "{party}" as a party are on file'))
def cases_naming_party(control, count, party):
    control.create_cases([{"number": f"1:25-cv-{number:05d}", "title": f"{party} v. United States"}
                          for number in range(1, count + 1)])


@given(parsers.re(r"document (?P<number>\d+) of (?P<pages>\d+) pages (?P<audio>with|without) an audio "
                  r"(?:file|attachment) is filed in case (?P<case>\S+)$"))
def document_with_audio(control, faker, docket, number, pages, audio, case):
    ensure_case(control, faker, docket, case)
    control.create_document(case, int(number), faker.sentence(nb_words=4).rstrip("."), pages=int(pages),
                            has_audio=audio == "with")


@given(parsers.re(r"(?P<count>\d+) documents of (?P<pages>\d+) pages(?: and (?P<more>\d+) of (?P<more_pages>\d+) "
                  r"pages?)? are filed in case (?P<case>\S+)$"))
def documents_filed(control, faker, docket, count, pages, more, more_pages, case):
    ensure_case(control, faker, docket, case)
    sizes = [int(pages)] * int(count) + [int(more_pages or 0)] * int(more or 0)
    for number, size in enumerate(sizes, start=1):
        control.create_document(case, number, faker.sentence(nb_words=4).rstrip("."), pages=size)


@when(parsers.parse("{name} views every document on the docket report"))
def views_every_document(page: Page, name):
    DocketReportPage(page).view_every_document()


@when(parsers.parse("{name} searches for case {case}"))
def searches_for_case(page: Page, name, case):
    search = CaseSearchPage(page)
    search.search_for_a_case()
    search.search_for(case)


@when(parsers.parse('{name} searches for cases with party name "{party}"'))
def searches_by_party(page: Page, name, party):
    search = CaseSearchPage(page)
    search.search_for_a_case()
    search.search_by_party(party)


@when(parsers.parse("{name} opens the docket report of case {case} from the search results"))
def opens_docket_from_results(page: Page, name, case):
    CaseSearchPage(page).open_docket_from_results(case)


@then(parsers.parse("{name} sees the docket report of case {case}, billed {pages} pages for {fee}"))
def sees_docket_report(page: Page, docket, name, case, pages, fee):
    report = DocketReportPage(page)
    expect(report.report.get_by_role("heading")).to_have_text(f"Docket for {case} {docket[case]}")
    expect(report.billed, "the receipt's billable pages and cost").to_have_text([pages, fee])


@then(parsers.parse("{name} sees {count} cases found, billed {pages} pages for {fee}"))
def sees_search_results(page: Page, name, count, pages, fee):
    search = CaseSearchPage(page)
    expect(search.cases_found).to_have_accessible_name(f"Cases found: {count}")
    expect(search.results_billed, "the receipt's billable pages and cost").to_have_text([pages, fee])


@given(parsers.parse("an NEF for document {number:d} in case {case} was sent to {name}"))
def nef_sent(people, control, docket, number, case, name):
    docket.free_looks[(name, case, number)] = control.send_nef(case, number, people[name].login)


def free_look_link(docket: Docket, name: str) -> str:
    links = [link for (recipient, _, _), link in docket.free_looks.items() if recipient == name]
    assert links, f"no NEF was sent to {name} in this scenario"
    return links[-1]


@given(parsers.parse("{name} has already used the free look"))
def free_look_used(people, control, docket, name):
    (case, number), = [(c, n) for (r, c, n) in docket.free_looks if r == name][-1:]
    docket.free_looks[(name, case, number)] = control.send_nef(case, number, people[name].login, used=True)


@given(parsers.parse("{days:d} days pass"))
def days_pass(control, days):
    control.advance_clock(days=days)


@when(parsers.parse("{name} follows the free-look link from the NEF"))
def follow_free_look(page: Page, docket, name):
    page.goto(free_look_link(docket, name))


@when(parsers.parse("{name} follows the free-look link again and signs in as a filer"))
@when(parsers.parse("{name} follows the free-look link and signs in as a filer"))
def follow_free_look_and_sign_in(people, page: Page, sign_in_page, docket, name):
    page.goto(free_look_link(docket, name))
    sign_in_page.sign_in_as_filer(people[name])


@when(parsers.parse("{name} follows {owner}'s free-look link and signs in as a filer"))
def follow_forwarded_free_look(people, page: Page, sign_in_page, docket, name, owner):
    page.goto(free_look_link(docket, owner))
    sign_in_page.sign_in_as_filer(people[name])


@then(parsers.parse("{name} is asked for a CM/ECF login and password to view the document"))
def asked_for_cmecf_login(sign_in_page, name):
    expect(sign_in_page.heading).to_have_text("CM/ECF Filer or PACER Login")
    expect(sign_in_page.status).to_contain_text("Enter your CM/ECF filer login and password to view this document")


@then(parsers.parse("{name} sees document {number:d} of case {case} as a free look"))
def sees_free_look(document_page, name, number, case):
    expect(document_page.heading).to_have_text(f"Document {number} in case {case}")
    expect(document_page.free_look_notice).to_contain_text("no charge")
    expect(document_page.document(number)).to_be_visible()


@then(parsers.parse("the access log records {name}'s free look at document {number:d}"))
def access_log_free_look(people, control, name, number):
    entries = [e for e in control.access_log(people[name].login) if e["event"] == "document"]
    assert any(e["outcome"] == "free look" and f"#{number}" in e["detail"] for e in entries), (
        f"the access log should record {name}'s free look at document {number}; document entries: {entries}")


@then(parsers.parse("{name}'s free look at document {number:d} is still unused"))
def free_look_unused(people, control, name, number):
    unused = [n for n in control.nefs(people[name].login) if n["document"] == number and not n["used_at"]]
    assert unused, f"{name}'s free look at document {number} should still be unused"


@then("the login prompt appears again, saying the free look has expired and a PACER login is needed")
@when("the login prompt appears again, saying the free look has expired and a PACER login is needed")
def login_prompt_again(sign_in_page):
    expect(sign_in_page.heading).to_have_text("CM/ECF Filer or PACER Login")
    expect(sign_in_page.status).to_contain_text(FREE_LOOK_EXPIRED)
    expect(sign_in_page.status).to_contain_text("Enter your PACER login and password to view the document.")


@when(parsers.parse("{name} signs in with a PACER login on that prompt"))
def sign_in_on_prompt(people, sign_in_page, name):
    sign_in_page.sign_in_with_pacer(people[name])


@when(parsers.parse("{name} opens document {number:d} of case {case}"))
def open_document(page: Page, name, number, case):
    CaseSearchPage(page).open_document(case, number)


@when(parsers.parse("{name} searches for a case"))
def searches_for_a_case(page: Page, name):
    CaseSearchPage(page).search_for_a_case()


@then(parsers.parse("{name} is shown a charge of {fee} before viewing document {number:d}"))
def shown_charge(document_page, name, fee, number):
    expect(document_page.receipt_row("Cost")).to_contain_text(fee)
    expect(document_page.view_document).to_be_visible()
    expect(document_page.document(number)).to_have_count(0)


@when(parsers.parse("{name} views the document"))
def views_document(document_page, name):
    document_page.view()
    expect(document_page.page.get_by_role("article")).to_be_visible()


@then(parsers.parse('the receipt shows client code "{code}"'))
def receipt_client_code(document_page, code):
    expect(document_page.receipt_row("Client code")).to_contain_text(code)


@then(parsers.re(r"(?P<name>\w+)'s billing history shows a charge of (?P<fee>\$[\d.]+) for document "
                 r'(?P<number>\d+)(?: with client code "(?P<code>[^"]+)")?$'))
def billing_shows_charge(page: Page, docket, name, fee, number, code):
    billing = BillingPage(page).open()
    (case,) = list(docket)[:1]
    expect_one_charge(billing.charge_for(case, int(number)), fee, code)


def expect_one_charge(row, fee: str, code: str | None) -> None:
    """Exactly one line of the billing history, with its fee and, where one was given, its client code: one check
    (a second line for the same thing fails it as two elements where one was wanted)."""
    wanted = re.escape(fee) + (f".*{re.escape(code)}" if code else "")
    expect(row, f"one charge of {fee}" + (f" with client code {code}" if code else "")).to_contain_text(
        re.compile(wanted))


@then(parsers.re(r"(?P<name>\w+)'s billing history shows a charge of (?P<fee>\$[\d.]+) for the docket report of case "
                 r'(?P<case>\S+?)(?: with client code "(?P<code>[^"]+)")?$'))
def billing_shows_docket_charge(page: Page, name, fee, case, code):
    expect_one_charge(BillingPage(page).open().charge_for_docket_report(case), fee, code)


@then(parsers.re(r"(?P<name>\w+)'s billing history shows a charge of (?P<fee>\$[\d.]+) for the search for party name "
                 r'"(?P<party>[^"]+)"(?: with client code "(?P<code>[^"]+)")?$'))
def billing_shows_search_charge(page: Page, name, fee, party, code):
    expect_one_charge(BillingPage(page).open().charge_for_search(party), fee, code)


@then(parsers.parse("{name}'s billing history shows no charge for document {number:d}"))
def billing_no_charge_for_document(page: Page, docket, name, number):
    billing = BillingPage(page).open()
    expect(billing.page.get_by_role("heading", level=1)).to_have_text("Billing history")
    (case,) = list(docket)[:1]
    expect(billing.charge_for(case, number)).to_have_count(0)


@then(parsers.parse("{name}'s billing history shows no charges"))
def billing_empty(page: Page, name):
    BillingPage(page).open()
    expect(page.get_by_text("No charges yet.")).to_be_visible()


@then(parsers.parse("no charge is recorded for {name}"))
def no_charge_recorded(people, control, name):
    charges = control.charges(people[name].login)
    assert charges == [], f"{name} should have no charges, but has {charges}"


@then(parsers.parse("{name}'s billing history shows {charged} charged this quarter and {due} due"))
def billing_quarter(page: Page, name, charged, due):
    billing = BillingPage(page).open()
    expect(billing.summary).to_have_text([charged, due])


@then(parsers.parse("{name} is told the document is restricted"))
def told_restricted(document_page, name):
    expect(document_page.permission_message).to_have_text(re.compile("You do not have permission"))


@when(parsers.parse("{name} opens the filing page by its address"))
def open_filing_page(page: Page, name):
    FilingPage(page).open()


@when(parsers.parse('{name} files "{title}" of {pages:d} pages in case {case}'))
def files_document(page: Page, name, title, pages, case):
    FilingPage(page).file_document(case, title, pages)


@then(parsers.parse("{name} is told the document was filed and {count:d} attorneys of record were notified"))
def told_filed(page: Page, name, count):
    expect(FilingPage(page).confirmation).to_contain_text(
        f"A Notice of Electronic Filing was sent to {count} attorneys of record.")


@then(parsers.parse('{name} receives a Notice of Electronic Filing for "{title}" with a free-look link'))
def receives_nef(people, control, name, title):
    notices = [m for m in control.mailbox(people[name].email) if title in m["body"]]
    assert notices, f"{name} should have an NEF for {title!r} at {people[name].email}"
    assert notices[0]["link"].startswith("/nef/"), f"the NEF should carry a free-look link: {notices[0]}"
