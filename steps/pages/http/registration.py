"""PACER's pages over HTTP: the guidance's account-type check, the registration form, Manage My Account and the
link utility, with steps/pages/registration.py's actions, without a browser."""

from fixtures.personas import Card, Persona

from ..registration import CHOSEN_FROM_LISTS, POLICIES_ACKNOWLEDGEMENT, account_entries
from .page import HttpPage, normalized

GOVERNMENT = "Check here if this account is for a Government Account"


class HttpGuidancePage:
    def __init__(self, page: HttpPage):
        self.page = page

    def open(self) -> "HttpGuidancePage":
        self.page.goto("/pacer/register-for-cit")
        return self

    def check_account_type(self) -> None:
        self.page.follow("these instructions").follow("Check my account type")


class HttpRegistrationForm:
    def __init__(self, page: HttpPage):
        self.page = page

    def open(self) -> "HttpRegistrationForm":
        self.page.goto("/pacer/register/case-search-only/account")
        return self

    def change(self, label: str, text: str) -> None:
        """Other text in one field; a new password is confirmed with the same text."""
        self.page.fill(label, text)
        if label == "Password":
            self.page.fill("Confirm password", text)

    def go_on(self) -> None:
        self.page.submit("Next")

    def fill_account_information(self, person: Persona) -> None:
        self.page.check(GOVERNMENT, bool(person.government))
        for label, value in account_entries(person).items():
            if label in CHOSEN_FROM_LISTS:
                self.page.select(label, value)
            else:
                self.page.fill(label, value)

    def complete_account_information(self, person: Persona) -> None:
        self.fill_account_information(person)
        self.go_on()

    def fill_login(self, person: Persona) -> None:
        self.page.fill("User name", person.login).fill("Password", person.password)
        self.page.fill("Confirm password", person.password)
        for number, (question, answer) in enumerate(person.security_answers.items(), start=1):
            self.page.select(f"Security question {number}", question)
            self.page.fill(f"Answer to security question {number}", answer)

    def choose_login(self, person: Persona) -> None:
        self.fill_login(person)
        self.go_on()

    def fill_card(self, card: Card) -> None:
        self.page.fill("Name on card", card.holder).fill("Card number", card.number)
        self.page.fill("Expiration date", card.expiry).fill("Security code", card.security_code)

    def pay(self, card: Card | None) -> None:
        if card:
            self.fill_card(card)
        self.go_on()

    def submit_policies(self) -> None:
        self.page.check(POLICIES_ACKNOWLEDGEMENT).submit("Submit")

    def reach_payment(self, person: Persona) -> None:
        self.open().complete_account_information(person)
        self.choose_login(person)
        assert self.page.labels()[:1] == ["Name on card"], (
            f"the form should be at the payment step after steps 5 and 6: its fields are {self.page.labels()}; "
            f"its messages: {self.page.texts('alert')}")

    def register(self, person: Persona, *, with_card: bool = True) -> None:
        self.reach_payment(person)
        self.pay(person.card if with_card else None)
        self.submit_policies()

    def expect_step(self, title: str) -> None:
        shown = self.page.heading(level=2)
        assert shown == title, (f"the form should be at the {title} step, not {shown!r}; "
                                f"the page's messages: {self.page.texts('alert')}")

    def expect_help_offered(self, phone: str) -> None:
        region = self.page.region("Help from the PACER Service Center")
        said = normalized(region.get_text()) if region else ""
        assert f"please contact the PACER Service Center at {phone}." in said, f"help should be offered: {said!r}"


class HttpManageAccountPage:
    def __init__(self, page: HttpPage):
        self.page = page

    def open(self) -> "HttpManageAccountPage":
        self.page.goto("/pacer/account")
        return self

    def activate(self, code: str) -> None:
        self.page.fill("Activation code", code).submit("Activate")

    def follow_link_utility(self) -> None:
        self.page.follow("Link a CM/ECF account to my PACER account")

    def expect_detail(self, label: str, text: str) -> None:
        shown = self.page.detail(label)
        assert shown == text, f"{label} should read {text!r}, not {shown!r}"

    def expect_no_business_tax_id(self) -> None:
        details = self.page.details()
        assert self.page.heading() == "Manage My Account" and "County" in details, (
            f"Manage My Account with the account's details should be open, not {self.page.heading()!r} "
            f"({self.page.url}) with {details}")
        kept = {label: value for label, value in details.items() if label.startswith("Business tax ID")}
        assert kept == {}, f"no business tax ID should be kept for a User Type that is not commercial: {kept}"


class HttpLinkAccountPage:
    def __init__(self, page: HttpPage):
        self.page = page

    def enter(self, login: str, password: str) -> None:
        self.page.fill("CM/ECF login", login).fill("CM/ECF password", password).submit("Next")
