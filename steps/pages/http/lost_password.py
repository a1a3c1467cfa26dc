"""Forgot Password, its security questions and the reset link's page over HTTP: steps/pages/lost_password.py's
actions, without a browser."""

from ..lost_password import A_GUESS
from ..sign_in import LOGIN
from .page import HttpPage


class HttpForgotPasswordPage:
    def __init__(self, page: HttpPage):
        self.page = page

    def request_reset(self, login: str, email: str = "", date_of_birth: str = "") -> "HttpSecurityQuestionsPage":
        self.page.fill(LOGIN, login).fill("E-mail address on the account", email)
        if date_of_birth:
            self.page.fill("Date of birth", date_of_birth)
        self.page.submit("Next")
        return HttpSecurityQuestionsPage(self.page)


class HttpSecurityQuestionsPage:
    def __init__(self, page: HttpPage):
        self.page = page

    def answer(self, answers: dict[str, str]) -> None:
        """Answer each question shown as `answers` says, and any other with a guess."""
        for question in self.page.labels():
            self.page.fill(question, answers.get(question, A_GUESS))
        self.page.submit("Send reset link")

    def answer_if_asked(self, answers: dict[str, str]) -> None:
        if self.page.heading() == "Security Questions":
            self.answer(answers)


class HttpResetPasswordPage:
    def __init__(self, page: HttpPage):
        self.page = page

    def open(self, link: str) -> "HttpResetPasswordPage":
        self.page.goto(link)
        return self

    def choose_twice(self, new_password: str) -> None:
        self.page.fill("New password", new_password).fill("New password again", new_password)
        self.page.submit("Change password")

    def expect_changed(self) -> None:
        done = self.page.texts("status")
        assert any("Your password has been changed" in text for text in done), (
            f"the password should be changed; the page says {done} ({self.page.url})")
