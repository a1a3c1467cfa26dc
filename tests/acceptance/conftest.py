"""Each scenario starts from an empty simulator, in a fresh browser context and page."""

import pytest


@pytest.fixture(autouse=True)
def fresh_scenario(control, page):
    # Naming `page` here puts the browser into every scenario's fixture closure, so
    # pytest-playwright runs each scenario once per --browser.
    control.reset()
