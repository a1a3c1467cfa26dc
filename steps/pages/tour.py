"""How a person reaches each page of the sign-in, documents and registration journeys, by the page's everyday name."""

from collections.abc import Callable

from playwright.sync_api import Page, expect

from fixtures.personas import Card, Persona

from . import submit
from .documents import CaseSearchPage, DocumentPage
from .lost_password import LostPasswordPage
from .registration import GuidancePage, LinkAccountPage, ManageAccountPage, PacerSite, RegistrationForm
from .sign_in import SignInPage

TOUR_CASE = "1:24-cv-00031"
WRONG_PASSWORD = "Not-The-Password-1!"  # noqa: S105 - a mistyped password, on purpose
TOO_SHORT_PASSWORD = "Short-1!"  # noqa: S105 - a password the rules refuse, on purpose


class Tour:
    """The cast and the case every tour stop may need, arranged through the control API."""

    def __init__(self, page: Page, *, filer: Persona, viewer: Persona, outsider: Persona, free_look_url: str,
                 registrant: Persona, returning: Persona, declined_card: Card, legacy: Persona,
                 awaiting_activation: Persona):
        self.page = page
        self.filer = filer
        self.viewer = viewer
        self.outsider = outsider
        self.free_look_url = free_look_url
        # Registration: someone new, someone registering again, a card the processor declines, and
        # PACER accounts that are legacy or wait for their activation code.
        self.registrant = registrant
        self.returning = returning
        self.declined_card = declined_card
        self.legacy = legacy
        self.awaiting_activation = awaiting_activation
        self.sign_in_page = SignInPage(page)
        self.registration_form = RegistrationForm(page)
        self.manage_account = ManageAccountPage(page)
        self.link_page = LinkAccountPage(page)

    def sign_in_as_filer(self) -> None:
        self.sign_in_page.open().sign_in_as_filer(self.filer)

    def sign_in_as_viewer(self) -> None:
        self.sign_in_page.open().sign_in_with_pacer(self.viewer)

    def open_receipt(self) -> None:
        self.sign_in_as_viewer()
        CaseSearchPage(self.page).open_document(TOUR_CASE, 1)

    def manage_account_of(self, person: Persona) -> ManageAccountPage:
        self.sign_in_page.open().sign_in_with_pacer(person)
        return self.manage_account.open()


def _refused_sign_in(tour: Tour) -> None:
    tour.sign_in_page.open().sign_in(tour.filer.login, tour.filer.password, client_code="A B")


def _lost_password_errors(tour: Tour) -> None:
    tour.sign_in_page.open().lost_password_link.click()
    LostPasswordPage(tour.page).request_reset("", "")


def _document(tour: Tour) -> None:
    tour.open_receipt()
    DocumentPage(tour.page).view()


def _permission_refused(tour: Tour) -> None:
    tour.page.goto(tour.free_look_url)
    tour.sign_in_page.sign_in_as_filer(tour.outsider)


def _filing_form(tour: Tour) -> None:
    tour.sign_in_as_filer()
    tour.page.get_by_role("link", name="File a document").click()


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
    tour.link_page.enter(tour.filer.login, WRONG_PASSWORD)


def _link_confirmation(tour: Tour) -> None:
    _linking_page(tour)
    tour.link_page.enter(tour.filer.login, tour.filer.password)


def _filer_at_manage_account(tour: Tour) -> None:
    tour.sign_in_as_filer()
    tour.manage_account.open()


STOPS: dict[str, Callable[[Tour], object]] = {
    "the sign-in page": lambda tour: tour.sign_in_page.open(),
    "the sign-in page showing what was wrong": _refused_sign_in,
    "the lost-password page showing what was missing": _lost_password_errors,
    "the copy of the amendments": lambda tour: (tour.sign_in_page.open(), tour.sign_in_page.amendments_link.click()),
    "the information about CM/ECF": lambda tour: (
        tour.sign_in_page.open(), tour.sign_in_page.cmecf_information_link.click()),
    "a filer's main menu": lambda tour: tour.sign_in_as_filer(),
    "a viewer's main menu": lambda tour: tour.sign_in_as_viewer(),
    "the filing form": _filing_form,
    "a transaction receipt": lambda tour: tour.open_receipt(),
    "a document": _document,
    "the billing history": _billing,
    "the refusal of a restricted document": _permission_refused,
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
    "the account information step showing a Government Account box that disagrees": lambda tour: (
        tour.registration_form.open().complete_account_information(tour.registrant, government=True)),
    "the user name and password step": lambda tour: tour.registration_form.open().complete_account_information(
        tour.registrant),
    "the user name and password step showing what was wrong": _login_step_refused,
    "the user name and password step saying an account may already exist": _possible_duplicate,
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
    "Manage My Account": lambda tour: tour.manage_account_of(tour.viewer),
    "Manage My Account waiting for the activation code": lambda tour: tour.manage_account_of(
        tour.awaiting_activation),
    "Manage My Account showing a mistyped activation code": _mistyped_activation_code,
    "Manage My Account of a legacy account": lambda tour: tour.manage_account_of(tour.legacy),
    "the upgrade page": _upgrade_page,
    "the upgrade page showing what was missing": _upgrade_refused,
    "the linking page": _linking_page,
    "the linking page showing what was wrong": _link_refused,
    "the confirmation of the link": _link_confirmation,
    "the refusal to link a legacy account": lambda tour: tour.manage_account_of(tour.legacy).follow_link_utility(),
    "the request to sign in with a PACER account": _filer_at_manage_account,
}


def visit(tour: Tour, stop: str) -> None:
    if stop not in STOPS:
        raise KeyError(f"No tour stop {stop!r}; known stops: {', '.join(STOPS)}")
    STOPS[stop](tour)
    expect(tour.page.get_by_role("heading", level=1)).to_be_visible()
