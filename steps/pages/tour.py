"""How a person reaches each page of the site, in the state a tour stop names, by the page's everyday name."""

from collections.abc import Callable

from playwright.sync_api import Page

from fixtures.control import Control
from fixtures.personas import Card, Persona

from . import submit
from .documents import CaseSearchPage, DocumentPage, FilingPage
from .lost_password import ForgotPasswordPage, ForgotUsernamePage, ResetPasswordPage, SecurityQuestionsPage
from .pacer_site import PacerSite
from .registration import GuidancePage, LinkAccountPage, ManageAccountPage, RegistrationForm
from .sign_in import SignInPage

TOUR_CASE = "1:24-cv-00031"
CASE_NOT_ON_FILE = "1:24-cv-09999"
WRONG_PASSWORD = "Not-The-Password-1!"  # noqa: S105 - a mistyped password, on purpose
TOO_SHORT_PASSWORD = "Short-1!"  # noqa: S105 - a password the rules refuse, on purpose
# A reset link works for an hour.
RESET_LINK_LIFETIME_HOURS = 1


class Tour:
    """The people and the case the feature puts on file, and the ways through the site stops share."""

    def __init__(self, page: Page, control: Control, *, filer: Persona, outsider: Persona, viewer: Persona,
                 legacy: Persona, awaiting_activation: Persona, registrant: Persona, returning: Persona,
                 declined_card: Card, free_look_url: str):
        self.page = page
        self.control = control
        self.filer = filer
        self.outsider = outsider
        self.viewer = viewer
        self.free_look_url = free_look_url
        # PACER accounts that are legacy or wait for their activation code.
        self.legacy = legacy
        self.awaiting_activation = awaiting_activation
        # Registration: someone new, someone registering again, and a card the processor declines.
        self.registrant = registrant
        self.returning = returning
        self.declined_card = declined_card
        self.sign_in_page = SignInPage(page)
        self.registration_form = RegistrationForm(page)
        self.manage_account = ManageAccountPage(page)
        self.link_page = LinkAccountPage(page)
        self.case_search = CaseSearchPage(page)

    def sign_in_as_filer(self) -> None:
        self.sign_in_page.open().sign_in_as_filer(self.filer)

    def sign_in_with_pacer(self, person: Persona) -> None:
        self.sign_in_page.open().sign_in_with_pacer(person)

    def open_case_search(self, person: Persona) -> None:
        self.sign_in_with_pacer(person)
        self.case_search.search_for_a_case()

    def search(self, person: Persona, case_number: str) -> None:
        self.open_case_search(person)
        self.case_search.case_number.fill(case_number)
        submit(self.case_search.search)

    def open_receipt(self) -> None:
        self.sign_in_with_pacer(self.viewer)
        self.case_search.open_document(TOUR_CASE, 1)

    def manage_account_of(self, person: Persona) -> ManageAccountPage:
        self.sign_in_with_pacer(person)
        return self.manage_account.open()

    def security_questions(self) -> SecurityQuestionsPage:
        """Pat, who gave two security questions, asks for a reset link and is asked them."""
        self.sign_in_page.open().lost_password_link.click()
        return ForgotPasswordPage(self.page).request_reset(self.viewer.login, self.viewer.email)

    def ask_for_password_reset(self) -> None:
        """Pat asks for a reset link and answers the security questions right."""
        self.security_questions().answer(self.viewer.security_answers)

    def reset_link(self) -> str:
        """Pat asks for a password reset on the page; the link comes from the e-mail it sends."""
        self.ask_for_password_reset()
        # The mailbox lists the newest first: a tour that asks again uses the latest link.
        reset_email = next(message for message in self.control.mailbox(self.viewer.email)
                           if message["subject"].startswith("Reset your"))
        return reset_email["link"]


def _lost_password_errors(tour: Tour) -> None:
    tour.sign_in_page.open().lost_password_link.click()
    ForgotPasswordPage(tour.page).request_reset("", "")


def _wrong_answers(tour: Tour) -> None:
    # Pat remembers neither answer: each question gets a guess.
    tour.security_questions().answer({})


def _user_name_sent(tour: Tour) -> None:
    tour.sign_in_page.open().forgot_username_link.click()
    ForgotUsernamePage(tour.page).request_user_name(tour.viewer.email)


def _password_changed(tour: Tour) -> None:
    tour.page.goto(tour.reset_link())
    # The rules allow choosing the same password again, and Pat's is valid by construction.
    ResetPasswordPage(tour.page).choose(tour.viewer, tour.viewer.password)


def _password_mistyped(tour: Tour) -> None:
    tour.page.goto(tour.reset_link())
    reset = ResetPasswordPage(tour.page)
    reset.password.fill(tour.viewer.password)
    reset.confirm.fill(tour.viewer.password[:-1])
    submit(reset.change)


