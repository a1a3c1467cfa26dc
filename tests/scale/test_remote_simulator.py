"""--base-url: the suite against a simulator running elsewhere, its control token passed by environment."""

import json
import secrets
import urllib.request

import pytest
from suite_runs import SIGN_INS

from bench.servers import simulator_process


def access_log(url: str, token: str) -> list[dict]:
    request = urllib.request.Request(f"{url}/_control/access-log", headers={"X-Control-Token": token})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())["entries"]


def test_the_suite_runs_against_a_standalone_simulator_given_by_base_url(tmp_path, run_suite):
    token = secrets.token_urlsafe(16)
    with simulator_process(tmp_path / "elsewhere.sqlite3", control_token=token, demo=False) as elsewhere:
        # One xdist worker is as good as none: only parallel workers would share the simulator.
        run = run_suite("--base-url", elsewhere.url, "-n", "1", "-k", SIGN_INS, env={"SIMULATOR_CONTROL_TOKEN": token})
        sign_ins = [entry for entry in access_log(elsewhere.url, token) if entry["event"] == "sign-in"]
    assert run.returncode == 0 and len(run.passed) == 4, run.explain()
    # The last scenario's sign-in is in that simulator's own log: the run used it, not an embedded one.
    assert [entry["outcome"] for entry in sign_ins] == ["success"], sign_ins


def test_a_simulator_given_by_base_url_needs_its_control_token(run_suite):
    run = run_suite("--base-url", "http://127.0.0.1:9", "-k", SIGN_INS, "--browser", "chromium")
    assert run.returncode != 0 and not run.passed, run.explain()
    assert "--base-url needs the simulator's control token in $SIMULATOR_CONTROL_TOKEN" in run.output, run.explain()


def test_a_simulator_given_by_base_url_is_refused_to_parallel_workers(run_suite):
    # Every scenario resets the simulator's whole database: two workers would wipe each other's data.
    run = run_suite("--base-url", "http://127.0.0.1:9", "-n", "2", "-k", SIGN_INS,
                    env={"SIMULATOR_CONTROL_TOKEN": "unused"})
    assert run.returncode == pytest.ExitCode.USAGE_ERROR and not run.outcomes, run.explain()
    assert "--base-url with 2 workers: every scenario resets that simulator's whole database" in run.output, \
        run.explain()
