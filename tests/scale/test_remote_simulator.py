"""--base-url: the suite against a simulator running elsewhere, its control token passed by environment.

(One deployment on gunicorn shared by a whole fleet: test_shared_simulator.py.)"""

import json
import secrets
import urllib.request

from suite_runs import SIGN_INS

from bench.servers import simulator_process


def control_api(url: str, token: str, path: str) -> dict:
    request = urllib.request.Request(f"{url}/_control{path}", headers={"X-Control-Token": token})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def test_the_suite_runs_in_parallel_against_a_standalone_simulator_given_by_base_url(tmp_path, run_suite):
    token = secrets.token_urlsafe(16)
    with simulator_process(tmp_path / "elsewhere.sqlite3", control_token=token, demo=False) as elsewhere:
        # Two workers on one simulator: each scenario works in a sandbox of its own there.
        run = run_suite("--base-url", elsewhere.url, "-n", "2", "-k", SIGN_INS, env={"SIMULATOR_CONTROL_TOKEN": token})
        shared_log = control_api(elsewhere.url, token, "/access-log")["entries"]
        live = control_api(elsewhere.url, token, "/sandboxes")["live"]
    assert run.returncode == 0 and len(run.passed) == 4, run.explain()
    # The scenarios signed in (their accounts came from that simulator's control API) in sandboxes, each
    # deleted at its end: the simulator's own database saw none of it.
    assert shared_log == [] and live == 0, (shared_log, live)


def test_a_simulator_given_by_base_url_needs_its_control_token(run_suite):
    run = run_suite("--base-url", "http://127.0.0.1:9", "-k", SIGN_INS, "--browser", "chromium")
    assert run.returncode != 0 and not run.passed, run.explain()
    assert "--base-url needs the simulator's control token in $SIMULATOR_CONTROL_TOKEN" in run.output, run.explain()
