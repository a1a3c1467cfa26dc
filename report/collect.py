"""Collects each scenario's outcome per browser, steps, artefacts and accessibility audit; writes results.json.

Runs on every xdist worker (attaching scenario data to reports) and on the controller
(gathering them), so the Cucumber JSON and the report are whole under parallel runs too.
"""

import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from pytest_bdd.reporting import ReportContext, test_report_context_registry
from pytest_bdd.scenario import scenario_wrapper_template_registry
from pytest_bdd.utils import registry_get_safe

from fixtures.run import seed_of

from .storyboard import FOLDER as STORYBOARD_FOLDER
from .storyboard import OPTION as STORYBOARD_OPTION

RESULTS_FILE = "results.json"
# The HTML of every audited page, one file per page and browser, for the HTML validity check.
PAGE_SOURCES = "page-sources"
# What an accessibility audit found, kept with the scenario that ran it until its result is reported.
AUDIT = pytest.StashKey[list[dict]]()
SOURCE = pytest.StashKey[list[str]]()

# Where an `@http` example runs: without a browser (tests/acceptance/over_http). What it checks does not
# depend on a browser, so the report counts its run in each browser's column and shows it once across them.
OVER_HTTP = "http"


@pytest.fixture
def record_audit(request: pytest.FixtureRequest):
    """Keeps what an audit found on a page, and the page's HTML, with the scenario's result: the report
    lists audits apart, and the HTML is checked for validity after the run."""

    def record(page: str, findings: dict, source: str) -> None:
        request.node.stash.setdefault(AUDIT, []).append({"page": page, **findings})
        request.node.stash.setdefault(SOURCE, []).append(source)

    return record


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call):
    outcome = yield
    report = outcome.get_result()
    context = test_report_context_registry.get(report)
    if context is not None:
        # Plain data survives the trip from an xdist worker to the controller; the registry does not.
        report.bdd_scenario = context.scenario
    callspec = getattr(item, "callspec", None)
    # A scenario of a feature run without a browser is an `@http` example (tests/acceptance/over_http).
    report.browser = (callspec.params.get("browser_name") if callspec else None) or (
        OVER_HTTP if "_pytest_bdd_example" in getattr(item, "fixturenames", ()) else None)
    report.bdd_example = callspec.params.get("_pytest_bdd_example") if callspec else None
    # Which scenario of which feature file this is, known even when its setup fails before any step.
    template = registry_get_safe(scenario_wrapper_template_registry, getattr(item, "obj", None))
    report.bdd_location = {"file": template.feature.filename, "line": template.line_number,
                           "name": template.name} if template else None
    report.attempt = getattr(item, "execution_count", 1)
    if report.when == "call":
        # Taken off the item, so that a retry that fails before its audit does not show the first one's.
        report.accessibility_audits = item.stash.get(AUDIT, [])
        report.page_sources = item.stash.get(SOURCE, [])
        for key in (AUDIT, SOURCE):
            if key in item.stash:
                del item.stash[key]
    launched = getattr(item, "funcargs", {}).get("browser") if report.when == "setup" else None
    if launched is not None:
        binary = item.funcargs.get("browser_type_launch_args", {}).get("executable_path")
        report.browser_version = f"{launched.version} ({binary})" if binary else launched.version
    if report.failed and report.when == "call" and report.browser:
        report.sections.append(("Replay", replay_command(item.nodeid, seed_of(item.config))))


def replay_command(nodeid: str, seed: int) -> str:
    """The command that runs one scenario again, in one browser, with the same data."""
    return f"pytest '{nodeid}' --seed {seed}"


