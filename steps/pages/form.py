"""The page a person has open, whichever it is: what they are told, beside which field, what its fields show, and
that nothing they typed ran. Its twin over HTTP is steps/pages/http/form.py."""

import re

from playwright.sync_api import Page, expect

from .http.page import normalized


class BrowserForm:
    def __init__(self, page: Page, dialogs: list[str]):
        self.page = page
        self.dialogs = dialogs  # every alert, confirm or prompt the page opened (fixtures/drivers.py)

    def field(self, label: str):
        return self.page.get_by_label(label, exact=True)

    def expect_told(self, message: str, who: str) -> None:
        expect(self.page.get_by_role("alert").filter(has_text=message),
               f"{who} should see the message {message!r}").to_be_visible()

    def expect_message_beside(self, label: str, message: str, *, whole: bool = False) -> None:
        """The field's description carries the message (white space as a page shows it), or is it, if whole."""
        message = normalized(message)
        expect(self.field(label), f"the {label} field should carry the message {message!r}"
               ).to_have_accessible_description(message if whole else re.compile(re.escape(message)))

    def expect_entries(self, entries: dict[str, str], whose: str) -> None:
        """Each field, by its label, shows what `entries` says (a list: the option chosen)."""
        for label, value in entries.items():
            expect(self.field(label), f"{whose}: the {label} field").to_have_value(value)

    def expect_nothing_ran(self, who: str) -> None:
        expect(self.page.get_by_role("heading", level=1)).to_be_visible()
        # The simulator's pages carry no image, and no script but their own files: any other came from what was typed.
        expect(self.page.locator("script:not([src^='/static/'])")).to_have_count(0)
        expect(self.page.locator("img")).to_have_count(0)
        assert self.dialogs == [], f"a script ran from what {who} typed and opened dialogs: {self.dialogs}"