def _expired_reset_link(tour: Tour) -> None:
    link = tour.reset_link()
    tour.control.advance_clock(hours=RESET_LINK_LIFETIME_HOURS + 1)
    tour.page.goto(link)


def _mailbox(tour: Tour) -> None:
    tour.ask_for_password_reset()
    tour.page.get_by_role("navigation", name="Site").get_by_role("link", name="Simulated mailbox").click()


def _document(tour: Tour) -> None:
    tour.open_receipt()
    DocumentPage(tour.page).view()


def _permission_refused(tour: Tour) -> None:
    tour.page.goto(tour.free_look_url)
    tour.sign_in_page.sign_in_as_filer(tour.outsider)


def _filing_refused(tour: Tour) -> None:
    """Dana, whose CM/ECF filer login is linked to no PACER account, opens the filing page (bookmarked)."""
    tour.sign_in_page.open().sign_in_as_filer(tour.outsider)
    FilingPage(tour.page).open()


def _filing_form(tour: Tour) -> None:
    tour.sign_in_as_filer()
    tour.page.get_by_role("link", name="File a document").click()


def _filed(tour: Tour) -> None:
    tour.sign_in_as_filer()
    FilingPage(tour.page).file_document(TOUR_CASE, "Reply brief", 8)


def _billing(tour: Tour) -> None:
    _document(tour)
    tour.page.get_by_role("link", name="CM/ECF main menu").click()
    tour.page.get_by_role("link", name="Billing history").click()


# The way to the registration form (R05-R08), as the guidance tells it.

def _pacer_home(tour: Tour) -> PacerSite:
    GuidancePage(tour.page).open()
    site = PacerSite(tour.page)
    site.select_link("www.pacer.gov")
    return site


def _register_page(tour: Tour) -> PacerSite:
    site = _pacer_home(tour)
    site.select_from_main_menu("Register")
    return site


def _registration_types(tour: Tour) -> PacerSite:
    site = _register_page(tour)
    site.select_link("Start")
    return site


def _account_type_instructions(tour: Tour) -> None:
    submit(GuidancePage(tour.page).open().account_type_instructions)


# The wizard (R09-R16).

def _login_step_refused(tour: Tour) -> None:
    form = tour.registration_form
    form.open().complete_account_information(tour.registrant)
    question = next(iter(tour.registrant.security_answers))
    form.choose_login(tour.registrant, password=TOO_SHORT_PASSWORD, questions=[question, question])


def _possible_duplicate(tour: Tour) -> None:
    tour.registration_form.open().complete_account_information(tour.returning)


def _declined_card(tour: Tour) -> None:
    tour.registration_form.reach_payment(tour.registrant)
    tour.registration_form.pay(tour.declined_card)


# Manage My Account, upgrading and linking (R04, R14, R17).

def _mistyped_activation_code(tour: Tour) -> None:
    tour.manage_account_of(tour.awaiting_activation).activate("ABCD")


def _upgrade_page(tour: Tour) -> None:
    submit(tour.manage_account_of(tour.legacy).upgrade_link)


def _upgrade_refused(tour: Tour) -> None:
    _upgrade_page(tour)
    submit(tour.page.get_by_role("button", name="Upgrade my account"))


def _linking_page(tour: Tour) -> None:
    tour.manage_account_of(tour.viewer).follow_link_utility()


def _link_refused(tour: Tour) -> None:
    _linking_page(tour)
    tour.link_page.enter(tour.outsider.login, WRONG_PASSWORD)


def _link_confirmation(tour: Tour) -> None:
    _linking_page(tour)
    tour.link_page.enter(tour.outsider.login, tour.outsider.password)


def _filer_at_manage_account(tour: Tour) -> None:
    tour.sign_in_as_filer()
    tour.manage_account.open()


