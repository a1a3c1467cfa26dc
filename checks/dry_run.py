"""The dry run: every step of every feature has a definition, and every feature file is bound.

`python -m checks.dry_run [--features DIR] [PYTEST_ARGS...]` collects the acceptance tests as a
run would (no browser starts), looks every step up the way pytest-bdd does when a scenario
runs, and exits non-zero naming the file and line of each undefined step, unbound feature or
scenario, and unreadable feature file. For undefined steps it prints step definitions to paste
(checks/snippets.py), as Cucumber does.
"""

import argparse
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytest_bdd.exceptions import GherkinParseError
from pytest_bdd.feature import get_features
from pytest_bdd.parser import Feature, ScenarioTemplate
from pytest_bdd.scenario import find_fixturedefs_for_step, scenario_wrapper_template_registry
from pytest_bdd.utils import registry_get_safe

from .snippets import Snippet, render, snippet

DEFAULT_TESTS = "tests/acceptance"


@dataclass(order=True)
class Problem:
    file: str
    line: int
    message: str = field(compare=False)

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class DryRun:
    """A pytest plugin: once the tests are collected, checks the features against them."""

    def __init__(self, features_dir: Path, tests: list[str]):
        self.features_dir = features_dir
        self.tests = " ".join(tests)
        self.problems: list[Problem] = []
        self.steps: set[tuple[str, int]] = set()
        self.features: list[Feature] = []
        self.snippets: list[Snippet] = []

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        # pytest-bdd's own --generate-missing reaches the fixture manager the same way.
        fixtures = session._fixturemanager
        bound: set[ScenarioTemplate] = set()
        for item, template, example in bound_scenarios(session):
            bound.add(template)
            self._check_steps(template, example, fixtures, item)
        self.features = self._read_features()
        for feature in self.features:
            self._check_bound(feature, bound, fixtures, session)

    def _read_features(self) -> list[Feature]:
        # Parsed after collection, so the scenarios bound by scenarios() are the very same objects.
        features = []
        for path in sorted(self.features_dir.rglob("*.feature")):
            try:
                features.extend(get_features([str(path.resolve())]))
            except GherkinParseError as error:
                self.problems.append(Problem(shown(path), error.line, f"cannot be read: {error.message}"))
        return features

    def _check_bound(self, feature: Feature, bound: set, fixtures, session: pytest.Session) -> None:
        scenarios = list(feature.scenarios.values())
        unbound = [scenario for scenario in scenarios if scenario not in bound]
        if scenarios and len(unbound) == len(scenarios):
            self.problems.append(Problem(shown(feature.filename), feature.line_number, (
                f'feature "{feature.name}" is not bound: no scenarios(...) in {self.tests} runs it')))
        else:
            self.problems.extend(
                Problem(shown(feature.filename), scenario.line_number,
                        f'scenario "{scenario.name}" is not bound to any test in {self.tests}')
                for scenario in unbound)
        # Steps of unbound scenarios are still looked up, among the step definitions every test sees.
        for scenario in unbound:
            for example in _examples(scenario):
                self._check_steps(scenario, example, fixtures, session)

    def _check_steps(self, template: ScenarioTemplate, example: dict, fixtures, node) -> None:
        for step, written in zip(template.render(example).steps, template.steps, strict=True):
            where = (shown(template.feature.filename), step.line_number)
            self.steps.add(where)
            if not any(find_fixturedefs_for_step(step, fixtures, node)):
                problem = Problem(*where, f"undefined step: {step.keyword} {step.name}")
                if problem not in self.problems:
                    self.problems.append(problem)
                    self.snippets.append(snippet(step.type, written.keyword, written.name))


def bound_scenarios(session: pytest.Session) -> Iterator[tuple[pytest.Item, ScenarioTemplate, dict]]:
    """Each collected test that runs a scenario, with the scenario and the example row it runs ({} if none)."""
    for item in session.items:
        template = registry_get_safe(scenario_wrapper_template_registry, getattr(item, "obj", None))
        if template is not None:
            callspec = getattr(item, "callspec", None)
            yield item, template, callspec.params.get("_pytest_bdd_example", {}) if callspec else {}


def collect(tests: list[str], plugin: object, *pytest_options: str) -> pytest.ExitCode | int:
    """Collects `tests` as a run would, with `plugin` loaded, starting no browser."""
    # pytest_bdd is imported above, before pytest could rewrite its asserts: nothing to warn about.
    return pytest.main(["--collect-only", "-qq", "-p", "no:randomly",
                        "-W", "ignore::pytest.PytestAssertRewriteWarning", *pytest_options, *tests],
                       plugins=[plugin])


def _examples(scenario: ScenarioTemplate) -> list[dict]:
    return [context for examples in scenario.examples for context in examples.as_contexts()] or [{}]


def shown(path: str | Path, *, posix: bool = False) -> str:
    """The path relative to the working directory where it can be (with / separators if `posix`)."""
    path = Path(path).resolve()
    if not path.is_relative_to(Path.cwd()):
        return str(path)
    relative = path.relative_to(Path.cwd())
    return relative.as_posix() if posix else str(relative)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m checks.dry_run", description=__doc__.splitlines()[0],
                                     epilog="Other options are passed on to pytest (e.g. -o ini=value).")
    parser.add_argument("--features", type=Path, default=Path("features"),
                        help="the folder of feature files to check (default: features)")
    parser.add_argument("--tests", action="append",
                        help=f"the tests that bind the features; repeatable (default: {DEFAULT_TESTS})")
    options, pytest_options = parser.parse_known_args(argv)
    tests = options.tests or [DEFAULT_TESTS]
    dry_run = DryRun(options.features, tests)
    exit_code = collect(tests, dry_run, *pytest_options)
    if exit_code not in (pytest.ExitCode.OK, pytest.ExitCode.NO_TESTS_COLLECTED):
        print(f"Dry run: the tests could not be collected (pytest exit code {int(exit_code)}).",
              file=sys.stderr)
        return int(exit_code)
    scenarios = sum(len(feature.scenarios) for feature in dry_run.features)
    print(f"Dry run: {len(dry_run.features)} feature files, {scenarios} scenarios, "
          f"{len(dry_run.steps)} steps looked up among the step definitions of {dry_run.tests}.")
    for problem in sorted(dry_run.problems):
        print(problem, file=sys.stderr)
    if dry_run.snippets:
        print("\nStep definitions for the undefined steps, to paste into a module of steps/ and fill in:\n",
              file=sys.stderr)
        print(render(dry_run.snippets), file=sys.stderr)
    if dry_run.problems:
        print(f"Dry run failed: {len(dry_run.problems)} problem(s) above; no browser was started.",
              file=sys.stderr)
        return 1
    print("Dry run passed: every step has a definition and every feature file is bound.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
