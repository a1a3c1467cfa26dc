"""The "CM/ECF Filer or PACER Login" page over HTTP: steps/pages/sign_in.py's actions, without a browser."""

from ..sign_in import ACKNOWLEDGEMENT, LOGIN, SigningIn
from .page import HttpPage


class HttpSignInPage(SigningIn):
    def __init__(self, page: HttpPage):
        self.page = page

    def open(self) -> "HttpSignInPage":
        self.page.goto("/")
        return self

    def sign_in(self, login: str, password: str, *, client_code: str | None = None,
                acknowledge: bool = False) -> None:
        self.page.fill(LOGIN, login).fill("Password", password)
        if client_code is not None:
            self.page.fill("Client code", client_code)
        if acknowledge:
            self.page.check(ACKNOWLEDGEMENT)
        self.page.submit("Login")

    def follow_lost_password(self) -> None:
        self.page.follow("click here to reset your password")
