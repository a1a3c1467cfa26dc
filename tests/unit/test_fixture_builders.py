"""The suite's data builders, run over many seeds, make only data the simulator's own rules accept."""

from dataclasses import replace
from datetime import date

import pytest
from faker import Faker
from werkzeug.datastructures import MultiDict

from fixtures import personas
from fixtures.hostile import HOSTILE_INPUTS
from fixtures.run import scenario_seed
from simulator.accounts import password_problem
from simulator.cards import DECLINED_NUMBER, check_card
from simulator.db import get_db
from simulator.registration import forms, rules

# The scenario whose reset password once held "com", part of the person's e-mail address.
REGRESSION_SEED = scenario_seed(
    20261126, "tests/acceptance/test_sign_in.py::test_a_reset_link_works_only_once[chromium]")
SEEDS = (REGRESSION_SEED, *range(300))


@pytest.fixture(scope="module")
def faker() -> Faker:
    return Faker("en_US")


def seeded(faker: Faker, seed: int) -> Faker:
    """The faker a scenario gets: seeded afresh, nothing remembered from another scenario."""
    faker.seed_instance(seed)
    faker.unique.clear()
    return faker


@pytest.fixture
def db(app):
    with app.test_request_context("/"):
        yield get_db()


def own_names(person: personas.Persona) -> tuple[str, ...]:
    return person.first_name, person.last_name, person.login, person.email


def form_problems(form_class, data: dict) -> dict:
    form = form_class(formdata=MultiDict({key: value for key, value in data.items() if value is not None}))
    form.validate()
    return form.errors


def account_information(person: personas.Persona) -> dict:
    return {"user_type": person.user_type, "government": "y" if person.government else None,
            "first_name": person.first_name, "last_name": person.last_name,
            "date_of_birth": person.date_of_birth, "email": person.email, "phone": person.phone,
            "street": person.street, "city": person.city, "state": person.state, "county": person.county,
            "postal_code": person.postal_code, "agency": person.agency, "tax_id": person.tax_id}


def login_information(person: personas.Persona) -> dict:
    (question_1, answer_1), (question_2, answer_2) = person.security_answers.items()
    return {"username": person.login, "password": person.password, "confirm_password": person.password,
            "question_1": question_1, "answer_1": answer_1, "question_2": question_2, "answer_2": answer_2}


def card_entries(card: personas.Card) -> dict:
    return {"card_holder": card.holder, "card_number": card.number, "card_expiry": card.expiry,
            "card_security_code": card.security_code}


def wizard_problems(db, person: personas.Persona) -> dict:
    """Everything each step of the registration wizard would say against the person's entries."""
    problems = {
        **form_problems(forms.AccountInformationForm, account_information(person)),
        **form_problems(forms.LoginInformationForm, login_information(person)),
        **form_problems(forms.PaymentForm, card_entries(person.card)),
        **rules.login_problems(
            db, username=person.login, password=person.password, confirm=person.password,
            questions=list(person.security_answers.items()),
            names=(person.first_name, person.last_name, person.email), kept_password=False, kept_answers=set()),
    }
    card = person.card
    _, refusal = rules.payment_decision(holder=card.holder, number=card.number, expiry=card.expiry,
                                        security_code=card.security_code, kept_card=None, today=date.today())
    return {**problems, **refusal}


def test_the_builders_offer_what_the_registration_page_offers():
    assert personas.GOVERNMENT_USER_TYPES == rules.GOVERNMENT_TYPES
    assert personas.SECURITY_QUESTIONS == rules.SECURITY_QUESTIONS
    assert {details.get("user_type") for details in personas.ROLES.values()} <= {None, *rules.USER_TYPES}
    assert personas.COMMERCIAL_USER_TYPES == rules.COMMERCIAL_TYPES
    for _, domain in personas.GOVERNMENT_EMPLOYERS.values():
        assert not rules.government_email_unverified(f"someone@{domain}")
    for address, domain in personas.GOVERNMENT_EMAIL_DOMAINS.items():
        assert rules.government_email_unverified(f"someone@{domain}") == address.startswith("a personal"), address


