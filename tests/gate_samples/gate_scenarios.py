"""Binds the gates' sample feature; run only by tests/report/test_gates.py, through the harness.

The file name does not start with `test_`, so the main runs never collect it.
"""

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd import parsers, scenarios, then

# The folder where an attempt leaves its mark, so that the next attempt knows it is a retry.
FIRST_ATTEMPTS_VARIABLE = "SAMPLE_FIRST_ATTEMPTS"

scenarios("gate_sample.feature")


@pytest.fixture(autouse=True)
def fresh_scenario(page):
    """As in tests/acceptance: an empty simulator per scenario (its own sandbox), and naming `page` makes
    pytest-playwright run each scenario once per --browser."""


@then(parsers.parse('the page is titled "{title}", though not on the first attempt'))
def titled_from_the_retry_on(page: Page, browser_name: str, title: str):
    mark = Path(os.environ[FIRST_ATTEMPTS_VARIABLE], browser_name)
    if not mark.exists():
        mark.touch()
        raise AssertionError(f"The first attempt in {browser_name} fails on purpose")
    expect(page).to_have_title(re.compile(re.escape(title)))
