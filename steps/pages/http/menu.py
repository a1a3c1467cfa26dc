"""The CM/ECF main menu over HTTP."""

from .page import HttpPage


class HttpMainMenuPage:
    def __init__(self, page: HttpPage):
        self.page = page

    def expect_shown(self) -> None:
        assert self.page.heading() == "CM/ECF main menu", (
            f"the CM/ECF main menu should be open, not {self.page.heading()!r} ({self.page.url})")