def test_every_persona_is_an_account_pacer_would_hold(faker, db):
    refused = []
    for seed in SEEDS:
        fake = seeded(faker, seed)
        logins = set()
        for role in personas.ROLES:
            person = personas.build_persona(fake, role.capitalize(), role)
            logins.add(person.login)
            problems = [
                password_problem(person.password, names=own_names(person)),
                rules.username_problem(db, person.login),
                rules.email_problem(person.email),
                rules.phone_problem(person.phone),
                rules.date_of_birth_problem(person.date_of_birth, date.today()),
                # A new password chosen through the reset link.
                password_problem(personas.strong_password(fake), names=own_names(person)),
            ]
            refused += [f"seed {seed}, {role} {person}: {problem}" for problem in problems if problem]
        own = personas.pacer_account_for(fake, person)
        logins.add(own.login)
        problem = password_problem(own.password, names=own_names(own))
        refused += [f"seed {seed}, own PACER account {own}: {problem}"] if problem else []
        refused += [f"seed {seed}: two personas share a login"] if len(logins) < len(personas.ROLES) + 1 else []
    assert not refused, "\n".join(refused[:10])


def test_every_registrant_passes_every_step_of_the_wizard(faker, db):
    refused = []
    for seed in SEEDS:
        # Every User Type in turn: each meets some forty seeds.
        user_type = rules.USER_TYPES[seed % len(rules.USER_TYPES)]
        fake = seeded(faker, seed)
        person = personas.build_registrant(fake, "Sam", user_type)
        again = personas.registering_again(fake, person)
        # A government worker may register with a work or a personal e-mail address.
        elsewhere = [personas.with_email_at(replace(person), address) for address in personas.GOVERNMENT_EMAIL_DOMAINS
                     if user_type in rules.GOVERNMENT_TYPES]
        for who in (person, again, *elsewhere):
            problems = wizard_problems(db, who)
            refused += [f"seed {seed}, {user_type} {who}: {problems}"] if problems else []
        refused += [f"seed {seed}: registering again kept the user name"] if again.login == person.login else []
    assert not refused, "\n".join(refused[:10])


def test_a_password_keeps_clear_of_a_hostile_last_name(faker):
    refused = []
    for seed in SEEDS:
        fake = seeded(faker, seed)
        person = personas.build_registrant(fake, "Sam")
        person.last_name = list(HOSTILE_INPUTS.values())[seed % len(HOSTILE_INPUTS)]
        person = personas.add_registration_details(fake, person)
        problem = password_problem(person.password, names=own_names(person))
        refused += [f"seed {seed}, last name {person.last_name!r}: {problem}"] if problem else []
    assert not refused, "\n".join(refused[:10])


def test_declined_cards_are_declined_for_the_reason_their_name_gives(faker):
    wrong = []
    for seed in SEEDS:
        fake = seeded(faker, seed)
        for builder, expected in ((personas.card_failing_checksum, {"card_number": DECLINED_NUMBER}),
                                  (personas.expired_card, None)):
            card = builder(fake, "Sam Okafor")
            problems = check_card(holder=card.holder, number=card.number, expiry=card.expiry,
                                  security_code=card.security_code, today=date.today()).problems
            declined = (problems == expected if expected
                        else list(problems) == ["card_expiry"] and "declined" in problems["card_expiry"])
            wrong += [f"seed {seed}, {builder.__name__} {card}: {problems}"] if not declined else []
    assert not wrong, "\n".join(wrong[:10])


def test_wrong_business_tax_ids_are_refused_for_the_reason_their_name_gives(faker):
    wrong = []
    for seed in SEEDS:
        fake = seeded(faker, seed)
        for builder, expected in ((personas.ein_with_unassigned_prefix, rules.TAX_ID_PREFIX),
                                  (personas.ein_a_digit_short, rules.TAX_ID_FORMAT)):
            tax_id = builder(fake)
            problem = rules.business_tax_id_problem(rules.COMMERCIAL, tax_id)
            wrong += [f"seed {seed}, {builder.__name__} {tax_id}: {problem}"] if problem != expected else []
    assert not wrong, "\n".join(wrong[:10])
