"""The simulator under load: the deployment a fleet shares, against the target a fleet needs.

`python -m bench.load` starts the gunicorn deployment (`python -m simulator --workers 2`) on a free loopback
port and measures the target: 64 clients (four CI machines of 16 workers), each at a browser's pace (a
request every 250 ms, alternating the sign-in and registration pages), for 10 s: no errors, p95 at most
50 ms. Beside each paced run it runs the same clients closed-loop (each request sent as soon as the last
answer is read): the deployment's capacity, recorded per worker for sizing. It does both --repeat times
(3), alternating, and writes every run's figures, with the date and the machine's load average, to
bench/results/<date>-load.json. --workers, --worker-class and --threads choose another deployment;
--url measures a simulator already running. Each client keeps one HTTP/1.1 connection while the server
keeps it; the clients are connections on one asyncio event loop (bench/clients.py). Loopback targets
only; clients and duration are bounded.
"""

import argparse
import asyncio
import collections
import datetime
import http.client
import ipaddress
import os
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import psutil

from simulator.server import WORKER_CLASS, WORKER_THREADS

from . import write_json
from .clients import run_clients
from .servers import ROOT, simulator_process

PAGES = ("/", "/pacer/register-for-cit")
MAX_CLIENTS = 64
MAX_SECONDS = 60.0
# The target: what a fleet of four CI machines of 16 workers asks of a deployment on 2 gunicorn workers.
TARGET_CLIENTS = 64
TARGET_EVERY_SECONDS = 0.25  # a browser's pace: a page costs it 60-110 ms, then its step runs
TARGET_WORKERS = 2
TARGET_P95_MS = 50.0


@dataclass
class LoadResult:
    url: str
    clients: int
    seconds: float
    pages: list[str]
    every_seconds: float  # each client's pace; 0 for closed loop
    requests: int
    errors: int
    requests_per_second: float
    latency_ms: dict[str, float]
    error_samples: list[str]
    server_cpu_percent: float | None = None
    # Every answer's latency, counted by whole millisecond ("3": answers that took 3.0-3.99 ms).
    latency_histogram_ms: dict[str, int] = field(default_factory=dict)

    @property
    def meets_target(self) -> bool:
        return self.errors == 0 and self.latency_ms["p95"] <= TARGET_P95_MS


def require_loopback(url: str) -> None:
    host = urlsplit(url).hostname or ""
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        raise SystemExit(f"The load test targets loopback addresses only (127.0.0.0/8), not {host!r}")


def percentile(ordered: list[float], fraction: float) -> float:
    """Nearest-rank percentile of an already sorted list."""
    if not ordered:
        return float("nan")
    rank = max(1, round(fraction * len(ordered) + 0.5))
    return ordered[min(rank, len(ordered)) - 1]


def busy_seconds(processes: list[psutil.Process]) -> float:
    """CPU seconds (user and system) the processes have used so far; one that has ended counts nothing."""
    total = 0.0
    for process in processes:
        try:
            times = process.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
    return total


def hammer(url: str, clients: int, seconds: float, every: float = 0.0,
           server: psutil.Process | None = None, pages: tuple[str, ...] = PAGES) -> LoadResult:
    """`clients` clients for `seconds`, each sending a request every `every` seconds (0: closed loop)."""
    require_loopback(url)
    if not 1 <= clients <= MAX_CLIENTS or not 0 < seconds <= MAX_SECONDS:
        raise SystemExit(f"Bounded load only: 1-{MAX_CLIENTS} clients, up to {MAX_SECONDS:.0f} s")
    # The server and its worker processes (gunicorn's), if it has any.
    serving = [server, *server.children(recursive=True)] if server else []
    cpu_before = busy_seconds(serving)
    records, elapsed = asyncio.run(run_clients(url, clients, seconds, every, pages))
    server_cpu = round(100 * (busy_seconds(serving) - cpu_before) / elapsed, 1) if serving else None
    latencies = sorted(latency for record in records for latency in record.latencies)
    errors = [error for record in records for error in record.errors]
    milliseconds = {
        "p50": percentile(latencies, 0.50) * 1000,
        "p95": percentile(latencies, 0.95) * 1000,
        "p99": percentile(latencies, 0.99) * 1000,
        "max": (latencies[-1] if latencies else float("nan")) * 1000,
        "mean": (statistics.fmean(latencies) if latencies else float("nan")) * 1000,
    }
    total = len(latencies) + len(errors)
    return LoadResult(url=url, clients=clients, seconds=round(elapsed, 2), pages=list(pages), every_seconds=every,
                      requests=total, errors=len(errors), requests_per_second=round(total / elapsed, 1),
                      latency_ms={name: round(value, 2) for name, value in milliseconds.items()},
                      error_samples=errors[:5], server_cpu_percent=server_cpu,
                      latency_histogram_ms={str(ms): count for ms, count in sorted(
                          collections.Counter(int(latency * 1000) for latency in latencies).items())})


