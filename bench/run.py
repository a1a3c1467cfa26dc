"""`./harness bench`: the suite against raw Playwright, its wall time and memory, the simulator under load.

In one run, on one simulator (bench/simulator.py: configured as the suite embeds it, in its own process):
  - the harness: bench/baseline.py's representative scenarios run through the suite itself
    (pytest-bdd, steps, page objects, fixtures; --base-url at that simulator, -n 0), each timed
    by bench/timing.py without the once-per-run browser launch;
  - the baseline: the same interactions as a plain Playwright script (bench/baseline.py);
  - both repeated, alternating which goes first, per browser; the ratio harness/baseline of each
    repetition (the two ran back to back, so a drift in the machine's load hits both), per scenario
    and in all, as the median of the repetitions with min and max;
  - what a scenario pays before it checks anything (bench/fixed_cost.py): a fresh context against the
    suite's kept one, in each browser binary installed, wall and CPU time;
  - the smoke run and the full suite, both browsers, as ./harness suite runs them (-n auto) and at 3
    and 4 workers (its own embedded simulators): wall time, the peak memory of the whole process tree,
    and where each scenario's time goes (bench/split.py), per feature file and browser, with each
    browser's setup and teardown per scenario;
  - the smoke run with --storyboard, beside the one without, alternating which goes first: what the
    storyboard costs in time, and its size, extrapolated to the whole suite (bench/storyboard.py);
  - the load test of bench/load.py: the gunicorn deployment against the target a fleet needs (its defaults).
The figures are printed, each against its target (met or missed), and written to
bench/results/<date>.json (or --output). Exit status: 1 if a measured run failed, 2 if a target was missed.
"""

import argparse
import importlib.metadata
import json
import os
import platform
import secrets
import sys
import tempfile
import time
from pathlib import Path

from . import fixed_cost, load, split, storyboard, write_json
from .baseline import SCENARIOS
from .measure import Measured, run_measured, spread
from .servers import ROOT, benchmark_simulator_process

TARGET_RATIO = 1.10  # the median of the repetitions
TARGET_RATIO_MAX = 1.25  # the worst repetition
TARGET_SUITE_SECONDS = 400.0  # the whole suite, both browsers, at the harness's own worker count
TARGET_SMOKE_SECONDS = 45.0  # ./harness suite --smoke
TARGET_SETUP_TEARDOWN_SECONDS = 0.15  # a scenario's setup and teardown together, per browser, in the full suite
HARNESS_WORKERS = "auto"  # what ./harness suite runs with (-n auto: one worker per core)
BROWSERS = ("chromium", "firefox")


