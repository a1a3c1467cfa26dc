"""`python -m simulator`: a real server with demo data that keeps its state across a restart."""

import json
import re
import subprocess
import sys
import urllib.request
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "standalone-token"


@contextmanager
def standalone(database: Path):
    process = subprocess.Popen(
        [sys.executable, "-m", "simulator", "--port", "0", "--db", str(database), "--control-token", TOKEN],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        line = process.stdout.readline()
        match = re.search(r"http://[\d.]+:\d+", line)
        assert match, f"the simulator did not say where it listens: {line!r}"
        yield match.group(0)
    finally:
        process.terminate()
        process.wait(timeout=10)


def get_json(url: str) -> tuple[int, str]:
    request = urllib.request.Request(url, headers={"X-Control-Token": TOKEN})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_the_standalone_simulator_serves_the_sign_in_page_with_demo_data(tmp_path):
    with standalone(tmp_path / "demo.sqlite3") as url:
        status, page = get_json(url + "/")
        assert status == 200 and "CM/ECF Filer or PACER Login" in page
        status, account = get_json(url + "/_control/accounts/avery.filer")
        assert status == 200 and '"role":"filer"' in account.replace(" ", "")


def test_the_standalone_simulator_keeps_its_data_across_a_restart(tmp_path):
    database = tmp_path / "kept.sqlite3"
    with standalone(database) as url:
        get_json(url + "/_control/accounts/avery.filer")
        request = urllib.request.Request(url + "/_control/clock", method="POST", data=b'{"days": 3}',
                                         headers={"X-Control-Token": TOKEN, "Content-Type": "application/json"})
        urllib.request.urlopen(request, timeout=10).close()
    with standalone(database) as url:
        assert get_json(url + "/_control/accounts/avery.filer")[0] == 200
        simulated = datetime.fromisoformat(json.loads(get_json(url + "/_control/clock")[1])["now"])
        assert simulated - datetime.now(UTC) > timedelta(days=2, hours=23)
