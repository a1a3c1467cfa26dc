"""`python -m mutants`: breaks the simulator one rule at a time and checks that the suite notices.

For each mutant in the catalogue: a copy of the project with that one change, the scenarios tagged
with the mutant's passage (or the checks a security rule names) run against it in one browser,
without retries, stopping at the first failure. A mutant is killed when something fails, and
survives when everything stays green. The unmutated baseline of the same selections runs first
and must be green, so a failure is the mutant's doing.
"""

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from fixtures.passages import passages
from report.mutants import MUTANTS_FILE

from . import PROJECT, Mutant, MutantDoesNotApply
from .catalogue import CATALOGUE

KILLED, SURVIVED, BROKEN = "killed", "survived", "error"
# What a copy of the project leaves behind: the environment, history and earlier results.
NOT_COPIED = shutil.ignore_patterns(".venv", ".git", "test-results", "__pycache__", ".hypothesis",
                                    "*.sqlite3*", ".pytest_cache", "bench")
MUTANT_TIME_LIMIT_S = 600


@dataclass
class Verdict:
    name: str
    rule: str
    breaks: str
    file: str
    status: str
    caught_by: str = ""
    message: str = ""
    seconds: float = 0.0


def pytest_command(selection: tuple[str, ...], *, browser: str, seed: int, output: Path, stop_early: bool,
                   workers: str = "0") -> list[str]:
    command = [sys.executable, "-m", "pytest", *selection, "--browser", browser, "--seed", str(seed),
               # No retry: a mutant caught only on a first attempt is caught.
               "--artifacts", "as-flags", "-n", workers, "-q", "-p", "no:cacheprovider",
               "--output", str(output / "artefacts"), f"--junitxml={output / 'junit.xml'}"]
    return [*command, "-x"] if stop_early else command


def first_failure(junit: Path) -> tuple[str, str]:
    """The first test that failed in a JUnit file, and the first line of its message."""
    if not junit.exists():
        return "", ""
    # The JUnit file is the one our own pytest run just wrote, not outside input.
    for case in ElementTree.parse(junit).getroot().iter("testcase"):  # noqa: S314
        for problem in (*case.findall("failure"), *case.findall("error")):
            message = (problem.get("message") or problem.text or "").strip().splitlines()
            return case.get("name", ""), (message[0] if message else "")[:300]
    return "", ""


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True,  # noqa: S603 - our own pytest
                          timeout=MUTANT_TIME_LIMIT_S, check=False)


class Workbench:
    """A copy of the project per job, each mutant applied to a pristine copy of its one file."""

    def __init__(self, scratch: Path, slot: int):
        self.root = scratch / f"copy-{slot}"
        shutil.copytree(PROJECT, self.root, ignore=NOT_COPIED)

    def restore(self, mutant: Mutant) -> None:
        shutil.copyfile(PROJECT / mutant.file, self.root / mutant.file)


def try_mutant(mutant: Mutant, bench: Workbench, *, browser: str, seed: int) -> Verdict:
    verdict = Verdict(mutant.name, mutant.rule, mutant.breaks, mutant.file, BROKEN)
    started = time.monotonic()
    try:
        mutant.apply(bench.root)
        output = bench.root / "test-results" / mutant.name
        shutil.rmtree(output, ignore_errors=True)
        finished = run(pytest_command(mutant.selection(), browser=browser, seed=seed, output=output,
                                      stop_early=True), bench.root)
        caught_by, message = first_failure(output / "junit.xml")
        if finished.returncode == 0:
            verdict.status = SURVIVED
        elif finished.returncode == 1 and caught_by:
            verdict.status, verdict.caught_by, verdict.message = KILLED, caught_by, message
        else:
            tail = (finished.stdout + finished.stderr).strip().splitlines()[-3:]
            verdict.message = f"pytest ended with status {finished.returncode}: " + " | ".join(tail)
    except MutantDoesNotApply as stale:
        verdict.message = str(stale)
    except subprocess.TimeoutExpired:
        verdict.message = f"still running after {MUTANT_TIME_LIMIT_S} s"
    finally:
        bench.restore(mutant)
    verdict.seconds = round(time.monotonic() - started, 1)
    return verdict


