"""Steps of registering for a PACER account (R09-R16): account information, user name, card, policies, thanks."""

import re
from datetime import timedelta
from pathlib import Path

from playwright.sync_api import expect
from pytest_bdd import given, parsers, then, when

from fixtures.personas import (
    Card,
    Persona,
    build_registrant,
    card_failing_checksum,
    card_with_digits,
    card_with_security_code,
    ein_a_digit_short,
    ein_with_unassigned_prefix,
    expired_card,
    registering_again,
)

from .pages.registration import account_entries, security_questions

# Which details of an earlier registration differ this time: the rest are the same.
NOT_THE_SAME = {
    "name, date of birth and e-mail address": (),
    "name and date of birth, under another e-mail address": ("email",),
    "name, under another date of birth and e-mail address": ("date_of_birth", "email"),
}
CARDS = {
    "a card number that fails the checksum": lambda faker, person: card_failing_checksum(faker, person.full_name),
    "an expired card": lambda faker, person: expired_card(faker, person.full_name),
    "their card": lambda faker, person: person.card,
}
CARDS_BY_LENGTH = {"card number": card_with_digits, "security code": card_with_security_code}


def card_entered(faker, person: Persona, card: str) -> Card:
    """The card a feature names: one of CARDS, or "a card number of 13 digits", "a security code of 4 digits"."""
    by_length = re.fullmatch(r"a (card number|security code) of (\d+) digits", card)
    if by_length:
        return CARDS_BY_LENGTH[by_length[1]](faker, person.full_name, int(by_length[2]))
    return CARDS[card](faker, person)


WRONG_TAX_IDS = {
    "no business tax ID": lambda faker: "",
    "a business tax ID a digit short": ein_a_digit_short,
    "a business tax ID with a prefix the IRS does not assign": ein_with_unassigned_prefix,
}
# The fields the features name in passing, by their labels on the page.
LEFT_OUT = {"agency": "Government agency", "County": "County"}
ASKED_FOR = {"County": "County", "business tax ID": "Business tax ID"}


# Step 5: account information (R09-R11).

@when(parsers.parse("{name} opens the registration form"))
def open_form(registration_form, name):
    registration_form.open()


@then("the User Type list offers")
def user_types_offered(registration_form, datatable):
    rows = datatable[1:]
    expect(registration_form.user_types("")).to_have_text([kind for group, kind in rows if not group])
    groups = list(dict.fromkeys(group for group, _ in rows if group))
    expect(registration_form.option_groups()).to_have_count(len(groups))
    for group in groups:
        expect(registration_form.user_types(group)).to_have_text([kind for g, kind in rows if g == group])


@then("the form asks to check here if the account is for a Government Account")
def government_box_offered(registration_form):
    expect(registration_form.government).to_be_visible()


@then("the form has a required User Verification section")
def user_verification_section(registration_form):
    expect(registration_form.user_verification).to_have_accessible_name("User Verification (required)")


@then(parsers.parse('the User Type carries the note "{note}"'))
def user_type_note(registration_form, note):
    expect(registration_form.user_type).to_have_accessible_description(re.compile(re.escape(note)))


@when(parsers.re(r"(?P<name>\w+) opens the (?P<page>.+ step|thank-you page) by its address"))
def open_by_address(registration_form, name, page):
    registration_form.open_by_address(page)


@when(parsers.parse("{name} completes the account information"))
def complete_account_information(people, registration_form, name):
    registration_form.open().complete_account_information(people[name])


@when(parsers.re(r"(?P<name>\w+) completes the account information (?P<ticking>ticking|without ticking) "
                 r"the Government Account box"))
def complete_with_government_box(people, registration_form, name, ticking):
    registration_form.open().complete_account_information(people[name], government=ticking == "ticking")


@when(parsers.parse("{name} completes the account information without the {field}"))
def complete_leaving_out(people, registration_form, name, field):
    registration_form.open().complete_account_information(people[name], leaving_out=LEFT_OUT[field])


@when(parsers.parse("{name} completes the account information giving {tax_id}"))
def complete_with_tax_id(people, faker, registration_form, name, tax_id):
    people[name].tax_id = WRONG_TAX_IDS[tax_id](faker)
    registration_form.open().complete_account_information(people[name])


@then(parsers.re(r"the form (?P<asks>asks|does not ask) for (?:the|a) (?P<field>County|business tax ID)"))
def asks_for(registration_form, asks, field):
    asked = expect(registration_form.field(ASKED_FOR[field]))
    if asks == "asks":
        asked.to_be_visible()
    else:
        asked.to_be_hidden()


@when(parsers.parse("{name} chooses a State"))
def choose_state(people, registration_form, name):
    registration_form.choose("State", people[name].state)


