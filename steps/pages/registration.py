"""PACER's pages: the guidance, the registration form, Manage My Account and the link utility."""

import re

from playwright.sync_api import Download, Locator, Page, expect

from fixtures.personas import Card, Persona

from . import submit
from .accessibility import choose_with_arrow_keys, press_enter_on, tab_to, type_date, type_into

POLICIES_ACKNOWLEDGEMENT = ("Check here to acknowledge you have read and understand the policies and "
                            "procedures listed above.")
PRINTABLE_POLICIES = "Click here to download a printable version of the Policies and Procedures"
CHOSEN_FROM_LISTS = ("User Type", "State")
WIZARD_ADDRESSES = {"Payment Information step": "payment", "Policies and Procedures step": "policies",
                    "thank-you page": "thank-you"}


def service_center_help(page: Page) -> Locator:
    """The offer of help every PACER page ends with; the site's footer gives the number too, and does not count."""
    return page.get_by_role("region", name="Help from the PACER Service Center")


def government_verification(page: Page) -> Locator:
    """What the thank-you page and Manage My Account say of a government account not yet verified."""
    return page.get_by_role("region", name="Government Account verification")


def account_detail(page: Page, label: str) -> Locator:
    """A detail of the account, in the table the thank-you page or Manage My Account shows."""
    return page.get_by_role("row", name=row_name(label)).get_by_role("cell")


class GuidancePage:
    """The court's guidance: who should register, why, the ten steps, and the account-type check."""

    def __init__(self, page: Page):
        self.page = page
        self.heading = page.get_by_role("heading", level=1)
        self.introduction = page.get_by_role("region", name="Who needs an upgraded PACER account")
        self.help = service_center_help(page)
        self.pacer_site = page.get_by_role("link", name="www.pacer.gov")
        self.account_type_instructions = self.introduction.get_by_role("link", name="these instructions")
        self.check_my_account_type = page.get_by_role("link", name="Check my account type")

    def open(self) -> "GuidancePage":
        self.page.goto("/pacer/register-for-cit")
        return self

    def check_account_type(self) -> None:
        """Follows "these instructions" to the account-type check, which asks to sign in first."""
        submit(self.account_type_instructions)
        submit(self.check_my_account_type)


def row_name(label: str) -> re.Pattern:
    """A table row by its heading cell. Playwright writes the pattern between slashes, so a slash in the
    label (as in "CM/ECF") must be escaped too."""
    return re.compile("^" + re.escape(label).replace("/", r"\/"))


def account_entries(person: Persona, *, leaving_out: str = "") -> dict[str, str]:
    """What the person enters in each field of step 5, by the field's label, in the page's order, but the one
    labelled as left out."""
    entries = {
        "User Type": person.user_type, "Business tax ID": person.tax_id, "First name": person.first_name,
        "Last name": person.last_name, "Date of birth": person.date_of_birth, "E-mail address": person.email,
        "Phone number": person.phone, "Street address": person.street, "City": person.city,
        "State": person.state, "County": person.county, "ZIP code": person.postal_code,
        "Government agency": person.agency,
    }
    return {label: value for label, value in entries.items() if value and label != leaving_out}


def card_details(card: Card, *, leaving_out: str = "") -> dict[str, str]:
    """The card details shown again after a refusal (not the number or security code), but the one left out."""
    shown = {"Name on card": card.holder, "Expiration date": card.expiry}
    return {label: value for label, value in shown.items() if label != leaving_out}


def security_questions(person: Persona) -> dict[str, str]:
    """The security questions the person chooses at step 6, by the lists' labels."""
    return {f"Security question {number}": question
            for number, question in enumerate(person.security_answers, start=1)}


def open_from_main_menu(page: Page, link: str) -> None:
    """From anywhere on the site: the CM/ECF main menu, then one of its links."""
    page.goto("/cmecf")
    submit(page.get_by_role("link", name=link, exact=True))


