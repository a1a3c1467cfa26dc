"""The hostile-input rows of the registration wizard, the account-type check, activation and linking, over HTTP."""

from pytest_bdd import parsers, then, when

from fixtures.hostile import hostile
from fixtures.personas import Card, Persona

from ..pages.http import HttpPage
from ..pages.registration import CHOSEN_FROM_LISTS, RegistrationForm
from .hostile_input import LOGIN, sign_in

REGISTRATION_FORM = "/pacer/register/case-search-only/account"
GOVERNMENT = "Check here if this account is for a Government Account"


def fill_account_information(http_page: HttpPage, person: Persona) -> None:
    http_page.goto(REGISTRATION_FORM).check(GOVERNMENT, bool(person.government))
    for label, value in RegistrationForm.account_entries(person).items():
        if label in CHOSEN_FROM_LISTS:
            http_page.select(label, value)
        else:
            http_page.fill(label, value)


def change(http_page: HttpPage, label: str, text: str) -> None:
    """Other text in one field; a new password is confirmed with the same text, as the browser steps do."""
    http_page.fill(label, text)
    if label == "Password":
        http_page.fill("Confirm password", text)


def fill_login(http_page: HttpPage, person: Persona) -> None:
    http_page.fill("User name", person.login).fill("Password", person.password)
    http_page.fill("Confirm password", person.password)
    for number, (question, answer) in enumerate(person.security_answers.items(), start=1):
        http_page.select(f"Security question {number}", question).fill(f"Answer to security question {number}", answer)


def enter_with(http_page: HttpPage, fill, person: Persona, field: str, entry: str) -> None:
    """Fill a step as the person would, but with the hostile entry in one field, and go on."""
    fill(http_page, person)
    change(http_page, field, hostile(entry))
    http_page.submit("Next")


def assert_kept(http_page: HttpPage, entries: dict[str, str], whose: str) -> None:
    shown = {label: http_page.value(label) for label in entries}
    assert shown == entries, f"{whose} should be kept: {shown}, not {entries}"


def fill_card(http_page: HttpPage, card: Card) -> None:
    http_page.fill("Name on card", card.holder).fill("Card number", card.number)
    http_page.fill("Expiration date", card.expiry).fill("Security code", card.security_code)


def reach_payment(http_page: HttpPage, person: Persona) -> None:
    fill_account_information(http_page, person)
    http_page.submit("Next")
    fill_login(http_page, person)
    http_page.submit("Next")
    assert http_page.labels()[:1] == ["Name on card"], (
        f"the wizard should be at the payment step after steps 5 and 6: its fields are {http_page.labels()}; "
        f"its messages: {http_page.texts('alert')}")


# Step 5.

@when(parsers.parse("{name} completes the account information with {entry} as the {field}"))
def account_information_with(people, http_page: HttpPage, name, entry, field):
    enter_with(http_page, fill_account_information, people[name], field, entry)


@when(parsers.parse("{name} completes the account information"))
def complete_account_information(people, http_page: HttpPage, name):
    fill_account_information(http_page, people[name])
    http_page.submit("Next")


@then(parsers.parse("{name}'s account information other than the {field} is still filled in"))
def other_account_information_kept(people, http_page: HttpPage, name, field):
    entries = {label: value for label, value in RegistrationForm.account_entries(people[name]).items()
               if label != field}
    assert_kept(http_page, entries, f"{name}'s other entries")


@then(parsers.parse("{name} is offered the PACER Service Center's help at {phone}"))
def offered_help(http_page: HttpPage, name, phone):
    help_section = http_page.region("Help from the PACER Service Center")
    said = " ".join(help_section.get_text().split()) if help_section else ""
    assert f"please contact the PACER Service Center at {phone}." in said, f"{name} should be offered help: {said!r}"


# Step 6.

@when(parsers.parse("{name} chooses a user name, password and security questions with {entry} as the {field}"))
def login_with(people, http_page: HttpPage, name, entry, field):
    enter_with(http_page, fill_login, people[name], field, entry)


@then(parsers.parse("{name}'s security questions are still chosen"))
def questions_kept(people, http_page: HttpPage, name):
    chosen = [http_page.value(f"Security question {number}") for number in (1, 2)]
    assert chosen == list(people[name].security_answers), f"{name}'s questions should be kept: {chosen}"


# Step 7.

@when(parsers.parse("{name} gives a card at the payment step with {entry} as the {field}"))
def card_with(people, http_page: HttpPage, name, entry, field):
    person = people[name]
    reach_payment(http_page, person)
    fill_card(http_page, person.card)
    http_page.fill(field, hostile(entry)).submit("Next")


@then(parsers.parse("{name}'s card details other than the {field} are kept, except the card number and "
                    "security code"))
def other_card_details_kept(people, http_page: HttpPage, name, field):
    card = people[name].card
    entries = {label: value for label, value in {"Name on card": card.holder, "Expiration date": card.expiry}.items()
               if label != field}
    assert_kept(http_page, entries, f"{name}'s other card details")


@then(parsers.parse("{name}'s card number and security code are not shown back"))
def card_secrets_not_shown(http_page: HttpPage, name):
    shown = {label: http_page.value(label) for label in ("Card number", "Security code")}
    assert shown == {"Card number": "", "Security code": ""}, f"{name}'s card secrets were shown back: {shown}"


# The account-type check, activation and linking.

@when(parsers.parse("{name} follows the instructions to determine the account type, signing in with {entry} "
                    "as the login"))
def account_type_check_with(people, http_page: HttpPage, name, entry):
    http_page.goto("/pacer/register-for-cit").follow("these instructions").follow("Check my account type")
    http_page.fill(LOGIN, hostile(entry)).fill("Password", people[name].password).submit("Login")


@when(parsers.parse("{name} signs in on that page with a PACER login"))
def sign_in_on_that_page(people, http_page: HttpPage, name):
    http_page.fill(LOGIN, people[name].login).fill("Password", people[name].password).submit("Login")


@then(parsers.parse('{name} sees the Account Type "{account_type}"'))
def sees_account_type(http_page: HttpPage, name, account_type):
    shown = http_page.detail("Account Type")
    assert shown == account_type, f"{name} should see the Account Type {account_type!r}, not {shown!r}"


@when(parsers.parse("{name} enters {entry} as the activation code under Manage My Account"))
def activation_code(http_page: HttpPage, name, entry):
    http_page.goto("/pacer/account").fill("Activation code", hostile(entry)).submit("Activate")


@when(parsers.parse("{name} signs in with the PACER account"))
def sign_in_with_own_pacer_account(pacer_accounts, http_page: HttpPage, name):
    sign_in(http_page, pacer_accounts[name].login, pacer_accounts[name].password)


@when(parsers.parse("{name} tries to link with {entry} as the CM/ECF login"))
def link_with(people, http_page: HttpPage, name, entry):
    http_page.goto("/pacer/account").follow("Link a CM/ECF account to my PACER account")
    http_page.fill("CM/ECF login", hostile(entry)).fill("CM/ECF password", people[name].password).submit("Next")
