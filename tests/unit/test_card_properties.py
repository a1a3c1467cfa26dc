"""Property-based checks of cards, as the payment step states its rules: the check digit, the number's digits and
separators, the expiry, the security code; a card number is never shown back."""

import re
import string

import registration_examples
from hypothesis import given
from hypothesis import strategies as st
from registration_examples import FORM_SETTINGS, GOOD, TODAY, WIZARD, walk_to

from simulator.cards import card_digits, check_card, luhn_valid, parse_expiry

# The simulator these checks run on, and a fresh user name for each example (registration_examples.py).
app, user_names = registration_examples.app, registration_examples.user_names


def check_digit(body: str) -> str:
    return next(d for d in string.digits if luhn_valid(body + d))


CARD_BODIES = st.text(alphabet=string.digits, min_size=12, max_size=18)


@given(CARD_BODIES)
def test_every_number_has_exactly_one_check_digit(body):
    assert sum(luhn_valid(body + d) for d in string.digits) == 1


@given(CARD_BODIES, st.data())
def test_a_single_mistyped_digit_always_fails_the_checksum(body, data):
    number = body + check_digit(body)
    position = data.draw(st.integers(0, len(number) - 1))
    wrong = data.draw(st.sampled_from([d for d in string.digits if d != number[position]]))
    assert not luhn_valid(number[:position] + wrong + number[position + 1:])


@given(st.text(alphabet=st.sampled_from("0123456789 -\t\u0661a"), max_size=25))
def test_a_card_number_is_13_to_19_digits_with_spaces_or_dashes_between(typed):
    digits = typed.replace(" ", "").replace("-", "")
    follows = 13 <= len(digits) <= 19 and all(c in string.digits for c in digits)
    assert (card_digits(typed) is not None) == follows


@given(st.integers(1, 12), st.integers(2000, 2099), st.booleans())
def test_an_expiry_reads_as_mm_yy_or_mm_yyyy(month, year, short):
    typed = f"{month:02d}/{year % 100:02d}" if short else f"{month}/{year}"
    assert parse_expiry(typed) == (month, year)


@given(st.text(max_size=8))
def test_an_expiry_is_a_month_from_1_to_12(typed):
    parsed = parse_expiry(typed)
    if parsed is not None:
        assert 1 <= parsed[0] <= 12 and typed.strip()[0] in string.digits


@given(body=CARD_BODIES, months_ahead=st.integers(0, 120), code=st.from_regex(r"\A[0-9]{3,4}\Z"),
       holder=st.text(min_size=1, max_size=30).filter(str.strip))
def test_a_card_with_a_good_number_that_has_not_expired_is_accepted(body, months_ahead, code, holder):
    month_index = TODAY.month - 1 + months_ahead
    expiry = f"{month_index % 12 + 1:02d}/{(TODAY.year + month_index // 12) % 100:02d}"
    check = check_card(holder=holder, number=body + check_digit(body), expiry=expiry, security_code=code,
                       today=TODAY)
    assert check.accepted and check.last4 == (body + check_digit(body))[-4:]


@given(months_back=st.integers(1, 120))
def test_a_card_is_declined_from_the_month_after_its_expiry(months_back):
    month_index = TODAY.year * 12 + TODAY.month - 1 - months_back
    expiry = f"{month_index % 12 + 1:02d}/{month_index // 12 % 100:02d}"
    check = check_card(holder="Sam", number="4111111111111111", expiry=expiry, security_code="123", today=TODAY)
    assert check.problems["card_expiry"].startswith("The card was declined")


@given(st.text(max_size=6))
def test_a_security_code_is_three_or_four_digits(code):
    check = check_card(holder="Sam", number="4111111111111111", expiry="12/39", security_code=code, today=TODAY)
    assert ("card_security_code" not in check.problems) == bool(re.fullmatch(r"[0-9]{3,4}", code.strip()))


@FORM_SETTINGS
@given(body=CARD_BODIES, expiry=st.sampled_from(["12/39", "01/20", "13/40", ""]))
def test_a_card_number_is_never_shown_back(app, user_names, body, expiry):
    client = app.test_client()
    walk_to(client, "payment", next(user_names))
    number = body + str((int(check_digit(body)) + 1) % 10)  # fails the checksum: the card is declined
    response = client.post(f"{WIZARD}/payment", data={**GOOD["payment"], "card_number": number,
                                                      "card_expiry": expiry})
    assert response.status_code == 422
    assert number not in response.get_data(as_text=True)
