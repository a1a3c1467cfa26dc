"""The "CM/ECF Filer or PACER Login" page."""

import re

from playwright.sync_api import Locator, Page

from fixtures.personas import Persona

from . import submit

LOGIN = "CM/ECF or PACER login"
ACKNOWLEDGEMENT = "I understand that, if I file, I must comply with the redaction rules. I have read this notice."


class SigningIn:
    """Signing in as a filer or with a PACER login, through the `sign_in` of either driver's sign-in page."""

    def sign_in(self, login: str, password: str, *, client_code: str | None = None,
                acknowledge: bool = False) -> None:
        raise NotImplementedError

    def sign_in_as_filer(self, person: Persona, *, client_code: str | None = None,
                         password: str | None = None) -> None:
        self.sign_in(person.login, password or person.password, client_code=client_code, acknowledge=True)

    def sign_in_with_pacer(self, person: Persona, *, client_code: str | None = None) -> None:
        self.sign_in(person.login, person.password, client_code=client_code)


class SignInPage(SigningIn):
    def __init__(self, page: Page):
        self.page = page
        self.heading = page.get_by_role("heading", level=1)
        self.login = page.get_by_label(LOGIN)
        self.password = page.get_by_label("Password", exact=True)
        self.client_code = page.get_by_label("Client code")
        self.acknowledgement = page.get_by_label(ACKNOWLEDGEMENT)
        self.login_button = page.get_by_role("button", name="Login")
        self.reset_button = page.get_by_role("button", name="Reset")
        self.alert = page.get_by_role("alert")
        self.status = page.get_by_role("status")
        self.lost_password_link = page.get_by_role("link", name="click here to reset your password")
        self.forgot_username_link = page.get_by_role("link", name="click here to have your user name e-mailed to you")
        # Each passage is found in the part of the page that carries it, so that the same words
        # elsewhere (the site-wide footer gives the PACER Service Center's number too) cannot stand in.
        self.restricted_notice = page.get_by_role("region", name="Restricted web site")
        self.instructions = self.section("Instructions")
        self.amendments_notice = self.section("Notice of Amendments to the Rules")
        self.fees_and_information = self.section("Access fees and more information")
        self.redaction_notice = page.get_by_role("region", name=re.compile("notice of redaction", re.I))
        self.register_link = self.instructions.get_by_role("link", name="register online")
        self.amendments_link = self.amendments_notice.get_by_role("link", name="amendments to the Rules of the Court")
        self.cmecf_information_link = self.fees_and_information.get_by_role(
            "link", name="click here for information about CM/ECF")
        self.amended_rules = self.amendments_notice.get_by_role("list", name="Amended rules").get_by_role("listitem")

    def section(self, heading: str) -> Locator:
        return self.page.get_by_role("region", name=heading, exact=True)

    def open(self) -> "SignInPage":
        self.page.goto("/")
        return self

    def fill(self, *, login: str, password: str, client_code: str | None = None, acknowledge: bool = False) -> None:
        self.login.fill(login)
        self.password.fill(password)
        if client_code is not None:
            self.client_code.fill(client_code)
        if acknowledge:
            self.acknowledgement.check()

    def sign_in(self, login: str, password: str, *, client_code: str | None = None,
                acknowledge: bool = False) -> None:
        self.fill(login=login, password=password, client_code=client_code, acknowledge=acknowledge)
        submit(self.login_button)

    def follow_lost_password(self) -> None:
        self.lost_password_link.click()


class CmecfInformationPage:
    """The court's page about CM/ECF, which "click here" in the sign-in page's fees paragraph opens."""

    def __init__(self, page: Page):
        self.page = page
        self.heading = page.get_by_role("heading", level=1)
        self.content = page.get_by_role("main")