def baseline(mutants: list[Mutant], *, browser: str, seed: int, output: Path, workers: str) -> list[str]:
    """Runs every selection the mutants use against the unmutated simulator; returns what failed."""
    tagged = sorted({mutant.rule for mutant in mutants if not mutant.checks})
    selections = [("tests/acceptance", "-m", " or ".join(tagged))] if tagged else []
    selections += sorted({mutant.checks for mutant in mutants if mutant.checks})
    problems = []
    for number, selection in enumerate(selections):
        folder = output / f"baseline-{number}"
        finished = run(pytest_command(selection, browser=browser, seed=seed, output=folder, stop_early=False,
                                      workers=workers), PROJECT)
        if finished.returncode != 0:
            caught_by, message = first_failure(folder / "junit.xml")
            problems.append(f"{' '.join(selection)}: status {finished.returncode}, {caught_by} {message}".strip())
    return problems


def uncovered(mutants: list[Mutant]) -> list[str]:
    covered = {mutant.rule for mutant in mutants}
    return [passage for passage in passages() if passage not in covered]


def line(verdict: Verdict) -> str:
    where = f"caught by {verdict.caught_by}" if verdict.status == KILLED else verdict.message
    return f"{verdict.status:<8} {verdict.rule:<9} {verdict.name:<44} {verdict.seconds:>6.1f} s  {where}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mutants", description=__doc__.splitlines()[0])
    parser.add_argument("only", nargs="*", help="mutant names or rules (L07, csrf) to try; default: all")
    parser.add_argument("--browser", default="chromium", choices=["chromium", "firefox"])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="mutants tried at once")
    parser.add_argument("--seed", type=int, default=None, help="Faker seed for every run (default: a new one)")
    parser.add_argument("--output", type=Path, default=Path("test-results"),
                        help=f"where {MUTANTS_FILE} goes (default: test-results)")
    parser.add_argument("--list", action="store_true", help="list the catalogue and stop")
    options = parser.parse_args(argv)

    chosen = [mutant for mutant in CATALOGUE
              if not options.only or mutant.name in options.only or mutant.rule in options.only]
    if options.list:
        for mutant in chosen:
            print(f"{mutant.rule:<9} {mutant.name:<44} {mutant.breaks}")
        return 0
    if not chosen:
        print(f"No mutant is named or tagged {' '.join(options.only)}", file=sys.stderr)
        return 2
    seed = options.seed if options.seed is not None else random.SystemRandom().randrange(1, 10**8)
    options.output.mkdir(parents=True, exist_ok=True)
    print(f"{len(chosen)} mutants, {options.browser}, seed {seed}, {options.jobs} at a time")

    with tempfile.TemporaryDirectory(prefix="mutants-") as scratch:
        print("baseline: the same selections against the unmutated simulator")
        problems = baseline(chosen, browser=options.browser, seed=seed, output=Path(scratch),
                            workers=str(options.jobs))
        if problems:
            print("The unmutated baseline is not green, so no mutant can be judged:", *problems, sep="\n  ")
            return 1
        benches = [Workbench(Path(scratch), slot) for slot in range(max(1, min(options.jobs, len(chosen))))]
        free = list(benches)

        def attempt(mutant: Mutant) -> Verdict:
            bench = free.pop()
            try:
                verdict = try_mutant(mutant, bench, browser=options.browser, seed=seed)
            finally:
                free.append(bench)
            print(line(verdict), flush=True)
            return verdict

        with ThreadPoolExecutor(max_workers=len(benches)) as pool:
            verdicts = list(pool.map(attempt, chosen))

    gaps = uncovered(chosen) if not options.only else []
    killed = sum(verdict.status == KILLED for verdict in verdicts)
    (options.output / MUTANTS_FILE).write_text(json.dumps({
        "seed": seed, "browser": options.browser, "gaps": gaps,
        "mutants": [asdict(verdict) for verdict in verdicts],
    }, indent=2), encoding="utf-8")
    print(f"\n{killed} of {len(verdicts)} mutants killed ({options.browser}, seed {seed}); "
          f"results in {options.output / MUTANTS_FILE}")
    for verdict in verdicts:
        if verdict.status != KILLED:
            print(line(verdict))
    if gaps:
        print("passages no mutant breaks:", ", ".join(gaps))
    return 0 if killed == len(verdicts) and not gaps else 1


if __name__ == "__main__":
    sys.exit(main())
