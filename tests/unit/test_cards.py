"""Cards, as a processor checks them: the checksum, the digits and the expiry read from what was typed, and the
payment step's card or none."""

from datetime import date

import pytest

from simulator.cards import card_digits, check_card, expired, luhn_valid, parse_expiry
from simulator.registration import rules


@pytest.mark.parametrize(("number", "valid"), [
    ("4111111111111111", True), ("4111111111111112", False), ("378282246310005", True),
    ("5555555555554444", True), ("5555555555554445", False), ("4222222222222", True),
])
def test_luhn_checksum(number, valid):
    assert luhn_valid(number) is valid


@pytest.mark.parametrize(("typed", "digits"), [
    ("4111 1111 1111 1111", "4111111111111111"), ("4111-1111-1111-1111", "4111111111111111"),
    ("4111", None), ("4111 1111 1111 111a", None), ("4" * 20, None), ("٤١١١١١١١١١١١١١١١", None), ("", None),
])
def test_card_digits(typed, digits):
    assert card_digits(typed) == digits


@pytest.mark.parametrize(("typed", "parsed"), [
    ("04/29", (4, 2029)), ("4/2029", (4, 2029)), ("12 / 30", (12, 2030)), ("13/29", None), ("00/29", None),
    ("0429", None), ("", None),
])
def test_parse_expiry(typed, parsed):
    assert parse_expiry(typed) == parsed


def test_a_card_is_good_through_the_last_day_of_its_month():
    assert not expired(2, 2028, date(2028, 2, 29))
    assert expired(2, 2028, date(2028, 3, 1))


def test_check_card_declines_a_bad_checksum_and_an_expired_card():
    check = check_card(holder="Sam", number="4111111111111112", expiry="01/20", security_code="123",
                       today=date(2026, 6, 1))
    assert not check.accepted
    assert check.problems["card_number"].startswith("The card was declined")
    assert check.problems["card_expiry"].startswith("The card was declined: it expired at the end of 01/2020")


def test_check_card_accepts_a_good_card_and_keeps_only_the_last_four_digits():
    check = check_card(holder="Sam", number="4111 1111 1111 1111", expiry="12/39", security_code="123",
                       today=date(2026, 6, 1))
    assert check.accepted and check.last4 == "1111"


def test_payment_without_any_card_details_means_no_card():
    assert rules.payment_decision(holder="", number="", expiry="", security_code="", kept_card=None,
                                         today=date(2026, 6, 1)) == (None, {})


def test_payment_with_half_the_card_details_asks_for_the_rest():
    card, problems = rules.payment_decision(holder="Sam", number="", expiry="", security_code="",
                                                   kept_card=None, today=date(2026, 6, 1))
    assert card is None and "card_number" in problems
