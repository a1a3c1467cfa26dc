"""Binds the report's sample feature; run only by tests/report, in a subprocess of its own.

The file name does not start with `test_`, so the main runs never collect it.
"""

import pytest
from playwright.sync_api import expect
from pytest_bdd import scenarios

# One scenario fails on purpose; waiting the usual five seconds for it would show nothing more.
expect.set_options(timeout=1_000)

scenarios("report_sample.feature")


@pytest.fixture(autouse=True)
def in_a_browser(page):
    # As in tests/acceptance: naming `page` makes pytest-playwright run each scenario per --browser.
    return page
