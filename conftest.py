"""Wiring only: the suite's pytest plugin (fixtures/, a module per concern), its step definitions (steps/), and
the report's hooks (report/)."""

import pytest

pytest_plugins = [
    # The plugin: the run's seed and data, what runs where, the simulator, artefacts, browsers and contexts.
    "fixtures.run",
    "fixtures.selection",
    "fixtures.simulator",
    "fixtures.artifacts",
    "fixtures.contexts",
    "fixtures.drivers",
    # The step definitions: a module per feature, and those features share (people, form, docket, pacer_accounts).
    "steps.people",
    "steps.form",
    "steps.docket",
    "steps.pacer_accounts",
    "steps.sign_in",
    "steps.lost_password",
    "steps.free_look",
    "steps.access_fees",
    "steps.registration_guidance",
    "steps.registration",
    "steps.account_linking",
    "steps.accessibility",
    "steps.hostile_input",
    "steps.hostile_registration",
    # What a run leaves: the storyboard, the results behind report.html, Allure's results.
    "report.storyboard",
    "report.collect",
    "report.allure_results",
]


@pytest.fixture(scope="session")
def base_url(simulator) -> str:
    """The simulator's address. Here rather than in fixtures/simulator.py: pytest-playwright registers a base_url
    of its own after the plugins named above, and only a conftest's fixture overrides it."""
    return simulator[0]