class ResultCollector:
    """Controller-side record of every scenario attempt, written out at the end of the run."""

    def __init__(self, config: pytest.Config):
        self.config = config
        self.started = time.time()
        self.results: dict[str, dict] = {}
        self.browser_versions: dict[str, str] = {}
        # Written at the end: pytest-playwright empties --output when each worker's first scenario starts.
        self.page_sources: dict[str, str] = {}
        # --storyboard's pictures by file name (their content's hash: a picture shown twice is kept once).
        self.storyboard: dict[str, bytes] = {}

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        scenario = getattr(report, "bdd_scenario", None)
        if report.outcome == "rerun":
            # The Cucumber JSON keeps the last attempt only (its writer knows no "rerun" outcome).
            test_report_context_registry.pop(report, None)
        elif scenario and report not in test_report_context_registry:
            test_report_context_registry[report] = ReportContext(
                scenario=scenario, name=report.nodeid.rsplit("::", 1)[-1])
        if not getattr(report, "browser", None):
            return
        if getattr(report, "browser_version", None):
            self.browser_versions[report.browser] = report.browser_version
        entry = self.results.setdefault(report.nodeid, {
            "nodeid": report.nodeid, "browser": report.browser, "outcome": "passed",
            "attempts": 0, "duration": 0.0, "artifacts": [], "error": None, "scenario": None,
            "location": getattr(report, "bdd_location", None), "example": getattr(report, "bdd_example", None),
            "audits": [], "storyboard": None,
        })
        if report.when == "setup":
            entry["attempts"] = max(entry["attempts"], getattr(report, "attempt", 1))
        entry["duration"] += report.duration
        if scenario:
            entry["scenario"] = scenario
        if report.when == "call":
            entry["audits"] = getattr(report, "accessibility_audits", [])
            for audit, source in zip(entry["audits"], getattr(report, "page_sources", []), strict=False):
                self.page_sources[f"{slug(audit['page'])[:80]}-{report.browser}.html"] = source
            if getattr(report, "storyboard", None) is not None:
                entry["storyboard"] = [self._keep_picture(frame) for frame in report.storyboard]
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

    def _keep_picture(self, frame: dict) -> dict:
        """The step's frame with its picture's path under the report's folder, in place of the picture."""
        if not frame.get("image"):
            return frame
        picture = base64.b64decode(frame["image"])
        name = f"{hashlib.sha256(picture).hexdigest()[:20]}.webp"
        self.storyboard[name] = picture
        return {**frame, "image": f"{STORYBOARD_FOLDER}/{name}"}

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        config = self.config
        output = Path(config.getoption("--output"))
        output.mkdir(parents=True, exist_ok=True)
        # pytest-playwright empties --output when the first scenario starts, and pytest-bdd writes
        # the Cucumber JSON without creating its folder: make it exist again before that writer runs.
        cucumber_json = getattr(config.option, "cucumber_json_path", None)
        if cucumber_json:
            Path(cucumber_json).parent.mkdir(parents=True, exist_ok=True)
        summary = {
            "seed": seed_of(config),
            "started": self.started,
            "duration": time.time() - self.started,
            "commit": commit(config.rootpath),
            "browsers": self.browser_versions,
            # Artefact paths are relative to where pytest started; feature files are found by the ini.
            "invocation_dir": str(config.invocation_params.dir),
            "features_dir": str(config.rootpath / (config.getini("bdd_features_base_dir") or "features")),
            "arguments": list(config.invocation_params.args),
            "smoke": bool(config.getoption("--smoke", False)),
            "storyboard": bool(config.getoption(STORYBOARD_OPTION, False)),
            "results": sorted(self.results.values(), key=lambda r: r["nodeid"]),
        }
        (output / RESULTS_FILE).write_text(json.dumps(summary, indent=1, default=str), encoding="utf-8")
        if self.page_sources:
            sources = output / PAGE_SOURCES
            shutil.rmtree(sources, ignore_errors=True)
            sources.mkdir()
            for name, html in self.page_sources.items():
                (sources / name).write_text(html, encoding="utf-8")
        pictures = output / STORYBOARD_FOLDER
        shutil.rmtree(pictures, ignore_errors=True)
        if self.storyboard:
            pictures.mkdir()
            for name, picture in self.storyboard.items():
                (pictures / name).write_bytes(picture)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def commit(repository: Path) -> str:
    """The commit under test: the CI's variable when set, else the checkout's HEAD, else "unknown"."""
    for variable in ("GITHUB_SHA", "CI_COMMIT_SHA"):
        if os.environ.get(variable):
            return os.environ[variable]
    git = shutil.which("git")
    if git is None:
        return "unknown"
    # A fixed, read-only command on our own checkout: nothing untrusted reaches it.
    answer = subprocess.run([git, "rev-parse", "HEAD"], cwd=repository, capture_output=True,  # noqa: S603
                            text=True, timeout=10, check=False)
    return answer.stdout.strip() if answer.returncode == 0 else "unknown"


def pytest_configure(config: pytest.Config) -> None:
    # Collect-only runs (the dry-run check, --generate-missing) run no scenario: keep the last results.
    if config.option.collectonly or getattr(config.option, "generate_missing", False):
        return
    if not hasattr(config, "workerinput"):
        config.pluginmanager.register(ResultCollector(config), "cmecf-results")
