"""Payment cards as a card processor checks them: the number's Luhn checksum and the expiry date."""

import calendar
import re
from dataclasses import dataclass
from datetime import date

from stdnum import luhn

CARD_DIGITS_MIN, CARD_DIGITS_MAX = 13, 19
# Card details are printed in the digits 0-9; other scripts' digits are not card digits.
_EXPIRY = re.compile(r"([0-9]{1,2}) */ *([0-9]{2}|[0-9]{4})")

NUMBER_FORMAT = f"Enter the card number: {CARD_DIGITS_MIN} to {CARD_DIGITS_MAX} digits (spaces and dashes are fine)."
EXPIRY_FORMAT = "Enter the expiration date as MM/YY, as printed on the card."
SECURITY_CODE_FORMAT = "Enter the 3- or 4-digit security code printed on the card."

DECLINED_NUMBER = ("The card was declined: the card number is not valid. Check the number, or leave "
                   "the card details blank to register without a card.")


def card_digits(number: str) -> str | None:
    """The digits of a card number typed with or without spaces and dashes; None if it is not one."""
    digits = re.sub(r"[ -]", "", number or "")
    if not re.fullmatch(f"[0-9]{{{CARD_DIGITS_MIN},{CARD_DIGITS_MAX}}}", digits):
        return None
    return digits


def luhn_valid(digits: str) -> bool:
    """The checksum every card number carries (ISO/IEC 7812), as python-stdnum checks it."""
    return luhn.is_valid(digits)


def parse_expiry(text: str) -> tuple[int, int] | None:
    """(month, year) from MM/YY or MM/YYYY; None when it is not a month of a year."""
    match = _EXPIRY.fullmatch((text or "").strip())
    if not match:
        return None
    month, year = int(match.group(1)), int(match.group(2))
    if len(match.group(2)) == 2:
        year += 2000
    if not 1 <= month <= 12:
        return None
    return month, year


def expired(month: int, year: int, today: date) -> bool:
    """A card is good through the last day of the month printed on it."""
    # R13: a card is good through the last day of its month
    return today > date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True)
class CardCheck:
    """What the processor said: the problems by form field (empty when the card is accepted)."""

    problems: dict[str, str]
    last4: str = ""

    @property
    def accepted(self) -> bool:
        return not self.problems


def check_card(*, holder: str, number: str, expiry: str, security_code: str, today: date) -> CardCheck:
    problems: dict[str, str] = {}
    if not holder.strip():
        problems["card_holder"] = "Enter the name as it appears on the card."
    digits = card_digits(number)
    if digits is None:
        problems["card_number"] = NUMBER_FORMAT
    elif not luhn_valid(digits):
        problems["card_number"] = DECLINED_NUMBER
    parsed = parse_expiry(expiry)
    if parsed is None:
        problems["card_expiry"] = EXPIRY_FORMAT
    elif expired(*parsed, today):
        problems["card_expiry"] = (f"The card was declined: it expired at the end of {parsed[0]:02d}/{parsed[1]}. "
                                   "Use another card, or leave the card details blank to register without a card.")
    if not re.fullmatch(r"[0-9]{3,4}", (security_code or "").strip()):
        problems["card_security_code"] = SECURITY_CODE_FORMAT
    return CardCheck(problems, digits[-4:] if digits and not problems else "")
