"""One simulator deployment on gunicorn, shared by a fleet: sharded parallel runs, remote browsers, sandboxes.

Each scenario works in a sandbox of its own (simulator/sandboxes.py), so runs that share the deployment
never see each other's accounts, clock or mail, and its own database stays untouched.
"""

import json
import secrets
import urllib.error
import urllib.parse
import urllib.request

import pytest
from suite_runs import collected
from test_browser_server import launched_on

from bench.servers import browser_server_process, simulator_process

# Six scenarios that sign in, arrange accounts and read the page: 12 tests in both browsers.
FLEET_SELECTION = "L07 or R01"
GUNICORN_WORKERS = 2


class Simulator:
    """A running simulator's control API, over HTTP."""

    def __init__(self, url: str, token: str):
        self.url, self.token = url, token

    def call(self, method: str, path: str, sandbox: str | None = None, **fields) -> tuple[int, dict]:
        headers = {"X-Control-Token": self.token, "Content-Type": "application/json"}
        if sandbox:
            headers["X-Sandbox"] = sandbox
        body = json.dumps(fields).encode() if method != "GET" and fields else None
        query = "?" + urllib.parse.urlencode(fields) if method == "GET" and fields else ""
        request = urllib.request.Request(f"{self.url}/_control{path}{query}", data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as refused:
            return refused.code, json.loads(refused.read())

    def new_sandbox(self) -> str:
        status, answer = self.call("POST", "/sandboxes")
        assert status == 201, answer
        return answer["id"]


@pytest.fixture(scope="module")
def shared(tmp_path_factory) -> Simulator:
    """`python -m simulator --workers 2` (gunicorn), deployed once for every test here."""
    token = secrets.token_urlsafe(16)
    database = tmp_path_factory.mktemp("deployment") / "shared.sqlite3"
    with simulator_process(database, control_token=token, demo=False, workers=GUNICORN_WORKERS) as deployment:
        yield Simulator(deployment.url, token)


def assert_untouched(simulator: Simulator) -> None:
    """Every scenario worked in its own sandbox, now deleted: the deployment's own database saw nothing."""
    assert simulator.call("GET", "/access-log")[1]["entries"] == []
    assert simulator.call("GET", "/sandboxes")[1]["live"] == 0


def test_two_sharded_runs_with_two_workers_each_share_one_gunicorn_simulator(shared, run_suite):
    env = {"SIMULATOR_CONTROL_TOKEN": shared.token}
    first, second = run_suite.together(
        *[("--base-url", shared.url, "-m", FLEET_SELECTION, "--splits", "2", "--group", str(group), "-n", "2")
          for group in (1, 2)], env=env, timeout=900)
    for run in (first, second):
        assert run.returncode == 0 and run.passed, run.explain()
    assert first.started < second.ended and second.started < first.ended, "the two runs did not overlap"
    assert first.passed.isdisjoint(second.passed), first.passed & second.passed
    assert first.passed | second.passed == collected("tests/acceptance", "-m", FLEET_SELECTION)
    assert all(any(f"[{browser}" in nodeid for nodeid in first.passed | second.passed)
               for browser in ("chromium", "firefox"))
    assert_untouched(shared)


def test_a_remote_firefox_from_a_playwright_server_reaches_the_shared_simulator(shared, run_suite):
    with browser_server_process() as server:
        run = run_suite("--base-url", shared.url, "-m", "L07", "--browser", "firefox", "-n", "2",
                        "--browser-server", f"firefox={server.url}", env={"SIMULATOR_CONTROL_TOKEN": shared.token})
        launched = launched_on(server)
    assert run.returncode == 0 and run.passed, run.explain()
    assert launched == ["firefox"], server.output
    assert_untouched(shared)


def arrange_everything(simulator: Simulator, sandbox: str) -> None:
    """An account, a case with a document, an NEF e-mailed to the account and a clock a year on."""
    for path, fields in (
        ("/accounts", {"login": "avery.filer", "password": "Quiet-Harbor-Lamp-42!", "role": "filer",
                       "first_name": "Avery", "last_name": "Lawson", "email": "avery@example.com"}),
        ("/cases", {"number": "1:24-cv-00031", "title": "Harbor v. United States",
                    "attorneys_of_record": ["avery.filer"]}),
        ("/documents", {"case": "1:24-cv-00031", "number": 1, "title": "Summons"}),
        ("/nefs", {"case": "1:24-cv-00031", "document": 1, "recipient": "avery.filer"}),
        ("/clock", {"days": 365}),
    ):
        status, answer = simulator.call("POST", path, sandbox, **fields)
        assert status in (200, 201), (path, answer)


def test_a_second_sandbox_sees_none_of_the_firsts_accounts_clock_or_mail(shared):
    first, second = shared.new_sandbox(), shared.new_sandbox()
    try:
        arrange_everything(shared, first)
        # Several requests each, over new connections that the gunicorn workers share between them.
        for _ in range(3):
            assert shared.call("GET", "/accounts/avery.filer", first)[0] == 200
            assert shared.call("GET", "/mailbox", first, to="avery@example.com")[1]["messages"]
            assert shared.call("GET", "/accounts/avery.filer", second)[0] == 404
            assert shared.call("GET", "/mailbox", second, to="avery@example.com")[1]["messages"] == []
        first_year = shared.call("GET", "/clock", first)[1]["now"][:4]
        second_year = shared.call("GET", "/clock", second)[1]["now"][:4]
        assert int(first_year) == int(second_year) + 1
    finally:
        for sandbox in (first, second):
            shared.call("DELETE", f"/sandboxes/{sandbox}")
    assert_untouched(shared)


def test_past_the_bound_a_new_sandbox_is_refused_saying_why(tmp_path):
    token = secrets.token_urlsafe(16)
    with simulator_process(tmp_path / "bounded.sqlite3", control_token=token, demo=False,
                           workers=GUNICORN_WORKERS, max_sandboxes=3) as deployment:
        simulator = Simulator(deployment.url, token)
        sandboxes = [simulator.new_sandbox() for _ in range(3)]
        status, refused = simulator.call("POST", "/sandboxes")
        assert status == 503 and refused["error"] == "Too many sandboxes", refused
        assert "3 sandboxes are live, the most this simulator keeps" in refused["detail"]
        assert simulator.call("DELETE", f"/sandboxes/{sandboxes[0]}")[0] == 200
        simulator.new_sandbox()
