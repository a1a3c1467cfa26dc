"""`python -m simulator`: a real server with demo data that keeps its state across a restart."""

import json
import re
import subprocess
import sys
import threading
import time
import urllib.request
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "standalone-token"


@contextmanager
def standalone(database: Path, *options: str):
    process = subprocess.Popen(
        [sys.executable, "-m", "simulator", "--port", "0", "--db", str(database), "--control-token", TOKEN, *options],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        said = []
        for line in process.stdout:  # gunicorn logs its start first
            said.append(line)
            match = re.search(r"simulator on (http://[\d.]+:\d+)", line)
            if match:
                break
        assert match, f"the simulator did not say where it listens: {said!r}"
        yield match.group(1), process
    finally:
        process.terminate()
        process.wait(timeout=20)


def get_json(url: str, sandbox: str | None = None) -> tuple[int, str]:
    headers = {"X-Control-Token": TOKEN} | ({"X-Sandbox": sandbox} if sandbox else {})
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_the_standalone_simulator_serves_the_sign_in_page_with_demo_data(tmp_path):
    with standalone(tmp_path / "demo.sqlite3") as (url, _process):
        status, page = get_json(url + "/")
        assert status == 200 and "CM/ECF Filer or PACER Login" in page
        status, account = get_json(url + "/_control/accounts/avery.filer")
        assert status == 200 and '"role":"filer"' in account.replace(" ", "")


def test_the_standalone_simulator_keeps_its_data_across_a_restart(tmp_path):
    database = tmp_path / "kept.sqlite3"
    with standalone(database) as (url, _process):
        get_json(url + "/_control/accounts/avery.filer")
        request = urllib.request.Request(url + "/_control/clock", method="POST", data=b'{"days": 3}',
                                         headers={"X-Control-Token": TOKEN, "Content-Type": "application/json"})
        urllib.request.urlopen(request, timeout=10).close()
    with standalone(database) as (url, _process):
        assert get_json(url + "/_control/accounts/avery.filer")[0] == 200
        simulated = datetime.fromisoformat(json.loads(get_json(url + "/_control/clock")[1])["now"])
        assert simulated - datetime.now(UTC) > timedelta(days=2, hours=23)


def workers(pid: int, expected: int) -> int:
    """How many worker processes the server has, waiting up to 30 s for the expected number to start."""
    deadline, poll = time.monotonic() + 30, threading.Event()
    while len(children := psutil.Process(pid).children()) < expected and time.monotonic() < deadline:
        poll.wait(0.1)
    return len(children)


def test_with_workers_the_simulator_serves_from_several_processes_sharing_data_and_sandboxes(tmp_path):
    with standalone(tmp_path / "shared.sqlite3", "--workers", "2", "--threads", "2") as (url, process):
        assert workers(process.pid, expected=2) == 2
        # The demo data was loaded once, before the workers started: a second load would have failed.
        assert get_json(url + "/_control/accounts/avery.filer")[0] == 200
        request = urllib.request.Request(url + "/_control/sandboxes", method="POST", headers={"X-Control-Token": TOKEN})
        with urllib.request.urlopen(request, timeout=10) as response:
            sandbox = json.loads(response.read())["id"]
        for _ in range(10):  # new connections, spread over both workers: each finds the sandbox's file
            status, answer = get_json(url + "/_control/accounts/avery.filer", sandbox=sandbox)
            assert status == 404 and "No account avery.filer" in answer
