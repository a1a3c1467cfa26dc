"""Steps of the hostile-input checks on registration: every form answers calmly and stores nothing half-way."""

from playwright.sync_api import expect
from pytest_bdd import given, parsers, then, when

from fixtures.hostile import hostile
from fixtures.personas import add_registration_details, build_registrant

from .pages.registration import account_entries, card_details


@given(parsers.parse("{name} wants an upgraded PACER account, with {entry} as the last name"))
def registrant_with_last_name(people, faker, name, entry):
    person = build_registrant(faker, name)
    person.last_name = hostile(entry)
    # Again, so that the password and the name on the card go with the new last name.
    people[name] = add_registration_details(faker, person)


# Step 5.

@when(parsers.parse("{name} completes the account information with {entry} as the {field}"))
def account_information_with(people, registration_form, name, entry, field):
    registration_form.open().fill_account_information(people[name])
    registration_form.change(field, hostile(entry))
    registration_form.go_on()


@then(parsers.parse("{name}'s account information other than the {field} is still filled in"))
def other_account_information_kept(people, form, name, field):
    form.expect_entries(account_entries(people[name], leaving_out=field), f"{name}'s other entries")


@when(parsers.parse("{name} fills in the account information, typing {entry} as the {field}"))
def type_too_much(people, registration_form, name, entry, field):
    registration_form.open().fill_account_information(people[name])
    registration_form.type_afresh(field, hostile(entry))


@then(parsers.parse("the {field} field holds the first {length:d} characters of {entry}"))
def field_holds_prefix(registration_form, field, length, entry):
    expect(registration_form.field(field)).to_have_value(hostile(entry)[:length])


# Step 6.

@when(parsers.parse("{name} chooses a user name, password and security questions with {entry} as the {field}"))
def login_with(people, registration_form, name, entry, field):
    registration_form.fill_login(people[name])
    registration_form.change(field, hostile(entry))
    registration_form.go_on()


# Step 7.

@when(parsers.parse("{name} gives a card at the payment step with {entry} as the {field}"))
def card_with(people, registration_form, name, entry, field):
    registration_form.reach_payment(people[name])
    registration_form.fill_card(people[name].card)
    registration_form.change(field, hostile(entry))
    registration_form.go_on()


@then(parsers.parse("{name}'s card details other than the {field} are kept, except the card number and "
                    "security code"))
def other_card_details_kept(people, form, name, field):
    form.expect_entries(card_details(people[name].card, leaving_out=field), f"{name}'s other card details")


@then(parsers.parse("{name}'s card number and security code are not shown back"))
def card_secrets_not_shown(form, name):
    form.expect_entries({"Card number": "", "Security code": ""}, f"{name}'s card secrets, not shown back")


# Names kept as typed.

@then(parsers.parse("{name}'s account has {entry} as the last name, exactly as typed"))
def stored_as_typed(people, control, name, entry):
    stored = control.account(people[name].login)["last_name"]
    assert stored == hostile(entry), f"{name}'s last name should be stored as typed, {hostile(entry)!r}: {stored!r}"


@then(parsers.parse("Manage My Account shows {name}'s name as typed"))
def name_shown_as_typed(people, manage_account, name):
    manage_account.expect_detail("Name", people[name].full_name)


# The account-type check, activation and linking.

@when(parsers.parse("{name} follows the instructions to determine the account type, signing in with {entry} "
                    "as the login"))
def account_type_check_with(people, guidance, sign_in_page, name, entry):
    guidance.open().check_account_type()
    sign_in_page.sign_in(hostile(entry), people[name].password)


@when(parsers.parse("{name} signs in on that page with a PACER login"))
def sign_in_on_that_page(people, sign_in_page, name):
    sign_in_page.sign_in_with_pacer(people[name])


@when(parsers.parse("{name} enters {entry} as the activation code under Manage My Account"))
def activation_code(manage_account, name, entry):
    manage_account.open().activate(hostile(entry))


@when(parsers.parse("{name} tries to link with {entry} as the CM/ECF login"))
def link_with(people, manage_account, link_page, name, entry):
    manage_account.open().follow_link_utility()
    link_page.enter(hostile(entry), people[name].password)
