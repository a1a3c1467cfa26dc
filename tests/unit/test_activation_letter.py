"""The activation letter by U.S. mail: when it arrives, counting business days without weekends and federal
holidays."""

from datetime import UTC, date, datetime

from simulator.registration import rules


def test_the_letter_skips_weekends_and_federal_holidays():
    # Friday, January 16, 2026; Monday the 19th is Martin Luther King, Jr. Day.
    sent = datetime(2026, 1, 16, 15, 0, tzinfo=UTC)
    assert rules.activation_letter_arrives(sent, 7) == datetime(2026, 1, 28, 15, 0, tzinfo=UTC)
    assert rules.activation_letter_arrives(sent, 10) == datetime(2026, 2, 2, 15, 0, tzinfo=UTC)
    assert rules.activation_letter_window(sent) == (date(2026, 1, 28), date(2026, 2, 2))


def test_thanksgiving_and_christmas_do_not_count():
    sent = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)  # the day before Thanksgiving
    assert rules.activation_letter_window(sent) == (date(2026, 12, 7), date(2026, 12, 10))
    sent = datetime(2026, 12, 22, 9, 0, tzinfo=UTC)  # Christmas is a Friday; New Year's Day too
    assert rules.activation_letter_window(sent)[0] == date(2027, 1, 4)


def test_a_new_years_day_on_a_saturday_is_observed_on_the_friday_before_in_the_year_before():
    # January 1, 2028 is a Saturday: Friday, December 31, 2027 is the holiday (and Friday the 24th
    # is Christmas's). A calendar kept year by year counted December 31 as a business day.
    sent = datetime(2027, 12, 21, 9, 0, tzinfo=UTC)
    assert rules.activation_letter_window(sent) == (date(2028, 1, 3), date(2028, 1, 6))


def test_juneteenth_is_a_federal_holiday_from_2021_only():
    assert rules.activation_letter_arrives(datetime(2020, 6, 18, 9, 0, tzinfo=UTC), 1).date() == date(2020, 6, 19)
    assert rules.activation_letter_arrives(datetime(2021, 6, 17, 9, 0, tzinfo=UTC), 1).date() == date(2021, 6, 21)
