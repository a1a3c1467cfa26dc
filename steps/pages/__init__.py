"""Page objects: what a user sees and does on each page, found by role, label and text."""

from playwright.sync_api import Locator


def submit(button: Locator) -> None:
    """Click a button that submits a form, or a link, and wait for the page it loads.

    The next step then starts from the answer, not from a navigation still under way
    (which Firefox reports as "interrupted by another navigation").
    """
    with button.page.expect_navigation():
        button.click()


def refill(field: Locator, value: str) -> None:
    """Replace what a field holds (an entry the page kept) with `value`.

    Firefox driven over WebDriver BiDi cannot select the text of an e-mail input, so a plain fill
    adds to the kept entry instead of replacing it; emptying the field first works in every browser.
    """
    field.clear()
    field.fill(value)
