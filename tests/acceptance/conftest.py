"""Each scenario starts from an empty simulator, in a fresh browser context and page."""

import pytest


@pytest.fixture(autouse=True)
def fresh_scenario(page):
    """An empty simulator per scenario: the context works in a new sandbox of its own (fixtures/contexts.py). Naming
    `page` here puts the browser into every scenario's fixture closure, so pytest-playwright runs each
    scenario once per --browser."""