STOPS: dict[str, Callable[[Tour], object]] = {
    # Signing in, the court's information, and a lost password (L01-L19).
    "the sign-in page": lambda tour: tour.sign_in_page.open(),
    "the sign-in page refusing a client code": lambda tour: tour.sign_in_page.open().sign_in(
        tour.filer.login, tour.filer.password, client_code="A B"),
    "the copy of the amendments": lambda tour: (tour.sign_in_page.open(), tour.sign_in_page.amendments_link.click()),
    "the information about CM/ECF": lambda tour: (
        tour.sign_in_page.open(), tour.sign_in_page.cmecf_information_link.click()),
    "the lost-password page": lambda tour: (tour.sign_in_page.open(), tour.sign_in_page.lost_password_link.click()),
    "the lost-password page showing what was missing": _lost_password_errors,
    "Pat's security questions": lambda tour: tour.security_questions(),
    "the lost-password page after Pat's wrong answers": _wrong_answers,
    "the forgot-username page": lambda tour: (
        tour.sign_in_page.open(), tour.sign_in_page.forgot_username_link.click()),
    "the confirmation that the user name was sent": _user_name_sent,
    "the confirmation that a reset link was sent": lambda tour: tour.ask_for_password_reset(),
    "Pat's page to choose a new password": lambda tour: tour.page.goto(tour.reset_link()),
    "Pat's page to choose a new password, refusing a typo": _password_mistyped,
    "the confirmation that the password changed": _password_changed,
    "Pat's reset link after it has expired": _expired_reset_link,
    "the page at a mistyped address": lambda tour: tour.page.goto("/cmecf/serach"),
    "the simulated mailbox": _mailbox,
    # Documents.
    "Avery's main menu": lambda tour: tour.sign_in_as_filer(),
    "Pat's main menu": lambda tour: tour.sign_in_with_pacer(tour.viewer),
    "Dana's main menu": lambda tour: tour.sign_in_page.open().sign_in_as_filer(tour.outsider),
    "the filing form": _filing_form,
    "the filing page refusing Dana, whose login is not linked": _filing_refused,
    "the confirmation of a filing": _filed,
    "Pat's case search": lambda tour: tour.open_case_search(tour.viewer),
    "Pat's search for case 1:24-cv-00031": lambda tour: tour.search(tour.viewer, TOUR_CASE),
    "Pat's search for a case not on file": lambda tour: tour.search(tour.viewer, CASE_NOT_ON_FILE),
    "Pat's receipt for document 1": lambda tour: tour.open_receipt(),
    "document 1 as Pat views it": _document,
    "Pat's billing history": _billing,
    "Dana's refusal of document 2": _permission_refused,
    "Kim's search for a case": lambda tour: tour.open_case_search(tour.awaiting_activation),
    "Lee's search for a case": lambda tour: tour.open_case_search(tour.legacy),
    # Registration.
    "the registration guidance": lambda tour: GuidancePage(tour.page).open(),
    "the instructions to determine the account type": _account_type_instructions,
    "PACER's home page": _pacer_home,
    "the Register page": _register_page,
    "the registration types": _registration_types,
    "the PACER - Case Search Only registration type": lambda tour: _registration_types(tour).select_from_left_panel(
        "PACER - Case Search Only"),
    "the account information step": lambda tour: tour.registration_form.open(),
    "the account information step showing what was missing": lambda tour: tour.registration_form.open().go_on(),
    "the account information step with a Government Account box that disagrees": lambda tour: (
        tour.registration_form.open().complete_account_information(tour.registrant, government=True)),
    "the user name and password step": lambda tour: tour.registration_form.open().complete_account_information(
        tour.registrant),
    "the user name and password step refusing a short password": _login_step_refused,
    "the user name and password step saying Pat may have an account": _possible_duplicate,
    "the payment step": lambda tour: tour.registration_form.reach_payment(tour.registrant),
    "the payment step showing a declined card": _declined_card,
    "the policies and procedures step": lambda tour: tour.registration_form.reach_policies(tour.registrant),
    "the policies and procedures step showing what was missing": lambda tour: (
        tour.registration_form.reach_policies(tour.registrant),
        tour.registration_form.submit_policies(acknowledge=False)),
    "the thank-you page after registering with a card": lambda tour: tour.registration_form.register(
        tour.registrant, with_card=True),
    "the thank-you page after registering without a card": lambda tour: tour.registration_form.register(
        tour.registrant, with_card=False),
    # Manage My Account.
    "Pat's Manage My Account": lambda tour: tour.manage_account_of(tour.viewer),
    "Kim's Manage My Account": lambda tour: tour.manage_account_of(tour.awaiting_activation),
    "Kim's Manage My Account refusing a mistyped activation code": _mistyped_activation_code,
    "Lee's Manage My Account": lambda tour: tour.manage_account_of(tour.legacy),
    "Lee's upgrade page": _upgrade_page,
    "Lee's upgrade page showing what was missing": _upgrade_refused,
    "Pat's linking page": _linking_page,
    "Pat's linking page refusing a wrong password": _link_refused,
    "the confirmation of the link to Dana's login": _link_confirmation,
    "Lee's linking page, refused": lambda tour: tour.manage_account_of(tour.legacy).follow_link_utility(),
    "Avery's Manage My Account, asking for a PACER account": _filer_at_manage_account,
}


def visit(tour: Tour, stop: str) -> None:
    if stop not in STOPS:
        raise KeyError(f"No tour stop {stop!r}; known stops: {', '.join(STOPS)}")
    STOPS[stop](tour)
