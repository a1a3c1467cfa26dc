"""The simulator under load: N clients for T seconds on loopback, reporting requests/s and latency.

`python -m bench.load` starts the standalone simulator (`python -m simulator`, on waitress) on a free
loopback port and points clients at the sign-in and registration pages. With --workers 1 2 4 it starts
the deployment a fleet shares instead (`python -m simulator --workers N`, gunicorn) once per count,
runs the test --repeat times on each, and writes every run's figures to bench/results/<date>-load.json.
Each client keeps one HTTP/1.1 connection. By default clients are closed-loop (the next request goes as
soon as the last answer is read: the server's capacity, where latency is queueing); with --rate they are
paced to a total request rate (the latency a given traffic sees). The clients are connections on one
asyncio event loop (bench/clients.py). Loopback targets only; clients and duration are bounded.
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

from . import write_json
from .clients import run_clients
from .servers import ROOT, simulator_process

PAGES = ("/", "/pacer/register-for-cit")
MAX_CLIENTS = 64
MAX_SECONDS = 60.0
TARGET_P95_MS = 20.0


@dataclass
class LoadResult:
    url: str
    clients: int
    seconds: float
    pages: list[str]
    offered_rate: float | None
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
        return self.errors == 0 and self.latency_ms["p95"] < TARGET_P95_MS


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


def hammer(url: str, clients: int, seconds: float, rate: float | None = None,
           server: psutil.Process | None = None, pages: tuple[str, ...] = PAGES) -> LoadResult:
    require_loopback(url)
    if not 1 <= clients <= MAX_CLIENTS or not 0 < seconds <= MAX_SECONDS:
        raise SystemExit(f"Bounded load only: 1-{MAX_CLIENTS} clients, up to {MAX_SECONDS:.0f} s")
    interval = clients / rate if rate else 0.0
    # The server and its worker processes (gunicorn's), if it has any.
    serving = [server, *server.children(recursive=True)] if server else []
    cpu_before = busy_seconds(serving)
    records, elapsed = asyncio.run(run_clients(url, clients, seconds, interval, pages))
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
    return LoadResult(url=url, clients=clients, seconds=round(elapsed, 2), pages=list(pages), offered_rate=rate,
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


def run(clients: int = 16, seconds: float = 10.0, rate: float | None = None, url: str | None = None,
        threads: int | None = None, workers: int | None = None) -> LoadResult:
    """The load test against `url`, or against a standalone simulator started for it: one waitress process,
    or with `workers` the gunicorn deployment with that many."""
    if url:
        require_loopback(url)
        warm_up(url)
        return hammer(url, clients, seconds, rate)
    with tempfile.TemporaryDirectory(prefix="simulator-load-") as folder, \
            simulator_process(Path(folder) / "simulator.sqlite3", threads=threads, workers=workers) as server:
        if workers:
            wait_for_workers(psutil.Process(server.pid), workers)
        warm_up(server.url)
        return hammer(server.url, clients, seconds, rate, server=psutil.Process(server.pid))


def sweep(worker_counts: list[int], repeat: int, clients: int, seconds: float, threads: int | None) -> dict:
    """The load test `repeat` times against the gunicorn deployment with each number of workers, every run
    kept, with the machine's load average before and after each (other work on it inflates latency)."""
    runs = []
    for workers in worker_counts:
        with tempfile.TemporaryDirectory(prefix="simulator-load-") as folder, \
                simulator_process(Path(folder) / "simulator.sqlite3", workers=workers, threads=threads) as server:
            wait_for_workers(psutil.Process(server.pid), workers)
            warm_up(server.url)
            for repetition in range(1, repeat + 1):
                before = os.getloadavg()
                result = hammer(server.url, clients, seconds, server=psutil.Process(server.pid))
                print(f"{workers} worker(s), run {repetition}: {describe(result)}", flush=True)
                runs.append({"workers": workers, "threads_per_worker": threads, "run": repetition,
                             "load_average_before": [round(value, 2) for value in before],
                             "load_average_after": [round(value, 2) for value in os.getloadavg()],
                             **asdict(result)})
    return {"what": f"python -m bench.load: {clients} clients x {seconds:g} s, closed loop, against python -m "
                    "simulator --workers N (gunicorn, gthread)",
            "taken": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "cpus": os.cpu_count(), "target_p95_ms": TARGET_P95_MS, "runs": runs}


