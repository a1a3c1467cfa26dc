"""A pytest plugin timing each scenario's own work: setup, call and teardown, less session fixtures.

Loaded by the benchmark with `-p bench.timing --bench-timings FILE`. Setting up and tearing down
session-scoped fixtures (Playwright, the simulator, the control client) and launching a browser happen
once per run, inside whichever scenario comes first or last; they are timed and left out, so a
scenario's figure is what it costs in an already-open browser, as the raw Playwright baseline's is.
"""

import time
from pathlib import Path

import pytest

from . import on_browser_launch, write_json


class ScenarioTimer:
    def __init__(self, path: Path):
        self.path = path
        self.scenarios: dict[str, dict] = {}
        self._session_depth = 0
        self._session_started = 0.0
        self._session_seconds = 0.0
        self._last_own_finalizer: float | None = None
        self._session_finalized = False
        on_browser_launch(self._leave_out)

    def _leave_out(self, seconds: float) -> None:
        self._session_seconds += seconds

    def _scenario(self, nodeid: str) -> dict:
        return self.scenarios.setdefault(nodeid, {"seconds": 0.0, "session_fixture_seconds": 0.0,
                                                  "outcome": "passed"})

    @pytest.hookimpl(wrapper=True)
    def pytest_fixture_setup(self, fixturedef, request):
        if fixturedef.scope != "session":
            return (yield)
        # Only the outermost session fixture counts: one may request another while it is set up.
        if self._session_depth == 0:
            self._session_started = time.perf_counter()
        self._session_depth += 1
        try:
            return (yield)
        finally:
            self._session_depth -= 1
            if self._session_depth == 0:
                self._session_seconds += time.perf_counter() - self._session_started

    def pytest_fixture_post_finalizer(self, fixturedef, request) -> None:
        # Called as each fixture's teardown ends; a test's own fixtures end before session ones.
        if fixturedef.scope == "session":
            self._session_finalized = True
        elif not self._session_finalized:
            self._last_own_finalizer = time.perf_counter()

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_setup(self, item):
        return (yield from self._timed(item.nodeid))

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_call(self, item):
        return (yield from self._timed(item.nodeid))

    def _timed(self, nodeid: str):
        self._session_seconds = 0.0
        began = time.perf_counter()
        try:
            return (yield)
        finally:
            self._add(nodeid, time.perf_counter() - began, self._session_seconds)

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_teardown(self, item, nextitem):
        self._last_own_finalizer = None
        self._session_finalized = False
        began = time.perf_counter()
        try:
            return (yield)
        finally:
            ended = time.perf_counter()
            own_end = self._last_own_finalizer if self._session_finalized and self._last_own_finalizer else ended
            self._add(item.nodeid, ended - began, ended - own_end)

    def _add(self, nodeid: str, seconds: float, session_seconds: float) -> None:
        """Add a phase's time, of which `session_seconds` went to session fixtures."""
        scenario = self._scenario(nodeid)
        scenario["seconds"] += seconds - session_seconds
        scenario["session_fixture_seconds"] += session_seconds

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.failed or report.outcome == "rerun":
            self._scenario(report.nodeid)["outcome"] = report.outcome

    def pytest_sessionfinish(self) -> None:
        write_json(self.path, self.scenarios)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--bench-timings", type=Path, help="write each scenario's own time to this JSON file")


def pytest_configure(config: pytest.Config) -> None:
    path = config.getoption("--bench-timings")
    if not path:
        return
    if getattr(config.option, "numprocesses", None):
        raise pytest.UsageError("--bench-timings times scenarios in one process: run it with -n 0")
    config.pluginmanager.register(ScenarioTimer(path), "bench-timings")
