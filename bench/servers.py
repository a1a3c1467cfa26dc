"""Servers started as subprocesses on a loopback port: the simulator, a Playwright server.

Each announces the address it listens on in a line of its output; starting one waits for that line
(bounded), so nothing sleeps and hopes. The benchmark, the load test and tests/scale/ share them.
"""

import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOOPBACK = "127.0.0.1"


class ServerProcess:
    """A subprocess that prints the URL it serves; stopped on exit with all it started."""

    def __init__(self, command: list[str], announcement: str, *, env: dict[str, str] | None = None,
                 start_timeout: float = 60.0):
        self.command = command
        self.announcement = re.compile(announcement)
        self.env = {**os.environ, **(env or {})}
        self.start_timeout = start_timeout
        self.url = ""
        self.lines: list[str] = []
        self._lines: queue.Queue[str | None] = queue.Queue()

    def __enter__(self) -> "ServerProcess":
        # A session of its own: `python -m playwright run-server` runs the server in a child (node),
        # which must stop with it; the whole group is signalled on exit.
        self.process = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
            self.command, cwd=ROOT, env=self.env, text=True, bufsize=1, start_new_session=True,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        threading.Thread(target=self._read, name="server-output", daemon=True).start()
        deadline = time.monotonic() + self.start_timeout
        while not self.url:
            try:
                line = self._lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                self.stop()
                raise RuntimeError(f"{self.command} did not announce its address within "
                                   f"{self.start_timeout:.0f} s; output:\n{self.output}") from None
            if line is None:
                self.stop()
                raise RuntimeError(f"{self.command} exited with {self.process.returncode} before serving; "
                                   f"output:\n{self.output}")
            found = self.announcement.search(line)
            if found:
                self.url = found.group(1)
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def output(self) -> str:
        return "".join(self.lines)

    @property
    def pid(self) -> int:
        return self.process.pid

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line)
            self._lines.put(line)
        self.process.wait()
        self._lines.put(None)

    def stop(self) -> None:
        """Terminate the process and what it started (its process group); kill whatever lingers."""
        poll = threading.Event()
        for signal_number in (signal.SIGTERM, signal.SIGKILL):
            if not self._signal_group(signal_number):
                break
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                self.process.poll()  # reaps the leader once it ends, so it no longer counts
                if not self._signal_group(0):
                    return
                poll.wait(0.05)
        self.process.wait(timeout=10)

    def _signal_group(self, signal_number: int) -> bool:
        """Signal the process group (start_new_session made the process its leader); False if none is left."""
        try:
            os.killpg(self.process.pid, signal_number)
        except ProcessLookupError:
            return False
        return True


def simulator_process(database: Path, *, control_token: str | None = None, threads: int | None = None,
                      demo: bool = True, workers: int | None = None, worker_class: str | None = None,
                      max_sandboxes: int | None = None) -> ServerProcess:
    """`python -m simulator` on a free loopback port (it prints "CM/ECF simulator on <url>/"): one waitress
    process, or with `workers` gunicorn with that many worker processes."""
    command = [sys.executable, "-m", "simulator", "--host", LOOPBACK, "--port", "0", "--db", str(database)]
    if threads:
        command += ["--threads", str(threads)]
    if workers:
        command += ["--workers", str(workers)]
    if worker_class:
        command += ["--worker-class", worker_class]
    if max_sandboxes:
        command += ["--max-sandboxes", str(max_sandboxes)]
    if not demo:
        command.append("--no-demo")
    # The token goes by environment, as it would to a deployment, not on a command line `ps` shows.
    env = {"SIMULATOR_CONTROL_TOKEN": control_token or ""}
    return ServerProcess(command, r"simulator on (http://[^/\s]+)", env=env)


def benchmark_simulator_process(database: Path, control_token: str) -> ServerProcess:
    """bench/simulator.py: the simulator as the suite embeds it, in its own process."""
    command = [sys.executable, "-m", "bench.simulator", str(database)]
    return ServerProcess(command, r"simulator on (http://[^/\s]+)", env={"SIMULATOR_CONTROL_TOKEN": control_token})


def browser_server_process() -> ServerProcess:
    """`playwright run-server` on a free loopback port, logging which browsers it launches.

    --unsafe lets clients choose the executable and its flags: needed here, where the browsers are
    the system's Chromium and Firefox ESR rather than Playwright's builds. Never expose such a
    server beyond a trusted network: any client may have it run any program.
    """
    command = [sys.executable, "-m", "playwright", "run-server", "--host", LOOPBACK, "--port", "0", "--unsafe"]
    return ServerProcess(command, r"Listening on (ws://\S+)", env={"DEBUG": "pw:server"})
