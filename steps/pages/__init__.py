"""Page objects: what a user sees and does on each page, found by role, label and text."""

from playwright.sync_api import Locator


def submit(button: Locator) -> None:
    """Click a button that submits a form, and wait for the page it loads.

    The next step then starts from the answer, not from a navigation still under way
    (which Firefox reports as "interrupted by another navigation").
    """
    with button.page.expect_navigation():
        button.click()
