"""Running a command while timing it and sampling its process tree's memory; the statistics shown."""

import statistics
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass

import psutil

from .servers import ROOT

SAMPLE_EVERY_SECONDS = 0.25
MIB = 1024 * 1024


@dataclass
class Measured:
    command: list[str]
    returncode: int
    seconds: float
    peak_pss_mib: float
    peak_rss_mib: float
    output: str

    def tail(self, lines: int = 30) -> str:
        return "\n".join(self.output.splitlines()[-lines:])


class MemorySampler:
    """Peak memory of a process and all its descendants (pytest, xdist workers, drivers, browsers).

    PSS (proportional set size) shares each shared page among the processes mapping it, so the
    sum is the tree's real footprint; RSS counts shared pages once per process and overstates it.
    """

    def __init__(self, pid: int):
        self.root = psutil.Process(pid)
        self.peak_pss = 0
        self.peak_rss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, name="memory-sampler", daemon=True)

    def __enter__(self) -> "MemorySampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _sample(self) -> None:
        while not self._stop.is_set():
            pss = rss = 0
            try:
                tree = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                return
            for process in tree:
                try:
                    memory = process.memory_full_info()
                except psutil.Error:
                    continue  # a process that ended between listing and reading
                pss += getattr(memory, "pss", memory.rss)
                rss += memory.rss
            self.peak_pss = max(self.peak_pss, pss)
            self.peak_rss = max(self.peak_rss, rss)
            self._stop.wait(SAMPLE_EVERY_SECONDS)


def run_measured(command: list[str], *, env: dict[str, str] | None = None, timeout: float = 1800) -> Measured:
    """Run `command` from the repository root; its wall time, peak memory and output."""
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as output:
        began = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT,  # noqa: S603
                                   stdin=subprocess.DEVNULL, text=True)
        with MemorySampler(process.pid) as memory:
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                stop_tree(process.pid)
                process.wait()
        seconds = time.perf_counter() - began
        output.seek(0)
        return Measured(command=command, returncode=process.returncode, seconds=seconds,
                        peak_pss_mib=memory.peak_pss / MIB, peak_rss_mib=memory.peak_rss / MIB,
                        output=output.read())


def stop_tree(pid: int) -> None:
    """Kill a process that overran its time, and everything it started (drivers, browsers)."""
    try:
        root = psutil.Process(pid)
        tree = [*root.children(recursive=True), root]
    except psutil.Error:
        return
    for process in tree:
        try:
            process.kill()
        except psutil.Error:
            continue


def spread(values: list[float]) -> dict[str, float]:
    """Median, min and max: the median resists a noisy repetition, min and max show the noise."""
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}
