"""Forgot Password (its two pages), Forgot Username, and the page the e-mailed link opens to choose a new password."""

from playwright.sync_api import Page, expect

from fixtures.personas import Persona

from . import refill, submit
from .sign_in import LOGIN

A_GUESS = "a guess"


class ForgotPasswordPage:
    """First page: the user name, and the e-mail address on the account or the date of birth."""

    def __init__(self, page: Page):
        self.page = page
        self.heading = page.get_by_role("heading", name="Forgot Password")
        self.login = page.get_by_label(LOGIN)
        self.email = page.get_by_label("E-mail address on the account")
        self.date_of_birth = page.get_by_label("Date of birth")
        self.next = page.get_by_role("button", name="Next")
        self.alert = page.get_by_role("alert")

    def request_reset(self, login: str, email: str = "", date_of_birth: str = "") -> "SecurityQuestionsPage":
        self.login.fill(login)
        refill(self.email, email)
        if date_of_birth:
            self.date_of_birth.fill(date_of_birth)
        submit(self.next)
        return SecurityQuestionsPage(self.page)


class SecurityQuestionsPage:
    """Second page: the security questions, each answer labelled with its question."""

    def __init__(self, page: Page):
        self.page = page
        self.heading = page.get_by_role("heading", name="Security Questions")
        self.answers = page.get_by_role("main").get_by_role("textbox")
        self.send = page.get_by_role("button", name="Send reset link")

    def questions(self) -> list[str]:
        return [answer.evaluate("field => field.labels[0].textContent") for answer in self.answers.all()]

    def answer(self, answers: dict[str, str]) -> None:
        """Answer each question shown as `answers` says, and any other with a guess."""
        for question in self.questions():
            self.page.get_by_label(question, exact=True).fill(answers.get(question, A_GUESS))
        submit(self.send)

    def answer_if_asked(self, answers: dict[str, str]) -> None:
        if self.heading.count():
            self.answer(answers)


class ForgotUsernamePage:
    def __init__(self, page: Page):
        self.page = page
        self.heading = page.get_by_role("heading", name="Forgot Username")
        self.email = page.get_by_label("E-mail address on the account")
        self.send = page.get_by_role("button", name="Send my user name")

    def request_user_name(self, email: str) -> None:
        self.email.fill(email)
        submit(self.send)


class RecoverySentPage:
    """"Check your e-mail": what was sent, or would have been."""

    def __init__(self, page: Page):
        self.page = page
        self.heading = page.get_by_role("heading", name="Check your e-mail")
        self.confirmation = page.get_by_role("status")


class ResetPasswordPage:
    def __init__(self, page: Page):
        self.page = page
        self.heading = page.get_by_role("heading", name="Choose a new password")
        self.password = page.get_by_label("New password", exact=True)
        self.confirm = page.get_by_label("New password again")
        self.change = page.get_by_role("button", name="Change password")
        self.done = page.get_by_role("status")
        self.expired = page.get_by_role("alert")

    def open(self, link: str) -> "ResetPasswordPage":
        """The page the e-mailed link opens."""
        self.page.goto(link)
        return self

    def choose(self, person: Persona, new_password: str) -> None:
        self.choose_twice(new_password)

    def choose_twice(self, new_password: str) -> None:
        """Type the new password and type it again, then ask for the change."""
        self.password.fill(new_password)
        self.confirm.fill(new_password)
        submit(self.change)

    def expect_changed(self) -> None:
        expect(self.done).to_contain_text("Your password has been changed")
