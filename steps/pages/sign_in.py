"""The "CM/ECF Filer or PACER Login" page."""

import re

from playwright.sync_api import Page

from fixtures.personas import Persona

from . import submit

ACKNOWLEDGEMENT = "I understand that, if I file, I must comply with the redaction rules. I have read this notice."


class SignInPage:
    def __init__(self, page: Page):
        self.page = page
        self.heading = page.get_by_role("heading", level=1)
        self.login = page.get_by_label("CM/ECF or PACER login")
        self.password = page.get_by_label("Password", exact=True)
        self.client_code = page.get_by_label("Client code")
        self.acknowledgement = page.get_by_label(ACKNOWLEDGEMENT)
        self.login_button = page.get_by_role("button", name="Login")
        self.clear_button = page.get_by_role("button", name="Clear")
        self.alert = page.get_by_role("alert")
        self.status = page.get_by_role("status")
        self.lost_password_link = page.get_by_role("link", name="click here to reset your password")
        self.register_link = page.get_by_role("link", name="register online")
        self.amendments_link = page.get_by_role("link", name="amendments to the Rules of the Court")
        self.cmecf_information_link = page.get_by_role("link", name="click here for information about CM/ECF")
        self.amended_rules = page.get_by_role("list", name="Amended rules").get_by_role("listitem")
        self.redaction_notice = page.get_by_role("region", name=re.compile("notice of redaction", re.I))

    def open(self) -> "SignInPage":
        self.page.goto("/")
        return self

    def sign_in(self, login: str, password: str, *, client_code: str | None = None,
                acknowledge: bool = False) -> None:
        self.login.fill(login)
        self.password.fill(password)
        if client_code is not None:
            self.client_code.fill(client_code)
        if acknowledge:
            self.acknowledgement.check()
        submit(self.login_button)

    def sign_in_as_filer(self, person: Persona, *, client_code: str | None = None,
                         password: str | None = None) -> None:
        self.sign_in(person.login, password or person.password, client_code=client_code, acknowledge=True)

    def sign_in_with_pacer(self, person: Persona, *, client_code: str | None = None) -> None:
        self.sign_in(person.login, person.password, client_code=client_code)
