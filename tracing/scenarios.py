"""Every scenario of the features, with the passages it is tagged with and, step by step, the definition a
run would use: the acceptance tests are collected as a run collects them (no browser starts) and each step is
looked up in pytest-bdd's own step registry, by the same matching and overriding a scenario uses."""

import contextlib
import io
from dataclasses import dataclass, field

import pytest
from pytest_bdd.parser import ScenarioTemplate, Step
from pytest_bdd.scenario import find_fixturedefs_for_step, iterparentnodeids
from pytest_bdd.steps import step_function_context_registry

from checks.dry_run import bound_scenarios, collect

from .page_objects import PageObjectMethod, fixture_page_objects, location, methods_called, shown

DEFAULT_TESTS = "tests/acceptance"
DEFAULT_FEATURES = "features"


@dataclass(frozen=True, order=True)
class Definition:
    path: str
    line: int
    name: str
    page_objects: tuple[PageObjectMethod, ...] = ()

    def __str__(self) -> str:
        return f"{self.path}:{self.line} {self.name}"


@dataclass
class TracedStep:
    keyword: str
    text: str
    line: int
    definitions: set[Definition] = field(default_factory=set)  # one, or one per binding that differs


@dataclass
class TracedScenario:
    feature: str  # the feature file, relative to the working directory
    line: int
    name: str
    passages: set[str] = field(default_factory=set)
    steps: list[TracedStep] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.feature}:{self.line}"


def definition_used(step: Step, fixtures, node) -> object | None:
    """The step function a run of `node` would call for `step`, as pytest-bdd's get_step_function finds it:
    the matching definitions sorted by how close they are to the test, the closest (last) wins."""
    candidates = sorted(find_fixturedefs_for_step(step, fixtures, node),
                        key=lambda fixturedef: list(iterparentnodeids(fixturedef.baseid)))
    return step_function_context_registry[candidates[-1].func].step_func if candidates else None


class Tracer:
    """A pytest plugin: once the tests are collected, traces every bound scenario's steps."""

    def __init__(self, passage_ids: set[str]):
        self.passage_ids = passage_ids
        self.scenarios: dict[tuple[str, int], TracedScenario] = {}
        self._definitions: dict[tuple[object, str], Definition] = {}
        self._used: dict[tuple[str | None, str, str], object | None] = {}

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        fixtures = session._fixturemanager  # as checks.dry_run and pytest-bdd's --generate-missing reach it
        for item, template, example in bound_scenarios(session):
            self._trace(template, example, item, fixtures)

    def _definition_used(self, step: Step, fixtures, item: pytest.Item) -> object | None:
        """definition_used, once per step and parent: a test is collected once per browser and example, and
        which step fixtures it sees is decided by its parents (none is registered on a test itself)."""
        key = (step.type, step.name, item.parent.nodeid)
        if key not in self._used:
            self._used[key] = definition_used(step, fixtures, item)
        return self._used[key]

    def _trace(self, template: ScenarioTemplate, example: dict, item: pytest.Item, fixtures) -> None:
        feature = shown(template.feature.filename)
        traced = self.scenarios.get((feature, template.line_number))
        if traced is None:
            traced = self.scenarios[feature, template.line_number] = TracedScenario(
                feature, template.line_number, template.name,
                steps=[TracedStep(step.keyword, step.name, step.line_number) for step in template.steps])
        # An outline's examples may carry tags of their own: the item's markers are what `-m L07` selects.
        traced.passages |= {mark.name for mark in item.iter_markers()} & self.passage_ids
        for step, traced_step in zip(template.render(example).steps, traced.steps, strict=True):
            function = self._definition_used(step, fixtures, item)
            if function is not None:
                traced_step.definitions.add(self._definition(function, item, fixtures))

    def _definition(self, function, item: pytest.Item, fixtures) -> Definition:
        key = (function, item.nodeid.split("::")[0])
        if key not in self._definitions:
            def fixture_types(name: str) -> set[type]:
                fixturedefs = fixtures.getfixturedefs(name, item) or ()
                return fixture_page_objects(fixturedefs[-1].func) if fixturedefs else set()

            self._definitions[key] = Definition(*location(function), function.__name__,
                                                tuple(methods_called(function, fixture_types)))
        return self._definitions[key]


def trace_scenarios(passage_ids: set[str], tests: str = DEFAULT_TESTS,
                    features: str = DEFAULT_FEATURES) -> list[TracedScenario]:
    """Every scenario the tests bind, in feature and line order, its steps each with their definitions."""
    tracer = Tracer(passage_ids)
    quiet = io.StringIO()
    with contextlib.redirect_stdout(quiet):
        exit_code = collect([tests], tracer, "-p", "no:cacheprovider", "-o", f"bdd_features_base_dir={features}")
    if exit_code not in (pytest.ExitCode.OK, pytest.ExitCode.NO_TESTS_COLLECTED):
        raise RuntimeError(f"the tests in {tests} could not be collected (pytest exit code {int(exit_code)}):\n"
                           f"{quiet.getvalue()}")
    return sorted(tracer.scenarios.values(), key=lambda scenario: (scenario.feature, scenario.line))
