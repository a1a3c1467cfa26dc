"""The kept context, proved on a sample suite in each browser: it leaks nothing, and a crash costs one scenario.

Each worker keeps one context and page per browser and resets them between scenarios (fixtures/contexts.py).
The samples (tests/context_samples) leave behind in the browser all a scenario can leave there, then look
for it in the next scenario; and kill the browser in the middle of a scenario, then run more.
"""

import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]
SAMPLES = REPOSITORY / "tests" / "context_samples"
OUTSIDE_SETTINGS = ("SIMULATOR_CONTROL_TOKEN", "PLAYWRIGHT_BROWSER_SERVER", "BDD_SEED", "PYTEST_BASE_URL", "CI")
# Far below the 15 s a step waits for the page before it gives up: a crash is noticed, not waited out.
CRASH_NOTICED_WITHIN_S = 8


def run_samples(tmp_path: Path, browser: str, selection: str) -> tuple[subprocess.CompletedProcess, dict]:
    """The samples in one browser, on one worker, in file order, with no retry; their outcomes by scenario."""
    environment = {key: value for key, value in os.environ.items() if key not in OUTSIDE_SETTINGS}
    junit = tmp_path / "junit.xml"
    run = subprocess.run(
        [sys.executable, "-m", "pytest", str(SAMPLES / "context_scenarios.py"), "-o",
         f"bdd_features_base_dir={SAMPLES}", "-p", "no:cacheprovider", "-n", "0", "--browser", browser,
         "--artifacts", "as-flags", "-k", selection, "--junitxml", str(junit), "--output", str(tmp_path / "out")],
        cwd=REPOSITORY, env=environment, capture_output=True, text=True, timeout=300, check=False)
    cases = {}
    if junit.exists():
        for case in ElementTree.parse(junit).iter("testcase"):  # noqa: S314 - the JUnit file this test just wrote
            # A failing step is a <failure>; a setup that fails (no browser to make a context in) an <error>.
            failure = case.find("failure") if case.find("failure") is not None else case.find("error")
            cases[case.get("name").split("[")[0]] = {
                "failed": failure is not None, "message": failure.get("message", "") if failure is not None else "",
                "seconds": float(case.get("time", 0))}
    return run, cases


def explain(run: subprocess.CompletedProcess) -> str:
    return f"exit {run.returncode}; output ends:\n{run.stdout[-4000:]}\n{run.stderr[-2000:]}"


@pytest.mark.parametrize("engine", ["chromium", "firefox"])
def test_the_next_scenario_finds_nothing_the_one_before_left_behind(tmp_path, engine):
    run, cases = run_samples(tmp_path, engine, "leaves or finds")
    assert run.returncode == 0, explain(run)
    assert set(cases) == {"test_a_visitor_leaves_things_behind_in_the_browser",
                          "test_the_next_visitor_finds_nothing_of_the_one_before"}, explain(run)


@pytest.mark.parametrize("engine", ["chromium", "firefox"])
def test_a_browser_that_crashes_fails_its_scenario_and_the_next_ones_run_in_a_new_one(tmp_path, engine):
    run, cases = run_samples(tmp_path, engine, "crash")
    assert run.returncode == 1, explain(run)
    crashed = cases.pop("test_the_browser_crashes_while_a_visitor_reads_the_signin_page")
    assert crashed["failed"], explain(run)
    assert f"{engine.capitalize()} crashed during this scenario" in crashed["message"], crashed["message"]
    assert crashed["seconds"] < CRASH_NOTICED_WITHIN_S, f"the crash took {crashed['seconds']} s to notice"
    assert len(cases) == 3 and not any(case["failed"] for case in cases.values()), explain(run)