class Benchmark:
    def __init__(self, args: argparse.Namespace, scratch: Path):
        self.args = args
        self.scratch = scratch
        self.token = secrets.token_urlsafe(24)
        self.env = {**os.environ, "SIMULATOR_CONTROL_TOKEN": self.token}
        self.failures: list[str] = []
        self.runs = 0

    def _scratch(self, name: str) -> Path:
        self.runs += 1
        return self.scratch / f"{self.runs:03d}-{name}"

    def _check(self, what: str, measured: Measured) -> bool:
        if measured.returncode != 0:
            self.failures.append(f"{what} exited with {measured.returncode}:\n{measured.tail()}")
            print(f"  ! {what} failed (exit {measured.returncode}); its output ends:\n{measured.tail(15)}")
            return False
        return True

    def harness(self, browser: str, url: str) -> tuple[dict[str, float], Measured]:
        timings = self._scratch(f"harness-{browser}.json")
        command = [sys.executable, "-m", "pytest", *(s.nodeid(browser) for s in SCENARIOS),
                   "--browser", browser, "-n", "0", "--base-url", url, "--seed", str(self.args.seed),
                   "--output", str(self._scratch("harness-output")), "-p", "bench.timing",
                   "--bench-timings", str(timings), "-q", "-p", "no:cacheprovider"]
        measured = run_measured(command, env=self.env, timeout=600)
        if not self._check(f"the harness in {browser}", measured):
            return {}, measured
        scenarios = json.loads(timings.read_text(encoding="utf-8"))
        seconds = {}
        for scenario in SCENARIOS:
            timed = scenarios.get(scenario.nodeid(browser))
            if timed is None or timed["outcome"] != "passed":
                self.failures.append(f"harness scenario {scenario.nodeid(browser)}: {timed and timed['outcome']}")
                continue
            seconds[scenario.name] = timed["seconds"]
        return seconds, measured

    def baseline(self, browser: str, url: str) -> tuple[dict[str, float], Measured]:
        output = self._scratch(f"baseline-{browser}.json")
        command = [sys.executable, "-m", "bench.baseline", "--browser", browser, "--url", url,
                   "--output", str(output)]
        measured = run_measured(command, env=self.env, timeout=600)
        if not self._check(f"the baseline in {browser}", measured):
            return {}, measured
        return json.loads(output.read_text(encoding="utf-8")), measured

    def compare(self) -> dict:
        """Harness and baseline, repetition by repetition, on one simulator."""
        samples = {browser: {"harness": [], "baseline": [], "harness_pss": [], "baseline_pss": []}
                   for browser in self.args.browser}
        with benchmark_simulator_process(self.scratch / "simulator.sqlite3", self.token) as server:
            for repetition in range(self.args.repeat):
                for browser in self.args.browser:
                    kinds = ("harness", "baseline") if repetition % 2 == 0 else ("baseline", "harness")
                    for kind in kinds:
                        seconds, measured = getattr(self, kind)(browser, server.url)
                        samples[browser][kind].append(seconds)
                        samples[browser][f"{kind}_pss"].append(measured.peak_pss_mib)
                        total = sum(seconds.values()) * 1000
                        print(f"  repetition {repetition + 1}/{self.args.repeat}, {browser:8s} {kind:8s} "
                              f"{total:7.0f} ms for {len(seconds)} scenarios")
        return {browser: summarise(runs) for browser, runs in samples.items()}

    def suite(self, workers: str, *extra: str) -> dict:
        """The suite as ./harness suite runs it (both browsers, embedded simulators), timed from outside,
        with where each scenario's time went (bench/split.py)."""
        kind = "smoke" if "--smoke" in extra else "suite"
        output = self._scratch(f"{kind}-{workers}")
        command = [sys.executable, "-m", "pytest", "tests/acceptance", "-n", workers, *extra,
                   "--seed", str(self.args.seed), "--output", str(output), "-q", "-p", "no:cacheprovider",
                   "-p", "bench.split", "--bench-split", str(output / "split")]
        print(f"  the {'smoke run' if extra else 'full suite'}, both browsers, {workers} worker(s) ...", flush=True)
        measured = run_measured(command, env={k: v for k, v in os.environ.items() if k != "SIMULATOR_CONTROL_TOKEN"},
                                timeout=3600)
        outcomes: dict[str, int] = {}
        results = output / "results.json"
        if results.exists():
            for result in json.loads(results.read_text(encoding="utf-8"))["results"]:
                outcomes[result["outcome"]] = outcomes.get(result["outcome"], 0) + 1
        if measured.returncode != 0:
            print(f"  ! the suite at {workers} worker(s) exited with {measured.returncode}: {outcomes}")
        figures = {"kind": kind, "workers": workers, "seconds": round(measured.seconds, 1),
                   "exit_code": measured.returncode, "outcomes": outcomes,
                   "peak_pss_mib": round(measured.peak_pss_mib), "peak_rss_mib": round(measured.peak_rss_mib),
                   "summary": measured.tail(1), "split": split.summarise(output / "split")}
        if "--storyboard" in extra:
            figures["storyboard_size"] = storyboard.size(output) if results.exists() else None
        return figures

    def fixed_cost(self) -> dict:
        """What a scenario pays before it checks anything, fresh context against kept, per browser binary."""
        output = self._scratch("fixed-cost.json")
        with benchmark_simulator_process(self.scratch / "fixed-cost.sqlite3", self.token) as server:
            print("  what a scenario pays for its context, per browser binary, fresh and kept ...", flush=True)
            measured = run_measured([sys.executable, "-m", "bench.fixed_cost", "--url", server.url,
                                     "--simulator-pid", str(server.pid), "--output", str(output)],
                                    env=self.env, timeout=1200)
        if not self._check("the fixed cost per scenario", measured):
            return {}
        return json.loads(output.read_text(encoding="utf-8"))

    def storyboard_cost(self, pairs: int) -> dict:
        """The smoke run without and with --storyboard, pair by pair, alternating which goes first."""
        runs: dict[bool, list[dict]] = {False: [], True: []}
        for pair in range(pairs):
            for recorded in ((False, True) if pair % 2 == 0 else (True, False)):
                print(f"  pair {pair + 1}/{pairs}: the smoke run {'with' if recorded else 'without'} --storyboard",
                      flush=True)
                runs[recorded].append(self.suite(HARNESS_WORKERS, "--smoke", *(["--storyboard"] if recorded else [])))
        return storyboard.cost(runs[False], runs[True])


