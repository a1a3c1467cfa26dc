"""What --alluredir costs: `./harness suite --smoke` with and without it, interleaved so a shared machine's load
falls on both alike.

    .venv/bin/python -m bench.allure_cost [--pairs 3] [--with-first]

Runs without, with, without, with ... (with --with-first: with, without, ...; a load that rises or falls over
the pairs favours the second of each) and writes every run's seconds and the load average around it to
bench/results/<date>-allure.json.
"""

import argparse
import os
import tempfile
import time
from pathlib import Path

from . import write_json
from .measure import run_measured
from .servers import ROOT
from .storyboard import cost

SMOKE = ["./harness", "suite", "--smoke"]


def timed(command: list[str]) -> dict:
    """One run of the command: its wall-clock seconds, exit status and the load average before and after."""
    before = os.getloadavg()
    finished = run_measured(command)
    return {"command": " ".join(command), "seconds": round(finished.seconds, 1),
            "exit_status": finished.returncode, "load_average_before": [round(load, 2) for load in before],
            "load_average_after": [round(load, 2) for load in os.getloadavg()]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--with-first", action="store_true", help="in each pair, the run with --alluredir first")
    options = parser.parse_args()
    started = time.strftime("%Y-%m-%dT%H%M%z")
    with tempfile.TemporaryDirectory(prefix="allure-results-") as results:
        with_allure = [*SMOKE, "--alluredir", results]
        order = (with_allure, SMOKE) if options.with_first else (SMOKE, with_allure)
        runs = [timed(command) for _ in range(options.pairs) for command in order]
        result_files = len(list(Path(results).glob("*-result.json")))
    without = [run for run in runs if "--alluredir" not in run["command"]]
    with_ = [run for run in runs if "--alluredir" in run["command"]]
    figures = {key: value for key, value in cost(without, with_).items() if key != "size"}
    figures = {"started": started, "order": "with first" if options.with_first else "without first",
               "commands": {"without": " ".join(SMOKE), "with": " ".join(with_allure)},
               "cpus": os.cpu_count(), "runs": runs, "allure_result_files_last_run": result_files, **figures}
    write_json(ROOT / "bench" / "results" / f"{started}-allure.json", figures)
    print(f"--alluredir on the smoke run, {figures['pairs']} pair(s): {figures['seconds_without']} s without, "
          f"{figures['seconds_with']} s with; median {figures['extra_seconds_median']:+} s "
          f"({figures['extra_share_median']:+.1%}); the target: at most +5%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
