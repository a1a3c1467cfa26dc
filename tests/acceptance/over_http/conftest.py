"""The examples a feature runs at the HTTP level (its `@http` Examples): no browser, a fresh simulator.

The scenarios bound here take their step definitions from `steps/http/` (closer definitions win over
the browser ones); a step that has none there would need a browser, and fails saying so.
"""

import pytest

# The step definitions, which pytest-bdd finds as fixtures.
from steps.http.hostile_input import *  # noqa: F403
from steps.http.hostile_registration import *  # noqa: F403
from steps.http.registration import *  # noqa: F403


@pytest.fixture(autouse=True)
def fresh_scenario(sandbox):
    """Overrides the browser suite's own: each example works in a new sandbox of its own, and no browser."""


@pytest.fixture
def page(request: pytest.FixtureRequest):
    raise pytest.UsageError(
        f"{request.node.name} runs at the HTTP level, but one of its steps needs a browser page. Give that step "
        "a definition in steps/http/, or move the example to the feature's browser Examples.")
