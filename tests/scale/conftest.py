"""Each scale-out test runs the suite in subprocesses, with a scratch folder of its own."""

import pytest
from suite_runs import SuiteRunner


@pytest.fixture
def run_suite(tmp_path) -> SuiteRunner:
    return SuiteRunner(tmp_path)
