"""Steps the PACER registration features share: who registers, the PACER accounts people hold, Manage My Account
and its activation code, what they are told there, and help."""

from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then, when

from fixtures.personas import Persona, build_persona, build_registrant, pacer_account_for, with_email_at

from .pages.registration import (
    account_detail,
    government_verification,
    open_from_main_menu,
)
from .people import introduce


@dataclass
class AwaitingActivation(Persona):
    """A PACER account registered without a card: case search waits for the code the letter brings."""

    activated: int = 0


@pytest.fixture
def pacer_accounts() -> dict[str, Persona]:
    """Each person's own PACER account, beside the CM/ECF filer login their persona stands for."""
    return {}


# Who is who.

@given(parsers.parse("{name} wants an upgraded PACER account"))
def registrant(people, faker, name):
    people[name] = build_registrant(faker, name)


@given(parsers.parse("{name} wants an upgraded PACER account as {user_type}"))
def registrant_of_type(people, faker, name, user_type):
    people[name] = build_registrant(faker, name, user_type)


@given(parsers.parse("{name} gives a business tax ID all the same"))
def business_tax_id_all_the_same(people, faker, name):
    people[name].tax_id = faker.ein()


@given(parsers.re(r"(?P<name>\w+)'s date of birth is (?P<day>today|yesterday|[A-Z][a-z]+ \d{1,2}, \d{4})"))
def date_of_birth(people, control, name, day):
    today = datetime.fromisoformat(control.now()).date()
    named = {"today": today, "yesterday": today - timedelta(days=1)}
    people[name].date_of_birth = (named.get(day) or datetime.strptime(day, "%B %d, %Y").date()).isoformat()


@given(parsers.parse("{name}'s phone number is {digits:d} digits long"))
def phone_digits(people, name, digits):
    people[name].phone = "20255501439876543"[:digits]


@given(parsers.parse("{name}'s e-mail address is {address}"))
def email_address(people, name, address):
    with_email_at(people[name], address)


@given(parsers.parse("{name} registered without a credit card and waits for the activation letter"))
def awaiting_activation(people, control, faker, name):
    people[name] = AwaitingActivation(**vars(build_persona(faker, name, "viewer")))
    control.create_account(people[name])


@given(parsers.parse("{name} has a PACER account created on {day}"))
def pacer_account_created_on(people, control, faker, name, day):
    created = datetime.strptime(day, "%B %d, %Y").replace(hour=12)
    introduce(people, control, faker, name, "viewer", created_at=f"{created.isoformat()}+00:00")


@given(parsers.parse("{name}'s own PACER account is upgraded"))
def own_upgraded_account(people, pacer_accounts, control, faker, name):
    pacer_accounts[name] = pacer_account_for(faker, people[name])
    control.create_account(pacer_accounts[name])


@given(parsers.parse("{name}'s own PACER account is a legacy account created before August 11, 2014"))
def own_legacy_account(people, pacer_accounts, control, faker, name):
    pacer_accounts[name] = pacer_account_for(faker, people[name], "legacy viewer")
    control.create_account(pacer_accounts[name])


# What a PACER account holder can do, and is told.

@when(parsers.parse("{name} opens Manage My Account"))
def open_manage_account(manage_account, name):
    manage_account.open()


@when(parsers.parse("{name} opens the upgrade page by its address"))
def open_upgrade_by_address(manage_account, name):
    manage_account.open_upgrade()


@then(parsers.parse('{name} is shown the Government Account as "{shown}"'))
def shown_government_account(page: Page, name, shown):
    expect(account_detail(page, "Government Account")).to_have_text(shown)


@then(parsers.re(r"(?P<name>\w+) (?P<told>is told|is not told) the account stays private until the PACER Service "
                 r"Center verifies it"))
def told_private_until_verified(page: Page, name, told):
    notice = government_verification(page)
    if told == "is told":
        expect(notice).to_contain_text("stays a private account until the PACER Service Center verifies")
    else:
        expect(notice).to_have_count(0)


@then(parsers.parse("Manage My Account shows {name}'s County and the business tax ID ending in its last four digits"))
def county_and_tax_id_shown(people, manage_account, name):
    manage_account.expect_detail("County", people[name].county)
    manage_account.expect_detail("Business tax ID", f"ending in {people[name].tax_id[-4:]}")


@then("Manage My Account shows no business tax ID")
def no_business_tax_id(manage_account):
    manage_account.expect_no_business_tax_id()


@then(parsers.parse("{name} can open the case search"))
def can_open_case_search(page: Page, name):
    open_from_main_menu(page, "Search for a case")
    expect(page.get_by_role("heading", level=1)).to_have_text("Search for a case")


@then(parsers.parse('{name} is notified "{message}"'))
def notified(page: Page, name, message):
    expect(page.get_by_role("status").filter(has_text=message),
           f"{name} should see the notice {message!r}").to_be_visible()


# Help (R18).

@then(parsers.parse("{name} is offered the PACER Service Center's help at {phone}"))
def offered_help(registration_form, name, phone):
    registration_form.expect_help_offered(phone)


@when(parsers.parse("{days:d} business days pass"))
@when(parsers.parse("{days:d} more business days pass"))
def business_days_pass(control, days):
    control.advance_business_days(days)


def activation_letters(control, person: Persona) -> list[dict]:
    return [m for m in control.mailbox(person.email) if m["kind"] == "letter" and m["code"]]


@then(parsers.parse("no activation letter has arrived for {name}"))
def no_letter_yet(people, control, name):
    letters = activation_letters(control, people[name])
    assert letters == [], f"{name}'s activation letter should not have arrived yet, but found {letters}"


@then(parsers.parse("{name} has received the activation letter"), target_fixture="activation_letter")
def letter_arrived(people, control, name):
    letters = activation_letters(control, people[name])
    assert len(letters) == 1, f"{name} should have one activation letter by now, but has {letters}"
    return letters[0]


def mistyped(code: str) -> str:
    """The code with its first character misread: the same shape (12 letters and digits), not the code."""
    return ("B" if code[0] == "A" else "A") + code[1:]


@when(parsers.parse("{name} enters the activation code from the letter under Manage My Account"))
def enter_activation_code(manage_account, activation_letter, name):
    manage_account.open().activate(activation_letter["code"])


@when(parsers.parse("{name} enters the code from the letter with one character mistyped under Manage My Account"))
def enter_mistyped_code(manage_account, activation_letter, name):
    manage_account.open().activate(mistyped(activation_letter["code"]))


@then(parsers.parse("{name}'s case search privileges are still not activated"))
def still_not_activated(people, control, name):
    assert not control.account(people[name].login)["activated"], f"{name}'s account should not be activated"
