"""Binds the report's sample feature; run only by tests/report, in a subprocess of its own.

The file name does not start with `test_`, so the main runs never collect it.
"""

import pytest
from playwright.sync_api import expect
from pytest_bdd import scenarios, then

# The report's test breaks one scenario on purpose: waiting the usual five seconds shows nothing more.
expect.set_options(timeout=2_000)

scenarios("report_sample.feature")


@pytest.fixture(autouse=True)
def fresh_scenario(page):
    """As in tests/acceptance: an empty simulator per scenario (its own sandbox), and naming `page` makes
    pytest-playwright run each scenario once per --browser."""


@then("the first attempt fails, and the retry passes")
def passes_on_its_retry(request):
    """Flaky by construction, for the Allure report's check: the suite runs a failed scenario once more."""
    assert getattr(request.node, "execution_count", 1) > 1, "the first attempt fails on purpose"