class RegistrationForm:
    """PACER - Case Search Only Registration: a page per step, each with Next and Back."""

    def __init__(self, page: Page):
        self.page = page
        self.heading = page.get_by_role("heading", level=1)
        self.step_heading = page.get_by_role("heading", level=2)
        self.status = page.get_by_role("status")
        self.next = page.get_by_role("button", name="Next", exact=True)
        self.back = page.get_by_role("button", name="Back", exact=True)
        self.submit_button = page.get_by_role("button", name="Submit", exact=True)
        # Step 5: account information.
        self.user_type = page.get_by_label("User Type", exact=True)
        self.tax_id = page.get_by_label("Business tax ID", exact=True)
        self.government = page.get_by_label("Check here if this account is for a Government Account")
        self.user_verification = page.get_by_role("group", name=re.compile("^User Verification"))
        self.first_name = page.get_by_label("First name", exact=True)
        self.last_name = page.get_by_label("Last name", exact=True)
        self.date_of_birth = page.get_by_label("Date of birth", exact=True)
        self.email = page.get_by_label("E-mail address", exact=True)
        self.phone = page.get_by_label("Phone number", exact=True)
        self.street = page.get_by_label("Street address", exact=True)
        self.city = page.get_by_label("City", exact=True)
        self.state = page.get_by_label("State", exact=True)
        self.county = page.get_by_label("County", exact=True)
        self.postal_code = page.get_by_label("ZIP code", exact=True)
        self.agency = page.get_by_label("Government agency", exact=True)
        # Step 6: user name, password and security questions.
        self.user_name = page.get_by_label("User name", exact=True)
        self.password = page.get_by_label("Password", exact=True)
        self.confirm_password = page.get_by_label("Confirm password", exact=True)
        self.questions = [page.get_by_label(f"Security question {n}", exact=True) for n in (1, 2)]
        self.answers = [page.get_by_label(f"Answer to security question {n}", exact=True) for n in (1, 2)]
        # Step 7: payment.
        self.card_holder = page.get_by_label("Name on card", exact=True)
        self.card_number = page.get_by_label("Card number", exact=True)
        self.card_expiry = page.get_by_label("Expiration date", exact=True)
        self.card_security_code = page.get_by_label("Security code", exact=True)
        # Step 8: policies and procedures.
        self.policies = page.get_by_role("region", name="PACER Policies and Procedures")
        self.acknowledgement = page.get_by_label(POLICIES_ACKNOWLEDGEMENT)
        self.printable_policies = page.get_by_role("link", name=PRINTABLE_POLICIES)
        # Step 9: thank you.
        self.summary = page.get_by_role("table", name="Your PACER account")
        self.linking_instructions = page.get_by_role(
            "link", name="linking your upgraded PACER account with your CM/ECF account")

    def open(self) -> "RegistrationForm":
        self.page.goto("/pacer/register/case-search-only/account")
        return self

    def open_by_address(self, title: str) -> None:
        """A later page of the form by its address, as a bookmark or the browser's history holds it."""
        self.page.goto(f"/pacer/register/case-search-only/{WIZARD_ADDRESSES[title]}")

    def field(self, label: str) -> Locator:
        """Any field of the step shown, by its label."""
        return self.page.get_by_label(label, exact=True)

    def change(self, label: str, text: str) -> None:
        """Put other text in one field, as if pasted; a new password is confirmed with the same text."""
        self.field(label).fill(text)
        if label == "Password":
            self.confirm_password.fill(text)

    def type_afresh(self, label: str, text: str) -> None:
        """Clear one field and type into it key by key, as a person does: the page's limits apply."""
        self.field(label).clear()
        self.field(label).press_sequentially(text)

    def user_types(self, group: str = "") -> Locator:
        """The User Type options, leaving out the "Select User Type" prompt; within one group if named,
        or outside every group if the group is empty. (No ARIA role names an option group.)"""
        if group:
            return self.user_type.locator(f'optgroup[label="{group}"] > option')
        return self.user_type.locator(':scope > option:not([value=""])')

    def option_groups(self) -> Locator:
        return self.user_type.locator("optgroup")

    def summary_row(self, label: str) -> Locator:
        return self.summary.get_by_role("row", name=row_name(label)).get_by_role("cell")

    # Step 5.

    def fill_account_information(self, person: Persona, *, government: bool | None = None,
                                 leaving_out: str = "") -> None:
        """Every field in the page's order (a part shown by an earlier answer is there when reached), but the
        one labelled as left out."""
        self.government.set_checked(bool(person.government) if government is None else government)
        for label, value in account_entries(person).items():
            if label in CHOSEN_FROM_LISTS:
                self.field(label).select_option(value)
            elif label != leaving_out:
                self.field(label).fill(value)

    def choose(self, label: str, value: str) -> None:
        """Choose from one of the step's lists (User Type, State), by the option's value."""
        self.field(label).select_option(value)

    def complete_account_information(self, person: Persona, **choices) -> None:
        self.fill_account_information(person, **choices)
        submit(self.next)

    # Step 6.

    def fill_login(self, person: Persona, *, user_name: str | None = None, password: str | None = None,
                   confirmation: str | None = None, questions: list[str] | None = None) -> None:
        self.user_name.fill(user_name or person.login)
        self.password.fill(password or person.password)
        self.confirm_password.fill(confirmation or password or person.password)
        chosen = questions or list(person.security_answers)
        for question, answer, (asked, reply) in zip(self.questions, self.answers, zip(
                chosen, person.security_answers.values(), strict=True), strict=True):
            question.select_option(asked)
            answer.fill(reply)

    def choose_login(self, person: Persona, **choices) -> None:
        self.fill_login(person, **choices)
        submit(self.next)

    def chosen_login(self, person: Persona) -> list[tuple[Locator, str]]:
        """The entries of step 6 that are shown again: the user name and the questions, not the secrets."""
        return [(self.user_name, person.login),
                *zip(self.questions, person.security_answers, strict=True)]

    # Step 7.

    def fill_card(self, card: Card) -> None:
        self.card_holder.fill(card.holder)
        self.card_number.fill(card.number)
        self.card_expiry.fill(card.expiry)
        self.card_security_code.fill(card.security_code)

    def pay(self, card: Card | None) -> None:
        """With a card for instant access, or without one (click Next) to wait for the mailed code."""
        if card:
            self.fill_card(card)
        submit(self.next)

    # Step 8.

    def submit_policies(self, *, acknowledge: bool = True) -> None:
        self.acknowledgement.set_checked(acknowledge)
        submit(self.submit_button)

    def download_printable_policies(self) -> Download:
        with self.page.expect_download() as download:
            self.printable_policies.click()
        return download.value

    # By keyboard alone: Tab and Shift+Tab, arrow keys in lists, Space for boxes, Enter for buttons.

    def complete_account_information_by_keyboard(self, person: Persona) -> None:
        for label, value in account_entries(person).items():
            field = self.field(label)
            if label in CHOSEN_FROM_LISTS:
                tab_to(self.page, field)
                choose_with_arrow_keys(self.page, field, value)
            elif label == "Date of birth":
                type_date(self.page, field, value)
            else:
                type_into(self.page, field, value)
            if label == "User Type" and person.government:
                tab_to(self.page, self.government)
                self.page.keyboard.press("Space")
        press_enter_on(self.page, self.next)

    def choose_login_by_keyboard(self, person: Persona) -> None:
        for field, text in ((self.user_name, person.login), (self.password, person.password),
                            (self.confirm_password, person.password)):
            type_into(self.page, field, text)
        for question, answer, (asked, reply) in zip(self.questions, self.answers,
                                                    person.security_answers.items(), strict=True):
            tab_to(self.page, question)
            choose_with_arrow_keys(self.page, question, asked)
            type_into(self.page, answer, reply)
        press_enter_on(self.page, self.next)

    def go_on_by_keyboard(self) -> None:
        press_enter_on(self.page, self.next)

    def submit_policies_by_keyboard(self) -> None:
        # Past the box to Submit first, as someone skimming the page does, then back to it with Shift+Tab.
        tab_to(self.page, self.submit_button)
        tab_to(self.page, self.acknowledgement)
        self.page.keyboard.press("Space")
        expect(self.acknowledgement).to_be_checked()
        press_enter_on(self.page, self.submit_button)

    def expect_step(self, title: str) -> None:
        expect(self.step_heading).to_have_text(title)

    def expect_help_offered(self, phone: str) -> None:
        expect(service_center_help(self.page)).to_contain_text(f"please contact the PACER Service Center at {phone}.")

    def go_back(self) -> None:
        submit(self.back)

    def go_on(self) -> None:
        submit(self.next)

    def reach_payment(self, person: Persona) -> None:
        self.open().complete_account_information(person)
        self.choose_login(person)

    def reach_policies(self, person: Persona, *, with_card: bool = True) -> None:
        self.reach_payment(person)
        self.pay(person.card if with_card else None)

    def register(self, person: Persona, *, with_card: bool = True) -> None:
        self.reach_policies(person, with_card=with_card)
        self.submit_policies()