def summarise(runs: dict[str, list]) -> dict:
    """Per scenario and in all: harness and baseline milliseconds, and the paired ratio."""
    pairs = [(h, b) for h, b in zip(runs["harness"], runs["baseline"], strict=True)
             if set(h) == set(b) == {s.name for s in SCENARIOS}]
    if not pairs:
        return {"scenarios": {}, "all": None, "repetitions": 0}
    scenarios = {}
    for scenario in SCENARIOS:
        harness = [h[scenario.name] * 1000 for h, _ in pairs]
        baseline = [b[scenario.name] * 1000 for _, b in pairs]
        scenarios[scenario.name] = {
            "harness_ms": rounded(spread(harness)), "baseline_ms": rounded(spread(baseline)),
            "ratio": rounded(spread([h / b for h, b in zip(harness, baseline, strict=True)]), 3)}
    harness_total = [sum(h.values()) * 1000 for h, _ in pairs]
    baseline_total = [sum(b.values()) * 1000 for _, b in pairs]
    return {
        "repetitions": len(pairs),
        "scenarios": scenarios,
        "all": {"harness_ms": rounded(spread(harness_total)), "baseline_ms": rounded(spread(baseline_total)),
                "ratio": rounded(spread([h / b for h, b in zip(harness_total, baseline_total, strict=True)]), 3)},
        "peak_pss_mib": {"harness": round(max(runs["harness_pss"])), "baseline": round(max(runs["baseline_pss"]))},
    }


def rounded(figures: dict[str, float], digits: int = 0) -> dict[str, float]:
    return {name: round(value, digits) if digits else round(value) for name, value in figures.items()}


def machine() -> dict:
    return {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
            "playwright": importlib.metadata.version("playwright"),
            "load_average": [round(x, 2) for x in os.getloadavg()]}


def show(figures: dict) -> str:
    lines = []
    spread_of = "median [min-max]"
    for browser, summary in figures.get("comparison", {}).items():
        if not summary["all"]:
            lines.append(f"{browser}: no complete repetition (see the failures above)")
            continue
        lines.append(f"\n{browser}: harness vs raw Playwright, {summary['repetitions']} repetitions, "
                     f"{spread_of}, milliseconds per scenario")
        lines.append(f"  {'scenario':32s} {'harness':>20s} {'baseline':>20s} {'ratio':>20s}")
        rows = [*summary["scenarios"].items(), (f"all {len(summary['scenarios'])}, summed", summary["all"])]
        for name, row in rows:
            lines.append(f"  {name:32s} {fmt(row['harness_ms'])} {fmt(row['baseline_ms'])} "
                         f"{fmt(row['ratio'], '.2f')}")
        ratio = summary["all"]["ratio"]
        lines.append(f"  ratio: median {ratio['median']:.2f} {verdict(ratio['median'], TARGET_RATIO)}, "
                     f"maximum {ratio['max']:.2f} {verdict(ratio['max'], TARGET_RATIO_MAX)}; peak memory PSS: "
                     f"harness {summary['peak_pss_mib']['harness']} MiB, "
                     f"baseline {summary['peak_pss_mib']['baseline']} MiB")
    if figures.get("fixed_cost"):
        lines.append("\nwhat a scenario pays before it checks anything (bench/fixed_cost.py):")
        lines.extend(f"  {line}" for line in fixed_cost.show(figures["fixed_cost"]).splitlines())
    for run in figures.get("suite", []):
        name = "smoke run" if run.get("kind") == "smoke" else "full suite"
        lines.append(f"\n{name}, both browsers, {run['workers']} worker(s): {run['seconds']:.1f} s, "
                     f"{run['outcomes']}, peak memory PSS {run['peak_pss_mib']} MiB (RSS {run['peak_rss_mib']} MiB)")
        if run["workers"] == HARNESS_WORKERS:
            target = TARGET_SMOKE_SECONDS if run.get("kind") == "smoke" else TARGET_SUITE_SECONDS
            lines.append(f"  {verdict(run['seconds'], target, ' s')} (as ./harness suite runs it)")
        if run.get("split"):
            lines.append("  where a scenario's time goes, mean seconds per scenario (bench/split.py):")
            lines.extend(f"    {line}" for line in split.show(run["split"]).splitlines())
            if run.get("kind") == "suite":
                for browser, seconds in split.setup_and_teardown(run["split"]).items():
                    lines.append(f"  setup and teardown per scenario in {browser}: {seconds:.3f} s, "
                                 f"{verdict(seconds, TARGET_SETUP_TEARDOWN_SECONDS, ' s')}")
    if figures.get("storyboard"):
        lines.append("\n" + storyboard.describe(figures["storyboard"]))
    if figures.get("load"):
        lines.append("\nsimulator under load:\n" + load.summarise(figures["load"]))
    before, after = figures["machine"]["load_average"], figures["machine_after"]["load_average"]
    lines.append(f"\nmachine: {figures['machine']['cpus']} CPUs, load average {before[0]} before, {after[0]} after"
                 + (" - busy: figures are noisy, take them again on a quiet machine" if max(before[0], after[0]) > 0.5
                    else ""))
    return "\n".join(lines)


