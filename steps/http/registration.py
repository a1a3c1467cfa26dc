"""Registering and Manage My Account over HTTP: what a browser that runs no script can send the court."""

from pytest_bdd import parsers, then, when

from ..pages.http import HttpPage
from ..pages.registration import POLICIES_ACKNOWLEDGEMENT
from ..registration_wizard import card_entered
from .hostile_registration import fill_card, reach_payment

MANAGE_MY_ACCOUNT = "/pacer/account"


@when(parsers.parse("{name} registers with a credit card"))
def register_with_card(people, http_page: HttpPage, name):
    person = people[name]
    reach_payment(http_page, person)
    fill_card(http_page, person.card)
    http_page.submit("Next").check(POLICIES_ACKNOWLEDGEMENT).submit("Submit")


@when(parsers.parse("{name} reaches the payment step and enters {card}"))
def enter_card(people, faker, http_page: HttpPage, name, card):
    reach_payment(http_page, people[name])
    fill_card(http_page, card_entered(faker, people[name], card))
    http_page.submit("Next")


@then(parsers.parse("{name} is at the {title} step"))
def at_step(http_page: HttpPage, name, title):
    shown = http_page.heading(level=2)
    assert shown == title, (f"{name} should be at the {title} step, not {shown!r}; "
                            f"the page's messages: {http_page.texts('alert')}")


@when(parsers.parse("{name} opens Manage My Account"))
def open_manage_account(http_page: HttpPage, name):
    http_page.goto(MANAGE_MY_ACCOUNT)


@then("Manage My Account shows no business tax ID")
def no_business_tax_id(http_page: HttpPage):
    details = http_page.details()
    assert http_page.heading() == "Manage My Account" and "County" in details, (
        f"Manage My Account with the account's details should be open, not {http_page.heading()!r} "
        f"({http_page.url}) with {details}")
    kept = {label: value for label, value in details.items() if label.startswith("Business tax ID")}
    assert kept == {}, f"no business tax ID should be kept for a User Type that is not commercial: {kept}"
