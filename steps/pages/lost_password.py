"""The lost-password request, and the page the e-mailed link opens to choose a new password."""

from playwright.sync_api import Page

from fixtures.personas import Persona

from . import submit


class LostPasswordPage:
    def __init__(self, page: Page):
        self.page = page
        self.heading = page.get_by_role("heading", name="Lost or forgotten password")
        self.login = page.get_by_label("CM/ECF or PACER login")
        self.email = page.get_by_label("E-mail address on the account")
        self.send = page.get_by_role("button", name="Send reset link")
        self.confirmation = page.get_by_role("status")

    def request_reset(self, login: str, email: str) -> None:
        self.login.fill(login)
        self.email.fill(email)
        submit(self.send)


class ResetPasswordPage:
    def __init__(self, page: Page):
        self.page = page
        self.heading = page.get_by_role("heading", name="Choose a new password")
        self.password = page.get_by_label("New password", exact=True)
        self.confirm = page.get_by_label("New password again")
        self.change = page.get_by_role("button", name="Change password")
        self.done = page.get_by_role("status")
        self.expired = page.get_by_role("alert")

    def choose(self, person: Persona, new_password: str) -> None:
        self.choose_twice(new_password)

    def choose_twice(self, new_password: str) -> None:
        """Type the new password and type it again, then ask for the change."""
        self.password.fill(new_password)
        self.confirm.fill(new_password)
        submit(self.change)