def verdict(figure: float, target: float, unit: str = "") -> str:
    """Met or missed, with the target, in words."""
    if figure <= target:
        return f"meets the target (at most {target:g}{unit})"
    return f"MISSES the target (at most {target:g}{unit}) by {figure - target:.2f}{unit}"


def missed_targets(figures: dict) -> list[str]:
    missed = []
    for browser, summary in figures.get("comparison", {}).items():
        ratio = (summary.get("all") or {}).get("ratio")
        if ratio and (ratio["median"] > TARGET_RATIO or ratio["max"] > TARGET_RATIO_MAX):
            missed.append(f"harness/baseline ratio in {browser}")
    for run in figures.get("suite", []):
        target = TARGET_SMOKE_SECONDS if run.get("kind") == "smoke" else TARGET_SUITE_SECONDS
        if run["workers"] == HARNESS_WORKERS and run["seconds"] > target:
            missed.append(f"{run.get('kind', 'suite')} wall time")
        if run.get("kind") == "suite" and run.get("split"):
            missed += [f"setup and teardown in {browser}"
                       for browser, seconds in split.setup_and_teardown(run["split"]).items()
                       if seconds > TARGET_SETUP_TEARDOWN_SECONDS]
    if figures.get("load") and load.missed(figures["load"]):
        missed.append("the simulator under load")
    return missed


def fmt(figure: dict[str, float], spec: str = ".0f") -> str:
    return f"{figure['median']:{spec}} [{figure['min']:{spec}}-{figure['max']:{spec}}]".rjust(20)


def main() -> int:
    parser = argparse.ArgumentParser(prog="./harness bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=6,
                        help="repetitions of harness and baseline (default 6; keep it even, so each goes first "
                             "as often as the other)")
    parser.add_argument("--browser", action="append", choices=BROWSERS,
                        help="a browser to compare in (repeatable; default both)")
    parser.add_argument("--workers", default=f"{HARNESS_WORKERS},3,4",
                        help=f"worker counts for the full suite (default {HARNESS_WORKERS},3,4; "
                             f"{HARNESS_WORKERS} is what ./harness suite uses)")
    parser.add_argument("--skip-comparison", action="store_true", help="do not compare with raw Playwright")
    parser.add_argument("--skip-fixed-cost", action="store_true",
                        help="do not measure what a scenario pays for its context")
    parser.add_argument("--skip-smoke", action="store_true", help="do not time the smoke run")
    parser.add_argument("--skip-suite", action="store_true", help="do not time the full suite")
    parser.add_argument("--skip-load", action="store_true", help="do not run the load test")
    parser.add_argument("--storyboard-pairs", type=int, default=1, metavar="N",
                        help="pairs of smoke runs without and with --storyboard, for its cost (default 1; 0 skips)")
    parser.add_argument("--seed", type=int, default=8, help="the suite's data seed (default 8)")
    parser.add_argument("--output", type=Path,
                        default=ROOT / "bench" / "results" / f"{time.strftime('%Y-%m-%d')}.json",
                        help="where the figures go (default bench/results/<today>.json)")
    args = parser.parse_args()
    args.browser = args.browser or list(BROWSERS)
    figures: dict = {"started": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "machine": machine(),
                     "scenarios": {s.name: s.nodeid("<browser>") for s in SCENARIOS}}
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        benchmark = Benchmark(args, Path(scratch))
        print(f"harness vs raw Playwright: {len(SCENARIOS)} scenarios x {args.repeat} repetitions "
              f"in {', '.join(args.browser)}", flush=True)
        figures["comparison"] = {} if args.skip_comparison else benchmark.compare()
        figures["fixed_cost"] = {} if args.skip_fixed_cost else benchmark.fixed_cost()
        figures["suite"] = []
        if not args.skip_smoke:
            figures["suite"].append(benchmark.suite(HARNESS_WORKERS, "--smoke"))
        if not args.skip_suite:
            figures["suite"] += [benchmark.suite(w) for w in args.workers.split(",")]
        if args.storyboard_pairs:
            figures["storyboard"] = benchmark.storyboard_cost(args.storyboard_pairs)
        if not args.skip_load:
            print(f"  the simulator under load (gunicorn, {load.TARGET_WORKERS} workers) ...", flush=True)
            figures["load"] = load.sweep([load.TARGET_WORKERS])
        figures["machine_after"] = machine()
        figures["failures"] = benchmark.failures
    write_json(args.output, figures)
    print(show(figures))
    print(f"\nfigures written to {args.output}")
    missed = missed_targets(figures)
    if missed:
        print("targets missed: " + "; ".join(missed))
    return 1 if benchmark.failures else 2 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