@when(parsers.parse("{name} chooses the User Type {user_type}"))
def choose_user_type(registration_form, name, user_type):
    registration_form.choose("User Type", user_type)


@when(parsers.parse("{name} goes on without filling anything in"))
def go_on_empty(registration_form, name):
    registration_form.go_on()


@then(parsers.parse('{name} is told beside the Government Account box "{message}"'))
def told_beside_government_box(registration_form, name, message):
    expect(registration_form.government).to_have_accessible_description(re.compile(re.escape(message)))


@then(parsers.parse("{name}'s account information is still filled in"))
def account_information_kept(people, form, name):
    form.expect_entries(account_entries(people[name]), f"{name}'s account information")


@when(parsers.parse("{name} registers again with the same {details}"))
def register_again(people, faker, registration_form, name, details):
    people[name] = registering_again(faker, people[name])
    someone_else = build_registrant(faker, name)
    for detail in NOT_THE_SAME[details]:
        setattr(people[name], detail, getattr(someone_else, detail))
    registration_form.open().complete_account_information(people[name])


@then(parsers.parse("{name} is told an account with the same details may already exist"))
def told_possible_duplicate(registration_form, name):
    expect(registration_form.status).to_contain_text("may already exist")


@then(parsers.parse("{name} is not told an account with the same details may already exist"))
def not_told_possible_duplicate(registration_form, name):
    expect(registration_form.step_heading).to_have_text("User Name, Password and Security Questions")
    expect(registration_form.status.filter(has_text="may already exist")).to_have_count(0)


@then(parsers.parse("{name} is told beside each field what it needs"))
def told_beside_each_field(registration_form, name, datatable):
    for field, message in datatable[1:]:
        said = f"the {field} field should say {message!r}"
        expect(registration_form.field(field), said).to_have_accessible_description(re.compile(re.escape(message)))


# Step 6: user name, password, security questions (R12).

@when(parsers.parse("{name} chooses a user name, password and security questions"))
def choose_login(people, registration_form, name):
    registration_form.choose_login(people[name])


@when(parsers.parse("{name} chooses {owner}'s user name"))
def choose_taken_user_name(people, registration_form, name, owner):
    registration_form.choose_login(people[name], user_name=people[owner].login)


@when(parsers.parse('{name} chooses the user name "{user_name}"'))
def choose_user_name(people, registration_form, name, user_name):
    registration_form.choose_login(people[name], user_name=user_name)


@when(parsers.parse("{name} confirms the password with a different one"))
def confirm_another_password(people, registration_form, name):
    registration_form.choose_login(people[name], confirmation=f"{people[name].password}x")


@when(parsers.parse('{name} chooses the password "{password}"'))
def choose_password(people, registration_form, name, password):
    registration_form.choose_login(people[name], password=password)


# A user name that shares nothing with the person's name or e-mail, so only the user-name rule can refuse the
# password built around it; the rest of the password meets every other rule.
UNRELATED_USER_NAME = "zqxjvwkp42"


@when(parsers.parse("{name} chooses a password containing their user name"))
def choose_password_with_user_name(people, registration_form, name):
    registration_form.choose_login(people[name], user_name=UNRELATED_USER_NAME,
                                   password=f"{UNRELATED_USER_NAME}-QQ-77!")


@when(parsers.parse("{name} chooses the same security question twice"))
def choose_same_question(people, registration_form, name):
    question = next(iter(people[name].security_answers))
    registration_form.choose_login(people[name], questions=[question, question])


@then(parsers.parse("{name}'s security questions are still chosen"))
def questions_kept(people, form, name):
    form.expect_entries(security_questions(people[name]), f"{name}'s security questions")


@then(parsers.parse("{name}'s password and security answers are not shown back, and are asked for again"))
def secrets_not_shown(registration_form, name):
    for secret in (registration_form.password, registration_form.confirm_password, *registration_form.answers):
        expect(secret).to_have_value("")
    for answer in registration_form.answers:
        expect(answer).to_have_accessible_description(re.compile("not shown again: type it again"))


@when(parsers.parse("{name} fills in a user name, password and security questions, then goes back a step"))
def fill_login_and_go_back(people, registration_form, name):
    registration_form.fill_login(people[name])
    registration_form.go_back()


@when(parsers.parse("{name} goes on to the next step"))
@when(parsers.parse("{name} goes on without typing the password and answers again"))
def go_on(registration_form, name):
    registration_form.go_on()


@then(parsers.parse("{name}'s user name and security questions are still filled in"))
def login_kept(people, registration_form, name):
    for field, value in registration_form.chosen_login(people[name]):
        expect(field).to_have_value(value)
    expect(registration_form.password).to_have_value("")


@then(parsers.parse("{name} is at the {title} step"))
def at_step(registration_form, name, title):
    registration_form.expect_step(title)


