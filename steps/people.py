"""Who is who in a scenario: the cast by name, and the CM/ECF and PACER logins they hold, arranged through the
control API."""

import pytest
from pytest_bdd import given, parsers

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
