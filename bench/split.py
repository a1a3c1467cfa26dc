"""Where a scenario's time goes: a pytest plugin that times each kind of work inside every scenario.

Loaded with `-p bench.split --bench-split FOLDER` (each xdist worker writes its own file there;
`python -m bench.split FOLDER` adds them up, per feature file and browser). It wraps the calls
themselves, timed as they run, in the suite's real configuration:

- setup: a new sandbox in the simulator, a browser context with its cookie and a page (pytest's setup phase;
  Playwright's start, the browser's launch and the simulator's, paid once per worker, are left out);
- teardown: closing the context and deleting the sandbox (pytest's teardown phase);
- page loads: `goto`, `reload`, and the wait for the page a form submission loads;
- fills and clicks: Playwright's actions on locators;
- assertions: web-first `expect` checks, including the time they wait for the page;
- arranging: the control API (accounts, cases, the clock, the mailbox);
- accessibility audits: axe-core's run in the page;
- the rest of the call: pytest-bdd, step and page-object code, and anything not listed.

Each figure is exclusive: a call made inside another timed call (axe's own `evaluate`, say) counts
once, for the outer one. Password hashing in the embedded simulator is timed too, in its server
thread, as a part of the page loads and arranging it happens in, not beside them.
"""

import argparse
import functools
import json
import os
import re
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

import pytest

from . import on_browser_launch, write_json

KINDS = ("setup", "page loads", "fills and clicks", "assertions", "arranging", "accessibility audits",
         "rest of the call", "teardown")
HASHING = "password hashing (within the above)"
ALL = "all features"
ACTIONS = ("click", "dblclick", "fill", "clear", "check", "uncheck", "set_checked", "press", "type",
           "press_sequentially", "select_option", "set_input_files", "focus", "hover", "tap")
ASSERTIONS = ("to_be_visible", "to_be_hidden", "to_have_text", "to_contain_text", "to_have_value",
              "to_have_attribute", "to_have_count", "to_be_checked", "to_have_url", "to_have_title",
              "to_have_accessible_description", "to_have_accessible_name", "to_be_focused", "to_be_enabled",
              "to_be_disabled", "to_have_values", "to_be_empty", "not_to_be_visible", "not_to_have_text",
              "not_to_contain_text", "to_be_attached", "not_to_be_attached", "to_have_role", "to_have_class")


class Clock:
    """Exclusive time per kind, for the scenario now running on this worker's main thread."""

    def __init__(self):
        self.current: dict[str, float] | None = None
        self._stack: list[list[float]] = []  # per open timed call: [started, time in nested calls]
        self.main = threading.main_thread()

    def timed(self, kind: str, function):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            if self.current is None or threading.current_thread() is not self.main:
                return function(*args, **kwargs)
            frame = [time.perf_counter(), 0.0]
            self._stack.append(frame)
            try:
                return function(*args, **kwargs)
            finally:
                self._stack.pop()
                spent = time.perf_counter() - frame[0]
                if self.current is not None:
                    self.current[kind] = self.current.get(kind, 0.0) + spent - frame[1]
                if self._stack:
                    self._stack[-1][1] += spent
        return wrapper

    def hashing(self, function):
        """Password hashing runs in the simulator's server thread: counted apart, not exclusive."""
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            began = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                if self.current is not None:
                    self.current[HASHING] = self.current.get(HASHING, 0.0) + time.perf_counter() - began
        return wrapper


def _wrap(owner, names, kind: str, clock: Clock) -> None:
    for name in names:
        if hasattr(owner, name):
            setattr(owner, name, clock.timed(kind, getattr(owner, name)))


def instrument(clock: Clock) -> None:
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import Locator, Page
    from playwright.sync_api._generated import LocatorAssertions, PageAssertions

    import simulator.accounts
    from fixtures.control import Control

    _wrap(Page, ("goto", "reload", "go_back", "wait_for_load_state", "wait_for_url"), "page loads", clock)
    _wrap(Locator, ACTIONS, "fills and clicks", clock)
    _wrap(Page, ("click", "fill", "check"), "fills and clicks", clock)
    _wrap(LocatorAssertions, ASSERTIONS, "assertions", clock)
    _wrap(PageAssertions, ("to_have_url", "to_have_title", "not_to_have_url", "not_to_have_title"),
          "assertions", clock)
    _wrap(Control, ("_call",), "arranging", clock)
    _wrap(Axe, ("run",), "accessibility audits", clock)
    # The wait for the page a submission loads: leaving `with page.expect_navigation():`.
    from playwright._impl._sync_base import EventContextManager
    EventContextManager.__exit__ = clock.timed("page loads", EventContextManager.__exit__)
    for name in ("hash_secret", "check_secret"):
        setattr(simulator.accounts, name, clock.hashing(getattr(simulator.accounts, name)))


