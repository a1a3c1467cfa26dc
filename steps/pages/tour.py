"""How a person reaches each page of the sign-in and documents journeys, by the page's everyday name."""

from collections.abc import Callable

from playwright.sync_api import Page, expect

from fixtures.personas import Persona

from .documents import CaseSearchPage, DocumentPage
from .lost_password import LostPasswordPage
from .sign_in import SignInPage

TOUR_CASE = "1:24-cv-00031"


class Tour:
    """The cast and the case every tour stop may need, arranged through the control API."""

    def __init__(self, page: Page, filer: Persona, viewer: Persona, outsider: Persona, free_look_url: str):
        self.page = page
        self.filer = filer
        self.viewer = viewer
        self.outsider = outsider
        self.free_look_url = free_look_url
        self.sign_in_page = SignInPage(page)

    def sign_in_as_filer(self) -> None:
        self.sign_in_page.open().sign_in_as_filer(self.filer)

    def sign_in_as_viewer(self) -> None:
        self.sign_in_page.open().sign_in_with_pacer(self.viewer)

    def open_receipt(self) -> None:
        self.sign_in_as_viewer()
        CaseSearchPage(self.page).open_document(TOUR_CASE, 1)


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


STOPS: dict[str, Callable[[Tour], None]] = {
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
}


def visit(tour: Tour, stop: str) -> None:
    if stop not in STOPS:
        raise KeyError(f"No tour stop {stop!r}; known stops: {', '.join(STOPS)}")
    STOPS[stop](tour)
    expect(tour.page.get_by_role("heading", level=1)).to_be_visible()
