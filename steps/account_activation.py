"""Steps of activating case search with the code the U.S. mail brings (R14)."""

from pytest_bdd import parsers, then, when

from fixtures.personas import Persona


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