class Split:
    def __init__(self, folder: Path, worker: str):
        self.path = folder / f"split-{worker}.json"
        self.clock = Clock()
        self.scenarios: dict[str, dict[str, float]] = {}
        self._session_depth = 0
        self._session_seconds = 0.0
        self._own_ended_at: float | None = None
        self._session_ended_at: float | None = None
        instrument(self.clock)
        on_browser_launch(self._leave_out)

    def _leave_out(self, seconds: float) -> None:
        self._session_seconds += seconds

    @pytest.hookimpl(wrapper=True)
    def pytest_fixture_setup(self, fixturedef, request):
        """Session fixtures (Playwright, the browser launch, the simulator) are set up inside the first
        scenario: their time is left out, as it is paid once per worker."""
        if fixturedef.scope != "session" or self._session_depth:
            return (yield)
        self._session_depth += 1
        began = time.perf_counter()
        try:
            return (yield)
        finally:
            self._session_depth -= 1
            self._session_seconds += time.perf_counter() - began

    def pytest_fixture_post_finalizer(self, fixturedef, request) -> None:
        # Session fixtures end inside the last scenario's teardown: that part is left out too.
        if fixturedef.scope == "session" and self._session_ended_at is None:
            self._session_ended_at = self._own_ended_at
        elif fixturedef.scope != "session":
            self._own_ended_at = time.perf_counter()

    def _phase(self, item, kind: str | None):
        """Setup and teardown count whole (making the sandbox in setup is setup); in the call, each timed kind
        counts apart and the untimed remainder is the steps' own code."""
        figures = self.scenarios.setdefault(item.nodeid, {})
        self.clock.current = None if kind else figures
        self._session_seconds, self._own_ended_at, self._session_ended_at = 0.0, None, None
        began = time.perf_counter()
        before = sum(figures.get(k, 0.0) for k in KINDS)
        try:
            yield
        finally:
            self.clock.current = None
            ended = self._session_ended_at or time.perf_counter()
            spent = ended - began - self._session_seconds
            timed = sum(figures.get(k, 0.0) for k in KINDS) - before
            name = kind or "rest of the call"
            figures[name] = figures.get(name, 0.0) + spent - timed

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_setup(self, item):
        yield from self._phase(item, "setup")

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_call(self, item):
        yield from self._phase(item, None)

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_teardown(self, item, nextitem):
        yield from self._phase(item, "teardown")

    def pytest_sessionfinish(self) -> None:
        write_json(self.path, self.scenarios)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--bench-split", type=Path, help="write where each scenario's time went to this folder")


def pytest_configure(config: pytest.Config) -> None:
    folder = config.getoption("--bench-split")
    if not folder or (not hasattr(config, "workerinput") and getattr(config.option, "numprocesses", None)):
        return  # with xdist, the workers measure
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    config.pluginmanager.register(Split(folder, worker), "bench-split")


def feature_and_browser(nodeid: str) -> tuple[str, str]:
    module = nodeid.split("::")[0].rsplit("/", 1)[-1].removeprefix("test_").removesuffix(".py")
    found = re.search(r"[\[-](chromium|firefox)[-\]]", nodeid)
    # A feature's @http examples run without a browser.
    return module, found.group(1) if found else "http"


def summarise(folder: Path) -> dict:
    """Per feature file and browser: scenarios, and each kind's mean seconds per scenario and share."""
    totals: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for path in sorted(folder.glob("split-*.json")):
        for nodeid, figures in json.loads(path.read_text(encoding="utf-8")).items():
            key = feature_and_browser(nodeid)
            counts[key] += 1
            for kind, seconds in figures.items():
                totals[key][kind] += seconds
    # Every feature file together, per browser: what each browser's scenarios cost on average.
    for (feature, browser), kinds in list(totals.items()):
        counts[(ALL, browser)] += counts[(feature, browser)]
        for kind, seconds in kinds.items():
            totals[(ALL, browser)][kind] += seconds
    summary = {}
    for key in sorted(totals, key=lambda key: (key[0] == ALL, key)):
        whole = sum(totals[key][kind] for kind in KINDS)
        summary[f"{key[0]} / {key[1]}"] = {
            "scenarios": counts[key], "seconds": round(whole, 2),
            "per_scenario": {kind: round(totals[key][kind] / counts[key], 3) for kind in (*KINDS, HASHING)},
            "share": {kind: round(totals[key][kind] / whole, 3) if whole else 0.0 for kind in KINDS},
        }
    return summary


def setup_and_teardown(summary: dict) -> dict[str, float]:
    """Per browser, the mean seconds a scenario spends in its setup and teardown together."""
    return {name.split(" / ")[1]: round(figures["per_scenario"]["setup"] + figures["per_scenario"]["teardown"], 3)
            for name, figures in summary.items() if name.startswith(f"{ALL} / ") and not name.endswith("/ http")}


def show(summary: dict) -> str:
    short = ("setup", "loads", "fills", "asserts", "arrange", "axe", "rest", "teardown", "hashing")
    lines = [f"{'feature / browser':34} {'n':>4} {'s/scen':>7} " + " ".join(f"{name:>8}" for name in short)]
    for name, figures in summary.items():
        per = figures["per_scenario"]
        lines.append(f"{name:34} {figures['scenarios']:4d} {figures['seconds'] / figures['scenarios']:7.2f} "
                     + " ".join(f"{per[kind]:8.3f}" for kind in (*KINDS, HASHING)))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.split", description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--output", type=Path, help="also write the summary as JSON here")
    options = parser.parse_args(argv)
    summary = summarise(options.folder)
    print(show(summary))
    if options.output:
        write_json(options.output, summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
