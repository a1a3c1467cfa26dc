"""The examples a feature runs at the HTTP level (its `@http` Examples): no browser, a fresh simulator.

Their steps are the browser scenarios' own: the page objects they use drive an `HttpPage` instead of a browser
(fixtures/drivers.py). A step that asks for a browser page itself fails here, saying so.
"""

import pytest


@pytest.fixture(autouse=True)
def fresh_scenario(sandbox):
    """Overrides the browser suite's own: each example works in a new sandbox of its own, and no browser."""


@pytest.fixture
def page(request: pytest.FixtureRequest):
    raise pytest.UsageError(
        f"{request.node.name} runs at the HTTP level, but one of its steps needs a browser page. Give that step "
        "page objects of both drivers (fixtures/drivers.py), or move the example to the feature's browser Examples.")
