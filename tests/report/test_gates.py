"""The harness's gates, proved on a sample suite run through `./harness suite` itself.

A failing dry run (a feature file no test binds, a step without definition) stops the run before
any browser starts; a scenario that passes only on its retry fails the run in CI and is reported
as flaky elsewhere, with the first attempt's screenshot and the retry's trace kept on disk.
"""

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]
SAMPLES = REPOSITORY / "tests" / "gate_samples"
FEATURE = "gate_sample.feature"
# Variables that would point a run elsewhere, or say it is CI: each test sets the ones it means.
OUTSIDE_SETTINGS = ("SIMULATOR_CONTROL_TOKEN", "PLAYWRIGHT_BROWSER_SERVER", "BDD_SEED", "PYTEST_BASE_URL", "CI")
UNBOUND_FEATURE = """Feature: A journey nobody bound
  Scenario: A visitor opens the page
    When a visitor opens the CM/ECF sign-in page
"""
UNDEFINED_STEP = "    And the court is closed for the holidays\n"


def harness_suite(features: Path, output: Path, scratch: Path, browser: str = "chromium",
                  **settings: str) -> subprocess.CompletedProcess:
    """`./harness suite` on the sample suite, in one browser, on one xdist worker as the harness runs workers."""
    environment = {key: value for key, value in os.environ.items() if key not in OUTSIDE_SETTINGS} | {
        "SUITE_TESTS": str((SAMPLES / "gate_scenarios.py").relative_to(REPOSITORY)),
        "SUITE_FEATURES": str(features), "SAMPLE_FIRST_ATTEMPTS": str(scratch), **settings}
    return subprocess.run(["./harness", "suite", "--browser", browser, "-n", "1", "--output", str(output)],
                          cwd=REPOSITORY, env=environment, capture_output=True, text=True, timeout=600, check=False)


def explain(run: subprocess.CompletedProcess) -> str:
    return f"exit {run.returncode}; output ends:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}"


@pytest.fixture
def features(tmp_path: Path) -> Path:
    folder = tmp_path / "features"
    folder.mkdir()
    shutil.copy(SAMPLES / FEATURE, folder / FEATURE)
    return folder


@pytest.mark.parametrize(("flaw", "problem"), [
    ("a feature file no test binds", 'unbound_sample.feature:1: feature "A journey nobody bound" is not bound'),
    ("a step without definition", "gate_sample.feature:11: undefined step: And the court is closed for the holidays"),
])
def test_a_failing_dry_run_stops_the_suite_before_any_browser(tmp_path, features, flaw, problem):
    if flaw == "a feature file no test binds":
        (features / "unbound_sample.feature").write_text(UNBOUND_FEATURE, encoding="utf-8")
    else:
        with (features / FEATURE).open("a", encoding="utf-8") as feature:
            feature.write(UNDEFINED_STEP)
    output = tmp_path / "test-results"
    run = harness_suite(features, output, tmp_path)
    assert run.returncode != 0, explain(run)
    assert problem in run.stderr and "Dry run failed" in run.stderr, explain(run)
    assert "acceptance suite" not in run.stdout and not output.exists(), f"a browser run started: {explain(run)}"


@pytest.mark.parametrize(("ci", "exit_code", "verdict", "launched"), [
    ("true", 1, "CI=true: the run fails, as a flaky scenario does in CI", "chromium"),
    (None, 0, "reported as flaky; with CI=true they would fail the run", "firefox"),
])
def test_a_scenario_that_passes_only_on_its_retry(tmp_path, features, ci, exit_code, verdict, launched):
    output = tmp_path / "test-results"
    run = harness_suite(features, output, tmp_path, launched, **({"CI": ci} if ci else {}))
    assert run.returncode == exit_code, explain(run)
    (result,) = json.loads((output / "results.json").read_text(encoding="utf-8"))["results"]
    assert result["outcome"] == "flaky" and result["attempts"] == 2, result
    assert f"FLAKY {result['nodeid']}" in run.stdout and verdict in run.stdout, explain(run)
    assert (output / "report.html").is_file(), "the report is built whatever the outcome"

    # The first attempt's screenshot, taken at its failure; the retry's trace and screenshot, kept though it passed.
    (retry,) = output.glob("*-retry1")
    first = output / retry.name.removesuffix("-retry1")
    kept = sorted((artefact["kind"], (REPOSITORY / artefact["path"]).resolve()) for artefact in result["artifacts"])
    # Each named once: on the report of the phase that made it, not again on every later one.
    assert kept == sorted([("first_attempt_screenshot", first / "test-failed-1.png"), ("trace", retry / "trace.zip"),
                           ("screenshot", retry / "test-finished-1.png")]), result["artifacts"]
    for _, path in kept:
        assert path.read_bytes()[:4] in (b"\x89PNG", b"PK\x03\x04"), f"{path} should be a picture or a trace"
    with zipfile.ZipFile(retry / "trace.zip") as trace:
        recorded = trace.read("trace.trace").decode()
    assert '"title":"' in recorded and result["nodeid"].split("::")[-1] in recorded, "the trace should be the retry's"
