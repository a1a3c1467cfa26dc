"""Steps every journey shares: who the people are, opening pages, what a person is told, that nothing they typed ran."""

from datetime import UTC, datetime

import pytest
from pytest_bdd import given, parsers, then, when

from fixtures.personas import SECURITY_QUESTIONS, Persona, build_persona, pacer_account_for


class People(dict):
    """The scenario's cast, by the names the feature gives them."""

    def __missing__(self, name: str) -> Persona:
        raise KeyError(f"{name} has not been introduced in this scenario (add a Given step for {name})")


@pytest.fixture
def people() -> People:
    return People()


def introduce(people: People, control, faker, name: str, role: str, **overrides) -> Persona:
    person = build_persona(faker, name, role)
    for key, value in overrides.items():
        setattr(person, key, value)
    control.create_account(person)
    people[name] = person
    return person


@given(parsers.parse("{name} is an attorney with a CM/ECF filer login"))
def attorney(people, control, faker, name):
    introduce(people, control, faker, name, "attorney")


@given(parsers.parse("{name} is a viewer with a PACER login"))
def viewer(people, control, faker, name):
    introduce(people, control, faker, name, "viewer")


@given(parsers.parse("{name} is a viewer with a PACER login and two security questions on file"))
def viewer_with_security_questions(people, control, faker, name):
    answers = {question: faker.word() for question in faker.random_sample(SECURITY_QUESTIONS, 2)}
    introduce(people, control, faker, name, "viewer", security_answers=answers)


@given(parsers.parse("{name}'s CM/ECF filer login is linked to {owner}'s upgraded PACER account"))
def linked_pacer_account(people, pacer_accounts, control, faker, name, owner):
    """Linking is arranged here; features/account_linking.feature links through the pages."""
    pacer_accounts[owner] = pacer_account_for(faker, people[name])
    pacer_accounts[owner].linked_filer = people[name].login
    control.create_account(pacer_accounts[owner])


@given(parsers.parse("{name} has a legacy PACER account created before August 11, 2014"))
def legacy_viewer(people, control, faker, name):
    introduce(people, control, faker, name, "legacy viewer")


IT_IS = parsers.re(r"it is (?P<hour>noon|\d{1,2} [ap]\.m\.) on (?P<day>[A-Z][a-z]+ \d{1,2}, \d{4})")


@given(IT_IS)
@when(IT_IS)
def it_is(control, hour, day):
    """The court's clock (UTC) set to an hour of a day: "noon" or "11 p.m." on "February 29, 2024"."""
    hour = "12 pm" if hour == "noon" else hour.replace(".", "")
    control.set_clock(datetime.strptime(f"{day} {hour}", "%B %d, %Y %I %p").replace(tzinfo=UTC).isoformat())


@when("a visitor opens the CM/ECF sign-in page")
@given("a visitor is on the CM/ECF sign-in page")
def open_sign_in(sign_in_page):
    sign_in_page.open()


@when(parsers.parse("{name} opens the CM/ECF sign-in page"))
def person_opens_sign_in(sign_in_page, name):
    sign_in_page.open()


@when(parsers.parse("{name} signs in as a filer"))
def sign_in_as_filer(people, sign_in_page, name):
    sign_in_page.open().sign_in_as_filer(people[name])


@when(parsers.parse("{name} signs in with a PACER login"))
def sign_in_with_pacer(people, sign_in_page, name):
    sign_in_page.open().sign_in_with_pacer(people[name])


@then(parsers.parse('{name} is told "{message}"'))
def told(form, name, message):
    form.expect_told(message, name)


@then(parsers.parse('{name} is told beside the {field} field "{message}"'))
def told_beside_field(form, name, field, message):
    form.expect_message_beside(field, message)


@then(parsers.parse("nothing {name} typed ran as a script"))
@then(parsers.parse("none of {name}'s entries ran as a script"))
def nothing_ran(form, name):
    form.expect_nothing_ran(name)


@then(parsers.parse("{name} sees the CM/ECF main menu"))
def sees_main_menu(main_menu, name):
    main_menu.expect_shown()
