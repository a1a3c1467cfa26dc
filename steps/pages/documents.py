"""Pages of filed documents: the transaction receipt, the document itself, the billing history."""

import re

from playwright.sync_api import Locator, Page, expect

from . import submit


def billed(receipt: Locator) -> Locator:
    """A Transaction Receipt's billable pages and cost, in that order: one locator, so one check reads both."""
    return receipt.get_by_role("row").filter(
        has=receipt.page.get_by_role("rowheader", name=re.compile("^(Billable pages|Cost)$"))).get_by_role("cell")


class DocumentPage:
    def __init__(self, page: Page):
        self.page = page
        self.heading = page.get_by_role("heading", level=1)
        self.receipt = page.get_by_role("table", name="Transaction Receipt")
        self.view_document = page.get_by_role("button", name="View Document")
        self.free_look_notice = page.get_by_role("status").filter(has_text="Free look")
        self.permission_message = page.get_by_role("alert")

    def document(self, number: int):
        return self.page.get_by_role("article", name=f"Document {number}")

    def receipt_row(self, label: str):
        return self.receipt.get_by_role("row", name=re.compile(f"^{re.escape(label)}"))

    def view(self) -> None:
        submit(self.view_document)


class CaseSearchPage:
    def __init__(self, page: Page):
        self.page = page
        self.heading = page.get_by_role("heading", level=1)
        self.case_number = page.get_by_label("Case number")
        self.party_name = page.get_by_label("Party name")
        self.search = page.get_by_role("button", name="Search")
        self.dockets = page.get_by_role("region", name=re.compile("^Docket for "))
        self.results = page.get_by_role("region", name="Search results")
        self.cases_found = self.results.get_by_role("table", name=re.compile("^Cases found"))
        self.results_receipt = self.results.get_by_role("table", name="Transaction Receipt")

    @property
    def results_billed(self) -> Locator:
        return billed(self.results_receipt)

    def search_for_a_case(self) -> None:
        self.page.get_by_role("navigation", name="Site").get_by_role("link", name="CM/ECF main menu").click()
        self.page.get_by_role("link", name="Search for a case").click()

    def search_for(self, case_number: str) -> None:
        """A case number: the case's docket report opens."""
        self.case_number.fill(case_number)
        submit(self.search)

    def expect_no_docket(self) -> None:
        expect(self.heading).to_have_text("Search for a case")
        expect(self.dockets).to_have_count(0)

    def search_by_party(self, party: str) -> None:
        self.party_name.fill(party)
        submit(self.search)

    def open_docket_from_results(self, case_number: str) -> None:
        # Waits for the report to load: the next step reads its entries as they stand.
        submit(self.cases_found.get_by_role("link", name=case_number, exact=True))

    def open_document(self, case_number: str, number: int) -> None:
        """From the main menu: search for the case, then follow the document's entry on its docket report."""
        self.search_for_a_case()
        self.search_for(case_number)
        DocketReportPage(self.page).entry(number).click()


class DocketReportPage:
    """A case's docket report: its entries, and the receipt for viewing it."""

    def __init__(self, page: Page):
        self.page = page
        self.report = page.get_by_role("region", name=re.compile("^Docket for "))
        self.entries = self.report.get_by_role("table", name=re.compile("^Documents filed in ")).get_by_role("link")
        self.receipt = page.get_by_role("table", name="Transaction Receipt")

    def entry(self, number: int):
        return self.report.get_by_role("link", name=f"Document {number}:")

    @property
    def billed(self) -> Locator:
        return billed(self.receipt)

    def view_every_document(self) -> None:
        """Open each entry as from a new tab, so the report is viewed (and billed) once, and view the document.
        The report must have loaded (see `submit`): one still arriving would list only some entries."""
        addresses = [entry.get_attribute("href") for entry in self.entries.all()]
        for address in addresses:
            self.page.goto(address)
            DocumentPage(self.page).view()


class FilingPage:
    def __init__(self, page: Page):
        self.page = page
        self.case = page.get_by_label("Case")
        self.title = page.get_by_label("Document title")
        self.pages = page.get_by_label("Number of pages")
        self.chosen_case = self.case.get_by_role("option", selected=True)
        self.file = page.get_by_role("button", name="File document")
        self.confirmation = page.get_by_role("status")

    def open(self) -> "FilingPage":
        """The filing page at its address, as from a bookmark: the main menu offers it only to who may file."""
        self.page.goto("/cmecf/file")
        return self

    def file_document(self, case_number: str, title: str, pages: int) -> None:
        self.page.get_by_role("link", name="File a document").click()
        choice = self.case.get_by_role("option", name=re.compile(f"^{re.escape(case_number)} "))
        self.case.select_option(label=choice.text_content())
        self.title.fill(title)
        self.pages.fill(str(pages))
        submit(self.file)

    def expect_entries_kept(self, case_number: str, pages: str) -> None:
        expect(self.chosen_case).to_have_text(re.compile(f"^{re.escape(case_number)} "))
        expect(self.pages).to_have_value(pages)

    def expect_filed(self, said: str) -> None:
        expect(self.confirmation).to_contain_text(said)


class BillingPage:
    def __init__(self, page: Page):
        self.page = page
        self.charges = page.get_by_role("table", name="Charges")
        self.summary = page.get_by_role("definition")

    def open(self) -> "BillingPage":
        self.page.goto("/cmecf/billing")
        return self

    def charge_for(self, case_number: str, number: int):
        return self.charges.get_by_role("row").filter(has_text=f"{case_number} document {number}:")

    def charge_for_docket_report(self, case_number: str):
        return self.charges.get_by_role("row").filter(has_text=f"Docket report: {case_number}")

    def charge_for_search(self, party: str):
        return self.charges.get_by_role("row").filter(has_text=f"Case search: party name \u201c{party}\u201d")
