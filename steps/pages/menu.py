"""The CM/ECF main menu a person lands on after signing in."""

from playwright.sync_api import Page, expect

from . import submit


class MainMenuPage:
    def __init__(self, page: Page):
        self.page = page
        self.heading = page.get_by_role("heading", name="CM/ECF main menu")
        self.signed_in_as = page.get_by_text("Signed in as")
        self.filing = page.get_by_role("heading", name="Filing")
        self.filing_section = page.get_by_role("region", name="Filing")
        self.file_a_document = page.get_by_role("link", name="File a document")
        self.search_for_a_case = page.get_by_role("link", name="Search for a case")
        self.billing_history = page.get_by_role("link", name="Billing history")
        self.manage_account = page.get_by_role("link", name="Manage my PACER account")
        self.not_activated = page.get_by_role("alert").filter(has_text="PACER User Not Activated")

    def expect_shown(self) -> None:
        expect(self.heading).to_be_visible()

    def sign_out(self) -> None:
        submit(self.page.get_by_role("button", name="Sign out"))
