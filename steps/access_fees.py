"""Steps of paying for access: what viewing a document, a docket report or search results costs, the receipt,
client codes and the billing history."""

import re

from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then, when

from .docket import ensure_case
from .pages.documents import BillingPage, CaseSearchPage, DocketReportPage


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