def warm_up(url: str, pages: tuple[str, ...] = PAGES) -> None:
    """One request per page, so first-request costs (template compilation) stay out of the figures."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    for path in pages:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"GET {path} answered {response.status} before the load test began")
    connection.close()


def measure(url: str, server: psutil.Process | None, repeat: int, clients: int, seconds: float, every: float,
            capacity: bool, deployment: dict) -> list[dict]:
    """The paced test (when `every` is set) and the closed-loop one (with `capacity`), alternating, `repeat` times
    each, every run kept with the machine's load average before and after it (other work on it inflates
    latency)."""
    kinds = [kind for kind, wanted in (("paced", every > 0), ("closed loop", capacity)) if wanted]
    runs = []
    for repetition in range(1, repeat + 1):
        for kind in kinds:
            before = os.getloadavg()
            result = hammer(url, clients, seconds, every if kind == "paced" else 0.0, server=server)
            print(f"{label(deployment)}, run {repetition}: {describe(result)}", flush=True)
            runs.append({**deployment, "kind": kind, "run": repetition,
                         "load_average_before": [round(value, 2) for value in before],
                         "load_average_after": [round(value, 2) for value in os.getloadavg()],
                         **asdict(result)})
    return runs


def sweep(worker_counts: list[int], repeat: int = 3, clients: int = TARGET_CLIENTS, seconds: float = 10.0,
          every: float = TARGET_EVERY_SECONDS, threads: int | None = None, worker_class: str | None = None,
          capacity: bool = True) -> dict:
    """`measure` against the gunicorn deployment started afresh with each number of workers."""
    runs = []
    for workers in worker_counts:
        with tempfile.TemporaryDirectory(prefix="simulator-load-") as folder, \
                simulator_process(Path(folder) / "simulator.sqlite3", workers=workers, threads=threads,
                                  worker_class=worker_class) as server:
            wait_for_workers(psutil.Process(server.pid), workers)
            warm_up(server.url)
            deployment = {"workers": workers, "worker_class": worker_class or WORKER_CLASS,
                          "threads_per_worker": threads or WORKER_THREADS}
            runs += measure(server.url, psutil.Process(server.pid), repeat, clients, seconds, every, capacity,
                            deployment)
    return figures_of(runs, clients, seconds, every)


def figures_of(runs: list[dict], clients: int, seconds: float, every: float) -> dict:
    return {"what": f"python -m bench.load: {clients} clients x {seconds:g} s, "
                    + (f"each paced to a request every {every * 1000:g} ms, and " if every else "")
                    + "closed loop, against python -m simulator --workers N (gunicorn)",
            "taken": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "cpus": os.cpu_count(),
            "target": {"clients": TARGET_CLIENTS, "every_ms": TARGET_EVERY_SECONDS * 1000,
                       "workers": TARGET_WORKERS, "p95_ms_at_most": TARGET_P95_MS, "errors": 0},
            "runs": runs}


def wait_for_workers(server: psutil.Process, workers: int, timeout: float = 60.0) -> None:
    """gunicorn announces its address before its workers have started; measure only once all serve."""
    deadline, poll = time.monotonic() + timeout, threading.Event()
    while len(server.children()) < workers:
        if time.monotonic() > deadline:
            raise RuntimeError(f"gunicorn started {len(server.children())} of {workers} workers in {timeout:.0f} s")
        poll.wait(0.1)


def label(deployment: dict) -> str:
    if "workers" not in deployment:
        return deployment["url"]
    return (f"{deployment['workers']} worker(s), {deployment['worker_class']}, "
            f"{deployment['threads_per_worker']} thread(s) each")


def summarise(figures: dict) -> str:
    """Per deployment and kind of run: median and range over the runs; the paced runs against the target,
    the closed-loop ones as requests/s per worker."""
    lines = []
    grouped = collections.defaultdict(list)
    for run in figures["runs"]:
        grouped[label(run), run["kind"], run.get("workers")].append(run)
    for (name, kind, workers), runs in grouped.items():
        rates = sorted(run["requests_per_second"] for run in runs)
        p95s = sorted(run["latency_ms"]["p95"] for run in runs)
        errors = sum(run["errors"] for run in runs)
        line = (f"{name}, {kind}, {len(runs)} runs: {statistics.median(rates):.0f} req/s "
                f"[{rates[0]:.0f}-{rates[-1]:.0f}], p95 {statistics.median(p95s):.1f} ms "
                f"[{p95s[0]:.1f}-{p95s[-1]:.1f}], {errors} errors")
        if kind == "paced":
            met = all(result_of(run).meets_target for run in runs)
            line += f": {'meets' if met else 'MISSES'} the target (p95 at most {TARGET_P95_MS:g} ms, no errors)"
        elif workers:
            line += f"; per worker {statistics.median(rates) / workers:.0f} req/s"
        lines.append(line)
    return "\n".join(lines)


def missed(figures: dict) -> bool:
    """Whether a paced run missed the target."""
    return not all(result_of(run).meets_target for run in figures["runs"] if run["kind"] == "paced")


def result_of(run: dict) -> LoadResult:
    return LoadResult(**{name: value for name, value in run.items() if name in LoadResult.__dataclass_fields__})


def describe(result: LoadResult) -> str:
    latency = result.latency_ms
    pacing = f"each every {result.every_seconds * 1000:g} ms" if result.every_seconds else "closed loop"
    cpu = f", simulator CPU {result.server_cpu_percent:.0f}%" if result.server_cpu_percent is not None else ""
    verdict = ""
    if result.every_seconds:
        verdict = (f" ({'meets' if result.meets_target else 'MISSES'} the target: p95 at most "
                   f"{TARGET_P95_MS:g} ms, no errors)")
    return (f"{result.clients} clients x {result.seconds:.1f} s ({pacing}) on {', '.join(result.pages)}: "
            f"{result.requests} requests, {result.errors} errors, {result.requests_per_second:.0f} req/s{cpu}; "
            f"latency ms p50 {latency['p50']:.1f}, p95 {latency['p95']:.1f}, p99 {latency['p99']:.1f}, "
            f"max {latency['max']:.1f}{verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=TARGET_CLIENTS,
                        help=f"concurrent clients (default {TARGET_CLIENTS}, at most {MAX_CLIENTS})")
    parser.add_argument("--every", type=float, default=TARGET_EVERY_SECONDS, metavar="SECONDS",
                        help=f"each client's pace in the paced runs (default {TARGET_EVERY_SECONDS:g}; "
                             "0 runs only the closed-loop ones)")
    parser.add_argument("--no-capacity", action="store_true", help="only the paced runs, no closed-loop ones")
    parser.add_argument("--seconds", type=float, default=10.0,
                        help=f"duration of each run (default 10, at most {MAX_SECONDS:.0f})")
    parser.add_argument("--workers", type=int, nargs="+", default=[TARGET_WORKERS], metavar="N",
                        help=f"start the gunicorn deployment with each of these numbers of workers in turn "
                             f"(default {TARGET_WORKERS})")
    parser.add_argument("--worker-class", help="gunicorn's worker class (default: the simulator's own)")
    parser.add_argument("--threads", type=int, help="threads of each gunicorn worker (default: the simulator's own)")
    parser.add_argument("--url", help="measure a simulator already running on a loopback address instead")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each kind (default 3)")
    parser.add_argument("--output", type=Path, help="where the figures go (default bench/results/<date>-load.json)")
    args = parser.parse_args()
    if args.every < 0 or (args.every == 0 and args.no_capacity):
        parser.error("nothing to run: --every 0 leaves only the closed-loop runs, which --no-capacity drops")
    if args.url:
        require_loopback(args.url)
        warm_up(args.url)
        figures = figures_of(measure(args.url, None, args.repeat, args.clients, args.seconds, args.every,
                                     not args.no_capacity, {"url": args.url}),
                             args.clients, args.seconds, args.every)
    else:
        figures = sweep(args.workers, args.repeat, args.clients, args.seconds, args.every, args.threads,
                        args.worker_class, not args.no_capacity)
    print(summarise(figures))
    output = args.output or ROOT / "bench" / "results" / f"{datetime.date.today().isoformat()}-load.json"
    write_json(output, figures)
    print(f"figures in {output}")
    return 1 if missed(figures) else 0


if __name__ == "__main__":
    sys.exit(main())