class ManageAccountPage:
    """Manage My Account: the Account Type, Activate Case Search Privileges, upgrading, Utilities."""

    def __init__(self, page: Page):
        self.page = page
        self.heading = page.get_by_role("heading", name="Manage My Account", level=1)
        self.status = page.get_by_role("status")
        self.alert = page.get_by_role("alert")
        self.upgrade_link = page.get_by_role("link", name="Upgrade your PACER account")
        self.activation_code = page.get_by_label("Activation code", exact=True)
        self.activate_button = page.get_by_role("button", name="Activate", exact=True)
        self.link_cmecf_account = page.get_by_role("link", name="Link a CM/ECF account to my PACER account")

    def open(self) -> "ManageAccountPage":
        self.page.goto("/pacer/account")
        return self

    def detail(self, label: str) -> Locator:
        return account_detail(self.page, label)

    def expect_detail(self, label: str, text: str) -> None:
        expect(self.detail(label)).to_have_text(text)

    def expect_no_business_tax_id(self) -> None:
        expect(self.detail("County")).to_be_visible()
        expect(self.detail("Business tax ID")).to_have_count(0)

    def open_upgrade(self) -> None:
        """The upgrade page at its address, as from a bookmark: Manage My Account offers it to a legacy account only."""
        self.page.goto("/pacer/account/upgrade")

    def follow_link_utility(self) -> None:
        submit(self.link_cmecf_account)

    def follow_link_utility_by_keyboard(self) -> None:
        press_enter_on(self.page, self.link_cmecf_account)

    def activate(self, code: str) -> None:
        self.activation_code.fill(code)
        submit(self.activate_button)

    def upgrade(self, *, acknowledge: bool = True) -> None:
        submit(self.upgrade_link)
        self.page.get_by_label(POLICIES_ACKNOWLEDGEMENT).set_checked(acknowledge)
        submit(self.page.get_by_role("button", name="Upgrade my account"))


