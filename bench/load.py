"""The simulator under load: N clients for T seconds on loopback, reporting requests/s and latency.

`python -m bench.load` starts the standalone simulator (`python -m simulator`, on waitress) on a free
loopback port and points clients at the sign-in and registration pages. Each client keeps one
HTTP/1.1 connection. By default clients are closed-loop (the next request goes as soon as the last
answer is read: the server's capacity, where latency is queueing); with --rate they are paced to a
total request rate (the latency a given traffic sees). Loopback targets only; clients and duration
are bounded.
"""

import argparse
import http.client
import ipaddress
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
from .servers import simulator_process

PAGES = ("/", "/pacer/register-for-cit")
MAX_CLIENTS = 64
MAX_SECONDS = 60.0
TARGET_P95_MS = 20.0


@dataclass
class ClientRecord:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


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


def client(base: str, pages: tuple[str, ...], seconds: float, interval: float, phase: float,
           record: ClientRecord, start: threading.Barrier) -> None:
    """Requests back to back, or one every `interval` seconds (from `phase`) when paced.

    A paced request's latency counts from when it was due, not from when it was sent, so a slow
    answer that holds up the next request is not hidden ("coordinated omission").
    """
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    pause = threading.Event()
    start.wait()
    started = time.perf_counter()
    stop_at = started + seconds
    index = 0
    while True:
        due = started + phase + index * interval
        if interval:
            pause.wait(max(0.0, due - time.perf_counter()))
        began = due if interval else time.perf_counter()
        if began >= stop_at:
            break
        path = pages[index % len(pages)]
        index += 1
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
        except (OSError, http.client.HTTPException) as failure:
            record.errors.append(f"GET {path}: {type(failure).__name__}: {failure}")
            connection.close()
            continue
        if response.status != 200:
            record.errors.append(f"GET {path}: HTTP {response.status}")
            continue
        record.latencies.append(time.perf_counter() - began)
    connection.close()


def percentile(ordered: list[float], fraction: float) -> float:
    """Nearest-rank percentile of an already sorted list."""
    if not ordered:
        return float("nan")
    rank = max(1, round(fraction * len(ordered) + 0.5))
    return ordered[min(rank, len(ordered)) - 1]


def hammer(url: str, clients: int, seconds: float, rate: float | None = None,
           server: psutil.Process | None = None, pages: tuple[str, ...] = PAGES) -> LoadResult:
    require_loopback(url)
    if not 1 <= clients <= MAX_CLIENTS or not 0 < seconds <= MAX_SECONDS:
        raise SystemExit(f"Bounded load only: 1-{MAX_CLIENTS} clients, up to {MAX_SECONDS:.0f} s")
    interval = clients / rate if rate else 0.0
    records = [ClientRecord() for _ in range(clients)]
    start = threading.Barrier(clients + 1)
    threads = [
        # Clients start on different pages and, when paced, at staggered moments.
        threading.Thread(target=client, name=f"load-client-{n}", daemon=True, args=(
            url, pages[n % len(pages):] + pages[:n % len(pages)], seconds, interval, n * interval / clients,
            record, start))
        for n, record in enumerate(records)
    ]
    for thread in threads:
        thread.start()
    cpu_before = server.cpu_times() if server else None
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join(timeout=seconds + 30)
    elapsed = time.perf_counter() - began
    server_cpu = None
    if server and cpu_before:
        cpu_after = server.cpu_times()
        busy = (cpu_after.user - cpu_before.user) + (cpu_after.system - cpu_before.system)
        server_cpu = round(100 * busy / elapsed, 1)
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
                      error_samples=errors[:5], server_cpu_percent=server_cpu)


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
        threads: int | None = None) -> LoadResult:
    """The load test against `url`, or against a standalone simulator started for it."""
    if url:
        require_loopback(url)
        warm_up(url)
        return hammer(url, clients, seconds, rate)
    with tempfile.TemporaryDirectory(prefix="simulator-load-") as folder, \
            simulator_process(Path(folder) / "simulator.sqlite3", threads=threads) as server:
        warm_up(server.url)
        return hammer(server.url, clients, seconds, rate, server=psutil.Process(server.pid))


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
    parser.add_argument("--threads", type=int, help="waitress threads of the simulator started (default: its own)")
    parser.add_argument("--output", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args()
    result = run(args.clients, args.seconds, args.rate, args.url, args.threads)
    print(describe(result))
    if args.output:
        write_json(args.output, asdict(result))
    return 0 if result.meets_target else 1


if __name__ == "__main__":
    sys.exit(main())