# Step 7: payment (R13, R14).

@when(parsers.parse("{name} registers with a credit card"))
def register_with_card(people, registration_form, name):
    registration_form.register(people[name], with_card=True)


@when(parsers.parse("{name} registers without a credit card"))
def register_without_card(people, registration_form, name):
    registration_form.register(people[name], with_card=False)


@given(parsers.re(r"it is (?P<day>the last day of|the first day after) the month printed on (?P<name>\w+)'s card"))
def day_of_card_expiry(people, control, name, day):
    days_after = {"the last day of": 0, "the first day after": 1}[day]
    control.set_clock(f"{people[name].card.last_day_good() + timedelta(days=days_after)}T12:00:00+00:00")


@when(parsers.parse("{name} reaches the payment step and enters {card}"))
def enter_card(people, faker, registration_form, name, card):
    registration_form.reach_payment(people[name])
    registration_form.pay(card_entered(faker, people[name], card))


@then(parsers.parse("{name}'s name on the card is still filled in"))
def card_holder_kept(people, registration_form, name):
    expect(registration_form.card_holder).to_have_value(people[name].full_name)


@then(parsers.parse("{name} is told there is no registration fee and fees are charged quarterly to the card"))
def told_card_terms(people, registration_form, name):
    expect(registration_form.status).to_contain_text("There is no registration fee")
    expect(registration_form.status).to_contain_text(
        f"charged quarterly to the card ending in {people[name].card.last4}")


@then(parsers.parse("no registration fee is charged to {name}"))
def no_registration_fee(people, control, name):
    charges = control.charges(people[name].login)
    assert charges == [], f"registering should charge {name} nothing, but charged {charges}"


@then(parsers.parse("{name} is told the activation code will come by U.S. mail in 7-10 business days"))
def told_letter_coming(registration_form, name):
    expect(registration_form.status).to_contain_text("should arrive in 7-10 business days")


# Step 8: policies and procedures (R15).

@when(parsers.parse("{name} reaches the policies and procedures"))
def reach_policies(people, registration_form, name):
    registration_form.reach_policies(people[name])


@then(parsers.parse("{name} reads the policies and procedures above the acknowledgement: {headings}"))
def policies_listed(registration_form, name, headings):
    expect(registration_form.policies.get_by_role("heading", level=4)).to_have_text(headings.split(", "))


@when(parsers.parse("{name} submits them without ticking the acknowledgement"))
def submit_unacknowledged(registration_form, name):
    registration_form.submit_policies(acknowledge=False)


@when(parsers.parse("{name} ticks the acknowledgement and submits"))
def submit_acknowledged(registration_form, name):
    registration_form.submit_policies()


@then(parsers.parse('{name} is told beside the acknowledgement "{message}"'))
def told_beside_policies_acknowledgement(registration_form, name, message):
    expect(registration_form.acknowledgement).to_have_accessible_description(re.compile(re.escape(message)))


@then(parsers.parse("{name} has no PACER account yet"))
def no_account_yet(people, control, name):
    assert not control.has_account(people[name].login), f"{name} should have no PACER account yet"


@when(parsers.parse("{name} downloads the printable version of the policies and procedures"),
      target_fixture="download")
def download_policies(registration_form, name):
    return registration_form.download_printable_policies()


@then(parsers.parse('{name} has the file "{filename}" with the policies and procedures'))
def has_policies_file(download, name, filename):
    assert download.suggested_filename == filename
    text = Path(download.path()).read_text(encoding="utf-8")
    for expected in ("PACER Policies and Procedures", "There is no registration fee", "billed quarterly"):
        assert expected in text, f"the printable policies should say {expected!r}"


# Step 9: thank you (R16).

@then(parsers.parse("{name} is thanked for registering with the PACER Service Center"))
def thanked(registration_form, name):
    expect(registration_form.step_heading).to_have_text("Thank you for registering with the PACER Service Center")


@then(parsers.parse("{name}'s account has the User Type {user_type} and is {kind}"))
def account_has_type(people, control, name, user_type, kind):
    account = control.account(people[name].login)
    assert (account["user_type"], bool(account["government"])) == (user_type, kind == "a government account"), (
        f"{name}'s account should have User Type {user_type} and be {kind}: {account}")


@then(parsers.parse('{name} is shown the user name and the Account Type "{account_type}"'))
def shown_account(people, registration_form, name, account_type):
    expect(registration_form.summary_row("User name")).to_have_text(people[name].login)
    expect(registration_form.summary_row("Account Type")).to_have_text(account_type)


@then(parsers.parse("{name} is pointed to linking the account with a CM/ECF account to file with the court"))
def pointed_to_linking(registration_form, name):
    expect(registration_form.linking_instructions).to_be_visible()