class LinkAccountPage:
    """Utilities: "Link a CM/ECF account to my PACER account" - enter, confirm, submit."""

    def __init__(self, page: Page):
        self.page = page
        self.heading = page.get_by_role("heading", level=1)
        self.alert = page.get_by_role("alert")
        self.login = page.get_by_label("CM/ECF login", exact=True)
        self.password = page.get_by_label("CM/ECF password", exact=True)
        self.next = page.get_by_role("button", name="Next", exact=True)
        self.confirmation = page.get_by_role("table", name="These accounts will be linked")
        self.submit_button = page.get_by_role("button", name="Submit", exact=True)

    def open(self) -> None:
        """The link utility at its address, as from a bookmark."""
        self.page.goto("/pacer/account/link")

    def open_confirmation(self) -> None:
        """The confirmation's own address, as a bookmark or the browser's history would open it."""
        self.page.goto("/pacer/account/link/confirm")

    def enter(self, login: str, password: str) -> None:
        self.login.fill(login)
        self.password.fill(password)
        submit(self.next)

    def confirm(self) -> None:
        submit(self.submit_button)

    def link_by_keyboard(self, login: str, password: str) -> None:
        """Enter the CM/ECF login and password, then confirm, by keyboard alone."""
        type_into(self.page, self.login, login)
        type_into(self.page, self.password, password)
        press_enter_on(self.page, self.next)
        expect(self.confirmation).to_be_visible()
        press_enter_on(self.page, self.submit_button)