def wait_for_workers(server: psutil.Process, workers: int, timeout: float = 60.0) -> None:
    """gunicorn announces its address before its workers have started; measure only once all serve."""
    deadline, poll = time.monotonic() + timeout, threading.Event()
    while len(server.children()) < workers:
        if time.monotonic() > deadline:
            raise RuntimeError(f"gunicorn started {len(server.children())} of {workers} workers in {timeout:.0f} s")
        poll.wait(0.1)


def summarise(figures: dict) -> str:
    """Per number of workers: requests/s and p95, median and range over the runs."""
    lines = []
    by_workers = collections.defaultdict(list)
    for run in figures["runs"]:
        by_workers[run["workers"]].append(run)
    for workers, runs in by_workers.items():
        rates = sorted(run["requests_per_second"] for run in runs)
        p95s = sorted(run["latency_ms"]["p95"] for run in runs)
        errors = sum(run["errors"] for run in runs)
        lines.append(f"{workers} worker(s), {len(runs)} runs: {statistics.median(rates):.0f} req/s "
                     f"[{rates[0]:.0f}-{rates[-1]:.0f}], p95 {statistics.median(p95s):.1f} ms "
                     f"[{p95s[0]:.1f}-{p95s[-1]:.1f}], {errors} errors")
    return "\n".join(lines)


def describe(result: LoadResult) -> str:
    latency = result.latency_ms
    verdict = "meets" if result.meets_target else "MISSES"
    pacing = f"paced to {result.offered_rate:.0f} req/s" if result.offered_rate else "closed loop"
    cpu = f", simulator CPU {result.server_cpu_percent:.0f}%" if result.server_cpu_percent is not None else ""
    return (f"{result.clients} clients x {result.seconds:.1f} s ({pacing}) on {', '.join(result.pages)}: "
            f"{result.requests} requests, {result.errors} errors, {result.requests_per_second:.0f} req/s{cpu}; "
            f"latency ms p50 {latency['p50']:.1f}, p95 {latency['p95']:.1f}, p99 {latency['p99']:.1f}, "
            f"max {latency['max']:.1f} ({verdict} the target: p95 < {TARGET_P95_MS:.0f} ms, zero errors)")


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=16,
                        help=f"concurrent clients (default 16, at most {MAX_CLIENTS})")
    parser.add_argument("--seconds", type=float, default=10.0,
                        help=f"duration (default 10, at most {MAX_SECONDS:.0f})")
    parser.add_argument("--rate", type=float, help="pace the clients to this many requests/s in all "
                                                   "(default: closed loop, as fast as answers come)")
    parser.add_argument("--url", help="a simulator already running on a loopback address (default: start one)")
    parser.add_argument("--threads", type=int, help="threads of the simulator started: waitress's, or each gunicorn "
                                                    "worker's (default: its own)")
    parser.add_argument("--workers", type=int, nargs="+", metavar="N",
                        help="start the gunicorn deployment with each of these numbers of workers in turn (e.g. 1 2 4)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per number of workers (default 3)")
    parser.add_argument("--output", type=Path, help="also write the figures to this JSON file (with --workers, "
                                                    "default bench/results/<date>-load.json)")
    args = parser.parse_args()
    if args.workers:
        figures = sweep(args.workers, args.repeat, args.clients, args.seconds, args.threads)
        print(summarise(figures))
        output = args.output or ROOT / "bench" / "results" / f"{datetime.date.today().isoformat()}-load.json"
        write_json(output, figures)
        print(f"figures in {output}")
        return 0 if all(LoadResult(**{k: v for k, v in run.items() if k in LoadResult.__dataclass_fields__})
                        .meets_target for run in figures["runs"]) else 1
    result = run(args.clients, args.seconds, args.rate, args.url, args.threads)
    print(describe(result))
    if args.output:
        write_json(args.output, asdict(result))
    return 0 if result.meets_target else 1


if __name__ == "__main__":
    sys.exit(main())
