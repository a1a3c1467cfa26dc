"""Pages of filed documents: the transaction receipt, the document itself, the billing history."""

import re

from playwright.sync_api import Page

from . import submit


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
        self.case_number = page.get_by_label("Case number")
        self.search = page.get_by_role("button", name="Search")

    def search_for_a_case(self) -> None:
        self.page.get_by_role("navigation", name="Site").get_by_role("link", name="CM/ECF main menu").click()
        self.page.get_by_role("link", name="Search for a case").click()

    def open_document(self, case_number: str, number: int) -> None:
        """From the main menu: search for the case, then follow the document's docket entry."""
        self.search_for_a_case()
        self.case_number.fill(case_number)
        submit(self.search)
        docket = self.page.get_by_role("table", name=f"Documents filed in {case_number}")
        docket.get_by_role("link", name=f"Document {number}:").click()


class FilingPage:
    def __init__(self, page: Page):
        self.page = page
        self.case = page.get_by_label("Case")
        self.title = page.get_by_label("Document title")
        self.pages = page.get_by_label("Number of pages")
        self.file = page.get_by_role("button", name="File document")
        self.confirmation = page.get_by_role("status")

    def file_document(self, case_number: str, title: str, pages: int) -> None:
        self.page.get_by_role("link", name="File a document").click()
        choice = self.case.get_by_role("option", name=re.compile(f"^{re.escape(case_number)} "))
        self.case.select_option(label=choice.text_content())
        self.title.fill(title)
        self.pages.fill(str(pages))
        submit(self.file)


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
