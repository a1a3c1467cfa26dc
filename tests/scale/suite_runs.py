"""How the scale-out tests run the suite itself: on a few scenarios, in a subprocess of its own."""

import itertools
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from bench.servers import ROOT

# Two sign-ins, so a run leaves traces in the simulator's access log: 2 scenarios x 2 browsers.
SIGN_INS = "test_a_cmecf_filer_login_linked_to_an_upgraded_pacer_account_may_file or test_a_pacer_login_views_case"
# Variables that would point a run elsewhere: each test sets the ones it means.
OUTSIDE_SETTINGS = ("SIMULATOR_CONTROL_TOKEN", "PLAYWRIGHT_BROWSER_SERVER", "BDD_SEED")


@dataclass
class SuiteRun:
    returncode: int
    output: str
    outcomes: dict[str, str]  # node id: outcome, from the run's results.json
    started: float  # time.monotonic() when it started and ended
    ended: float

    @property
    def passed(self) -> set[str]:
        return {nodeid for nodeid, outcome in self.outcomes.items() if outcome == "passed"}

    def explain(self) -> str:
        return f"exit {self.returncode}, outcomes {self.outcomes}; output ends:\n{self.output[-3000:]}"


class SuiteRunner:
    """Runs `pytest tests/acceptance -n 0 <args>` in a subprocess, each run with its own --output."""

    def __init__(self, scratch: Path):
        self.scratch = scratch
        self.numbers = itertools.count(1)

    def __call__(self, *args: str, env: dict[str, str] | None = None, timeout: float = 300) -> SuiteRun:
        output = self.scratch / f"run-{next(self.numbers)}"
        environment = {k: v for k, v in os.environ.items() if k not in OUTSIDE_SETTINGS} | (env or {})
        command = [sys.executable, "-m", "pytest", "tests/acceptance", "-n", "0", "-q", "-p", "no:cacheprovider",
                   "--output", str(output), *args]
        started = time.monotonic()
        finished = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True,
                                  timeout=timeout, check=False)
        ended = time.monotonic()
        results = output / "results.json"
        outcomes = {}
        if results.exists():
            outcomes = {r["nodeid"]: r["outcome"] for r in json.loads(results.read_text(encoding="utf-8"))["results"]}
        return SuiteRun(finished.returncode, finished.stdout + finished.stderr, outcomes, started, ended)

    def together(self, *runs: tuple[str, ...], env: dict[str, str] | None = None, timeout: float = 300
                 ) -> list[SuiteRun]:
        """Several runs at once, as CI machines sharing one simulator would start them."""
        with ThreadPoolExecutor(len(runs)) as pool:
            return list(pool.map(lambda args: self(*args, env=env, timeout=timeout), runs))


def collected(*args: str) -> set[str]:
    """The node ids `pytest <args>` selects (paths or node ids, then options), without running them."""
    finished = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", *args],
                              cwd=ROOT, capture_output=True, text=True, timeout=120, check=True)
    return {line for line in finished.stdout.splitlines() if "::" in line}
