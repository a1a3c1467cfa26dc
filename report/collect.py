"""Collects each scenario's outcome per browser, steps and artefacts; writes results.json.

Runs on every xdist worker (attaching scenario data to reports) and on the controller
(gathering them), so the Cucumber JSON and the report are whole under parallel runs too.
"""

import json
import time
from pathlib import Path

import pytest
from pytest_bdd.reporting import ReportContext, test_report_context_registry

RESULTS_FILE = "results.json"


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call):
    outcome = yield
    report = outcome.get_result()
    context = test_report_context_registry.get(report)
    if context is not None:
        # Plain data survives the trip from an xdist worker to the controller; the registry does not.
        report.bdd_scenario = context.scenario
    callspec = getattr(item, "callspec", None)
    report.browser = callspec.params.get("browser_name") if callspec else None
    report.attempt = getattr(item, "execution_count", 1)
    if report.failed and report.when == "call" and report.browser:
        seed = item.config.seed
        report.sections.append(("Replay", f"pytest '{item.nodeid}' --seed {seed}"))


class ResultCollector:
    """Controller-side record of every scenario attempt, written out at the end of the run."""

    def __init__(self, config: pytest.Config):
        self.config = config
        self.started = time.time()
        self.results: dict[str, dict] = {}

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        scenario = getattr(report, "bdd_scenario", None)
        if scenario and report not in test_report_context_registry:
            test_report_context_registry[report] = ReportContext(
                scenario=scenario, name=report.nodeid.rsplit("::", 1)[-1])
        if not getattr(report, "browser", None):
            return
        entry = self.results.setdefault(report.nodeid, {
            "nodeid": report.nodeid, "browser": report.browser, "outcome": "passed",
            "attempts": 0, "duration": 0.0, "artifacts": [], "error": None, "scenario": None,
        })
        if report.when == "setup":
            entry["attempts"] = max(entry["attempts"], getattr(report, "attempt", 1))
        entry["duration"] += report.duration
        if scenario:
            entry["scenario"] = scenario
        if report.outcome == "rerun":
            entry["outcome"] = "rerun"
            entry["error"] = report.longreprtext
        elif report.failed:
            entry["outcome"] = "failed"
            entry["error"] = entry["error"] if report.when == "teardown" and entry["error"] else report.longreprtext
        elif report.skipped and entry["outcome"] != "failed":
            entry["outcome"] = "skipped"
        elif report.when == "call" and entry["outcome"] == "rerun":
            entry["outcome"] = "flaky"
        for name, value in report.user_properties:
            if name.startswith("playwright_"):
                entry["artifacts"].append({"kind": name.removeprefix("playwright_"), "path": value})

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        output = Path(self.config.getoption("--output"))
        output.mkdir(parents=True, exist_ok=True)
        summary = {
            "seed": self.config.seed,
            "started": self.started,
            "duration": time.time() - self.started,
            "results": sorted(self.results.values(), key=lambda r: r["nodeid"]),
        }
        (output / RESULTS_FILE).write_text(json.dumps(summary, indent=1, default=str), encoding="utf-8")


def pytest_configure(config: pytest.Config) -> None:
    if not hasattr(config, "workerinput"):
        config.pluginmanager.register(ResultCollector(config), "cmecf-results")
