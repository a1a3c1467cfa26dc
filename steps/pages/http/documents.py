"""The filing form and the case search over HTTP: steps/pages/documents.py's actions, without a browser."""

from .page import HttpPage


class HttpFilingPage:
    def __init__(self, page: HttpPage):
        self.page = page

    def file_document(self, case_number: str, title: str, pages: int) -> None:
        self.page.follow("File a document")
        self.page.select("Case", self.page.option_starting("Case", f"{case_number} "))
        self.page.fill("Document title", title).fill("Number of pages", str(pages)).submit("File document")

    def expect_entries_kept(self, case_number: str, pages: str) -> None:
        kept = (self.page.chosen_text("Case"), self.page.value("Number of pages"))
        assert kept[0].startswith(f"{case_number} ") and kept[1] == pages, (
            f"the filing form should keep case {case_number} and {pages} pages: {kept}")

    def expect_filed(self, said: str) -> None:
        confirmations = self.page.texts("status")
        assert any(said in text for text in confirmations), f"the court should say {said!r}: {confirmations}"


class HttpCaseSearchPage:
    def __init__(self, page: HttpPage):
        self.page = page

    def search_for_a_case(self) -> None:
        self.page.follow("CM/ECF main menu").follow("Search for a case")

    def search_for(self, case_number: str) -> None:
        self.page.fill("Case number", case_number).submit("Search")

    def expect_no_docket(self) -> None:
        assert self.page.heading() == "Search for a case", (
            f"the search should stay open, not {self.page.heading()!r}")
        dockets = [section for section in self.page.soup.find_all("section")
                   if self.page.name_of(section).startswith("Docket for ")]
        assert dockets == [], f"no docket should be shown, but {len(dockets)} are"
