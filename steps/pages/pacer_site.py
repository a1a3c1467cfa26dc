"""www.pacer.gov, the site the court's registration guidance sends a person to."""

from playwright.sync_api import Page

from . import submit


class PacerSite:
    """www.pacer.gov: its main menu bar, the Register page's Start, and the registration types' left panel."""

    def __init__(self, page: Page):
        self.page = page
        self.main_menu = page.get_by_role("navigation", name="PACER main menu")
        self.start = page.get_by_role("link", name="Start", exact=True)
        self.left_panel = page.get_by_role("navigation", name="Registration types")

    def select_from_main_menu(self, item: str) -> None:
        submit(self.main_menu.get_by_role("link", name=item, exact=True))

    def select_from_left_panel(self, item: str) -> None:
        submit(self.left_panel.get_by_role("link", name=item, exact=True))

    def select_link(self, name: str) -> None:
        submit(self.page.get_by_role("link", name=name, exact=True))
